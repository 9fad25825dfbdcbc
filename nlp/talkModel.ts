import { z } from 'zod';
import type { TalkType } from './messageAnalysis';

/**
 * A multinomial logistic-regression model over sparse binary features (see `talkFeatures`), trained offline by
 * `nlp/trainTalkModel.ts` and shipped as JSON in `nlp/model/`, so start-up only parses a file.
 * Scoring a message is one lookup per feature.
 * Why not natural's classifiers: in the same cross-validation natural's BayesClassifier reached macro-F1 0.39
 * against 0.51 here (it keeps only present features, multiplies raw probabilities, which underflow on long
 * messages, and scans the whole vocabulary per message); its LogisticRegressionClassifier builds dense
 * matrices (NaturalNode/natural#553). natural still does the tokenising, stemming and typo distance.
 */

export const talkLabels = ['change', 'neutral', 'sustain'] as const satisfies readonly TalkType[];

export const talkModelSchema = z.object({
  version: z.literal(1),
  labels: z.tuple([z.literal('change'), z.literal('neutral'), z.literal('sustain')]),
  /** per-label bias, including the decision offsets tuned on cross-validation */
  bias: z.tuple([z.number(), z.number(), z.number()]),
  weights: z.record(z.string(), z.tuple([z.number(), z.number(), z.number()])),
  /** how the model was made, for the record */
  trainedOn: z.object({ examples: z.number(), annomiTrain: z.number(), contentExamples: z.number(), options: z.record(z.string(), z.number()) }),
  crossValidation: z.object({ macroF1: z.number(), accuracy: z.number() }).optional(),
});

export type TalkModel = z.infer<typeof talkModelSchema>;

export interface TalkExample {
  features: string[];
  label: TalkType;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** 0 = no class weighting, 1 = fully balanced classes */
  balance: number;
  /** features seen fewer times than this are dropped */
  minCount: number;
}

const labelIndex: Record<TalkType, number> = { change: 0, neutral: 1, sustain: 2 };

export function talkProbabilities(model: Pick<TalkModel, 'bias' | 'weights'>, features: readonly string[]): [number, number, number] {
  const scores: [number, number, number] = [...model.bias];
  for (const feature of features) {
    const w = model.weights[feature];
    if (!w) continue;
    scores[0] += w[0];
    scores[1] += w[1];
    scores[2] += w[2];
  }
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return [exps[0]! / total, exps[1]! / total, exps[2]! / total];
}

export function classifyTalk(model: Pick<TalkModel, 'bias' | 'weights'>, features: readonly string[]): { talk: TalkType; probabilities: [number, number, number] } {
  const probabilities = talkProbabilities(model, features);
  let best = 0;
  for (let i = 1; i < 3; i++) if (probabilities[i]! > probabilities[best]!) best = i;
  return { talk: talkLabels[best]!, probabilities };
}

/** Trains by stochastic gradient descent with AdaGrad steps and L2; deterministic for a given example order. */
export function trainTalkWeights(examples: readonly TalkExample[], options: TrainOptions): Pick<TalkModel, 'bias' | 'weights'> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = new Set([...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f));

  const perLabel = [0, 0, 0];
  for (const e of examples) perLabel[labelIndex[e.label]]! += 1;
  const classWeight = perLabel.map((n) => (n === 0 ? 0 : (examples.length / (3 * n)) ** options.balance));

  const weights = new Map<string, number[]>();
  const squares = new Map<string, number[]>();
  const bias = [0, 0, 0];
  const biasSquares = [1e-8, 1e-8, 1e-8];
  const step = (w: number[], g2: number[], k: number, gradient: number) => {
    g2[k]! += gradient * gradient;
    w[k]! -= (options.learningRate * gradient) / Math.sqrt(g2[k]!);
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // A fixed, epoch-dependent shuffle keeps training repeatable.
    const order = examples.map((_, i) => i).sort((a, b) => ((a * 7919 + epoch * 104729) % 1000003) - ((b * 7919 + epoch * 104729) % 1000003));
    for (const index of order) {
      const example = examples[index]!;
      const features = example.features.filter((f) => kept.has(f));
      const model = { bias: bias as [number, number, number], weights: Object.fromEntries(features.map((f) => [f, (weights.get(f) ?? [0, 0, 0]) as [number, number, number]])) };
      const p = talkProbabilities(model, features);
      const target = labelIndex[example.label];
      const weight = classWeight[target]!;
      for (let k = 0; k < 3; k++) {
        const gradient = weight * ((p[k] ?? 0) - (k === target ? 1 : 0));
        step(bias, biasSquares, k, gradient);
        for (const f of features) {
          let w = weights.get(f);
          let g2 = squares.get(f);
          if (!w || !g2) {
            w = [0, 0, 0];
            g2 = [1e-8, 1e-8, 1e-8];
            weights.set(f, w);
            squares.set(f, g2);
          }
          step(w, g2, k, gradient + options.l2 * w[k]!);
        }
      }
    }
  }
  const rounded: Record<string, [number, number, number]> = {};
  for (const [f, w] of weights) {
    if (Math.max(...w.map(Math.abs)) < 1e-3) continue;
    rounded[f] = w.map((x) => Math.round(x * 10000) / 10000) as [number, number, number];
  }
  return { bias: bias.map((x) => Math.round(x * 10000) / 10000) as [number, number, number], weights: rounded };
}
