import type { ContentProblem, ParsedContentFile } from '../contentFile';
import { lineName, problemAt, spokenTexts } from './spokenLines';

/** The words the bot fills in inside {braces}; anything else in braces is a typo an editor should hear about. */
export const templateVariables = ['substance', 'ruler', 'lower', 'emergency', 'crisisLine', 'said', 'retentionDays', 'youngLine', 'naMeetings', 'place'] as const;

type Variable = (typeof templateVariables)[number];
type ContentKind = 'steps' | 'messages' | 'harmReduction' | 'pages';

const everywhere: readonly Variable[] = ['substance', 'emergency', 'crisisLine', 'said', 'retentionDays', 'youngLine'];

/**
 * Where the dialogs fill each variable in (dialogs/turnWriter.ts, dialogs/steps/*, bot/conversationTurn.ts):
 * a variable used anywhere else would reach the person as "{ruler}". Keep in step with the dialogs.
 */
const filledIn: Record<ContentKind, (line: string) => readonly Variable[]> = {
  steps: (line) => {
    if (line.startsWith('discrepancy.') || line.startsWith('selfEfficacy.')) return [...everywhere, 'ruler', 'lower'];
    if (line === 'signpost.narcoticsAnonymous') return [...everywhere, 'naMeetings'];
    if (line === 'signpost.servicesNearby' || line === 'signpost.askedNearby') return [...everywhere, 'place'];
    return everywhere;
  },
  harmReduction: () => everywhere,
  pages: () => ['retentionDays'], // bot/web/infoPages.ts
  messages: (line) => {
    if (/^(turnError|storageTrouble|groupNotPrivate)\b/.test(line)) return ['emergency'];
    if (/^(forgotten|tooLong|unreadable|attachment)\b/.test(line)) return [];
    return everywhere;
  },
};

/** Every {variable} must be one the bot knows, and one it fills in at that line. */
export function checkTemplateVariables(file: ParsedContentFile<unknown>, kind: ContentKind): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known: readonly string[] = templateVariables;
  for (const { path, text } of spokenTexts(file.value)) {
    const where = lineName(path);
    const allowed: readonly string[] = filledIn[kind](where);
    for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
      const name = match[1] ?? '';
      if (!known.includes(name)) {
        problems.push(problemAt(file, path, 'error', `unknown template variable {${name}}`, `use one of ${templateVariables.map((v) => `{${v}}`).join(', ')}`));
      } else if (!allowed.includes(name)) {
        const hint = allowed.length === 0 ? 'this line is sent as it is written: take out the {braces}' : `here the bot fills in only ${allowed.map((v) => `{${v}}`).join(', ')}`;
        problems.push(problemAt(file, path, 'error', `{${name}} is not filled in at ${where}, so people would see "{${name}}"`, hint));
      }
    }
  }
  return problems;
}
