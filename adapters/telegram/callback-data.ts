// Telegram caps callback_data at 64 bytes; every button this adapter sends is built and read here.

import { formatAnswerButton, parseAnswerButton, type AnswerButtonAction } from '../../src/index.js';

export const CALLBACK_DATA_MAX_BYTES = 64;

export type CallbackAction = AnswerButtonAction | { kind: 'eligibility'; field: 'ec' | 'eu' | 'wh' | 'vat'; value: string };

/** The callback_data for an action, or null when it would not fit in 64 bytes. */
export function encodeCallback(action: CallbackAction): string | null {
  // The answer buttons follow the core's one protocol; the eligibility keyboard is this adapter's own.
  const data = action.kind === 'eligibility' ? `el:${action.field}:${action.value}` : formatAnswerButton(action);
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_MAX_BYTES ? data : null;
}

export function decodeCallback(data: string | undefined): CallbackAction | null {
  if (!data) return null;
  const answer = parseAnswerButton(data);
  if (answer) return answer;
  const m = /^el:(ec|eu|wh|vat):([A-Za-z0-9+]+)$/.exec(data);
  if (m) return { kind: 'eligibility', field: m[1] as 'ec' | 'eu' | 'wh' | 'vat', value: m[2]! };
  return null;
}
