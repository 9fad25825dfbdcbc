import { join } from 'node:path';
import { readContentFile, type ContentProblem, type ParsedContentFile } from './contentFile';
import { loadServices } from './loadServices';
import { harmReductionFileSchema, type HarmReductionFile } from './schemas/harmReduction';
import { feelingsFileSchema, topicsFileSchema } from './schemas/lexicons';
import { messagesFileSchema, type MessagesFile } from './schemas/messages';
import { pagesFileSchema, type PagesFile } from './schemas/pages';
import type { ServiceDirectory } from './schemas/services';
import { reflectionsFileSchema } from './schemas/reflections';
import { stepsFileSchema, type StepsFile } from './schemas/steps';
import { substancesFileSchema, type SubstancesFile } from './schemas/substances';
import { talkExamplesFileSchema } from './schemas/talkExamples';

/** Everything the conversation says and knows, validated. */
export interface Content {
  steps: StepsFile;
  messages: MessagesFile;
  substances: SubstancesFile;
  services: ServiceDirectory;
  harmReduction: HarmReductionFile;
  pages: PagesFile;
}

export interface LoadedContent {
  /** present only when there are no errors (warnings allowed) */
  content?: Content;
  problems: ContentProblem[];
}

/** The words the bot fills in inside {braces}; anything else in braces is a typo an editor should hear about. */
export const templateVariables = ['substance', 'ruler', 'lower', 'emergency', 'crisisLine', 'said', 'retentionDays', 'youngLine', 'naMeetings', 'place'] as const;

export const contentDir = __dirname;

export function loadContent(dir: string = contentDir): LoadedContent {
  const steps = readContentFile(join(dir, 'steps.yaml'), stepsFileSchema);
  const messages = readContentFile(join(dir, 'messages.yaml'), messagesFileSchema);
  const substances = readContentFile(join(dir, 'substances.yaml'), substancesFileSchema);
  const harmReduction = readContentFile(join(dir, 'harm-reduction.yaml'), harmReductionFileSchema);
  const pages = readContentFile(join(dir, 'pages.yaml'), pagesFileSchema);
  const services = loadServices(join(dir, 'services'));
  // Read by the NLP at start-up (nlp/loadNlpLexicons.ts); checked here too so content:check covers every file.
  const nlpFiles = [
    readContentFile(join(dir, 'feelings.yaml'), feelingsFileSchema),
    readContentFile(join(dir, 'topics.yaml'), topicsFileSchema),
    readContentFile(join(dir, 'reflections.yaml'), reflectionsFileSchema),
    readContentFile(join(dir, 'talk-examples.yaml'), talkExamplesFileSchema),
  ];
  const problems = [steps, messages, substances, harmReduction, pages, services, ...nlpFiles].flatMap((file) => file.problems);
  problems.push(...[steps, messages, harmReduction, pages].flatMap(checkTemplateVariables));
  if (!steps.value || !messages.value || !substances.value || !harmReduction.value || !pages.value || !services.directory || problems.some((p) => p.severity === 'error')) {
    return { problems };
  }
  return {
    content: {
      steps: steps.value,
      messages: messages.value,
      substances: substances.value,
      harmReduction: harmReduction.value,
      pages: pages.value,
      services: services.directory,
    },
    problems,
  };
}

function checkTemplateVariables(file: ParsedContentFile<unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known: readonly string[] = templateVariables;
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(/\{([^{}]*)\}/g)) {
        const name = match[1] ?? '';
        if (known.includes(name)) continue;
        problems.push({
          file: file.file,
          ...file.locate(path),
          severity: 'error',
          message: `unknown template variable {${name}}`,
          hint: `use one of ${templateVariables.map((v) => `{${v}}`).join(', ')}`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(file.value, []);
  return problems;
}
