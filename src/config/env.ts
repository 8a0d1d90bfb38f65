import { config as dotenv } from 'dotenv';
import type { Env } from './config.ts';

/**
 * The process environment with `.env` underneath it (real environment variables win).
 *
 * Returns a copy instead of writing into `process.env`, so nothing else picks up secrets implicitly.
 * A missing `.env` is fine — the values may come from the environment; any other read error is thrown.
 *
 * @example
 * const config = parseConfig(readEnv());
 */
export function readEnv(path = '.env'): Env {
  const env: Env = { ...process.env };
  // quiet: dotenv otherwise prints a banner on stdout.
  const { error } = dotenv({ path, quiet: true, processEnv: env as Record<string, string> });
  if (error && (error as NodeJS.ErrnoException).code !== 'ENOENT') {
    throw new Error(`config: cannot read ${path}: ${error.message}`);
  }
  return env;
}
