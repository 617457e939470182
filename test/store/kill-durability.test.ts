import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import { makeTempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRITER = fileURLToPath(new URL('./fixtures/burst-writer.ts', import.meta.url));

/** Runs the writer until it has reported `killAfter` commits, SIGKILLs it, and returns every id it reported. */
function runAndKill(dbPath: string, prefix: string, mode: 'NORMAL' | 'FULL', killAfter: number): Promise<{ ids: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dbPath, prefix, mode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const ids: string[] = [];
    let buffered = '';
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (line && line !== 'ready') ids.push(line);
      if (!killed && ids.length >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // A partial last line was not a complete report: the id is not counted as committed.
      if (!killed) reject(new Error(`writer exited on its own (code ${code}): ${stderr}`));
      else resolve({ ids, signal });
    });
  });
}

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

describe('kill -9 during a burst of writes', () => {
  it.each(['NORMAL', 'FULL'] as const)('synchronous=%s: no corruption, no committed row lost', async (mode) => {
    const dbPath = join(tmp.dir, 'data', 'bot.db');
    const reported: string[] = [];
    // Two kills on the same file: the second run also recovers the WAL the first one left behind.
    for (const [round, killAfter] of [[1, 300], [2, 700]] as const) {
      const { ids, signal } = await runAndKill(dbPath, `r${round}`, mode, killAfter);
      expect(signal).toBe('SIGKILL');
      expect(ids.length).toBeGreaterThanOrEqual(killAfter);
      reported.push(...ids);
    }

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const stored = new Set(db.prepare('SELECT id FROM answers').pluck().all() as string[]);
    const missing = reported.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    // Every answer still has its question: the exchange transaction was never half-applied.
    expect(db.prepare('SELECT COUNT(*) FROM answers a LEFT JOIN questions q ON q.id = a.question_id WHERE q.id IS NULL').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM questions').pluck().get()).toBe(stored.size);
    db.close();

    // And the store opens it normally afterwards.
    const store = createStore({ path: dbPath, salt: 'kill-test-salt' });
    expect((await store.getStats()).questions).toBe(stored.size);
    await store.close();
  });
});
