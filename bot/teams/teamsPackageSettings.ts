import { createHash } from 'node:crypto';
import { GUID_PATTERN } from './teamsManifest';

/** The environment the packager reads; `process.env` in the CLI, a plain object in tests. */
export type PackageEnvironment = Readonly<Record<string, string | undefined>>;

/** Everything the manifest template needs, already resolved from the environment. */
export interface TeamsPackageSettings {
  /** MicrosoftAppId: the Entra app (or user-assigned managed identity) client id the bot signs in with. */
  botId: string;
  /** TEAMS_APP_ID, or a GUID derived from botId so that every rebuild updates the same Teams app. */
  teamsAppId: string;
  appVersion: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
}

/** Shown as the publisher when TEAMS_DEVELOPER_NAME is unset (the manifest allows 32 characters). */
export const DEFAULT_DEVELOPER_NAME = 'changetalk open-source project';

/** Fixed namespace for deriving the Teams app id; changing it would make Teams see a different app. */
const TEAMS_APP_ID_NAMESPACE = '5c35e314-caa2-4cf8-be82-7de5b5e5e2f4';

/** A setting that is missing or malformed, named so an operator can fix it. */
export class TeamsPackageSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamsPackageSettingsError';
  }
}

/**
 * Resolves the package settings. Fails on the first setting an operator must supply: MicrosoftAppId, then a URL
 * source (PUBLIC_URL, or all three TEAMS_*_URL values).
 */
export function readTeamsPackageSettings(env: PackageEnvironment, fallbackVersion: string): TeamsPackageSettings {
  const botId = setting(env, 'MicrosoftAppId');
  if (botId === undefined) {
    throw new TeamsPackageSettingsError(
      'MicrosoftAppId is not set. Set it to the Azure Bot\'s Microsoft App ID (the app registration\'s or the ' +
        'user-assigned managed identity\'s client id), e.g. MicrosoftAppId=00000000-0000-0000-0000-000000000000.',
    );
  }
  if (!GUID_PATTERN.test(botId)) {
    throw new TeamsPackageSettingsError(
      `MicrosoftAppId must be a GUID like 00000000-0000-0000-0000-000000000000; got "${botId}".`,
    );
  }

  const teamsAppId = setting(env, 'TEAMS_APP_ID') ?? deriveTeamsAppId(botId);
  if (!GUID_PATTERN.test(teamsAppId)) {
    throw new TeamsPackageSettingsError(`TEAMS_APP_ID must be a GUID; got "${teamsAppId}". Unset it to derive one.`);
  }

  const publicUrl = setting(env, 'PUBLIC_URL')?.replace(/\/+$/, '');
  const fromPublicUrl = (name: string, path: string): string => {
    const value = setting(env, name) ?? (publicUrl === undefined ? undefined : `${publicUrl}${path}`);
    if (value === undefined) {
      throw new TeamsPackageSettingsError(
        `${name} is not set and there is no PUBLIC_URL to build it from. Set PUBLIC_URL to the bot's public ` +
          'https address (e.g. https://<app>.azurewebsites.net), or set TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL ' +
          'and TEAMS_TERMS_URL.',
      );
    }
    return value;
  };

  return {
    botId: botId.toLowerCase(),
    teamsAppId: teamsAppId.toLowerCase(),
    appVersion: setting(env, 'TEAMS_APP_VERSION') ?? fallbackVersion,
    developerName: setting(env, 'TEAMS_DEVELOPER_NAME') ?? DEFAULT_DEVELOPER_NAME,
    websiteUrl: fromPublicUrl('TEAMS_WEBSITE_URL', '/'),
    privacyUrl: fromPublicUrl('TEAMS_PRIVACY_URL', '/privacy'),
    termsUrl: fromPublicUrl('TEAMS_TERMS_URL', '/terms'),
  };
}

/** A name-based (version 5, RFC 9562) UUID of the bot id: stable across builds, distinct from the bot id itself. */
export function deriveTeamsAppId(botId: string): string {
  const namespace = Buffer.from(TEAMS_APP_ID_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(botId.toLowerCase(), 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function setting(env: PackageEnvironment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}
