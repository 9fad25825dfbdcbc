import type { ContentPath, ContentProblem, ParsedContentFile } from '../contentFile';
import type { Line } from '../schemas/lines';

/** One line the bot can say (a `kind` + `say` block), with where it sits in its file. */
export interface SpokenLine {
  path: (string | number)[];
  line: Line;
}

/** One piece of text the bot can say: a `say` variant, or an item of a plain list of words. */
export interface SpokenText {
  path: (string | number)[];
  text: string;
  /** the line it belongs to, when it is a `say` variant */
  owner?: SpokenLine;
}

/** Every line in a steps/messages-shaped file, found by shape so new steps are covered without changing the checks. */
export function spokenLines(value: unknown, path: (string | number)[] = []): SpokenLine[] {
  if (isLine(value)) return [{ path, line: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => spokenLines(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => spokenLines(item, [...path, key]));
  return [];
}

/** Every text the bot can say in the file, including plain lists of words outside lines. */
export function spokenTexts(value: unknown, path: (string | number)[] = []): SpokenText[] {
  if (isLine(value)) {
    const owner = { path, line: value };
    return value.say.map((text, index) => ({ path: [...path, 'say', index], text, owner }));
  }
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => spokenTexts(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => spokenTexts(item, [...path, key]));
  return [];
}

/** "engage.ask" for a path, the way an editor would name the line. */
export function lineName(path: ContentPath): string {
  return path.filter((part) => typeof part === 'string' && part !== 'say').join('.');
}

export function problemAt(
  file: ParsedContentFile<unknown>,
  path: ContentPath,
  severity: ContentProblem['severity'],
  message: string,
  hint?: string,
): ContentProblem {
  const { line, column } = file.locate(path);
  return hint === undefined ? { file: file.file, line, column, severity, message } : { file: file.file, line, column, severity, message, hint };
}

function isLine(value: unknown): value is Line {
  return !!value && typeof value === 'object' && 'kind' in value && 'say' in value && Array.isArray((value as { say: unknown }).say);
}
