import type { Command } from '../src/bot/context.ts';
import * as ask from './ask.ts';
import * as help from './help.ts';
import * as reload from './reload.ts';
import * as source from './source.ts';
import * as sources from './sources.ts';

/**
 * Every slash command, in the order `/help` lists them. The runtime dispatches to these and `npm run deploy`
 * registers exactly these, so what is deployed is what runs.
 */
export const commands: readonly Command[] = [ask, source, sources, reload, help];
