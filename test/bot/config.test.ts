import { ConfigError, readConfig } from '../../bot/config';

describe('readConfig', () => {
  it('runs with no settings at all on the embedded defaults', () => {
    expect(readConfig({})).toMatchObject({ PORT: 3978, HOST: '0.0.0.0', STORAGE: 'sqlite', STATE_RETENTION_DAYS: 30 });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ STORAGE: 'redis' }, /STORAGE/],
    [{ STORAGE: 'blob' }, /BLOB_CONNECTION_STRING/],
    [{ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: '00000000-0000-0000-0000-000000000001' }, /MicrosoftAppTenantId/],
    [{ PUBLIC_URL: 'not a url' }, /PUBLIC_URL/],
  ])('stops start-up naming the variable for %p', (env, name) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(name);
  });

  it('treats blank values as unset', () => {
    expect(readConfig({ MicrosoftAppId: '  ' }).MicrosoftAppId).toBeUndefined();
  });
});
