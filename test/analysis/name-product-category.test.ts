import { describe, expect, it } from 'vitest';
import { nameProductCategory, readAsCategory } from '../../src/analysis/name-product-category.js';

describe('nameProductCategory: products named for their category', () => {
  it.each([
    ['我们卖蓝牙耳机和充电宝', 'electronics'],
    ['we sell phone cases and chargers', 'electronics'],
    ['wir verkaufen Kopfhörer und Ladekabel', 'electronics'],
    ['on vend des écouteurs', 'electronics'],
    ['vendiamo cuffie e caricabatterie', 'electronics'],
    ['vendemos cargadores y cables', 'electronics'],
    ['anything extra if I sell electrical stuff there?', 'electronics'],
    ['我们卖小电器', 'electronics'],
    // The category named already, or no electronics at all.
    ['we sell consumer electronics', undefined],
    ['wir verkaufen Jacken und Schuhe', undefined],
    ['nous vendons du thé', undefined],
  ])('%s', (text, category) => {
    expect(nameProductCategory(text)).toBe(category);
  });

  it('reads the products as the category', () => {
    expect(readAsCategory('nous vendons des écouteurs bluetooth, commission ?', 'électronique')).toBe('nous vendons des électronique, commission ?');
  });
});
