import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { findIconProblems, ICON_RULES } from './appIconCheck';
import { fillManifestTemplate, manifestPlaceholders } from './manifestTemplate';
import { checkTeamsManifest, TeamsManifestError, type TeamsManifest } from './teamsManifest';
import { readTeamsPackageSettings, type PackageEnvironment, type TeamsPackageSettings } from './teamsPackageSettings';

const REPO_ROOT = resolve(__dirname, '..', '..');

export interface BuildTeamsPackageOptions {
  /** MicrosoftAppId, TEAMS_APP_ID, TEAMS_APP_VERSION, TEAMS_DEVELOPER_NAME, TEAMS_*_URL, PUBLIC_URL */
  env: PackageEnvironment;
  /** folder holding manifest.json and the icons; default `<repo>/appPackage` */
  appPackageDir?: string;
  /** where the zip goes; default `<appPackageDir>/build/appPackage.zip` */
  outFile?: string;
}

export interface TeamsPackage {
  zipPath: string;
  manifest: TeamsManifest;
  settings: TeamsPackageSettings;
}

// A fixed timestamp makes the same inputs give the same zip bytes, so a rebuilt package can be compared.
const ZIP_ENTRY_DATE = new Date('2026-01-01T00:00:00Z');

/**
 * Builds the Teams app package: fills `manifest.json` from the environment, checks it and the icons, and writes a zip
 * with `manifest.json`, `color.png` and `outline.png` at its root. Throws (nothing written) if anything is wrong.
 */
export async function buildTeamsPackage(options: BuildTeamsPackageOptions): Promise<TeamsPackage> {
  const appPackageDir = options.appPackageDir ?? join(REPO_ROOT, 'appPackage');
  const outFile = options.outFile ?? join(appPackageDir, 'build', 'appPackage.zip');

  const settings = readTeamsPackageSettings(options.env, await readProjectVersion());
  const template = await readFile(join(appPackageDir, 'manifest.json'), 'utf8');
  const manifest = checkTeamsManifest(fillManifestTemplate(template, manifestPlaceholders(settings)));

  const icons = await Promise.all(
    (['color', 'outline'] as const).map(async (role) => {
      const file = manifest.icons[role];
      return { role, file, png: await readFile(join(appPackageDir, file)) };
    }),
  );
  const iconProblems = icons.flatMap(({ role, file, png }) => findIconProblems(file, png, ICON_RULES[role]));
  if (iconProblems.length > 0) throw new TeamsManifestError(iconProblems);

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_ENTRY_DATE });
  for (const { file, png } of icons) zip.file(file, png, { date: ZIP_ENTRY_DATE });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, bytes);
  return { zipPath: outFile, manifest, settings };
}

async function readProjectVersion(): Promise<string> {
  const packageJson = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof packageJson.version === 'string' ? packageJson.version : '1.0.0';
}
