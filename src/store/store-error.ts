/**
 * Unexpected database failures (disk full, corrupt file, schema from a newer version, PostgreSQL out of reach).
 * Expected outcomes are result values instead. `unreachable`: the database did not answer at all (worth a retry,
 * and at start-up a message naming where it was looked for).
 */
export class StoreError extends Error {
  override name = 'StoreError';
  readonly unreachable: boolean;
  constructor(message: string, options?: { cause?: unknown; unreachable?: boolean }) {
    super(message, options);
    this.unreachable = options?.unreachable ?? false;
  }
}
