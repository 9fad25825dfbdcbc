/**
 * What the dialogs remember between turns: fingerprints of the lines used recently, so the bot varies what it
 * says. Fingerprints, not text, because reflections contain the person's words.
 */
export interface DialogMemory {
  recent: string[];
}

/** Roughly the last ten turns' worth of lines. */
const remembered = 30;

export function emptyMemory(): DialogMemory {
  return { recent: [] };
}

export function fingerprint(text: string): string {
  // FNV-1a: short, stable, and not reversible into the words.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function usedRecently(memory: DialogMemory, text: string): boolean {
  return memory.recent.includes(fingerprint(text));
}

export function remember(memory: DialogMemory, texts: string[]): DialogMemory {
  return { recent: [...memory.recent, ...texts.map(fingerprint)].slice(-remembered) };
}
