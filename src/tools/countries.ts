// Country names in the six reply languages and the words sellers use for them, shared by the parsers and the
// renderers. Two-letter codes follow ISO 3166-1 alpha-2; 'UK' is accepted as an alias of GB because sellers write it.
import type { Lang } from '../contract/types.js';
import { stripAccents } from '../lang/strip-accents.js';

interface CountryInfo {
  code: string;
  /** The display name per reply language. */
  names: Record<Lang, string>;
  /** Other words that name the country (any language); matched case-insensitively on word boundaries. */
  aliases: string[];
  /** Adjectives in every form ("German", "deutsche", "allemande", "tedeschi"): "German VAT", "société allemande". */
  adjectives: string[];
  /** Chinese words (simplified and traditional); matched as substrings. */
  zhNames: string[];
}

type Names = [zh: string, en: string, de: string, fr: string, it: string, es: string];

const c = (code: string, [zh, en, de, fr, it, es]: Names, adjectives: string[], aliases: string[] = [], zhNames: string[] = []): CountryInfo => ({
  code,
  names: { zh, en, de, fr, it, es },
  // English names that take an article ("the United Kingdom") are matched without it too.
  aliases: [...new Set([en, en.replace(/^the /, ''), de, fr, it, es, ...aliases])],
  adjectives,
  zhNames: [...new Set([zh, ...zhNames])],
});

/** German adjective endings: deutsch, deutsche, deutscher, deutschen, deutsches, deutschem. */
const de = (stem: string): string[] => ['', 'e', 'er', 'en', 'es', 'em'].map((e) => stem + e);

