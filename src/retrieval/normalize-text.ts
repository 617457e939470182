/**
 * NFKC (full-width digits and letters to ASCII), lowercase, diacritics folded, ß as ss (sellers type "ermäßigt"
 * and "ermässigt" for one word), zero-width characters dropped.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/ß/g, 'ss')
    .normalize('NFC');
}

export const HAN = /\p{Script=Han}/u;
export const HAN_RUN = /\p{Script=Han}+/gu;
