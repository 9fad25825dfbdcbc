import { z } from 'zod';

/**
 * The parts of the Microsoft 365 / Teams app manifest (schema v1.30) that changetalk uses, with the schema's own rules
 * for them. Objects are strict so a field added to `appPackage/manifest.json` without being modelled here is caught
 * before Teams rejects the upload. Limits and patterns are those of
 * https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json (also shipped offline in the
 * `@microsoft/app-manifest` npm package, `build/json-schemas/teams/v1.30/`).
 */
export const MANIFEST_VERSION = '1.30';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

/** The manifest schema's `guid` definition: 8-4-4-4-12 hex digits, any case. */
export const GUID_PATTERN = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

const guid = (what: string) => z.string().regex(GUID_PATTERN, `must be a GUID (${what})`);

const httpsUrl = z
  .string()
  .max(2048)
  .regex(/^https:\/\//i, 'must be an https:// URL')
  .refine((value) => URL.canParse(value), 'must be a valid URL');

/** Paths inside the zip; the icons sit at its root next to manifest.json. */
const relativePath = z
  .string()
  .min(1)
  .max(2048)
  .refine((value) => !value.includes('/') && !value.includes('\\'), 'must be a file name at the root of the package');

export const teamsManifestSchema = z.strictObject({
  $schema: z.literal(MANIFEST_SCHEMA_URL),
  manifestVersion: z.literal(MANIFEST_VERSION),
  version: z
    .string()
    .max(256)
    .regex(/^([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)$/, 'must be a version like 1.2.3'),
  id: guid('the Teams app id'),
  developer: z.strictObject({
    name: z.string().min(1).max(32),
    websiteUrl: httpsUrl,
    privacyUrl: httpsUrl,
    termsOfUseUrl: httpsUrl,
  }),
  name: z.strictObject({
    short: z.string().min(1).max(30),
    full: z.string().min(1).max(100).optional(),
  }),
  description: z.strictObject({
    short: z.string().min(1).max(80),
    full: z.string().min(1).max(4000),
  }),
  icons: z.strictObject({
    color: relativePath,
    outline: relativePath,
  }),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f6f78'),
  bots: z
    .array(
      z.strictObject({
        botId: guid("the bot's MicrosoftAppId"),
        scopes: z
          .array(z.enum(['personal', 'team', 'groupChat', 'copilot']))
          .min(1)
          .max(4)
          // Project rule, not the schema's: team and group chats would show someone's drug use to colleagues.
          .refine((scopes) => scopes.every((scope) => scope === 'personal'), 'changetalk is a personal-scope bot only'),
        isNotificationOnly: z.boolean().optional(),
        supportsFiles: z.boolean().optional(),
        supportsCalling: z.boolean().optional(),
        supportsVideo: z.boolean().optional(),
      }),
    )
    .length(1, 'must hold exactly one bot'),
  validDomains: z.array(z.string().max(2048)).max(100).optional(),
});

export type TeamsManifest = z.infer<typeof teamsManifestSchema>;

/** A manifest that breaks a rule; `problems` read like `bots.0.botId: must be a GUID (...)`. */
export class TeamsManifestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The Teams app manifest is not valid:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'TeamsManifestError';
  }
}

/** Checks a parsed manifest against the rules above, throwing every broken rule with its field path. */
export function checkTeamsManifest(value: unknown): TeamsManifest {
  const result = teamsManifestSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol').join('.');
    return `${path || '(root)'}: ${issue.message}`;
  });
  throw new TeamsManifestError(problems);
}
