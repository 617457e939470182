import { describe, expect, it } from 'vitest';
import { analyzeMessage, hasQuestionWord, splitClauses } from '../../src/analysis/analyze-message.js';

describe('splitClauses', () => {
  it('ends a sentence at a full stop before a lower-case word, but not after an abbreviation', () => {
    expect(splitClauses('we have 2,000 units sitting in a Dortmund warehouse. anyone know a good recipe?')).toEqual([
      'we have 2,000 units sitting in a Dortmund warehouse.',
      'anyone know a good recipe?',
    ]);
    expect(splitClauses('Preis approx. 20 euro')).toEqual(['Preis approx. 20 euro']);
    expect(splitClauses('Wie hoch ist die MwSt. in Frankreich?')).toEqual(['Wie hoch ist die MwSt. in Frankreich?']);
  });

  it.each([
    ['东莞公司，德国FBA压着一批货，VAT只有德国的，能不能报名本托？', ['东莞公司，德国FBA压着一批货，VAT只有德国的', '能不能报名本托？']],
    ["What's the Spanish VAT rate, and what commission does TikTok take in Spain?", ["What's the Spanish VAT rate", 'and what commission does TikTok take in Spain?']],
    ['本地托管是什么？什么时候上线的？', ['本地托管是什么？', '什么时候上线的？']],
    ['We are based in Shenzhen. Our stock is in Germany. Is VAT withheld by the platform?', ['We are based in Shenzhen.', 'Our stock is in Germany.', 'Is VAT withheld by the platform?']],
    // A bare question word asks about the clause before it; offered answers belong to their question.
    ["le délai de rétractation d'un client, c'est combien ?", ["le délai de rétractation d'un client，c'est combien ?"]],
    ["la caution pour vendre aux US, c'est combien maintenant ?", ["la caution pour vendre aux US，c'est combien maintenant ?"]],
    ["ho visto che la commissione è cambiata. adesso quant'è?", ["ho visto che la commissione è cambiata，adesso quant'è?"]],
    ['德国站的佣金，现在是多少？', ['德国站的佣金，现在是多少？']],
    ['平台佣金默认。每件是赚是亏，具体多少？', ['平台佣金默认。', '每件是赚是亏，具体多少？']],
    ['who pays the inbound freight under Local Hosting, us or TikTok?', ['who pays the inbound freight under Local Hosting, us or TikTok?']],
    ['德国站佣金多少，法国呢？', ['德国站佣金多少', '法国呢？']],
    // A topic put first and taken up by a pronoun is the question's subject; other context stays context.
    ['le FBT, ça existe en France ?', ['le FBT, ça existe en France ?']],
    ['on vend des jouets, le FBT, ça existe en France ?', ['on vend des jouets', 'le FBT, ça existe en France ?']],
    ['we sell toys, is it available in Spain?', ['we sell toys', 'is it available in Spain?']],
    ["l'identifiant unique AGEC en France, c'est obligatoire depuis quand ?", ["l'identifiant unique AGEC en France, c'est obligatoire depuis quand ?"]],
    // A conjunction before a question word starts a second question.
    ['¿cuánto es el IVA general en España y cuántos días tiene el cliente para desistir?', ['¿cuánto es el IVA general en España', 'y cuántos días tiene el cliente para desistir?']],
    ['When did GPSR kick in and what do we need?', ['When did GPSR kick in', 'and what do we need?']],
    ['Wie hoch ist die MwSt. und wann wird sie fällig?', ['Wie hoch ist die MwSt.', 'und wann wird sie fällig?']],
    // A few more words on the question just asked, and offered answers in Chinese, stay with it.
    ['回款周期是多久？是T+几，按周结还是按月结？', ['回款周期是多久？ 是T+几, 按周结还是按月结？']],
    // A colon ends a lead-in; options after a statement make it the question.
    ["Just to compare for a deck: what's the commission in the UK?", ['Just to compare for a deck', "what's the commission in the UK?"]],
    ['Same 9% commission as everyone else, or a different rate?', ['Same 9% commission as everyone else, or a different rate?']],
    // "or do we?" offers the other answer: no second question.
    ['under local hosting, does the platform set the retail price or do we?', ['under local hosting', 'does the platform set the retail price or do we?']],
    // A question word and no subject of its own: it asks about the topic just named.
    ['TikTok ci ha chiesto i numeri EPR per le batterie: entro quale data bisognava fornirli?', ['TikTok ci ha chiesto i numeri EPR per le batterie, entro quale data bisognava fornirli?']],
    // The same question again in other words.
    ['how long is the settlement cycle? i.e. how many days after a sale do we get paid', ['how long is the settlement cycle? i.e. how many days after a sale do we get paid']],
    ['回款周期多久？也就是说卖出去几天到账', ['回款周期多久？ 也就是说卖出去几天到账']],
    // The seller's situation stays context.
    ['我们是深圳公司，货在德国仓，多久能开通？', ['我们是深圳公司，货在德国仓', '多久能开通？']],
    ['Wie oft wird ausgezahlt, wöchentlich, alle 14 Tage oder monatlich?', ['Wie oft wird ausgezahlt, wöchentlich, alle 14 Tage oder monatlich?']],
    // A comma between digits is a decimal mark, not a clause break.
    ['Prezzo 19,90 €, costo 4,30 €. Quanto resta?', ['Prezzo 19,90 €，costo 4,30 €.', 'Quanto resta?']],
    // Question words joined together ask about the clause before them.
    ['Le dépôt américain a augmenté, combien et depuis quand ?', ['Le dépôt américain a augmenté，combien et depuis quand ?']],
    // Numbered questions are questions of their own, without their numbers; a short one with a topic is no addendum.
    ['问两个：1）本托是哪天上线的 2）要不要有VAT', ['问两个：', '本托是哪天上线的', '要不要有VAT']],
    ['two things: 1) when did local hosting launch 2) do I need VAT', ['two things:', 'when did local hosting launch', 'do I need VAT']],
    // Words before "y que…" that ask nothing of their own are the first half of the question.
    ['en el local hosting que hace el vendedor y que hace tiktok?', ['en el local hosting que hace el vendedor y que hace tiktok?']],
    // A clause that opens with "after" finishes the question before it; "好吧" asks nothing.
    ['Wie lange dauert die Prüfung, nachdem man das Formular abgeschickt hat?', ['Wie lange dauert die Prüfung, nachdem man das Formular abgeschickt hat?']],
    // An emoji and a space end a chat sentence.
    ['吵了半天 😂 本托到底是哪天上线的？', ['吵了半天 😂', '本托到底是哪天上线的？']],
  ])('%s', (text, clauses) => {
    expect(splitClauses(text)).toEqual(clauses);
  });
});

