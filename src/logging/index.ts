export { collectSecrets, MIN_SECRET_LENGTH, SECRET_SETTINGS } from './collect-secrets.js';
export { createRedactor, REDACTED, type Redact } from './create-redactor.js';
export { createLogger, type CreateLoggerOptions } from './create-logger.js';
