// Button custom ids carry the answer id so a click needs no server-side session: `fb:up:<id>`, `fb:down:<id>`, `ho:<id>`.

export type ButtonAction = { kind: 'feedback'; vote: 'up' | 'down'; answerId: string } | { kind: 'handover'; answerId: string };

/** Discord's limit for a custom id. */
const MAX_CUSTOM_ID = 100;
const ANSWER_ID = /^[\w-]{1,64}$/;

export function formatButtonId(action: ButtonAction): string {
  const id = action.kind === 'feedback' ? `fb:${action.vote}:${action.answerId}` : `ho:${action.answerId}`;
  if (id.length > MAX_CUSTOM_ID) throw new RangeError(`custom id too long: ${id.length} characters`);
  return id;
}

/** null for ids this adapter did not make (other bots' leftovers, tampered payloads). */
export function parseButtonId(customId: string): ButtonAction | null {
  const feedback = /^fb:(up|down):(.+)$/.exec(customId);
  if (feedback) {
    const [, vote, answerId] = feedback;
    return ANSWER_ID.test(answerId) ? { kind: 'feedback', vote: vote as 'up' | 'down', answerId } : null;
  }
  const handover = /^ho:(.+)$/.exec(customId);
  if (handover && ANSWER_ID.test(handover[1])) return { kind: 'handover', answerId: handover[1] };
  return null;
}
