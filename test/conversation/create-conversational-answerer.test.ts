// The conversation layer over a stand-in single-turn answerer (it echoes what it was asked), with the real rules for
// the tools: what is inherited, by whom, and when it is forgotten.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerRequest, AnswerResult } from '../../src/contract/types.js';
import { createConversationalAnswerer } from '../../src/conversation/create-conversational-answerer.js';
import { createMemoryConversationStore } from '../../src/conversation/create-memory-conversation-store.js';
import { detectLang } from '../../src/lang/detect-lang.js';
import { createRateLimiter } from '../../src/limits/rate-limiter.js';
import type { Rules } from '../../src/tools/index.js';
import { createToolRouter } from '../../src/tools/index.js';
import { loadRealRules } from '../tools/rules-dir.js';

let rules: Rules;
beforeAll(async () => {
  rules = await loadRealRules();
});

let seq = 0;
const OFF_TOPIC = 'How many parking spaces does the Dublin office of our freight forwarder have?';
/** The entry a stand-in answer comes from: distinct topics, so "the same entry again" can be told apart. */
function topicOf(text: string) {
  if (/open to everyone|invit/i.test(text)) return { id: 'lh-application', title: 'Application', date: '2026-01-16' };
  if (/Lagergebühren|storage/i.test(text)) return { id: 'lh-unpublished', title: 'Not published', date: '2026-01-19' };
  return { id: 'eu-commission', title: 'Commission', date: '2026-01-08' };
}
/** A single-turn answerer: tools as the real router answers them, otherwise an echo of the question it was given. */
function createInner(asked: string[]) {
  return async (req: AnswerRequest): Promise<AnswerResult> => {
    asked.push(req.text);
    // The language as the real answerer detects it, so the conversation stores what a real turn would.
    const lang = req.lang ?? detectLang(req.text, req.chatLang ?? 'en');
    const tool = createToolRouter({ rules }).route(req.text, lang);
    const text = tool ? tool.text : `answer to: ${req.text}`;
    return {
      id: `a${++seq}`,
      text,
      body: text,
      lang,
      sources: tool?.sources ?? [topicOf(req.text)],
      tool: tool?.tool ?? null,
      ...(tool ? { toolResult: tool.toolResult } : {}),
      // A "not published" entry answers with its source and counts as an abstention, as the real answerer does.
      abstained: ((req.text === '那法国呢？' || req.text === 'is it open to everyone or?' || req.text === OFF_TOPIC) && !tool) || topicOf(req.text).id === 'lh-unpublished',
      // "seit wann?" alone finds something with confidence (a launch date, say) that is not what was asked.
      confidence: req.text === 'is it open to everyone or?' ? 0.1 : topicOf(req.text).id === 'lh-unpublished' || req.text === 'seit wann?' ? 0.95 : 0.8,
      route: tool ? 'tool' : 'faq',
    };
  };
}

function setup(options: { idleMs?: number; maxTurns?: number } = {}) {
  const asked: string[] = [];
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const store = createMemoryConversationStore({ maxConversations: 100 });
  const bot = createConversationalAnswerer({
    answer: createInner(asked),
    store,
    rules: () => rules,
    options: { idleMs: options.idleMs ?? 30 * 60_000, maxTurns: options.maxTurns ?? 6 },
    threshold: 0.4,
    now: () => clock,
  });
  const ask = (user: string, text: string, extra: Partial<AnswerRequest> = {}) => bot.answer({ text, user, chat: 'group-1', platform: 'telegram', ...extra });
  return { bot, ask, asked, store, advance: (ms: number) => void (clock += ms) };
}

const profitOf = (r: AnswerResult) => (r.toolResult as { profit?: number } | undefined)?.profit;

