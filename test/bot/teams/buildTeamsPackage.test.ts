import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { buildTeamsPackage } from '../../../bot/teams/buildTeamsPackage';
import { checkTeamsManifest } from '../../../bot/teams/teamsManifest';
import { deriveTeamsAppId } from '../../../bot/teams/teamsPackageSettings';

const REAL_APP_PACKAGE = resolve(__dirname, '..', '..', '..', 'appPackage');
const BOT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const env = { MicrosoftAppId: BOT_ID, PUBLIC_URL: 'https://changetalk-test.azurewebsites.net/' };

let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'changetalk-teams-'));
});
afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** A copy of appPackage/ whose manifest template has been changed by `edit`. */
async function appPackageWith(edit: (manifest: Record<string, any>) => void): Promise<string> {
  const dir = join(workDir, 'appPackage');
  await cp(REAL_APP_PACKAGE, dir, { recursive: true, filter: (source) => !source.includes(`${REAL_APP_PACKAGE}/build`) });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  edit(manifest);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('buildTeamsPackage', () => {
  it('zips manifest.json, color.png and outline.png at the root, with a manifest that passes the checks', async () => {
    const outFile = join(workDir, 'appPackage.zip');
    const built = await buildTeamsPackage({ env, outFile });
    expect(built.zipPath).toBe(outFile);

    const zip = await JSZip.loadAsync(await readFile(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = checkTeamsManifest(JSON.parse(await zip.file('manifest.json')!.async('string')));
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: BOT_ID, scopes: ['personal'] })]);
    expect(manifest.id).toBe(deriveTeamsAppId(BOT_ID));
    expect(manifest.developer).toEqual({
      name: 'changetalk open-source project',
      websiteUrl: 'https://changetalk-test.azurewebsites.net/',
      privacyUrl: 'https://changetalk-test.azurewebsites.net/privacy',
      termsOfUseUrl: 'https://changetalk-test.azurewebsites.net/terms',
    });
    expect(JSON.stringify(manifest)).not.toContain('${{');

    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.alpha).toBe(true);
    const alphas = [...outline.data.filter((_value, index) => index % 4 === 3)];
    expect(alphas).toContain(0);
    expect(alphas).toContain(255);
  });

  it('takes the Teams app id, version, publisher and URLs from the environment when given', async () => {
    const outFile = join(workDir, 'appPackage.zip');
    const { manifest } = await buildTeamsPackage({
      outFile,
      env: {
        MicrosoftAppId: BOT_ID.toUpperCase(),
        TEAMS_APP_ID: 'A1B2C3D4-0000-4000-8000-000000000001',
        TEAMS_APP_VERSION: '2.3.4',
        TEAMS_DEVELOPER_NAME: 'Harm Reduction Trust',
        TEAMS_WEBSITE_URL: 'https://example.org/changetalk',
        TEAMS_PRIVACY_URL: 'https://example.org/changetalk/privacy',
        TEAMS_TERMS_URL: 'https://example.org/changetalk/terms',
      },
    });
    expect(manifest.id).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    expect(manifest.version).toBe('2.3.4');
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.developer.name).toBe('Harm Reduction Trust');
    expect(manifest.developer.privacyUrl).toBe('https://example.org/changetalk/privacy');
  });

  it('gives the same zip bytes for the same inputs', async () => {
    const first = await buildTeamsPackage({ env, outFile: join(workDir, 'first.zip') });
    const second = await buildTeamsPackage({ env, outFile: join(workDir, 'second.zip') });
    expect(await readFile(second.zipPath)).toEqual(await readFile(first.zipPath));
  });

  it('fails naming MicrosoftAppId when it is missing or not a GUID, and writes nothing', async () => {
    const outFile = join(workDir, 'appPackage.zip');
    await expect(buildTeamsPackage({ env: { PUBLIC_URL: env.PUBLIC_URL }, outFile })).rejects.toThrow(
      /MicrosoftAppId is not set/,
    );
    await expect(buildTeamsPackage({ env: { ...env, MicrosoftAppId: '  ' }, outFile })).rejects.toThrow(
      /MicrosoftAppId is not set/,
    );
    await expect(buildTeamsPackage({ env: { ...env, MicrosoftAppId: 'my-bot' }, outFile })).rejects.toThrow(
      /MicrosoftAppId must be a GUID.*"my-bot"/,
    );
    expect(await exists(outFile)).toBe(false);
  });

  it('fails naming PUBLIC_URL when no URL source is set', async () => {
    await expect(
      buildTeamsPackage({ env: { MicrosoftAppId: BOT_ID }, outFile: join(workDir, 'appPackage.zip') }),
    ).rejects.toThrow(/TEAMS_WEBSITE_URL is not set and there is no PUBLIC_URL/);
  });

  it('rejects a plain-http privacy URL with the field path', async () => {
    await expect(
      buildTeamsPackage({ env: { ...env, TEAMS_PRIVACY_URL: 'http://example.org/privacy' }, outFile: join(workDir, 'a.zip') }),
    ).rejects.toThrow(/developer\.privacyUrl: must be an https:\/\/ URL/);
  });

  it('rejects a 40-character short name with the field path, and writes nothing', async () => {
    const appPackageDir = await appPackageWith((manifest) => {
      manifest.name.short = 'c'.repeat(40);
    });
    const outFile = join(workDir, 'appPackage.zip');
    await expect(buildTeamsPackage({ env, appPackageDir, outFile })).rejects.toThrow(/name\.short: .*30/);
    expect(await exists(outFile)).toBe(false);
  });

  it('rejects a bot id in the template that is not a GUID with the field path', async () => {
    const appPackageDir = await appPackageWith((manifest) => {
      manifest.bots[0].botId = 'changetalk-bot';
    });
    await expect(buildTeamsPackage({ env, appPackageDir, outFile: join(workDir, 'a.zip') })).rejects.toThrow(
      /bots\.0\.botId: must be a GUID/,
    );
  });

  it('rejects an unknown placeholder instead of shipping it as text', async () => {
    const appPackageDir = await appPackageWith((manifest) => {
      manifest.developer.name = '${{TEAMS_DEVELOPR_NAME}}';
    });
    await expect(buildTeamsPackage({ env, appPackageDir, outFile: join(workDir, 'a.zip') })).rejects.toThrow(
      /unknown placeholder\(s\) TEAMS_DEVELOPR_NAME/,
    );
  });

  it('rejects icons of the wrong size or an outline without transparency', async () => {
    const appPackageDir = await appPackageWith(() => undefined);
    const opaque = new PNG({ width: 32, height: 32 });
    opaque.data.fill(255);
    await writeFile(join(appPackageDir, 'outline.png'), PNG.sync.write(opaque, { colorType: 2 }));
    await writeFile(join(appPackageDir, 'color.png'), PNG.sync.write(new PNG({ width: 100, height: 100 })));

    const failure = buildTeamsPackage({ env, appPackageDir, outFile: join(workDir, 'a.zip') });
    await expect(failure).rejects.toThrow(/icons\.color \(color\.png\): must be 192×192 pixels; it is 100×100/);
    await expect(failure).rejects.toThrow(/icons\.outline \(outline\.png\): must have an alpha channel/);
  });
});
