// Conversations over the real core (shipped knowledge and rules): the readings that need real retrieval to tell
// apart, written for these tests in the ways sellers talk; the evaluation sets under eval/ are separate.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app/create-core.js';
import type { AnswerResult } from '../../src/contract/types.js';
import { getSharedCore } from '../helpers/shared-core.js';

let core: Core;
beforeAll(async () => {
  core = await getSharedCore();
});

let chats = 0;
/** A fresh conversation: each call of `ask` is the next message of one asker in one chat. */
function conversation() {
  const chat = `real-${++chats}`;
  return (text: string) => core.answer({ text, chat, user: 'u', platform: 'eval' });
}
const inputsOf = (r: AnswerResult) => (r.toolResult as { input?: Record<string, unknown>; inputs?: Record<string, unknown> }).input ?? (r.toolResult as { inputs?: Record<string, unknown> }).inputs;

describe('after a question the bot could not answer', () => {
  it.each([
    ['本托的仓储费按件还是按体积收？', '那佣金呢，欧洲现在抽几个点', '9%'],
    ["C'est combien les frais de stockage du Local Hosting ?", 'ok, et la commission standard en France ?', '9 %'],
  ])('%s → %s: the new subject is answered, not the old unknown', async (first, next, fact) => {
    const ask = conversation();
    expect((await ask(first)).abstained).toBe(true);
    const r = await ask(next);
    expect(r.abstained).toBe(false);
    expect(r.sources.map((s) => s.id)).toContain('eu-commission');
    expect(r.text).toContain(fact);
  });
});

describe('a country with a subject of its own', () => {
  it('"那美國站的佣金呢" after a question on the new-seller offer asks the US commission, not the offer in the US', async () => {
    const ask = conversation();
    await ask('歐洲站平台佣金是不是漲了？現在抽多少');
    await ask('新店有沒有優惠');
    const r = await ask('那美國站的佣金呢');
    expect(r.body).toContain('6%');
    expect(r.body).not.toContain('60天');
  });
});

describe('a subject of its own in place of the previous one, in the same country', () => {
  it.each([
    ['西班牙增值税多少', '那佣金呢', '9%', '21%'],
    ["What's the VAT rate in Spain?", 'and the commission there?', '9%', '21%'],
    ['Wie hoch ist die MwSt. in Deutschland?', 'und die Provision dort?', '9 %', '19 %'],
    ['德国站佣金多少？', '那增值税呢', '19%', '5%'],
  ])('%s → %s', async (first, next, fact, old) => {
    const ask = conversation();
    await ask(first);
    const r = await ask(next);
    expect(r.followUp).toBe(true);
    expect(r.body).toContain(fact);
    expect(r.body).not.toContain(old);
  });
});

describe('"那" before a whole question of its own', () => {
  it('answers the question, not the previous one again', async () => {
    const ask = conversation();
    await ask('本托跟全托管最核心的区别是啥');
    const r = await ask('那本托里平台负责哪些 卖家自己要干啥');
    expect(r.body).toContain('退换货');
    expect(r.followUp).toBe(false);
  });
});

