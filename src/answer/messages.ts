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

const englishNote: Record<'de' | 'fr' | 'it' | 'es', string> = {
  de: '(Antwort auf Englisch – unsere Wissensbasis gibt es auf Deutsch noch nicht.)',
  fr: "(Réponse en anglais – notre base de connaissances n'existe pas encore en français.)",
  it: '(Risposta in inglese – la nostra base di conoscenza non è ancora disponibile in italiano.)',
  es: '(Respuesta en inglés – nuestra base de conocimiento aún no está disponible en español.)',
};

const localAbstain: Record<'de' | 'fr' | 'it' | 'es', Partial<Messages>> = {
  de: {
    abstain: 'Dazu habe ich keine verlässliche Antwort in der Wissensbasis und rate nicht bei Regeln, Gebühren oder Zulassung. Bitte fragen Sie einen Community-Manager.',
    empty: 'Bitte schreiben Sie Ihre Frage, z. B. „Welche Voraussetzungen gelten für Local Hosting?“',
    rateLimited: 'Sie senden zu schnell Nachrichten; bitte warten Sie einen Moment.',
  },
  fr: {
    abstain: "Je n'ai pas de réponse fiable dans la base de connaissances et je ne devine pas les règles, frais ou conditions. Merci de demander à un community manager.",
    empty: 'Merci d\'écrire votre question, par exemple : « Quelles sont les conditions du Local Hosting ? »',
    rateLimited: 'Vous envoyez des messages trop vite ; merci de patienter un instant.',
  },
  it: {
    abstain: 'Non ho una risposta affidabile nella base di conoscenza e non tiro a indovinare su regole, commissioni o requisiti. Chiedi a un community manager.',
    empty: 'Scrivi la tua domanda, ad esempio: «Quali sono i requisiti del Local Hosting?»',
    rateLimited: 'Stai inviando messaggi troppo velocemente; attendi un momento.',
  },
  es: {
    abstain: 'No tengo una respuesta fiable en la base de conocimiento y no adivino reglas, tarifas ni requisitos. Consulta a un community manager.',
    empty: 'Escribe tu pregunta, por ejemplo: «¿Qué requisitos tiene Local Hosting?»',
    rateLimited: 'Estás enviando mensajes demasiado rápido; espera un momento.',
  },
};

export function messagesFor(lang: Lang): Messages {
  if (lang === 'zh') return zh;
  if (lang === 'en') return en;
  return { ...en, ...localAbstain[lang], englishOnly: englishNote[lang] };
}
