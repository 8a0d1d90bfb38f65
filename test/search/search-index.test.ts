import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Passage } from '../../src/corpus/types.ts';
import { ANALYSIS_VERSION, citationOf, SearchIndex } from '../../src/search/search-index.ts';

const passage = (n: number, text: string, part?: number): Passage => ({
  id: `doc.txt#${n}`,
  docId: 'doc.txt',
  title: 'Harbour notes',
  source: 'harbour',
  passage: n,
  ...(part === undefined ? {} : { part }),
  text,
});

/** A speech of `year`, one passage long, its title the year and `speaker` as the State of the Union files have it. */
const speech = (year: number, text: string, speaker = 'annual message'): Passage => ({
  ...passage(year, text),
  id: `${year}.txt#1`,
  docId: `${year}.txt`,
  title: `${year} ${speaker}`,
});

const tiny = [
  passage(1, 'The ferry to the island leaves at seven every morning from the north pier.'),
  passage(2, 'Fishermen repaired their nets after the storm damaged the harbour wall.'),
  passage(3, 'The harbour master, Ingrid Solberg, said the wall would be rebuilt by spring.'),
];

/** Forty passages on other business: a name in one or two passages beside them is rare, as names are in a corpus. */
const otherBusiness = Array.from({ length: 40 }, (_, k) =>
  passage(100 + k, `Congress passed bill number ${k}.`),
);

