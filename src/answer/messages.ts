import type { Lang } from '../contract/types.js';

export interface Messages {
  abstain: string;
  unknown: string;
  empty: string;
  noText: string;
  truncated: (max: number) => string;
  greeting: string;
  rateLimited: string;
  sources: string;
  asOf: string;
  uncertain: string;
  englishOnly: string;
  listSeparator: string;
  stale: (verified: string) => string;
}

const zh: Messages = {
  abstain: '抱歉，知识库里没有找到可靠的答案，我不想猜测规则、费用或资格。请@社区管理员或平台招商经理确认。',
  unknown: '这一点平台尚未公开，我不能给出数字或规则。请向平台招商经理或社区管理员确认。',
  empty: '请直接输入您的问题，例如：“本地托管需要什么条件？”',
  noText: '我没看懂这条消息。请用文字描述您的问题，例如：“本地托管在哪些国家上线？”',
  truncated: (max) => `（您的消息较长，我只读取了前 ${max} 个字符。）`,
  greeting:
    '您好！我回答 TikTok Shop 欧洲“本地托管”及全托管、品牌托管的问题，并附来源和日期。也可以帮您判断入驻资格（/eligibility）和计算利润（/margin）。例如：“本地托管需要什么条件？”',
  rateLimited: '您发得太快了，请稍等片刻再问。',
  sources: '来源',
  asOf: '资料日期',
  uncertain: '⚠️ 以下信息来自行业媒体报道，未经平台官方确认：',
  englishOnly: '',
  listSeparator: '；',
  stale: (verified) => `⏳ 此信息最后核实于 ${verified}，可能已过时，重要决定前请向招商经理确认。`,
};

const en: Messages = {
  abstain:
    "Sorry, I couldn't find a reliable answer in the knowledge base, and I won't guess about rules, fees or eligibility. Please ask a community manager or your TikTok Shop account manager.",
  unknown:
    'This has not been published by the platform, so I cannot give a figure or rule. Please check with your TikTok Shop account manager or a community manager.',
  empty: 'Please type your question, for example: "What are the requirements for Local Hosting?"',
  noText: 'I could not read a question in that message. Please describe it in words, for example: "Which countries does Local Hosting cover?"',
  truncated: (max) => `(Your message was long; I read the first ${max} characters.)`,
  greeting:
    'Hi! I answer questions about TikTok Shop Europe\'s Local Hosting (本地托管), Full Hosting and Brand Hosting, with sources and dates. I can also check your eligibility (/eligibility) and calculate your margin (/margin). Try: "What are the requirements for Local Hosting?"',
  rateLimited: 'You are sending messages too quickly; please wait a moment.',
  sources: 'Sources',
  asOf: 'As of',
  uncertain: '⚠️ Reported by trade press, not confirmed by the platform:',
  englishOnly: '',
  listSeparator: '; ',
  stale: (verified) => `⏳ Last verified ${verified}; this may be outdated. Check with your account manager before deciding.`,
};

const de: Messages = {
  abstain: 'Dazu habe ich keine verlässliche Antwort in der Wissensbasis und rate nicht bei Regeln, Gebühren oder Zulassung. Bitte fragen Sie einen Community-Manager.',
  unknown:
    'Das hat die Plattform nicht veröffentlicht, deshalb kann ich keine Zahl und keine Regel nennen. Bitte fragen Sie Ihren TikTok-Shop-Account-Manager oder einen Community-Manager.',
  empty: 'Bitte schreiben Sie Ihre Frage, z. B. „Welche Voraussetzungen gelten für Local Hosting?“',
  noText: 'In dieser Nachricht konnte ich keine Frage lesen. Bitte beschreiben Sie sie in Worten, z. B. „In welchen Ländern gibt es Local Hosting?“',
  truncated: (max) => `(Ihre Nachricht war lang; ich habe die ersten ${max} Zeichen gelesen.)`,
  greeting:
    'Hallo! Ich beantworte Fragen zu Local Hosting (本地托管), Full Hosting und Brand Hosting bei TikTok Shop Europa, mit Quellen und Datum. Ich prüfe auch Ihre Zugangsvoraussetzungen (/eligibility) und rechne Ihre Marge (/margin). Zum Beispiel: „Welche Voraussetzungen gelten für Local Hosting?“',
  rateLimited: 'Sie senden zu schnell Nachrichten; bitte warten Sie einen Moment.',
  sources: 'Quellen',
  asOf: 'Stand',
  uncertain: '⚠️ Laut Fachpresse, von der Plattform nicht bestätigt:',
  englishOnly: '(Antwort auf Englisch – diesen Teil der Wissensbasis gibt es auf Deutsch noch nicht.)',
  listSeparator: '; ',
  stale: (verified) => `⏳ Zuletzt geprüft am ${verified}; das kann veraltet sein. Bitte vor einer Entscheidung beim Account-Manager nachfragen.`,
};

