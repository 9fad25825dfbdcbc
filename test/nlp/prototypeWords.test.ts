import { loadDependencies } from '../../bot/loadDependencies';
import { analyseMessage } from '../../nlp/analyseMessage';
import { detectCrisis } from '../../nlp/detectCrisis';

const { lexicons } = loadDependencies(30);

/** Words that are also names on every JavaScript object; found by the fuzz tests crashing crisis detection. */
describe.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'i constructor you', 'my __proto__ is'])('the message %p', (text) => {
  it('is read without throwing, as nothing in particular', () => {
    expect(detectCrisis(text, lexicons.crisisPatterns)).toBeNull();
    const analysis = analyseMessage(text, lexicons);
    expect(analysis.crisis).toBeNull();
    expect(JSON.stringify(analysis)).not.toMatch(/\[object Object\]|function/);
  });
});
