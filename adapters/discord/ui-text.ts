import type { Lang } from '../../src/index.js';

type CheckId = 'entity' | 'eu-stock' | 'warehouse-eu' | 'vat-warehouse' | 'target-markets';

/** The adapter's own words (labels, buttons, acknowledgements); answers and tool texts come from the core. */
export interface UiText {
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
  verdicts: Record<'eligible' | 'ineligible' | 'incomplete', string>;
  checks: string;
  checkNames: Record<CheckId, string>;
  profit: string;
  margin: string;
  breakEven: string;
  badCountryCodes: (field: string, codes: string[]) => string;
}

const en: UiText = {
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
  verdicts: { eligible: '✅ Eligible', ineligible: '❌ Not eligible', incomplete: '❔ More facts needed' },
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
  verdicts: { eligible: '✅ 符合条件', ineligible: '❌ 不符合条件', incomplete: '❔ 信息不足' },
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

// The core answers in zh or en; these languages only relabel the frame around its text.
const de: UiText = {
  ...en,
  languageName: 'Deutsch',
  sources: 'Quellen',
  confidence: 'Konfidenz',
  helpful: 'Hilfreich',
  notHelpful: 'Nicht hilfreich',
  askHuman: 'Mensch fragen',
  thanks: 'Danke für das Feedback!',
  apology: 'Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.',
};
const fr: UiText = {
  ...en,
  languageName: 'Français',
  sources: 'Sources',
  confidence: 'confiance',
  helpful: 'Utile',
  notHelpful: 'Pas utile',
  askHuman: 'Demander un humain',
  thanks: 'Merci pour votre retour !',
  apology: 'Désolé, un problème est survenu de mon côté. Réessayez dans un instant.',
};
const it: UiText = {
  ...en,
  languageName: 'Italiano',
  sources: 'Fonti',
  confidence: 'affidabilità',
  helpful: 'Utile',
  notHelpful: 'Non utile',
  askHuman: 'Chiedi a una persona',
  thanks: 'Grazie per il feedback!',
  apology: 'Scusa, qualcosa è andato storto. Riprova tra poco.',
};
const es: UiText = {
  ...en,
  languageName: 'Español',
  sources: 'Fuentes',
  confidence: 'confianza',
  helpful: 'Útil',
  notHelpful: 'No útil',
  askHuman: 'Hablar con una persona',
  thanks: '¡Gracias por tu opinión!',
  apology: 'Lo siento, algo ha fallado. Inténtalo de nuevo en un momento.',
};

const TEXTS: Record<Lang, UiText> = { zh, en, de, fr, it, es };

export function uiText(lang: Lang): UiText {
  return TEXTS[lang];
}
