import { autoRetry, type AutoRetryOptions } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, BotError, type Context } from 'grammy';
import type { InlineKeyboardMarkup, Message, User, UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import { createBoundedSet } from './bounded-set.js';
import { decodeCallback, encodeCallback, type CallbackAction } from './callback-data.js';
import { createTtlMap } from './create-ttl-map.js';
import {
  applyEligibilityChoice,
  buildEligibilityKeyboard,
  FIELD_BY_CODE,
  type EligibilityDialogue,
  type EligibilityField,
} from './eligibility-keyboard.js';
import { escapeHtml } from './escape-html.js';
import { findAddress } from './find-address.js';
import { formatAnswerHtml } from './format-answer.js';
import { splitHtml } from './split-html.js';
import { pickToolLang, pickUiLang } from './ui-lang.js';
import { uiText, type UiText } from './ui-text.js';
import { createRateLimiter, isAnswerRoute, isClearQuestion, type AdminScope, type AnswerResult, type BotService } from '../../src/index.js';

export interface CreateTelegramBotDeps {
  token: string;
  /** Known bot identity: skips getMe (tests, faster restarts). */
  botInfo?: UserFromGetMe;
  /** Another Bot API server (self-hosted telegram-bot-api, or a loopback one in tests). */
  apiRoot?: string;
  service: BotService;
  logger: Logger;
  /** Telegram usernames (with or without @) mentioned when a seller asks for a human. */
  managers: string[];
  /** Chat that receives a notice for every handover. */
  handoverChatId?: string;
  /** @grammyjs/auto-retry options: 429s wait `retry_after`, 5xx and network errors back off. */
  retry?: Partial<AutoRetryOptions>;
  /** Limits for the commands that do not pass through the core's own limiter. */
  floodLimit?: FloodLimit;
  /** How long an unfinished /eligibility dialogue is kept. */
  dialogueTtlMs?: number;
  /** Numeric Telegram user ids of the bot's own admins (community managers): /stats, /gaps, /reload anywhere. */
  adminIds?: string[];
}

/** Per user and per chat, for the commands that do not pass through the core's own limiter. */
export interface FloodLimit {
  perUser: number;
  perChat: number;
  windowMs: number;
}

const DEFAULT_FLOOD_LIMIT: FloodLimit = { perUser: 10, perChat: 40, windowMs: 60_000 };

const USERNAME_RE = /^[A-Za-z0-9_]{4,32}$/;

type Sendable = { replyTo?: number; keyboard?: InlineKeyboardMarkup };

function displayName(user: User): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return user.username ? `${name} (@${user.username})` : name;
}

/** A public link to a message, when Telegram has one (public chats, supergroups). */
function linkTo(chat: Message['chat'], messageId: number): string | undefined {
  if ('username' in chat && chat.username) return `https://t.me/${chat.username}/${messageId}`;
  const id = String(chat.id);
  return chat.type === 'supergroup' && id.startsWith('-100') ? `https://t.me/c/${id.slice(4)}/${messageId}` : undefined;
}

/**
 * The Telegram bot: translates updates into BotService calls and results into HTML messages. All handler errors
 * end in `bot.catch`, whichever way updates arrive (runner, webhook, `handleUpdate`).
 */
