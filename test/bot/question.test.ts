import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/bot/question.ts';

describe('cleanQuestion', () => {
  it('drops invisible characters pasted into a question and collapses whitespace', () => {
    expect(cleanQuestion('  who sanc\u200btioned \u2060 Fadavi?\ufeff ')).toBe('who sanctioned Fadavi?');
    expect(cleanQuestion('\u200b\u200d')).toBe('');
  });

  it('keeps accents, emoji and other scripts as they are', () => {
    expect(cleanQuestion('naïve café 👍🏽 Тегеран')).toBe('naïve café 👍🏽 Тегеран');
  });
});
