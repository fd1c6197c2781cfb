import { describe, expect, it } from 'vitest';
import { Money } from '../../src/core/money.js';
import { realEngine } from '../helpers/engine.js';
import { untraced } from '../helpers/trace.js';

// The tracing check itself must be able to fail, or the property tests prove nothing.
describe('the figure tracing check', () => {
  const engine = realEngine();
  const datasets = engine.loaded.map((l) => l.ds);
  const a = engine.answer('三公比去年涨了多少');

  it('accepts the engine’s cited and computed figures', () => {
    expect(a.figures.length).toBeGreaterThan(3);
    for (const f of a.figures) expect(untraced(f, datasets)).toBeNull();
  });

  it('rejects a cited figure whose value is not at its source', () => {
    const f = a.figures.find((x) => x.source?.kind === 'table')!;
    expect(untraced({ ...f, value: f.value.plus('0.01') }, datasets)).toMatch(/not found/);
  });

  it('rejects a computed figure that is not what its computation gives', () => {
    const f = a.figures.find((x) => x.computation)!;
    expect(untraced({ ...f, value: f.value.plus(1) }, datasets)).toMatch(/≠/);
  });

  it('rejects a figure with neither source nor derivation', () => {
    expect(untraced({ label: '编造', value: new Money('12345.67'), unit: '元' }, datasets)).toMatch(
      /neither/,
    );
  });
});
