import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../content/contentFile';
import { readContentFile } from '../content/contentFile';
import { feelingsFileSchema, topicsFileSchema } from '../content/schemas/lexicons';
import { reflectionsFileSchema } from '../content/schemas/reflections';
import { substancesFileSchema } from '../content/schemas/substances';
import type { NlpLexicons } from './analyseMessage';
import type { ReflectionTemplates } from './chooseReflection';
import { loadCrisisPatterns } from './detectCrisis';
import { indexSubstances } from './findSubstances';
import { indexTerms } from './findTerms';
import { talkModelSchema, type TalkModel } from './talkModel';

export const defaultTalkModelFile = join(__dirname, 'model', 'talk-model.json');

export interface LoadedNlp {
  lexicons: NlpLexicons;
  /** content/reflections.yaml with feeling and life-area names, for `chooseReflection`; no templates when it has problems */
  reflections: ReflectionTemplates;
  /** every problem found, with file and line; an empty list means all loaded */
  problems: ContentProblem[];
}

function readTalkModel(file: string): { model: TalkModel | null; problems: ContentProblem[] } {
  const shown = relative(process.cwd(), file) || file;
  try {
    const parsed = talkModelSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { model: parsed.data, problems: [] };
    const message = `talk model does not match its schema: ${parsed.error.issues[0]?.message ?? 'unknown'}`;
    return { model: null, problems: [{ file: shown, line: 1, column: 1, severity: 'error', message, hint: 'run npm run nlp:train' }] };
  } catch (error) {
    const message = `cannot read talk model: ${error instanceof Error ? error.message : String(error)}`;
    return { model: null, problems: [{ file: shown, line: 1, column: 1, severity: 'error', message, hint: 'run npm run nlp:train' }] };
  }
}

/**
 * Reads the NLP content files and the saved talk model. Never throws: whatever is missing is reported in
 * `problems` and left out of the lexicons (so a broken feelings file cannot stop crisis detection).
 */
export function loadNlpLexicons(contentDir = 'content', talkModelFile = defaultTalkModelFile): LoadedNlp {
  const substances = readContentFile(join(contentDir, 'substances.yaml'), substancesFileSchema);
  const feelings = readContentFile(join(contentDir, 'feelings.yaml'), feelingsFileSchema);
  const topics = readContentFile(join(contentDir, 'topics.yaml'), topicsFileSchema);
  const reflections = readContentFile(join(contentDir, 'reflections.yaml'), reflectionsFileSchema);
  const talkModel = readTalkModel(talkModelFile);
  // Editors' crisis phrases, added to the compiled-in ones (which work even when this file cannot be read).
  const crisis = loadCrisisPatterns(join(contentDir, 'crisis-patterns.yaml'));
  return {
    lexicons: {
      substances: indexSubstances(substances.value ?? { substances: {} }),
      feelings: feelings.value ? indexTerms(feelings.value.feelings) : undefined,
      topics: topics.value ? indexTerms(topics.value.topics) : undefined,
      talkModel: talkModel.model,
      ...(crisis.patterns ? { crisisPatterns: crisis.patterns } : {}),
    },
    reflections: {
      allowAmplified: reflections.value?.allowAmplified ?? false,
      reflections: reflections.value?.reflections ?? [],
      names: {
        feelings: Object.fromEntries(Object.entries(feelings.value?.feelings ?? {}).map(([id, f]) => [id, f.name])),
        topics: Object.fromEntries(Object.entries(topics.value?.topics ?? {}).map(([id, t]) => [id, t.name])),
      },
    },
    problems: [...substances.problems, ...feelings.problems, ...topics.problems, ...reflections.problems, ...talkModel.problems, ...crisis.problems],
  };
}
