import { describe, expect, it } from 'vitest';
import { useE2E } from './harness.ts';

const e2e = useE2E();

const ask = (question: string) =>
  e2e.discord.sendSlashCommand({ name: 'ask', user: e2e.discord.addUser('asker'), options: { question } });

describe('gateway trouble mid-run', () => {
  it('keeps answering after Discord asks it to reconnect (op 7)', async () => {
    expect((await ask('wheat harvest').reply()).embeds).toHaveLength(1);
    await e2e.discord.forceReconnect();
    expect((await ask('barley frost').reply()).embeds).toHaveLength(1);
    // Resumed the same session on the resume URL rather than logging in again.
    expect(e2e.discord.recorder.gateway.filter((line) => line === 'identify')).toHaveLength(1);
    expect(e2e.discord.recorder.gateway).toContain('connect /gateway-resume');
  });

  it('answers a question asked while its socket was down, once it has resumed', async () => {
    const resumed = e2e.discord.dropSocket();
    const handle = ask('container ships port');
    await resumed;
    const reply = await handle.reply();
    expect(JSON.stringify(reply.embeds)).toContain('Shipping news');
    expect(e2e.discord.recorder.gateway.at(-1)).toMatch(/^resume seq=\d+ replayed=1$/);
  });
});
