import { describe, expect, it } from 'vitest';
import { namesAfter, writtenAsName } from '../../src/search/aliases.ts';

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

describe('writtenAsName', () => {
  it('tells a word the corpus capitalises mid-sentence from a common word', () => {
    const texts = ['Then John Glenn flew again.', 'A job for John.', 'Jobs came back. The job was done.'];
    expect(writtenAsName('john', texts)).toBe(true);
    expect(writtenAsName('job', texts)).toBe(false);
    expect(writtenAsName('harbour', texts)).toBe(false);
  });
});
