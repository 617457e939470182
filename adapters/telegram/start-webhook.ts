import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';

export interface StartWebhookDeps<C extends Context> {
  bot: Bot<C>;
  /** Public HTTPS URL Telegram posts to; its path is the one served here. */
  url: string;
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; requests without it are refused (401). */
  secret: string;
  port: number;
  host?: string;
  logger: Logger;
  allowedUpdates: ReadonlyArray<Exclude<keyof Update, 'update_id'>>;
  /** Larger bodies are refused with 413 before they are read whole (an update is a few KB). */
  maxBodyBytes?: number;
}

export interface WebhookHandle {
  port: number;
  /** Stops accepting requests and waits for those in flight. */
  stop(): Promise<void>;
}

export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) return reject(new BodyTooLargeError());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Webhook mode, for several instances behind a load balancer (long polling allows one consumer per token).
 * The secret is checked before the body is read, and the body is capped. grammY's webhookCallback runs the update
 * through a framework adapter of ours over the body already read; it answers 200 once the update is handled or
 * after 8 s (the update is in the journal by then, so a crash after the 200 still answers it on restart).
 */
export async function startWebhook<C extends Context>(deps: StartWebhookDeps<C>): Promise<WebhookHandle> {
  const { bot, logger } = deps;
  const max = deps.maxBodyBytes ?? MAX_WEBHOOK_BODY_BYTES;
  const handle = webhookCallback(
    bot,
    (req: IncomingMessage, res: ServerResponse, body: string) => ({
      update: JSON.parse(body) as Update,
      header: req.headers['x-telegram-bot-api-secret-token'] as string | undefined,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
      unauthorized: () => res.writeHead(401).end('secret token is wrong'),
    }),
    { secretToken: deps.secret, onTimeout: 'return', timeoutMilliseconds: 8_000 },
  );
  const path = new URL(deps.url).pathname;
  const server = createServer((req, res) => {
    const reqPath = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && reqPath === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'POST' || reqPath !== path) {
      res.writeHead(404).end();
      return;
    }
    if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'], deps.secret)) {
      res.writeHead(401).end('secret token is wrong');
      return;
    }
    readBody(req, max)
      .then((body) => {
        try {
          JSON.parse(body);
        } catch {
          res.writeHead(400).end('body is not JSON');
          return;
        }
        return handle(req, res, body);
      })
      .catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) {
          logger.warn({ maxBytes: max }, 'telegram webhook body too large: refused');
          if (!res.headersSent) res.writeHead(413, { connection: 'close' }).end();
          req.resume();
          return;
        }
        // 5xx: Telegram delivers the update again (the journal could not keep it, for instance).
        logger.error({ err: error }, 'telegram webhook request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.port, deps.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  try {
    await bot.api.setWebhook(deps.url, { secret_token: deps.secret, allowed_updates: [...deps.allowedUpdates] });
  } catch (error) {
    server.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, path }, 'telegram webhook listening');
  return {
    port,
    // The webhook stays registered: other instances behind the balancer keep serving it.
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
