import { describe, expect, it } from 'vitest';
import { asksWhatIsStillNeeded, findBackReference, namesALaunch, namesTheProgram, refersBack, stripNewTopic } from '../../src/conversation/conversation-cues.js';
import { detectFollowUp } from '../../src/conversation/detect-follow-up.js';
import { findSubjects, findSubjectsPointedAt } from '../../src/analysis/find-subject.js';
import { dropChangeVerbs } from '../../src/conversation/continue-tool.js';

describe('a new topic announced', () => {
  it.each([
    ['换个话题 品牌托管一般招什么样的商家', '品牌托管一般招什么样的商家'],
    ['new topic: what creator commission range can I set?', 'what creator commission range can I set?'],
    ['Ganz was anderes: brauche ich eine Verpackungsregistrierung?', 'brauche ich eine Verpackungsregistrierung?'],
    ["Rien à voir : le délai de rétractation, c'est combien ?", "le délai de rétractation, c'est combien ?"],
    ['altra domanda, qual è l’IVA in Spagna?', 'qual è l’IVA in Spagna?'],
    ['otra cosa, ¿cuál es el IVA general en Italia?', '¿cuál es el IVA general en Italia?'],
    ['domanda a parte: aliquota IVA standard in Spagna?', 'aliquota IVA standard in Spagna?'],
    ['totally different thing: does OSS cover stock in Italy?', 'does OSS cover stock in Italy?'],
    ['au fait, la TVA en Allemagne ?', 'la TVA en Allemagne ?'],
  ])('%s', (text, rest) => {
    expect(stripNewTopic(text)).toEqual({ text: rest, newTopic: true });
  });

  it('leaves a question without the phrase as it is', () => {
    expect(stripNewTopic('What is the VAT in Spain?')).toEqual({ text: 'What is the VAT in Spain?', newTopic: false });
    // The phrase alone is no question: nothing to strip it from.
    expect(stripNewTopic('new topic')).toEqual({ text: 'new topic', newTopic: false });
  });
});

describe('going back to an earlier turn', () => {
  it.each([
    ['回到刚才德国那个，涨之前是多少来着', '刚才德国那个', '涨之前是多少来着'],
    ['going back to the German one, what was it before the increase?', 'the German one', 'what was it before the increase?'],
    ['Zurück zu Deutschland – gibt es einen Satz für neue Verkäufer?', 'Deutschland', 'gibt es einen Satz für neue Verkäufer?'],
    ["Pour revenir à l'Allemagne : depuis quand ?", "l'Allemagne", 'depuis quand ?'],
    ['Tornando alla Germania, da quando?', 'Germania', 'da quando?'],
    ['Volviendo a España, ¿desde cuándo está en el 9 %?', 'España', '¿desde cuándo está en el 9 %?'],
  ])('%s', (text, head, rest) => expect(findBackReference(text)).toEqual({ head, rest }));
  it.each(['back to work tomorrow', 'What is the commission in Spain?', 'we went back to Germany'])('not: %s', (text) => expect(findBackReference(text)).toBeUndefined());
});

describe('pointing back', () => {
  it.each(['how long does that rate last?', 'Muss man dafür eingeladen werden?', 'et ça vaut pour qui ?', 'e questo quanto dura?', '¿y eso desde cuándo?', '这个要多久', 'seit wann gibt es das Programm?', 'und seit wann gilt das überhaupt', 'und was das kostet?',
    // the same as what was just said
    'was Ireland the same time?', '法国也一样吗', "c'est pareil en France ?", 'in Italia è uguale?', '¿es igual en España?', 'gilt in Spanien dasselbe?'])(
    'refers back: %s',
    (text) => expect(refersBack(text)).toBe(true),
  );
  it.each(['What is the commission in Spain?', 'Quelle est la commission en France ?', 'La commissione in Italia?', 'La comisión en España?', 'Wie hoch ist die Provision in Deutschland?'])(
    'does not: %s',
    (text) => expect(refersBack(text)).toBe(false),
  );
  it('knows "the program" for the program the conversation is about', () => {
    expect(namesTheProgram('c’est quoi les avantages du programme ?')).toBe(true);
    expect(namesTheProgram('Quelle est la commission en France ?')).toBe(false);
    expect(namesTheProgram('et le programme, il a commencé quand ?')).toBe(true);
    expect(namesTheProgram('¿y la comisión propia del programa?')).toBe(true);
  });
});

