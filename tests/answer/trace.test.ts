import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/answer/types.js';
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

// The oracle re-derives figures on its own (raw source lines, BigInt arithmetic, its own unit rules), so
// it catches what the engine's own arithmetic would not: mixed units and a wrong column.
describe('the independent oracle', () => {
  const engine = realEngine();
  const datasets = engine.loaded.map((l) => l.ds);

  /** What the engine computed before units were typed: part ÷ whole × 100, whatever their units. */
  function unitBlindShare(part: Figure, whole: Figure): Figure {
    return {
      label: `${part.label}占${whole.label}的比例`,
      value: part.value.dividedBy(whole.value).times(100),
      unit: '%',
      derivation: `${part.label} ÷ ${whole.label} × 100`,
      computation: { op: 'percent', inputs: [part, whole] },
    };
  }

  it('rejects the 10,000× share: 8,322.36 万元 (说明第 77 行) over 87,408,947.32 元 (表三 项目支出)', () => {
    const a = engine.answer('绩效目标占项目支出多少');
    const part = a.figures.find((f) => f.unit === '万元' && f.value.equals('8322.36'))!;
    const whole = a.figures.find((f) => f.unit === '元' && f.value.equals('87408947.32'))!;
    expect(part.source).toMatchObject({ kind: 'narrative', line: 77 });
    expect(whole.source).toMatchObject({ kind: 'table', table: 3 });
    const bug = unitBlindShare(part, whole);
    expect(bug.value.toFixed(2)).toBe('0.01');
    expect(untraced(bug, datasets)).toMatch(/different units: 万元 ÷ 元/);
  });

  it('accepts the engine’s share once the 万元 figure is converted: 95.21%', () => {
    const a = engine.answer('绩效目标占项目支出多少');
    const pct = a.figures.find((f) => f.unit === '%')!;
    expect(pct.value.toFixed(2)).toBe('95.21');
    expect(pct.computation?.inputs.map((i) => i.unit)).toEqual(['元', '元']);
    for (const f of a.figures) expect(untraced(f, datasets)).toBeNull();
  });

  it('gives 固定资产 over 支出 as 126.08% (15,753.22 万元 ÷ 124,945,150.26 元), not 0.01%', () => {
    const a = engine.answer('固定资产占支出的比例');
    const pct = a.figures.find((f) => f.unit === '%')!;
    expect(pct.value.toFixed(2)).toBe('126.08');
    for (const f of a.figures) expect(untraced(f, datasets)).toBeNull();
  });

  it('rejects a table figure cited to the wrong column (2020年 value under 2019年预算数)', () => {
    const f = engine
      .answer('公务接待费是多少')
      .figures.find((x) => x.source?.kind === 'table' && x.source.table === 7)!;
    expect(f.value.toFixed(2)).toBe('22320.24');
    expect(untraced(f, datasets)).toBeNull();
    const s = f.source as Extract<Figure['source'], { kind: 'table' }>;
    expect(untraced({ ...f, source: { ...s, column: '2019年预算数' } }, datasets)).toMatch(/says 26,268.00/);
  });

  it('rejects a cited figure whose unit is not the one published', () => {
    const f = engine.answer('公务接待费是多少').figures.find((x) => x.source?.kind === 'table')!;
    expect(untraced({ ...f, unit: '万元' }, datasets)).toMatch(/in 元, the figure is in 万元/);
    const n = engine.answer('绩效目标占项目支出多少').figures.find((x) => x.source?.kind === 'narrative')!;
    expect(untraced({ ...n, unit: '元' }, datasets)).toMatch(/writes 万元, the figure is in 元/);
  });

  it('rejects a sum over mixed units', () => {
    const a = engine.answer('绩效目标占项目支出多少');
    const [x, y] = [a.figures[0]!, a.figures[1]!];
    const bad: Figure = {
      label: '混合',
      value: x.value.plus(y.value),
      unit: '元',
      derivation: 'x + y',
      computation: { op: 'sum', inputs: [x, y] },
    };
    expect(untraced(bad, datasets)).toMatch(/sum over several units/);
  });
});
