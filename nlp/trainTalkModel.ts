/**
 * Trains the talk-type model and writes nlp/model/talk-model.json (run: `npm run nlp:train`).
 * Data: AnnoMI's TRAIN split, read in place (never the test split, never copied), plus content/talk-examples.yaml.
 * Steps: 5-fold cross-validation by transcript, over 3 fold assignments → tune the decision offsets for macro-F1 on the pooled
 * out-of-fold scores → train on everything → add the offsets to the bias → save.
 * Two stages, because one feature is what the reader made of the person's previous message (`previousTalk`): stage 1
 * (without it) gives each training utterance an out-of-fold reading, which becomes the next utterance's `previousTalk`
 * in stage 2, so training sees readings as noisy as the bot's own; stage 2 is evaluated sequentially, each held-out
 * transcript in order, feeding the reader's own previous reading forward, as the bot does. Gold labels never feed it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem, readContentFile } from '../content/contentFile';
import { talkExamplesFileSchema } from '../content/schemas/talkExamples';
import type { TalkType } from './messageAnalysis';
import type { ClientUtterance } from './readAnnomi';
import { normalise } from './normalise';
import { readAnnomiClient } from './readAnnomi';
import { talkFeatures, type TalkContext } from './talkFeatures';
import { scoreTalk } from './talkMetrics';
import { talkLabels, talkProbabilities, trainTalkWeights, type TalkExample, type TalkModel, type TrainOptions } from './talkModel';
import { readTalk } from './talkType';

const options: TrainOptions = { epochs: 10, learningRate: 0.02, l2: 0.003, balance: 1, minCount: 2, average: 1 };
const folds = 5;
const repeats = 3;
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

/** Fold of each transcript: assignment 0 deals sorted transcripts in turn; others deal a fixed pseudo-random order. */
function assignFolds(transcripts: readonly number[], repeat: number): Map<number, number> {
  let seed = 12345 + repeat * 777;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = repeat === 0 ? [...transcripts] : transcripts.map((t) => [next(), t] as const).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  return new Map(order.map((t, i) => [t, i % folds]));
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

/** Out-of-fold readings and scores for one stage; `previousTalk` of each training row is fixed by the caller. */
function crossValidate(annomi: readonly ClientUtterance[], fromAnnomi: readonly Grouped[], fromContent: readonly Grouped[], sequential: boolean) {
  const transcripts = [...new Set(fromAnnomi.map((e) => e.group))].sort((a, b) => a - b);
  const gold: TalkType[] = [];
  const logProbabilities: number[][] = [];
  const held: { repeat: number; fold: number; index: number }[] = [];
  const foldModels: Pick<TalkModel, 'bias' | 'weights'>[][] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    const foldOf = assignFolds(transcripts, repeat);
    foldModels.push([]);
    for (let fold = 0; fold < folds; fold++) {
      const heldOut = new Set(transcripts.filter((t) => foldOf.get(t) === fold));
      const weights = trainTalkWeights([...fromAnnomi.filter((e) => !heldOut.has(e.group)), ...fromContent], options);
      foldModels[repeat]!.push(weights);
      annomi.forEach((row, i) => {
        if (!heldOut.has(row.transcript)) return;
        gold.push(row.talk);
        held.push({ repeat, fold, index: i });
        logProbabilities.push(talkProbabilities(weights, fromAnnomi[i]!.features).map(Math.log));
      });
    }
  }
  const plain = scoreTalk(gold, logProbabilities.map((s) => argmax(s, [0, 0, 0])));
  const offsets = tuneOffsets(logProbabilities, gold);
  const tuned = scoreTalk(gold, logProbabilities.map((s) => argmax(s, offsets)));
  // The whole reader as the bot runs it (clear cues, questions, then the model with offsets), per fold; rows are in
  // transcript order, so in the sequential stage each reading feeds the next utterance of the same transcript.
  const readerTalk: TalkType[] = [];
  const readings = Array.from({ length: repeats }, () => new Map<number, TalkType>());
  held.forEach(({ repeat, fold, index }) => {
    const weights = foldModels[repeat]![fold]!;
    const model: TalkModel = { ...emptyModel, bias: weights.bias.map((b, k) => b + (offsets[k] ?? 0)) as [number, number, number], weights: weights.weights };
    const row = annomi[index]!;
    const before = annomi[index - 1]?.transcript === row.transcript ? readings[repeat]!.get(index - 1) : 'none';
    const context: TalkContext = sequential && before ? { previousTalk: before } : {};
    const talk = readTalk(normalise(row.text), model, context).talk;
    readings[repeat]!.set(index, talk);
    readerTalk.push(talk);
  });
  const withCues = scoreTalk(gold, readerTalk);
  const perRepeat = Array.from({ length: repeats }, (_, r) => {
    const mine = held.map((h, i) => (h.repeat === r ? i : -1)).filter((i) => i >= 0);
    return scoreTalk(mine.map((i) => gold[i]!), mine.map((i) => readerTalk[i]!)).macroF1.toFixed(3);
  });
  return { plain, offsets, tuned, withCues, perRepeat, firstAssignment: readings[0]! };
}

