import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/core/chart/spec.js';
import {
  MAX_CATEGORIES,
  ellipsize,
  escapeXml,
  measureText,
  renderSvg,
  wrapText,
} from '../../src/core/chart/svg.js';
import { Money } from '../../src/core/money.js';
import { DEPT, sangongYoY } from '../helpers/chart-specs.js';

// ---------------------------------------------------------------------------------------------------
// A tiny XML reader: throws on anything not well-formed, so every test also checks the SVG parses.

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  /** Text directly inside, entities decoded */
  text: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const BAD_AMP = /&(?!(?:amp|lt|gt|quot|apos);)/;

function decode(raw: string): string {
  if (BAD_AMP.test(raw)) throw new Error(`unescaped & in ${JSON.stringify(raw)}`);
  return raw.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITY[e] ?? '');
}

function parseXml(xml: string): El {
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>|([^<>]+)/y;
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  let at = 0;
  while (at < xml.length) {
    token.lastIndex = at;
    const m = token.exec(xml);
    if (!m) throw new Error(`not well-formed at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    at = token.lastIndex;
    const [, close, name, attrText, selfClose, text] = m;
    const top = stack[stack.length - 1];
    if (!top) throw new Error('stack underflow');
    if (text !== undefined) {
      top.text += decode(text);
    } else if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(/([\w:-]+)="([^"]*)"/g))
        attrs[a[1] ?? ''] = decode(a[2] ?? '');
      const el: El = { name: name ?? '', attrs, children: [], text: '' };
      top.children.push(el);
      if (!selfClose) stack.push(el);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  const svg = root.children[0];
  if (root.children.length !== 1 || svg?.name !== 'svg') throw new Error('expected one <svg> root');
  return svg;
}

function all(el: El, name: string): El[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

/** Full text of a <text>, tspans included. */
function textOf(el: El): string {
  return el.text + el.children.map(textOf).join('');
}

function texts(svg: El): string[] {
  return all(svg, 'text').map(textOf);
}

function bars(svg: El, cls = 'bar'): El[] {
  return all(svg, 'rect').filter((r) => r.attrs.class === cls);
}

function num(el: El, attr: string): number {
  const v = el.attrs[attr];
  if (v === undefined) throw new Error(`<${el.name}> has no ${attr}`);
  return Number(v);
}

function barAt(svg: El, series: number, index: number, cls = 'bar'): El | undefined {
  return bars(svg, cls).find(
    (r) =>
      r.attrs['data-index'] === String(index) && (cls !== 'bar' || r.attrs['data-series'] === String(series)),
  );
}

/** Expected pixel ratio, computed from hand-written figures in Decimal. */
function ratio(a: string, b: string): Money {
  return new Money(a).abs().dividedBy(new Money(b).abs());
}

/** |actual − ratio × reference| within rounding of two widths fixed to 0.01 px. */
function expectProportional(width: number, reference: number, expected: Money): void {
  const predicted = expected.times(reference.toFixed(2));
  expect(predicted.minus(width.toFixed(2)).abs().lessThanOrEqualTo('0.011')).toBe(true);
}

// ---------------------------------------------------------------------------------------------------
// Figures from the 2020 budget of 北京市西城区人民政府办公室 (元), written by hand.

const functional: ChartSpec = {
  kind: 'bar',
  title: `${DEPT} 2020年 支出功能分类（类）`,
  source: '来源：表三 部门支出总体情况表',
  unit: '元',
  categories: [
    '一般公共服务支出',
    '教育支出',
    '科学技术支出',
    '社会保障和就业支出',
    '卫生健康支出',
    '住房保障支出',
  ],
  series: [
    {
      name: '2020年预算数',
      values: ['36804980.38', '116280.00', '76411771.98', '4830831.40', '2316651.70', '4464634.80'],
    },
  ],
  shares: ['29.46%', '0.09%', '61.16%', '3.87%', '1.85%', '3.57%'],
};

const sangongParts: ChartSpec = {
  kind: 'composition',
  title: `${DEPT} 2020年 “三公”经费构成`,
  source: '来源：表七 一般公共预算“三公”经费支出情况表',
  unit: '元',
  categories: ['因公出国（境）费', '公务接待费', '公务用车购置及运行维护费'],
  series: [{ name: '2020年预算数', values: ['0.00', '22320.24', '25000.00'] }],
};

describe('renderSvg: bar', () => {
  const svg = parseXml(renderSvg(functional));
  const shown = texts(svg);

  it('is a 960 px wide SVG in the bundled font with a white background', () => {
    expect(svg.attrs.width).toBe('960');
    expect(svg.attrs['font-family']).toBe('Noto Sans SC');
    expect(Number(svg.attrs.height)).toBeGreaterThan(200);
  });

  it('states the title, the unit and the source', () => {
    expect(shown).toContain(`${DEPT} 2020年 支出功能分类（类）`);
    expect(shown).toContain('单位：元');
    expect(shown).toContain('来源：表三 部门支出总体情况表');
    expect(shown).toContain('2020年预算数');
  });

  it.each([
    ['一般公共服务支出', '36,804,980.38', '29.46%'],
    ['教育支出', '116,280.00', '0.09%'],
    ['科学技术支出', '76,411,771.98', '61.16%'],
    ['社会保障和就业支出', '4,830,831.40', '3.87%'],
    ['卫生健康支出', '2,316,651.70', '1.85%'],
    ['住房保障支出', '4,464,634.80', '3.57%'],
  ])('labels %s with its exact amount %s and share %s', (category, amount, share) => {
    expect(shown).toContain(category);
    expect(shown).toContain(`${amount}${share}`);
  });

  it('draws bars exactly proportional to the amounts (largest = 科学技术支出)', () => {
    const widths = bars(svg).map((b) => num(b, 'width'));
    expect(widths).toHaveLength(6);
    const largest = num(barAt(svg, 0, 2) as El, 'width');
    expect(Math.max(...widths)).toBe(largest);
    const amounts = ['36804980.38', '116280.00', '76411771.98', '4830831.40', '2316651.70', '4464634.80'];
    amounts.forEach((amount, i) => {
      expectProportional(num(barAt(svg, 0, i) as El, 'width'), largest, ratio(amount, '76411771.98'));
    });
  });

  it('starts every bar on the same zero line', () => {
    expect(new Set(bars(svg).map((b) => b.attrs.x)).size).toBe(1);
  });

  it('is deterministic', () => {
    expect(renderSvg(structuredClone(functional))).toBe(renderSvg(functional));
  });
});

describe('renderSvg: comparison', () => {
  const svg = parseXml(renderSvg(sangongYoY));
  const shown = texts(svg);

  it('has a legend naming both years and gives them different colours', () => {
    expect(shown).toContain('2019年预算数');
    expect(shown).toContain('2020年预算数');
    const fill2019 = barAt(svg, 0, 0)?.attrs.fill;
    const fill2020 = barAt(svg, 1, 0)?.attrs.fill;
    expect(fill2019).toBeDefined();
    expect(fill2019).not.toBe(fill2020);
  });

  it.each([['“三公”经费合计'], ['因公出国（境）费'], ['公务接待费'], ['公务用车购置及运行维护费']])(
    'labels category %s',
    (category) => {
      expect(shown).toContain(category);
    },
  );

  it('prints every value exactly, 0.00 included', () => {
    const values = all(svg, 'text')
      .filter((t) => t.attrs.class === 'value')
      .map(textOf);
    expect(values).toEqual([
      '26,268.00',
      '47,320.24',
      '0.00',
      '0.00',
      '26,268.00',
      '22,320.24',
      '0.00',
      '25,000.00',
    ]);
  });

  it('draws no bar for a zero amount', () => {
    expect(barAt(svg, 0, 1)).toBeUndefined();
    expect(barAt(svg, 1, 1)).toBeUndefined();
    expect(barAt(svg, 0, 3)).toBeUndefined();
    expect(bars(svg)).toHaveLength(5);
  });

  it('scales both years on one axis, proportional to the amounts', () => {
    const largest = num(barAt(svg, 1, 0) as El, 'width');
    expectProportional(num(barAt(svg, 0, 0) as El, 'width'), largest, ratio('26268.00', '47320.24'));
    expectProportional(num(barAt(svg, 0, 2) as El, 'width'), largest, ratio('26268.00', '47320.24'));
    expectProportional(num(barAt(svg, 1, 2) as El, 'width'), largest, ratio('22320.24', '47320.24'));
    expectProportional(num(barAt(svg, 1, 3) as El, 'width'), largest, ratio('25000.00', '47320.24'));
  });

  it('draws a blank (not published) value as "—" with no bar', () => {
    const spec: ChartSpec = {
      ...sangongYoY,
      categories: ['基本支出', '项目支出'],
      series: [
        { name: '2019年预算数', values: ['42033330.36', null] },
        { name: '2020年预算数', values: ['37536202.94', '87408947.32'] },
      ],
    };
    const doc = parseXml(renderSvg(spec));
    const values = all(doc, 'text').filter((t) => t.attrs.class === 'value');
    const blank = values.find((t) => t.attrs['data-series'] === '0' && t.attrs['data-index'] === '1');
    expect(blank && textOf(blank)).toBe('—');
    expect(barAt(doc, 0, 1)).toBeUndefined();
    expect(barAt(doc, 1, 1)).toBeDefined();
  });

  it('colours the later year darkest even when it comes first', () => {
    const forward = parseXml(renderSvg(sangongYoY));
    const reversed = parseXml(
      renderSvg({
        ...sangongYoY,
        series: [sangongYoY.series[1], sangongYoY.series[0]] as ChartSpec['series'],
      }),
    );
    expect(barAt(reversed, 0, 0)?.attrs.fill).toBe(barAt(forward, 1, 0)?.attrs.fill);
  });
});

describe('renderSvg: negative values', () => {
  const spec: ChartSpec = {
    kind: 'comparison',
    title: '增减变化',
    source: '来源：表三',
    unit: '元',
    categories: ['基本支出', '项目支出'],
    series: [
      { name: '2019年比上年', values: ['-1500000.00', '2300000.00'] },
      { name: '2020年比上年', values: ['-4497127.42', '9875620.29'] },
    ],
  };
  const svg = parseXml(renderSvg(spec));

  it('draws negative bars left of the zero line and positive bars right of it', () => {
    const neg = barAt(svg, 1, 0) as El;
    const pos = barAt(svg, 1, 1) as El;
    expect(num(neg, 'x') + num(neg, 'width')).toBeCloseTo(num(pos, 'x'), 1);
  });

  it('keeps lengths proportional to the absolute amounts', () => {
    const reference = num(barAt(svg, 1, 1) as El, 'width');
    expectProportional(num(barAt(svg, 1, 0) as El, 'width'), reference, ratio('-4497127.42', '9875620.29'));
    expectProportional(num(barAt(svg, 0, 0) as El, 'width'), reference, ratio('-1500000.00', '9875620.29'));
  });

  it('prints the minus sign', () => {
    expect(texts(svg)).toContain('-4,497,127.42');
  });

  it('keeps every bar inside the canvas', () => {
    for (const b of bars(svg)) {
      expect(num(b, 'x')).toBeGreaterThanOrEqual(0);
      expect(num(b, 'x') + num(b, 'width')).toBeLessThanOrEqual(960);
    }
  });
});

describe('renderSvg: composition', () => {
  const svg = parseXml(renderSvg(sangongParts));
  const shown = texts(svg);

  it.each([
    ['因公出国（境）费', '0.00', '0.00%'],
    ['公务接待费', '22,320.24', '47.17%'],
    ['公务用车购置及运行维护费', '25,000.00', '52.83%'],
  ])('lists %s with %s and its share %s', (name, amount, share) => {
    expect(shown).toContain(name);
    expect(shown).toContain(amount);
    expect(shown).toContain(share);
  });

  it('draws only the non-zero parts, proportional, together filling the bar', () => {
    expect(barAt(svg, 0, 0, 'segment')).toBeUndefined();
    const a = num(barAt(svg, 0, 1, 'segment') as El, 'width');
    const b = num(barAt(svg, 0, 2, 'segment') as El, 'width');
    expectProportional(a, b, ratio('22320.24', '25000.00'));
    expect(a + b).toBeCloseTo(896, 1);
  });

  it('prefers the producer’s shares when given', () => {
    const doc = parseXml(renderSvg({ ...sangongParts, shares: ['0%', '47.2%', '52.8%'] }));
    expect(texts(doc)).toContain('47.2%');
    expect(texts(doc)).not.toContain('47.17%');
  });
});

describe('renderSvg: text safety', () => {
  const nasty: ChartSpec = {
    kind: 'bar',
    title: `<script>alert("x")</script> & 'quotes' 公务接待费`,
    source: '来源：表九 "A&B" <c>',
    unit: '万元',
    categories: ['R&D <专项>', `"引号" 'single'`],
    series: [{ name: '2020年 <预算> & "数"', values: ['2.232024', '4.73'] }],
  };
  const raw = renderSvg(nasty);

  it('escapes &, <, >, " and \' so the SVG stays well-formed', () => {
    expect(() => parseXml(raw)).not.toThrow();
    expect(raw).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;');
    expect(raw).not.toContain('<script');
  });

  it('shows the original text once decoded', () => {
    const shown = texts(parseXml(raw));
    expect(shown).toContain(`<script>alert("x")</script> & 'quotes' 公务接待费`);
    expect(shown).toContain('R&D <专项>');
    expect(shown).toContain(`"引号" 'single'`);
    expect(shown).toContain('来源：表九 "A&B" <c>');
  });

  it('states 万元 and prints a figure with more decimals exactly', () => {
    const shown = texts(parseXml(raw));
    expect(shown).toContain('单位：万元');
    expect(shown).toContain('2.232024');
    expect(shown).toContain('4.73');
  });

  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});

describe('renderSvg: long and many', () => {
  const long =
    '2010301 行政运行（区政府办公室、区外联办、区科协机关日常运转所需的各项经费支出，含人员经费和公用经费）';
  const many: ChartSpec = {
    kind: 'bar',
    title: `${DEPT} 2020年 部门预算明细表 各项目金额（一个很长的标题，用来检查标题的换行是否正常，而不是被裁切掉）`,
    source: '来源：表九 部门预算明细表',
    unit: '元',
    categories: [long, ...Array.from({ length: 39 }, (_, i) => `项目${i + 2}`)],
    series: [{ name: '2020年预算数', values: Array.from({ length: 40 }, (_, i) => `${(40 - i) * 1000}.00`) }],
  };
  const svg = parseXml(renderSvg(many));
  const shown = texts(svg);

  it(`draws at most ${MAX_CATEGORIES} categories and counts the rest`, () => {
    expect(bars(svg)).toHaveLength(30);
    expect(shown).toContain('项目30');
    expect(shown).not.toContain('项目31');
    expect(shown).toContain('…另有 10 项');
  });

  it('wraps a long category name onto two lines, the second ending in "…"', () => {
    const first = shown.findIndex((t) => t.startsWith('2010301 '));
    const line1 = shown[first] ?? '';
    const line2 = shown[first + 1] ?? '';
    expect(line2.endsWith('…')).toBe(true);
    expect(long.startsWith(`${line1}${line2.slice(0, -1)}`)).toBe(true);
    expect(shown).not.toContain(long);
  });

  it('keeps every text inside the canvas (conservative width: CJK 1em, ASCII 0.6em)', () => {
    for (const el of all(svg, 'text')) {
      const size = Number(el.attrs['font-size']);
      let em = 0;
      for (const ch of textOf(el)) em += /[\x20-\x7e]/.test(ch) ? 0.6 : 1;
      const width = em * size;
      const x = num(el, 'x');
      const anchor = el.attrs['text-anchor'] ?? 'start';
      const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
      // tspans add an 8 px gap
      const extra = el.children.length > 0 ? 8 : 0;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + width + extra).toBeLessThanOrEqual(960);
    }
  });

  it('grows with the number of categories, up to the cap', () => {
    const height = (count: number): number =>
      Number(parseXml(renderSvg({ ...many, categories: many.categories.slice(0, count) })).attrs.height);
    expect(height(10)).toBeGreaterThan(height(3));
    expect(height(30)).toBeGreaterThan(height(10));
    expect(height(40)).toBeLessThan(height(30) + 40);
  });

  it('renders an empty spec without crashing', () => {
    const doc = parseXml(renderSvg({ ...functional, categories: [], series: [] }));
    expect(texts(doc)).toContain('（无可绘制的数据）');
    expect(bars(doc)).toHaveLength(0);
  });

  it('rejects a value that is not a decimal, naming the category', () => {
    const bad: ChartSpec = { ...functional, series: [{ name: 'x', values: ['12,3O4.00'] }] };
    expect(() => renderSvg(bad)).toThrow(/一般公共服务支出/);
  });
});

describe('text measuring', () => {
  it.each([
    ['公务接待费', 14, 70],
    ['30217', 10, 30],
    ['（室）', 10, 30],
  ])('measures %s at %d px as %d px', (text, size, width) => {
    expect(measureText(text, size)).toBeCloseTo(width, 6);
  });

  it('keeps codes whole and breaks Chinese between characters', () => {
    // 140 px at 14 px = 10em; "20103 " is 3.6em. An opening bracket never ends a line.
    expect(wrapText('20103 政府办公厅（室）及相关机构事务', 140, 14, 3)).toEqual([
      '20103 政府办公厅',
      '（室）及相关机构事务',
    ]);
    expect(wrapText('公务用车购置及运行维护费', 70, 14, 3)).toEqual(['公务用车购', '置及运行维', '护费']);
  });

  it('ends the last allowed line with "…"', () => {
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', 70, 14, 2);
    expect(lines).toEqual(['一二三四五', '六七八九…']);
  });

  it('ellipsizes only what does not fit', () => {
    expect(ellipsize('公务接待费', 70, 14)).toBe('公务接待费');
    expect(ellipsize('公务接待费', 56, 14)).toBe('公务接…');
  });
});

describe('renderSvg: any spec', () => {
  const name = fc.oneof(
    fc.string({
      unit: fc.constantFrom(...Array.from('公务接待费用车购置运行维护（）、《》—…')),
      maxLength: 60,
    }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
    fc.constantFrom('2010301 行政运行', 'R&D <x> "y"', ''),
  );
  const amount = fc.oneof(
    fc.constant(null),
    fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }))
      .map(([neg, whole, cents]) => `${neg ? '-' : ''}${whole}.${String(cents).padStart(2, '0')}`),
  );
  const spec = fc
    .record({
      kind: fc.constantFrom('bar', 'comparison', 'composition'),
      title: name,
      source: name,
      unit: fc.constantFrom('元', '万元'),
      categories: fc.array(name, { maxLength: 36 }),
      seriesCount: fc.integer({ min: 0, max: 3 }),
      seriesName: name,
    })
    .chain((s) =>
      fc
        .array(fc.array(amount, { minLength: s.categories.length, maxLength: s.categories.length }), {
          minLength: s.seriesCount,
          maxLength: s.seriesCount,
        })
        .map((values): ChartSpec => ({
          kind: s.kind,
          title: s.title,
          source: s.source,
          unit: s.unit,
          categories: s.categories,
          series: values.map((v, i) => ({ name: `${s.seriesName}${i}`, values: v })),
        })),
    );

  it('never crashes, always parses, and keeps every bar and text inside the canvas', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const svg = parseXml(renderSvg(s));
        for (const r of all(svg, 'rect')) {
          const x = Number(r.attrs.x ?? 0);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x + num(r, 'width')).toBeLessThanOrEqual(960.01);
        }
        for (const el of all(svg, 'text')) {
          const size = Number(el.attrs['font-size']);
          let em = 0;
          for (const ch of textOf(el)) em += /[\x20-\x7e]/.test(ch) ? 0.6 : 1;
          const width = em * size + (el.children.length > 0 ? 8 : 0);
          const x = num(el, 'x');
          const anchor = el.attrs['text-anchor'] ?? 'start';
          const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
          expect(left).toBeGreaterThanOrEqual(-0.01);
          expect(left + width).toBeLessThanOrEqual(960.01);
        }
      }),
      { numRuns: 150, seed: 20200101 },
    );
  });
});
