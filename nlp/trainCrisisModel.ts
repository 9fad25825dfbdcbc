import { createHash } from 'node:crypto';
import { crisisModelFeatures, crisisModelLabels, type CrisisModel, type CrisisModelLabel } from './crisisModel';

/**
 * Training for the learned crisis reader (nlp/crisisModel.ts): multinomial logistic regression by stochastic
 * gradient descent with L2, in a fixed pseudo-random order, so the same lines always give the same model.
 * Weights are rounded and tiny ones dropped, so the compiled-in module stays small.
 */

export interface CrisisExample {
  text: string;
  label: CrisisModelLabel;
}

export interface CrisisTrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** features seen in fewer training lines than this are ignored */
  minCount: number;
}

/**
 * sha256 of the lines and labels, in order, and (when given) which lines the patterns raise: the committed model
 * stores it so a stale model is noticed. The threshold is chosen with the patterns' false alarms counted, so a
 * pattern change that moves them makes the model stale too.
 */
export function crisisDataHash(examples: readonly CrisisExample[], patternAlarms?: readonly boolean[]): string {
  const hash = createHash('sha256');
  examples.forEach(({ text, label }, i) => {
    const alarm = patternAlarms === undefined ? '' : patternAlarms[i] ? '!\t' : '-\t';
    hash.update(`${alarm}${label}\t${text}\n`);
  });
  return hash.digest('hex');
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return items.map((item) => [next(), item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

export function trainCrisisModel(examples: readonly CrisisExample[], options: CrisisTrainOptions, threshold = 0.5): CrisisModel {
  const classes = crisisModelLabels.length;
  const featured = examples.map((e) => ({ features: crisisModelFeatures(e.text), label: crisisModelLabels.indexOf(e.label) }));
  const counts = new Map<string, number>();
  for (const { features } of featured) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  const rows = featured.map(({ features, label }) => ({ ids: features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), label }));

  const weights = new Float64Array(kept.length * classes);
  const bias = new Float64Array(classes);
  const scores = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.learningRate / (1 + epoch * 0.2);
    for (const { ids, label } of shuffled(rows, 4242 + epoch)) {
      for (let c = 0; c < classes; c++) {
        let s = bias[c]!;
        for (const id of ids) s += weights[id * classes + c]!;
        scores[c] = s;
      }
      const top = Math.max(...scores);
      let total = 0;
      for (let c = 0; c < classes; c++) total += scores[c] = Math.exp(scores[c]! - top);
      for (let c = 0; c < classes; c++) {
        const gradient = scores[c]! / total - (c === label ? 1 : 0);
        bias[c] = bias[c]! - rate * gradient;
        for (const id of ids) {
          const at = id * classes + c;
          weights[at] = weights[at]! - rate * (gradient + options.l2 * weights[at]!);
        }
      }
    }
  }

  const round = (w: number) => Math.round(w * 100) / 100;
  const saved: Record<string, number[]> = {};
  kept.forEach((feature, i) => {
    const row = Array.from(weights.subarray(i * classes, (i + 1) * classes), round);
    if (row.some((w) => Math.abs(w) >= 0.1)) saved[feature] = row;
  });
  return { dataHash: crisisDataHash(examples), threshold, bias: Array.from(bias, round), weights: saved };
}
