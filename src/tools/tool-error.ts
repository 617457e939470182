// The expected-failure shape shared by the tools: which input field is wrong and why, in both reply languages.
import type { ZodError } from 'zod';

/** A text in both reply languages; de/fr/it/es readers get the English one. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface ToolInputError {
  field: string;
  message: string;
  zh: string;
}

export type ToolOutcome<T> = ({ ok: true } & T) | { ok: false; error: ToolInputError };

/** Turns the first zod issue into a field-named error; messages are kept short enough for a chat reply. */
export function describeZodError(error: ZodError): ToolInputError {
  const issue = error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : 'input';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { field, message: `${field} is required`, zh: `缺少 ${field}` };
      if (issue.expected === 'number') return { field, message: `${field} must be a number`, zh: `${field} 必须是数字` };
      return { field, message: `${field} must be ${issue.expected}, got ${issue.received}`, zh: `${field} 的类型不对（应为 ${issue.expected}）` };
    case 'too_small':
      return {
        field,
        message: `${field} must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`,
        zh: `${field} 必须${issue.inclusive ? '不小于' : '大于'} ${String(issue.minimum)}`,
      };
    case 'too_big':
      return {
        field,
        message: `${field} must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`,
        zh: `${field} 必须${issue.inclusive ? '不大于' : '小于'} ${String(issue.maximum)}`,
      };
    case 'unrecognized_keys':
      return { field: issue.keys[0] ?? field, message: `unknown field ${issue.keys.join(', ')}`, zh: `无法识别的字段 ${issue.keys.join(', ')}` };
    default:
      return { field, message: `${field}: ${issue.message}`, zh: `${field} 有误：${issue.message}` };
  }
}
