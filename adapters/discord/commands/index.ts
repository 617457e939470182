import { askCommand } from './ask.js';
import { autoanswerCommand } from './autoanswer.js';
import type { DiscordCommand } from './command.js';
import { createEligibilityCommand } from './eligibility.js';
import { gapsCommand } from './gaps.js';
import { helpCommand } from './help.js';
import { createMarginCommand } from './margin.js';
import { reloadCommand } from './reload.js';
import { resetCommand } from './reset.js';
import { statsCommand } from './stats.js';
import type { CountryChoices } from '../../../src/index.js';

export type { CommandContext, DiscordCommand } from './command.js';

/** Every slash command, registered and dispatched from this list (no folder scan); the tools offer `choices`. */
export const createCommands = (choices: CountryChoices): readonly DiscordCommand[] => [
  askCommand,
  createEligibilityCommand(choices),
  createMarginCommand(choices),
  helpCommand,
  resetCommand,
  autoanswerCommand,
  statsCommand,
  gapsCommand,
  reloadCommand,
];
