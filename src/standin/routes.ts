import type { Interactions } from './interactions.ts';
import { createMessage, editMessage } from './messages.ts';
import type { Recorder, RecordedMessage } from './recorder.ts';
import type { Reply, Route, RouteContext } from './rest.ts';
import { nextSnowflake } from './snowflake.ts';
import { validateCommands, validateMessage } from './validate.ts';
import type { World } from './world.ts';

type Json = Record<string, unknown>;

/** What the REST routes need from the rest of the stand-in. */
export interface RouteDeps {
  world: World;
  recorder: Recorder;
  interactions: Interactions;
  /** The ws:// URL /gateway/bot hands out; discord.js has no option for it, so this decides where the bot connects. */
  gatewayUrl: () => string;
  /** Sends MESSAGE_CREATE for a message that appeared in the channel. */
  messageCreated: (message: RecordedMessage) => void;
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const notFound = (code: number, message: string): Reply => ({ status: 404, body: { code, message } });
const missingPermissions: Reply = { status: 403, body: { code: 50013, message: 'Missing Permissions' } };
const asObject = (body: unknown): Json =>
  body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Json) : {};

/** All REST routes the stand-in serves, in API v10 shape. */
export function buildRoutes(deps: RouteDeps): Route[] {
  const { world, recorder, interactions } = deps;
  const route = (
    method: string,
    path: string,
    auth: boolean,
    handle: (ctx: RouteContext) => Reply,
  ): Route => ({
    method,
    path,
    auth,
    handle,
  });
  const channelOr404 = (ctx: RouteContext, then: (channelId: string) => Reply): Reply => {
    const id = ctx.params.channel ?? '';
    return world.channel(id) ? then(id) : notFound(10003, 'Unknown Channel');
  };
  const messageIn = (ctx: RouteContext): RecordedMessage | undefined => {
    const message = recorder.messages.get(ctx.params.message ?? '');
    return message && !message.deleted && !message.ephemeral && message.channelId === ctx.params.channel
      ? message
      : undefined;
  };

  return [
    route('GET', '/gateway', false, () => ok({ url: deps.gatewayUrl() })),
    route('GET', '/gateway/bot', true, () =>
      ok({
        url: deps.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    ),
    route('GET', '/users/@me', true, () => ok(world.bot.user)),
    route('GET', '/applications/@me', true, () => ok(application(world))),
    ...commandRoutes(deps, route),
    route('GET', '/guilds/:guild', true, (ctx) =>
      ctx.params.guild === world.guildId ? ok(world.guild()) : notFound(10004, 'Unknown Guild'),
    ),
    route('GET', '/guilds/:guild/members/:user', true, (ctx) => {
      const person = ctx.params.guild === world.guildId ? world.users.get(ctx.params.user ?? '') : undefined;
      return person ? ok(world.member(person)) : notFound(10007, 'Unknown Member');
    }),
    route('GET', '/channels/:channel', true, (ctx) => channelOr404(ctx, (id) => ok(world.channel(id)))),
    route('POST', '/channels/:channel/typing', true, (ctx) => channelOr404(ctx, () => ({ status: 204 }))),
    route('POST', '/channels/:channel/messages', true, (ctx) =>
      channelOr404(ctx, (channelId) => {
        if (!world.botMay('SendMessages', channelId)) return missingPermissions;
        const body = asObject(ctx.body);
        const invalid = validateMessage(body, { partial: false }) ?? checkReference(recorder, body);
        if (invalid) return invalid;
        const message = createMessage(world, recorder, {
          channelId,
          author: world.bot.user,
          body,
        });
        deps.messageCreated(message);
        return ok(message.api);
      }),
    ),
    route('GET', '/channels/:channel/messages/:message', true, (ctx) => {
      const message = messageIn(ctx);
      return message ? ok(message.api) : notFound(10008, 'Unknown Message');
    }),
    route('PATCH', '/channels/:channel/messages/:message', true, (ctx) => {
      const message = messageIn(ctx);
      if (!message || message.authorId !== world.bot.user.id) return notFound(10008, 'Unknown Message');
      const invalid = validateMessage(asObject(ctx.body), { partial: true });
      if (invalid) return invalid;
      editMessage(world, recorder, message, asObject(ctx.body));
      return ok(message.api);
    }),
    route('POST', '/interactions/:id/:token/callback', false, (ctx) =>
      interactions.callback(
        ctx.params.id ?? '',
        ctx.params.token ?? '',
        asObject(ctx.body),
        ctx.query.with_response === 'true',
      ),
    ),
    ...['GET', 'PATCH', 'DELETE'].map((method) =>
      route(method, '/webhooks/:app/:token/messages/:message', false, (ctx) =>
        interactions.webhookMessage(
          method,
          ctx.params.app ?? '',
          ctx.params.token ?? '',
          ctx.params.message ?? '',
          asObject(ctx.body),
        ),
      ),
    ),
    route('POST', '/webhooks/:app/:token', false, (ctx) =>
      interactions.followUp(
        ctx.params.app ?? '',
        ctx.params.token ?? '',
        asObject(ctx.body),
        ctx.query.wait === 'true',
      ),
    ),
  ];
}

/** Replying to a message that does not exist fails unless the bot said `fail_if_not_exists: false`. */
function checkReference(recorder: Recorder, body: Json): Reply | undefined {
  const reference = body.message_reference as Json | undefined;
  if (!reference || reference.fail_if_not_exists === false) return undefined;
  const target = recorder.messages.get(String(reference.message_id));
  if (target && !target.deleted) return undefined;
  return {
    status: 400,
    body: {
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        message_reference: {
          _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }],
        },
      },
    },
  };
}

