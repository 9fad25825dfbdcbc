import { writeFileSync } from 'node:fs';
import { compileCrisisPatterns, everyCompiledPhrase } from '../../../nlp/crisisMatcher';
import { phraseWords } from '../../../nlp/crisisPhrase';
import { collisions, englishWords } from './typoGuardWords';

/** Regenerates nlp/crisisTypoGuard.ts after the built-in patterns change: `npx tsx test/nlp/crisis/writeTypoGuard.ts`. */
const compiled = compileCrisisPatterns(undefined);
// every phrase the corrector learns its words from (patterns, exceptions, denials, stories, past times…), so a new
// list of built-in words can never be left out of the guard
const vocabulary = everyCompiledPhrase(compiled).flatMap(phraseWords);
const english = englishWords();
// and long English words the run-together splitter would take apart ("impressive": "im press ive")
const splittable = [...english].filter((word) => word.length >= 9 && compiled.corrector.segment(word) !== undefined);
const words = [...new Set([...collisions(vocabulary, english), ...splittable])].sort();
const lines = [];
for (let i = 0; i < words.length; i += 10) lines.push('  ' + words.slice(i, i + 10).map((w) => `'${w}'`).join(', ') + ',');
writeFileSync(
  'nlp/crisisTypoGuard.ts',
  `/**\n * English words one typo away from a crisis word ("races" / "rapes"), or long ones that would split into crisis\n * words ("impressive" / "im press ive"): the typo corrector and the run-together splitter leave them alone.\n * Generated from WordNet by test/nlp/crisis/writeTypoGuard.ts; test/nlp/crisis/typoGuard.test.ts checks it is current.\n */\nexport const typoGuard: ReadonlySet<string> = new Set<string>([\n${lines.join('\n')}\n]);\n`,
);
console.log(`${words.length} guarded words`);
