// Is a message a follow-up to the asker's previous turn, and what does it change? Deterministic patterns in six
// languages: ellipsis ("那法国呢？", "and for Italy?"), corrections ("sorry, I meant Spain"), what-ifs ("what if the
// VAT were French", "达人降到10%呢") and bare values ("德国", "DE").

import { hasQuestionWord } from '../analysis/analyze-message.js';

export type FollowUpKind = 'ellipsis' | 'correction' | 'what-if' | 'bare';

export interface FollowUpSignal {
  kind: FollowUpKind;
  /** The message without its follow-up words: what it changes ("法国", "Italy", "electronics"). */
  payload: string;
}

const CORRECTION = [
  /^(?:不好意思|抱歉|对不起|sorry)?[，,\s]*(?:打错了?|说错了?|写错了?|(?:不对|不對|错了|錯了)+)?[，,!！\s]*(?:我是说|我的意思是|应该是|是说|其实是|我问的是|是)\s*(.+)$/iu,
  // "no wait, Italy", "nein, Italien", "non, l'Italie": a no, then the right value.
  /^(?:no+|nope|nein|non|no no|wait|warte|attends|aspetta|espera)[,!.\s]+(?:wait[,!.\s]+|I meant\s+|ich meinte\s+|je voulais dire\s+|intendevo\s+|quería decir\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)[.!?]*$/u,
  /^(?:sorry|oops|my bad|correction)[,!.\s-]*(?:i\s+meant|i\s+mean|it'?s|make it|should be|i\s+wanted)\s+(.+)$/iu,
  /^(?:i\s+meant|i\s+mean|i\s+wanted to (?:say|ask about))\s+(.+)$/iu,
  /^(?:sorry|pardon|entschuldigung|sorry)?[,!.\s]*(?:ich meinte|ich meine|gemeint war|i meant)\s+(.+)$/iu,
  /^(?:pardon|désolée?|desolee?)?[,!.\s]*(?:je voulais dire|je veux dire|plutôt|plutot)\s+(.+)$/iu,
  /^(?:scusa|scusate|pardon)?[,!.\s]*(?:intendevo|volevo dire|cioè|cioe)\s+(.+)$/iu,
  /^(?:perdón|perdon|perdona|lo siento)?[,!.\s]*(?:quería decir|queria decir|me refería a|me referia a|quise decir)\s+(.+)$/iu,
];

const WHAT_IF = [
  /^(?:那|那么)?(?:如果|要是|假如|假设|换成|改成|换作)(.+?)(?:的呢|的话呢|的话|呢|会怎样|怎么样|怎样|怎么算|多少)?[?？。!！]*$/u,
  /^(?:(?:and|then|so|and then|ok so)[,\s]+)?(?:what\s+if|what\s+about\s+if|if|suppose|say)\s+(.+?)[?.!]*$/iu,
  /^(?:und\s+)?(?:was\s+(?:ist|wäre),?\s+wenn|wenn|und\s+wenn|angenommen)\s+(.+?)[?.!]*$/iu,
  /^(?:und\s+)?(?:was\s+wäre|wie\s+wäre\s+es|wie\s+sieht\s+es\s+aus|und)\s+mit\s+(.+?)[?.!]*$/iu,
  /^(?:et\s+)?(?:si|et\s+si|imaginons que|et\s+avec)\s+(.+?)\s*[?.!]*$/iu,
  /^(?:e\s+)?(?:se|e\s+se|mettiamo che|e\s+con)\s+(.+?)\s*[?.!]*$/iu,
  /^(?:[¿]?y\s+)?(?:si|y\s+si|[¿]?y\s+con|suponiendo que)\s+(.+?)\s*[?.!]*$/iu,
  /^(.+?)(?:降到|降为|降低到|降至|压到|压低到|砍到|减到|提高到|提到|涨到|加到|升到|调高到|调低到|改为|变成|换成|调到|调成|变为)(.+?)(?:呢|的话)?[?？。!！]*$/u,
];

const ELLIPSIS = [
  /^(?:那|那么|那如果|还有|另外)?(.{1,24}?)(?:呢|的呢|怎么样|咋样|如何|也一样吗|也是吗|一样吗|也有吗|也有没有|也能吗|也可以吗|也行吗)[?？。!！\s]*$/u,
  /^(?:那|那么|换成|改成)(.{1,24}?)[?？。!！\s]*$/u,
  /^(?:and\s+what\s+about|and\s+how\s+about|(?:and|what|how)\s+(?:about|for|in|with))\s+(.+?)\s*[?.!]*$/iu,
  /^(?:and|also|same for|same in|same with|now)\s+(.+?)\s*[?.!]*$/iu,
  /^(?:move it to|switch (?:it )?to|change (?:it )?to|do it for|same (?:thing|calc|calculation) for|try)\s+(.+?)(?:[,;]\s*(?:same|everything|rest).*)?\s*[?.!]*$/iu,
  /^(?:换到|改到|挪到|放到|换成|改成)(.{1,24}?)(?:站|试试|看看)?[?？。!！\s]*$/u,
  /^(?:und was ist mit|was ist mit|wie ist es mit|wie sieht es (?:in|mit|bei)|dasselbe für|und für|und in|und bei|und)\s+(.+?)\s*[?.!]*$/iu,
  /^(?:qu'en est-il (?:de|du|des|pour)|et pour|et en|et au|et aux|et avec|et la|et le|et)\s+(.+?)\s*[?.!]*$/iu,
  /^(?:invece (?:per|in)|e per la|e per il|e per|e in|e con|e la|e il|e)\s+(.+?)\s*[?.!]*$/iu,
  /^[¿]?(?:y para el|y para la|y qué tal|y para|y en|y con|y la|y el|qué tal|y)\s+(.+?)\s*[?.!]*$/iu,
];

/** Few enough words that the message cannot be a question of its own ("Deutschland", "DE", "有德国VAT"). */
function isBare(text: string): boolean {
  const t = text.replace(/[?？。!！.,，、\s]+$/u, '').trim();
  if (!t || /[?？]/.test(text) && t.length > 12) return false;
  // "德国标准增值税多少" asks a question of its own; "德国", "有德国VAT" answer one.
  if (hasQuestionWord(t)) return false;
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  const words = t.split(/\s+/).filter(Boolean).length;
  return han > 0 ? t.length <= 12 : words <= 3 && t.length <= 32;
}

// "ok what if…", "ouch. what if…", "嗯，那法国呢", "bon, et en Italie ?": an interjection before the follow-up itself.
const INTERJECTION =
  /^(?:ok(?:ay)?|alright|all right|hmm+|hm|well|right|ah|oh|ouch|ugh|wow|damn|yikes|got it|i see|thanks|thx|嗯+|好的?|哦+|噢|啊|哎|唉|明白了?|懂了|收到|谢谢|謝謝|alors|bon|ben|euh|d['’]accord|merci|allora|beh|ok allora|grazie|capito|vale|bueno|pues|gracias|entendido|na ja|naja|gut|danke|verstehe|aha)(?:[,!.，。！~\s]+)/iu;

export function detectFollowUp(text: string): FollowUpSignal | null {
  const whole = text.trim().replace(/\s+/g, ' ');
  const stripped = whole.replace(INTERJECTION, '');
  const t = stripped.length > 0 ? stripped : whole;
  if (!t || t.length > 160) return null;
  for (const re of CORRECTION) {
    const m = re.exec(t);
    if (m?.[1] && m[1].length <= 80) return { kind: 'correction', payload: m[1].trim() };
  }
  for (const re of WHAT_IF) {
    const m = re.exec(t);
    // "把货从德国仓调到法国仓呢", "售价从29.99降到25呢": what it changes from is no new value.
    if (m) return { kind: 'what-if', payload: (m[2] ? `${m[1]!.replace(/[从從][^，,]*$/u, '')} ${m[2]}` : m[1]!).trim() };
  }
  for (const re of ELLIPSIS) {
    const m = re.exec(t);
    if (m?.[1]) return { kind: 'ellipsis', payload: m[1].trim() };
  }
  if (isBare(t)) return { kind: 'bare', payload: t.replace(/[?？。!！]+$/u, '').trim() };
  // "西班牙呢，顺便把低档税率也说下": an ellipsis first, then what else to add.
  const lead = /^(.{1,24}?(?:呢|吗|嗎|[?？]))[，,；;\s]*(.+)$/u.exec(t);
  const head = lead ? ELLIPSIS.map((re) => re.exec(lead[1]!)).find((m) => m?.[1]) : undefined;
  if (lead && head?.[1]) return { kind: 'ellipsis', payload: `${head[1].trim()} ${lead[2]!.trim()}` };
  return null;
}
