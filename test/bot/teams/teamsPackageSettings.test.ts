import { GUID_PATTERN } from '../../../bot/teams/teamsManifest';
import { deriveTeamsAppId, readTeamsPackageSettings } from '../../../bot/teams/teamsPackageSettings';

const BOT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

describe('deriveTeamsAppId', () => {
  it('gives the same version-5 GUID for the same bot id, whatever its case', () => {
    const id = deriveTeamsAppId(BOT_ID);
    expect(id).toMatch(GUID_PATTERN);
    expect(id[14]).toBe('5');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
    expect(deriveTeamsAppId(BOT_ID.toUpperCase())).toBe(id);
    expect(id).not.toBe(BOT_ID);
  });

  it('gives different bots different Teams app ids', () => {
    expect(deriveTeamsAppId(BOT_ID)).not.toBe(deriveTeamsAppId('3f2504e0-4f89-11d3-9a0c-0305e82c3302'));
  });
});

describe('readTeamsPackageSettings', () => {
  it('builds the developer URLs from PUBLIC_URL without doubling slashes', () => {
    const settings = readTeamsPackageSettings({ MicrosoftAppId: BOT_ID, PUBLIC_URL: 'https://bot.example.org///' }, '0.1.0');
    expect(settings).toMatchObject({
      websiteUrl: 'https://bot.example.org/',
      privacyUrl: 'https://bot.example.org/privacy',
      termsUrl: 'https://bot.example.org/terms',
      appVersion: '0.1.0',
    });
  });

  it('rejects a TEAMS_APP_ID that is not a GUID, naming it', () => {
    expect(() =>
      readTeamsPackageSettings({ MicrosoftAppId: BOT_ID, PUBLIC_URL: 'https://x.org', TEAMS_APP_ID: 'abc' }, '0.1.0'),
    ).toThrow(/TEAMS_APP_ID must be a GUID/);
  });
});
