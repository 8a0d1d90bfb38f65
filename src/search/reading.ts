import { sentenceSpans, type Span } from '../corpus/sentences.ts';
import { tokenize, type Token } from './analyze.ts';

/** Bit flags of {@link Reading.cues}: what kind of answer a token can be. */
export const CUE = { number: 1, date: 2, name: 4, money: 8, relativeTime: 16, reason: 32 } as const;

/**
 * A text as the re-ranking reads it: its words, its sentences and what each word could answer. Building one is
 * most of the cost of re-ranking a candidate, and it does not depend on the question, so it is kept and reused.
 * Words are stored column-wise in typed arrays (about 3 kB a passage, a quarter of an array of {@link Token}
 * objects); {@link tokensOf} makes the objects for the few passages shown.
 */
export interface Reading {
  text: string;
  /** Per word, the offset of its first character and the offset just past its last. */
  starts: Uint32Array;
  ends: Uint32Array;
  /** Per word, its folded form and its index term (`null` for a stop word), as in {@link Token}. */
  folded: string[];
  terms: (string | null)[];
  spans: Span[];
  /** Per word, the index in `spans` of its sentence. */
  sentence: Uint32Array;
  /** Per word, {@link CUE} flags. */
  cues: Uint8Array;
}

/** A month or a day of the week: a date, not a name, however it is capitalised. */
export const CALENDAR_WORD =
  /^(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTH =
  /^(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;
/**
 * A calendar date in a text: a month's name as written (capitalised: "May", not the verb "may") or day and month in
 * figures ("2/14"). A weekday or "earlier this month" places an event in time but gives no date.
 */
export const CALENDAR_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b\d{1,2}\/\d{1,2}\b/;
const DAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight)$/;

/**
 * The words that answer "what day / month…?": a weekday (or "yesterday") answers "what day", a month "what month". Keyed
 * by the question's word. (A year or a date is not read so: "what date…" is best matched by the text's "date".)
 */
export const DATE_ANSWERS: ReadonlyMap<string, (word: string) => boolean> = new Map([
  ['day', (word: string) => DAY.test(word)],
  ['month', (word: string) => MONTH.test(word)],
]);

/** Other words that date an event: "yesterday", "last spring", "a decade ago". */
const TIME_WORDS =
  /^(yesterday|today|tomorrow|tonight|morning|evening|spring|summer|autumn|winter|ago|decade|century)$/;
const NUMBER_WORDS =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(thir|four|fif|six|seven|eigh|nine)teen|(twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|third|quarter)$/;
/**
 * Words that place an event in time relative to another ("days after the bombardment"): a "when" answer too, but a
 * weaker one than a date, so they are flagged apart (CUE.relativeTime).
 */
const RELATIVE_TIME = /^(days?|weeks?|months?|years?|after|before|during|earlier|later|recently)$/;
/**
 * Words that give a cause or a motive ("because", "after an alleged strike", "in self defense", "in the wake
 * of"): what a "why" question is answered with.
 */
const REASON_WORDS =
  /^(because|since|after|due|response|retaliation|reason|reasons|result|defense|defence|cause|caused|triggered|sparked|wake|amid|so)$/;
/** A number that reads as a year (1500–2099). */
export const YEAR = /^(1[5-9]|20)\d\d$/;
const CAPITAL = /\p{Lu}/u;
/** Words that name a currency, and the signs written before an amount. */
const CURRENCY =
  /^(dollars?|cents?|pounds?|sterling|euros?|francs?|florins?|guilders?|rials?|dinars?|rupees?|pesos?|shekels?|lira|yen|yuan|rubles?|roubles?|usd|eur|gbp)$/;
const CURRENCY_SIGN = /[$£€¥]\s*$/;

/**
 * The answer types a token is evidence of: a number, a sum of money, a date word, a capitalised word mid-sentence
 * (a name), a word giving a cause.
 */
function cuesOf(text: string, token: Token, sentenceStart: number): number {
  const word = token.folded;
  let cues = 0;
  if (/^\d/.test(word) || NUMBER_WORDS.test(word)) cues |= CUE.number;
  if (CURRENCY.test(word) || CURRENCY_SIGN.test(text.slice(Math.max(0, token.start - 2), token.start)))
    cues |= CUE.money;
  if (CALENDAR_WORD.test(word) || TIME_WORDS.test(word) || YEAR.test(word)) cues |= CUE.date;
  if (RELATIVE_TIME.test(word)) cues |= CUE.relativeTime;
  if (REASON_WORDS.test(word)) cues |= CUE.reason;
  if (token.start > sentenceStart && token.term !== null && CAPITAL.test(text[token.start] ?? ''))
    cues |= CUE.name;
  return cues;
}

/**
 * Reads a text once for the re-ranking.
 *
 * @example readText('Fourteen boats. Two left.').spans.length // 2
 */
export function readText(text: string): Reading {
  const tokens = tokenize(text);
  const spans = sentenceSpans(text);
  const n = tokens.length;
  const reading: Reading = {
    text,
    starts: new Uint32Array(n),
    ends: new Uint32Array(n),
    folded: new Array<string>(n),
    terms: new Array<string | null>(n),
    spans,
    sentence: new Uint32Array(n),
    cues: new Uint8Array(n),
  };
  let s = 0;
  tokens.forEach((token, k) => {
    while (s < spans.length - 1 && token.start >= spans[s]!.end) s++;
    reading.starts[k] = token.start;
    reading.ends[k] = token.end;
    reading.folded[k] = token.folded;
    reading.terms[k] = token.term;
    reading.sentence[k] = s;
    reading.cues[k] = cuesOf(text, token, spans[s]?.start ?? 0);
  });
  return reading;
}

/** The words of a reading as {@link Token} objects, for rendering an excerpt. */
export function tokensOf(reading: Reading): Token[] {
  return reading.folded.map((folded, k) => ({
    start: reading.starts[k]!,
    end: reading.ends[k]!,
    folded,
    term: reading.terms[k] ?? null,
  }));
}

/**
 * The readings of the passages questions reach most, least recently used dropped first. A small corpus fits
 * whole (its every question then reads no text at all); a large one keeps the passages its common questions
 * keep reaching, in bounded memory (a reading is a few kB).
 */
export class ReadingCache {
  private readonly readings = new Map<number, Reading>();

  constructor(readonly capacity: number) {}

  /** The reading of passage `id`, read from `text()` on a miss. */
  get(id: number, text: () => string): Reading {
    let reading = this.readings.get(id);
    if (reading !== undefined) {
      // Re-inserting moves it to the end of the Map's order: the most recently used.
      this.readings.delete(id);
    } else {
      reading = readText(text());
      if (this.readings.size >= this.capacity) this.readings.delete(this.readings.keys().next().value!);
    }
    this.readings.set(id, reading);
    return reading;
  }

  /** Stores a reading made elsewhere (while indexing), if there is room. */
  offer(id: number, reading: Reading): void {
    if (this.readings.size < this.capacity) this.readings.set(id, reading);
  }
}
