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
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/**
 * Rows of cells from lines [from, to) (0-based indices into `lines`).
 * Cells of a multi-line cell are joined with "\n".
 */
export function tokenizeRows(lines: readonly string[], from = 0, to = lines.length): RawRow[] {
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
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    if (raw.trim() === '' && !raw.includes('\t')) {
      flush();
      continue;
    }
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

/** Non-empty texts of a row */
export function texts(row: RawRow): string[] {
  return row.cells.map((c) => c.text).filter((t): t is string => t !== null);
}
