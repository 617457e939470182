import { extractFigures } from '../../src/llm/extract-figures.js';
for (const t of ['commission 9 % and 9%', 'launched 2026-01-16', '16 January 2026', '2026年1月16日上线', 'January 16, 2026', '16. Januar 2026', '16 de enero de 2026', 'the storage fee is €3.50', '3,50 €', '佣金为９％', '2026年1月', 'January 2026', '1月16日', '4 markets, 30 days, 1,000 units', 'in 2026 the fee', '16.01.2026', 'VAT 19%, 20% and 22%', '百分之五', '5欧元', 'since May 2025']) {
  console.log(t, '=>', extractFigures(t).map((f) => `${f.kind}:${String(f.value)}`).join(' '));
}
