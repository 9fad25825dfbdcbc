/**
 * `npm run teams:icons`: redraws appPackage/color.png and appPackage/outline.png from bot/teams/appIconArt.ts.
 * The PNGs are committed; a test fails if they drift from the drawing code.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './appIconArt';

const appPackageDir = resolve(__dirname, '..', '..', 'appPackage');
writeFileSync(join(appPackageDir, 'color.png'), drawColorIcon());
writeFileSync(join(appPackageDir, 'outline.png'), drawOutlineIcon());
console.log(`Wrote color.png and outline.png in ${appPackageDir}`);
