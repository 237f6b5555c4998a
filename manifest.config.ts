import { readFileSync } from 'node:fs';
import type { ManifestV3Export } from '@crxjs/vite-plugin';

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'crumbtrail@crumbtrail.dev';

type SourceManifest = ManifestV3Export & { readonly background: { readonly service_worker: string } };

const readSource = (): SourceManifest => JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));

/** The one source manifest, adapted per browser: Firefox runs an MV3 background as an event page. */
export const manifestFor = (target: Target): ManifestV3Export => {
  const source = readSource();
  if (target === 'chrome') return source;
  // crxjs types the manifest as Chrome's, which has no Firefox keys; the shape is Firefox's documented one.
  const firefox: Record<string, unknown> = {
    ...source,
    background: { scripts: [source.background.service_worker] },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  };
  return firefox as unknown as ManifestV3Export;
};
