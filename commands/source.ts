import {
  MessageFlags,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { BotContext } from '../src/bot/context.ts';
import { documentChoices, findDocument, paragraphsOf, suggestDocuments } from '../src/bot/documents.ts';
import {
  renderNoSuchDocument,
  renderNoSuchParagraph,
  renderOutline,
  renderParagraph,
} from '../src/render/source.ts';

/** `/source document [paragraph]`: a document's outline, or one paragraph quoted in full. */
export const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription('Quote a document: its outline, or one paragraph in full')
  .addStringOption((o) =>
    o.setName('document').setDescription('Start typing a title').setRequired(true).setAutocomplete(true),
  )
  .addIntegerOption((o) =>
    o
      .setName('paragraph')
      .setDescription('Paragraph number (¶) to quote; omit for the outline')
      .setMinValue(1),
  );

/** Quotes the paragraph asked for, or shows the outline; unknown documents and paragraphs get a private hint. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getString('document', true);
  const number = interaction.options.getInteger('paragraph');
  const { corpus } = ctx.library.current;
  const doc = findDocument(corpus.documents, typed);
  if (doc === undefined) {
    await interaction.reply({ ...renderNoSuchDocument(typed), flags: MessageFlags.Ephemeral });
    return;
  }
  const paragraphs = paragraphsOf(corpus, doc.docId);
  if (number === null) {
    await interaction.reply(renderOutline(doc, paragraphs));
    return;
  }
  const paragraph = paragraphs.find((p) => p.passage === number);
  await interaction.reply(
    paragraph
      ? renderParagraph(paragraph)
      : { ...renderNoSuchParagraph(doc, number), flags: MessageFlags.Ephemeral },
  );
}

/** Suggests documents for what has been typed so far (at most 25, names of at most 100 characters). */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const { documents } = ctx.library.current.corpus;
  await interaction.respond(documentChoices(suggestDocuments(documents, interaction.options.getFocused())));
}
