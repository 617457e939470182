// Conversations as a capability of the core: each asker in each place has a short memory of their own turns, so a
// follow-up ("那法国呢？", "and for Italy?"), a one-word answer to the bot's own question ("德国") or a what-if on a
// tool result is read against the asker's previous turn. Only follow-ups inherit; a complete new question does not.
import { randomUUID } from 'node:crypto';
import type { ConversationState, ConversationStore, ConversationTurn } from '../contract/conversation.js';
import type { RateLimiter } from '../contract/ports.js';
import type { AnswerFn, AnswerRequest, AnswerResult, Lang } from '../contract/types.js';
import { messagesFor } from '../answer/messages.js';
import { detectLang } from '../lang/detect-lang.js';
import { foldTraditional } from '../lang/fold-traditional.js';
import { findCountryMentions } from '../tools/country-mentions.js';
import { parseEligibilityText } from '../tools/parse-eligibility-text.js';
import { parseMarginText } from '../tools/parse-margin-text.js';
import type { Rules } from '../tools/rules.js';
import { conversationMessages } from './conversation-messages.js';
import { formatConversationKey } from './conversation-key.js';
import { analyzeMessage, asksOtherOptions, hasQuestionWord } from '../analysis/analyze-message.js';
import { isShortText } from '../lang/is-short-text.js';
import { VAT_RATE_OF_MARKET, changesMarginInput, continueTool, dropChangeVerbs, recheckEligibility, type ContinuedTool } from './continue-tool.js';
import { asksWhatIsStillNeeded, asksWhen, findBackReference, namesALaunch, namesTheProgram, pointsAtMarket, refersBack, stripNewTopic } from './conversation-cues.js';
import { detectFollowUp, type FollowUpSignal } from './detect-follow-up.js';
import { findSubjects, findSubjectsInOrder, isProgramOrRule, nameSubject } from '../analysis/find-subject.js';
import { nameProductCategory } from '../analysis/name-product-category.js';
import { ELIGIBILITY_ASK } from '../analysis/eligibility-ask.js';
import { findAskedQuantity } from '../analysis/find-asked-quantity.js';
import { nameCountry } from './country-names.js';
import { generalizeSchemes, rebuildQuestion } from './rebuild-question.js';

export interface ConversationOptions {
  /** A conversation idle this long is forgotten. */
  idleMs: number;
  /** Turns kept per conversation. */
  maxTurns: number;
}

export interface ConversationalAnswererDeps {
  /** The single-turn pipeline (tools, retrieval, abstention), without flood control: the limiter runs here once. */
  answer: AnswerFn;
  store: ConversationStore;
  rules: () => Rules;
  limiter?: RateLimiter;
  options: ConversationOptions;
  /** The abstention threshold: a message answered below it alone may be read against the previous question. */
  threshold: number;
  now?: () => number;
  newId?: () => string;
}

// "回到第一个问题", "back to my first question", "zurück zur ersten Frage": the asker's first or second question.
const FIRST = /第一|第1|头一个|頭一個|最开始|最開始|\bfirst\b|\berste[nr]?\b|\bpremi[eè]re?\b|\bprim[ao]\b|\bprimer[ao]?\b/iu;
const SECOND = /第二|第2|\bsecond\b|\bzweite[nr]?\b|\bdeuxi[eè]me\b|\bsecond[ao]\b|\bsegund[ao]\b/iu;

const CALCULATION = /算的|计算|計算|测算|測算|利润|利潤|margin|calculat|\bcalc\b|\bprofit|Rechnung|berechn|Kalkulation|calcul|calcolo|calcolat|cálculo|calculo|calculad/iu;

/** The earlier question turn the words of a "back to …" name: by ordinal, else the latest by country or subject. */
function turnReferredBack(turns: ConversationTurn[], head: string): ConversationTurn | undefined {
  const countries = findCountryMentions(head).map((m) => m.code).filter((c) => c !== 'EU');
  const subjects = findSubjects(head);
  const questions = turns.filter((t) => !t.tool);
  if (countries.length === 0 && subjects.length === 0 && (FIRST.test(head) || SECOND.test(head))) {
    const turn = questions[FIRST.test(head) ? 0 : 1];
    return turn && !turn.abstained ? turn : undefined;
  }
  // "回到你算的西班牙那个", "back to the Spain calculation": a calculation is a turn to return to as well.
  const calculation = CALCULATION.test(head);
  const answered = turns.filter((t) => !t.abstained && (!t.tool || (calculation && t.tool === 'margin'))).reverse();
  if (countries.length > 0) return answered.find((t) => t.entities.countries.some((c) => countries.includes(c)));
  if (subjects.length > 0) return answered.find((t) => findSubjects(t.resolved).some((s) => subjects.includes(s)));
  return undefined;
}

// "回到第一个问题", "back to my first question": an ordinal of a question, not of a country.
const ORDINAL_OF_QUESTION = /问题|問題|question|Frage|domanda|pregunta|turn/iu;

/**
 * The country an ordinal points at ("le premier des deux", "第二个", "the second one"), in the order the asker's
 * recent questions named them; only when the message names no country and the conversation named two or more.
 */
function countryByOrdinal(turns: ConversationTurn[], text: string): string | undefined {
  const which = FIRST.test(text) ? 0 : SECOND.test(text) ? 1 : undefined;
  if (which === undefined || ORDINAL_OF_QUESTION.test(text) || findCountryMentions(text).length > 0) return undefined;
  const named: string[] = [];
  for (const t of turns.slice(-3)) {
    for (const m of findCountryMentions(t.question)) if (m.code !== 'EU' && !named.includes(m.code)) named.push(m.code);
  }
  return named.length >= 2 ? named[which] : undefined;
}

/**
 * The program an ordinal points at ("第二个是不是可以自己定价" after "全托管、品牌托管、本托这三个…"): the latest
 * question that named two or more programs, in its order; only when the message names none itself.
 */
