// Button custom ids carry the answer id so a click needs no server-side session: `fb:up:<id>`, `fb:down:<id>`, `ho:<id>`.

import { formatAnswerButton, parseAnswerButton, type AnswerButtonAction } from '../../src/index.js';

export type ButtonAction = AnswerButtonAction;

/** Discord's limit for a custom id. */
const MAX_CUSTOM_ID = 100;

export function formatButtonId(action: ButtonAction): string {
  const id = formatAnswerButton(action);
  if (id.length > MAX_CUSTOM_ID) throw new RangeError(`custom id too long: ${id.length} characters`);
  return id;
}

/** null for ids this adapter did not make (other bots' leftovers, tampered payloads). */
export function parseButtonId(customId: string): ButtonAction | null {
  return parseAnswerButton(customId);
}
