import { SlashCommandBuilder } from 'discord.js';
import { buildEmbedReplies, COLORS } from '../build-embed-replies.js';
import { buildTextReplies } from '../build-text-replies.js';
import { buildToolFields } from '../build-tool-fields.js';
import { parseVatCountries } from '../parse-vat-countries.js';
import { uiText } from '../ui-text.js';
import type { DiscordCommand } from './command.js';
import type { EligibilityFacts } from '../../../src/index.js';

const ENTITY_CHOICES = ['CN', 'HK', 'DE', 'FR', 'IT', 'ES', 'GB', 'US', 'other'] as const;
const WAREHOUSE_CHOICES = ['DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'other-EU', 'outside-EU'] as const;
const ENTITY_NAMES: Record<(typeof ENTITY_CHOICES)[number], string> = {
  CN: 'Mainland China 中国内地',
  HK: 'Hong Kong 中国香港',
  DE: 'Germany 德国',
  FR: 'France 法国',
  IT: 'Italy 意大利',
  ES: 'Spain 西班牙',
  GB: 'United Kingdom 英国',
  US: 'United States 美国',
  other: 'Other country 其他国家',
};
const WAREHOUSE_NAMES: Record<(typeof WAREHOUSE_CHOICES)[number], string> = {
  DE: 'Germany 德国',
  FR: 'France 法国',
  IT: 'Italy 意大利',
  ES: 'Spain 西班牙',
  PL: 'Poland 波兰',
  NL: 'Netherlands 荷兰',
  'other-EU': 'Other EU country 其他欧盟国家',
  'outside-EU': 'Outside the EU (e.g. UK) 欧盟以外',
};
const COUNTRY_CODE = /^[A-Za-z]{2}$/;
/** ISO 3166-1 "user-assigned" code: a country the checker knows only as "not on the list". */
const UNLISTED = 'ZZ';

function resolveWarehouse(choice: string | null, code: string | null): string | undefined {
  if (choice && choice !== 'other-EU' && choice !== 'outside-EU') return choice;
  if (code && COUNTRY_CODE.test(code.trim())) return code.trim().toUpperCase();
  // "Some other EU country" alone cannot be checked against the VAT rule: left unknown, the core asks for it.
  return choice === 'outside-EU' ? UNLISTED : undefined;
}

export const eligibilityCommand: DiscordCommand = {
  data: new SlashCommandBuilder()
    .setName('eligibility')
    .setDescription('Check whether you meet the Local Hosting entry conditions')
    .setDescriptionLocalizations({ 'zh-CN': '检查是否符合本地托管入驻条件' })
    .addStringOption((o) =>
      o
        .setName('entity_country')
        .setDescription('Where your company is registered')
        .setDescriptionLocalizations({ 'zh-CN': '公司主体注册地' })
        .addChoices(...ENTITY_CHOICES.map((c) => ({ name: ENTITY_NAMES[c], value: c }))),
    )
    .addBooleanOption((o) =>
      o.setName('has_eu_stock').setDescription('Is your stock already in Europe?').setDescriptionLocalizations({ 'zh-CN': '货物是否已在欧洲' }),
    )
    .addStringOption((o) =>
      o
        .setName('warehouse_country')
        .setDescription('Country of the warehouse holding your stock')
        .setDescriptionLocalizations({ 'zh-CN': '存货仓库所在国家' })
        .addChoices(...WAREHOUSE_CHOICES.map((c) => ({ name: WAREHOUSE_NAMES[c], value: c }))),
    )
    .addStringOption((o) =>
      o
        .setName('vat_countries')
        .setDescription('Countries where you have VAT, comma separated ISO codes (e.g. DE, FR) or "none"')
        .setDescriptionLocalizations({ 'zh-CN': '已注册VAT的国家，逗号分隔的两位代码（如 DE, FR），没有填 none' })
        .setMaxLength(200),
    )
    .addStringOption((o) =>
      o
        .setName('warehouse_code')
        .setDescription('Two-letter code of the warehouse country if it is not listed (e.g. AT, CZ, GB)')
        .setDescriptionLocalizations({ 'zh-CN': '仓库国家不在列表中时填写两位代码（如 AT、CZ、GB）' })
        .setMinLength(2)
        .setMaxLength(2),
    ),
  adminOnly: false,
  ephemeral: false,

  async execute(interaction, { service, lang }) {
    const o = interaction.options;
    const vat = parseVatCountries(o.getString('vat_countries'));
    if (!vat.ok) return buildTextReplies(uiText(lang).badCountryCodes('vat_countries', vat.bad), 'problem');

    const facts: EligibilityFacts = {};
    const entity = o.getString('entity_country');
    if (entity) facts.entityCountry = entity === 'other' ? UNLISTED : entity;
    const stock = o.getBoolean('has_eu_stock');
    if (stock !== null) facts.hasEuStock = stock;
    const warehouse = resolveWarehouse(o.getString('warehouse_country'), o.getString('warehouse_code'));
    if (warehouse) facts.warehouseCountry = warehouse;
    if (vat.codes) facts.vatCountries = vat.codes;

    const reply = service.checkEligibility(facts, lang);
    const color = reply.verdict === 'eligible' ? COLORS.ok : reply.verdict === 'ineligible' ? COLORS.problem : COLORS.answer;
    return buildEmbedReplies({ text: reply.text, fields: buildToolFields('eligibility', reply.result, lang), color });
  },
};
