import { describe, expect, it } from 'vitest';
import { rebuildQuestion } from '../../src/conversation/rebuild-question.js';

describe('rebuildQuestion', () => {
  it.each([
    ['德国站佣金多少？', '法国', '法国站佣金多少？'],
    ['我在德国有仓，不注册德国VAT可以吗', '意大利', '我在意大利有仓，不注册意大利VAT可以吗'],
    // A list of countries headed by the old one gives way as a whole to the one named now.
    ['when did TikTok Shop launch in Germany, France and Italy?', 'Spain', 'when did TikTok Shop launch in Spain?'],
    ['德国、法国和意大利什么时候开站的', '西班牙', '西班牙什么时候开站的'],
    // Two countries apart are two mentions, not a list.
    ['Germany VAT rate and France VAT rate', 'Spain', 'Spain VAT rate and France VAT rate'],
    // A program in place of the previous question's program, or of the platform it named.
    ['Quando è partito TikTok Shop in Italia?', 'il Local Hosting invece', 'Quando è partito Local Hosting in Italia?'],
    ['FBT的仓储费谁出', '本托', '本托的仓储费谁出'],
    ['Does full hosting let me set my own prices?', 'brand hosting', 'Does brand hosting let me set my own prices?'],
  ])('%s + %s → %s', (previous, payload, rebuilt) => {
    expect(rebuildQuestion(previous, payload, previous.match(/\p{Script=Han}/u) ? 'zh' : 'en').text).toBe(rebuilt);
  });
});
