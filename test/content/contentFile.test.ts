import { z } from 'zod';
import { formatProblem, parseContentFile } from '../../content/contentFile';

const schema = z.object({ step: z.object({ turns: z.number(), say: z.array(z.string()) }) });

describe('parseContentFile', () => {
  it('returns the value when the file matches its schema', () => {
    const parsed = parseContentFile('ok.yaml', 'step:\n  turns: 2\n  say: [hello]\n', schema);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ step: { turns: 2, say: ['hello'] } });
  });

  it('names the file, line and column of a wrong type', () => {
    const parsed = parseContentFile('steps.yaml', 'step:\n  turns: two\n  say: [hello]\n', schema);
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^steps\.yaml:2:10 error: step\.turns: /),
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const parsed = parseContentFile('broken.yaml', 'step:\n  say: [hello\n', schema);
    expect(parsed.problems[0]).toMatchObject({ file: 'broken.yaml', severity: 'error' });
    expect(parsed.problems[0]?.message).toMatch(/^YAML syntax/);
    expect(parsed.problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a missing key at its parent', () => {
    const parsed = parseContentFile('missing.yaml', 'step:\n  turns: 1\n', schema);
    expect(parsed.problems[0]).toMatchObject({ line: 2, column: 3 });
    expect(parsed.problems[0]?.message).toMatch(/step\.say/);
  });
});
