import type { Lang } from '../../src/index.js';
import type { Names } from './localizations.js';

// One table for the localized slash command and option names: the command definitions register them, and the
// adapter's own texts (help, refusals) quote them, so a German client reads the same /marge it can type.

export const COMMAND_NAMES = {
  ask: { de: 'frage', fr: 'question', it: 'domanda', es: 'pregunta' },
  eligibility: { de: 'voraussetzungen', fr: 'conditions', it: 'requisiti', es: 'requisitos' },
  margin: { de: 'marge', fr: 'marge', it: 'margine', es: 'margen' },
  help: { de: 'hilfe', fr: 'aide', it: 'aiuto', es: 'ayuda' },
  reset: { de: 'neu-anfangen', fr: 'recommencer', it: 'ricomincia', es: 'reiniciar' },
  autoanswer: { de: 'autoantwort', fr: 'réponse-auto', it: 'risposta-automatica', es: 'respuesta-automática' },
  stats: { de: 'statistik', fr: 'statistiques', it: 'statistiche', es: 'estadísticas' },
  gaps: { de: 'wissenslücken', fr: 'lacunes', it: 'lacune', es: 'lagunas' },
  reload: { de: 'neu-laden', fr: 'recharger', it: 'ricarica', es: 'recargar' },
} as const satisfies Record<string, Names>;

// Option names are unique across the commands, so one flat table serves them all.
export const OPTION_NAMES = {
  question: { de: 'frage', fr: 'question', it: 'domanda', es: 'pregunta' },
  entity_country: { de: 'firmensitz', fr: 'pays_société', it: 'paese_azienda', es: 'país_empresa' },
  has_eu_stock: { de: 'ware_in_europa', fr: 'stock_en_europe', it: 'merce_in_europa', es: 'mercancía_en_europa' },
  warehouse_country: { de: 'lagerland', fr: 'pays_entrepôt', it: 'paese_magazzino', es: 'país_almacén' },
  vat_countries: { de: 'ust_länder', fr: 'pays_tva', it: 'paesi_iva', es: 'países_iva' },
  warehouse_code: { de: 'lagerland_code', fr: 'code_pays_entrepôt', it: 'codice_paese_magazzino', es: 'código_país_almacén' },
  price: { de: 'preis', fr: 'prix', it: 'prezzo', es: 'precio' },
  cost: { de: 'warenkosten', fr: 'coût', it: 'costo', es: 'coste' },
  market: { de: 'markt', fr: 'marché', it: 'mercato', es: 'mercado' },
  inbound: { de: 'zulauf', fr: 'acheminement', it: 'trasporto_entrata', es: 'transporte_entrada' },
  fulfilment: { de: 'versand', fr: 'expédition', it: 'spedizione', es: 'envío' },
  commission: { de: 'provision', fr: 'commission', it: 'commissione', es: 'comisión' },
  affiliate: { de: 'creator_provision', fr: 'commission_créateur', it: 'commissione_creator', es: 'comisión_creador' },
  discount: { de: 'rabatt', fr: 'remise', it: 'sconto', es: 'descuento' },
  ads: { de: 'werbung', fr: 'publicité', it: 'pubblicità', es: 'publicidad' },
  enabled: { de: 'aktiv', fr: 'activée', it: 'attiva', es: 'activada' },
  channel: { de: 'kanal', fr: 'salon', it: 'canale', es: 'canal' },
} as const satisfies Record<string, Names>;

export type CommandName = keyof typeof COMMAND_NAMES;
export type OptionName = keyof typeof OPTION_NAMES;

function pick(names: Names, fallback: string, lang: Lang): string {
  return lang === 'zh' || lang === 'en' ? fallback : names[lang];
}

/** "/marge" for a German client, "/margin" for English and Chinese ones. */
export function slash(command: CommandName, lang: Lang): string {
  return `/${pick(COMMAND_NAMES[command], command, lang)}`;
}

export function optionName(option: OptionName, lang: Lang): string {
  return pick(OPTION_NAMES[option], option, lang);
}
