import { describe, expect, it } from 'vitest';
import { parseEligibilityText } from '../../src/tools/index.js';

describe('parseEligibilityText', () => {
  it.each([
    [
      "We're a Shenzhen company with stock in a German warehouse and German VAT, can we join?",
      { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] },
    ],
    ['我们是深圳公司，货在德国海外仓，有德国VAT，能入驻本地托管吗？', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }],
    ['我们是深圳公司，货在意大利仓，有意大利VAT，能做本地托管吗？', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }],
    ['香港公司，货还在国内，没有VAT', { entityCountry: 'HK', hasEuStock: false, vatCountries: [] }],
    ['义乌的卖家，海外仓在西班牙，VAT号在德国', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['DE'] }],
    ['杭州公司，德国和法国都有VAT，货在法国仓', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['DE', 'FR'] }],
    ['大陆主体，欧洲有货，还没有VAT', { entityCountry: 'CN', hasEuStock: true, vatCountries: [] }],
    ['英国公司，英国仓，有英国VAT', { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'GB', vatCountries: ['GB'] }],
    ['UK company, stock in a UK warehouse, UK VAT', { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'GB', vatCountries: ['GB'] }],
    ['London-based seller, warehouse in Switzerland, no VAT', { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'CH', vatCountries: [] }],
    [
      'We are registered in Hong Kong, our stock is in Poland and we have German and Polish VAT',
      { entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'PL', vatCountries: ['DE', 'PL'] },
    ],
    ['Chinese company, stock in China, no VAT yet', { entityCountry: 'CN', hasEuStock: false, vatCountries: [] }],
    ['US company with EU stock in a Dutch 3PL, Dutch VAT', { entityCountry: 'US', hasEuStock: true, warehouseCountry: 'NL', vatCountries: ['NL'] }],
    ['We are a mainland China company, VAT registered in Italy', { entityCountry: 'CN', vatCountries: ['IT'] }],
    ['Deutsche GmbH mit Lager in Deutschland und deutscher USt', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }],
    ['société française, entrepôt en France, pas de TVA', { entityCountry: 'FR', hasEuStock: true, warehouseCountry: 'FR', vatCountries: [] }],
    ['azienda italiana con magazzino in Italia e IVA italiana', { entityCountry: 'IT', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }],
    ['empresa española, almacén en España', { entityCountry: 'ES', hasEuStock: true, warehouseCountry: 'ES' }],
    // Legal forms, warehouse cities, and stock that has not left China yet.
    ['Polish Sp. z o.o. with a warehouse near Warsaw', { entityCountry: 'PL', hasEuStock: true, warehouseCountry: 'PL' }],
    ['Italian SpA, our inventory sits in Milan, Italian IVA', { entityCountry: 'IT', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }],
    ['Dongguan factory, French VAT, but our goods are still in China', { entityCountry: 'CN', hasEuStock: false, vatCountries: ['FR'] }],
    ['我们是宁波公司，货在汉堡的仓库，有德国VAT', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }],
    // A subsidiary is the applying company; a negation after the stock phrase ("…haben wir keins").
    ['Unsere polnische Tochterfirma hätte ein Lager in Frankreich', { entityCountry: 'PL', hasEuStock: true, warehouseCountry: 'FR' }],
    ['notre filiale belge, entrepôt en France', { entityCountry: 'BE', hasEuStock: true, warehouseCountry: 'FR' }],
    ['GmbH aus Köln, Lager in der EU haben wir noch keins', { entityCountry: 'DE', hasEuStock: false }],
    // A VAT registration "still the German one"; a Swiss seat by its city beside an ambiguous legal form.
    ['Shenzhen company, stock in a Barcelona 3PL, our only VAT registration is still the German one', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['DE'] }],
    ['SA con sede a Lugano, magazzino a Como, P.IVA italiana', { entityCountry: 'CH', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }],
    // A company noun before the country it comes from, in German and Italian.
    ['Wir sind eine Ltd. aus UK mit Lager in Frankreich', { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'FR' }],
    ['una LLC degli Stati Uniti con magazzino a Milano', { entityCountry: 'US', hasEuStock: true, warehouseCountry: 'IT' }],
    ['what if our VAT was only French, stock still in Germany?', { vatCountries: ['FR'], hasEuStock: true, warehouseCountry: 'DE' }],
  ])('%s', (text, facts) => {
    expect(parseEligibilityText(text).facts).toEqual(facts);
  });

  it.each([
    // Negation and absence in six languages.
    ['香港公司，货都在国内工厂，没有欧洲仓库，可以入驻本地托管吗？', { entityCountry: 'HK', hasEuStock: false }],
    ['香港公司，沒有歐洲倉庫', { entityCountry: 'HK', hasEuStock: false }],
    ['Chinese company, no stock in Europe, no VAT', { entityCountry: 'CN', hasEuStock: false, vatCountries: [] }],
    ['Our goods are not in Europe yet, we are a Hong Kong company', { entityCountry: 'HK', hasEuStock: false }],
    ['HK company, we ship from China, no EU VAT', { entityCountry: 'HK', hasEuStock: false, vatCountries: [] }],
    ['Wir sind eine GmbH, haben aber kein Lager in der EU und keine USt-IdNr.', { entityCountry: 'DE', hasEuStock: false, vatCountries: [] }],
    ['Nous sommes une SARL, nous n’avons pas d’entrepôt en Europe', { entityCountry: 'FR', hasEuStock: false }],
    ['Siamo una S.r.l., la merce è ancora in Cina, senza partita IVA', { entityCountry: 'IT', hasEuStock: false, vatCountries: [] }],
    ['Somos una S.L., no tenemos almacén en Europa, sin IVA', { entityCountry: 'ES', hasEuStock: false, vatCountries: [] }],
    ['La mercancía no está en Europa todavía, somos una empresa china', { entityCountry: 'CN', hasEuStock: false }],
    // A negated country is not a fact about that country, and the clause after it stands on its own.
    ['货不在德国，在法国仓，有法国VAT，深圳公司', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }],
    ['没有德国VAT，深圳公司，货在德国仓', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: [] }],
    ['We do not have any stock in Germany yet, our company is in Shenzhen', { entityCountry: 'CN' }],
    // "Registered in" a country the list does not hold is a stated entity, checked (and refused), not "not stated".
    [
      'Our company is registered in the UK, stock is in a French warehouse and we have French VAT. Can we join local hosting?',
      { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] },
    ],
    ['our company is registered in Kenya, stock in Germany, German VAT', { entityCountry: 'ZZ', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }],
    ['Unternehmen mit Sitz in der Schweiz, Lager in Deutschland', { entityCountry: 'CH', hasEuStock: true, warehouseCountry: 'DE' }],
    ['société immatriculée au Royaume-Uni, entrepôt en France', { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'FR' }],
    ['azienda con sede in Svizzera, magazzino in Italia', { entityCountry: 'CH', hasEuStock: true, warehouseCountry: 'IT' }],
    ['empresa registrada en Estados Unidos, almacén en España', { entityCountry: 'US', hasEuStock: true, warehouseCountry: 'ES' }],
    // Noun before adjective does not carry a country across a comma.
    ['azienda tedesca, magazzino in Spagna, IVA spagnola', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] }],
    ['empresa alemana, almacén en Italia, IVA italiana', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }],
    ['société allemande, entrepôt aux Pays-Bas, TVA néerlandaise', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'NL', vatCountries: ['NL'] }],
    ['东莞公司, 德国FBA压着一批货, VAT只有德国的, 能不能报名本托？', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }],
    // A VAT number names its country.
    ['VAT number DE123456789, German company, stock in Germany', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }],
    ['P.IVA IT12345678901, S.r.l., magazzino in Italia', { entityCountry: 'IT', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['IT'] }],
  ])('negation, registration and clauses: %s', (text, facts) => {
    expect(parseEligibilityText(text).facts).toEqual(facts);
  });

  it.each([
    ['没有德国VAT，深圳公司，货在德国仓', [{ fact: 'vat', country: 'DE' }]],
    ['不是中国公司，是香港公司，货在德国仓', [{ fact: 'entity', country: 'CN' }]],
    ['We do not have any stock in Germany yet', [{ fact: 'stock', country: 'DE' }]],
  ])('reports what it read as negated: %s', (text, negated) => {
    expect(parseEligibilityText(text).negated).toMatchObject(negated);
  });

  it('an entity negated in one clause and stated in the next is the stated one', () => {
    expect(parseEligibilityText('不是中国公司，是香港公司，货在德国仓').facts.entityCountry).toBe('HK');
  });

  it.each([
    ['深圳公司，月销5000单，货在德国仓，有德国VAT，能入驻吗', ['5000单']],
    ['Shenzhen company with 3 warehouses, stock in Germany, German VAT, 20% margin', ['3', '20%']],
    ['VAT number DE123456789, German company, stock in Germany, launched 2026-01-16', []],
  ])('names back the numbers the check does not use: %s', (text, unread) => {
    expect(parseEligibilityText(text).unread).toEqual(unread);
  });

  it.each([
    ['VAT', `VAT${'只有'.repeat(60)}x`],
    ['company', `德国${'注册的'.repeat(60)}x`],
  ])('reads a long %s phrase in linear time', (_name, text) => {
    const started = performance.now();
    parseEligibilityText(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['Can a mainland China company apply for Local Hosting?', 1],
    ['本地托管需要什么条件', 0],
    ['Do I need German VAT if my warehouse is in Germany?', 1],
    ['香港公司可以申请吗', 1],
    ['What is Local Hosting?', 0],
    ["We're a Shenzhen company with stock in a German warehouse and German VAT, can we join?", 3],
    ['货在德国仓，有德国VAT，能入驻吗', 2],
  ])('counts the facts stated in %s: %i', (text, count) => {
    expect(parseEligibilityText(text).factCount).toBe(count);
  });
});

