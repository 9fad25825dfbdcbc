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
  // and not reversible into the words.
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    hash ^= words.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Said within the last `repeatWindow` turns (a bare legacy fingerprint counts as recent). */
export function usedRecently(memory: DialogMemory, text: string, turn: number): boolean {
  const print = fingerprint(text);
  return memory.recent.some((entry) => {
    const [at, stored] = entry.includes(':') ? entry.split(':') : [String(turn), entry];
    return stored === print && turn - Number(at) < repeatWindow;
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
