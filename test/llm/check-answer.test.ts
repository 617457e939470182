import { describe, expect, it } from 'vitest';
import { checkAnswer, extractCitations, saysDontKnow, type Evidence } from '../../src/llm/index.js';

const evidence: Evidence = {
  passages: [
    {
      id: 'lh-overview',
      title: 'When did Local Hosting launch',
      date: '2026-01-16',
      text: 'Local Hosting launched on 16 January 2026 in Germany, France, Italy and Spain.',
      uncertain: false,
    },
    {
      id: 'eu-commission',
      title: 'TikTok Shop EU commission',
      date: '2026-01-08',
      text: "The referral commission rose from 5% to 9% on 8 January 2026. Creator commission is set by the seller, anywhere from 1% to 80%.",
      uncertain: false,
    },
    { id: 'lh-overview', title: '本地托管什么时候上线的', date: '2026-01-16', text: '本地托管于2026年1月16日正式上线。', uncertain: false },
  ],
  citable: new Set(['lh-overview', 'eu-commission', 'faq-lh-launch-date']),
  toolOutputs: [JSON.stringify({ ok: true, profit: 7.4567, margin: 0.30069, breakEvenPrice: 17.1, inputs: { commissionRate: 0.09, vatRate: 0.19 } })],
};

describe('checkAnswer', () => {
  it.each([
    ['Launched on 16 January 2026 [lh-overview].', true, ''],
    ['Launched 2026-01-16 [lh-overview].', true, ''],
    ['本地托管于2026年1月16日上线（截至2026-01-16）【lh-overview】。', true, ''],
    ['Am 16.01.2026 gestartet [lh-overview].', true, ''],
    ['The commission is 9 % (as of 8 January 2026) [eu-commission].', true, ''],
    ['It rose from 5% to 9% [eu-commission].', true, ''],
    ['Creator commission ranges from 1% to 80% [eu-commission].', true, ''],
    ['Sources [lh-overview, eu-commission]: launched in 2026.', true, ''],
    ['Profit €7.46, margin 30.07%, break-even €17.10, VAT 19% [eu-commission].', true, ''],
    ['Launched in January 2026 [lh-overview] [uncertain].', true, ''],
    ['Launched on 16 February 2026 [lh-overview].', false, 'unsupported-figure'],
    ['The storage fee is €3.50 [lh-overview].', false, 'unsupported-figure'],
    ['The commission is 1% [eu-commission].', false, 'unsupported-figure'],
    ['The commission is 5% [eu-commission].', false, 'unsupported-figure'],
    ['Margin 31% [eu-commission].', false, 'unsupported-figure'],
    ['Launched on 16 January 2026 [tiktok-official].', false, 'unknown-citation'],
    ['Launched on 16 January 2026 [1].', false, 'unknown-citation'],
    ['Launched on 16 January 2026.', false, 'no-citation'],
    ['<think>the user wants</think>', false, 'empty'],
  ])('%s → ok=%s %s', (text, ok, reason) => {
    const result = checkAnswer(text, evidence);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('strips reasoning blocks from the text it passes on', () => {
    const result = checkAnswer('<think>maybe 3.50?</think>Launched 2026-01-16 [lh-overview].', evidence);
    expect(result).toEqual({ ok: true, text: 'Launched 2026-01-16 [lh-overview].', cited: ['lh-overview'], abstained: false });
  });

  it.each([
    ["I don't know: the storage fee has not been published.", true],
    ['I don’t know the fee [lh-overview].', true],
    ['我不知道，资料里没有仓储费。', true],
    ['Ich weiß es nicht.', true],
    ['No lo sé.', true],
    ['Launched 2026-01-16 [lh-overview]; I do not know the fee.', false],
  ])('abstention: %s → %s', (text, abstained) => {
    const result = checkAnswer(text, evidence);
    expect(result.ok && result.abstained).toBe(abstained);
    expect(saysDontKnow(text, extractCitations(text).length)).toBe(abstained);
  });
});
