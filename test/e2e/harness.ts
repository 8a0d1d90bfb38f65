import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startLocalBot, type LocalBot } from '../../src/playground/local-bot.ts';
import { writeDocs } from '../bot/helpers.ts';

/** A running bot on a local Discord over a temporary corpus, with a clock the test moves. */
export interface E2E extends LocalBot {
  /** The seeds folder; write files here before `/reload`. */
  seedsDir: string;
  /** Moves the bot's clock forward (cooldowns, button expiry) without sleeping. */
  advance(seconds: number): void;
  /** Log lines at warn level and above, to check nothing failed unseen. */
  problems: string[];
}

/**
 * Writes `docs` (file name → text) into a fresh temp folder and starts the real bot on a local Discord over it.
 * Call `stop()` in afterAll: it closes both servers and deletes the folder.
 */
export async function startE2E(docs: Record<string, string>, env: Record<string, string> = {}): Promise<E2E> {
  const root = await mkdtemp(join(tmpdir(), 'corpus-bot-e2e-'));
  const seedsDir = join(root, 'seeds');
  await writeDocs(seedsDir, docs);
  let now = Date.now();
  const problems: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void problems.push(line) });
  const local = await startLocalBot({
    env: { SEEDS_DIR: seedsDir, LOG_LEVEL: 'warn', ...env },
    logger,
    cacheDir: join(root, 'cache'),
    clock: () => now,
  });
  return {
    ...local,
    seedsDir,
    problems,
    advance: (seconds) => {
      now += seconds * 1000;
    },
    stop: async () => {
      await local.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the bot over CORPUS before the file's tests and stops it after them; the returned object is filled in
 * when they start. With `freshCooldowns`, the bot's clock moves past every cooldown before each test.
 */
export function useE2E({ freshCooldowns = false } = {}): E2E {
  const e2e = {} as E2E;
  beforeAll(async () => {
    Object.assign(e2e, await startE2E(CORPUS));
  });
  afterAll(() => e2e.stop());
  if (freshCooldowns) beforeEach(() => e2e.advance(60));
  return e2e;
}

/** A small corpus with a clear answer to "who was sanctioned by the West?". */
export const CORPUS = {
  'sanctions.txt': [
    'Western sanctions on Iranian commanders',
    '',
    'The United States and the European Union sanctioned Ali Fadavi, deputy commander of the Revolutionary Guard, over the crackdown on protesters.',
    '',
    'Officials said the measures freeze any assets Fadavi holds abroad and ban travel to Europe.',
  ].join('\n'),
  'harvest.txt': [
    'Harvest report',
    '',
    'Farmers in the valley reported a record wheat harvest after a mild spring and steady rain.',
    '',
    'Barley yields were lower because of a late frost in the northern fields.',
    '',
    'Grain prices fell as the harvest came in, to the relief of bakers in the region.',
    '',
    'The cooperative stored the surplus wheat in new silos near the river.',
  ].join('\n'),
  'shipping.txt': [
    'Shipping news',
    '',
    'Container ships waited outside the port for a week while cranes were repaired.',
    '',
    'The harbour master said the wheat shipments would resume on Monday.',
  ].join('\n'),
};
