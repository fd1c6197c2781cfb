/**
 * The compiled form of a dataset (compiled.jsonl, written at import beside the reviewable JSON, never
 * reviewed, not committed): what a full load derives once, and a digest that says when it may be trusted.
 *
 * Line 1 is the header: the format version, a fingerprint of the code that validates and derives (every
 * module of src/core/kb and money), the sha256 of each dataset file and of source.txt as they were when
 * the dataset was validated in full, the places where validation turns a decimal string into Money, and
 * the sha256 of lines 2 and 3. Line 2 is the body: the audit's findings and checks (Money written as
 * {"$m": "…"}). Line 3 is the document's quotable passages (kb/passages.ts), each with its line of
 * source.txt, which the first answer that quotes would otherwise build by reading source.txt again.
 *
 * Loading a trusted dataset = reading its files, hashing them, JSON.parse, Money at the recorded places,
 * the audit from the body, the passages from line 3. No zod and no audit run at load. Every byte the full load reads is covered by
 * the digest: when any differs (a file edited since, another source.txt, the code changed, the compiled
 * file damaged or missing), the dataset is loaded in full instead — validated, checked against
 * source.txt, audited — so bad data is still refused with its file, JSON path and reason, and data that
 * was never validated is never served.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Money } from '../money.js';
import type { Check, Finding } from './audit.js';
import type { Dataset } from './loader.js';
import type { Passage } from './passages.js';

export const COMPILED_FILE = 'compiled.jsonl';
export const COMPILED_VERSION = 2;

/** The files a dataset is loaded from, in load order (the digest covers each). */
export const COMPILED_INPUTS = [
  'dataset.json',
  'tables.json',
  'narrative.json',
  'glossary.json',
  'classifications.json',
  'line-items.json',
  'performance.json',
  'pinyin.json',
  'source.txt',
] as const;
export type CompiledInput = (typeof COMPILED_INPUTS)[number];

export interface Audited {
  findings: Finding[];
  checks: Check[];
}

