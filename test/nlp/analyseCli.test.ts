import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

describe('npm run analyse (nlp/analyseCli.ts)', () => {
  const input = ['i want to stop the gear', 'about a 7/10', '', 'i took too much and cant breathe', 'whatever'].join('\n');
  const run = spawnSync(tsx, ['nlp/analyseCli.ts'], { input, encoding: 'utf8', timeout: 30000 });
  const lines = run.stdout.split('\n').filter((line) => line !== '');

  it('prints exactly one JSON object per input line and nothing else', () => {
    expect(run.status).toBe(0);
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('prints the agreed fields with the agreed types', () => {
    for (const line of lines) {
      const row = JSON.parse(line);
      expect(Object.keys(row)).toEqual(['text', 'talk', 'changeKind', 'discord', 'feelings', 'topics', 'substances', 'ruler', 'crisis', 'reflection']);
      expect(['change', 'sustain', 'neutral']).toContain(row.talk);
      expect(Array.isArray(row.feelings) && Array.isArray(row.topics) && Array.isArray(row.substances)).toBe(true);
      expect(row.ruler === null || typeof row.ruler === 'number').toBe(true);
      expect(row.reflection === null || typeof row.reflection === 'string').toBe(true);
    }
  });

  it('reads what each message says', () => {
    const rows = lines.map((line) => JSON.parse(line));
    expect(rows[0]).toMatchObject({ talk: 'change', changeKind: 'desire', substances: ['heroin'] });
    expect(rows[1]).toMatchObject({ ruler: 7, reflection: null });
    expect(rows[2]).toMatchObject({ text: '', talk: 'neutral', reflection: null });
    expect(rows[3].crisis).toMatchObject({ kind: 'overdose' });
    expect(rows[4]).toMatchObject({ discord: true });
  });
});
