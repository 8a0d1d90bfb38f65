/**
 * The fixed questions every benchmark run asks, written the way people ask a bot: short keyword queries, plain
 * questions, and long ones full of common words (the, of, and, what, should …) — those are what make a naive
 * index slow, because every common word matches most passages. One has a typo, to exercise fuzzy matching.
 */
export const BENCH_QUESTIONS: readonly string[] = [
  'What did the president say about the national debt?',
  'tariff on imports',
  'How will we protect the country from terrorism and keep the American people safe?',
  'What was said about the war with Mexico?',
  'slavery',
  'What is the government going to do about the cost of health care for all of the people in this country?',
  'When did they talk about the Louisiana purchase?',
  'relations with Great Britain and France',
  'What are the plans for the Panama canal?',
  'Social Security',
  'How should we deal with the problem of inflation and the rising prices that are hurting the families of this nation?',
  'Indian tribes and treaties',
  'What did he say about the Soviet Union and nuclear weapons?',
  'civil service reform',
  'Is there anything in the speeches about the importance of education for our children and the future of the country?',
  'the gold standard and the currency',
  'What was the state of the army and the navy at the end of the year?',
  'economic recovery and jobs',
  'I would like to know what the president thinks we should do with the surplus in the treasury and whether it should be used to pay down the debt',
  'imigration and the border',
];
