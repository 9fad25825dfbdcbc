import { readTalkCues, type TalkCue } from './talkCues';
import { isSaidToTheBot, isVerbPhrase, verbAsIdea } from './verbPhrase';

/**
 * Simple reflection: the key clause of what the person said, turned round ("I can't stop" → "you can't stop").
 * It only ever uses the person's own words, so it cannot put a claim in their mouth.
 */

// A no/nah/na at the start is an answer only before a comma or a new clause: "no one cares", "no way am I" and "na
// meetings" (Narcotics Anonymous) keep it.
const fillers = /^(well|like|(?:i )?(?:do not know|no idea)(?=,| (?:i|it|its|my|just|mate)\b)|(?:i am )?not sure(?=,)|honestly|tbh|to be honest|i mean|yeah|yes|(?:no|nah|na|naw|nope)(?=,| (?:i|it|its|mate|man|that|thats|not|really)\b)|aye|yep|so|and|but|um|erm|uh|ok|okay|just|really|basically|i do not know$|i guess|i suppose|lol|haha|tbf|mate|look|listen|thing is|the thing is|ffs|fs|omg|ugh|jeez|for fucks sake|fucks sake|for fuck sake)\b[ ,]*/;

/**
 * Hedges that are never the point, wherever they come ("its getting out of hand tbh, spent my wage"): said back
 * ("…out of hand to be honest…") they read as mimicry.
 */
const hedges = /(^|[ ,])(?:to be honest|to be fair|tbf|honestly|lol|haha|innit)(?=[ ,]|$)/g;

/** Endings that add nothing to the key clause ("…, you know", "…or whatever"). */
const tails = /[ ,]+(you know|innit|like|or whatever|or something|and that|and stuff|lol|haha|though|to be honest|really|tbh|i guess|i suppose|i reckon|i think|i dunno|i do not know)$/;

/** "…4 years mate": the person spoken to, not "…with my mate". */
const vocative = /(?<!\b(?:my|me|a|the|your|his|her|our|their|one|old|best))[ ,]+(mate|m8|pal|bro|man|hun|babe)$/;

const swaps: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves',
  you: 'I', your: 'my', yours: 'mine', yourself: 'myself',
};

const recontractions: [RegExp, string][] = [
  [/\byou are\b/g, "you're"], [/\bcan not\b/g, "can't"], [/\bdo not\b/g, "don't"], [/\bdoes not\b/g, "doesn't"],
  [/\bdid not\b/g, "didn't"], [/\bwill not\b/g, "won't"], [/\bis not\b/g, "isn't"], [/\bwere not\b/g, "weren't"],
  [/\bhave not\b/g, "haven't"], [/\bhas not\b/g, "hasn't"], [/\bcould not\b/g, "couldn't"], [/\bwould not\b/g, "wouldn't"],
  [/\bit is\b/g, "it's"], [/\byou have\b/g, "you've"], [/\bthat is\b/g, "that's"], [/\bam not\b/g, "aren't"],
  [/\bshe is\b/g, "she's"], [/\bhe is\b/g, "he's"], [/\bthey are\b/g, "they're"],
];

const maxWords = 16;

/** Chat drops "I'm" too ("stuck in the hostel all day", "using every day"): a state or an -ing with no subject is theirs. */
const withoutIAm = /^(stuck|bored|skint|sat|sitting|living|staying|sleeping|sofa surfing|fed up|sick of|tired of|struggling|trying|thinking|getting|using|drinking|smoking|injecting|waiting|homeless|rattling|clucking|off my head) /;

const subjectless = /^(spent|lost|blew|wasted|ended up|went|started|stopped|took|nearly|almost|did|done|can not|can|do not|did not|does not|need|want|have|had|will|would|could|should|am|was|feel|felt|love|hate|miss|missed|got|keep|kept|used|been|tried|managed|hope|wish|really|just) /;

/** First-person verb forms that change with the pronoun ("I am" → "you are", "I was" → "you were"). */
const verbAfterI: Record<string, string> = { am: 'are', was: 'were' };

/**
 * "me mam keeps on at me": in northern, Scots and Irish English "me" before a person or a thing of theirs is "my",
 * so it turns into "your", not "you" ("you mam" would read as a mistake, or as mockery).
 */
