import { describe, expect, it } from 'vitest';
import { detectFollowUp } from '../../src/conversation/detect-follow-up.js';
import { rebuildQuestion } from '../../src/conversation/rebuild-question.js';

describe('detectFollowUp', () => {
  it.each([
    ['那法国呢？', 'ellipsis', '法国'],
    ['法国呢', 'ellipsis', '法国'],
    ['and for Italy?', 'ellipsis', 'Italy'],
    ['what about Spain?', 'ellipsis', 'Spain'],
    ['und für Spanien?', 'ellipsis', 'Spanien'],
    ['et en France ?', 'ellipsis', 'France'],
    ['e in Italia?', 'ellipsis', 'Italia'],
    ['¿y en España?', 'ellipsis', 'España'],
    ['sorry, I meant Spain', 'correction', 'Spain'],
    ['不好意思打错了，是意大利', 'correction', '意大利'],
    ['ich meinte Frankreich', 'correction', 'Frankreich'],
    ['quería decir Alemania', 'correction', 'Alemania'],
    ['那如果VAT是法国的呢', 'what-if', 'VAT是法国'],
    ['what if creators take 10%?', 'what-if', 'creators take 10%'],
    ['达人降到10%呢', 'what-if', '达人 10%'],
    // what it changes from is no new value
    ['售价从29.99降到25呢', 'what-if', '售价 25'],
    ['那我们把货从德国仓调到法国仓呢', 'what-if', '那我们把货 法国仓'],
    ['德国', 'bare', '德国'],
    ['DE', 'bare', 'DE'],
    ['有德国VAT', 'bare', '有德国VAT'],
  ])('%s → %s (%s)', (text, kind, payload) => {
    expect(detectFollowUp(text)).toEqual({ kind, payload });
  });

  it.each([
    '本地托管需要什么条件？要有欧洲仓库和当地VAT吗，中国香港公司可以申请吗',
    'What is the standard VAT rate in France and when did TikTok Shop launch there?',
    '',
  ])('is not a follow-up: %s', (text) => {
    expect(detectFollowUp(text)).toBeNull();
  });
});

describe('rebuildQuestion', () => {
  it.each([
    ['德国站佣金多少？', '法国', 'zh', '法国站佣金多少？', ['FR']],
    ['What is the commission in Spain?', 'Italy', 'en', 'What is the commission in Italy?', ['IT']],
    ['Wie hoch ist die MwSt. in Deutschland?', 'Spanien', 'de', 'Wie hoch ist die MwSt. in Spanien?', ['ES']],
    ['What is the commission in Spain?', 'electronics', 'en', 'What is the commission in Spain electronics?', ['ES']],
    ['本地托管的佣金是多少？', '西班牙', 'zh', '本地托管的佣金是多少 （西班牙）', ['ES']],
    // Only an article or a preposition left beside the country: nothing to append.
    ['What is the commission in Spain?', 'for Italy', 'en', 'What is the commission in Italy?', ['IT']],
    ['Wie hoch ist die MwSt. in Deutschland?', 'für Spanien', 'de', 'Wie hoch ist die MwSt. in Spanien?', ['ES']],
    // A country named with its article, where the old one had one already; a conjunction left over is filler too.
    ['What is the referral fee in the Germany market now?', 'the US', 'en', 'What is the referral fee in the US market now?', ['US']],
    ['What is the commission in Spain?', 'and for Italy', 'en', 'What is the commission in Italy?', ['IT']],
    ['commission electronics too (the UK)', 'US', 'en', 'commission electronics too (the US)', ['US']],
    // A scheme of the old country only gives way to the general name: France has no WEEE register of its own name.
    ['在德国卖电子类的 要WEEE号吗', '法国', 'zh', '在法国卖电子类的 要EPR吗', ['FR']],
    // Every mention of the old country changes, not only the first.
    ['我在德国有仓，能不能不注册德国VAT', '意大利', 'zh', '我在意大利有仓，能不能不注册意大利VAT', ['IT', 'IT']],
    ['Do I need a LUCID number in Germany?', 'Italy', 'en', 'Do I need a EPR number in Italy?', ['IT']],
  ] as const)('%s + %s → %s', (previous, payload, lang, text, countries) => {
    expect(rebuildQuestion(previous, payload, lang)).toEqual({ text, countries });
  });
});
