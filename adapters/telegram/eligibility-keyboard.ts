import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { encodeCallback } from './callback-data.js';
import type { UiLang } from './ui-lang.js';
import type { UiText } from './ui-text.js';
import type { EligibilityFacts } from '../../src/index.js';

export type EligibilityField = 'entityCountry' | 'hasEuStock' | 'warehouseCountry' | 'vatCountries';

/** Two-letter placeholder for "another country": the checker takes ISO codes and rejects what it does not list. */
export const OTHER_COUNTRY = 'XX';

const ENTITY_CHOICES = ['CN', 'HK', 'DE', 'FR', 'IT', 'ES', 'GB', 'US', OTHER_COUNTRY];
const WAREHOUSE_MAIN = ['DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'CZ'];
const WAREHOUSE_OTHER_EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'DK', 'EE', 'FI', 'GR', 'HU', 'IE', 'LV', 'LT', 'LU', 'MT', 'PT', 'RO', 'SK', 'SI', 'SE'];
const WAREHOUSE_OUTSIDE_EU = ['GB', 'CH', 'NO', 'TR', OTHER_COUNTRY];
const VAT_CHOICES = ['DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'CZ', 'GB'];

export type WarehousePage = 'main' | 'eu' | 'outside';

export interface EligibilityDialogue {
  facts: EligibilityFacts;
  lang: UiLang;
  /** The field the keyboard on screen asks; presses for another field are stale. */
  asking: EligibilityField;
  warehousePage: WarehousePage;
  /** VAT countries ticked so far, before Done. */
  vatPicked: string[];
  /** The dialogue's message, so presses on an older one are refused. */
  messageId?: number;
}

const field = { entityCountry: 'ec', hasEuStock: 'eu', warehouseCountry: 'wh', vatCountries: 'vat' } as const;

function flag(code: string): string {
  return [...code].map((c) => String.fromCodePoint(0x1f1e6 + c.charCodeAt(0) - 65)).join('');
}

function button(text: string, f: EligibilityField, value: string): InlineKeyboardButton {
  // Values are short ASCII codes, so the data always fits in 64 bytes.
  return { text, callback_data: encodeCallback({ kind: 'eligibility', field: field[f], value })! };
}

function countryButton(code: string, f: EligibilityField, t: UiText, ticked = false): InlineKeyboardButton {
  const label = code === OTHER_COUNTRY ? t.other : `${flag(code)} ${code}`;
  return button(ticked ? `✅ ${label}` : label, f, code);
}

function rows<T>(items: T[], width: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += width) out.push(items.slice(i, i + width));
  return out;
}

/** The inline keyboard that asks `f`. */
export function buildEligibilityKeyboard(f: EligibilityField, d: EligibilityDialogue, t: UiText): InlineKeyboardMarkup {
  switch (f) {
    case 'entityCountry':
      return { inline_keyboard: rows(ENTITY_CHOICES.map((c) => countryButton(c, f, t)), 3) };
    case 'hasEuStock':
      return { inline_keyboard: [[button(t.yes, f, '1'), button(t.no, f, '0')]] };
    case 'warehouseCountry': {
      if (d.warehousePage === 'main') {
        return {
          inline_keyboard: [
            ...rows(WAREHOUSE_MAIN.map((c) => countryButton(c, f, t)), 4),
            [button(t.otherEu, f, '+eu'), button(t.outsideEu, f, '+out')],
          ],
        };
      }
      const codes = d.warehousePage === 'eu' ? WAREHOUSE_OTHER_EU : WAREHOUSE_OUTSIDE_EU;
      return { inline_keyboard: [...rows(codes.map((c) => countryButton(c, f, t)), 4), [button(t.back, f, 'back')]] };
    }
    case 'vatCountries': {
      const w = d.facts.warehouseCountry;
      const choices = w && w !== OTHER_COUNTRY && !VAT_CHOICES.includes(w) ? [w, ...VAT_CHOICES] : VAT_CHOICES;
      return {
        inline_keyboard: [
          ...rows(choices.map((c) => countryButton(c, f, t, d.vatPicked.includes(c))), 4),
          [button(d.vatPicked.length ? `✔️ ${t.done}` : t.noneVat, f, 'ok')],
        ],
      };
    }
  }
}

export const FIELD_BY_CODE: Record<'ec' | 'eu' | 'wh' | 'vat', EligibilityField> = {
  ec: 'entityCountry',
  eu: 'hasEuStock',
  wh: 'warehouseCountry',
  vat: 'vatCountries',
};

/**
 * Applies one button press. Returns 'answered' when a fact was set (ask the checker again), 'redraw' when only the
 * keyboard changes (a page or a VAT tick), or 'invalid' for a value this keyboard never offers.
 */
export function applyEligibilityChoice(d: EligibilityDialogue, f: EligibilityField, value: string): 'answered' | 'redraw' | 'invalid' {
  const isCode = /^[A-Z]{2}$/.test(value);
  switch (f) {
    case 'entityCountry':
      if (!isCode) return 'invalid';
      d.facts.entityCountry = value;
      return 'answered';
    case 'hasEuStock':
      if (value !== '1' && value !== '0') return 'invalid';
      d.facts.hasEuStock = value === '1';
      return 'answered';
    case 'warehouseCountry':
      if (value === '+eu' || value === '+out' || value === 'back') {
        d.warehousePage = value === '+eu' ? 'eu' : value === '+out' ? 'outside' : 'main';
        return 'redraw';
      }
      if (!isCode) return 'invalid';
      d.facts.warehouseCountry = value;
      return 'answered';
    case 'vatCountries':
      if (value === 'ok') {
        d.facts.vatCountries = [...d.vatPicked];
        return 'answered';
      }
      if (!isCode) return 'invalid';
      d.vatPicked = d.vatPicked.includes(value) ? d.vatPicked.filter((c) => c !== value) : [...d.vatPicked, value];
      return 'redraw';
  }
}
