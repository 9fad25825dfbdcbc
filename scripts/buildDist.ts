import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The production build: the app compiled by tsc (tsconfig.build.json, CommonJS) into one folder, with every file
 * the code reads beside its module through `__dirname` (content/**.yaml, nlp/model/*.json, bot/web/public/*), so
 * `node dist/bot/index.js` runs the same app as `npm start` without transpiling at load. Packages still come from
 * node_modules, found by node in a folder above the output (the repo's, for dist/).
 */

export const repoRoot = resolve(__dirname, '..');
export const defaultOutDir = join(repoRoot, 'dist');
/** The folders tsconfig.build.json compiles; whatever in them is not TypeScript is an asset and is copied. */
export const sourceFolders = ['bot', 'machines', 'dialogs', 'nlp', 'content'] as const;

export interface BuiltDist {
  outDir: string;
  /** asset paths copied, relative to the output folder */
  assets: string[];
}

export class BuildError extends Error {}

/** Compiles into `outDir` (emptied first) and copies the assets; throws BuildError if tsc reports a problem. */
export function buildDist(outDir: string = defaultOutDir): BuiltDist {
  const out = resolve(outDir);
  clearPreviousBuild(out);
  const tsc = require.resolve('typescript/bin/tsc');
  // stdout → stderr: callers (the load benchmark) keep stdout for their own results.
  const compiled = spawnSync(process.execPath, [tsc, '-p', join(repoRoot, 'tsconfig.build.json'), '--outDir', out], {
    cwd: repoRoot,
    stdio: ['ignore', 2, 2],
  });
  if (compiled.error) throw new BuildError(`tsc could not run: ${compiled.error.message}`);
  if (compiled.status !== 0) throw new BuildError(`tsc found problems (exit ${compiled.status}); nothing usable was built in ${out}`);
  const assets = sourceFolders.flatMap((folder) => copyAssets(join(repoRoot, folder), join(out, folder))).map((file) => relative(out, file));
  return { outDir: out, assets };
}

/** Old modules must not linger (a deleted file would still load), but only a folder that holds a build is removed. */
function clearPreviousBuild(out: string): void {
  if (!existsSync(out)) return;
  const isEmpty = readdirSync(out).length === 0;
  const isBuild = existsSync(join(out, 'bot', 'index.js'));
  if (!isEmpty && !isBuild) throw new BuildError(`${out} is not empty and does not look like a changetalk build; not removing it`);
  rmSync(out, { recursive: true, force: true });
}

/** Copies every file under `from` that tsc does not compile; returns the written paths. */
function copyAssets(from: string, to: string): string[] {
  const written: string[] = [];
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') written.push(...copyAssets(source, target));
    } else if (entry.isFile() && !entry.name.endsWith('.ts')) {
      mkdirSync(to, { recursive: true });
      copyFileSync(source, target);
      written.push(target);
    }
  }
  return written;
}
