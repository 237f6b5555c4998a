// An in-memory server-side session store (one per site).
import { randomId } from './http.mjs';

export class SessionStore {
  #sessions = new Map();
  #newId;

  constructor(newId = randomId) {
    this.#newId = newId;
  }

  create(data = {}) {
    const id = this.#newId();
    this.#sessions.set(id, { ...data });
    return id;
  }

  get(id) {
    return id ? this.#sessions.get(id) ?? null : null;
  }

  /** Adopts an id the client chose: exactly what a fixation-vulnerable server does. */
  adopt(id, data = {}) {
    if (!this.#sessions.has(id)) this.#sessions.set(id, { ...data });
    return this.#sessions.get(id);
  }

  delete(id) {
    if (id) this.#sessions.delete(id);
  }
}
