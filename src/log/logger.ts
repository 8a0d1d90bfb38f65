import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/config.ts';

/** Keys that could carry a secret, wherever they appear in a log object. */
const REDACT = ['token', 'DISCORD_TOKEN', 'authorization', 'headers.authorization'].flatMap((key) => [
  key,
  `*.${key}`,
  `*.*.${key}`,
]);

/**
 * Structured JSON logger. Writes to stderr by default so stdout stays free for program output
 * (the playground chat, `npm run deploy`'s summary); call `logger.flush()` before exiting.
 *
 * @example
 * const logger = createLogger({ level: 'info' });
 * logger.info({ documents: 12 }, 'corpus ready');
 */
export function createLogger(opts: { level: LogLevel; destination?: DestinationStream }): Logger {
  const destination = opts.destination ?? pino.destination({ dest: 2, sync: false });
  return pino({ level: opts.level, redact: { paths: REDACT, censor: '[redacted]' } }, destination);
}
