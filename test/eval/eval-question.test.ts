import { describe, expect, it } from 'vitest';
import { avoidsMustNot, satisfiesMust } from '../../src/eval/eval-question.js';

describe('satisfiesMust', () => {
  it.each([
    ['利润：-€4.40', [['-4.40']]],
    ['Profit: €-2.70', [['-2.70']]],
    ['Utile: −2,08 €', [['-2.08']]],
    ['Margin 6,02 €', [['6.02']]],
    ['Local Hosting launched on 16 January 2026', [['January 16', '16 January'], ['2026']]],
  ])('%s has %j', (text, must) => expect(satisfiesMust(text, must)).toBe(true));

  it.each([
    ['利润：€4.40', [['-4.40']]],
    ['Profit: -€4.41', [['-4.40']]],
    ['9% commission', [['9%'], ['January']]],
  ])('%s lacks %j', (text, must) => expect(satisfiesMust(text, must)).toBe(false));

  it('finds a string that must not be there whatever the spacing and case', () => {
    expect(avoidsMustNot('Reading this as: commission in Germany', ['germany'])).toBe(false);
    expect(avoidsMustNot('Reading this as: commission in Italy', ['Germany'])).toBe(true);
  });
});
