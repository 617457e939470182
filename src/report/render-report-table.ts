import type { Rates } from '../store/types.js';
import type { ReportData } from './build-report.js';
import { formatPercent, shorten } from './format-values.js';
import { renderTextTable, type TextColumn } from './render-text-table.js';

const RATE_COLUMNS: TextColumn[] = [
  { header: 'Questions', align: 'right' },
  { header: 'Answered', align: 'right' },
  { header: 'Abstained', align: 'right' },
  { header: 'Answer rate', align: 'right' },
  { header: 'Feedback rate', align: 'right' },
  { header: 'Up', align: 'right' },
  { header: 'Down', align: 'right' },
];

function rateCells(r: Rates): (string | number)[] {
  return [r.questions, r.answered, r.abstained, formatPercent(r.answerRate), formatPercent(r.feedbackRate), r.up, r.down];
}

function section(title: string, body: string): string {
  return `${title}\n${'='.repeat(title.length)}\n${body}`;
}

/** The report for a terminal: plain text, no colour codes, so it can also be piped into a file or a chat. */
export function renderReportTable(data: ReportData): string {
  const { stats } = data;
  const range = stats.since ? `${stats.since} .. ${data.generatedAt.slice(0, 10)}` : 'all time';
  const parts = [
    `Bot report: last ${data.days} day(s), ${range} (UTC), generated ${data.generatedAt}`,
    section(
      'Summary',
      renderTextTable(
        [...RATE_COLUMNS, { header: 'Handovers', align: 'right' }, { header: 'Follow-ups (answered)', align: 'right' }],
        [[...rateCells(stats), stats.handovers, `${stats.followUps} (${stats.followUpsAnswered})`]],
      ),
    ),
    section('Per language', renderTextTable([{ header: 'Lang' }, ...RATE_COLUMNS], stats.byLang.map((r) => [r.lang, ...rateCells(r)]))),
    section('Per platform', renderTextTable([{ header: 'Platform' }, ...RATE_COLUMNS], stats.byPlatform.map((r) => [r.platform, ...rateCells(r)]))),
    section('Per day', renderTextTable([{ header: 'Day' }, ...RATE_COLUMNS], stats.byDay.map((r) => [r.day, ...rateCells(r)]))),
    section(
      'Top questions',
      renderTextTable(
        [{ header: 'Count', align: 'right' }, { header: 'Question', maxWidth: 60 }, { header: 'Answered', align: 'right' }, { header: 'Abstained', align: 'right' }, { header: 'Langs' }, { header: 'Last seen' }],
        data.topQuestions.map((q) => [q.count, q.representative, q.answered, q.abstained, q.langs.join(','), q.lastSeen.slice(0, 16)]),
      ),
    ),
    section(
      'Knowledge gaps (abstained or down-voted, similar questions grouped)',
      renderTextTable(
        [{ header: 'Count', align: 'right' }, { header: 'Question', maxWidth: 60 }, { header: 'Abstained', align: 'right' }, { header: 'Down-voted', align: 'right' }, { header: 'Langs' }, { header: 'Last seen' }],
        data.gaps.map((g) => [g.count, g.representative, g.abstained, g.downVoted, g.langs.join(','), g.lastSeen.slice(0, 16)]),
      ),
    ),
    section(
      'Down-voted answers',
      renderTextTable(
        [{ header: 'Down', align: 'right' }, { header: 'Up', align: 'right' }, { header: 'Question', maxWidth: 40 }, { header: 'Answer', maxWidth: 50 }, { header: 'Comments', maxWidth: 40 }, { header: 'Answer id' }],
        data.downvoted.map((d) => [d.down, d.up, d.question, d.answer, shorten(d.comments.join(' | '), 200), d.answerId]),
      ),
    ),
  ];
  return `${parts.join('\n\n')}\n`;
}
