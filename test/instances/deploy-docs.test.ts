// Docker is not on this machine: the compose file the README shows for several instances is checked by reading it.
// It must be the file in deploy/, name only settings the bot knows, give both instances the same shared settings,
// point them at the PostgreSQL service, and put a proxy in front that balances over both and checks /healthz.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema, parseConfig } from '../../src/config.js';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const readme = read('README.md');
const composeText = read('deploy/docker-compose.yml');
const caddyfile = read('deploy/Caddyfile');
const dockerfile = read('deploy/Dockerfile');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] };
  volumes?: string[];
  ports?: string[];
}
const compose = parse(composeText, { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const bots = Object.entries(services).filter(([, s]) => s.build?.dockerfile === 'deploy/Dockerfile');
const settings = new Set(Object.keys((configSchema as unknown as { _def: { schema: { shape: object } } })._def.schema.shape));

/** Compose's `${VAR}` and `${VAR:-default}` with sample values, as `docker compose` would fill them from .env. */
function fill(value: string): string {
  const sample: Record<string, string> = { POSTGRES_PASSWORD: 'pw', USER_HASH_SALT: 'salt', TELEGRAM_BOT_TOKEN: '1:AA', TELEGRAM_WEBHOOK_SECRET: 'secret', BOT_DOMAIN: 'bot.example.com' };
  return value.replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_, name: string, fallback?: string) => sample[name] ?? fallback ?? '');
}

describe('the several-instances deployment', () => {
  it('README shows deploy/docker-compose.yml as it is', () => {
    const section = readme.slice(readme.indexOf('## Run several instances'), readme.indexOf('\n## ', readme.indexOf('## Run several instances') + 3));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(composeText);
    // Every setting the section's table names is one the bot reads.
    const named = [...section.matchAll(/^\| `([A-Z_]+)`(?: \/ `([A-Z_]+)`)?/gm)].flatMap((m) => [m[1]!, ...(m[2] ? [m[2]] : [])]);
    expect(named.length).toBeGreaterThan(4);
    expect(named.filter((n) => !settings.has(n))).toEqual([]);
  });

  it('runs two bot instances with the same shared settings on the PostgreSQL service', () => {
    expect(bots.map(([name]) => name)).toEqual(['bot-1', 'bot-2']);
    const envs = bots.map(([, s]) => s.environment!);
    expect(envs[0]).toEqual(envs[1]);
    const env = Object.fromEntries(Object.entries(envs[0]!).map(([k, v]) => [k, fill(String(v))]));
    expect(Object.keys(env).filter((k) => !settings.has(k))).toEqual([]);
    const config = parseConfig(env);
    const db = new URL(config.DATABASE_URL!);
    const pg = services.postgres!;
    expect(pg.image).toMatch(/^postgres:\d+/);
    expect(db.hostname).toBe('postgres');
    expect([db.username, db.pathname.slice(1)]).toEqual([pg.environment!.POSTGRES_USER, pg.environment!.POSTGRES_DB]);
    expect(pg.healthcheck!.test.join(' ')).toContain('pg_isready');
    for (const [, bot] of bots) expect(bot.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(config.TELEGRAM_WEBHOOK_URL).toBe('https://bot.example.com/telegram/hook');
    expect(config.TELEGRAM_WEBHOOK_SECRET).toBe('secret');
    // Each instance checks its own health endpoint on the port it listens on.
    for (const [, bot] of bots) expect(bot.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${config.TELEGRAM_WEBHOOK_PORT}/healthz`);
  });

  it('puts a proxy in front that balances over both instances, on the webhook path, checking /healthz', () => {
    const proxy = services.proxy!;
    expect(proxy.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
    expect(proxy.depends_on).toEqual(['bot-1', 'bot-2']);
    const port = parseConfig(Object.fromEntries(Object.entries(bots[0]![1].environment!).map(([k, v]) => [k, fill(String(v))]))).TELEGRAM_WEBHOOK_PORT;
    const upstream = /reverse_proxy\s+(\S+)\s+([^{]+)\{([\s\S]*?)\n\t\}/.exec(caddyfile);
    expect(upstream).not.toBeNull();
    const [, path, hosts, block] = upstream!;
    expect(hosts!.trim().split(/\s+/)).toEqual(bots.map(([name]) => `${name}:${port}`));
    expect(fill(bots[0]![1].environment!.TELEGRAM_WEBHOOK_URL!)).toMatch(new RegExp(`^https://[^/]+${path!.replace('*', '')}`));
    expect(block).toMatch(/health_uri \/healthz/);
    expect(block).toMatch(/lb_policy round_robin/);
    expect(proxy.ports).toEqual(['80:80', '443:443']);
  });

  it('builds the image the way npm start runs, with the index built in', () => {
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/^RUN npm ci /m);
    expect(dockerfile).toMatch(/^RUN npm run index$/m);
    expect(dockerfile).toMatch(/^CMD \["npm", "start"\]$/m);
  });
});
