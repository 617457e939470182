import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';

export interface StartWebhookDeps {
  bot: Bot;
  /** Public HTTPS URL Telegram posts to; its path is the one served here. */
  url: string;
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; requests without it are refused (401). */
  secret: string;
  port: number;
  host?: string;
  logger: Logger;
  allowedUpdates: ReadonlyArray<Exclude<keyof Update, 'update_id'>>;
}

export interface WebhookHandle {
  port: number;
  stop(): Promise<void>;
}

/**
 * Webhook mode, for several instances behind a load balancer (long polling allows one consumer per token).
 * Replies 200 before a slow answer finishes, so Telegram does not redeliver; redeliveries that still happen are
 * dropped by the bot's update_id filter.
 */
export async function startWebhook(deps: StartWebhookDeps): Promise<WebhookHandle> {
  const { bot, logger } = deps;
  const handle = webhookCallback(bot, 'http', { secretToken: deps.secret, onTimeout: 'return', timeoutMilliseconds: 8_000 });
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
    handle(req, res).catch((error: unknown) => {
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
    await bot.api.setWebhook(deps.url, { secret_token: deps.secret, allowed_updates: deps.allowedUpdates });
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
