// Makes sure the real browsers the e2e tests and the demo drive are installed: Debian's Chromium and
// Firefox ESR, with their Korean language files and a Hangul font (the tests check the Korean UI), and openssl;
// and the real frameworks the e2e frameworks test runs (test/e2e/frameworks/): Django, Flask, PHP, HAProxy.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const REQUIRED = [
  { path: '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/lib/chromium/locales/ko.pak', pkg: 'chromium-l10n' },
  { path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { path: '/usr/lib/firefox-esr/browser/extensions/langpack-ko@firefox-esr.mozilla.org.xpi', pkg: 'firefox-esr-l10n-ko' },
  // A Hangul font, or the Korean screenshots show empty boxes.
  { path: '/usr/share/fonts/truetype/nanum/NanumGothic.ttf', pkg: 'fonts-nanum' },
  // The demo server makes its HTTPS certificate at start.
  { path: '/usr/bin/openssl', pkg: 'openssl' },
  // Debian's own python3 (/usr/bin/python3) imports these; a pyenv or venv python3 on PATH would not.
  { path: '/usr/lib/python3/dist-packages/django/__init__.py', pkg: 'python3-django' },
  { path: '/usr/lib/python3/dist-packages/flask/__init__.py', pkg: 'python3-flask' },
  // php-cli provides /usr/bin/php (through alternatives) with the built-in web server.
  { path: '/usr/bin/php', pkg: 'php-cli' },
  { path: '/usr/sbin/haproxy', pkg: 'haproxy' },
];

const missing = () => REQUIRED.filter(({ path }) => !existsSync(path));

const absent = missing();
if (absent.length > 0) {
  const packages = [...new Set(absent.map(({ pkg }) => pkg))].join(' ');
  if (process.getuid?.() !== 0) {
    console.error(`Missing Debian packages for the e2e tests and the demo: run \`sudo apt-get update && sudo apt-get install -y ${packages}\`.`);
    process.exit(1);
  }
  console.log(`Installing ${packages} with apt-get…`);
  execSync(`apt-get update && apt-get install -y --no-install-recommends ${packages}`, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const still = missing();
  if (still.length > 0) {
    console.error(`apt-get ran, but these are still missing: ${still.map(({ path }) => path).join(', ')}`);
    process.exit(1);
  }
}
