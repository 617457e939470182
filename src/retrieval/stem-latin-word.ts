/**
 * Light stemming for the Latin-script words of all five languages, on both the knowledge and the questions. Both
 * sides go through the same rules, so a stem only has to be consistent, not a real word: "commissione" and
 * "commissioni" meet at "commission", "productos" and "products" at "product", "Gutscheine" and "Gutschein" at
 * "gutschein". Deliberately timid (no Porter, no Snowball): a wrong merge joins unrelated words, and the lists of
 * cases in test/retrieval/create-tokenizer.test.ts pin what merges and what stays apart.
 */
export function stemLatinWord(word: string): string {
  return stripFinalVowel(stemEnglish(stemGermanPlural(stripEnclitic(word))));
}

/**
 * Spanish and Italian glue the pronoun to the infinitive: "apuntarnos", "inscribirse", "candidarci", "iscriversi"
 * meet "apuntar", "inscribir", "candidare", "iscrivere". Only after -ar/-er/-ir with three letters before it, so
 * "parte", "Karte" and "perla" keep their ends.
 */
function stripEnclitic(word: string): string {
  const m = /^([a-z]{3,}[aei]r)(?:nos|se|te|me|lo|la|le|ci|si|mi|ti|vi)$/.exec(word);
  return m ? m[1]! : word;
}

/** German plurals of -ung, -heit, -keit: "Verpackungen"/"Verpackung", "Möglichkeiten"/"Möglichkeit". */
function stemGermanPlural(word: string): string {
  return word.length >= 7 && /(?:ungen|heiten|keiten)$/.test(word) ? word.slice(0, -2) : word;
}

/**
 * The English part: "countries"/"country", "documents"/"document", "pays"/"pay", "launched"/"launch". Its plural
 * rule also takes the -s of Spanish and French plurals ("comisiones" -> "comisione").
 */
export function stemEnglish(word: string): string {
  if (!/^[a-z]{4,}$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 6) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 5 && !word.endsWith('eed')) return undouble(word.slice(0, -2));
  return word;
}

/**
 * Italian and Spanish inflect on the final vowel (commissione/commissioni, prodotto/prodotti, almacén/almacenes),
 * German plurals and French feminines add an -e (Gutschein/Gutscheine, Kunde/Kunden is left alone): one final
 * a/e/i/o goes from words of five letters or more. No -en or -er rule: "Lager" and "almacén" would lose their ends.
 * A double "ee" stays ("employee", "Shopee"): English, and cut it would read as a typo of a shorter word.
 */
function stripFinalVowel(word: string): string {
  return /^[a-z]{5,}$/.test(word) && /[aeio]$/.test(word) && !word.endsWith('ee') ? word.slice(0, -1) : word;
}

/** "shipp" -> "ship", so "shipping" and "shipped" meet "ship". */
function undouble(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|zz)$/.test(stem) ? stem.slice(0, -1) : stem;
}
