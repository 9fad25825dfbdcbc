import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { readContentFile, type ContentProblem, type ParsedContentFile } from '../contentFile';
import { miKinds } from '../schemas/lines';
import { problemAt } from './spokenLines';

/** readContentFile, with the schema's problems explained for editors. */
export function readExplainedFile<T>(path: string, schema: z.ZodType<T>): ParsedContentFile<T> {
  const file = readContentFile(path, schema);
  if (file.value !== undefined) return file;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return file;
  }
  return { ...file, problems: explainSchemaIssues(file, text, schema) };
}

/**
 * The schema's own words ("Invalid input: expected object, received undefined") mean little to an editor.
 * For steps.yaml and messages.yaml, say instead which step or line is missing, empty or misspelt, and
 * what it was probably meant to be. Problems this cannot explain are kept as they were.
 */
export function explainSchemaIssues<T>(file: ParsedContentFile<T>, text: string, schema: z.ZodType<T>): ContentProblem[] {
  if (file.value !== undefined || file.problems.some((p) => p.message.startsWith('YAML syntax'))) return file.problems;
  let raw: unknown;
  try {
    raw = parse(text);
  } catch {
    return file.problems;
  }
  const result = schema.safeParse(raw);
  if (result.success) return file.problems;
  const unknownKeys = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ parent: pathOf(issue).join('.'), key })) : [],
  );
  const missingKeys = result.error.issues.flatMap((issue) => {
    const path = pathOf(issue);
    const last = path[path.length - 1];
    return issue.code === 'invalid_type' && issue.input === undefined && typeof last === 'string' ? [{ parent: path.slice(0, -1).join('.'), key: last }] : [];
  });
  return result.error.issues.flatMap((issue) => explain(file, issue, schema, unknownKeys, missingKeys));
}

function explain(
  file: ParsedContentFile<unknown>,
  issue: z.core.$ZodIssue,
  schema: z.ZodType<unknown>,
  unknownKeys: KeyAt[],
  missingKeys: KeyAt[],
): ContentProblem[] {
  const path = pathOf(issue);
  const name = path.join('.');
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];

  if (issue.code === 'invalid_type' && issue.input === undefined && typeof last === 'string') {
    const misspelt = unknownKeys.find((u) => u.parent === parent.join('.') && closeEnough(u.key, last));
    const at = misspelt ? [...parent, misspelt.key] : parent;
    const hint = misspelt ? `"${misspelt.key}" looks like a misspelling of "${last}"` : undefined;
    if (last === 'say') return [problemAt(file, at, 'error', `${parent.join('.')} has nothing to say: it needs a "say:" list`, hint ?? 'add say: with at least one way of saying it, e.g.  say: ["What\'s on your mind?"]')];
    if (last === 'kind') return [problemAt(file, at, 'error', `${parent.join('.')} has no "kind:"`, hint ?? `add kind: with one of ${miKinds.join(', ')}`)];
    const what = parent.length === 0 ? `step "${last}" is missing` : `${parent.join('.')} has no "${last}" line`;
    return [problemAt(file, at, 'error', `${what}: the bot needs it to know what to say`, hint ?? `add "${last}:" with kind: and say:, like the other ${parent.length === 0 ? 'steps' : 'lines'} in this file`)];
  }
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(schema, path);
    return issue.keys
      // a misspelt key is already reported with the missing one it was meant to be
      .filter((key) => !missingKeys.some((m) => m.parent === name && closeEnough(key, m.key)))
      .map((key) => {
        const nearest = known.find((k) => closeEnough(key, k));
        const hint = nearest ? `did you mean "${nearest}"?` : known.length > 0 ? `the names used here are: ${known.join(', ')}` : undefined;
        return problemAt(file, [...path, key], 'error', `"${key}" is not a name the bot uses${path.length > 0 ? ` in ${name}` : ''}`, hint);
      });
  }
  if (issue.code === 'too_small' && last === 'say') {
    return [problemAt(file, path, 'error', `${parent.join('.')} has an empty "say:" list`, 'write at least one way of saying it')];
  }
  return [problemAt(file, path, 'error', `${name === '' ? '' : `${name}: `}${issue.message}`)];
}

interface KeyAt {
  parent: string;
  key: string;
}

function pathOf(issue: z.core.$ZodIssue): (string | number)[] {
  return issue.path.filter((p): p is string | number => typeof p !== 'symbol');
}

/** The keys a strict object in the schema allows at `path`, for "did you mean". */
function keysAt(schema: z.ZodType<unknown>, path: (string | number)[]): string[] {
  let node: unknown = schema;
  for (const part of path) {
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    if (!shape || typeof part !== 'string') return [];
    node = shape[part];
  }
  const shape = (node as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Same word give or take two slips of the keyboard, ignoring case. */
function closeEnough(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 2) return false;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return (previous[y.length] ?? 99) <= 2;
}
