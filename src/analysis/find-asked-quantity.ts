// "本托的话平台仓储费一个月收多少", "Wie lange dauert die Freischaltung?", "who do I contact for an invite?": some
// questions ask for a kind of answer — an amount of money, a length of time, a contact — that an entry on the same
// topic does not hold. Retrieval finds the topic (storage → the FBT entry), not whether the entry states the amount;
// an answer that states none of what was asked is no answer, and the seller is better served by "not published".

export type AskedQuantity = 'money' | 'duration' | 'contact';

// An amount of money asked outright ("多少钱", "wie viel kostet", "cuánto cuesta"), or the cost of a service the platform
// runs (storage, shipping, logistics), whose price is a sum and not the commission's rate.
const ASKS_MONEY =
  /多少钱|多少錢|几块|幾塊|多少欧|多少歐|\bhow much money\b|\bhow much (?:does|do|would|will|is|are)\b[^?？.!]{0,40}\bcost\b|\bwhat does\b[^?？.!]{0,40}\bcost\b|\bwie ?viel kostet|\bwas kostet|\bwas kosten|\bcombien (?:co[uû]te|co[uû]tent|ça co[uû]te|ca co[uû]te)|\bça co[uû]te combien|\bquanto cost[ao]n?o?\b|\bcu[aá]nto cuesta|\bcu[aá]nto cuestan|\bcu[aá]nto vale/iu;
const SERVICE_FEE =
  /仓储费|倉儲費|运费|運費|物流费|物流費|配送费|配送費|头程费|頭程費|尾程费|尾程費|仓租|倉租|\bstorage (?:fees?|costs?)|\bshipping (?:fees?|costs?|rates?)|\blogistics (?:fees?|costs?)|\bfulfil+ment (?:fees?|costs?)|\bLagergebühr|\bLagerkosten|\bVersandkosten|\bLogistikkosten|\bfrais (?:de stockage|de port|d'exp[ée]dition|de livraison|logistiques?)|\bcost[io] (?:di |del(?:la)? )?(?:stoccaggio|magazzino|spedizion[ei]|logistic[ao])|\b(?:gastos?|costes?|costos?) de (?:env[ií]o|almacenaje|almacenamiento|log[ií]stica)/iu;
const ASKS_AMOUNT = /多少|几|幾|\bhow much\b|\bwie ?viel|\bcombien\b|\bquanto\b|\bcu[aá]nto\b|\bwhat(?:'s| is| are)\b|\bwelche?\b|\bquel(?:le)?s?\b|\bqual[ei]?\b|\bcu[aá]l(?:es)?\b/iu;

// "多久", "how long does…", "wie lange dauert…": a length of time. "how long has FBT been in Germany" asks since when,
// which a date answers.
const ASKS_DURATION =
  /多久|多长时间|多長時間|几天|幾天|多少天|\bhow long (?:does|do|will|would|is|are|until|before|to)\b|\bwie lange (?:dauert|braucht|geht|gilt|kann|läuft)|\bwie lange\b(?![^?？]*\bschon\b)|\bcombien de temps\b|\bquanto tempo\b|\bquanto ci vuole\b|\bcu[aá]nto tiempo\b|\bcu[aá]nto tarda/iu;

// "who do I contact", "联系谁", "Ansprechpartner": a person or an address to write to.
const ASKS_CONTACT =
  /联系谁|聯繫誰|找谁|找誰|联系方式|聯繫方式|对接人|對接人|\bwho (?:do|should|can) (?:i|we) (?:contact|talk to|write to|ask|email)\b|\bcontact (?:person|email|details)\b|\bemail address\b|\bAnsprechpartner|\ban wen (?:wende|können|kann|soll)|\bqui contacter\b|\bà qui (?:m'adresser|nous adresser|écrire|s'adresser)|\ba chi (?:mi|ci) (?:rivolg|devo|dobbiamo)|\bcon qui[eé]n (?:contacto|hablo|hablamos|contactamos)|\ba qui[eé]n (?:contacto|escribo|escribimos|hay que escribir)/iu;

/** The kind of answer the question asks for, when it is one an entry may not hold. */
export function findAskedQuantity(text: string): AskedQuantity | undefined {
  if (ASKS_CONTACT.test(text)) return 'contact';
  if (ASKS_MONEY.test(text) || (SERVICE_FEE.test(text) && ASKS_AMOUNT.test(text))) return 'money';
  if (ASKS_DURATION.test(text)) return 'duration';
  return undefined;
}

// A word boundary only after the Latin codes: after "€" or "英镑" a space or the end is no word edge, so "\b" there
// would miss "29,99 €" and "500英镑".
const STATES_MONEY = /[€$£¥]\s?\d|\d\s?(?:€|£|欧元|歐元|欧|歐|美元|英镑|英鎊|元)|\d\s?(?:EUR|USD|GBP)\b|\b(?:EUR|USD|GBP)\s?\d/iu;
const STATES_DURATION =
  /\d+(?:\s?[-–]\s?\d+)?[\s-]?(?:天|个月|個月|周|週|星期|小时|小時|(?:business |working )?days?\b|weeks?\b|months?\b|years?\b|hours?\b|(?:Werk|Arbeits)?[Tt]age?n?\b|Wochen?\b|Monate?n?\b|Jahre?n?\b|Stunden?\b|jours?\b|semaines?\b|mois\b|ans?\b|heures?\b|giorni\b|settimane?\b|mesi\b|anni\b|ore\b|d[ií]as?\b|semanas?\b|meses?\b|años?\b|horas?\b)/iu;
const STATES_CONTACT = /@|https?:\/\/|\bt\.me\//iu;

/** The answer holds the kind of thing asked for. */
export function statesQuantity(kind: AskedQuantity, answer: string): boolean {
  if (kind === 'money') return STATES_MONEY.test(answer);
  if (kind === 'duration') return STATES_DURATION.test(answer);
  return STATES_CONTACT.test(answer);
}
