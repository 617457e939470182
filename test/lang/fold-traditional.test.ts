import { describe, expect, it } from 'vitest';
import { foldTraditional } from '../../src/lang/fold-traditional.js';

describe('traditional characters read as simplified', () => {
  it.each([
    ['我們公司是香港註冊的，貨在德國倉，能申請本地託管嗎？', '我们公司是香港注册的，货在德国仓，能申请本地托管吗？'],
    ['法國站 定價 39,90€，頭程 1,5€，尾程 4,2€，達人 20%，每件利潤多少', '法国站 定价 39,90€，头程 1,5€，尾程 4,2€，达人 20%，每件利润多少'],
    ['那具體怎麼報名', '那具体怎么报名'],
    // Cantonese words are read as their Mandarin ones; 關係 keeps its 係.
    ['歐盟GPSR係幾時開始生效嘅', '欧盟GPSR是什么时候开始生效的'],
    ['佢哋收幾多佣金', '他们收多少佣金'],
    ['本托可唔可以自己定價？冇歐洲倉點算', '本托可不可以自己定价？没有欧洲仓点算'],
    ['同平台嘅關係', '同平台的关系'],
  ])('%s', async (text, simplified) => {
    expect(await foldTraditional(text)).toBe(simplified);
  });

  it('leaves simplified Chinese and other scripts as they are', async () => {
    for (const t of ['德国站佣金多少？', 'Wie hoch ist die Provision in Deutschland? 19 %', 'Ça coûte 29,90 € TTC']) expect(await foldTraditional(t)).toBe(t);
  });
});
