/** Unexpected failures of the Discord adapter (missing config, unknown command, failed registration). */
export class DiscordAdapterError extends Error {
  override name = 'DiscordAdapterError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
