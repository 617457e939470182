/** "créateurs" → "createurs", "Türkei" → "Turkei": the word as sellers type it in a hurry, case kept. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