const ownedAfterMe = new Set(
  ('mam mum ma maw mother da dad father nan nana gran granny grandad missus mrs fella bf gf boyfriend girlfriend partner ' +
    'wife husband ex son daughter boy girl lad lass kid kids wean weans bairn bairns baby bro brother sister sis mate mates ' +
    'pal pals cousin auntie aunt uncle family friend friends head life money giro benefits script meds tablets gear flat ' +
    'house room phone bag bags legs arms body health mind nerves veins teeth job probation worker keyworker doctor dog own').split(' '),
);

/** Swaps I ↔ you in a clause of plain lower-case words and puts back common contractions. */
export function turnRound(clause: string): string {
  const tokens = clause.split(' ').filter(Boolean);
  const swapped = tokens.map((word, index) => {
    const plain = word.replace(/,$/, '');
    const previous = tokens[index - 1]?.replace(/,$/, '');
    // Own keys only: a person can type "constructor" or "__proto__".
    const verb = Object.hasOwn(verbAfterI, plain) ? verbAfterI[plain] : undefined;
    if (verb && previous === 'i') return word.replace(plain, verb);
    // and turned round the other way: "no way am I going back" → "no way are you going back"
    if (plain === 'am' && tokens[index + 1]?.replace(/,$/, '') === 'i') return word.replace(plain, 'are');
    const swap = Object.hasOwn(swaps, plain) ? swaps[plain] : undefined;
    if (swap === undefined) return word;
    // "you" after the start is usually an object ("it helps you"), which is "me" from the bot's side.
    if (plain === 'you' && index > 0) return word.replace(plain, 'me');
    const next = tokens[index + 1]?.replace(/,$/, '');
    if (plain === 'me' && next !== undefined && ownedAfterMe.has(next)) return word.replace(plain, 'your');
    return word.replace(plain, swap);
  });
  let text = swapped.join(' ');
  for (const [pattern, replacement] of recontractions) text = text.replace(pattern, replacement);
  return text.replace(/,$/, '');
}

