/**
 * Simple reflection: the key clause of what the person said, turned round ("I can't stop" → "you can't stop").
 * It only ever uses the person's own words, so it cannot put a claim in their mouth.
 */

const fillers = /^(well|like|honestly|tbh|to be honest|i mean|yeah|yes|no|nah|so|and|but|um|erm|uh|ok|okay|just|really|basically|i dunno|i guess|i suppose)\b[ ,]*/;

const swaps: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  "i'm": "you're", we: 'you', us: 'you', our: 'your', ourselves: 'yourselves',
  you: 'I', your: 'my', yours: 'mine', yourself: 'myself',
};

const recontractions: [RegExp, string][] = [
  [/\byou are\b/g, "you're"], [/\bcan not\b/g, "can't"], [/\bdo not\b/g, "don't"], [/\bdoes not\b/g, "doesn't"],
  [/\bdid not\b/g, "didn't"], [/\bwill not\b/g, "won't"], [/\bis not\b/g, "isn't"], [/\bwere not\b/g, "weren't"],
  [/\bhave not\b/g, "haven't"], [/\bhas not\b/g, "hasn't"], [/\bcould not\b/g, "couldn't"], [/\bwould not\b/g, "wouldn't"],
  [/\bit is\b/g, "it's"], [/\byou have\b/g, "you've"], [/\bthat is\b/g, "that's"],
];

const maxWords = 16;

/** The clause to reflect, or null if there is no first-person statement worth reflecting. */
export function reflectClause(normalised: string): string | null {
  const sentences = normalised.split(/[.!?\n]+|\s(?:but|because|cos|coz)\s/).map((s) => s.trim()).filter(Boolean);
  const sentence = sentences.find((s) => /\b(i|my|me|myself|i'm)\b/.test(s));
  if (!sentence) return null;
  let clause = sentence.replace(/[^a-z0-9' ,-]/g, ' ').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 4; i++) clause = clause.replace(fillers, '');
  clause = clause.replace(/,+$/, '').trim();
  let tokens = clause.split(' ').filter(Boolean);
  if (tokens.length < 3) return null;
  if (tokens.length > maxWords) {
    // Keep the first clause: cut at the last comma or "and" inside the limit.
    const cut = tokens.slice(0, maxWords).lastIndexOf('and');
    tokens = tokens.slice(0, cut > 3 ? cut : maxWords);
  }
  const swapped: string[] = [];
  tokens.forEach((word, index) => {
    const plain = word.replace(/,$/, '');
    const previous = tokens[index - 1];
    if ((plain === 'am' || plain === 'was') && previous === 'i') {
      swapped.push(word.replace(plain, plain === 'am' ? 'are' : 'were'));
      return;
    }
    const swap = swaps[plain];
    if (swap === undefined) swapped.push(word);
    // The person talking about the bot ("you") is rare in a reflected clause; after the start it is an object.
    else if (plain === 'you' && index > 0) swapped.push(word.replace(plain, 'me'));
    else swapped.push(word.replace(plain, swap));
  });
  let text = swapped.join(' ');
  for (const [pattern, replacement] of recontractions) text = text.replace(pattern, replacement);
  return text.replace(/,$/, '');
}
