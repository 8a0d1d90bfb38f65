import type { AnswerCue } from './question-words.ts';
import { CUE, type Reading } from './reading.ts';
import { lookUp } from './wordnet.ts';

// What a passage's words say about the kind of answer a question asks for: an age, a number or a date, a name,
// a place.

/**
 * An age as texts state one: "83-year-old", "83 years old", "aged 83", "at the age of 83", "age 26", an age
 * and a number a few words on ("between the ages of 18 and 26", "the draft age limits were broadened from 21-31"),
 * a name's age between commas ("Khamenei, 85, said"), or a birth ("born in 1939").
 */
export const AGE =
  /\b\d+[-\s]years?[-\s]old\b|\b[Aa]ged\s+\d|\b[Aa]ges?(?:\s+[a-z]+){0,4}\s+\d|\p{Lu}\p{L}+,\s\d{1,3},|\b[Bb]orn\b/u;

/** The {@link CUE} flag that is evidence of an answer type: a number, a date word, a name. */
export function cueFlag(cue: AnswerCue): number {
  if (cue === 'number') return CUE.number;
  if (cue === 'date') return CUE.date;
  if (cue === 'reason') return CUE.reason;
  return cue === null ? 0 : CUE.name;
}

/**
 * Whether the capitalised word `t` can be the name "what is the name of…" asks for: not a place or people a
 * dictionary knows (Israeli), a title (Commodore, Captain) or a common word inside an institution's name ("the
 * British Government"). A common word after a lower-case one is a name: the schooner Enterprise.
 */
export function isNameAnswer(reading: Reading, t: number): boolean {
  const entry = lookUp(reading.folded[t]!);
  if (entry.proper) return false;
  if (!entry.known) return true;
  return !entry.person && (t === 0 || (reading.cues[t - 1]! & CUE.name) === 0);
}

/**
 * Whether the capitalised word `t` can answer "where": a place WordNet knows (Africa, Tehran, the Atlantic) or a
 * name it does not know (the island of Jaluit); not a person or an institution ("The International Atomic Energy
 * Agency confirmed…" says who, "…sought uranium from Africa" says where).
 */
export function isPlaceAnswer(reading: Reading, t: number): boolean {
  const entry = lookUp(reading.folded[t]!);
  return entry.place || !entry.known;
}
