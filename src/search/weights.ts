// How much each kind of stand-in counts for the question word it stands for: the word's own stem counts 1, a typing
// slip's correction TYPO_WEIGHT (see slips.ts), and the looser the link, the less. Each was tuned on the eval sets.

/** Weight of a WordNet synonym: well below the word itself, because only some senses fit the question. */
export const SYNONYM_WEIGHT = 0.4;
/**
 * A synonym of two words read as one WordNet phrase: what they mean together ("make up for" is compensate), surer
 * than a synonym of either word alone.
 */
export const PHRASE_WEIGHT = 0.5;
/** Weight of another name WordNet gives a person or place whose name the corpus never uses (Dubya → Bush). */
export const OTHER_NAME_WEIGHT = 0.8;
/** Weight of the dictionary form of an irregular word (struck → strike): the same word in another form. */
export const BASE_WEIGHT = 0.9;
/** Weight of a term sharing all but the last letter of the word's stem (settler → settlement). */
export const RELATED_FORM_WEIGHT = 0.5;
/** Weight of a name the corpus writes right after the word (leader → Khamenei), see aliases.ts. */
export const ALIAS_WEIGHT = 0.5;
/** Weight of the same idea in another part of speech (age ↔ old, America ↔ American), see wordnet.ts. */
export const RELATED_WORD_WEIGHT = 0.5;
/** Weight of a place or thing that contains or is part of the word's (Syria → Damascus). */
export const PART_WEIGHT = 0.3;
/**
 * Weight of the country a national capital stands for, and of its people: the news writes "Tehran says" for the
 * government of Iran, which the text calls Iran or Iranian.
 */
export const CAPITAL_WEIGHT = 0.7;
/** Weight of a broader or narrower kind of a word the corpus never uses (demonstrations → protests). */
export const KIND_WEIGHT = 0.3;

// Hints rank a passage but never make it an answer (see Concept.hints): loose enough that, counted for the
// relevance floor, they answered questions the corpus cannot.

/** Weight of a kind of a related word of a word the corpus lacks (death → die → kill). */
export const RELATED_KIND_HINT_WEIGHT = 0.3;
/** Weight of a narrower kind of the word (ship → frigate). */
export const NARROWER_KIND_HINT_WEIGHT = 0.15;
