import { describe, expect, it } from 'vitest';
import { installShutdown, type SignalTarget } from '../../src/discord/bot.js';
import { recordingLogger } from '../helpers/context.js';

function target() {
  const listeners = new Map<string, () => void>();
  const exits: number[] = [];
  const t: SignalTarget = {
    once: (event, listener) => listeners.set(event, listener),
    exit: (code) => exits.push(code),
  };
  return { listeners, exits, t };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('installShutdown', () => {
  it.each(['SIGINT', 'SIGTERM'])('on %s stops the bot once, then exits 0', async (signal) => {
    const { listeners, exits, t } = target();
    let stops = 0;
    installShutdown(async () => void stops++, recordingLogger(), t);
    listeners.get(signal)?.();
    listeners.get(signal === 'SIGINT' ? 'SIGTERM' : 'SIGINT')?.();
    await settle();
    expect(stops).toBe(1);
    expect(exits).toEqual([0]);
  });

  it('exits 1 when stopping fails, and logs why', async () => {
    const { listeners, exits, t } = target();
    const log = recordingLogger();
    installShutdown(async () => Promise.reject(new Error('destroy failed')), log, t);
    listeners.get('SIGTERM')?.();
    await settle();
    expect(exits).toEqual([1]);
    expect(log.entries.map((e) => e.message)).toContain('关闭时出错');
  });
});
