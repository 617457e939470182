import { describe, expect, it } from 'vitest';
import { buildUnits } from '../../src/retrieval/build-units.js';
import { createGlossaryMatcher } from '../../src/retrieval/create-glossary-matcher.js';
import { createTokenizer } from '../../src/retrieval/create-tokenizer.js';
import { loadFixtureKnowledge } from '../helpers/fixture-retriever.js';
import { createReferenceGlossaryMatch } from '../helpers/reference-glossary-match.js';

const tokenizer = createTokenizer({ extraWords: ['本地托管', '全托管', '入仓国'] });

describe('createTokenizer', () => {
  it.each([
    ['本地托管需要什么条件', ['本地托管', '条件'], ['什么', '需要']],
    ['全托管模式谁来定价', ['全托管', '定价'], []],
    ['货在意大利仓，有意大利VAT', ['意大利', 'vat', '意大'], ['，']],
    ['入仓国VAT要注册吗', ['入仓国', 'vat', '注册'], ['吗']],
    ['What is the Übersicht of the VAT rates?', ['ubersicht', 'vat', 'rate'], ['the', 'is', 'of', 'rates']],
    ['Commission 9% from 2026', ['commission', '9%', '2026'], ['from']],
    ['ＶＡＴ　１９％', ['vat', '19%'], []],
    ['TikTok Shop本地托管', ['tiktok', 'shop', '本地托管'], []],
    // A short word before a possessive is the word; "these days" means now, not a number of days.
    ["What is the UK's commission these days?", ['uk', 'commission'], ['day', 's']],
    ["l'IVA c'est combien", ['iva'], ['l', 'c']],
    // The four markets by their first characters.
    ['德法意西的佣金', ['德国', '法国', '意大利', '西班牙', '佣金'], ['德法意西']],
  ])('%s', (text, present, absent) => {
    const tokens = tokenizer.tokenize(text);
    for (const t of present) expect(tokens).toContain(t);
    for (const t of absent) expect(tokens).not.toContain(t);
  });

  it('adds overlapping CJK bigrams so partial words still match', () => {
    const tokens = tokenizer.tokenize('海外仓');
    expect(tokens).toEqual(expect.arrayContaining(['海外', '外仓']));
  });

  it('drops zero-width characters inside words', () => {
    expect(tokenizer.tokenize('本地\u200b托管')).toContain('本地托管');
  });
});

// How sellers type the same word in de/fr/it/es chats (plurals, accents, ß, elisions, hyphenated compounds): each
// pair must give the same tokens, on the knowledge side and the question side alike.
describe('folding and stemming for de/fr/it/es', () => {
  it.each([
    ['Provision', 'provision'],
    ['commissione', 'commissioni'],
    ['comisión', 'comision'],
    ['comisión', 'comisiones'],
    ['producto', 'productos'],
    ['prodotto', 'prodotti'],
    ['magazzino', 'magazzini'],
    ['almacén', 'almacenes'],
    ['entrepôt', 'entrepots'],
    ['Gutschein', 'Gutscheine'],
    ['Verpackung', 'Verpackungen'],
    ['Möglichkeit', 'Möglichkeiten'],
    ['Gebühr', 'gebuhr'],
    ['ermäßigt', 'ermässigt'],
    ['Straße', 'strasse'],
    ['tienda', 'tiendas'],
    ['giorno', 'giorni'],
    ['venditore', 'venditori'],
    ['día', 'dias'],
    ['réduit', 'reduit'],
    ["l'elettronica", 'elettronica'],
    ["dell'IVA", 'IVA'],
    ["d'habitude", 'habitude'],
    ["jusqu'à l'entrepôt", 'entrepôt'],
    ['MwSt-Satz', 'MwSt Satz'],
    ['MwSt.-Satz', 'MwSt Satz'],
    ['9%-Provision', '9% Provision'],
    ['USt-IdNr.', 'USt IdNr'],
    ['Local-Hosting', 'Local Hosting'],
    ['products', 'productos'],
    ['apuntarnos', 'apuntar'],
    ['inscribirse', 'inscribir'],
    ['candidarci', 'candidare'],
    ['iscriversi', 'iscrivere'],
  ])('%s = %s', (a, b) => {
    expect(tokenizer.tokenize(a)).toEqual(tokenizer.tokenize(b));
  });

  it.each([
    ['Lager', 'Lage'],
    ['parte', 'par'],
    ['Karte', 'Kar'],
    ['Shopee', 'shop'],
    ['fee', 'fe'],
    ['2026-01-16', '2026 01 16'],
  ])('%s stays apart from %s', (a, b) => {
    expect(tokenizer.tokenize(a)).not.toEqual(tokenizer.tokenize(b));
  });

  it('drops the function words of each language, as typed and as stemmed', () => {
    expect(tokenizer.tokenize('Wer zahlt, wir oder TikTok?')).toEqual(['zahlt', 'tiktok']);
    expect(tokenizer.tokenize("qu'est-ce que c'est")).toEqual([]);
    expect(tokenizer.tokenize('chi paga il trasporto, noi o la piattaforma?')).toEqual(['chi', 'paga', 'trasport', 'piattaform']);
    expect(tokenizer.tokenize('¿quién paga, nosotros o TikTok?')).toEqual(['quien', 'paga', 'tiktok']);
    expect(tokenizer.tokenize("what's the VAT rate we're charged")).toEqual(['vat', 'rate', 'charg']);
    // A stemmed function word must not swallow a content word that stems alike ("merci"/"merce", "bien"/"biens").
    expect(tokenizer.tokenize('la merce, les biens, los bienes')).toEqual(['merc', 'bien', 'bien']);
  });
});

