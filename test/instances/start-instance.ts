// One bot process as an operator starts it (`tsx adapters/main.ts`, what `npm start` runs), in webhook mode.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Instance {
  port: number;
  child: ChildProcessWithoutNullStreams;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export function startInstance(port: number, env: Record<string, string>): Instance {
  const full: Record<string, string | undefined> = { ...process.env, ...env, TELEGRAM_WEBHOOK_PORT: String(port) };
  for (const key of ['DISCORD_TOKEN', 'LLM_PROVIDER', 'EMBEDDINGS_PROVIDER', 'DB_PATH']) if (!(key in env)) delete full[key];
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: ROOT, env: full, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { port, child, output: () => out, exited };
}

/** Resolves once the instance answers its health endpoint (the load balancer's check). */
export async function waitHealthy(instance: Instance, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (instance.child.exitCode !== null) throw new Error(`instance on ${instance.port} exited: ${instance.output().slice(-2000)}`);
    try {
      const res = await fetch(`http://127.0.0.1:${instance.port}/healthz`);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > end) throw new Error(`instance on ${instance.port} not healthy within ${timeoutMs} ms: ${instance.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
