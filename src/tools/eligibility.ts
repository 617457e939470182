// Local Hosting eligibility: compares the seller's stated facts with the published entry conditions.
// Pure: the conditions come from knowledge/rules (Rules), never from code constants.
import { nameCountry } from './countries.js';
import type { EligibilityField, EligibilityInput } from './eligibility-schema.js';
import type { RuleSource, Rules } from './rules.js';
import type { Bilingual } from './tool-error.js';

export type { Bilingual };

export type EligibilityCheckId = 'entity' | 'eu-stock' | 'warehouse-eu' | 'vat-warehouse' | 'target-markets';

/** pass/fail: decided; unknown: the seller has not said (or not applicable yet); uncertain: the sources do not say. */
export type EligibilityStatus = 'pass' | 'fail' | 'unknown' | 'uncertain';

export interface EligibilityCheck {
  id: EligibilityCheckId;
  status: EligibilityStatus;
  /** null: not decidable, from what the seller said (unknown) or from what the sources say (uncertain). */
  passed: boolean | null;
  reason: Bilingual;
  /** What would make a failed check pass. */
  fix?: Bilingual;
}

/** uncertain: nothing fails and nothing is missing, but a check is one the sources do not address. */
export type EligibilityVerdict = 'eligible' | 'ineligible' | 'incomplete' | 'uncertain';

export interface EligibilityResult {
  verdict: EligibilityVerdict;
  input: EligibilityInput;
  checks: EligibilityCheck[];
  missing: EligibilityField[];
  nextSteps: Bilingual[];
  invitationOnly: boolean;
  asOf: string;
  rulesId: string;
  sources: RuleSource[];
}

// Europe outside the EU: stock there is "in Europe" but cannot qualify until it moves into an EU warehouse.
const EUROPE_OUTSIDE_EU = new Set(['GB', 'CH', 'NO', 'IS', 'LI', 'RS', 'UA', 'TR', 'BA', 'ME', 'MK', 'AL', 'MD']);

const names = (codes: string[], lang: 'zh' | 'en'): string =>
  codes.map((c) => nameCountry(c, lang)).join(lang === 'zh' ? '、' : ', ');

interface Checked {
  check: Omit<EligibilityCheck, 'status'> & { status?: EligibilityStatus };
  missing: EligibilityField[];
}

function checkEntity(input: EligibilityInput, rules: Rules): Checked {
  const allowed = rules.eligibility.entityCountries;
  const list = { zh: names(allowed, 'zh'), en: names(allowed, 'en') };
  const e = input.entityCountry;
  if (e === undefined) {
    return {
      check: { id: 'entity', passed: null, reason: { zh: '未说明公司（主体）注册在哪里。', en: 'You have not said where your company is registered.' } },
      missing: ['entityCountry'],
    };
  }
  if (allowed.includes(e)) {
    return {
      check: {
        id: 'entity',
        passed: true,
        reason: { zh: `主体注册在${nameCountry(e, 'zh')}，属于允许的主体（${list.zh}）。`, en: `A company registered in ${nameCountry(e, 'en')} is accepted (${list.en}).` },
      },
      missing: [],
    };
  }
  return {
    check: {
      id: 'entity',
      passed: false,
      reason: {
        zh: `主体注册在${nameCountry(e, 'zh')}，不在允许范围内：本地托管只接受${list.zh}的主体。`,
        en: `A company registered in ${nameCountry(e, 'en')} is not accepted: Local Hosting takes entities from ${list.en} only.`,
      },
      fix: { zh: `以在${list.zh}注册的公司申请。`, en: `Apply with a company registered in ${list.en}.` },
    },
    missing: [],
  };
}

/** Checks written with `passed` only get their status from it; the uncertain ones set it themselves. */
function withStatus(c: Omit<EligibilityCheck, 'status'> & { status?: EligibilityStatus }): EligibilityCheck {
  return { ...c, status: c.status ?? (c.passed === true ? 'pass' : c.passed === false ? 'fail' : 'unknown') };
}

function isEuWarehouse(code: string, rules: Rules): boolean {
  return rules.eligibility.warehouseCountries.includes(code);
}

/** The seller may state only the warehouse; a warehouse in Europe means the stock is in Europe. */
function resolveEuStock(input: EligibilityInput, rules: Rules): { value?: boolean; inferred: boolean } {
  if (input.hasEuStock !== undefined) return { value: input.hasEuStock, inferred: false };
  const w = input.warehouseCountry;
  if (w && (isEuWarehouse(w, rules) || EUROPE_OUTSIDE_EU.has(w))) return { value: true, inferred: true };
  return { inferred: false };
}

