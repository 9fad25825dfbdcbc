import { formatProblem } from '../content/contentFile';
import { contentDir, loadContent } from '../content/loadContent';
import type { TurnDependencies } from '../dialogs/takeTurn';
import { loadNlpLexicons } from '../nlp/loadNlpLexicons';

export class ContentError extends Error {}

/** Loads content and the NLP's lexicons and model once; a broken file stops start-up with every problem as file:line:column. */
export function loadDependencies(retentionDays: number, dir: string = contentDir): TurnDependencies {
  const { content, problems } = loadContent(dir);
  const nlp = loadNlpLexicons(dir);
  const errors = [...problems, ...nlp.problems].filter((problem) => problem.severity === 'error');
  if (!content || errors.length > 0) throw new ContentError(`content/ has problems:\n${errors.map(formatProblem).join('\n')}`);
  const areas = content.services.areas.filter((area) => !area.example);
  return { content, lexicons: { ...nlp.lexicons, areas }, reflections: nlp.reflections, retentionDays };
}