describe('SearchIndex.search', () => {
  let seeds: SearchIndex;
  beforeAll(async () => {
    seeds = SearchIndex.build((await loadCorpus('seeds')).passages);
  });

  it.each([
    ['What did Khamenei say about people living in the settlements?', 'settlements are not civilians'],
    ['How many hostages were kidnapped?', 'kidnapping over 250'],
    ['Where does Iran have proxies?', 'proxies across the region'],
    ['What was hit by the Israeli air strike in Syria?', 'consulate in Damascus'],
  ])('puts the answering seed passage first for "%s"', (question, answer) => {
    expect(seeds.search(question)[0]?.text).toContain(answer);
  });

  it('finds the passage when a name is misspelt', () => {
    expect(seeds.search('revolutionery guards comander')[0]?.text).toContain('Revolutionary Guards');
  });

  it('reads a misspelt irregular plural as the word ("childern" → children)', () => {
    expect(
      seeds.search('khamenei claims israel is killing 100 times more women and childern in gaza?')[0]?.text,
    ).toContain('hundred times more women');
  });

  it('does not read a lower-case plural verb as a name every answer must hold ("marches")', () => {
    expect(
      seeds.search('Which Western places did Khamenei point to as having rallies and marches?')[0]?.text,
    ).toContain('Los Angeles');
  });

  it('reads a national capital as its government ("Tehran says" is Iran)', () => {
    expect(
      seeds.search('how much money does Tehran pour into its regional allies annually?')[0]?.text,
    ).toContain('invests billions of dollars each year');
    expect(seeds.search('why does tehran say it launched the air assault on israel')[0]?.text).toContain(
      'a move of self defense',
    );
  });

  it('finds a passage through a synonym the text does not use', () => {
    // "revenge" is not in the corpus; WordNet relates it to "retaliate".
    expect(seeds.search('Did Khamenei warn of revenge?')[0]?.text).toContain('might retaliate');
  });

  it('reads two words WordNet knows as one phrase by what they mean together', () => {
    // "make up for" is compensate: "it won't be able to compensate for the embarrassing defeat".
    expect(seeds.search('what does he say israel can never make up for')[0]?.text).toContain(
      'compensate for the embarrassing defeat',
    );
  });

  it('finds a passage through a broader kind of the dictionary form of a word the corpus lacks', () => {
    // "rallying" is a form of "rally", a kind of gathering: the text says "People are gathering".
    expect(seeds.search('which cities did he say people are rallying in')[0]?.text).toContain('Los Angeles');
  });

  it('finds a passage that spells out an acronym of the question, in full or in part', () => {
    // The IRGC is the Islamic Revolutionary Guard Corps: the text says "Iran's elite Revolutionary Guards".
    expect(seeds.search('Who is the deputy commander of the IRGC quoted in the article?')[0]?.text).toContain(
      'deputy commander of Iran’s elite Revolutionary Guards',
    );
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'Members of the Ku Klux Klan marched past the harbour in 1925.'),
      passage(5, 'The klan of fishermen marched to the harbour.'),
    ]);
    expect(index.search('when did the KKK march past the harbour')[0]?.text).toContain('Ku Klux Klan');
  });

  it('reads a word typed in lower case that no dictionary knows as an acronym ("hpg")', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'The Harbour Pilots Guild met on Monday to discuss the new pier.'),
      passage(5, 'The guild of net makers met on Friday.'),
    ]);
    expect(index.search('when did the hpg meet')[0]?.text).toContain('Harbour Pilots Guild');
  });

  it('finds a place through another name the corpus gives it in parentheses', () => {
    const index = SearchIndex.build([
      ...tiny,
      ...otherBusiness,
      passage(4, 'Trade with the Northern Isles doubled: their ferry is always full.'),
      passage(5, 'The Northern Isles (Orkney) will get a second ferry next year.'),
    ]);
    expect(index.search('how is trade with orkney')[0]?.text).toContain('Trade with the Northern Isles');
  });

  it('finds a person asked about by title through the name the corpus writes after it', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'Solberg promised that rebuilding would start before the summer.'),
      passage(5, 'Harbour fees rise next year for every boat.'),
    ]);
    expect(index.search('When did the harbour master promise rebuilding?')[0]?.text).toContain(
      'Solberg promised',
    );
  });

  it('reads a title the corpus never uses as a broader one it writes before a name', () => {
    // An ayatollah is a religious leader; the seeds call Khamenei "Supreme Leader", never "ayatollah".
    expect(seeds.search('What can Israel never make up for, according to the ayatollah?')[0]?.text).toContain(
      'compensate for the embarrassing defeat',
    );
  });

  it('ranks first the passage that covers most of what the question says it is about', () => {
    // Another passage names more officials and government entities, but not the Palestinians asked about.
    expect(
      seeds.search('which goverment officials complained to iran about palestinians killing civillians')[0]
        ?.text,
    ).toContain('why Palestinians have killed civilians');
  });

  it('finds a kind of the thing a "which" question asks for', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(13, 'The governor agreed that the islands should be surveyed.'),
      passage(14, 'A treaty was made with the King of Denmark, who agreed to the cession of the islands.'),
      passage(15, 'The old monarch of the mainland died in the spring.'),
    ]);
    expect(index.search('Which monarch agreed to give up the islands?')[0]?.text).toContain(
      'King of Denmark',
    );
  });

  it('refuses a near miss on the corpus topic', () => {
    expect(seeds.search('What did Khamenei say about Saudi Arabia?')).toEqual([]);
  });

  it('refuses a question whose subject the corpus never connects to the speaker', () => {
    expect(seeds.search('What did Hezbollah say about the ceasefire?')).toEqual([]);
    expect(seeds.search('What did Fadavi say about Israel?')[0]?.text).toContain('said Ali Fadavi');
  });

  it("answers a subject told partly in the asker's own words, but not one told only in them", () => {
    expect(seeds.search('what did khamenei say about the sanctions hurting iran')[0]?.text).toContain(
      'Khamenei also responded to the intensified sanctions',
    );
    expect(seeds.search('what did khamenei say about the hurting')).toEqual([]);
  });

  it('refuses a "how many" or "when" question whose passage gives no number or date', () => {
    // The passage says Iran supplies drones to Russia, but not how many, nor when Fadavi took his post.
    expect(seeds.search('How many drones has Iran shipped to Russia so far?')).toEqual([]);
    expect(seeds.search('How old is Ali Fadavi?')).toEqual([]);
    expect(seeds.search('How many hostages were kidnapped?')[0]?.text).toContain('kidnapping over 250');
  });

  it('answers "why" with the passage that gives a cause', () => {
    const index = SearchIndex.build([
      ...otherBusiness,
      passage(1, 'The ferry to the island stopped running in March, the harbour office said.'),
      passage(2, 'The ferry stopped running after the storm damaged the north pier.'),
    ]);
    expect(index.search('why did the ferry stop running')[0]?.text).toContain('after the storm');
    expect(seeds.search('Why does Iran say its air attack on Israel was justified?')[0]?.text).toContain(
      'self defense',
    );
  });

  it('answers "on what date" only from a passage that gives a calendar date', () => {
    // The seeds date the drone attack by "days after" and Khamenei's speech by weekday, never by calendar date.
    expect(seeds.search('On what date did Iran launch the drone and missile barrage at Israel?')).toEqual([]);
    expect(seeds.search("What date was Iran's consulate in Damascus hit?")).toEqual([]);
    expect(seeds.search('what exact date did iran launch the drone and missile barrage at israel')).toEqual(
      [],
    );
    expect(seeds.search('On what date did Hamas attack Israel?')[0]?.text).toContain('October 7');
  });

  it('refuses a question about Discord itself, unless the corpus is about Discord', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(
        4,
        'Discord between the fishermen and the council grew over the new password for the pier gate.',
      ),
    ]);
    expect(index.search('how do i reset my discord password')).toEqual([]);
    // Asked of the corpus's own word, discord is strife.
    expect(index.search('why did discord grow between the fishermen and the council')[0]?.text).toContain(
      'Discord between the fishermen',
    );
    const guide = SearchIndex.build([
      ...tiny,
      passage(5, 'On Discord, a server owner gives members roles from the server settings.'),
      passage(6, 'Discord sends a reset link when you forget your password.'),
    ]);
    expect(guide.search('how do i reset my discord password')[0]?.text).toContain('reset link');
  });

  it('reads an acronym spelled out in the passage before as the one a quote is by', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'A deputy commander of the elite Revolutionary Guards spoke to state media on Tuesday.'),
      passage(5, '“Another shockwave is on the way,” he said.'),
    ]);
    expect(index.search('IRGC shockwave warning')[0]?.text).toContain('shockwave');
  });

  it('refuses a question about the bot itself, unless the corpus speaks of bots', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'The council gave the harbour master a new role in running the pier.'),
    ]);
    expect(index.search('how do i get the bot to give me a role')).toEqual([]);
    const guide = SearchIndex.build([
      ...tiny,
      passage(5, 'A moderation bot gives each new member a role when they join the server.'),
    ]);
    expect(guide.search('how do i get the bot to give me a role')[0]?.text).toContain('moderation bot');
  });

  it('refuses "when did X become Y?" from a passage that dates something else about X', () => {
    // The seeds date Khamenei's speeches, never when he became Supreme Leader, nor when Borrell took his post.
    expect(seeds.search('When did Khamenei become supreme leader?')).toEqual([]);
    expect(seeds.search("When did Josep Borrell become the EU's foreign policy chief?")).toEqual([]);
    // "hit" is a noun too, but right after the name it is what Israel did; the seeds never say it hit back.
    expect(seeds.search("When did Israel hit back after Iran's drone and missile attack?")).toEqual([]);
    expect(seeds.search('When did Khamenei give his speech about the sanctions?')[0]?.text).toContain(
      'speech on Wednesday',
    );
  });

  it('answers a two-word question only from a passage holding both words the corpus uses', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'A spider spun its web across the harbour office window.'),
      passage(5, 'The harbour master broke both legs falling from the pier in 1998.'),
    ]);
    expect(index.search('How many legs does a spider have?')).toEqual([]);
    expect(index.search('How many legs does a spdier have?')).toEqual([]);
    expect(seeds.search('How many hostages were kidnapped?')[0]?.text).toContain('kidnapping over 250');
  });

  it('answers "when" from a date or from a time relative to another event', () => {
    expect(seeds.search('When did the anti-regime protests break out?')[0]?.text).toContain(
      'Since September 2022',
    );
    expect(
      seeds.search('When did Khamenei reiterate his support for Palestinian groups?')[0]?.text,
    ).toContain('just days after');
  });

  it('shows the sentence after a short best sentence, which often carries the answer on', () => {
    const excerpt = seeds.search('How angry are Muslim nations, according to Khamenei?')[0]?.excerpt ?? '';
    expect(excerpt.replace(/\*\*/g, '')).toContain('Muslim nations are angry. Very angry.');
  });

  it('shows the sentence before a short quote that ends its paragraph: the question it caps', () => {
    const excerpt = seeds.search('khamenei are we the resistance front terrorists')[0]?.excerpt ?? '';
    expect(excerpt.replace(/\*\*/g, '')).toContain('Is a Palestinian defending his home a terrorist?');
  });

  it('refuses to name someone the corpus leaves unnamed', () => {
    expect(seeds.search('What was the name of the Quds Force commander killed in Damascus?')).toEqual([]);
    expect(seeds.search('quds force commander killed in damascus name?')).toEqual([]);
    expect(seeds.search('eu foreign policy chief name')[0]?.text).toContain('Josep Borrell');
    expect(seeds.search('What is the name of the EU foreign policy chief?')[0]?.text).toContain(
      'Josep Borrell',
    );
  });

  it('reads a misspelt question word or filler as that word, not as a word every answer must hold', () => {
    expect(seeds.search('Whcih groups does Iran support financially and militarily?')[0]?.text).toContain(
      'financially and militarily supporting Hamas',
    );
    expect(
      seeds.search('What did Khamenei say aboout Hezbollah in his Wednesday speech?')[0]?.text,
    ).toContain('Hezbollah');
  });

  it('reads a misspelt dictionary word the corpus lacks as that word, not as an unknown name', () => {
    expect(
      seeds.search('what day did the ayatolah give the speech saying the israeli victims were armed')[0]
        ?.text,
    ).toContain('in a speech on Tuesday');
  });

  it('joins two words the corpus writes as one', () => {
    expect(seeds.search('who does iran see as its arch enemy')[0]?.text).toContain('archenemy Israel');
  });

  it('reads a topic before a colon or dash as part of the question', () => {
    expect(seeds.search('Revolutionary Guards deputy: what will Israel face?')[0]?.text).toContain(
      'Israel will face another shockwave',
    );
  });

  it('corrects a slip in a name only to a name the corpus writes, not to a common word', async () => {
    const index = SearchIndex.build([
      ...(await loadCorpus('seeds')).passages,
      passage(4, 'Finding a job to join the crew was hard for the islanders.'),
      passage(5, 'Senator John Glenn flew 149 combat missions before he orbited the earth.'),
    ]);
    expect(index.search('How many combat missions did Jon Glen fly?')[0]?.text).toContain('149 combat');
    expect(index.search('Did Jon find a job?')).toEqual([]);
  });

  it('joins a word with a misspelt neighbour into the compound the corpus writes ("arch eneym")', () => {
    expect(seeds.search('who does iran see as its arch eneym')[0]?.text).toContain('archenemy');
  });

  it('reads a long word two slips off as the word it misspells, not as a name the answer must hold', () => {
    expect(
      seeds.search('what does the artical say about the regime investing in proxies')[0]?.text,
    ).toContain('proxies');
  });

  it('corrects a name two slips off when the corpus writes the name ("Fsdvi" → Fadavi)', () => {
    expect(seeds.search('What did Fsdvi call Israel?')[0]?.text).toContain('cancerous tumor');
    expect(seeds.search('who is Jossef Boerll')[0]?.text).toContain('Josep Borrell');
    // Typed in lower case, a word that is no slip of a dictionary word is a name all the same.
    expect(seeds.search('what did fsdvi call israel')[0]?.text).toContain('cancerous tumor');
  });

  it('answers a superlative only from a passage that says which one stands out', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'The lighthouse is the tallest building on the island.'),
      passage(5, 'A new building went up by the north pier last year.'),
    ]);
    expect(index.search('What is the tallest building on the island?')[0]?.text).toContain('lighthouse');
    expect(index.search('What is the biggest building by the pier?')).toEqual([]);
    // A synonym's superlative says it as well: the biggest barn is the largest.
    const barns = SearchIndex.build([
      ...tiny,
      passage(6, 'The old granary is the biggest barn on the island.'),
    ]);
    expect(barns.search('Which is the largest barn on the island?')[0]?.text).toContain('granary');
  });

  it('reads a superlative after a verb as how it happened, which the passage need not say ("hit hardest")', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(7, 'The drought has affected particularly the farms along the river valleys.'),
    ]);
    expect(index.search('Which farms were hit hardest by the drought?')[0]?.text).toContain('river valleys');
  });

  it("reads a speaker's first or last message as the year of their earliest or latest speech", () => {
    const index = SearchIndex.build([
      ...tiny,
      speech(1801, 'Our gunboats are few; the navy needs more of them.', 'thomas jefferson'),
      speech(1805, 'Gunboats guard the harbours of the southern coast.', 'thomas jefferson'),
      speech(
        1808,
        'Of the gunboats authorized, one hundred and three are building this year.',
        'thomas jefferson',
      ),
      speech(1809, 'The gunboats of the last administration are laid up.', 'james madison'),
    ]);
    expect(
      index.search('What did Jefferson say about gunboats in his last annual message?')[0]?.text,
    ).toContain('one hundred and three');
    expect(index.search("What did Jefferson's first annual message say about gunboats?")[0]?.text).toContain(
      'Our gunboats are few',
    );
  });

  it('ranks a passage naming a narrower kind of a word higher', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'A boat anchored off the north pier at dawn.'),
      passage(5, 'A frigate anchored off the north pier at dawn.'),
    ]);
    expect(index.search('warship anchored at the pier')[0]?.text).toContain('frigate');
    // Kinds of a related word: "shot down" is "downing", a kind of which is intercepting.
    expect(
      seeds.search('Who shot down most of the Iranian drones and rockets launched at Israel?')[0]?.text,
    ).toContain('intercepted by Israel');
  });

  it('answers a question about a year from a passage of that year, in its text or its title', () => {
    const index = SearchIndex.build([
      ...tiny,
      speech(2013, 'I ask Congress to raise the federal minimum wage to $9.00 an hour.'),
      speech(2014, 'Give America a raise: lift the federal minimum wage to $10.10 an hour.'),
    ]);
    expect(index.search('How high did he want the minimum wage raised in 2014?')[0]?.text).toContain(
      '$10.10',
    );
    expect(index.search('How high did he want the minimum wage raised in 2019?')).toEqual([]);
    // A month dates the question: the passage need not name it.
    for (const month of ['January', 'Janury'])
      expect(
        index.search(`How high did he want the minimum wage raised in ${month} 2014?`)[0]?.text,
      ).toContain('$10.10');
  });

  it('prefers the speech whose title names both the person and the year asked about', () => {
    const index = SearchIndex.build([
      ...tiny,
      speech(
        1841,
        'The census just taken shows that our population now numbers 17,069,453 souls.',
        'john tyler',
      ),
      speech(
        1844,
        'The census of 1841 showed the population growing in every state of the Union.',
        'john tyler',
      ),
    ]);
    expect(index.search("What population did the census show, per Tyler's 1841 message?")[0]?.text).toContain(
      '17,069,453',
    );
  });

  it('reads a year in a title as the speech asked about, over one that only recalls that year', () => {
    const index = SearchIndex.build([
      ...tiny,
      speech(2007, 'I ask you to enlarge the Army and Marine Corps by 92,000 in the next five years.'),
      speech(
        2008,
        'In 2007 we sent more troops to Iraq, and our troops in the Army and the Marines did their duty.',
      ),
    ]);
    const question = 'how many troops did he want to add to the army and marines in the 2007 address';
    expect(index.search(question)[0]?.text).toContain('92,000');
  });

  it('reads "the 2007 address" as that speech, not a passage of 2008 dating an event to 2007', () => {
    const index = SearchIndex.build([
      ...tiny,
      speech(2007, 'I ask you to enlarge the Army and Marine Corps by 92,000 in the next five years.'),
      speech(
        2008,
        'In 2007 we added 30,000 troops to the Army and the Marines, and our troops did their duty.',
      ),
    ]);
    const question = 'how many troops did he want to add to the army and marines in the 2007 address';
    expect(index.search(question)[0]?.text).toContain('92,000');
    // Dating an event, the year is matched by the text: "what happened in 2007".
    expect(index.search('how many troops were added to the army in 2007')[0]?.text).toContain('30,000');
  });

  it('reads a two-digit number after a name as the year of the speech ("lbj 65")', () => {
    const index = SearchIndex.build([
      ...tiny,
      speech(
        1965,
        'Looking over the budget and the state of business this winter, I say the mere fear of a recession can bring one on.',
        'lyndon b johnson',
      ),
      speech(1967, 'A recession hurts every family.', 'lyndon b johnson'),
    ]);
    expect(index.search('lbj 65 what did he say about a recession')[0]?.text).toContain('mere fear');
  });

  it.each([
    // "What day" is answered by the day named, not by a passage that only says "day".
    [
      'what day did the new ferry sail?',
      'Since May, every day the new ferry sails out.',
      'The new ferry sailed on Tuesday.',
    ],
    // "When" is answered by a date over a time relative to another event.
    [
      'when did the old ferry sail again?',
      'Days after the storm, the old ferry sailed again.',
      'The old ferry, repainted, sailed again on 3 May.',
    ],
  ])('answers %j with the passage that holds the date asked for', (question, other, answer) => {
    const index = SearchIndex.build([...tiny, passage(6, other), passage(7, answer)]);
    expect(index.search(question)[0]?.text).toBe(answer);
  });

  it('reads a word the corpus seldom uses as a slip on a far commoner one too ("regan" → Reagan)', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'Treasury Secretary Donald Regan sent his report on the income tax.'),
      ...Array.from({ length: 12 }, (_, k) => passage(10 + k, `President Reagan signed bill number ${k}.`)),
      passage(30, 'President Reagan cut the income tax in 1981.'),
    ]);
    expect(index.search('what bill did regan sign')[0]?.text).toContain('Reagan signed bill');
  });

  it('reads a lower-case name with the word beside it that no dictionary knows ("buenos aires")', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(5, 'A treaty of commerce with Buenos Ayres was being negotiated when our minister died.'),
    ]);
    expect(index.search('whose death stopped a commerce treaty with buenos aires?')[0]?.text).toContain(
      'Buenos Ayres',
    );
  });

  it('demands a lower-case word the corpus writes as a name, as it would the name ("biden")', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(
        4,
        'We must take whatever actions are necessary to reduce inflation and our dependence on oil.',
      ),
      passage(5, 'Last week President Biden met the governors of the western states in Denver.'),
      ...otherBusiness,
    ]);
    expect(index.search("biden's take on reducing inflation")).toEqual([]);
    expect(index.search('who did biden meet in denver')[0]?.text).toContain('Biden met');
  });

  it('does not demand the word beside a lower-case name: it may be a nickname ("abe lincoln")', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'President Lincoln told Congress: "Fellow citizens, we cannot escape history."'),
      ...otherBusiness,
    ]);
    expect(index.search('abe lincoln quote that we cannot escape history')[0]?.text).toContain(
      'escape history',
    );
  });

  it('reads a misspelt name as the name the corpus writes, which the answer must hold ("linclon")', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'Then President Lincoln spoke to the crowd.'),
      speech(1894, 'Twenty ships were sent to guard the coast against the rebellion.', 'grover cleveland'),
      speech(1862, 'We sent twelve ships to the blockade.', 'abraham lincoln'),
      ...otherBusiness,
    ]);
    expect(index.search('how many ships did linclon send against the rebellion')[0]?.text).toContain(
      'twelve ships',
    );
  });

  it('refuses, in a large corpus, a question about a word it never uses and no passage stands in for', () => {
    const places = [
      'ferry',
      'harbour',
      'nets',
      'storm',
      'pier',
      'wall',
      'budget',
      'fishermen',
      'island',
      'lighthouse',
    ];
    const minutes = Array.from({ length: 5000 }, (_, k) =>
      passage(
        1000 + k,
        `The council met on the ${places[k % 10]} and the ${places[(k * 7) % 10]}, item ${k}.`,
      ),
    );
    const index = SearchIndex.build([
      ...minutes,
      passage(1, 'Reckless spending is the best recipe for a quagmire, the mayor said.'),
      passage(2, 'The ferry to the island leaves at seven every morning from the north pier.'),
      passage(3, 'The baker on the pier shared her recipe for bread with the council.'),
      passage(4, 'The water off the island point is cold all year round.'),
      passage(5, 'The boiler of the ferry was replaced in the spring.'),
    ]);
    expect(index.search('best sourdough starter recipe')).toEqual([]);
    // Banana bread is a dish WordNet knows, but the corpus has nothing that stands for the banana in it.
    expect(index.search('banana bread recipe')).toEqual([]);
    // Nor is a phrase whose sense the corpus lacks: the boiling point of water is no word of the minutes, the
    // ferry's boiler no stand-in for it.
    expect(index.search('what is the boiling point of water off the island point')).toEqual([]);
    expect(index.search('recipe for bread')[0]?.text).toContain('recipe for bread');
    // A word the corpus never uses is still answered through a word that stands for it: the boat is the ferry.
    expect(index.search('when does the boat to the island leave')[0]?.text).toContain('leaves at seven');
  });

  it('corrects a misspelt name to a name the corpus writes, past commoner words as close to it ("Hureat")', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(4, 'General Huerta must resign before there can be peace in Mexico.'),
      ...['hurt', 'heat', 'hereafter'].flatMap((word, k) =>
        [1, 2, 3].map((n) => passage(10 * (k + 1) + n, `The ${word} of the summer, number ${n}.`)),
      ),
    ]);
    expect(index.search('What must General Hureat do before there can be peace?')[0]?.text).toContain(
      'Huerta must resign',
    );
  });

  it('reads the names of the window before into a window of a long paragraph', () => {
    const index = SearchIndex.build([
      ...otherBusiness,
      passage(
        7,
        'We met the Solberg family, who run the ferry company, at the pier. We asked about trade.',
        1,
      ),
      { ...passage(7, 'They told me the ferry fares would double next spring.', 2), id: 'doc.txt#7.2' },
    ]);
    expect(index.search('will the Solberg ferry fares double')[0]?.text).toContain('fares would double');
  });

  it('reads a name typed in lower case into the quote that follows the paragraph naming its speaker', () => {
    expect(seeds.search('fadavi next shockwave')[0]?.text).toContain('Another shockwave');
  });

  it('answers a long paraphrase that shares over a third of its words with the passage', () => {
    expect(seeds.search('how many people were taken captive on Oct 7?')[0]?.text).toContain(
      'kidnapping over 250',
    );
  });

  it('does not demand a plural acronym the corpus never uses ("UAVs"): the text calls them by words', () => {
    expect(seeds.search('how many UAVs and rockets did tehran fire at israel')[0]?.text).toContain(
      '350 drones',
    );
  });

  it('finds a passage through a broader kind of a word the corpus never uses (rallies → gathering)', () => {
    expect(seeds.search('Which western cities had rallies?')[0]?.text).toContain('Los Angeles');
  });

  it('reads "getting" as a filler like "get", not as a word the answer must hold', () => {
    expect(
      seeds.search(
        'According to Khamenei, who complained to Iranian officials about civilians getting killed?',
      )[0]?.text,
    ).toContain('protested in defense');
  });

  it('answers "what was the name" with a name even when it is also a dictionary word (the schooner Enterprise)', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(
        7,
        'A cruiser from Tripoli engaged the small schooner Enterprise, which captured her without loss.',
      ),
    ]);
    expect(
      index.search('What was the name of the schooner that engaged the cruiser from Tripoli?')[0]?.text,
    ).toContain('schooner Enterprise');
  });

  it('does not take a title or a word of an institution for the name asked for', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(
        7,
        'Under the Commodore the pilots captured a cruiser and handed it to the British Harbour Board.',
      ),
    ]);
    expect(index.search('What was the name of the cruiser the pilots captured?')).toEqual([]);
  });

  it('reads "the names of" as asking for names too', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(7, 'The pilots rescued three women from the harbour before the storm broke.'),
    ]);
    expect(index.search('What were the names of the three women the pilots rescued?')).toEqual([]);
    expect(index.search('Which women did the pilots rescue?')[0]?.text).toContain('rescued three women');
  });

  it('does not take the name that opens the next sentence for the name asked for', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(
        7,
        'With seconds to act, Wesley jumped onto the tracks and pulled the man clear of the train. ' +
          'There is something wonderful about a humble man like Wesley Autrey. Tommy Rieman was a teenager then.',
      ),
    ]);
    expect(index.search('What was the name of the man Wesley Autrey pulled from the tracks?')).toEqual([]);
  });

  it('reads "right now" as when the question is asked, not as words the answer must hold', () => {
    expect(seeds.search('is hezbolla fighting israel right now?')[0]?.text).toContain('currently waging war');
    expect(seeds.search("who is iran's president right now?")).toEqual([]);
  });

  it('answers "who is X?" with the passage that introduces X by a title or a clause', () => {
    expect(seeds.search('who is Khamenei')[0]?.text).toContain('Iran’s ruler Ali Khamenei');
    expect(seeds.search('what is Hezbollah?')[0]?.text).toContain('Hezbollah, which is currently waging war');
  });

  it('answers how old only with an age', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(9, 'The lighthouse keeper, aged 61, has kept the light since 1990.'),
      passage(10, 'The old north pier was rebuilt in 1998 after the great storm.'),
    ]);
    expect(index.search('How old is the lighthouse keeper?')[0]?.text).toContain('aged 61');
    // News style gives the age between commas after the name.
    const named = SearchIndex.build([
      ...tiny,
      passage(11, 'Ingrid Solberg, 61, will retire as harbour master.'),
    ]);
    expect(named.search('How old is Ingrid Solberg?')[0]?.text).toContain('Solberg, 61,');
    expect(index.search('How old is the north pier?')).toEqual([]);
  });

  it('answers how much money only with a sum of money', () => {
    expect(seeds.search('How much money does Iran pour into its proxies every year?')[0]?.text).toContain(
      'billions of dollars',
    );
    expect(seeds.search("How much have the new EU sanctions cost Iran's economy?")).toEqual([]);
  });

  it('reads a phrasal verb in its own sense, not its first word\'s ("make up for" is no "build")', () => {
    expect(seeds.search('what did khamenei say israel can never make up for')[0]?.text).toContain(
      'compensate for the embarrassing defeat',
    );
  });

  it('finds a passage through a broader kind of a verb the corpus never uses (send → move)', () => {
    expect(seeds.search('What weapons did Iran send to Moscow?')[0]?.text).toContain('drones to Russia');
  });

  it('does not take an ordinary word for a name that stems like it', async () => {
    const pier = passage(90, 'The main pier was blown up by the storm in 1898, and rebuilt the hard way.');
    const index = SearchIndex.build([...(await loadCorpus('seeds')).passages, pier]);
    expect(index.search('When was the Maine blown up?')).toEqual([]);
    expect(index.search('What did Harding say about the pier?')).toEqual([]);
    expect(index.search('When was the main pier blown up?')[0]?.text).toContain('main pier');
  });

  it('knows whom "he" is from the passage before', () => {
    // "…he stated" follows the paragraph that names Khamenei and his Wednesday speech.
    const top = seeds.search('Did Khamenei say sanctions will bring down the Iranian nation?');
    expect(top[0]?.text).toContain('will not bring down the Iranian nation');
  });

  it('refuses a question the corpus cannot answer', () => {
    expect(seeds.search('How do I reset my wifi router?')).toEqual([]);
  });

  it('answers a long, chatty question as it answers the short one', () => {
    const chatty =
      'Hi there, I was reading the news the other day and I wondered, what exactly did the Iranian supreme ' +
      'leader say about the people who live in the Israeli settlements, were they civilians or not?';
    expect(seeds.search(chatty)[0]?.text).toContain('settlements are not civilians');
    const story = 'My grandmother grew up near the coast and told us long stories about the markets. '.repeat(
      40,
    );
    expect(seeds.search(`${story}So, how many people did the regime arrest?`)[0]?.text).toContain(
      'arrested 22,000 people',
    );
  });

  it('refuses a chatty question the corpus cannot answer, and a chatty near miss', () => {
    expect(
      seeds.search(
        'Hi everyone, hope you are well, could anybody tell me how to reset my wifi router? thanks',
      ),
    ).toEqual([]);
    expect(
      seeds.search(
        'Hello, I was reading about Iran the other day, what did Khamenei say about Saudi Arabia?',
      ),
    ).toEqual([]);
  });

  it('answers "how old" and "age" questions from an "N-year-old" in the text', () => {
    expect(seeds.search('how old is khamenei')[0]?.text).toContain('83-year-old');
    expect(seeds.search('how old is khsmenei')[0]?.text).toContain('83-year-old');
    expect(seeds.search('khamenei age')[0]?.text).toContain('83-year-old');
  });

  it('answers a question about an age range from ages stated a few words after "age"', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(8, 'In August, 1918, the draft age limits were broadened from 21-31 to 18-45.'),
    ]);
    expect(index.search('what did they change the draft age range to in 1918')[0]?.text).toContain('18-45');
  });

  it('reads a title only in a word that names a kind of person, and a lower-case name as a name', () => {
    // "…prevent retaliation Khamenei said": "retaliation" precedes the name but is no title of his.
    expect(seeds.search('what did the supreme leader say about retaliation')[0]?.text).toContain(
      'might retaliate',
    );
    expect(seeds.search('what did irans top leader say about the americans')[0]?.text).toContain(
      'Americans should take responsibility',
    );
  });

  it('matches a number written in words to the digits of the text', () => {
    expect(
      seeds.search('did hezbollah really fire three thousand one hundred projectiles')[0]?.text,
    ).toContain('3,100 projectiles');
  });

  it('refuses a question about a name the corpus never mentions, even typed in lower case', () => {
    expect(seeds.search('how old is netanyahu?')).toEqual([]);
  });

  it('does not take an adjective typed in lower case for a name the passage must hold ("western")', () => {
    const index = SearchIndex.build([
      ...tiny,
      passage(
        4,
        'The population of the new States and Territories grew from 60,000 to 2,300,000 in thirty years.',
      ),
    ]);
    expect(index.search('how fast did the population of the new western states grow?')[0]?.text).toContain(
      '2,300,000',
    );
  });

  it("finds a country named another way through its people's name (US → America → American)", () => {
    expect(seeds.search('khamenei US responsibility prosecution')[0]?.text).toContain('American government');
  });

  it('finds a name asked about in full when the corpus writes its initials', () => {
    expect(seeds.search('Who is the foreign policy chief of the European Union?')[0]?.text).toContain(
      'Josep Borrell',
    );
  });

  it('shows a short best sentence with the start of a long one after it, which often holds the answer', () => {
    const late =
      'The ferry was late on Monday. Its engine had failed off the north pier, so the crew rowed the last mile ' +
      'while the harbour master, who had seen the smoke from the wall, sent the pilot boat out with a spare part, ' +
      'a mechanic and enough fuel to bring every passenger home before the evening tide turned against them, ' +
      'the fog rolled in over the breakwater, the lamps along the quay were lit one by one by the old keeper ' +
      'and the last bus to the village left the square without them.';
    const index = SearchIndex.build([...tiny, passage(8, late)]);
    const [top] = index.search('Why was the ferry late on Monday?');
    expect(top?.excerpt).toContain('engine had failed');
    expect(top?.excerpt).not.toContain('without them');
  });

  it('shows a long sentence of old prose with the sentence after it, which holds what was done', () => {
    const report =
      'The view which has been taken of the probable productiveness of the lead mines of the western country, ' +
      'connected with the importance of that material to the public defense, makes it expedient that they ' +
      'should be managed with care. It is therefore thought best that an agent skilled in mineralogy be named ' +
      'to superintend them under the proper department.';
    const index = SearchIndex.build([...tiny, passage(10, report)]);
    const [top] = index.search('what did he propose for managing the lead mines?');
    expect(top?.excerpt).toContain('agent skilled in mineralogy');
  });

  it('shows three sentences when the third holds what happened to the person the first names', () => {
    const seizure =
      'Martin Vale, a weaver by birth, came to this country in 1850 and declared his wish to become a citizen. ' +
      'After remaining here nearly two years he went abroad on business of his own. While at Smyrna he was ' +
      'seized on the quay and taken aboard a foreign brig in irons. The matter was laid before the consul.';
    const index = SearchIndex.build([...tiny, passage(11, seizure)]);
    const excerpt = index.search('martin vale at smyrna what happened')[0]?.excerpt ?? '';
    expect(excerpt).toContain('**Martin** **Vale**');
    expect(excerpt).toContain('seized on the quay');
  });

  it('shows three sentences for a sum asked for only when they hold one', () => {
    const bills =
      'Richard Anderson of Reno, Nevada, lost his job and the couple lost their insurance. Two weeks later his ' +
      'wife, Judy, suffered a cerebral aneurysm. He rushed her to the hospital, where she stayed in intensive ' +
      "care for 21 days. The Andersons' bills were over $120,000. They were forced into bankruptcy.";
    const index = SearchIndex.build([...tiny, passage(12, bills)]);
    const question = "how much did the reno couple owe for hospital care after the wife's aneurysm?";
    expect(index.search(question)[0]?.excerpt).toContain('$120,000');
  });

  it('shows "who…?" the sentence that names the person, with the one that tells what they did', () => {
    const story =
      'We remember Hadiya Pendleton, a girl of fifteen. Just three weeks ago she was here in Chicago, performing ' +
      'for her country at the inauguration with her school band. A week later she was shot in a park. Her ' +
      'parents are here tonight, and they deserve a vote on the measures before this chamber.';
    const index = SearchIndex.build([...tiny, passage(9, story)]);
    expect(index.search('who was the chicago teen who performed at the inauguration?')[0]?.excerpt).toContain(
      'Hadiya Pendleton',
    );
  });

  it('bolds matched words in an excerpt short enough for an embed field', () => {
    const [top] = seeds.search('shotgun pellets');
    expect(top?.excerpt).toContain('**shotgun** **pellets**');
    expect(top!.excerpt.length).toBeLessThan(450);
  });

  it('returns [] without throwing when the query has no words', () => {
    for (const query of ['', '   ', '?!…', '“”', '🙂🙂', '\u0000']) expect(seeds.search(query)).toEqual([]);
  });

  it('matches words whatever their case, accents and curly quotes', () => {
    expect(seeds.search('IRAN’S PRÓXIES across the région')[0]?.text).toContain('proxies across the region');
  });

  it('shows the sentence holding the age, not one whose word merely stems like a stand-in ("news" for "new")', () => {
    const excerpt = seeds.search('What is the age of the Iranian leader?')[0]?.excerpt ?? '';
    expect(excerpt.replace(/\*\*/g, '')).toContain('83-year-old');
    expect(excerpt).not.toContain('**news**');
  });

  it('reads chat shorthand as the word it stands for', () => {
    expect(seeds.search('hows the economy in iran, are ppl poor')[0]?.text).toContain('poverty line');
  });

  it('shows a sentence repeated by two overlapping windows only once', () => {
    const shared = 'The harbour master, Ingrid Solberg, said the wall would be rebuilt by spring.';
    const windows = [
      passage(1, `Fishermen repaired their nets after the storm. ${shared}`, 1),
      passage(1, `${shared} The ferry to the island leaves at seven.`, 2),
      passage(2, 'Ingrid Solberg also said the harbour wall was older than the town.'),
    ];
    const results = SearchIndex.build(windows).search('When will Ingrid Solberg rebuild the wall?');
    expect(results.map((r) => r.excerpt.replace(/\*\*/g, ''))).toHaveLength(2);
    expect(results[1]?.docId).toBe('doc.txt');
    expect(results[1]?.passage).toBe(2);
  });

  it('answers quickly and sanely when the query is very long', () => {
    const hostile = `${'the '.repeat(5000)}shotgun pellets ${'x'.repeat(10_000)}`;
    expect(() => seeds.search(hostile)).not.toThrow();
  });

  it('lists no passage that shares only a common word with the question under the answer', () => {
    const index = SearchIndex.build([
      passage(1, 'The harbour ferry leaves every forty minutes, and the crossing takes twelve minutes.'),
      passage(2, 'Iran has long funded, armed and trained militant groups across the region.'),
      passage(3, 'Americans should take responsibility, they are responsible.'),
    ]);
    const results = index.search('how long does the ferry crossing take?');
    expect(results.map((r) => r.passage)).toEqual([1]);
  });

  it('honours limit and offset', () => {
    const all = SearchIndex.build(tiny).search('harbour wall', { limit: 2 });
    expect(all).toHaveLength(2);
    const second = SearchIndex.build(tiny).search('harbour wall', { limit: 1, offset: 1 });
    expect(second[0]?.id).toBe(all[1]?.id);
  });
});

