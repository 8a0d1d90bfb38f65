import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

let cwd: string;
beforeAll(async () => (cwd = await mkdtemp(join(tmpdir(), 'main-test-'))));
afterAll(() => rm(cwd, { recursive: true, force: true }));

/**
 * Runs `npm start`'s entry point in an empty folder (no .env) with only the given variables set. A token is always
 * given: without one `npm start` opens the local playground instead.
 */
async function start(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    await run(TSX, [join(ROOT, 'src/main.ts')], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    return { code: 0, stdout: '', stderr: '' };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('npm start', () => {
  it('names every missing or bad key in one message and exits 1, without a stack trace', async () => {
    const { code, stdout, stderr } = await start({ DISCORD_TOKEN: 'abc.def.ghi', LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Configuration problems — fix these keys in \.env/);
    expect(stderr).toContain('DISCORD_CLIENT_ID: missing');
    expect(stderr).toContain('LOG_LEVEL: must be one of');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('with a malformed token says so plainly, without echoing it', async () => {
    const { code, stderr } = await start({
      DISCORD_TOKEN: 'Bot secret-value',
      DISCORD_CLIENT_ID: '123456789012345678',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('DISCORD_TOKEN: does not look like a bot token');
    expect(stderr).not.toContain('secret-value');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