describe('fact follow-ups', () => {
  it('rebuilds "那法国呢？" from the asker\'s previous question, says how it read it, and retrieves with both texts', async () => {
    const { ask, asked } = setup();
    await ask('a', '德国站佣金多少？');
    const r = await ask('a', '那法国呢？');
    expect(r.followUp).toBe(true);
    expect(r.resolved).toBe('法国站佣金多少？');
    expect(r.text.startsWith('按此理解：法国站佣金多少？')).toBe(true);
    expect(asked.at(-1)).toBe('法国站佣金多少？\n那法国呢？');
  });

  it('goes back to the earlier turn a message names by its country, two turns back, and asks the new thing about it', async () => {
    const { ask, asked } = setup();
    await ask('a', 'TTS德国站现在佣金多少？');
    await ask('a', '那美国呢');
    const r = await ask('a', '回到刚才德国那个，涨之前是多少');
    expect(r.followUp).toBe(true);
    expect(r.resolved).toBe('TTS德国站现在佣金多少 涨之前是多少？');
    expect(asked).toContain('TTS德国站现在佣金多少 涨之前是多少？\n涨之前是多少');
    await ask('b', 'What is the VAT rate in Italy?');
    await ask('b', 'and Spain?');
    expect((await ask('b', 'going back to the Italian one, what are the reduced rates?')).resolved).toBe('What is the VAT rate in Italy what are the reduced rates?');
    // Back to the first question by its ordinal, asked again for another country.
    await ask('c', 'OSS能代替德国的VAT注册吗？');
    await ask('c', '平台会代扣VAT吗？');
    expect((await ask('c', '回到第一个问题，要是在意大利，也一样吗')).resolved).toContain('OSS能代替意大利的VAT注册吗');
    // Back to a market with a question of its own: that question in that market competes with the old one rebuilt.
    await ask('d', 'for packaging EPR in Germany, what do I need to register?');
    await ask('d', 'and France?');
    await ask('d', 'going back to Germany for a sec: anything extra if I sell electrical stuff there?');
    expect(asked).toContain('anything extra if I sell electrical stuff there (Germany)');
    // Back to a country no earlier turn named: an ordinary question, nothing carried.
    expect((await ask('b', 'back to France, what are the reduced rates?')).followUp).toBe(false);
  });

  it('never shares context between two sellers in one group', async () => {
    const { ask } = setup();
    await ask('a', '德国站佣金多少？');
    await ask('b', 'What is the VAT rate in Spain?');
    expect((await ask('b', 'and for Italy?')).resolved).toBe('What is the VAT rate in Italy?');
    expect((await ask('a', 'sorry, I meant Spain')).resolved).toBe('西班牙站佣金多少？');
  });

  it('keeps a forum topic apart from the main chat, and continues the conversation of the answer replied to', async () => {
    const { ask } = setup();
    await ask('a', 'What is the commission in Spain?', { thread: '7' });
    const elsewhere = await ask('a', 'and for Italy?');
    expect(elsewhere.followUp).toBe(false);
    const first = await ask('b', 'What is the VAT rate in France?');
    // Another member replies to b's answer: the follow-up is read against that answer, for the person replying.
    const r = await ask('c', 'and for Italy?', { replyTo: first.id });
    expect(r.resolved).toBe('What is the VAT rate in Italy?');
  });

  it('answers a complete new question alone, inheriting nothing', async () => {
    const { ask, asked } = setup();
    await ask('a', '德国站佣金多少？');
    const r = await ask('a', '本地托管什么时候上线的？西班牙可以做吗？');
    expect(r.followUp).toBe(false);
    expect(asked.at(-1)).toBe('本地托管什么时候上线的？西班牙可以做吗？');
  });

  it('forgets after the idle time, after /reset, and says so politely when a follow-up has nothing to follow', async () => {
    const { ask, bot, advance } = setup({ idleMs: 60_000 });
    await ask('a', 'What is the commission in Spain?');
    advance(61_000);
    expect((await ask('a', 'and for Italy?')).followUp).toBe(false);
    await ask('a', 'What is the commission in Spain?');
    expect(await bot.reset({ text: '', user: 'a', chat: 'group-1', platform: 'telegram' })).toBe(true);
    const orphan = await ask('a', '那法国呢？');
    expect(orphan.followUp).toBe(false);
    expect(orphan.text).toContain('请把问题完整地再发一次');
  });

  it('keeps at most maxTurns turns, and memory bounded whatever the number of askers', async () => {
    const { ask, store } = setup({ maxTurns: 2 });
    for (let i = 0; i < 150; i++) await ask(`u${i}`, 'What is the commission in Spain?');
    expect(store.size()).toBe(100);
  });
});

