import type { ContentProblem, ParsedContentFile } from '../contentFile';
import type { ReflectionsFile } from '../schemas/reflections';
import { lineName, problemAt, spokenTexts } from './spokenLines';

/**
 * Two lines with the same words, in steps.yaml, messages.yaml, harm-reduction.yaml or reflections.yaml.
 * A WARNING, not an error: the conversation still works, but the bot avoids repeating itself by choosing a
 * variant it has not used lately, and two identical texts defeat that, so the person can get the same
 * sentence twice. Some repeats are on purpose (the same "rough number" question for both rulers), and an
 * error would stop the bot starting over wording. Two reflections with the same id are an error: the bot
 * remembers which reflections it used by id.
 */
export function checkDuplicateLines(files: ParsedContentFile<unknown>[], reflections?: ParsedContentFile<ReflectionsFile>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstSeen = new Map<string, { where: string; name: string }>();
  const see = (file: ParsedContentFile<unknown>, path: (string | number)[], name: string, text: string) => {
    const key = sameWords(text);
    if (key === '') return;
    const first = firstSeen.get(key);
    if (first) {
      const same = first.name === name ? 'another variant of the same line' : first.name;
      problems.push(problemAt(file, path, 'warning', `${name} says the same as ${same} (${first.where})`, 'reword one of them, so the person does not get the same sentence twice'));
    } else {
      const { line, column } = file.locate(path);
      firstSeen.set(key, { where: `${file.file}:${line}:${column}`, name });
    }
  };

  for (const file of files) {
    for (const { path, text } of spokenTexts(file.value)) if (!path.includes('source')) see(file, path, lineName(path), text);
  }
  const ids = new Set<string>();
  reflections?.value?.reflections.forEach((template, i) => {
    if (ids.has(template.id)) problems.push(problemAt(reflections, ['reflections', i, 'id'], 'error', `reflection id "${template.id}" is used twice`, 'give each reflection its own id'));
    ids.add(template.id);
    see(reflections, ['reflections', i, 'text'], `reflection "${template.id}"`, template.text);
  });
  return problems;
}

/** Case, spacing and punctuation do not make two lines different to the person reading them. */
function sameWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}{}]+/gu, ' ').trim();
}
