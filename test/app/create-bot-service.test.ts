import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.js';
import { createTestApp } from '../helpers/create-test-service.js';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});

describe('BotService.calculateMargin', () => {
  it('gives a /margin command the same reply as the same question asked in chat', async () => {
    const text = '德国站不含税售价25欧，成本8欧，头程1欧，尾程3欧，达人佣金10%，利润多少';
    const command = app.service.calculateMargin(text, 'zh');
    const chat = await app.core.answer({ text });
    expect(chat.tool).toBe('margin');
    expect(command.ok).toBe(true);
    expect(command.text).toBe(chat.text);
    expect(command.text).toContain('€29.75'); // 25 € net grossed up at 19% VAT
  });

  it.each([
    ['price=20 market=DE', false, /成本|cost/i],
    ['price=20 market=DE cost=5 colour=red', false, /colour/],
    ['price=-5 market=DE cost=5', false, /listPrice/],
    ['price=20 market=DE cost=5', true, /€/],
  ])('%s', (args, ok, pattern) => {
    const reply = app.service.calculateMargin(args, 'en');
    expect(reply.ok).toBe(ok);
    expect(reply.text).toMatch(pattern);
  });

  it('takes structured fields (a Discord command) the same way', () => {
    const reply = app.service.calculateMargin({ listPrice: 39.9, market: 'FR', unitCost: 10, inboundShipping: 2, fulfillmentFee: 4, affiliateRate: 0.1 }, 'en');
    expect(reply.ok).toBe(true);
    expect(reply.text).toContain('10.33');
  });
});
