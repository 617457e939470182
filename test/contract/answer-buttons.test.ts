import { describe, expect, it } from 'vitest';
import { formatAnswerButton, parseAnswerButton, type AnswerButtonAction } from '../../src/contract/answer-buttons.js';

describe('the answer-button protocol both adapters use', () => {
  it.each<AnswerButtonAction>([
    { kind: 'feedback', vote: 'up', answerId: '6f1c2a9e-1b2c-4d5e-8f90-1234567890ab' },
    { kind: 'feedback', vote: 'down', answerId: 'a1' },
    { kind: 'handover', answerId: 'a-2_b' },
  ])('round-trips %o', (action) => {
    expect(parseAnswerButton(formatAnswerButton(action))).toEqual(action);
  });

  it.each(['fb:up:', 'fb:maybe:a1', 'ho:../../etc', 'ho:a b', `fb:up:${'x'.repeat(65)}`, 'el:ec:CN', '', undefined])('refuses %s', (data) => {
    expect(parseAnswerButton(data)).toBeNull();
  });
});
