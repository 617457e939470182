// Country names and the words sellers use for them, shared by the parsers and the renderers.
import type { Lang } from '../contract/types.js';
// Two-letter codes follow ISO 3166-1 alpha-2; 'UK' is accepted as an alias of GB because sellers write it.

interface CountryInfo {
  code: string;
  zh: string;
  en: string;
  /** Words that name the country (any language); matched case-insensitively on word boundaries. */
  names: string[];
  /** Adjectives ("German", "deutsche"): name the country in "German VAT", "German company". */
  adjectives: string[];
  /** Chinese words; matched as substrings. */
  zhNames: string[];
}

const c = (code: string, zh: string, en: string, names: string[], adjectives: string[], zhNames: string[] = [zh]): CountryInfo => ({
  code,
  zh,
  en,
  names: [en, ...names],
  adjectives,
  zhNames,
});

export const COUNTRIES: readonly CountryInfo[] = [
  c('DE', '德国', 'Germany', ['Deutschland', 'Allemagne', 'Germania', 'Alemania'], ['German', 'deutsche', 'deutscher', 'deutschen', 'deutsches', 'deutsch', 'allemand', 'allemande', 'tedesco', 'tedesca', 'alemán', 'aleman', 'alemana'], ['德国', '德区', '德站']),
  c('FR', '法国', 'France', ['Frankreich', 'Francia'], ['French', 'französische', 'französischer', 'französischen', 'français', 'française', 'francese', 'francés', 'frances', 'francesa'], ['法国', '法区', '法站']),
  c('IT', '意大利', 'Italy', ['Italien', 'Italie', 'Italia'], ['Italian', 'italienische', 'italienischer', 'italienischen', 'italien', 'italienne', 'italiano', 'italiana'], ['意大利', '意区', '意站']),
  c('ES', '西班牙', 'Spain', ['Spanien', 'Espagne', 'España', 'Espana'], ['Spanish', 'spanische', 'spanischer', 'spanischen', 'espagnol', 'espagnole', 'spagnolo', 'spagnola', 'español', 'espanol', 'española', 'espanola'], ['西班牙', '西区', '西站']),
  c('CN', '中国内地', 'mainland China', ['mainland', 'China', 'Chine', 'Cina', 'PRC'], ['Chinese', 'chinesische', 'chinesischer', 'chinois', 'chinoise', 'cinese', 'chino', 'china'], ['中国', '大陆', '内地', '中国内地', '中国大陆', '国内']),
  c('HK', '中国香港', 'Hong Kong', ['Hongkong', 'HK'], [], ['香港', '中国香港']),
  c('GB', '英国', 'United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Großbritannien', 'Royaume-Uni', 'Regno Unito', 'Reino Unido'], ['British', 'English', 'britische', 'britannique', 'britannico', 'británico'], ['英国', '英区']),
  c('US', '美国', 'United States', ['US', 'USA', 'U.S.', 'United States of America', 'America', 'Vereinigte Staaten', 'États-Unis', 'Stati Uniti', 'Estados Unidos'], ['American', 'amerikanische', 'américain', 'americano', 'americana'], ['美国', '美区']),
  c('CH', '瑞士', 'Switzerland', ['Schweiz', 'Suisse', 'Svizzera', 'Suiza'], ['Swiss', 'schweizer'], ['瑞士']),
  c('NO', '挪威', 'Norway', ['Norwegen', 'Norvège', 'Norvegia', 'Noruega'], ['Norwegian'], ['挪威']),
  c('PL', '波兰', 'Poland', ['Polen', 'Pologne', 'Polonia'], ['Polish', 'polnische', 'polonais'], ['波兰']),
  c('NL', '荷兰', 'Netherlands', ['Holland', 'Niederlande', 'Pays-Bas', 'Paesi Bassi', 'Países Bajos'], ['Dutch', 'niederländische', 'néerlandais'], ['荷兰']),
  c('BE', '比利时', 'Belgium', ['Belgien', 'Belgique', 'Belgio', 'Bélgica'], ['Belgian'], ['比利时']),
  c('CZ', '捷克', 'Czechia', ['Czech Republic', 'Tschechien', 'Tchéquie'], ['Czech'], ['捷克']),
  c('AT', '奥地利', 'Austria', ['Österreich', 'Autriche'], ['Austrian', 'österreichische'], ['奥地利']),
  c('HU', '匈牙利', 'Hungary', ['Ungarn', 'Hongrie', 'Ungheria', 'Hungría'], ['Hungarian'], ['匈牙利']),
  c('PT', '葡萄牙', 'Portugal', ['Portogallo'], ['Portuguese'], ['葡萄牙']),
  c('IE', '爱尔兰', 'Ireland', ['Irland', 'Irlande', 'Irlanda'], ['Irish'], ['爱尔兰']),
  c('SE', '瑞典', 'Sweden', ['Schweden', 'Suède', 'Svezia', 'Suecia'], ['Swedish'], ['瑞典']),
  c('DK', '丹麦', 'Denmark', ['Dänemark', 'Danemark', 'Danimarca', 'Dinamarca'], ['Danish'], ['丹麦']),
  c('FI', '芬兰', 'Finland', ['Finnland', 'Finlande', 'Finlandia'], ['Finnish'], ['芬兰']),
  c('SK', '斯洛伐克', 'Slovakia', ['Slowakei', 'Slovaquie'], ['Slovak'], ['斯洛伐克']),
  c('SI', '斯洛文尼亚', 'Slovenia', ['Slowenien', 'Slovénie'], ['Slovenian'], ['斯洛文尼亚']),
  c('HR', '克罗地亚', 'Croatia', ['Kroatien', 'Croatie'], ['Croatian'], ['克罗地亚']),
  c('RO', '罗马尼亚', 'Romania', ['Rumänien', 'Roumanie', 'Rumania'], ['Romanian'], ['罗马尼亚']),
  c('BG', '保加利亚', 'Bulgaria', ['Bulgarien', 'Bulgarie'], ['Bulgarian'], ['保加利亚']),
  c('GR', '希腊', 'Greece', ['Griechenland', 'Grèce', 'Grecia'], ['Greek'], ['希腊']),
  c('CY', '塞浦路斯', 'Cyprus', ['Zypern', 'Chypre', 'Cipro', 'Chipre'], ['Cypriot'], ['塞浦路斯']),
  c('MT', '马耳他', 'Malta', ['Malte'], ['Maltese'], ['马耳他']),
  c('LU', '卢森堡', 'Luxembourg', ['Luxemburg', 'Lussemburgo', 'Luxemburgo'], [], ['卢森堡']),
  c('LT', '立陶宛', 'Lithuania', ['Litauen', 'Lituanie'], ['Lithuanian'], ['立陶宛']),
  c('LV', '拉脱维亚', 'Latvia', ['Lettland', 'Lettonie'], ['Latvian'], ['拉脱维亚']),
  c('EE', '爱沙尼亚', 'Estonia', ['Estland', 'Estonie'], ['Estonian'], ['爱沙尼亚']),
];

const BY_CODE = new Map(COUNTRIES.map((x) => [x.code, x]));

/** 'uk' -> 'GB', 'de' -> 'DE'; anything else upper-cased as is. */
export function normalizeCountryCode(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === 'UK' ? 'GB' : upper;
}

function findCountry(code: string): CountryInfo | undefined {
  return BY_CODE.get(normalizeCountryCode(code));
}

const OTHER: Record<Lang, string> = { zh: '其他国家', en: 'another country', de: 'ein anderes Land', fr: 'un autre pays', it: 'un altro paese', es: 'otro país' };

/** Display name in the reply language; unknown codes are shown as the code itself. */
export function nameCountry(code: string, lang: Lang): string {
  const info = findCountry(code);
  // ISO's user-assigned codes: what the adapters' "Other" buttons send for a country outside their lists.
  if (!info && /^(XX|ZZ)$/.test(normalizeCountryCode(code))) return OTHER[lang];
  if (!info) return code;
  return lang === 'zh' ? info.zh : info.en;
}
