import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const list = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

/** Every environment variable the bot reads, parsed once at the entry point and passed down. */
export const configSchema = z
  .object({
    KNOWLEDGE_DIR: z.string().default('knowledge'),
    INDEX_DIR: z.string().default('.index'),
    DB_PATH: z.string().default('data/bot.db'),
    /** `postgres://user:password@host:5432/db`: the store on PostgreSQL, for several instances; SQLite (DB_PATH) when unset. */
    DATABASE_URL: optionalString,
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    STORE_ENABLED: bool.default('true'),
    USER_HASH_SALT: z.string().default('change-me'),
    CONFIDENCE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.4),
    AUTO_ANSWER_THRESHOLD: z.coerce.number().min(0).max(1).default(0.6),
    MAX_QUESTION_CHARS: z.coerce.number().int().min(50).max(20_000).default(1000),
    RATE_USER_PER_MINUTE: z.coerce.number().int().min(1).default(12),
    RATE_CHAT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    MAX_CONCURRENT_ANSWERS: z.coerce.number().int().min(1).default(32),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    STALE_AFTER_DAYS: z.coerce.number().int().min(1).default(180),
    CONVERSATION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
    CONVERSATION_MAX_TURNS: z.coerce.number().int().min(1).max(50).default(6),

    MANAGER_USERNAMES: list.default(''),
    HANDOVER_CHAT_ID: optionalString,

    TELEGRAM_BOT_TOKEN: optionalString,
    /** Numeric user ids allowed /stats, /gaps, /reload in any chat (group admins have them in their group). */
    TELEGRAM_ADMIN_IDS: list.default(''),
    TELEGRAM_API_ROOT: optionalString,
    TELEGRAM_WEBHOOK_URL: optionalString,
    TELEGRAM_WEBHOOK_SECRET: optionalString,
    TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    /** How long an instance holds an update it claimed before a sibling may take it over (it crashed). */
    TELEGRAM_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
    /** Webhook mode: how often updates a crashed sibling held are looked for. */
    TELEGRAM_RECOVER_EVERY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),

    DISCORD_TOKEN: optionalString,
    DISCORD_APP_ID: optionalString,
    DISCORD_GUILD_ID: optionalString,
    DISCORD_API_ROOT: optionalString,
    /** The privileged Message Content intent (enable it in the developer portal too): needed for auto-answer. */
    DISCORD_MESSAGE_CONTENT: bool.default('false'),
    DISCORD_MANAGER_ROLE_ID: optionalString,
    DISCORD_ADMIN_GUILD_ID: optionalString,
    DISCORD_ADMIN_ROLE_ID: optionalString,
    DISCORD_HANDOVER_CHANNEL_ID: optionalString,

    LLM_PROVIDER: z.enum(['openai', 'ollama']).optional(),
    LLM_BASE_URL: optionalString,
    LLM_API_KEY: optionalString,
    LLM_MODEL: optionalString,
    LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).default(20_000),
    LLM_MAX_TOOL_CALLS: z.coerce.number().int().min(1).max(20).default(4),
    LLM_BUDGET_PER_CHAT_HOUR: z.coerce.number().int().min(1).default(30),
    LLM_BUDGET_GLOBAL_HOUR: z.coerce.number().int().min(1).default(600),

    EMBEDDINGS_PROVIDER: z.enum(['openai', 'ollama', 'local']).optional(),
    EMBEDDINGS_BASE_URL: optionalString,
    EMBEDDINGS_API_KEY: optionalString,
    EMBEDDINGS_MODEL: optionalString,
    EMBEDDINGS_LOCAL_DIR: optionalString,
  })
  .superRefine((c, ctx) => {
    if (c.LLM_PROVIDER && !c.LLM_MODEL) {
      ctx.addIssue({ code: 'custom', path: ['LLM_MODEL'], message: 'LLM_MODEL is required when LLM_PROVIDER is set' });
    }
    if (c.LLM_PROVIDER === 'openai' && !c.LLM_API_KEY && !c.LLM_BASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['LLM_API_KEY'], message: 'LLM_API_KEY (or LLM_BASE_URL for a keyless local server) is required for LLM_PROVIDER=openai' });
    }
    if (c.DATABASE_URL && !/^postgres(?:ql)?:\/\//i.test(c.DATABASE_URL)) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'DATABASE_URL must start with postgres:// or postgresql://' });
    }
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'webhook mode needs TELEGRAM_WEBHOOK_SECRET' });
    }
    if (c.EMBEDDINGS_PROVIDER && c.EMBEDDINGS_PROVIDER !== 'local' && !c.EMBEDDINGS_MODEL) {
      ctx.addIssue({ code: 'custom', path: ['EMBEDDINGS_MODEL'], message: 'EMBEDDINGS_MODEL is required for this provider' });
    }
    if (c.EMBEDDINGS_PROVIDER === 'local' && !c.EMBEDDINGS_LOCAL_DIR) {
      ctx.addIssue({ code: 'custom', path: ['EMBEDDINGS_LOCAL_DIR'], message: 'EMBEDDINGS_LOCAL_DIR is required for EMBEDDINGS_PROVIDER=local' });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`, { cause: parsed.error });
  }
  return parsed.data;
}
