import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { UI_TEXTS, type MenuCommand } from './ui-text.js';
import type { UiLang } from './ui-lang.js';

const ORDER: readonly MenuCommand[] = ['ask', 'eligibility', 'margin', 'reset', 'autoanswer', 'help'];

export function menuFor(lang: UiLang): BotCommand[] {
  return ORDER.map((command) => ({ command, description: UI_TEXTS[lang].menu[command] }));
}

/**
 * Registers the command menu: English for every client without a menu of its own, then one call per
 * `language_code` the bot speaks (Telegram shows the menu matching the user's app language).
 */
export async function setBotCommands(api: Api): Promise<void> {
  await api.setMyCommands(menuFor('en'));
  for (const lang of ['zh', 'de', 'fr', 'it', 'es'] as const) await api.setMyCommands(menuFor(lang), { language_code: lang });
}
