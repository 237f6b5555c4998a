import { newKey, type Carrier, type TrackedKey } from './tracked-key.ts';

/** The keys of one recording by carrier, site and name: nested maps, so a lookup builds no key string. */
export class KeyIndex {
  readonly #bySite = new Map<string, Map<string, TrackedKey>>();
  readonly #bearers = new Map<string, TrackedKey>();

  /** The cookie keys of one site; fetch once per exchange, then look names up in it. */
  site(site: string): Map<string, TrackedKey> {
    let names = this.#bySite.get(site);
    if (names === undefined) {
      names = new Map();
      this.#bySite.set(site, names);
    }
    return names;
  }

  cookie(name: string, site: string): TrackedKey | undefined {
    return this.#bySite.get(site)?.get(name);
  }

  getOrCreate(name: string, site: string, carrier: Carrier, domain: string, path: string): TrackedKey {
    const names = carrier === 'cookie' ? this.site(site) : this.#bearers;
    const id = carrier === 'cookie' ? name : site;
    let key = names.get(id);
    if (key === undefined) {
      key = newKey(name, site, carrier, domain, path);
      names.set(id, key);
    }
    return key;
  }

  *all(): Generator<TrackedKey> {
    for (const names of this.#bySite.values()) yield* names.values();
    yield* this.#bearers.values();
  }
}
