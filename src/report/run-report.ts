import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildReport, type ReportSource } from './build-report.js';
import { renderReportHtml } from './render-report-html.js';
import { renderReportTable } from './render-report-table.js';

export interface RunReportDeps {
  /** A SQLite file (`--db`, DB_PATH) or the PostgreSQL database of DATABASE_URL. */
  openStore(target: { path: string } | { url: string }): Promise<ReportSource & { close(): Promise<void> | void }>;
  defaultDbPath: string;
  /** DATABASE_URL: the report reads PostgreSQL unless `--db` names a file. */
  databaseUrl?: string;
  exists(path: string): boolean;
  writeFile(path: string, content: string): Promise<void> | void;
  stdout(text: string): void;
  stderr(text: string): void;
  now?: () => Date;
}

export const REPORT_USAGE = `Usage: npm run report -- [--days N] [--db PATH] [--html FILE] [--limit N]
  --days N     last N days, today included (default 30)
  --db PATH    SQLite database (default: DATABASE_URL's PostgreSQL when set, else DB_PATH, data/bot.db)
  --html FILE  also write a self-contained HTML page with charts
  --limit N    rows per list: top questions, gaps, down-voted answers (default 20)
`;

const argsSchema = z.object({
  days: z.coerce.number().int().min(1).max(3650).default(30),
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  db: z.string().min(1).optional(),
  html: z.string().min(1).optional(),
  help: z.boolean().optional(),
});

/** The `report` command; returns the exit code (0 ok, 1 failure, 2 usage) instead of exiting, so it is testable. */
export async function runReport(argv: readonly string[], deps: RunReportDeps): Promise<number> {
  let raw: Record<string, unknown>;
  try {
    raw = parseArgs({
      args: [...argv],
      options: {
        days: { type: 'string' },
        limit: { type: 'string' },
        db: { type: 'string' },
        html: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    deps.stderr(`${(error as Error).message}\n${REPORT_USAGE}`);
    return 2;
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) {
    deps.stderr(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n${REPORT_USAGE}`);
    return 2;
  }
  const args = parsed.data;
  if (args.help) {
    deps.stdout(REPORT_USAGE);
    return 0;
  }
  const url = args.db === undefined ? deps.databaseUrl : undefined;
  const dbPath = args.db ?? deps.defaultDbPath;
  // Opening a missing path would create an empty database and print a report of zeros, hiding a wrong --db.
  if (!url && !deps.exists(dbPath)) {
    deps.stderr(`no database at ${dbPath} (run the bot first, or pass --db PATH)\n`);
    return 1;
  }
  const store = await deps.openStore(url ? { url } : { path: dbPath });
  try {
    const data = await buildReport(store, { days: args.days, limit: args.limit, now: deps.now });
    deps.stdout(renderReportTable(data));
    if (args.html) {
      await deps.writeFile(args.html, renderReportHtml(data));
      deps.stdout(`\nHTML report written to ${args.html}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
