/**
 * A local Discord for tests and the playground: REST + gateway on 127.0.0.1 that an unmodified discord.js v14
 * Client logs in to. Start with {@link startStandin}.
 */
export { startStandin, Standin, type StandinOptions, type OptionValues } from './standin.ts';
export { InteractionHandle, MessageHandle, type Choice } from './handles.ts';
export type {
  RecordedMessage,
  RecordedAck,
  RecordedInteraction,
  RecordedRequest,
  Pings,
} from './recorder.ts';
export type { StandinUser, ApiUser } from './world.ts';