const fr: Messages = {
  abstain: "Je n'ai pas de réponse fiable dans la base de connaissances et je ne devine pas les règles, frais ou conditions. Merci de demander à un community manager.",
  unknown:
    "La plateforme ne l'a pas publié, je ne peux donc donner ni chiffre ni règle. Vérifiez auprès de votre account manager TikTok Shop ou d'un community manager.",
  empty: "Merci d'écrire votre question, par exemple : « Quelles sont les conditions du Local Hosting ? »",
  noText: "Je n'ai pas pu lire de question dans ce message. Décrivez-la avec des mots, par exemple : « Dans quels pays le Local Hosting est-il ouvert ? »",
  truncated: (max) => `(Votre message était long ; j'en ai lu les ${max} premiers caractères.)`,
  greeting:
    'Bonjour ! Je réponds aux questions sur le Local Hosting (本地托管), le Full Hosting et le Brand Hosting de TikTok Shop Europe, avec sources et dates. Je vérifie aussi votre éligibilité (/eligibility) et calcule votre marge (/margin). Par exemple : « Quelles sont les conditions du Local Hosting ? »',
  rateLimited: 'Vous envoyez des messages trop vite ; merci de patienter un instant.',
  sources: 'Sources',
  asOf: 'À jour au',
  uncertain: '⚠️ Selon la presse spécialisée, non confirmé par la plateforme :',
  englishOnly: "(Réponse en anglais – cette partie de la base de connaissances n'existe pas encore en français.)",
  listSeparator: ' ; ',
  stale: (verified) => `⏳ Dernière vérification le ${verified} ; cela peut être dépassé. Vérifiez auprès de votre account manager avant de décider.`,
};

const it: Messages = {
  abstain: 'Non ho una risposta affidabile nella base di conoscenza e non tiro a indovinare su regole, commissioni o requisiti. Chiedi a un community manager.',
  unknown:
    "La piattaforma non l'ha pubblicato, quindi non posso dare né cifre né regole. Verifica con il tuo account manager TikTok Shop o con un community manager.",
  empty: 'Scrivi la tua domanda, ad esempio: «Quali sono i requisiti del Local Hosting?»',
  noText: 'Non sono riuscito a leggere una domanda in questo messaggio. Descrivila a parole, ad esempio: «In quali paesi è attivo il Local Hosting?»',
  truncated: (max) => `(Il tuo messaggio era lungo; ho letto i primi ${max} caratteri.)`,
  greeting:
    'Ciao! Rispondo alle domande su Local Hosting (本地托管), Full Hosting e Brand Hosting di TikTok Shop Europa, con fonti e date. Posso anche verificare i tuoi requisiti (/eligibility) e calcolare il tuo margine (/margin). Ad esempio: «Quali sono i requisiti del Local Hosting?»',
  rateLimited: 'Stai inviando messaggi troppo velocemente; attendi un momento.',
  sources: 'Fonti',
  asOf: 'Aggiornato al',
  uncertain: '⚠️ Secondo la stampa di settore, non confermato dalla piattaforma:',
  englishOnly: '(Risposta in inglese – questa parte della base di conoscenza non è ancora disponibile in italiano.)',
  listSeparator: '; ',
  stale: (verified) => `⏳ Ultima verifica il ${verified}; potrebbe non essere aggiornato. Verifica con il tuo account manager prima di decidere.`,
};

const es: Messages = {
  abstain: 'No tengo una respuesta fiable en la base de conocimiento y no adivino reglas, tarifas ni requisitos. Consulta a un community manager.',
  unknown:
    'La plataforma no lo ha publicado, así que no puedo dar cifras ni reglas. Consúltalo con tu account manager de TikTok Shop o con un community manager.',
  empty: 'Escribe tu pregunta, por ejemplo: «¿Qué requisitos tiene Local Hosting?»',
  noText: 'No he podido leer una pregunta en este mensaje. Descríbela con palabras, por ejemplo: «¿En qué países está Local Hosting?»',
  truncated: (max) => `(Tu mensaje era largo; he leído los primeros ${max} caracteres.)`,
  greeting:
    '¡Hola! Respondo preguntas sobre Local Hosting (本地托管), Full Hosting y Brand Hosting de TikTok Shop Europa, con fuentes y fechas. También compruebo si cumples los requisitos (/eligibility) y calculo tu margen (/margin). Por ejemplo: «¿Qué requisitos tiene Local Hosting?»',
  rateLimited: 'Estás enviando mensajes demasiado rápido; espera un momento.',
  sources: 'Fuentes',
  asOf: 'Actualizado a',
  uncertain: '⚠️ Según la prensa del sector, sin confirmar por la plataforma:',
  englishOnly: '(Respuesta en inglés – esta parte de la base de conocimiento aún no está disponible en español.)',
  listSeparator: '; ',
  stale: (verified) => `⏳ Última comprobación: ${verified}; puede estar desactualizado. Consúltalo con tu account manager antes de decidir.`,
};

const byLang: Record<Lang, Messages> = { zh, en, de, fr, it, es };

export function messagesFor(lang: Lang): Messages {
  return byLang[lang];
}
