/** Helpers to read the published source independently of the importer (tests only). */
import { readFileSync } from 'node:fs';

export const DATA_DIR = 'data';
export const DATASET_DIR = 'data/bjsxcqrmzfbgs-2020';
export const SOURCE_FILE = `${DATASET_DIR}/source.txt`;

export function sourceLines(file = SOURCE_FILE): string[] {
  return readFileSync(file, 'utf8').split('\n');
}

/** Lines [from, to] (1-based, inclusive) joined, with commas, spaces and U+3000 removed. */
export function compactRange(lines: readonly string[], from: number, to: number): string {
  return lines
    .slice(from - 1, to)
    .join('\n')
    .replace(/[,\s\u3000]/g, '');
}

/** Index (1-based) of the first line equal to `text` after trimming TABs and spaces, searching from `after`. */
export function lineOf(lines: readonly string[], text: string, after = 0): number {
  const i = lines.findIndex((l, k) => k >= after && l.replace(/^[\t ]+|[\t \u3000]+$/g, '') === text);
  if (i < 0) throw new Error(`line not found: ${text}`);
  return i + 1;
}
