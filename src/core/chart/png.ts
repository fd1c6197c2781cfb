/**
 * SVG → PNG with @resvg/resvg-js and the Noto Sans SC TTFs of the pinned npm package
 * @expo-google-fonts/noto-sans-sc. No system fonts, no download at run time: `npm ci` is enough.
 * Output is deterministic: the same SVG gives the same PNG bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { codePointsOf, subsetFont } from './fonts.js';
import type { ChartSpec } from './spec.js';
import { CHART_FONT_FAMILY, renderSvg } from './svg.js';

const FONT_MODULES = [
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
] as const;

/**
 * Bump when the drawing changes, so chart file names (a hash of spec + version) change with it and a
 * stale PNG is never mistaken for the current one.
 */
export const CHART_RENDERER_VERSION = 1;

let fontFiles: string[] | undefined;

/** Absolute paths of the bundled Regular and Bold TTFs (resolved once). Throws if not installed. */
export function chartFontFiles(): string[] {
  if (fontFiles === undefined) {
    const require = createRequire(import.meta.url);
    const files = FONT_MODULES.map((m) => require.resolve(m));
    for (const file of files) {
      if (!existsSync(file)) throw new Error(`chart font missing: ${file} (run npm ci)`);
    }
    fontFiles = files;
  }
  return fontFiles;
}

function options(files: string[]): ResvgRenderOptions {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: files,
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
    // Explicit so that the output does not depend on library defaults.
    fitTo: { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}

export interface RenderPngOptions {
  /**
   * 'subset' (default): fonts cut down to the glyphs this SVG uses, written to a temp dir and deleted
   * after the render — same pixels as 'full', ~10× faster (see fonts.ts). 'full': the TTFs as shipped.
   */
  fonts?: 'subset' | 'full';
}

let tempDir: string | undefined;
let fontTempCounter = 0;

function fontTempDir(): string {
  if (tempDir === undefined) {
    const dir = mkdtempSync(path.join(tmpdir(), 'budget-chart-fonts-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    tempDir = dir;
  }
  return tempDir;
}

interface FontSet {
  files: string[];
  /** The temp files to delete after the render (empty when rendering with the full fonts). */
  temp: string[];
  data: Buffer[];
}

/** Subset fonts for `svg`, or the full fonts when asked to or when subsetting fails. */
function fontSet(svg: string, opts: RenderPngOptions): FontSet {
  const full = chartFontFiles();
  if (opts.fonts === 'full') return { files: full, temp: [], data: [] };
  try {
    const codePoints = codePointsOf(svg);
    const data = full.map((file) => subsetFont(file, codePoints));
    const id = ++fontTempCounter;
    const temp = full.map((_, i) => path.join(fontTempDir(), `${process.pid}-${id}-${i}.ttf`));
    return { files: temp, temp, data };
  } catch {
    return { files: full, temp: [], data: [] };
  }
}

/** Render on the calling thread. Fine for the CLI and tests; the bot should use `renderPng`. */
export function renderPngSync(svg: string, opts: RenderPngOptions = {}): Buffer {
  const fonts = fontSet(svg, opts);
  try {
    let files = fonts.files;
    try {
      fonts.temp.forEach((file, i) => writeFileSync(file, fonts.data[i] ?? Buffer.alloc(0)));
    } catch {
      files = chartFontFiles();
    }
    return new Resvg(svg, options(files)).render().asPng();
  } finally {
    for (const file of fonts.temp) rmSync(file, { force: true });
  }
}

/**
 * Render in the libuv thread pool (resvg's renderAsync), keeping the event loop free. The font
 * subsetting before it (a few ms of buffer copying) and the PNG encoding run on the calling thread.
 */
export async function renderPng(svg: string, opts: RenderPngOptions = {}): Promise<Buffer> {
  const fonts = fontSet(svg, opts);
  try {
    let files = fonts.files;
    try {
      await Promise.all(fonts.temp.map((file, i) => writeFile(file, fonts.data[i] ?? Buffer.alloc(0))));
    } catch {
      files = chartFontFiles();
    }
    const image = await renderAsync(svg, options(files));
    return image.asPng();
  } finally {
    await Promise.all(fonts.temp.map((file) => rm(file, { force: true })));
  }
}

/** ChartSpec → PNG bytes, off the main thread. What the Discord adapter attaches. */
export async function renderChartPng(spec: ChartSpec): Promise<Buffer> {
  return renderPng(renderSvg(spec));
}

/** JSON with object keys sorted, so that key order never changes a hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Stable file name for a chart: same spec (and renderer version) → same name. */
export function chartFileName(spec: ChartSpec): string {
  const hash = createHash('sha256')
    .update(`budget-chart/v${CHART_RENDERER_VERSION}\n${canonicalJson(spec)}`)
    .digest('hex')
    .slice(0, 16);
  return `chart-${spec.kind}-${hash}.png`;
}

let tempCounter = 0;

/**
 * Render `spec` and write `<dir>/<chartFileName(spec)>`, creating `dir` if needed. The file is
 * written under a temporary name and renamed, so a reader never sees a half-written PNG.
 * Returns the absolute path.
 */
export async function writeChartPng(spec: ChartSpec, dir: string): Promise<string> {
  const png = await renderChartPng(spec);
  const absDir = path.resolve(dir);
  await mkdir(absDir, { recursive: true });
  const file = path.join(absDir, chartFileName(spec));
  const temp = `${file}.${process.pid}.${++tempCounter}.tmp`;
  await writeFile(temp, png);
  await rename(temp, file);
  return file;
}

/** What the font health check draws: one ideograph, black on white. */
const PROBE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">' +
  '<rect width="64" height="64" fill="#ffffff"/>' +
  `<text x="4" y="54" font-size="56" font-family="${CHART_FONT_FAMILY}" fill="#000000">预</text></svg>`;

/** Dark pixels the probe glyph must cover at least (预 at 56 px covers several hundred). */
const PROBE_MIN_DARK_PIXELS = 150;

export type GlyphProbe = { ok: true; darkPixels: number } | { ok: false; reason: string };

/**
 * Font health check: really draw a glyph with the chart fonts (or `files`) and count the dark pixels.
 * resvg silently draws nothing for text it has no usable font for, so a corrupt or missing font shows
 * up here as an empty picture, not as an error.
 */
export function probeGlyph(files: string[] = chartFontFiles()): GlyphProbe {
  try {
    for (const file of files) {
      if (!existsSync(file)) return { ok: false, reason: `字体文件不存在：${file}` };
    }
    const pixels = new Resvg(PROBE_SVG, options(files)).render().pixels;
    let darkPixels = 0;
    for (let i = 0; i + 3 < pixels.length; i += 4) {
      if ((pixels[i] ?? 255) < 128 && (pixels[i + 3] ?? 0) > 128) darkPixels++;
    }
    return darkPixels >= PROBE_MIN_DARK_PIXELS
      ? { ok: true, darkPixels }
      : { ok: false, reason: `字体未能绘出字形（「预」只画出 ${darkPixels} 个像素），字体文件可能已损坏` };
  } catch (err) {
    return { ok: false, reason: `绘制测试字形失败：${err instanceof Error ? err.message : String(err)}` };
  }
}
