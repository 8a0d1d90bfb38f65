import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/analyze.ts';
import { speechReference } from '../../src/search/document-reference.ts';

describe('speechReference', () => {
  const read = (text: string) => {
    const tokens = tokenize(text);
    const reference = speechReference(text, tokens);
    return {
      dropped: [...reference.dropped].map((k) => tokens[k]!.folded),
      order: reference.order,
      speaker: reference.speaker === undefined ? undefined : tokens[reference.speaker]!.folded,
    };
  };

  it("drops the words that say which speech, and reads a speaker's first or last one", () => {
    expect(read("What did Jefferson's first annual message say about gunboats?")).toEqual({
      dropped: ['first', 'annual', 'message'],
      order: 'first',
      speaker: 'jefferson',
    });
    expect(read('In his last annual message, what did Jefferson say?')).toEqual({
      dropped: ['last', 'annual', 'message'],
      order: 'last',
      speaker: undefined,
    });
  });

  it('keeps the year, and reads no order in a speech named by its year', () => {
    expect(read("What did Pierce's 1853 address say about Cuba?")).toEqual({
      dropped: ['address'],
      order: undefined,
      speaker: undefined,
    });
  });
});
