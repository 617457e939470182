// How sellers ask whether they may join Local Hosting, in six languages: the eligibility tool answers these clauses.
// One alternation per language; traditional characters beside the simplified ones. Only a question for a verdict
// belongs here: "要满足哪些条件" (what are the conditions) and "Können wir bei Local Hosting die Preise setzen?"
// ask facts, so a joining verb or the program ending the clause is required, never the program named anywhere.

const PROGRAM = String.raw`(?:本地托管|本地託管|本托|本託|本拖|local[- ]?hosting)`;
// The program ending the clause, or only "in Europe" after it ("possiamo fare local hosting in Europa?").
// "…can we do Local Hosting with this setup?": the seller's own situation after it too.
// "¿podemos hacer 本托 España?", "…Local Hosting in Germany?": one of the program's markets after it too.
const MARKET_AFTER = String.raw`(?:\s*(?:(?:in|en|im|a|à|nel|en el|for|für|pour|per|para)\s+)?(?:Deutschland|Frankreich|Italien|Spanien|Germany|France|Italy|Spain|Allemagne|Italie|Espagne|Germania|Francia|Italia|Spagna|Alemania|España|Espana|DE|FR|IT|ES|德国|德國|法国|法國|意大利|西班牙)(?![\p{L}]))?`;
const PROGRAM_END = String.raw`${PROGRAM}${MARKET_AFTER}(?:\s+(?:in|en|im|nell['’]|dans l['’])\s*(?:the\s+)?(?:Europe|Europa|EU|UE))?(?:\s+(?:with|avec|con|mit)\s+(?:this|that|such an?|our|cette|ce|notre|questa|questo|nostra|esta|este|nuestra|diesem|dieser|unserem|unserer)\s+\S+)?\s*(?:[?？]|$)`;

const ZH = [
  String.raw`(?:能|可以|可不可以|能不能|能否|够不够|夠不夠|是否|有没有资格|有沒有資格|可否|是不是(?:也)?(?:能|可以))\s*(?:做|进|進|入驻|入駐|加入|参加|參加|申请|申請|报名|報名|开通|開通|上|apply|join)?.{0,12}(?:${PROGRAM}|托管|託管)`,
  String.raw`(?:本地托管|本地託管|本托|本託).{0,8}(?:资格|資格|条件够|條件夠|符合|能做吗|能做嗎|可以吗|可以嗎|行不行|能不能|能进吗|能進嗎|能行不|能行吗|能行嗎|行不|行吗|行嗎|可行吗|可行嗎|有戏吗|有戲嗎)`,
  // "符合条件吗", "满足本托的要求不": a verdict; "要满足哪些条件" asks what they are, so only these words may stand between.
  // "符合条件的话第一步干嘛": if they qualify, what then; no verdict asked.
  String.raw`(?:符合|满足|滿足|达到|達到)(?:了|得了)?(?:这些|這些|上述|以上|所有|全部|入驻|入駐|本地托管|本地託管|本托|本託)?(?:的)?(?:入驻|入駐)?(?:条件|條件|要求|资格|資格)(?!的话|的話|之后|之後|以后|以後|后|後)`,
  String.raw`能(?:直接|马上|馬上|现在|現在|也|还|還)?(?:去|来|來)?(?:做|进|進|入|入驻|入駐|报名|報名|申请|申請)(?:吗|嗎|不|么|麼)|可以(?:直接|马上|馬上|现在|現在|也|还|還)?(?:去|来|來)?(?:入驻|入駐|申请|申請|报名|報名|加入|apply|join)\s*(?:吗|嗎|不|么|麼)`,
  // "符不符合条件", "够不够格": the A-not-A question.
  String.raw`(?:够|夠)(?:不够|不夠)?(?:条件|條件|资格|資格)|(?:条件|條件)(?:够|夠)(?:吗|嗎|不|了吗|了嗎)|符不符合|符合不符合|满不满足|滿不滿足|够不够格|夠不夠格|能不能进|能不能進|能不能入(?!口|门|門)|(?:能|可以)(?:报|報)(?:吗|嗎|不|么|麼)`,
  String.raw`(?:能|可以|可不可以|能不能)\s*(?:apply|join)\b`,
  // "有冇得做本地託管" (有没有得做), "咁仲得唔得" (还得不得), "这样是不是就不行了": Cantonese and chat forms of the verdict.
  String.raw`有没有得(?:做|进|進|入|申请|申請|报|報)|(?:还|還)?得不得|是不是(?:就)?(?:不行|不可以|没戏|沒戲|进不了|進不了)`,
  String.raw`是不是(?:也)?(?:能|可以)(?:进|進|做|申请|申請|入驻|入駐|报名|報名)`,
  // "我们这种 situation OK 吗", "这种情况行吗"
  String.raw`(?:这种|這種|这样|這樣)(?:情况|情況)?.{0,12}(?:能进|能進|能做|可以做|可以进|可以進|行不行|够格|夠格|有戏|有戲|(?:ok|OK|Ok|行|可以)\s*(?:吗|嗎|不|么|麼))`,
  // "这样还行吗", "这样可以吗", "那这样行不": a verdict on the facts just given (the analysis checks some are stated).
  String.raw`^(?:那|那么|那麼)?(?:这样|這樣|这样子|這樣子)(?:的话|的話)?(?:还|還|也)?(?:行|可以|ok|OK)(?:吗|嗎|不|么|麼)`,
].join('|');

