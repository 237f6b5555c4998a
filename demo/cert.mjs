// A self-signed certificate made at start with openssl, for *.example.test, *.other.test and localhost.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const makeCertificate = () => {
  const dir = mkdtempSync(join(tmpdir(), 'crumbtrail-demo-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2',
      '-subj', '/CN=Crumbtrail demo',
      '-addext', 'subjectAltName=DNS:*.example.test,DNS:*.other.test,DNS:localhost,IP:127.0.0.1',
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch (error) {
    throw new Error(`openssl could not make the demo certificate: ${error.stderr ?? error.message}`, { cause: error });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
