import { PNG, type PNGWithMetadata } from 'pngjs';

/** What Teams asks of each icon (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package). */
export interface IconRule {
  /** `color` or `outline`, as in the manifest's `icons` */
  role: 'color' | 'outline';
  size: number;
  /** outline icons: transparent background, white mark */
  transparentWhite: boolean;
}

export const ICON_RULES: Readonly<Record<IconRule['role'], IconRule>> = {
  color: { role: 'color', size: 192, transparentWhite: false },
  outline: { role: 'outline', size: 32, transparentWhite: true },
};

/** Returns what is wrong with one icon file (empty when it is fine). */
export function findIconProblems(file: string, png: Buffer, rule: IconRule): string[] {
  let image: PNGWithMetadata;
  try {
    image = PNG.sync.read(png);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [`icons.${rule.role} (${file}): not a readable PNG: ${reason}`];
  }
  const at = `icons.${rule.role} (${file})`;
  const problems: string[] = [];
  if (image.width !== rule.size || image.height !== rule.size) {
    problems.push(`${at}: must be ${rule.size}×${rule.size} pixels; it is ${image.width}×${image.height}`);
  }
  if (!rule.transparentWhite) return problems;

  if (!image.alpha) {
    problems.push(`${at}: must have an alpha channel (transparent background)`);
    return problems;
  }
  let transparent = 0;
  let notWhite = 0;
  for (let offset = 0; offset < image.data.length; offset += 4) {
    const alpha = image.data[offset + 3]!;
    if (alpha === 0) transparent++;
    // Anti-aliased edges are partly transparent white; any visible colour other than white is a mistake.
    else if (image.data[offset]! < 240 || image.data[offset + 1]! < 240 || image.data[offset + 2]! < 240) notWhite++;
  }
  if (transparent === 0) problems.push(`${at}: must have a transparent background; no pixel is transparent`);
  if (notWhite > 0) problems.push(`${at}: must be white on transparent; ${notWhite} visible pixel(s) are not white`);
  return problems;
}
