import { describe, expect, it } from 'vitest';
import {
  broaderTitlesOf,
  isFormOf,
  isMostlyAdjective,
  kindsOf,
  lookUp,
  lookUpPhrase,
  narrowerKindsOf,
} from '../../src/search/wordnet.ts';
import { irregularFormsOf } from '../../src/search/wordnet-files.ts';

describe('lookUp', () => {
  it('gives the synonyms of a dictionary word', () => {
    expect(lookUp('revenge')).toMatchObject({
      known: true,
      synonyms: expect.arrayContaining(['retaliation']),
    });
  });

  it('undoes regular and irregular inflection', () => {
    expect(lookUp('kidnapped').known).toBe(true);
    expect(lookUp('struck').bases).toContain('strike');
    expect(lookUp('children').synonyms).toContain('minor');
  });

  it('links a place to its parts', () => {
    expect(lookUp('syria').parts).toContain('damascus');
  });

  it('relates the same idea in another part of speech, from the looked-up word only', () => {
    expect(lookUp('age').related).toContain('old');
    expect(lookUp('america').related).toContain('american');
    expect(lookUp('iranian').related).toContain('iran');
    // "formulate" derives from recipe's synonym "formula", not from "recipe".
    expect(lookUp('recipe').related).not.toContain('formulate');
  });

  it('gives the country a national capital is the seat of, and none for another place', () => {
    expect(lookUp('tehran').seatOf).toEqual(['iran', 'persia']);
    expect(lookUp('damascus').seatOf).toContain('syria');
    expect(lookUp('africa').seatOf).toEqual([]);
    expect(lookUp('harbor').seatOf).toEqual([]);
  });

  it('tells a place (an answer to "where") from a person or an institution', () => {
    expect(lookUp('africa').place).toBe(true);
    expect(lookUp('tehran').place).toBe(true);
    expect(lookUp('congress').place).toBe(false);
    expect(lookUp('agency').place).toBe(false);
  });

  it('tells a kind of person (a possible title) from other nouns', () => {
    expect(lookUp('leader').person).toBe(true);
    expect(lookUp('retaliation').person).toBe(false);
  });

  it('calls a word proper only when it is itself the name', () => {
    expect(lookUp('lincoln').proper).toBe(true);
    expect(lookUp('irans').proper).toBe(true);
    expect(lookUp('began').proper).toBe(false);
    // The actress Ethel Waters is WordNet's first "waters", but the word is far more often the plural of water.
    expect(lookUp('waters').proper).toBe(false);
  });

  it('does not call a verb proper for a name it also is ("begin", Menachem Begin)', () => {
    expect(lookUp('begin').proper).toBe(false);
    expect(lookUp('march').proper).toBe(false);
    // Nor its inflection: "marches" are protests typed in lower case, not the Marches of Italy.
    expect(lookUp('marches').proper).toBe(false);
    expect(lookUp('iran').proper).toBe(true);
  });

  it('does not know names, typos or non-words', () => {
    for (const word of ['khamenei', 'revolutionery', '', '1,200', 'a b'])
      expect(lookUp(word).known).toBe(false);
  });
});

describe('lookUpPhrase', () => {
  it('reads two words as one WordNet entry, the first in any form', () => {
    expect(lookUpPhrase('turned', 'out')?.synonyms).toContain('prove');
    expect(lookUpPhrase('harbour', 'wall')).toBeUndefined();
    // A phrasal verb's rarer senses count: "make up for" is to compensate.
    expect(lookUpPhrase('make', 'up')?.synonyms).toContain('compensate');
  });

  it('reads a compound with its last word in the plural', () => {
    expect(lookUpPhrase('native', 'americans')?.synonyms).toContain('indian');
  });
});

describe('irregularFormsOf', () => {
  it('gives the irregular inflections of a dictionary word', () => {
    expect(irregularFormsOf('break')).toEqual(['broke', 'broken']);
    expect(irregularFormsOf('blow')).toEqual(['blew', 'blown']);
    expect(irregularFormsOf('walk')).toEqual([]);
  });
});

describe('isMostlyAdjective', () => {
  it('tells a word mostly used as an adjective from a name', () => {
    expect(isMostlyAdjective('western')).toBe(true);
    expect(isMostlyAdjective('danish')).toBe(false);
    expect(isMostlyAdjective('lincoln')).toBe(false);
  });
});

describe('kindsOf', () => {
  it('gives the kinds one step broader or narrower than a noun', () => {
    expect(kindsOf('crackdown')).toContain('suppression');
    expect(kindsOf('begin')).toEqual([]);
  });

  it('gives the broader kind of a verb, unless the word reads as a plural noun', () => {
    expect(kindsOf('toughened')).toContain('strengthen');
    expect(kindsOf('powers')).not.toContain('supply');
  });

  it('gives what a verb causes and what causes it ("died" is what killing does)', () => {
    expect(kindsOf('died')).toContain('kill');
    expect(kindsOf('taught')).toContain('learn');
  });
});

describe('narrowerKindsOf', () => {
  it('gives the kinds one or two steps narrower than a noun', () => {
    expect(narrowerKindsOf('monarch')).toEqual(expect.arrayContaining(['king', 'emperor']));
    expect(narrowerKindsOf('bird')).toContain('ostrich');
    expect(narrowerKindsOf('quickly')).toEqual([]);
  });
});

describe('broaderTitlesOf', () => {
  it('gives the head nouns of the broader kinds of a kind of person', () => {
    expect(broaderTitlesOf('ayatollah')).toContain('leader');
    expect(broaderTitlesOf('cleric')).toContain('leader');
    expect(broaderTitlesOf('king')).toContain('head');
  });

  it('gives nothing for a word that names no kind of person', () => {
    expect(broaderTitlesOf('bridge')).toEqual([]);
    expect(broaderTitlesOf('khamenei')).toEqual([]);
  });
});

describe('lookUp synonyms', () => {
  it("puts every part of speech's commonest sense first, and the head of a similar adjective", () => {
    expect(lookUp('hooked').synonyms).toContain('addicted');
  });
});

describe('isFormOf', () => {
  it('accepts inflected and derived forms of a word and rejects another word that stems alike', () => {
    expect(isFormOf('older', 'old')).toBe(true);
    expect(isFormOf('buildings', 'build')).toBe(true);
    expect(isFormOf('news', 'new')).toBe(false);
  });
});
