// Input of the margin/pricing calculator: per unit, in EUR, rates as fractions (0.09 = 9%).
import { z } from 'zod';

/** Above this a per-unit price or cost is treated as a typo rather than a product. */
const MAX_AMOUNT = 100_000;

const amount = z.number().finite().min(0).max(MAX_AMOUNT);
const rate = z.number().finite().min(0).lt(1);

// No defaults or transforms here: LangChain exposes this schema to the model as JSON Schema, and the market
// defaults live in knowledge/rules, resolved by calculateMargin.
export const MarginInputSchema = z
  .object({
    listPrice: z.number().finite().positive().max(MAX_AMOUNT).describe('Selling price per unit in EUR, VAT included'),
    market: z.string().min(1).describe('DE, FR, IT or ES'),
    unitCost: amount.describe('Cost of goods per unit in EUR'),
    inboundShipping: amount.optional().describe('First-leg (inbound) shipping per unit in EUR; default 0'),
    fulfillmentFee: amount.optional().describe('Fulfilment / last-mile cost per unit in EUR; default 0'),
    buyerShipping: amount
      .optional()
      .describe('Shipping the buyer pays per unit in EUR, VAT included; revenue, and part of the commission base; default 0'),
    commissionRate: rate.optional().describe('Platform commission as a fraction of the VAT-inclusive price; default: market rule'),
    commissionTier: z
      .enum(['default', 'electronics', 'newSeller'])
      .optional()
      .describe('Which published commission rate to use when commissionRate is not given'),
    affiliateRate: rate.optional().describe('Creator (affiliate) commission as a fraction of net sales; default 0'),
    sellerDiscount: rate.optional().describe('Seller-funded discount as a fraction of the list price; default 0'),
    adsRate: rate.optional().describe('Ad spend as a fraction of net sales; default 0'),
    platformSubsidy: rate.optional().describe('Platform-funded discount as a fraction of the list price; reported, not deducted'),
    returnRate: rate.optional().describe('Share of units returned; default 0'),
    vatRate: rate.optional().describe('VAT rate; default: the market standard rate'),
    targetMargin: rate.optional().describe('Wanted profit / net sales, to solve for the price'),
    program: z
      .enum(['local-hosting'])
      .optional()
      .describe('The program the seller asks about; local-hosting: its own commission is not published, the default rate is an assumption'),
  })
  .strict();

export type MarginInput = z.infer<typeof MarginInputSchema>;

export const RATE_FIELDS = [
  'commissionRate',
  'affiliateRate',
  'sellerDiscount',
  'adsRate',
  'platformSubsidy',
  'returnRate',
  'vatRate',
  'targetMargin',
] as const;
