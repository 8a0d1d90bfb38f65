import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Command } from '../../src/bot/context.ts';
import { createInteractionHandler } from '../../src/bot/dispatch.ts';
import type { Library } from '../../src/library/library.ts';
import { autocomplete, buttonPress, chatInput } from './fake-discord.ts';
import { memoryLogger, tempLibrary, testContext } from './helpers.ts';

let library: Library;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ library, cleanup } = await tempLibrary()));
afterAll(() => cleanup());

/** A command that fails at a chosen point, as a bug or a network error would. */
function failing(when: 'before' | 'afterDefer' | 'afterReply'): Command {
  return {
    data: { name: 'boom', toJSON: () => ({ name: 'boom', description: 'fails' }) },
    async execute(interaction) {
      if (when === 'afterDefer') await interaction.deferReply();
      if (when === 'afterReply') await interaction.reply({ content: 'partial' });
      throw new Error('kaboom');
    },
    async autocomplete() {
      throw new Error('kaboom');
    },
  };
}

describe('createInteractionHandler', () => {
  it('routes slash commands, autocomplete and buttons to their command', async () => {
    const ctx = testContext(library);
    const handle = createInteractionHandler(commands, ctx);
    const asked = chatInput('ask', { question: 'oil exports', results: 1 });
    await handle(asked);
    expect(asked.last?.embeds?.[0]?.fields).toHaveLength(1);
    const typed = autocomplete('source', 'document', 'notes');
    await handle(typed);
    expect(typed.last?.choices?.[0]?.value).toBe('markup.md');
    const pressed = buttonPress(`ask:full:${asked.id}:0`);
    await handle(pressed);
    expect(pressed.last?.embeds?.[0]?.title).toContain('¶ 2');
  });

  it.each([
    ['before any reply', 'before', 'reply'],
    ['after deferring', 'afterDefer', 'editReply'],
    ['after replying', 'afterReply', 'followUp'],
  ] as const)(
    'turns a failure %s into a private notice and a log line naming the command',
    async (_, when, method) => {
      const { logger, lines } = memoryLogger();
      const handle = createInteractionHandler([failing(when)], testContext(library, { logger }));
      const interaction = chatInput('boom');
      await handle(interaction);
      const notice = interaction.sent.at(-1);
      expect(notice?.method).toBe(method);
      expect(notice?.body.content).toBe(
        'Something went wrong while answering. Please try again in a moment.',
      );
      if (method !== 'editReply') expect(notice?.body.flags).toBe(MessageFlags.Ephemeral);
      expect(lines()).toContainEqual(
        expect.objectContaining({
          level: 50,
          command: 'boom',
          msg: 'command failed',
          err: expect.anything(),
        }),
      );
    },
  );

  it('answers a failed autocomplete with no choices', async () => {
    const handle = createInteractionHandler([failing('before')], testContext(library));
    const typed = autocomplete('boom', 'x', 'y');
    await handle(typed);
    expect(typed.sent).toEqual([{ method: 'respond', body: { choices: [] } }]);
  });

  it('survives failing to tell the user, and logs it', async () => {
    const { logger, lines } = memoryLogger();
    const handle = createInteractionHandler([failing('before')], testContext(library, { logger }));
    const interaction = chatInput('boom');
    interaction.failOn = 'reply';
    await expect(handle(interaction)).resolves.toBeUndefined();
    expect(lines().map((l) => l.msg)).toEqual([
      'interaction',
      'command failed',
      'could not tell the user a command failed',
    ]);
  });

  it('logs an interaction for an unknown command and tells the user privately it is gone', async () => {
    const { logger, lines } = memoryLogger();
    const handle = createInteractionHandler(commands, testContext(library, { logger }));
    const interaction = chatInput('gone');
    await handle(interaction);
    expect(interaction.sent).toEqual([
      {
        method: 'reply',
        body: expect.objectContaining({ content: expect.stringMatching(/no longer available/), flags: 64 }),
      },
    ]);
    expect(lines()).toContainEqual(
      expect.objectContaining({ command: 'gone', msg: 'interaction for an unknown command' }),
    );
  });
});
