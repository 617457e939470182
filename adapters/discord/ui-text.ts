import type { EligibilityVerdict, Lang } from '../../src/index.js';
import { slash } from './command-names.js';

type CheckId = 'entity' | 'eu-stock' | 'warehouse-eu' | 'vat-warehouse' | 'target-markets';

/**
 * The adapter's own words (help, labels, buttons, acknowledgements, refusals) in every language the core answers
 * in; answers and tool texts come from the core, already in the asker's language.
 */
export interface UiText {
  /** /help and a bare mention: what the bot does, naming the commands as this language's clients show them. */
  help: string;
  languageName: string;
  sources: string;
  confidence: string;
  uncertain: string;
  helpful: string;
  notHelpful: string;
  askHuman: string;
  thanks: string;
  feedbackUnknown: string;
  handoverSent: string;
  handoverNotice: (user: string, link: string) => string;
  apology: string;
  adminOnly: string;
  autoAnswer: (on: boolean, channel: string) => string;
  verdict: string;
  verdicts: Record<EligibilityVerdict, string>;
  checks: string;
  checkNames: Record<CheckId, string>;
  profit: string;
  margin: string;
  breakEven: string;
  badCountryCodes: (field: string, codes: string[]) => string;
}

const en: UiText = {
  help: [
    "I answer questions about TikTok Shop Europe's Local Hosting (本地托管), Full Hosting and Brand Hosting, with sources and dates.",
    `• ${slash('ask', 'en')}: your question (or mention me, or reply to one of my messages)`,
    `• ${slash('eligibility', 'en')}: check the Local Hosting entry conditions`,
    `• ${slash('margin', 'en')}: profit, margin and break-even price per unit`,
    `• Follow-ups ("and for Italy?") build on your previous question in this channel or thread; ${slash('reset', 'en')} starts over`,
    `• For admins: ${slash('autoanswer', 'en')}, ${slash('stats', 'en')}, ${slash('gaps', 'en')}`,
    "When I don't know, I say so, and the 🙋 button brings in a community manager.",
  ].join('\n'),
  languageName: 'English',
  sources: 'Sources',
  confidence: 'confidence',
  uncertain: 'reported, not confirmed by the platform',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  askHuman: 'Ask a human',
  thanks: 'Thanks for the feedback!',
  feedbackUnknown: 'Thanks! That answer is too old to rate now; please ask again.',
  handoverSent: 'Thanks! A community manager has been asked to look at this.',
  handoverNotice: (user, link) => `🙋 ${user} would like a human to follow up on this answer: ${link}`,
  apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
  adminOnly: 'Only members with the Manage Server permission can use this command.',
  autoAnswer: (on, channel) =>
    on ? `Auto-answer is on in ${channel}: clear questions get an answer when I am confident.` : `Auto-answer is off in ${channel}.`,
  verdict: 'Verdict',
  verdicts: { eligible: '✅ Eligible', ineligible: '❌ Not eligible', incomplete: '❔ More facts needed', uncertain: '❔ Not settled by the sources' },
  checks: 'Checks',
  checkNames: {
    entity: 'Entity',
    'eu-stock': 'Stock in Europe',
    'warehouse-eu': 'EU warehouse',
    'vat-warehouse': 'VAT in warehouse country',
    'target-markets': 'Target markets',
  },
  profit: 'Profit / unit',
  margin: 'Margin',
  breakEven: 'Break-even price',
  badCountryCodes: (field, codes) =>
    `Sorry, "${field}" needs two-letter country codes separated by commas (e.g. DE, FR); I could not read: ${codes.join(', ')}.`,
};

