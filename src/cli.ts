import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { join } from 'node:path';
import type { Core } from './app/create-core.js';
import { parseConfig } from './config.js';
import type { AnswerRequest, AnswerResult } from './contract/types.js';

const USAGE = `Usage:
  npm start                              local chat against the knowledge base (no tokens: offline)
  npm run ask -- "question" [--json]     one answer
  npm run --silent ask -- --jsonl FILE   answer every {"id","question"} line of FILE as one JSON line each
  npm run --silent tool -- eligibility|margin --json '<input JSON>'
  npm run index                          rebuild the vector index
  npm run knowledge:check                validate the knowledge base (errors exit 1; stale or undated facts warn)
  npm run eval [-- --file F --no-baseline --failures]`;

type BatchLine =
  | { ok: true; id: unknown; question: string; chat?: string; user?: string }
  | { ok: false; id: unknown; error: string };

/** Every line gets an output line: a malformed one (`null`, an array, bad JSON) an error naming what is wrong. */
export function parseBatchLine(line: string): BatchLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: 'invalid JSON line' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, id: null, error: 'a line must be a JSON object' };
  const item = value as Record<string, unknown>;
  const id = item.id ?? null;
  if (typeof item.question !== 'string') return { ok: false, id, error: 'question must be a string' };
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const chat = text(item.chat);
  const user = text(item.user);
  return { ok: true, id, question: item.question, ...(chat !== undefined ? { chat } : {}), ...(user !== undefined ? { user } : {}) };
}

function formatHuman(result: AnswerResult): string {
  const meta = `[${result.route}${result.tool ? `:${result.tool}` : ''} · ${result.lang} · confidence ${result.confidence.toFixed(2)}${result.abstained ? ' · abstained' : ''}]`;
  return `${result.text}\n${meta}`;
}

