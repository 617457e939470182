// Regenerates src/lang/eld-subset.json from the `eld` package's medium database: `npx tsx src/lang/build-eld-subset.ts`.
// The data is eld's (Apache-2.0, Nito T.M., https://github.com/nitotm/efficient-language-detector-js), cut to the
// languages the bot detects; test/lang/detect-lang.test.ts checks the file still matches the installed eld.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SUBSET_LANGS } from './detect-latin-lang.js';

export interface EldSubset {
  /** eld's language codes, in eld's index order (ties go to the first). */
  languages: string[];
  /** Byte 4-gram → score per language (index into `languages`; eld's value, before its +53 base). */
  ngrams: Record<string, Record<number, number>>;
  /** eld's byte → character table for bytes ≥ 0x80. */
  dictionary: string[];
  /** eld's word-separator pattern (source, flags). */
  separators: [string, string];
}

export async function buildEldSubset(): Promise<EldSubset> {
  // eld exports only its entry points; its data and tables are read from the files beside them.
  const base = new URL('../../node_modules/eld/src/', import.meta.url);
  const [{ ngramsData }, { dictionary }, { separators }] = await Promise.all([
    import(new URL('ngrams/medium.js', base).href) as Promise<{ ngramsData: { languages: Record<string, string>; ngrams: Record<string, Record<string, number>> } }>,
    import(new URL('dictionary.js', base).href) as Promise<{ dictionary: string[] }>,
    import(new URL('regexPatterns.js', base).href) as Promise<{ separators: RegExp }>,
  ]);
  const wanted = Object.entries(ngramsData.languages)
    .map(([i, code]) => [Number(i), code] as const)
    .filter(([, code]) => (SUBSET_LANGS as readonly string[]).includes(code))
    .sort((a, b) => a[0] - b[0]);
  const renumber = new Map(wanted.map(([i], n) => [i, n]));
  const ngrams: EldSubset['ngrams'] = {};
  for (const [gram, scores] of Object.entries(ngramsData.ngrams)) {
    const kept: Record<number, number> = {};
    let any = false;
    for (const [lang, score] of Object.entries(scores)) {
      const n = renumber.get(Number(lang));
      if (n !== undefined) {
        kept[n] = score;
        any = true;
      }
    }
    if (any) ngrams[gram] = kept;
  }
  return { languages: wanted.map(([, code]) => code), ngrams, dictionary, separators: [separators.source, separators.flags] };
}

const isEntry = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  const out = fileURLToPath(new URL('./eld-subset.json', import.meta.url));
  await writeFile(out, `${JSON.stringify(await buildEldSubset())}\n`);
  process.stdout.write(`wrote ${out}\n`);
}
