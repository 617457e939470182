import { Decimal } from 'decimal.js';
import { SlashCommandBuilder, type SlashCommandNumberOption } from 'discord.js';
import { buildEmbedReplies, COLORS } from '../build-embed-replies.js';
import { buildToolFields } from '../build-tool-fields.js';
import type { DiscordCommand } from './command.js';

// Option name -> the core's margin field. Bounds are left to the core so that one place validates and names the
// field in its reply, whatever the client let through.
const AMOUNTS = [
  ['price', 'listPrice', 'Selling price per unit in EUR, VAT included', '售价（欧元，含增值税）'],
  ['cost', 'unitCost', 'Cost of goods per unit in EUR', '单件货物成本（欧元）'],
  ['inbound', 'inboundShipping', 'Inbound (first-leg) shipping per unit in EUR', '单件头程运费（欧元）'],
  ['fulfilment', 'fulfillmentFee', 'Fulfilment / last-mile cost per unit in EUR', '单件尾程配送费（欧元）'],
] as const;
const PERCENTS = [
  ['commission', 'commissionRate', 'Platform commission in % (default: the market rule)', '平台佣金 %（默认按站点规则）'],
  ['affiliate', 'affiliateRate', 'Creator (affiliate) commission in % of net sales', '达人佣金 %（占净销售额）'],
  ['discount', 'sellerDiscount', 'Seller-funded discount in % of the price', '卖家折扣 %（占售价）'],
  ['ads', 'adsRate', 'Ad spend in % of net sales', '广告费 %（占净销售额）'],
] as const;
const MARKETS = [
  { name: 'Germany 德国 (DE)', value: 'DE' },
  { name: 'France 法国 (FR)', value: 'FR' },
  { name: 'Italy 意大利 (IT)', value: 'IT' },
  { name: 'Spain 西班牙 (ES)', value: 'ES' },
];

const describe = (o: SlashCommandNumberOption, name: string, en: string, zh: string, required: boolean) =>
  o.setName(name).setDescription(en).setDescriptionLocalizations({ 'zh-CN': zh }).setRequired(required);

const builder = new SlashCommandBuilder()
  .setName('margin')
  .setDescription('Profit, margin and break-even price per unit for a Local Hosting market')
  .setDescriptionLocalizations({ 'zh-CN': '计算单件利润、利润率和保本售价' })
  // Discord wants required options first.
  .addNumberOption((o) => describe(o, AMOUNTS[0][0], AMOUNTS[0][2], AMOUNTS[0][3], true))
  .addNumberOption((o) => describe(o, AMOUNTS[1][0], AMOUNTS[1][2], AMOUNTS[1][3], true))
  .addStringOption((o) =>
    o.setName('market').setDescription('Market').setDescriptionLocalizations({ 'zh-CN': '站点' }).setRequired(true).addChoices(...MARKETS),
  );
for (const [name, , en, zh] of AMOUNTS.slice(2)) builder.addNumberOption((o) => describe(o, name, en, zh, false));
for (const [name, , en, zh] of PERCENTS) builder.addNumberOption((o) => describe(o, name, en, zh, false));

export const marginCommand: DiscordCommand = {
  data: builder,
  adminOnly: false,
  ephemeral: false,

  async execute(interaction, { service, lang }) {
    const o = interaction.options;
    const input: Record<string, unknown> = { market: o.getString('market', true) };
    for (const [name, field] of AMOUNTS) {
      const value = o.getNumber(name);
      if (value !== null) input[field] = value;
    }
    for (const [name, field] of PERCENTS) {
      const value = o.getNumber(name);
      // Sellers type 9 for 9%; the core takes fractions. Decimal keeps 0.07% from becoming 0.0007000000000000001.
      if (value !== null) input[field] = new Decimal(value).div(100).toNumber();
    }
    const reply = service.calculateMargin(input, lang);
    if (!reply.ok) return buildEmbedReplies({ text: reply.text, color: COLORS.problem });
    return buildEmbedReplies({ text: reply.text, fields: buildToolFields('margin', reply.result, lang), color: COLORS.answer });
  },
};