const zh: UiText = {
  help: [
    '我回答 TikTok Shop 欧洲本地托管、全托管和品牌托管的问题，并附来源和日期。',
    `• ${slash('ask', 'zh')}：提问（也可以 @我 或回复我的消息）`,
    `• ${slash('eligibility', 'zh')}：检查本地托管入驻条件`,
    `• ${slash('margin', 'zh')}：计算单件利润、利润率和保本售价`,
    `• 可以接着问（“那法国呢？”），我会按你在这个频道或子区的上一个问题理解；${slash('reset', 'zh')} 清空对话`,
    `• 管理员：${slash('autoanswer', 'zh')}、${slash('stats', 'zh')}、${slash('gaps', 'zh')}`,
    '没有把握时我会直说；点 🙋 可以转给社区管理员。',
  ].join('\n'),
  languageName: '中文',
  sources: '来源',
  confidence: '置信度',
  uncertain: '行业媒体报道，未经平台确认',
  helpful: '有帮助',
  notHelpful: '没帮助',
  askHuman: '转人工',
  thanks: '感谢您的反馈！',
  feedbackUnknown: '感谢！这条回答已过期，无法评价，请重新提问。',
  handoverSent: '感谢！已通知社区管理员跟进。',
  handoverNotice: (user, link) => `🙋 ${user} 希望有人工跟进这条回答：${link}`,
  apology: '抱歉，我这边出了点问题，请稍后再试。',
  adminOnly: '只有拥有“管理服务器”权限的成员才能使用此命令。',
  autoAnswer: (on, channel) => (on ? `已在 ${channel} 开启自动回答：有把握时会回答明确的问题。` : `已在 ${channel} 关闭自动回答。`),
  verdict: '结论',
  verdicts: { eligible: '✅ 符合条件', ineligible: '❌ 不符合条件', incomplete: '❔ 信息不足', uncertain: '❔ 资料未明确' },
  checks: '检查项',
  checkNames: {
    entity: '主体',
    'eu-stock': '欧洲货盘',
    'warehouse-eu': '欧盟仓库',
    'vat-warehouse': '入仓国VAT',
    'target-markets': '目标站点',
  },
  profit: '单件利润',
  margin: '利润率',
  breakEven: '保本售价',
  badCountryCodes: (field, codes) => `抱歉，“${field}”需要用逗号分隔的两位国家代码（例如 DE, FR），无法识别：${codes.join('、')}。`,
};

const de: UiText = {
  help: [
    'Ich beantworte Fragen zu Local Hosting (本地托管), Full Hosting und Brand Hosting von TikTok Shop Europa, mit Quellen und Datum.',
    `• ${slash('ask', 'de')}: Ihre Frage (oder erwähnen Sie mich bzw. antworten Sie auf eine meiner Nachrichten)`,
    `• ${slash('eligibility', 'de')}: prüft die Voraussetzungen für Local Hosting`,
    `• ${slash('margin', 'de')}: Gewinn, Marge und Break-even-Preis pro Stück`,
    `• Anschlussfragen („und für Italien?“) beziehe ich auf Ihre vorige Frage in diesem Kanal oder Thread; ${slash('reset', 'de')} fängt neu an`,
    `• Für Admins: ${slash('autoanswer', 'de')}, ${slash('stats', 'de')}, ${slash('gaps', 'de')}`,
    'Wenn ich etwas nicht weiß, sage ich das, und über 🙋 übernimmt ein Community-Manager.',
  ].join('\n'),
  languageName: 'Deutsch',
  sources: 'Quellen',
  confidence: 'Sicherheit',
  uncertain: 'laut Fachpresse, von der Plattform nicht bestätigt',
  helpful: 'Hilfreich',
  notHelpful: 'Nicht hilfreich',
  askHuman: 'Mit einem Menschen sprechen',
  thanks: 'Danke für Ihr Feedback!',
  feedbackUnknown: 'Danke! Diese Antwort ist zu alt, um sie noch zu bewerten. Bitte stellen Sie Ihre Frage noch einmal.',
  handoverSent: 'Danke! Ein Community-Manager wurde gebeten, sich das anzusehen.',
  handoverNotice: (user, link) => `🙋 ${user} möchte, dass sich ein Mensch diese Antwort ansieht: ${link}`,
  apology: 'Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.',
  adminOnly: 'Diesen Befehl können nur Mitglieder mit der Berechtigung „Server verwalten“ nutzen.',
  autoAnswer: (on, channel) =>
    on
      ? `Automatische Antworten sind in ${channel} an: Klare Fragen beantworte ich, wenn ich mir sicher bin.`
      : `Automatische Antworten sind in ${channel} aus.`,
  verdict: 'Ergebnis',
  verdicts: { eligible: '✅ Voraussetzungen erfüllt', ineligible: '❌ Voraussetzungen nicht erfüllt', incomplete: '❔ Weitere Angaben nötig', uncertain: '❔ In den Quellen nicht geklärt' },
  checks: 'Prüfungen',
  checkNames: {
    entity: 'Unternehmen',
    'eu-stock': 'Ware in Europa',
    'warehouse-eu': 'Lager in der EU',
    'vat-warehouse': 'USt. im Lagerland',
    'target-markets': 'Zielmärkte',
  },
  profit: 'Gewinn / Stück',
  margin: 'Marge',
  breakEven: 'Break-even-Preis',
  badCountryCodes: (field, codes) =>
    `Entschuldigung, „${field}“ erwartet zweistellige Ländercodes, durch Kommas getrennt (z. B. DE, FR); nicht erkannt: ${codes.join(', ')}.`,
};

