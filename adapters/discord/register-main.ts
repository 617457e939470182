// `npm run discord:register`: puts the slash commands on the guild in DISCORD_GUILD_ID (instant) or globally.
import { pino } from 'pino';
import { createCommands } from './commands/index.js';
import { registerCommands } from './register-commands.js';
import { ConfigError, loadCountryChoices, parseConfig } from '../../src/index.js';

async function main(): Promise<number> {
  const config = parseConfig(process.env);
  const logger = pino({ level: config.LOG_LEVEL });
  if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
    process.stderr.write('Set DISCORD_TOKEN and DISCORD_APP_ID (and DISCORD_GUILD_ID for one server) to register the commands.\n');
    return 1;
  }
  const result = await registerCommands({
    token: config.DISCORD_TOKEN,
    appId: config.DISCORD_APP_ID,
    guildId: config.DISCORD_GUILD_ID,
    restApi: config.DISCORD_API_ROOT,
    // The choices come from the rules in KNOWLEDGE_DIR: register again after editing them.
    commands: createCommands(await loadCountryChoices(config.KNOWLEDGE_DIR)),
  });
  logger.info({ scope: result.scope, guild: config.DISCORD_GUILD_ID, commands: result.names }, 'slash commands registered');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  },
);