describe('tool what-ifs sellers write', () => {
  it('moves the stock to the warehouse it goes to, not the one it leaves', async () => {
    const ask = conversation();
    await ask('我们深圳公司，货在德国海外仓，有法国VAT，能上本托吗');
    const r = await ask('那我们把货从德国仓调到法国仓呢');
    expect(r.tool).toBe('eligibility');
    expect(inputsOf(r)).toMatchObject({ warehouseCountry: 'FR', vatCountries: ['FR'] });
    expect((r.toolResult as { verdict: string }).verdict).toBe('eligible');
  });

  it('reads a second warehouse with its VAT, then "what about that one?", as a what-if on the check', async () => {
    const ask = conversation();
    await ask('HK company, goods in a Czech warehouse, Czech VAT. eligible for local hosting?');
    const r = await ask('we also have a second warehouse in Italy with Italian VAT, what about that one?');
    expect(r.tool).toBe('eligibility');
    // A second warehouse "also": the Czech VAT number is still held beside the Italian one.
    expect(inputsOf(r)).toMatchObject({ entityCountry: 'HK', warehouseCountry: 'IT', vatCountries: ['CZ', 'IT'] });
    expect((r.toolResult as { verdict: string }).verdict).toBe('eligible');
  });

  it('takes an Italian what-if in the subjunctive ("e se lo sconto fosse solo del 10%?")', async () => {
    const ask = conversation();
    await ask('prezzo 34,90, sconto 25%, costo 8, primo miglio 1,50, ultimo miglio 3,90, creator 18%, quanto guadagno a pezzo?');
    await ask('Germania');
    const r = await ask('e se lo sconto fosse solo del 10%?');
    expect(r.tool).toBe('margin');
    expect(inputsOf(r)).toMatchObject({ sellerDiscount: 0.1, listPrice: 34.9, unitCost: 8 });
    expect(r.text).toContain('Germania');
  });
});

describe('pointing back', () => {
  it('reads "the first of the two" as the first country the asker named', async () => {
    const ask = conversation();
    await ask('Taux de TVA standard en Espagne ?');
    await ask('et en Italie ?');
    const r = await ask('le premier des deux, il a des taux réduits ?');
    expect(r.followUp).toBe(true);
    expect(r.text).toContain('Espagne');
    expect(r.text).not.toContain('Italie 22');
  });

  it('goes back to a calculation to ask what it used, in its market', async () => {
    const ask = conversation();
    await ask('西班牙站，售价22.5欧，打9折，成本5欧，尾程3欧，达人15%，单件利润多少');
    await ask('一样的数放德国呢');
    await ask('本托是定邀的吗？');
    const r = await ask('回到你算的西班牙那个，VAT是按多少算的');
    expect(r.tool).toBeNull();
    expect(r.text).toContain('21%');
    expect(r.text).not.toContain('19%');
  });

  it('reads "the same time?" against the previous question', async () => {
    const ask = conversation();
    await ask('when did TikTok Shop launch in Spain?');
    const r = await ask('was Ireland the same time?');
    expect(r.followUp).toBe(true);
    expect(r.sources.map((s) => s.id)).toContain('tts-eu-launch');
  });

  it('takes a complete question about a launch as a switch, not as "when" of the last answer', async () => {
    const ask = conversation();
    await ask('帮忙算个margin, FR站, price 45 EUR, cost 15, last mile 5, creator 10%');
    await ask('Italy的VAT用的是多少？');
    const r = await ask('另外 Spain站是哪天launch的');
    expect(r.followUp).toBe(false);
    expect(r.text).toContain('2024年12月9日');
  });
});

