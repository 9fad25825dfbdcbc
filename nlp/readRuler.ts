/** Reads a 0–10 ruler answer ("6", "six", "about a 7/10", "maybe 3 or 4", "ten!"); null when there is none. */

const numberWords: Record<string, number> = {
  zero: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5,
  six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const rulerPattern =
  /\b(10|[0-9](?:\.5)?|zero|nought|one|two|three|four|five|six|seven|eight|nine|ten)\b(\s*(?:\/|out of)\s*10\b)?/g;

export function readRuler(normalised: string): number | null {
  const wordCount = normalised.split(/\s+/).filter(Boolean).length;
  const found: number[] = [];
  for (const match of normalised.matchAll(rulerPattern)) {
    const token = match[1] ?? '';
    const outOfTen = Boolean(match[2]);
    const isWord = token in numberWords;
    // Number words are everywhere in speech ("no one", "one day"): count them only in a short answer.
    if (isWord && !outOfTen && wordCount > 6) continue;
    const value = isWord ? numberWords[token] : Number(token);
    if (value !== undefined && value >= 0 && value <= 10) found.push(value);
  }
  if (found.length === 1) return found[0] ?? null;
  if (found.length === 2 && /\b(or|to|and)\b|\d\s*-\s*\d/.test(normalised)) {
    // "3 or 4", "between 3 and 4": the middle.
    return ((found[0] ?? 0) + (found[1] ?? 0)) / 2;
  }
  return null;
}
