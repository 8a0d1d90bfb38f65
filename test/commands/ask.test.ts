import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ask from '../../commands/ask.ts';
import type { Library } from '../../src/library/library.ts';
import { buttonPress, chatInput } from '../bot/fake-discord.ts';
import { tempLibrary, testConfig, testContext } from '../bot/helpers.ts';

let library: Library;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ library, cleanup } = await tempLibrary()));
afterAll(() => cleanup());

const fieldsOf = (body: { embeds?: { fields?: { name: string; value: string }[] }[] } | undefined) =>
  body?.embeds?.[0]?.fields ?? [];
const buttonIds = (body: { components?: { components: unknown[] }[] } | undefined) =>
  (body?.components?.[0]?.components ?? []).map((b) => (b as { custom_id: string }).custom_id);

describe('/ask', () => {
  it('defers, then answers with cited, bolded passages that ping nobody', async () => {
    const ctx = testContext(library);
    const interaction = chatInput('ask', { question: 'who sanctioned Fadavi?' });
    await ask.execute(interaction, ctx);
    expect(interaction.sent.map((s) => s.method)).toEqual(['deferReply', 'editReply']);
    expect(interaction.sent[0]?.body.flags).toBeUndefined();
    const [first] = fieldsOf(interaction.last);
    expect(first?.name).toBe('1. Western sanctions on IRGC commanders — ¶ 1 — iranintl');
    expect(first?.value).toContain('**Fadavi**');
    expect(interaction.last?.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('answers privately when asked to, and shows as many results as requested', async () => {
    const interaction = chatInput('ask', { question: 'sanctions', results: 1, private: true });
    await ask.execute(interaction, testContext(library));
    expect(interaction.sent[0]?.body.flags).toBe(MessageFlags.Ephemeral);
    expect(fieldsOf(interaction.last)).toHaveLength(1);
    expect(buttonIds(interaction.last)).toEqual([
      `ask:more:${interaction.id}:1`,
      `ask:full:${interaction.id}:0`,
    ]);
  });

  it('says nothing answers it instead of showing an unrelated passage', async () => {
    const interaction = chatInput('ask', { question: 'Saudi Arabia football league' });
    await ask.execute(interaction, testContext(library));
    expect(interaction.last?.content).toMatch(
      /^Nothing in the corpus answers “Saudi Arabia football league”/,
    );
    expect(interaction.last?.embeds).toBeUndefined();
  });

  it('asks a user to wait during the cooldown, with the seconds left, and answers afterwards', async () => {
    const ctx = testContext(library, { config: testConfig({ ASK_COOLDOWN_SECONDS: '10' }) });
    await ask.execute(chatInput('ask', { question: 'oil exports' }), ctx);
    ctx.advance(3);
    const tooSoon = chatInput('ask', { question: 'oil exports' });
    await ask.execute(tooSoon, ctx);
    expect(tooSoon.sent).toEqual([
      {
        method: 'reply',
        body: expect.objectContaining({
          content: 'One moment — you can ask again in 7 seconds.',
          flags: MessageFlags.Ephemeral,
        }),
      },
    ]);
    const otherUser = chatInput('ask', { question: 'oil exports' }, { userId: '200000000000000002' });
    await ask.execute(otherUser, ctx);
    expect(fieldsOf(otherUser.last)).toHaveLength(1);
    ctx.advance(7);
    const later = chatInput('ask', { question: 'oil exports' });
    await ask.execute(later, ctx);
    expect(fieldsOf(later.last)).toHaveLength(1);
  });
});

describe('/ask buttons', () => {
  it('More results shows the next page privately, numbered on', async () => {
    const ctx = testContext(library);
    const asked = chatInput('ask', { question: 'sanctions', results: 1 });
    await ask.execute(asked, ctx);
    const [more] = buttonIds(asked.last);
    const press = buttonPress(more!);
    await ask.button(press, ctx);
    expect(press.sent[0]).toEqual({ method: 'deferReply', body: { flags: MessageFlags.Ephemeral } });
    const fields = fieldsOf(press.last);
    expect(fields[0]?.name).toMatch(/^2\. /);
    expect(fields[0]?.name).not.toBe(fieldsOf(asked.last)[0]?.name);
    expect(buttonIds(press.last)).toContain(`ask:more:${asked.id}:2`);
  });

  it('Full passage quotes the first passage of the page whole', async () => {
    const ctx = testContext(library);
    const asked = chatInput('ask', { question: 'who sanctioned Fadavi?' });
    await ask.execute(asked, ctx);
    const press = buttonPress(`ask:full:${asked.id}:0`);
    await ask.button(press, ctx);
    const embed = press.last?.embeds?.[0];
    expect(embed?.title).toBe('Western sanctions on IRGC commanders — ¶ 1 — iranintl');
    expect(embed?.description).toBe(
      'The European Union sanctioned Ali Fadavi, deputy commander of the Revolutionary Guards, over the crackdown on protesters.',
    );
  });

  it('says Full passage expired when its passage is no longer in the corpus', async () => {
    const ctx = testContext(library);
    const asked = chatInput('ask', { question: 'who sanctioned Fadavi?' });
    await ask.execute(asked, ctx);
    // The page's first result is gone, as after a reload that dropped its document.
    const press = buttonPress(`ask:full:${asked.id}:99`);
    await ask.button(press, ctx);
    expect(press.last?.content).toBe('This button has expired — ask the question again with `/ask`.');
  });

  it('says the button expired when the question is no longer remembered', async () => {
    const ctx = testContext(library);
    const asked = chatInput('ask', { question: 'sanctions' });
    await ask.execute(asked, ctx);
    ctx.advance(16 * 60);
    const press = buttonPress(`ask:more:${asked.id}:3`);
    await ask.button(press, ctx);
    expect(press.sent).toHaveLength(1);
    expect(press.last?.content).toBe('This button has expired — ask the question again with `/ask`.');
    expect(press.last?.flags).toBe(MessageFlags.Ephemeral);
  });

  it('keeps custom_id under 100 characters for a long question', async () => {
    const ctx = testContext(library);
    const asked = chatInput('ask', { question: `sanctions ${'and more words '.repeat(30)}`, results: 1 });
    await ask.execute(asked, ctx);
    for (const id of buttonIds(asked.last)) expect(id.length).toBeLessThanOrEqual(100);
  });
});
