import type { Lang } from '../../src/index.js';

/**
 * The language of a Discord client locale (`zh-CN`, `zh-TW`, `de`, `fr`, `it`, `es-ES`, `es-419`, ...); English for
 * the rest. It is only the fallback for the core, which detects the question's own language.
 */
export function pickLang(locale: string | null | undefined): Lang {
  const base = (locale ?? '').toLowerCase().split('-')[0];
  switch (base) {
    case 'zh':
    case 'de':
    case 'fr':
    case 'it':
    case 'es':
      return base;
    default:
      return 'en';
  }
}