export const COUNTRIES: readonly CountryInfo[] = [
  c('DE', ['德国', 'Germany', 'Deutschland', 'Allemagne', 'Germania', 'Alemania'],
    ['German', ...de('deutsch'), 'allemand', 'allemande', 'allemands', 'allemandes', 'tedesco', 'tedesca', 'tedeschi', 'tedesche', 'alemán', 'aleman', 'alemana', 'alemanes', 'alemanas'],
    ['BRD'], ['德區', '德区', '德站', '德國']),
  c('FR', ['法国', 'France', 'Frankreich', 'France', 'Francia', 'Francia'],
    ['French', ...de('französisch'), ...de('franzoesisch'), 'français', 'française', 'françaises', 'francais', 'francaise', 'francese', 'francesi', 'francés', 'frances', 'francesa', 'franceses', 'francesas'],
    [], ['法区', '法站', '法國', '法區']),
  c('IT', ['意大利', 'Italy', 'Italien', 'Italie', 'Italia', 'Italia'],
    ['Italian', ...de('italienisch'), 'italien', 'italienne', 'italiens', 'italiennes', 'italiano', 'italiana', 'italiani', 'italiane', 'italianos', 'italianas'],
    [], ['意区', '意站', '義大利', '义大利', '意區']),
  c('ES', ['西班牙', 'Spain', 'Spanien', 'Espagne', 'Spagna', 'España'],
    ['Spanish', ...de('spanisch'), 'espagnol', 'espagnole', 'espagnols', 'espagnoles', 'spagnolo', 'spagnola', 'spagnoli', 'spagnole', 'español', 'espanol', 'española', 'espanola', 'españoles', 'españolas'],
    ['Espana'], ['西区', '西站', '西區']),
  c('CN', ['中国内地', 'mainland China', 'Festlandchina', 'Chine continentale', 'Cina continentale', 'China continental'],
    ['Chinese', ...de('chinesisch'), 'chinois', 'chinoise', 'chinoises', 'cinese', 'cinesi', 'chino', 'china', 'chinos', 'chinas'],
    ['mainland', 'China', 'Chine', 'Cina', 'PRC', 'VR China'], ['中国', '中國', '大陆', '大陸', '内地', '內地', '中国大陆', '中國大陸', '国内', '國內']),
  c('HK', ['中国香港', 'Hong Kong', 'Hongkong', 'Hong Kong', 'Hong Kong', 'Hong Kong'], ['hongkongais', 'hongkongaise', 'hongkonghese', 'hongkonés', 'hongkonesa'], ['HK'], ['香港', '中國香港']),
  c('MO', ['中国澳门', 'Macau', 'Macau', 'Macao', 'Macao', 'Macao'], [], [], ['澳门', '澳門']),
  c('TW', ['中国台湾', 'Taiwan', 'Taiwan', 'Taïwan', 'Taiwan', 'Taiwán'], ['Taiwanese', ...de('taiwanisch'), 'taïwanais', 'taïwanaise', 'taiwanese', 'taiwanés', 'taiwanesa'], ['Taiwan'], ['台湾', '台灣', '臺灣']),
  c('GB', ['英国', 'the United Kingdom', 'Vereinigtes Königreich', 'Royaume-Uni', 'Regno Unito', 'Reino Unido'],
    ['British', 'English', ...de('britisch'), ...de('englisch'), 'britannique', 'britanniques', 'anglais', 'anglaise', 'britannico', 'britannica', 'britannici', 'britanniche', 'inglese', 'inglesi', 'británico', 'británica', 'británicos', 'británicas', 'inglés', 'inglesa'],
    ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Großbritannien', 'Grossbritannien', 'England', 'Angleterre', 'Gran Bretagna', 'Inghilterra', 'Gran Bretaña', 'Inglaterra'], ['英國', '英区', '英區']),
  c('US', ['美国', 'the United States', 'Vereinigte Staaten', 'États-Unis', 'Stati Uniti', 'Estados Unidos'],
    ['American', ...de('amerikanisch'), 'américain', 'américaine', 'américains', 'américaines', 'americano', 'americana', 'americani', 'americane', 'estadounidense', 'estadounidenses'],
    ['US', 'USA', 'U.S.', 'U.S.A.', 'United States of America', 'America', 'Amerika', 'Amérique', 'Etats-Unis', 'EE. UU.', 'EEUU'], ['美國', '美区', '美區']),
  c('CH', ['瑞士', 'Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Suiza'], ['Swiss', 'Schweizer', ...de('schweizerisch'), 'suisse', 'suisses', 'svizzero', 'svizzera', 'svizzeri', 'svizzere', 'suizo', 'suiza', 'suizos', 'suizas']),
  c('NO', ['挪威', 'Norway', 'Norwegen', 'Norvège', 'Norvegia', 'Noruega'], ['Norwegian', ...de('norwegisch'), 'norvégien', 'norvégienne', 'norvegese', 'norvegesi', 'noruego', 'noruega']),
  c('IS', ['冰岛', 'Iceland', 'Island', 'Islande', 'Islanda', 'Islandia'], ['Icelandic', ...de('isländisch'), 'islandais', 'islandaise', 'islandese', 'islandés', 'islandesa'], [], ['冰島']),
  c('LI', ['列支敦士登', 'Liechtenstein', 'Liechtenstein', 'Liechtenstein', 'Liechtenstein', 'Liechtenstein'], []),
  c('PL', ['波兰', 'Poland', 'Polen', 'Pologne', 'Polonia', 'Polonia'], ['Polish', ...de('polnisch'), 'polonais', 'polonaise', 'polacco', 'polacca', 'polacchi', 'polacche', 'polaco', 'polaca', 'polacos', 'polacas'], [], ['波蘭']),
  c('NL', ['荷兰', 'the Netherlands', 'Niederlande', 'Pays-Bas', 'Paesi Bassi', 'Países Bajos'],
    ['Dutch', ...de('niederländisch'), ...de('holländisch'), 'néerlandais', 'néerlandaise', 'hollandais', 'hollandaise', 'olandese', 'olandesi', 'neerlandés', 'neerlandesa', 'holandés', 'holandesa'],
    ['Holland', 'Olanda', 'Holanda'], ['荷蘭']),
  c('BE', ['比利时', 'Belgium', 'Belgien', 'Belgique', 'Belgio', 'Bélgica'], ['Belgian', ...de('belgisch'), 'belge', 'belges', 'belga', 'belgi', 'belghe', 'belgas'], [], ['比利時']),
  c('CZ', ['捷克', 'Czechia', 'Tschechien', 'Tchéquie', 'Cechia', 'Chequia'], ['Czech', ...de('tschechisch'), 'tchèque', 'tchèques', 'ceco', 'ceca', 'cechi', 'ceche', 'checo', 'checa'], ['Czech Republic', 'Repubblica Ceca', 'República Checa', 'République tchèque']),
  c('AT', ['奥地利', 'Austria', 'Österreich', 'Autriche', 'Austria', 'Austria'], ['Austrian', ...de('österreichisch'), 'autrichien', 'autrichienne', 'austriaco', 'austriaca', 'austriaci', 'austriache'], ['Oesterreich'], ['奧地利']),
  c('HU', ['匈牙利', 'Hungary', 'Ungarn', 'Hongrie', 'Ungheria', 'Hungría'], ['Hungarian', ...de('ungarisch'), 'hongrois', 'hongroise', 'ungherese', 'ungheresi', 'húngaro', 'húngara']),
  c('PT', ['葡萄牙', 'Portugal', 'Portugal', 'Portugal', 'Portogallo', 'Portugal'], ['Portuguese', ...de('portugiesisch'), 'portugais', 'portugaise', 'portoghese', 'portoghesi', 'portugués', 'portuguesa']),
  c('IE', ['爱尔兰', 'Ireland', 'Irland', 'Irlande', 'Irlanda', 'Irlanda'], ['Irish', ...de('irisch'), 'irlandais', 'irlandaise', 'irlandese', 'irlandesi', 'irlandés', 'irlandesa'], [], ['愛爾蘭']),
  c('SE', ['瑞典', 'Sweden', 'Schweden', 'Suède', 'Svezia', 'Suecia'], ['Swedish', ...de('schwedisch'), 'suédois', 'suédoise', 'svedese', 'svedesi', 'sueco', 'sueca']),
  c('DK', ['丹麦', 'Denmark', 'Dänemark', 'Danemark', 'Danimarca', 'Dinamarca'], ['Danish', ...de('dänisch'), 'danois', 'danoise', 'danese', 'danesi', 'danés', 'danesa'], [], ['丹麥']),
  c('FI', ['芬兰', 'Finland', 'Finnland', 'Finlande', 'Finlandia', 'Finlandia'], ['Finnish', ...de('finnisch'), 'finlandais', 'finlandaise', 'finlandese', 'finlandesi', 'finlandés', 'finlandesa'], [], ['芬蘭']),
  c('SK', ['斯洛伐克', 'Slovakia', 'Slowakei', 'Slovaquie', 'Slovacchia', 'Eslovaquia'], ['Slovak', ...de('slowakisch'), 'slovaque', 'slovacco', 'slovacca', 'eslovaco', 'eslovaca']),
  c('SI', ['斯洛文尼亚', 'Slovenia', 'Slowenien', 'Slovénie', 'Slovenia', 'Eslovenia'], ['Slovenian', ...de('slowenisch'), 'slovène', 'sloveno', 'slovena', 'esloveno', 'eslovena'], [], ['斯洛文尼亞']),
  c('HR', ['克罗地亚', 'Croatia', 'Kroatien', 'Croatie', 'Croazia', 'Croacia'], ['Croatian', ...de('kroatisch'), 'croate', 'croato', 'croata'], [], ['克羅地亞']),
  c('RO', ['罗马尼亚', 'Romania', 'Rumänien', 'Roumanie', 'Romania', 'Rumanía'], ['Romanian', ...de('rumänisch'), 'roumain', 'roumaine', 'rumeno', 'rumena', 'rumano', 'rumana'], [], ['羅馬尼亞']),
  c('BG', ['保加利亚', 'Bulgaria', 'Bulgarien', 'Bulgarie', 'Bulgaria', 'Bulgaria'], ['Bulgarian', ...de('bulgarisch'), 'bulgare', 'bulgaro', 'bulgara', 'búlgaro', 'búlgara'], [], ['保加利亞']),
  c('GR', ['希腊', 'Greece', 'Griechenland', 'Grèce', 'Grecia', 'Grecia'], ['Greek', ...de('griechisch'), 'grec', 'grecque', 'greco', 'greca', 'griego', 'griega'], [], ['希臘']),
  c('CY', ['塞浦路斯', 'Cyprus', 'Zypern', 'Chypre', 'Cipro', 'Chipre'], ['Cypriot', ...de('zypriotisch'), 'chypriote', 'cipriota', 'chipriota']),
  c('MT', ['马耳他', 'Malta', 'Malta', 'Malte', 'Malta', 'Malta'], ['Maltese', ...de('maltesisch'), 'maltais', 'maltaise', 'maltés', 'maltesa'], [], ['馬耳他']),
  c('LU', ['卢森堡', 'Luxembourg', 'Luxemburg', 'Luxembourg', 'Lussemburgo', 'Luxemburgo'], ['Luxembourgish', ...de('luxemburgisch'), 'luxembourgeois', 'luxembourgeoise', 'lussemburghese', 'luxemburgués', 'luxemburguesa'], [], ['盧森堡']),
  c('LT', ['立陶宛', 'Lithuania', 'Litauen', 'Lituanie', 'Lituania', 'Lituania'], ['Lithuanian', ...de('litauisch'), 'lituanien', 'lituanienne', 'lituano', 'lituana']),
  c('LV', ['拉脱维亚', 'Latvia', 'Lettland', 'Lettonie', 'Lettonia', 'Letonia'], ['Latvian', ...de('lettisch'), 'letton', 'lettone', 'letón', 'letona'], [], ['拉脫維亞']),
  c('EE', ['爱沙尼亚', 'Estonia', 'Estland', 'Estonie', 'Estonia', 'Estonia'], ['Estonian', ...de('estnisch'), 'estonien', 'estonienne', 'estone', 'estonio', 'estonia'], [], ['愛沙尼亞']),
  c('TR', ['土耳其', 'Türkiye', 'Türkei', 'Turquie', 'Turchia', 'Turquía'], ['Turkish', ...de('türkisch'), 'turc', 'turque', 'turco', 'turca'], ['Turkey', 'Turkiye']),
  c('UA', ['乌克兰', 'Ukraine', 'Ukraine', 'Ukraine', 'Ucraina', 'Ucrania'], ['Ukrainian', ...de('ukrainisch'), 'ukrainien', 'ukrainienne', 'ucraino', 'ucraina', 'ucraniano', 'ucraniana'], [], ['烏克蘭']),
  c('RS', ['塞尔维亚', 'Serbia', 'Serbien', 'Serbie', 'Serbia', 'Serbia'], ['Serbian', ...de('serbisch'), 'serbe', 'serbo', 'serba', 'serbio', 'serbia'], [], ['塞爾維亞']),
  c('BA', ['波黑', 'Bosnia and Herzegovina', 'Bosnien und Herzegowina', 'Bosnie-Herzégovine', 'Bosnia ed Erzegovina', 'Bosnia y Herzegovina'], ['Bosnian'], ['Bosnia', 'Bosnien'], ['波斯尼亚和黑塞哥维那']),
  c('ME', ['黑山', 'Montenegro', 'Montenegro', 'Monténégro', 'Montenegro', 'Montenegro'], []),
  c('MK', ['北马其顿', 'North Macedonia', 'Nordmazedonien', 'Macédoine du Nord', 'Macedonia del Nord', 'Macedonia del Norte'], [], [], ['北馬其頓']),
  c('AL', ['阿尔巴尼亚', 'Albania', 'Albanien', 'Albanie', 'Albania', 'Albania'], ['Albanian']),
  c('MD', ['摩尔多瓦', 'Moldova', 'Republik Moldau', 'Moldavie', 'Moldavia', 'Moldavia'], ['Moldovan'], ['Moldau']),
  c('SG', ['新加坡', 'Singapore', 'Singapur', 'Singapour', 'Singapore', 'Singapur'], ['Singaporean', 'singapourien', 'singapourienne', 'singaporiano', 'singapurense']),
  c('JP', ['日本', 'Japan', 'Japan', 'Japon', 'Giappone', 'Japón'], ['Japanese', ...de('japanisch'), 'japonais', 'japonaise', 'giapponese', 'japonés', 'japonesa']),
  c('KR', ['韩国', 'South Korea', 'Südkorea', 'Corée du Sud', 'Corea del Sud', 'Corea del Sur'], ['Korean', 'South Korean', ...de('südkoreanisch'), ...de('koreanisch'), 'coréen', 'coréenne', 'coreano', 'coreana'], ['Korea'], ['韓國']),
  c('VN', ['越南', 'Vietnam', 'Vietnam', 'Viêt Nam', 'Vietnam', 'Vietnam'], ['Vietnamese', ...de('vietnamesisch'), 'vietnamien', 'vietnamienne', 'vietnamita'], ['Viet Nam']),
  c('TH', ['泰国', 'Thailand', 'Thailand', 'Thaïlande', 'Thailandia', 'Tailandia'], ['Thai', ...de('thailändisch'), 'thaïlandais', 'thaïlandaise', 'thailandese', 'tailandés', 'tailandesa'], [], ['泰國']),
  c('MY', ['马来西亚', 'Malaysia', 'Malaysia', 'Malaisie', 'Malesia', 'Malasia'], ['Malaysian', 'malaisien', 'malese', 'malasio'], [], ['馬來西亞']),
  c('ID', ['印度尼西亚', 'Indonesia', 'Indonesien', 'Indonésie', 'Indonesia', 'Indonesia'], ['Indonesian', ...de('indonesisch'), 'indonésien', 'indonesiano', 'indonesio'], [], ['印尼', '印度尼西亞']),
  c('IN', ['印度', 'India', 'Indien', 'Inde', 'India', 'India'], ['Indian', ...de('indisch'), 'indien', 'indienne', 'indiano', 'indiana', 'indio', 'india']),
  c('AE', ['阿联酋', 'the United Arab Emirates', 'Vereinigte Arabische Emirate', 'Émirats arabes unis', 'Emirati Arabi Uniti', 'Emiratos Árabes Unidos'], ['Emirati'], ['UAE', 'Dubai', 'Dubaï'], ['阿聯酋', '迪拜', '杜拜']),
  c('AU', ['澳大利亚', 'Australia', 'Australien', 'Australie', 'Australia', 'Australia'], ['Australian', ...de('australisch'), 'australien', 'australienne', 'australiano', 'australiana'], [], ['澳洲', '澳大利亞']),
  c('CA', ['加拿大', 'Canada', 'Kanada', 'Canada', 'Canada', 'Canadá'], ['Canadian', ...de('kanadisch'), 'canadien', 'canadienne', 'canadese', 'canadiense']),
  c('MX', ['墨西哥', 'Mexico', 'Mexiko', 'Mexique', 'Messico', 'México'], ['Mexican', ...de('mexikanisch'), 'mexicain', 'mexicaine', 'messicano', 'messicana', 'mexicano', 'mexicana']),
  c('BR', ['巴西', 'Brazil', 'Brasilien', 'Brésil', 'Brasile', 'Brasil'], ['Brazilian', ...de('brasilianisch'), 'brésilien', 'brésilienne', 'brasiliano', 'brasiliana', 'brasileño', 'brasileña']),
];

// Names that are also everyday words in another of the six languages are left out of matching ("Island" is German
// for Iceland and English for island; "china" is porcelain; "India"/"Chad"… are kept, they are rarely anything else).
const NOT_MATCHED = new Set(['island']);

const BY_CODE = new Map(COUNTRIES.map((x) => [x.code, x]));

/** Words naming a country, for the mention finder: aliases and adjectives (Latin), and Chinese names. */
export function countryWords(info: CountryInfo): { latin: string[]; cjk: string[] } {
  const words = [...info.aliases, ...info.adjectives];
  // Typed without accents in chats: "IVA portugues", "Turkei", "societe americaine".
  const bare = words.map(stripAccents).filter((w) => !words.includes(w));
  return { latin: [...new Set([...words, ...bare])].filter((w) => !NOT_MATCHED.has(w.toLowerCase())), cjk: info.zhNames };
}

/** 'uk' -> 'GB', 'de' -> 'DE'; anything else upper-cased as is. */
export function normalizeCountryCode(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === 'UK' ? 'GB' : upper;
}

const OTHER: Record<Lang, string> = { zh: '其他国家', en: 'another country', de: 'ein anderes Land', fr: 'un autre pays', it: 'un altro paese', es: 'otro país' };

/** Display name in the reply language; unknown codes are shown as the code itself. */
export function nameCountry(code: string, lang: Lang): string {
  const info = BY_CODE.get(normalizeCountryCode(code));
  // ISO's user-assigned codes: what the adapters' "Other" buttons send for a country outside their lists.
  if (!info && /^(XX|ZZ)$/.test(normalizeCountryCode(code))) return OTHER[lang];
  return info ? info.names[lang] : code;
}
