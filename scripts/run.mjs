#!/usr/bin/env node
/* global process, console, URL */
/**
 * Runs a CLI entry point as compiled JavaScript: `node scripts/run.mjs start [args…]` imports
 * dist/src/cli/start.js in this same process. When dist/ is missing or older than any source file
 * (src/, commands/, tsconfig*.json, package.json), it is rebuilt first with `tsc -p tsconfig.build.json`
 * (≈ 10 s, once after install or after an edit), and data/ is compiled again (`npm run compile`:
 * compiled.jsonl is trusted only by the code that wrote it); otherwise the check is ~150 stat calls.
 * This is what `npm start`, `npm run ask`, `npm run import`… run: no TypeScript compiler at run time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.build-stamp');
const SOURCES = ['src', 'commands'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

/** The newest modification time among the sources, in ms. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCES) if (existsSync(join(ROOT, d))) visit(join(ROOT, d));
  for (const f of CONFIGS)
    if (existsSync(join(ROOT, f))) newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  return newest;
}

export function isStale() {
  return !existsSync(STAMP) || statSync(STAMP).mtimeMs < newestSource();
}

export function build() {
  const started = Date.now();
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // tsc still emits JavaScript on a type error; `npm run typecheck` is where those are reported.
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli'))) {
    console.error('编译失败 (build failed): tsc -p tsconfig.build.json');
    process.exit(r.status || 1);
  }
  // Stamped with the time the build started: a source saved during the build is rebuilt next time.
  writeFileSync(STAMP, `${new Date(started).toISOString()}\n`);
  utimesSync(STAMP, started / 1000, started / 1000);
  // A compiled dataset is trusted only by the code that wrote it: the bundled data/ is compiled again.
  if (existsSync(join(ROOT, 'data')))
    spawnSync(
      process.execPath,
      [join(ROOT, 'dist', 'src', 'cli', 'compile.js'), join(ROOT, 'data'), '--quiet'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
}

const entry = process.argv[2];
if (entry === '--build') {
  if (isStale()) build();
} else if (entry) {
  if (isStale()) {
    process.stderr.write('正在编译 TypeScript（首次运行或源码有改动，约 10 秒）…\n');
    build();
  }
  const file = join(ROOT, 'dist', 'src', 'cli', `${entry}.js`);
  if (!existsSync(file)) {
    console.error(`没有这个入口 (no such entry point): src/cli/${entry}.ts`);
    process.exit(2);
  }
  // The entry reads its own arguments from process.argv.slice(2), as when run directly.
  process.argv.splice(1, 2, file);
  await import(pathToFileURL(file).href);
}
