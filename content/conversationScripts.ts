import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFile, type ContentProblem, type ParsedContentFile } from './contentFile';
import { conversationScriptSchema, type ConversationScript } from './schemas/conversationScript';
import type { ServiceDirectory } from './schemas/services';

export const conversationsDir = join(__dirname, 'conversations');

export interface LoadedScript {
  file: string;
  /** present only when the script is well formed */
  script?: ConversationScript;
  problems: ContentProblem[];
  /** line of a part of the script, e.g. ['turns', 3, 'bot', 'says'] */
  lineOf(path: (string | number)[]): number;
}

/** Every *.yaml script in `dir`, checked against the schema (and, given a directory, its `offers` against the services). */
export function readConversationScripts(dir: string = conversationsDir, services?: ServiceDirectory): LoadedScript[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const parsed = readContentFile(join(dir, name), conversationScriptSchema);
    const problems = [...parsed.problems, ...(services ? checkOffers(parsed, services) : [])];
    const lineOf = (path: (string | number)[]) => parsed.locate(path).line;
    return problems.some((p) => p.severity === 'error') || !parsed.value ? { file: parsed.file, problems, lineOf } : { file: parsed.file, script: parsed.value, problems, lineOf };
  });
}

/** The services an `offers:` entry means: the one with that id, or every one of that kind. */
export function servicesMeant(entry: string, services: ServiceDirectory): ServiceDirectory['services'] {
  return services.services.filter((service) => service.id === entry || service.kind === entry);
}

function checkOffers(parsed: ParsedContentFile<ConversationScript>, services: ServiceDirectory): ContentProblem[] {
  const problems: ContentProblem[] = [];
  parsed.value?.turns.forEach((turn, i) => {
    turn.bot?.offers?.forEach((entry, j) => {
      if (servicesMeant(entry, services).length > 0) return;
      const { line, column } = parsed.locate(['turns', i, 'bot', 'offers', j]);
      problems.push({ file: parsed.file, line, column, severity: 'error', message: `offers: "${entry}" is not a service id or kind in content/services`, hint: 'use a service id such as "ukna" or a kind such as "narcotics-anonymous"' });
    });
  });
  return problems;
}
