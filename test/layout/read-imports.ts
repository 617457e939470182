import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The importing file, relative to the project root (posix separators). */
  from: string;
  specifier: string;
  /** A project file (relative path) for relative specifiers; the package name for bare ones; `node:` builtins as is. */
  target: string;
  kind: 'file' | 'package' | 'builtin';
}

export const ROOT = resolve(import.meta.dirname, '../..');

export function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (name === 'node_modules' || name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(resolve(ROOT, dir));
  return out.sort();
}

const posix = (p: string) => p.split('\\').join('/');

/** Every static, re-export and dynamic import of a file (type-only imports included: they are imports too). */
export function readImports(file: string): ImportEdge[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const from = posix(relative(ROOT, file));
  return importedFiles.map(({ fileName: specifier }) => {
    if (specifier.startsWith('.')) {
      const base = resolve(dirname(file), specifier);
      const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
      const found = candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? candidates[0]!;
      return { from, specifier, target: posix(relative(ROOT, found)), kind: 'file' as const };
    }
    if (specifier.startsWith('node:')) return { from, specifier, target: specifier, kind: 'builtin' as const };
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    return { from, specifier, target: name, kind: 'package' as const };
  });
}
