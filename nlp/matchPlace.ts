import type { Area } from '../content/schemas/services';

// Deep import: require('natural') prints to stdout and loads .env (shared/research/stack.md §1.3).
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance') as (a: string, b: string) => number;

/**
 * Lowest Jaro–Winkler similarity taken as a typo of an area's name or alias. Measured on the
 * shipped names (test/nlp/matchPlace.test.ts): the typos in the test table score 0.933 or more
 * ("camdem" 0.933, "manchesta" 0.938); every WordNet word of five or more letters, with simple
 * endings added, scores 0.929 or less once the guards below apply ("doubling"/dublin 0.925).
 */
export const typoThreshold = 0.93;

/** Typos are only looked for in words this long; short words collide too easily ("bed", "bad"). */
export const shortestTypoWord = 5;

/** Words that, just before a name, show it is meant as a place ("in leeds", not "leeds me to"). */
const placeCues = new Set([
  'in', 'near', 'nr', 'from', 'frm', 'at', 'around', 'round', 'outside', 'to', 'into', 'by', 'nearby', 'based',
  'live', 'living', 'stay', 'staying',
]);

/** Words around a bare answer ("its leeds innit"): if only these remain, the answer is the place. */
const answerFiller = new Set([
  'i', 'im', 'am', 'its', 'it', 'is', 'in', 'the', 'just', 'live', 'near', 'from', 'at', 'innit', 'mate', 'like',
  'lol', 'yeah', 'yes', 'ya', 'city', 'centre', 'center', 'town', 'area', 'ok', 'okay', 'pal', 'bro', 'cheers', 'thanks',
]);

/**
 * Beginnings of ordinary English words that score as typos of a shipped name ("bristle" and
 * Bristol, "lambent" and Lambeth, "scour" and scouse). Found by scoring every WordNet word of
 * five or more letters against the names; the test repeats that check, so a new name that
 * collides with a word fails it until the word is added here.
 */
const notTypoBeginnings = ['scour', 'scout', 'souse', 'hackneyed', 'hacker', 'hackle', 'bristle', 'bristly', 'embrac', 'lambert', 'lambent', 'galwegian'];

interface PlaceName {
  areaId: string;
  words: string[];
  /** the words joined with spaces, and with nothing ("tower hamlets", "towerhamlets"), made once */
  spaced: string;
  joined: string;
  /** an everyday word too: needs a place cue or a bare answer */
  everyday: boolean;
  /** names and aliases allow typos; nearby places must be spelt right ("hometown" is not Homerton) */
  typos: boolean;
}

interface PlaceIndex {
  /** every name, keyed by its first word, for exact matches */
  byFirstWord: Map<string, PlaceName[]>;
  /** names that allow typos, keyed by first letter */
  typoNamesByLetter: Map<string, PlaceName[]>;
  /** how many words the typo-tolerant names have (1 is always tried, for "towerhamlets") */
  typoWidths: number[];
}

/** Built once per areas list: the bot passes the same loaded list on every turn. */
const indexes = new WeakMap<readonly Area[], PlaceIndex>();

/**
 * Finds the area a free-text answer names ("im in glasgow", "manchster", "near salford"), or null.
 * Pass the areas people may be matched to (see shownAreas in dialogs/signpost/chooseServices.ts).
 */
export function matchPlace(text: string, areas: readonly Area[]): string | null {
  const tokens = toWords(text);
  if (tokens.length === 0) return null;
  let index = indexes.get(areas);
  if (!index) {
    index = indexPlaceNames(placeNames(areas));
    indexes.set(areas, index);
  }
  return exactMatch(tokens, index) ?? typoMatch(tokens, index);
}

/** Lower case, accents dropped, apostrophes joined ("I'm" → "im"), everything else a space. */
export function toWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
}

function placeNames(areas: readonly Area[]): PlaceName[] {
  const names: PlaceName[] = [];
  for (const area of areas) {
    const everyday = new Set(area.everydayWords.map((word) => toWords(word).join(' ')));
    const withTypos = [area.name, area.id.replace(/-/g, ' '), ...area.aliases];
    const all = [...withTypos, ...area.nearby, ...area.everydayWords];
    const seen = new Set<string>();
    all.forEach((name, index) => {
      const words = toWords(name);
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) return;
      seen.add(key);
      names.push({ areaId: area.id, words, spaced: key, joined: words.join(''), everyday: everyday.has(key), typos: index < withTypos.length });
    });
  }
  return names;
}

