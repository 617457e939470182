import { flattenText } from './format-values.js';
import { displayWidth, fitWidth, padWidth } from './text-width.js';

export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
  /** Cells wider than this many terminal cells are cut with an ellipsis. */
  maxWidth?: number;
}

/** Plain-text table, no colours, aligned by terminal cell width so Chinese and emoji line up. */
export function renderTextTable(columns: readonly TextColumn[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => columns.map((col, i) => fitWidth(flattenText(String(row[i] ?? '')), col.maxWidth ?? 80)));
  const widths = columns.map((col, i) => Math.max(displayWidth(col.header), ...cells.map((r) => displayWidth(r[i]!))));
  const line = (values: readonly string[]) =>
    values.map((v, i) => padWidth(v, widths[i]!, columns[i]!.align ?? 'left')).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  ')];
  if (cells.length === 0) out.push('(none)');
  for (const r of cells) out.push(line(r));
  return out.join('\n');
}
