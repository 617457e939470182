// How sellers ask whether they may join, in six languages: these clauses get a verdict from the eligibility tool;
// fact questions beside the seller's facts (what the conditions are, who withholds VAT) must not.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/analysis/analyze-message.js';
import { ELIGIBILITY_ASK, JOIN_ASK, NAMES_PROGRAM } from '../../src/analysis/eligibility-ask.js';

describe('ELIGIBILITY_ASK: a clause that asks for a verdict', () => {
  it.each([
    // zh, traditional, and zh mixed with English
    '我们这种情况能不能做本托？',
    '請問本地託管我們符合條件嗎？',
    '想问local hosting可以 apply 吗',
    '这样的话能join吗',
    '我们这种情况有戏吗',
    '想问下我们这种情况符不符合条件',
    '我们这样能报吗',
    '我们这种可以去申请吗？',
    '能满足本托的要求不',
    '这样算不算？我们能不能入？',
    '这样符合本托的入驻条件吗？',
    // the program followed by one of its markets; "ça suffit" after the facts
    '¿podemos hacer 本托 España?',
    'Dürfen wir trotzdem 本托 in Deutschland machen?',
    'Est-ce que ça suffit pour le programme local hosting ?',
    '我们这种 situation OK 吗？',
    // en
    'can we actually get in?',
    'Are we eligible for local hosting?',
    'is local hosting an option for us?',
    'are we in?',
    'Could a Chinese company join?',
    'can we do local hosting?',
    // de
    'Kommen wir trotzdem ins Local Hosting rein?',
    'Kommen wir für Local Hosting in Frage?',
    'Passt das für Local Hosting?',
    'Dürfen wir schon bei Local Hosting mitmachen?',
    'Können wir trotzdem bei Local Hosting einsteigen?',
    'Können wir trotzdem beim Local Hosting von TikTok Shop in Deutschland mitmachen?',
    'Sind wir teilnahmeberechtigt?',
    // fr
    'on peut postuler ?',
    'Est-ce qu’on peut rejoindre le programme ?',
    'On est éligibles ?',
    'Peut-on faire du Local Hosting ?',
    // it
    'Possiamo entrare nel Local Hosting?',
    'Local Hosting si può?',
    'Si può aderire anche per noi?',
    'Siamo idonei?',
    'va bene per il local hosting?',
    // es
    '¿Nos dejarían entrar en el Local Hosting?',
    '¿nos dejan entrar?',
    '¿Nos vale para Local Hosting?',
    '¿Local Hosting sí o no?',
    '¿Podemos?',
    '¿Cumplimos los requisitos?',
    'valemos para local hosting?',
    // "are we able to", "passen wir", "ci fanno entrare", "somos aptos", "podemos solicitarlo"
    'So are we able to join?',
    'Would we qualify for it?',
    'Passen wir da rein?',
    'Eignen wir uns für Local Hosting?',
    'Ci fanno entrare?',
    'Secondo voi ci accettano?',
    '¿Seríamos aptos?',
    '¿Podemos solicitarlo nosotros?',
    'Could a company like ours join?',
    'Would that be enough for local hosting?',
    // The seller's company by its form; the program's full name between the ask and the verb; a bare "Se puede?".
    "Could my UK Ltd join TikTok's Local Hosting in Germany with that stock?",
    'Can our LLC apply for EU Local Hosting with the Lyon stock?',
    'Können wir mit dieser Konstellation beim Local Hosting von TikTok Shop mitmachen?',
    'Se puede?',
    'Nos vale para el 本托?',
    'Passt das für eine Bewerbung?',
    '这样还行吗',
    '那这样可以吗',
    '我们这种条件现在可以直接报名吗？',
    'OK，那按我们这个情况能入吗',
    'Kommen wir damit für das Local-Hosting-Programm von TikTok Shop infrage?',
    // The facts just given, checked: "does that work for…", "posso fare il…", "nos cogerían", "能行不".
    'does that work for Local Hosting?',
    'would our setup be ok for local hosting?',
    'posso fare il Local Hosting?',
    'Je peux faire le Local Hosting ?',
    '¿puedo hacer el Local Hosting?',
    '¿nos cogerían en el Local Hosting?',
    'Kann ich Local Hosting machen?',
    '想直接做欧洲本托 能行不',
  ])('%s', (clause) => {
    expect(clause).toMatch(ELIGIBILITY_ASK);
  });
});

