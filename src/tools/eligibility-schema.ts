// Input of the Local Hosting eligibility checker. Country codes are ISO 3166-1 alpha-2 ('UK' is accepted as GB).
import { z } from 'zod';
import type { EligibilityFactsInput, EligibilityField } from '../contract/tool-result.js';
import { normalizeCountryCode } from './countries.js';
import { describeZodError, type ToolInputError } from './tool-error.js';

const countryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
  .describe('ISO 3166-1 alpha-2 country code, e.g. CN, HK, DE, GB');

// No transforms in this schema: LangChain turns it into JSON Schema for the model; normalisation happens after parsing.
export const EligibilityInputSchema = z
  .object({
    entityCountry: countryCode.optional().describe('Country where the selling company is registered (CN = mainland China, HK = Hong Kong)'),
    hasEuStock: z.boolean().optional().describe('Is the stock already in Europe?'),
    warehouseCountry: countryCode.nullable().optional().describe('Country of the local warehouse holding the stock'),
    vatCountries: z.array(countryCode).optional().describe('Countries where the seller has a VAT registration; [] = none'),
    targetMarkets: z.array(countryCode).optional().describe('Markets the seller wants to sell in (DE, FR, IT, ES)'),
  })
  .strict();

export type EligibilityInputRaw = z.input<typeof EligibilityInputSchema>;

export type EligibilityInput = EligibilityFactsInput;
export type { EligibilityField };

export function normalizeEligibilityInput(input: EligibilityInputRaw): EligibilityInput {
  const out: EligibilityInput = {};
  if (input.entityCountry !== undefined) out.entityCountry = normalizeCountryCode(input.entityCountry);
  if (input.hasEuStock !== undefined) out.hasEuStock = input.hasEuStock;
  if (input.warehouseCountry !== undefined) {
    out.warehouseCountry = input.warehouseCountry === null ? null : normalizeCountryCode(input.warehouseCountry);
  }
  if (input.vatCountries !== undefined) out.vatCountries = [...new Set(input.vatCountries.map(normalizeCountryCode))];
  if (input.targetMarkets !== undefined) out.targetMarkets = [...new Set(input.targetMarkets.map(normalizeCountryCode))];
  return out;
}

/** Validates untrusted input (CLI JSON, agent calls) and normalises the country codes. */
export function parseEligibilityInput(raw: unknown): { ok: true; value: EligibilityInput } | { ok: false; error: ToolInputError } {
  const parsed = EligibilityInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error, raw) };
  return { ok: true, value: normalizeEligibilityInput(parsed.data) };
}
