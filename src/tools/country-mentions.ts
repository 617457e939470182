// Finds where a text names a country (names, adjectives, codes, Chinese names, cities), for the chat parsers.
import { COUNTRIES, countryWords } from './countries.js';

export interface CountryMention {
  /** ISO code, or 'EU' for "Europe"/"欧洲" without a country. */
  code: string;
  start: number;
  end: number;
  text: string;
  /** A city or region that names where a company sits ("深圳", "Hong Kong", "London"), usable as the entity alone. */
  entityHint: boolean;
}

// Cities sellers write to say where their company is; all map to the entity country.
const CITIES: Record<string, string[]> = {
  CN: [
    '深圳', '杭州', '广州', '义乌', '上海', '北京', '东莞', '宁波', '厦门', '福州', '苏州', '佛山', '中山', '金华', '温州',
    '泉州', '莆田', '成都', '武汉', '南京', '天津', '重庆', '青岛', '长沙', '郑州', '西安', '合肥', '无锡', '汕头', '揭阳',
    '珠海', '惠州', '江门', '台州', '绍兴', '嘉兴', '常州', '南通', '济南', '大连', '沈阳', '昆明', '南昌', '石家庄',
    'Shenzhen', 'Hangzhou', 'Guangzhou', 'Yiwu', 'Shanghai', 'Beijing', 'Dongguan', 'Ningbo', 'Xiamen', 'Fuzhou', 'Suzhou',
    'Foshan', 'Zhongshan', 'Jinhua', 'Wenzhou', 'Quanzhou', 'Chengdu', 'Wuhan', 'Nanjing', 'Tianjin', 'Chongqing', 'Qingdao',
    'mainland China', 'Chinese mainland', '大陆', '内地', '中国内地', '中国大陆', '国内', '國內',
  ],
  HK: ['香港', '中国香港', 'Hong Kong', 'Hongkong'],
  GB: ['London', 'Londres', 'Londra', '伦敦', '倫敦', 'Manchester', 'Birmingham'],
  US: ['New York', 'Los Angeles', '纽约', '洛杉矶'],
};

// Cities where sellers keep warehouses: they say where the stock is, not where the company is registered.
const EU_CITIES: Record<string, string[]> = {
  DE: [
    'Berlin', 'Berlino', 'Berlín', 'Hamburg', 'Hambourg', 'Amburgo', 'Hamburgo', 'Munich', 'München', 'Múnich', 'Monaco di Baviera',
    'Frankfurt', 'Francfort', 'Francoforte', 'Fráncfort', 'Cologne', 'Köln', 'Colonia', 'Düsseldorf', 'Leipzig', 'Lipsia', 'Duisburg',
    'Dortmund', '柏林', '汉堡', '漢堡', '慕尼黑', '法兰克福', '法蘭克福', '科隆', '杜塞尔多夫', '莱比锡', '杜伊斯堡',
    // Regions and logistics hubs sellers name for a warehouse.
    'NRW', 'Nordrhein-Westfalen', 'North Rhine-Westphalia', 'Bayern', 'Bavaria', 'Bavière', 'Baviera', 'Hessen', 'Hesse',
    'Baden-Württemberg', 'Niedersachsen', 'Lower Saxony', 'Sachsen', 'Saxony', 'Thüringen', 'Rheinland-Pfalz', 'Brandenburg',
    'Stuttgart', 'Nürnberg', 'Nuremberg', 'Augsburg', 'Bremen', 'Hannover', 'Hanover', 'Bochum', 'Dresden',
    'Kassel', 'Erfurt', 'Mannheim', 'Karlsruhe', 'Bielefeld', 'Münster', 'Bonn', 'Mainz', 'Wiesbaden', 
    '斯图加特', '纽伦堡', '不来梅', '汉诺威', '德累斯顿', '北威州', '巴伐利亚',
  ],
  FR: [
    'Paris', 'Parigi', 'París', 'Lyon', 'Lione', 'Marseille', 'Marsiglia', 'Marsella', 'Lille', 'Le Havre', '巴黎', '里昂', '马赛', '里尔', '勒阿弗尔',
    'Île-de-France', 'Ile-de-France', 'Hauts-de-France', 'Auvergne-Rhône-Alpes', 'Provence', 'Normandie', 'Normandy', 'Toulouse',
    'Bordeaux', 'Nantes', 'Strasbourg', 'Montpellier', 'Rennes', 'Orléans', 'Orleans', 'Reims', 'Rouen', 'Metz',
    'Dijon', 'Grenoble', '图卢兹', '波尔多', '南特', '斯特拉斯堡', '尼斯',
  ],
  IT: [
    'Milan', 'Milano', 'Mailand', 'Milán', 'Rome', 'Roma', 'Rom', 'Turin', 'Torino', 'Turín', 'Bologna', 'Bologne', 'Naples', 'Napoli',
    'Neapel', 'Nápoles', '米兰', '米蘭', '罗马', '羅馬', '都灵', '博洛尼亚', '那不勒斯',
    'Lombardia', 'Lombardy', 'Lombardei', 'Lombardie', 'Piemonte', 'Piedmont', 'Veneto', 'Emilia-Romagna', 'Toscana', 'Tuscany',
    'Verona', 'Padova', 'Padua', 'Venezia', 'Venice', 'Venedig', 'Genova', 'Genoa', 'Genua', 'Firenze', 'Florence', 'Florenz',
    'Bergamo', 'Brescia', 'Piacenza', 'Modena', 'Parma', 'Bari', 'Palermo', 'Catania', '维罗纳', '威尼斯', '热那亚', '佛罗伦萨',
  ],
  ES: [
    'Madrid', 'Barcelona', 'Barcelone', 'Barcellona', 'Valencia', 'Zaragoza', 'Seville', 'Sevilla', 'Séville', 'Siviglia', '马德里', '馬德里', '巴塞罗那', '瓦伦西亚', '萨拉戈萨',
    'Saragosse', 'Saragozza', 'Saragossa', 'Cataluña', 'Catalunya', 'Catalonia', 'Katalonien', 'Catalogne', 'Andalucía', 'Andalusia',
    'Alicante', 'Málaga', 'Malaga', 'Bilbao', 'Murcia', 'Valladolid', 'Guadalajara', 'Tarragona', 'Girona', 'Castellón', 'Sagunto',
    'Alcalá de Henares', 'Coslada', '阿利坎特', '马拉加', '毕尔巴鄂', '加泰罗尼亚',
  ],
  NL: ['Amsterdam', 'Rotterdam', 'Venlo', '阿姆斯特丹', '鹿特丹'],
  PL: ['Warsaw', 'Warszawa', 'Warschau', 'Varsovie', 'Varsavia', 'Varsovia', 'Poznań', 'Poznan', 'Wrocław', 'Wroclaw', '华沙', '華沙', '波兹南'],
  CZ: ['Prague', 'Praha', 'Prag', 'Praga', '布拉格'],
};

