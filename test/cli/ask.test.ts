import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ask = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
    input: input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  });

describe('ask (spawned)', () => {
  it('prints one JSON line per stdin question, in order, following the eval contract', () => {
    const run = ask(
      ['--json', '--top', '2'],
      'How many hostages were kidnapped?\n\nWho painted the Mona Lisa?\n',
    );
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].query).toBe('How many hostages were kidnapped?');
    expect(lines[0].results.length).toBeLessThanOrEqual(2);
    expect(Object.keys(lines[0].results[0]).sort()).toEqual(
      ['citation', 'docId', 'excerpt', 'passage', 'score', 'source', 'text', 'title'].sort(),
    );
    expect(lines[0].results[0].text).toContain('kidnapping over 250');
    expect(lines[1]).toEqual({ query: 'Who painted the Mona Lisa?', results: [] });
  });

  it('prints rank, citation and excerpt for a person', () => {
    const run = ask(['shotgun pellets']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^1\. .+ — ¶ 8 — .+\n {3}.*\*\*shotgun\*\*/m);
  });

  it('exits non-zero with one line on stderr for a bad flag or a missing folder', () => {
    const bad = ask(['--top', '99', 'x']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const missing = ask(['--seeds', 'no/such/folder', 'x']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no\/such\/folder/);
  });
});
