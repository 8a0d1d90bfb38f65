// Function words carry no topic: leaving them out of the index and the query keeps posting lists short (the main
// cost of a query on a large corpus) and stops "the"/"of" from making an unrelated passage look like a match.
// Question words (who, when, how many…) are here too: they are read as answer-type cues before the query is
// reduced to terms, not matched as words.
const FUNCTION_WORDS = `a about above after again against all am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself
no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's
should shouldn't so some such than that that's the their theirs them themselves then there there's these they
they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've
were weren't what what's when when's where where's which while who who's whom why why's will with won't would
wouldn't you you'd you'll you're you've your yours yourself yourselves also just may might must shall upon whose
many much whom whether yet ever every among amongst toward towards onto unto via whilst since though although
unless whereas never always often still already even quite rather almost perhaps maybe probably`;

// Words that shape a question without naming what it is about ("What did X say about Y?", "Tell me about Y"),
// and the small talk around questions on a chat server ("hey guys, quick question, does anyone know…"), and the
// suffix that tells a father from a son ("bush sr"), which the texts seldom write.
// They are dropped from queries only: the text keeps them, and they must not count as unanswered content when the
// relevance floor weighs how much of a question a passage covers.
const FILLERS = `say says said saying tell tells told telling mention mentions mentioned talk talks talked speak speaks
spoke think thinks thought know knows knew happen happens happened happening explain explains explained describe
describes described give gives gave giving get gets got getting gotten please anything something someone somebody
info information detail details regarding concerning according mean means meant exactly kind sort like actually
really does do me us
hi hello hey thanks thank cheers anyone anybody everyone everybody guys folks wonder wondering wondered curious
claim claims claimed claiming basically per vs versus now currently
question questions quick wanted want hoping lol pls plz ok okay hows whats wheres whos whens whys
sr jr snr jnr`;

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Folded words left out of the index and of queries. */
export const STOP_WORDS: ReadonlySet<string> = words(FUNCTION_WORDS);

/** Folded words left out of queries only (they frame a question rather than name its topic). */
export const QUERY_FILLERS: ReadonlySet<string> = words(FILLERS);

/**
 * Chat shorthand and the words it stands for: Discord users type "ppl" and "govt", which no document writes, and
 * drop the apostrophe of a contraction ("wont", "dont"), which would otherwise read as a rare word (a custom).
 * Read at query time only.
 */
export const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map(
  `ppl:people govt:government gov:government gvt:government intl:international natl:national pres:president
prez:president admin:administration dept:department nukes:nuclear nuke:nuclear
ppls:people convo:conversation bc:because b4:before wen:when whn:when wat:what wut:what wht:what hw:how
dont:don't wont:won't cant:can't didnt:didn't doesnt:doesn't isnt:isn't wasnt:wasn't arent:aren't werent:weren't
shouldnt:shouldn't wouldnt:wouldn't couldnt:couldn't havent:haven't hasnt:hasn't hadnt:hadn't im:i'm ive:i've
youre:you're theyre:they're thats:that's theres:there's`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);
