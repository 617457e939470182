import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hashes = new Map<string, Promise<string>>();

/**
 * A hash of the source files in the folder of `moduleUrl` (pass `import.meta.url`). Caches of what that code
 * computes carry it in their key: a version number someone must remember to bump is how a stale cache survives a
 * code change.
 */
export function hashSourceDir(moduleUrl: string): Promise<string> {
  const dir = dirname(fileURLToPath(moduleUrl));
  let hash = hashes.get(dir);
  if (!hash) {
    hash = (async () => {
      const h = createHash('sha256');
      const names = (await readdir(dir)).filter((n) => /\.(?:ts|js|json)$/.test(n)).sort();
      for (const name of names) h.update(`${name}\0`).update(await readFile(join(dir, name))).update('\0');
      return h.digest('hex');
    })();
    hashes.set(dir, hash);
  }
  return hash;
}