async function cmdAsk(core: Core, args: string[]): Promise<number> {
  const jsonlAt = args.indexOf('--jsonl');
  if (jsonlAt >= 0) {
    const file = args[jsonlAt + 1];
    if (!file) throw new Error('--jsonl needs a file');
    const lines = (await readFile(file, 'utf8')).split(/\r?\n/).filter((l) => l.trim());
    for (const line of lines) {
      const item = parseBatchLine(line);
      if (!item.ok) {
        process.stdout.write(`${JSON.stringify({ id: item.id, error: item.error })}\n`);
        continue;
      }
      // Lines with the same chat and user are one conversation, in file order; lines without them stand alone.
      const result = await core.answer({
        text: item.question,
        platform: 'eval',
        ...(item.chat !== undefined ? { chat: item.chat, user: item.user ?? 'user' } : {}),
      });
      process.stdout.write(`${JSON.stringify({ ...result, id: item.id })}\n`);
    }
    return 0;
  }
  const json = args.includes('--json');
  const text = args.filter((a) => a !== '--json').join(' ');
  const result = await core.answer({ text, platform: 'cli' });
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${formatHuman(result)}\n`);
  return 0;
}

export async function runChat(
  core: Core,
  answer: (req: AnswerRequest) => Promise<AnswerResult>,
  reset: (req: AnswerRequest) => Promise<unknown> = (req) => core.reset(req),
): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const kb = core.current().kb;
  process.stdout.write(
    `TikTok Shop EU Local Hosting FAQ bot — offline, ${kb.articles.length} articles, ${kb.faq.length} FAQ entries.\n` +
      `Ask in any language (中文, English, Deutsch, Français, Italiano, Español). Try: 本地托管是哪天上线的？ · Which countries does local hosting cover? · follow-ups like 那法国呢？ · /reset to start over · /quit to leave.\n`,
  );
  let chatLang: AnswerRequest['chatLang'];
  const prompt = () => process.stdout.write('> ');
  prompt();
  // The async iterator buffers lines, so input piped in faster than the answers come is not lost.
  for await (const line of rl) {
    if (/^\/(quit|exit|q)$/i.test(line.trim())) break;
    if (/^\/reset$/i.test(line.trim())) {
      await reset({ text: '', platform: 'cli', user: 'local', chat: 'local' });
      process.stdout.write(`${chatLang === 'zh' ? '好的，之前的对话已清空。' : 'Done: the earlier conversation is forgotten.'}\n\n`);
    } else if (line.trim()) {
      const result = await answer({ text: line, platform: 'cli', user: 'local', chat: 'local', chatLang });
      chatLang = result.lang;
      process.stdout.write(`${formatHuman(result)}\n\n`);
    }
    prompt();
  }
  rl.close();
}

async function cmdCheck(config: ReturnType<typeof parseConfig>): Promise<number> {
  const [{ loadKnowledge }, { checkKnowledge }, { describeRules, loadRules }] = await Promise.all([
    import('./knowledge/load-knowledge.js'),
    import('./knowledge/check-knowledge.js'),
    import('./tools/index.js'),
  ]);
  const rules = await loadRules(join(config.KNOWLEDGE_DIR, 'rules'));
  const { kb, problems } = await loadKnowledge(config.KNOWLEDGE_DIR, { describeRules: async () => describeRules(rules) });
  const report = checkKnowledge(kb, problems, { now: new Date(), staleAfterDays: config.STALE_AFTER_DAYS });
  const line = (kind: string, p: { path: string; field: string; message: string }) => `${kind} ${p.path} ${p.field}: ${p.message}\n`;
  for (const w of report.warnings) process.stdout.write(line('warning', w));
  for (const e of report.errors) process.stdout.write(line('ERROR  ', e));
  process.stdout.write(
    `${kb.articles.length} articles, ${kb.faq.length} FAQ entries, ${kb.glossary.length} glossary terms, ${kb.rulesPassages.length} rules passages: ${report.errors.length} errors, ${report.warnings.length} warnings\n`,
  );
  return report.errors.length > 0 ? 1 : 0;
}

export async function main(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const [command = 'chat', ...args] = argv;
  if (command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = parseConfig(env);

  // Commands that need no index load only what they use: a tool reads its rules, a check reads the files.
  if (command === 'tool') {
    const { loadRules, runToolCommand } = await import('./tools/index.js');
    const { stdout, exitCode } = runToolCommand(args, await loadRules(join(config.KNOWLEDGE_DIR, 'rules')));
    process.stdout.write(stdout.endsWith('\n') ? stdout : `${stdout}\n`);
    return exitCode;
  }
  if (command === 'check') return cmdCheck(config);

  const { createApp } = await import('./app/create-app.js');
  // Only the conversations people have are kept; batch runs and evaluations would swamp the report.
  const app = await createApp(config, { rebuildIndex: command === 'index', store: command === 'chat' && config.STORE_ENABLED });
  const { core, service } = app;
  const problems = core.current().problems;
  for (const p of problems) process.stderr.write(`knowledge: ${p.path} ${p.field}: ${p.message}\n`);

  switch (command) {
    case 'ask':
      return cmdAsk(core, args);
    case 'chat': {
      // `npm start -- --watch`: edits to knowledge/ are picked up between questions.
      const { watchKnowledge } = await import('./knowledge/watch-knowledge.js');
      const { pino } = await import('pino');
      const stopWatching = args.includes('--watch')
        ? watchKnowledge({ dir: config.KNOWLEDGE_DIR, reload: () => core.reload(), logger: pino({ level: config.LOG_LEVEL }, process.stderr) })
        : undefined;
      await runChat(core, (req) => service.answer(req));
      await stopWatching?.();
      app.close();
      return 0;
    }
    case 'index': {
      const state = core.current();
      process.stdout.write(
        `index rebuilt in ${config.INDEX_DIR}: ${state.retriever.units.length} units from ${state.kb.articles.length} articles, ${state.kb.faq.length} FAQ entries, ${state.kb.rulesPassages.length} rules passages (knowledge ${state.kb.hash})\n`,
      );
      return problems.length > 0 ? 1 : 0;
    }
    case 'eval': {
      const fileAt = args.indexOf('--file');
      const { runEval } = await import('./eval/run-eval.js');
      const report = await runEval(core, {
        file: fileAt >= 0 ? args[fileAt + 1]! : 'eval/questions.jsonl',
        indexDir: config.INDEX_DIR,
        baseline: !args.includes('--no-baseline'),
      });
      process.stdout.write(`${report.text}\n`);
      if (args.includes('--failures')) {
        for (const f of report.failures) {
          process.stdout.write(
            `\n✗ ${f.question.id} [${f.question.lang}] ${f.question.question}\n  want ${JSON.stringify(f.question.sources ?? f.question.tool ?? (f.question.abstain ? 'abstain' : f.question.expect_ask ? 'ask' : 'answer'))} must ${JSON.stringify(f.question.must ?? [])}\n  got ${f.result.route} conf ${f.result.confidence.toFixed(2)} src ${f.result.sources.map((s) => s.id).join(',')}: ${f.result.text.slice(0, 160).replace(/\n/g, ' ')}\n`,
          );
        }
      }
      return 0;
    }
    default:
      process.stderr.write(`unknown command ${command}\n${USAGE}\n`);
      return 2;
  }
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  main(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
      if (error instanceof Error && error.cause) process.stderr.write(`  cause: ${String((error.cause as Error).message ?? error.cause)}\n`);
      process.exit(1);
    },
  );
}
