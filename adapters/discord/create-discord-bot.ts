import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import { createCommands, type DiscordCommand } from './commands/index.js';
import { createInteractionHandler } from './handle-interaction.js';
import { createMessageHandler } from './handle-message.js';
import { NO_MENTIONS } from './reply-payload.js';
import type { BotService } from '../../src/index.js';

export interface DiscordBotDeps {
  service: BotService;
  logger: Logger;
  /** REST base, e.g. `http://127.0.0.1:8080/api` for tests or a proxy; Discord's own when unset. */
  restApi?: string;
  managerRoleId?: string;
  handoverChannelId?: string;
  /**
   * Subscribe to the privileged MessageContent intent (enable it in the Developer Portal first). Mentions and
   * replies that ping the bot carry their text without it; auto-answer in channels needs it.
   */
  messageContent?: boolean;
  /**
   * The bot's home server: its members with Manage Server (or `adminRoleId`) are the bot's own admins and see every
   * server's stats and gaps and may /reload. Elsewhere Manage Server shows only that server's data.
   */
  adminGuildId?: string;
  /** A role in the home server whose members are the bot's admins. */
  adminRoleId?: string;
  /** Defaults to every command; tests may pass a subset. */
  commands?: readonly DiscordCommand[];
}

/** Builds a discord.js Client with the adapter's handlers attached; the caller logs it in (or emits events in tests). */
export function createDiscordBot(deps: DiscordBotDeps): Client {
  const { service, logger } = deps;
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (deps.messageContent) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    // A default for anything sent without explicit options; every reply also sets it itself.
    allowedMentions: NO_MENTIONS,
    // An `api: undefined` key would override discord.js's default base URL, so the key is added only when set.
    ...(deps.restApi ? { rest: { api: deps.restApi } } : {}),
  });

  const commandMap = new Map((deps.commands ?? createCommands(service.countryChoices())).map((c) => [c.data.name, c] as const));
  client.on(Events.InteractionCreate, createInteractionHandler({ ...deps, commands: commandMap }));
  client.on(Events.MessageCreate, createMessageHandler({ service, logger }));

  client.on(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'discord bot ready'));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardError, (err, shardId) => logger.error({ err, shardId }, 'discord shard error'));
  // discord.js queues and retries on 429 itself; this only makes the waits visible.
  client.rest.on('rateLimited', (info) => logger.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'discord rate limited'));
  return client;
}
