import { randomBytes } from 'node:crypto';
import { hashId } from '../../src/index.js';

/** How ids appear in log lines: the store's keyed hash, shortened; enough to follow one chat through the logs. */
export interface LogIds {
  chat(id: number | string | undefined): string | undefined;
  user(id: number | string | undefined): string | undefined;
}

const SHOWN_HEX = 12;

/**
 * Raw Telegram ids are personal data and are not logged. With the store's salt the hashes match the prefix of the
 * store's `chat_hash`/`user_hash` columns, so an operator can find a logged chat's rows; without it (tests) they are
 * only consistent within the process.
 */
export function createLogIds(salt: string = randomBytes(16).toString('hex')): LogIds {
  const short = (kind: 'chat' | 'user', id: number | string | undefined) =>
    id === undefined ? undefined : hashId(salt, kind, String(id)).slice(0, SHOWN_HEX);
  return { chat: (id) => short('chat', id), user: (id) => short('user', id) };
}
