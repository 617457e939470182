/** Unexpected database failures (disk full, corrupt file, schema from a newer version). Expected outcomes are result values instead. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
