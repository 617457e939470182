import type { Context, MiddlewareFn } from 'grammy';
import { pickUiLang, type UiLang } from './ui-lang.js';
import { uiText, type UiText } from './ui-text.js';

/** What every handler needs about the asker, worked out once per update. */
export interface UiFlavor {
  ui: {
    /** The asker's app language (`language_code`), narrowed to the six the bot speaks. */
    lang: UiLang;
    t: UiText;
  };
}

export type BotContext = Context & UiFlavor;

export const attachUi: MiddlewareFn<BotContext> = (ctx, next) => {
  const lang = pickUiLang(ctx.from?.language_code);
  ctx.ui = { lang, t: uiText(lang) };
  return next();
};
