import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Recorder } from './recorder.ts';
import type { World } from './world.ts';

/** Gateway opcodes (Discord API v10). */
const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Gateway intents that decide which events a session receives. */
export const Intent = { Guilds: 1 << 0, GuildMessages: 1 << 9, MessageContent: 1 << 15 } as const;

/** Discord keeps this many recent dispatches per session for RESUME; more missed events means re-identify. */
const REPLAY_BUFFER = 1000;

interface Dispatch {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

/** A gateway session: survives socket drops until it is invalidated or the client closes it cleanly. */
interface Session {
  id: string;
  intents: number;
  seq: number;
  socket: WebSocket | undefined;
  /** Set once READY or RESUMED went out on the current socket: dispatches before that are only buffered. */
  live: boolean;
  buffer: Dispatch[];
  ended: boolean;
}

/** Per-socket state before and after IDENTIFY/RESUME. */
interface Connection {
  socket: WebSocket;
  session: Session | undefined;
}

/**
 * The WebSocket gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay, RECONNECT and
 * INVALID_SESSION, and intent-filtered dispatches. Emits `ready`, `resumed` and `heartbeat` for
 * tests, and logs each step to the recorder.
 */
export class Gateway extends EventEmitter {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly world: World,
    private readonly recorder: Recorder,
    private readonly opts: {
      heartbeatIntervalMs: number;
      resumeUrl: () => string;
      messageContentIntent: boolean;
    },
  ) {
    super();
    this.wss.on('connection', (socket: WebSocket) => this.accept(socket));
  }

  /** Node `upgrade` listener: only /gateway (and its resume alias) speak WebSocket. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path !== '/gateway' && path !== '/gateway-resume') {
      socket.destroy();
      return;
    }
    this.recorder.gatewayEvent(`connect ${path}`);
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** The session currently serving the bot, if any. */
  get current(): Session | undefined {
    return [...this.sessions.values()].find((s) => !s.ended);
  }

  /**
   * Sends an event to every open session subscribed to `intent`. While a socket is down the event is buffered and
   * replayed on RESUME, as Discord does. Returns whether any session will receive it.
   */
  dispatch(t: string, d: unknown, intent?: number): boolean {
    const sessions = this.subscribed(intent);
    for (const session of sessions) this.push(session, t, d);
    return sessions.length > 0;
  }

  /**
   * MESSAGE_CREATE. Sessions without the Message Content intent get the text blanked unless `contentVisible` (the
   * bot is mentioned or wrote it), which is how a bot that forgot the intent breaks on Discord.
   */
  dispatchMessage(message: Record<string, unknown>, contentVisible: boolean): boolean {
    const sessions = this.subscribed(Intent.GuildMessages);
    const blank = { ...message, content: '', embeds: [], attachments: [], components: [] };
    for (const session of sessions) {
      this.push(
        session,
        'MESSAGE_CREATE',
        session.intents & Intent.MessageContent || contentVisible ? message : blank,
      );
    }
    return sessions.length > 0;
  }

  private subscribed(intent: number | undefined): Session[] {
    return [...this.sessions.values()].filter(
      (s) => !s.ended && (intent === undefined || (s.intents & intent) !== 0),
    );
  }

  /** Tells the client to reconnect (op 7); resolves once it has resumed. */
  reconnect(): Promise<void> {
    const session = this.requireSession();
    const resumed = this.next('resumed');
    session.socket?.send(JSON.stringify({ op: Op.Reconnect, d: null }));
    return resumed;
  }

  /** Kills the socket without a close frame, as a network failure would; resolves once the client has resumed. */
  drop(): Promise<void> {
    const session = this.requireSession();
    const resumed = this.next('resumed');
    session.socket?.terminate();
    return resumed;
  }

  /** Sends INVALID_SESSION; `resumable: false` ends the session, so the client must IDENTIFY afresh. */
  invalidate(resumable: boolean): Promise<void> {
    const session = this.requireSession();
    const next = this.next(resumable ? 'resumed' : 'ready');
    if (!resumable) session.ended = true;
    session.socket?.send(JSON.stringify({ op: Op.InvalidSession, d: resumable }));
    return next;
  }

  /**
   * Closes the session's socket with a close code, as Discord does when it ends a session for good (4004 token
   * reset, 4014 intent switched off in the portal): the client must not resume, and the session ends.
   */
  closeWith(code: number, reason: string): void {
    const session = this.requireSession();
    session.ended = true;
    session.socket?.close(code, reason);
  }