describe('a pronoun follow-up that finds nothing alone', () => {
  it('is read with the conversation subject and against the previous question, and says so', async () => {
    const { ask, asked } = setup();
    await ask('p', 'How do we apply for Local Hosting?');
    const r = await ask('p', 'is it open to everyone or?');
    expect(asked.slice(-3)).toEqual([
      'is it open to everyone or?',
      'Local Hosting is it open to everyone or?',
      'How do we apply for Local Hosting?\nis it open to everyone or?',
    ]);
    expect(r).toMatchObject({ followUp: true, abstained: false, resolved: 'Local Hosting is it open to everyone or?' });
    expect(r.text.startsWith('Reading this as: Local Hosting — is it open to everyone or?')).toBe(true);
  });

  it('prefers the previous question when the message leans on it and that question named a country', async () => {
    const { ask } = setup();
    await ask('c', 'What is the commission in Spain?');
    const r = await ask('c', 'and what is it based on?');
    expect(r.resolved).toBe('What is the commission in Spain?\nand what is it based on?');
    // A question word alone reads only against the previous question.
    await ask('d', 'What is the commission in Spain?');
    expect((await ask('d', 'since when?')).resolved).toBe('What is the commission in Spain?\nsince when?');
    // Even when the question word alone finds something surer: it has no topic, so it asks about the last answer.
    await ask('e', 'Wie hoch ist die Kaution in den USA?');
    expect((await ask('e', 'seit wann?')).resolved).toBe('Wie hoch ist die Kaution in den USA?\nseit wann?');
  });

  it('never takes a "not published" answer again as the reading of a new question', async () => {
    const { ask } = setup();
    await ask('q', 'Wie hoch sind die Lagergebühren bei Local Hosting?');
    // Alone 0.8 from eu-commission; carried with the old question it would find the storage-fee entry again.
    const r = await ask('q', 'und wie ist das dann?');
    expect(r.sources[0]?.id).not.toBe('lh-unpublished');
  });

  it("answers a carried reading in the message's own language, whatever words the reading borrowed", async () => {
    const { ask } = setup();
    await ask('i', 'Quanto è la commissione di TikTok Shop in Italia?');
    const r = await ask('i', 'e da quando vale?');
    expect(r).toMatchObject({ followUp: true, lang: 'it' });
    expect(r.text.startsWith('Interpretato come:')).toBe(true);
  });

  it('lets a long question of its own that finds nothing stay unanswered, whatever came before', async () => {
    const { ask, asked } = setup();
    await ask('o', 'How do we apply for Local Hosting?');
    const r = await ask('o', OFF_TOPIC);
    expect(r).toMatchObject({ abstained: true, followUp: false });
    expect(asked.at(-1)).toBe(OFF_TOPIC);
  });

  it('carries nothing into a message that opens with a new topic', async () => {
    const { ask, asked } = setup();
    await ask('n', 'How do we apply for Local Hosting?');
    const r = await ask('n', 'new topic: is it open to everyone or?');
    expect(asked.at(-1)).toBe('is it open to everyone or?');
    expect(r.followUp).toBe(false);
  });
});

