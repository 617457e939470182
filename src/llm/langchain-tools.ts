// The same tools for the optional agent mode, as LangChain tools over the same functions and zod schemas.
import { tool } from '@langchain/core/tools';
import { EligibilityInputSchema, parseEligibilityInput } from '../tools/eligibility-schema.js';
import { checkEligibility } from '../tools/eligibility.js';
import { MarginInputSchema } from '../tools/margin-schema.js';
import { calculateMargin } from '../tools/margin.js';
import type { Rules } from '../tools/rules.js';

export function createLangchainTools(rules: Rules) {
  const checkEligibilityTool = tool(
    (input): string => {
      const parsed = parseEligibilityInput(input);
      if (!parsed.ok) return JSON.stringify(parsed);
      return JSON.stringify({ ok: true, ...checkEligibility(parsed.value, rules) });
    },
    {
      name: 'check_eligibility',
      description:
        'Checks whether a seller meets the published entry conditions of TikTok Shop EU Local Hosting (本地托管): entity country, stock in Europe, EU warehouse, VAT in the warehouse country. Returns JSON with verdict, checks, missing facts, next steps, asOf and sources.',
      schema: EligibilityInputSchema,
    },
  );
  const calculateMarginTool = tool((input): string => JSON.stringify(calculateMargin(input, rules)), {
    name: 'calculate_margin',
    description:
      'Calculates per-unit profit, margin, ROI, break-even price and the price for a target margin for TikTok Shop in DE, FR, IT or ES. Amounts in EUR, rates as fractions (0.09 = 9%). Market defaults (VAT, commission) come from the rules. Returns JSON.',
    schema: MarginInputSchema,
  });
  return { checkEligibility: checkEligibilityTool, calculateMargin: calculateMarginTool, all: [checkEligibilityTool, calculateMarginTool] };
}
