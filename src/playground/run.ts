import { createInterface } from 'node:readline';
import { LOG_LEVELS, type Env, type LogLevel } from '../config/config.ts';
import { createLogger } from '../log/logger.ts';
import { count, formatMs } from '../render/sources.ts';
import { startLocalBot, type LocalBot } from './local-bot.ts';
import { PlaygroundSession } from './session.ts';

/** Streams the playground talks through (the process's by default). */
export interface PlaygroundIO {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * `npm start` without a DISCORD_TOKEN: starts a local Discord and the real bot against it, then lets the person
 * chat with it line by line until end of input (Ctrl-D), `/quit` or Ctrl-C. Works the same when input is piped.
 *
 * @throws what start-up throws (a bad config value, an unusable seeds folder), for `main` to explain.
 */
export async function runPlayground(
  env: Env,
  io: PlaygroundIO = { input: process.stdin, output: process.stdout },
): Promise<void> {
  const print = (text: string): void => void io.output.write(`${text}\n`);
  const interactive = io.input.isTTY === true && io.output.isTTY === true;
  // Logs go to stderr, into the same terminal as the chat: `info` lines (corpus indexed, bot ready) would only
  // repeat the banner, so the playground shows warnings unless LOG_LEVEL asks for something other than info.
  const wanted = LOG_LEVELS.find((l) => l === env.LOG_LEVEL);
  const level: LogLevel = wanted === undefined || wanted === 'info' ? 'warn' : wanted;
  const logger = createLogger({ level });
  print('Starting the local playground…');
  // One person chatting locally: a cooldown would only get in the way. Setting the keys in .env still applies them.
  const local = await startLocalBot({
    env: {
      ...env,
      ASK_COOLDOWN_SECONDS: env.ASK_COOLDOWN_SECONDS?.trim() || '0',
      MENTION_CHANNEL_COOLDOWN_SECONDS: env.MENTION_CHANNEL_COOLDOWN_SECONDS?.trim() || '0',
    },
    logger,
  });
  try {
    print(banner(local));
    const session = new PlaygroundSession(local, print, { ansi: io.output.isTTY === true });
    const lines = createInterface({ input: io.input, output: io.output, terminal: interactive });
    const prompt = (): void => (interactive ? lines.prompt() : undefined);
    // Without a listener readline only pauses on Ctrl-C; the person means "leave".
    lines.on('SIGINT', () => lines.close());
    lines.setPrompt('you> ');
    prompt();
    for await (const line of lines) {
      // Piped input is not echoed by a terminal; repeat it so the transcript shows what was asked.
      if (!interactive) print(`you> ${line}`);
      if (!(await session.handle(line))) break;
      prompt();
    }
    lines.close();
  } finally {
    await local.stop();
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    // After Ctrl-D the cursor still sits after the prompt.
    print(`${interactive ? '\n' : ''}Playground closed.`);
  }
}

function banner(local: LocalBot): string {
  const { corpus, buildMs } = local.library.current;
  const { discord, config } = local;
  return [
    '',
    `This is a LOCAL PLAYGROUND: no DISCORD_TOKEN is set, so a stand-in Discord runs on this machine`,
    `(http://127.0.0.1:${discord.port}) and nothing you type reaches Discord.`,
    `You are "${discord.users.admin.user.username}", an admin of "${discord.world.guildName}", chatting with ${discord.bot.username} (the real bot).`,
    `It answers from ${count(corpus.documents.length, 'document')} (${count(corpus.passages.length, 'passage')}) in ${config.seedsDir}, indexed in ${formatMs(buildMs)}.`,
    '',
    'Try:',
    '  /ask question: who was sanctioned by the West?     (or just: /ask who was sanctioned by the West?)',
    '  @bot who is Fadavi?                                 (a mention, answered as a reply)',
    '  /source <document name> [paragraph: 2]   /sources   /reload   /help',
    '  a number to press that button; /quit or Ctrl-D to leave',
    '',
    'To connect to real Discord: copy .env.example to .env, fill in DISCORD_TOKEN and DISCORD_CLIENT_ID',
    '(the README explains where to find them), run `npm run deploy`, then `npm start`.',
    '',
  ].join('\n');
}
