import type { TalkType } from '../nlp/messageAnalysis';

/**
 * What the dialogs remember between turns: fingerprints of the lines used recently, so the bot varies what it
 * says, and how many turns so far reflected and asked, so it can keep to MI's balance of listening over asking.
 * Fingerprints and counts, never text, because reflections contain the person's words.
 */
export interface DialogMemory {
  /** "turn:fingerprint" for each line said lately (older records hold bare fingerprints) */
  recent: string[];
  /** bot turns that held a reflection, and turns that held a question (MITI counts one of each per turn) */
  reflectedVolleys?: number;
  askedVolleys?: number;
  /** bot turns whose reflection was complex */
  complexVolleys?: number;
  /**
   * the talk type read from the person's last message, which the talk reader uses to read the next one (talk type
   * persists within a conversation); a label, never text; absent in older records and after a restart
   */
  lastTalk?: TalkType;
}

/** No line, and above all no reflection, comes back within this many turns. */
export const repeatWindow = 10;
/** Enough entries for ten turns of three or four lines each. */
const remembered = 60;

export function emptyMemory(): DialogMemory {
  return { recent: [], reflectedVolleys: 0, askedVolleys: 0, complexVolleys: 0 };
}

export function fingerprint(text: string): string {
  // FNV-1a over the words only, so a change of case or punctuation is still the same line; short, stable,
  // and not reversible into the words. The words are the lower-cased text with every run of other characters
  // read as one space and none at either end, hashed as they are read (this runs for every line on every turn).
  const lower = text.toLowerCase();
  let hash = 0x811c9dc5;
  let hashed = false;
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (gap && hashed) hash = Math.imul(hash ^ 32, 0x01000193);
      hash = Math.imul(hash ^ code, 0x01000193);
      hashed = true;
      gap = false;
    } else {
      gap = true;
    }
  }
  return (hash >>> 0).toString(36);
}

/** Said within the last `window` turns, `repeatWindow` unless told (a bare legacy fingerprint counts as recent). */
export function usedRecently(memory: DialogMemory, text: string, turn: number, window: number = repeatWindow): boolean {
  const print = fingerprint(text);
  return memory.recent.some((entry) => {
    // "turn:fingerprint" (anything after a second colon is not part of the fingerprint), or a bare fingerprint.
    const colon = entry.indexOf(':');
    if (colon === -1) return entry === print;
    const end = entry.indexOf(':', colon + 1);
    const printEnd = end === -1 ? entry.length : end;
    if (printEnd - colon - 1 !== print.length || !entry.startsWith(print, colon + 1)) return false;
    return turn - Number(entry.slice(0, colon)) < window;
  });
}

export function remember(memory: DialogMemory, texts: string[], turn: number): DialogMemory {
  return { ...memory, recent: [...memory.recent, ...texts.map((text) => `${turn}:${fingerprint(text)}`)].slice(-remembered) };
}

/** Counts this turn into the reflection and question totals. */
export function countVolley(memory: DialogMemory, volley: { reflected: boolean; asked: boolean; complex: boolean }): DialogMemory {
  return {
    ...memory,
    complexVolleys: (memory.complexVolleys ?? 0) + (volley.complex ? 1 : 0),
    reflectedVolleys: (memory.reflectedVolleys ?? 0) + (volley.reflected ? 1 : 0),
    askedVolleys: (memory.askedVolleys ?? 0) + (volley.asked ? 1 : 0),
  };
}
