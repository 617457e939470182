// Plain-text reply for an eligibility result: the seller's facts, each check, the verdict, next steps, sources.
import type { Lang } from '../contract/types.js';
import { nameCountry } from './countries.js';
import type { EligibilityField, EligibilityInput } from './eligibility-schema.js';
import type { EligibilityCheck, EligibilityResult } from './eligibility.js';
import { formatSources, pickReplyLang, type ReplyLang } from './format-reply.js';

export const ELIGIBILITY_FIELD_QUESTIONS: Record<EligibilityField, { zh: string; en: string }> = {
  entityCountry: {
    zh: '公司（主体）注册在哪个国家或地区（如中国内地、中国香港、德国）',
    en: 'where your company is registered (e.g. mainland China, Hong Kong, Germany)',
  },
  hasEuStock: { zh: '货是否已经在欧洲', en: 'whether your stock is already in Europe' },
  warehouseCountry: { zh: '货在哪个国家的仓库', en: 'which country your warehouse is in' },
  vatCountries: { zh: '在哪些国家注册了VAT（没有也请说明）', en: 'which countries you are VAT-registered in (or none)' },
};

const CHECK_NAMES: Record<EligibilityCheck['id'], { zh: string; en: string }> = {
  entity: { zh: '主体', en: 'Entity' },
  'eu-stock': { zh: '欧洲备货', en: 'Stock in Europe' },
  'warehouse-eu': { zh: '欧盟仓库', en: 'EU warehouse' },
  'vat-warehouse': { zh: '入仓国VAT', en: 'VAT in the warehouse country' },
  'target-markets': { zh: '目标站点', en: 'Target markets' },
};

const mark = (passed: boolean | null): string => (passed === true ? '✅' : passed === false ? '❌' : '❔');

function describeInput(input: EligibilityInput, l: ReplyLang): string {
  const unknown = l === 'zh' ? '未说明' : 'not stated';
  const yesNo = (b: boolean | undefined): string => (b === undefined ? unknown : l === 'zh' ? (b ? '是' : '否') : b ? 'yes' : 'no');
  const country = (c: string | null | undefined): string => (c ? `${nameCountry(c, l)} (${c})` : unknown);
  const vat =
    input.vatCountries === undefined
      ? unknown
      : input.vatCountries.length === 0
        ? l === 'zh' ? '无' : 'none'
        : input.vatCountries.map((c) => nameCountry(c, l)).join(l === 'zh' ? '、' : ', ');
  return l === 'zh'
    ? `你提供的信息：主体 ${country(input.entityCountry)}；货已在欧洲 ${yesNo(input.hasEuStock)}；仓库 ${country(input.warehouseCountry)}；VAT ${vat}`
    : `Your facts: company registered in ${country(input.entityCountry)}; stock in Europe: ${yesNo(input.hasEuStock)}; warehouse: ${country(input.warehouseCountry)}; VAT: ${vat}`;
}

/** Asks for exactly the missing facts, in one message. */
export function renderMissingQuestion(missing: EligibilityField[], lang: Lang): string {
  const l = pickReplyLang(lang);
  const items = missing.map((f, i) => `${i + 1}. ${ELIGIBILITY_FIELD_QUESTIONS[f][l]}`);
  return l === 'zh'
    ? `要判断能否入驻本地托管，还需要你告诉我：\n${items.join('\n')}\n请在一条消息里回复，例如：“深圳公司，货在德国仓，有德国VAT”。`
    : `To check Local Hosting eligibility I still need:\n${items.join('\n')}\nPlease answer in one message, e.g. "Shenzhen company, stock in a German warehouse, German VAT".`;
}

export function renderEligibility(result: EligibilityResult, lang: Lang): string {
  const l = pickReplyLang(lang);
  const lines: string[] = [];
  lines.push(l === 'zh' ? `本地托管入驻条件检查（规则截至 ${result.asOf}）` : `Local Hosting eligibility check (rules as of ${result.asOf})`);
  lines.push(describeInput(result.input, l));
  lines.push('');
  for (const c of result.checks) lines.push(`${mark(c.passed)} ${CHECK_NAMES[c.id][l]}${l === 'zh' ? '：' : ': '}${c.reason[l]}`);
  lines.push('');
  if (result.verdict === 'eligible') {
    lines.push(
      l === 'zh'
        ? '结论：符合公开的入驻条件。注意：本地托管为定邀入驻，平台仍会审核并决定是否邀请，不保证通过。'
        : 'Verdict: eligible. You meet the published entry conditions; Local Hosting is by invitation, so the platform still reviews your application and decides whether to invite you.',
    );
  } else if (result.verdict === 'ineligible') {
    lines.push(l === 'zh' ? '结论：目前不符合入驻条件（见上面 ❌ 的项目）。' : 'Verdict: not eligible yet (see the ❌ items above).');
  } else if (result.verdict === 'uncertain') {
    lines.push(
      l === 'zh'
        ? '结论：无法确定。没有不符合的项目，但有一项公开资料没有说明（见上面 ❔ 的项目），申请前请先向平台确认。'
        : 'Verdict: uncertain. Nothing fails, but one condition is not addressed by the sources (the ❔ item above); confirm it with the platform before you apply.',
    );
  } else {
    lines.push(l === 'zh' ? '结论：信息不全，暂时无法判断；目前没有不符合的项目。' : 'Verdict: incomplete. Nothing fails so far, but I cannot decide yet.');
    lines.push(renderMissingQuestion(result.missing, lang));
  }
  if (result.verdict !== 'incomplete') {
    lines.push(l === 'zh' ? '下一步：' : 'Next steps:');
    result.nextSteps.forEach((s, i) => lines.push(`${i + 1}. ${s[l]}`));
  }
  lines.push('');
  lines.push(`${l === 'zh' ? '来源：' : 'Sources: '}${formatSources(result.sources)}`);
  return lines.join('\n');
}
