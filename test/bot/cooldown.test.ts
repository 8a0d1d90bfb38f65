import { describe, expect, it } from 'vitest';
import { AskSessions } from '../../src/bot/ask-sessions.ts';
import { Cooldowns } from '../../src/bot/cooldown.ts';

describe('Cooldowns', () => {
  it('counts the whole seconds left, rounding up, until the cooldown ends', () => {
    let now = 0;
    const cooldowns = new Cooldowns(() => now);
    expect(cooldowns.secondsLeft('user:1')).toBe(0);
    cooldowns.start('user:1', 5);
    expect(cooldowns.secondsLeft('user:1')).toBe(5);
    now = 4_001;
    expect(cooldowns.secondsLeft('user:1')).toBe(1);
    now = 5_000;
    expect(cooldowns.secondsLeft('user:1')).toBe(0);
  });

  it('keeps keys apart and treats 0 seconds as no cooldown', () => {
    const cooldowns = new Cooldowns(() => 0);
    cooldowns.start('user:1', 5);
    cooldowns.start('user:2', 0);
    expect(cooldowns.secondsLeft('user:2')).toBe(0);
    expect(cooldowns.secondsLeft('channel:1')).toBe(0);
  });
});

describe('AskSessions', () => {
  it('recalls a question until it expires', () => {
    let now = 0;
    const sessions = new AskSessions(() => now, 1000);
    sessions.remember('1', { question: 'q', limit: 3 });
    expect(sessions.recall('1')).toEqual({ question: 'q', limit: 3 });
    now = 1000;
    expect(sessions.recall('1')).toBeUndefined();
  });

  it('forgets the oldest question when it holds too many', () => {
    const sessions = new AskSessions(() => 0);
    for (let i = 0; i <= 1000; i++) sessions.remember(String(i), { question: `q${i}`, limit: 1 });
    expect(sessions.recall('0')).toBeUndefined();
    expect(sessions.recall('1000')?.question).toBe('q1000');
  });
});
