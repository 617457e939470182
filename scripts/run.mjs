// node scripts/run.mjs <entry.ts> [args…]: runs one of the project's TypeScript entries (adapters/main.ts,
// src/cli.ts) as JavaScript compiled ahead of time, the way `npm start`, `npm run ask`, `chat` and `tool` run it.
//
// Why not tsx: tsx keeps its own parent process and, inside the bot, a loader thread (a second V8 isolate) for the
// bot's whole life, about 35 MiB of a 200 MiB budget, and compiles every file again at each start. Here esbuild
// bundles the entry once into .build/ (gitignored), with every package left external (the native addons
// hnswlib-node, better-sqlite3 and @node-rs/jieba load from node_modules as usual) and each dynamic import() its own
// chunk, so what the sources load lazily stays lazy.
//
// The bundle is keyed by the content of every file it was built from (as the index caches are): each start hashes
// those files again and rebuilds when one differs, so an edited source is never run stale. Builds go to a folder named
// by that hash, published by an atomic rename, so processes starting at the same moment never see half a build.
//
// The same code as tsx runs: each module's `import.meta.url` is its source file's URL (src/cache/hash-source-dir.ts
// hashes its source folder for the cache keys, src/lang reads eld-subset.json beside itself), and the process sees
// `process.argv[1]` as the source entry, as under tsx.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// FAQBOT_BUILD_DIR moves the builds (npm run bench times a first build in a fresh one); it must lie inside the project,
// where the bundle finds the packages in node_modules.
const BUILD_DIR = resolve(ROOT, process.env.FAQBOT_BUILD_DIR ?? '.build');
/** Builds kept per entry besides the current one: a process started from an older build may still import a chunk. */
const KEEP_BUILDS = 4;
/** Files outside the import graph whose content changes what esbuild writes. */
const BUILD_INPUTS = ['scripts/run.mjs', 'tsconfig.json', 'package.json', 'node_modules/esbuild/package.json'];
const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

const hashBytes = (bytes) => createHash('sha256').update(bytes).digest('hex');

function hashFile(rel) {
  try {
    return hashBytes(readFileSync(join(ROOT, rel)));
  } catch {
    return 'missing';
  }
}

function readCurrent(entryDir) {
  try {
    return JSON.parse(readFileSync(join(entryDir, 'current.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The current build's folder if every file it was built from still has the content it had then. */
function findFreshBuild(entryDir, outName) {
  const current = readCurrent(entryDir);
  if (!current || !Array.isArray(current.files)) return undefined;
  for (const [rel, hash] of current.files) if (hashFile(rel) !== hash) return undefined;
  const dir = join(entryDir, current.key);
  try {
    statSync(join(dir, outName));
  } catch {
    return undefined;
  }
  return dir;
}

async function build(entry, entryDir) {
  const esbuild = createRequire(import.meta.url)('esbuild');
  // What esbuild compiled, hashed as it was read: a file edited during the build gives a key that no longer matches.
  const inputs = new Map();
  const sources = {
    name: 'project-sources',
    setup(b) {
      b.onLoad({ filter: /\.(?:[cm]?[jt]s|json)$/ }, (args) => {
        const loader = LOADERS[extname(args.path)];
        if (!loader || args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const bytes = readFileSync(args.path);
        inputs.set(relative(ROOT, args.path).split(sep).join('/'), hashBytes(bytes));
        if (loader === 'json') return { contents: bytes, loader };
        const url = JSON.stringify(pathToFileURL(args.path).href);
        const file = JSON.stringify(args.path);
        const dir = JSON.stringify(dirname(args.path));
        const contents = bytes
          .toString('utf8')
          .replace(/\bimport\.meta\.(url|filename|dirname)\b/g, (_, p) => (p === 'url' ? url : p === 'filename' ? file : dir));
        return { contents, loader };
      });
    },
  };
  mkdirSync(entryDir, { recursive: true });
  const tmp = join(entryDir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: [entry],
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      // Bundling renames clashing top-level names (a second `parse` becomes `parse2`); a function's or class's
      // `name` stays the source's.
      keepNames: true,
      sourcemap: 'linked',
      // Stack traces need only the mappings; the sources are on disk.
      sourcesContent: false,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      logLevel: 'error',
      plugins: [sources],
    });
  } catch {
    rmSync(tmp, { recursive: true, force: true });
    // esbuild has printed what is wrong, with file and line.
    process.stderr.write(`scripts/run.mjs: could not build ${relative(ROOT, entry)}\n`);
    process.exit(1);
  } finally {
    // esbuild's service process would otherwise live (and hold its memory) as long as the bot.
    esbuild.stop();
  }
  for (const rel of BUILD_INPUTS) inputs.set(rel, hashFile(rel));
  const files = [...inputs].sort(([a], [b]) => (a < b ? -1 : 1));
  const key = hashBytes(JSON.stringify(files)).slice(0, 16);
  const dir = join(entryDir, key);
  try {
    renameSync(tmp, dir);
  } catch {
    // Another process published the same build first.
    rmSync(tmp, { recursive: true, force: true });
  }
  const pointer = join(entryDir, `current-${process.pid}.json`);
  writeFileSync(pointer, JSON.stringify({ key, files }));
  renameSync(pointer, join(entryDir, 'current.json'));
  removeOldBuilds(entryDir, key);
  return dir;
}

function removeOldBuilds(entryDir, key) {
  const now = Date.now();
  const builds = [];
  for (const name of readdirSync(entryDir)) {
    if (name === key || name.endsWith('.json')) continue;
    let mtime;
    try {
      mtime = statSync(join(entryDir, name)).mtimeMs;
    } catch {
      continue;
    }
    // A build still being written by another process is left alone; one left by a crashed build goes.
    if (name.startsWith('tmp-')) {
      if (now - mtime > 10 * 60_000) rmSync(join(entryDir, name), { recursive: true, force: true });
      continue;
    }
    builds.push({ name, mtime });
  }
  builds.sort((a, b) => b.mtime - a.mtime);
  for (const { name } of builds.slice(KEEP_BUILDS)) rmSync(join(entryDir, name), { recursive: true, force: true });
}

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  process.stderr.write('usage: node scripts/run.mjs <entry.ts> [args…]\n');
  process.exit(2);
}
const entry = resolve(ROOT, entryArg);
const entryDir = join(BUILD_DIR, relative(ROOT, entry).replace(/\.[cm]?[jt]s$/, '').split(sep).join('-'));
const outName = `${basename(entry).replace(/\.[cm]?[jt]s$/, '')}.mjs`;
const dir = findFreshBuild(entryDir, outName) ?? (await build(entry, entryDir));
process.argv = [process.argv[0], entry, ...args];
// @node-rs/jieba allocates its dictionary with the mimalloc it bundles, which backs its arena with transparent huge
// pages, keeping whole 2 MiB pages resident: without them the same dictionary holds 4 MiB less (read when the addon
// loads, after this line).
process.env.MIMALLOC_ALLOW_THP ??= '0';
// Stack traces name the TypeScript file and line, as under tsx (no difference in RSS measured).
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(dir, outName)).href);
