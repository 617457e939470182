// A loopback Telegram Bot API server: speaks the methods the adapter uses, records every call, and can be told to
// fail a method (429, 500, dropped connection) so retries and the error boundary are tested over real HTTP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';

export const BOT_INFO: UserFromGetMe = {
  id: 7_000_001,
  is_bot: true,
  first_name: 'Hosting FAQ',
  username: 'hosting_faq_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

/**
 * 429 (retry after 1 s), 500, 'drop' (the connection is cut), or any Bot API error: `{ code: 409 }`,
 * `{ code: 429, retryAfter: 120 }`, `{ code: 400, description: 'Bad Request: …' }`.
 */
export type Fault = 429 | 500 | 'drop' | { code: number; retryAfter?: number; description?: string };

const DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request: message text is empty',
  401: 'Unauthorized',
  403: 'Forbidden: bot was blocked by the user',
  409: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
  429: 'Too Many Requests: retry after 1',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export interface RecordedCall {
  method: string;
  // Bot API payloads are loose JSON; tests read the fields they assert on.
  body: Record<string, any>;
  /** The fault answered instead of a result, if any. */
  fault?: Fault;
  /** What the server answered (e.g. the sent message with its message_id). */
  result?: any;
}

export interface FakeBotApi {
  /** apiRoot for grammY: `http://127.0.0.1:PORT`. */
  apiRoot: string;
  calls: RecordedCall[];
  /** Successful calls of `method` (faults left out). */
  sent(method: string): RecordedCall[];
  /** Answers the next `times` calls of `method` with `fault`, after letting `after` calls through. */
  fail(method: string, fault: Fault, times?: number, after?: number): void;
  queueUpdate(update: Update): void;
  setMemberStatus(userId: number, status: 'creator' | 'administrator' | 'member'): void;
  /** Resolves with the first successful call matching `predicate` (already made or future). */
  waitFor(method: string, predicate?: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  reset(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

export async function startFakeBotApi(): Promise<FakeBotApi> {
  const calls: RecordedCall[] = [];
  const faults = new Map<string, Array<Fault | null>>();
  const members = new Map<number, string>();
  let updates: Update[] = [];
  let nextMessageId = 5000;

  const json = (res: ServerResponse, status: number, payload: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
  };

  const message = (body: RecordedCall['body']) => ({
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: { id: Number(body.chat_id), type: Number(body.chat_id) < 0 ? 'supergroup' : 'private', title: 'Sellers' },
    from: { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username },
    text: body.text,
    ...(body.reply_markup ? { reply_markup: body.reply_markup } : {}),
  });

  async function handle(method: string, body: RecordedCall['body'], req: IncomingMessage): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return BOT_INFO;
      case 'getUpdates': {
        const offset = Number(body.offset ?? 0);
        // Long poll, shortened: wait for an update up to half a second, or until the client gives up.
        const deadline = Date.now() + Math.min(Number(body.timeout ?? 0) * 1000, 500);
        let aborted = false;
        req.once('close', () => (aborted = true));
        for (;;) {
          updates = updates.filter((u) => u.update_id >= offset);
          if (updates.length > 0 || Date.now() >= deadline || aborted) return updates.slice(0, Number(body.limit ?? 100));
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      case 'sendMessage':
      case 'editMessageText':
        return message(body);
      case 'getChatMember':
        return { status: members.get(Number(body.user_id)) ?? 'member', user: { id: Number(body.user_id), is_bot: false, first_name: 'U' } };
      case 'answerCallbackQuery':
      case 'setMyCommands':
      case 'deleteWebhook':
      case 'setWebhook':
        return true;
      default:
        return undefined;
    }
  }

  const server = createServer(async (req, res) => {
    const m = /^\/bot[^/]+\/(\w+)/.exec(req.url ?? '');
    const method = m?.[1] ?? '';
    const raw = await readBody(req);
    const body = raw ? (JSON.parse(raw) as RecordedCall['body']) : {};
    const fault = faults.get(method)?.shift() ?? undefined;
    const call: RecordedCall = { method, body, ...(fault !== undefined ? { fault } : {}) };
    calls.push(call);
    if (fault === 'drop') return void req.socket.destroy();
    if (fault !== undefined) {
      const { code, retryAfter, description } = typeof fault === 'number' ? { code: fault, retryAfter: fault === 429 ? 1 : undefined, description: undefined } : fault;
      const text = description ?? (code === 429 && retryAfter !== undefined ? `Too Many Requests: retry after ${retryAfter}` : (DESCRIPTIONS[code] ?? 'Error'));
      return json(res, code, { ok: false, error_code: code, description: text, ...(retryAfter !== undefined ? { parameters: { retry_after: retryAfter } } : {}) });
    }
    const result = await handle(method, body, req);
    call.result = result;
    if (result === undefined) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    json(res, 200, { ok: true, result });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const sent = (method: string) => calls.filter((c) => c.method === method && c.fault === undefined);

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    sent,
    fail(method, fault, times = 1, after = 0) {
      faults.set(method, [...(faults.get(method) ?? []), ...Array<Fault | null>(after).fill(null), ...Array<Fault>(times).fill(fault)]);
    },
    queueUpdate: (u) => void updates.push(u),
    setMemberStatus: (id, status) => void members.set(id, status),
    async waitFor(method, predicate = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = sent(method).find(predicate);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no ${method} call matched within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 15));
      }
    },
    reset() {
      calls.length = 0;
      faults.clear();
      updates = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
