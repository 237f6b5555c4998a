interface Entry<T> {
  readonly at: number;
  readonly item: T;
}

/**
 * A binary min-heap of items by expiry time: the jar finds what has expired without scanning every cookie,
 * so a recording of 10,000 cookies stays linear. The caller skips items that were replaced meanwhile.
 */
export class ExpiryQueue<T> {
  readonly #heap: Entry<T>[] = [];

  push(at: number, item: T): void {
    const heap = this.#heap;
    heap.push({ at, item });
    let child = heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.#earlier(child, parent)) return;
      this.#swap(child, parent);
      child = parent;
    }
  }

  /** Removes and returns every item due at or before `now`, earliest first. */
  takeDue(now: number): T[] {
    const due: T[] = [];
    for (let top = this.#heap[0]; top !== undefined && top.at <= now; top = this.#heap[0]) {
      due.push(top.item);
      this.#removeTop();
    }
    return due;
  }

  #removeTop(): void {
    const heap = this.#heap;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    heap[0] = last;
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      let earliest = parent;
      if (left < heap.length && this.#earlier(left, earliest)) earliest = left;
      if (left + 1 < heap.length && this.#earlier(left + 1, earliest)) earliest = left + 1;
      if (earliest === parent) return;
      this.#swap(parent, earliest);
      parent = earliest;
    }
  }

  #earlier(a: number, b: number): boolean {
    return (this.#heap[a]?.at ?? 0) < (this.#heap[b]?.at ?? 0);
  }

  #swap(a: number, b: number): void {
    const heap = this.#heap;
    const first = heap[a];
    const second = heap[b];
    if (first === undefined || second === undefined) return;
    heap[a] = second;
    heap[b] = first;
  }
}