/** Application-command registration, global and per guild, as `npm run deploy` and `commands.set()` use it. */
function commandRoutes(
  deps: RouteDeps,
  route: (method: string, path: string, auth: boolean, handle: (ctx: RouteContext) => Reply) => Route,
): Route[] {
  const { world, recorder } = deps;
  const scopeOf = (ctx: RouteContext): string | undefined => {
    if (ctx.params.app !== world.applicationId) return undefined;
    if (ctx.params.guild === undefined) return 'global';
    return ctx.params.guild === world.guildId ? ctx.params.guild : undefined;
  };
  const stored = (scope: string, command: Json): Json => ({
    id: nextSnowflake(),
    application_id: world.applicationId,
    version: nextSnowflake(),
    type: 1,
    default_member_permissions: null,
    nsfw: false,
    ...(scope !== 'global' && { guild_id: scope }),
    ...command,
  });
  const handlers = (path: string): Route[] => [
    route('GET', path, true, (ctx) => {
      const scope = scopeOf(ctx);
      return scope ? ok(recorder.commands.get(scope) ?? []) : notFound(10002, 'Unknown Application');
    }),
    route('PUT', path, true, (ctx) => {
      const scope = scopeOf(ctx);
      if (!scope) return notFound(10002, 'Unknown Application');
      const commands = Array.isArray(ctx.body) ? (ctx.body as Json[]) : [];
      const invalid = validateCommands(commands);
      if (invalid) return invalid;
      recorder.commands.set(
        scope,
        commands.map((c) => stored(scope, c)),
      );
      recorder.changed();
      return ok(recorder.commands.get(scope));
    }),
    route('POST', path, true, (ctx) => {
      const scope = scopeOf(ctx);
      if (!scope) return notFound(10002, 'Unknown Application');
      const body = asObject(ctx.body);
      const invalid = validateCommands([body]);
      if (invalid) return invalid;
      const others = (recorder.commands.get(scope) ?? []).filter((c) => c.name !== body.name);
      const command = stored(scope, body);
      recorder.commands.set(scope, [...others, command]);
      recorder.changed();
      return { status: 201, body: command };
    }),
  ];
  return [
    ...handlers('/applications/:app/commands'),
    ...handlers('/applications/:app/guilds/:guild/commands'),
  ];
}

function application(world: World): Json {
  return {
    id: world.applicationId,
    name: world.bot.user.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    // GatewayMessageContent (1 << 19): the Message Content intent is enabled in the "developer portal".
    flags: 1 << 19,
    owner: world.users.get(world.ownerId)?.user,
    bot: world.bot.user,
    verify_key: '0'.repeat(64),
    team: null,
  };
}
