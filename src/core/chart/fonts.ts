/**
 * Per-render font subsets for resvg.
 *
 * Why: resvg-js 2.6.2 re-reads a font file from disk for every glyph it outlines (thx/resvg-js#367).
 * With the 10 MB Noto Sans SC files that costs ~0.7 ms per glyph, 200–900 ms per chart. So each
 * render gets its own copy of each font in which only the glyphs the SVG can use keep their
 * outlines (glyf/loca rewritten). Glyph ids keep their meaning and every other table (cmap, hmtx,
 * GSUB, GPOS, name…) is copied unchanged, so shaping, advances and outlines are exactly those of the
 * full font: the PNG is byte-identical to a full-font render (tested). Only vhea/vmtx are dropped
 * (vertical text, which charts never use). The copies are ~0.5 MB and deleted after the render.
 *
 * Anything unexpected in a font makes `subsetFont` throw; the caller then uses the full font.
 */
import { readFileSync } from 'node:fs';

const DROP_TABLES = new Set(['vhea', 'vmtx', 'DSIG']);

interface ParsedFont {
  /** tag → table bytes, in file order */
  tables: Map<string, Buffer>;
  numGlyphs: number;
  /** loca: numGlyphs + 1 byte offsets into glyf */
  offsets: Uint32Array;
  glyf: Buffer;
  cmap: (codePoint: number) => number;
}

function tag(buf: Buffer, at: number): string {
  return buf.toString('latin1', at, at + 4);
}

function table(tables: Map<string, Buffer>, name: string): Buffer {
  const t = tables.get(name);
  if (!t) throw new Error(`font has no ${name} table`);
  return t;
}

function parseCmap(cmap: Buffer): (codePoint: number) => number {
  const count = cmap.readUInt16BE(2);
  let format4: Buffer | null = null;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const sub = cmap.subarray(cmap.readUInt32BE(8 + i * 8));
    const format = sub.readUInt16BE(0);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) {
      const groups = sub.readUInt32BE(12);
      const starts = new Uint32Array(groups);
      const ends = new Uint32Array(groups);
      const glyphs = new Uint32Array(groups);
      for (let g = 0; g < groups; g++) {
        starts[g] = sub.readUInt32BE(16 + g * 12);
        ends[g] = sub.readUInt32BE(20 + g * 12);
        glyphs[g] = sub.readUInt32BE(24 + g * 12);
      }
      return (cp) => {
        let lo = 0;
        let hi = groups - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (cp < (starts[mid] ?? 0)) hi = mid - 1;
          else if (cp > (ends[mid] ?? 0)) lo = mid + 1;
          else return (glyphs[mid] ?? 0) + cp - (starts[mid] ?? 0);
        }
        return 0;
      };
    }
    if (format === 4 && format4 === null) format4 = sub;
  }
  if (format4 === null) throw new Error('font has no Unicode cmap (format 4 or 12)');
  const sub = format4;
  const segs = sub.readUInt16BE(6) / 2;
  const endAt = 14;
  const startAt = endAt + segs * 2 + 2;
  const deltaAt = startAt + segs * 2;
  const rangeAt = deltaAt + segs * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segs; s++) {
      if (cp > sub.readUInt16BE(endAt + s * 2)) continue;
      const start = sub.readUInt16BE(startAt + s * 2);
      if (cp < start) return 0;
      const delta = sub.readInt16BE(deltaAt + s * 2);
      const range = sub.readUInt16BE(rangeAt + s * 2);
      if (range === 0) return (cp + delta) & 0xffff;
      const g = sub.readUInt16BE(rangeAt + s * 2 + range + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

function parseFont(data: Buffer): ParsedFont {
  const version = data.readUInt32BE(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType (glyf) font');
  const numTables = data.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const offset = data.readUInt32BE(rec + 8);
    const length = data.readUInt32BE(rec + 12);
    tables.set(tag(data, rec), data.subarray(offset, offset + length));
  }
  const numGlyphs = table(tables, 'maxp').readUInt16BE(4);
  const longLoca = table(tables, 'head').readInt16BE(50) === 1;
  const loca = table(tables, 'loca');
  const offsets = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) {
    offsets[g] = longLoca ? loca.readUInt32BE(g * 4) : loca.readUInt16BE(g * 2) * 2;
  }
  return { tables, numGlyphs, offsets, glyf: table(tables, 'glyf'), cmap: parseCmap(table(tables, 'cmap')) };
}

/** The glyph's bytes and, for a composite glyph, the glyph ids it is built from. */
function glyphData(font: ParsedFont, gid: number): { bytes: Buffer; components: number[] } {
  const start = font.offsets[gid] ?? 0;
  const end = font.offsets[gid + 1] ?? start;
  const bytes = font.glyf.subarray(start, end);
  const components: number[] = [];
  if (bytes.length >= 10 && bytes.readInt16BE(0) < 0) {
    let at = 10;
    for (;;) {
      const flags = bytes.readUInt16BE(at);
      components.push(bytes.readUInt16BE(at + 2));
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) break;
    }
  }
  return { bytes, components };
}

