import type { TalkType } from './messageAnalysis';

/** Accuracy and macro-F1 over the three talk types, the measures AnnoMI results are reported in. */

export interface TalkScores {
  accuracy: number;
  macroF1: number;
  f1: Record<TalkType, number>;
  count: number;
}

const labels: TalkType[] = ['change', 'neutral', 'sustain'];

export function scoreTalk(gold: readonly TalkType[], predicted: readonly TalkType[]): TalkScores {
  const f1 = {} as Record<TalkType, number>;
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    f1[label] = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return {
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroF1: (f1.change + f1.neutral + f1.sustain) / 3,
    f1,
    count: gold.length,
  };
}