describe('SearchIndex.build', () => {
  it('indexes every passage and reports progress at the end', () => {
    const seen: number[] = [];
    const index = SearchIndex.build(tiny, { onProgress: (done) => seen.push(done) });
    expect(index.passageCount).toBe(3);
    expect(seen.at(-1)).toBe(3);
  });
});

describe('SearchIndex.toJSON / fromJSON', () => {
  it('restores an index that answers like the original', () => {
    const index = SearchIndex.build(tiny);
    const restored = SearchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())), tiny);
    expect(restored.search('Who is the harbour master?')).toEqual(index.search('Who is the harbour master?'));
  });

  it('throws when the data is corrupt or for other passages', () => {
    const saved = SearchIndex.build(tiny).toJSON() as Record<string, unknown>;
    expect(() => SearchIndex.fromJSON(null, tiny)).toThrow(/search:/);
    expect(() => SearchIndex.fromJSON({ ...saved, version: 'old' }, tiny)).toThrow(/version/);
    expect(() => SearchIndex.fromJSON(saved, tiny.slice(1))).toThrow(/other passages/);
    expect(() => SearchIndex.fromJSON({ ...saved, engine: { bogus: 1 } }, tiny)).toThrow(/search:/);
    expect(ANALYSIS_VERSION).toMatch(/\S/);
  });
});

describe('citationOf', () => {
  it('names the title, paragraph and source, and the part of a split paragraph', () => {
    expect(citationOf(tiny[0]!)).toBe('Harbour notes — ¶ 1 — harbour');
    expect(citationOf(passage(12, 'x', 2))).toBe('Harbour notes — ¶ 12 (part 2) — harbour');
  });
});
