import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A cache file's JSON, or null when it is missing or unreadable (a cache miss, never an error). */
export async function readCacheJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * Writes to a temporary name and renames, so a reader in another process sees the old file or the whole new one.
 * `content` is the text, or a function that writes the file at the path it is given.
 */
export async function writeCacheFile(path: string, content: string | ((tmp: string) => Promise<void>)): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    if (typeof content === 'string') await writeFile(tmp, content);
    else await content(tmp);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Removes the files of other keys under a prefix, and any `alsoRemove` names (an older layout); best effort. */
export async function removeStaleCacheFiles(dir: string, prefix: string, key: string, alsoRemove: string[] = []): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => alsoRemove.includes(n) || (n.startsWith(prefix) && !n.startsWith(`${prefix}${key}.`) && !n.includes('.tmp-')))
      .map((n) => rm(join(dir, n), { force: true }).catch(() => undefined)),
  );
}
