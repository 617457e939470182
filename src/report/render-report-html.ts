import type { Rates } from '../store/types.js';
import type { ReportData } from './build-report.js';
import { drawDayChart } from './draw-day-chart.js';
import { drawLanguageBars } from './draw-language-bars.js';
import { escapeHtml } from './escape-html.js';
import { flattenText, formatPercent, shorten } from './format-values.js';

// No script, no external font or stylesheet: the file opens offline and a hostile question cannot run code in it.
const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:24px auto;max-width:1000px;color:#1d2433;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d8dde6;padding-bottom:4px}
.meta{color:#5b6475}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{border:1px solid #d8dde6;border-radius:8px;padding:10px 14px;min-width:120px}.card b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e6e9ef;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f4f6fa}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.t{word-break:break-word}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
svg .grid{stroke:#e6e9ef}svg .axis{font-size:11px;fill:#5b6475}svg .label{font-size:12px;fill:#1d2433}
svg .answered,.legend .answered{fill:#3a7bd5;background:#3a7bd5}svg .abstained,.legend .abstained{fill:#f0a030;background:#f0a030}
svg .other,.legend .other{fill:#c3c9d4;background:#c3c9d4}svg .hit{fill:transparent}
svg .rate-line{fill:none;stroke:#1f9d55;stroke-width:2}svg .rate-dot,.legend .rate{fill:#1f9d55;background:#1f9d55}
`;

type Cell = { text: string | number; numeric?: boolean };

function table(headers: readonly string[], rows: readonly Cell[][], numericHeaders: ReadonlySet<number> = new Set()): string {
  const head = headers.map((h, i) => `<th${numericHeaders.has(i) ? ' style="text-align:right"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c) => `<td class="${c.numeric ? 'n' : 't'}">${escapeHtml(c.text)}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${headers.length}">none</td></tr>`;
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const RATE_HEADERS = ['Questions', 'Answered', 'Abstained', 'Answer rate', 'Feedback rate', 'Up', 'Down'];

function rateCells(r: Rates): Cell[] {
  return [r.questions, r.answered, r.abstained, formatPercent(r.answerRate), formatPercent(r.feedbackRate), r.up, r.down].map((text) => ({ text, numeric: true }));
}

const text = (value: string, max = 300): Cell => ({ text: shorten(flattenText(value), max) });
const num = (value: number): Cell => ({ text: value, numeric: true });
const numericFrom = (first: number, count: number) => new Set(Array.from({ length: count }, (_, i) => first + i));

const LEGEND = `<p class="legend"><span><i class="answered"></i>answered</span><span><i class="abstained"></i>abstained</span><span><i class="other"></i>greeting / invalid / rate-limited</span><span><i class="rate"></i>answer rate</span></p>`;

/** One self-contained HTML page: inline CSS, inline SVG charts drawn here, every piece of stored text escaped. */
export function renderReportHtml(data: ReportData): string {
  const { stats } = data;
  const range = stats.since ? `${stats.since} – ${data.generatedAt.slice(0, 10)} (UTC)` : 'all time';
  const cards = [
    ['Questions', stats.questions],
    ['Answered', stats.answered],
    ['Abstained', stats.abstained],
    ['Answer rate', formatPercent(stats.answerRate)],
    ['Feedback rate', formatPercent(stats.feedbackRate)],
    ['Up / down', `${stats.up} / ${stats.down}`],
    ['Handovers', stats.handovers],
    ['Follow-ups (answered)', `${stats.followUps} (${stats.followUpsAnswered})`],
  ]
    .map(([label, value]) => `<div class="card">${escapeHtml(label!)}<b>${escapeHtml(value!)}</b></div>`)
    .join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bot report – last ${escapeHtml(data.days)} days</title>
<style>${CSS}</style>
</head>
<body>
<h1>Bot report</h1>
<p class="meta">Last ${escapeHtml(data.days)} day(s): ${escapeHtml(range)}. Generated ${escapeHtml(data.generatedAt)}.</p>
<div class="cards">${cards}</div>

<h2>Questions and answer rate per day</h2>
${LEGEND}
${drawDayChart(stats.byDay)}

<h2>Per language</h2>
${drawLanguageBars(stats.byLang)}
${table(['Lang', ...RATE_HEADERS], stats.byLang.map((r) => [text(r.lang), ...rateCells(r)]), numericFrom(1, 7))}

<h2>Per platform</h2>
${table(['Platform', ...RATE_HEADERS], stats.byPlatform.map((r) => [text(r.platform), ...rateCells(r)]), numericFrom(1, 7))}

<h2>Top questions</h2>
${table(['Count', 'Question', 'Answered', 'Abstained', 'Langs', 'Last seen'], data.topQuestions.map((q) => [num(q.count), text(q.representative), num(q.answered), num(q.abstained), text(q.langs.join(', ')), text(q.lastSeen.slice(0, 16).replace('T', ' '))]), new Set([0, 2, 3]))}

<h2>Knowledge gaps</h2>
<p class="meta">Questions the bot abstained on or that were down-voted, similar phrasings grouped.</p>
${table(['Count', 'Question', 'Abstained', 'Down-voted', 'Langs', 'Last seen'], data.gaps.map((g) => [num(g.count), text(g.representative), num(g.abstained), num(g.downVoted), text(g.langs.join(', ')), text(g.lastSeen.slice(0, 16).replace('T', ' '))]), new Set([0, 2, 3]))}

<h2>Down-voted answers</h2>
${table(['Down', 'Up', 'Question', 'Answer', 'Comments', 'Answer id'], data.downvoted.map((d) => [num(d.down), num(d.up), text(d.question), text(d.answer, 500), text(d.comments.join(' | ')), text(d.answerId)]), new Set([0, 1]))}

<h2>Per day</h2>
${table(['Day', ...RATE_HEADERS], stats.byDay.map((r) => [text(r.day), ...rateCells(r)]), numericFrom(1, 7))}
</body>
</html>
`;
}
