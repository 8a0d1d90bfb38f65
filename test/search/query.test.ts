import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/search/query.ts';
import { answerCue } from '../../src/search/question-words.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';

const counter = Vocabulary.counter();
const passages = [
  ['harbour', 'wall'],
  ['ferri', 'island'],
  ['retali', 'wall'],
  ['downplai', 'lebanes', 'non', 'combat'],
  ['bush', 'roosevelt', 'jackson', 'speech'],
  ['protest', 'broke', 'out'],
  ['1965', '1978', '50', 'wage'],
  ['strike', 'stir', 'locat', 'alloc'],
  ['ad', 'succeed', 'escap'],
  ['deadli', 'deepli', 'dearli'],
  ['israel', 'rocket', 'putin', 'upset', 'anew', 'damascu'],
  ['king', 'monarch', 'size', 'length'],
  ['german', 'italian', 'whole', 'led', 'fda'],
];
for (const terms of passages) counter.add(terms);
const vocabulary = counter.done();

describe('narrower kinds', () => {
  it('lets a kind stand for the thing a "which" question asks for, not the measure a "what size" one does', () => {
    const terms = (q: string, word: string): string[] => [
      ...(planQuery(q, vocabulary)
        .concepts.find((c) => c.word === word)
        ?.terms.keys() ?? []),
    ];
    expect(terms('which monarch sold the island', 'monarch')).toContain('king');
    expect(terms('the monarch sold the island', 'monarch')).not.toContain('king');
    expect(terms('what size was the island', 'size')).not.toContain('length');
  });
});

describe('answerCue', () => {
  it('reads the answer type from question words', () => {
    expect(answerCue(['how', 'many', 'boats'])).toBe('number');
    expect(answerCue(['who', 'rebuilt', 'it'])).toBe('person');
    expect(answerCue(['when', 'does', 'it', 'leave'])).toBe('date');
    expect(answerCue(['harbour', 'wall'])).toBeNull();
    expect(answerCue('what share of the catch goes to the harbour'.split(' '))).toBe('number');
    expect(answerCue('how far had the price of fish fallen'.split(' '))).toBe('number');
    expect(answerCue('where did the ferry sink'.split(' '))).toBe('place');
    // "Where did it get its name from?" asks for a source: a person or a document.
    expect(answerCue('where did the ferry get its name from'.split(' '))).toBe('person');
    expect(answerCue('why did the ferry stop'.split(' '))).toBe('reason');
    expect(answerCue('what made the ferry stop'.split(' '))).toBe('reason');
  });

  it('takes the first question word, not one of a clause after it', () => {
    expect(answerCue('how did the town react when the wall fell'.split(' '))).toBeNull();
    expect(answerCue('when did the man who rebuilt it retire'.split(' '))).toBe('date');
    expect(answerCue('who was hurt when the wall fell'.split(' '))).toBe('person');
  });
});

