import type { TeamsPackageSettings } from './teamsPackageSettings';

/**
 * `appPackage/manifest.json` is a template in the Teams Toolkit style: `${{NAME}}` inside JSON strings. These are the
 * names it may use; anything else is a typo and fails the build rather than reaching Teams as literal text.
 */
export function manifestPlaceholders(settings: TeamsPackageSettings): Record<string, string> {
  return {
    TEAMS_APP_ID: settings.teamsAppId,
    BOT_ID: settings.botId,
    APP_VERSION: settings.appVersion,
    TEAMS_DEVELOPER_NAME: settings.developerName,
    TEAMS_WEBSITE_URL: settings.websiteUrl,
    TEAMS_PRIVACY_URL: settings.privacyUrl,
    TEAMS_TERMS_URL: settings.termsUrl,
  };
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Fills the placeholders (JSON-escaping each value) and parses the result. */
export function fillManifestTemplate(template: string, values: Readonly<Record<string, string>>): unknown {
  const unknown = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      unknown.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0) {
    const known = Object.keys(values).join(', ');
    throw new Error(`manifest.json uses unknown placeholder(s) ${[...unknown].join(', ')}; known: ${known}.`);
  }
  try {
    return JSON.parse(filled) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`manifest.json is not valid JSON once filled in: ${reason}`);
  }
}
