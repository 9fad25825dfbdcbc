import { join } from 'node:path';
import { readContentFile, type ContentProblem } from './contentFile';
import { checkDuplicateLines } from './checks/duplicateLines';
import { readExplainedFile } from './checks/explainSchemaIssues';
import { checkFactSources } from './checks/factSources';
import { checkPhoneNumbersAndLinks } from './checks/phoneNumbersAndLinks';
import { checkTemplateVariables } from './checks/templateVariables';
import { loadServices, type LoadServicesOptions } from './loadServices';
import { harmReductionFileSchema, type HarmReductionFile } from './schemas/harmReduction';
import { feelingsFileSchema, topicsFileSchema } from './schemas/lexicons';
import { messagesFileSchema, type MessagesFile } from './schemas/messages';
import { pagesFileSchema, type PagesFile } from './schemas/pages';
import type { ServiceDirectory } from './schemas/services';
import { reflectionsFileSchema } from './schemas/reflections';
import { stepsFileSchema, type StepsFile } from './schemas/steps';
import { substancesFileSchema, type SubstancesFile } from './schemas/substances';
import { talkExamplesFileSchema } from './schemas/talkExamples';

export { templateVariables } from './checks/templateVariables';

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

export const contentDir = __dirname;

/** Reads and checks every content file in `dir`; the editors' checks live in content/checks/. */
export function loadContent(dir: string = contentDir, options: LoadServicesOptions = {}): LoadedContent {
  const steps = readExplainedFile(join(dir, 'steps.yaml'), stepsFileSchema);
  const messages = readExplainedFile(join(dir, 'messages.yaml'), messagesFileSchema);
  const harmReduction = readExplainedFile(join(dir, 'harm-reduction.yaml'), harmReductionFileSchema);
  const substances = readContentFile(join(dir, 'substances.yaml'), substancesFileSchema);
  const pages = readContentFile(join(dir, 'pages.yaml'), pagesFileSchema);
  const services = loadServices(join(dir, 'services'), options);
  // Read by the NLP at start-up (nlp/loadNlpLexicons.ts); checked here too so content:check covers every file.
  const reflections = readContentFile(join(dir, 'reflections.yaml'), reflectionsFileSchema);
  const nlpFiles = [
    readContentFile(join(dir, 'feelings.yaml'), feelingsFileSchema),
    readContentFile(join(dir, 'topics.yaml'), topicsFileSchema),
    reflections,
    readContentFile(join(dir, 'talk-examples.yaml'), talkExamplesFileSchema),
  ];
  const spoken = [steps, messages, harmReduction];
  const problems = [steps, messages, substances, harmReduction, pages, services, ...nlpFiles].flatMap((file) => file.problems);
  problems.push(
    ...checkTemplateVariables(steps, 'steps'),
    ...checkTemplateVariables(messages, 'messages'),
    ...checkTemplateVariables(harmReduction, 'harmReduction'),
    ...checkTemplateVariables(pages, 'pages'),
    ...[...spoken, pages].flatMap((file) => checkPhoneNumbersAndLinks(file, services.directory)),
    ...spoken.flatMap(checkFactSources),
    ...checkDuplicateLines(spoken, reflections),
  );
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
