/**
 * The stores share SQL written with `@name` parameters (better-sqlite3's style); node-postgres wants `$1`. Each text
 * is compiled once: every `@name` becomes the position of its first occurrence, so a name used twice binds once.
 */
export interface CompiledSql {
  text: string;
  names: string[];
}

const cache = new Map<string, CompiledSql>();

function compileNamed(sql: string): CompiledSql {
  const hit = cache.get(sql);
  if (hit) return hit;
  const names: string[] = [];
  const text = sql.replace(/@([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    let at = names.indexOf(name);
    if (at < 0) at = names.push(name) - 1;
    return `$${at + 1}`;
  });
  const compiled = { text, names };
  cache.set(sql, compiled);
  return compiled;
}

export function bindNamed(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const { text, names } = compileNamed(sql);
  return {
    text,
    values: names.map((name) => {
      if (!(name in params)) throw new Error(`SQL parameter @${name} is not bound`);
      return params[name];
    }),
  };
}
