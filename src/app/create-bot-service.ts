import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { Store } from '../store/index.js';
import {
  checkEligibility,
  marginFields,
  normalizeEligibilityInput,
  parseMarginArgs,
  parseMarginText,
  renderEligibility,
  replyToMargin,
  type Rules,
} from '../tools/index.js';
import type { CountryChoices } from '../contract/country-choices.js';
import { buildCountryChoices } from '../tools/country-choices.js';
import { messagesFor } from '../answer/messages.js';
import { conversationMessages } from '../conversation/conversation-messages.js';
import { stepEligibilityDialogue } from '../conversation/step-eligibility-dialogue.js';
import type { AdminScope, BotService, EligibilityFacts, MarginReply } from '../contract/bot-service.js';
import type { Core } from './create-core.js';
import { OverloadedError, type ConcurrencyGate } from '../limits/rate-limiter.js';
import { createExchangeRecorder, type ExchangeRecorder } from '../store/create-exchange-recorder.js';
import { isAnswerRoute, type AnswerRequest, type AnswerResult, type Lang } from '../contract/types.js';

export interface BotServiceDeps {
  core: Core;
  /** Without a store nothing is kept (tests of the pure pipeline, the eval). */
  store?: Store;
  logger?: Logger;
  autoAnswerThreshold: number;
  /** Global cap on answers in flight (both adapters together). */
  gate?: ConcurrencyGate;
  /** How exchanges reach the store (retried while the database is out of reach); one over `store` by default. */
  recorder?: ExchangeRecorder;
}

// A handover claim outlives any button a seller can still press.
const HANDOVER_ONCE_MS = 30 * 86_400_000;

const communityOf = (scope: AdminScope) =>
  scope.kind === 'all' ? {} : { community: { platform: scope.platform, id: scope.community } };

