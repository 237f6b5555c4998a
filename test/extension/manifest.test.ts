import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, manifestJsonFor, type Target } from '../../manifest.config.ts';
import { isJsonObject, type JsonObject } from '../../src/core/json.ts';

const TARGETS: readonly Target[] = ['chrome', 'firefox'];

const objectAt = (manifest: JsonObject, key: string): JsonObject => {
  const value = manifest[key];
  if (!isJsonObject(value)) throw new Error(`manifest.${key} is not an object`);
  return value;
};

describe.each(TARGETS)('the %s manifest', (target) => {
  const manifest = manifestJsonFor(target);

  // Each one is explained in the README; a new one must be argued there before this list changes.
  it('asks for exactly the permissions the README explains', () => {
    expect(manifest['permissions']).toEqual(['cookies', 'webRequest', 'storage']);
    expect(manifest['host_permissions']).toEqual(['<all_urls>']);
    expect(manifest['optional_permissions']).toBeUndefined();
  });

  it('injects nothing into pages and exposes nothing to them', () => {
    expect(manifest['content_scripts']).toBeUndefined();
    expect(manifest['web_accessible_resources']).toBeUndefined();
    expect(manifest['externally_connectable']).toBeUndefined();
  });

  it('keeps a strict CSP: own scripts only, no network connections', () => {
    const policy = objectAt(manifest, 'content_security_policy')['extension_pages'];
    expect(typeof policy).toBe('string');
    const directives = String(policy).split(';').map((d) => d.trim());
    expect(directives).toEqual(expect.arrayContaining(["script-src 'self'", "connect-src 'none'", "object-src 'none'"]));
    expect(String(policy)).not.toMatch(/unsafe-(eval|inline)|https?:/);
  });

  it('names and describes itself through the message catalogs', () => {
    expect(manifest['name']).toBe('__MSG_extName__');
    expect(manifest['description']).toBe('__MSG_extDescription__');
    expect(manifest['default_locale']).toBe('en');
    expect(Object.keys(objectAt(manifest, 'icons'))).toEqual(['16', '32', '48', '128']);
  });
});

describe('per-browser adaptation', () => {
  it('gives Chrome a classic service worker (its listeners register before the rest loads) and the key that fixes its unpacked id', () => {
    const manifest = manifestJsonFor('chrome');
    expect(objectAt(manifest, 'background')).toEqual({ service_worker: 'background/listen.js' });
    expect(typeof manifest['key']).toBe('string');
    expect(CHROME_EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });

  it('gives Firefox an event page, an add-on id and no data collection', () => {
    const manifest = manifestJsonFor('firefox');
    expect(objectAt(manifest, 'background')).toEqual({ scripts: ['background/listen.js', 'background/main.js'] });
    expect(manifest['key']).toBeUndefined();
    const gecko = objectAt(objectAt(manifest, 'browser_specific_settings'), 'gecko');
    expect(gecko['id']).toBe('crumbtrail@crumbtrail.dev');
    expect(gecko['data_collection_permissions']).toEqual({ required: ['none'] });
  });
});
