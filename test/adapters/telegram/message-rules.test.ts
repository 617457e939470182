// Pure rules of the adapter: who is addressed, what is a clear question, callback data, answer formatting.
import { describe, expect, it } from 'vitest';
import { decodeCallback, encodeCallback } from '../../../adapters/telegram/callback-data.js';
import { findAddress } from '../../../adapters/telegram/find-address.js';
import { formatAnswerHtml } from '../../../adapters/telegram/format-answer.js';
import { pickToolLang, pickUiLang } from '../../../adapters/telegram/ui-lang.js';
import { checkTelegramHtml } from './check-telegram-html.js';

const me = { id: 42, username: 'Hosting_FAQ_bot' };

describe('findAddress', () => {
  it.each([
    ['@mention, any case', '@hosting_faq_bot 本地托管是什么', [{ type: 'mention', offset: 0, length: 16 }], undefined, { how: 'mention', question: '本地托管是什么' }],
    ['@mention in the middle', 'hi @Hosting_FAQ_bot what is it?', [{ type: 'mention', offset: 3, length: 16 }], undefined, { how: 'mention', question: 'hi what is it?' }],
    ['mention after an emoji (UTF-16 offsets)', '😀 @hosting_faq_bot VAT?', [{ type: 'mention', offset: 3, length: 16 }], undefined, { how: 'mention', question: '😀 VAT?' }],
    ['text_mention of the bot', 'Bot, VAT?', [{ type: 'text_mention', offset: 0, length: 3, user: { id: 42, is_bot: true, first_name: 'B' } }], undefined, { how: 'mention' }],
    ['reply to the bot', 'and Spain?', [], { message_id: 1, date: 0, chat: { id: -1, type: 'supergroup', title: 't' }, from: { id: 42, is_bot: true, first_name: 'B' } }, { how: 'reply', question: 'and Spain?' }],
  ] as const)('addressed: %s', (_name, text, entities, reply, expected) => {
    const address = findAddress({ text, entities: [...entities] as never, reply_to_message: reply as never }, me);
    expect(address).toMatchObject({ addressed: true, ...expected });
  });

  it.each([
    ['another bot mentioned', '@other_bot VAT?', [{ type: 'mention', offset: 0, length: 10 }], undefined],
    ['a longer username containing ours', '@hosting_faq_bot2 VAT?', [{ type: 'mention', offset: 0, length: 17 }], undefined],
    ['text_mention of a person', 'Anna, VAT?', [{ type: 'text_mention', offset: 0, length: 4, user: { id: 7, is_bot: false, first_name: 'A' } }], undefined],
    ['reply to a person', 'VAT?', [], { message_id: 1, date: 0, chat: { id: -1, type: 'supergroup', title: 't' }, from: { id: 7, is_bot: false, first_name: 'A' } }],
    ['forum topic root by the bot', 'VAT?', [], { message_id: 1, date: 0, chat: { id: -1, type: 'supergroup', title: 't' }, from: { id: 42, is_bot: true, first_name: 'B' }, forum_topic_created: { name: 'x', icon_color: 1 } }],
    ['the username as plain text without an entity', '@hosting_faq_bot VAT?', [], undefined],
  ] as const)('not addressed: %s', (_name, text, entities, reply) => {
    expect(findAddress({ text, entities: [...entities] as never, reply_to_message: reply as never }, me)).toEqual({ addressed: false });
  });
});

describe('callback data', () => {
  it.each([
    [{ kind: 'feedback', vote: 'up', answerId: '4ce814cd-deb4-4ab0-a029-085ee69a2bd0' }, 'fb:up:4ce814cd-deb4-4ab0-a029-085ee69a2bd0'],
    [{ kind: 'feedback', vote: 'down', answerId: 'a1' }, 'fb:down:a1'],
    [{ kind: 'handover', answerId: 'a1' }, 'ho:a1'],
    [{ kind: 'eligibility', field: 'wh', value: '+eu' }, 'el:wh:+eu'],
  ] as const)('round-trips %j', (action, data) => {
    expect(encodeCallback(action)).toBe(data);
    expect(decodeCallback(data)).toEqual(action);
  });

  it('refuses data over 64 bytes and unknown data', () => {
    expect(encodeCallback({ kind: 'feedback', vote: 'down', answerId: 'x'.repeat(57) })).toBeNull();
    expect(encodeCallback({ kind: 'feedback', vote: 'down', answerId: 'x'.repeat(56) })).toHaveLength(64);
    for (const bad of [undefined, '', 'fb:maybe:1', 'el:xx:DE', 'el:ec:<b>', 'ho:']) expect(decodeCallback(bad)).toBeNull();
  });
});

describe('formatAnswerHtml', () => {
  const source = { id: 'lh', title: 'Fees <&> "rules"', date: '2026-01-16', url: 'https://e.com/?a=1&b="x"' };
  it.each([
    ['shows the body and a linked list instead of the plain sources line', { text: 'Body\n\nSources: Fees <&> "rules" (2026-01-16)', body: 'Body', lang: 'en', sources: [source] }, 'Body\n\n<b>Sources</b>\n• <a href="https://e.com/?a=1&amp;b=&quot;x&quot;">Fees &lt;&amp;&gt; "rules"</a> · as of 2026-01-16'],
    ['keeps a last paragraph that is not the footer', { text: 'A\n\nB', body: 'A\n\nB', lang: 'zh', sources: [{ ...source, url: undefined }] }, 'A\n\nB\n\n<b>来源</b>\n• Fees &lt;&amp;&gt; "rules" · 截至 2026-01-16'],
    ['drops non-http links', { text: 'A', body: 'A', lang: 'en', sources: [{ ...source, url: 'javascript:alert(1)' }] }, 'A\n\n<b>Sources</b>\n• Fees &lt;&amp;&gt; "rules" · as of 2026-01-16'],
    ['has no list without sources', { text: '<b>hi</b>', body: '<b>hi</b>', lang: 'en', sources: [] }, '&lt;b&gt;hi&lt;/b&gt;'],
  ] as const)('%s', (_name, result, expected) => {
    const html = formatAnswerHtml({ ...result, sources: [...result.sources] });
    expect(html).toBe(expected);
    expect(checkTelegramHtml(html)).toEqual([]);
  });
});

describe('languages', () => {
  it.each([
    ['zh-hans', 'zh'],
    ['ZH', 'zh'],
    ['en', 'en'],
    ['de', 'de'],
    ['fr-CA', 'fr'],
    ['it', 'it'],
    ['es-419', 'es'],
    ['pt-br', 'en'],
    ['esperanto', 'en'],
    [undefined, 'en'],
  ])('ui language for %s is %s', (code, expected) => {
    expect(pickUiLang(code)).toBe(expected);
  });

  it.each([
    ['售价29.99 成本8', 'en', 'zh'],
    ['price=29.99', 'zh-hans', 'zh'],
    ['price=29.99', 'fr', 'fr'],
    ['price=29.99', 'ru', 'en'],
  ])('tool language for %j from a %s client is %s', (text, code, expected) => {
    expect(pickToolLang(text, code)).toBe(expected);
  });
});
