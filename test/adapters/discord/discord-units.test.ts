import { describe, expect, it } from 'vitest';
import { buildAnswerReplies } from '../../../adapters/discord/build-answer-replies.js';
import { formatButtonId, parseButtonId, type ButtonAction } from '../../../adapters/discord/button-ids.js';
import { parseVatCountries } from '../../../adapters/discord/parse-vat-countries.js';
import { pickLang } from '../../../adapters/discord/pick-lang.js';
import { splitText } from '../../../adapters/discord/split-text.js';
import type { AnswerResult } from '../../../src/contract/types.js';

describe('pickLang', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['de', 'de'],
    ['fr', 'fr'],
    ['it', 'it'],
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['en-US', 'en'],
    ['pt-BR', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ])('%s -> %s', (locale, lang) => {
    expect(pickLang(locale)).toBe(lang);
  });
});

describe('button ids', () => {
  const cases: Array<[string, ButtonAction | null]> = [
    ['fb:up:0d9fe51e-8569-447c-bdfd-7e91d204014b', { kind: 'feedback', vote: 'up', answerId: '0d9fe51e-8569-447c-bdfd-7e91d204014b' }],
    ['fb:down:abc_1', { kind: 'feedback', vote: 'down', answerId: 'abc_1' }],
    ['ho:abc', { kind: 'handover', answerId: 'abc' }],
    ['fb:sideways:abc', null],
    ['fb:up:', null],
    ['fb:up:a b', null],
    ['ho:../../etc', null],
    [`ho:${'a'.repeat(65)}`, null],
    ['something-else', null],
  ];
  it.each(cases)('parses %s', (id, action) => {
    expect(parseButtonId(id)).toEqual(action);
    if (action) expect(formatButtonId(action)).toBe(id);
  });
});

describe('parseVatCountries', () => {
  it.each([
    [null, { ok: true, codes: undefined }],
    ['  ', { ok: true, codes: undefined }],
    ['none', { ok: true, codes: [] }],
    ['无', { ok: true, codes: [] }],
    ['keine', { ok: true, codes: [] }],
    ['Aucun', { ok: true, codes: [] }],
    ['nessuna', { ok: true, codes: [] }],
    ['ninguno', { ok: true, codes: [] }],
    ['de, FR', { ok: true, codes: ['DE', 'FR'] }],
    ['DE FR de', { ok: true, codes: ['DE', 'FR'] }],
    ['DE，IT、ES', { ok: true, codes: ['DE', 'IT', 'ES'] }],
    ['Germany, FR', { ok: false, bad: ['Germany'] }],
    ['DEU', { ok: false, bad: ['DEU'] }],
  ])('%j', (raw, expected) => {
    expect(parseVatCountries(raw)).toEqual(expected);
  });
});

describe('splitText', () => {
  it('keeps short text whole', () => {
    expect(splitText('  hello world  ', 100)).toEqual(['hello world']);
  });

  it.each([
    { name: 'paragraphs', text: `${'a'.repeat(60)}\n\n${'b'.repeat(60)}`, max: 100, expected: ['a'.repeat(60), 'b'.repeat(60)] },
    { name: 'Chinese sentences', text: `${'中'.repeat(70)}。${'文'.repeat(70)}。`, max: 100, expected: [`${'中'.repeat(70)}。`, `${'文'.repeat(70)}。`] },
    { name: 'words', text: `${'word '.repeat(30)}`.trim(), max: 100, expected: ['word '.repeat(20).trim(), 'word '.repeat(10).trim()] },
  ])('cuts at $name', ({ text, max, expected }) => {
    expect(splitText(text, max)).toEqual(expected);
  });

  it.each([
    { name: 'an emoji pair', text: '😀'.repeat(80), max: 101 },
    { name: 'a markdown escape', text: 'x'.repeat(99) + '\\*' + 'y'.repeat(50), max: 100 },
  ])('never breaks $name on a hard cut', ({ text, max }) => {
    const pieces = splitText(text, max);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(max);
      expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
      expect(p.endsWith('\\') && !p.endsWith('\\\\')).toBe(false);
    }
  });
});