describe('ELIGIBILITY_ASK: fact questions it leaves alone', () => {
  it.each([
    '本地托管需要满足哪些条件？',
    '那要滿足啥條件才行',
    'VAT是平台代扣吗',
    'Can we use our own 3PL for local hosting?',
    'What does Local Hosting require?',
    'Können wir bei Local Hosting die Preise selbst festlegen?',
    'On peut fixer nos prix en Local Hosting ?',
    'Possiamo scegliere il corriere nel Local Hosting per i resi?',
    '¿Podemos fijar el precio nosotros en el Local Hosting del todo?',
    'Wie hoch ist die Provision?',
    'kann man sich fürs Local Hosting einfach so anmelden?',
    'Can our 3PL handle returns for local hosting?',
    // If they qualify, what then: no verdict asked.
    '符合条件的话第一步具体要干嘛？',
  ])('%s', (clause) => {
    expect(clause).not.toMatch(ELIGIBILITY_ASK);
  });
});

describe('a verdict asked on the facts just given, or on the program "in Europe"', () => {
  it.each([
    ['on a une SARL à Marseille et du stock dans un entrepôt à Marseille. ça suffit pour le local hosting ?', 'eligibility'],
    ['siamo una LLC del Delaware, magazzino in Germania con VAT tedesca. possiamo fare local hosting in Europa?', 'eligibility'],
    ['我们有德国仓和德国VAT。符合条件的话第一步具体要干嘛？', 'fact'],
    ['Guangzhou company, stock in Marseille, only German VAT. Can we do Local Hosting with this setup?', 'eligibility'],
  ])('%s → %s', (message, intent) => {
    expect(analyzeMessage(message).questions.at(-1)!.intent).toBe(intent);
  });
});

describe('JOIN_ASK and NAMES_PROGRAM: "can we get in?" is about Local Hosting when the message names it', () => {
  it.each([
    ['看大家都在冲本拖，想问问我们这种是不是也能进', true],
    ['Saw the TTS local hosting thing, can we actually get in?', true],
    ['can we actually get in?', false],
  ])('%s', (message, asks) => {
    expect(JOIN_ASK.test(message) && NAMES_PROGRAM.test(message)).toBe(asks);
  });
});

describe('analyzeMessage: facts and a question in six languages', () => {
  it.each([
    ['营业执照在浙江金华，马德里那边租了个海外仓，西班牙VAT也有，想问问能不能进本地托管？', true],
    ['HK trading company (Ltd), stock in a 3PL in Barcelona, Spanish VAT. Saw the local hosting thing, can we actually get in?', true],
    ['Wir sind eine UG aus Hannover, Ware im Lager in Garbsen, keine USt-IdNr. Kommen wir trotzdem ins Local Hosting rein?', true],
    ['SARL à Marseille, stock à Aubagne, TVA intracom FR. On aimerait tester le Local Hosting, on peut postuler ?', true],
    ['S.r.l. di Prato, magazzino a Barcellona, partita IVA solo italiana. Possiamo entrare nel Local Hosting?', true],
    ['Empresa de Yiwu (China), almacén en Valencia, IVA español. ¿Nos dejarían entrar en el Local Hosting?', true],
    // Facts beside a fact question stay a fact question.
    ['货在德国仓，VAT是平台代扣吗', false],
    // Which other store types are open is a fact about the store types, whatever the verb.
    ['那货在国内的话 欧洲还有别的店铺类型能做吗', false],
    ['Our stock is still in China. What other store types could we open?', false],
    ['We are a Shenzhen company with a German warehouse. Can we use our own 3PL for local hosting?', false],
    ['Wir sind eine GmbH mit Lager in Köln. Wie hoch ist die Provision im Local Hosting?', false],
    ['On est une SAS à Lille, stock à Roubaix. Qui paie le transport jusqu’à l’entrepôt TikTok ?', false],
    ['Siamo una srl di Milano con magazzino a Bologna: quanto costa lo stoccaggio?', false],
    ['Somos una S.L. de Málaga con almacén en Málaga. ¿Qué comisión cobra TikTok?', false],
  ])('%s', (text, eligibility) => {
    expect(analyzeMessage(text).wants.eligibility).toBe(eligibility);
  });
});

describe('a verdict asked in a word after the seller describes their set-up', () => {
  it.each([
    'SAS à Nantes, stock dans un entrepôt à Lille, TVA française. ça passe ?',
    'GmbH in Köln, Ware im Lager in Dortmund, USt-IdNr. vorhanden. Geht das so?',
    'Azienda a Bari, magazzino a Verona, P.IVA italiana. Va bene così?',
    'Empresa en Sevilla, almacén en Zaragoza con IVA español. ¿Nos vale así?',
    'HK company, stock in a Rotterdam warehouse, no VAT yet. Does that work?',
    '杭州公司，货全在国内仓，想直接上本地托管试试水。OK 吗？',
  ])('%s', (text) => {
    expect(analyzeMessage(text).wants.eligibility).toBe(true);
  });

  it('is no verdict after a fact question that describes nothing', () => {
    expect(analyzeMessage('Quel est le taux de TVA en France ? ça passe ?').wants.eligibility).toBe(false);
    expect(analyzeMessage('Die Provision ist 9 %, geht das?').wants.eligibility).toBe(false);
  });
});
