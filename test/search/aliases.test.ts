import { describe, expect, it } from 'vitest';
import { namesAfter, namesInParentheses, writtenAsName } from '../../src/search/aliases.ts';

describe('namesAfter', () => {
  it('learns the name that follows a title', () => {
    const texts = [
      'Iran’s Supreme Leader Ali Khamenei spoke on Tuesday.',
      'The leader of the group, Hassan Nasrallah, did not.',
    ];
    expect(namesAfter('leader', texts)).toEqual(expect.arrayContaining(['ali', 'khamenei']));
  });

  it('ignores a capital that only starts a sentence', () => {
    expect(namesAfter('leader', ['They met the leader. Afterwards they left.'])).toEqual([]);
  });

  it('returns nothing when the word never appears', () => {
    expect(namesAfter('leader', ['No titles here.'])).toEqual([]);
  });
});

describe('namesInParentheses', () => {
  it('learns the other name a text gives a name in parentheses', () => {
    const texts = ['Shocks against the Zionist regimes (Israel) will go on.', 'Israel struck back.'];
    expect(namesInParentheses('israel', texts)).toEqual(['zionist']);
  });

  it('ignores a parenthesis that holds more than the name, or a lower-case word', () => {
    const texts = [
      'Talks with the State (South Carolina) went on.',
      'The Harbour Board (south) met.',
      'The port (Oslo) opened.',
    ];
    expect(namesInParentheses('south', texts)).toEqual([]);
    expect(namesInParentheses('oslo', texts)).toEqual([]);
  });
});

describe('writtenAsName', () => {
  it('tells a word the corpus capitalises mid-sentence from a common word', () => {
    const texts = ['Then John Glenn flew again.', 'A job for John.', 'Jobs came back. The job was done.'];
    expect(writtenAsName('john', texts)).toBe(true);
    expect(writtenAsName('job', texts)).toBe(false);
    expect(writtenAsName('harbour', texts)).toBe(false);
  });
});
