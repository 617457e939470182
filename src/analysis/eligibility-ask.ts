// How sellers ask whether they may join Local Hosting, in six languages: the eligibility tool answers these clauses.

export const ELIGIBILITY_ASK = new RegExp(
  [
    String.raw`(?:能|可以|可不可以|能不能|能否|够不够|是否|有没有资格|有沒有資格|可否)(?:做|进|進|入驻|入駐|加入|参加|參加|申请|申請|报名|報名|开通|開通|上)?.{0,8}(?:本地托管|本地託管|本托|本託|托管|託管|local[- ]?hosting)`,
    String.raw`(?:本地托管|本地託管|本托|本託).{0,8}(?:资格|資格|条件够|符合|能做吗|可以吗|行不行|能不能|能进吗)`,
    String.raw`(?:符合|满足|滿足).{0,6}(?:条件|條件|要求)`,
    String.raw`能(?:做|进|進|入驻|入駐|报名|報名)(?:吗|嗎|不)|可以(?:入驻|入駐|申请|申請|报名|報名|加入)(?:吗|嗎)`,
    String.raw`\b(?:can|could|may)\s+(?:we|i|a\s+\w+\s+company|our\s+company)\s+(?:join|apply|enter|get\s+into|sign\s+up|qualify|be\s+accepted|use|do)\b`,
    String.raw`\b(?:eligible|eligibility|qualif(?:y|ies|ied)|good fit|are we (?:ok|fine|allowed)|would we be accepted|do we meet)\b`,
    String.raw`\b(?:können|dürfen|könnten)\s+wir\b.{0,40}(?:\b(?:teilnehmen|mitmachen|beitreten|bewerben|rein|dabei sein|nutzen)\b|local[- ]?hosting)|\b(?:teilnahmeberechtigt|zugelassen|berechtigt)\b`,
    String.raw`\b(?:geht|klappt|passt)\s+(?:das\s+)?local[- ]?hosting\b|local[- ]?hosting\b.{0,20}\b(?:möglich|machbar|drin)\b|\b(?:kommen wir|kämen wir)\s+(?:ins|in das|bei)\b`,
    String.raw`\blocal[- ]?hosting\b.{0,20}\b(?:possible|possibile|posible|pour nous|per noi|para nosotros)\b|\b(?:on peut|peut-on|pouvons-nous)\b.{0,30}local[- ]?hosting|\b(?:possiamo|si può)\b.{0,30}local[- ]?hosting|\b(?:podemos|se puede)\b.{0,30}local[- ]?hosting`,
    String.raw`\b(?:peut-on|pouvons-nous|on peut|je peux|puis-je)\b.{0,40}\b(?:rejoindre|participer|postuler|intégrer|accéder|entrer)|éligibles?|ça (?:passe|marche) pour\b.{0,20}local[- ]?hosting`,
    String.raw`\b(?:possiamo|posso|si può)\b.{0,40}\b(?:entrare|partecipare|aderire|candidarci|accedere|iscriverci)|\bidone[io]\b|\bammessi\b|rientriamo`,
    String.raw`\b(?:podemos|puedo|se puede)\b.{0,40}\b(?:entrar|participar|unirnos|aplicar|acceder|apuntarnos|postular)|\belegibles?\b|¿?(?:entramos|calificamos|cumplimos)\b`,
  ].join('|'),
  'iu',
);

/** The program named anywhere in the message: "能不能进？" then asks about joining it. */
export const NAMES_PROGRAM = /本地托管|本地託管|本托|本託|local[- ]?hosting|本土托管/iu;
// Asking to get in, without naming what: only about joining when the message names the program somewhere.
export const JOIN_ASK =
  /能不能(?:进|進|做|申请|申請|入驻|入駐|报名|報名)|(?:能|可以)(?:进|進|申请|申請|入驻|入駐|做|报名|報名)(?:吗|嗎|不|么)|符合条件|符合條件|够格|夠格|\b(?:can|could)\s+we\s+(?:actually\s+|still\s+)?(?:get\s+in|join|apply|do\s+it|qualify)\b|\bok\s+for\s+us\b|\bare\s+we\s+(?:eligible|in|ok)\b|\bdo\s+we\s+qualify\b|\bfür\s+uns\b|\bpour\s+nous\b|\bper\s+noi\b|\bpara\s+nosotros\b/iu;