const EN = [
  // "Can we use our own 3PL for local hosting?" asks a fact: "use"/"do" only with the program itself.
  String.raw`\b(?:can|could|may)\s+(?:we|i|a\s+\w+\s+company|our\s+company|a\s+company\s+like\s+(?:ours|us|mine)|companies\s+like\s+(?:ours|us))\s+(?:actually\s+|still\s+|even\s+|also\s+|already\s+)?(?:join|apply|enter|get\s+in(?:to)?|sign\s+up|qualify|be\s+accepted|participate|onboard|(?:use|do|try)\s+${PROGRAM_END})`,
  // "Could my UK Ltd join…?", "can our LLC apply for…?": the seller's own company, named by its form.
  String.raw`\b(?:can|could|may|would)\s+(?:my|our)\s+(?:[\w.-]+\s+){0,3}?(?:join|apply|enter|get\s+in(?:to)?|sign\s+up|qualify|be\s+accepted|participate)\b`,
  String.raw`\b(?:eligible|eligibility|qualif(?:y|ies|ied)|good fit|are we (?:ok|fine|allowed)|would we be accepted|do we meet)\b`,
  String.raw`\bare we in\s*(?:[?？]|$)`,
  // "Is that enough to get into local hosting?": the seller's facts, checked.
  String.raw`\b(?:is|would)\s+(?:that|this|it)\s+(?:be\s+)?enough\s+(?:to|for)\b`,
  String.raw`\b(?:are|am|is|would)\s+(?:we|i|our\s+company|our\s+\w+)\s+(?:be\s+)?able\s+to\s+(?:join|apply|enter|get\s+in|sign\s+up|participate|qualify|do\s+(?:it|this|that|${PROGRAM}))`,
  String.raw`\b(?:would|will|could)\s+(?:we|i)\s+(?:qualify|be\s+(?:eligible|accepted|admitted|approved)|get\s+(?:in|accepted|approved))\b`,
  // "is local hosting an option for us?", "is it possible for us?"
  String.raw`\b(?:is|would)\s+(?:${PROGRAM}|it|this|that)\s+(?:be\s+)?(?:an?\s+)?(?:option|possible|doable|available|open)\s+(?:for|to)\s+(?:us|me|our)\b`,
  // "…Polish VAT. does that work for Local Hosting?", "would this setup be ok for LH?": the facts just given, checked.
  String.raw`\b(?:does|do|would|will|could)\s+(?:that|this|it|we|our\s+(?:setup|set-up|situation|case))\s+(?:still\s+)?(?:work|be\s+(?:ok|okay|fine|enough|accepted))\s+(?:for|with)\s+${PROGRAM}`,
].join('|');

// How far "können wir", "peut-on", "possiamo", "podemos" may stand from the joining verb at the clause's end: the
// program's full name can come between ("Können wir trotzdem beim Local Hosting von TikTok Shop mitmachen?").
const VERB_REACH = 80;

