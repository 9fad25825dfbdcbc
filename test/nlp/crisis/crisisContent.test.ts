import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectCrisis, loadCrisisPatterns } from '../../../nlp/detectCrisis';
import type { CrisisKind } from '../../../nlp/messageAnalysis';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crisis-patterns-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('with no content (the file failed to load) every kind is still caught', () => {
  test.each<[string, CrisisKind]>([
    ['my mate has gone blue', 'overdose'],
    ["she won't wake up", 'overdose'],
    ['I want to kill myself', 'suicide'],
    ['nobody would miss me', 'suicide'],
    ["he's going to kill me", 'harm'],
    ['the kids are home alone', 'harm'],
    ['chest pain after crack', 'medical'],
    ['he is having a seizure', 'medical'],
  ])('%s → %s', (message, kind) => {
    expect(detectCrisis(message, undefined)?.kind).toBe(kind);
  });
  test('a missing file is reported and gives no patterns', () => {
    const result = loadCrisisPatterns(join(dir, 'nope.yaml'));
    expect(result.patterns).toBeUndefined();
    expect(result.problems[0]?.message).toMatch(/cannot read file/);
    expect(detectCrisis('my mate has gone blue', result.patterns)?.kind).toBe('overdose');
  });
});

describe('content patterns add to the built-in ones', () => {
  test('a phrase from the content file is caught only when content is given', () => {
    const { patterns } = loadCrisisPatterns();
    expect(detectCrisis('I just want to take the easy way out')).toBeNull();
    expect(detectCrisis('I just want to take the easy way out', patterns)).toEqual({ kind: 'suicide', pattern: 'no-point' });
  });
  test('an editor can add a new pattern and a slot entry; typos of the new words are caught too', () => {
    const path = write(
      'added.yaml',
      ['slots:', '  other: [me auld pal]', 'patterns:', '  - id: gone-doolally', '    kind: overdose', '    now: true', '    phrases: ["{other} ... gone doolally"]'].join('\n'),
    );
    const { patterns, problems } = loadCrisisPatterns(path);
    expect(problems).toEqual([]);
    expect(detectCrisis('me auld pal has gone doolally')).toBeNull();
    expect(detectCrisis('me auld pal has gone doolally', patterns)).toEqual({ kind: 'overdose', pattern: 'gone-doolally' });
    expect(detectCrisis('me auld pal is not breathing', patterns)?.pattern).toBe('not-breathing');
  });
  test('content exceptions cannot switch off a built-in phrase', () => {
    const path = write('exceptions.yaml', 'exceptions: ["kill myself", "gone blue", "suicide"]\n');
    const { patterns, problems } = loadCrisisPatterns(path);
    expect(problems).toEqual([]);
    expect(detectCrisis('I want to kill myself', patterns)?.kind).toBe('suicide');
    expect(detectCrisis("he's gone blue", patterns)?.kind).toBe('overdose');
  });
  test('content exceptions do apply to phrases from content', () => {
    const path = write(
      'own.yaml',
      'patterns:\n  - id: lights-out\n    kind: suicide\n    phrases: ["lights out"]\nexceptions: ["lights out at ten"]\n',
    );
    const { patterns } = loadCrisisPatterns(path);
    expect(detectCrisis('lights out for me', patterns)?.pattern).toBe('lights-out');
    expect(detectCrisis('lights out at ten in the hostel', patterns)).toBeNull();
  });
  test('a signs pattern reads through the built-in everyday phrases only when it says so (readsThroughIdioms)', () => {
    // "coming round mine" is a visit to a built-in everyday phrase; the second sign is what says it is not one here
    const pattern = (reads: boolean) =>
      ['patterns:', '  - id: visit-with-a-gang', '    kind: harm', '    now: true', `    readsThroughIdioms: ${reads}`, '    signs:', '      - ["coming round mine"]', '      - ["with his gang"]'].join('\n');
    const message = 'hes coming round mine tonight with his gang';
    const plain = loadCrisisPatterns(write('visit.yaml', pattern(false)));
    const through = loadCrisisPatterns(write('visit-through.yaml', pattern(true)));
    expect([plain.problems, through.problems]).toEqual([[], []]);
    expect(detectCrisis(message, plain.patterns, { learned: false })).toBeNull();
    expect(detectCrisis(message, through.patterns, { learned: false })).toEqual({ kind: 'harm', pattern: 'visit-with-a-gang' });
  });
});

describe('mistakes in the content file are reported with their line, and never break detection', () => {
  test('bad YAML gives a line-numbered problem and no patterns', () => {
    const path = write('broken.yaml', 'patterns:\n  - id: x\n    kind: suicide\n    phrases: [unclosed\n');
    const result = loadCrisisPatterns(path);
    expect(result.patterns).toBeUndefined();
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0]?.line).toBeGreaterThan(1);
  });
  test('a wrong kind is a schema problem at its line', () => {
    const path = write('kind.yaml', 'patterns:\n  - id: x\n    kind: sadness\n    phrases: [a b]\n');
    const result = loadCrisisPatterns(path);
    expect(result.patterns).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ line: 3, severity: 'error' });
  });
  test('a "/" with a space beside it (an empty choice) is a schema problem at its line', () => {
    // "every # /few minutes" once needed "every 5 few minutes" and so never matched (found after round 20)
    const path = write('slash.yaml', 'patterns:\n  - id: x\n    kind: medical\n    phrases:\n      - "pains every # /few minutes"\n');
    const result = loadCrisisPatterns(path);
    expect(result.patterns).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ line: 5, severity: 'error' });
    expect(result.problems[0]?.message).toMatch(/needs a word on each side/);
  });
  test('an unknown {slot} drops just that phrase, reported at its line', () => {
    const path = write('slot.yaml', 'patterns:\n  - id: x\n    kind: suicide\n    phrases:\n      - "{nosuch} ends"\n      - "lights out"\n');
    const { patterns, problems } = loadCrisisPatterns(path);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 5, severity: 'error' });
    expect(problems[0]?.message).toMatch(/unknown slot \{nosuch\}/);
    expect(detectCrisis('lights out', patterns)?.pattern).toBe('x');
  });
  test('content that was never validated cannot make detection throw', () => {
    const odd = { slots: {}, exceptions: [], patterns: [{ id: 'x', kind: 'suicide' as const, now: false, phrases: ['{nosuch}'], signs: [], signsNeeded: 2, readsThroughIdioms: false }] };
    expect(detectCrisis('I want to kill myself', odd)?.kind).toBe('suicide');
  });
  test('a content pattern may be called what an object already has ("constructor") and still counts', () => {
    const path = write('own-keys.yaml', 'patterns:\n  - id: constructor\n    kind: suicide\n    phrases: ["purple elephants tonight"]\n');
    const { patterns, problems } = loadCrisisPatterns(path);
    expect(problems).toEqual([]);
    expect(detectCrisis('purple elephants tonight', patterns, { learned: false })).toEqual({ kind: 'suicide', pattern: 'constructor' });
  });
  test('reusing a built-in id with another kind is a warning and keeps both', () => {
    const path = write('clash.yaml', 'patterns:\n  - id: gone-blue\n    kind: medical\n    phrases: ["gone green"]\n');
    const { patterns, problems } = loadCrisisPatterns(path);
    expect(problems[0]).toMatchObject({ line: 3, severity: 'warning' });
    expect(detectCrisis("he's gone blue", patterns)?.kind).toBe('overdose');
    expect(detectCrisis("he's gone green", patterns)?.kind).toBe('medical');
  });
});
