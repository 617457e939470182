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
    ['VAT?', 'zh', 'zh'],
    ['ok thx', 'fr', 'fr'],
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
