import type { LocalizationMap } from 'discord.js';
import { COMMAND_NAMES, OPTION_NAMES, type CommandName, type OptionName } from '../command-names.js';
import { descriptionLocalizations, nameLocalizations, type Texts } from '../localizations.js';

/** What slash command and option builders share. */
interface Localizable {
  setName(name: string): this;
  setNameLocalizations(map: LocalizationMap | null): this;
  setDescription(text: string): this;
  setDescriptionLocalizations(map: LocalizationMap | null): this;
}

/** Names a command and describes it in every language, from the shared name table. */
export function nameCommand<B extends Localizable>(builder: B, name: CommandName, description: Texts, extra?: LocalizationMap): B {
  return builder
    .setName(name)
    .setNameLocalizations(nameLocalizations(COMMAND_NAMES[name]))
    .setDescription(description.en)
    .setDescriptionLocalizations(descriptionLocalizations(description, extra));
}

export function nameOption<B extends Localizable>(builder: B, name: OptionName, description: Texts): B {
  return builder
    .setName(name)
    .setNameLocalizations(nameLocalizations(OPTION_NAMES[name]))
    .setDescription(description.en)
    .setDescriptionLocalizations(descriptionLocalizations(description));
}
