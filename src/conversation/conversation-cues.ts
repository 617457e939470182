// The words by which a seller in a conversation says how a message relates to the turns before it, in six
// languages: a new topic ("换个话题", "rien à voir"), a reference back ("that rate", "dafür", "ça"), or "what do we still
// need?" after an eligibility verdict. Deterministic tables, so a reading can be explained and tested.

const NEW_TOPIC =
  /^(?:换个话题|換個話題|另外问一下|另外問一下|另一个问题|另一個問題|顺便问下|順便問下|问个别的|問個別的|说点别的|話說|话说|new topic|(?:totally |completely |a )?different (?:thing|topic|question)|by the way|btw|another question|unrelated|übrigens|apropos|au fait|domanda a parte|a parte questo|cambiando discorso|a proposito|por cierto|pregunta aparte|on another note|switching topics?|separate question|other question|ganz was anderes|was anderes|andere frage|anderes thema|neues thema|themawechsel|rien à voir|autre question|autre chose|changement de sujet|autre sujet|altra domanda|cambiando argomento|cambio argomento|un'altra cosa|altra cosa|otra cosa|otra pregunta|cambiando de tema|cambio de tema|aparte de eso|separate thing|another thing|different matter|(?:跟|和|与|與)\s*[\p{L}\d]{1,12}\s*(?:无关|無關|没关系|沒關係)(?:哈|啊|呀|的)?|(?:不是|不)问[\p{L}\d]{1,12}(?:了|哈)?|nothing to do with [\p{L}\d ]{1,20}?[,.:;]|not about [\p{L}\d ]{1,20}?[,.:;])[\s:：,，.。!！—–-]*/iu;

// A pronoun or a demonstrative that points at something said before ("how long does that rate last?").
// Articles that double as pronouns (la, le, lo, en) are left out: in most Romance sentences they point nowhere.
const REFERS_BACK = new RegExp(
  [
    String.raw`这个|這個|那个|那個|它|这种|這種|那种|那種|该|該|刚才|剛才|前面|上面说`,
    String.raw`\b(?:it|its|that|this|those|these|they|them|there|then)\b`,
    String.raw`\b(?:dies|dafür|dazu|davon|damit|dabei|da|dort|dann|dieses?|diese[rn]?)\b`,
    // "seit wann gilt das", "was kostet das", "und was das kostet": "das" beside the verb is the pronoun, not the article.
    String.raw`\b(?:gilt|galt|ist|war|geht|kostet|dauert|heißt|bedeutet|klappt|läuft|braucht)\s+das(?=\s|$|[?!.,])|\b(?:was|wie|wann|ob|wo|warum|wieso)\s+das\s+\p{L}+\s*[?!.]*$`,
    String.raw`(?:^|\s)(?:ça|cela|ce|cet|cette|ces|alors|là)(?=\s|$|[?!.,])`,
    String.raw`\b(?:questo|questa|quello|quella|ciò|allora|lì)(?!\p{L})`,
    String.raw`(?:^|[\s¿])(?:eso|esto|esa|ese|ahí|entonces|así|lo de|eso de)(?=\s|$|[?!.,])`,
    // "was Ireland the same time?", "也一样吗", "pareil pour…": the same as what was just said.
    String.raw`一样|一樣|同样|同樣|\b(?:same|as well)\b|\b(?:gleiche[nrs]?|genauso|gleichzeitig|dasselbe|derselbe|dieselbe)\b|\bpareil\b|\b(?:le|la|les) m[eê]mes?\b|\ben m[eê]me temps\b|\b(?:stess[oai]|uguale|uguali)\b|\b(?:igual|iguales)\b|\b(?:lo|la|el|los|las) mism[oa]s?\b`,
  ].join('|'),
  'iu',
);

// "das Programm", "ce programme", "该项目": the program the conversation is about, named without its name.
const NAMES_THE_PROGRAM =
  /这个项目|這個項目|该项目|該項目|这个模式|這個模式|这个计划|这个政策|\bthe (?:program(?:me)?|scheme)\b|\bthis (?:program(?:me)?|scheme|mode)\b|\b(?:das|dieses|dem|des) (?:Programms?|Modells?)\b|\b(?:le|ce|du) (?:programme|dispositif)\b|\bof the program(?:me)?\b|\b(?:il|questo|del) programma\b|\b(?:el|este|del) programa\b/iu;

const STILL_NEEDED = new RegExp(
  [
    String.raw`还(?:需要|要|差|缺)(?:什么|什麼|啥|哪些)|還(?:需要|要|差|缺)(?:什么|什麼|啥|哪些)|缺(?:什么|什麼|啥)|差(?:什么|什麼|啥)|要(?:怎么|怎麼)(?:办|辦|做)才(?:能|可以)|需要(?:补|補)(?:什么|什麼|啥)`,
    String.raw`\bwhat (?:else )?(?:do|would|should) (?:we|i) (?:still )?need\b|\bwhat(?:'s| is) (?:missing|lacking)\b|\bwhat (?:are we|am i) missing\b|\bwhat do (?:we|i) have to (?:do|fix|change|get)\b`,
    String.raw`\bwas (?:bräuchten|brauchen|fehlt|bräuchte|brauche|müssten|müssen) (?:wir|ich|uns|mir|man)?\b|\bwas fehlt\b`,
    String.raw`\bqu'est-ce qu'il (?:nous |me )?(?:manque|faut)\b|\bqu'est-ce qui (?:nous |me )?manque\b|\bil (?:nous|me) (?:manque|faut) quoi\b|\bque (?:nous|me) faut-il\b|\bqu'(?:est-ce que|ai-je|avons-nous) (?:je dois|nous devons|à faire)\b`,
    String.raw`\bcosa (?:ci |mi )?(?:manca|serve|servirebbe|occorre|bisogna fare)\b|\bche cosa (?:ci |mi )?(?:manca|serve)\b|\bdi cosa abbiamo bisogno\b`,
    String.raw`\bqu[ée] (?:nos |me )?(?:falta|faltaría|haría falta|hace falta|necesitamos|necesito|necesitaríamos)\b`,
  ].join('|'),
  'iu',
);

// "ab wann gilt das?", "depuis quand c'est obligatoire ?", "从哪天开始执行的": when the thing just said applies.
const ASKS_WHEN =
  /什么时候|什麼時候|啥时候|啥時候|哪天|哪一天|几号|幾號|几月|幾月|何时|何時|多久|多长时间|多長時間|\b(?:since|from|until|till) when\b|\bwhen (?:does|did|do|is|was|will|would|has|have)\b|\b(?:what|which) date\b|\bhow long\b|\b(?:ab|seit|bis) wann\b|\bwann\b|\bwie lange\b|\bdepuis quand\b|\bà partir de quand\b|\bjusqu['’]à quand\b|\bquand\b|\bcombien de temps\b|\bda quando\b|\bfino a quando\b|\bquando\b|\bper quanto tempo\b|(?:desde|hasta) cu[áa]ndo|\bcu[áa]ndo\b|\bcu[áa]nto tiempo\b/iu;

export function asksWhen(text: string): boolean {
  return ASKS_WHEN.test(text);
}

// "另外 Spain站是哪天launch的", "und wann ist TikTok Shop in Spanien gestartet?": when a shop or program started, a
// question of its own, not when the thing just said applies.
const NAMES_A_LAUNCH =
  /上线|上線|开站|開站|开通|開通|开的|開的|开放|開放|\blaunch\w*|\bgo(?:es)? live|\bwent live|\bopen(?:ed|s)?\b|\bstart(?:ed)?\b|gestartet|\bstartete|eröffnet|lanciert|lanc[ée]|ouvert|lanciat[oa]|apert[oa]|partit[oa]|lanzad[oa]|lanz[óo]|abiert[oa]|empez[óo]/iu;

export function namesALaunch(text: string): boolean {
  return NAMES_A_LAUNCH.test(text);
}

/** The message without a leading "new topic" phrase, and whether it had one. */
export function stripNewTopic(text: string): { text: string; newTopic: boolean } {
  const m = NEW_TOPIC.exec(text.trim());
  if (!m || m[0].trim().length === 0) return { text, newTopic: false };
  const rest = text.trim().slice(m[0].length).trim();
  return rest ? { text: rest, newTopic: true } : { text, newTopic: false };
}

export function refersBack(text: string): boolean {
  return REFERS_BACK.test(text) || NAMES_THE_PROGRAM.test(text);
}

export function namesTheProgram(text: string): boolean {
  return NAMES_THE_PROGRAM.test(text);
}

export function asksWhatIsStillNeeded(text: string): boolean {
  return STILL_NEEDED.test(text);
}

// "回到刚才德国那个，涨之前是多少", "going back to the German one, what was it before?", "Zurück zu Deutschland – …",
// "Volviendo a España, ¿desde cuándo…?": the seller returns to an earlier turn, named by its country or its subject,
// and asks something new about it. The head (up to the first comma, dash or colon) names the turn; the rest asks.
const BACK_TO =
  /^(?:(?:ok(?:ay)?|so|well|嗯|好的?|那|alors|bon|allora|bueno|pues|gut|also)[,，\s]+)?(?:(?:再)?回到|说回|說回|回头说|回頭說|(?:going|go|coming|come|getting|get)\s+back\s+to|back\s+to|returning\s+to|zurück\s+zu(?:m|r)?|nochmal\s+zu(?:m|r)?|(?:pour\s+(?:en\s+)?)?revenir\s+(?:à|au|aux|sur)|revenons\s+(?:à|au|aux|sur)|je\s+reviens\s+(?:à|au|sur)|retour\s+(?:à|au|aux)|(?:ri)?tornando\s+(?:a|al|alla|allo|ai|agli|alle|in|sul(?:la)?)|torniamo\s+(?:a|al|alla|allo|ai|in|sul(?:la)?)|per\s+tornare\s+(?:a|al|alla|in)|volviendo\s+(?:a|al|con)|volvamos\s+(?:a|al|con)|retomando|regresando\s+(?:a|al))(?![\p{Script=Latin}])\s*(.{1,40}?)\s*(?:[,，、:：;；]|\s[-–—]\s)\s*(.+)$/iu;

/** A message that returns to an earlier turn: the words naming that turn, and what it asks about it. */
export function findBackReference(text: string): { head: string; rest: string } | undefined {
  const m = BACK_TO.exec(text.trim());
  return m?.[1] && m[2] ? { head: m[1], rest: m[2].trim() } : undefined;
}

// "for there", "für dort", "pour là-bas", "per lì", "para allí", "那边": the market named just before.
const MARKET_POINTER = /那边|那邊|那里|那裡|这个站|這個站|该站|\b(?:there|that market|same market|dort|dorthin|là-bas|ce marché|lì|quel mercato|allí|allá|ahí|ese mercado)(?!\p{L})/iu;

export function pointsAtMarket(text: string): boolean {
  return MARKET_POINTER.test(text);
}
