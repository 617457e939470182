// The direction of imports (README "Layout"): the contract at the bottom, the wiring at the top, adapters through the
// core's one public entry. Each rule lists the imports against it; an empty list is a pass.
import { describe, expect, it } from 'vitest';
import { listSourceFiles, readImports, type ImportEdge } from './read-imports.js';

const core = listSourceFiles('src').flatMap(readImports);
const adapters = listSourceFiles('adapters').flatMap(readImports);
const show = (edges: ImportEdge[]) => edges.map((e) => `${e.from} -> ${e.specifier}`);

const isPlatformPackage = (e: ImportEdge) => e.kind === 'package' && (e.target === 'grammy' || e.target === 'discord.js' || e.target.startsWith('@grammyjs/'));
const isLangChain = (e: ImportEdge) => e.kind === 'package' && (e.target === 'langchain' || e.target.startsWith('@langchain/'));
const WIRING = ['src/app/', 'src/cli.ts', 'src/index.ts'];

describe('the layering of src/ and adapters/', () => {
  it('reads the imports it judges (the rules below would pass on nothing)', () => {
    expect(core.length).toBeGreaterThan(100);
    expect(adapters.length).toBeGreaterThan(50);
    expect(core.some((e) => e.from === 'src/app/create-app.ts' && e.target === 'src/app/create-core.ts')).toBe(true);
  });

  it('keeps the core free of the platforms: no grammy, discord.js, @grammyjs/* or adapters/ under src/', () => {
    expect(show(core.filter((e) => isPlatformPackage(e) || (e.kind === 'file' && e.target.startsWith('adapters/'))))).toEqual([]);
  });

  it('keeps src/contract/ at the bottom: it imports nothing outside itself', () => {
    expect(show(core.filter((e) => e.from.startsWith('src/contract/') && !(e.kind === 'file' && e.target.startsWith('src/contract/'))))).toEqual([]);
  });

  it('lets adapters reach the core only through src/index.ts', () => {
    expect(show(adapters.filter((e) => e.kind === 'file' && e.target.startsWith('src/') && e.target !== 'src/index.ts'))).toEqual([]);
  });

  it('keeps the wiring at the top: only src/app/, src/cli.ts and src/index.ts import src/app/', () => {
    const wiring = (from: string) => WIRING.some((w) => from === w || (w.endsWith('/') && from.startsWith(w)));
    expect(show([...core, ...adapters].filter((e) => e.kind === 'file' && e.target.startsWith('src/app/') && !wiring(e.from)))).toEqual([]);
  });

  it('keeps LangChain inside src/llm/ and src/retrieval/', () => {
    const allowed = (from: string) => from.startsWith('src/llm/') || from.startsWith('src/retrieval/');
    expect(show([...core, ...adapters].filter((e) => isLangChain(e) && !allowed(e.from)))).toEqual([]);
  });
});