function report(title: string, annomiCount: number, cv: ReturnType<typeof crossValidate>): void {
  console.log(`${title} (${folds} folds by transcript × ${repeats} fold assignments, ${annomiCount} AnnoMI train utterances):`);
  console.log(`  model                 macro-F1 ${cv.plain.macroF1.toFixed(3)}  accuracy ${cv.plain.accuracy.toFixed(3)}`);
  console.log(`  model + offsets ${JSON.stringify(cv.offsets)}  macro-F1 ${cv.tuned.macroF1.toFixed(3)}  accuracy ${cv.tuned.accuracy.toFixed(3)}`);
  console.log(`  reader (cues + model) macro-F1 ${cv.withCues.macroF1.toFixed(3)}  accuracy ${cv.withCues.accuracy.toFixed(3)}  (per assignment ${cv.perRepeat.join(' ')})`);
}

function main(): void {
  const examplesFile = readContentFile('content/talk-examples.yaml', talkExamplesFileSchema);
  if (!examplesFile.value) {
    for (const problem of examplesFile.problems) console.error(formatProblem(problem));
    process.exit(1);
  }
  const annomi = readAnnomiClient('train').sort((a, b) => a.transcript - b.transcript || a.utterance - b.utterance);
  // `previousTalk` null: no context at all (stage 1); else the reading of row i, and 'none' before a first message.
  const annomiExamples = (previousTalk: ((i: number) => TalkType | undefined) | null): Grouped[] =>
    annomi.map((row, i) => {
      const before = !previousTalk ? undefined : annomi[i - 1]?.transcript === row.transcript ? previousTalk(i - 1) : 'none';
      return { group: row.transcript, label: row.talk, features: talkFeatures(normalise(row.text), before ? { previousTalk: before } : undefined) };
    });
  const fromContent: Grouped[] = examplesFile.value.examples.map((e) => ({
    group: -1,
    label: e.talk,
    features: talkFeatures(normalise(e.text)),
  }));

  // Cross-validation on AnnoMI transcripts, repeated over a few fold assignments because one assignment alone moves
  // macro-F1 by ±0.01 (fold scores spread ±0.025); the content examples are always in the training part.
  const stage1 = crossValidate(annomi, annomiExamples(null), fromContent, false);
  report('stage 1, without the previous reading', annomi.length, stage1);
  const fromAnnomi = annomiExamples((i) => stage1.firstAssignment.get(i));
  const cv = crossValidate(annomi, fromAnnomi, fromContent, true);
  report('stage 2, with the reader\'s own previous reading fed forward', annomi.length, cv);
  console.log('  (offsets are tuned on these same out-of-fold scores, so the lines with offsets are slightly optimistic)');
  const { offsets, withCues } = cv;

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
