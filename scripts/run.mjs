#!/usr/bin/env node
/* global process, console, URL */
/**
 * Runs a CLI entry point as compiled JavaScript: `node scripts/run.mjs start [args…]` imports
 * dist/src/cli/start.js in this same process. When dist/ is missing or older than any source file
 * (src/, commands/, tsconfig*.json, package.json), it is rebuilt first with `tsc -p tsconfig.build.json`
 * (≈ 10 s, once after install or after an edit), and data/ is compiled again (`npm run compile`:
 * compiled.jsonl is trusted only by the code that wrote it); otherwise the check is ~150 stat calls.
 * This is what `npm start`, `npm run ask`, `npm run import`… run: no TypeScript compiler at run time.
 *
 * A one-question `npm run ask` spends most of its time loading modules (~150: the project's and zod's,
 * each resolved, read and compiled on its own), so the build also writes it as one file,
 * dist/bundle/ask.js (esbuild, which tsx brings; the JavaScript tsc wrote, bundled as it is, each
 * module keeping its own import.meta.url): it is run when it is newer than every source, else the
 * modules are.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.build-stamp');
const SOURCES = ['src', 'commands'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
/** Entry points also written as one file (see above) */
const BUNDLED = ['ask'];
const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');

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

let newest;
export function isStale() {
  newest = newestSource();
  return !existsSync(STAMP) || statSync(STAMP).mtimeMs < newest;
}

/**
 * dist/bundle/<entry>.js for each of BUNDLED: the compiled modules and the packages they import (zod,
 * decimal.js, fuse.js) in one ES module. Native and lazily required packages stay outside. Each
 * module's `import.meta.url` is replaced by its own file's URL (relative to the bundle), so what it resolves or reads beside
 * itself (the kb code's fingerprint, fonts, workers) is what it resolves unbundled. Without esbuild
 * (it comes with tsx) nothing is bundled and the modules are run.
 */
async function bundle() {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  let esbuild;
  try {
    const fromTsx = createRequire(createRequire(join(ROOT, 'package.json')).resolve('tsx/package.json'));
    esbuild = fromTsx('esbuild');
  } catch {
    return;
  }
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(b) {
      // What a module imports when needed (the PNG renderer and its native binding) stays a module of
      // its own, imported when needed.
      b.onResolve({ filter: /^\./ }, (args) =>
        args.kind === 'dynamic-import'
          ? {
              path: `./${relative(BUNDLE_DIR, join(dirname(args.importer), args.path))
                .split(sep)
                .join('/')}`,
              external: true,
            }
          : undefined,
      );
      b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        // (Relative to the bundle, which is beside them in dist/: the tree can be moved.)
        const own = relative(BUNDLE_DIR, args.path).split(sep).join('/');
        const url = `new URL(${JSON.stringify(own)}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', url), loader: 'js' };
      });
    },
  };
  try {
    await esbuild.build({
      entryPoints: BUNDLED.map((e) => join(ROOT, 'dist', 'src', 'cli', `${e}.js`)),
      outdir: BUNDLE_DIR,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['discord.js', 'pinyin-pro', '@resvg/*', '@expo-google-fonts/*'],
      plugins: [ownUrl],
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: 'none',
      logLevel: 'error',
    });
  } catch {
    // the modules are run instead
    rmSync(BUNDLE_DIR, { recursive: true, force: true });
  }
}

export async function build() {
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
  await bundle();
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
  if (isStale()) await build();
} else if (entry) {
  if (isStale()) {
    process.stderr.write('正在编译 TypeScript（首次运行或源码有改动，约 10 秒）…\n');
    await build();
  } else if (BUNDLED.includes(entry) && !existsSync(BUNDLE_DIR)) await bundle();
  const bundled = join(BUNDLE_DIR, `${entry}.js`);
  // (Only when newer than every source: dist/src may have been rebuilt by tsc alone since.)
  const file =
    BUNDLED.includes(entry) && existsSync(bundled) && statSync(bundled).mtimeMs >= newest
      ? bundled
      : join(ROOT, 'dist', 'src', 'cli', `${entry}.js`);
  if (!existsSync(file)) {
    console.error(`没有这个入口 (no such entry point): src/cli/${entry}.ts`);
    process.exit(2);
  }
  // The entry reads its own arguments from process.argv.slice(2), as when run directly.
  process.argv.splice(1, 2, file);
  await import(pathToFileURL(file).href);
}