// French typography puts a no-break space before : ; ! ? and inside « », so they never start a line.
const fr: UiText = {
  help: [
    'Je réponds aux questions sur le Local Hosting (本地托管), le Full Hosting et le Brand Hosting de TikTok Shop Europe, avec les sources et les dates.',
    `• ${slash('ask', 'fr')}\u00a0: votre question (ou mentionnez-moi, ou répondez à l'un de mes messages)`,
    `• ${slash('eligibility', 'fr')}\u00a0: vérifie les conditions d'accès au Local Hosting`,
    `• ${slash('margin', 'fr')}\u00a0: bénéfice, marge et prix au seuil de rentabilité par unité`,
    `• Une question de suite («\u00a0et pour l'Italie\u00a0?\u00a0») s'appuie sur votre question précédente dans ce salon ou ce fil\u00a0; ${slash('reset', 'fr')} repart de zéro`,
    `• Pour les admins\u00a0: ${slash('autoanswer', 'fr')}, ${slash('stats', 'fr')}, ${slash('gaps', 'fr')}`,
    'Quand je ne sais pas, je le dis, et le bouton 🙋 fait intervenir un community manager.',
  ].join('\n'),
  languageName: 'Français',
  sources: 'Sources',
  confidence: 'confiance',
  uncertain: 'selon la presse spécialisée, non confirmé par la plateforme',
  helpful: 'Utile',
  notHelpful: 'Pas utile',
  askHuman: 'Parler à un humain',
  thanks: 'Merci pour votre retour\u00a0!',
  feedbackUnknown: 'Merci\u00a0! Cette réponse est trop ancienne pour être notée\u00a0; posez à nouveau votre question.',
  handoverSent: "Merci\u00a0! Nous avons demandé à un community manager de s'en occuper.",
  handoverNotice: (user, link) => `🙋 ${user} souhaite qu'un humain reprenne cette réponse\u00a0: ${link}`,
  apology: 'Désolé, un problème est survenu de mon côté. Réessayez dans un instant.',
  adminOnly: 'Seuls les membres ayant la permission «\u00a0Gérer le serveur\u00a0» peuvent utiliser cette commande.',
  autoAnswer: (on, channel) =>
    on
      ? `Réponse automatique activée dans ${channel}\u00a0: je réponds aux questions claires quand je suis sûr de moi.`
      : `Réponse automatique désactivée dans ${channel}.`,
  verdict: 'Résultat',
  verdicts: { eligible: '✅ Éligible', ineligible: '❌ Non éligible', incomplete: '❔ Informations manquantes', uncertain: '❔ Non tranché par les sources' },
  checks: 'Vérifications',
  checkNames: {
    entity: 'Société',
    'eu-stock': 'Stock en Europe',
    'warehouse-eu': "Entrepôt dans l'UE",
    'vat-warehouse': "TVA dans le pays de l'entrepôt",
    'target-markets': 'Marchés cibles',
  },
  profit: 'Bénéfice / unité',
  margin: 'Marge',
  breakEven: 'Prix au seuil de rentabilité',
  badCountryCodes: (field, codes) =>
    `Désolé, «\u00a0${field}\u00a0» attend des codes pays à deux lettres séparés par des virgules (ex. DE, FR)\u00a0; je n'ai pas pu lire\u00a0: ${codes.join(', ')}.`,
};

