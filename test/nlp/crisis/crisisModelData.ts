import type { CrisisExample } from '../../../nlp/trainCrisisModel';
import { crisisMessages } from './crisisMessages';
import { everydayMessages } from './everydayMessages';

/** The learned crisis reader's training lines: the tuning tables only (never the held-out round). */
export function crisisTrainingExamples(): CrisisExample[] {
  return [
    ...crisisMessages.map(([text, kind]): CrisisExample => ({ text, label: kind })),
    ...everydayMessages.map((text): CrisisExample => ({ text, label: 'none' })),
  ];
}
