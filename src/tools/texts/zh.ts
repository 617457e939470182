// The tools' Chinese wording.
import type { ToolTexts } from './tool-texts.js';

const TIER = { default: '', electronics: '（指定电子产品）', newSeller: '（新商家）' } as const;

export const zh: ToolTexts = {
  lang: 'zh',
  colon: '：',
  sources: (list) => `来源：${list}`,
  marketVat: ({ country, standard, reduced, asOf }, f) =>
    `${f.country(country)}：标准增值税率${f.rate(standard)}${reduced.length ? `，低税率${reduced.map(f.rate).join('、')}（只适用于部分商品）` : ''}；税率为${asOf}整理。从含税价倒算净价：含税价 ÷ ${f.plain(1 + standard)}。`,
  eligibility: {
    title: (asOf) => `本地托管入驻条件检查（规则截至 ${asOf}）`,
    facts: (v) => `你提供的信息：主体 ${v.entity}；货已在欧洲 ${v.stock}；仓库 ${v.warehouse}；VAT ${v.vat}`,
    notStated: '未说明',
    yes: '是',
    no: '否',
    none: '无',
    checkNames: {
      entity: '主体',
      'eu-stock': '欧洲备货',
      'warehouse-eu': '欧盟仓库',
      'vat-warehouse': '入仓国VAT',
      'target-markets': '目标站点',
    },
    reasons: {
      'entity-missing': () => '未说明公司（主体）注册在哪里。',
      'entity-allowed': (r, f) => `主体注册在${f.country(r.country)}，属于允许的主体（${f.all(r.allowed)}）。`,
      'entity-not-allowed': (r, f) => `主体注册在${f.country(r.country)}，不在允许范围内：本地托管只接受${f.all(r.allowed)}的主体。`,
      'stock-missing': () => '未说明货物是否已在欧洲。',
      'stock-in-europe': () => '货物已在欧洲本土。',
      'stock-in-warehouse-country': (r, f) => `货在${f.country(r.country)}的仓库，已在欧洲。`,
      'stock-not-in-europe': () => '本地托管要求货物已在欧洲本土备货；货还不在欧洲，不符合条件。',
      'warehouse-missing': () => '未说明货在哪个国家的仓库。',
      'warehouse-not-yet': () => '货尚未进入欧洲，暂无欧盟仓库。',
      'warehouse-in-market': (r, f) => `仓库在${f.country(r.country)}，是欧盟成员国，也是本地托管开通的站点。`,
      'warehouse-eu-outside-markets': (r, f) =>
        `仓库在${f.country(r.country)}，是欧盟成员国，但不在本地托管开通的${f.all(r.markets)}之内；` +
        '公开资料只说“单个欧盟国家的本地仓”，没有说明这几国以外的仓库是否可以，所以这一项无法确定。',
      'warehouse-outside-eu': (r, f) => `仓库在${f.country(r.country)}，不是欧盟成员国；本地托管要求货能入仓到单个欧盟国家的本地仓。`,
      'vat-missing': () => '未说明在哪些国家注册了VAT。',
      'vat-after-eu-warehouse': () => '仓库不在欧盟，入仓国VAT待仓库转入欧盟国家后再核对：届时须在该国注册VAT。',
      'vat-none': () => '没有任何VAT注册；本地托管要求在入仓国注册VAT。',
      'vat-need-warehouse': (r, f) => `已有VAT：${f.all(r.have)}；需要知道仓库所在国，才能核对是否在入仓国注册了VAT。`,
      'vat-in-warehouse-country': (r, f) => `已在入仓国${f.country(r.country)}注册VAT。`,
      'vat-not-in-warehouse-country': (r, f) =>
        `仓库在${f.country(r.country)}，但在${f.country(r.country)}没有VAT注册（已有：${r.have.length ? f.all(r.have) : '无'}）；本地托管要求在入仓国注册VAT。`,
      'markets-open': (r, f) => `目标站点${f.all(r.markets)}已开通本地托管。`,
      'markets-not-open': (r, f) => `本地托管目前只在${f.all(r.open)}开通，${f.all(r.outside)}不在其中。`,
    },
    fixes: {
      'use-allowed-entity': (x, f) => `以在${f.all(x.allowed)}注册的公司申请。`,
      'move-stock-to-eu': (x, f) => `先把货备到一个欧盟国家的本地仓（例如${f.either(x.examples)}），再申请。`,
      'move-to-eu-warehouse': (x, f) => `把货转到一个欧盟国家的仓库（例如${f.either(x.examples)}），并在该国注册VAT。`,
      'confirm-warehouse-country': (x, f) =>
        `向平台或客户经理确认${f.country(x.country)}的仓库是否可以；稳妥的做法是把货放在${f.either(x.markets)}之一的仓库，并在该国注册VAT。`,
      'register-vat-in-warehouse-country': () => '在仓库所在的欧盟国家注册VAT。',
      'register-vat-in': (x, f) => `在${f.country(x.country)}注册VAT。`,
      'choose-open-market': (x, f) => `选择${f.all(x.open)}中的站点。`,
    },
    verdicts: {
      eligible: '结论：符合公开的入驻条件。注意：本地托管为定邀入驻，平台仍会审核并决定是否邀请，不保证通过。',
      ineligible: '结论：目前不符合入驻条件（见上面 ❌ 的项目）。',
      incomplete: '结论：信息不全，暂时无法判断；目前没有不符合的项目。',
      uncertain: '结论：无法确定。没有不符合的项目，但有一项公开资料没有说明（见上面 ❔ 的项目），申请前请先向平台确认。',
    },
    nextStepsTitle: '下一步：',
    applyOnceFixed: (step) => `满足条件后再申请：${step}。`,
    applyOnceConfirmed: (step) => `确认之后再申请：${step}。`,
    tellMissing: '补充上面缺少的信息后，我可以给出结论。',
    fieldQuestions: {
      entityCountry: '公司（主体）注册在哪个国家或地区（如中国内地、中国香港、德国）',
      hasEuStock: '货是否已经在欧洲',
      warehouseCountry: '货在哪个国家的仓库',
      vatCountries: '在哪些国家注册了VAT（没有也请说明）',
    },
    askMissing: (items) => `要判断能否入驻本地托管，还需要你告诉我：\n${items}\n请在一条消息里回复，例如：“深圳公司，货在德国仓，有德国VAT”。`,
    unread: (numbers) => `没有用到${numbers.map((n) => `「${n}」`).join('、')}：入驻条件的判断不需要数字。`,
    caseVat: ({ warehouse, have, meets }, f) => {
      const w = f.country(warehouse);
      if (meets) return `套用到你的情况：货在${w}，你也有${w}VAT，这一条满足。`;
      const other = have.length ? `只有${f.all(have)}的VAT不满足这一条。` : '';
      return `套用到你的情况：货在${w}，就需要${w}的VAT（在${w}注册增值税）。${other}`;
    },
    placeGuess: (place, country) => `假设：我不认识「${place}」这个地名，先按仓库在${country}判断；如果不在${country}，请告诉我仓库所在的国家。`,
  },
  margin: {
    sourceTitle: (country) => `${country}站市场参数（增值税、佣金）`,
    fieldNames: {
      listPrice: '售价（含税）',
      market: '站点（德国、法国、意大利或西班牙）',
      unitCost: '单件成本',
      inboundShipping: '头程',
      fulfillmentFee: '尾程/配送费',
      buyerShipping: '买家运费',
      commissionRate: '平台佣金率',
      commissionTier: '佣金档位',
      affiliateRate: '达人佣金率',
      sellerDiscount: '卖家折扣',
      adsRate: '广告占比',
      platformSubsidy: '平台补贴',
      returnRate: '退货率',
      vatRate: '增值税率',
      targetMargin: '目标利润率',
      program: '项目',
      'commissionRate+affiliateRate+adsRate': '佣金 + 达人佣金 + 广告',
    },
    market: (code, f) => `${f.country(code)}站`,
    title: (market) => `单件利润测算：${market}，币种 EUR`,
    inputs: (v) => {
      const note = (n: typeof v.commissionNote): string =>
        n === 'assumed-local-hosting' ? '（假设：本地托管佣金未公开）' : n === 'default' ? '（默认）' : '';
      return (
        `输入：售价 ${v.listPrice}（含税），成本 ${v.unitCost}，头程 ${v.inbound}，尾程 ${v.fulfilment}，买家运费 ${v.buyerShipping}，` +
        `佣金 ${v.commission}${note(v.commissionNote)}，达人佣金 ${v.affiliate}，广告 ${v.ads}，卖家折扣 ${v.discount}，退货率 ${v.returns}，增值税 ${v.vat}${note(v.vatNote)}`
      );
    },
    formula:
      '利润 = 净销售额 − 佣金 − 达人佣金 − 广告 − 退货损失 − 成本 − 头程 − 尾程；实收 = 售价 × (1 − 卖家折扣)，' +
      '净销售额 = (实收 + 买家运费) / (1 + 增值税率)，佣金 = 佣金率 × (实收 + 买家运费)，' +
      '达人佣金、广告 = 比例 × 实收 / (1 + 增值税率)（只按商品，不含运费），退货损失 = 退货率 × (尾程 + 头程)',
    formulaLine: (formula) => `公式：${formula}`,
    breakdown: '明细：',
    paid: (x) => `实收（折后含税）：${x}`,
    buyerShipping: (x) => `买家运费（含税）：${x}`,
    vat: (rate, x) => `增值税 ${rate}：${x}`,
    netSales: (x) => `净销售额：${x}`,
    commission: (rate, x, withShipping) => `平台佣金 ${rate} × ${withShipping ? '(实收 + 买家运费)' : '实收'}：${x}`,
    affiliate: (rate, x) => `达人佣金 ${rate} × 商品不含税金额：${x}`,
    ads: (rate, x) => `广告 ${rate} × 商品不含税金额：${x}`,
    returns: (x) => `退货损失：${x}`,
    costs: (cost, inbound, fulfilment) => `成本：${cost}，头程：${inbound}，尾程：${fulfilment}`,
    profit: (x) => `利润：${x}`,
    margin: (x) => `利润率（占净销售额）：${x}`,
    roi: (x) => `ROI（利润 / (成本 + 头程)）：${x ?? '无法计算（成本为0）'}`,
    breakEven: (x) => `保本售价（含税）：${x}`,
    target: (rate, price) => (price === null ? `目标利润率 ${rate}：在这些费率下任何售价都达不到。` : `达到 ${rate} 利润率的售价（含税）：${price}`),
    subsidy: (subsidy, buyerPays) => `平台补贴 ${subsidy}：买家实付 ${buyerPays}；由谁出资未公开，未从你的收入中扣减。`,
    assumptions: {
      'price-includes-vat': () => '售价为含税价；增值税 = (实收 + 买家运费) − 净销售额。',
      'vat-standard-rate': (a, f) => `增值税率按${f.country(a.market)}标准税率${f.rate(a.rate)}（截至${a.asOf}）；低税率商品请填写增值税率。`,
      'commission-default': (a, f) => `平台佣金${f.rate(a.rate)}${TIER[a.tier]}（自${a.asOf}起），${f.rule(a.base)}。`,
      'commission-local-hosting-unpublished': (a, f) =>
        `本地托管自己的佣金未公开：这里的${f.rate(a.rate)}是平台佣金的公开费率（自${a.asOf}起，${f.rule(a.base)}），只是假设；知道实际费率请填写佣金（commission=…）。`,
      'buyer-shipping-revenue': () => '买家支付的运费（含税）是收入：计入净销售额和佣金基数，按商品的增值税率计税。',
      'affiliate-ads-on-item': () => '达人佣金和广告只按商品的不含税金额计算（不含增值税和运费）。',
      'subsidy-funding-unpublished': () => '平台补贴和平台券：由谁出资未公开，所以只列出、不扣减；如果其中有你出资的部分，请作为卖家折扣填写。',
      'returns-lose-shipping': () => '退货损失 = 退货率 × (尾程 + 头程)：假设退回的货可以再卖，只损失运费。',
      'not-included': () => '未计入：汇率、仓储费、EPR、所得税等。',
    },
    rules: (asOf, commissionFrom, vatChecked, sources) => `规则截至 ${asOf}（佣金自 ${commissionFrom} 起，增值税率核对于 ${vatChecked}）。来源：${sources}`,
    previewWhileOpen: "站点还没定：先给你看这几个站的对比，定了站点回我一个国家名，我按那个站精确算。",
    grossedUp: (net, rate, gross) => `你给的是不含税价 ${net}，按增值税 ${rate} 换算为含税价 ${gross}。`,
    ignored: (field, text) => `注意：「${field}」${text} 没有计入：这一项请用百分比（比例）或欧元金额中对应的一种填写。`,
    setAside: (field, text, kept) => `「${text}」看起来是另一个${field}（背景信息），测算用的是「${kept}」；如果要按「${text}」算，请告诉我。`,
    unread: (numbers) =>
      `没看懂${numbers
        .map((n) => `「${n.text}」（${n.kind === 'percent' ? '达人佣金、广告、退货率还是折扣？' : n.kind === 'quantity' ? '是数量；测算按单件' : '成本、头程、尾程还是买家运费？'}）`)
        .join('、')}，没有计入测算。请带上名称再发一次，例如“广告10%”。`,
    shippingAsBuyer: (text) => `「${text}」按你自己承担的配送费（尾程）计算；如果是买家另付的运费，请写“买家运费 3欧”这样的说法。`,
    askMissing: (fields) => `要算利润，还需要：${fields}。请在一条消息里发给我，例如：“德国站售价29.99欧，成本8欧，头程1.5欧，尾程3.2欧，达人佣金15%”。`,
    error: (field, given, problem) => `抱歉，无法计算：「${field}」（${given}）有问题：${problem}。请修改后再发一次。`,
    problems: {
      required: () => '缺少这一项',
      'not-a-number': () => '必须是数字',
      'wrong-type': () => '类型不对',
      'too-small': (p, f) => (p.minimum === 0 && !p.inclusive ? '必须大于 0' : `必须${p.inclusive ? '不小于' : '大于'} ${f.plain(p.minimum)}`),
      'too-big': (p, f) => `必须${p.inclusive ? '不大于' : '小于'} ${f.plain(p.maximum)}`,
      'unknown-field': (p) => `无法识别的字段 ${p.keys.join(', ')}`,
      'unknown-market': (p) => `未知站点「${p.market}」，可选：${p.known.join(', ')}`,
      'no-break-even': (p, f) => `佣金、达人佣金和广告合计占净销售额的${f.ratio(p.share)}，任何售价都无法保本，请降低其中一项`,
      invalid: (p) => p.detail,
    },
    rateHint: '（比例用小数：0.09 = 9%）',
    rejected: (items) =>
      `无法使用${items
        .map((i) => {
          const what = i.field ? `「${i.field}」${i.text}` : `「${i.text}」`;
          const why = i.problem === 'negative' ? '金额和比例不能是负数' : i.problem === 'exponent' ? '请写成普通数字' : i.problem === 'range' ? '请给一个数，不要给范围' : '不是数字';
          return `${what}（${why}）`;
        })
        .join('、')}。请改成有效的数值再发一次。`,
    unknownKey: (key, known) => `无法识别参数“${key}”。可用：${known}。`,
    comparisonHead: '各站对比（同一商品、同样成本，各国按本国增值税）：',
    comparisonRow: (market, vat, profit, margin, breakEven) => `${market}（增值税 ${vat}）：利润 ${profit}，利润率 ${margin}，保本价 ${breakEven}`,
    comparisonFoot: (asOf, sources) => `公式同单站测算；规则截至 ${asOf}。来源：${sources}`,
    ladderHead: (market, breakEven) => `不同售价下的利润（${market}，保本价 ${breakEven}）：`,
    ladderRow: (price, profit, margin) => `售价 ${price}：利润 ${profit}（${margin}）`,
  },
};
