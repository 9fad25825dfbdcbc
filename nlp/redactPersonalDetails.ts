/**
 * Takes personal details out of text before anything is stored: names a person gives, phone numbers,
 * email addresses, street addresses and UK/Irish postcodes. Works on raw or normalised text, in any case.
 */

const replacements: [RegExp, string][] = [
  [/\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/gi, '[email]'],
  [/(\+?\d[\d\s-]{7,}\d)/gi, '[number]'],
  // UK postcodes (e.g. "g1 1xq", "sw1a 1aa") and Irish Eircodes ("d08 xy12")
  [/\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/gi, '[postcode]'],
  [/\b[ac-fhknprtv-y]\d{2}\s?[ac-fhknprtv-y\d]{4}\b/gi, '[postcode]'],
  [/\b\d+[a-z]?,?\s+([a-z]+\s+){1,3}(street|st|road|rd|avenue|ave|lane|ln|drive|dr|crescent|close|court|place|terrace|gardens|way|grove|park|square|walk|row|hill)\b/gi, '[address]'],
  [/\b(flat|apartment)\s+\d+[a-z]?\b/gi, '[address]'],
  // Names people give about themselves: "my name is jo", "i am called jo", "call me jo", "it is jo here"
  [/\b(my name is|my names|my name's|name is|i am called|im called|i'm called|i’m called|call me|they call me)\s+[a-z'-]+(\s+[a-z'-]+)?/gi, '$1 [name]'],
];

/** Words that follow "my mate" and friends without being a name. */
const notNames = new Set(
  'and but or is was has had will would said says says told tells keeps came comes got gets used uses does did do can could who that thinks thought knows wants went goes found took takes gave gives asked says reckons is not at from in on to too as so died'.split(' '),
);

/** After "my mate", a verb ("helped", "says", "keeps") or a short word is far likelier than a name. */
function looksLikeName(word: string): boolean {
  const lower = word.toLowerCase();
  if (notNames.has(lower) || lower.length <= 2) return false;
  return !/(ed|ing|es|s|ly|n't)$/.test(lower);
}

export function redactPersonalDetails(text: string): string {
  let out = text;
  for (const [pattern, replacement] of replacements) out = out.replace(pattern, replacement);
  // "my mate dave said…": a word straight after a relation is very often a name.
  out = out.replace(
    /\b(my|your|his|her|their) (mate|friend|pal|partner|boyfriend|girlfriend|husband|wife|son|daughter|brother|sister|cousin|uncle|auntie|aunt|nephew|niece|key ?worker|worker|doctor|gp) ([a-z'-]+)\b/gi,
    (whole, owner: string, relation: string, next: string) => (looksLikeName(next) ? `${owner} ${relation} [name]` : whole),
  );
  return out;
}
