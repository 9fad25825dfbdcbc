import { PorterStemmer } from 'natural/lib/natural/stemmers';
import type { CrisisKind } from './messageAnalysis';

/**
 * The learned crisis reader: a small multinomial logistic regression over stemmed words, word pairs, letter
 * 4-grams and negation marks, trained on the crisis tuning tables and AnnoMI's ordinary talk
 * (test/nlp/crisis/writeCrisisModel.ts). detectCrisis asks it (when switched on) only when no pattern matched,
 * so it can add recall on wordings nobody wrote a pattern for. Everything it needs is compiled in
 * (nlp/crisisModelWeights.ts); it reads the raw text itself, like the patterns.
 */

/** Class order of the weights: 'none' first, then the crisis kinds in the Decisions' priority order. */
export const crisisModelLabels = ['none', 'overdose', 'medical', 'suicide', 'harm'] as const;
export type CrisisModelLabel = (typeof crisisModelLabels)[number];

export interface CrisisModel {
  /** sha256 of the training lines, so a test can tell when the tables changed after training */
  dataHash: string;
  /** the score (1 − P(none)) at or above which the model raises a crisis */
  threshold: number;
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
}

/**
 * The compiled-in weights are packed as text, one feature a line: its name, then its weights in label order as
 * integers in hundredths ("b:strip_of -3 24 -4 -13 -3"). Against a JSON object literal this nearly halves
 * nlp/crisisModelWeights.ts, so its size budget (crisisModelData.ts) holds rarer words, which is where recall was lost.
 * The trainer rounds every weight to hundredths, so packing is exact; anything finer is refused, not rounded.
 */
const packedFeatureName = /^[a-z0-9_<>^$:]+$/;
const packedWeight = /^-?[0-9]+$/;

export function packCrisisWeights(weights: CrisisModel['weights']): string {
  return Object.entries(weights)
    .map(([feature, row]) => {
      // the text sits in a template literal, so no spaces, backticks, backslashes or "${"
      if (!packedFeatureName.test(feature)) throw new Error(`crisis model feature cannot be packed: ${JSON.stringify(feature)}`);
      if (row.length !== crisisModelLabels.length) throw new Error(`crisis model feature ${feature} has ${row.length} weights`);
      const hundredths = row.map((w) => Math.round(w * 100));
      if (hundredths.some((h, i) => h / 100 !== row[i])) throw new Error(`crisis model feature ${feature} has weights finer than hundredths: ${row.join(' ')}`);
      return `${feature} ${hundredths.join(' ')}`;
    })
    .join('\n');
}

/** The packed text back to the weights record (decoded once, when nlp/crisisModelWeights.ts loads). */
export function unpackCrisisWeights(packed: string): Record<string, number[]> {
  const entries = packed
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): [string, number[]] => {
      const [feature = '', ...hundredths] = line.trim().split(' ');
      if (!packedFeatureName.test(feature) || hundredths.length !== crisisModelLabels.length || !hundredths.every((h) => packedWeight.test(h))) {
        throw new Error(`bad packed crisis model line: ${JSON.stringify(line)}`);
      }
      return [feature, hundredths.map((h) => Number(h) / 100)];
    });
  const weights = Object.fromEntries(entries);
  if (Object.keys(weights).length !== entries.length) throw new Error('packed crisis model repeats a feature');
  return weights;
}

export interface CrisisModelReading {
  kind: CrisisKind;
  /** 1 − P(none): how sure the model is that this is a crisis of some kind */
  score: number;
}

const negators = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'cant', 'cannot', 'wont', 'dont', 'nae', 'aint']);
/** "isnt", "cant", "isnae", "didny": the word, then "not", so "isnt breathing" and "not breathing" share a pair. */
const contracted = /^([a-z]+?)(nt|nae|ny|na)$/;
const contractedBases = new Set(['is', 'was', 'are', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'ca', 'can', 'wo', 'will', 'wull', 'could', 'would', 'should', 'must', 'ai', 'dis', 'wis', 'dae', 'wid', 'cud', 'shud']);

/** Stems are remembered: stemming is the slowest step and chat reuses the same few hundred words. */
const stems = new Map<string, string>();
function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const stemmed = word.length > 3 ? PorterStemmer.stem(word) : word;
  if (stems.size < 20000) stems.set(word, stemmed);
  return stemmed;
}

/** Lower-case words with apostrophes dropped and contracted negatives split into word + "not". */
export function crisisModelTokens(raw: string): string[] {
  const text = raw.slice(0, 2000).toLowerCase().replace(/[’'`]/g, '');
  const tokens: string[] = [];
  for (const word of text.split(/[^a-z0-9]+/)) {
    if (!word) continue;
    const contraction = contracted.exec(word);
    if (contraction && contractedBases.has(contraction[1]!)) {
      tokens.push(contraction[1]!, 'not');
    } else tokens.push(word);
  }
  return tokens;
}

/** Letter 4-grams of each word: cross-validated recall at a 2% false-alarm rate rose from 72.8% to 75.7% with them. */
const charGrams = 4;

/** The features the model sees: stems, neighbouring stem pairs, letter 4-grams, stems within three words after a negator. */
export function crisisModelFeatures(raw: string): string[] {
  const tokens = crisisModelTokens(raw);
  const features = new Set<string>();
  let negatedFor = 0;
  let previous = '^';
  for (const token of tokens) {
    const stemmed = stem(token);
    features.add(`w:${stemmed}`);
    features.add(`b:${previous}_${stemmed}`);
    if (negatedFor > 0) {
      features.add(`n:${stemmed}`);
      negatedFor--;
    }
    if (negators.has(token)) negatedFor = 3;
    previous = stemmed;
    if (token.length > charGrams) {
      const padded = `<${token}>`;
      for (let i = 0; i + charGrams <= padded.length; i++) features.add(`c:${padded.slice(i, i + charGrams)}`);
    }
  }
  features.add(`b:${previous}_$`);
  return [...features];
}

/** Probabilities of each label for a feature list (softmax of the summed weights). */
export function crisisModelProbabilities(features: readonly string[], model: CrisisModel): number[] {
  const scores = crisisModelLabels.map((_, i) => model.bias[i] ?? 0);
  for (const feature of features) {
    const weights = model.weights[feature];
    if (!weights) continue;
    for (let i = 0; i < scores.length; i++) scores[i]! += weights[i] ?? 0;
  }
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** The model's reading of a message: its most likely crisis kind (ties go to the earlier, more urgent kind) and score. */
export function readCrisisModel(raw: string, model: CrisisModel): CrisisModelReading {
  const probabilities = crisisModelProbabilities(crisisModelFeatures(raw), model);
  let best = 1;
  for (let i = 2; i < crisisModelLabels.length; i++) if ((probabilities[i] ?? 0) > (probabilities[best] ?? 0)) best = i;
  return { kind: crisisModelLabels[best] as CrisisKind, score: 1 - (probabilities[0] ?? 0) };
}
