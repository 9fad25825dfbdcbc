import type { ContentProblem, ParsedContentFile } from '../contentFile';
import { findPhoneNumbers, findWebAddresses } from './phoneNumbersAndLinks';
import { lineName, problemAt, spokenLines } from './spokenLines';

/**
 * A line that gives a phone number or web address must say where it comes from (`source:`), so the next
 * editor can check it is still right. Every kind is checked, not only signpost and information lines:
 * a number is a fact whatever the line is for.
 */
export function checkFactSources(file: ParsedContentFile<unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { path, line } of spokenLines(file.value)) {
    if (line.source) continue;
    const facts = line.say.flatMap((text) => [...findPhoneNumbers(text), ...findWebAddresses(text)]).map((fact) => `"${fact.text}"`);
    if (facts.length === 0) continue;
    problems.push(
      problemAt(file, path, 'error', `${lineName(path)} (${line.kind}) gives ${[...new Set(facts)].join(', ')} but has no source`, 'add a line "source:" with the web page or shared/research/services.md section where you checked it'),
    );
  }
  return problems;
}
