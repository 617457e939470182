// The core's public entry: adapters (adapters/telegram, adapters/discord, adapters/main.ts) import from here only.
// The contract (types, the BotService port) and the wiring that builds a running app.
export type * from './contract/types.js';
export { ANSWER_ROUTES, isAnswerRoute, LANGS } from './contract/types.js';
export type * from './contract/bot-service.js';
export type * from './contract/tool-result.js';
export { OTHER_COUNTRY, type CountryChoices } from './contract/country-choices.js';
export type { ConversationKey } from './contract/conversation.js';
export type { RateCheck, RateLimiter } from './contract/ports.js';
export { isClearQuestion } from './answer/is-clear-question.js';
export { createRateLimiter } from './limits/rate-limiter.js';
export { createSharedRateLimiter } from './limits/create-shared-rate-limiter.js';
export { ConfigError, parseConfig, type Config } from './config.js';
export { createApp, type App } from './app/create-app.js';
export { main as runCli } from './cli.js';
export { watchKnowledge } from './knowledge/watch-knowledge.js';
// Delivery across crashes (the Telegram adapter's journal and outbox live in the store), ids as logs show them, and
// the logger that redacts the configured secrets by value.
export { createStore, type Store, type UpdateJournal, type ReplyOutbox, type DueReply, type JournalCounts, type Leases } from './store/index.js';
export { hashId } from './store/hash-id.js';
export { holdLease, type HeldLease } from './store/hold-lease.js';
export { collectSecrets, createLogger, createRedactor, REDACTED, type Redact } from './logging/index.js';
export { formatAnswerButton, parseAnswerButton, type AnswerButtonAction } from './contract/answer-buttons.js';
// The adapters' country choice lists from the rules files, for what runs without the app (registering Discord's commands).
export { loadCountryChoices } from './tools/country-choices.js';
