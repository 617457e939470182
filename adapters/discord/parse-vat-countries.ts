const COUNTRY_CODE = /^[A-Za-z]{2}$/;

export type VatParse = { ok: true; codes: string[] | undefined } | { ok: false; bad: string[] };

/** Reads the vat_countries option: "DE, FR", "DE FR", "de/fr"; "none" (or its word in the client's language) means no VAT registration at all. */
export function parseVatCountries(raw: string | null): VatParse {
  if (raw === null || raw.trim() === '') return { ok: true, codes: undefined };
  if (/^(?:none|no|keine?|aucune?|nessuno|nessuna|ninguno|ninguna|无|没有|-)$/i.test(raw.trim())) return { ok: true, codes: [] };
  const tokens = raw.split(/[\s,，、;；/]+/).filter(Boolean);
  const bad = tokens.filter((t) => !COUNTRY_CODE.test(t));
  if (bad.length > 0) return { ok: false, bad };
  return { ok: true, codes: [...new Set(tokens.map((t) => t.toUpperCase()))] };
}
