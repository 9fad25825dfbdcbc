import { join } from 'node:path';
import { formatProblem } from './contentFile';
import { readConversationScripts } from './conversationScripts';
import { contentDir, loadContent } from './loadContent';

/** `npm run content:check [dir]`: every problem as file:line:column, exit 1 on any error. Scripts are checked for shape here, run by content:test. */
const dir = process.argv[2] ?? contentDir;
const { content, problems } = loadContent(dir);
problems.push(...readConversationScripts(join(dir, 'conversations'), content?.services).flatMap((script) => script.problems));
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(errors === 0 ? `content OK (${warnings} warning${warnings === 1 ? '' : 's'})` : `${errors} error(s), ${warnings} warning(s)`);
process.exitCode = errors === 0 ? 0 : 1;
