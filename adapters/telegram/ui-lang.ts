import type { Lang } from '../../src/index.js';

/** Language of the adapter's own texts (buttons, prompts): Chinese for zh* clients, English otherwise. */
export type UiLang = 'zh' | 'en';

export function pickUiLang(languageCode: string | undefined): UiLang {
  return languageCode?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Tool replies follow the text when it is Chinese (sellers type 售价… in an English client), else the client. */
export function pickToolLang(text: string, languageCode: string | undefined): Lang {
  return /\p{Script=Han}/u.test(text) ? 'zh' : pickUiLang(languageCode);
}
