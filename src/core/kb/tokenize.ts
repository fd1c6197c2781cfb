/**
 * The text export of a published budget, as lines and cells.
 *
 * Quirks of the export (see DOMAIN.md): in the table part each cell starts with a TAB (several cells
 * may share a line, one TAB each); a line that does not start with a TAB continues the previous cell
 * (multi-line cells); a blank line ends a row; U+3000 or nothing at all stands for an empty cell;
 * cells carry stray spaces.
 */

export interface Cell {
  /** Trimmed text, or null when the cell is empty (blank, spaces or U+3000 only). */
  text: string | null;
  /** 1-based line where the cell starts */
  line: number;
}

export interface RawRow {
  /** 1-based line of the row's first cell */
  line: number;
  /** 1-based line of the row's last line */
  endLine: number;
  cells: Cell[];
}

/** Trim ASCII and full-width spaces; an empty result is null (not published). */
export function cleanCell(raw: string): string | null {
  const t = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return t === '' ? null : t;
}

/** Split a source text into lines, keeping 1-based numbering; CRLF and a BOM are tolerated. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
}

/** The encodings a text export comes in, as named in messages. */
export type SourceEncoding = 'UTF-8' | 'UTF-8（带 BOM）' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

/**
 * Decode the bytes of an export: a BOM decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8, and
 * when that fails GB18030 (the usual encoding of a Chinese export that is not UTF-8). The text
 * returned keeps no BOM except for UTF-8 with BOM, whose text is kept as read (its hash is stable).
 */
export function decodeSource(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'UTF-8（带 BOM）' };
  if (b0 === 0xff && b1 === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

const HALF_TO_FULL: Record<string, string> = { '(': '（', ')': '）', ':': '：', ';': '；', ',': '，' };

/**
 * Half-width punctuation as the document's own full-width form, one character for one (so a
 * position in the normalised line is the same position in the line as published): ( ) : ; and a
 * comma, except between digits (a thousands separator or a time stays as it is). A form feed
 * stays (the tables' reader knows it as page furniture).
 */
export function normaliseWidth(line: string): string {
  if (!/[():;,]/.test(line)) return line;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if ((ch === ',' || ch === ':') && /\d/.test(line[i - 1] ?? '') && /\d/.test(line[i + 1] ?? '')) out += ch;
    else out += HALF_TO_FULL[ch] ?? ch;
  }
  return out;
}

/** A line that is page furniture of the export, not content: "- 3 -", "第 3 页", "第3页 共20页", "3/20". */
export const PAGE_LINE =
  /^[\s\u3000\f]*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})[\s\u3000]*$/;

/** A line that is only a number of one to four digits (no TAB): a page number where no cell can be. */
const BARE_NUMBER = /^[\s\u3000]*\d{1,4}[\s\u3000]*$/;

/**
 * How the table part is laid out: one cell per line after a TAB, rows separated by blank lines (the
 * bundled export), or one row per line with TAB-separated cells (Word's "plain text", spreadsheets).
 */
export function tableLayout(
  lines: readonly string[],
  from = 0,
  to = lines.length,
): 'cell-per-line' | 'row-per-line' {
  let tabFirst = 0;
  let multi = 0;
  for (let i = from; i < to; i++) {
    const l = lines[i] ?? '';
    if (l.trim() === '') continue;
    if (l.startsWith('\t')) tabFirst++;
    else if (l.includes('\t')) multi++;
  }
  return multi > tabFirst ? 'row-per-line' : 'cell-per-line';
}

/**
 * Rows of cells from lines [from, to) (0-based indices into `lines`).
 * Cells of a multi-line cell are joined with "\n".
 */
export function tokenizeRows(lines: readonly string[], from = 0, to = lines.length): RawRow[] {
  if (tableLayout(lines, from, to) === 'row-per-line') return tokenizeRowPerLine(lines, from, to);
  const rows: RawRow[] = [];
  let cur: { line: number; endLine: number; parts: { text: string; line: number }[] } | null = null;
  const flush = () => {
    if (cur && cur.parts.length > 0) {
      rows.push({
        line: cur.line,
        endLine: cur.endLine,
        cells: cur.parts.map((p) => ({ text: cleanCell(p.text), line: p.line })),
      });
    }
    cur = null;
  };
  for (let i = from; i < to; i++) {
    const raw = (lines[i] ?? '').replace(/\f/g, '');
    const lineNo = i + 1;
    if (PAGE_LINE.test(raw) || (raw === '' && (lines[i] ?? '') !== '')) continue; // page furniture
    if (raw.trim() === '' && !raw.includes('\t')) {
      flush();
      continue;
    }
    // A bare page number standing alone between blank lines (cells start with a TAB here, so it is
    // no cell): page furniture, not a one-cell row.
    if (!cur && BARE_NUMBER.test(raw) && (lines[i + 1] ?? '').replace(/\f/g, '').trim() === '') continue;
    if (!cur) cur = { line: lineNo, endLine: lineNo, parts: [] };
    cur.endLine = lineNo;
    const pieces = raw.split('\t');
    const head = pieces[0] ?? '';
    if (head !== '') {
      // Text before any TAB continues the previous cell, or starts the row's first cell.
      const last = cur.parts[cur.parts.length - 1];
      if (last) last.text = last.text === '' ? head : `${last.text}\n${head}`;
      else cur.parts.push({ text: head, line: lineNo });
    }
    for (const piece of pieces.slice(1)) cur.parts.push({ text: piece, line: lineNo });
  }
  flush();
  return rows;
}

/** One row per line, cells separated by TABs; blank lines and page furniture are not rows. */
function tokenizeRowPerLine(lines: readonly string[], from: number, to: number): RawRow[] {
  const rows: RawRow[] = [];
  for (let i = from; i < to; i++) {
    const raw = (lines[i] ?? '').replace(/\f/g, '');
    if (raw.trim() === '' || PAGE_LINE.test(raw)) continue;
    // A bare number after a form feed is the page's number.
    if (BARE_NUMBER.test(raw) && ((lines[i] ?? '').includes('\f') || (lines[i - 1] ?? '').includes('\f')))
      continue;
    rows.push({
      line: i + 1,
      endLine: i + 1,
      cells: raw.split('\t').map((t) => ({ text: cleanCell(t), line: i + 1 })),
    });
  }
  return rows;
}

/** Non-empty texts of a row */
export function texts(row: RawRow): string[] {
  return row.cells.map((c) => c.text).filter((t): t is string => t !== null);
}
