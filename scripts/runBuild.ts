/**
 * `npm run build` (or `npx tsx scripts/runBuild.ts OUT_DIR`): compiles the app into dist/ for `npm run start:prod`.
 */
import { relative } from 'node:path';
import { BuildError, buildDist } from './buildDist';

try {
  const { outDir, assets } = buildDist(process.argv[2]);
  console.log(`Built ${relative(process.cwd(), outDir) || outDir}/ (${assets.length} content and web files copied); run it with npm run start:prod`);
} catch (error) {
  console.error(error instanceof BuildError ? `Build failed: ${error.message}` : error);
  process.exitCode = 1;
}
