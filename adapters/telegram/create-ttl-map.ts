/** A Map whose entries expire `ttlMs` after their last write, and which never holds more than `max` entries. */
export interface TtlMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  readonly size: number;
}

export function createTtlMap<V>(ttlMs: number, max = 10_000, now: () => number = Date.now): TtlMap<V> {
  const entries = new Map<string, { value: V; expires: number }>();

  function sweep(t: number): void {
    // Entries are re-inserted on write, so the oldest come first and the sweep stops at the first live one.
    for (const [key, e] of entries) {
      if (e.expires > t && entries.size <= max) break;
      entries.delete(key);
    }
  }

  return {
    get(key) {
      const e = entries.get(key);
      if (!e) return undefined;
      if (e.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return e.value;
    },
    set(key, value) {
      const t = now();
      entries.delete(key);
      entries.set(key, { value, expires: t + ttlMs });
      sweep(t);
    },
    delete: (key) => void entries.delete(key),
    get size() {
      return entries.size;
    },
  };
}
