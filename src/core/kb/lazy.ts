/**
 * Lazy datasets: a dataset known from its catalog entry (dataset.json and catalog.json) whose data is
 * loaded — parsed, validated and checked against source.txt by `loadDataset`, exactly as an eager load —
 * on first use, and dropped again when the store's memory budget is exceeded (least recently used
 * first). A LazyDataset is a `Dataset`: `dir` and `meta` are at hand, every other field loads it.
 * A dataset whose data is bad fails on first use, with the same KbLoadError (file, JSON path, reason).
 */
import { runAudit } from './audit.js';
import type { Audited } from './compiled.js';
import { loadTrusted, type Dataset } from './loader.js';
import { buildPassages, type Passage } from './passages.js';

/** What the catalog says about a dataset without loading it (opaque to the store). */
export interface CatalogEntry {
  /** Bytes of the dataset's JSON files: the store's estimate of its memory is proportional to this */
  jsonBytes: number;
  lineItems: number;
  known: readonly string[];
  yearNames: readonly string[];
}

/** Heap held by a loaded dataset with its entities, audit and index, per byte of its JSON files (measured at 100k). */
export const MEMORY_PER_JSON_BYTE = 4;

export class LazyDataset implements Dataset {
  private data: Dataset | null = null;
  private compiledAudit: Audited | undefined;
  private quotable: Passage[] | undefined;
  /** Why the last load was a full one (no trusted compiled.jsonl), for the benchmark and the logs */
  untrusted: string | undefined;
  private readonly loadListeners: (() => void)[] = [];
  private readonly evictListeners: (() => void)[] = [];
  /** How long each load took with what runs after it (the engine's prepare), ms (for the benchmark) */
  readonly loadTimes: number[] = [];

  constructor(
    readonly dir: string,
    readonly meta: Dataset['meta'],
    readonly catalog: CatalogEntry,
    private readonly store: DatasetStore,
    preloaded?: Dataset,
  ) {
    if (preloaded) {
      this.data = preloaded;
      store.add(this);
    }
  }

  get isLoaded(): boolean {
    return this.data !== null;
  }

  /** The estimated heap this dataset holds when loaded, bytes. */
  get cost(): number {
    return this.catalog.jsonBytes * MEMORY_PER_JSON_BYTE;
  }

  private get full(): Dataset {
    if (this.data) {
      this.store.touch(this);
      return this.data;
    }
    const t = performance.now();
    const { ds: data, audit, passages, untrusted } = loadTrusted(this.dir);
    this.data = data;
    this.compiledAudit = audit;
    this.quotable = passages;
    this.untrusted = untrusted;
    this.store.add(this);
    for (const f of this.loadListeners) f();
    this.loadTimes.push(performance.now() - t);
    return data;
  }

  /** Loads the data now (a KbLoadError if it is bad). */
  load(): this {
    void this.full;
    return this;
  }

  /** `f` runs after each load (entities, audit and index are prepared there). */
  onLoad(f: () => void): void {
    this.loadListeners.push(f);
  }

  /** `f` runs when the data is dropped (whatever was derived from it must go too). */
  onEvict(f: () => void): void {
    this.evictListeners.push(f);
  }

  /** The audit: from the compiled form when the data was loaded from it, else run now. */
  get audit(): Audited {
    const data = this.full;
    return this.compiledAudit ?? runAudit(data);
  }

  /** The quotable passages: from the compiled form when the data was loaded from it, else built now (kept while loaded). */
  get passages(): Passage[] {
    const data = this.full;
    return (this.quotable ??= buildPassages(data));
  }

  evict(): void {
    if (!this.data) return;
    this.data = null;
    this.compiledAudit = undefined;
    this.quotable = undefined;
    for (const f of this.evictListeners) f();
  }

  get tables(): Dataset['tables'] {
    return this.full.tables;
  }
  get narrative(): Dataset['narrative'] {
    return this.full.narrative;
  }
  get glossary(): Dataset['glossary'] {
    return this.full.glossary;
  }
  get classifications(): Dataset['classifications'] {
    return this.full.classifications;
  }
  get lineItems(): Dataset['lineItems'] {
    return this.full.lineItems;
  }
  get performance(): Dataset['performance'] {
    return this.full.performance;
  }
  get pinyin(): Dataset['pinyin'] {
    return this.full.pinyin;
  }
}

/**
 * The loaded datasets in order of use, within a memory budget (estimated from file sizes): loading one
 * over budget drops the least recently used — never the two most recent, which one answer may use
 * together (a year and the year before).
 */
export class DatasetStore {
  private readonly lru = new Map<LazyDataset, number>();
  private last: LazyDataset | null = null;
  private total = 0;
  evictions = 0;

  constructor(readonly budgetBytes: number) {}

  touch(d: LazyDataset): void {
    if (this.last === d) return;
    const cost = this.lru.get(d);
    if (cost === undefined) return;
    this.lru.delete(d);
    this.lru.set(d, cost);
    this.last = d;
  }

  add(d: LazyDataset): void {
    if (this.lru.has(d)) return this.touch(d);
    this.lru.set(d, d.cost);
    this.total += d.cost;
    this.last = d;
    for (const [old, cost] of this.lru) {
      if (this.total <= this.budgetBytes || this.lru.size <= 2) break;
      this.lru.delete(old);
      this.total -= cost;
      this.evictions++;
      old.evict();
    }
  }

  /** Loaded datasets, least recently used first */
  get resident(): LazyDataset[] {
    return [...this.lru.keys()];
  }

  get residentBytes(): number {
    return this.total;
  }
}

/** A dataset's audit: compiled at import for a trusted lazy dataset, else run now (memoise the result). */
export function auditOf(ds: Dataset): Audited {
  return ds instanceof LazyDataset ? ds.audit : runAudit(ds);
}

const PASSAGES = new WeakMap<Dataset, Passage[]>();

/** A dataset's quotable passages: compiled at import for a trusted lazy dataset, else built once. */
export function passagesOf(ds: Dataset): Passage[] {
  if (ds instanceof LazyDataset) return ds.passages;
  let p = PASSAGES.get(ds);
  if (!p) PASSAGES.set(ds, (p = buildPassages(ds)));
  return p;
}

/** Loads a lazy dataset's data (a plain dataset is always loaded). */
export function ensureLoaded(ds: Dataset): void {
  if (ds instanceof LazyDataset) ds.load();
}
