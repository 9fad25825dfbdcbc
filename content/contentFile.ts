import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';

/** One thing wrong (or worth a look) in a content file, pinned to a line so an editor can find it. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

export type ContentPath = readonly (string | number)[];

export interface ParsedContentFile<T> {
  file: string;
  /** present only when the file parsed and matched its schema */
  value?: T;
  problems: ContentProblem[];
  /** line and column of the value at `path` (or of its nearest parent that exists) */
  locate(path: ContentPath): { line: number; column: number };
}

export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const hint = problem.hint ? ` (hint: ${problem.hint})` : '';
  return `${where} ${problem.severity}: ${problem.message}${hint}`;
}

/** Parses YAML text and checks it against a zod schema, reporting every problem with its line. */
export function parseContentFile<T>(file: string, text: string, schema: z.ZodType<T>): ParsedContentFile<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const locateOffset = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const locate = (path: ContentPath) => locateInDocument(doc, path, locateOffset);
  const problems: ContentProblem[] = [];

  for (const error of doc.errors) {
    const { line, column } = locateOffset(error.pos[0]);
    problems.push({ file, line, column, severity: 'error', message: `YAML syntax: ${firstLine(error.message)}` });
  }
  if (problems.length > 0) return { file, problems, locate };

  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const { line, column } = locate(path);
      const at = path.length > 0 ? `${path.join('.')}: ` : '';
      problems.push({ file, line, column, severity: 'error', message: `${at}${issue.message}` });
    }
    return { file, problems, locate };
  }
  return { file, value: result.data, problems, locate };
}

export function readContentFile<T>(path: string, schema: z.ZodType<T>): ParsedContentFile<T> {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const locate = () => ({ line: 1, column: 1 });
    return { file, problems: [{ file, line: 1, column: 1, severity: 'error', message: `cannot read file: ${reason}` }], locate };
  }
  return parseContentFile(file, text, schema);
}

function locateInDocument(
  doc: Document,
  path: ContentPath,
  locateOffset: (offset: number) => { line: number; column: number },
): { line: number; column: number } {
  // Walk up the path until a node exists: a missing key is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return locateOffset(node.range[0]);
  }
  return { line: 1, column: 1 };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
