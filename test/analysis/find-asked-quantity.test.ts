import { describe, expect, it } from 'vitest';
import { findAskedQuantity, statesQuantity } from '../../src/analysis/find-asked-quantity.js';

describe('findAskedQuantity', () => {
  it('reads a service fee, an amount of money, a length of time and a contact', () => {
    expect(findAskedQuantity('本托的话平台仓储费一个月收多少')).toBe('money');
    expect(findAskedQuantity('¿cuánto cuesta el envío desde China a España?')).toBe('money');
    expect(findAskedQuantity('Wie lange dauert die Freischaltung ungefähr?')).toBe('duration');
    expect(findAskedQuantity('who do I contact to get an invite?')).toBe('contact');
  });
  it('leaves rate and date questions alone', () => {
    expect(findAskedQuantity('德国站佣金多少？')).toBeUndefined();
    expect(findAskedQuantity('since when is the commission 9%?')).toBeUndefined();
  });
});

describe('statesQuantity', () => {
  it('finds a sum, a duration, and not a date or a rate', () => {
    expect(statesQuantity('money', 'from $500 to $1,500')).toBe(true);
    expect(statesQuantity('money', 'commission 9% since 8 January 2026')).toBe(false);
    expect(statesQuantity('money', 'Kaution 29,99 €')).toBe(true);
    expect(statesQuantity('money', '保证金500英镑')).toBe(true);
    expect(statesQuantity('money', 'deposit 1500 USD.')).toBe(true);
    expect(statesQuantity('money', 'the EUR area since 2026')).toBe(false);
    expect(statesQuantity('duration', 'within 14 days of delivery')).toBe(true);
    expect(statesQuantity('duration', '最长60天内')).toBe(true);
    expect(statesQuantity('duration', 'AMZ123 2026年1月19日的文章')).toBe(false);
  });
});
