import { formatProblem } from './contentFile';
import { loadContent } from './loadContent';

/** `npm run content:check [dir]`: every problem as file:line:column, exit 1 on any error. */
const { problems } = loadContent(process.argv[2]);
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(errors === 0 ? `content OK (${warnings} warning${warnings === 1 ? '' : 's'})` : `${errors} error(s), ${warnings} warning(s)`);
process.exitCode = errors === 0 ? 0 : 1;