function programByOrdinal(turns: ConversationTurn[], text: string): string | undefined {
  const which = FIRST.test(text) ? 0 : SECOND.test(text) ? 1 : /第三|第3|\bthird\b|\bdritte[nr]?\b|\btroisième\b|\bterz[ao]\b|\btercer[ao]?\b/iu.test(text) ? 2 : undefined;
  if (which === undefined || ORDINAL_OF_QUESTION.test(text) || findSubjects(text).some(isProgramOrRule)) return undefined;
  for (const t of [...turns].reverse().slice(0, 3)) {
    const programs = findSubjectsInOrder(t.question).filter(isProgramOrRule);
    if (programs.length >= 2) return programs[which];
  }
  return undefined;
}

/** Few words left once the follow-up words and the countries are gone: the message leans on the earlier turn. */
function leansOnPrevious(signal: FollowUpSignal): boolean {
  if (signal.kind === 'bare') return true;
  // "那具體怎麼報名": the words after 那 ask a question of their own, about no country: read alone (or with the
  // conversation's subject) first, not glued to the previous question.
  if (findCountryMentions(signal.payload).length === 0 && analyzeMessage(signal.payload).questions.length > 0) return false;
  let rest = signal.payload;
  for (const m of findCountryMentions(rest).reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  rest = rest.replace(/[\s,，、。.!！?？的站呢]+/gu, ' ').trim();
  const han = (rest.match(/\p{Script=Han}/gu) ?? []).length;
  return han > 0 ? rest.length <= 10 : rest.split(/\s+/).filter(Boolean).length <= 4;
}

/** The name in a correction that is no country the bot knows, when the previous question was about a country. */
function unknownMarketName(payload: string, last: ConversationTurn): string | undefined {
  if (last.entities.countries.length === 0 || findCountryMentions(payload).length > 0) return undefined;
  const name = payload.replace(/[?？!！.。,，]+$/u, '').trim();
  const words = name.split(/\s+/);
  // A proper name: one or two capitalised words ("Narnia", "New Atlantis") or a short Chinese name ending in 国/站.
  if (/^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.test(name) && words.length <= 2) return name;
  if (/^\p{Script=Han}{1,6}[国站]$/u.test(name)) return name;
  return undefined;
}

/** The latest tool turn the message can change: a margin turn when it names a margin field, else the latest tool turn. */
function latestToolTurnFor(turns: ConversationTurn[], text: string): ConversationTurn | undefined {
  const tools = turns.filter((t) => t.tool && t.toolInputs);
  const marginFields = parseMarginText(dropChangeVerbs(text)).found.filter((f) => f !== 'market');
  if (marginFields.length > 0 || VAT_RATE_OF_MARKET.test(text)) return [...tools].reverse().find((t) => t.tool === 'margin') ?? tools.at(-1);
  // "如果下个月货进了德国仓呢" two turns after the check: facts about the seller change the latest verdict.
  if (parseEligibilityText(text).factCount > 0) return [...tools].reverse().find((t) => t.tool === 'eligibility') ?? tools.at(-1);
  return tools.at(-1)?.answerId === turns.at(-1)?.answerId ? tools.at(-1) : undefined;
}

/** The one market (DE, FR, IT, ES) the asker's latest turn naming a country named. */
function marketNamedIn(turns: ConversationTurn[]): string | undefined {
  for (const turn of [...turns].reverse()) {
    const markets = [...new Set(turn.entities.countries.filter((c) => ['DE', 'FR', 'IT', 'ES'].includes(c)))];
    if (turn.entities.countries.length) return markets.length === 1 ? markets[0] : undefined;
  }
  return undefined;
}

/** A margin or eligibility request complete on its own never inherits the old inputs. */
function isCompleteToolRequest(text: string): boolean {
  const margin = parseMarginText(text);
  if (margin.input.listPrice !== undefined && margin.input.unitCost !== undefined) return true;
  return parseEligibilityText(text).factCount >= 3;
}

function toolInputsOf(result: AnswerResult, question: string): Record<string, unknown> | undefined {
  if (result.tool === 'margin') return parseMarginText(question).input as Record<string, unknown>;
  if (result.tool === 'eligibility') return (result.toolResult as { input?: Record<string, unknown> } | undefined)?.input;
  return undefined;
}

/** The inputs a tool turn changed against the asker's turn of the same tool before it. */
function changedSince(turns: readonly ConversationTurn[], turn: ConversationTurn): string[] {
  const at = turns.indexOf(turn);
  const before = turns.slice(0, at).reverse().find((t) => t.tool === turn.tool && t.toolInputs);
  if (!before?.toolInputs || !turn.toolInputs) return [];
  return Object.keys(turn.toolInputs).filter((k) => turn.toolInputs![k] !== before.toolInputs![k]);
}

function missingOf(result: AnswerResult): string[] {
  const r = result.toolResult as { missing?: string[] } | undefined;
  return Array.isArray(r?.missing) ? r.missing : [];
}

// A follow-up this short ("se alzo le ads al 15%?", "Und Frankreich?") is too little text to tell Italian from Spanish
// or German from English: inside a conversation it keeps the conversation's language.
const SHORT_FOLLOW_UP = 40;

function conversationLang(text: string, stateLang: Lang | undefined, chatLang: Lang | undefined): Lang {
  const detected = detectLang(text, chatLang ?? 'en');
  if (!stateLang || stateLang === 'zh' || detected === 'zh' || text.length > SHORT_FOLLOW_UP) return detected;
  return stateLang;
}

/** A message read with context: the text retrieved, the reading shown to the seller, whether it holds the previous question. */
interface Reading {
  text: string;
  shown: string;
  withPrevious?: boolean;
}

// A reading with the conversation's context must beat the message alone by this much: alone, a sure answer stays.
const CARRY_MARGIN = 0.05;
const POINTING_MARGIN = -0.15;
const ONLY_POINTING_MARGIN = -0.5;
const PREVIOUS_BONUS = 0.1;
const REPEAT_MARGIN = -0.2;

function marketOf(inputs: Record<string, unknown> | undefined): string[] | undefined {
  return typeof inputs?.market === 'string' ? [inputs.market] : undefined;
}

/** Something found beats nothing found, then confidence (a sourced "not published" reply is something found). */
function scoreReading(r: AnswerResult): number {
  return (r.abstained && r.sources.length === 0 ? 0 : 1) + r.confidence;
}


/**
 * The subjects of the asker's latest turn that named any: an eligibility check is about Local Hosting; a margin
 * turn's own words ("the new-seller rate of 4%") count, its creator and ads inputs do not.
 */
function conversationSubjects(turns: ConversationTurn[]): string[] {
  for (const turn of [...turns].reverse()) {
    if (turn.tool === 'eligibility') return ['local-hosting'];
    const found = turn.tool ? findSubjects(turn.question).filter((s) => s !== 'creator-commission') : findSubjects(turn.resolved);
    if (found.length) return found;
  }
  return [];
}

/**
 * The eligibility facts the asker stated in the conversation's messages that were not tool turns (a fact question
 * with the seller's situation beside it), the later over the earlier; a tool turn's own inputs are its result's.
 */
function factsStatedIn(turns: ConversationTurn[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of turns) {
    const facts = t.tool === 'eligibility' && t.toolInputs ? t.toolInputs : t.tool ? {} : parseEligibilityText(t.question).facts;
    Object.assign(out, facts);
  }
  return out;
}

/** A question word and hardly anything else: "since when?", "¿desde cuándo?", "多久？". */
function isTinyQuestion(text: string): boolean {
  const t = text.replace(/[?？¿!！.。,，\s]+$/u, '').replace(/^[¿\s]+/u, '');
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  const small = han > 0 ? han <= 4 && t.length <= 6 : t.split(/\s+/).filter(Boolean).length <= 2;
  return small && hasQuestionWord(t);
}

/** Eight words or sixteen Han characters at most. */
function isShortQuestion(text: string): boolean {
  return isShortText(text, 16, 8);
}

const NAMES_THE_PLATFORM =
  /tiktok\s*shop|\bTTS\b|抖音电商|\bin general\b|\boverall\b|总体|整体上|一般来说|\bgenerell\b|\ballgemein\b|\ben général\b|\bin generale\b|\ben general\b/iu;

// The knowledge groups that are about one program alone.
const PROGRAM_OF_SOURCE: Array<[RegExp, string]> = [
  [/^lh-/, 'local-hosting'],
  [/^full-hosting$/, 'full-hosting'],
  [/^brand-hosting$/, 'brand-hosting'],
];

/** The answer is about one hosting program and the conversation is about another. */
function answersAnotherProgram(result: AnswerResult, subjects: string[]): boolean {
  const id = result.sources[0]?.id;
  const program = id ? PROGRAM_OF_SOURCE.find(([re]) => re.test(id))?.[1] : undefined;
  const talkedAbout = subjects.filter((s) => PROGRAM_OF_SOURCE.some(([, p]) => p === s));
  return program !== undefined && talkedAbout.length > 0 && !talkedAbout.includes(program);
}

/** The message names a program or rule of its own that the conversation was not about ("EPR" after "GPSR"). */
function switchesProgram(turns: ConversationTurn[], text: string): boolean {
  const own = findSubjects(text).filter((s) => isProgramOrRule(s));
  return own.length > 0 && !own.some((s) => conversationSubjects(turns).includes(s));
}

/**
 * Readings of a message that names no subject of its own with the conversation's subjects: the program with the
 * topic ("Local Hosting commission"), and the program alone, so retrieval can tell which one the seller meant.
 */
function subjectReadings(turns: ConversationTurn[], text: string, lang: Lang): string[] {
  if (findSubjects(text).length > 0 && !namesTheProgram(text)) return [];
  // "德国呢，卖电子产品要啥号" after France's AGEC: the other country's own scheme is EPR in general there.
  const country = findCountryMentions(text).find((m) => m.code !== 'EU')?.code;
  return listSubjectReadings(turns, text, lang).map((carry) => (country ? generalizeSchemes(carry, country) : carry));
}

function listSubjectReadings(turns: ConversationTurn[], text: string, lang: Lang): string[] {
  // "e TikTok Shop Italia in generale quando è partito?": the platform itself, not the program talked about.
  if (NAMES_THE_PLATFORM.test(text)) return [];
  const carried = conversationSubjects(turns);
  const program = carried.find((s) => isProgramOrRule(s));
  const topic = carried.find((s) => !isProgramOrRule(s));
  const name = (id: string) => nameSubject(id, lang)!.phrase;
  const out = [[program, topic], [program], [topic]]
    .map((ids) => ids.filter((id): id is string => id !== undefined))
    .filter((ids) => ids.length > 0)
    .map((ids) => ids.map(name).join(' '));
  return [...new Set(out)];
}

export function createConversationalAnswerer(deps: ConversationalAnswererDeps): { answer: AnswerFn; reset(req: AnswerRequest): Promise<boolean> } {
  const { store, options, limiter } = deps;
  const now = deps.now ?? (() => Date.now());
  const newId = deps.newId ?? (() => randomUUID());

  const keyOf = (req: AnswerRequest) =>
    req.user && req.chat && req.platform
      ? formatConversationKey({ platform: req.platform, chat: req.chat, user: req.user, ...(req.thread ? { thread: req.thread } : {}) })
      : undefined;

  const fresh = (state: ConversationState | undefined) => (state && now() - state.updatedAt <= options.idleMs ? state : undefined);

  /** The conversation to continue: the asker's own, or the one the answer they reply to belongs to (up to it). */
  async function loadState(key: string, req: AnswerRequest): Promise<ConversationState | undefined> {
    if (req.replyTo) {
      const replied = fresh(await store.findByAnswer(req.replyTo));
      if (replied) {
        const at = replied.turns.findIndex((t) => t.answerId === req.replyTo);
        if (at >= 0) return { ...replied, turns: replied.turns.slice(0, at + 1), ...(at === replied.turns.length - 1 && replied.pending ? {} : { pending: undefined }) };
      }
    }
    return fresh(await store.load(key));
  }

  async function remember(key: string, state: ConversationState | undefined, turn: ConversationTurn, result: AnswerResult): Promise<void> {
    if (result.route === 'rate-limited' || result.route === 'invalid') return;
    const turns = [...(state?.turns ?? []), turn].slice(-options.maxTurns);
    const pending =
      result.tool && result.route === 'tool' && missingOf(result).length > 0 && turn.toolInputs
        ? { tool: result.tool, known: turn.toolInputs, missing: missingOf(result) }
        : undefined;
    await store.save(key, { lang: result.lang, turns, ...(pending ? { pending } : {}), updatedAt: now() }, result.id);
  }

  // The tool asked for an input: in a conversation the next message may hold only that one.
  const withPendingHint = (result: AnswerResult): AnswerResult => {
    if (result.route !== 'tool' || !result.tool || missingOf(result).length === 0) return result;
    const hint = conversationMessages(result.lang).pendingKept;
    return { ...result, text: `${result.text}\n\n${hint}`, body: `${result.body}\n\n${hint}` };
  };

  const toolResult = (continued: ContinuedTool, lang: Lang, lead: string): AnswerResult => {
    const text = lead ? `${lead}\n\n${continued.reply.text}` : continued.reply.text;
    return {
      id: newId(),
      text,
      body: text,
      lang,
      sources: continued.reply.sources,
      tool: continued.reply.tool,
      toolResult: continued.reply.toolResult,
      abstained: false,
      confidence: 1,
      route: 'tool',
      followUp: true,
    };
  };

  /**
   * The surest of the carried readings that answers something new: a tool reply or the previous turn's own entry
   * again (the seller asks something else) does not count.
   */
  async function pickReading(
    text: string,
    readings: Reading[],
    last: ConversationTurn,
    ask: (t: string, oneQuestion?: boolean) => Promise<AnswerResult>,
    leans = false,
  ): Promise<{ reading: Reading; answer: AnswerResult } | undefined> {
    // A message that leans on the previous question ("¿desde cuándo?") means that question's country too, when it
    // names none of its own.
    const carriesCountry = last.entities.countries.length > 0;
    // A question of its own ("et ils privilégient quel type de vendeurs ?") read with the previous one may only land on
    // the previous answer again: the reading least likely meant when another reading finds something else.
    const ownQuestion = hasQuestionWord(text);
    const rank = (t: { reading: Reading; answer: AnswerResult }) =>
      scoreReading(t.answer) +
      (leans && carriesCountry && t.reading.withPrevious ? PREVIOUS_BONUS : 0) +
      (ownQuestion && last.topic !== undefined && t.answer.sources[0]?.id === last.topic ? REPEAT_MARGIN : 0);
    const tried = await Promise.all(readings.map(async (reading) => ({ reading, answer: await ask(reading.text, reading.withPrevious === true) })));
    return tried
      .filter((t) => t.answer.route !== 'tool' && !(t.answer.abstained && t.answer.sources.length === 0) && t.answer.confidence >= deps.threshold)
      // The previous question's "not published" answer again says nothing new; a real entry again may hold the detail
      // asked ("what was it before?"), and the subject alone landing there means the message asks for it too.
      .filter((t) => !(t.reading.withPrevious && last.abstained && last.topic && t.answer.sources[0]?.id === last.topic))
      .sort((a, b) => rank(b) - rank(a))[0];
  }

  async function answer(req: AnswerRequest): Promise<AnswerResult> {
    const key = keyOf(req);
    const text = await foldTraditional(req.text ?? '');
    const state = key ? await loadState(key, req) : undefined;
    const chatLang = req.chatLang ?? state?.lang;
    const lang = req.lang ?? conversationLang(text, state?.lang, chatLang);
    // The evaluation replays many lines in seconds, and the local chat has one user typing or piping: neither floods a group.
    if (limiter && req.platform !== 'eval' && req.platform !== 'cli') {
      // Platform-prefixed so a Telegram and a Discord user with the same id never share a budget.
      const scoped = (id?: string) => (id === undefined ? undefined : `${req.platform ?? 'unknown'}:${id}`);
      const decision = await limiter.check(scoped(req.user), scoped(req.chat));
      if (!decision.ok) {
        const refusal = decision.firstRefusal ? messagesFor(lang).rateLimited : '';
        return { id: newId(), text: refusal, body: refusal, lang, sources: [], tool: null, abstained: false, confidence: 0, route: 'rate-limited', followUp: false };
      }
    }
    const history = (state?.turns ?? []).slice(-3).map((t) => t.resolved);
    const inner = (t: string) => deps.answer({ ...req, text: t, ...(chatLang ? { chatLang } : {}), ...(history.length ? { history } : {}) });
    // A reading mixes the message with earlier words (an English subject phrase, a question in another language):
    // it is answered in the message's own language.
    const innerInLang = (t: string, oneQuestion = false) =>
      deps.answer({ ...req, text: t, lang, ...(history.length ? { history } : {}), ...(oneQuestion ? { oneQuestion } : {}) });
    if (!key) return { ...(await inner(text)), followUp: false };

    const last = state?.turns.at(-1);
    const signal = text.length <= 200 ? detectFollowUp(text) : null;
    const turnOf = (result: AnswerResult, resolved: string, toolInputs?: Record<string, unknown>): ConversationTurn => ({
      question: text,
      resolved,
      route: result.route,
      abstained: result.abstained,
      ...(result.sources[0] ? { topic: result.sources[0].id } : {}),
      ...(result.tool ? { tool: result.tool } : {}),
      ...((toolInputs ?? toolInputsOf(result, resolved)) ? { toolInputs: toolInputs ?? toolInputsOf(result, resolved) } : {}),
      // A calculation is about its market, whatever earlier words its resolved text carries.
      entities: { countries: marketOf(toolInputs ?? toolInputsOf(result, resolved)) ?? findCountryMentions(resolved).map((m) => m.code) },
      answerId: result.id,
      at: now(),
    });

    // "换个话题…" / "otra cosa, …" says so: nothing pending, no tool result and no earlier question is carried.
    const topic = stripNewTopic(text);
    // 1. The tool asked for something: the next message fills it, or (filling nothing) starts afresh.
    // "Und welche Provision zahlen wir aktuell in Deutschland?" while the check waits for the VAT country: a question
    // on a topic of its own, not the answer awaited.
    const ownTopic = () => hasQuestionWord(text) && findSubjects(text).some((s) => s !== 'vat' && s !== 'local-hosting');
    const answersPending = state?.pending?.tool !== 'eligibility' || !ownTopic();
    if (state?.pending && answersPending && !topic.newTopic && !isCompleteToolRequest(text) && !asksOtherOptions(text)) {
      const continued = continueTool({ tool: state.pending.tool, inputs: state.pending.known, missing: state.pending.missing }, text, deps.rules(), lang, true);
      if (continued) {
        const result = withPendingHint(toolResult(continued, lang, ''));
        await remember(key, state, turnOf(result, `${last?.resolved ?? ''} ${text}`.trim(), continued.inputs), result);
        return result;
      }
    }
    // 2. A what-if or a correction on a tool result changes one input and recomputes. A short message that only
    // changes a field ("DE", "cost 14") counts as a what-if too. The result it changes is the asker's latest of the
    // tool whose fields the message names ("达人改成20%呢" after an eligibility check still means the margin).
    // "What do we still need?" after a verdict: the verdict again, each missing condition with its step.
    const lastTool = state?.turns.slice(-2).reverse().find((t) => t.tool);
    if (lastTool?.tool === 'eligibility' && lastTool.toolInputs && asksWhatIsStillNeeded(text) && !isCompleteToolRequest(text)) {
      const continued = recheckEligibility({ tool: 'eligibility', inputs: lastTool.toolInputs }, deps.rules(), lang);
      const result = toolResult(continued, lang, conversationMessages(lang).stillNeeded);
      await remember(key, state, turnOf(result, lastTool.resolved, continued.inputs), result);
      return result;
    }
    // A longer message that corrects the facts of the last eligibility check without asking anything new ("wait, my
    // colleague says the goods are still in Dongguan") changes those facts too.
    let analysis: ReturnType<typeof analyzeMessage> | undefined;
    const analyzed = () => (analysis ??= analyzeMessage(text));
    // "…其实都挂在我们香港公司名下，用香港主体呢": a question made only of a fact and 呢 is a what-if on those facts too.
    // "…second warehouse in Italy with Italian VAT, what about that one?": a question that only points asks about the facts before it.
    const onlyPoints = (q: { text: string }) =>
      detectFollowUp(q.text)?.kind === 'ellipsis' && isShortText(q.text, 6, 5) && findSubjects(q.text).length === 0 && findCountryMentions(q.text).length === 0;
    // "…其实在英国 不是意大利 咁仲得唔得", "…so can we still join?": the verdict asked again on the corrected facts.
    const asksVerdictOnly = (q: { text: string }) => ELIGIBILITY_ASK.test(q.text) && parseEligibilityText(q.text).factCount === 0 && findSubjects(q.text).every((id) => id === 'local-hosting');
    const onlyWhatIfs = () =>
      analyzed().questions.every((q) => (/呢\s*[?？。!！]*$/u.test(q.text) && parseEligibilityText(q.text).factCount >= 1) || onlyPoints(q) || asksVerdictOnly(q));
    const correctsFacts = last?.tool === 'eligibility' && text.length <= 240 && parseEligibilityText(text).factCount >= 1 && onlyWhatIfs();
    // A short fact question of its own ("¿cuál es el IVA en Italia?") asks, it does not change an input.
    const short = text.length <= 60 && !hasQuestionWord(text);
    // "what if the HK company only had a French VAT number, same German warehouse?" names every fact and still changes
    // the last check: a what-if or a correction is never a request of its own.
    const changes = signal?.kind === 'what-if' || signal?.kind === 'correction';
    // "达人要15%才肯接 那还剩多少", "Creator will 20 % – was bleibt dann?": a margin input with a new value, asked about.
    const lastMargin = state?.turns.slice(-2).reverse().find((t) => t.tool === 'margin' && t.toolInputs);
    const changesMargin =
      lastMargin !== undefined && text.length <= 120 && changesMarginInput({ tool: 'margin', inputs: lastMargin.toolInputs! }, text, deps.rules());
    // "那等西班牙VAT下来，平台会代扣吗？" after a verdict names a fact but asks a question of its own; "这样呢", "et avec
    // ça ?" only point at the change (a question of its own has words of its own).
    const asksOwnFact = () => {
      const own = analyzed();
      return !own.wants.eligibility && !own.wants.margin && own.questions.some((q) => q.intent === 'fact' && !isShortText(q.text, 4, 3));
    };
    // "听说新商家佣金只收4% 这个能享受多久" names an input with a value and asks how long it lasts: a what-if never asks
    // for a length of time.
    const changesAndAsksNothingElse = changesMargin && findAskedQuantity(text) !== 'duration';
    const toolTurn =
      last && !topic.newTopic && (signal || (short && !asksOwnFact()) || correctsFacts || changesAndAsksNothingElse) && (changes || !isCompleteToolRequest(text)) && !asksOtherOptions(text)
        ? latestToolTurnFor(state!.turns, signal?.payload ?? text)
        : undefined;
    // "Und welche Provision zahlen wir aktuell in Deutschland?" after a verdict asks about a topic of its own: the
    // country it names is no new warehouse or VAT country.
    const asksOtherTopic = toolTurn?.tool === 'eligibility' && !changes && ownTopic();
    if (toolTurn?.tool && toolTurn.toolInputs && !asksOtherTopic) {
      const previous = { tool: toolTurn.tool, inputs: toolTurn.toolInputs, lastChanged: changedSince(state!.turns, toolTurn) };
      const continued =
        (signal && signal.kind !== 'bare' ? continueTool(previous, signal.payload, deps.rules(), lang, false) : null) ??
        continueTool(previous, text, deps.rules(), lang, false);
      if (continued) {
        const result = toolResult(continued, lang, conversationMessages(lang).recomputed);
        await remember(key, state, turnOf(result, `${toolTurn.resolved} ${text}`.trim(), continued.inputs), result);
        return result;
      }
    }
    // 3a. "回到刚才德国那个，涨之前是多少", "going back to the German one, what was it before?": the earlier turn named by
    // its country or subject, rebuilt with what the message asks now.
    const back = state && !topic.newTopic ? findBackReference(text) : undefined;
    const target = back ? turnReferredBack(state!.turns, back.head) : undefined;
    // "going back to the 14 days – from order date or delivery?": the words gone back to are the earlier answer's, not
    // a turn's country or subject; they and the question, without "going back to", are the question.
    if (back && !target && findCountryMentions(back.head).length === 0 && findSubjects(back.head).length === 0) {
      const reading = `${back.head} — ${back.rest}`;
      const result = await innerInLang(reading);
      if (!result.abstained && result.route !== 'tool') {
        const lead = conversationMessages(result.lang).readingAs(reading);
        const out: AnswerResult = { ...result, text: `${lead}\n\n${result.text}`, body: `${lead}\n\n${result.body}`, resolved: reading, followUp: true };
        await remember(key, state, turnOf(out, reading), out);
        return out;
      }
    }
    if (back && target) {
      const rebuilt = rebuildQuestion(target.resolved, back.rest, lang);
      let reading = rebuilt.text;
      let result = await innerInLang(`${rebuilt.text}\n${back.rest}`, true);
      const compete = async (alternative: string): Promise<void> => {
        const alt = await innerInLang(alternative, true);
        if (scoreReading(alt) > scoreReading(result) + CARRY_MARGIN) [reading, result] = [alternative, alt];
      };
      const markets = [...new Set(target.entities.countries)];
      const named = findCountryMentions(back.rest);
      // "回到第一个问题，要是仓在意大利，也一样得注册吗": that question again, in the country the message names.
      if (named.length > 0) await compete(rebuildQuestion(target.resolved, named.map((m) => m.text).join(' '), lang).text);
      // "going back to Germany: anything extra if I sell electrical stuff there?" asks something new about that turn's
      // market: the rest with the market competes with the old question rebuilt. Not when the rest only points ("what
      // was it before the increase?"): then it asks about the old question itself.
      const namesItsOwn = findSubjects(back.rest).length > 0 || nameProductCategory(back.rest) !== undefined || !refersBack(back.rest);
      if (named.length === 0 && markets.length === 1 && namesItsOwn) {
        // "回到你前面说的佣金，3C电子类也是9%吗": the subject the seller goes back to is part of what is asked.
        const ownSubjects = findSubjects(back.rest);
        const headSubjects = findSubjects(back.head).filter((id) => !ownSubjects.includes(id)).map((id) => nameSubject(id, lang)!.phrase);
        const inMarket = `${[...headSubjects, back.rest.replace(/[?？]\s*$/u, '')].join(' ')} (${nameCountry(markets[0]!, lang) ?? markets[0]})`;
        // "回到你算的西班牙那个，VAT是按多少算的": a calculation's words are no question to rebuild; a question about it is
        // asked in its market, and the calculation rebuilt only competes.
        if (target.tool) {
          const first = await innerInLang(inMarket, true);
          if (!first.abstained && first.route !== 'tool' && (result.route === 'tool' || scoreReading(first) + CARRY_MARGIN >= scoreReading(result))) [reading, result] = [inMarket, first];
        } else {
          await compete(inMarket);
        }
      }
      if (!result.abstained) {
        const lead = conversationMessages(result.lang).readingAs(reading);
        const out: AnswerResult = { ...result, text: `${lead}\n\n${result.text}`, body: `${lead}\n\n${result.body}`, resolved: reading, followUp: true };
        await remember(key, state, turnOf(out, reading), out);
        return out;
      }
    }
    // 3. An elliptical question or a correction: rebuild the previous question with the change, read both texts.
    if (last && signal && !topic.newTopic && leansOnPrevious(signal)) {
      // "sorry, I meant Narnia" after a question about a market: say so instead of answering the old market again.
      const unknown = signal.kind === 'correction' ? unknownMarketName(signal.payload, last) : undefined;
      if (unknown) {
        const m = conversationMessages(lang).unknownMarket(unknown);
        const out: AnswerResult = { id: newId(), text: m, body: m, lang, sources: [], tool: null, abstained: false, confidence: 0, route: 'invalid', followUp: true };
        return out;
      }
      const rebuilt = rebuildQuestion(last.resolved, signal.payload, lang);
      let reading = { text: rebuilt.text, shown: rebuilt.text };
      let result = await innerInLang(`${rebuilt.text}\n${text}`, true);
      // Another reading of the message competes: it wins when it finds an answer (not a tool's, not a bare "not found")
      // surer than the reading so far by the margin, which may depend on what it found.
      const competeWith = async (alternative: string, margin: (answer: AnswerResult) => number): Promise<void> => {
        const answer = await innerInLang(alternative);
        if (!answer.abstained && answer.route !== 'tool' && scoreReading(answer) > scoreReading(result) + margin(answer)) {
          [reading, result] = [{ text: alternative, shown: alternative }, answer];
        }
      };
      // "¿y la comisión propia del programa?" after a question about payouts changes the topic, not a country: the
      // question with the conversation's subject competes with the rebuilt one (which wins a tie).
      if (findCountryMentions(signal.payload).length === 0 || hasQuestionWord(signal.payload)) {
        const alt = await pickReading(
          signal.payload,
          subjectReadings(state!.turns, signal.payload, lang).map((carry) => ({ text: `${carry} ${signal.payload}`, shown: `${carry} — ${signal.payload}` })),
          last,
          innerInLang,
        );
        // "et ils privilégient quel type de vendeurs ?" asks something new: the previous answer again, from the rebuilt
        // question, is the reading least likely meant.
        const repeats = last.topic !== undefined && result.sources[0]?.id === last.topic && alt?.answer.sources[0]?.id !== last.topic;
        if (alt && scoreReading(alt.answer) > scoreReading(result) + (repeats && hasQuestionWord(signal.payload) ? REPEAT_MARGIN : CARRY_MARGIN)) {
          [reading, result] = [alt.reading, alt.answer];
        }
        // "und für Verpackungen?" after a WEEE question names a rule of its own: the old rule's words mislead, unless the
        // rebuilt question already put the new one in their place (then the message alone must be surer).
        if (switchesProgram(state!.turns, signal.payload)) await competeWith(text, () => (rebuilt.swappedProgram ? CARRY_MARGIN : POINTING_MARGIN));
      }
      // "那佣金呢" after "西班牙增值税多少", "und die Provision dort?" after the German VAT rate: a subject of its own in
      // place of the previous one, in the previous question's country. The old subject again is the reading least meant.
      const payloadSubjects = findSubjects(signal.payload);
      const lastSubjects = findSubjects(last.resolved);
      const newSubject = payloadSubjects.some((id) => !lastSubjects.includes(id));
      if (
        findCountryMentions(signal.payload).length === 0 &&
        last.entities.countries.length > 0 &&
        lastSubjects.length > 0 &&
        payloadSubjects.length > 0 &&
        payloadSubjects.every((id) => !lastSubjects.includes(id))
      ) {
        const names = [...new Set(last.entities.countries)].map((c) => nameCountry(c, lang)).filter((n) => n !== undefined);
        const bare = signal.payload.replace(/[?？]\s*$/u, '');
        const switched = lang === 'zh' ? `${bare}（${names.join('、')}）` : `${bare} (${names.join(', ')})`;
        const before = result;
        await competeWith(switched, (alt) =>
          last.topic !== undefined && before.sources[0]?.id === last.topic && alt.sources[0]?.id !== last.topic ? REPEAT_MARGIN : CARRY_MARGIN,
        );
      }
      // "那美國站的佣金呢" after "新店有沒有優惠": a country with a subject the previous question did not name is a
      // question of its own; read alone, it competes.
      if (findCountryMentions(signal.payload).some((m) => m.code !== 'EU') && newSubject) await competeWith(text, () => CARRY_MARGIN);
      // "ok 那佣金呢" after a question the bot could not answer (storage fees): that question lends a subject of the
      // message's own nothing, so the message alone competes.
      if (last.abstained && payloadSubjects.length > 0) await competeWith(text, () => CARRY_MARGIN);
      // In the language the answer came in (the one its text is written in), not the hint's.
      const lead = conversationMessages(result.lang).readingAs(reading.shown);
      // The message read alone inherits nothing: no reading to show.
      const alone = reading.text === text;
      const shown = result.abstained || alone ? result : { ...result, text: `${lead}\n\n${result.text}`, body: `${lead}\n\n${result.body}` };
      const out: AnswerResult = { ...shown, resolved: reading.text, followUp: !alone };
      await remember(key, state, turnOf(out, reading.text), out);
      return out;
    }
    // 4. A question of its own: answered alone.
    const result = await inner(topic.text);
    // "我们是深圳公司，货在德国仓…入驻门槛有哪些？" then "德国VAT号我们有的，能申请不": the verdict uses the facts the asker
    // stated in earlier messages too; what this message says wins.
    // "so can we join?" with no facts of its own, after a first question that gave them: the check all the same.
    const asksVerdict = result.tool === 'eligibility' || (!result.tool && analyzeMessage(topic.text).wants.eligibility);
    if (asksVerdict && !topic.newTopic && state) {
      const earlier = factsStatedIn(state.turns);
      const own = ((result.toolResult as { input?: Record<string, unknown> } | undefined)?.input ?? {}) as Record<string, unknown>;
      if (Object.keys(earlier).some((f) => own[f] === undefined)) {
        const inputs = { ...earlier, ...own };
        const continued =
          continueTool({ tool: 'eligibility', inputs }, topic.text, deps.rules(), lang, false) ?? recheckEligibility({ tool: 'eligibility', inputs }, deps.rules(), lang);
        const out = toolResult(continued, lang, conversationMessages(lang).earlierFacts);
        await remember(key, state, turnOf(out, text, continued.inputs), out);
        return out;
      }
    }
    // "rechne mir das mal für dort: VK 39,90 €…": a calculation for the market the asker just named.
    const market = last && pointsAtMarket(text) ? marketNamedIn(state!.turns) : undefined;
    const missing = (result.toolResult as { kind?: string; missing?: string[] } | undefined)?.missing;
    if (market && result.tool === 'margin' && missing?.length === 1 && missing[0] === 'market') {
      const continued = continueTool({ tool: 'margin', inputs: parseMarginText(text).input as Record<string, unknown>, missing }, `market ${market}`, deps.rules(), lang, true);
      if (continued) {
        const out = toolResult(continued, lang, conversationMessages(lang).readingAs(`${nameCountry(market, lang) ?? market} — ${text}`));
        await remember(key, state, turnOf(out, `${text} (${market})`, continued.inputs), out);
        return out;
      }
    }
    // In a conversation, a question that names no subject of its own ("In welchen Ländern?", "who decides the price
    // then?") or points back ("how long does that rate last?") is also read with the conversation's subject and,
    // when it points back or finds nothing alone, with the previous question; the surest reading wins and is shown.
    if (last && !topic.newTopic && result.route !== 'tool' && text.length <= 160 && !isCompleteToolRequest(text)) {
      // "¿y desde cuándo?", "what was it before?": the form or a pronoun leans on the previous question.
      // "since when?", "多久？": a question word alone asks about what was just said.
      // "ab wann gilt das?", "since when in Germany": when the rule just given applies, whatever market it names.
      const whenOfLast = asksWhen(text) && !namesALaunch(text) && findSubjects(text).length === 0 && isShortQuestion(text) && !last.abstained && !last.tool;
      const tiny = (isTinyQuestion(text) && findSubjects(text).length === 0 && findCountryMentions(text).length === 0) || whenOfLast;
      // "le premier des deux, il a des taux réduits ?", "第二个有FBT吗": the country the conversation named first or second.
      const ordinal = countryByOrdinal(state!.turns, text);
      const ordinalName = ordinal ? nameCountry(ordinal, lang) ?? ordinal : undefined;
      const program = ordinal ? undefined : programByOrdinal(state!.turns, text);
      const leans = refersBack(text) || signal !== null || tiny || ordinal !== undefined || program !== undefined;
      // A long question of its own ("How many parking spaces does the Dublin office have?") is off the subject, not
      // about it: only a short one, or one that leans, is read with the conversation's context.
      const carries = leans || isShortQuestion(text);
      // "since when?" asks about the previous question itself, not about its subject in general.
      const carried = carries && !tiny ? subjectReadings(state!.turns, text, lang) : [];
      // The country an ordinal points at is the reading's: without it, or with the previous question's, the words mislead.
      // Inside the question, so the clause that asks carries it ("…taux réduits (Espagne) ?").
      const inOrdinal = (t: string) => t.replace(/\s*([?？]*)\s*$/u, ` (${ordinalName})$1`);
      const programName = program ? nameSubject(program, lang)!.phrase : undefined;
      const readings: Reading[] = programName
        ? [{ text: `${programName} ${text}`, shown: `${programName} — ${text}` }]
        : ordinalName
        ? [{ text: inOrdinal(text), shown: `${ordinalName} — ${text}` }, ...carried.map((carry) => ({ text: inOrdinal(`${carry} ${text}`), shown: `${carry} (${ordinalName}) — ${text}` }))]
        : carried.map((carry) => ({ text: `${carry} ${text}`, shown: `${carry} — ${text}` }));
      // "and the UK?" then "since when is that?": the subject alone drops the country the seller is on, so the subject
      // with that country competes too.
      const countries = leans && !ordinalName && findCountryMentions(text).length === 0 ? [...new Set(last.entities.countries)].map((c) => nameCountry(c, lang)).filter((n) => n !== undefined) : [];
      if (countries.length > 0 && countries.length <= 2) {
        for (const carry of carried) readings.push({ text: `${carry} ${countries.join(' ')} ${text}`, shown: `${carry} (${countries.join(', ')}) — ${text}` });
      }
      // A previous question that found nothing cannot help; "¿y hasta cuándo … EPR?" after a GPSR question names a
      // rule of its own: a new question, not the old one's.
      const previousFound = !(last.abstained && !last.topic);
      // A "not published" answer about a program of the message's own is an answer: the previous program lends nothing.
      const switches = switchesProgram(state!.turns, text);
      const foundNothing = result.abstained && (result.sources.length === 0 || !switches);
      if (!ordinalName && !programName && carries && previousFound && ((leans && !switches) || foundNothing)) readings.push({ text: `${last.resolved}\n${text}`, shown: `${last.resolved} → ${text}`, withPrevious: true });
      const best = await pickReading(text, readings, last, innerInLang, leans);
      // A pronoun ("that rate", "dafür") cannot be read alone: there a carried reading nearly as sure wins. A pronoun
      // and nothing else to go on ("那这个要多久", "is that the same for it?") asks about the answer just given: a
      // carried reading that clears the threshold wins unless the bare words alone are half a point surer.
      // "since when?", "多久？" alone has no topic at all: the same holds.
      // "Una volta dentro, cosa fa la piattaforma per noi?" in a Local Hosting conversation: an answer about another
      // program, to a message that names none, is the reading least likely meant.
      const elsewhere = findSubjects(text).length === 0 && answersAnotherProgram(result, conversationSubjects(state!.turns));
      const onlyPoints = whenOfLast || elsewhere || ((refersBack(text) || tiny) && findSubjects(text).length === 0 && findCountryMentions(text).length === 0);
      // "那本托里平台负责哪些 卖家自己要干啥": only "那" leans; the rest is a whole question with a subject of its own.
      const wholeQuestion =
        signal?.kind === 'ellipsis' && !refersBack(text) && !tiny && hasQuestionWord(signal.payload) && !isShortText(signal.payload, 9, 6) && findSubjects(signal.payload).length > 0;
      const margin = onlyPoints ? ONLY_POINTING_MARGIN : leans && !wholeQuestion ? POINTING_MARGIN : CARRY_MARGIN;
      if (best && scoreReading(best.answer) > scoreReading(result) + margin) {
        const lead = conversationMessages(best.answer.lang).readingAs(best.reading.shown);
        const out: AnswerResult = {
          ...best.answer,
          text: `${lead}\n\n${best.answer.text}`,
          body: `${lead}\n\n${best.answer.body}`,
          resolved: best.reading.text,
          followUp: true,
        };
        await remember(key, state, turnOf(out, best.reading.text), out);
        return out;
      }
    }
    if (!last && signal && signal.kind !== 'bare' && leansOnPrevious(signal) && result.abstained) {
      const m = conversationMessages(result.lang).nothingToFollow;
      const out: AnswerResult = { ...result, text: m, body: m, sources: [], followUp: false };
      await remember(key, state, turnOf(out, text), out);
      return out;
    }
    const out: AnswerResult = { ...withPendingHint(result), followUp: false };
    await remember(key, state, turnOf(out, text), out);
    return out;
  }

  return {
    answer,
    async reset(req) {
      const key = keyOf(req);
      if (!key) return false;
      await store.delete(key);
      return true;
    },
  };
}
