import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPhoneNumbers, findWebAddresses } from '../../content/checks/phoneNumbersAndLinks';
import { formatProblem } from '../../content/contentFile';
import { contentDir, loadContent } from '../../content/loadContent';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The editors' messages for a copy of the shipped content with one file changed. */
function problemsAfter(file: string, change: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'changetalk-checks-'));
  made.push(dir);
  cpSync(contentDir, dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change to ${file} did not apply, so this test would prove nothing`);
  writeFileSync(path, after);
  return loadContent(dir).problems.map(formatProblem).filter((line) => !line.includes('says the same as'));
}

describe('phone numbers and web addresses inside sentences', () => {
  it('finds the numbers people would call, not rulers, counts or times', () => {
    const found = findPhoneNumbers('Call 0300 123 6600 or text 82111, or 1-800-662-4357. From 0 to 10, {ruler} out of 10, 24/7, 12 months, in 2026, at 09:00.');
    expect(found.map((f) => f.text)).toEqual(['0300 123 6600', '82111', '1-800-662-4357']);
    expect(found.every((f) => !f.problem)).toBe(true);
  });

  it('flags a number with a digit too many, and doubts one with digits missing', () => {
    expect(findPhoneNumbers('ring 07123 456 78901')[0]?.problem).toMatch(/not a UK, Irish or US phone number/);
    expect(findPhoneNumbers('ring 0300 123 66')[0]?.doubt).toMatch(/shorter/);
  });

  it('finds addresses without https and flags broken ones', () => {
    expect(findWebAddresses('find one at ukna.org, or online at virtual-na.org.').map((f) => [f.text, f.problem])).toEqual([
      ['ukna.org', undefined],
      ['virtual-na.org', undefined],
    ]);
    expect(findWebAddresses('see ukna..org')[0]?.problem).toMatch(/two dots/);
    expect(findWebAddresses('see htps://ukna.org')[0]?.problem).toMatch(/not "https:\/\/"/);
    expect(findWebAddresses('see http://ukna.org')[0]?.problem).toMatch(/http:\/\//);
    expect(findWebAddresses('right now.What, e.g. this, and/or that')).toEqual([]);
  });
});

describe('npm run content:check, as an editor meets it', () => {
  it('names a broken phone number in a say line, with file, line and column', () => {
    const problems = problemsAfter('steps.yaml', (text) => text.replace('"Here are some places that could help:"', '"Call FRANK on 0300 123 66000, or here are some places that could help:"\n    source: "https://www.talktofrank.com"'));
    expect(problems).toEqual([expect.stringMatching(/^.*steps\.yaml:\d+:\d+ error: phone number "0300 123 66000" in signpost\.servicesIntro is not a UK, Irish or US phone number \(hint: /)]);
  });

  it('warns about a number or address that is not in the services directory', () => {
    const problems = problemsAfter('messages.yaml', (text) =>
      text
        .replace(/restarted:\n  kind: information\n  say:\n/, '$&    - "OK, or see samaritans.org."\n')
        .replace('restarted:\n  kind: information\n', 'restarted:\n  kind: information\n  source: "https://www.samaritans.org"\n'),
    );
    expect(problems).toEqual([expect.stringMatching(/messages\.yaml:\d+:\d+ warning: web address "samaritans\.org" in restarted is not in content\/services \(hint: add the service/)]);
  });

  it('wants a source on any line that gives a phone number or web address', () => {
    const problems = problemsAfter('steps.yaml', (text) => text.replace('"Here are some places that could help:"', '"Call FRANK on 0300 123 6600 or see talktofrank.com. Here are some places that could help:"'));
    expect(problems).toEqual([expect.stringMatching(/steps\.yaml:\d+:\d+ error: signpost\.servicesIntro \(signpost\) gives "0300 123 6600", "talktofrank\.com" but has no source/)]);
  });

  it('says when a {variable} would be printed as it is, because the bot does not fill it in there', () => {
    const problems = problemsAfter('messages.yaml', (text) => text.replace("Done. I've deleted", "Done, {substance}. I've deleted"));
    expect(problems).toEqual([expect.stringMatching(/messages\.yaml:\d+:\d+ error: \{substance\} is not filled in at forgotten, so people would see "\{substance\}" \(hint: this line is sent as it is written/)]);
  });

  it('explains a missing step and guesses the misspelling', () => {
    const problems = problemsAfter('steps.yaml', (text) => text.replace('\nempathy:\n', '\nempathie:\n'));
    expect(problems).toEqual([expect.stringMatching(/steps\.yaml:\d+:\d+ error: step "empathy" is missing: .*\(hint: "empathie" looks like a misspelling of "empathy"\)/)]);
  });

  it('explains an empty say list', () => {
    const problems = problemsAfter('messages.yaml', (text) => text.replace(/restarted:\n  kind: information\n  say:\n    - [^\n]*/, 'restarted:\n  kind: information\n  say: []'));
    expect(problems).toEqual([expect.stringMatching(/messages\.yaml:\d+:\d+ error: restarted has an empty "say:" list/)]);
  });

  it('lists the names the bot knows when a line is not one of them', () => {
    const problems = problemsAfter('messages.yaml', (text) => `${text}\ngoodnight:\n  kind: information\n  say: ["Night"]\n`);
    expect(problems).toEqual([expect.stringMatching(/messages\.yaml:\d+:\d+ error: "goodnight" is not a name the bot uses \(hint: the names used here are: help, .*stopped/)]);
  });

  it('stops two reflections sharing an id', () => {
    const problems = problemsAfter('reflections.yaml', (text) => text.replace('{ id: simple-so, style: simple, text: "So {clause}." }', '{ id: simple-plain, style: simple, text: "Right, {clause}." }'));
    expect(problems).toEqual([expect.stringMatching(/reflections\.yaml:\d+:\d+ error: reflection id "simple-plain" is used twice \(hint: give each reflection its own id\)/)]);
  });

  it('warns, without stopping the bot, when two lines say the same words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changetalk-checks-'));
    made.push(dir);
    cpSync(contentDir, dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
    const path = join(dir, 'steps.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"How has all this been for you lately?"', '"What\'s been going on for you lately?"'));
    const loaded = loadContent(dir);
    expect(loaded.content).toBeDefined();
    expect(loaded.problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/steps\.yaml:\d+:\d+ warning: empathy\.ask says the same as engage\.askAgain \(.*steps\.yaml:\d+:\d+\) \(hint: reword/),
    );
  });
});

describe('npm run content:check and conversation scripts', () => {
  it('reports a script that is not well formed, with its file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changetalk-checks-'));
    made.push(dir);
    cpSync(contentDir, dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
    writeFileSync(join(dir, 'conversations', 'typo.yaml'), 'name: typo\nturns:\n  - person: yes\n    bot: { stp: engage }\n');
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile('npx', ['tsx', 'content/checkContent.ts', dir], (error, stdout) => resolve({ code: error ? (error.code as number) : 0, stdout }));
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/conversations\/typo\.yaml:4:\d+ error: .*Unrecognized key: "stp"/);
  }, 30000);
});
