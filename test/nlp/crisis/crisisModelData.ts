import { compileCrisisPatterns, matchCrisis } from '../../../nlp/crisisMatcher';
import { readAnnomiClient } from '../../../nlp/readAnnomi';
import { readCrisisModel, type CrisisModel } from '../../../nlp/crisisModel';
import { detectCrisis, loadCrisisPatterns } from '../../../nlp/detectCrisis';
import { crisisDataHash, type CrisisExample } from '../../../nlp/trainCrisisModel';
import { crisisMessages } from './crisisMessages';
import { everydayMessages } from './everydayMessages';
import { ordinaryChatLines } from './ordinaryChatLines';

const builtIn = compileCrisisPatterns(undefined);
const notRaisedByPatterns = (text: string) => matchCrisis(text, builtIn) === null;

/**
 * Ordinary UK chat lines used as training talk: those the built-in patterns raise are left out (they are the
 * patterns' false alarms, listed in README.md, and would teach the model against its own patterns).
 */
export const ordinaryChatTraining = ordinaryChatLines.filter(notRaisedByPatterns);

/**
 * The learned crisis reader's training lines, in this order: the tuning tables, then ordinary UK chat as
 * ordinary talk (ordinaryChatLines.ts), then AnnoMI's TRAIN-split client utterances as ordinary talk (read in
 * place, never copied; the test split is kept for measuring). Without AnnoMI the model raised 24% of real
 * counselling talk, because the everyday table is all near-misses on purpose; AnnoMI is US/UK clinic talk,
 * so the chat lines add how the bot's users actually type. AnnoMI lines the built-in patterns raise are left
 * out: a few are about real danger and would teach it the wrong way.
 */
export function crisisTrainingExamples(): CrisisExample[] {
  const annomi = readAnnomiClient('train')
    .map((u) => u.text)
    .filter(notRaisedByPatterns);
  return [
    ...crisisMessages.map(([text, kind]): CrisisExample => ({ text, label: kind })),
    ...everydayMessages.map((text): CrisisExample => ({ text, label: 'none' })),
    ...ordinaryChatTraining.map((text): CrisisExample => ({ text, label: 'none' })),
    ...annomi.map((text): CrisisExample => ({ text, label: 'none' })),
  ];
}

/**
 * Which training lines the patterns alone raise, content loaded (the writer counts them as false alarms when it
 * chooses the threshold). Never with the learned reader: the committed model must not choose its successor.
 */
export function patternAlarms(examples: readonly CrisisExample[]): boolean[] {
  const { patterns } = loadCrisisPatterns();
  return examples.map((e) => detectCrisis(e.text, patterns, { learned: false }) !== null);
}

/** What the committed model was chosen from: the lines, their labels, and which of them the patterns raise. */
export function crisisModelInputsHash(examples: readonly CrisisExample[]): string {
  return crisisDataHash(examples, patternAlarms(examples));
}

/** How many of the training lines come from the tuning tables (they come first). */
export const tuningLineCount = crisisMessages.length + everydayMessages.length;
/** How many ordinary chat lines follow the tables (the rest are AnnoMI). */
export const ordinaryChatLineCount = ordinaryChatTraining.length;

/** The compiled-in model file must stay under this size (writeCrisisModel.ts chooses by it, crisisModel.test.ts checks it). */
export const crisisModelSizeBudget = 350 * 1024;

/** The share of the crisis lines among `examples` that `model` reads as a crisis of the right kind. */
export function ownCrisisLineShare(model: CrisisModel, examples: readonly CrisisExample[]): number {
  const crisis = examples.filter((e) => e.label !== 'none');
  const right = crisis.filter((e) => {
    const reading = readCrisisModel(e.text, model);
    return reading.score >= model.threshold && reading.kind === e.label;
  });
  return right.length / crisis.length;
}
