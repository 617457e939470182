import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Pending updates and replies hold raw ids, names and texts that the rest of the store never keeps. They are sealed
 * (AES-256-GCM) with a key derived from the same secret salt as the hashed ids, so a copied database file shows no
 * more than it did before; and they are dropped as soon as they are answered or given up on.
 */
export interface PayloadSeal {
  seal(value: unknown): Buffer;
  /** The value, or undefined when the blob was sealed under another salt or is damaged. */
  open<T>(blob: Buffer): T | undefined;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function createPayloadSeal(salt: string, purpose: string): PayloadSeal {
  const key = createHmac('sha256', salt).update(`payload-seal:${purpose}`).digest();
  return {
    seal(value) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open<T>(blob: Buffer): T | undefined {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, IV_BYTES));
        decipher.setAuthTag(blob.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        const text = Buffer.concat([decipher.update(blob.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
        return JSON.parse(text) as T;
      } catch {
        return undefined;
      }
    },
  };
}
