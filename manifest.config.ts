import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import type { JsonObject } from './src/core/json.ts';

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'crumbtrail@crumbtrail.dev';

/**
 * The public half (base64 DER SubjectPublicKeyInfo) of the key that fixes the unpacked Chrome build's
 * extension id, so tests and docs can name it. The private half is not needed and not kept. The store
 * package leaves `key` out: the Chrome Web Store assigns its own id (scripts/package-zips.mjs).
 */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwRvk3JyRR9ia2WqKw5vo4cUs3aPwHLB9Cner1LsY0GywKzUqPfUxR3wQ3dS7YkdeaMFZnY2pZw3b1/5mBaWdyS4RqkcDkwNpNLXO+N24Qxkt4ntyoTjao3qL+H1M0RnRCjE+z0hniYVG6sSXK81DOhFjQek5dBMFlPu9kZrCikNuuK8WxK4VAevqafliYFjHQKBKvg6f2GglJnaa2AoQ8BbLNkQizaI0b54DfApiJ6fnEKDwHMIv1qL1Wc9+8uXHTDMe4zv2qRTW/aMTtF1NJ/HcsdvSvjrhSK4wv7bRUvkog3Q16zo7AYuRFYE+TTpQPFqyAdTuAJ7GpI/RQ+pGIQIDAQAB';

/** Chrome's id for a key: the first 128 bits of its SHA-256, hex digits 0-f written as letters a-p. */
export const chromeExtensionId = (publicKey: string): string =>
  [...createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)))
    .join('');

export const CHROME_EXTENSION_ID = chromeExtensionId(CHROME_PUBLIC_KEY);

const readSource = (): JsonObject => JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));

/**
 * The background's two classic scripts, built outside crxjs (vite.config.ts): the tiny one that registers
 * the listeners first, and the rest. Chrome's worker is the first, which loads the second itself.
 */
export const BACKGROUND_SCRIPTS = { listen: 'background/listen.js', main: 'background/main.js' } as const;

/**
 * The one source manifest, adapted per browser: Chrome gets the fixed `key`; Firefox runs an MV3
 * background as an event page of both scripts and needs its add-on id. Plain JSON, so tests can pin it.
 */
export const manifestJsonFor = (target: Target): JsonObject => {
  const source = readSource();
  if (target === 'chrome') return { ...source, key: CHROME_PUBLIC_KEY };
  return {
    ...source,
    background: { scripts: [BACKGROUND_SCRIPTS.listen, BACKGROUND_SCRIPTS.main] },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  };
};

/**
 * What crxjs builds from: the manifest without its background, which crxjs would turn into an ES module
 * (its loader imports the whole graph before any listener runs). crxjs types the manifest as Chrome's,
 * which has no Firefox keys; the shape is each browser's documented one.
 */
export const manifestFor = (target: Target): ManifestV3Export => {
  const withoutBackground: JsonObject = Object.fromEntries(Object.entries(manifestJsonFor(target)).filter(([key]) => key !== 'background'));
  return withoutBackground as unknown as ManifestV3Export;
};
