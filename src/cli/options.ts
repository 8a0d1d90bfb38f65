/** What `npm run ask` was asked to do. */
export interface AskOptions {
  /** The question from the command line; `undefined` → read questions from standard input, one per line. */
  question: string | undefined;
  /** Results per question, 1..10. */
  top: number;
  /** Corpus folder. */
  seeds: string;
  /** One JSON object per question on standard output (the eval contract) instead of readable text. */
  json: boolean;
  help: boolean;
}

/** A command line `ask` cannot run with; the message is one line a person can act on. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Most results a question may ask for: a Discord message shows no more. */
export const MAX_TOP = 10;

export const USAGE = `Usage: npm run ask -- [options] ["question"]

Answers a question from the documents in a folder, with citations and excerpts.
Without a question, reads questions from standard input, one per line (the index is built once).

Options:
  --top N       results per question, 1..${MAX_TOP} (default 3)
  --seeds DIR   folder of .txt/.md documents to search (default seeds/)
  --json        print one JSON line per question: {"query", "results": [...]}; logs go to stderr
  --help        show this help`;

function parseTop(value: string | undefined): number {
  if (value === undefined || value.startsWith('--'))
    throw new UsageError('--top needs a number, e.g. --top 5');
  const top = Number(value);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    throw new UsageError(`--top must be a whole number from 1 to ${MAX_TOP}, got "${value}"`);
  }
  return top;
}

/**
 * Parses `ask`'s arguments (without `node` and the script). Flags take their value as the next argument or after
 * `=`; every argument that is not a flag is a word of the question.
 *
 * @throws UsageError naming the bad flag or value.
 * @example parseAskArgs(['--top', '5', 'who', 'is', 'Fadavi?']) // { question: 'who is Fadavi?', top: 5, … }
 */
export function parseAskArgs(argv: readonly string[]): AskOptions {
  const options: AskOptions = { question: undefined, top: 3, seeds: 'seeds', json: false, help: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (/^-[^\s-]/.test(arg) && !/^-\d/.test(arg))
        throw new UsageError(`unknown option "${arg}" (try --help)`);
      words.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--top') options.top = parseTop(value());
    else if (flag === '--seeds') {
      const dir = value();
      if (dir === undefined || dir === '' || dir.startsWith('--'))
        throw new UsageError('--seeds needs a folder, e.g. --seeds docs/');
      options.seeds = dir;
    } else if (flag === '--json' && inline === undefined) options.json = true;
    else if (flag === '--help' && inline === undefined) options.help = true;
    else throw new UsageError(`unknown option "${arg}" (try --help)`);
  }
  const question = words.join(' ').trim();
  if (words.length > 0 && question === '')
    throw new UsageError('the question is empty; ask something, e.g. "Who is Ali Fadavi?"');
  options.question = words.length > 0 ? question : undefined;
  return options;
}
