/** What a line typed into the playground asks for. */
export type PlaygroundInput =
  | { kind: 'command'; name: string; rest: string }
  | { kind: 'mention'; text: string }
  | { kind: 'press'; number: number }
  | { kind: 'quit' }
  | { kind: 'empty' }
  | { kind: 'chat'; text: string };

/**
 * Parses one typed line: `/ask question: who?` (or plainly `/ask who?`), `@bot …` / `@Name …`, a button number,
 * `/quit`. A command's options are split later by {@link splitOptions}, which knows the command's option names.
 *
 * @example
 * parseInput('/ask who was sanctioned?', 'Corpus Bot') // { kind: 'command', name: 'ask', rest: 'who was sanctioned?' }
 */
export function parseInput(line: string, botName: string): PlaygroundInput {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  if (/^\d+$/.test(text)) return { kind: 'press', number: Number(text) };
  if (/^\/(quit|exit)$/i.test(text)) return { kind: 'quit' };
  const mention = new RegExp(`^@(?:bot|${escapeRegExp(botName)})(?![\\w])\\s*`, 'i').exec(text);
  if (mention) return { kind: 'mention', text: text.slice(mention[0].length) };
  const command = /^\/([\w-]+)\s*([\s\S]*)$/.exec(text);
  if (!command) return { kind: 'chat', text };
  return { kind: 'command', name: (command[1] ?? '').toLowerCase(), rest: (command[2] ?? '').trim() };
}

/**
 * Splits `question: who? results: 2` into options, the way Discord's command box separates them. Only the
 * command's own option names count, so a question containing "note:" stays whole. Text before the first option
 * goes to `first` (the main option), so `/ask who?` works too.
 *
 * @example
 * splitOptions('who? results: 2', ['question', 'results'], 'question') // { question: 'who?', results: '2' }
 */
export function splitOptions(
  rest: string,
  names: string[],
  first: string | undefined,
): Record<string, string> {
  if (names.length === 0) return {};
  const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):\\s*`, 'gi');
  const marks = [...rest.matchAll(pattern)];
  const options: Record<string, string> = {};
  const lead = rest.slice(0, marks[0]?.index ?? rest.length).trim();
  if (lead !== '' && first !== undefined) options[first] = lead;
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    options[(mark[1] ?? '').toLowerCase()] = rest.slice(start, end).trim();
  });
  return options;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
