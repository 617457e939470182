// Reads a chat message before anything answers it: which clauses ask something, which only give context, and what
// each question asks for (a fact, an eligibility verdict, a margin). Plain data: retrieval, the tools and the
// conversation layer all read it, and tests pin it on tables.

import { ELIGIBILITY_ASK, GENERIC_ASK, JOIN_ASK, NAMES_PROGRAM, STATES_SITUATION } from './eligibility-ask.js';
import { findSubjects } from './find-subject.js';
import { MARGIN_ASK, MARGIN_REQUEST } from './margin-ask.js';

export type Intent = 'fact' | 'eligibility' | 'margin';

export interface Clause {
  text: string;
  question: boolean;
  intent: Intent;
}

export interface MessageAnalysis {
  clauses: Clause[];
  /** The clauses that ask something, in message order. */
  questions: Clause[];
  /** What the message asks for as a whole: a tool only when a question clause asks for its result. */
  wants: { eligibility: boolean; margin: boolean; facts: number };
}

const QUESTION_END = /[?？]\s*$|(?:吗|嗎|呢|么|麼|不|没|沒|吧)\s*[?？。!！~～]*\s*$/u;
// Question words anywhere in a clause ("what", "多少", "combien")...
const QUESTION_WORDS = new RegExp(
  [
    // "含不含运费", "收不收税", "算不算": the A-not-A form asks, whatever the verb.
    // "没啥内容经验", "没什么问题": "nothing", not "what".
    String.raw`多少|几个|幾個|几|幾|(?<!没|沒|没有|沒有)(?:什么|什麼|啥)|哪|怎么|怎麼|咋|如何|是否|能不能|可不可以|可以.*吗|要不要|需不需要|有没有|有沒有|是不是|谁|誰|何时|多久|多长|(?<aNotA>\p{Script=Han})[不没沒]\k<aNotA>`,
    String.raw`\b(?:what|when|where|which|who|whom|whose|why|how)\b`,
    // "Lager und USt wie gesagt", "wie immer": "as said", "as always" ask nothing.
    String.raw`\b(?:wie(?!\s+(?:gesagt|besprochen|erwähnt|oben|vorher|gehabt|immer|bisher|bereits|schon gesagt|schon erwähnt|angegeben)\b)|was|wann|wo|welche[rsnm]?|wer|warum|wieviel|wie viel)\b`,
    String.raw`\b(?:quel(?:le)?s?|quand|où|combien|comment|pourquoi|est-ce que|y a-t-il|faut-il|quoi)(?!\p{L})|\bqu'est-ce\b`,
    // "dice una cosa", "la stessa cosa": a thing, not "what".
    String.raw`\b(?:qual[ie]?|quando|dove|quanto|quanti|quante|perché|(?<!\b(?:una|la|ogni|qualche|altra|stessa|questa|quella|grande|bella)\s)cosa|chi)(?!\p{L})`,
    String.raw`(?:\b|¿)(?:cuál|cuáles|cuándo|dónde|cuánto|cuánta|cuántos|cuántas|cómo|por qué|quién|qué)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
// ...and verbs that ask only when they open the clause ("Is VAT withheld…", "Können wir…"), not in "our company is…".
const QUESTION_OPENERS =
  /^(?:and\s+|also\s+|und\s+|et\s+|e\s+|y\s+)?(?:¿\s*)?(?:is|are|was|were|can|could|do|does|did|will|would|should|shall|may|must|have|has|any|ist|sind|kann|können|darf|dürfen|muss|müssen|gibt es|brauche|brauchen|braucht|peut|peux|pouvons|puis-je|dois|doit|faut|serait|può|posso|possiamo|serve|servono|bisogna|c'è|ci sono|puedo|podemos|puede|hay|necesito|necesitamos|hace falta|se puede)(?!\p{L})/iu;

// "¿cuánto es el IVA … y cuántos días …?": a conjunction before a question word starts a second question.
const SECOND_QUESTION =
  /\s(?=(?:and|y|und|et|e)\s+(?:¿\s*)?(?:what|how|when|which|who|where|is|are|do|does|can|cu[aá]nt[oa]s?|cu[aá]l(?:es)?|cu[aá]ndo|qu[eé]|d[oó]nde|c[oó]mo|wie|was|wann|welche[rsnm]?|wo|ob|combien|quel(?:le)?s?|quand|comment|où|est-ce|quant[oiae]|qual[ie]?|quando|come|dove|cosa|che)(?!\p{L}))/iu;
// A question made only of a question word (and "now"): it asks about the clause before it.
const BARE_QUESTION =
  /^(?:(?:maintenant|now|jetzt|adesso|ora|ahora|e|et|and|und|y)\s+)?(?:(?:现在|目前|大概|一般|那|具体|具體|到底|一共|总共|總共)?(?:是)?(?:多少|几个点|几|啥|什么|多久|哪天|怎么算)(?:钱|呢|啊)?|(?:c'est|ça fait|c’est)?\s*combien|how much(?: is (?:it|that))?|what is it|(?:und )?wie (?:viel|hoch|lange)(?: ist (?:das|es))?|quanto(?: è| costa)?|quant'è|(?:¿\s*)?cu[aá]nto(?: es| cuesta)?)(?:\s*(?:maintenant|actuellement|aujourd['’]hui|now|right now|currently|these days|jetzt|aktuell|derzeit|ora|adesso|attualmente|ahora|actualmente|ahora mismo|现在|目前))?\s*[?？。!！]*$/iu;
// "¿a cuánto y desde cuándo?", "how much and since when?": question words joined, no topic of their own either.
const QWORD = String.raw`(?:how much|how many|how long|since when|when|wie viel|wieviel|wie hoch|wie lange|seit wann|wann|combien|depuis quand|quand|quanto|quanti|da quando|quando|cu[aá]nto|cu[aá]ntos|desde cu[aá]ndo|cu[aá]ndo|多少|几个点|多久|哪天|什么时候|从什么时候|从哪天)`;
const BARE_QUESTIONS = new RegExp(String.raw`^(?:¿\s*)?(?:(?:a|à|and|y|und|et|e|ab)\s+)?${QWORD}(?:\s*(?:,|，|、|and|y|und|et|e|ou|or|o|oder|还有|和)\s*(?:¿\s*)?(?:(?:a|à|ab)\s+)?${QWORD})+\s*[?？。!！]*$`, 'iu');
// "us or TikTok?", "oder nicht?": the answers on offer, part of the question before them.
const ALTERNATIVES = /^(?:[\p{Script=Han}\w+]{1,8}(?:还是|還是|或者|或是)[\p{Script=Han}\w+]{1,8}|\S+(?:\s\S+){0,3}\s+(?:or|oder|ou|o)\s+\S+(?:\s\S+)?|(?:or|oder|ou|o)\s+\S+(?:\s\S+){0,2}|or not|oder nicht|ou pas|o no)\s*[?？]$/iu;

/** Sentences and clauses: a question often follows its context after a comma ("东莞公司，货在德国，能做本托吗"). */
const TAG_QUESTION =
  /^(?:¿\s*)?(?:right|correct|true|isn['’]t it|no|yes|ok|oder|oder nicht|nicht wahr|gell|richtig|stimmt['’]?s|non|n['’]est-ce pas|c['’]est ça|vrai|vero|giusto|no\?|verdad|cierto|对吧|是吧|对不对|对么|對吧|對不對)\s*[?？]+\s*$/iu;

/**
 * "en el local hosting que hace el vendedor y que hace tiktok?": words before "and what…" that ask nothing of their own
 * are the first half of the question, not its context.
 */
function joinUnasked(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    if (out.length && !isQuestionText(out[out.length - 1]!)) out[out.length - 1] = `${out[out.length - 1]} ${piece}`;
    else out.push(piece);
  }
  return out;
}

// "Wie lange dauert die Prüfung, nachdem man das Formular abgeschickt hat?": a clause that opens with "after",
// "once", "because" finishes the one before it.
const SUBORDINATE =
  /^(?:nachdem|sobald|bevor|weil|after|before|once|because|après (?:que|avoir)|avant (?:que|d['’]|de)|une fois que|dès que|parce que|dopo (?:che|aver)|prima (?:che|di)|una volta che|perché|después de|antes de|una vez que|porque)(?!\p{L})/iu;

const RESTATEMENT = /^(?:i\.\s?e\.?|ie\b|that is(?: to say)?\b|in other words\b|d\.\s?h\.|das heißt\b|also\s+wie\b|c['’]est-à-dire\b|autrement dit\b|cioè\b|ossia\b|es decir\b|o sea\b|也就是说?|就是说|换句话说|換句話說)/iu;

function joinSubordinate(out: string[], part: string): string[] {
  if (out.length && SUBORDINATE.test(part)) out[out.length - 1] = `${out[out.length - 1]!.replace(/[?？]\s*$/u, '')}, ${part}`;
  else out.push(part);
  return out;
}

export function splitClauses(text: string): string[] {
  const sentences = text
    // Chat sentences often start in lower case ("…in a Dortmund warehouse. anyone know…"): after a lower-case word of
    // four letters or more that is no abbreviation ("MwSt.", "approx."), a full stop ends the sentence all the same.
    // "问两个：1）本托是哪天上线的 2）要不要有VAT": each numbered item is a sentence of its own, without its number; an
    // emoji and a space end a chat sentence ("…谁也说服不了谁 😂 本托到底是哪天…").
    // "wir verkaufen v.a. Elektronik", "z.B. Kopfhörer", "ca. 500 Stück": an abbreviation's point ends nothing.
    .split(/(?<=[。！？!?；;\n])|(?<!(?<![\p{L}])\p{L}\.\p{L}\.|(?<![\p{L}])(?:ca|approx|aprox|inkl|incl|bzw|usw|etc|ggf|vgl|ecc|env|Nr|nr|Stk|vs)\.)(?<=\.)\s+(?=[A-Z¿¡\p{Script=Han}])|(?<!\b(?:approx|incl|excl|inkl|exkl|zzgl|bzw|usw|resp|etc|vgl|ggf|env|cca|aprox)\.)(?<=(?<![\p{L}.])\p{Ll}{4,}\.)\s+(?=\p{Ll})|(?<=[\s：:，,；;])(?=[1-9][)）]|[①②③④⑤⑥⑦⑧⑨])|(?<=\p{Extended_Pictographic}\uFE0F?)\s+/u)
    .map((s) => s.replace(/^(?:[1-9][)）]|[①②③④⑤⑥⑦⑧⑨])\s*/u, '').trim())
    .filter(Boolean);
  // "already live??": the second question mark is a sentence of its own to the split, with nothing to ask; it stays
  // on the sentence before it.
  for (let i = sentences.length - 1; i > 0; i--) {
    if (!/[\p{L}\p{N}]/u.test(sentences[i]!)) sentences.splice(i - 1, 2, sentences[i - 1]! + sentences[i]!);
  }
  const out: string[] = [];
  for (const sentence of sentences) {
    // Comma-joined parts: context runs up to the question that follows it ("东莞公司，货在德国，能做本托吗"), and
    // a second question after a comma is a clause of its own ("What's the VAT rate, and what commission…?").
    // "Elektronik (Kopfhörer, Ladegeräte usw)": a list in brackets is no list of clauses.
    const bracketed = sentence.replace(/[(（][^()（）]*[)）]/gu, (m) => m.replace(/[,，、]/gu, '\u0001'));
    const parts = bracketed
      // A comma between digits is a decimal or thousands mark ("19,90 €", "1.234,56"), not a clause break.
      // A spaced dash parts the seller's situation from the question ("wir verkaufen v.a. Elektronik (…) – gilt da …"),
      // not a topic from the question about it ("Local Hosting – läuft das nur in DE?"). Chat Chinese parts clauses
      // with a space.
      .split(/[，、]\s*|,(?!\d)\s*|(?<!\d),\s*|[:：]\s+(?=\D)/u)
      .flatMap(splitAtDash)
      .flatMap(splitHanSpaces)
      .map((p) => p.replace(/\u0001/gu, ','))
      .flatMap((p) => joinUnasked(p.split(SECOND_QUESTION)))
      .map((p) => p.trim())
      .filter(Boolean)
      .reduce(joinSubordinate, []);
    let context: string[] = [];
    for (const part of parts) {
      // "…how long is the settlement cycle? i.e. how many days after a sale do we get paid": the same question again,
      // in other words.
      if (!context.length && out.length && RESTATEMENT.test(part) && isQuestionText(out[out.length - 1]!)) {
        out[out.length - 1] = `${out[out.length - 1]} ${part}`;
        continue;
      }
      // "…the delay, c'est combien ?" asks about what came before it; "…, us or TikTok?" offers the answers.
      if (context.length && (BARE_QUESTION.test(part) || BARE_QUESTIONS.test(part))) {
        out.push(`${context.join('，')}，${part}`);
        context = [];
        continue;
      }
      // "…ho visto che la commissione è cambiata. adesso quant'è?": across a full stop too, after words that asked nothing.
      if (!context.length && out.length && !isQuestionText(out[out.length - 1]!) && (BARE_QUESTION.test(part) || BARE_QUESTIONS.test(part))) {
        out[out.length - 1] = `${out[out.length - 1]!.replace(/[。.!！\s]+$/u, '')}，${part}`;
        continue;
      }
      // The options may come as a list ("…ausgezahlt, wöchentlich, alle 14 Tage oder monatlich?").
      if (out.length && context.length <= 2 && ALTERNATIVES.test(part) && isQuestionText(out[out.length - 1]!)) {
        out[out.length - 1] = [out[out.length - 1], ...context, part].join(', ');
        context = [];
        continue;
      }
      // "Same 9% commission as everyone else, or a different rate?": the options are the question.
      if (context.length && ALTERNATIVES.test(part)) {
        out.push([...context, part].join(', '));
        context = [];
        continue;
      }
      // "OSS covers that, right?", "…Lager in DE, oder?", "c'est bon, non ?", "对吧": the tag turns the words before it
      // into the question; it asks nothing of its own.
      if (TAG_QUESTION.test(part) && (context.length || out.length)) {
        if (context.length) out.push(`${context.join('，')}, ${part}`);
        else out[out.length - 1] = `${out[out.length - 1]}, ${part}`;
        context = [];
        continue;
      }
      // "回款周期是多久？是T+几？": a few more words on the question just asked, not a question of its own.
      if (out.length && context.length === 0 && isQuestionText(out[out.length - 1]!) && isTinyQuestion(part)) {
        out[out.length - 1] = `${out[out.length - 1]} ${part}`;
        continue;
      }
      if (isQuestionText(part)) {
        // "le FBT, ça existe en France ?", "FBT, gibt es das in Italien?": a topic put first and taken up by a
        // pronoun is the question's own subject, not context.
        const topic =
          context.length && (RESUMPTIVE.test(part) ? isBareTopic(context[context.length - 1]!) : leansOnClauseBefore(part, context[context.length - 1]!))
            ? context.pop()!
            : null;
        if (context.length) out.push(context.join('，'));
        out.push(topic ? `${topic}, ${part}` : part);
        context = [];
      } else {
        context.push(part);
      }
    }
    if (context.length) out.push(context.join('，'));
  }
  return out;
}

// A pronoun that takes up a topic named before the comma ("ça", "das", "esto", "questo", "it", "这个").
const RESUMPTIVE = /^(?:(?:et|and|und|e|y|mais|but|aber|ma|pero)\s+)?(?:ça|ca|cela|c['’]est|das|dies|esto|eso|questo|quello|quella|it|that|this|这个|這個|那个|那個|它)(?![\p{L}])|\b(?:gibt es das|gibt's das|gibts das|existe-t-il|existe-t-elle)\b/iu;
/**
 * Six words or eight Han characters at most, with a topic of their own and no one doing anything: "le FBT",
 * "l'identifiant unique AGEC en France", "EPR". "we sell toys" is the seller's situation.
 */
function isBareTopic(part: string): boolean {
  const han = (part.match(/\p{Script=Han}/gu) ?? []).length;
  const words = part.split(/\s+/).filter(Boolean).length;
  return (han > 0 ? han <= 8 && part.length <= 12 : words <= 6) && !isQuestionText(part) && !PERSON_FIRST.test(part) && findSubjects(part).length > 0;
}
const PERSON_FIRST = /^(?:we|i|our|my|on|nous|je|j['’]|notre|wir|ich|unser\w*|noi|io|nostr\w*|nosotros|yo|nuestr\w*|我们|我們|我|咱们)(?![\p{L}])/iu;

/**
 * "TikTok ci ha chiesto i numeri EPR per le batterie: entro quale data bisognava fornirli?": a question with no
 * subject, country or verdict of its own asks about the clause just before it, when that one names a subject.
 */
function leansOnClauseBefore(part: string, before: string): boolean {
  if (findSubjects(part).length > 0 || COUNTRYISH.test(part) || ELIGIBILITY_ASK.test(part) || JOIN_ASK.test(part) || GENERIC_ASK.test(part)) return false;
  if (MARGIN_ASK.test(part) || MARGIN_REQUEST.test(part)) return false;
  // A hosting program alone ("under local hosting, …") is context the answer carries anyway.
  const topics = findSubjects(before).filter((id) => !HOSTING_PROGRAMS.has(id));
  return topics.length > 0 && hasQuestionWord(part) && !STATES_SITUATION.test(before) && !CONDITION_FIRST.test(before);
}
const HOSTING_PROGRAMS = new Set(['local-hosting', 'full-hosting', 'brand-hosting', 'pop']);
// "cuando tengamos el IVA español, ¿cómo se solicita?": a condition or a time is the seller's situation, not a topic.
const CONDITION_FIRST = /^(?:when|if|once|after|before|as soon as|wenn|falls|sobald|nachdem|quand|lorsque|si|dès que|une fois|quando|se|appena|una volta|dopo|cuando|en cuanto|una vez|después|如果|要是|假如|等到?|当|當)(?![\p{L}])/iu;

/** A question of four Han characters or two words at most, naming no country: an addendum to the one before. */
function isTinyQuestion(part: string): boolean {
  const t = part.replace(/[?？。!！\s]+$/u, '');
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  const words = t.split(/\s+/).filter(Boolean).length;
  const small = han > 0 ? han <= 4 && t.length <= 8 : words <= 2;
  // "要不要有VAT" names a topic of its own: a question, not an addendum.
  return small && QUESTION_WORDS.test(t) && !/呢$/u.test(t) && !COUNTRYISH.test(t) && findSubjects(t).length === 0;
}
// Enough to tell an elliptical "法国呢"/"and Italy?" (its own question) from an addendum.
const COUNTRYISH = /国|國|站|\p{Lu}\p{Ll}{2,}|\b[A-Z]{2}\b/u;

/** A question word anywhere ("多少", "which", "cuál"): the message asks something of its own. */
export function hasQuestionWord(text: string): boolean {
  return QUESTION_WORDS.test(text);
}

// "alguien sabe algo?", "anyone know?", "有人知道吗": asking the group for help, not a question of its own.
const ASIDE =
  /^(?:¿\s*)?(?:(?:y|and|und|et|e|ok|so)[,\s]+)?(?:alguien (?:sabe|lo sabe|sabe algo|tiene info)|sab[eé]is algo|anyone(?: here)? (?:know|knows|got (?:any )?info)|does anyone(?: here)? know|any ideas?|any info|(?:weiß|weiss) (?:das |da )?(?:jemand|wer)(?: was| etwas| Bescheid)?|hat jemand (?:eine Idee|Infos?)|quelqu['’]un (?:sait|a une idée|a des infos?)|qualcuno (?:sa|ne sa|ha info)(?: qualcosa)?|有人知道吗|有人知道嗎|有没有人知道|有沒有人知道|有谁知道|有誰知道|谁知道|誰知道|求解答|求助)(?:\s+(?:algo|something|was|quelque chose|qualcosa))?\s*[?？!！.。]*$/iu;

// "具体放哪个国家还没定", "haven't decided which EU country yet": a question word inside a statement that something is
// still open, which asks nothing.
const UNDECIDED =
  /(?:还没定|還沒定|没定|沒定|还没决定|還沒決定|没想好|沒想好|还在考虑|還在考慮|待定)(?![^?？]*[?？吗嗎])|\b(?:haven'?t|have not|not yet|still haven'?t|still not)\s+(?:decided|chosen|picked|sure)\b(?![^?]*\?)|\bnoch nicht (?:entschieden|klar|sicher)\b(?![^?]*\?)|\bpas encore (?:décidé|choisi)(?!\p{L})(?![^?]*\?)|\bnon (?:abbiamo )?ancora deciso\b(?![^?]*\?)|\bno (?:hemos )?decidido\b(?![^?]*\?)/iu;

// "TikTok号都没几个粉丝", "内容团队十几个人", "前几天", "合规啥都不懂": a question word used as "a few", "some" or
// "anything", which asks nothing.
const INDEFINITE =
  /[十百千万一二两三四五六七八九]几|几[十百千万]|[前这那好没了]几|没多少|没啥|(?:啥|什么|什麼|哪儿?|谁|誰)(?:都|也)(?:不|没|沒)|(?:谁|誰)(?:也|都)\p{Script=Han}{0,4}(?:不|没|沒)(?:\p{Script=Han}{0,2}(?:谁|誰))?|多少有点|多多少少|(?:犹豫|猶豫|纠结|糾結|在考虑|在考慮)(?:要不要|该不该|該不該|是不是)/gu;

// "kannst du das kurz auflisten?", "can you explain that?", "能详细说说吗": a request about the answer to the question
// just asked, with no topic of its own: no question to answer apart.
const ABOUT_THE_ANSWER =
  /^(?:¿\s*)?(?:(?:und|and|et|e|y|also|so|ok|bitte|please|svp|per favore|por favor)[,\s]+)?(?:(?:kannst|könntest)\s+du|können\s+sie|(?:can|could|would)\s+you|tu\s+peux|vous\s+pouvez|pouvez-vous|peux-tu|(?:mi\s+)?(?:puoi|potresti)|(?:me\s+)?(?:puedes|podrías|podrias))\s+(?:(?:mir|me|mi|uns|us|nous|ci|nos)\s+)?(?:(?:das|es|die|it|that|this|them|those|ça|les|le|la|lo|li|eso|esto)\s+)?(?:(?:mal|kurz|quickly|briefly|please|rapidement|vite|brevemente|velocemente|rápido)\s+)*(?:(?:das|es|die|it|that|this|them|those|ça)\s+)?(?:auflisten|aufzählen|erklären|zusammenfassen|list|explain|summari[sz]e|break\s+down|clarify|lister|expliquer|résumer|détailler|elencar\w*|spiegar\w*|riassumer\w*|explicar\w*|listar\w*|enumerar\w*|resumir\w*)(?:\s+(?:it|that|this|them|please|bitte|svp|por favor|per favore))?\s*[?？!.]*\s*$|^(?:能不能|能|可以|麻烦)?(?:再)?(?:详细|具体|简单)?(?:说说|讲讲|列一下|列出来|解释一下|说一下|讲一下)(?:吗|嗎|呢|吧)?\s*[?？]*$/iu;

/** The clause, or its last part after a comma ("ich blick da nicht durch, kannst du das auflisten?"), asks only that. */
function asksAboutTheAnswer(text: string): boolean {
  const parts = text.trim().split(/[，,]\s*/u);
  const tail = parts.pop() ?? '';
  return ABOUT_THE_ANSWER.test(tail) && (parts.length === 0 || !isQuestionText(parts.join(', ')));
}

// "好吧", "行吧", "那好吧": "OK then", ending in 吧 like a question and asking nothing.
const INTERJECTION_ONLY = /^(?:那|嗯|哦)?(?:好吧|行吧|好的吧|算了吧|也行吧|ok吧|OK吧|好嘛|行嘛)[，,。.!！~～\s]*$/u;

// "听说本托有一堆扶持政策 具体都有啥", "…想直接做欧洲本托 能行不", "这个能享受多久": a few Chinese words that ask about
// what the words before them name, with no topic of their own.
function isBareHanQuestion(part: string): boolean {
  const han = (part.match(/\p{Script=Han}/gu) ?? []).length;
  return han <= 8 && isQuestionText(part);
}

/**
 * Chat Chinese parts clauses with a space ("本托是啥时候上的 我记得好像是一月份？"); a short question stays on the words
 * before it, and so does a short piece ("本托 对 company 主体 有要求吗": the topic and its question are one clause).
 */
function splitHanSpaces(part: string): string[] {
  const short = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length < 4;
  const out: string[] = [];
  for (const piece of part.split(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)) {
    const last = out.at(-1);
    if (last !== undefined && (isBareHanQuestion(piece) || short(piece) || short(last))) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * "wir verkaufen v.a. Elektronik (…) – gilt da auch die normale Provision?": a spaced dash after the seller's situation
 * (six words or more, asking nothing) parts it from the question; after a topic ("Local Hosting – läuft das…") or a
 * question ("what are the storage fees – per cbm per month?") it parts nothing.
 */
function splitAtDash(part: string): string[] {
  const m = /\s[–—]\s+/u.exec(part);
  if (!m) return [part];
  const left = part.slice(0, m.index);
  if (left.trim().split(/\s+/).length < 6 || isQuestionText(left)) return [part];
  return [left, ...splitAtDash(part.slice(m.index + m[0].length))];
}

// "我记得好像是一月份？", "I think it was January?": the seller's own guess at the answer, asked about with a question
// mark only; the question before it is the one to answer.
const GUESS = /^(?:我记得|我記得|我印象|印象中|好像|应该是|應該是|据说|據說|听说是|聽說是|I think|I believe|I remember|iirc|ich glaube|ich dachte|je crois|je pense|credo|penso|creo|pienso)/iu;

function isQuestionText(text: string): boolean {
  if (ASIDE.test(text.trim()) || UNDECIDED.test(text.trim()) || INTERJECTION_ONLY.test(text.trim()) || asksAboutTheAnswer(text)) return false;
  const plain = text.replace(INDEFINITE, ' ');
  // ("I think it was January?": the English "was" is no German question word.)
  if (GUESS.test(text.trim()) && !QUESTION_WORDS.test(plain.replace(/(?<![\p{L}])was(?![\p{L}])/giu, ' ')) && !/(?:吗|嗎|呢)\s*[?？]*\s*$/u.test(text)) return false;
  // "(Yongkang factory) and are planning local hosting France.": after a conjunction, a verb first continues a
  // statement unless the clause ends as a question.
  const trimmed = text.trim();
  const opens =
    (QUESTION_OPENERS.test(trimmed) || QUESTION_OPENERS.test(trimmed.replace(LEAD_PHRASE, ''))) && !(CONJUNCTION_FIRST.test(trimmed) && !/[?？]\s*$/u.test(text));
  return QUESTION_END.test(text) || QUESTION_WORDS.test(plain) || opens;
}
const CONJUNCTION_FIRST = /^(?:and|also|und|et|e|y)\s/iu;
// "Under GPSR do we need…", "For France, do I need…", "In Deutschland, brauchen wir…": a short phrase before the verb
// that asks.
const LEAD_PHRASE = /^(?:under|for|in|with|regarding|about|as for|unter|für|bei|laut|pour|en|avec|per|con|para|según)\s+[\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+){0,2}?,?\s+(?=(?:do|does|can|could|is|are|should|must|will|would|may|brauchen|muss|müssen|kann|können|faut-il|peut-on|serve|bisogna|hace falta|se necesita)\b)/iu;

const NUMBER = /\d+(?:[.,]\d+)?/g;
const HOW_TO = /^(?:¿\s*)?(?:(?:y|and|und|et|e|so|also|alors|quindi|entonces)[,\s]+)?(?:c[oó]mo|how|wie|comment|come|怎么|怎麼|如何)(?![\p{L}])(?!\s+(?:much|many|viel|hoch))/iu;

const OTHER_OPTIONS =
  /(?:别的|別的|其他|其它|另外的|哪些|什么|什麼)(?:店铺|店鋪|店|开店|開店)?(?:类型|類型|模式|方式|形式|店铺|店鋪)|店铺类型|店鋪類型|开店模式|開店模式|\b(?:other|which|what)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?(?:store|shop)(?:\s+types?)?\b|\b(?:store|shop)\s+types?\b|\bother\s+(?:options|modes|models)\b|Shop-?Arten?|Shop-?Typen?|andere(?:n)?\s+(?:Shop|Modelle|Optionen)|types? de boutiques?|autres? (?:types?|formules?|options?)|tipi di negozio|altri (?:tipi|modelli)|tipos? de tienda|otros? (?:tipos?|modelos?|opciones)/iu;

/** The message asks which other store types or modes are open ("别的店铺类型能做吗", "what other store types…"). */
export function asksOtherOptions(text: string): boolean {
  return OTHER_OPTIONS.test(text) && !NAMES_PROGRAM.test(text);
}

// "why EU margins dropped", "为什么利润少了": a reason asked for is a fact, whatever the words of profit in it.
const ASKS_WHY = /为什么|為什麼|为啥|為啥|\bwhy\b|\bwarum\b|\bwieso\b|\bweshalb\b|\bpourquoi\b|\bperch[ée](?!\p{L})|\bpor\s?qu[ée](?!\p{L})/iu;

function intentOf(text: string, message: string): Intent {
  // "our margins got hit in January - when did the commission change?" asks a fact: a profit question gives numbers.
  if (MARGIN_ASK.test(text) && !ASKS_WHY.test(text) && (message.match(NUMBER) ?? []).length >= 2) return 'margin';
  // "¿Cómo se puede solicitar el Local Hosting?" asks how to apply, whatever the seller said before.
  if (HOW_TO.test(text)) return 'fact';
  // "那货在国内的话 欧洲还有别的店铺类型能做吗": which other store type or mode is open to them is a fact about the store
  // types, not a verdict on Local Hosting.
  if (asksOtherOptions(text)) return 'fact';
  if (ELIGIBILITY_ASK.test(text) || (JOIN_ASK.test(text) && NAMES_PROGRAM.test(message))) return 'eligibility';
  if (GENERIC_ASK.test(text) && STATES_SITUATION.test(message)) return 'eligibility';
  return 'fact';
}

export function analyzeMessage(text: string): MessageAnalysis {
  const clauses = splitClauses(text).map((t): Clause => ({ text: t, question: isQuestionText(t), intent: intentOf(t, text) }));
  const questions = clauses.filter((c) => c.question);
  const asked = questions.length > 0 ? questions : clauses;
  return {
    clauses,
    questions,
    wants: {
      eligibility: asked.some((c) => c.intent === 'eligibility'),
      // A question, or a request to do the sums in any clause ("hey can u calc profit for me: price …"); "je refais tout
      // notre tableau de marge" beside two fact questions is context.
      margin: asked.some((c) => c.intent === 'margin') || clauses.some((c) => c.intent === 'margin' && MARGIN_REQUEST.test(c.text)),
      facts: questions.filter((c) => c.intent === 'fact').length,
    },
  };
}
