import type { DayStats } from '../store/types.js';
import { escapeHtml } from './escape-html.js';
import { formatPercent } from './format-values.js';

const W = 760;
const H = 260;
const M = { top: 20, right: 48, bottom: 40, left: 44 };

const n1 = (v: number) => v.toFixed(1);

/** A round axis maximum (1, 2, 5 × 10^k) at or above the largest value. */
function niceMax(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Stacked bars of questions per day (answered, abstained, other) with the answer rate as a line on a 0–100 % right
 * axis. Plain SVG built here so the page needs no script and no network.
 */
export function drawDayChart(days: readonly DayStats[]): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const max = niceMax(Math.max(0, ...days.map((d) => d.questions)));
  const slot = days.length ? plotW / days.length : plotW;
  const barW = Math.max(1, slot * 0.7);
  const y = (v: number) => M.top + plotH - (v / max) * plotH;
  const yRate = (r: number) => M.top + plotH - r * plotH;
  const labelEvery = Math.max(1, Math.ceil(days.length / 12));
  const parts: string[] = [];

  for (const tick of [0, max / 2, max]) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${n1(y(tick))}" y2="${n1(y(tick))}" class="grid"/>`);
    parts.push(`<text x="${M.left - 6}" y="${n1(y(tick) + 4)}" text-anchor="end" class="axis">${escapeHtml(Number.isInteger(tick) ? tick : tick.toFixed(1))}</text>`);
  }
  for (const rate of [0, 0.5, 1]) {
    parts.push(`<text x="${W - M.right + 6}" y="${n1(yRate(rate) + 4)}" class="axis rate-axis">${formatPercent(rate).replace('.0', '')}</text>`);
  }

  const points: string[] = [];
  days.forEach((d, i) => {
    const x = M.left + i * slot + (slot - barW) / 2;
    const other = d.questions - d.answered - d.abstained;
    let top = y(0);
    const segments: [number, string][] = [[d.answered, 'answered'], [d.abstained, 'abstained'], [Math.max(0, other), 'other']];
    for (const [value, cls] of segments) {
      if (value <= 0) continue;
      const h = (value / max) * plotH;
      top -= h;
      parts.push(`<rect x="${n1(x)}" y="${n1(top)}" width="${n1(barW)}" height="${n1(h)}" class="${cls}"/>`);
    }
    const tooltip = `${d.day}: ${d.questions} questions, ${d.answered} answered, ${d.abstained} abstained, answer rate ${formatPercent(d.answerRate)}`;
    parts.push(`<rect x="${n1(M.left + i * slot)}" y="${M.top}" width="${n1(slot)}" height="${plotH}" class="hit"><title>${escapeHtml(tooltip)}</title></rect>`);
    if (d.answered + d.abstained > 0) points.push(`${n1(x + barW / 2)},${n1(yRate(d.answerRate))}`);
    if (i % labelEvery === 0) {
      parts.push(`<text x="${n1(x + barW / 2)}" y="${H - M.bottom + 16}" text-anchor="middle" class="axis">${escapeHtml(d.day.slice(5))}</text>`);
    }
  });
  if (points.length > 1) parts.push(`<polyline points="${points.join(' ')}" class="rate-line"/>`);
  for (const p of points) {
    const [cx, cy] = p.split(',');
    parts.push(`<circle cx="${cx}" cy="${cy}" r="3" class="rate-dot"/>`);
  }
  if (days.length === 0) parts.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="axis">no data</text>`);

  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="Questions and answer rate per day">${parts.join('')}</svg>`;
}
