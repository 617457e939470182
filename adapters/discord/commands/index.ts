import { askCommand } from './ask.js';
import { autoanswerCommand } from './autoanswer.js';
import type { DiscordCommand } from './command.js';
import { eligibilityCommand } from './eligibility.js';
import { gapsCommand } from './gaps.js';
import { helpCommand } from './help.js';
import { marginCommand } from './margin.js';
import { reloadCommand } from './reload.js';
import { resetCommand } from './reset.js';
import { statsCommand } from './stats.js';

export type { CommandContext, DiscordCommand } from './command.js';

/** Every slash command, registered and dispatched from this list (no folder scan). */
export const commands: readonly DiscordCommand[] = [
  askCommand,
  eligibilityCommand,
  marginCommand,
  helpCommand,
  resetCommand,
  autoanswerCommand,
  statsCommand,
  gapsCommand,
  reloadCommand,
];