const it: UiText = {
  help: [
    'Rispondo alle domande su Local Hosting (本地托管), Full Hosting e Brand Hosting di TikTok Shop Europa, con fonti e date.',
    `• ${slash('ask', 'it')}: la tua domanda (oppure menzionami o rispondi a un mio messaggio)`,
    `• ${slash('eligibility', 'it')}: verifica i requisiti per il Local Hosting`,
    `• ${slash('margin', 'it')}: utile, margine e prezzo di pareggio per unità`,
    `• Le domande successive («e per l'Italia?») si basano sulla tua domanda precedente in questo canale o thread; ${slash('reset', 'it')} ricomincia da capo`,
    `• Per gli admin: ${slash('autoanswer', 'it')}, ${slash('stats', 'it')}, ${slash('gaps', 'it')}`,
    'Se non so una cosa te lo dico, e con il pulsante 🙋 interviene un community manager.',
  ].join('\n'),
  languageName: 'Italiano',
  sources: 'Fonti',
  confidence: 'affidabilità',
  uncertain: 'secondo la stampa di settore, non confermato dalla piattaforma',
  helpful: 'Utile',
  notHelpful: 'Non utile',
  askHuman: 'Parla con una persona',
  thanks: 'Grazie per il feedback!',
  feedbackUnknown: 'Grazie! Questa risposta è troppo vecchia per essere valutata: fai di nuovo la domanda.',
  handoverSent: "Grazie! Abbiamo chiesto a un community manager di darci un'occhiata.",
  handoverNotice: (user, link) => `🙋 ${user} vorrebbe che una persona riprendesse questa risposta: ${link}`,
  apology: 'Scusa, qualcosa è andato storto da parte mia. Riprova tra poco.',
  adminOnly: 'Solo i membri con il permesso «Gestisci server» possono usare questo comando.',
  autoAnswer: (on, channel) =>
    on
      ? `Risposta automatica attiva in ${channel}: rispondo alle domande chiare quando sono sicuro.`
      : `Risposta automatica disattivata in ${channel}.`,
  verdict: 'Esito',
  verdicts: { eligible: '✅ Requisiti soddisfatti', ineligible: '❌ Requisiti non soddisfatti', incomplete: '❔ Servono altre informazioni', uncertain: '❔ Non chiarito dalle fonti' },
  checks: 'Controlli',
  checkNames: {
    entity: 'Azienda',
    'eu-stock': 'Merce in Europa',
    'warehouse-eu': "Magazzino nell'UE",
    'vat-warehouse': 'IVA nel paese del magazzino',
    'target-markets': 'Mercati di destinazione',
  },
  profit: 'Utile / unità',
  margin: 'Margine',
  breakEven: 'Prezzo di pareggio',
  badCountryCodes: (field, codes) =>
    `Scusa, «${field}» richiede codici paese di due lettere separati da virgole (es. DE, FR); non ho riconosciuto: ${codes.join(', ')}.`,
};

const es: UiText = {
  help: [
    'Respondo preguntas sobre Local Hosting (本地托管), Full Hosting y Brand Hosting de TikTok Shop Europa, con fuentes y fechas.',
    `• ${slash('ask', 'es')}: tu pregunta (o mencióname, o responde a uno de mis mensajes)`,
    `• ${slash('eligibility', 'es')}: comprueba los requisitos de Local Hosting`,
    `• ${slash('margin', 'es')}: beneficio, margen y precio de equilibrio por unidad`,
    `• Las preguntas de seguimiento («¿y para Italia?») se basan en tu pregunta anterior en este canal o hilo; ${slash('reset', 'es')} empieza de cero`,
    `• Para admins: ${slash('autoanswer', 'es')}, ${slash('stats', 'es')}, ${slash('gaps', 'es')}`,
    'Si no sé algo, lo digo, y con el botón 🙋 te atiende un community manager.',
  ].join('\n'),
  languageName: 'Español',
  sources: 'Fuentes',
  confidence: 'confianza',
  uncertain: 'según la prensa del sector, sin confirmar por la plataforma',
  helpful: 'Útil',
  notHelpful: 'No es útil',
  askHuman: 'Hablar con una persona',
  thanks: '¡Gracias por tu valoración!',
  feedbackUnknown: '¡Gracias! Esta respuesta es demasiado antigua para valorarla; vuelve a hacer la pregunta.',
  handoverSent: '¡Gracias! Hemos avisado a un community manager para que lo revise.',
  handoverNotice: (user, link) => `🙋 ${user} quiere que una persona revise esta respuesta: ${link}`,
  apology: 'Lo siento, algo ha fallado por mi parte. Inténtalo de nuevo en un momento.',
  adminOnly: 'Solo los miembros con el permiso «Gestionar servidor» pueden usar este comando.',
  autoAnswer: (on, channel) =>
    on
      ? `Respuesta automática activada en ${channel}: respondo a las preguntas claras cuando estoy seguro.`
      : `Respuesta automática desactivada en ${channel}.`,
  verdict: 'Resultado',
  verdicts: { eligible: '✅ Cumple los requisitos', ineligible: '❌ No cumple los requisitos', incomplete: '❔ Faltan datos', uncertain: '❔ Las fuentes no lo aclaran' },
  checks: 'Comprobaciones',
  checkNames: {
    entity: 'Empresa',
    'eu-stock': 'Mercancía en Europa',
    'warehouse-eu': 'Almacén en la UE',
    'vat-warehouse': 'IVA en el país del almacén',
    'target-markets': 'Mercados objetivo',
  },
  profit: 'Beneficio / unidad',
  margin: 'Margen',
  breakEven: 'Precio de equilibrio',
  badCountryCodes: (field, codes) =>
    `Lo siento, «${field}» necesita códigos de país de dos letras separados por comas (p. ej. DE, FR); no he podido leer: ${codes.join(', ')}.`,
};

const TEXTS: Record<Lang, UiText> = { zh, en, de, fr, it, es };

export function uiText(lang: Lang): UiText {
  return TEXTS[lang];
}
