import fc from 'fast-check';
import { emptyMemory, fingerprint, remember, repeatWindow, usedRecently } from '../../dialogs/conversationMemory';

/** The fingerprint as first written (records already stored hold these), to check the faster one never drifts from it. */
function firstFingerprint(text: string): string {
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    hash ^= words.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

describe('fingerprint', () => {
  it('is the same for a line whatever its case and punctuation, and differs when the words do', () => {
    expect(fingerprint('  ...It SOUNDS like — the gear, is costing you a lot!! ')).toBe(fingerprint('It sounds like the gear is costing you a lot.'));
    expect(fingerprint('It sounds like the gear is costing you a lot.')).not.toBe(fingerprint('It sounds like the gear is costing you a little.'));
  });

  it('keeps the values stored in existing records (fixed examples)', () => {
    expect(fingerprint('It sounds like the gear is costing you a lot.')).toBe('1php8ax');
    expect(fingerprint('Café ☕ 👍 ñ 2 day')).toBe('2pxadx');
    expect(fingerprint("you're worried about your kids")).toBe('pmmywk');
    expect(fingerprint('!!!')).toBe(fingerprint(''));
  });

  it('matches the first implementation on any text', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[ a-zA-Z0-9.,'!?—-]{0,60}$/));
    fc.assert(fc.property(text, (value) => fingerprint(value) === firstFingerprint(value)), { numRuns: 2000 });
  });
});

describe('usedRecently', () => {
  const line = 'What would you like to be different?';

  it('is true for a line said within the repeat window, and false once it has passed', () => {
    const memory = remember(emptyMemory(), [line], 3);
    expect(usedRecently(memory, line, 3)).toBe(true);
    expect(usedRecently(memory, line.toUpperCase(), 3 + repeatWindow - 1)).toBe(true);
    expect(usedRecently(memory, line, 3 + repeatWindow)).toBe(false);
    expect(usedRecently(memory, 'Something else entirely.', 4)).toBe(false);
  });

  it('counts a bare fingerprint from an older record as recent', () => {
    expect(usedRecently({ recent: [fingerprint(line)] }, line, 40)).toBe(true);
    expect(usedRecently({ recent: [fingerprint('another line')] }, line, 40)).toBe(false);
  });

  it('does not take a fingerprint that only ends with this one, or a malformed entry, for this line', () => {
    const print = fingerprint(line);
    expect(usedRecently({ recent: [`5:x${print}`, `5:${print.slice(1)}`] }, line, 6)).toBe(false);
    // "turn:fingerprint:rest" reads the part between the colons, as the first implementation did.
    expect(usedRecently({ recent: [`5:${print}:extra`] }, line, 6)).toBe(true);
    expect(usedRecently({ recent: [`x:${print}`] }, line, 6)).toBe(false);
  });
});
