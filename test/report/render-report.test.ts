import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { renderReportHtml } from '../../src/report/render-report-html.js';
import { renderReportTable } from '../../src/report/render-report-table.js';
import { displayWidth } from '../../src/report/text-width.js';
import { REPORT_NOW, seedStore } from './seed-store.js';

const store = seedStore();
const data = await buildReport(store, { days: 3, now: REPORT_NOW });
afterAll(() => store.close());

function section(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(title);
  const end = lines.indexOf('', start);
  return lines.slice(start + 2, end === -1 ? undefined : end);
}

describe('buildReport', () => {
  it('collects the numbers for the range', () => {
    expect(data.stats).toMatchObject({ since: '2026-11-24', questions: 6, answered: 3, abstained: 2, up: 1, down: 2, handovers: 1 });
    expect(data.stats.answerRate).toBeCloseTo(0.6);
    expect(data.stats.feedbackRate).toBeCloseTo(0.4);
    expect(data.gaps.map((g) => [g.count, g.abstained, g.downVoted])).toEqual([
      [2, 2, 0],
      [1, 0, 1],
    ]);
    expect(data.downvoted.map((d) => [d.answerId, d.down, d.up])).toEqual([['r4', 2, 0]]);
  });
});

describe('renderReportTable', () => {
  const text = renderReportTable(data);

  it('shows the summary figures under their headers', () => {
    const [header, , row] = section(text, 'Summary');
    const cells = row!.trim().split(/\s{2,}/);
    expect(header!.trim().split(/\s{2,}/)).toEqual(['Questions', 'Answered', 'Abstained', 'Answer rate', 'Feedback rate', 'Up', 'Down', 'Handovers', 'Follow-ups (answered)']);
    expect(cells).toEqual(['6', '3', '2', '60.0%', '40.0%', '1', '2', '1', '0 (0)']);
  });

  it('has one row per day of the range and per language', () => {
    const days = section(text, 'Per day').slice(2).map((l) => l.split(/\s{2,}/).slice(0, 2));
    expect(days).toEqual([
      ['2026-11-24', '2'],
      ['2026-11-25', '1'],
      ['2026-11-26', '3'],
    ]);
    const langs = section(text, 'Per language').slice(2).map((l) => l.split(/\s{2,}/).slice(0, 2));
    expect(langs).toEqual([
      ['en', '3'],
      ['zh', '3'],
    ]);
  });

  it('lists the clustered gap and the down-voted answer', () => {
    const gaps = section(text, 'Knowledge gaps (abstained or down-voted, similar questions grouped)').slice(2);
    expect(gaps[0]).toMatch(/^\s+2 {2}(本地托管怎么加入？|怎么加入本地托管)/);
    expect(section(text, 'Down-voted answers').slice(2).join('\n')).toMatch(/^\s+2\s+0\s+.*<i>wrong<\/i> 😡\s+r4$/);
  });

  it('contains no control characters and aligns columns by display width', () => {
    expect(/[\u0000-\u0009\u000b-\u001f\u200b]/.test(text)).toBe(false);
    const [header, , ...rows] = section(text, 'Top questions');
    expect(rows.length).toBeGreaterThan(2);
    // Rows mix Chinese (two cells a character) and ASCII: the last column still starts at the same cell.
    const starts = new Set(rows.map((l) => displayWidth(l.slice(0, l.lastIndexOf('2026-')))));
    expect([...starts]).toEqual([displayWidth(header!.slice(0, header!.indexOf('Last seen')))]);
  });
});

describe('renderReportHtml', () => {
  const html = renderReportHtml(data);

  it('is one self-contained page: no script, no external resource', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    // Only real tags: escaped user text may well contain the letters `src=`.
    expect(html).not.toMatch(/<[^>]*\b(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(|@import|<link/i);
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it('escapes stored text', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; answer');
    expect(html).toContain('&lt;i&gt;wrong&lt;/i&gt; 😡');
    expect(html).not.toContain('<img');
    expect(/[\u0000-\u0009\u000b-\u001f]/.test(html)).toBe(false);
  });

  it('shows the summary numbers and one bar group per day with the answer rate in its tooltip', () => {
    for (const card of ['Questions<b>6</b>', 'Answer rate<b>60.0%</b>', 'Feedback rate<b>40.0%</b>', 'Up / down<b>1 / 2</b>', 'Handovers<b>1</b>']) {
      expect(html).toContain(`<div class="card">${card}</div>`);
    }
    const tooltips = [...html.matchAll(/<title>(\d{4}-\d\d-\d\d: [^<]*)<\/title>/g)].map((m) => m[1]);
    expect(tooltips).toEqual([
      '2026-11-24: 2 questions, 0 answered, 2 abstained, answer rate 0.0%',
      '2026-11-25: 1 questions, 1 answered, 0 abstained, answer rate 100.0%',
      '2026-11-26: 3 questions, 2 answered, 0 abstained, answer rate 100.0%',
    ]);
    expect(html).toContain('3 questions · 33.3% answered');
    expect(html).toContain('3 questions · 100.0% answered');
  });
});
