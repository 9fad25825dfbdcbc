/**
 * Reads a 0–10 ruler answer ("6", "six", "about a 7/10", "maybe 3 or 4", "ten!", "6 and a half");
 * null when there is none ("dunno") or the numbers are about something else ("2 bags a day").
 */

const numberWords: Record<string, number> = {
  zero: 0, nought: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5,
  six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** Words after a number that show it counts something other than a ruler score. */
const units = new Set([
  'year', 'years', 'yrs', 'yr', 'day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'hrs', 'minutes', 'mins',
  'times', 'time', 'bag', 'bags', 'pipe', 'pipes', 'rock', 'rocks', 'pills', 'pill', 'tabs', 'mg', 'ml', 'g', 'grams', 'gram',
  'quid', 'pound', 'pounds', 'p', 'pm', 'am', 'oclock', 'kids', 'children', 'people', 'cans', 'drinks', 'pints', 'units',
  'lines', 'joints', 'spliffs', 'percent', 'years old', 'o', 'in', 'of', 'more', 'ago', 'am', 'nights', 'night', 'mornings',
]);

/** "no one", "one day", "the one thing": number words that are not scores. */
const notScoreBefore = new Set(['no', 'any', 'some', 'every', 'the', 'that', 'this', 'each', 'which', 'another', 'only', 'last']);
const notScoreAfter = new Set(['of', 'day', 'thing', 'time', 'more', 'another', 'person', 'cares', 'else', 'way', 'bit', 'last', 'step', 'off', 'go']);

const tokenPattern = /£?\d+(?:\.\d+)?(?:\/10)?|[a-z]+|\//g;

export function readRuler(normalised: string): number | null {
  const tokens = (normalised.replace(/(\d)ish\b/g, '$1').replace(/out of ten/g, 'out of 10').match(tokenPattern) ?? []).filter((t) => t !== '/');
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1] ?? '';
    const outOfTen = token.endsWith('/10') || (next === 'out' && tokens[i + 2] === 'of' && tokens[i + 3] === '10');
    if (token.startsWith('£')) continue;
    const isWord = token in numberWords;
    const value = isWord ? numberWords[token] : Number(token.replace('/10', ''));
    if (value === undefined || Number.isNaN(value)) continue;
    // "10" straight after "out of" is the scale, not a score.
    if (value === 10 && tokens[i - 1] === 'of' && tokens[i - 2] === 'out') continue;
    if (!outOfTen && units.has(next)) continue;
    // Number words are everywhere in speech ("no one", "one day"): count them only in a short answer.
    if (isWord && !outOfTen && (tokens.length > 8 || notScoreBefore.has(tokens[i - 1] ?? '') || notScoreAfter.has(next))) continue;
    if (value < 0 || value > 10) continue;
    if (next === 'and' && tokens[i + 2] === 'a' && tokens[i + 3] === 'half' && value < 10) {
      found.push(value + 0.5);
      i += 3;
      continue;
    }
    found.push(value);
  }
  if (found.length === 1) return found[0] ?? null;
  if (found.length === 2 && /\b(or|to|and|maybe|between)\b|\d\s*-\s*\d/.test(normalised)) {
    // "3 or 4", "between 3 and 4", "a 7, maybe 8": the middle.
    return ((found[0] ?? 0) + (found[1] ?? 0)) / 2;
  }
  return null;
}
