import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkTeamsManifest, MANIFEST_SCHEMA_URL, TeamsManifestError } from '../../../bot/teams/teamsManifest';

function validManifest(): Record<string, any> {
  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: '1.30',
    version: '1.0.0',
    id: '9eba6177-3219-5010-8d8f-610ae3e16c93',
    developer: {
      name: 'changetalk open-source project',
      websiteUrl: 'https://example.org/',
      privacyUrl: 'https://example.org/privacy',
      termsOfUseUrl: 'https://example.org/terms',
    },
    name: { short: 'changetalk' },
    description: { short: 'A chat for anyone thinking about their drug use.', full: 'Longer words.' },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#1F6F78',
    bots: [{ botId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', scopes: ['personal'] }],
  };
}

function problemsOf(manifest: unknown): readonly string[] {
  try {
    checkTeamsManifest(manifest);
  } catch (error) {
    if (error instanceof TeamsManifestError) return error.problems;
    throw error;
  }
  return [];
}

describe('checkTeamsManifest', () => {
  it('accepts a complete personal-scope bot manifest', () => {
    expect(problemsOf(validManifest())).toEqual([]);
  });

  it.each([
    ['name.short', (m: Record<string, any>) => (m.name.short = 'x'.repeat(31))],
    ['description.short', (m: Record<string, any>) => (m.description.short = 'x'.repeat(81))],
    ['description.full', (m: Record<string, any>) => (m.description.full = 'x'.repeat(4001))],
    ['developer.name', (m: Record<string, any>) => (m.developer.name = 'x'.repeat(33))],
    ['id', (m: Record<string, any>) => (m.id = '9eba6177321950108d8f610ae3e16c93')],
    ['bots.0.botId', (m: Record<string, any>) => (m.bots[0].botId = '{3f2504e0-4f89-11d3-9a0c-0305e82c3301}')],
    ['bots.0.scopes.0', (m: Record<string, any>) => (m.bots[0].scopes = ['chat'])],
    ['bots.0.scopes', (m: Record<string, any>) => (m.bots[0].scopes = ['personal', 'team'])],
    ['bots', (m: Record<string, any>) => (m.bots = [])],
    ['accentColor', (m: Record<string, any>) => (m.accentColor = 'teal')],
    ['manifestVersion', (m: Record<string, any>) => (m.manifestVersion = '1.19')],
    ['version', (m: Record<string, any>) => (m.version = '1.0')],
    ['developer.termsOfUseUrl', (m: Record<string, any>) => (m.developer.termsOfUseUrl = 'http://example.org/terms')],
    ['developer.websiteUrl', (m: Record<string, any>) => delete m.developer.websiteUrl],
    ['icons.outline', (m: Record<string, any>) => (m.icons.outline = 'icons/outline.png')],
  ])('reports a broken %s by its path', (path, breakIt) => {
    const manifest = validManifest();
    breakIt(manifest);
    const problems = problemsOf(manifest);
    expect(problems.some((problem) => problem.startsWith(`${path}: `))).toBe(true);
  });

  it('names every broken field in one error message', () => {
    const manifest = validManifest();
    manifest.name.short = 'c'.repeat(40);
    manifest.bots[0].botId = 'not-a-guid';
    expect(() => checkTeamsManifest(manifest)).toThrow(/name\.short: [^\n]*\n\s+bots\.0\.botId: must be a GUID/);
  });

  it('rejects fields the checker does not know, so they are modelled before they ship', () => {
    const manifest = validManifest();
    manifest.staticTabs = [];
    expect(problemsOf(manifest)).toEqual([expect.stringContaining('staticTabs')]);
  });
});

describe('appPackage/manifest.json wording', () => {
  // The template's own text, as people will read it in the Teams store.
  const template = JSON.parse(readFileSync(resolve(__dirname, '../../../appPackage/manifest.json'), 'utf8')) as { name: { short: string; full?: string }; description: { short: string; full: string } };
  const text = [template.name.short, template.name.full ?? '', template.description.short, template.description.full].join('\n');

  it('says it is not an emergency service, in the short and the full description', () => {
    expect(template.description.short).toMatch(/not an emergency service/i);
    expect(template.description.full).toMatch(/not an emergency service/i);
  });

  it('uses no labels or pushy wording (language.md)', () => {
    for (const word of [/\baddicts?\b/i, /\bjunkies?\b/i, /\bclean\b/i, /\babuse\b/i, /\bmisuse\b/i, /\byou (should|must|need to)\b/i]) {
      expect(text).not.toMatch(word);
    }
  });
});
