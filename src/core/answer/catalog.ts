/**
 * A dataset's catalog entry (catalog.json, written beside the dataset at import): what the engine needs
 * of a dataset it has not loaded — the names an out-of-scope check compares a question with, and the
 * names that contain a year — so that a question about one department never loads the others.
 * Derived from the validated dataset; a catalog that does not match the dataset (another source, other
 * file sizes) is ignored and the dataset is loaded at start instead.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DatasetStore, LazyDataset } from '../kb/lazy.js';
import {
  checkUniqueIds,
  datasetDirs,
  loadDataset,
  loadMeta,
  type Dataset,
  type KnowledgeBase,
} from '../kb/loader.js';
import { DATASET_FILES } from '../kb/schema.js';
import { DatasetEntities } from './entities.js';

export const CATALOG_FILE = 'catalog.json';
export const CATALOG_VERSION = 1;

export const CatalogSchema = z.object({
  version: z.literal(CATALOG_VERSION),
  id: z.string(),
  /** dataset.json's source checksum: a catalog of another import is stale */
  sourceSha256: z.string(),
  /** Size in bytes of each file of the dataset, as imported (a file edited since is not this catalog's) */
  bytes: z.record(z.string(), z.number().int().nonnegative()),
  lineItems: z.number().int().nonnegative(),
  /** Department, short name, 三公 units, line items, projects with their units and supervisors */
  known: z.array(z.string()),
  /** Entity names that contain "<year>年" (a year in a question may be part of a name) */
  yearNames: z.array(z.string()),
});
export type Catalog = z.infer<typeof CatalogSchema>;

/** The organisation and item names a question may mention (out-of-scope check). */
export function knownNamesOf(ds: Dataset): string[] {
  return [
    ds.meta.department,
    ds.meta.shortName ?? '',
    ...(ds.narrative.statements.find((s) => s.id === 'sangong.units')?.text.split(/[、，,]/) ?? []),
    ...ds.lineItems.map((i) => i.name),
    ...ds.performance.projects.flatMap((p) => [p.name, p.implementingUnit ?? '', p.supervisor ?? '']),
  ];
}

export const YEAR_IN_NAME = /((?:19|20)\d{2})年度?/;

/** Names of the dataset's entities that contain a year. */
export function yearNamesOf(entities: DatasetEntities): string[] {
  return [...new Set(entities.all.map((e) => e.name).filter((n) => YEAR_IN_NAME.test(n)))];
}

/** File sizes of a dataset folder (the dataset files and source.txt). */
export function fileSizes(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of [...Object.keys(DATASET_FILES), 'source.txt']) out[f] = statSync(join(dir, f)).size;
  return out;
}

export function catalogOf(ds: Dataset): Catalog {
  const entities = new DatasetEntities(ds, () => []);
  return {
    version: CATALOG_VERSION,
    id: ds.meta.id,
    sourceSha256: ds.meta.source.sha256,
    bytes: fileSizes(ds.dir),
    lineItems: ds.lineItems.length,
    known: knownNamesOf(ds),
    yearNames: yearNamesOf(entities),
  };
}

/** Writes catalog.json for the dataset in `dir` (`ds`: that dataset loaded in full; loaded now if not given). */
export function writeCatalog(dir: string, ds: Dataset = loadDataset(dir)): Catalog {
  const catalog = catalogOf(ds);
  writeFileSync(join(dir, CATALOG_FILE), `${JSON.stringify(catalog)}\n`);
  return catalog;
}

export interface OpenOptions {
  /** Memory budget for loaded datasets, MB (estimated); default 64 */
  budgetMb?: number;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** What CatalogSchema accepts (a test holds the two to the same answers). */
export function isCatalog(x: unknown): x is Catalog {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const c = x as Record<string, unknown>;
  const bytes = c['bytes'];
  const n = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  return (
    c['version'] === CATALOG_VERSION &&
    typeof c['id'] === 'string' &&
    typeof c['sourceSha256'] === 'string' &&
    bytes !== null &&
    typeof bytes === 'object' &&
    !Array.isArray(bytes) &&
    Object.values(bytes).every(n) &&
    n(c['lineItems']) &&
    isStrings(c['known']) &&
    isStrings(c['yearNames'])
  );
}

function readCatalog(dir: string, meta: Dataset['meta']): Catalog | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, CATALOG_FILE), 'utf8'));
  } catch {
    return null;
  }
  // The shape checked by hand: zod over every catalog is the larger part of opening 290 datasets.
  if (!isCatalog(raw)) return null;
  const c = raw;
  if (c.id !== meta.id || c.sourceSha256 !== meta.source.sha256) return null;
  const sizes = fileSizes(dir);
  for (const [f, n] of Object.entries(sizes)) if (c.bytes[f] !== n) return null;
  return c;
}

const jsonBytes = (c: Catalog) =>
  Object.entries(c.bytes).reduce((s, [f, n]) => (f.endsWith('.json') ? s + n : s), 0);

/**
 * The knowledge base in `dir` as lazy datasets: each dataset.json is validated and each catalog.json
 * read now; a dataset's data loads on first use. A dataset without a catalog that matches it (not
 * imported by this version, or a file edited since) is loaded, validated and checked now, as by
 * `loadKnowledgeBase` — so bad data in it stops the start with its file, JSON path and reason.
 */
export function openKnowledgeBase(
  dir: string,
  opts: OpenOptions = {},
): KnowledgeBase & { store: DatasetStore } {
  const store = new DatasetStore((opts.budgetMb ?? 64) * 1024 * 1024);
  const datasets = datasetDirs(dir).map((d) => {
    const meta = loadMeta(d);
    const catalog = readCatalog(d, meta);
    if (catalog) return new LazyDataset(d, meta, { ...catalog, jsonBytes: jsonBytes(catalog) }, store);
    const ds = loadDataset(d);
    const c = catalogOf(ds);
    return new LazyDataset(d, ds.meta, { ...c, jsonBytes: jsonBytes(c) }, store, ds);
  });
  checkUniqueIds(datasets);
  return { datasets, store };
}