  /** Asks the client for an immediate heartbeat (op 1); resolves when it arrives. */
  requestHeartbeat(): Promise<void> {
    const beat = this.next('heartbeat');
    this.requireSession().socket?.send(JSON.stringify({ op: Op.Heartbeat, d: null }));
    return beat;
  }

  /** Closes every socket and stops accepting new ones. */
  close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private next(event: string): Promise<void> {
    return once(this, event).then(() => undefined);
  }

  private requireSession(): Session {
    const session = this.current;
    if (!session?.socket) throw new Error('stand-in: no bot is connected to the gateway');
    return session;
  }

  private accept(socket: WebSocket): void {
    const connection: Connection = { socket, session: undefined };
    socket.send(JSON.stringify({ op: Op.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs } }));
    socket.on('message', (data: Buffer) => this.receive(connection, data.toString('utf8')));
    socket.on('close', (code: number) => {
      this.recorder.gatewayEvent(`close ${code}`);
      const session = connection.session;
      if (!session || session.socket !== socket) return;
      session.socket = undefined;
      session.live = false;
      // A clean close (1000/1001) from the client ends the session; anything else leaves it resumable.
      if (code === 1000 || code === 1001) session.ended = true;
    });
  }

  private receive(connection: Connection, text: string): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(text) as { op?: unknown; d?: unknown };
    } catch {
      connection.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    const d = (payload.d ?? {}) as Record<string, unknown>;
    switch (payload.op) {
      case Op.Heartbeat:
        connection.socket.send(JSON.stringify({ op: Op.HeartbeatAck }));
        this.emit('heartbeat', payload.d);
        return;
      case Op.Identify:
        return this.identify(connection, d);
      case Op.Resume:
        return this.resume(connection, d);
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
      case Op.RequestGuildMembers:
        if (!connection.session) connection.socket.close(4003, 'Not authenticated.');
        return;
      default:
        connection.socket.close(4001, 'Unknown opcode.');
    }
  }

  private identify(connection: Connection, d: Record<string, unknown>): void {
    if (connection.session) return connection.socket.close(4005, 'Already authenticated.');
    if (!this.tokenMatches(d.token)) return connection.socket.close(4004, 'Authentication failed.');
    // A privileged intent not switched on in the developer portal: Discord refuses the login outright.
    if (!this.opts.messageContentIntent && Number(d.intents ?? 0) & Intent.MessageContent) {
      return connection.socket.close(4014, 'Disallowed intent(s).');
    }
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      intents: Number(d.intents ?? 0),
      seq: 0,
      socket: connection.socket,
      live: true,
      buffer: [],
      ended: false,
    };
    this.sessions.set(session.id, session);
    connection.session = session;
    this.recorder.gatewayEvent('identify');
    this.push(session, 'READY', {
      v: 10,
      user: this.world.bot.user,
      user_settings: {},
      guilds: [{ id: this.world.guildId, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.opts.resumeUrl(),
      shard: [0, 1],
      application: { id: this.world.applicationId, flags: this.opts.messageContentIntent ? 1 << 19 : 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    if (session.intents & Intent.Guilds) this.push(session, 'GUILD_CREATE', this.world.guild());
    this.emit('ready');
  }

  private resume(connection: Connection, d: Record<string, unknown>): void {
    const session = this.sessions.get(String(d.session_id));
    if (!this.tokenMatches(d.token) || !session || session.ended) {
      this.recorder.gatewayEvent('resume refused');
      connection.socket.send(JSON.stringify({ op: Op.InvalidSession, d: false }));
      return;
    }
    session.socket?.terminate();
    session.socket = connection.socket;
    connection.session = session;
    const after = Number(d.seq ?? 0);
    const missed = session.buffer.filter((event) => event.s > after);
    for (const event of missed) connection.socket.send(JSON.stringify(event));
    this.recorder.gatewayEvent(`resume seq=${after} replayed=${missed.length}`);
    session.live = true;
    this.push(session, 'RESUMED', null);
    this.emit('resumed');
  }

  private push(session: Session, t: string, d: unknown): void {
    const event: Dispatch = { op: Op.Dispatch, t, s: ++session.seq, d };
    session.buffer.push(event);
    if (session.buffer.length > REPLAY_BUFFER) session.buffer.shift();
    if (session.live && session.socket) session.socket.send(JSON.stringify(event));
  }

  private tokenMatches(token: unknown): boolean {
    // discord.js sends the bare token; Discord also accepts it with the "Bot " prefix.
    return typeof token === 'string' && token.replace(/^Bot /, '') === this.world.token;
  }
}
