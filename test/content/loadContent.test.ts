import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { formatProblem } from '../../content/contentFile';
import { contentDir, loadContent } from '../../content/loadContent';

const run = promisify(execFile);

/** A copy of the shipped content with one file changed, as an editor might break it. */
function brokenCopy(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'changetalk-content-'));
  cpSync(contentDir, dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return dir;
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function problemsFor(file: string, change: (text: string) => string): string[] {
  const dir = brokenCopy(file, change);
  made.push(dir);
  return loadContent(dir).problems.map(formatProblem);
}

describe('the shipped content', () => {
  it('loads with no errors, and any warning names its file and line', () => {
    const loaded = loadContent();
    expect(loaded.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    for (const line of loaded.problems.map(formatProblem)) expect(line).toMatch(/^content\/[\w/-]+\.yaml:\d+:\d+ warning: .+ \(hint: .+\)$/);
    expect(loaded.content?.steps.welcome.intro.say[0]).toMatch(/not a person/);
  });

  it('uses no labels and no "you should" anywhere', () => {
    const text = ['steps.yaml', 'messages.yaml'].map((file) => readFileSync(join(contentDir, file), 'utf8')).join('\n');
    const spoken = text.split('\n').filter((line) => !line.trim().startsWith('#')).join('\n');
    expect(spoken).not.toMatch(/\byou (should|must|need to)\b|\baddicts?\b|\bjunkies?\b|\bclean\b|\babuser?\b/i);
  });
});

describe('a broken content file', () => {
  it('names the file and line of a wrong type', () => {
    const problems = problemsFor('steps.yaml', (text) => text.replace('kind: closed-question', 'kind: 42'));
    expect(problems[0]).toMatch(/steps\.yaml:\d+:\d+ error: .*kind/);
  });

  it('names the file and line of a YAML syntax error', () => {
    const problems = problemsFor('messages.yaml', (text) => text.replace('help:\n', 'help: [\n'));
    expect(problems[0]).toMatch(/messages\.yaml:\d+:\d+ error: YAML syntax/);
  });

  it('reports a missing prompt', () => {
    const problems = problemsFor('steps.yaml', (text) => text.replace(/\n  askAgain:\n    kind: open-question\n/, '\n  askAgainst:\n    kind: open-question\n'));
    expect(problems.join('\n')).toMatch(/steps\.yaml:\d+:\d+ error: engage has no "askAgain" line: .*\(hint: "askAgainst" looks like a misspelling of "askAgain"\)/);
  });

  it('reports an unknown template variable with a hint', () => {
    const problems = problemsFor('steps.yaml', (text) => text.replace('{substance} would you like', '{drug} would you like'));
    expect(problems.filter((p) => p.includes(' error: '))).toEqual([expect.stringMatching(/steps\.yaml:\d+:\d+ error: unknown template variable \{drug\} \(hint: use one of/)]);
  });

  it('makes npm run content:check exit 1 and print file:line', async () => {
    const dir = brokenCopy('substances.yaml', (text) => text.replace('words: [heroin,', 'words: heroin [,'));
    made.push(dir);
    const failure = await run('npx', ['tsx', 'content/checkContent.ts', dir]).catch((error: { code: number; stdout: string }) => error);
    expect('code' in failure && failure.code).toBe(1);
    expect(failure.stdout).toMatch(/substances\.yaml:\d+:\d+ error/);
  }, 30000);

  it('lets npm run content:check pass on the shipped content', async () => {
    const { stdout } = await run('npx', ['tsx', 'content/checkContent.ts']);
    expect(stdout).toMatch(/content OK/);
  }, 30000);
});
