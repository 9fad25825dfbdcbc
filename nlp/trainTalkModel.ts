/**
 * Trains the talk-type model and writes nlp/model/talk-model.json (run: `npm run nlp:train`).
 * Data: AnnoMI's TRAIN split, read in place (never the test split, never copied), plus content/talk-examples.yaml.
 * Steps: 5-fold cross-validation by transcript → tune the decision offsets for macro-F1 on the pooled
 * out-of-fold scores → train on everything → add the offsets to the bias → save.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem, readContentFile } from '../content/contentFile';
import { talkExamplesFileSchema } from '../content/schemas/talkExamples';
import type { TalkType } from './messageAnalysis';
import { normalise } from './normalise';
import { readAnnomiClient } from './readAnnomi';
import { talkFeatures } from './talkFeatures';
import { scoreTalk } from './talkMetrics';
import { talkLabels, talkProbabilities, trainTalkWeights, type TalkExample, type TalkModel, type TrainOptions } from './talkModel';
import { readTalk } from './talkType';

const options: TrainOptions = { epochs: 10, learningRate: 0.05, l2: 0.003, balance: 1, minCount: 2 };
const folds = 5;
const modelFile = join(__dirname, 'model', 'talk-model.json');

const emptyModel: TalkModel = {
  version: 1,
  labels: ['change', 'neutral', 'sustain'],
  bias: [0, 0, 0],
  weights: {},
  trainedOn: { examples: 0, annomiTrain: 0, contentExamples: 0, options: {} },
};

interface Grouped extends TalkExample {
  group: number;
}

function argmax(scores: readonly number[], offsets: readonly number[]): TalkType {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] ?? 0) + (offsets[i] ?? 0) > (scores[best] ?? 0) + (offsets[best] ?? 0)) best = i;
  return talkLabels[best]!;
}

/** Offsets added to the log-probabilities of change and sustain that give the best macro-F1. */
function tuneOffsets(logProbabilities: number[][], gold: TalkType[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let bestF1 = -1;
  for (let change = -1; change <= 1.001; change += 0.1) {
    for (let sustain = -1; sustain <= 1.001; sustain += 0.1) {
      const offsets: [number, number, number] = [change, 0, sustain];
      const f1 = scoreTalk(gold, logProbabilities.map((s) => argmax(s, offsets))).macroF1;
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = offsets.map((x) => Math.round(x * 100) / 100) as [number, number, number];
      }
    }
  }
  return best;
}

function main(): void {
  const examplesFile = readContentFile('content/talk-examples.yaml', talkExamplesFileSchema);
  if (!examplesFile.value) {
    for (const problem of examplesFile.problems) console.error(formatProblem(problem));
    process.exit(1);
  }
  const annomi = readAnnomiClient('train');
  const fromAnnomi: Grouped[] = annomi.map((row) => ({
    group: row.transcript,
    label: row.talk,
    features: talkFeatures(normalise(row.text), { previous: row.previous_counsellor ?? undefined }),
  }));
  const fromContent: Grouped[] = examplesFile.value.examples.map((e) => ({
    group: -1,
    label: e.talk,
    features: talkFeatures(normalise(e.text), e.previous ? { previous: e.previous } : undefined),
  }));

  // Cross-validation on AnnoMI transcripts; the content examples are always in the training part.
  const transcripts = [...new Set(fromAnnomi.map((e) => e.group))].sort((a, b) => a - b);
  const gold: TalkType[] = [];
  const logProbabilities: number[][] = [];
  const held: { fold: number; index: number }[] = [];
  const foldModels: Pick<TalkModel, 'bias' | 'weights'>[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const heldOut = new Set(transcripts.filter((_, i) => i % folds === fold));
    const weights = trainTalkWeights([...fromAnnomi.filter((e) => !heldOut.has(e.group)), ...fromContent], options);
    foldModels.push(weights);
    annomi.forEach((row, i) => {
      if (!heldOut.has(row.transcript)) return;
      gold.push(row.talk);
      held.push({ fold, index: i });
      logProbabilities.push(talkProbabilities(weights, fromAnnomi[i]!.features).map(Math.log));
    });
  }
  const plain = scoreTalk(gold, logProbabilities.map((s) => argmax(s, [0, 0, 0])));
  const offsets = tuneOffsets(logProbabilities, gold);
  const tuned = scoreTalk(gold, logProbabilities.map((s) => argmax(s, offsets)));
  // The whole reader as the bot runs it (clear cues, questions, then the model with offsets), per fold.
  const withCues = scoreTalk(
    gold,
    held.map(({ fold, index }) => {
      const weights = foldModels[fold]!;
      const model: TalkModel = { ...emptyModel, bias: weights.bias.map((b, k) => b + (offsets[k] ?? 0)) as [number, number, number], weights: weights.weights };
      const row = annomi[index]!;
      return readTalk(normalise(row.text), model, { previous: row.previous_counsellor ?? undefined }).talk;
    }),
  );
  console.log(`cross-validation (${folds} folds by transcript, ${gold.length} AnnoMI train utterances):`);
  console.log(`  model                 macro-F1 ${plain.macroF1.toFixed(3)}  accuracy ${plain.accuracy.toFixed(3)}`);
  console.log(`  model + offsets ${JSON.stringify(offsets)}  macro-F1 ${tuned.macroF1.toFixed(3)}  accuracy ${tuned.accuracy.toFixed(3)}`);
  console.log(`  reader (cues + model) macro-F1 ${withCues.macroF1.toFixed(3)}  accuracy ${withCues.accuracy.toFixed(3)}`);

  const started = Date.now();
  const weights = trainTalkWeights([...fromAnnomi, ...fromContent], options);
  const model: TalkModel = {
    version: 1,
    labels: ['change', 'neutral', 'sustain'],
    bias: weights.bias.map((b, i) => Math.round((b + (offsets[i] ?? 0)) * 10000) / 10000) as [number, number, number],
    weights: Object.fromEntries(Object.entries(weights.weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    trainedOn: {
      examples: fromAnnomi.length + fromContent.length,
      annomiTrain: fromAnnomi.length,
      contentExamples: fromContent.length,
      options: { ...options },
    },
    crossValidation: { macroF1: Math.round(withCues.macroF1 * 1000) / 1000, accuracy: Math.round(withCues.accuracy * 1000) / 1000 },
  };
  mkdirSync(dirname(modelFile), { recursive: true });
  writeFileSync(modelFile, `${JSON.stringify(model)}\n`);
  console.log(`trained on ${model.trainedOn.examples} examples in ${Date.now() - started} ms; ${Object.keys(model.weights).length} features → ${modelFile}`);
}

main();
