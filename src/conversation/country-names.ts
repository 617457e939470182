import type { Lang } from '../contract/types.js';

// How a rebuilt question names a country in the conversation's language ("那法国呢？" after "德国站佣金多少？").
const NAMES: Record<string, Record<Lang, string>> = {
  DE: { zh: '德国', en: 'Germany', de: 'Deutschland', fr: 'Allemagne', it: 'Germania', es: 'Alemania' },
  FR: { zh: '法国', en: 'France', de: 'Frankreich', fr: 'France', it: 'Francia', es: 'Francia' },
  IT: { zh: '意大利', en: 'Italy', de: 'Italien', fr: 'Italie', it: 'Italia', es: 'Italia' },
  ES: { zh: '西班牙', en: 'Spain', de: 'Spanien', fr: 'Espagne', it: 'Spagna', es: 'España' },
  IE: { zh: '爱尔兰', en: 'Ireland', de: 'Irland', fr: 'Irlande', it: 'Irlanda', es: 'Irlanda' },
  GB: { zh: '英国', en: 'the UK', de: 'Großbritannien', fr: 'Royaume-Uni', it: 'Regno Unito', es: 'Reino Unido' },
  US: { zh: '美国', en: 'the US', de: 'USA', fr: 'États-Unis', it: 'Stati Uniti', es: 'Estados Unidos' },
  CN: { zh: '中国内地', en: 'mainland China', de: 'China', fr: 'Chine', it: 'Cina', es: 'China' },
  HK: { zh: '中国香港', en: 'Hong Kong', de: 'Hongkong', fr: 'Hong Kong', it: 'Hong Kong', es: 'Hong Kong' },
  NL: { zh: '荷兰', en: 'the Netherlands', de: 'Niederlande', fr: 'Pays-Bas', it: 'Paesi Bassi', es: 'Países Bajos' },
  PL: { zh: '波兰', en: 'Poland', de: 'Polen', fr: 'Pologne', it: 'Polonia', es: 'Polonia' },
  BE: { zh: '比利时', en: 'Belgium', de: 'Belgien', fr: 'Belgique', it: 'Belgio', es: 'Bélgica' },
  AT: { zh: '奥地利', en: 'Austria', de: 'Österreich', fr: 'Autriche', it: 'Austria', es: 'Austria' },
};

export function nameCountry(code: string, lang: Lang): string | undefined {
  return NAMES[code]?.[lang];
}