export interface CompiledHeader {
  version: number;
  /** sha256 over the code that validated and derived this (see codeFingerprint) */
  code: string;
  /** sha256 of each input file as validated */
  files: Record<CompiledInput, string>;
  /** Per JSON file, the paths ("items.*.amount") where validation made Money of a decimal string */
  amounts: Record<string, string[]>;
  /** sha256 of the body line */
  body: string;
  /** sha256 of the passages line */
  passages: string;
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

let fingerprint: string | undefined;
const FINGERPRINT_CACHE = '.fingerprint.json';

/**
 * sha256 over the text of every module in this folder (schema, loader, audit, integrity, kinds,
 * passages…), money and text (the normalisation passages are stored in): a compiled dataset written by
 * other code is not trusted. Compiled JS and the TypeScript
 * sources (tests) give different fingerprints, each consistent with itself. Under compiled JS the hash
 * is remembered in .fingerprint.json beside the modules with each file's size and mtime, so a start
 * costs ~25 stat calls, not reading and hashing the files.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const self = fileURLToPath(import.meta.url);
  const ext = extname(self);
  const dir = join(self, '..');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(ext) && !f.endsWith(`.d${ext}`))
    .sort()
    .map((f) => join(dir, f));
  files.push(join(dir, '..', `money${ext}`), join(dir, '..', `text${ext}`));
  const stats = files.map((f) => {
    const st = statSync(f);
    return `${f.slice(dir.length)} ${st.size} ${st.mtimeMs}`;
  });
  const cacheFile = join(dir, FINGERPRINT_CACHE);
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { stats?: unknown; hash?: unknown };
    if (typeof cached.hash === 'string' && JSON.stringify(cached.stats) === JSON.stringify(stats))
      return (fingerprint = cached.hash);
  } catch {
    // no cache yet
  }
  const h = createHash('sha256').update(`compiled v${COMPILED_VERSION}\n`);
  for (const f of files) h.update(f.slice(dir.length)).update('\0').update(readFileSync(f)).update('\0');
  fingerprint = h.digest('hex');
  // Only beside compiled JS (dist/): the source tree is not written to.
  if (ext === '.js')
    try {
      writeFileSync(cacheFile, JSON.stringify({ stats, hash: fingerprint }));
    } catch {
      // a read-only install hashes at each start
    }
  return fingerprint;
}

// ------------------------------------------------------------------ Money in JSON

function encodeMoney(value: unknown): unknown {
  if (value instanceof Money) return { $m: value.toString() };
  if (Array.isArray(value)) return value.map(encodeMoney);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encodeMoney(v);
    return out;
  }
  return value;
}

function decodeMoney(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeMoney(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['$m'] === 'string' && Object.keys(o).length === 1) return new Money(o['$m']);
    for (const k of Object.keys(o)) o[k] = decodeMoney(o[k]);
  }
  return value;
}

// ------------------------------------------------------------------ where validation made Money

/**
 * The places where `validated` (zod's output) holds Money where `raw` (the parsed JSON) holds the same
 * decimal string, as path patterns ("items.*.amount"); null when validation changed anything else (a
 * default, another transform) — such a file cannot be loaded without its schema, and is not compiled.
 */
export function moneyPaths(raw: unknown, validated: unknown): string[] | null {
  const found = new Set<string>();
  const walk = (r: unknown, v: unknown, path: string): boolean => {
    if (v instanceof Money) {
      if (typeof r !== 'string' || !new Money(r).equals(v)) return false;
      found.add(path);
      return true;
    }
    if (Array.isArray(v)) {
      if (!Array.isArray(r) || r.length !== v.length) return false;
      return v.every((x, i) => walk(r[i], x, path ? `${path}.*` : '*'));
    }
    if (v !== null && typeof v === 'object') {
      if (r === null || typeof r !== 'object' || Array.isArray(r)) return false;
      const rk = Object.keys(r);
      const vk = Object.keys(v);
      if (rk.length !== vk.length) return false;
      return vk.every(
        (k) =>
          Object.prototype.hasOwnProperty.call(r, k) &&
          walk(
            (r as Record<string, unknown>)[k],
            (v as Record<string, unknown>)[k],
            path ? `${path}.${k}` : k,
          ),
      );
    }
    return r === v;
  };
  return walk(raw, validated, '') ? [...found].sort() : null;
}

/** Money at each path pattern of `paths` in `value` (in place). */
function reviveAt(value: unknown, paths: readonly string[]): void {
  for (const p of paths) {
    const parts = p.split('.');
    const visit = (v: unknown, i: number): void => {
      if (v === null || typeof v !== 'object') return;
      const part = parts[i]!;
      const last = i === parts.length - 1;
      if (part === '*') {
        if (!Array.isArray(v)) return;
        for (let j = 0; j < v.length; j++) {
          if (last) v[j] = typeof v[j] === 'string' ? new Money(v[j] as string) : v[j];
          else visit(v[j], i + 1);
        }
        return;
      }
      const o = v as Record<string, unknown>;
      if (last) {
        if (typeof o[part] === 'string') o[part] = new Money(o[part]);
      } else visit(o[part], i + 1);
    };
    visit(value, 0);
  }
}

// ------------------------------------------------------------------ writing

/**
 * Writes compiled.jsonl for a dataset that has just been loaded in full (`ds`, validated and checked
 * against source.txt) from the files now in `dir`, with its audit and, per JSON file, the raw parse and
 * the validated value (to find where validation made Money). Returns false (nothing written, any old
 * compiled file removed) when a file's validation changed more than amounts.
 */
export function writeCompiled(
  dir: string,
  bytes: Record<CompiledInput, Buffer>,
  pairs: Record<string, { raw: unknown; validated: unknown }>,
  audit: Audited,
  passages: readonly Passage[],
): boolean {
  const amounts: Record<string, string[]> = {};
  for (const [file, { raw, validated }] of Object.entries(pairs)) {
    const paths = moneyPaths(raw, validated);
    if (paths === null) {
      rmSync(join(dir, COMPILED_FILE), { force: true });
      return false;
    }
    if (paths.length) amounts[file] = paths;
  }
  const body = JSON.stringify(encodeMoney(audit));
  const quotable = JSON.stringify(passages);
  const files = Object.fromEntries(COMPILED_INPUTS.map((f) => [f, sha256(bytes[f])])) as Record<
    CompiledInput,
    string
  >;
  const header: CompiledHeader = {
    version: COMPILED_VERSION,
    code: codeFingerprint(),
    files,
    amounts,
    body: sha256(body),
    passages: sha256(quotable),
  };
  const tmp = join(dir, `.${COMPILED_FILE}.tmp-${process.pid}`);
  writeFileSync(tmp, `${JSON.stringify(header)}\n${body}\n${quotable}\n`);
  renameSync(tmp, join(dir, COMPILED_FILE));
  return true;
}

// ------------------------------------------------------------------ reading

/** The header line of compiled.jsonl (read alone: the body may be large), or null. */
function readHeader(file: string): CompiledHeader | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(16 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl < 0) return null;
    const h = JSON.parse(buf.subarray(0, nl).toString('utf8')) as CompiledHeader;
    return h.version === COMPILED_VERSION && h.code === codeFingerprint() ? h : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * dataset.json of `dir` without its schema, when the compiled header trusts it (its sha256 and the code
 * match); else null (the caller validates it).
 */
export function trustedMeta(dir: string): Dataset['meta'] | null {
  const h = readHeader(join(dir, COMPILED_FILE));
  if (!h) return null;
  let b: Buffer;
  try {
    b = readFileSync(join(dir, 'dataset.json'));
  } catch {
    return null;
  }
  if (sha256(b) !== h.files?.['dataset.json']) return null;
  try {
    return JSON.parse(b.toString('utf8')) as Dataset['meta'];
  } catch {
    return null;
  }
}

export type TrustedLoad =
  | { ok: true; ds: Dataset; audit: Audited; passages: Passage[] }
  | { ok: false; file: string; reason: string };

/**
 * The dataset in `dir` from its compiled form, when every input's digest and the code fingerprint
 * match; otherwise why not (the caller loads it in full). Never throws for a bad or stale compiled file.
 */
export function loadCompiled(dir: string): TrustedLoad {
  const file = join(dir, COMPILED_FILE);
  const no = (reason: string): TrustedLoad => ({ ok: false, file, reason });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return no('missing');
  }
  const nl = text.indexOf('\n');
  if (nl < 0) return no('empty or damaged');
  let header: CompiledHeader;
  try {
    header = JSON.parse(text.slice(0, nl)) as CompiledHeader;
  } catch {
    return no('damaged header');
  }
  if (header.version !== COMPILED_VERSION) return no(`format ${String(header.version)}`);
  if (header.code !== codeFingerprint()) return no('written by other code');
  const nl2 = text.indexOf('\n', nl + 1);
  if (nl2 < 0) return no('no passages line');
  const bodyText = text.slice(nl + 1, nl2);
  if (sha256(bodyText) !== header.body) return no('body does not match its digest');
  const passagesText = text.slice(nl2 + 1).trimEnd();
  if (sha256(passagesText) !== header.passages) return no('passages do not match their digest');
  const parsed: Partial<Record<CompiledInput, unknown>> = {};
  for (const f of COMPILED_INPUTS) {
    let b: Buffer;
    try {
      b = readFileSync(join(dir, f));
    } catch {
      return no(`${f} missing`);
    }
    if (sha256(b) !== header.files?.[f]) return no(`${f} changed since it was validated`);
    if (f === 'source.txt') continue;
    try {
      const v = JSON.parse(b.toString('utf8')) as unknown;
      reviveAt(v, header.amounts?.[f] ?? []);
      parsed[f] = v;
    } catch {
      return no(`${f} is not JSON`);
    }
  }
  let audit: Audited;
  let passages: Passage[];
  try {
    audit = decodeMoney(JSON.parse(bodyText)) as Audited;
  } catch {
    return no('damaged body');
  }
  try {
    passages = JSON.parse(passagesText) as Passage[];
  } catch {
    return no('damaged passages');
  }
  const get = <T>(f: CompiledInput) => parsed[f] as T;
  const ds: Dataset = {
    dir,
    meta: get<Dataset['meta']>('dataset.json'),
    tables: get<{ tables: Dataset['tables'] }>('tables.json').tables,
    narrative: get<Dataset['narrative']>('narrative.json'),
    glossary: get<{ entries: Dataset['glossary'] }>('glossary.json').entries,
    classifications: get<Dataset['classifications']>('classifications.json'),
    lineItems: get<{ items: Dataset['lineItems'] }>('line-items.json').items,
    performance: get<Dataset['performance']>('performance.json'),
    pinyin: new Map(Object.entries(get<{ names: Record<string, [string, string]> }>('pinyin.json').names)),
  };
  return { ok: true, ds, audit, passages };
}