describe('tool follow-ups', () => {
  it('checks eligibility with the facts the asker stated in an earlier fact question, this message winning', async () => {
    const { ask } = setup();
    const first = await ask('f', '我们是深圳的公司，本托入驻门槛有哪些？');
    expect(first.tool).toBeNull();
    const r = await ask('f', '货在德国仓，有德国VAT，能申请吗');
    expect(r.tool).toBe('eligibility');
    expect(r.text.startsWith('结合你前面消息里说的情况一起判断')).toBe(true);
    expect((r.toolResult as { input: unknown; verdict: string }).input).toEqual({ entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] });
    expect((r.toolResult as unknown as { verdict: string }).verdict).toBe("eligible");
    // A verdict asked with no facts of its own ("so can we join?") checks the earlier ones.
    await ask('h', 'We are a Shenzhen company, our stock is in a warehouse in Valencia, Spanish VAT. Which countries is local hosting live in?');
    const join = await ask('h', 'so can we join?');
    expect(join.tool).toBe('eligibility');
    expect((join.toolResult as { verdict: string }).verdict).toBe('eligible');
    // After a new topic nothing is carried.
    await ask('g', '我们是深圳的公司，本托入驻门槛有哪些？');
    const fresh = await ask('g', '换个话题，货在德国仓，有德国VAT，能申请吗');
    expect((fresh.toolResult as { input: { entityCountry?: string } }).input.entityCountry).toBeUndefined();
  });

  it('takes a one-word answer to its own question: the missing market', async () => {
    const { ask } = setup();
    const first = await ask('d', '售价29.99欧，成本8欧，利润多少');
    expect(first.tool).toBe('margin');
    expect((first.toolResult as { ok: boolean }).ok).toBe(false);
    const r = await ask('d', '德国');
    expect(r.tool).toBe('margin');
    expect(r.followUp).toBe(true);
    expect((r.toolResult as { market: string }).market).toBe('DE');
    expect((r.toolResult as { inputs: { listPrice: number; unitCost: number } }).inputs).toMatchObject({ listPrice: 29.99, unitCost: 8 });
  });

  it('recomputes a what-if on the last margin result with every other input kept', async () => {
    const { ask } = setup();
    const base = await ask('e', '德国站售价29.99欧，成本8欧，达人佣金20%，利润多少');
    const r = await ask('e', '达人降到10%呢');
    expect(r.tool).toBe('margin');
    expect((r.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ listPrice: 29.99, unitCost: 8, affiliateRate: 0.1 });
    expect(r.text).toContain('按你上一次的数据重新计算');
    expect(profitOf(r)).not.toBe(profitOf(base));
  });

  it.each(['drop the discount entirely?', 'what if I skip the discount?', '¿y si quito el descuento?'])('sets the discount back to zero: %s', async (whatIf) => {
    const { ask } = setup();
    await ask('nd', 'Italy, selling at €12.99 with 30% off, COGS €4.80, first mile €0.90, last mile €4.10, affiliates 20%, ads 15%. profit per unit?');
    const r = await ask('nd', whatIf);
    expect(r.tool).toBe('margin');
    expect((r.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ listPrice: 12.99, sellerDiscount: 0, adsRate: 0.15 });
    // 12.99 / 1.22 − 9% × 12.99 − 35% × 12.99 / 1.22 − 4.80 − 0.90 − 4.10
    expect(profitOf(r)).toBe(-4.05);
  });

  it.each([
    ['what if I raise the price by 2 euros', { listPrice: 31.99 }],
    ['售价提高2欧呢', { listPrice: 31.99 }],
    ['成本多1欧呢', { unitCost: 9 }],
    ['尾程便宜0.5呢', { fulfillmentFee: 2.7 }],
    ['what if the last mile is 50 cents less', { fulfillmentFee: 2.7 }],
    ['und wenn der Einkauf um 1 € sinkt?', { unitCost: 7 }],
    ['¿y si el coste sube 1 €?', { unitCost: 9 }],
    ['e se il prezzo sale di 2 €?', { listPrice: 31.99 }],
    ['广告减半呢', { adsRate: 0.05 }],
    ['double the creator rate?', { affiliateRate: 0.3 }],
    ['广告停掉呢', { adsRate: 0 }],
    ['成本要是能压到7呢', { unitCost: 7 }],
    // "to" sets the value; it does not move it.
    ['cut the price to 24.99', { listPrice: 24.99 }],
    ['y si el precio baja a 25?', { listPrice: 25 }],
  ])('moves one input from the last result: %s', async (whatIf, changed) => {
    const { ask } = setup();
    await ask('mv', 'Germany, price €29.99, cost €8, inbound €1.50, last mile €3.20, creators 15%, ads 10%, profit per unit?');
    const r = await ask('mv', whatIf);
    expect(r.tool).toBe('margin');
    expect((r.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ listPrice: 29.99, unitCost: 8, inboundShipping: 1.5, fulfillmentFee: 3.2, affiliateRate: 0.15, adsRate: 0.1, ...changed });
  });

  it.each([
    ['不对不对，是意大利站', 'IT'],
    ['stesso prodotto ma in Italia?', 'IT'],
    ['no wait, Spain', 'ES'],
    ['warehouse moved to Spain, selling on the Spanish store now, everything else same', 'ES'],
  ])('moves the last calculation to another market: %s', async (text, market) => {
    const { ask } = setup();
    await ask('mk', '法国站，售价19.9欧不打折，成本4欧，尾程3欧，达人10%，没投广告，一单赚多少');
    const r = await ask('mk', text);
    expect(r.tool).toBe('margin');
    expect((r.toolResult as { market: string }).market).toBe(market);
    expect((r.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ listPrice: 19.9, unitCost: 4, fulfillmentFee: 3, affiliateRate: 0.1 });
  });

  it('goes back to the standard commission once a promo rate ends, the rates named beside it being those two', async () => {
    const { ask } = setup();
    await ask('pr', "France, selling at €15, cost 3.20, inbound 0.55, last mile 3.30, creator 10%, ads 4%, I'm a new seller so commission is 4%. profit?");
    const r = await ask('pr', "and once the 4% promo ends and it's back to 9%?");
    expect((r.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ commissionRate: 0.09, sellerDiscount: 0 });
    expect(profitOf(r)).toBe(2.35);
  });

  it('reads a sister company named in a what-if as the new entity', async () => {
    const { ask } = setup();
    await ask('sis', "We're a UK Ltd, stock sitting in a German warehouse, German VAT number sorted. Eligible for Local Hosting?");
    const r = await ask('sis', 'what if we apply through our HK sister company instead? it holds the same German VAT and owns the stock');
    expect((r.toolResult as unknown as { input: Record<string, unknown> }).input).toMatchObject({ entityCountry: 'HK', warehouseCountry: 'DE' });
    expect((r.toolResult as unknown as { verdict: string }).verdict).toBe('eligible');
  });

  it('reads "…用香港主体呢" after a verdict as a what-if on its facts, not as a question of its own', async () => {
    const { ask } = setup();
    await ask('hk', '我们货在西班牙仓，也有西班牙VAT，能上本托不');
    await ask('hk', '主体是美国公司');
    const r = await ask('hk', '哦对，西班牙的仓和VAT其实都挂在我们香港公司名下，用香港主体呢');
    expect(r.tool).toBe('eligibility');
    expect((r.toolResult as unknown as { input: Record<string, unknown> }).input).toMatchObject({ entityCountry: 'HK', warehouseCountry: 'ES' });
    expect((r.toolResult as unknown as { verdict: string }).verdict).toBe("eligible");
  });

  it('moves the market and takes its standard commission in one what-if ("et en France avec la commission normale ?")', async () => {
    const { ask } = setup();
    await ask('fr1', 'Italie, prix 18,90 €, remise 10 %, coût 5 €, dernier km 2,90 €, créateur 15 %, commission 4 %. Marge ?');
    const r = await ask('fr1', 'et en France avec la commission normale ?');
    expect((r.toolResult as { market: string }).market).toBe('FR');
    expect((r.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ commissionRate: 0.09, listPrice: 18.9, affiliateRate: 0.15 });
    expect(profitOf(r)).toBe(2.62);
  });

  it('moves a rate by the points a what-if names, and sets it when the what-if says "to"', async () => {
    const { ask } = setup();
    await ask('rel', '西班牙站售价18.9欧，成本4欧，尾程3欧，达人10%，广告10%，利润多少');
    const up = await ask('rel', 'ads加5%呢');
    expect((up.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ adsRate: 0.15, affiliateRate: 0.1, listPrice: 18.9 });
    const down = await ask('rel', '达人再减2个点');
    expect((down.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ adsRate: 0.15, affiliateRate: 0.08 });
    const to = await ask('rel', '达人降到5%呢');
    expect((to.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ affiliateRate: 0.05 });
  });

  it('reads what-ifs sellers write without a label or with a verb of their own', async () => {
    const { ask } = setup();
    await ask('w1', '意大利站售价24.9欧，成本5欧，头程0.8，尾程3.9，达人10%，广告5%，利润多少');
    const more = await ask('w1', '广告再多投5个点呢');
    expect((more.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ adsRate: 0.1, affiliateRate: 0.1 });
    // The VAT rate of another market, the market kept.
    const vat = await ask('w1', '如果增值税按德国的税率算会怎样');
    expect((vat.toolResult as { market: string }).market).toBe('IT');
    expect((vat.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ vatRate: 0.19, adsRate: 0.1 });
    // A lone rate that is one of the market's commission rates is the commission.
    const rate = await ask('w1', '新店期过了按9%呢');
    expect((rate.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ commissionRate: 0.09 });
    await ask('w2', 'Italien, Preis 59 €, Einkauf 18 €, letzte Meile 5,50 €, Marge?');
    const de = await ask('w2', 'Was wäre mit 7 % Provision statt 9?');
    expect((de.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ commissionRate: 0.07, listPrice: 59 });
  });

  it('reads a rate said to go back to normal as the field whose normal value it is', async () => {
    const { ask } = setup();
    await ask('e2', '德国站售价29.99欧，成本8欧，新店佣金按4%算，利润多少');
    const back = await ask('e2', '如果60天后恢复成9%呢');
    expect(back.tool).toBe('margin');
    expect((back.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ listPrice: 29.99, unitCost: 8, commissionRate: 0.09 });
    // A rate that is no field's normal value is no change the bot can place: it is named back, never used.
    const odd = await ask('e2', '如果恢复成13%呢');
    expect(odd.text).toMatch(/没看懂[^。]*「13%」/);
    expect((odd.toolResult as { inputs?: Record<string, number> }).inputs?.commissionRate).not.toBe(0.13);
  });

  it("keeps the conversation's language for a follow-up too short to tell Italian from Spanish", async () => {
    const { ask } = setup();
    await ask('it1', 'Italia, prezzo 20 €, costo 5 €, pubblicità 10 %, quanto guadagno a pezzo?');
    const r = await ask('it1', 'se alzo le ads al 15%?');
    expect(r).toMatchObject({ lang: 'it', tool: 'margin' });
    expect((r.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ adsRate: 0.15 });
  });

  it('reads "umsatzsteuerlich registrieren" in a what-if as a VAT change', async () => {
    const { ask } = setup();
    await ask('de1', 'Wir sind eine GmbH aus Köln, Ware im Lager in Spanien, nur deutsche USt-IdNr. Können wir bei Local Hosting mitmachen?');
    const r = await ask('de1', 'Und wenn wir uns in Spanien auch umsatzsteuerlich registrieren?');
    expect(r.tool).toBe('eligibility');
    expect((r.toolResult as { input: { vatCountries: string[] } }).input.vatCountries).toContain('ES');
  });

  it('gives a new verdict when one eligibility fact changes', async () => {
    const { ask } = setup();
    const first = await ask('f', '我是深圳公司，货在德国海外仓，有德国VAT，能做本地托管吗');
    expect((first.toolResult as { verdict: string }).verdict).toBe('eligible');
    const r = await ask('f', '那如果VAT是法国的呢');
    expect(r.tool).toBe('eligibility');
    expect((r.toolResult as { verdict: string; input: { vatCountries: string[] } }).input.vatCountries).toEqual(['FR']);
    expect((r.toolResult as { verdict: string }).verdict).toBe('ineligible');
  });

  it('answers a question on a topic of its own after a verdict, even while the check waits for a fact', async () => {
    const { ask } = setup();
    const first = await ask('p', 'GmbH aus München, die Ware liegt in einem Lager in Tschechien. Geht das mit Local Hosting?');
    expect(first.tool).toBe('eligibility');
    const r = await ask('p', 'Und welche Provision zahlen wir aktuell in Deutschland?');
    expect(r.tool).toBeNull();
    expect(r.text).toContain('answer to:');
  });

  it('reads which other store types are open as a question, not as a change to the check', async () => {
    const { ask } = setup();
    await ask('s', '我们东莞工厂 货全在国内仓 还没往欧洲发过 想直接做欧洲本托 能行不');
    const r = await ask('s', '那货在国内的话 欧洲还有别的店铺类型能做吗');
    expect(r.tool).toBeNull();
  });

  it('answers "what do we still need?" after a verdict with the same facts checked again', async () => {
    const { ask } = setup();
    await ask('w', '我是深圳公司，货在德国海外仓，有法国VAT，能做本地托管吗');
    const r = await ask('w', '那还需要什么？');
    expect(r).toMatchObject({ tool: 'eligibility', followUp: true });
    expect(r.text.startsWith('按你上一次提供的情况')).toBe(true);
    expect((r.toolResult as { verdict: string }).verdict).toBe('ineligible');
    expect(r.text).toContain('德国');
  });

  it('takes a longer correction of the facts that asks nothing new', async () => {
    const { ask } = setup();
    await ask('x', 'HK company, goods in a French warehouse, FR VAT registered, can we join local hosting?');
    const r = await ask('x', 'wait, my colleague says the goods are not in Europe yet, they are still in China and not shipped');
    expect(r).toMatchObject({ tool: 'eligibility', followUp: true });
    expect((r.toolResult as { input: { entityCountry: string; hasEuStock: boolean } }).input).toMatchObject({ entityCountry: 'HK', hasEuStock: false });
    expect((r.toolResult as { verdict: string }).verdict).toBe('ineligible');
  });

  it('reads "no" to its VAT question as no VAT, and "instead of France" as the old value', async () => {
    const { ask } = setup();
    const first = await ask('v', 'Shanghai company, stock already in a warehouse in Germany: can we join Local Hosting?');
    expect((first.toolResult as { missing: string[] }).missing).toContain('vatCountries');
    const no = await ask('v', 'no');
    expect((no.toolResult as { input: { vatCountries: string[] } }).input.vatCountries).toEqual([]);
    expect((no.toolResult as { verdict: string }).verdict).toBe('ineligible');
    await ask('s', 'Shanghai company, goods in a French warehouse, FR VAT registered, can we join local hosting?');
    const moved = await ask('s', 'and what if the warehouse were in Spain instead of France?');
    expect((moved.toolResult as { input: { warehouseCountry: string } }).input.warehouseCountry).toBe('ES');
    expect((moved.toolResult as { verdict: string }).verdict).toBe('ineligible');
  });

  it('reads a fact question or a new topic after a tool as a question, not as a change of its inputs', async () => {
    const { ask } = setup();
    await ask('t', 'Shanghai company, goods in a French warehouse, FR VAT registered, can we join local hosting?');
    const fact = await ask('t', 'otra cosa, ¿cuál es el IVA general en Italia?');
    expect(fact.tool).toBeNull();
    const question = await ask('t', 'what is the VAT in Italy?');
    expect(question.tool).toBeNull();
    await ask('m', '售价29.99欧，成本8欧，利润多少');
    const topic = await ask('m', '换个话题 德国');
    expect(topic.tool).toBeNull();
  });

  it('changes the latest verdict when facts come two turns after it', async () => {
    const { ask } = setup();
    await ask('k', '我是深圳公司，有德国VAT，货还在国内，能做本地托管吗');
    await ask('k', '那要满足啥条件才行');
    const r = await ask('k', '如果下個月貨進了德國倉呢');
    expect(r).toMatchObject({ tool: 'eligibility', followUp: true });
    expect((r.toolResult as { input: { warehouseCountry: string } }).input.warehouseCountry).toBe('DE');
  });

  it('takes the market of the previous question for a calculation "for there", and says so', async () => {
    const { ask } = setup();
    await ask('r', 'Wie hoch ist die MwSt. in Italien?');
    const r = await ask('r', 'ok, dann rechne mir das mal für dort: VK 39,90 €, EK 11 €, Creator 15 %');
    expect(r).toMatchObject({ tool: 'margin', followUp: true });
    expect((r.toolResult as { market: string }).market).toBe('IT');
    expect(r.text.startsWith('Verstanden als: Italien')).toBe(true);
    // Without a word pointing back, the market is asked for, never guessed.
    await ask('r2', 'Wie hoch ist die MwSt. in Italien?');
    const asked = await ask('r2', 'VK 39,90 €, EK 11 €, Creator 15 %, was bleibt?');
    expect((asked.toolResult as { kind: string }).kind).toBe('margin-missing');
  });

  it('reads a what-if that names every fact as a change of the last check, and a price what-if without a label', async () => {
    const { ask } = setup();
    await ask('h', "We're a UK Ltd, stock in a 3PL in Germany and German VAT. Can we apply for local hosting?");
    const r = await ask('h', 'what if it were our Hong Kong company with only French VAT, same German warehouse?');
    expect(r).toMatchObject({ tool: 'eligibility', followUp: true });
    expect((r.toolResult as { input: { entityCountry: string; vatCountries: string[] } }).input).toMatchObject({ entityCountry: 'HK', vatCountries: ['FR'] });
    await ask('p', 'Italia, prezzo 59,00 € IVA inclusa, costo 14,50 €, creator 10 %, quanto guadagno?');
    const price = await ask('p', 'e se la metto a 54,90?');
    expect((price.toolResult as { inputs: { listPrice: number; unitCost: number } }).inputs).toMatchObject({ listPrice: 54.9, unitCost: 14.5 });
  });

  it('never lets a new calculation with its own numbers inherit the old inputs', async () => {
    const { ask } = setup();
    await ask('g', '德国站售价29.99欧，成本8欧，达人佣金20%，利润多少');
    const r = await ask('g', '法国站售价19.99欧，成本5欧，利润多少');
    expect(r.followUp).toBe(false);
    expect((r.toolResult as { inputs: { affiliateRate: number } }).inputs.affiliateRate).toBe(0);
  });
});

