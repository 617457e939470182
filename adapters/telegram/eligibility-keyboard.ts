import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { encodeCallback } from './callback-data.js';
import type { UiText } from './ui-text.js';
import { OTHER_COUNTRY, type CountryChoices, type EligibilityFacts } from '../../src/index.js';

export type EligibilityField = 'entityCountry' | 'hasEuStock' | 'warehouseCountry' | 'vatCountries';

/** What the "other" buttons sent before the core's one code: a keyboard still on screen from then keeps working. */
const LEGACY_OTHER_COUNTRY = 'XX';

export type WarehousePage = 'main' | 'eu' | 'outside';

/** What the keyboard on screen shows: the core's dialogue state (facts, ticked VAT countries) and the page. */
export interface EligibilityView {
  facts: EligibilityFacts;
  ticked: string[];
  page: WarehousePage;
  /** The countries to offer, from the rules (`service.countryChoices()`). */
  choices: CountryChoices;
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
export function buildEligibilityKeyboard(f: EligibilityField, d: EligibilityView, t: UiText): InlineKeyboardMarkup {
  switch (f) {
    case 'entityCountry':
      return { inline_keyboard: rows(d.choices.entity.map((c) => countryButton(c, f, t)), 3) };
    case 'hasEuStock':
      return { inline_keyboard: [[button(t.yes, f, '1'), button(t.no, f, '0')]] };
    case 'warehouseCountry': {
      if (d.page === 'main') {
        return {
          inline_keyboard: [
            ...rows(d.choices.warehouse.main.map((c) => countryButton(c, f, t)), 4),
            [button(t.otherEu, f, '+eu'), button(t.outsideEu, f, '+out')],
          ],
        };
      }
      const codes = d.page === 'eu' ? d.choices.warehouse.otherEu : d.choices.warehouse.outsideEu;
      return { inline_keyboard: [...rows(codes.map((c) => countryButton(c, f, t)), 4), [button(t.back, f, 'back')]] };
    }
    case 'vatCountries': {
      const w = d.facts.warehouseCountry;
      const vat = d.choices.vat;
      const choices = w && w !== OTHER_COUNTRY && w !== LEGACY_OTHER_COUNTRY && !vat.includes(w) ? [w, ...vat] : vat;
      return {
        inline_keyboard: [
          ...rows(choices.map((c) => countryButton(c, f, t, d.ticked.includes(c))), 4),
          [button(d.ticked.length ? `✔️ ${t.done}` : t.noneVat, f, 'ok')],
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

/** What a press means; the core's dialogue does the rest. */
export type EligibilityPress =
  | { kind: 'page'; page: WarehousePage }
  | { kind: 'answer'; value: string | boolean }
  | { kind: 'tick'; country: string }
  | { kind: 'confirm' };

/** Reads one button's value for the field it asks; null for a value this keyboard never offers. */
export function readEligibilityPress(f: EligibilityField, pressed: string): EligibilityPress | null {
  const value = pressed === LEGACY_OTHER_COUNTRY ? OTHER_COUNTRY : pressed;
  const isCode = /^[A-Z]{2}$/.test(value);
  switch (f) {
    case 'entityCountry':
      return isCode ? { kind: 'answer', value } : null;
    case 'hasEuStock':
      return value === '1' || value === '0' ? { kind: 'answer', value: value === '1' } : null;
    case 'warehouseCountry':
      if (value === '+eu') return { kind: 'page', page: 'eu' };
      if (value === '+out') return { kind: 'page', page: 'outside' };
      if (value === 'back') return { kind: 'page', page: 'main' };
      return isCode ? { kind: 'answer', value } : null;
    case 'vatCountries':
      if (value === 'ok') return { kind: 'confirm' };
      return isCode ? { kind: 'tick', country: value } : null;
  }
}