describe('createGlossaryMatcher', () => {
  const glossary = createGlossaryMatcher(
    [
      { zh: ['本地托管'], en: ['local hosting'], aliases: [], kind: 'term' as const },
      { zh: ['意大利'], en: ['Italy'], aliases: ['IT'], kind: 'market' as const },
    ],
    tokenizer,
  );

  it('maps zh and en wordings of a term to one concept', () => {
    expect(glossary.match('本地托管怎么申请').concepts).toEqual(['g:0']);
    expect(glossary.match('how to apply for Local Hosting').concepts).toEqual(['g:0']);
    expect(glossary.match('how to apply for Local Hosting').expansions).toContain('本地托管');
  });

  it('only reads two-letter codes that are also words when typed in capitals', () => {
    expect(glossary.match('warehouse in IT').concepts).toEqual(['g:1']);
    expect(glossary.match('is it open').concepts).toEqual([]);
  });
});

describe('stemEnglish', () => {
  it.each([
    ['countries', 'country'],
    ['documents', 'document'],
    ['pays', 'pay'],
    ['launched', 'launch'],
    ['warehouses', 'warehouse'],
    ['boxes', 'box'],
    ['shipping', 'ship'],
    ['shipped', 'ship'],
    ['billing', 'bill'],
    ['business', 'business'],
    ['status', 'status'],
    ['vat', 'vat'],
    ['need', 'need'],
    ['fees', 'fee'],
  ])('%s -> %s', async (word, stem) => {
    const { stemEnglish } = await import('../../src/retrieval/create-tokenizer.js');
    expect(stemEnglish(word)).toBe(stem);
  });
});

describe('stemLatinWord', () => {
  it.each([
    ['commissione', 'commission'],
    ['commission', 'commission'],
    ['comisiones', 'comision'],
    ['warehouses', 'warehous'],
    ['warehouse', 'warehous'],
    ['pricing', 'pric'],
    ['price', 'pric'],
    ['lager', 'lager'],
    ['rate', 'rate'],
    ['employee', 'employee'],
    ['iva', 'iva'],
    ['p.iva', 'p.iva'],
  ])('%s -> %s', async (word, stem) => {
    const { stemLatinWord } = await import('../../src/retrieval/create-tokenizer.js');
    expect(stemLatinWord(word)).toBe(stem);
  });
});

describe('createGlossaryMatcher against trying every term', () => {
  it('finds the same concepts in every fixture document and in tricky mixes', async () => {
    const kb = await loadFixtureKnowledge();
    const tok = createTokenizer({ extraWords: kb.glossary.flatMap((g) => g.zh) });
    const matcher = createGlossaryMatcher(kb.glossary, tok);
    const texts = [
      ...buildUnits(kb).docs.map((d) => d.text),
      'local本地hosting',
      'Local Hosting本地托管在德国',
      'LOCAL HOSTING in DE and IT',
      'is it open in it?',
      'warehouse country 入仓国 warehouse本country',
      'Full-Hosting vs fully managed, value added tax',
      '本地托管全托管品牌托管',
      '',
    ];
    const reference = createReferenceGlossaryMatch(kb.glossary, tok);
    for (const text of texts) expect(matcher.match(text).concepts, text).toEqual(reference(text));
  });
});

describe('jieba without the dictionary’s part-of-speech tags', () => {
  it('drops the third field of every line, and segments the fixture as the full dictionary does', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { Jieba } = await import('@node-rs/jieba');
    const { dropTags } = await import('../../src/retrieval/create-tokenizer.js');
    expect(dropTags(Buffer.from('本地 100 n\n托管 5\n上线 20 v\n')).toString()).toBe('本地 100\n托管 5\n上线 20\n');
    const dict = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));
    const full = Jieba.withDict(dict);
    const lean = Jieba.withDict(dropTags(dict));
    const kb = await loadFixtureKnowledge();
    for (const doc of buildUnits(kb).docs) expect(lean.cut(doc.text, false)).toEqual(full.cut(doc.text, false));
  });
});