describe('planQuery', () => {
  it('reads "the article" the question points at as no topic of it', () => {
    const words = (q: string): string[] => planQuery(q, vocabulary).concepts.map((c) => c.word);
    expect(words('what does the article say about the harbour wall')).not.toContain('article');
    expect(words('how old is the harbour wall according to the piece')).not.toContain('piece');
    expect(words('which articles of the harbour rules cover the wall')).toContain('articles');
  });

  it('reads "his last annual message" as which speech, not as words the answer holds', () => {
    const words = (q: string): string[] => planQuery(q, vocabulary).concepts.map((c) => c.word);
    expect(words('what did he say of the harbour wall in his last annual message')).toEqual([
      'harbour',
      'wall',
    ]);
    expect(words("the harbour wall, according to Lincoln's 1862 State of the Union")).toEqual([
      'harbour',
      'wall',
      'lincoln',
      '1862',
    ]);
    expect(words('what day was the speech about the harbour wall')).toContain('speech');
  });

  it('drops stop words and question fillers and keeps content words', () => {
    expect(
      planQuery('What did they say about the harbour wall?', vocabulary).concepts.map((c) => c.word),
    ).toEqual(['harbour', 'wall']);
  });

  it('reads a verb in its irregular forms too ("break out" is "broke out" in the text)', () => {
    const [protests, breaks] = planQuery('When did the protests break out?', vocabulary).concepts;
    expect(protests?.word).toBe('protests');
    expect(breaks?.terms.get('broke')).toBeGreaterThan(0.8);
  });

  it('drops the suffix that tells a father from a son ("bush sr"): texts seldom write it', () => {
    expect(planQuery('bush sr speech', vocabulary).concepts.map((c) => c.word)).toEqual(['bush', 'speech']);
  });

  it('reads question words typed in chat shorthand ("wen", "wat") as the question words', () => {
    expect(planQuery('wen did the ferry leave the island', vocabulary).cue).toBe('date');
    expect(planQuery('wat island', vocabulary).concepts.map((c) => c.word)).toEqual(['island']);
  });

  it('reads a contraction typed without its apostrophe ("wont", "dont") as the function word it is', () => {
    expect(planQuery('the ferry wont leave the island', vocabulary).concepts.map((c) => c.word)).toEqual([
      'ferry',
      'leave',
      'island',
    ]);
  });

  it('reads a two-digit number as a year written short, unless a unit follows it', () => {
    const year = (q: string) => planQuery(q, vocabulary).concepts.find((c) => /\d/.test(c.word))?.terms;
    expect(year('carter 78 speech')?.get('1978')).toBeGreaterThan(0.5);
    expect(year("the wage speech in '65")?.get('1965')).toBeGreaterThan(0.5);
    expect(year('wage growth over the last 65 yrs')?.has('1965')).toBe(false);
    expect(year('a 65% wage rise')?.has('1965')).toBe(false);
  });

  it('reads a filler verb and the word after it as one phrase ("get away" is escape)', () => {
    const away = planQuery('we cannot get away from history', vocabulary).concepts.find(
      (c) => c.word === 'away',
    );
    expect(away?.terms.has('escap')).toBe(true);
  });

  it('reads a phrase typed with a slip as the phrase ("old hikory" is Old Hickory, Jackson)', () => {
    const [old] = planQuery('what did old hikory say', vocabulary).concepts;
    expect(old?.terms.has('jackson')).toBe(true);
  });

  it('reads a word in its regular forms that stem apart from it ("added" stems to "ad", "add" to "add")', () => {
    expect(planQuery('add', vocabulary).concepts[0]?.terms.get('ad')).toBeGreaterThan(0.8);
    expect(planQuery('succeed', vocabulary).concepts[0]?.terms.get('succeed')).toBeGreaterThan(0.8);
  });

  it('reads a slip on a dictionary word as that word, whatever its own stem is close to', () => {
    const [strikes] = planQuery('stirkes', vocabulary).concepts;
    expect(strikes?.terms.get('strike')).toBeGreaterThan(0.5);
    // A slip keeps the first letter: "alocate" is allocate, not locate.
    expect(planQuery('alocate', vocabulary).concepts[0]?.terms.has('locat')).toBe(false);
  });

  it('corrects a word the corpus lacks to a known spelling, weighted below an exact match', () => {
    const [concept] = planQuery('harbuor', vocabulary).concepts;
    expect(concept?.terms.get('harbour')).toBeGreaterThan(0);
    expect(concept?.terms.get('harbour')).toBeLessThan(1);
  });

  it('corrects a slip to the closest spellings only: one slip away, not two ("deeadly" is not deeply)', () => {
    const terms = planQuery('deeadly', vocabulary).concepts[0]?.terms;
    expect(terms?.has('deadli')).toBe(true);
    expect(terms?.has('deepli')).toBe(false);
  });

  it('reads a nickname or initials the corpus never uses as the name WordNet gives them', () => {
    expect(planQuery('What did Dubya say?', vocabulary).concepts[0]?.terms.get('bush')).toBe(0.8);
    expect(planQuery('What did FDR say?', vocabulary).concepts[0]?.terms.get('roosevelt')).toBe(0.8);
  });

  it('adds WordNet synonyms the corpus uses, weighted below the word itself', () => {
    const [concept] = planQuery('revenge', vocabulary).concepts;
    expect(concept?.terms.get('retali')).toBeLessThan(1);
  });

  it('marks capitalised words after the first as names', () => {
    const plan = planQuery('What did Ingrid Solberg say about the wall?', vocabulary);
    expect(plan.concepts.filter((c) => c.name !== undefined).map((c) => c.word)).toEqual([
      'ingrid',
      'solberg',
    ]);
  });

  it('reads a capitalised adjective standing alone as a word, not a name ("Black physicians")', () => {
    const plan = planQuery('How much for Black physicians in Washington?', vocabulary);
    expect(plan.concepts.filter((c) => c.name !== undefined).map((c) => c.word)).toEqual(['washington']);
  });

  it('reads a name typed in lower case as a name, but not a direction ("move west")', () => {
    const names = (q: string): string[] =>
      planQuery(q, vocabulary)
        .concepts.filter((c) => c.name !== undefined)
        .map((c) => c.word);
    expect(names('what did lincoln say about the wall')).toEqual(['lincoln']);
    expect(names('did the ferry move west of the wall')).toEqual([]);
  });

  it('joins words written apart and splits a word written together', () => {
    expect(planQuery('did they play down the storm', vocabulary).concepts[0]?.terms.has('downplai')).toBe(
      true,
    );
    expect([...planQuery('noncombatants', vocabulary).concepts[0]!.terms.keys()]).toEqual(['non', 'combat']);
  });

  it('does not join two words whose joined stem is only the first ("Israeli city" stems to "israel")', () => {
    const city = planQuery('which israeli city did the rockets hit', vocabulary).concepts.find(
      (c) => c.word === 'city',
    );
    expect(city?.terms.has('israel')).toBe(false);
  });

  it('reads no name the corpus writes after a year as the year\'s other name ("1937 Sugar Act")', () => {
    const plan = planQuery('what was the wage in 1965', vocabulary, { aliases: () => ['wage'] });
    expect(plan.concepts.find((c) => c.word === '1965')?.terms.has('wage')).toBe(false);
  });

  it('joins two words only in the order typed, never a single letter or a function word ("set up" is no upset)', () => {
    const terms = (q: string, word: string): string[] => [
      ...(planQuery(q, vocabulary)
        .concepts.find((c) => c.word === word)
        ?.terms.keys() ?? []),
    ];
    expect(terms('did they set up a harbour wall', 'set')).not.toContain('upset');
    expect(terms('is there a new harbour wall', 'new')).not.toContain('anew');
    expect(terms('who led the harbour wall', 'led')).not.toContain('whole');
  });

  it('reads a name WordNet knows as that name, not as a slip on another the corpus writes (FDR is no FDA)', () => {
    const fdr = planQuery('What did FDR say about the harbour?', vocabulary).concepts.find(
      (c) => c.word === 'fdr',
    );
    expect(fdr?.terms.has('fda')).toBe(false);
    expect(fdr?.terms.get('roosevelt')).toBeGreaterThan(0);
  });

  it('does not join two words into a name ("put in" is not Putin)', () => {
    const put = planQuery('did they put in a harbour wall', vocabulary).concepts.find(
      (c) => c.word === 'put',
    );
    expect(put?.terms.has('putin')).toBe(false);
  });

  it('relates a place to its nationality', () => {
    expect(planQuery('Lebanon', vocabulary).concepts[0]?.terms.get('lebanes')).toBeGreaterThan(0);
    // Porter stems Germany and Italy to germani and itali: still the places of the German and Italian people.
    expect(planQuery('Germany', vocabulary).concepts[0]?.terms.get('german')).toBeGreaterThan(0);
    expect(planQuery('what did Italy say', vocabulary).concepts[0]?.terms.get('italian')).toBeGreaterThan(0);
  });

  it("reads a nationality whose country the corpus never names as the country's places (Syrian → Damascus)", () => {
    expect(planQuery('the Syrian mission', vocabulary).concepts[0]?.terms.get('damascu')).toBeGreaterThan(0);
  });

  it('marks the subject a question is about, up to the next verb or preposition', () => {
    const plan = planQuery('What about the harbour wall did the ferry hit?', vocabulary);
    expect(plan.concepts.filter((c) => c.focus).map((c) => c.word)).toEqual(['harbour', 'wall']);
  });
});
