/** A Discord-shaped error response: HTTP status plus the JSON body Discord would send. */
export interface ApiError {
  status: number;
  body: { code: number; message: string; errors?: Record<string, unknown> };
}

/** Builds Discord's nested `errors` object for code 50035, e.g. `embeds.0.fields.1.value._errors`. */
class FormErrors {
  private readonly tree: Record<string, unknown> = {};
  private count = 0;

  add(path: Array<string | number>, code: string, message: string): void {
    let node = this.tree;
    for (const key of path) {
      node = (node[String(key)] ??= {}) as Record<string, unknown>;
    }
    ((node._errors ??= []) as unknown[]).push({ code, message });
    this.count++;
  }

  maxLength(path: Array<string | number>, value: unknown, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  result(): ApiError | undefined {
    if (this.count === 0) return undefined;
    return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: this.tree } };
  }
}

type Json = Record<string, unknown>;

const asArray = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/**
 * Checks a message body (create, edit, interaction reply) against Discord's limits, so a bot that overflows an embed
 * fails here the way it would on Discord instead of passing a test. `partial` is for edits, which may omit content.
 */
export function validateMessage(body: Json, opts: { partial: boolean }): ApiError | undefined {
  const errors = new FormErrors();
  errors.maxLength(['content'], body.content, 2000);
  const embeds = asArray(body.embeds);
  if (embeds.length > 10) errors.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((embed, i) => (total += validateEmbed(embed, ['embeds', i], errors)));
  if (total > 6000)
    errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  validateComponents(asArray(body.components), errors);
  const formError = errors.result();
  if (formError) return formError;
  const empty =
    !body.content && embeds.length === 0 && asArray(body.components).length === 0 && !body.attachments;
  if (empty && !opts.partial) {
    return { status: 400, body: { code: 50006, message: 'Cannot send an empty message' } };
  }
  return undefined;
}

function validateEmbed(embed: Json, path: Array<string | number>, errors: FormErrors): number {
  const text = (value: unknown): number => (typeof value === 'string' ? value.length : 0);
  errors.maxLength([...path, 'title'], embed.title, 256);
  errors.maxLength([...path, 'description'], embed.description, 4096);
  const footer = embed.footer as Json | undefined;
  const author = embed.author as Json | undefined;
  errors.maxLength([...path, 'footer', 'text'], footer?.text, 2048);
  errors.maxLength([...path, 'author', 'name'], author?.name, 256);
  const fields = asArray(embed.fields);
  if (fields.length > 25)
    errors.add([...path, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let size = text(embed.title) + text(embed.description) + text(footer?.text) + text(author?.name);
  fields.forEach((field, j) => {
    for (const [key, max] of [
      ['name', 256],
      ['value', 1024],
    ] as const) {
      if (!field[key])
        errors.add([...path, 'fields', j, key], 'BASE_TYPE_REQUIRED', 'This field is required');
      errors.maxLength([...path, 'fields', j, key], field[key], max);
    }
    size += text(field.name) + text(field.value);
  });
  return size;
}

function validateComponents(rows: Json[], errors: FormErrors): void {
  if (rows.length > 5) errors.add(['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const children = asArray(row.components);
    if (children.length > 5) {
      errors.add(['components', i, 'components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
    }
    children.forEach((child, j) => {
      const path = ['components', i, 'components', j];
      errors.maxLength([...path, 'label'], child.label, 80);
      errors.maxLength([...path, 'custom_id'], child.custom_id, 100);
      if (typeof child.custom_id === 'string') {
        if (seen.has(child.custom_id)) {
          errors.add(
            [...path, 'custom_id'],
            'COMPONENT_CUSTOM_ID_DUPLICATED',
            'Component custom id cannot be duplicated',
          );
        }
        seen.add(child.custom_id);
      }
    });
  });
}

/** Checks an autocomplete result (callback type 8): at most 25 choices, names 1–100 characters. */
export function validateChoices(data: Json): ApiError | undefined {
  const errors = new FormErrors();
  const choices = asArray(data.choices);
  if (choices.length > 25)
    errors.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  choices.forEach((choice, i) => {
    const name = choice.name;
    if (typeof name !== 'string' || name.length < 1 || name.length > 100) {
      errors.add(
        ['data', 'choices', i, 'name'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    }
    errors.maxLength(['data', 'choices', i, 'value'], choice.value, 100);
  });
  return errors.result();
}

/** Checks application commands before registration (names, descriptions, option and choice counts). */
export function validateCommands(commands: Json[]): ApiError | undefined {
  const errors = new FormErrors();
  if (commands.length > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  commands.forEach((command, i) => {
    if (typeof command.name !== 'string' || !/^[-_\p{Ll}\p{N}]{1,32}$/u.test(command.name)) {
      errors.add([i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    const chatInput = command.type === undefined || command.type === 1;
    const description = command.description;
    if (
      chatInput &&
      (typeof description !== 'string' || description.length < 1 || description.length > 100)
    ) {
      errors.add([i, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    const options = asArray(command.options);
    if (options.length > 25)
      errors.add([i, 'options'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    options.forEach((option, j) => {
      if (asArray(option.choices).length > 25) {
        errors.add([i, 'options', j, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      }
    });
  });
  return errors.result();
}
