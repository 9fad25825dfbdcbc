import { formatProblem } from '../../content/contentFile';
import { readConversationScripts } from '../../content/conversationScripts';
import { shippedDependencies } from '../support/botHarness';
import { runConversationScript } from './runConversationScript';

/**
 * One test per conversation script in content/conversations/ (`npm run content:test` runs only these).
 * A failure names the script file and the line of the turn that went wrong, with what the bot said.
 */
const scripts = readConversationScripts(undefined, shippedDependencies.content.services);

it('finds the conversation scripts', () => {
  expect(scripts.length).toBeGreaterThanOrEqual(12);
});

describe.each(scripts.map((loaded) => [loaded.file, loaded] as const))('%s', (_file, loaded) => {
  it(loaded.script?.name ?? 'is a well-formed script', async () => {
    if (!loaded.script) throw readable(loaded.problems.map(formatProblem));
    const failures = await runConversationScript({ ...loaded, script: loaded.script });
    if (failures.length > 0) throw readable(failures);
  });
});

/** An error whose message is the whole story: the stack would only point into this runner. */
function readable(lines: string[]): Error {
  const error = new Error(lines.join('\n'));
  error.stack = error.message;
  return error;
}
