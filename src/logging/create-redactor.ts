import { MIN_SECRET_LENGTH } from './collect-secrets.js';
import { escapeRegExp } from '../lang/escape-reg-exp.js';

export const REDACTED = '[redacted]';

export type Redact = (text: string) => string;


/**
 * Replaces every occurrence of the given secrets, also as they look inside a JSON string, URL-encoded or
 * base64-encoded (an Authorization: Basic header), with `[redacted]`. Longest first, so a secret that contains
 * another is removed whole.
 */
export function createRedactor(secrets: readonly string[]): Redact {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(encodeURIComponent(secret));
    forms.add(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''));
  }
  const list = [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  const pattern = new RegExp(list.map(escapeRegExp).join('|'), 'g');
  return (text) => (text.length < MIN_SECRET_LENGTH ? text : text.replace(pattern, REDACTED));
}
