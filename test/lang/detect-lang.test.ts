import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/lang/detect-lang.js';

describe('detectLang', () => {
  it.each([
    ['本地托管是哪天上线的？', 'en', 'zh'],
    ['local hosting要什么条件', 'en', 'zh'],
    ['Which countries does local hosting cover?', 'zh', 'en'],
    ['Welche Voraussetzungen gelten für das lokale Hosting in Deutschland?', 'en', 'de'],
    ["Quelles sont les conditions pour rejoindre le programme en France ?", 'en', 'fr'],
    ['Quali sono i requisiti per partecipare al programma in Italia?', 'en', 'it'],
    ['¿Cuáles son los requisitos para unirse al programa en España?', 'en', 'es'],
    // The program's and platform's English names do not make a sentence English.
    ['Comment on postule au Local Hosting TikTok en Europe ?', 'en', 'fr'],
    ['Is Local Hosting on TikTok Shop open in Spain?', 'en', 'en'],
    ['VAT?', 'zh', 'zh'],
    // One word only that language writes that way, with no English word beside it.
    ['TikTok Shop Irlanda cuándo arrancó?', 'en', 'es'],
    ['FBT in Spain since when?', 'en', 'en'],
    ['ok thx', 'fr', 'fr'],
    // A Chinese term in brackets inside a European sentence; Chinese around English words stays Chinese.
    ['Wann ist dieses Local Hosting (本地托管) von TikTok in Europa gestartet?', 'en', 'de'],
    ["c'est quoi la vraie différence entre le Full Hosting (全托管) et le Local Hosting ?", 'en', 'fr'],
    ['《欧洲本地托管商家意向入驻信息收集表》在哪里下载', 'en', 'zh'],
    ['可以 apply 吗', 'en', 'zh'],
    // Chinese trade terms without brackets inside a European sentence: the sentence's language. An English sentence
    // around them is the usual Chinese-English mix, and a Chinese sentence with a French word stays Chinese.
    ['Marché Allemagne, prix 24,90 €, coût 6 €, 头程 1 €, 尾程 3,20 €, combien il reste par pièce ?', 'en', 'fr'],
    ['Buenas, somos una S.L. de Valencia con almacén en Alemania, ¿podemos entrar al 本托?', 'en', 'es'],
    ['what is the 本地托管 commission in Germany?', 'en', 'zh'],
    ['我们的产品叫 Maison Lumière 香薰蜡烛，法国站佣金多少？', 'en', 'zh'],
    // A terse margin message made of English trade words: its own words tell the language; English ones keep English.
    ['Marge bitte für Spanien: VK 39 €, EK 9 €, Inbound 1 €, Creator 12 %, Ads 5 %, Rabatt 10 %', 'en', 'de'],
    ['Italie, prix 25 €, ads 5 %, creator 10 %, fulfilment 3 €', 'en', 'fr'],
    ['Spain, price 19.90, COGS 4.30, ads 10%, creator 12%', 'en', 'en'],
  ] as const)('%s -> %s', (text, fallback, expected) => {
    expect(detectLang(text, fallback)).toBe(expected);
  });
});

describe('detectLang on junk', () => {
  it.each([
    ['?gnitsoh lacol si tahW', 'en'],
    ['%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'en'],
    ['@bot @bot @bot', 'zh'],
    ['asdf qwer zxcv', 'de'],
  ] as const)('%s keeps the asker\'s known language (%s)', (text, known) => {
    expect(detectLang(text, known)).toBe(known);
  });
});
