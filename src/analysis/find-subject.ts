// What a conversation is about: the program, mode or rule a seller named in an earlier turn. "In welchen Ländern?"
// after a question about Local Hosting asks about Local Hosting, though it names nothing; the subject carries the
// retrieval. Only subjects, never countries or tool inputs: those are the follow-up resolver's business.
import type { Lang } from '../contract/types.js';

export interface Subject {
  id: string;
  /** How the subject is named in a question of that language (for retrieval and for the "reading as" line). */
  phrase: string;
}

const SUBJECTS: Array<{ id: string; pattern: RegExp; phrase: { zh: string; other: string } }> = [
  { id: 'local-hosting', pattern: /本地托管|本地託管|本托|本託|本土托管|local[- ]?hosting/iu, phrase: { zh: '本地托管', other: 'Local Hosting' } },
  { id: 'full-hosting', pattern: /全托管|全託管|全托|全託|full[- ]?hosting|full[- ]?managed/iu, phrase: { zh: '全托管', other: 'Full Hosting' } },
  { id: 'brand-hosting', pattern: /品牌托管|品牌託管|brand[- ]?hosting/iu, phrase: { zh: '品牌托管', other: 'Brand Hosting' } },
  { id: 'fbt', pattern: /\bFBT\b|fulfil+ed by tiktok/iu, phrase: { zh: 'FBT', other: 'FBT' } },
  { id: 'pop', pattern: /\bPOP\b|跨境直邮|跨境直郵|跨境店|cross[- ]?border (?:direct|shop|pop)/iu, phrase: { zh: '跨境POP', other: 'cross-border POP' } },
  { id: 'gpsr', pattern: /\bGPSR\b/iu, phrase: { zh: 'GPSR', other: 'GPSR' } },
  { id: 'agec', pattern: /\bAGEC\b/iu, phrase: { zh: 'AGEC', other: 'AGEC' } },
  { id: 'lucid', pattern: /\bLUCID\b|包装|包裝|verpackung|packaging|emballage|imballagg|envases/iu, phrase: { zh: '包装法 LUCID', other: 'LUCID packaging' } },
  { id: 'weee', pattern: /\bWEEE\b|ElektroG/iu, phrase: { zh: 'WEEE', other: 'WEEE' } },
  { id: 'epr', pattern: /\bEPR\b/iu, phrase: { zh: 'EPR', other: 'EPR' } },
  {
    id: 'new-seller',
    pattern: /新店|新商家|新卖家|新賣家|新入驻|新入駐|new[- ]?sellers?|new[- ]?shops?|Neu(?:seller|verkäufer|händler|einsteiger)\w*|neue[nr]? (?:Verkäufer|Händler|Shops?)|nouveaux? (?:vendeurs?|boutiques?)|nuov[ie] (?:venditori|negozi)|nuevos? (?:vendedores?|tiendas?)/iu,
    phrase: { zh: '新店佣金优惠', other: 'new seller commission' },
  },
  {
    id: 'creator-commission',
    pattern: /达人佣金|達人佣金|达人|達人|creator|affiliate|influencer|créateur|createur|creador|afiliad/iu,
    phrase: { zh: '达人佣金', other: 'creator commission' },
  },
  { id: 'commission', pattern: /佣金|抽成|扣点|扣點|commission|provision|commissione|comisi[oó]n|referral fee/iu, phrase: { zh: '佣金', other: 'commission' } },
  { id: 'vat', pattern: /\bVAT\b|增值税|增值稅|税率|稅率|\bMwSt\b|\bUSt\b|umsatzsteuer|\bTVA\b|\bIVA\b/iu, phrase: { zh: '增值税', other: 'VAT' } },
];

/** The subjects a text names, in the order it names them ("全托管、品牌托管、本托" → full, brand, local hosting). */
export function findSubjectsInOrder(text: string): string[] {
  return SUBJECTS.map((s) => ({ id: s.id, at: text.search(s.pattern) }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((s) => s.id);
}

export interface ProgramMention {
  id: string;
  start: number;
  end: number;
}

/** Where a text names a program or rule ("Local Hosting", "FBT", "GPSR"), in text order. */
export function findProgramMentions(text: string): ProgramMention[] {
  return SUBJECTS.filter((s) => PROGRAMS_AND_RULES.has(s.id))
    .flatMap((s) => [...text.matchAll(new RegExp(s.pattern.source, 'giu'))].map((m) => ({ id: s.id, start: m.index, end: m.index + m[0].length })))
    .sort((a, b) => a.start - b.start);
}

/** The subjects a text names, most specific first (creator commission before commission). */
export function findSubjects(text: string): string[] {
  return SUBJECTS.filter((s) => s.pattern.test(text)).map((s) => s.id);
}

const RULES = new Set(['gpsr', 'agec', 'lucid', 'weee', 'epr']);
// "这个规定是从什么时候开始的", "since when does this rule apply?": a clause that points at a rule.
const NAMES_A_RULE =
  /规定|規定|规则|規則|法规|法規|要求|(?<!\p{L})(?:rules?|regulations?|requirements?|obligations?|laws?|Regel\w*|Pflicht\w*|Vorschrift\w*|Gesetz\w*|Verordnung\w*|règles?|obligations?|réglementation|lois?|regol[ae]|obblig[oh]i?|norm[ae]|normativ[ae]|legge|reglas?|obligaci[oó]n(?:es)?|ley(?:es)?)(?!\p{L})/iu;

// Programs and rules name what a conversation or a message is about; topics (commission, VAT, creators) do not.
const PROGRAMS_AND_RULES = new Set(['local-hosting', 'full-hosting', 'brand-hosting', 'fbt', 'pop', 'gpsr', 'agec', 'lucid', 'weee', 'epr']);

export function isProgramOrRule(id: string): boolean {
  return PROGRAMS_AND_RULES.has(id);
}

/** WEEE, GPSR, AGEC, LUCID, EPR: a rule, not a program or a fee. */
export function isRuleSubject(id: string): boolean {
  return RULES.has(id);
}

/**
 * The subjects of a message a clause that names none may point at: when the clause points at a rule ("这个规定"),
 * the rules the message names (WEEE, not the program the seller is joining); otherwise all of them.
 */
export function findSubjectsPointedAt(text: string, clause: string): string[] {
  const all = findSubjects(text);
  const rules = all.filter((id) => RULES.has(id));
  return NAMES_A_RULE.test(clause) && rules.length > 0 ? rules : all;
}

/** The clause points at a rule ("这个规定", "this rule") and the message names one. */
export function pointsAtRule(text: string, clause: string): boolean {
  return NAMES_A_RULE.test(clause) && findSubjects(text).some((id) => RULES.has(id));
}

export function nameSubject(id: string, lang: Lang): Subject | undefined {
  const s = SUBJECTS.find((x) => x.id === id);
  return s ? { id, phrase: lang === 'zh' ? s.phrase.zh : s.phrase.other } : undefined;
}
