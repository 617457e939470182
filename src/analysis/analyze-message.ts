// Reads a chat message before anything answers it: which clauses ask something, which only give context, and what
// each question asks for (a fact, an eligibility verdict, a margin). Plain data: retrieval, the tools and the
// conversation layer all read it, and tests pin it on tables.

export type Intent = 'fact' | 'eligibility' | 'margin';

export interface Clause {
  text: string;
  question: boolean;
  intent: Intent;
}

export interface MessageAnalysis {
  clauses: Clause[];
  /** The clauses that ask something, in message order. */
  questions: Clause[];
  /** What the message asks for as a whole: a tool only when a question clause asks for its result. */
  wants: { eligibility: boolean; margin: boolean; facts: number };
}

const QUESTION_END = /[?？]\s*$|(?:吗|嗎|呢|么|麼|不|没|沒|吧)\s*[?？。!！~～]*\s*$/u;
// Question words anywhere in a clause ("what", "多少", "combien")...
const QUESTION_WORDS = new RegExp(
  [
    String.raw`多少|几个|幾個|几|幾|什么|什麼|啥|哪|怎么|怎麼|咋|如何|是否|能不能|可不可以|可以.*吗|要不要|需不需要|有没有|有沒有|是不是|谁|誰|何时|多久|多长`,
    String.raw`\b(?:what|when|where|which|who|whom|whose|why|how)\b`,
    String.raw`\b(?:wie|was|wann|wo|welche[rsnm]?|wer|warum|wieviel|wie viel)\b`,
    String.raw`\b(?:quel(?:le)?s?|quand|où|combien|comment|pourquoi|est-ce que|y a-t-il|faut-il)\b`,
    String.raw`\b(?:qual[ie]?|quando|dove|quanto|quanti|quante|perché)\b`,
    String.raw`(?:\b|¿)(?:cuál|cuáles|cuándo|dónde|cuánto|cuántos|cómo|por qué|quién)\b`,
  ].join('|'),
  'iu',
);
// ...and verbs that ask only when they open the clause ("Is VAT withheld…", "Können wir…"), not in "our company is…".
const QUESTION_OPENERS =
  /^(?:and\s+|also\s+|und\s+|et\s+|e\s+|y\s+)?(?:¿\s*)?(?:is|are|was|were|can|could|do|does|did|will|would|should|shall|may|must|have|has|any|ist|sind|kann|können|darf|dürfen|muss|müssen|gibt es|brauche|brauchen|braucht|peut|peux|pouvons|puis-je|dois|doit|faut|serait|può|posso|possiamo|serve|servono|bisogna|c'è|ci sono|puedo|podemos|puede|hay|necesito|necesitamos|hace falta|se puede)\b/iu;

const ELIGIBILITY_ASK = new RegExp(
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

const MARGIN_ASK =
  /利润|赚多少|能赚|挣多少|赚钱|盈利|毛利|保本|回本|定价多少|卖多少钱|亏不亏|profit|margin|break[- ]?even|\broi\b|how much (?:do|would|will|can) (?:i|we) (?:make|earn|keep)|what price|Gewinn|Marge|verdien|übrig|lohnt sich|rentiert|bénéfice|gagne|reste|vaut le coup|conviene|ne vale la pena|vale la pena|compensa|worth it|marge|rentab|guadagn|margine|utile|beneficio|ganancia|ganamos|margen/iu;

/** Sentences and clauses: a question often follows its context after a comma ("东莞公司，货在德国，能做本托吗"). */
export function splitClauses(text: string): string[] {
  const sentences = text
    .split(/(?<=[。！？!?；;\n])|(?<=\.)\s+(?=[A-Z¿¡\p{Script=Han}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const sentence of sentences) {
    // Comma-joined parts: context runs up to the question that follows it ("东莞公司，货在德国，能做本托吗"), and
    // a second question after a comma is a clause of its own ("What's the VAT rate, and what commission…?").
    const parts = sentence.split(/[，,、]\s*/u).map((p) => p.trim()).filter(Boolean);
    let context: string[] = [];
    for (const part of parts) {
      if (isQuestionText(part)) {
        if (context.length) out.push(context.join('，'));
        out.push(part);
        context = [];
      } else {
        context.push(part);
      }
    }
    if (context.length) out.push(context.join('，'));
  }
  return out;
}

function isQuestionText(text: string): boolean {
  return QUESTION_END.test(text) || QUESTION_WORDS.test(text) || QUESTION_OPENERS.test(text.trim());
}

/** The program named anywhere in the message: "能不能进？" then asks about joining it. */
const NAMES_PROGRAM = /本地托管|本地託管|本托|本託|local[- ]?hosting|本土托管/iu;
// Asking to get in, without naming what: only about joining when the message names the program somewhere.
const JOIN_ASK =
  /能不能(?:进|進|做|申请|申請|入驻|入駐|报名|報名)|(?:能|可以)(?:进|進|申请|申請|入驻|入駐|做|报名|報名)(?:吗|嗎|不|么)|符合条件|符合條件|够格|夠格|\b(?:can|could)\s+we\s+(?:actually\s+|still\s+)?(?:get\s+in|join|apply|do\s+it|qualify)\b|\bok\s+for\s+us\b|\bare\s+we\s+(?:eligible|in|ok)\b|\bdo\s+we\s+qualify\b|\bfür\s+uns\b|\bpour\s+nous\b|\bper\s+noi\b|\bpara\s+nosotros\b/iu;
const NUMBER = /\d+(?:[.,]\d+)?/g;

function intentOf(text: string, message: string): Intent {
  // "our margins got hit in January - when did the commission change?" asks a fact: a profit question gives numbers.
  if (MARGIN_ASK.test(text) && (message.match(NUMBER) ?? []).length >= 2) return 'margin';
  if (ELIGIBILITY_ASK.test(text) || (JOIN_ASK.test(text) && NAMES_PROGRAM.test(message))) return 'eligibility';
  return 'fact';
}

export function analyzeMessage(text: string): MessageAnalysis {
  const clauses = splitClauses(text).map((t): Clause => ({ text: t, question: isQuestionText(t), intent: intentOf(t, text) }));
  const questions = clauses.filter((c) => c.question);
  const asked = questions.length > 0 ? questions : clauses;
  return {
    clauses,
    questions,
    wants: {
      eligibility: asked.some((c) => c.intent === 'eligibility'),
      margin: asked.some((c) => c.intent === 'margin'),
      facts: questions.filter((c) => c.intent === 'fact').length,
    },
  };
}
