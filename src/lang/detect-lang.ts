import type { Lang } from '../contract/types.js';
import { createLatinLangDetector, SUBSET_LANGS } from './detect-latin-lang.js';

const LATIN_LANGS = SUBSET_LANGS;
const eld = { detect: createLatinLangDetector() };

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
/** Latin letters per Han character above which the Han ones are terms quoted in a European sentence. */
const LATIN_PER_HAN = 4;
const BRACKETED = /[（(《「『“"【][^（(《「『“"【）)》」』”"】]*[）)》」』”"】]/gu;
/** Below this many letters a detector guesses; the chat's last language is a better bet. */
const MIN_LETTERS = 12;
const DOMAIN_NAMES = /(?<![\p{L}])(?:local[- ]?hosting|full[- ]?hosting|brand[- ]?hosting|tiktok(?:[- ]?shop)?|TTS|FBT|seller[- ]?cent(?:er|re))(?![\p{L}])/giu;
/** The detector's score below which a text is no language it knows (measured: sentences ≥ 0.7, junk ≤ 0.61). */
const MIN_SCORE = 0.65;

// Words English never uses, per language: its country names and a few common words. A terse margin message is mostly
// English trade terms ("Marge bitte: Italien, VK 44,90 €, Inbound 2 €, Creator 10 %, Ads 7 %"), which the n-gram
// detector reads as English; two of these and no English function word say otherwise.
const MARKERS: Record<'de' | 'fr' | 'it' | 'es', RegExp> = {
  de: /(?<![\p{L}])(?:Deutschland|Frankreich|Italien|Spanien|bitte|und|für|mit|pro Stück|Stück|Rabatt|Meile|Versand|Gewinn|wir|ich|ist|wie viel|Einkauf)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:Allemagne|Italie|Espagne|merci|avec|pour|combien|coût|prix|remise|livraison|bénéfice|nous|est-ce|ça)(?![\p{L}])/giu,
  it: /(?<![\p{L}])(?:Germania|Italia|Francia|Spagna|grazie|costo|prezzo|sconto|spedizione|quanto|guadagno|con|per favore|anche)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:Alemania|Italia|Francia|España|gracias|coste|precio|descuento|envío|cuánto|ganancia|con|por favor|también)(?![\p{L}])/giu,
};
// A single word that only one of the languages writes that way: "Irlanda cuándo arrancó?" is Spanish.
const STRONG_MARKERS: Record<'de' | 'fr' | 'it' | 'es', RegExp> = {
  de: /(?<![\p{L}])(?:wann|warum|wieso|welche[rsmn]?|für|über|gibt's|gibts|seit wann)(?![\p{L}])|ß/iu,
  fr: /(?<![\p{L}])(?:est-ce|qu['’]est|ça|où|combien|pourquoi|quelle?s?)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:perché|quant['’]è|qual è|cos['’]è|c['’]è|anche|quando|dove)(?![\p{L}])/iu,
  es: /[¿¡ñ]|(?<![\p{L}])(?:cuándo|cuál(?:es)?|qué|dónde|cómo|quién(?:es)?|cuánto|cuánta|cuántos|cuántas)(?![\p{L}])/iu,
};
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|what|my|our|is|are|for|with|how|much|of|to|we|i|price|cost|profit|per|please|selling|sell)(?![\p{L}])/iu;

function markedLang(text: string): Lang | undefined {
  if (ENGLISH_WORDS.test(text)) return undefined;
  const counts = (Object.keys(MARKERS) as Array<keyof typeof MARKERS>).map((l) => [l, (text.match(MARKERS[l]) ?? []).length] as const);
  const [best, n] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (n >= 2 && counts.filter(([, c]) => c === n).length === 1) return best;
  const strong = (Object.keys(STRONG_MARKERS) as Array<keyof typeof STRONG_MARKERS>).filter((l) => STRONG_MARKERS[l].test(text));
  return strong.length === 1 ? strong[0] : undefined;
}

/**
 * Han characters mean Chinese (sellers mix English words into Chinese, rarely the reverse); otherwise a detector
 * limited to the five European languages we serve; short or unclear text falls back to the chat's language.
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  if (HAN.test(text)) {
    // "Wann ist dieses Local Hosting (本地托管) gestartet?": a Chinese term in brackets inside a European sentence.
    const outside = text.replace(BRACKETED, ' ');
    if (!HAN.test(outside) && outside.replace(/[^\p{L}]/gu, '').length >= MIN_LETTERS) return detectLang(outside, fallback);
    // "Preis 49,00 €, 头程 1,20 €, 尾程 4,50 €…": a German, French, Italian or Spanish sentence carrying a few Chinese
    // trade terms. English words in Chinese are the usual mix ("TTS德国站commission几个点"), so English stays Chinese.
    const han = (text.match(HAN_ALL) ?? []).length;
    const withoutHan = text.replace(HAN_ALL, ' ');
    if (withoutHan.replace(/[^\p{Script=Latin}]/gu, '').length >= LATIN_PER_HAN * han) {
      const lang = detectLang(withoutHan, 'zh');
      if (lang !== 'en') return lang;
    }
    return 'zh';
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < MIN_LETTERS) return fallback;
  // Junk ("?gnitsoh lacol si tahW", "%2e%2e%2f…") is no language: the asker's known language is the better bet.
  const words = text.split(/\s+/).filter((w) => /^[¿¡("'«]*[\p{L}'’-]{2,}[?!.,;:)"'»]*$/u.test(w));
  if (words.length < 2) return fallback;
  // "Comment on postule au Local Hosting TikTok en Europe ?": the program's and platform's English names say nothing
  // of the asker's language, and they weigh as much as the sentence around them.
  const bare = text.replace(DOMAIN_NAMES, ' ');
  const result = eld.detect(bare.replace(/[^\p{L}]/gu, '').length >= MIN_LETTERS ? bare : text);
  const lang = result.language as Lang;
  if (!(LATIN_LANGS as readonly string[]).includes(lang)) return fallback;
  // Real sentences score 0.7 and more for their language; reversed or encoded junk stays near 0.6 for all of them.
  if ((result.getScores()[lang] ?? 0) < MIN_SCORE) return markedLang(text) ?? fallback;
  if (lang === 'en') return markedLang(text) ?? 'en';
  // English dominates the domain vocabulary (VAT, local hosting, TikTok Shop); ask for a clear margin first.
  const scores = result.getScores();
  if ((scores[lang] ?? 0) - (scores.en ?? 0) < 0.02 && fallback === 'en') return markedLang(text) ?? 'en';
  return lang;
}
