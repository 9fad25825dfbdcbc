import { join } from 'node:path';
import { readContentFile, type ContentProblem } from './contentFile';
import { checkDuplicateLines } from './checks/duplicateLines';
import { readExplainedFile } from './checks/explainSchemaIssues';
import { checkFactSources } from './checks/factSources';
import { checkPhoneNumbersAndLinks } from './checks/phoneNumbersAndLinks';
import { checkTemplateVariables } from './checks/templateVariables';
import { loadServices, type LoadServicesOptions } from './loadServices';
import { messagesFileSchema, type MessagesFile } from './schemas/messages';
import type { ServiceDirectory } from './schemas/services';
import { stepsFileSchema, type StepsFile } from './schemas/steps';
import { substancesFileSchema, type SubstancesFile } from './schemas/substances';

export { templateVariables } from './checks/templateVariables';

/** Everything the conversation says and knows, validated. */
export interface Content {
  steps: StepsFile;
  messages: MessagesFile;
  substances: SubstancesFile;
  services: ServiceDirectory;
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
  const substances = readContentFile(join(dir, 'substances.yaml'), substancesFileSchema);
  const services = loadServices(join(dir, 'services'), options);
  const problems = [steps, messages, substances, services].flatMap((file) => file.problems);
  problems.push(
    ...checkTemplateVariables(steps, 'steps'),
    ...checkTemplateVariables(messages, 'messages'),
    ...checkPhoneNumbersAndLinks(steps, services.directory),
    ...checkPhoneNumbersAndLinks(messages, services.directory),
    ...checkFactSources(steps),
    ...checkFactSources(messages),
    ...checkDuplicateLines([steps, messages]),
  );
  if (!steps.value || !messages.value || !substances.value || !services.directory || problems.some((p) => p.severity === 'error')) {
    return { problems };
  }
  return { content: { steps: steps.value, messages: messages.value, substances: substances.value, services: services.directory }, problems };
}
