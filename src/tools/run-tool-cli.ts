// `tool <name> --json '<input>'`: prints the tool's output object as one JSON line. Bad input is a result
// ({ ok: false, error }) with exit 0; only an unknown tool name or a crash exits non-zero.
import { parseEligibilityInput } from './eligibility-schema.js';
import { checkEligibility } from './eligibility.js';
import { buildPriceLadder, compareMarkets } from './margin-compare.js';
import { calculateMargin } from './margin.js';
import type { Rules } from './rules.js';

const CLI_TOOLS = ['eligibility', 'margin', 'compare', 'ladder'] as const;

type Runner = (input: unknown, rules: Rules) => unknown;

const RUNNERS: Record<(typeof CLI_TOOLS)[number], Runner> = {
  eligibility: (input, rules) => {
    const parsed = parseEligibilityInput(input);
    return parsed.ok ? { ok: true, ...checkEligibility(parsed.value, rules) } : parsed;
  },
  margin: (input, rules) => calculateMargin(input, rules),
  compare: (input, rules) => compareMarkets(input, rules),
  ladder: (input, rules) => {
    const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    const prices = Array.isArray(record.prices) ? (record.prices as number[]) : undefined;
    const { prices: _p, ...rest } = record;
    return buildPriceLadder(rest, rules, prices);
  },
};

function readJsonArg(argv: string[]): { ok: true; value: unknown } | { ok: false; error: { field: string; message: string } } {
  const at = argv.findIndex((a) => a === '--json' || a.startsWith('--json='));
  if (at < 0) return { ok: false, error: { field: 'json', message: "missing --json '<input JSON>'" } };
  const raw = argv[at].startsWith('--json=') ? argv[at].slice('--json='.length) : argv[at + 1];
  if (raw === undefined) return { ok: false, error: { field: 'json', message: "missing --json '<input JSON>'" } };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (cause) {
    return { ok: false, error: { field: 'json', message: `invalid JSON: ${(cause as Error).message}` } };
  }
}

export function runToolCommand(argv: string[], rules: Rules): { stdout: string; exitCode: number } {
  const args = argv[0] === 'tool' ? argv.slice(1) : argv;
  const name = args[0];
  if (!name || !(CLI_TOOLS as readonly string[]).includes(name)) {
    return {
      stdout: JSON.stringify({ ok: false, error: { field: 'tool', message: `unknown tool "${name ?? ''}"; use one of ${CLI_TOOLS.join(', ')}` } }),
      exitCode: 2,
    };
  }
  const input = readJsonArg(args.slice(1));
  if (!input.ok) return { stdout: JSON.stringify(input), exitCode: 0 };
  try {
    return { stdout: JSON.stringify(RUNNERS[name as (typeof CLI_TOOLS)[number]](input.value, rules)), exitCode: 0 };
  } catch (cause) {
    return { stdout: JSON.stringify({ ok: false, error: { field: 'tool', message: `crashed: ${(cause as Error).message}` } }), exitCode: 1 };
  }
}
