import type { WhoseUse } from './messageAnalysis';

/**
 * Whose drug use a message is about. Parents, partners and friends use the link too ("my son is on heroin and I
 * don't know what to do"); asking them what they get out of the heroin would be wrong and would lose them.
 * Their own use, when they mention it, always wins: a worried mum who drinks is also talking about herself.
 * Reads normalised text.
 */

const someoneClose =
  '(?:my|our|me|his|her) (?:son|daughter|boy|girl|lad|lass|kid|kids|child|children|husband|wife|partner|boyfriend|girlfriend|bf|gf|fella|bloke|missus|mum|mam|mom|mother|dad|father|brother|sister|bro|sis|nephew|niece|grandson|granddaughter|friend|mate|best mate|best friend|pal|cousin|uncle|aunt|auntie|flatmate|ex|step ?son|step ?daughter|teenager)';

/** Words that mean drug use whatever follows them */
const usingWords = '(?:using|uses|injecting|injects|banging up|drinking|drinks|addicted|hooked|dependent)';
/** Words that mean drug use only when the message names a drug ("on the gear", not "on holiday") */
const usingWithADrug = '(?:on|back on|taking|takes|smoking|smokes|doing|selling|dealing|sniffing|snorting)';

/** "my son is on heroin", "my partner has been using crack", "our lad keeps smoking spice", "my mum drinks too much" */
const helpers = '(?: (?:is|are|has|have|had|keeps|kept|started|was|were|went|got|gone|seems|still|been|always|now|just|really|s))';
const theirUse = (verbs: string) => new RegExp(`\\b${someoneClose}${helpers}{0,3} ${verbs}\\b`);

/** "he's on the gear", "she uses every day" — only after someone close has been named in the same message */
const pronounUse = (verbs: string) => new RegExp(`\\b(?:he|she|they|hes|shes|theyre)${helpers}{0,3} ${verbs}\\b`);
const namesSomeoneClose = new RegExp(`\\b${someoneClose}\\b`);

/** "I'm on the gear", "I've been using", "I smoke rock", "me and my mate use" — not "I take him to the clinic" */
const ownUse =
  /\b(?:i|me and (?:my|me) \w+|we)(?: (?:am|have|had|was|been|still|just|only|really|do|did|keep|kept|started|always|now|also|too)){0,3} (?:on|using|use|used|take|taking|took|smoke|smoking|smoked|inject|injecting|injected|bang up|banging up|drink|drinking|score|scoring|scored|sniff|sniffing|snort|snorting|addicted|hooked|dependent|relapsed)\b(?! (?:him|her|them|my (?:son|daughter|partner|kids?|mum|mam|dad))\b)/;

const theirs = [theirUse(usingWords), theirUse(usingWithADrug)] as const;
const pronouns = [pronounUse(usingWords), pronounUse(usingWithADrug)] as const;

/** `namesADrug`: the message names a substance (from findSubstances), so "on" and "taking" mean drug use. */
export function readWhoseUse(normalised: string, namesADrug: boolean): WhoseUse | null {
  if (ownUse.test(normalised)) return 'own';
  const patterns = namesADrug ? [theirs, pronouns] : [[theirs[0]], [pronouns[0]]];
  if (patterns[0]!.some((pattern) => pattern.test(normalised))) return 'someone-else';
  if (namesSomeoneClose.test(normalised) && patterns[1]!.some((pattern) => pattern.test(normalised))) return 'someone-else';
  // "its my partner not me", "not me, my son": said outright, with or without a word for using.
  if (namesSomeoneClose.test(normalised) && /\bnot me\b/.test(normalised)) return 'someone-else';
  return null;
}
