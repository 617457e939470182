// How sellers ask for a profit, a margin, a break-even or a price, in six languages: with numbers in the message,
// the margin calculator answers these clauses. One alternation per language; traditional characters beside the
// simplified ones. "What is left" is how many sellers ask for the profit: "每件剩多少", "what's left per piece",
// "Was bleibt pro Stück", "il me reste combien", "quanto mi resta", "¿cuánto me queda?". A request to do the sums
// asks for it too ("run the numbers", "帮我算下", "kannst du das durchrechnen", "mi fate il conto", "hazme las cuentas").

const ZH = [
  '利润', '利潤', '赚', '賺', '挣', '掙', '盈利', '毛利', '净利', '淨利', '保本', '回本', '定价多少', '定價多少', '卖多少钱', '賣多少錢',
  '亏不亏', '虧不虧', '亏本', '虧本', '亏多少', '虧多少', '剩多少', '剩下多少', '剩几', '剩幾', '到手多少', '落袋', '划算', '划不划算',
  '帮我算', '幫我算', '帮忙算', '幫忙算', '算一下', '算下', '算算', '算一算', '算个账', '算個賬', '算笔账', '算筆賬', '核算',
  // "这个价行不行", "值不值得做": is it viable.
  '行不行', '可不可行', '可行吗', '可行嗎', '值不值', '值得做吗', '值得做嗎', '有得赚', '有得賺',
  // "是不是在亏钱": a loss is a profit asked about.
  '亏钱', '虧錢', '亏损', '虧損',
].join('|');

const EN = String.raw`profit|margin|break[- ]?even|\broi\b|how much (?:do|would|will|can|could|did) (?:i|we) (?:actually |really |even |still )?(?:make|earn|keep|net|clear|pocket|take home)|what (?:do|would|will|can) (?:i|we) (?:actually |really |even |still )?(?:make|earn|keep|net|clear|pocket)|what(?:['’]s| is| would be| will be) left|left (?:over|per|for me|for us)|\bkeep per\b|\bnet per\b|what price|\b(?:do|would|will|can|could|am|are) (?:i|we) (?:make|earn|making|earning) (?:any|anything|money|a profit)|\bearn(?:ings)?\b|make money|worth it|(?:run|crunch|do) (?:the |these |my |some )?(?:numbers|math|maths|sums)|\bcalculate\b|\bcalc\b|work (?:it|this|that) out|(?:does|will|would) (?:it|this|that) (?:still )?(?:work|pay off|add up)|(?:is|it's|still) (?:it |this |that )?viable|numbers? (?:work|add up)|\b(?:making|losing|lose|lost) (?:or (?:losing|making) )?money\b|\b(?:at|making|make) a loss\b`;

const DE = String.raw`Gewinn|Marge|verdien|übrig|was bleibt|bleibt (?:mir|uns|da|dann|noch|hängen|pro|je|am Ende|unterm Strich)|hängen ?bleibt|lohnt sich|lohnt es sich|rentiert|rentabel|Überschuss|Deckungsbeitrag|durchrechnen|ausrechnen|\b(?:rechne|rechnen|berechne|kalkuliere|kalkulieren)\b|\brechnet (?:mir|uns)\b|rechnet sich|geht (?:das|die Rechnung) auf|Verlust machen|machen wir (?:Verlust|Minus)|ins Minus|(?:hab|habe|haben|krieg|kriege|kriegen|bekomme|bekommen) (?:ich|wir)\b[^.?!]{0,24}\braus\b|netto (?:raus|übrig)`;

const FR = String.raw`bénéfice|benefice|gagne|(?:me|nous|te|vous) reste|reste(?:-t-il)? combien|combien (?:il )?(?:me |nous )?reste|me laisse|nous laisse|ça laisse|ca laisse|vaut le coup|\bmarge\b|rentab|\bb[ée]n[ée]f\b|ça donne (?:quoi|combien)|ca donne (?:quoi|combien)|(?:fais|faire|faites)(?:-moi)? (?:le|les|un) calculs?|calcule[zr]?\b|ça passe|ca passe|c['’]est viable|ça tient|ca tient|\bà perte\b|perd(?:s|ons|ez)? de l['’]argent`;

const IT = String.raw`guadagn|margine|\butile\b|(?:mi|ci|ti|vi) (?:resta|restano|rimane|rimangono|avanza)|quanto (?:resta|rimane|avanza)|resta in tasca|conviene|ne vale la pena|vale la pena|compensa|ci sto dentro|(?:fa|fai|fate|fare|fammi|farmi)(?: mi| ci)? (?:il|i|un|due) (?:cont[oi]|calcol[oi])|calcol[ai]\w*|sta in piedi|regge\b|ci sta\?|in perdita|perd(?:o|iamo|ete) soldi|quanto ci (?:faccio|facciamo|tiro fuori)`;

const ES = String.raw`beneficio|ganancia|\bgano\b|\bgana\b|ganamos|ganaría|\bmargen\b|(?:me|nos|te|le) (?:queda|quedan|quedaría)|(?:cuánto|cuanto) queda|queda (?:limpio|neto|de beneficio)|sale a cuenta|compensa|rentable|(?:haz|hazme|haces|hacéis|hacer|hacerme|echa|echar|échame|echarme)(?: las| la| unas)? cuentas?|calcul(?:a|as|ar|ame|ármelo|arlo)\b|(?:me |nos )?sale rentable|cuadran? (?:las cuentas|los números)|¿?(?:me |nos )?cuadra\b|da para algo|\ba pérdida\b|en pérdidas|perd(?:emos|o|éis) dinero|(?:cuánto|cuanto) (?:saco|sacamos|me llevo|nos llevamos)`;

export const MARGIN_ASK = new RegExp([ZH, EN, DE, FR, IT, ES].join('|'), 'iu');

// "帮我算下利润：…", "run the numbers: …", "rechne mir das durch": a request to do the sums, which asks for the margin
// even when it is no question and the message asks a fact beside it.
export const MARGIN_REQUEST =
  /帮我算|幫我算|帮忙算|幫忙算|算一下|算下|算算|算一算|算个账|算個賬|算笔账|算筆賬|核算|\bcalc(?:ulate)?\b|(?:run|crunch|do) (?:the |these |my |some )?(?:numbers|math|maths|sums)|work (?:it|this|that) out|durchrechnen|ausrechnen|\b(?:rechne|berechne|kalkuliere)\b|\brechnet (?:mir|uns)\b|(?:fais|faire|faites)(?:-moi)? (?:le|les|un) calculs?|\bcalcule[zr]?\b|(?:fa|fai|fate|fare|fammi|farmi)(?: mi| ci)? (?:il|i|un|due) (?:cont[oi]|calcol[oi])|\bcalcol(?:a|ami|are|atemi)\b|(?:haz|hazme|haces|hacer|hacerme|echa|échame|echarme)(?: las| la| unas)? cuentas?|\bcalcul(?:a|ame|ármelo|arlo)\b/iu;
