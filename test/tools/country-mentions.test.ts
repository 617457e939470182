// Towns and regions sellers name instead of a country, in six languages and in Chinese, and words that only look
// like places.
import { describe, expect, it } from 'vitest';
import { findCountryMentions } from '../../src/tools/country-mentions.js';

const codes = (text: string): string[] => findCountryMentions(text).map((m) => m.code);

describe('warehouse towns and regions', () => {
  it.each([
    ['DE', ['Duisburg', 'Garbsen', 'Hannover', 'Nürnberg', 'Bad Hersfeld', 'NRW', 'Niedersachsen', '杜伊斯堡', '汉诺威', '萊比錫', 'Duisbourg', 'Leipzig']],
    ['FR', ['Lyon', 'Aubagne', 'Roubaix', 'Valenciennes', 'Vénissieux', 'Hauts-de-France', '里昂', '馬賽', 'Lione', 'Marsella']],
    ['IT', ['Milano', 'Milan', 'Mailand', 'Piacenza', 'Castel San Giovanni', 'Lombardia', '米蘭', '米兰', 'Milán', 'Bologna']],
    ['ES', ['Barcelona', 'Barcellona', 'Valencia', 'Getafe', 'Alicante', 'Málaga', 'Zaragoza', '马德里', '瓦倫西亞', '巴塞隆納', 'Saragosse']],
    ['NL', ['Venlo', 'Rotterdam', '鹿特丹']],
    ['PL', ['Poznań', 'Wrocław', '华沙']],
    ['GB', ['London', 'Milton Keynes', '曼彻斯特']],
  ])('%s', (code, places) => {
    for (const place of places) expect(codes(`stock in ${place} now`), place).toEqual([code]);
  });
});

describe('company cities and provinces', () => {
  it.each([
    ['CN', ['深圳', '義烏', '浙江', '廣東', '东莞', '廈門', 'Yiwu', 'Xiamen', 'Cantón', 'Shenzhen']],
    ['HK', ['九龍', 'Kowloon', 'Hong Kong']],
    ['US', ['Delaware', '德拉瓦州', '特拉华']],
  ])('%s', (code, places) => {
    for (const place of places) {
      const found = findCountryMentions(`公司在 ${place} 注册`);
      expect(found.map((m) => m.code), place).toEqual([code]);
      expect(found[0]!.entityHint, place).toBe(true);
    }
  });
});

describe('boundaries', () => {
  it('reads Latin names glued to Chinese', () => {
    expect(codes('我们是Shenzhen company，stock已经在Spain的warehouse了')).toEqual(['CN', 'ES']);
  });

  it('marks towns as places and countries as not', () => {
    expect(findCountryMentions('Lyon in Frankreich').map((m) => m.place)).toEqual([true, false]);
  });

  it.each([
    ['ça marche pour nous', []],
    ['Wir kamen gestern an', []],
    ['Essen und Halle', []],
    ['como podemos entrar', []],
    ['un prato verde', []],
    ['在平台中卖', []],
    ['Prato', ['IT']],
    ['S.r.l. di Prato', ['IT']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});
