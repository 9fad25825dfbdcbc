import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../content/contentFile';
import { readConversationScripts, type LoadedScript } from '../../content/conversationScripts';
import type { ConversationScript } from '../../content/schemas/conversationScript';
import { shippedDependencies } from '../support/botHarness';
import { runConversationScript } from './runConversationScript';

const dir = mkdtempSync(join(tmpdir(), 'changetalk-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, yaml: string): LoadedScript {
  writeFileSync(join(dir, `${name}.yaml`), yaml);
  const loaded = readConversationScripts(dir, shippedDependencies.content.services).find((s) => s.file.endsWith(`${name}.yaml`));
  if (!loaded) throw new Error(`${name}.yaml was not read`);
  return loaded;
}

async function failuresOf(name: string, yaml: string): Promise<string[]> {
  const loaded = script(name, yaml);
  expect(loaded.problems.map(formatProblem)).toEqual([]);
  return runConversationScript(loaded as LoadedScript & { script: ConversationScript });
}

describe('a conversation script that does not match what the bot does', () => {
  it('names the file and the line of the turn, the step expected and reached, and what the bot said', async () => {
    const failures = await failuresOf('wrong-step', 'name: wrong step\nturns:\n  - person: yes\n    bot: { step: focus }\n  - person: hello\n');
    expect(failures).toEqual([
      expect.stringMatching(/wrong-step\.yaml:4: expected step "focus" but the bot was in "engage"; it said: ".+\?"$/),
      '(the 1 turn after this one did not run)',
    ]);
  });

  it('points at the exact words missing, or said when they must not be', async () => {
    const failures = await failuresOf(
      'words',
      'name: words\nturns:\n  - person: help\n    bot:\n      says: [chatbot, "a unicorn"]\n      never: [delete my data]\n',
    );
    expect(failures).toEqual([
      expect.stringMatching(/words\.yaml:5: expected the bot to say "a unicorn"; it said: /),
      expect.stringMatching(/words\.yaml:6: the bot said "delete my data", which it must never say here; it said: /),
    ]);
  });

  it('fails a crisis, an offer or silence that did not happen', async () => {
    const failures = await failuresOf('missed', 'name: missed\nturns:\n  - person: yes\n    bot: { crisis: overdose, offers: [frank], silent: true }\n');
    expect(failures.map((f) => f.replace(/; it said: .*/, ''))).toEqual([
      expect.stringMatching(/missed\.yaml:4: expected the bot to stay quiet$/),
      expect.stringMatching(/missed\.yaml:4: expected the overdose crisis reply$/),
      expect.stringMatching(/missed\.yaml:4: expected the bot to offer frank \(by its name, web address or phone\)$/),
    ]);
  });

  it('passes when everything expected happens, reading numbers the person typed as text', async () => {
    const failures = await failuresOf('fine', 'name: fine\nturns:\n  - person: 5\n    bot: { step: engage }\n  - person: i want to end it all\n    bot: { crisis: suicide }\n');
    expect(failures).toEqual([]);
  });
});

describe('a conversation script that is not well formed', () => {
  it('is reported with its file and line, with unknown services named', () => {
    const loaded = script('broken', 'name: broken\nturns:\n  - person: yes\n    bto: { step: engage }\n  - person: ok\n    bot: { offers: [a-made-up-service] }\n');
    expect(loaded.script).toBeUndefined();
    expect(loaded.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/broken\.yaml:3:\d+ error: .*Unrecognized key: "bto"/),
    ]);
    const offers = script('offers', 'name: offers\nturns:\n  - person: ok\n    bot: { offers: [a-made-up-service] }\n');
    expect(offers.problems.map(formatProblem)).toEqual([expect.stringMatching(/offers\.yaml:4:\d+ error: offers: "a-made-up-service" is not a service id or kind/)]);
  });

  it('only lets the first turn leave out what the person says', () => {
    const loaded = script('no-person', 'name: no person\nturns:\n  - person: yes\n  - bot: { step: engage }\n');
    expect(loaded.problems.map(formatProblem)).toEqual([expect.stringMatching(/no-person\.yaml:4:\d+ error: .*only the first turn can leave out "person:"/)]);
  });
});