/** Cleans a clause: drops punctuation, leading fillers and empty tails. */
function tidy(sentence: string): string {
  let clause = sentence.replace(/[^a-z0-9' ,-]/g, ' ').replace(/\s+/g, ' ').trim();
  clause = clause.replace(hedges, '$1').replace(/,\s*like\s*,/g, ' ').replace(/(\s*,)+/g, ',').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
  for (let i = 0; i < 4; i++) clause = clause.replace(fillers, '');
  for (let i = 0; i < 3; i++) clause = clause.replace(tails, '').replace(vocative, '');
  return clause.replace(/,+$/, '').trim();
}

/** Shortens a long clause at the last "and" or comma inside the limit. */
function shorten(tokens: string[]): string[] {
  if (tokens.length <= maxWords) return tokens;
  const head = tokens.slice(0, maxWords);
  const cutAtAnd = head.lastIndexOf('and');
  const cutAtComma = head.map((t) => t.endsWith(',')).lastIndexOf(true);
  const cut = Math.max(cutAtAnd, cutAtComma + 1);
  return cut > 3 ? tokens.slice(0, cut) : head;
}

/** The first sentence about someone close ("shes threatening to leave"), for when they said nothing of themselves. */
function aboutSomeoneClose(sentences: string[]): string | undefined {
  return sentences
    .map((s) => s.replace(/^(she|he)s /, '$1 is ').replace(/^theyre /, 'they are '))
    .find((s) => /^(he|she|they|my \w+|our \w+|me (mam|mum|dad|missus|fella|bird|kids?)) \w+ \w+/.test(s));
}

/** A sentence that is an idea with no subject: it starts with a base verb ("ring my sister", "maybe cut down"). */
function startsWithIdea(sentence: string): boolean {
  return isVerbPhrase(verbAsIdea(tidy(sentence).split(' ')).join(' '));
}

/**
 * A statement about themselves with the subject dropped and no "my" ("did a week once"), or about the drug with
 * "it" dropped ("help me sleep", "gets me through"), which would otherwise read as an order ("Help you sleep.").
 */
function droppedSubject(sentence: string): boolean {
  const clause = tidy(sentence);
  // "can you help me", "will it hurt", "should i tell her": a question, with its subject after the verb.
  if (/^\w+ (i|you|u|he|she|it|we|they|there|that|this)\b/.test(clause)) return false;
  // A lone "dunno" is an answer, handled as one; it is not "You don't know."
  if (/^do not know$/.test(clause)) return false;
  return subjectless.test(clause) || droppedIt.test(clause);
}

const droppedIt = /^(just )?(helps?|gets?|keeps?|calms?|chills?|relax(?:es)?|sorts?|makes?) me (sleep|through|thru|get through|get thru|calm|chill|relax|forget|cope|going|by|feel|normal|numb|function|switch off|escape|unwind|face)\b/;

const askedBackwards = /^(should|would|could|can|will|shall|do|does|did|am|is|are|was|were|have|has|had|must|might|may) (i|you|u|he|she|it|we|they|there)\b/;

/** A sentence about "it" or everyone that carries change or sustain talk ("it takes the edge off after work"): theirs, in effect. */
function aboutTheDrug(sentences: string[], readCues: (sentence: string) => TalkCue[]): string | undefined {
  return sentences.find((s) => /^(it|it is|that|that is|the \w+|everyone|everybody|all my \w+) \w+/.test(s) && readCues(s).length > 0);
}

/** The clause to reflect, or null if there is no first-person statement worth reflecting. */
export function reflectClause(normalised: string, readCues: (sentence: string) => TalkCue[] = readTalkCues): string | null {
  // A reply that starts "because…" / "and…" answers the bot's question; the clause starts after the joining word,
  // or the summary would read "…, and because you don't want to lose your kids".
  const sentences = normalised
    .split(/[.!?\n;]+|\s(?:but|because|cos|coz|though|although)\s/)
    .map((s) => s.trim().replace(/^(because|cos|coz|cause|and|but|so|well|like)\s+/, ''))
    .filter(Boolean)
    .map((s) => {
      if (/\b(i|he|she|they|we|you|it)\b/.test(s)) return s;
      return withoutIAm.test(s) ? `i am ${s}` : /^been /.test(s) ? `i have ${s}` : s;
    });
  // Questions are not reflected. The key clause is the one with change or sustain talk in it, else the first
  // where the person is the subject ("I…"), else the first about them at all ("my…").
  // A question without its mark ("should i tell her") is a verb before its subject: "You should you tell her." is not
  // a reflection, and says "you should".
  const statements = sentences.filter(
    (s) => /\b(i|my|me|myself)\b/.test(s) && !/^(what|how|where|when|why|who|can you|could you|do you|are you|is there)\b/.test(s) && !askedBackwards.test(s),
  );
  // Failing that, what they said about someone close, in their words ("shes threatening to leave").
  // Then an idea with no subject at all ("go to a meeting maybe"), which is theirs too.
  const sentence =
    statements.find((s) => readCues(s).length > 0) ?? statements.find((s) => /\bi\b/.test(s)) ?? statements[0] ?? aboutSomeoneClose(sentences) ?? aboutTheDrug(sentences, readCues) ?? sentences.find((s) => startsWithIdea(s) || droppedSubject(s));
  if (!sentence) return null;
  let tokens = shorten(tidy(sentence).split(' ').filter(Boolean));
  if (isSaidToTheBot(tokens)) return null;
  // Chat drops the subject ("cant sleep without it"); put the "I" back so it turns into "you".
  if (subjectless.test(tokens.join(' '))) tokens = ['i', ...tokens];
  else if (droppedIt.test(tokens.join(' '))) tokens = ['it', ...tokens.join(' ').replace(/^(just )?(help|get|keep|calm|chill|relax|sort|make) /, '$1$2s ').split(' ')];
  // "talk to my worker" said back as "Talk to your worker." is an order; as "Talking to your worker." it is their idea.
  else tokens = verbAsIdea(tokens);
  if (tokens.length < (isVerbPhrase(tokens.join(' ')) ? 2 : 3)) return null;
  // The same dropped "I" after a comma: "out of hand, spent my wage" → "out of hand, you spent your wage".
  return turnRound(tokens.join(' ').replace(/, (spent|lost|blew|wasted|ended up) /g, ', i $1 ')).replace(/,$/, '');
}

/** Any short statement turned round, first person or not ("the gear helps me sleep" → "the gear helps you sleep"). */
export function reflectStatement(normalised: string): string | null {
  const first = normalised.split(/[.!?\n;]+/).map((s) => s.trim()).find(Boolean);
  if (!first) return null;
  const tokens = verbAsIdea(shorten(tidy(first).split(' ').filter(Boolean)));
  if (tokens.length < 2) return null;
  return turnRound(tokens.join(' '));
}
