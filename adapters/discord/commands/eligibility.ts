import { SlashCommandBuilder } from 'discord.js';
import { buildEmbedReplies, COLORS } from '../build-embed-replies.js';
import { buildTextReplies } from '../build-text-replies.js';
import { buildToolFields } from '../build-tool-fields.js';
import { parseVatCountries } from '../parse-vat-countries.js';
import { uiText } from '../ui-text.js';
import { optionName } from '../command-names.js';
import { countryChoice, labelledChoice } from '../country-choices.js';
import { nameCommand, nameOption } from './localize.js';
import type { DiscordCommand } from './command.js';
import { OTHER_COUNTRY, type CountryChoices, type EligibilityFacts } from '../../../src/index.js';

const OTHER_LABELS = { en: 'Other country', zh: '其他国家', de: 'Anderes Land', fr: 'Autre pays', it: 'Altro paese', es: 'Otro país' };
/** The "other country" value of commands registered before the core's one code, until they are registered again. */
const LEGACY_OTHER = 'other';

// Discord shows at most 25 choices: the other EU countries are one choice, with their code in `warehouse_code`.
const entityChoices = (choices: CountryChoices) =>
  choices.entity.map((c) => (c === OTHER_COUNTRY ? labelledChoice(OTHER_COUNTRY, OTHER_LABELS) : countryChoice(c)));
const warehouseChoices = (choices: CountryChoices) => [
  ...choices.warehouse.main.map((c) => countryChoice(c)),
  labelledChoice('other-EU', {
    en: 'Other EU country',
    zh: '其他欧盟国家',
    de: 'Anderes EU-Land',
    fr: "Autre pays de l'UE",
    it: "Altro paese dell'UE",
    es: 'Otro país de la UE',
  }),
  labelledChoice('outside-EU', {
    en: 'Outside the EU (e.g. UK)',
    zh: '欧盟以外',
    de: 'Außerhalb der EU (z. B. Vereinigtes Königreich)',
    fr: 'Hors UE (p. ex. Royaume-Uni)',
    it: "Fuori dall'UE (es. Regno Unito)",
    es: 'Fuera de la UE (p. ej. Reino Unido)',
  }),
];
const COUNTRY_CODE = /^[A-Za-z]{2}$/;

function resolveWarehouse(choice: string | null, code: string | null): string | undefined {
  if (choice && choice !== 'other-EU' && choice !== 'outside-EU') return choice;
  if (code && COUNTRY_CODE.test(code.trim())) return code.trim().toUpperCase();
  // "Some other EU country" alone cannot be checked against the VAT rule: left unknown, the core asks for it.
  return choice === 'outside-EU' ? OTHER_COUNTRY : undefined;
}

/** /eligibility, offering the countries of `choices` (from the rules). */
export const createEligibilityCommand = (choices: CountryChoices): DiscordCommand => ({
  data: nameCommand(new SlashCommandBuilder(), 'eligibility', {
    en: 'Check whether you meet the Local Hosting entry conditions',
    zh: '检查是否符合本地托管入驻条件',
    de: 'Prüfen, ob Sie die Voraussetzungen für Local Hosting erfüllen',
    fr: "Vérifiez si vous remplissez les conditions d'accès au Local Hosting",
    it: 'Verifica se hai i requisiti per entrare nel Local Hosting',
    es: 'Comprueba si cumples los requisitos para entrar en Local Hosting',
  })
    .addStringOption((o) =>
      nameOption(o, 'entity_country', {
        en: 'Where your company is registered',
        zh: '公司主体注册地',
        de: 'Wo Ihr Unternehmen eingetragen ist',
        fr: "Pays d'immatriculation de votre société",
        it: 'Dove è registrata la tua azienda',
        es: 'Dónde está registrada tu empresa',
      }).addChoices(...entityChoices(choices)),
    )
    .addBooleanOption((o) =>
      nameOption(o, 'has_eu_stock', {
        en: 'Is your stock already in Europe?',
        zh: '货物是否已在欧洲',
        de: 'Ist Ihre Ware schon in Europa?',
        fr: 'Votre stock est-il déjà en Europe\u00a0?',
        it: 'La tua merce è già in Europa?',
        es: '¿Tu mercancía ya está en Europa?',
      }),
    )
    .addStringOption((o) =>
      nameOption(o, 'warehouse_country', {
        en: 'Country of the warehouse holding your stock',
        zh: '存货仓库所在国家',
        de: 'Land des Lagers, in dem Ihre Ware liegt',
        fr: "Pays de l'entrepôt où se trouve votre stock",
        it: 'Paese del magazzino in cui si trova la merce',
        es: 'País del almacén donde está tu mercancía',
      }).addChoices(...warehouseChoices(choices)),
    )
    .addStringOption((o) =>
      nameOption(o, 'vat_countries', {
        en: 'Countries where you have VAT, comma separated ISO codes (e.g. DE, FR) or "none"',
        zh: '已注册VAT的国家，逗号分隔的两位代码（如 DE, FR），没有填 none',
        de: 'Länder mit USt.-Registrierung, ISO-Codes mit Komma getrennt (z. B. DE, FR) oder „keine“',
        fr: 'Pays où vous avez un n° de TVA, codes ISO séparés par des virgules (ex. DE, FR) ou «\u00a0aucun\u00a0»',
        it: 'Paesi in cui hai la partita IVA, codici ISO separati da virgole (es. DE, FR) o «nessuno»',
        es: 'Países con alta en el IVA, códigos ISO separados por comas (p. ej. DE, FR) o «ninguno»',
      }).setMaxLength(200),
    )
    .addStringOption((o) =>
      nameOption(o, 'warehouse_code', {
        en: 'Two-letter code of the warehouse country if it is not listed (e.g. AT, CZ, GB)',
        zh: '仓库国家不在列表中时填写两位代码（如 AT、CZ、GB）',
        de: 'Zweistelliger Code des Lagerlands, falls es nicht in der Liste steht (z. B. AT, CZ, GB)',
        fr: "Code à deux lettres du pays de l'entrepôt s'il n'est pas dans la liste (ex. AT, CZ, GB)",
        it: 'Codice a due lettere del paese del magazzino se non è in elenco (es. AT, CZ, GB)',
        es: 'Código de dos letras del país del almacén si no aparece en la lista (p. ej. AT, CZ, GB)',
      })
        .setMinLength(2)
        .setMaxLength(2),
    ),
  adminOnly: false,
  ephemeral: false,

  async execute(interaction, { service, lang }) {
    const o = interaction.options;
    const vat = parseVatCountries(o.getString('vat_countries'));
    if (!vat.ok) return buildTextReplies(uiText(lang).badCountryCodes(optionName('vat_countries', lang), vat.bad), 'problem');

    const facts: EligibilityFacts = {};
    const entity = o.getString('entity_country');
    if (entity) facts.entityCountry = entity === LEGACY_OTHER ? OTHER_COUNTRY : entity;
    const stock = o.getBoolean('has_eu_stock');
    if (stock !== null) facts.hasEuStock = stock;
    const warehouse = resolveWarehouse(o.getString('warehouse_country'), o.getString('warehouse_code'));
    if (warehouse) facts.warehouseCountry = warehouse;
    if (vat.codes) facts.vatCountries = vat.codes;

    const reply = service.checkEligibility(facts, lang);
    const color = reply.verdict === 'eligible' ? COLORS.ok : reply.verdict === 'ineligible' ? COLORS.problem : COLORS.answer;
    return buildEmbedReplies({ text: reply.text, fields: buildToolFields('eligibility', reply.result, lang), color });
  },
});