function indexPlaceNames(names: PlaceName[]): PlaceIndex {
  const byFirstWord = new Map<string, PlaceName[]>();
  const typoNamesByLetter = new Map<string, PlaceName[]>();
  const typoWidths = new Set([1]);
  const push = (map: Map<string, PlaceName[]>, key: string, name: PlaceName) => map.set(key, [...(map.get(key) ?? []), name]);
  for (const name of names) {
    const first = name.words[0] ?? '';
    push(byFirstWord, first, name);
    // an everyday word with a typo is far more likely the everyday word
    if (name.typos && !name.everyday) {
      push(typoNamesByLetter, first.charAt(0), name);
      typoWidths.add(name.words.length);
    }
  }
  return { byFirstWord, typoNamesByLetter, typoWidths: [...typoWidths] };
}

function exactMatch(tokens: string[], index: PlaceIndex): string | null {
  let best: { areaId: string; length: number; position: number } | null = null;
  for (let position = 0; position < tokens.length; position++) {
    for (const name of index.byFirstWord.get(tokens[position] ?? '') ?? []) {
      if (!name.words.every((word, k) => tokens[position + k] === word)) continue;
      if (name.everyday && !meantAsPlace(tokens, position, name.words.length)) continue;
      const length = name.words.join(' ').length;
      if (!best || length > best.length || (length === best.length && position < best.position)) {
        best = { areaId: name.areaId, length, position };
      }
    }
  }
  return best?.areaId ?? null;
}

function meantAsPlace(tokens: string[], position: number, length: number): boolean {
  const before = tokens[position - 1];
  if (before !== undefined && placeCues.has(before)) return true;
  const rest = [...tokens.slice(0, position), ...tokens.slice(position + length)];
  return rest.every((word) => answerFiller.has(word));
}

function typoMatch(tokens: string[], index: PlaceIndex): string | null {
  let best: { areaId: string; score: number } | null = null;
  const ordinary = tokens.map(isOrdinaryWord);
  for (const width of index.typoWidths) {
    for (let position = 0; position + width <= tokens.length; position++) {
      const names = index.typoNamesByLetter.get(tokens[position]?.charAt(0) ?? '');
      if (!names) continue;
      const firstOrdinary = ordinary.indexOf(true, position);
      if (firstOrdinary !== -1 && firstOrdinary < position + width) continue;
      const window = tokens.slice(position, position + width);
      const joined = window.join('');
      // typoScore would rule out every name for a window this short; skip the work of asking it.
      if (joined.length < shortestTypoWord) continue;
      const spaced = window.join(' ');
      for (const name of names) {
        if (width !== 1 && width !== name.words.length) continue;
        // typoScore's own length guard, asked first: most names are ruled out before any string work.
        if (Math.abs(spaced.length - name.spaced.length) > 2 && Math.abs(joined.length - name.joined.length) > 2) continue;
        const score = spaced === joined && name.spaced === name.joined ? typoScore(joined, name.joined) : Math.max(typoScore(spaced, name.spaced), typoScore(joined, name.joined));
        if (score >= typoThreshold && (!best || score > best.score)) best = { areaId: name.areaId, score };
      }
    }
  }
  return best?.areaId ?? null;
}

function isOrdinaryWord(word: string): boolean {
  return notTypoBeginnings.some((beginning) => word.startsWith(beginning));
}

/** Similarity of a written word to a place name, or 0 when the guards rule it out. */
export function typoScore(written: string, name: string): number {
  if (written.replace(/ /g, '').length < shortestTypoWord || name.replace(/ /g, '').length < shortestTypoWord) return 0;
  if (written[0] !== name[0]) return 0; // people rarely get the first letter of their own town wrong
  if (Math.abs(written.length - name.length) > 2) return 0;
  return jaroWinkler(written, name);
}
