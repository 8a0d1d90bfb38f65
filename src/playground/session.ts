import type { LocalBot } from './local-bot.ts';
import { parseInput, splitOptions } from './parse.ts';
import { renderMessage, type PlaygroundButton } from './render.ts';
import type { RecordedMessage } from '../standin/index.ts';

type Json = Record<string, unknown>;

/** Option types that are not text, as Discord numbers them. */
const OptionType = { Integer: 4, Boolean: 5, Number: 10 } as const;

/**
 * One person chatting with the bot through the local Discord: turns typed lines into slash commands, mentions and
 * button presses as the person (a server admin), and prints the bot's answers.
 */
export class PlaygroundSession {
  private lastButtons: { message: RecordedMessage; buttons: PlaygroundButton[] } | undefined;

  constructor(
    private readonly local: LocalBot,
    private readonly print: (text: string) => void,
    private readonly opts: { ansi: boolean },
  ) {}

  /** Handles one typed line and prints the outcome; resolves `false` when the person wants to leave. */
  async handle(line: string): Promise<boolean> {
    const input = parseInput(line, this.local.discord.bot.username);
    try {
      switch (input.kind) {
        case 'quit':
          return false;
        case 'empty':
          return true;
        case 'chat':
          this.print(
            '(The bot answers slash commands and mentions: try /ask <question> or @bot <question>.)',
          );
          return true;
        case 'press':
          await this.press(input.number);
          return true;
        case 'mention': {
          const sent = this.local.discord.sendMessage({ content: input.text, mentionsBot: true });
          this.show(await sent.reply());
          return true;
        }
        case 'command':
          await this.command(input.name, input.rest);
          return true;
      }
    } catch (error) {
      this.print(`(No answer: ${(error as Error).message})`);
      return true;
    }
  }

  private async command(name: string, rest: string): Promise<void> {
    const { discord } = this.local;
    const registered = discord.registeredCommand(name);
    if (!registered) {
      const names = (discord.recorder.commands.get(discord.world.guildId) ?? []).map(
        (c) => `/${String(c.name)}`,
      );
      this.print(`There is no /${name}. The bot's commands: ${names.join(', ')}.`);
      return;
    }
    const declared = (registered.options ?? []) as Json[];
    const main = (declared.find((o) => o.required) ?? declared[0])?.name as string | undefined;
    const typed = splitOptions(
      rest,
      declared.map((o) => String(o.name)),
      main,
    );
    const options: Record<string, string | number | boolean> = {};
    for (const option of declared) {
      const key = String(option.name);
      const value = typed[key];
      if (value === undefined || value === '') {
        if (option.required) throw new Error(`/${name} needs ${key}: … (e.g. /${name} ${key}: something)`);
        continue;
      }
      options[key] = option.autocomplete
        ? await this.pick(name, key, value)
        : convert(key, value, option.type);
    }
    this.show(await discord.sendSlashCommand({ name, options }).reply());
  }

  /** Fills an autocomplete option with the bot's top suggestion for what was typed, as picking it in Discord would. */
  private async pick(command: string, option: string, typed: string): Promise<string | number> {
    const choices = await this.local.discord
      .autocomplete({ name: command, focused: option, value: typed })
      .choices();
    const top = choices[0];
    if (!top) return typed;
    this.print(
      `(${option}: “${typed}” → picked “${top.name}” from ${choices.length} suggestion${choices.length === 1 ? '' : 's'})`,
    );
    return top.value;
  }

  private async press(number: number): Promise<void> {
    const button = this.lastButtons?.buttons.find((b) => b.number === number);
    if (!this.lastButtons || !button) {
      this.print(this.lastButtons ? `There is no button ${number}.` : 'There are no buttons to press yet.');
      return;
    }
    this.print(`(pressed “${button.label}”)`);
    this.show(await this.local.discord.pressButton(this.lastButtons.message, button.customId).reply());
  }

  private show(message: RecordedMessage): void {
    const rendered = renderMessage(message, {
      ansi: this.opts.ansi,
      author: this.local.discord.bot.username,
    });
    this.print(rendered.text);
    if (rendered.buttons.length > 0) this.lastButtons = { message, buttons: rendered.buttons };
  }
}

/** Turns typed text into the option's type; a wrong number or yes/no is the person's to fix, so say which. */
function convert(key: string, value: string, type: unknown): string | number | boolean {
  if (type === OptionType.Integer || type === OptionType.Number) {
    const number = Number(value);
    if (!Number.isFinite(number) || (type === OptionType.Integer && !Number.isInteger(number))) {
      throw new Error(
        `${key} must be a ${type === OptionType.Integer ? 'whole ' : ''}number, not “${value}”`,
      );
    }
    return number;
  }
  if (type === OptionType.Boolean) {
    if (/^(true|yes|y|on)$/i.test(value)) return true;
    if (/^(false|no|n|off)$/i.test(value)) return false;
    throw new Error(`${key} must be true or false, not “${value}”`);
  }
  return value;
}
