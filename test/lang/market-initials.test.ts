import { describe, expect, it } from 'vitest';
import { expandMarketInitials, namesMarketInitials } from '../../src/lang/market-initials.js';

describe('market initials', () => {
  it('expands three or four different initials into the countries', () => {
    expect(expandMarketInitials('德法意西这几个站')).toBe('德国、法国、意大利、西班牙这几个站');
    expect(expandMarketInitials('德法意三个站呢')).toBe('德国、法国、意大利三个站呢');
    // A repeated initial is no list of markets.
    expect(expandMarketInitials('德德法')).toBe('德德法');
  });

  it.each(['德法意三个站呢', '德法', 'TTS德法意哪天开的'])('%s names several markets', (text) => expect(namesMarketInitials(text)).toBe(true));
  it.each(['西班牙站什么时候开', '德国站', '法国呢'])('%s does not', (text) => expect(namesMarketInitials(text)).toBe(false));
});
