/** The Telegram adapter could not start: missing token, or the Bot API refused getMe/setWebhook. */
export class TelegramStartError extends Error {
  override name = 'TelegramStartError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
