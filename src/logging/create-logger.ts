import { pino, stdSerializers, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { createRedactor } from './create-redactor.js';

export interface CreateLoggerOptions {
  level: LoggerOptions['level'];
  /** Values redacted from every line, wherever they appear (see collectSecrets). */
  secrets: readonly string[];
  /** Defaults to stdout. */
  destination?: DestinationStream;
}

// Keys whose values are secrets whatever they hold, as a second line behind redaction by value.
const SECRET_PATHS = ['token', '*.token', 'config.*TOKEN', 'config.*KEY', 'config.*SECRET', 'config.USER_HASH_SALT', 'headers.authorization', '*.headers.authorization'];

/**
 * Errors are logged without the request payload some clients attach to them (a Bot API error carries the whole
 * message it failed to send: chat ids and the answer text).
 */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const out = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (let level: Record<string, unknown> | undefined = out, depth = 0; level && depth < 10; depth++) {
    delete level.payload;
    level = typeof level.cause === 'object' && level.cause !== null ? (level.cause as Record<string, unknown>) : undefined;
  }
  return out;
}

/**
 * The process's logger: pino, with every configured secret removed from each serialized line just before it is
 * written, whichever field, message, error message or nested cause carried it.
 */
export function createLogger(options: CreateLoggerOptions): Logger {
  const redact = createRedactor(options.secrets);
  const settings: LoggerOptions = {
    level: options.level,
    redact: { paths: SECRET_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError },
    hooks: { streamWrite: redact },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