function checkEuStock(input: EligibilityInput, rules: Rules): Checked {
  const stock = resolveEuStock(input, rules);
  if (stock.value === undefined) {
    return {
      check: { id: 'eu-stock', passed: null, reason: { zh: '未说明货物是否已在欧洲。', en: 'You have not said whether your stock is already in Europe.' } },
      missing: ['hasEuStock'],
    };
  }
  if (stock.value) {
    const w = input.warehouseCountry;
    return {
      check: {
        id: 'eu-stock',
        passed: true,
        reason:
          stock.inferred && w
            ? { zh: `货在${nameCountry(w, 'zh')}的仓库，已在欧洲。`, en: `Your stock is in a warehouse in ${nameCountry(w, 'en')}, so it is already in Europe.` }
            : { zh: '货物已在欧洲本土。', en: 'Your stock is already in Europe.' },
      },
      missing: [],
    };
  }
  return {
    check: {
      id: 'eu-stock',
      passed: false,
      reason: {
        zh: '本地托管要求货物已在欧洲本土备货；货还不在欧洲，不符合条件。',
        en: 'Local Hosting requires stock that is already in Europe; yours is not there yet.',
      },
      fix: {
        zh: '先把货备到一个欧盟国家的本地仓（例如德国、法国、意大利或西班牙），再申请。',
        en: 'Move stock into a local warehouse in one EU country (for example Germany, France, Italy or Spain) first, then apply.',
      },
    },
    missing: [],
  };
}

function checkWarehouse(input: EligibilityInput, rules: Rules): Checked {
  const w = input.warehouseCountry;
  if (w === undefined || w === null) {
    if (input.hasEuStock === false) {
      // Already failed on stock: asking for a warehouse now would be noise.
      return {
        check: { id: 'warehouse-eu', passed: null, reason: { zh: '货尚未进入欧洲，暂无欧盟仓库。', en: 'No EU warehouse yet, since the stock is not in Europe.' } },
        missing: [],
      };
    }
    return {
      check: { id: 'warehouse-eu', passed: null, reason: { zh: '未说明货在哪个国家的仓库。', en: 'You have not said which country your warehouse is in.' } },
      missing: ['warehouseCountry'],
    };
  }
  const markets = rules.eligibility.markets;
  if (isEuWarehouse(w, rules) && !markets.includes(w)) {
    // The sources speak of "a local warehouse in a single EU country" and launch in four markets; a warehouse in
    // another member state is neither allowed nor ruled out by them.
    return {
      check: {
        id: 'warehouse-eu',
        passed: null,
        status: 'uncertain',
        reason: {
          zh: `仓库在${nameCountry(w, 'zh')}，是欧盟成员国，但不在本地托管开通的${names(markets, 'zh')}之内；公开资料只说“单个欧盟国家的本地仓”，没有说明这几国以外的仓库是否可以，所以这一项无法确定。`,
          en: `Your warehouse is in ${nameCountry(w, 'en')}, an EU member state outside the Local Hosting markets (${names(markets, 'en')}); the sources speak of "a local warehouse in a single EU country" and do not address warehouses outside those markets, so this check is uncertain.`,
        },
        fix: {
          zh: `向平台或客户经理确认${nameCountry(w, 'zh')}的仓库是否可以；稳妥的做法是把货放在${names(markets, 'zh')}之一的仓库，并在该国注册VAT。`,
          en: `Ask the platform or your account manager whether a warehouse in ${nameCountry(w, 'en')} is accepted; the safe route is a warehouse in one of ${names(markets, 'en')}, with VAT registered there.`,
        },
      },
      missing: [],
    };
  }
  if (isEuWarehouse(w, rules)) {
    return {
      check: {
        id: 'warehouse-eu',
        passed: true,
        reason: { zh: `仓库在${nameCountry(w, 'zh')}，是欧盟成员国。`, en: `Your warehouse is in ${nameCountry(w, 'en')}, an EU member state.` },
      },
      missing: [],
    };
  }
  return {
    check: {
      id: 'warehouse-eu',
      passed: false,
      reason: {
        zh: `仓库在${nameCountry(w, 'zh')}，不是欧盟成员国；本地托管要求货能入仓到单个欧盟国家的本地仓。`,
        en: `Your warehouse is in ${nameCountry(w, 'en')}, which is not an EU member state; Local Hosting needs stock in a local warehouse in one EU country.`,
      },
      fix: {
        zh: '把货转到一个欧盟国家的仓库（例如德国、法国、意大利或西班牙），并在该国注册VAT。',
        en: 'Move the stock into a warehouse in one EU country (for example Germany, France, Italy or Spain) and register for VAT there.',
      },
    },
    missing: [],
  };
}

