/** The configuration values that must never appear in a log line or a stored error, whatever the key they carry. */
export const SECRET_SETTINGS = [
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  'LLM_API_KEY',
  'EMBEDDINGS_API_KEY',
  'DISCORD_TOKEN',
  'USER_HASH_SALT',
] as const;

/**
 * Shorter values are not redacted: replacing every "abc" in every line would garble the logs and protect nothing
 * (a secret that short is guessable anyway).
 */
export const MIN_SECRET_LENGTH = 6;

/**
 * The secret values of a configuration. A Telegram token `123456:AA…` also contributes its part after the colon,
 * which some errors print alone (the bot id before it is public).
 */
export function collectSecrets(config: Partial<Record<(typeof SECRET_SETTINGS)[number] | 'DATABASE_URL', string | undefined>>): string[] {
  const values = new Set<string>();
  for (const name of SECRET_SETTINGS) {
    const value = config[name]?.trim();
    if (!value) continue;
    values.add(value);
    if (name === 'TELEGRAM_BOT_TOKEN' && value.includes(':')) values.add(value.slice(value.indexOf(':') + 1));
  }
  // DATABASE_URL is logged by nobody, but a driver error may quote it or its password alone.
  const url = config.DATABASE_URL?.trim();
  if (url) {
    values.add(url);
    try {
      const password = decodeURIComponent(new URL(url).password);
      if (password) values.add(password);
    } catch {
      // An unparsable URL is refused by the configuration; the whole value is redacted anyway.
    }
  }
  return [...values].filter((v) => v.length >= MIN_SECRET_LENGTH);
}
