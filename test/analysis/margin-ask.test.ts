// How sellers ask for the profit, in six languages: these clauses send a message with numbers to the calculator;
// fact questions that share a word with them ("Was bleibt zu tun", "il reste des places", "¿queda stock?") do not.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/analysis/analyze-message.js';
import { MARGIN_ASK } from '../../src/analysis/margin-ask.js';

const ASKS: Array<[string, string[]]> = [
  ['zh', ['每件利潤多少', '单件利润多少', '能赚多少钱', '一件賺幾歐', '每件剩多少', '到手多少', '会不会亏本', '保本价是多少', '毛利怎么样', '划不划算']],
  ['en', ["what's left per piece?", 'what is left for me', 'how much do I keep per unit', 'what do I net per unit?', 'how much would we make', 'per unit profit?', 'break-even price?', 'is it worth it?', 'margin per unit?', 'do I make anything?', 'are we making money']],
  ['de', ['Was bleibt pro Stück?', 'Was bleibt hängen?', 'was bleibt mir übrig', 'Gewinn je Einheit?', 'was verdiene ich pro Einheit?', 'Lohnt sich das?', 'Marge pro Stück?', 'rentiert sich das']],
  ['fr', ['il me reste combien par unité ?', 'combien il me reste ?', 'ça me laisse combien ?', 'je gagne combien par pièce ?', 'quel bénéfice ?', 'marge par unité ?', 'ça vaut le coup ?', 'est-ce rentable ?']],
  ['it', ['quanto guadagno a pezzo?', 'quanto mi resta?', 'quanto ci rimane?', 'utile per unità?', 'margine per pezzo?', 'conviene?', 'ne vale la pena?', 'quanto resta in tasca?']],
  ['es', ['¿cuánto me queda por unidad?', '¿cuánto nos queda?', '¿cuánto gano por unidad?', '¿cuánto ganamos?', '¿beneficio por unidad?', '¿qué margen tengo?', '¿sale a cuenta?', '¿es rentable?']],
];
// A request to do the sums asks for the result too.
const REQUESTS: Array<[string, string[]]> = [
  ['zh', ['帮我算下这个款', '麻烦算一下', '帮忙算个账', '这个价格是不是在亏钱？']],
  ['en', ['Am I making or losing money per unit?', 'are we selling at a loss?', 'can you crunch the numbers?', 'please run the numbers on this', 'could you do the math for me', 'calculate it for Spain', 'how much do we actually make per order?']],
  ['de', ['kannst du das mal durchrechnen?', 'rechne mir das bitte aus', 'bitte ausrechnen', 'kann mir wer das rechnen?']],
  ['fr', ['tu peux me faire le calcul ?', 'bénéf par pièce ?', 'ça donne quoi ?']],
  ['it', ['mi fai i conti?', 'fammi il conto per favore', 'puoi calcolarlo?', 'Mi fate il calcolo?']],
  ['es', ['¿me haces las cuentas?', 'échame cuentas', '¿me lo calculas?']],
];

const FACTS: Array<[string, string[]]> = [
  ['zh', ['本地托管是哪天上线的？', '本地托管佣金是多少', '需要什么资料？', '审核要多久']],
  ['en', ['When did local hosting launch?', 'Which documents do I need?', 'Who pays the inbound freight?', 'What is the commission in Spain?']],
  ['de', ['Welche Unterlagen brauche ich?', 'Wann startet Local Hosting?', 'Wie hoch ist die Provision?', 'Wer zahlt die Anlieferung?']],
  ['fr', ['Quels documents faut-il ?', 'Il reste des places pour le programme ?', 'Quelle est la commission en France ?', 'Quand le programme a-t-il commencé ?']],
  ['it', ['Quali documenti servono?', 'Quanto tempo resta per candidarsi?', 'Qual è la commissione in Italia?', 'Quando è partito il programma?']],
  ['es', ['¿Qué documentos necesito?', '¿Queda alguna plaza libre?', '¿Cuál es la comisión en España?', '¿Cuándo empezó el programa?']],
];

describe('MARGIN_ASK', () => {
  describe.each(ASKS)('%s: asks for the profit', (_lang, questions) => {
    it.each(questions)('%s', (q) => {
      expect(MARGIN_ASK.test(q)).toBe(true);
    });
  });

  describe.each(REQUESTS)('%s: asks for the sums', (_lang, questions) => {
    it.each(questions)('%s', (q) => {
      expect(MARGIN_ASK.test(q)).toBe(true);
    });
  });

  it.each(['How is the commission calculated?', 'Wie wird die Provision berechnet?', 'Comment est calculée la TVA ?', '佣金怎么算'])(
    'asks how a fee is worked out, a fact: %s',
    (q) => {
      expect(analyzeMessage(`${q} Preis 20, 5`).wants.margin).toBe(false);
    },
  );

  describe.each(FACTS)('%s: asks a fact', (_lang, questions) => {
    it.each(questions)('%s', (q) => {
      expect(MARGIN_ASK.test(q)).toBe(false);
    });
  });

  it.each([
    ['法國站 定價 29,90€，成本 7€，尾程 3€，每件利潤多少？', 'zh'],
    ["Italy: price 24,90 €, product cost 6 €, fulfilment 3,50 € - what's left per piece?", 'en'],
    ['Preis 24,90 €, EK 6 €, Versand 3,50 €. Was bleibt pro Stück?', 'de'],
    ['Prix 24,90 €, coût 6 €, livraison 3,50 €. Il me reste combien ?', 'fr'],
    ['Prezzo 24,90 €, costo 6 €, spedizione 3,50 €. Quanto guadagno a pezzo?', 'it'],
    ['Precio 24,90 €, coste 6 €, envío 3,50 €. ¿Cuánto me queda por unidad?', 'es'],
  ])('a message with its numbers wants the margin: %s', (text) => {
    expect(analyzeMessage(text).wants.margin).toBe(true);
  });

  it('a profit word without figures asks a fact', () => {
    expect(analyzeMessage('Our margins got hit in January - when did the commission change?').wants.margin).toBe(false);
  });
});
