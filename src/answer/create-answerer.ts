import { randomUUID } from 'node:crypto';
import type { AnswerFn, AnswerRequest, AnswerResult, Lang, SourceRef } from '../contract/types.js';
import { createCatalog, twinId, type KnowledgeCatalog } from '../knowledge/create-catalog.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { detectLang } from '../lang/detect-lang.js';
import type { RetrievalUnit } from '../retrieval/build-units.js';
import type { Retriever } from '../retrieval/create-retriever.js';
import { withSourcesLine } from './format-sources-line.js';
import { isShortText } from '../lang/is-short-text.js';
import { messagesFor } from './messages.js';
import type { ToolReply, ToolRouter } from '../contract/ports.js';
import { analyzeMessage, hasQuestionWord } from '../analysis/analyze-message.js';
import { NAMES_ANY_PROGRAM } from '../analysis/eligibility-ask.js';
import { findAskedQuantity, statesQuantity } from '../analysis/find-asked-quantity.js';
import { findSubjects, findSubjectsPointedAt, isProgramOrRule, isRuleSubject, nameSubject, pointsAtRule } from '../analysis/find-subject.js';
import { nameProductCategory, readAsCategory } from '../analysis/name-product-category.js';
import { pointsAtMarket, refersBack } from '../conversation/conversation-cues.js';
import { nameCountry } from '../conversation/country-names.js';
import { detectFollowUp } from '../conversation/detect-follow-up.js';
import { rebuildQuestion } from '../conversation/rebuild-question.js';
import { isGreeting, sanitizeQuestion } from './sanitize-question.js';
import { selectAnswer, selectCandidate } from './select-candidate.js';
import { findCountryMentions } from '../tools/country-mentions.js';
import { namesMarketInitials } from '../lang/market-initials.js';

const OTHER_PLATFORM =
  /亚马逊|亞馬遜|美客多|虾皮|蝦皮|速卖通|速賣通|\bamazon\b|\btemu\b|\bshein\b|\bebay\b|\baliexpress\b|\bcdiscount\b|\bzalando\b|\bmiravia\b|\botto\b|\bmercado ?libre\b|\bkaufland\b|\ballegro\b|\bemag\b|\bbol\.com\b|\bfnac\b|\bmanomano\b|\betsy\b|\bwalmart\b|\bshopee\b|\blazada\b|\brakuten\b/iu;
const PLATFORM_FEE = /费|費|佣金|\bfees?\b|\bcommission|\bGebühr|\bProvision|\bfrais\b|\bcommissione|\btariff|\bcomisi[oó]n|\bcosts?\b/iu;
const OWN_PLATFORM = /tik\s?tok|\btts\b|抖音|托管|託管|本托|本託|hosting/iu;
// "was nehmen die", "what do they charge", "他们收多少": a third party the clause points back at.
const THEIR = /(?<![\p{L}])(?:they|them|their|ils|elles|leur|leurs|loro|ellos|ellas|(?:nehmen|verlangen|kassieren|wollen) die|bei denen|deren)(?![\p{L}])|他们|他們|人家/iu;

const QUALITY_PRODUCTS = /优质|優質|quality|Qualität|qualité|qualità|calidad/iu;
const ELECTRONICS_WORD: Partial<Record<Lang, string>> = { zh: '电子产品', en: 'electronics', de: 'Elektronik', fr: 'électronique', it: 'elettronica', es: 'electrónica' };

export interface AnswererOptions {
  /** Below this confidence the bot says it does not know. */
  threshold: number;
  /** Longer questions are cut (with a note). */
  maxChars: number;
  /** Facts not verified for this many days are shown with a "may be outdated" note. */
  staleAfterDays?: number;
}

export interface AnswererDeps {
  kb: KnowledgeBase;
  retriever: Retriever;
  /** Source references and dates, shared with the model mode; built from `kb` when absent. */
  catalog?: KnowledgeCatalog;
  toolRouter?: ToolRouter;
  options: AnswererOptions;
  newId?: () => string;
  now?: () => Date;
}