const DE = [
  // "kann man sich … anmelden?" asks how joining works, not whether these sellers may.
  String.raw`\b(?:(?:können|dürfen|könnten)\s+wir|(?:kann|darf|könnte)\s+ich)\b.{0,${VERB_REACH}}\b(?:teilnehmen|mitmachen|beitreten|bewerben|rein|reinkommen|dabei sein|einsteigen|anmelden|aufgenommen werden)\b`,
  // "Können wir (trotzdem) bei Local Hosting?" ends on the program; "…bei Local Hosting die Preise setzen?" does not.
  String.raw`\b(?:können|dürfen|könnten)\s+(?:wir|ich)\s+(?:\S+\s+){0,2}?(?:bei|beim|ins|in das|am|an|mit|zu)\s+(?:dem\s+|das\s+)?${PROGRAM_END}`,
  String.raw`\b(?:können|dürfen|könnten|kann|darf|könnte)\s+(?:wir|ich)\s+(?:\S+\s+){0,2}?(?:das\s+|beim\s+)?${PROGRAM}${MARKET_AFTER}\s+(?:machen|nutzen|mitmachen)\b`,
  String.raw`\b(?:teilnahmeberechtigt|zugelassen|berechtigt)\b`,
  // "Passen wir fürs Local Hosting?", "Eignen wir uns dafür?"
  String.raw`\b(?:passen|eignen|qualifizieren)\s+(?:wir|uns)\b.{0,30}(?:${PROGRAM}|dafür|\brein\b)|\bsind\s+wir\s+(?:geeignet|qualifiziert)\b`,
  // "Kommen wir trotzdem ins Local Hosting rein?", "Kommen wir für Local Hosting in Frage?"
  String.raw`\b(?:kommen|kämen)\s+(?:wir|ich)\b.{0,80}(?:\brein\b|\bins\b|\bin\s+Frage\b|\binfrage\b)`,
  String.raw`\b(?:geht|klappt|passt|reicht)\s+(?:das|es)\b.{0,30}(?:${PROGRAM}|für uns|für (?:eine|die) (?:Bewerbung|Anmeldung|Teilnahme))|\b(?:geht|klappt|passt)\s+(?:das\s+)?local[- ]?hosting\b`,
  String.raw`local[- ]?hosting\b.{0,20}\b(?:möglich|machbar|drin|eine Option)\b|\berfüllen wir\b.{0,30}\b(?:Voraussetzungen|Bedingungen|Anforderungen)\b`,
].join('|');

const FR = [
  String.raw`\b(?:peut-on|pouvons-nous|on peut|je peux|puis-je|est-ce qu['’]on peut|est-ce que (?:nous pouvons|je peux))\b.{0,${VERB_REACH}}\b(?:rejoindre|participer|postuler|intégrer|accéder|entrer|candidater|adhérer|s['’]inscrire)`,
  String.raw`\b(?:on peut|peut-on|pouvons-nous|je peux|puis-je|on pourrait|pourrait-on|pourrions-nous)\s+(?:\S+\s+)?(?:dans le|au|en|le|du|faire le|faire du)\s+${PROGRAM_END}`,
  // "c'est bon pour rejoindre le Local Hosting ?", "ça suffit pour entrer ?".
  String.raw`\bc['’]est bon pour (?:rejoindre|participer|postuler|entrer|intégrer|le|la|l['’])|éligibles?|\bon est (?:bons|ok|dedans)\b|ça (?:passe|marche) pour\b.{0,20}local[- ]?hosting|\b(?:remplit-on|remplissons-nous|on remplit)\b.{0,20}\b(?:conditions|critères)\b`,
  String.raw`local[- ]?hosting\b.{0,20}(?:\bpossible\b|pour nous|jouable)`,
  // "Est-ce que ça suffit pour le programme local hosting ?": the facts just given, checked.
  String.raw`(?<![\p{L}])(?:ça|ca|cela)\s+(?:suffit|suffirait|est suffisant|serait suffisant)\b.{0,40}(?:${PROGRAM}|pour (?:nous|postuler|rejoindre|être accept))`,
].join('|');

