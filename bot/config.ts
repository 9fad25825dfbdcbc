import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * Configuration from the environment (and `.env`), checked once at start-up.
 * A wrong value stops start-up with a message that names the variable.
 */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().min(1).default('0.0.0.0'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
    STORAGE: z.enum(['sqlite', 'memory', 'blob']).default('sqlite'),
    DATA_DIR: z.string().min(1).default('data'),
    BLOB_CONNECTION_STRING: optionalText,
    BLOB_CONTAINER: z.string().default('changetalk-state'),
    STORAGE_TIMEOUT_MS: z.coerce.number().int().min(50).max(60000).default(3000),
    STATE_RETENTION_DAYS: z.coerce.number().min(1 / 24).max(365).default(30),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3978'),
    QUICK_EXIT_URL: z.url({ protocol: /^https?$/ }).default('https://www.bbc.co.uk/weather'),
    WEBCHAT_TOKEN_SECRET: optionalText.refine((value) => value === undefined || value.length >= 32, 'must be at least 32 characters'),
    DIRECT_LINE_SECRET: optionalText,
    TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE === 'blob' && !env.BLOB_CONNECTION_STRING) {
      ctx.addIssue({ code: 'custom', path: ['BLOB_CONNECTION_STRING'], message: 'is required when STORAGE=blob' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType=SingleTenant' });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  throw new ConfigError(`changetalk cannot start: the configuration has a problem.\n${lines.join('\n')}\nSee .env.example.`);
}

/** Reads `.env` into the environment when there is one; variables already set win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Without a Microsoft app id the bot skips Bot Framework auth, so it must only serve this machine. */
export function authDisabled(config: Config): boolean {
  return !config.MicrosoftAppId;
}