describe('more of what sellers say in a conversation', () => {
  it('takes "e se tolgo le ads?" as the ads removed, and "then what if we move the stock…" as a what-if', async () => {
    const ask = conversation();
    await ask('Mercato Italia: prezzo 29,90, costo 6,80, ultimo miglio 4,00, creator 15%, ads 5%. Quanto mi resta a pezzo?');
    const r = await ask('e se tolgo le ads?');
    expect(r.tool).toBe('margin');
    expect(inputsOf(r)).toMatchObject({ adsRate: 0, affiliateRate: 0.15 });
    const other = conversation();
    await other('We are a Shenzhen company, stock in a German 3PL, Italian VAT. Can we join Local Hosting?');
    const moved = await other('then what if we move the stock into an Italian warehouse?');
    expect(moved.tool).toBe('eligibility');
    expect(inputsOf(moved)).toMatchObject({ warehouseCountry: 'IT', vatCountries: ['IT'] });
  });

  it('adds a VAT number said to come on top ("在德国再补办一个VAT") to the one held', async () => {
    const ask = conversation();
    await ask('我们是深圳公司，货在德国海外仓，有法国VAT，能做本托吗');
    const r = await ask('那我们在德国再补办一个VAT呢，货还是放德国仓');
    expect(inputsOf(r)).toMatchObject({ warehouseCountry: 'DE', vatCountries: ['FR', 'DE'] });
    expect((r.toolResult as { verdict: string }).verdict).toBe('eligible');
  });

  it('reads "the second one" as the second program the asker listed', async () => {
    const ask = conversation();
    await ask('全托管、品牌托管、本托这三个到底啥区别');
    const r = await ask('第二个是不是可以自己定价');
    expect(r.resolved).toContain('品牌托管');
    expect(r.sources.map((s) => s.id)).toContain('brand-hosting');
  });

  it('goes back to a subject with a question of its own, keeping the subject ("回到你前面说的佣金")', async () => {
    const ask = conversation();
    await ask('TTS德国站现在平台佣金是多少啊');
    await ask('另外问个，GPSR是哪天开始生效的');
    const r = await ask('回到你前面说的佣金，3C电子类也是9%吗');
    expect(r.text).toContain('7%');
  });

  it('goes back to words of an earlier answer ("going back to the 14 days")', async () => {
    const ask = conversation();
    await ask("what's the withdrawal period for EU buyers?");
    await ask('also when did GPSR kick in?');
    const r = await ask('going back to the 14 days - from order date or delivery?');
    expect(r.abstained).toBe(false);
    expect(r.text).toContain('14 days of delivery');
  });

  it('moves a national scheme to the country now asked about, in the reading shown too', async () => {
    const ask = conversation();
    await ask('法国AGEC那个唯一识别码是啥时候开始要的');
    const r = await ask('德国呢，卖电子产品要啥号');
    expect(r.text).toContain('WEEE');
    expect(r.text).not.toContain('AGEC');
  });

  it('hears "好吧" as "OK then", not as a question of its own', async () => {
    const ask = conversation();
    await ask('本托的仓储费怎么收的？有没有公开的收费标准');
    const r = await ask('好吧，那回款周期多久');
    expect(r.abstained).toBe(true);
    expect(r.sources.map((s) => s.id)).not.toContain('lh-who-suits');
  });
});

describe('read since set U', () => {
  it('"and Local Hosting instead?" after a launch question asks Local Hosting\'s launch', async () => {
    const ask = conversation();
    await ask('Wann ist TikTok Shop in Frankreich gestartet?');
    const r = await ask('und Local Hosting stattdessen?');
    expect(r.followUp).toBe(true);
    expect(r.resolved).toContain('Local Hosting');
    expect(r.body).toMatch(/16\. Januar 2026|2026-01-16/);
  });

  it('a correction of the company country changes the verdict, "Lager und USt wie gesagt" keeps the rest', async () => {
    const ask = conversation();
    expect((await ask('Wir sind eine deutsche GmbH, Lager in Köln, USt-IdNr. für Deutschland haben wir. Können wir Local Hosting machen?')).toolResult).toMatchObject({ verdict: 'eligible' });
    const r = await ask('Korrektur: die Firma sitzt in der Schweiz. Lager und USt wie gesagt.');
    expect(r.tool).toBe('eligibility');
    expect(r.toolResult).toMatchObject({ verdict: 'ineligible', input: { entityCountry: 'CH', warehouseCountry: 'DE', vatCountries: ['DE'] } });
  });

  it('a Cantonese question after a calculation is a switch answered from the sources', async () => {
    const ask = conversation();
    await ask('西班牙站 售價15.99歐 達人18% 成本3.8 頭程0.9 尾程3.6 單件利潤係幾多');
    const r = await ask('另外問下 GPSR係幾時開始實施嘅');
    expect(r.abstained).toBe(false);
    expect(r.body).toContain('2024年12月13日');
  });
});

describe('a commission question after the rise, from a seller of electronics', () => {
  it('gives the general rate and the electronics rate', async () => {
    const r = await core.answer({ text: '我们做蓝牙音箱的，听说欧洲佣金涨了，现在是几个点？', platform: 'eval' });
    expect(r.body).toContain('9%');
    expect(r.body).toContain('7%');
  });
});

