// The eligibility checker asked one question at a time: which question comes next and when the verdict is reached
// are the checker's decisions (its `missing` fields), so a keyboard on any platform only shows them.
import type {
  EligibilityDialogueReply,
  EligibilityDialogueStep,
  EligibilityFacts,
  EligibilityReply,
} from '../contract/bot-service.js';
import type { ToolDialogue } from '../contract/conversation.js';
import type { Lang } from '../contract/types.js';

export interface DialogueStepDeps {
  check(facts: EligibilityFacts, lang: Lang): EligibilityReply;
  newId(): string;
}

/** `dialogue`: the state to keep, `null` to forget it (the verdict is out), absent to leave the store as it is. */
export interface DialogueOutcome {
  reply: EligibilityDialogueReply;
  dialogue?: ToolDialogue | null;
}

const COUNTRY = /^[A-Z]{2}$/;

function asking(d: ToolDialogue): EligibilityDialogueReply {
  return { status: 'asking', field: d.asking, facts: d.facts, ticked: d.ticked, lang: d.lang };
}

/** Asks the checker again: the first field it still misses that the dialogue has not asked yet, or the verdict. */
function advance(d: ToolDialogue, deps: DialogueStepDeps): DialogueOutcome {
  const reply = deps.check(d.facts, d.lang);
  const next = reply.verdict === 'incomplete' ? reply.missing.find((f) => d.facts[f] === undefined) : undefined;
  if (!next) return { reply: { status: 'done', reply, lang: d.lang }, dialogue: null };
  const moved: ToolDialogue = { ...d, asking: next, ticked: next === d.asking ? d.ticked : [] };
  return { reply: asking(moved), dialogue: moved };
}

export function stepEligibilityDialogue(
  current: ToolDialogue | undefined,
  step: EligibilityDialogueStep,
  lang: Lang,
  deps: DialogueStepDeps,
): DialogueOutcome {
  if (step.kind === 'start') {
    return advance({ tool: 'eligibility', id: deps.newId(), lang, facts: {}, asking: 'entityCountry', ticked: [] }, deps);
  }
  if (step.kind === 'shown') {
    if (!current) return { reply: { status: 'stale' } };
    const shown = { ...current, message: step.message };
    return { reply: asking(shown), dialogue: shown };
  }
  if (!current || current.message !== step.message || current.asking !== step.field) return { reply: { status: 'stale' } };
  switch (step.kind) {
    case 'look':
      return { reply: asking(current) };
    case 'answer': {
      const ok = step.field === 'hasEuStock' ? typeof step.value === 'boolean' : typeof step.value === 'string' && COUNTRY.test(step.value);
      if (!ok) return { reply: { status: 'invalid' } };
      return advance({ ...current, facts: { ...current.facts, [step.field]: step.value } }, deps);
    }
    case 'tick': {
      if (!COUNTRY.test(step.country)) return { reply: { status: 'invalid' } };
      const ticked = current.ticked.includes(step.country) ? current.ticked.filter((c) => c !== step.country) : [...current.ticked, step.country];
      const next = { ...current, ticked };
      return { reply: asking(next), dialogue: next };
    }
    case 'confirm':
      return advance({ ...current, facts: { ...current.facts, vatCountries: [...current.ticked] } }, deps);
  }
}
