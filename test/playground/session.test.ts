import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlaygroundSession } from '../../src/playground/session.ts';
import { writeDocs } from '../bot/helpers.ts';
import { CORPUS, startE2E, type E2E } from '../e2e/harness.ts';

describe('PlaygroundSession', () => {
  let e2e: E2E;
  let printed: string[];
  let session: PlaygroundSession;

  beforeAll(async () => {
    e2e = await startE2E(CORPUS);
    printed = [];
    session = new PlaygroundSession(e2e, (text) => printed.push(text), { ansi: false });
  });

  afterAll(async () => {
    await e2e.stop();
  });

  const say = async (line: string): Promise<string> => {
    printed.length = 0;
    expect(await session.handle(line)).toBe(true);
    return printed.join('\n');
  };

  it('asks, then presses a numbered button', async () => {
    const answer = await say('/ask question: Why was Ali Fadavi sanctioned? results: 1');
    expect(answer).toContain('“Why was Ali Fadavi sanctioned?”');
    expect(answer).toMatch(/\[\d\] Full passage/);
    const number = /\[(\d)\] Full passage/.exec(answer)?.[1];
    const full = await say(number ?? '');
    expect(full).toContain('(pressed “Full passage”)');
    expect(full).toContain('Corpus Bot (only you can see this):');
  });

  it('picks the top autocomplete suggestion for /source', async () => {
    const quoted = await say('/source harv paragraph: 2');
    expect(quoted).toContain('picked “Harvest report”');
    expect(quoted).toContain('Barley yields were lower');
  });

  it('answers a mention and lets the admin reload', async () => {
    e2e.advance(60);
    expect(await say('@bot container ships')).toContain('Shipping news');
    expect(await say('/reload')).toContain('Reloaded the corpus');
  });

  it('explains what it cannot do instead of failing', async () => {
    expect(await say('/nope')).toContain('There is no /nope.');
    expect(await say('/ask results: 2')).toContain('/ask needs question');
    expect(await say('/ask wheat results: many')).toContain('results must be a whole number, not “many”');
    expect(await say('7')).toContain('There is no button 7.');
    expect(await session.handle('/quit')).toBe(false);
  });
});

describe('npm start without a token', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'corpus-bot-playground-'));
    await writeDocs(join(root, 'seeds'), CORPUS);
    // An empty .env in the working directory, so a developer's real token can never be picked up here.
    await writeFile(join(root, '.env'), '');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('opens the playground, answers piped lines, and exits cleanly at end of input', async () => {
    const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('DISCORD_')),
    );
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), main], {
      cwd: root,
      env: { ...env, SEEDS_DIR: join(root, 'seeds') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stdin.end('/ask Why was Ali Fadavi sanctioned?\n/sources\n');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('LOCAL PLAYGROUND');
    expect(stdout).toContain('nothing you type reaches Discord');
    expect(stdout).toContain('DISCORD_TOKEN');
    expect(stdout).toContain('you> /ask Why was Ali Fadavi sanctioned?');
    expect(stdout).toContain('**Fadavi**');
    expect(stdout).toContain('Documents I answer from');
    expect(stdout.trimEnd().endsWith('Playground closed.')).toBe(true);
  });
});
