import { PNG } from 'pngjs';

/**
 * The two Teams icons, drawn from code so they can be regenerated and reviewed as a diff: a speech bubble with three
 * dots ("someone to talk to"), nothing about drugs, so the icon says nothing about the person when it sits in their
 * Teams app bar. Shapes are signed-distance functions in unit coordinates (0..1), sampled 4×4 per pixel for smooth edges.
 */
export const ACCENT_COLOR = '#1f6f78';
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

interface Point {
  x: number;
  y: number;
}

interface BubbleShape {
  body: { left: number; top: number; right: number; bottom: number; radius: number };
  tail: readonly [Point, Point, Point];
  dots: { y: number; xs: readonly number[]; radius: number };
}

// The colour icon keeps its mark inside the middle of the tile, as Teams crops and rounds the tile's edges.
const colorBubble: BubbleShape = {
  body: { left: 0.22, top: 0.24, right: 0.78, bottom: 0.64, radius: 0.12 },
  tail: [
    { x: 0.31, y: 0.58 },
    { x: 0.46, y: 0.58 },
    { x: 0.29, y: 0.77 },
  ],
  dots: { y: 0.44, xs: [0.375, 0.5, 0.625], radius: 0.042 },
};

// The outline icon is tiny, so the bubble fills it and the stroke is two pixels wide.
const outlineBubble: BubbleShape = {
  body: { left: 0.05, top: 0.1, right: 0.95, bottom: 0.72, radius: 0.2 },
  tail: [
    { x: 0.3, y: 0.5 },
    { x: 0.56, y: 0.5 },
    { x: 0.22, y: 0.95 },
  ],
  dots: { y: 0.41, xs: [0.3, 0.5, 0.7], radius: 0.06 },
};
const OUTLINE_STROKE = 2 / OUTLINE_ICON_SIZE;

/** 192×192 full-colour icon: white bubble on the accent colour, dots in the accent colour. */
export function drawColorIcon(): Buffer {
  const accent = hexToRgb(ACCENT_COLOR);
  const white = { r: 255, g: 255, b: 255 };
  return paint(COLOR_ICON_SIZE, (cover) => {
    const bubble = cover((p) => bubbleDistance(colorBubble, p));
    const dots = cover((p) => dotsDistance(colorBubble, p));
    const onBubble = mix(accent, white, bubble);
    return { ...mix(onBubble, accent, dots), a: 255 };
  });
}

/** 32×32 outline icon: white strokes and dots on a transparent background, as Teams requires. */
export function drawOutlineIcon(): Buffer {
  return paint(OUTLINE_ICON_SIZE, (cover) => {
    // The stroke is the band just inside the bubble's edge: |d + w/2| - w/2 is negative exactly there.
    const stroke = cover((p) =>
      Math.min(Math.abs(bubbleDistance(outlineBubble, p) + OUTLINE_STROKE / 2) - OUTLINE_STROKE / 2, dotsDistance(outlineBubble, p)),
    );
    return { r: 255, g: 255, b: 255, a: Math.round(stroke * 255) };
  });
}

/** Share (0..1) of the current pixel covered by a shape given as a signed distance (negative inside). */
type Coverage = (distance: (p: Point) => number) => number;
type Rgb = { r: number; g: number; b: number };

function paint(size: number, shade: (cover: Coverage) => Rgb & { a: number }): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const grid = 4;
  const halfDiagonal = Math.SQRT1_2 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const cover: Coverage = (distance) => {
        // Distances are 1-Lipschitz, so a pixel whose centre is farther than half its diagonal is all in or all out.
        const atCentre = distance({ x: (px + 0.5) / size, y: (py + 0.5) / size });
        if (atCentre > halfDiagonal) return 0;
        if (atCentre < -halfDiagonal) return 1;
        let hits = 0;
        for (let i = 0; i < grid; i++) {
          for (let j = 0; j < grid; j++) {
            if (distance({ x: (px + (i + 0.5) / grid) / size, y: (py + (j + 0.5) / grid) / size }) <= 0) hits++;
          }
        }
        return hits / (grid * grid);
      };
      const { r, g, b, a } = shade(cover);
      const offset = (py * size + px) * 4;
      png.data[offset] = r;
      png.data[offset + 1] = g;
      png.data[offset + 2] = b;
      png.data[offset + 3] = a;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** Union of the rounded body and the tail; the tail overlaps the body so the join has no seam. */
function bubbleDistance(shape: BubbleShape, p: Point): number {
  return Math.min(roundedRectDistance(shape.body, p), triangleDistance(shape.tail, p));
}

function dotsDistance(shape: BubbleShape, p: Point): number {
  const { y, xs, radius } = shape.dots;
  return Math.min(...xs.map((x) => Math.hypot(p.x - x, p.y - y) - radius));
}

function roundedRectDistance(rect: BubbleShape['body'], p: Point): number {
  const halfWidth = (rect.right - rect.left) / 2;
  const halfHeight = (rect.bottom - rect.top) / 2;
  const qx = Math.abs(p.x - (rect.left + halfWidth)) - (halfWidth - rect.radius);
  const qy = Math.abs(p.y - (rect.top + halfHeight)) - (halfHeight - rect.radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - rect.radius;
}

function triangleDistance(corners: readonly [Point, Point, Point], p: Point): number {
  const [a, b, c] = corners;
  const edges: [Point, Point][] = [
    [a, b],
    [b, c],
    [c, a],
  ];
  const distance = Math.min(...edges.map(([from, to]) => segmentDistance(from, to, p)));
  const sides = edges.map(([from, to]) => Math.sign((to.x - from.x) * (p.y - from.y) - (to.y - from.y) * (p.x - from.x)));
  const inside = sides.every((side) => side >= 0) || sides.every((side) => side <= 0);
  return inside ? -distance : distance;
}

function segmentDistance(from: Point, to: Point, p: Point): number {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const t = Math.max(0, Math.min(1, ((p.x - from.x) * dx + (p.y - from.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - (from.x + t * dx), p.y - (from.y + t * dy));
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const channel = (a: number, b: number) => Math.round(a + (b - a) * amount);
  return { r: channel(from.r, to.r), g: channel(from.g, to.g), b: channel(from.b, to.b) };
}

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}