const EUROPE = [
  'Europe', 'European', 'EU', 'E.U.', 'European Union', 'Europe-based', 'Europa', 'Europäische Union', 'europäisch', 'europäische',
  'europäischer', 'europäischen', 'europäisches', 'Union européenne', 'européen', 'européenne', 'européens', 'européennes',
  'Unione europea', 'europeo', 'europea', 'europei', 'europee', 'Unión Europea', 'europeos', 'europeas',
  '欧洲', '歐洲', '欧盟', '歐盟', '欧洲本土', '歐洲本土', '海外本土',
];

// Upper-case codes only, and only those that are not everyday words ("NO", "AT" are left out).
const CODES = ['DE', 'FR', 'IT', 'ES', 'CN', 'HK', 'GB', 'UK', 'US', 'USA', 'PL', 'NL', 'CZ', 'EU', 'UE', 'UAE', 'PRC', 'BRD', 'SG', 'JP', 'TW'];
const CODE_ALIASES: Record<string, string> = { UK: 'GB', USA: 'US', UE: 'EU', UAE: 'AE', PRC: 'CN', BRD: 'DE' };

interface Term {
  text: string;
  code: string;
  entityHint: boolean;
  cjk: boolean;
}

const isCjk = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

function collectTerms(): Term[] {
  const terms: Term[] = [];
  const add = (text: string, code: string, entityHint = false): void => {
    terms.push({ text, code, entityHint, cjk: isCjk(text) });
  };
  for (const c of COUNTRIES) {
    const words = countryWords(c);
    for (const n of [...words.latin, ...words.cjk]) {
      if (/^[A-Z]{2,3}$/.test(n)) continue; // codes are matched case-sensitively
      add(n, c.code);
    }
  }
  for (const [code, cities] of Object.entries(EU_CITIES)) for (const city of cities) add(city, code);
  for (const [code, cities] of Object.entries(CITIES)) for (const city of cities) add(city, code, true);
  for (const e of EUROPE) add(e, 'EU');
  return terms;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TERMS = collectTerms();
const BY_TEXT = new Map<string, Term>();
// Later entries (cities) win over plain names so "香港" keeps its entity hint.
for (const t of TERMS) BY_TEXT.set(t.text.toLowerCase(), t);

const sorted = [...BY_TEXT.values()].sort((a, b) => b.text.length - a.text.length);
// One boundary check around one alternation: V8 runs this far faster than a lookbehind inside every alternative.
const LATIN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${sorted.filter((t) => !t.cjk).map((t) => escape(t.text)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
const CJK_RE = new RegExp(sorted.filter((t) => t.cjk).map((t) => escape(t.text)).join('|'), 'gu');
const CODES_RE = new RegExp(`(?<![A-Za-z0-9])(${CODES.join('|')})(?![A-Za-z0-9])`, 'g');

/** Non-overlapping mentions in text order; the longest match wins where two overlap. */
export function findCountryMentions(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  for (const m of [...text.matchAll(LATIN_RE), ...(/[\u3400-\u9fff]/.test(text) ? text.matchAll(CJK_RE) : [])]) {
    const term = BY_TEXT.get(m[0].toLowerCase());
    if (!term) continue;
    found.push({ code: term.code, start: m.index, end: m.index + m[0].length, text: m[0], entityHint: term.entityHint });
  }
  for (const m of text.matchAll(CODES_RE)) {
    const code = CODE_ALIASES[m[1]] ?? m[1];
    found.push({ code, start: m.index, end: m.index + m[0].length, text: m[0], entityHint: false });
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: CountryMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