interface RenderedUnit {
  body: string;
  /** The body is in the asker's language (otherwise English, and the reply says so once). */
  translated: boolean;
  sources: SourceRef[];
  unknown: boolean;
  uncertain: boolean;
  verified: string;
}

/** A text given per language: the asker's own where there is one, else the closest of zh/en (then not translated). */
function inAskersLang(texts: { zh: string; en: string } & Partial<Record<Lang, string>>, lang: Lang): { text: string; translated: boolean } {
  const own = texts[lang];
  return own !== undefined ? { text: own, translated: true } : { text: lang === 'zh' ? texts.zh : texts.en, translated: lang === 'zh' || lang === 'en' };
}

function dedupeSources(sources: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

export interface Answerer {
  answer: AnswerFn;
}

/**
 * How much less sure the reading of a follow-on clause with the question before it may be, and still win: a bare one
 * (eight Han characters or five words) has no topic of its own; a longer one naming nothing gets less of a head start.
 */
const LEANING_BONUS = 0.5;
const LEANING_BONUS_LONG = 0.2;

/**
 * A "not published" entry found beside an answer that lacks the amount or time asked for is shown when it reaches this
 * share of the threshold: it is about the question's topic, and a handover with its reason beats a bare one.
 */
const UNPUBLISHED_THRESHOLD_SHARE = 0.5;

// "头程是我们自己出还是平台包", "who pays the inbound freight?", "售价又是谁来定": who bears a cost or sets the price.
const ASKS_WHO_PAYS =
  /谁出|谁付|谁承担|谁负担|谁来出|谁来付|谁来定|谁定|谁说了算|\bwho (?:sets|decides) the (?:retail |selling )?price\b|\bwer (?:legt|bestimmt)\b[^?]{0,30}\b(?:Preis|VK)|\bqui (?:fixe|décide)\b[^?]{0,20}\bprix\b|\bchi (?:decide|fissa|stabilisce)\b[^?]{0,20}\bprezzo\b|\bqui[eé]n (?:fija|pone|decide)\b[^?]{0,20}\bprecio\b|平台(?:出|包|付|承担)还是|还是平台(?:出|包|付|承担)|自己出还是|(?:我们|我|卖家|商家)(?:自己)?(?:出|付|承担)还是|\bwho (?:pays|covers|bears|is paying|foots)\b|\bwer (?:zahlt|trägt|übernimmt)\b|\bqui (?:paie|paye|prend en charge|supporte)\b|\bchi (?:paga|copre|sostiene)\b|\bqui[eé]n (?:paga|cubre|asume|corre con)\b/iu;

// "佣金涨了", "after the increase", "die Erhöhung": a question about the change of the general rate.
const ASKS_ABOUT_RISE =
  /涨|漲|上调|上調|提高|提价|\b(?:increase[ds]?|rais(?:e|ed)|rose|risen|went up|gone up|hike[ds]?)\b|erhöh|gestiegen|Anstieg|augment|hausse|aument|rincar|subid|subió|sube\b|alza/iu;

/** "涨价之前普通类目是多少", "the regular categories' rate": the clause itself asks about the other categories. */
const REGULAR_CATEGORY =
  /普通类目|普通品類|普通品类|普通類目|一般类目|一般類目|其他类目|其他類目|\b(?:regular|normal|standard|other|general) (?:categor|products?)|normale[nr]? (?:Kategorie|Warengruppe)|andere[nr]? (?:Kategorie|Warengruppe)|catégories? (?:normales?|classiques?|standard)|autres catégories|categori[ae] (?:normal[ei]|standard)|altre categorie|categor[ií]as? (?:normal(?:es)?|est[aá]ndar)|otras categor[ií]as/iu;


export function createAnswerer(deps: AnswererDeps): Answerer {
  const { kb, retriever, toolRouter, options } = deps;
  const newId = deps.newId ?? (() => randomUUID());
  const now = deps.now ?? (() => new Date());
  const isStale = (verified: string) =>
    options.staleAfterDays !== undefined && now().getTime() - Date.parse(verified) > options.staleAfterDays * 86_400_000;
  const catalog = deps.catalog ?? createCatalog(kb);
  const sourceRef = (group: string, lang: Lang, date: string): SourceRef => catalog.sourceRef(group, lang, date) ?? { id: group, title: group, date };

  const result = (lang: Lang, fields: Partial<AnswerResult> & Pick<AnswerResult, 'text' | 'route'>): AnswerResult => ({
    id: newId(),
    lang,
    sources: [],
    tool: null,
    abstained: false,
    confidence: 0,
    body: fields.text,
    ...fields,
  });

  /** The same passage in the reply language: the asker's own where the knowledge has it, else the closest of zh/en. */
  const inLang = (unit: RetrievalUnit, lang: Lang): RetrievalUnit => {
    if (unit.kind === 'faq') return unit;
    for (const want of [lang, lang === 'zh' ? 'zh' : 'en'] as Lang[]) {
      if (unit.lang === want) return unit;
      const twin = retriever.unit(twinId(unit, want));
      if (twin) return twin;
    }
    return unit;
  };

  /** The reply text of one unit in the asker's language, with its sources. */
  const renderUnit = (unit: RetrievalUnit, lang: Lang): RenderedUnit => {
    if (unit.faq) {
      const answer = inAskersLang(unit.faq.answer, lang);
      return {
        body: answer.text,
        translated: answer.translated,
        // Each cited article with its own date: the FAQ's as-of date is not the date of every article it cites.
        sources: unit.faq.sources.map((s) => sourceRef(s, lang, catalog.citedDate(s, unit.faq!.asOf))),
        unknown: unit.faq.unknown,
        uncertain: unit.uncertain,
        verified: unit.verified,
      };
    }
    return {
      body: unit.text,
      translated: unit.lang === lang,
      sources: [sourceRef(unit.group, unit.lang, unit.date)],
      unknown: unit.unknown === true,
      uncertain: unit.uncertain,
      verified: unit.verified,
    };
  };

  return {
    async answer(req: AnswerRequest): Promise<AnswerResult> {
      const fallbackLang = req.lang ?? req.chatLang ?? 'en';
      const clean = sanitizeQuestion(req.text ?? '', options.maxChars);
      if (!clean.ok) {
        const lang = req.lang ?? req.chatLang;
        // With no language to go on, say it in both of the languages most sellers read.
        const text = lang
          ? messagesFor(lang)[clean.reason === 'empty' ? 'empty' : 'noText']
          : `${messagesFor('zh')[clean.reason === 'empty' ? 'empty' : 'noText']}\n${messagesFor('en')[clean.reason === 'empty' ? 'empty' : 'noText']}`;
        return result(lang ?? 'en', { text, route: 'invalid' });
      }
      const lang = req.lang ?? detectLang(clean.text, fallbackLang);
      const m = messagesFor(lang);

      const note = clean.truncated ? `${m.truncated(options.maxChars)}\n\n` : '';

      if (isGreeting(clean.text)) return result(lang, { text: m.greeting, route: 'greeting', confidence: 1 });

      return applyToCase(clean.text, lang, await answerMessage(clean.text, lang, note, req.oneQuestion === true));
    },
  };

  /**
   * "Wir haben nur eine deutsche USt-IdNr., die Ware kommt nach Spanien: reicht das?": the entry conditions' answer
   * with the rule applied to the seller's own warehouse and VAT, one line under it.
   */
  function applyToCase(text: string, lang: Lang, r: AnswerResult): AnswerResult {
    if (r.abstained || r.tool || !r.sources.some((s) => s.id === 'lh-eligibility')) return r;
    const line = toolRouter?.applyToCase?.(text, lang);
    return line ? { ...r, ...withSourcesLine(`${r.body}\n\n${line}`, lang, r.sources) } : r;
  }

  /** One message: its tool part (when a question asks for a tool's result) and each of its fact questions, in order. */
  async function answerMessage(text: string, lang: Lang, note: string, oneQuestion = false): Promise<AnswerResult> {
    const analysis = analyzeMessage(text);
    // Facts stated beside a fact question are context for retrieval, not a tool request; a message with no
    // question at all ("德国站售价29.99欧，成本8欧") still goes to the tools.
    const toolWanted = analysis.wants.eligibility || analysis.wants.margin || analysis.questions.length === 0;
    const factQuestions = analysis.questions.filter((q) => q.intent === 'fact');
    const tool = toolWanted ? toolRouter?.route(text, lang, { eligibility: analysis.wants.eligibility, margin: analysis.wants.margin }) : null;
    const separate = tool || factQuestions.length >= 2 || (factQuestions.length === 1 && analysis.clauses.length > 1) ? factQuestions : [];
    if (separate.length === 0 || oneQuestion) return answerText(text, lang, note, tool ?? null);
    const parts: AnswerResult[] = [];
    /** The question each fact part answers (the tool part has none). */
    const asked: Array<string | undefined> = [];
    if (tool) {
      parts.push(await answerText(text, lang, '', tool));
      asked.push(undefined);
    }
    let previous: string | undefined;
    let chain: string | undefined;
    // Joined with "，": each clause without its own full stop ("准备上本托。，听说…" reads as two sentences).
    const bare = (c: { text: string }) => c.text.replace(/[。.!！;；，,、\s]+$/u, '');
    let consumed = -1;
    for (const [i, q] of separate.entries()) {
      if (i === consumed) continue;
      // "德国站佣金多少，法国呢？": an elliptical clause reads against the clause before it.
      const signal = previous ? detectFollowUp(q.text) : null;
      const clauseText = previous && signal && signal.kind === 'ellipsis' ? rebuildQuestion(previous, signal.payload, lang).text : q.text;
      // "那佣金呢，欧洲现在抽几个点": a topic alone, first, may be asked by the question after it.
      const next = separate[i + 1];
      const elliptic = !previous && next !== undefined && detectFollowUp(q.text)?.kind === 'ellipsis' && isShortText(q.text, 6, 4);
      const opens = elliptic && findCountryMentions(q.text).length === 0;
      // "what about France, when does FBT launch there?": the country alone is no question; the one after it asks there.
      const opensMarket = elliptic && findCountryMentions(q.text).length > 0 && pointsAtMarket(next.text) && findCountryMentions(next.text).length === 0;
      // The question alone, and with the context said before it ("…佣金涨了，现在是多少？"): the surer reading wins.
      const at = analysis.clauses.indexOf(q);
      const before = analysis.clauses.slice(0, at).filter((c) => !c.question).map(bare);
      const lastQuestion = analysis.clauses.slice(0, at).map((c) => c.question).lastIndexOf(true);
      const near = analysis.clauses.slice(lastQuestion + 1, at).map(bare);
      // The last words of the story before the question, enough of them to say something ("je crois" says nothing).
      const tail: string[] = [];
      for (const c of [...before].reverse()) {
        tail.unshift(c);
        if (!isShortText(tail.join('，'), 12, 6)) break;
      }
      // "…本地托管的消息…想请教：这个模式覆盖几个国家？": the subject the message named earlier, with the clause alone.
      // Only a clause that points back ("这个模式", "this program"): a clause of its own reads best alone.
      // "the cross-border direct mail one, do I need a VAT number for it?": "it" is the program the words just before
      // name (a few words, no story); the clause names only a topic of it.
      const own = findSubjects(clauseText);
      // "…dass die Verkaufsprovision gestiegen ist 🤔 Wie hoch ist sie jetzt?": "sie" is what the words just before name,
      // not the VAT number of the seller's story.
      const allPointed = refersBack(clauseText) ? findSubjectsPointedAt(text, clauseText).filter((id) => !own.includes(id)) : [];
      const nearest = findSubjects(tail.join('，')).filter((id) => allPointed.includes(id));
      const pointed = nearest.length > 0 ? nearest : allPointed;
      const justBefore = analysis.clauses[at - 1];
      const namesThing = justBefore !== undefined && !justBefore.question && isShortText(justBefore.text, 12, 6);
      const programPointed = own.some(isProgramOrRule) || !namesThing ? [] : findSubjects(justBefore.text).filter((id) => isProgramOrRule(id) && pointed.includes(id));
      const subjects = (own.length === 0 ? pointed : programPointed).slice(0, 2).map((id) => nameSubject(id, lang)!.phrase);
      const named = pointsAtMarket(clauseText) && findCountryMentions(clauseText).length === 0 ? findCountryMentions(before.join('，')).filter((m) => m.code !== 'EU') : [];
      const place = named.at(-1)?.code;
      // "这个规定是从什么时候开始的", "und seit wann gilt das": a clause that points at what the message named and names
      // nothing itself reads as anything alone.
      const onlyPoints = (t: string) => refersBack(t) && findSubjects(t).length === 0 && findCountryMentions(t).length === 0;
      // "wie ich in Berlin ein Gewerbe anmelde und was das kostet": "that" is what the bot just could not answer, and
      // the message names nothing else it could mean; the handover already covers it.
      const lastPart = parts.at(-1);
      if (previous && lastPart?.abstained && lastPart.sources.length === 0 && onlyPoints(q.text) && findSubjects(text).length === 0) continue;
      const readings = opensMarket ? [`${bare(q)}，${next.text}`] : [
        ...(subjects.length > 0 && (onlyPoints(clauseText) || (own.length > 0 && programPointed.length > 0)) ? [] : [clauseText]),
        // "…? And on what date did GPSR come into force?": an "and" before a question of its own; the clause as typed
        // competes with its rebuilt reading.
        // Not when it only points back: "und seit wann gilt das" leans on the question before it.
        ...(clauseText !== q.text && !onlyPoints(q.text) ? [q.text] : []),
        ...(before.length ? [`${before.join('，')}\n${clauseText}`] : []),
        // "…这说法靠谱吗？另外听说平台会代扣VAT，那是不是不用申报了": the context said since the last question is its own.
        ...(near.length && near.length < before.length ? [`${near.join('，')}\n${clauseText}`] : []),
        // "…准备上本托。听说德国卖电器没有WEEE号会被平台屏蔽，这个规定是从什么时候开始的": "this rule" points at the clause
        // just before it first.
        ...(subjects.length > 0 && pointsAtRule(text, clauseText) && before.length > 1 ? [`${before.at(-1)}\n${clauseText}`] : []),
        ...(subjects.length ? [`${subjects.join(' ')} ${clauseText}`] : []),
        // "Also we run a US store… what's the referral fee there?": "there" is the country named last before the clause.
        ...(place ? [`${clauseText} (${nameCountry(place, lang) ?? place})`] : []),
        // "…在德国卖电器要有WEEE号…这个规定是从什么时候开始的": each subject alone too, the rule apart from the program.
        ...(subjects.length > 1 ? subjects.map((subject) => `${subject} ${clauseText}`) : []),
        ...(opens ? [`${bare(q)}，${next.text}`] : []),
      ];
      // "新商家有优惠费率，是多少、可以用多久啊", "…wie schnell zahlt TikTok aus? Wie viele Tage?": a short question naming
      // nothing leans on the question just asked; it has no topic of its own, so that reading wins unless far less sure.
      // A longer clause naming nothing of its own ("是签收后多少天结算", "is there any SLA on it?") may lean too, with less
      // of a head start.
      const bonus = !previous ? 0 : namesNothingWithin(clauseText, 8, 5) ? LEANING_BONUS : namesNothingWithin(clauseText, 16, 10) ? LEANING_BONUS_LONG : 0;
      const leaning = bonus > 0 ? `${chain}\n${clauseText}` : undefined;
      const answers = await Promise.all([...new Set(readings)].map((r) => answerText(r, lang, '', null, text)));
      const leaned = leaning ? await answerText(leaning, lang, '', null, text) : undefined;
      const alone = answers.reduce((a, b) => (score(b) > score(a) ? b : a));
      const leans = leaned !== undefined && score(leaned) + bonus > score(alone);
      parts.push(leans ? leaned : alone);
      asked.push(clauseText);
      previous = clauseText;
      // "…回款周期是多久？是签收后多少天结算，还是按月结？": each clause that leaned carries the question on.
      chain = leans ? leaning : clauseText;
      if (opensMarket) consumed = i + 1;
    }
    // One fact question in a long message with no tool part: the whole message is a third reading.
    // Not when the question asks another platform's fees: the whole message names TikTok only as the seller's own.
    if (!tool && separate.length === 1 && !asksAboutAnotherPlatform(separate[0]!.text, text)) {
      const whole = await answerText(text, lang, '', null);
      if (score(whole) > score(parts[0]!)) parts[0] = whole;
    }
    return mergeParts(await dropCoveredParts(parts, asked), lang, note);
  }

  /**
   * "…GPSR is 'coming soon' but I thought it was already live?? When did GPSR actually take effect": a part found
   * nowhere whose rare terms another part's answer is about asks the same thing; the answer covers it, and no
   * "not found" follows it.
   */
  async function dropCoveredParts(parts: AnswerResult[], asked: Array<string | undefined>): Promise<AnswerResult[]> {
    const unanswered = parts.map((p) => p.abstained && p.sources.length === 0);
    if (!unanswered.some(Boolean) || unanswered.every(Boolean)) return parts;
    const termsOf = async (t: string | undefined) => (t ? (await retriever.retrieve(t, 1)).terms : []);
    const terms = await Promise.all(asked.map(termsOf));
    const answeredTerms = new Set(terms.flatMap((t, i) => (unanswered[i] ? [] : t)));
    return parts.filter((_, i) => !unanswered[i] || terms[i]!.length === 0 || !terms[i]!.every((c) => answeredTerms.has(c)));
  }

  /** Short enough (Han characters, else words) and no subject or country of its own. */
  function namesNothingWithin(clause: string, maxHan: number, maxWords: number): boolean {
    return isShortText(clause, maxHan, maxWords) && findSubjects(clause).length === 0 && findCountryMentions(clause).length === 0;
  }

  /**
   * How much a reading can be trusted: something found over nothing found, then confidence. A sourced "not
   * published" reply (an abstention with its source) is something found: it must not lose to a weak answer.
   */
  function score(r: AnswerResult): number {
    return (r.abstained && r.sources.length === 0 ? 0 : 1) + r.confidence;
  }

  /** Several answers in one reply: each part in order with its own sources; the reply is as sure as its weakest part. */
  function mergeParts(parts: AnswerResult[], lang: Lang, note: string): AnswerResult {
    const answered = parts.filter((p) => !p.abstained);
    if (answered.length === 0) return { ...parts[0]!, text: note + parts[0]!.text, body: note + parts[0]!.body };
    const sources = dedupeSources(parts.flatMap((p) => p.sources));
    // Two questions with one answer ("德国站佣金多少，法国呢？" — 9% in both) get that answer once.
    // The answers first; a part found nowhere says so once, at the end (often a sentence of the seller's story read
    // as a question), so it never interrupts the answers.
    const unanswered = parts.filter((p) => p.abstained && p.sources.length === 0);
    const bodies = [...new Set([...parts.filter((p) => !unanswered.includes(p)).map((p) => p.body), ...unanswered.slice(0, 1).map((p) => p.body)])];
    // A part may itself hold two passages ("the rate, then the electronics rate"): a passage already given is not
    // repeated.
    const body = note + [...new Set(bodies.flatMap((b) => b.split('\n\n')))].join('\n\n');
    const toolPart = parts.find((p) => p.tool);
    return result(lang, {
      ...withSourcesLine(body, lang, sources),
      route: toolPart ? 'tool' : answered[0]!.route,
      tool: toolPart?.tool ?? null,
      ...(toolPart?.toolResult !== undefined ? { toolResult: toolPart.toolResult } : {}),
      sources,
      confidence: Math.min(...parts.map((p) => (p.abstained ? 0 : p.confidence))),
      ...(parts.some((p) => p.uncertain) ? { uncertain: true } : {}),
      ...(parts.some((p) => p.stale) ? { stale: true } : {}),
    });
  }

  /**
   * "what's the standard VAT rate in Germany?": an entry that tabulates the markets answers a question about one of
   * them with that market's line (its own, or from the rules), so the other markets' figures do not crowd the answer.
   */
  function narrow(rendered: RenderedUnit, unit: RetrievalUnit, text: string, lang: Lang): RenderedUnit {
    const byMarket = unit.faq?.byMarket;
    if (byMarket) {
      // Only the markets the entry has a line for: "我们是深圳公司，德国站什么时候开的" still asks about Germany alone.
      const named = [...new Set(findCountryMentions(text).map((c) => c.code))].filter((c) => byMarket[c]);
      const own = named.length === 1 && !namesMarketInitials(text) ? byMarket[named[0]!] : undefined;
      if (own) {
        const line = inAskersLang(own, lang);
        return { ...rendered, body: line.text, translated: line.translated };
      }
    }
    if (unit.faq?.narrowedBy !== 'market-vat') return rendered;
    const markets = [...new Set(findCountryMentions(text).map((c) => c.code).filter((c) => c !== 'EU'))];
    const line = markets.length === 1 ? toolRouter?.describeMarketVat?.(markets[0]!, lang) : null;
    return line ? { ...rendered, body: line, translated: true } : rendered;
  }

  /** "Bluetooth-Kopfhörer – zahlen wir die normalen 9 %?": a commission question read with the products' category. */
  function withProductCategory(text: string, message: string): string {
    // The hosting programs' own commissions ("优质商品的佣金", Local Hosting's rate) are no category rate.
    if (!findSubjects(text).includes('commission') || nameProductCategory(message) !== 'electronics' || NAMES_ANY_PROGRAM.test(message) || QUALITY_PRODUCTS.test(text) || REGULAR_CATEGORY.test(text)) {
      return text;
    }
    const word = ELECTRONICS_WORD[detectLang(text, 'en')] ?? 'electronics';
    // The clause alone ("commission c'est 9 % aussi ?") leans on the products the message named before it.
    return nameProductCategory(text) ? readAsCategory(text, word) : `${text} (${word})`;
  }

  /**
   * "亚马逊FBA配送费怎么算", "how are Amazon FBA fees calculated in the UK?": another marketplace's fees are not in the
   * knowledge, however close its words come to TikTok Shop's. Only the reading that names both: a long message that
   * mentions Amazon as the seller's past keeps its other readings.
   */
  function asksAboutAnotherPlatform(reading: string, message: string): boolean {
    if (OTHER_PLATFORM.test(reading)) {
      // "cómo va Mercado Libre México para vendedores chinos?": in a message that never names TikTok, a question about
      // another marketplace is off this bot's topic whatever it asks.
      if (!OWN_PLATFORM.test(message)) return true;
      // "…quanto prende Zalando di commissione? … TikTok lo facciamo già": TikTok named beside the question is context.
      return PLATFORM_FEE.test(reading) && !OWN_PLATFORM.test(reading);
    }
    // "lohnt sich Kaufland parallel? was nehmen die an Provision", "…? comisiones y eso": in a message about another
    // marketplace alone, a fee clause that points back or names nothing else asks that one's.
    if (!OTHER_PLATFORM.test(message) || OWN_PLATFORM.test(message) || !PLATFORM_FEE.test(reading) || OWN_PLATFORM.test(reading)) return false;
    const fragment = !hasQuestionWord(reading) && findCountryMentions(reading).length === 0 && findSubjects(reading).every((id) => id === 'commission');
    return THEIR.test(reading) || fragment;
  }

  /**
   * `message` is the whole message a reading comes from: whether it names a hosting program. "听说佣金涨了，现在是几个点"
   * from a seller of earbuds asks for the rate after the rise, which the electronics rate does not replace: both.
   */
  async function answerText(text: string, lang: Lang, note: string, tool: ToolReply | null, message = text): Promise<AnswerResult> {
    const withCategory = tool ? text : withProductCategory(text, message);
    if (withCategory === text || !ASKS_ABOUT_RISE.test(text)) return answerReading(text, withCategory, lang, note, tool, message);
    const [general, special] = await Promise.all([answerReading(text, text, lang, '', null, message), answerReading(text, withCategory, lang, '', null, message)]);
    const found = [general, special].filter((p) => !p.abstained);
    if (found.length === 2) return mergeParts(found, lang, note);
    if (found.length === 1) return { ...found[0]!, text: note + found[0]!.text, body: note + found[0]!.body };
    return answerReading(text, withCategory, lang, note, null, message);
  }

  async function answerReading(text: string, retrieved: string, lang: Lang, note: string, tool: ToolReply | null, message: string): Promise<AnswerResult> {
    const m = messagesFor(lang);
      if (tool) {
        return result(lang, {
          text: note + tool.text,
          route: 'tool',
          tool: tool.tool,
          toolResult: tool.toolResult,
          sources: tool.sources,
          confidence: 1,
        });
      }

      const { candidates, terms } = await retriever.retrieve(retrieved, 15, { lang });
      // A question with two topics ("WEEE and packaging law") gets the passage for the second one too, when one
      // names it; otherwise the missing topic keeps the confidence down.
      const selection = selectAnswer(candidates, {
        terms,
        threshold: options.threshold,
        offProgram: !NAMES_ANY_PROGRAM.test(message),
        namesOtherSubject: findSubjects(text).some((id) => !isRuleSubject(id)),
      });
      const confidence = selection?.confidence ?? 0;
      if (!selection || confidence < options.threshold || asksAboutAnotherPlatform(text, message)) {
        return result(lang, {
          text: note + m.abstain,
          route: 'abstain',
          abstained: true,
          confidence,
        });
      }

      let first = narrow(renderUnit(inLang(selection.best.unit, lang), lang), selection.best.unit, text, lang);
      const inEnglish = (parts: RenderedUnit[]) => (parts.every((p) => p.translated) ? '' : `${m.englishOnly}\n`);
      const second = selection.second;
      // "本托的话平台仓储费一个月收多少" → the FBT entry, which names no fee: an answer without the amount, time or
      // contact asked for answers nothing; the "not published" entry on it (when retrieval found one) or a handover.
      const asked = findAskedQuantity(text);
      const parts = second ? [first, renderUnit(inLang(second.unit, lang), lang)] : [first];
      // "头程是我们自己出还是平台包": who bears a cost is what the "not published" entry found beside the topic's answer
      // is about; it answers the question, and the reply hands over.
      // Only about Local Hosting: the other programs' pricing is reported (Full Hosting: the platform sets it).
      if (ASKS_WHO_PAYS.test(text) && !first.unknown && !findSubjects(text).some((id) => isProgramOrRule(id) && id !== 'local-hosting')) {
        const unpublished = selectCandidate(candidates.filter((c) => c.unit.faq?.unknown || c.unit.unknown));
        if (parts[1]?.unknown) first = parts[1];
        else if (unpublished && unpublished.confidence >= options.threshold) first = renderUnit(inLang(unpublished.best.unit, lang), lang);
      }
      if (asked && !first.unknown && !parts.some((p) => statesQuantity(asked, p.body))) {
        // No entry lists contacts: any "not published" entry found would be about something else.
        const unpublished = asked === 'contact' ? null : selectCandidate(candidates.filter((c) => c.unit.faq?.unknown || c.unit.unknown));
        if (!unpublished || unpublished.confidence < options.threshold * UNPUBLISHED_THRESHOLD_SHARE) {
          return result(lang, { text: note + m.abstain, route: 'abstain', abstained: true, confidence });
        }
        // Always a "not published" entry: it is returned as one just below, and `parts` is not reached.
        first = renderUnit(inLang(unpublished.best.unit, lang), lang);
      }
      if (first.unknown) {
        return result(lang, {
          ...withSourcesLine(note + inEnglish([first]) + first.body, lang, first.sources),
          route: 'abstain',
          abstained: true,
          sources: first.sources,
          confidence,
          uncertain: true,
        });
      }
      const sources = dedupeSources(parts.flatMap((p) => p.sources));
      const uncertain = parts.some((p) => p.uncertain);
      const stale = parts.map((p) => p.verified).filter(isStale).sort()[0];
      let body = inEnglish(parts) + parts.map((p) => (p.uncertain ? `${m.uncertain}\n${p.body}` : p.body)).join('\n\n');
      if (stale) body = `${body}\n${m.stale(stale)}`;
      return result(lang, {
        ...withSourcesLine(note + body, lang, sources),
        ...(stale ? { stale: true } : {}),
        route: selection.best.unit.kind === 'faq' ? 'faq' : 'passage',
        sources,
        confidence,
        ...(uncertain ? { uncertain: true } : {}),
      });
  }
}
