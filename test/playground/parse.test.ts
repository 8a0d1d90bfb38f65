import { describe, expect, it } from 'vitest';
import { parseInput, splitOptions } from '../../src/playground/parse.ts';

describe('parseInput', () => {
  it('reads slash commands, mentions, button numbers and quit', () => {
    expect(parseInput('/ask question: who?', 'Corpus Bot')).toEqual({
      kind: 'command',
      name: 'ask',
      rest: 'question: who?',
    });
    expect(parseInput('@bot who?', 'Corpus Bot')).toEqual({ kind: 'mention', text: 'who?' });
    expect(parseInput('@Corpus Bot who?', 'Corpus Bot')).toEqual({ kind: 'mention', text: 'who?' });
    expect(parseInput(' 2 ', 'Corpus Bot')).toEqual({ kind: 'press', number: 2 });
    expect(parseInput('/quit', 'Corpus Bot')).toEqual({ kind: 'quit' });
    expect(parseInput('hello', 'Corpus Bot')).toEqual({ kind: 'chat', text: 'hello' });
  });

  it('does not take @botany for a mention', () => {
    expect(parseInput('@botany rocks', 'Corpus Bot').kind).toBe('chat');
  });
});

describe('splitOptions', () => {
  const names = ['question', 'results', 'private'];

  it('splits named options and gives leading text to the main option', () => {
    expect(splitOptions('question: who? results: 2', names, 'question')).toEqual({
      question: 'who?',
      results: '2',
    });
    expect(splitOptions('who was sanctioned? private: yes', names, 'question')).toEqual({
      question: 'who was sanctioned?',
      private: 'yes',
    });
  });

  it('keeps a colon that is not an option name inside the text', () => {
    expect(splitOptions('note: the ratio 3:1', names, 'question')).toEqual({
      question: 'note: the ratio 3:1',
    });
  });
});
