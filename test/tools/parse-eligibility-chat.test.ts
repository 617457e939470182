// Chat messages the way sellers write them, in six languages and mixed zh/en: warehouses named by town or region,
// companies by city or legal form, VAT named vaguely or by its national name, negation before and after. Each line
// pins the parsed facts and the verdict the rules give for them.
import { describe, expect, it } from 'vitest';
import type { EligibilityInput } from '../../src/tools/eligibility-schema.js';
import { checkEligibility, parseEligibilityText } from '../../src/tools/index.js';
import { loadRealRules } from './rules-dir.js';

const rules = await loadRealRules();

type Verdict = 'eligible' | 'ineligible' | 'incomplete' | 'uncertain';
type Row = [text: string, facts: EligibilityInput, verdict: Verdict];

const ZH: Row[] = [
  // A VAT ID named right after Han characters ("税号P.IVA").
  ['香港贸易公司，货在米兰的合作仓，意大利税号P.IVA也齐', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }, 'eligible'],
  ['我们是温州的公司，货放在杜塞尔多夫的第三方仓，德国VAT已经下来了，能做本托吗', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  ['營業執照在廣東佛山，貨在巴塞隆納的倉庫，西班牙VAT也辦好了', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
  ['香港註冊的公司，庫存全在國內，沒有歐洲倉', { entityCountry: 'HK', hasEuStock: false }, 'ineligible'],
  ['公司是在英国注册的，货在里昂仓库，有法国VAT', { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'ineligible'],
  ['深圳主体，米兰那边有个海外仓，压了两千件货，VAT还没办', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT', vatCountries: [] }, 'ineligible'],
  ['我们是东莞工厂，货还在国内，VAT号也没有', { entityCountry: 'CN', hasEuStock: false, vatCountries: [] }, 'ineligible'],
  ['泉州的卖家，货在鹿特丹的仓，荷兰VAT有', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'NL', vatCountries: ['NL'] }, 'uncertain'],
  ['宁波公司，法国仓有500箱库存，VAT只有德国的', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['DE'] }, 'ineligible'],
  // "目前" between VAT and its country; "还是一定要法国的VAT" asks about the rule, it does not state French VAT.
  ['青岛公司 货在法国马赛的仓 VAT目前只注册了德国的 法国的还没办 能做本托吗 还是一定要法国的VAT', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['DE'] }, 'ineligible'],
  // "VAT也有" names no country: the VAT country stays unknown and the checker asks for it.
  ['厦门公司，VAT也有，货在瓦伦西亚的仓', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES' }, 'incomplete'],
  // A registration under way is not a registration.
  ['杭州公司，德国仓，德国VAT在办', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: [] }, 'ineligible'],
  ['沒有歐洲倉 貨都在義烏 公司在金華 有法國VAT號', { entityCountry: 'CN', hasEuStock: false, vatCountries: ['FR'] }, 'ineligible'],
  ['我司注册地在深圳，目前在德国有自己的仓库，德国税号有的', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  ['货已经发到法国海外仓了，公司是香港的，法国VAT正在申请中', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'FR', vatCountries: [] }, 'ineligible'],
  ['我们没有任何欧洲的VAT，货在意大利仓', { hasEuStock: true, warehouseCountry: 'IT', vatCountries: [] }, 'ineligible'],
  ['公司在香港，货在英国仓，英国VAT有', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'GB', vatCountries: ['GB'] }, 'ineligible'],
  // A warehouse outside Europe is shown as the warehouse; stock at home is not a warehouse to check.
  ['大陆公司，目前货在美国仓，没欧洲仓', { entityCountry: 'CN', hasEuStock: false, warehouseCountry: 'US' }, 'ineligible'],
  ['我们是台湾公司，货在西班牙', { entityCountry: 'TW', hasEuStock: true, warehouseCountry: 'ES' }, 'ineligible'],
  ['我们是深圳的，德国有仓，VAT是德国的', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  // "两国VAT都有" points back without naming a country: left unknown, and asked.
  ['深圳的公司，海外仓在德国和法国，两国VAT都有', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE' }, 'incomplete'],
  ['本人香港公司，貨已入法國倉，法國稅號已註冊', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
  ['各位好，小弟是做美妝的，公司開在深圳，在西班牙馬德里有海外倉，大概放了1500件，西班牙VAT去年辦好了', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
  ['我们主体是香港的 货在杜伊斯堡 VAT德国的有', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  ['国内公司，仓在法兰克福，但VAT只办了法国的', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['FR'] }, 'ineligible'],
  ['货还没发出去，都在工厂，公司在佛山', { entityCountry: 'CN', hasEuStock: false }, 'ineligible'],
  ['我们在巴塞罗那有个自营仓，西班牙税号有，公司是福建泉州的', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
  ['美国公司，货在西班牙，西班牙VAT有', { entityCountry: 'US', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'ineligible'],
];

const MIX: Row[] = [
  ['我们是Ningbo的company，货在Hamburg的warehouse，有German VAT', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  ['HK公司，stock都在Milano的3PL，Italian VAT搞定了', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }, 'eligible'],
  ['Shenzhen公司 货还在国内 no VAT yet', { entityCountry: 'CN', hasEuStock: false, vatCountries: [] }, 'ineligible'],
  ['stock在Duisburg，公司HK的，VAT德国的已经有了', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
];

const EN: Row[] = [
  ['Shenzhen company, goods in a Lyon warehouse, and say we did not have the French VAT', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: [] }, 'ineligible'],
  // "just" holds no German "USt".
  ['Just a HK company so far, no VAT number at all, goods in a Hamburg warehouse', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'DE', vatCountries: [] }, 'ineligible'],
  ["We're a Fuzhou-based trading firm, 900 units sitting with a 3PL in Venlo, Dutch VAT done", { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'NL', vatCountries: ['NL'] }, 'uncertain'],
  ['Our company is registered in Delaware, stock in a Leipzig warehouse, German VAT', { entityCountry: 'US', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'ineligible'],
  ['HK Ltd here, no EU stock yet, everything still in our Shenzhen factory', { entityCountry: 'HK', hasEuStock: false }, 'ineligible'],
  ['Small Hangzhou e-commerce company, goods at a fulfilment partner near Lyon, VAT registered in France', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
  ["We're a UK Ltd with a warehouse in Milton Keynes and UK VAT", { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'GB', vatCountries: ['GB'] }, 'ineligible'],
  ['Chinese seller, 2,000 pcs in Barcelona, no Spanish VAT yet', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: [] }, 'ineligible'],
  ["Mainland company, our stock hasn't left China, no VAT", { entityCountry: 'CN', hasEuStock: false, vatCountries: [] }, 'ineligible'],
  ['Shenzhen company, warehouse in Madrid, Spanish VAT pending', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: [] }, 'ineligible'],
  ['We have stock in Poznań and Polish VAT, company is in Shanghai', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'PL', vatCountries: ['PL'] }, 'uncertain'],
  ["Stock in Dublin, Irish VAT, we're a Guangzhou firm", { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IE', vatCountries: ['IE'] }, 'uncertain'],
  ["We're HK-registered, inventory is at our partner's warehouse in Rotterdam, no NL VAT", { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'NL', vatCountries: [] }, 'ineligible'],
  ["Company's in Shenzhen, goods are in Germany, got DE VAT", { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  ["We're based in Guangzhou with no stock in the EU", { entityCountry: 'CN', hasEuStock: false }, 'ineligible'],
  ['Our goods are in an FBA warehouse in Germany, we also have a French VAT', { hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['FR'] }, 'ineligible'],
  ['We sell from Shenzhen, no warehouse abroad, VAT none', { entityCountry: 'CN', hasEuStock: false, vatCountries: [] }, 'ineligible'],
  ['We are a Ningbo company. Our goods are stored in Marseille. We have French VAT.', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
  ['Hong Kong Ltd, pallets at a 3PL outside Madrid, we registered for VAT in Spain last year', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
  ['Guangzhou-based, stock still at our factory, got a German VAT number though', { entityCountry: 'CN', hasEuStock: false, vatCountries: ['DE'] }, 'ineligible'],
  ['our entity is in mainland China and the inventory is in Italy (Milan area), IT VAT yes', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }, 'eligible'],
  ['our stock is in Germany but we dont have VAT there', { hasEuStock: true, warehouseCountry: 'DE', vatCountries: [] }, 'ineligible'],
];

const DE: Row[] = [
  ['GmbH aus Essen-Kray, Ware im eigenen Lager in Bochum. Eine USt-IdNr. haben wir keine', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'DE', vatCountries: [] }, 'ineligible'],
  ['Wir sind eine GmbH aus Stuttgart, Ware liegt bei einem Logistiker in Bremen, USt-IdNr. ist vorhanden', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  ['Kleine UG aus Leipzig, noch kein Lager in der EU, USt-IdNr. beantragt', { entityCountry: 'DE', hasEuStock: false }, 'ineligible'],
  ['Wir sind ein Shop aus Yiwu, die Ware steht in einem Fulfillment-Center in Polen, polnische USt-ID haben wir', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'PL', vatCountries: ['PL'] }, 'uncertain'],
  ['Firma mit Sitz in Hongkong, Lagerbestand in Frankfurt am Main, deutsche Umsatzsteuer-ID vorhanden', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  ['Wir sind Kleinunternehmer aus Hamburg ohne USt-IdNr., Ware im eigenen Lager in Hamburg', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'DE', vatCountries: [] }, 'ineligible'],
  ['Unsere Ware ist noch in China, wir sind eine GmbH', { entityCountry: 'DE', hasEuStock: false }, 'ineligible'],
  ['Das Lager ist in Venlo (Niederlande), wir haben aber nur eine deutsche USt-IdNr., GmbH aus Düsseldorf', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'NL', vatCountries: ['DE'] }, 'ineligible'],
  ['Gesellschaft aus Shenzhen, Ware lagert in Mailand, italienische USt fehlt noch', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT', vatCountries: [] }, 'ineligible'],
  ['Wir haben keine Ware in Europa, Firma in Guangzhou', { entityCountry: 'CN', hasEuStock: false }, 'ineligible'],
  ['Unser Unternehmen sitzt in Shenzhen, die Ware lagert bereits in Polen, eine polnische USt haben wir', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'PL', vatCountries: ['PL'] }, 'uncertain'],
  ['Wir sind in Hongkong registriert und haben Ware in einem Lager bei München', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'DE' }, 'incomplete'],
  // The negation after the phrase, as German puts it.
  ['Wir verkaufen aus China, ein Lager in Europa haben wir nicht', { hasEuStock: false }, 'ineligible'],
  ['Wir sind eine chinesische Firma, die Ware liegt bei einem 3PL in Hamburg, deutsche USt-IdNr. vorhanden', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  ['GmbH aus Berlin, Lager in Spanien bei Valencia, spanische Umsatzsteuer-ID haben wir auch', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
  ['Ware in Polen, keine polnische USt, Firma aus Shenzhen', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'PL', vatCountries: [] }, 'ineligible'],
];

const FR: Row[] = [
  ['Nous sommes une SAS basée à Nantes, le stock est chez un logisticien à Orléans, TVA FR ok', { entityCountry: 'FR', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
  ['Boîte de Shenzhen, 1 500 pièces dans un entrepôt à Marseille, pas encore de TVA française', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: [] }, 'ineligible'],
  ['Société immatriculée à Hong Kong, marchandise dans un entrepôt près de Lille, numéro de TVA intracommunautaire français', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
  ['On est une EURL à Bordeaux mais tout notre stock est encore en Chine', { entityCountry: 'FR', hasEuStock: false }, 'ineligible'],
  ["Entreprise chinoise, pas d'entrepôt en Europe, pas de TVA", { entityCountry: 'CN', hasEuStock: false, vatCountries: [] }, 'ineligible'],
  ['Nous sommes une SA belge, stock à Anvers, TVA belge', { entityCountry: 'BE', hasEuStock: true, warehouseCountry: 'BE', vatCountries: ['BE'] }, 'ineligible'],
  ['Notre société est à Ningbo, stock en Allemagne à Duisbourg, TVA allemande', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'eligible'],
  ['Auto-entrepreneur à Toulouse, entrepôt à Toulouse, TVA française', { entityCountry: 'FR', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
  ['Société de Xiamen, le stock reste chez nous en Chine, mais on a un numéro de TVA espagnol', { entityCountry: 'CN', hasEuStock: false, vatCountries: ['ES'] }, 'ineligible'],
  ['On est basés à Shenzhen, notre stock est déjà dans un entrepôt en Espagne, on a la TVA espagnole', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
  ['Notre boîte est immatriculée en Chine, la marchandise est stockée à Madrid', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES' }, 'incomplete'],
  ['Nous vendons depuis la Chine, nous n’avons pas de stock en Europe', { hasEuStock: false }, 'ineligible'],
  ['Nous sommes une société chinoise avec un entrepôt à Lyon et un numéro de TVA français', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
  ['SASU à Paris, marchandises stockées à Roissy, TVA intracommunautaire FR', { entityCountry: 'FR', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
];

const IT: Row[] = [
  ['Siamo una S.r.l. di Verona, la merce sta in un magazzino a Piacenza, P.IVA attiva', { entityCountry: 'IT', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }, 'eligible'],
  ['Azienda di Hangzhou, circa 3.000 pezzi in un deposito vicino a Bologna, IVA italiana', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }, 'eligible'],
  ['Società di Hong Kong, merce ancora in Cina, senza partita IVA', { entityCountry: 'HK', hasEuStock: false, vatCountries: [] }, 'ineligible'],
  ['srl di Napoli ma il magazzino è a Barcellona e abbiamo solo la partita IVA', { entityCountry: 'IT', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['IT'] }, 'ineligible'],
  ['Ditta individuale di Prato, merce nel magazzino di Prato, partita IVA italiana', { entityCountry: 'IT', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }, 'eligible'],
  ["Siamo un'azienda cinese senza magazzino in Europa", { entityCountry: 'CN', hasEuStock: false }, 'ineligible'],
  ['Azienda di Shanghai, magazzino a Lione, IVA francese ancora non registrata', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: [] }, 'ineligible'],
  ['Siamo una S.p.A., stock a Milano, IVA tedesca soltanto', { entityCountry: 'IT', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['DE'] }, 'ineligible'],
  ['La nostra azienda ha sede a Shenzhen, abbiamo la merce stoccata in un magazzino di Amazon a Milano', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT' }, 'incomplete'],
  ['Siamo a Hong Kong, la merce è già a Verona, niente IVA per ora', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'IT', vatCountries: [] }, 'ineligible'],
  ['Società cinese, merce in un magazzino a Milano, partita IVA italiana aperta', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }, 'eligible'],
  ['srl di Torino, magazzino in Germania, IVA solo italiana', { entityCountry: 'IT', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['IT'] }, 'ineligible'],
];

const ES: Row[] = [
  // A what-if in the subjunctive: no VAT registration.
  ['Empresa de Hong Kong, almacén en Lyon, y todavía no tuviéramos el IVA francés', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'FR', vatCountries: [] }, 'ineligible'],
  ['Somos una S.L. de Valencia, el stock está en un almacén de Paterna, tenemos NIF-IVA', { entityCountry: 'ES', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
  ['Empresa de Shenzhen con 800 cajas en un almacén en Getafe, IVA español dado de alta', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
  ['Somos autónomos en Málaga, almacén propio en Málaga, sin IVA intracomunitario', { entityCountry: 'ES', hasEuStock: true, warehouseCountry: 'ES', vatCountries: [] }, 'ineligible'],
  ['Empresa hongkonesa, mercancía todavía en China, sin almacén en Europa', { entityCountry: 'HK', hasEuStock: false }, 'ineligible'],
  ['Somos una sociedad registrada en Reino Unido, almacén en Madrid, IVA español', { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'ineligible'],
  ['Empresa china, stock en un almacén de Lisboa, IVA portugués', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'PT', vatCountries: ['PT'] }, 'uncertain'],
  ['Tenemos una SL en Barcelona y la mercancía sigue en Shenzhen', { entityCountry: 'ES', hasEuStock: false }, 'ineligible'],
  ['Empresa de Cantón, el almacén está en Zaragoza pero el IVA español aún no lo tenemos', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: [] }, 'ineligible'],
  ['Nuestra empresa está registrada en Hong Kong, la mercancía ya está en el almacén de Madrid, tenemos el IVA en trámite', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'ES', vatCountries: [] }, 'ineligible'],
  ['Estamos en Shenzhen y aún no tenemos stock en Europa', { entityCountry: 'CN', hasEuStock: false }, 'ineligible'],
  ['Empresa de Hong Kong, almacén en Barcelona, tenemos NIF-IVA', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
  ['Somos de Madrid, S.L., stock en Madrid, IVA español', { entityCountry: 'ES', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }, 'eligible'],
];

describe.each([
  ['zh', ZH],
  ['zh/en', MIX],
  ['en', EN],
  ['de', DE],
  ['fr', FR],
  ['it', IT],
  ['es', ES],
] as const)('chat messages in %s', (_lang, rows) => {
  it.each(rows)('%s', (text, facts, verdict) => {
    const parsed = parseEligibilityText(text);
    expect(parsed.facts).toEqual(facts);
    expect(checkEligibility(parsed.facts, rules).verdict).toBe(verdict);
  });
});

describe('questions about the rules state no facts', () => {
  it.each([
    'Welche USt-IdNr. brauchen wir für Local Hosting?',
    'Serve la partita IVA per vendere in Italia?',
    'does our inventory have to be in Europe before we apply?',
    'is FBT available in Spain yet?',
    'how are FBA fees calculated in the UK?',
    'FBT欧洲哪些国家可以用',
    '欧洲买家退货要几天',
    'different topic: standard VAT in Spain?',
    '¿y cuál es el IVA general en Francia?',
    '意大利VAT税率是多少',
  ])('%s', (text) => {
    expect(parseEligibilityText(text).facts).toEqual({});
  });
});

describe('a warehouse in a town the tables do not know', () => {
  it.each([
    ['Bonjour, SARL à Marseille, stock dans notre entrepôt à Aix, n° de TVA intracom FR ok.', 'Aix', 'FR', 'eligible'],
    ['SAS lyonnaise, stock dans un entrepôt logistique à Villefranche-sur-Saône, TVA FR en règle.', 'Villefranche-sur-Saône', 'FR', 'eligible'],
    ['Wir sind eine GmbH, Lager in Billbrook, USt-IdNr. vorhanden.', 'Billbrook', 'DE', 'eligible'],
    ['Shenzhen company, stock in a warehouse near Sint-Niklaas, only German VAT', 'Sint-Niklaas', 'DE', 'eligible'],
  ] as const)('%s → taken to be in %s, named as a guess', (text, place, country, verdict) => {
    const parsed = parseEligibilityText(text);
    expect(parsed.warehouseGuess).toEqual({ place, country });
    expect(checkEligibility(parsed.facts, rules).verdict).toBe(verdict);
  });

  it.each([
    // No single European country to fall back on: the warehouse stays unknown and is asked for.
    'Shenzhen company, stock in a warehouse in Tilbury, German and French VAT',
    'Hong Kong company with a warehouse in Poissy',
    // Not a place: a month, Europe.
    'GmbH, Lager in Europa haben wir keins, USt-IdNr. vorhanden',
  ])('%s → no guess', (text) => {
    expect(parseEligibilityText(text).warehouseGuess).toBeUndefined();
  });
});

describe('phrasings read since set G', () => {
  it.each([
    // The company that will apply is not chosen yet: asked for, not taken from the team's city.
    ['团队在厦门。货在法国马赛的海外仓，法国VAT也办好了。问题是用哪个公司去申请我们还没定', { hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'incomplete'],
    ["Shenzhen team, stock in Lyon, French VAT, but we haven't decided which entity applies.", { hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'incomplete'],
    // "ist aber noch komplett in China": words between the goods and the place.
    ['Unsere Firma sitzt in Yiwu, die Ware ist aber noch komplett in China.', { entityCountry: 'CN', hasEuStock: false }, 'ineligible'],
    ['la marchandise est toujours en Chine, société à Shenzhen', { entityCountry: 'CN', hasEuStock: false }, 'ineligible'],
    // Words between VAT and its country; a country's VAT left out without 的.
    ['深圳公司，货在德国仓，VAT其实只注册了法国的，德国还没有', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['FR'] }, 'ineligible'],
    ['HK company，货在德国仓，VAT 我们只有 Italy 的，德国还没注册', { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['IT'] }, 'ineligible'],
    // A VAT the seller is not sure about is not known; one "一直拖着没去办" is not there.
    ["Shanghai company, stock in a warehouse in Lyon. I don't know whether the agency registered us for French VAT.", { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR' }, 'incomplete'],
    ['宁波公司，货在里昂的海外仓，只有德国的VAT号，法国VAT一直拖着没去办', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['DE'] }, 'ineligible'],
    ['Empresa de Shanghái con stock en un almacén en Valencia. Solo tenemos número de IVA de Francia.', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['FR'] }, 'ineligible'],
    // A warehouse "on site" is where the company is.
    ['SAS basée à Lyon avec notre propre entrepôt sur place, TVA française', { entityCountry: 'FR', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
    // "ne … que" restricts ("only a French VAT"), it does not negate.
    ["SAS à Lyon, stock dans un entrepôt à Milan, on n'a qu'une TVA française.", { entityCountry: 'FR', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['FR'] }, 'ineligible'],
    ["Société à Shenzhen, entrepôt en France, nous n'avons que la TVA française", { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, 'eligible'],
    // An English-law form with the country's adjective after it.
    ['siamo una Ltd inglese, magazzino a Monaco di Baviera e partita IVA tedesca', { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'ineligible'],
    ['Die Firma sitzt in der Schweiz, das Lager ist in Köln, USt-IdNr. für Deutschland haben wir', { entityCountry: 'CH', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'ineligible'],
    // VAT countries written together or with "+"; national VAT words; a VAT under way or denied after its country.
    ['东莞工厂，货在德国仓，VAT德国法国都有', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE', 'FR'] }, 'eligible'],
    ['company: Xiamen. stock: Germany (Frankfurt). VAT: DE + IT', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE', 'IT'] }, 'eligible'],
    ['Wir sind eine GmbH aus München, Lager in Salzburg, österreichische UID', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'AT', vatCountries: ['AT'] }, 'uncertain'],
    ['Empresa de Shanghái, almacén en Madrid, IVA español pendiente', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: [] }, 'ineligible'],
    ['SL de Málaga, almacén en Italia, IVA italiano no, solo español', { entityCountry: 'ES', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['ES'] }, 'ineligible'],
    ["Shanghai company, stock in Italy, VAT in Germany only, we're registering Italian VAT now", { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['DE'] }, 'ineligible'],
    ['Our company is Swiss, warehouse in Germany, German VAT', { entityCountry: 'CH', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'ineligible'],
    ['US-Firma (LLC), Lager in Nürnberg, deutsche USt-IdNr.', { entityCountry: 'US', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, 'ineligible'],
  ] as const)('%s', (text, facts, verdict) => {
    const parsed = parseEligibilityText(text);
    expect(parsed.facts).toEqual(facts);
    expect(checkEligibility(parsed.facts, rules).verdict).toBe(verdict);
  });
});
