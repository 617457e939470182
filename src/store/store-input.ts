import { z } from 'zod';
import { hashId } from './hash-id.js';
import { sanitizeStoredText } from './sanitize-stored-text.js';
import type { RangeQuery, RecordExchangeInput } from './types.js';
import type { HashedScope } from './scope-filter.js';

// What both stores accept and how they turn it into rows: the same validation, hashing and cleaning, so a question
// recorded on SQLite and one recorded on PostgreSQL are the same row.

const id = z.string().min(1).max(256);
export const feedbackSchema = z.object({
  answerId: id,
  user: id,
  vote: z.enum(['up', 'down']),
  comment: z.string().optional(),
});
export const handoverSchema = z.object({ answerId: id, platform: z.string().min(1).max(32), chat: id.optional(), community: id.optional() });
export const chatKeySchema = z.tuple([z.string().min(1).max(32), id]);

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/** The same kind as chat ids: on Telegram a community is its chat, so both hashes agree (migration 2 relies on it). */
export function hashCommunity(salt: string, id: string | undefined): string | null {
  return id ? hashId(salt, 'chat', id) : null;
}

export function questionRow(salt: string, { request, result }: RecordExchangeInput, createdAt: string) {
  return {
    platform: request.platform ?? 'unknown',
    chatHash: request.chat ? hashId(salt, 'chat', request.chat) : null,
    communityHash: hashCommunity(salt, request.community ?? request.chat),
    userHash: request.user ? hashId(salt, 'user', request.user) : null,
    text: sanitizeStoredText(request.text ?? ''),
    lang: result.lang ?? request.lang ?? null,
    createdAt,
  };
}

export function answerRow({ result, latencyMs }: RecordExchangeInput, createdAt: string) {
  return {
    id: result.id,
    text: sanitizeStoredText(result.text ?? ''),
    sources: JSON.stringify(result.sources ?? []),
    tool: result.tool ?? null,
    route: result.route,
    confidence: Math.min(1, Math.max(0, finiteOr(result.confidence, 0))),
    abstained: result.abstained ? 1 : 0,
    latencyMs: Math.max(0, Math.round(finiteOr(latencyMs, 0))),
    resolved: result.resolved ? sanitizeStoredText(result.resolved) : null,
    followUp: result.followUp ? 1 : 0,
    createdAt,
  };
}

export function feedbackComment(comment: string | undefined): string | null {
  const cleaned = comment === undefined ? '' : sanitizeStoredText(comment).trim();
  return cleaned || null;
}

/** A query's community with its id hashed, as the readers filter on it. */
export function scopeOf<Q extends RangeQuery>(salt: string, { community, ...rest }: Q): Omit<Q, 'community'> & { scope?: HashedScope } {
  return { ...rest, ...(community ? { scope: { platform: community.platform, hash: hashId(salt, 'chat', community.id) } } : {}) };
}
