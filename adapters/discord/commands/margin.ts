import { Decimal } from 'decimal.js';
import { SlashCommandBuilder, type SlashCommandNumberOption } from 'discord.js';
import { buildEmbedReplies, COLORS } from '../build-embed-replies.js';
import { buildToolFields } from '../build-tool-fields.js';
import type { OptionName } from '../command-names.js';
import { countryChoice } from '../country-choices.js';
import type { Texts } from '../localizations.js';
import type { DiscordCommand } from './command.js';
import { nameCommand, nameOption } from './localize.js';
import type { CountryChoices } from '../../../src/index.js';

// Option name -> the core's margin field. Bounds are left to the core so that one place validates and names the
// field in its reply, whatever the client let through.
const AMOUNTS = [
  {
    option: 'price',
    field: 'listPrice',
    describe: {
      en: 'Selling price per unit in EUR, VAT included',
      zh: '售价（欧元，含增值税）',
      de: 'Verkaufspreis pro Stück in EUR, inkl. MwSt.',
      fr: 'Prix de vente unitaire en EUR, TTC',
      it: 'Prezzo di vendita per unità in EUR, IVA inclusa',
      es: 'Precio de venta por unidad en EUR, IVA incluido',
    },
  },
  {
    option: 'cost',
    field: 'unitCost',
    describe: {
      en: 'Cost of goods per unit in EUR',
      zh: '单件货物成本（欧元）',
      de: 'Warenkosten (Einkaufspreis) pro Stück in EUR',
      fr: "Coût d'achat de la marchandise par unité en EUR",
      it: 'Costo della merce per unità in EUR',
      es: 'Coste de la mercancía por unidad en EUR',
    },
  },
  {
    option: 'inbound',
    field: 'inboundShipping',
    describe: {
      en: 'Inbound (first-leg) shipping per unit in EUR',
      zh: '单件头程运费（欧元）',
      de: 'Zulauf (Transport bis ins Lager) pro Stück in EUR',
      fr: "Transport d'approche (jusqu'à l'entrepôt) par unité en EUR",
      it: 'Trasporto in entrata (fino al magazzino) per unità in EUR',
      es: 'Transporte de entrada (hasta el almacén) por unidad en EUR',
    },
  },
  {
    option: 'fulfilment',
    field: 'fulfillmentFee',
    describe: {
      en: 'Fulfilment / last-mile cost per unit in EUR',
      zh: '单件尾程配送费（欧元）',
      de: 'Fulfillment und Versand (letzte Meile) pro Stück in EUR',
      fr: 'Préparation et livraison (dernier kilomètre) par unité en EUR',
      it: 'Evasione e consegna (ultimo miglio) per unità in EUR',
      es: 'Preparación y envío (última milla) por unidad en EUR',
    },
  },
] as const satisfies ReadonlyArray<{ option: OptionName; field: string; describe: Texts }>;
const PERCENTS = [
  {
    option: 'commission',
    field: 'commissionRate',
    describe: {
      en: 'Platform commission in % (default: the market rule)',
      zh: '平台佣金 %（默认按站点规则）',
      de: 'Plattformprovision in % (Standard: Regel des Markts)',
      fr: 'Commission de la plateforme en % (par défaut\u00a0: règle du marché)',
      it: 'Commissione della piattaforma in % (predefinita: regola del mercato)',
      es: 'Comisión de la plataforma en % (por defecto: la regla del mercado)',
    },
  },
  {
    option: 'affiliate',
    field: 'affiliateRate',
    describe: {
      en: 'Creator (affiliate) commission in % of net sales',
      zh: '达人佣金 %（占净销售额）',
      de: 'Creator-Provision (Affiliate) in % vom Nettoumsatz',
      fr: "Commission des créateurs (affiliation) en % du chiffre d'affaires HT",
      it: 'Commissione dei creator (affiliazione) in % delle vendite nette',
      es: 'Comisión de creadores (afiliados) en % de las ventas netas',
    },
  },
  {
    option: 'discount',
    field: 'sellerDiscount',
    describe: {
      en: 'Seller-funded discount in % of the price',
      zh: '卖家折扣 %（占售价）',
      de: 'Vom Verkäufer getragener Rabatt in % vom Preis',
      fr: 'Remise financée par le vendeur en % du prix',
      it: 'Sconto a carico del venditore in % del prezzo',
      es: 'Descuento a cargo del vendedor en % del precio',
    },
  },
  {
    option: 'ads',
    field: 'adsRate',
    describe: {
      en: 'Ad spend in % of net sales',
      zh: '广告费 %（占净销售额）',
      de: 'Werbekosten in % vom Nettoumsatz',
      fr: "Dépenses publicitaires en % du chiffre d'affaires HT",
      it: 'Spesa pubblicitaria in % delle vendite nette',
      es: 'Gasto en publicidad en % de las ventas netas',
    },
  },
] as const satisfies ReadonlyArray<{ option: OptionName; field: string; describe: Texts }>;

const numberOption = (o: SlashCommandNumberOption, spec: { option: OptionName; describe: Texts }, required: boolean) =>
  nameOption(o, spec.option, spec.describe).setRequired(required);

function buildMarginData(markets: string[]) {
  const builder = nameCommand(new SlashCommandBuilder(), 'margin', {
    en: 'Profit, margin and break-even price per unit for a Local Hosting market',
    zh: '计算单件利润、利润率和保本售价',
    de: 'Gewinn, Marge und Break-even-Preis pro Stück für einen Local-Hosting-Markt',
    fr: 'Bénéfice, marge et prix au seuil de rentabilité par unité, pour un marché du Local Hosting',
    it: 'Utile, margine e prezzo di pareggio per unità in un mercato del Local Hosting',
    es: 'Beneficio, margen y precio de equilibrio por unidad en un mercado de Local Hosting',
  })
    // Discord wants required options first.
    .addNumberOption((o) => numberOption(o, AMOUNTS[0], true))
    .addNumberOption((o) => numberOption(o, AMOUNTS[1], true))
    .addStringOption((o) =>
      nameOption(o, 'market', { en: 'Market', zh: '站点', de: 'Markt', fr: 'Marché', it: 'Mercato', es: 'Mercado' })
        .setRequired(true)
        .addChoices(...markets.map((code) => countryChoice(code, ` (${code})`))),
    );
  for (const spec of AMOUNTS.slice(2)) builder.addNumberOption((o) => numberOption(o, spec, false));
  for (const spec of PERCENTS) builder.addNumberOption((o) => numberOption(o, spec, false));
  return builder;
}

/** /margin, offering the markets of `choices` (from the rules). */
export const createMarginCommand = (choices: CountryChoices): DiscordCommand => ({
  data: buildMarginData(choices.markets),
  adminOnly: false,
  ephemeral: false,

  async execute(interaction, { service, lang }) {
    const o = interaction.options;
    const input: Record<string, unknown> = { market: o.getString('market', true) };
    for (const { option, field } of AMOUNTS) {
      const value = o.getNumber(option);
      if (value !== null) input[field] = value;
    }
    for (const { option, field } of PERCENTS) {
      const value = o.getNumber(option);
      // Sellers type 9 for 9%; the core takes fractions. Decimal keeps 0.07% from becoming 0.0007000000000000001.
      if (value !== null) input[field] = new Decimal(value).div(100).toNumber();
    }
    const reply = service.calculateMargin(input, lang);
    if (!reply.ok) return buildEmbedReplies({ text: reply.text, color: COLORS.problem });
    return buildEmbedReplies({ text: reply.text, fields: buildToolFields('margin', reply.result, lang), color: COLORS.answer });
  },
});
