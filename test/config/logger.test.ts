import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.ts';

describe('createLogger', () => {
  it('redacts tokens and authorization headers wherever they appear', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: { write: (line: string) => void lines.push(line) },
    });
    logger.info(
      { token: 'a', config: { token: 'b' }, req: { headers: { authorization: 'Bot c' } } },
      'hello',
    );
    const line = lines.join('');
    expect(line).toContain('"msg":"hello"');
    expect(line).not.toMatch(/"(a|b|Bot c)"/);
    expect(line.match(/\[redacted\]/g)).toHaveLength(3);
  });

  it('honours the level', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'warn',
      destination: { write: (line: string) => void lines.push(line) },
    });
    logger.info('quiet');
    logger.warn('loud');
    expect(lines).toHaveLength(1);
  });
});
