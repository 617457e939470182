/**
 * The Telegram adapter cannot go on: the token was revoked (401), or another process keeps polling with it (409).
 * Each has its own exit code, so a supervisor can tell them from a crash (systemd: `RestartPreventExitStatus=77`).
 */
export type FatalReason = 'unauthorized' | 'conflict' | 'failed';

export const EXIT_CODES: Readonly<Record<FatalReason, number>> = {
  // EX_NOPERM: restarting will not help until the token is replaced.
  unauthorized: 77,
  // EX_TEMPFAIL: the other instance may stop; trying again later can work.
  conflict: 75,
  // EX_SOFTWARE: the polling loop itself broke (a bug, the store gone); a restart answers what was kept.
  failed: 70,
};

const MESSAGES: Readonly<Record<FatalReason, string>> = {
  unauthorized: 'the token was revoked or is wrong (Telegram answered 401 Unauthorized); set a valid TELEGRAM_BOT_TOKEN',
  conflict: 'another instance is polling with this token (Telegram answered 409 Conflict); stop it, or use webhook mode for several instances',
  failed: 'telegram polling stopped on an unexpected error',
};

export class TelegramFatalError extends Error {
  override name = 'TelegramFatalError';
  readonly exitCode: number;
  constructor(
    readonly reason: FatalReason,
    /** `detail` replaces what Telegram answered in the message, when something else told (the store's lease). */
    options?: { cause?: unknown; detail?: string },
  ) {
    super(options?.detail ? MESSAGES[reason].replace(/\(Telegram answered [^)]*\)/, `(${options.detail})`) : MESSAGES[reason], options);
    this.exitCode = EXIT_CODES[reason];
  }
}
