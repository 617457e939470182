/** A set that forgets its oldest entries past `max`: remembers recent ids (update_id, handed-over answers) in bounded memory. */
export interface BoundedSet<T> {
  /** Adds `value`; false when it was already there. */
  add(value: T): boolean;
  has(value: T): boolean;
  delete(value: T): void;
  readonly size: number;
}

export function createBoundedSet<T>(max: number): BoundedSet<T> {
  const items = new Set<T>();
  return {
    add(value) {
      if (items.has(value)) return false;
      items.add(value);
      // Set iteration follows insertion order, so the first item is the oldest.
      while (items.size > max) items.delete(items.values().next().value as T);
      return true;
    },
    has: (value) => items.has(value),
    delete: (value) => void items.delete(value),
    get size() {
      return items.size;
    },
  };
}