describe('eligibility what-ifs that name only the new place', () => {
  it('"and Poland instead of Duisburg?" moves the warehouse, the field that held Duisburg', async () => {
    const ask = conversation();
    await ask('HK company, stock in a warehouse in Duisburg, German VAT. Can we join?');
    const r = await ask('and Poland instead of Duisburg?');
    expect(r.tool).toBe('eligibility');
    expect(r.toolResult).toMatchObject({ input: { entityCountry: 'HK', warehouseCountry: 'PL', vatCountries: ['DE'] } });
  });

  it('"if we move everything to Germany" moves the stock there', async () => {
    const ask = conversation();
    await ask('Shanghai company, stock in Hungary, Hungarian VAT. Eligible?');
    const r = await ask('ok and if we move everything to Germany instead?');
    expect(r.toolResult).toMatchObject({ input: { warehouseCountry: 'DE', vatCountries: ['HU'] } });
  });

  it('"what if we register Spanish VAT too" adds a VAT country', async () => {
    const ask = conversation();
    await ask('Ningbo company, warehouse in Madrid, French VAT only. Can we do local hosting?');
    const r = await ask('what if we register Spanish VAT too');
    expect(r.toolResult).toMatchObject({ verdict: 'eligible', input: { vatCountries: ['FR', 'ES'] } });
  });
});

describe('margin what-ifs read since the margin tuning set', () => {
  const first = 'France, price 19.90, cost 3, inbound 1.10, last mile 6.50, creator 10%, ads 8%, discount 10%, profit?';
  it.each([
    ['pareil mais avec la TVA allemande ?', { vatRate: 0.19 }],
    ['¿y si doblo la comisión del creador?', { affiliateRate: 0.2 }],
    ['¿y si subo el precio 3€?', { listPrice: 22.9 }],
    ['e se alzo il prezzo di 3?', { listPrice: 22.9 }],
    ['what if i turn ads off', { adsRate: 0 }],
    ['不走达人的话呢', { affiliateRate: 0 }],
    ['在这个基础上，店铺折扣改20%呢', { sellerDiscount: 0.2 }],
    ['¿y si el proveedor sube a 16,70 €?', { unitCost: 16.7, listPrice: 19.9 }],
    ['Versand wird 50 Cent teurer', { fulfillmentFee: 7 }],
    ['last mile goes up 25c', { fulfillmentFee: 6.75 }],
    ['售价提2欧', { listPrice: 21.9 }],
    ['投流拉到12个点呢', { adsRate: 0.12 }],
    ['et si je divise la pub par deux ?', { adsRate: 0.04 }],
    ['et si je monte le prix de 5 euros ?', { listPrice: 24.9 }],
    ['折扣做到25%呢', { sellerDiscount: 0.25 }],
  ])('%s', async (next, changed) => {
    const ask = conversation();
    await ask(first);
    const r = await ask(next);
    expect(r.tool).toBe('margin');
    expect(inputsOf(r)).toMatchObject(changed);
  });
});

describe('a tool that asks for a missing input', () => {
  const message = 'price 19.99, cost 5, last mile 3.50, creator 10% – profit per unit?';
  it('says in a conversation that the next message may hold only that input, and then uses it', async () => {
    const ask = conversation();
    const r = await ask(message);
    expect(r.body).toContain('You can reply with just that');
    const next = await ask('Spain');
    expect(next.toolResult).toMatchObject({ market: 'ES', inputs: { listPrice: 19.99, unitCost: 5, fulfillmentFee: 3.5 } });
  });

  it('does not promise to remember when there is no conversation', async () => {
    const r = await core.answer({ text: message, platform: 'eval' });
    expect(r.body).not.toContain('You can reply with just that');
  });
});

