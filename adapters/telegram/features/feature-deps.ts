import type { Logger } from 'pino';
import type { FloodGuard } from '../create-flood-guard.js';
import type { LogIds } from '../create-log-ids.js';
import type { Sender } from '../create-sender.js';
import type { TtlMap } from '../create-ttl-map.js';
import type { BotService, Lang } from '../../../src/index.js';

/** What the feature composers share: the core, the way out (sender, flood guard) and the logs. */
export interface FeatureDeps {
  service: BotService;
  logger: Logger;
  logIds: LogIds;
  send: Sender;
  passFlood: FloodGuard;
  /** The language each chat (key: chat id) and each asker in it (`chat:user`) used last, for short messages the core cannot detect. */
  chatLangs: TtlMap<Lang>;
}

/** Whether a message opens with a /command (Telegram marks it with a bot_command entity at offset 0). */
export function startsWithCommand(msg: { entities?: Array<{ type: string; offset: number }> }): boolean {
  return msg.entities?.some((e) => e.type === 'bot_command' && e.offset === 0) ?? false;
}