describe('analyzeMessage: what the questions ask for', () => {
  it.each([
    // Facts about the seller beside a fact question: context, not an eligibility check.
    ['我是国内公司，货在德国仓卖给德国买家，VAT是平台代扣吗', { eligibility: false, margin: false, facts: 1 }],
    ['我们是杭州公司，货在意大利仓，有意大利VAT，可以申请本地托管吗？', { eligibility: true, margin: false, facts: 0 }],
    ['东莞公司，德国FBA压着一批货，VAT只有德国的，能不能报名本托？', { eligibility: true, margin: false, facts: 0 }],
    ['我們貨還在國內 沒有歐洲倉 公司在東莞 有德國VAT號 能做本地託管嗎', { eligibility: true, margin: false, facts: 0 }],
    ['Our company is registered in the UK, stock is in a French warehouse. Can we join local hosting?', { eligibility: true, margin: false, facts: 0 }],
    ['Wir sind eine GmbH mit Lager in Köln. Können wir bei Local Hosting teilnehmen?', { eligibility: true, margin: false, facts: 0 }],
    ['法国站，售价12.99，成本5，头程1，尾程3，达人20%，广告10%，能赚多少', { eligibility: false, margin: true, facts: 0 }],
    ["What's the Spanish VAT rate, and what commission does TikTok take in Spain?", { eligibility: false, margin: false, facts: 2 }],
    ['...what was the exact date TikTok announced this local hosting thing, and is Italy included?', { eligibility: false, margin: false, facts: 2 }],
    // How to apply is a fact, after the seller's facts too; "are we able to join?" asks for a verdict.
    ['Somos una S.L. de Sevilla con almacén en España. ¿Cómo se puede solicitar el Local Hosting?', { eligibility: false, margin: false, facts: 1 }],
    ['UK Ltd, stock in a Leipzig 3PL, German VAT. Are we able to join Local Hosting?', { eligibility: true, margin: false, facts: 0 }],
    ['Can you crunch the numbers: Italy, price €30, cost €8, last mile €4', { eligibility: false, margin: true, facts: 0 }],
    // "è possibile per noi?" after the seller's own situation asks for the verdict.
    ['Siamo una S.r.l. di Torino, magazzino a Novara e P.IVA italiana. Con il Local Hosting, è possibile per noi?', { eligibility: true, margin: false, facts: 0 }],
    // Asking the group for help is no question of its own.
    ['Y en Portugal cuándo abre TikTok Shop? alguien sabe algo?', { eligibility: false, margin: false, facts: 1 }],
    ['德国站佣金多少？有人知道吗', { eligibility: false, margin: false, facts: 1 }],
    ["anyone know? what's the VAT in Spain", { eligibility: false, margin: false, facts: 1 }],
    ['Wie hoch ist die Provision in Frankreich? Weiß das jemand?', { eligibility: false, margin: false, facts: 1 }],
    // A request for the sums is no question and still asks for the margin; "haven't decided which…" asks nothing.
    ["hey can u calc profit for me: price 34.90 EUR, cost 9.00. haven't decided which EU country to launch in first", { eligibility: false, margin: true, facts: 0 }],
    ['具体放哪个国家还没定，想先算算利润：售价24.99欧，成本7欧', { eligibility: false, margin: true, facts: 0 }],
    // The margin named as context beside fact questions, or a reason asked for, is no request for the sums.
    ["900 commandes par mois, et je refais tout notre tableau de marge. Question 1 : quel est le taux de commission ? Et question 2, c'est obligatoire depuis quand ?", { eligibility: false, margin: false, facts: 2 }],
    ['we were at 5% before, now 9%. Why did EU margins drop?', { eligibility: false, margin: false, facts: 1 }],
    // A short phrase before the verb that asks: "Under GPSR do we need…".
    ["Stock heading to Hamburg. Under GPSR do we need somebody in the EU, and what's that role called?", { eligibility: false, margin: false, facts: 2 }],
    // "几", "啥" as "a few", "anything": a statement, not a question.
    ['TikTok号都没几个粉丝。我们自己还剩啥要管？', { eligibility: false, margin: false, facts: 1 }],
    ['内容团队十几个人，前几天才开始自播。', { eligibility: false, margin: false, facts: 0 }],
    ['欧洲合规啥都不懂。德国包装要在哪个系统注册？', { eligibility: false, margin: false, facts: 1 }],
    // Words that end in an accented letter ("société", "perché") end where a letter does, not at an ASCII \b.
    ["Société à Shanghai, on a un numéro de TVA FR. C'est bon pour le Local Hosting ?", { eligibility: true, margin: false, facts: 0 }],
    ['La nostra società ha sede a Napoli perché serve la partita IVA italiana', { eligibility: false, margin: false, facts: 1 }],
  ])('%s', (text, wants) => {
    expect(analyzeMessage(text).wants).toEqual(wants);
  });

  it('knows qué, cosa and quoi as question words', () => {
    for (const t of ['Somos una S.L. de Málaga. ¿Qué comisión cobra TikTok Shop desde enero', 'Cosa serve per il Local Hosting', "C'est quoi le Local Hosting"]) {
      expect(analyzeMessage(t).questions.length).toBeGreaterThan(0);
    }
  });

  it('reads the A-not-A form as a question ("含不含运费"), not "不得不" or "越来越"', () => {
    expect(hasQuestionWord('算佣金的基数含不含运费')).toBe(true);
    expect(hasQuestionWord('平台收不收仓储费')).toBe(true);
    expect(hasQuestionWord('我们不得不先做跨境')).toBe(false);
    expect(hasQuestionWord('单量越来越多')).toBe(false);
  });

  it('reads "una cosa" as a thing, not as "what"', () => {
    expect(analyzeMessage('Il commercialista dice una cosa, un amico un\'altra.').questions).toEqual([]);
    expect(analyzeMessage('Di cosa abbiamo bisogno per il Local Hosting').questions.length).toBe(1);
  });

  it('treats a message without any question as a statement for the tools', () => {
    expect(analyzeMessage('德国站售价29.99欧，成本8欧').questions).toEqual([]);
  });
});

