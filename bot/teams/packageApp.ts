/**
 * `npm run teams:package`: builds appPackage/build/appPackage.zip for upload to Teams.
 * Reads MicrosoftAppId and PUBLIC_URL (or TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL, TEAMS_TERMS_URL) from the environment;
 * see docs/deploy-azure.md.
 */
import { relative } from 'node:path';
import { buildTeamsPackage } from './buildTeamsPackage';

buildTeamsPackage({ env: process.env }).then(
  ({ zipPath, manifest }) => {
    console.log(`Wrote ${relative(process.cwd(), zipPath)}`);
    console.log(`  Teams app id ${manifest.id}, version ${manifest.version}, bot id ${manifest.bots[0]?.botId}`);
    console.log(`  privacy ${manifest.developer.privacyUrl}, terms ${manifest.developer.termsOfUseUrl}`);
  },
  (error: unknown) => {
    console.error(`Teams package not built. ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