describe('flood control', () => {
  it('counts each message once, even when a follow-up is retrieved twice', async () => {
    const asked: string[] = [];
    const limiter = createRateLimiter({ perUser: { limit: 2, windowMs: 60_000 }, perChat: { limit: 100, windowMs: 60_000 } });
    const bot = createConversationalAnswerer({ answer: createInner(asked), store: createMemoryConversationStore(), rules: () => rules, limiter, options: { idleMs: 60_000, maxTurns: 6 }, threshold: 0.4 });
    const ask = (text: string) => bot.answer({ text, user: 'x', chat: 'c', platform: 'telegram' });
    await ask('What is the commission in Spain?');
    expect((await ask('and for Italy?')).route).toBe('faq');
    expect((await ask('and for France?')).route).toBe('rate-limited');
  });
});

describe('bad input in a conversation', () => {
  it('says it does not know a market a correction names, and inherits nothing for it', async () => {
    const { ask, asked } = setup();
    await ask('q', 'What is the commission in Spain?');
    const r = await ask('q', 'sorry, I meant Narnia');
    expect(r.text).toContain('I don\'t know a market called "Narnia"');
    expect(asked).toHaveLength(1);
    expect((await ask('q', '不好意思打错了，是火星国')).text).toContain('我不认识“火星国”这个站点');
  });

  it('treats a 10,000-character message as a question of its own, never as a follow-up', async () => {
    const { ask, asked } = setup();
    await ask('r', 'What is the commission in Spain?');
    const long = `and for Italy? ${'lorem ipsum '.repeat(900)}`;
    const r = await ask('r', long);
    expect(r.followUp).toBe(false);
    expect(asked.at(-1)).toBe(long);
  });

  it('stays bounded through 200 follow-ups in a row, each read against the last one', async () => {
    const { ask, store } = setup({ maxTurns: 6 });
    await ask('s', 'What is the commission in Spain?');
    const markets = ['Italy', 'France', 'Germany', 'Spain'];
    let last: AnswerResult | undefined;
    for (let i = 0; i < 200; i++) last = await ask('s', `and for ${markets[i % 4]}?`);
    expect(last!.resolved).toBe('What is the commission in Spain?');
    const state = await store.load('telegram|group-1||s');
    expect(state!.turns).toHaveLength(6);
  });
});

