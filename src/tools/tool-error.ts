// The expected-failure shape shared by the tools: which input field is wrong and why, as a code with parameters
// (the renderers word it) and a short English message for JSON readers (the CLI, the agent).
import type { ZodError } from 'zod';
import type { ToolInputError } from '../contract/tool-result.js';

export type { ToolInputError };

export type ToolOutcome<T> = ({ ok: true } & T) | { ok: false; error: ToolInputError };

/** Turns the first zod issue into a field-named error. */
export function describeZodError(error: ZodError, raw?: unknown): ToolInputError {
  const issue = error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : 'input';
  const received = issue.path.reduce<unknown>(
    (v, key) => (typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[key] : undefined),
    raw,
  );
  const withReceived = received === undefined ? {} : { received };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { field, code: 'required', message: `${field} is required` };
      if (issue.expected === 'number') return { field, code: 'not-a-number', message: `${field} must be a number`, ...withReceived };
      return { field, code: 'wrong-type', expected: issue.expected, message: `${field} must be ${issue.expected}, got ${issue.received}`, ...withReceived };
    case 'too_small':
      return {
        field,
        code: 'too-small',
        minimum: Number(issue.minimum),
        inclusive: issue.inclusive,
        message: `${field} must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`,
        ...withReceived,
      };
    case 'too_big':
      return {
        field,
        code: 'too-big',
        maximum: Number(issue.maximum),
        inclusive: issue.inclusive,
        message: `${field} must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`,
        ...withReceived,
      };
    case 'unrecognized_keys':
      return { field: issue.keys[0] ?? field, code: 'unknown-field', keys: issue.keys, message: `unknown field ${issue.keys.join(', ')}` };
    case 'not_finite':
      return { field, code: 'not-a-number', message: `${field} must be a finite number`, ...withReceived };
    default:
      return { field, code: 'invalid', detail: issue.message, message: `${field}: ${issue.message}`, ...withReceived };
  }
}
