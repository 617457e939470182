// Dead code: a value exported by one of the project's files that no other file imports (src/index.ts, the core's
// public entry for adapters, excepted). The check is test/layout/find-unused-exports.ts, over the TypeScript program
// over src, adapters, test and bench.
import { describe, expect, it } from 'vitest';
import { findUnusedExports } from './find-unused-exports.js';

/**
 * Found when the check was added (2026-12-02), in other people's folders: each owner removes the dead export (or the
 * `export` keyword of a value only its own file uses) and its line here. The test fails on any export not listed,
 * and on a listed one that is no longer unused, so the list only shrinks.
 */
const KNOWN = new Set([
  'adapters/telegram/bounded-set.ts#createBoundedSet',
  'adapters/telegram/callback-data.ts#CALLBACK_DATA_MAX_BYTES',
  'adapters/telegram/create-telegram-bot.ts#OUTBOX_KEEP_MS',
  'adapters/telegram/split-html.ts#TELEGRAM_TEXT_LIMIT',
  'adapters/telegram/start-telegram.ts#STOP_TIMEOUT_MS',
  'adapters/telegram/start-webhook.ts#MAX_WEBHOOK_BODY_BYTES',
  'adapters/telegram/telegram-fatal-error.ts#EXIT_CODES',
  'src/answer/format-sources-line.ts#formatSourcesLine',
  'src/app/create-core.ts#CoreStartError',
  'src/app/create-core.ts#DEFAULT_CONVERSATION',
  'src/cli.ts#runChat',
  'src/eval/eval-question.ts#evalQuestionSchema',
  'src/eval/run-eval.ts#evaluate',
  'src/eval/score-eval.ts#asksForInput',
  'src/eval/score-eval.ts#replyLanguage',
  'src/knowledge/compare-figures.ts#extractFigures',
  'src/knowledge/schemas.ts#confidenceSchema',
  'src/knowledge/schemas.ts#langSchema',
  'src/knowledge/schemas.ts#sourceSchema',
  'src/logging/collect-secrets.ts#SECRET_SETTINGS',
  'src/report/run-report.ts#REPORT_USAGE',
  'src/store/cluster-texts.ts#DEFAULT_SIMILARITY',
  'test/adapters/discord/discord-payloads.ts#MEMBER_PERMISSIONS',
  'test/adapters/telegram/telegram-updates.ts#topicStart',
  'test/report/seed-store.ts#HOSTILE',
]);

describe('unused exports', () => {
  it('finds no value export that nothing imports, beyond the known list', () => {
    const found = findUnusedExports({
      roots: ['src', 'adapters', 'test', 'bench', 'vitest.config.ts'],
      publicFiles: ['src/index.ts'],
      // Named by vitest's config rather than imported.
      entryExports: ['vitest.config.ts#default', 'test/helpers/global-setup.ts#default'],
    }).map((u) => `${u.file}#${u.name}`);
    expect(found.filter((f) => !KNOWN.has(f)), 'unused exports (remove them, or drop `export`)').toEqual([]);
    expect([...KNOWN].filter((k) => !found.includes(k)), 'no longer unused: remove these lines from KNOWN').toEqual([]);
  });
});
