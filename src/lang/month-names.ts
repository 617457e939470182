// Month names and abbreviations in en, de, fr, it, es, to their number (1–12): the one table for every reader of
// dates written in words (the knowledge check's figure comparison, the model mode's figure check).
const NAMES: readonly string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'gennaio', 'enero'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febbraio', 'febrero'],
  ['march', 'mar', 'märz', 'marz', 'maerz', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'aprile', 'abril'],
  ['may', 'mai', 'maggio', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'giugno', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'luglio', 'julio'],
  ['august', 'aug', 'août', 'aout', 'agosto'],
  ['september', 'sep', 'sept', 'septembre', 'settembre', 'septiembre', 'setiembre'],
  ['october', 'oct', 'oktober', 'octobre', 'ottobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dez', 'dezember', 'décembre', 'decembre', 'dicembre', 'diciembre'],
];

/** Lower-case name → month number. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(NAMES.flatMap((names, i) => names.map((n) => [n, i + 1])));
