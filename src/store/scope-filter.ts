/** A community filter with the id already hashed, as the readers see it. */
export interface HashedScope {
  platform: string;
  hash: string;
}

/** The SQL condition on `questions q`; bind it with `scopeParams`. */
export const SCOPE_SQL = '(@scoped = 0 OR (q.platform = @scopePlatform AND q.community_hash = @scopeHash))';

export function scopeParams(scope: HashedScope | undefined): { scoped: number; scopePlatform: string; scopeHash: string } {
  return { scoped: scope ? 1 : 0, scopePlatform: scope?.platform ?? '', scopeHash: scope?.hash ?? '' };
}
