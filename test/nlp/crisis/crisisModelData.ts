import { compileCrisisPatterns, matchCrisis } from '../../../nlp/crisisMatcher';
import { readAnnomiClient } from '../../../nlp/readAnnomi';
import type { CrisisExample } from '../../../nlp/trainCrisisModel';
import { crisisMessages } from './crisisMessages';
import { everydayMessages } from './everydayMessages';

/**
 * The learned crisis reader's training lines: the tuning tables, plus AnnoMI's TRAIN-split client utterances
 * as ordinary talk (read in place, never copied; the test split is kept for measuring). Without AnnoMI the
 * model raised 24% of real counselling talk, because the everyday table is all near-misses on purpose. AnnoMI
 * lines the built-in patterns raise are left out: a few are about real danger and would teach it the wrong way.
 */
export function crisisTrainingExamples(): CrisisExample[] {
  const builtIn = compileCrisisPatterns(undefined);
  const ordinary = readAnnomiClient('train')
    .map((u) => u.text)
    .filter((text) => matchCrisis(text, builtIn) === null);
  return [
    ...crisisMessages.map(([text, kind]): CrisisExample => ({ text, label: kind })),
    ...everydayMessages.map((text): CrisisExample => ({ text, label: 'none' })),
    ...ordinary.map((text): CrisisExample => ({ text, label: 'none' })),
  ];
}

/** How many of the training lines come from the tuning tables (the rest are AnnoMI). */
export const tuningLineCount = crisisMessages.length + everydayMessages.length;