export function createTelegramBot(deps: CreateTelegramBotDeps): Bot {
  const { service, logger } = deps;
  const bot = new Bot(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {}),
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, ...deps.retry }));

  const managers = deps.managers.map((m) => m.replace(/^@/, '').trim()).filter((m) => USERNAME_RE.test(m));
  const seenUpdates = createBoundedSet<number>(10_000);
  const handedOver = createBoundedSet<string>(10_000);
  // The core's limiter: questions are limited inside BotService.answer; this instance guards /margin, /eligibility,
  // /help and button presses, so one user cannot make the bot flood a group with them either.
  const floodLimit = deps.floodLimit ?? DEFAULT_FLOOD_LIMIT;
  const flood = createRateLimiter({
    perUser: { limit: floodLimit.perUser, windowMs: floodLimit.windowMs },
    perChat: { limit: floodLimit.perChat, windowMs: floodLimit.windowMs },
  });
  const chatLangs = createTtlMap<AnswerResult['lang']>(24 * 3600_000, 50_000);
  const dialogues = createTtlMap<EligibilityDialogue>(deps.dialogueTtlMs ?? 15 * 60_000, 10_000);

  bot.catch((err) => {
    logger.error(
      { err: err.error, updateId: err.ctx?.update.update_id, chat: err.ctx?.chat?.id },
      'telegram update failed',
    );
  });
  // Route every failure to the one handler above, also for webhook and handleUpdate callers that would otherwise
  // see the error thrown at them.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      try {
        await bot.errorHandler(new BotError(error, ctx));
      } catch (handlerError) {
        logger.error({ err: handlerError }, 'telegram error handler failed');
      }
    }
  });
  // Telegram redelivers a webhook update it thinks failed; answering it twice would double-post in a group.
  bot.use((ctx, next) => (seenUpdates.add(ctx.update.update_id) ? next() : undefined));
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  // Other bots (and channel posts echoed into discussion groups) are not sellers; anonymous admins are.
  bot.use((ctx, next) => {
    const msg = ctx.message;
    if (msg?.is_automatic_forward) return;
    if (ctx.from?.is_bot && !msg?.sender_chat) return;
    return next();
  });

  const textFor = (ctx: Context): UiText => uiText(pickUiLang(ctx.from?.language_code));

  async function sendHtml(ctx: Context, html: string, opts: Sendable = {}): Promise<Message.TextMessage[]> {
    const chunks = splitHtml(html);
    const sent: Message.TextMessage[] = [];
    for (const [i, chunk] of chunks.entries()) {
      sent.push(
        await ctx.reply(chunk, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(i === 0 && opts.replyTo !== undefined
            ? { reply_parameters: { message_id: opts.replyTo, allow_sending_without_reply: true } }
            : {}),
          ...(i === chunks.length - 1 && opts.keyboard ? { reply_markup: opts.keyboard } : {}),
        }),
      );
    }
    return sent;
  }

  /** Commands that skip the core's limiter count here; a refused sender hears it once per window. */
  async function passFlood(ctx: Context): Promise<boolean> {
    const decision = flood.check(String(ctx.from?.id ?? 'anon'), String(ctx.chat?.id ?? 'none'));
    if (decision.ok) return true;
    if (decision.firstRefusal) await sendHtml(ctx, escapeHtml(textFor(ctx).slowDown), { replyTo: ctx.msg?.message_id });
    return false;
  }

  function keyboardFor(result: AnswerResult): InlineKeyboardMarkup | undefined {
    const button = (text: string, action: CallbackAction) => {
      const data = encodeCallback(action);
      return data ? { text, callback_data: data } : null;
    };
    if (result.abstained) {
      const ask = button(uiText(result.lang === 'zh' ? 'zh' : 'en').askManager, { kind: 'handover', answerId: result.id });
      return ask ? { inline_keyboard: [[ask]] } : undefined;
    }
    if (!isAnswerRoute(result.route)) return undefined;
    const up = button('👍', { kind: 'feedback', vote: 'up', answerId: result.id });
    const down = button('👎', { kind: 'feedback', vote: 'down', answerId: result.id });
    if (!up || !down) {
      logger.warn({ answerId: result.id }, 'answer id too long for callback data; no feedback buttons');
      return undefined;
    }
    return { inline_keyboard: [[up, down]] };
  }

  async function ask(ctx: Context, question: string, mode: 'direct' | 'auto'): Promise<void> {
    const chat = String(ctx.chat!.id);
    const result = await service.answer({
      text: question,
      user: ctx.from ? String(ctx.from.id) : undefined,
      chat,
      platform: 'telegram',
      chatLang: chatLangs.get(chat) ?? pickUiLang(ctx.from?.language_code),
    });
    if (mode === 'auto') {
      // Nobody asked the bot: speak only when sure, and never to refuse or to say "I don't know".
      const sure = isAnswerRoute(result.route) && !result.abstained && result.confidence >= service.autoAnswerThreshold;
      if (!sure) return;
    }
    // The core returns an empty text for every rate-limited message after the first refusal.
    if (!result.text.trim()) return;
    if (result.route !== 'invalid' && result.route !== 'rate-limited') chatLangs.set(chat, result.lang);
    await sendHtml(ctx, formatAnswerHtml(result), { replyTo: ctx.msg?.message_id, keyboard: keyboardFor(result) });
  }

  async function isGroupAdmin(ctx: Context): Promise<boolean> {
    // An anonymous admin posts as the group itself.
    if (ctx.msg?.sender_chat?.id === ctx.chat?.id) return true;
    if (!ctx.from) return false;
    const member = await ctx.getChatMember(ctx.from.id);
    return member.status === 'creator' || member.status === 'administrator';
  }

  bot.command(['start', 'help'], async (ctx) => {
    if (!(await passFlood(ctx))) return;
    await sendHtml(ctx, escapeHtml(service.help(pickUiLang(ctx.from?.language_code))), { replyTo: ctx.msg.message_id });
  });

  bot.command('ask', (ctx) => ask(ctx, ctx.match, 'direct'));

  bot.command('autoanswer', async (ctx) => {
    const t = textFor(ctx);
    const reply = (text: string) => sendHtml(ctx, escapeHtml(text), { replyTo: ctx.msg.message_id });
    if (ctx.chat.type !== 'group' && ctx.chat.type !== 'supergroup') return void (await reply(t.autoAnswerGroupOnly));
    if (!(await passFlood(ctx))) return;
    const chat = String(ctx.chat.id);
    const arg = ctx.match.trim().toLowerCase();
    if (arg !== 'on' && arg !== 'off') return void (await reply(t.autoAnswerStatus(service.getAutoAnswer('telegram', chat))));
    if (!(await isGroupAdmin(ctx))) return void (await reply(t.autoAnswerAdminOnly));
    service.setAutoAnswer('telegram', chat, arg === 'on');
    logger.info({ chat, on: arg === 'on', by: ctx.from?.id }, 'auto-answer switched');
    await reply(arg === 'on' ? t.autoAnswerOn : t.autoAnswerOff);
  });

  // Ids, never usernames: a username can be changed to anyone's. In a private chat only the configured admins pass;
  // in a group, its admins too (checked with getChatMember, which Telegram answers, not the message).
  const botAdmins = new Set(deps.adminIds ?? []);
  bot.command(['stats', 'gaps', 'reload'], async (ctx) => {
    if (!(await passFlood(ctx))) return;
    const t = textFor(ctx);
    const reply = (text: string) => sendHtml(ctx, escapeHtml(text), { replyTo: ctx.msg.message_id });
    const inGroup = ctx.chat.type === 'group' || ctx.chat.type === 'supergroup';
    // A bot admin sees every community; a group's admin only their own group, wherever they created it.
    const scope: AdminScope | undefined =
      ctx.from !== undefined && botAdmins.has(String(ctx.from.id))
        ? { kind: 'all' }
        : inGroup && (await isGroupAdmin(ctx))
          ? { kind: 'community', platform: 'telegram', community: String(ctx.chat.id) }
          : undefined;
    if (!scope) return void (await reply(t.adminOnly));
    const lang = pickUiLang(ctx.from?.language_code);
    const command = ctx.msg.text.slice(1).split(/[@\s]/)[0]!.toLowerCase();
    logger.info({ command, chat: ctx.chat.id, by: ctx.from?.id, scope: scope.kind }, 'admin command');
    if (command === 'stats') return void (await reply(service.stats(lang, scope)));
    if (command === 'gaps') return void (await reply(service.gaps(lang, scope)));
    await reply((await service.reload(lang, scope)).text);
  });

  bot.command('margin', async (ctx) => {
    if (!(await passFlood(ctx))) return;
    const args = ctx.match.trim();
    if (!args) return void (await sendHtml(ctx, escapeHtml(textFor(ctx).marginUsage), { replyTo: ctx.msg.message_id }));
    const reply = service.calculateMargin(args, pickToolLang(args, ctx.from?.language_code));
    await sendHtml(ctx, escapeHtml(reply.text), { replyTo: ctx.msg.message_id });
  });

  const dialogueKey = (chat: number, user: number) => `${chat}:${user}`;
  const questionHtml = (t: UiText, field: EligibilityField) => `<b>${escapeHtml(t.eligibilityTitle)}</b>\n\n${escapeHtml(t.eligibilityAsk[field])}`;
  const nextField = (d: EligibilityDialogue, missing: EligibilityField[]) => missing.find((f) => d.facts[f] === undefined);

  bot.command('eligibility', async (ctx) => {
    if (!ctx.from || !(await passFlood(ctx))) return;
    const lang = pickUiLang(ctx.from.language_code);
    const t = uiText(lang);
    const d: EligibilityDialogue = { facts: {}, lang, asking: 'entityCountry', warehousePage: 'main', vatPicked: [] };
    const reply = service.checkEligibility(d.facts, lang);
    const next = reply.verdict === 'incomplete' ? nextField(d, reply.missing) : undefined;
    if (!next) return void (await sendHtml(ctx, escapeHtml(reply.text), { replyTo: ctx.msg.message_id }));
    d.asking = next;
    const [sent] = await sendHtml(ctx, questionHtml(t, next), {
      replyTo: ctx.msg.message_id,
      keyboard: buildEligibilityKeyboard(next, d, t),
    });
    d.messageId = sent?.message_id;
    dialogues.set(dialogueKey(ctx.chat.id, ctx.from.id), d);
  });

  async function onEligibilityPress(ctx: Context, action: Extract<CallbackAction, { kind: 'eligibility' }>): Promise<void> {
    const t = textFor(ctx);
    const msg = ctx.callbackQuery?.message;
    if (!ctx.chat || !ctx.from || !msg) return void (await ctx.answerCallbackQuery());
    const key = dialogueKey(ctx.chat.id, ctx.from.id);
    const d = dialogues.get(key);
    const field = FIELD_BY_CODE[action.field];
    if (!d || d.messageId !== msg.message_id || d.asking !== field) {
      // The dialogue message replies to the /eligibility command, so its author is the dialogue's owner.
      const owner = 'reply_to_message' in msg ? msg.reply_to_message?.from?.id : undefined;
      const text = owner !== undefined && owner !== ctx.from.id ? t.eligibilityNotYours : t.eligibilityExpired;
      return void (await ctx.answerCallbackQuery({ text }));
    }
    const outcome = applyEligibilityChoice(d, field, action.value);
    await ctx.answerCallbackQuery();
    if (outcome === 'invalid') return;
    const dt = uiText(d.lang);
    if (outcome === 'redraw') {
      dialogues.set(key, d);
      await ctx.editMessageText(questionHtml(dt, field), { parse_mode: 'HTML', reply_markup: buildEligibilityKeyboard(field, d, dt) });
      return;
    }
    const reply = service.checkEligibility(d.facts, d.lang);
    const next = reply.verdict === 'incomplete' ? nextField(d, reply.missing) : undefined;
    if (next) {
      d.asking = next;
      d.warehousePage = 'main';
      dialogues.set(key, d);
      await ctx.editMessageText(questionHtml(dt, next), { parse_mode: 'HTML', reply_markup: buildEligibilityKeyboard(next, d, dt) });
      return;
    }
    dialogues.delete(key);
    const [first, ...rest] = splitHtml(escapeHtml(reply.text));
    await ctx.editMessageText(first ?? '', { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    for (const chunk of rest) await sendHtml(ctx, chunk);
  }

  async function onHandover(ctx: Context, answerId: string): Promise<void> {
    const t = textFor(ctx);
    const msg = ctx.callbackQuery?.message;
    if (!ctx.chat || !ctx.from || !msg) return void (await ctx.answerCallbackQuery());
    if (!handedOver.add(answerId)) return void (await ctx.answerCallbackQuery({ text: t.handoverAlready }));
    service.recordHandover({ answerId, platform: 'telegram', chat: String(ctx.chat.id) });
    if (managers.length === 0 && !deps.handoverChatId) {
      return void (await ctx.answerCallbackQuery({ text: t.handoverNone, show_alert: true }));
    }
    await ctx.answerCallbackQuery({ text: t.handoverSent });
    const who = escapeHtml(displayName(ctx.from));
    if (managers.length > 0) {
      const list = managers.map((m) => `@${escapeHtml(m)}`).join(' ');
      const head = ctx.chat.type === 'private' ? '' : `${escapeHtml(t.handoverNotice(who))}\n`;
      await sendHtml(ctx, `${head}${escapeHtml(t.handoverManagers)}${list}`, { replyTo: msg.message_id });
    }
    if (deps.handoverChatId) {
      const where = ctx.chat.type === 'private' ? 'private chat' : ctx.chat.title;
      const question = 'reply_to_message' in msg ? msg.reply_to_message?.text : undefined;
      const link = linkTo(ctx.chat, msg.message_id);
      const lines = [
        escapeHtml(t.handoverForwarded(displayName(ctx.from), where)),
        ...(question ? [`${escapeHtml(t.handoverQuestion)}${escapeHtml(question.slice(0, 500))}`] : []),
        ...(link ? [escapeHtml(link)] : []),
      ];
      await ctx.api.sendMessage(deps.handoverChatId, lines.join('\n'), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    }
  }

  bot.on('callback_query:data', async (ctx) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    if (!action) return void (await ctx.answerCallbackQuery());
    if (action.kind === 'feedback') {
      const outcome = service.recordFeedback({ answerId: action.answerId, user: String(ctx.from.id), vote: action.vote });
      const t = textFor(ctx);
      await ctx.answerCallbackQuery({ text: outcome.ok ? t.thanks : t.feedbackFailed });
      return;
    }
    if (action.kind === 'handover') return onHandover(ctx, action.answerId);
    return onEligibilityPress(ctx, action);
  });

  bot.on('message:text', async (ctx) => {
    const msg = ctx.message;
    const startsWithCommand = msg.entities?.some((e) => e.type === 'bot_command' && e.offset === 0) ?? false;
    if (ctx.chat.type === 'private') {
      // An unknown /command in a private chat is most likely a seller looking for the menu.
      if (startsWithCommand) return void (await sendHtml(ctx, escapeHtml(service.help(pickUiLang(ctx.from.language_code)))));
      return ask(ctx, msg.text, 'direct');
    }
    if (ctx.chat.type !== 'group' && ctx.chat.type !== 'supergroup') return;
    // Other bots' commands belong to them.
    if (startsWithCommand) return;
    const address = findAddress(msg, { id: ctx.me.id, username: ctx.me.username });
    if (address.addressed) return ask(ctx, address.question, 'direct');
    if (isClearQuestion(msg.text) && service.getAutoAnswer('telegram', String(ctx.chat.id))) return ask(ctx, msg.text, 'auto');
  });

  return bot;
}
