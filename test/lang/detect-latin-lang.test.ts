import { readFileSync } from 'node:fs';
import { eld } from 'eld/medium';
import { describe, expect, it } from 'vitest';
import { buildEldSubset } from '../../src/lang/build-eld-subset.js';
import { createLatinLangDetector, SUBSET_LANGS } from '../../src/lang/detect-latin-lang.js';

// Latin-script texts of every kind the bot sees: the evaluation questions, plus short, mixed and odd ones.
const texts = [
  ...['eval/questions.jsonl', 'eval/holdout.jsonl'].flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { question: string }).question),
  ),
  'Welche Voraussetzungen gelten für das lokale Hosting in Deutschland?',
  "Quelles sont les conditions pour rejoindre le programme en France ? C'est l'été, n’est-ce pas",
  'Quali sono i requisiti per partecipare al programma in Italia?',
  '¿Cuáles son los requisitos para unirse al programa en España?',
  'ok thx',
  'VAT',
  '',
  '12345 !!! ???',
  'Straße Größe Übergröße naïve café 🙂 𝒜𝒷𝒸',
  'x'.repeat(2000),
  'word '.repeat(300),
];

describe('the cut eld database', () => {
  const detect = createLatinLangDetector();
  eld.setLanguageSubset([...SUBSET_LANGS]);

  it('detects the same language with the same scores as eld over its full medium database', () => {
    for (const text of texts) {
      const mine = detect(text);
      const theirs = eld.detect(text);
      expect(mine.language, text).toBe(theirs.language);
      expect(mine.getScores(), text).toEqual(theirs.getScores());
    }
  });

  it('is the installed eld database cut to en/de/fr/it/es (rebuild with npx tsx src/lang/build-eld-subset.ts)', async () => {
    const saved = JSON.parse(readFileSync('src/lang/eld-subset.json', 'utf8'));
    expect(saved).toEqual(await buildEldSubset());
    expect(saved.languages).toEqual(['de', 'en', 'es', 'fr', 'it']);
  });
});
