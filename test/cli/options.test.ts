import { describe, expect, it } from 'vitest';
import { parseAskArgs, UsageError } from '../../src/cli/options.ts';

describe('parseAskArgs', () => {
  it('uses the defaults when given only a question', () => {
    expect(parseAskArgs(['Who', 'is', 'Fadavi?'])).toEqual({
      question: 'Who is Fadavi?',
      top: 3,
      seeds: 'seeds',
      json: false,
      help: false,
    });
  });

  it('reads flags with separate or inline values and leaves the question to stdin when none is given', () => {
    expect(parseAskArgs(['--top', '5', '--seeds=docs', '--json'])).toMatchObject({
      question: undefined,
      top: 5,
      seeds: 'docs',
      json: true,
    });
  });

  it('treats everything after -- as the question', () => {
    expect(parseAskArgs(['--', '--top', 'tips']).question).toBe('--top tips');
  });

  it.each([
    [['--top', '0'], /1 to 10/],
    [['--top', '11'], /1 to 10/],
    [['--top', 'x'], /1 to 10/],
    [['--top'], /needs a number/],
    [['--seeds'], /needs a folder/],
    [['--bogus'], /unknown option "--bogus"/],
    [['-x'], /unknown option "-x"/],
    [['--json=yes'], /unknown option/],
    [['  '], /question is empty/],
  ])('rejects %j with a one-line explanation', (argv, message) => {
    expect(() => parseAskArgs(argv)).toThrow(UsageError);
    expect(() => parseAskArgs(argv)).toThrow(message);
  });
});
