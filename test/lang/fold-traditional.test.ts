import { describe, expect, it } from 'vitest';
import { foldTraditional } from '../../src/lang/fold-traditional.js';

describe('traditional characters read as simplified', () => {
  it.each([
    ['我們公司是香港註冊的，貨在德國倉，能申請本地託管嗎？', '我们公司是香港注册的，货在德国仓，能申请本地托管吗？'],
    ['法國站 定價 39,90€，頭程 1,5€，尾程 4,2€，達人 20%，每件利潤多少', '法国站 定价 39,90€，头程 1,5€，尾程 4,2€，达人 20%，每件利润多少'],
    ['那具體怎麼報名', '那具体怎么报名'],
  ])('%s', async (text, simplified) => {
    expect(await foldTraditional(text)).toBe(simplified);
  });

  it('leaves simplified Chinese and other scripts as they are', async () => {
    for (const t of ['德国站佣金多少？', 'Wie hoch ist die Provision in Deutschland? 19 %', 'Ça coûte 29,90 € TTC']) expect(await foldTraditional(t)).toBe(t);
  });
});
