import { GrammyError, HttpError } from 'grammy';

/**
 * What a failed Bot API call means for the caller:
 * - `later`: Telegram is down or busy (5xx, network, 429): the same call can succeed later, after `retryAfterMs` if
 *   Telegram said so;
 * - `unauthorized` (401): the token was revoked or is wrong; nothing will work until it is replaced;
 * - `conflict` (409): another process is polling with this token (or a webhook is set);
 * - `refused`: this call will never succeed (400 bad request, 403 blocked by the user, chat not found).
 */
export type ApiFailure =
  | { kind: 'later'; retryAfterMs?: number }
  | { kind: 'unauthorized' }
  | { kind: 'conflict' }
  | { kind: 'refused' };

export function classifyApiError(error: unknown): ApiFailure {
  if (error instanceof HttpError) return { kind: 'later' };
  if (!(error instanceof GrammyError)) return { kind: 'refused' };
  if (error.error_code === 401) return { kind: 'unauthorized' };
  if (error.error_code === 409) return { kind: 'conflict' };
  if (error.error_code === 429) {
    const seconds = error.parameters.retry_after;
    return typeof seconds === 'number' ? { kind: 'later', retryAfterMs: seconds * 1000 } : { kind: 'later' };
  }
  if (error.error_code >= 500) return { kind: 'later' };
  return { kind: 'refused' };
}

/**
 * A one-line account of a Bot API failure for logs and the outbox: method, code and Telegram's description, never
 * the payload (chat ids, the answer text) that GrammyError carries.
 */
export function describeApiError(error: unknown): { name: string; message: string; method?: string; code?: number } {
  if (error instanceof GrammyError) return { name: error.name, message: error.description, method: error.method, code: error.error_code };
  if (error instanceof HttpError) {
    const cause = error.error instanceof Error ? `: ${error.error.message}` : '';
    return { name: error.name, message: `${error.message}${cause}` };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