describe('eligibility in Cantonese and chat Chinese, read since set W', () => {
  it('checks, fills the VAT from a one-line answer, then takes a correction with the verdict asked again', async () => {
    const ask = conversation();
    expect((await ask('我哋係香港公司，貨已經喺意大利倉，有冇得做本地託管？')).toolResult).toMatchObject({ verdict: 'incomplete' });
    expect((await ask('有意大利VAT㗎')).toolResult).toMatchObject({ verdict: 'eligible' });
    const r = await ask('等等 同事話個倉其實喺英國 唔係意大利 咁仲得唔得');
    expect(r.toolResult).toMatchObject({ verdict: 'ineligible', input: { warehouseCountry: 'GB' } });
  });

  it('a new topic put as "跟FBT无关哈" inherits nothing', async () => {
    const ask = conversation();
    await ask('FBT现在在哪些国家能用');
    const r = await ask('跟FBT无关哈 英国站佣金几个点');
    expect(r.body).toContain('9%');
    expect(r.body).not.toContain('FBT');
  });
});

describe('read since set W, second pass', () => {
  it('"英国站也有吗 我们主要做英国" after the Local Hosting countries asks about Local Hosting in the UK', async () => {
    const ask = conversation();
    await ask('本托是几号正式上线的？');
    await ask('开了哪几个站？');
    const r = await ask('英国站也有吗 我们主要做英国');
    expect(r.sources.map((s) => s.id)).toContain('lh-overview');
    expect(r.body).toContain('西班牙');
  });

  it('a changed input beside a fact question of its own is the question, not a what-if', async () => {
    const ask = conversation();
    await ask('西班牙站 保温杯卖24.9欧 成本7欧 头程0.8 尾程3 达人12% 广告8% 算下单件利润');
    const r = await ask('听说新商家佣金只收4% 这个能享受多久');
    expect(r.tool).toBeNull();
    expect(r.body).toContain('60');
  });

  it('"本托的售价又是谁来定" hands over: who sets the Local Hosting price is not published', async () => {
    const r = await core.answer({ text: '那本托的售价又是谁来定 我们还是平台', platform: 'eval' });
    expect(r.abstained).toBe(true);
    expect(r.sources.map((s) => s.id)).toContain('lh-unpublished');
  });
});

describe('read after set V', () => {
  const first = 'France, price 19.90, cost 3, inbound 1.10, last mile 6.50, creator 10%, ads 8%, discount 10%, profit?';
  it.each([
    ['hmm and at 12.49?', { listPrice: 12.49 }],
    ['广告不投了 0 再算下', { adsRate: 0, listPrice: 19.9 }],
    ['ok and if I skip ads completely', { adsRate: 0 }],
  ])('%s', async (next, changed) => {
    const ask = conversation();
    await ask(first);
    const r = await ask(next);
    expect(inputsOf(r)).toMatchObject(changed);
  });

  it('"德国税号还没批下来 现在只有法国的" keeps the French VAT; moving the stock to France then passes', async () => {
    const ask = conversation();
    await ask('我们是深圳公司 货已经在德国海外仓了 能进本托吗');
    await ask('有德国VAT');
    expect((await ask('等下 搞错了 德国税号还没批下来 现在只有法国的')).toolResult).toMatchObject({ verdict: 'ineligible', input: { vatCountries: ['FR'] } });
    expect((await ask('那要是把货调到法国仓呢')).toolResult).toMatchObject({ verdict: 'eligible', input: { warehouseCountry: 'FR' } });
  });

  it.each([
    'Unsere Firma ist ne AG in der Schweiz, Ware liegt bei nem 3PL in Deutschland und ne deutsche USt-Nummer ist vorhanden. Geht damit Local Hosting?',
    'ditta cinese (Guangzhou), stock in magazzino a Milano, P.IVA italiana già aperta. ok x local hosting?',
  ])('a verdict asked in chat shorthand: %s', async (text) => {
    expect((await core.answer({ text, platform: 'eval' })).tool).toBe('eligibility');
  });
});