describe('a launch asked about', () => {
  it.each(['另外 Spain站是哪天launch的', '西班牙站什么时候上线的', 'when did it go live in Spain?', 'wann ist TikTok Shop in Spanien gestartet?', "quand est-ce que ça a été lancé en Italie ?", 'quando è partito in Italia?', '¿cuándo se lanzó en España?'])(
    'names a launch: %s',
    (text) => expect(namesALaunch(text)).toBe(true),
  );
  it.each(['since when?', 'ab wann gilt das?', 'depuis quand exactement ?', '从什么时候开始执行'])('does not: %s', (text) => expect(namesALaunch(text)).toBe(false));
});

describe('what is still needed', () => {
  it.each(['那还需要什么？', '还差啥', 'ok, what else do we need?', 'Was bräuchten wir dann noch?', "qu'est-ce qu'il nous manque ?", 'e cosa serve esattamente?', '¿qué nos falta?'])(
    '%s',
    (text) => expect(asksWhatIsStillNeeded(text)).toBe(true),
  );
  it('is not any question with "need"', () => {
    expect(asksWhatIsStillNeeded('Do we need VAT in Germany?')).toBe(false);
    expect(asksWhatIsStillNeeded('需要什么条件')).toBe(false);
  });
});

describe('subjects', () => {
  it('names programs, rules and topics, specific topics included', () => {
    expect(findSubjects('本托的佣金多少')).toEqual(['local-hosting', 'commission']);
    expect(findSubjects('Full Hosting vs Local Hosting')).toEqual(['local-hosting', 'full-hosting']);
    expect(findSubjects('and if I get the new-seller rate of 4%?')).toEqual(['new-seller']);
    expect(findSubjects('creator commission 0 possible?')).toEqual(['creator-commission', 'commission']);
    expect(findSubjects('In welchen Ländern?')).toEqual([]);
  });

  it('"this rule" points at the rules a message names, not at the program', () => {
    const message = '准备上本托。听说德国卖电器没有WEEE号会被平台屏蔽，这个规定是从什么时候开始的？';
    expect(findSubjectsPointedAt(message, '这个规定是从什么时候开始的？')).toEqual(['weee']);
    expect(findSubjectsPointedAt(message, '这个要多久')).toEqual(['local-hosting', 'weee']);
    expect(findSubjectsPointedAt('本托的佣金，这个规定从哪天开始', '这个规定从哪天开始')).toEqual(['local-hosting', 'commission']);
  });
});

describe('a bare value is no question of its own', () => {
  it('answers the bot, it does not ask', () => {
    expect(detectFollowUp('德国')).toMatchObject({ kind: 'bare' });
    expect(detectFollowUp('德国标准增值税多少')).toBeNull();
  });
});

describe('an ellipsis followed by more', () => {
  it('keeps what the seller added', () => {
    expect(detectFollowUp('西班牙呢，顺便把低档税率也说下')).toEqual({ kind: 'ellipsis', payload: '西班牙 顺便把低档税率也说下' });
  });
});

describe('change verbs between a label and its number', () => {
  it.each([
    ['e se il creator scende al 12%?', 'e se il creator 12%?'],
    ['¿y si los creadores bajan al 10 %?', '¿y si los creadores 10 %?'],
    ['et si la commission créateur passe à 5 % ?', 'et si la commission créateur 5 % ?'],
    ['达人降到10%呢', '达人 10%呢'],
    ['达人佣金要是压到10%呢', '达人佣金要是 10%呢'],
    ['what if creators drop to 8%?', 'what if creators 8%?'],
  ])('%s', (text, dropped) => {
    expect(dropChangeVerbs(text).replace(/\s+/g, ' ')).toBe(dropped);
  });
});
