import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { drawColorIcon, drawOutlineIcon } from '../../../bot/teams/appIconArt';
import { findIconProblems, ICON_RULES } from '../../../bot/teams/appIconCheck';

const APP_PACKAGE = resolve(__dirname, '..', '..', '..', 'appPackage');

describe('app icons', () => {
  it('the committed PNGs are what the drawing code makes (run `npm run teams:icons` after changing it)', () => {
    const committedColor = PNG.sync.read(readFileSync(join(APP_PACKAGE, 'color.png')));
    const committedOutline = PNG.sync.read(readFileSync(join(APP_PACKAGE, 'outline.png')));
    expect(committedColor.data.equals(PNG.sync.read(drawColorIcon()).data)).toBe(true);
    expect(committedOutline.data.equals(PNG.sync.read(drawOutlineIcon()).data)).toBe(true);
  });

  it('the drawn icons meet the Teams rules', () => {
    expect(findIconProblems('color.png', drawColorIcon(), ICON_RULES.color)).toEqual([]);
    expect(findIconProblems('outline.png', drawOutlineIcon(), ICON_RULES.outline)).toEqual([]);
  });

  it('the colour icon has a visible mark, and the outline is mostly transparent', () => {
    const color = PNG.sync.read(drawColorIcon());
    const centre = (96 * 192 + 60) * 4; // inside the bubble, left of the dots
    expect([...color.data.subarray(centre, centre + 3)]).toEqual([255, 255, 255]);
    expect([...color.data.subarray(0, 4)]).toEqual([0x1f, 0x6f, 0x78, 255]);

    const outline = PNG.sync.read(drawOutlineIcon());
    const alphas = [...outline.data.filter((_value, index) => index % 4 === 3)];
    const transparentShare = alphas.filter((alpha) => alpha === 0).length / alphas.length;
    expect(transparentShare).toBeGreaterThan(0.4);
    expect(transparentShare).toBeLessThan(0.95);
  });

  it('flags an outline icon with coloured pixels', () => {
    const image = PNG.sync.read(drawOutlineIcon());
    image.data[(16 * 32 + 16) * 4] = 0; // paint one pixel cyan and make it opaque
    image.data[(16 * 32 + 16) * 4 + 3] = 255;
    expect(findIconProblems('outline.png', PNG.sync.write(image), ICON_RULES.outline)).toEqual([
      'icons.outline (outline.png): must be white on transparent; 1 visible pixel(s) are not white',
    ]);
  });

  it('reports a file that is not a PNG', () => {
    expect(findIconProblems('color.png', Buffer.from('GIF89a'), ICON_RULES.color)[0]).toMatch(
      /^icons\.color \(color\.png\): not a readable PNG/,
    );
  });
});
