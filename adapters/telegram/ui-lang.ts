import type { Lang } from '../../src/index.js';

/** Language of the adapter's own texts (buttons, prompts, the menu): the six the bot answers in. */
export type UiLang = Lang;

const BY_PREFIX: ReadonlyArray<[string, UiLang]> = [
  ['zh', 'zh'],
  ['de', 'de'],
  ['fr', 'fr'],
  ['it', 'it'],
  ['es', 'es'],
];

/** From Telegram's `language_code` (an IETF tag such as `zh-hans`, `de`, `es-419`); English for the rest. */
export function pickUiLang(languageCode: string | undefined): UiLang {
  const code = languageCode?.toLowerCase() ?? '';
  return BY_PREFIX.find(([prefix]) => code === prefix || code.startsWith(`${prefix}-`))?.[1] ?? 'en';
}

/** Tool replies follow the text when it is Chinese (sellers type 售价… in an English client), else the client. */
export function pickToolLang(text: string, languageCode: string | undefined): Lang {
  return /\p{Script=Han}/u.test(text) ? 'zh' : pickUiLang(languageCode);
}
