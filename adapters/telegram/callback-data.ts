// Telegram caps callback_data at 64 bytes; every button this adapter sends is built and read here.

export const CALLBACK_DATA_MAX_BYTES = 64;

export type CallbackAction =
  | { kind: 'feedback'; vote: 'up' | 'down'; answerId: string }
  | { kind: 'handover'; answerId: string }
  | { kind: 'eligibility'; field: 'ec' | 'eu' | 'wh' | 'vat'; value: string };

/** The callback_data for an action, or null when it would not fit in 64 bytes. */
export function encodeCallback(action: CallbackAction): string | null {
  const data =
    action.kind === 'feedback'
      ? `fb:${action.vote}:${action.answerId}`
      : action.kind === 'handover'
        ? `ho:${action.answerId}`
        : `el:${action.field}:${action.value}`;
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_MAX_BYTES ? data : null;
}

export function decodeCallback(data: string | undefined): CallbackAction | null {
  if (!data) return null;
  let m = /^fb:(up|down):(.+)$/.exec(data);
  if (m) return { kind: 'feedback', vote: m[1] as 'up' | 'down', answerId: m[2]! };
  m = /^ho:(.+)$/.exec(data);
  if (m) return { kind: 'handover', answerId: m[1]! };
  m = /^el:(ec|eu|wh|vat):([A-Za-z0-9+]+)$/.exec(data);
  if (m) return { kind: 'eligibility', field: m[1] as 'ec' | 'eu' | 'wh' | 'vat', value: m[2]! };
  return null;
}
