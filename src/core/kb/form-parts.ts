/**
 * The parts of a 项目绩效 form's money that its free text states: the numbered sub-items of the annual
 * goal ("1、2020年西城区视频会议系统运行维护项目(126万元)") and amounts named in a sentence of an
 * indicator ("尾款为69万"). Each is cited to the line it is written on; the integrity check re-reads it
 * there at load.
 */
import type { PublishedAmountInput } from './schema.js';

/** "1、<name>(126万元)": a numbered sub-item with its amount in brackets. */
const NUMBERED = /^\s*\d{1,2}\s*[、.．]\s*(.+?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*万元?\s*[)）]/u;
/**
 * The same sub-items run together inside one cell (the one-row-per-line export joins a cell's lines):
 * "…(126万元)西城区…要求。2、视频调度会联通专线光纤租费(2.4万元)保障…". The name has a CJK character.
 */
const INLINE =
  /(?<![\d.])\d{1,2}\s*[、．]\s*([^、。；;,，()（）\t]{2,40}?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*万元?\s*[)）]/gu;
/** "尾款为69万": a short name, 为/是, an amount in 万(元). */
const STATED =
  /(?:^|[，。；,;：:\s])([^，。；,;：:\s\d（()）]{2,12}?)(?:为|是)(\d+(?:\.\d+)?)万元?(?![\d.])/gu;

/**
 * The parts stated in `lines[from-1 … to-1]` (1-based, inclusive), leaving out the form's own totals
 * (`totals`: its funding values in 万元, written as published).
 */
export function formParts(
  lines: readonly string[],
  from: number,
  to: number,
  totals: ReadonlySet<string>,
): PublishedAmountInput[] {
  const parts: PublishedAmountInput[] = [];
  const seen = new Set<string>();
  const add = (label: string, value: string, published: string, line: number) => {
    const key = `${label}|${value}`;
    if (totals.has(value) || seen.has(key)) return;
    seen.add(key);
    parts.push({ label, value, unit: '万元', published, unitNote: null, line });
  };
  for (let n = from; n <= Math.min(to, lines.length); n++) {
    const text = lines[n - 1]!;
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      add(numbered[1]!, numbered[2]!, numbered[0].trim(), n);
      continue;
    }
    if (text.includes('\t'))
      for (const m of text.matchAll(INLINE))
        if (/[\u4e00-\u9fff]/.test(m[1]!)) add(m[1]!.trim(), m[2]!, m[0].trim(), n);
    for (const m of text.matchAll(STATED)) add(m[1]!, m[2]!, m[0].replace(/^[，。；,;：:\s]/u, ''), n);
  }
  return parts;
}
