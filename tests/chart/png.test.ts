import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chartFileName,
  chartFontFiles,
  renderChartPng,
  renderPng,
  renderPngSync,
  writeChartPng,
} from '../../src/core/chart/png.js';
import type { ChartSpec } from '../../src/core/chart/spec.js';
import { renderSvg } from '../../src/core/chart/svg.js';
import { sangongYoY } from '../helpers/chart-specs.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(png: Buffer): { width: number; height: number; bitDepth: number; colorType: number } {
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png.readUInt8(24),
    colorType: png.readUInt8(25),
  };
}

const basicProject: ChartSpec = {
  kind: 'bar',
  title: '北京市西城区人民政府办公室 2020年 基本支出与项目支出',
  source: '来源：表三 部门支出总体情况表',
  unit: '元',
  categories: ['基本支出', '项目支出'],
  series: [{ name: '2020年预算数', values: ['37536202.94', '87408947.32'] }],
};

const sangongParts: ChartSpec = {
  kind: 'composition',
  title: '北京市西城区人民政府办公室 2020年 “三公”经费构成',
  source: '来源：表七 一般公共预算“三公”经费支出情况表',
  unit: '元',
  categories: ['因公出国（境）费', '公务接待费', '公务用车购置及运行维护费'],
  series: [{ name: '2020年预算数', values: ['0.00', '22320.24', '25000.00'] }],
};

function svgHeight(svg: string): number {
  return Number(/height="(\d+)"/.exec(svg)?.[1]);
}

describe('renderPng', () => {
  it.each([
    ['comparison', sangongYoY],
    ['bar', basicProject],
    ['composition', sangongParts],
  ])('renders a %s chart as an RGBA PNG of the SVG’s size', async (_kind, spec) => {
    const svg = renderSvg(spec);
    const png = await renderPng(svg);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(ihdr(png)).toEqual({ width: 960, height: svgHeight(svg), bitDepth: 8, colorType: 6 });
  });

  it('gives identical bytes on re-render, sync and async alike', async () => {
    const svg = renderSvg(sangongYoY);
    const first = renderPngSync(svg);
    const second = renderPngSync(renderSvg(structuredClone(sangongYoY)));
    const third = await renderPng(svg);
    expect(second.equals(first)).toBe(true);
    expect(third.equals(first)).toBe(true);
  });

  it('draws the same pixels with per-render font subsets as with the full fonts', () => {
    for (const spec of [sangongYoY, sangongParts]) {
      const svg = renderSvg(spec);
      expect(renderPngSync(svg).equals(renderPngSync(svg, { fonts: 'full' }))).toBe(true);
    }
  });

  it('leaves no temporary font files behind', async () => {
    await renderPng(renderSvg(sangongParts));
    renderPngSync(renderSvg(sangongParts));
    const dirs = (await readdir(tmpdir())).filter((d) => d.startsWith('budget-chart-fonts-'));
    expect(dirs.length).toBeGreaterThan(0);
    for (const d of dirs) {
      const ours = (await readdir(path.join(tmpdir(), d))).filter((f) => f.startsWith(`${process.pid}-`));
      expect(ours).toEqual([]);
    }
  });
});

describe('the bundled font', () => {
  const glyph = (ch: string, weight = 400): string =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><rect width="80" height="80" fill="#fff"/>` +
    `<text x="8" y="64" font-size="64" font-weight="${weight}" font-family="Noto Sans SC">${ch}</text></svg>`;

  it('is resolved from the npm package (Regular and Bold)', () => {
    const files = chartFontFiles();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(
      /@expo-google-fonts[/\\]noto-sans-sc[/\\]400Regular[/\\]NotoSansSC_400Regular\.ttf$/,
    );
    expect(files[1]).toMatch(/700Bold[/\\]NotoSansSC_700Bold\.ttf$/);
    for (const f of files) expect(existsSync(f)).toBe(true);
  });

  it('actually draws Chinese glyphs: 公 inks pixels, and differs from 八 and from a missing glyph', () => {
    const inked = (svg: string): number => {
      const pixels = new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: 'Noto Sans SC' },
      }).render().pixels;
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128) dark++;
      return dark;
    };
    const gong = inked(glyph('公'));
    expect(gong).toBeGreaterThan(200);
    expect(inked(glyph(''))).toBe(0);
    expect(renderPngSync(glyph('公')).equals(renderPngSync(glyph('八')))).toBe(false);
    // U+E000 is a private-use code point the font lacks: a tofu box or nothing, never 公.
    expect(renderPngSync(glyph('公')).equals(renderPngSync(glyph('\uE000')))).toBe(false);
    expect(renderPngSync(glyph('公', 700)).equals(renderPngSync(glyph('公', 400)))).toBe(false);
  });

  it('draws nothing for an empty text, through the subset path too', () => {
    expect(renderPngSync(glyph('公')).equals(renderPngSync(glyph('')))).toBe(false);
  });
});

describe('writeChartPng', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'chart-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes <dir>/<stable name>.png with the rendered bytes and returns its absolute path', async () => {
    const file = await writeChartPng(sangongParts, path.join(dir, 'nested'));
    expect(path.isAbsolute(file)).toBe(true);
    expect(path.dirname(file)).toBe(path.join(dir, 'nested'));
    expect(path.basename(file)).toMatch(/^chart-composition-[0-9a-f]{16}\.png$/);
    expect((await readFile(file)).equals(await renderChartPng(sangongParts))).toBe(true);
    expect((await readdir(path.join(dir, 'nested'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names the same chart the same, whatever the key order, and a different chart differently', async () => {
    const reordered: ChartSpec = {
      unit: sangongParts.unit,
      series: sangongParts.series,
      categories: sangongParts.categories,
      source: sangongParts.source,
      title: sangongParts.title,
      kind: sangongParts.kind,
    };
    expect(chartFileName(reordered)).toBe(chartFileName(sangongParts));
    expect(await writeChartPng(reordered, dir)).toBe(await writeChartPng(sangongParts, dir));
    const changed = {
      ...sangongParts,
      series: [{ name: '2020年预算数', values: ['0.00', '22320.25', '25000.00'] }],
    };
    expect(chartFileName(changed)).not.toBe(chartFileName(sangongParts));
  });
});