function checkVat(input: EligibilityInput, rules: Rules): Checked {
  const vat = input.vatCountries;
  const w = input.warehouseCountry ?? undefined;
  if (vat === undefined) {
    return {
      check: { id: 'vat-warehouse', passed: null, reason: { zh: '未说明在哪些国家注册了VAT。', en: 'You have not said where you are registered for VAT.' } },
      missing: ['vatCountries'],
    };
  }
  const have = { zh: vat.length ? names(vat, 'zh') : '无', en: vat.length ? names(vat, 'en') : 'none' };
  if (w !== undefined && !isEuWarehouse(w, rules)) {
    return {
      check: {
        id: 'vat-warehouse',
        passed: null,
        reason: {
          zh: '仓库不在欧盟，入仓国VAT待仓库转入欧盟国家后再核对：届时须在该国注册VAT。',
          en: 'The warehouse is outside the EU; once the stock moves to an EU country you need a VAT registration in that country.',
        },
      },
      missing: [],
    };
  }
  if (w === undefined) {
    if (vat.length === 0) {
      return {
        check: {
          id: 'vat-warehouse',
          passed: false,
          reason: { zh: '没有任何VAT注册；本地托管要求在入仓国注册VAT。', en: 'You have no VAT registration; Local Hosting requires VAT in the warehouse country.' },
          fix: { zh: '在仓库所在的欧盟国家注册VAT。', en: 'Register for VAT in the EU country where your warehouse is.' },
        },
        missing: [],
      };
    }
    return {
      check: {
        id: 'vat-warehouse',
        passed: null,
        reason: {
          zh: `已有VAT：${have.zh}；需要知道仓库所在国，才能核对是否在入仓国注册了VAT。`,
          en: `You have VAT in: ${have.en}; I need the warehouse country to check that VAT is registered there.`,
        },
      },
      missing: [],
    };
  }
  if (vat.includes(w)) {
    return {
      check: {
        id: 'vat-warehouse',
        passed: true,
        reason: { zh: `已在入仓国${nameCountry(w, 'zh')}注册VAT。`, en: `You are VAT-registered in ${nameCountry(w, 'en')}, the warehouse country.` },
      },
      missing: [],
    };
  }
  return {
    check: {
      id: 'vat-warehouse',
      passed: false,
      reason: {
        zh: `仓库在${nameCountry(w, 'zh')}，但在${nameCountry(w, 'zh')}没有VAT注册（已有：${have.zh}）；本地托管要求在入仓国注册VAT。`,
        en: `Your warehouse is in ${nameCountry(w, 'en')} but you have no VAT registration there (you have: ${have.en}); Local Hosting requires VAT in the warehouse country.`,
      },
      fix: { zh: `在${nameCountry(w, 'zh')}注册VAT。`, en: `Register for VAT in ${nameCountry(w, 'en')}.` },
    },
    missing: [],
  };
}

function checkTargetMarkets(input: EligibilityInput, rules: Rules): Checked | undefined {
  const t = input.targetMarkets;
  if (!t || t.length === 0) return undefined;
  const open = rules.eligibility.markets;
  const outside = t.filter((m) => !open.includes(m));
  if (outside.length === 0) {
    return {
      check: { id: 'target-markets', passed: true, reason: { zh: `目标站点${names(t, 'zh')}已开通本地托管。`, en: `Local Hosting is open in your target markets (${names(t, 'en')}).` } },
      missing: [],
    };
  }
  return {
    check: {
      id: 'target-markets',
      passed: false,
      reason: {
        zh: `本地托管目前只在${names(open, 'zh')}开通，${names(outside, 'zh')}不在其中。`,
        en: `Local Hosting is open only in ${names(open, 'en')}; ${names(outside, 'en')} is not among them.`,
      },
      fix: { zh: `选择${names(open, 'zh')}中的站点。`, en: `Choose among ${names(open, 'en')}.` },
    },
    missing: [],
  };
}

export function checkEligibility(input: EligibilityInput, rules: Rules): EligibilityResult {
  const results = [checkEntity, checkEuStock, checkWarehouse, checkVat]
    .map((f) => f(input, rules))
    .concat(checkTargetMarkets(input, rules) ?? []);
  const checks = results.map((r) => withStatus(r.check));
  const missing = results.flatMap((r) => r.missing);
  const failed = checks.filter((c) => c.status === 'fail');
  const uncertain = checks.filter((c) => c.status === 'uncertain');
  const verdict: EligibilityVerdict =
    failed.length > 0 ? 'ineligible' : missing.length > 0 ? 'incomplete' : uncertain.length > 0 ? 'uncertain' : 'eligible';
  const steps = rules.eligibility.entrySteps;
  let nextSteps: Bilingual[];
  if (verdict === 'eligible') {
    nextSteps = [...steps];
  } else if (verdict === 'ineligible') {
    nextSteps = [
      ...failed.flatMap((c) => (c.fix ? [c.fix] : [])),
      { zh: `满足条件后再申请：${steps[0].zh}。`, en: `Once these are fixed, apply: ${steps[0].en}.` },
    ];
  } else if (verdict === 'uncertain') {
    nextSteps = [
      ...uncertain.flatMap((c) => (c.fix ? [c.fix] : [])),
      { zh: `确认之后再申请：${steps[0].zh}。`, en: `Once that is confirmed, apply: ${steps[0].en}.` },
    ];
  } else {
    nextSteps = [{ zh: '补充上面缺少的信息后，我可以给出结论。', en: 'Tell me the missing facts above and I can give you a verdict.' }];
  }
  return {
    verdict,
    input,
    checks,
    missing,
    nextSteps,
    invitationOnly: rules.eligibility.invitationOnly,
    asOf: rules.eligibility.asOf,
    rulesId: rules.eligibility.id,
    sources: rules.eligibility.sources,
  };
}
