// The buttons under an answer, one protocol for every platform: `fb:up:<id>`, `fb:down:<id>`, `ho:<id>`. The answer id
// rides in the button, so a press needs no session; a reply to the message can be traced back to its answer the same way.

export type AnswerButtonAction = { kind: 'feedback'; vote: 'up' | 'down'; answerId: string } | { kind: 'handover'; answerId: string };

/** Answer ids are the core's UUIDs (or test ids): anything else in a button was not made by this bot. */
const ANSWER_ID = /^[\w-]{1,64}$/;

export function formatAnswerButton(action: AnswerButtonAction): string {
  return action.kind === 'feedback' ? `fb:${action.vote}:${action.answerId}` : `ho:${action.answerId}`;
}

/** null for data this bot did not make (other bots' leftovers, tampered payloads). */
export function parseAnswerButton(data: string | undefined): AnswerButtonAction | null {
  if (!data) return null;
  const feedback = /^fb:(up|down):(.+)$/.exec(data);
  if (feedback) return ANSWER_ID.test(feedback[2]!) ? { kind: 'feedback', vote: feedback[1] as 'up' | 'down', answerId: feedback[2]! } : null;
  const handover = /^ho:(.+)$/.exec(data);
  if (handover) return ANSWER_ID.test(handover[1]!) ? { kind: 'handover', answerId: handover[1]! } : null;
  return null;
}
