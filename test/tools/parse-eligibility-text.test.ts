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
  ])('%s', (text, facts) => {
    expect(parseEligibilityText(text).facts).toEqual(facts);
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
