import { formatProblem, type ContentProblem } from '../content/contentFile';
import { contentDir, loadContent } from '../content/loadContent';
import type { TurnDependencies } from '../dialogs/takeTurn';
import { loadNlpLexicons } from '../nlp/loadNlpLexicons';

export class ContentError extends Error {}

export interface LoadedDependencies {
  /** present only when no file has an error (warnings allowed) */
  dependencies?: TurnDependencies;
  problems: ContentProblem[];
}

/** Loads content and the NLP's lexicons and model once; a broken file stops start-up with every problem as file:line:column. */
export function loadDependencies(retentionDays: number, dir: string = contentDir): TurnDependencies {
  const { dependencies, problems } = readDependencies(retentionDays, dir);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (!dependencies) throw new ContentError(`content/ has problems:\n${errors.map(formatProblem).join('\n')}`);
  return dependencies;
}

/** The same, without throwing: for reloading content while the bot runs, where a broken file must not stop it. */
export function readDependencies(retentionDays: number, dir: string = contentDir): LoadedDependencies {
  const { content, problems } = loadContent(dir);
  const nlp = loadNlpLexicons(dir);
  const all = [...problems, ...nlp.problems];
  if (!content || all.some((problem) => problem.severity === 'error')) return { problems: all };
  const areas = content.services.areas.filter((area) => !area.example);
  const lexicons = { ...nlp.lexicons, areas };
  return { dependencies: { content, lexicons, reflections: nlp.reflections, retentionDays }, problems: all };
}