const IT = [
  // \b is ASCII-only: after "può" it finds no boundary, so accented endings use a lookahead.
  String.raw`(?:\b(?:possiamo|posso|potremmo)\b|\bsi può(?!\p{L})).{0,${VERB_REACH}}\b(?:entrare|partecipare|aderire|candidarci|accedere|iscriverci|rientrare)`,
  String.raw`(?:\b(?:possiamo|posso|potremmo|potrei)\b|\bsi può(?!\p{L})|\bsi potrebbe\b)\s+(?:\S+\s+)?(?:nel|al|il|col|con il|fare il|fare)\s+${PROGRAM_END}`,
  String.raw`local[- ]?hosting\b.{0,20}(?:\bsi può(?!\p{L})|è possibile|\bpossibile\b|per noi|fa per noi)`,
  // "va bene per il local hosting?", "andiamo bene per il 本托?"
  String.raw`\b(?:va|andiamo|andrebbe)\s+bene\s+(?:per|con)\s+(?:il\s+|lo\s+)?${PROGRAM}`,
  String.raw`\bidone[io]\b|\bammessi\b|rientriamo|\babbiamo i requisiti\b|\bsoddisfiamo\b`,
  // "Ci fanno entrare nel local hosting?", "ci accettano?"
  String.raw`\bci\s+(?:fanno|farebbero|lasciano|lascerebbero)\s+(?:entrare|partecipare|aderire)\b|\bci\s+(?:accettano|accetterebbero|ammettono|ammetterebbero|prendono|prenderebbero)\b`,
].join('|');

const ES = [
  // "¿se puede aplicar libremente o es solo por invitación?" asks how joining works, not whether these sellers may.
  String.raw`\b(?:podemos|puedo|podríamos)\b.{0,${VERB_REACH}}\b(?:entrar|participar|unirnos|aplicar|acceder|apuntarnos|postular|inscribirnos)`,
  String.raw`\b(?:podemos|se puede|puedo|podríamos|podría)\s+(?:\S+\s+)?(?:en el|al|el|con el|hacer el|hacer)\s+${PROGRAM_END}`,
  // "¿Nos dejarían entrar en el Local Hosting?", "¿nos dejan entrar?", "¿nos cogerían en el Local Hosting?"
  String.raw`\b(?:dejar[íi]an|dejan|dejarán|admiten|admitirían|aceptan|aceptarían|aceptarán|cogerían|cogen|cogerán|meterían)\b.{0,30}(?:\bentrar\b|\bparticipar\b|local[- ]?hosting)`,
  // "¿valemos para local hosting?", "¿encajamos en el 本托?": the seller's own fit, in the first person too.
  String.raw`\b(?:vale|sirve|valdría|serviría|valemos|servimos|valdríamos|valdriamos|encajamos|encajaríamos)\b.{0,20}${PROGRAM}`,
  // "¿Somos aptos para el 本托?"; "¿Podemos solicitarlo?" (one may ask how to apply: "¿cómo se puede solicitar?" is
  // no verdict, so only "we/I can").
  String.raw`\b(?:somos|soy|seríamos|seriamos)\s+(?:aptos?|elegibles?|válidos?|candidatos?)\b|\b(?:podemos|puedo|podríamos)\b.{0,${VERB_REACH}}\bsolicitar(?:lo|la)?\b`,
  String.raw`\belegibles?\b|¿?(?:entramos|calificamos|cumplimos)\b|local[- ]?hosting\b.{0,20}(?:\bposible\b|para nosotros)`,
].join('|');

// "¿Local Hosting sí o no?", "Local Hosting行不行"; a clause that is only "¿Podemos?", "Can we?", "可以吗？" after the
// seller's facts.
const ANY = [
  String.raw`${PROGRAM}.{0,12}(?:sí o no|si o no|ja oder nein|oui ou non|sì o no|yes or no|行不行|可不可以|可以吗|可以嗎)`,
  String.raw`^\s*(?:¿\s*)?(?:y\s+|and\s+|und\s+|et\s+|e\s+)?(?:podemos|se puede|can we|could we|können wir|dürfen wir|on peut|peut-on|possiamo|si può|可以吗|可以嗎|能行吗|能行嗎|行吗|行嗎|行不行)\s*[?？]*\s*$`,
  // "Geht damit Local Hosting?", "ok x local hosting?", "does that tick the boxes for Local Hosting?", "reicht das für
  // Local Hosting?": the verdict asked in chat shorthand.
  String.raw`\bgeht (?:damit|das|es)\b.{0,12}${PROGRAM}|(?<![\p{L}])ok (?:x|per|pour|para|for|für)\s+${PROGRAM}|\btick(?:s)? (?:all )?the boxes\b|\b(?:reicht|passt) (?:das|es)\b.{0,16}${PROGRAM}|\b(?:are|is) we good (?:for|to)\b`,
].join('|');

