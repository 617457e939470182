import { REST, Routes } from 'discord.js';
import type { DiscordCommand } from './commands/index.js';
import { DiscordAdapterError } from './discord-error.js';

export interface RegisterCommandsOptions {
  token: string;
  appId: string;
  /** Guild commands update at once (use while developing); global ones reach every server the app is in. */
  guildId?: string;
  /** REST base, e.g. `http://127.0.0.1:8080/api`; Discord's own when unset. */
  restApi?: string;
  /** `createCommands(choices)`, with the choice lists of the knowledge the bot answers from. */
  commands: readonly DiscordCommand[];
}

export interface RegisterCommandsResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** Replaces the application's slash commands with this adapter's list (a bulk PUT: removed commands disappear too). */
export async function registerCommands(options: RegisterCommandsOptions): Promise<RegisterCommandsResult> {
  const rest = new REST(options.restApi ? { api: options.restApi } : {}).setToken(options.token);
  const body = options.commands.map((c) => c.data.toJSON());
  const route = options.guildId ? Routes.applicationGuildCommands(options.appId, options.guildId) : Routes.applicationCommands(options.appId);
  try {
    const saved = (await rest.put(route, { body })) as Array<{ name: string }>;
    return { scope: options.guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
  } catch (cause) {
    throw new DiscordAdapterError(`could not register the slash commands (${options.guildId ? `guild ${options.guildId}` : 'global'})`, { cause });
  }
}
