import { createHmac } from 'node:crypto';

export type IdKind = 'user' | 'chat';

/**
 * Platform ids are personal data; only a keyed hash is kept. HMAC with a secret salt (not a bare SHA-256)
 * because numeric Telegram/Discord ids are few enough to brute-force an unkeyed hash. The kind is part of
 * the message so a user id and a chat id with the same digits never share a hash.
 */
export function hashId(salt: string, kind: IdKind, id: string): string {
  return createHmac('sha256', salt).update(`${kind}:${id}`).digest('hex');
}
