// Company legal forms sellers write ("GmbH", "SARL", "S.r.l.", "S.L.") and the country each is registered in: a
// "GmbH" with stock in Poland is a German entity even when the message never names Germany.
import { escapeRegExp } from '../lang/escape-reg-exp.js';

export interface LegalFormMention {
  form: string;
  code: string;
  start: number;
  end: number;
}

// Case matters: "SA", "SL", "AG" are forms only in capitals; "S.A." (with points) is the Spanish spelling, "SA" the
// French one. Forms several countries share are mapped to the one sellers in this market mean by them.
const FORMS: Array<[string, string]> = [
  ['GmbH & Co. KG', 'DE'], ['GmbH & Co KG', 'DE'], ['gGmbH', 'DE'], ['GmbH', 'DE'], ['UG (haftungsbeschränkt)', 'DE'], ['UG', 'DE'],
  ['AG', 'DE'], ['OHG', 'DE'], ['e.K.', 'DE'], ['GbR', 'DE'],
  ['S.A.R.L.', 'FR'], ['SARL', 'FR'], ['Sàrl', 'FR'], ['S.A.S.U.', 'FR'], ['SASU', 'FR'], ['S.A.S.', 'FR'], ['SAS', 'FR'], ['EURL', 'FR'],
  ['E.U.R.L.', 'FR'], ['SA', 'FR'], ['auto-entrepreneur', 'FR'], ['micro-entreprise', 'FR'],
  ['S.r.l.s.', 'IT'], ['Srls', 'IT'], ['S.r.l.', 'IT'], ['S.R.L.', 'IT'], ['Srl', 'IT'], ['SRL', 'IT'], ['S.p.A.', 'IT'], ['SpA', 'IT'],
  ['S.P.A.', 'IT'], ['S.a.s.', 'IT'], ['S.n.c.', 'IT'], ['ditta individuale', 'IT'],
  // Lower case as chats write them ("siamo una srl di Milano"); "sas", "sa", "sl", "spa" are words, so not these.
  ['srl', 'IT'], ['srls', 'IT'], ['s.r.l.', 'IT'], ['sarl', 'FR'], ['gmbh', 'DE'], ['Gmbh', 'DE'], ['Sarl', 'FR'], ['S.a.r.l.', 'FR'],
  ['Einzelunternehmen', 'DE'], ['micro-entrepreneur', 'FR'], ['autoentrepreneur', 'FR'], ['S.L.L.', 'ES'],
  ['S.L.U.', 'ES'], ['SLU', 'ES'], ['S.L.', 'ES'], ['SL', 'ES'], ['S.A.U.', 'ES'], ['SAU', 'ES'], ['S.A.', 'ES'], ['autónomo', 'ES'], ['autónomos', 'ES'], ['autónoma', 'ES'],
  ['B.V.', 'NL'], ['BV', 'NL'], ['Sp. z o.o.', 'PL'], ['sp. z o.o.', 'PL'], ['Sp. z o. o.', 'PL'], ['s.r.o.', 'CZ'],
  ['Lda.', 'PT'], ['Lda', 'PT'], ['Unipessoal Lda', 'PT'], ['BVBA', 'BE'],
  ['Pte. Ltd.', 'SG'], ['Pte Ltd', 'SG'], ['Pte. Ltd', 'SG'], ['PTE LTD', 'SG'], ['PTE. LTD.', 'SG'],
];

// Forms that are words are written capitalised at a sentence's start: "Auto-entrepreneur à Toulouse".
for (const [form, code] of [...FORMS]) if (/^\p{Ll}[\p{Ll}-]{3,}/u.test(form)) FORMS.push([form[0].toUpperCase() + form.slice(1), code]);


/**
 * The forms as a pattern source without groups, for parsers that read what follows a form ("S.A. de Madrid").
 * Longest first, so "S.A.S." is not read as "S.A." and "GmbH & Co. KG" not as "GmbH". A form ends at a non-Latin
 * letter ("UG公司" is a UG); forms ending in a point need no boundary after them.
 */
export const LEGAL_FORM_PATTERN = `(?<![\\p{Script=Latin}\\p{N}.])(?:${[...FORMS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([f]) => `${escapeRegExp(f)}${f.endsWith('.') || f.endsWith(')') ? '' : '(?![\\p{Script=Latin}\\p{N}])'}`)
  .join('|')})`;
const FORM_RE = new RegExp(LEGAL_FORM_PATTERN, 'gu');
const BY_FORM = new Map(FORMS);

/** Legal forms in text order. */
export function findLegalForms(text: string): LegalFormMention[] {
  return [...text.matchAll(FORM_RE)].map((m) => ({ form: m[0], code: BY_FORM.get(m[0]) ?? '', start: m.index, end: m.index + m[0].length })).filter((m) => m.code);
}
