import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { createBotContext, type BotContext } from '../../src/bot/context.ts';
import { parseConfig, type BotConfig, type Env } from '../../src/config/config.ts';
import { Library } from '../../src/library/library.ts';

/** Tiny corpus the bot tests answer from: an article, a Markdown-heavy note, and a document with many paragraphs. */
export const DOCS: Record<string, string> = {
  'sanctions.txt': [
    'Western sanctions on IRGC commanders',
    'Source » iranintl',
    'The European Union sanctioned Ali Fadavi, deputy commander of the Revolutionary Guards, over the crackdown on protesters.',
    'Oil exports rose to record levels in the spring despite the sanctions, officials in Tehran said.',
    'Britain and Canada announced similar measures against the Guards navy a week later.',
  ].join('\n\n'),
  'markup.md': [
    '# Notes with *stars* and `code`',
    'Source » wiki',
    'The **budget** line uses *asterisks*, __underscores__ and ||spoilers|| in the corpus text itself; also <@123> and @everyone.',
  ].join('\n\n'),
};

/** A valid configuration with cooldowns off unless a test turns them on. */
export function testConfig(env: Env = {}): BotConfig {
  return parseConfig({
    DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789',
    DISCORD_CLIENT_ID: '123456789012345678',
    ASK_COOLDOWN_SECONDS: '0',
    MENTION_CHANNEL_COOLDOWN_SECONDS: '0',
    ...env,
  });
}

/** A logger that keeps its lines so tests can check what was logged. */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void raw.push(line) });
  return { logger, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/**
 * A temporary corpus folder with a real Library over it; its index cache lives in the same temporary root.
 * Call `cleanup()` in afterEach/afterAll.
 */
export async function tempLibrary(
  docs: Record<string, string> = DOCS,
): Promise<{ dir: string; library: Library; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'bot-test-'));
  const dir = join(root, 'seeds');
  await writeDocs(dir, docs);
  const library = await Library.open(dir, {
    logger: pino({ level: 'silent' }),
    cacheDir: join(root, 'cache'),
  });
  return { dir, library, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Writes `docs` (file name → text) into `dir` (created if needed). */
export async function writeDocs(dir: string, docs: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(docs)) await writeFile(join(dir, name), text);
}

/** A context over `library` with a clock the test moves by hand. */
export function testContext(
  library: Library,
  opts: { config?: BotConfig; logger?: Logger } = {},
): BotContext & { advance: (seconds: number) => void } {
  let now = 1_700_000_000_000;
  const ctx = createBotContext(opts.config ?? testConfig(), {
    library,
    logger: opts.logger ?? pino({ level: 'silent' }),
    clock: () => now,
  });
  return Object.assign(ctx, { advance: (seconds: number) => void (now += seconds * 1000) });
}