describe('warehouse regions and hubs', () => {
  it.each([
    ['GmbH aus Köln, Lager in NRW, deutsche USt-IdNr.', 'DE'],
    ['société lyonnaise, entrepôt en Île-de-France, TVA française', 'FR'],
    ['srl di Milano, magazzino in Lombardia, P.IVA italiana', 'IT'],
    ['S.L. de Madrid, almacén en Cataluña, IVA español', 'ES'],
  ])('%s → warehouse %s', (text, code) => {
    expect(parseEligibilityText(text).facts.warehouseCountry).toBe(code);
  });

  it('reads a national VAT ID stated before a Spanish question mark as that country\'s VAT', () => {
    // "¿" opens the question: the clause that states the USt-IdNr. ends before it.
    expect(parseEligibilityText('Somos una GmbH alemana, almacén en Hamburgo y tenemos USt-IdNr. ¿Podemos entrar en local hosting?').facts.vatCountries).toEqual(['DE']);
  });

  it('does not read everyday words as cities', () => {
    expect(parseEligibilityText('nice, we have stock and want to know more').facts.warehouseCountry).toBeUndefined();
  });
});

describe('stock still in China', () => {
  it.each([
    ['香港主体，货都还在国内工厂，没有海外仓，能报本地托管不', { entityCountry: 'HK', hasEuStock: false }],
    ['深圳公司，没有海外仓，货在国内', { entityCountry: 'CN', hasEuStock: false }],
    ['我是国内公司，货在德国仓', { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE' }],
    // A space ends a chat-Chinese clause: "还没往欧洲发过" negates the shipping, not the warehouse before it.
    ['我们宁波工厂 货全在国内仓 还没往欧洲发过', { entityCountry: 'CN', hasEuStock: false }],
    // The entity named by an adjective after the verb, or in mixed zh/en.
    ['la società è turca', { entityCountry: 'TR' }],
    ['la nostra società è in Turchia', { entityCountry: 'TR' }],
    // VAT not there yet, said after the VAT word.
    ['Lager in Hessen. Eine USt-IdNr. haben wir aber noch keine', { hasEuStock: true, warehouseCountry: 'DE', vatCountries: [] }],
    ["magazzino a Verona, la P.IVA non ce l'abbiamo ancora", { hasEuStock: true, warehouseCountry: 'IT', vatCountries: [] }],
    // A space in chat Chinese ends the clause a "不在" can reach.
    ['我们仓其实在葡萄牙 不在西班牙 VAT也是葡萄牙的', { hasEuStock: true, warehouseCountry: 'PT', vatCountries: ['PT'] }],
    // The VAT country after a relative clause.
    ['el IVA que tenemos es alemán, no español', { vatCountries: ['DE'] }],
    ["la TVA qu'on a est allemande", { vatCountries: ['DE'] }],
    // A full stop before a capital ends the clause a negation can reach back to.
    ["Stock dans un entrepôt à Liège, enregistré à la TVA belge. On n'a pas d'entrepôt en France.", { hasEuStock: true, warehouseCountry: 'BE', vatCountries: ['BE'] }],
    // Country words typed without their accents.
    ['Somos una SL, el stock esta en un almacen en Lisboa y tenemos IVA portugues', { entityCountry: 'ES', hasEuStock: true, warehouseCountry: 'PT', vatCountries: ['PT'] }],
    ['我们 company 在 Netherlands', { entityCountry: 'NL' }],
    // Stock moved: the country it leaves is no longer where it is; shipped from a warehouse, it is still there.
    ['那我们把货从德国仓调到法国仓呢', { hasEuStock: true, warehouseCountry: 'FR' }],
    ['what if we move the stock from the German warehouse to France', { hasEuStock: true, warehouseCountry: 'FR' }],
    ['und wenn wir die Ware von Deutschland nach Frankreich verlagern?', { hasEuStock: true, warehouseCountry: 'FR' }],
    ['¿y si movemos el stock del almacén de Alemania a Francia?', { hasEuStock: true, warehouseCountry: 'FR' }],
    ['we ship from our German warehouse to France', { hasEuStock: true, warehouseCountry: 'DE' }],
    // "abroad" is outside the seller's home: a German company's own German warehouse is stock in Europe.
    ['Firma in Köln (GmbH), Ware liegt in unserem eigenen Lager in Deutschland, USt-IdNr. haben wir. Kein Lager im Ausland.', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }],
    ['HK company, no stock abroad yet', { entityCountry: 'HK', hasEuStock: false }],
    // The company's own warehouse is where the company is.
    ['We are a GmbH in Munich with our own warehouse just outside the city and a German VAT ID', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }],
    // The founders' country is not the company's.
    ['We are a Polish sp. z o.o. (Chinese founders), warehouse in Poznań, Polish VAT', { entityCountry: 'PL', hasEuStock: true, warehouseCountry: 'PL', vatCountries: ['PL'] }],
    // Goods not shipped or stocked yet; shipping to customers is about orders, not stock.
    ['我们是宁波的工厂，货还没发，VAT也没有', { entityCountry: 'CN', hasEuStock: false, vatCountries: [] }],
    ['深圳公司，还没备货', { entityCountry: 'CN', hasEuStock: false }],
    ['货在德国仓，还没发货给客户', { warehouseCountry: 'DE', hasEuStock: true }],
    // A sister or parent company names the entity.
    ['we would apply through our HK sister company', { entityCountry: 'HK' }],
    // No warehouse at all (dropshipping), unless one is named with its country.
    ['S.L. en Madrid, trabajamos en dropshipping: sin almacén, todo sale de proveedores', { entityCountry: 'ES', hasEuStock: false }],
    ['我们没有仓库，都是工厂直发', { hasEuStock: false }],
    ['no warehouse in Spain but stock in a German 3PL', { hasEuStock: true, warehouseCountry: 'DE' }],
  ])('%s', (text, facts) => {
    expect(parseEligibilityText(text).facts).toEqual(facts);
  });
});

describe('VAT country after "also" and "we have"', () => {
  it.each([
    ['仓是在波兰的 税号也是波兰的', ['PL']],
    ['HK company, stock in a French 3PL, but the only VAT number we have is German', ['DE']],
  ])('%s', (text, vat) => {
    expect(parseEligibilityText(text).facts.vatCountries).toEqual(vat);
  });
});
