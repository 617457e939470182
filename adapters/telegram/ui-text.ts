import type { UiLang } from './ui-lang.js';

/** The adapter's own words; answers and tool results come from the core. */
export interface UiText {
  sources: string;
  asOf: string;
  thanks: string;
  feedbackFailed: string;
  askManager: string;
  handoverSent: string;
  handoverAlready: string;
  handoverNone: string;
  handoverNotice: (who: string) => string;
  handoverManagers: string;
  handoverForwarded: (who: string, where: string) => string;
  handoverQuestion: string;
  autoAnswerOn: string;
  autoAnswerOff: string;
  autoAnswerStatus: (on: boolean) => string;
  autoAnswerAdminOnly: string;
  adminOnly: string;
  autoAnswerGroupOnly: string;
  marginUsage: string;
  eligibilityTitle: string;
  eligibilityAsk: Record<'entityCountry' | 'hasEuStock' | 'warehouseCountry' | 'vatCountries', string>;
  eligibilityExpired: string;
  eligibilityNotYours: string;
  yes: string;
  no: string;
  other: string;
  otherEu: string;
  outsideEu: string;
  back: string;
  done: string;
  noneVat: string;
  slowDown: string;
}

const zh: UiText = {
  sources: '来源',
  asOf: '截至',
  thanks: '谢谢',
  feedbackFailed: '这条回答已无法评价',
  askManager: '🙋 找管理员 / Ask a manager',
  handoverSent: '已通知管理员',
  handoverAlready: '已经通知过管理员了',
  handoverNone: '这里没有配置管理员，请直接联系群管理员。',
  handoverNotice: (who) => `🙋 ${who} 需要人工帮助，请管理员看一下上面的问题。`,
  handoverManagers: '管理员：',
  handoverForwarded: (who, where) => `🙋 转人工：${who}（${where}）`,
  handoverQuestion: '问题：',
  autoAnswerOn: '已开启自动回答：本群中明确的问题（以 ? ？ 吗 呢 结尾）在把握足够时会自动回答。',
  autoAnswerOff: '已关闭自动回答：只有 @我、回复我或 /ask 时才回答。',
  autoAnswerStatus: (on) => `自动回答目前${on ? '已开启' : '已关闭'}。管理员可用 /autoanswer on 或 /autoanswer off 切换。`,
  autoAnswerAdminOnly: '抱歉，只有群管理员可以切换自动回答。',
  adminOnly: '抱歉，这个命令只对群管理员或机器人管理员开放。',
  autoAnswerGroupOnly: '自动回答只用于群组；私聊中每条消息都会被回答。',
  marginUsage:
    '用法：/margin 售价 成本 站点 …，例如：\n/margin price=29.99 market=DE cost=8 inbound=1.5 fulfillment=3 affiliate=10%\n也可以直接写：/margin 德国站售价29.99欧，成本8欧，头程1.5欧',
  eligibilityTitle: '本地托管资格自查',
  eligibilityAsk: {
    entityCountry: '你的公司（主体）注册在哪里？',
    hasEuStock: '货物已经在欧洲了吗？',
    warehouseCountry: '货在哪个国家的仓库？',
    vatCountries: '你在哪些国家注册了VAT？（可多选，选好后点“完成”）',
  },
  eligibilityExpired: '这次自查已过期，请重新发送 /eligibility',
  eligibilityNotYours: '这是别人的自查，请自己发送 /eligibility',
  yes: '是',
  no: '否',
  other: '其他',
  otherEu: '其他欧盟国家',
  outsideEu: '欧盟以外',
  back: '« 返回',
  done: '完成',
  noneVat: '都没有',
  slowDown: '您发得太快了，请稍等片刻再试。',
};

const en: UiText = {
  sources: 'Sources',
  asOf: 'as of',
  thanks: 'Thanks',
  feedbackFailed: 'This answer can no longer be rated',
  askManager: '🙋 Ask a manager / 找管理员',
  handoverSent: 'A manager has been notified',
  handoverAlready: 'A manager was already notified',
  handoverNone: 'No manager is configured here; please contact a group admin directly.',
  handoverNotice: (who) => `🙋 ${who} needs a human: managers, please look at the question above.`,
  handoverManagers: 'Managers: ',
  handoverForwarded: (who, where) => `🙋 Handover: ${who} (${where})`,
  handoverQuestion: 'Question: ',
  autoAnswerOn: 'Auto-answer is on: clear questions in this group (ending in ? ？ 吗 呢) get an answer when I am confident enough.',
  autoAnswerOff: 'Auto-answer is off: I answer only when mentioned, replied to, or asked with /ask.',
  autoAnswerStatus: (on) => `Auto-answer is ${on ? 'on' : 'off'}. Admins switch it with /autoanswer on or /autoanswer off.`,
  autoAnswerAdminOnly: 'Sorry, only group admins can switch auto-answer.',
  adminOnly: 'Sorry, this command is for group admins and the bot\'s admins only.',
  autoAnswerGroupOnly: 'Auto-answer is for groups; in a private chat I answer every message.',
  marginUsage:
    'Usage: /margin with price, cost and market, for example:\n/margin price=29.99 market=DE cost=8 inbound=1.5 fulfillment=3 affiliate=10%\nFree text works too: /margin selling price 29.99 EUR in Germany, cost 8 EUR',
  eligibilityTitle: 'Local Hosting eligibility check',
  eligibilityAsk: {
    entityCountry: 'Where is your company (legal entity) registered?',
    hasEuStock: 'Is your stock already in Europe?',
    warehouseCountry: 'Which country is your warehouse in?',
    vatCountries: 'Where are you registered for VAT? (pick all that apply, then Done)',
  },
  eligibilityExpired: 'This check has expired; send /eligibility again',
  eligibilityNotYours: "This is someone else's check; send /eligibility to start your own",
  yes: 'Yes',
  no: 'No',
  other: 'Other',
  otherEu: 'Other EU country',
  outsideEu: 'Outside the EU',
  back: '« Back',
  done: 'Done',
  noneVat: 'None',
  slowDown: 'You are sending commands too quickly; please wait a moment.',
};

export function uiText(lang: UiLang): UiText {
  return lang === 'zh' ? zh : en;
}