describe('analyzeMessage: a request about the answer is no question of its own', () => {
  it.each([
    ['Welche Shop-Typen gibt es in der EU? Kannst du das kurz auflisten?', 1],
    ['what store types are there in the EU, can you explain that?', 1],
    ['欧洲有哪些店铺类型？能详细说说吗', 1],
    ['Quels types de boutique existent ? Tu peux les lister ?', 1],
    // A request with a topic of its own is a question.
    ['Kannst du mir die Shop-Typen auflisten?', 1],
    ['What is the commission? Can you explain the VAT rules too?', 2],
  ])('%s', (text, questions) => {
    expect(analyzeMessage(text).questions).toHaveLength(questions);
  });
});

describe('splitClauses: a doubled question mark', () => {
  it('keeps "??" on its sentence instead of making a clause of "?"', () => {
    expect(splitClauses('I thought it was already live?? When did it start')).toEqual(['I thought it was already live??', 'When did it start']);
  });
});

describe('splitClauses: a tag question', () => {
  it.each([
    ['OSS covers that, right?', ['OSS covers that, right?']],
    ['Die Ware liegt in DE, oder?', ['Die Ware liegt in DE, oder?']],
    ['货在德国就行，对吧？', ['货在德国就行, 对吧？']],
  ])('%s', (text, clauses) => {
    expect(splitClauses(text)).toEqual(clauses);
  });
});

