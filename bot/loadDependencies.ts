import { formatProblem } from '../content/contentFile';
import { loadContent } from '../content/loadContent';
import type { TurnDependencies } from '../dialogs/takeTurn';
import { indexSubstances } from '../nlp/findSubstances';

export class ContentError extends Error {}

/** Loads content once; a broken file stops start-up with every problem as file:line:column. */
export function loadDependencies(retentionDays: number): TurnDependencies {
  const { content, problems } = loadContent();
  if (!content) throw new ContentError(`content/ has problems:\n${problems.map(formatProblem).join('\n')}`);
  return { content, lexicons: { substances: indexSubstances(content.substances), areas: content.services.areas.filter((area) => !area.example) }, retentionDays };
}

