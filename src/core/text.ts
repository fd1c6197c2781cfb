/** Text normalisation shared by the search index and the question parser. */

/** Already normalised: CJK ideographs, lower-case ASCII letters and digits only (NFKC leaves them alone). */
const NORMALISED = /^[\u3400-\u4dbf\u4e00-\u9fffa-z0-9]*$/;
/** Recent results: answers normalise the same names, topics and rules again and again. Bounded. */
const recent = new Map<string, string>();

/** NFKC (full-width brackets and digits), lower-case, no spaces or punctuation: the form keys are compared in. */
export function normalizeText(s: string): string {
  if (NORMALISED.test(s)) return s;
  let v = recent.get(s);
  if (v === undefined) {
    v = s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}\u3000]+/gu, '');
    if (recent.size >= 20_000) recent.clear();
    recent.set(s, v);
  }
  return v;
}

/** NFKC and collapsed spaces, punctuation kept (for parsing questions). */
export function cleanQuestion(s: string): string {
  return (
    s
      .normalize('NFKC')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Character bigrams of a normalised string; a single character is its own gram. */
export function bigrams(s: string): string[] {
  if (s.length <= 1) return s ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Character n-grams (n ≥ 1). */
export function ngrams(s: string, n: number): string[] {
  if (s.length <= n) return s ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n));
  return out;
}

export const HAN = /\p{Script=Han}/u;

export function hasHan(s: string): boolean {
  return HAN.test(s);
}

/** True when the text has Latin letters and no Han characters (pinyin or English). */
export function isLatinOnly(s: string): boolean {
  return /[a-z]/i.test(s) && !HAN.test(s);
}

/** Truncate for echoing user text back: at most `n` code points, with an ellipsis. */
export function clip(s: string, n: number): string {
  const cps = [...s];
  return cps.length <= n ? s : `${cps.slice(0, n).join('')}…`;
}

/** "区政府办" shortens "北京市西城区人民政府办公室": three or more of its characters, in its order. */
export function abbreviates(text: string, name: string): boolean {
  const cs = [...text];
  if (cs.length < 3 || !/^\p{Script=Han}+$/u.test(text)) return false;
  let at = 0;
  for (const c of cs) {
    const i = name.indexOf(c, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

/** The text as a regular expression matching it literally. */
export function escapeRegExp(t: string): string {
  return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