export function createBotService(deps: BotServiceDeps): BotService {
  const { core, store, logger } = deps;
  const memoryAutoAnswer = new Map<string, boolean>();
  const rules = () => core.current().rules;
  const zhOrEn = (lang: Lang): 'zh' | 'en' => (lang === 'zh' ? 'zh' : 'en');
  const recorder =
    deps.recorder ??
    (store
      ? createExchangeRecorder({
          store,
          onRetry: (error, attempt) => logger?.warn({ err: error, attempt }, 'could not record the exchange; retrying'),
          onLost: (error) => logger?.error({ err: error }, 'exchange not recorded: lost'),
        })
      : undefined);
  // While the store cannot say, a handover is once per instance (better than a second notice from this one).
  const handedOver = new Set<string>();
  const handoverKey = (h: { answerId: string; platform: string }) => `${h.platform}:${h.answerId}`;

  // The same reply the chat router gives, so a /margin command and a margin question never disagree.
  const margin = (parsed: ReturnType<typeof marginFields>, lang: Lang): MarginReply => {
    const reply = replyToMargin(parsed, rules(), lang);
    return { ok: !reply.needsMore, text: reply.text, result: reply.toolResult };
  };

  // Refusals of the busy cap are not exchanges (nothing was answered), so they are counted here, not in the store.
  let busyTotal = 0;
  const busyByCommunity = new Map<string, number>();
  const busyKey = (platform: string | undefined, community: string | undefined) => `${platform ?? 'unknown'}:${community ?? ''}`;

  // Nobody asked the bot: it speaks only when sure, never to refuse or to say "I don't know".
  const isSure = (result: AnswerResult) =>
    isAnswerRoute(result.route) && !result.abstained && result.confidence >= deps.autoAnswerThreshold && result.text.trim() !== '';

  const eligibility = (facts: EligibilityFacts, lang: Lang) => {
    const result = checkEligibility(normalizeEligibilityInput(facts), rules());
    return { verdict: result.verdict, missing: result.missing, text: renderEligibility(result, lang), result };
  };

  // Built once per rules version: a keyboard asks for them on every press.
  let choicesFor: { rules: Rules; choices: CountryChoices } | undefined;

  const busyRefusals = (scope: AdminScope) =>
    scope.kind === 'all' ? busyTotal : (busyByCommunity.get(busyKey(scope.platform, scope.community)) ?? 0);

  async function respond(req: AnswerRequest, keep: (result: AnswerResult) => boolean): Promise<AnswerResult> {
    const started = performance.now();
    let result: AnswerResult;
    try {
      result = deps.gate ? await deps.gate.run(() => core.answer(req)) : await core.answer(req);
    } catch (error) {
      if (!(error instanceof OverloadedError)) throw error;
      busyTotal++;
      const key = busyKey(req.platform, req.community ?? req.chat);
      busyByCommunity.set(key, (busyByCommunity.get(key) ?? 0) + 1);
      logger?.warn({ active: error.active, queued: error.queued, refused: busyTotal }, 'overloaded: refusing a question');
      const lang = req.lang ?? req.chatLang ?? (/\p{Script=Han}/u.test(req.text ?? '') ? 'zh' : 'en');
      const text = lang === 'zh' ? '现在提问的人太多了，请稍后再问一次。' : 'Too many questions at once right now; please ask again in a moment.';
      return {
        id: randomUUID(),
        text,
        body: text,
        lang,
        sources: [],
        tool: null,
        abstained: false,
        confidence: 0,
        route: 'rate-limited',
      };
    }
    // Losing a log row must not cost the seller the answer: the recorder retries or counts it lost, never throws.
    if (recorder && result.route !== 'rate-limited' && keep(result)) {
      await recorder.record({ request: req, result, latencyMs: performance.now() - started });
    }
    return result;
  }

  return {
    autoAnswerThreshold: deps.autoAnswerThreshold,

    answer: (req: AnswerRequest) => respond(req, () => true),

    async autoAnswer(req: AnswerRequest) {
      const result = await respond(req, isSure);
      if (isSure(result)) return result;
      logger?.debug({ route: result.route, confidence: result.confidence }, 'auto-answer held back');
      return undefined;
    },

    busyRefusals,

    checkEligibility: eligibility,

    async eligibilityDialogue(who, step, lang) {
      const current = step.kind === 'start' ? undefined : await core.dialogues.load(who);
      const outcome = stepEligibilityDialogue(current, step, lang, { check: eligibility, newId: randomUUID });
      if (outcome.dialogue) await core.dialogues.save(who, outcome.dialogue);
      else if (outcome.dialogue === null) await core.dialogues.delete(who);
      return outcome.reply;
    },

    calculateMargin(input, lang) {
      if (typeof input !== 'string') return margin(marginFields(input), lang);
      const args = parseMarginArgs(input);
      if (args && !args.ok) {
        const message =
          lang === 'zh'
            ? `无法识别参数“${args.key}”。可用：price、market、cost、inbound、fulfilment、commission、affiliate、discount、ads、returns。`
            : `I don't know the field "${args.key}". Use: price, market, cost, inbound, fulfilment, commission, affiliate, discount, ads, returns.`;
        return { ok: false, text: message, result: { ok: false, error: { field: args.key } } };
      }
      return margin(args ? marginFields(args.input) : parseMarginText(input), lang);
    },

    async recordFeedback({ answerId, user, vote }) {
      if (!/^[\w-]{1,64}$/.test(answerId)) return { ok: false, reason: 'invalid' };
      if (!store) return { ok: true };
      return store.recordFeedback({ answerId, user, vote });
    },

    async recordHandover({ answerId, platform, chat, community }) {
      await store?.recordHandover({ answerId, platform, chat, ...(community ? { community } : {}) });
    },

    async claimHandover(handover) {
      const key = handoverKey(handover);
      if (store) {
        try {
          return await store.once.claim('handover', key, HANDOVER_ONCE_MS);
        } catch (error) {
          logger?.warn({ err: error }, 'handover claim: the store did not answer; deciding in this instance');
        }
      }
      if (handedOver.has(key)) return false;
      handedOver.add(key);
      if (handedOver.size > 10_000) handedOver.delete(handedOver.values().next().value!);
      return true;
    },

    async releaseHandover(handover) {
      const key = handoverKey(handover);
      handedOver.delete(key);
      await store?.once.release('handover', key).catch((error: unknown) => logger?.warn({ err: error }, 'handover release failed'));
    },

    async getAutoAnswer(platform, chat) {
      if (!store) return memoryAutoAnswer.get(`${platform}:${chat}`) ?? false;
      try {
        return await store.getAutoAnswer(platform, chat);
      } catch (error) {
        // Unprompted answers are optional: while the store is out, the bot only speaks when spoken to.
        logger?.warn({ err: error }, 'auto-answer setting unreadable; staying quiet');
        return false;
      }
    },

    async setAutoAnswer(platform, chat, on) {
      if (store) await store.setAutoAnswer(platform, chat, on);
      else memoryAutoAnswer.set(`${platform}:${chat}`, on);
    },

    async stats(lang, scope) {
      if (!store) return lang === 'zh' ? '未启用数据存储。' : 'The store is not enabled.';
      const [s, undelivered] = await Promise.all([
        store.getStats({ sinceDays: 7, ...communityOf(scope) }),
        store.outbox.countUndelivered({ sinceDays: 7, ...communityOf(scope) }),
      ]);
      const busy = busyRefusals(scope);
      const lost = scope.kind === 'all' ? (recorder?.counts().lost ?? 0) : 0;
      const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
      const where = scope.kind === 'all' ? (lang === 'zh' ? '所有群' : 'all communities') : lang === 'zh' ? '本群' : 'this community';
      return zhOrEn(lang) === 'zh'
        ? `近7天（${where}）：提问 ${s.questions}，已回答 ${s.answered}，未能回答 ${s.abstained}（回答率 ${pct(s.answerRate)}），👍 ${s.up} / 👎 ${s.down}，转人工 ${s.handovers}，未送达的回复 ${undelivered}。启动以来因繁忙拒绝 ${busy} 个问题。${lost ? `启动以来因数据库不可用未能记录 ${lost} 条问答。` : ''}`
        : `Last 7 days (${where}): ${s.questions} questions, ${s.answered} answered, ${s.abstained} not answered (answer rate ${pct(s.answerRate)}), 👍 ${s.up} / 👎 ${s.down}, ${s.handovers} handovers, ${undelivered} replies undelivered. Busy refusals since start: ${busy}.${lost ? ` Exchanges not recorded (database unreachable) since start: ${lost}.` : ''}`;
    },

    async gaps(lang, scope) {
      if (!store) return lang === 'zh' ? '未启用数据存储。' : 'The store is not enabled.';
      const gaps = await store.getGaps({ limit: 10, sinceDays: 30, ...communityOf(scope) });
      if (gaps.length === 0) return lang === 'zh' ? '近30天没有未回答或被点踩的问题。' : 'No unanswered or down-voted questions in the last 30 days.';
      const head = lang === 'zh' ? '近30天的知识缺口（相似问题已合并）：' : 'Knowledge gaps, last 30 days (similar questions grouped):';
      return [head, ...gaps.map((g, i) => `${i + 1}. ×${g.count} ${g.representative}`)].join('\n');
    },

    async reload(lang, scope) {
      // The knowledge is shared by every community: a group's own admin must not change it for all the others.
      if (scope.kind !== 'all') {
        return { ok: false, text: lang === 'zh' ? '只有机器人的管理员可以重新加载知识库。' : "Only the bot's own admins can reload the knowledge." };
      }
      const outcome = await core.reload();
      if (outcome.ok) {
        return {
          ok: true,
          text: lang === 'zh' ? `知识库已重新加载：${outcome.articles} 篇文章，${outcome.faq} 条FAQ。` : `Knowledge reloaded: ${outcome.articles} articles, ${outcome.faq} FAQ entries.`,
        };
      }
      const details = outcome.problems.slice(0, 5).map((p) => `- ${p.path} ${p.field}: ${p.message}`);
      if (outcome.error) details.push(`- ${outcome.error}`);
      const head = lang === 'zh' ? '重新加载失败，继续使用旧的知识库：' : 'Reload failed; the previous knowledge stays in use:';
      return { ok: false, text: [head, ...details].join('\n') };
    },

    help(lang) {
      return messagesFor(lang).greeting;
    },

    async resetConversation(who, lang) {
      await core.reset({ text: '', ...who });
      return conversationMessages(lang).reset;
    },

    countryChoices() {
      const current = rules();
      if (choicesFor?.rules !== current) choicesFor = { rules: current, choices: buildCountryChoices(current) };
      return choicesFor.choices;
    },

    suggestQuestions(query, lang, limit) {
      const q = query.trim().toLowerCase();
      const pool = core.current().kb.faq.flatMap((f) => {
        const list = lang === 'zh' ? f.questions.zh : f.questions.en;
        return list.slice(0, 3);
      });
      const hits = q ? pool.filter((s) => s.toLowerCase().includes(q)) : pool;
      return [...new Set(hits)].slice(0, limit);
    },
  };
}
