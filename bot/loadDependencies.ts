import { formatProblem } from '../content/contentFile';
import { loadContent, type Content } from '../content/loadContent';
import type { TurnDependencies } from '../dialogs/takeTurn';
import { indexSubstances } from '../nlp/findSubstances';

export class ContentError extends Error {}

/** Loads content once; a broken file stops start-up with every problem as file:line:column. */
export function loadDependencies(retentionDays: number, contentDir?: string): TurnDependencies {
  const { content, problems } = loadContent(contentDir);
  if (!content) throw new ContentError(`content/ has problems:\n${problems.map(formatProblem).join('\n')}`);
  return dependenciesFor(content, retentionDays);
}

/** What a turn needs, built from checked content (also used when content is reloaded while the bot runs). */
export function dependenciesFor(content: Content, retentionDays: number): TurnDependencies {
  return { content, lexicons: { substances: indexSubstances(content.substances), areas: content.services.areas.filter((area) => !area.example) }, retentionDays };
}