describe('buildAnswerReplies', () => {
  const answer = (over: Partial<AnswerResult>): AnswerResult => ({
    id: 'answer-1',
    text: 'Local Hosting launched on 2026-01-16.\n\nSources: Launch (2026-01-16)',
    body: 'Local Hosting launched on 2026-01-16.',
    lang: 'en',
    sources: [{ id: 'lh', title: 'Launch *news* [AMZ123]', date: '2026-01-16', url: 'https://example.com/a(1)' }],
    tool: null,
    abstained: false,
    confidence: 0.834,
    route: 'faq',
    ...over,
  });

  it('splits a long answer into messages within Discord limits; sources, footer and buttons come last', () => {
    const paragraph = `${'Local Hosting **rules** apply to sellers in Germany. '.repeat(20)}\n\n`;
    const payloads = buildAnswerReplies(answer({ text: paragraph.repeat(12), body: paragraph.repeat(12) }));
    expect(payloads.length).toBeGreaterThan(1);
    payloads.forEach((p, i) => {
      expect(p.embeds).toHaveLength(1);
      const e = p.embeds[0].toJSON();
      expect(e.description!.length).toBeLessThanOrEqual(4096);
      const size = (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
      expect(size).toBeLessThanOrEqual(6000);
      const last = i === payloads.length - 1;
      expect(p.components.length).toBe(last ? 1 : 0);
      expect(Boolean(e.fields?.length)).toBe(last);
    });
    // Markdown in the knowledge text is shown literally, not rendered.
    expect(payloads[0].embeds[0].toJSON().description).toContain('\\*\\*rules\\*\\*');
  });

  it('moves the sources line into a field with escaped titles and a safe link', () => {
    const [p] = buildAnswerReplies(answer({}));
    const e = p.embeds[0].toJSON();
    expect(e.description).toBe('Local Hosting launched on 2026-01-16.');
    expect(e.fields).toEqual([{ name: 'Sources', value: '• [Launch \\*news\\* AMZ123](https://example.com/a%281%29) · 2026-01-16', inline: false }]);
    expect(e.footer?.text).toBe('English · confidence 83%');
  });

  it.each([
    { route: 'greeting' as const, buttons: 0 },
    { route: 'rate-limited' as const, buttons: 0 },
    { route: 'abstain' as const, buttons: 1 },
    { route: 'faq' as const, buttons: 3 },
  ])('$route answers carry $buttons buttons', ({ route, buttons }) => {
    const [p] = buildAnswerReplies(answer({ route, abstained: route === 'abstain' }));
    expect(p.components.flatMap((r) => r.components).length).toBe(buttons);
  });

  it.each([
    { lang: 'de' as const, sources: 'Quellen', footer: 'Deutsch · Sicherheit 83\u00a0%', buttons: ['Hilfreich', 'Nicht hilfreich', 'Mit einem Menschen sprechen'] },
    { lang: 'fr' as const, sources: 'Sources', footer: 'Français · confiance 83\u00a0%', buttons: ['Utile', 'Pas utile', 'Parler à un humain'] },
    { lang: 'it' as const, sources: 'Fonti', footer: 'Italiano · affidabilità 83%', buttons: ['Utile', 'Non utile', 'Parla con una persona'] },
    { lang: 'es' as const, sources: 'Fuentes', footer: 'Español · confianza 83\u00a0%', buttons: ['Útil', 'No es útil', 'Hablar con una persona'] },
  ])('frames a $lang answer in $lang', ({ lang, sources, footer, buttons }) => {
    const [p] = buildAnswerReplies(answer({ lang }));
    const e = p.embeds[0].toJSON();
    expect(e.fields?.map((f) => f.name)).toEqual([sources]);
    expect(e.footer?.text).toBe(footer);
    expect(p.components.flatMap((r) => r.components).map((b) => (b.toJSON() as { label?: string }).label)).toEqual(buttons);
  });

  it('flags uncertain facts in the footer', () => {
    const [p] = buildAnswerReplies(answer({ uncertain: true, lang: 'zh', text: '据报道……', body: '据报道……' }));
    expect(p.embeds[0].toJSON().footer?.text).toBe('中文 · 置信度 83% · ⚠️ 行业媒体报道，未经平台确认');
  });
});