describe('what the single-turn answerer below is told', () => {
  it('gets the earlier questions as understood (not the answers), capped, for the model mode', async () => {
    const seen: AnswerRequest[] = [];
    const inner = createInner([]);
    const bot = createConversationalAnswerer({
      answer: (req) => (seen.push(req), inner(req)),
      store: createMemoryConversationStore(),
      rules: () => rules,
      options: { idleMs: 60_000, maxTurns: 6 },
      threshold: 0.4,
    });
    const ask = (text: string) => bot.answer({ text, user: 'm', chat: 'c', platform: 'discord' });
    await ask('What is the commission in Spain?');
    await ask('and for Italy?');
    expect(seen[0]!.history).toBeUndefined();
    expect(seen[1]!.history).toEqual(['What is the commission in Spain?']);
    for (const q of ['What is the VAT rate in France?', 'When did Local Hosting launch?', 'Is it invitation-only?']) await ask(q);
    expect(seen.at(-1)!.history).toHaveLength(3);
  });
});

describe('a what-if on an earlier tool result', () => {
  it('changes the latest margin result even when an eligibility check came in between', async () => {
    const { ask } = setup();
    await ask('w', '德国站售价39欧，成本11欧，达人佣金10%，利润多少');
    await ask('w', '我们是深圳公司，货在德国仓，有德国VAT，能做本地托管吗');
    const r = await ask('w', '达人改成20%呢');
    expect(r.tool).toBe('margin');
    expect((r.toolResult as { inputs: Record<string, number> }).inputs).toMatchObject({ listPrice: 39, unitCost: 11, affiliateRate: 0.2 });
  });
});
