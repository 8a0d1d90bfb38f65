import { describe, expect, it } from 'vitest';
import { findQuestions } from '../../src/search/question-part.ts';

const asked = (text: string): string[] =>
  findQuestions(text).map((q) => text.slice(q.asked.start, q.asked.end));

describe('findQuestions', () => {
  it('leaves out the greeting and story before the clause that asks', () => {
    expect(asked('Hi there, I was reading the news, what exactly did he say about the settlements?')).toEqual(
      ['what exactly did he say about the settlements?'],
    );
  });

  it('keeps a topic written before the question as part of what is asked', () => {
    expect(asked('Honest Abe on labor versus capital: which one comes first?')).toEqual([
      'Honest Abe on labor versus capital: which one comes first?',
    ]);
    expect(asked('hey bot, quick one: who heads EU foreign policy?')).toEqual([
      'who heads EU foreign policy?',
    ]);
  });

  it('reads a question word led by a preposition as the question ("on what date…")', () => {
    expect(asked('According to Van Buren, on what date did the bank close?')).toEqual([
      'According to Van Buren, on what date did the bank close?',
    ]);
    expect(asked('hi all, in which year did the bank close?')).toEqual(['in which year did the bank close?']);
  });

  it('drops sentences that ask nothing, such as thanks after the question', () => {
    expect(asked('hey guys. does anyone know how many people were arrested? thanks in advance')).toEqual([
      'does anyone know how many people were arrested?',
    ]);
  });

  it('finds a question embedded after "I would like to know"', () => {
    const text = 'My uncle insisted on it, and I would like to know what Khamenei said about them?';
    const [question] = findQuestions(text);
    expect(text.slice(question!.asked.start, question!.asked.end)).toBe('what Khamenei said about them?');
    expect(text.slice(question!.sentence.start, question!.sentence.end)).toBe(text);
  });

  it('keeps a whole sentence that ends with a question mark but opens with no question word', () => {
    expect(asked('My friend says Iran backs Hamas, true?')).toEqual([
      'My friend says Iran backs Hamas, true?',
    ]);
  });

  it('finds no question in keywords or a statement', () => {
    expect(findQuestions('iran drones russia')).toEqual([]);
    expect(findQuestions('The harbour wall was rebuilt.')).toEqual([]);
  });
});