function checksum(buf: Buffer): number {
  let sum = 0;
  const whole = buf.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + buf.readUInt32BE(i)) >>> 0;
  if (whole < buf.length) {
    const tail = Buffer.alloc(4);
    buf.copy(tail, 0, whole);
    sum = (sum + tail.readUInt32BE(0)) >>> 0;
  }
  return sum;
}

function pad4(length: number): number {
  return (length + 3) & ~3;
}

function writeFont(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 16 * 2 ** entrySelector;
  let offset = 12 + 16 * n;
  const size = offset + tags.reduce((s, t) => s + pad4(tables.get(t)?.length ?? 0), 0);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(0x00010000, 0);
  out.writeUInt16BE(n, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(n * 16 - searchRange, 10);
  let headAt = -1;
  tags.forEach((t, i) => {
    const data = tables.get(t) ?? Buffer.alloc(0);
    const rec = 12 + i * 16;
    out.write(t, rec, 'latin1');
    out.writeUInt32BE(checksum(data), rec + 4);
    out.writeUInt32BE(offset, rec + 8);
    out.writeUInt32BE(data.length, rec + 12);
    data.copy(out, offset);
    if (t === 'head') headAt = offset;
    offset += pad4(data.length);
  });
  if (headAt >= 0) out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headAt + 8);
  return out;
}

const parsed = new Map<string, ParsedFont>();

function loadFont(file: string): ParsedFont {
  let font = parsed.get(file);
  if (!font) {
    font = parseFont(readFileSync(file));
    parsed.set(file, font);
  }
  return font;
}

/** Every code point in `text`, plus printable ASCII (cheap, and covers entity-escaped characters). */
export function codePointsOf(text: string): Set<number> {
  const set = new Set<number>();
  for (let cp = 0x20; cp <= 0x7e; cp++) set.add(cp);
  for (const ch of text) set.add(ch.codePointAt(0) ?? 0);
  for (const m of text.matchAll(/&#(x[0-9a-fA-F]+|\d+);/g)) {
    const ref = m[1] ?? '';
    set.add(ref.startsWith('x') ? parseInt(ref.slice(1), 16) : parseInt(ref, 10));
  }
  return set;
}

/**
 * A copy of the TrueType font in `file` in which only .notdef and the glyphs of `codePoints` (and
 * their composite components) keep outlines. Deterministic: the same inputs give the same bytes.
 */
export function subsetFont(file: string, codePoints: Iterable<number>): Buffer {
  const font = loadFont(file);
  const keep = new Set<number>([0]);
  const queue: number[] = [];
  for (const cp of codePoints) {
    const gid = font.cmap(cp);
    if (gid > 0 && gid < font.numGlyphs && !keep.has(gid)) {
      keep.add(gid);
      queue.push(gid);
    }
  }
  queue.push(0);
  while (queue.length > 0) {
    const gid = queue.pop() ?? 0;
    for (const c of glyphData(font, gid).components) {
      if (c < font.numGlyphs && !keep.has(c)) {
        keep.add(c);
        queue.push(c);
      }
    }
  }
  const kept = [...keep].sort((a, b) => a - b);
  const glyf = Buffer.alloc(kept.reduce((s, g) => s + pad4(glyphData(font, g).bytes.length), 0));
  const loca = Buffer.alloc((font.numGlyphs + 1) * 4);
  let at = 0;
  let k = 0;
  for (let g = 0; g <= font.numGlyphs; g++) {
    loca.writeUInt32BE(at, g * 4);
    if (g < font.numGlyphs && kept[k] === g) {
      const bytes = glyphData(font, g).bytes;
      bytes.copy(glyf, at);
      at += pad4(bytes.length);
      k++;
    }
  }
  const head = Buffer.from(table(font.tables, 'head'));
  head.writeInt16BE(1, 50);
  head.writeUInt32BE(0, 8);
  const tables = new Map<string, Buffer>();
  for (const [t, data] of font.tables) {
    if (!DROP_TABLES.has(t)) tables.set(t, data);
  }
  tables.set('head', head);
  tables.set('loca', loca);
  tables.set('glyf', glyf);
  return writeFont(tables);
}
