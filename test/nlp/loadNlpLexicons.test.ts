import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseMessage } from '../../nlp/analyseMessage';
import { loadNlpLexicons } from '../../nlp/loadNlpLexicons';

describe('loadNlpLexicons', () => {
  // How fast it loads is measured by npm run bench:nlp, not asserted here.
  it('loads the shipped content and saved model with no problems', () => {
    const loaded = loadNlpLexicons('content');
    expect(loaded.problems).toEqual([]);
    expect(loaded.lexicons.talkModel?.trainedOn.annomiTrain).toBeGreaterThan(3000);
  });

  it('reports a broken file with its line and still loads the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nlp-content-'));
    cpSync('content', dir, { recursive: true });
    writeFileSync(join(dir, 'feelings.yaml'), 'feelings:\n  low:\n    name: low\n    words: []\n');
    const loaded = loadNlpLexicons(dir);
    expect(loaded.problems[0]).toMatchObject({ line: 4, severity: 'error' });
    expect(loaded.lexicons.feelings).toBeUndefined();
    expect(analyseMessage('on the gear', loaded.lexicons).substances[0]?.substance).toBe('heroin');
  });

  it('reports a missing model and falls back to clear cues', () => {
    const loaded = loadNlpLexicons('content', join(tmpdir(), 'no-such-model.json'));
    expect(loaded.problems[0]?.hint).toMatch(/nlp:train/);
    expect(analyseMessage("i don't want to keep using", loaded.lexicons).talk).toBe('change');
  });
});