describe('an interjection that ends like a question', () => {
  // "谁也说服不了谁": nobody convinces anybody, no "who?".
  it.each(['好吧，那回款周期多久', '行吧。那佣金多少？', '吵了半天谁也说服不了谁，本托到底是哪天上线的？'])('%s has one question', (text) => {
    expect(analyzeMessage(text).questions).toHaveLength(1);
  });
});

describe('analyzeMessage: "wie gesagt" asks nothing', () => {
  it.each([
    ['Korrektur: die Firma sitzt in der Schweiz. Lager und USt wie gesagt.', 0],
    ['Lager wie immer in Köln. Wie hoch ist die Provision?', 1],
  ])('%s', (text, questions) => {
    expect(analyzeMessage(text).questions).toHaveLength(questions);
  });
});

describe('splitClauses: chat shapes read since set W', () => {
  it.each([
    // A space parts Chinese clauses; a guess after the question asks nothing of its own.
    ['本托是啥时候上的 我记得好像是一月份？', ['本托是啥时候上的'], ['我记得好像是一月份？']],
    ['When did local hosting launch? I think it was January?', ['When did local hosting launch?'], ['I think it was January?']],
    // "没啥" is "nothing", not "what".
    ['全托跟本托最大的区别到底在哪 我们工厂型的 没啥内容经验', ['全托跟本托最大的区别到底在哪'], ['我们工厂型的，没啥内容经验']],
    // A list in brackets and an abbreviation's point part nothing; a spaced dash parts the situation from the question.
    ['wir verkaufen v.a. Elektronik (Kopfhörer, Ladegeräte usw) – gilt da auch die normale Provision?', ['gilt da auch die normale Provision?'], ['wir verkaufen v.a. Elektronik (Kopfhörer, Ladegeräte usw)']],
  ])('%s', (text, questions, context) => {
    const analysis = analyzeMessage(text);
    expect(analysis.questions.map((q) => q.text)).toEqual(questions);
    expect(analysis.clauses.filter((c) => !c.question).map((c) => c.text)).toEqual(context);
  });
});