// "…TVA FR. ça passe ?", "si può fare lo stesso?", "on peut y aller ?": a verdict asked in a word after the seller's
// own situation (the message analysis checks that one is stated: after a fact question these words ask nothing).
export const GENERIC_ASK = new RegExp(String.raw`(?:^|[.。!！]\s+)\s*(?:¿\s*)?(?:(?:y|and|und|et|e|so|alors|donc|quindi|entonces|also|ok|bon)[,\s]+)?(?:ok\s*吗|OK\s*吗|ok\s*嗎|行吗|行嗎|可以吗|可以嗎|ça passe|ca passe|ça marche|c['’]est bon(?:\s+pour\s+(?:le\s+)?${PROGRAM})?|c['’]est ok|on peut y aller|c['’]est jouable|is that ok|does that work|would that work|are we good|geht das|klappt das|passt das|reicht das|va bene|funziona|si può fare(?:\s+lo stesso)?|può andare|nos vale|sirve así|vale así|es posible(?:\s+para\s+nosotros)?|está bien así|è possibile(?:\s+per\s+noi)?|per noi è possibile|c['’]est possible(?:\s+pour\s+nous)?|is (?:that|it) (?:possible|enough)(?:\s+for\s+us)?|reicht das(?:\s+für\s+uns)?|ist das möglich|basta(?:\s+così)?|ça suffit|ca suffit|c['’]est suffisant|es suficiente|con eso basta|è sufficiente|is (?:that|this) enough)(?:\s+(?:so|así|così|ainsi|comme ça|lo stesso|trotzdem))?(?:\s+(?:pour|for|für|per|para)\s+(?:le\s+|du\s+|il\s+|el\s+|das\s+|the\s+)?${PROGRAM})?\s*[?？!]*\s*$`, 'iu');
/** The seller describes their own set-up: a company, a warehouse or stock. */
// Letters, not \b: JavaScript's \b is ASCII-only, so "société" or "società" would never end at one.
export const STATES_SITUATION =
  /公司|主体|主體|仓|倉|工厂|工廠|(?<!\p{L})(?:company|entity|warehouse|3PL|stock|GmbH|UG|SARL|SAS|SRL|S\.?r\.?l\.?|S\.?L\.?|Ltd|Firma|Lager|Ware|société|entrepôt|marchandise|azienda|società|magazzino|merce|empresa|almacén|mercancía|sociedad)(?!\p{L})/iu;

export const ELIGIBILITY_ASK = new RegExp([ZH, EN, DE, FR, IT, ES, ANY].join('|'), 'iu');

/** Any of the hosting modes named, or hosting itself ("托管", "hosted", "hosting"). */
export const NAMES_ANY_PROGRAM = /托管|託管|本托|本託|本拖|全托|全託|半托|半託|hosting|hosted|\bLH\b/iu;

/** The program named anywhere in the message: "能不能进？" then asks about joining it. */
export const NAMES_PROGRAM = /本地托管|本地託管|本托|本託|本拖|本土托管|本土託管|local[- ]?host(?:ing)?\b/iu;
// Asking to get in, without naming what: only about joining when the message names the program somewhere.
export const JOIN_ASK =
  /能不能(?:进|進|做|申请|申請|入驻|入駐|报名|報名)|(?:能|可以)(?:进|進|申请|申請|入驻|入駐|做|报名|報名|上)(?:吗|嗎|不|么|麼)|是不是(?:也)?能(?:进|進)|符合条件(?!的话|的話|之后|之後|以后|以後|后|後)|符合條件(?!的话|的話|之后|之後|以后|以後|后|後)|够格|夠格|有戏吗|有戲嗎|\b(?:can|could)\s+we\s+(?:actually\s+|still\s+)?(?:get\s+in|join|apply|do\s+it|qualify)\b|\bok\s+for\s+us\b|\bare\s+we\s+(?:eligible|in|ok)\b|\bdo\s+we\s+qualify\b|\bfür\s+uns\b|\bpour\s+nous\b|\bper\s+noi\b|\bpara\s+nosotros\b/iu;
