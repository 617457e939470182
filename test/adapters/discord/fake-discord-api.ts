import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  /** Decoded path without the query, e.g. `/api/v10/webhooks/100/tok/messages/@original`. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: any;
}

export interface FakeDiscordApi {
  /** For `new Client({ rest: { api } })` and `new REST({ api })`. */
  api: string;
  calls: RecordedCall[];
  /** Polls until a call matches; fails with the calls seen so far, so a broken test says what did happen. */
  waitForCall(match: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  close(): Promise<void>;
}

const SNOWFLAKE = '1300000000000000000';
let nextId = 0;

/** A message as Discord returns it after a send or an edit. */
function messageJson(channelId: string, body: any): Record<string, unknown> {
  nextId += 1;
  return {
    id: (BigInt(SNOWFLAKE) + BigInt(nextId)).toString(),
    channel_id: channelId,
    type: 0,
    content: body?.content ?? '',
    author: { id: '100000000000000001', username: 'faq-bot', discriminator: '0', bot: true },
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    pinned: false,
    flags: body?.flags ?? 0,
  };
}

function send(res: ServerResponse, status: number, json?: unknown): void {
  if (json === undefined) {
    // discord.js parses any JSON content type, so a 204 must come without one.
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(json));
}

function route(call: RecordedCall, res: ServerResponse): void {
  const p = call.path;
  let m: RegExpExecArray | null;
  if (call.method === 'POST' && /^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/.test(p)) return send(res, 204);
  if (call.method === 'PATCH' && /^\/api\/v10\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/.test(p)) return send(res, 200, messageJson('300000000000000001', call.body));
  if (call.method === 'POST' && /^\/api\/v10\/webhooks\/[^/]+\/[^/]+$/.test(p)) return send(res, 200, messageJson('300000000000000001', call.body));
  if (call.method === 'POST' && (m = /^\/api\/v10\/channels\/([^/]+)\/messages$/.exec(p))) return send(res, 200, messageJson(m[1], call.body));
  if (call.method === 'PUT' && /^\/api\/v10\/applications\/[^/]+(?:\/guilds\/[^/]+)?\/commands$/.test(p)) {
    const list = Array.isArray(call.body) ? call.body : [];
    return send(res, 200, list.map((c: Record<string, unknown>, i: number) => ({ ...c, id: String(900 + i), version: '1' })));
  }
  send(res, 404, { message: 'Unknown route in the fake Discord API', code: 0 });
}

export async function startFakeDiscordApi(): Promise<FakeDiscordApi> {
  const calls: RecordedCall[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const call: RecordedCall = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        authorization: req.headers.authorization,
        body: text ? JSON.parse(text) : undefined,
      };
      calls.push(call);
      route(call, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    api: `http://127.0.0.1:${port}/api`,
    calls,
    async waitForCall(match, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find(match);
        if (found) return found;
        if (Date.now() > deadline) {
          const seen = calls.map((c) => `${c.method} ${c.path}`).join('\n  ');
          throw new Error(`no matching call within ${timeoutMs} ms; seen:\n  ${seen}`);
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
