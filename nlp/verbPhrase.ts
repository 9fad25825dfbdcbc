/**
 * A bare verb phrase ("talk to my worker", "ring my sister", "cut down"), typed as an answer to "what could you
 * do?", turned round word for word reads as an order ("Talk to your worker."): the "you should" MI forbids
 * (shared/research/mi.md §11). Said back as an -ing phrase ("Talking to your worker.") it gives their idea back
 * and claims nothing they did not say.
 */

/** Base verbs people start such an answer with, and their -ing forms. Words that are often nouns ("drink", "work") are left out. */
const ingOf: Record<string, string> = Object.fromEntries(
  ('go:going get:getting cut:cutting stop:stopping quit:quitting ring:ringing call:calling phone:phoning text:texting ' +
    'message:messaging talk:talking speak:speaking see:seeing tell:telling ask:asking try:trying give:giving pack:packing ' +
    'stay:staying move:moving find:finding look:looking make:making take:taking put:putting start:starting sort:sorting ' +
    'save:saving spend:spending avoid:avoiding leave:leaving walk:walking hand:handing delete:deleting block:blocking ' +
    'change:changing switch:switching swap:swapping come:coming book:booking join:joining read:reading write:writing ' +
    'bin:binning chuck:chucking ditch:ditching pay:paying limit:limiting sign:signing register:registering visit:visiting ' +
    'wait:waiting throw:throwing hide:hiding lock:locking stick:sticking smoke:smoking use:using be:being do:doing ' +
    'reduce:reducing ease:easing taper:tapering detox:detoxing hang:hanging buy:buying keep:keeping')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const ingForms = new Set(Object.values(ingOf));

/** After these the first word is a noun ("change is hard", "use was daily") or already negated ("do not use"). */
const notAVerbBefore = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'not', 'will', 'would', 'can', 'could', 'does', 'did', 'do', 'been', 'of']);

/** A softener that may come before the verb and stays ("maybe ring my sister" → "maybe ringing your sister"). */
const softeners = new Set(['maybe', 'probably', 'perhaps', 'possibly', 'prob']);

/**
 * Not ideas of theirs: orders aimed at the bot (discord: "Going away." would mock them) and sayings that only mean
 * yes, go on or bye ("go on then", "fire away", "take care").
 */
const notIdeas = /^(go away|get lost|leave me alone|leave it|leave off|get off my back|give it a rest|back off|get a life|get to|stop (asking|askin|telling|preaching|lecturing|going on|nagging|judging|questioning|hassling|mithering|bugging|it|that))\b|^(go on|go on then|go ahead|go for it|fire away|carry on|come on|see you|see ya|take care|get in|tell me|tell me more|go on tell me|look after yourself)$/;

/**
 * The tokens of a clause with no subject, its leading base verb turned into its -ing form; unchanged when the
 * clause does not start with one of the known verbs (after an optional softener).
 */
export function verbAsIdea(tokens: readonly string[]): string[] {
  if (notIdeas.test(tokens.join(' ').replace(/,/g, ''))) return [...tokens];
  const at = softeners.has(tokens[0] ?? '') ? 1 : 0;
  const verb = tokens[at]?.replace(/,$/, '') ?? '';
  const ing = Object.hasOwn(ingOf, verb) ? ingOf[verb] : undefined;
  // "do you know where", "be they…": a question or a subject after the verb, not an idea.
  const next = tokens[at + 1]?.replace(/,$/, '') ?? '';
  if (!ing || notAVerbBefore.has(next) || /^(i|you|u|he|she|we|they|there)$/.test(next)) return [...tokens];
  return [...tokens.slice(0, at), (tokens[at] ?? '').replace(verb, ing), ...tokens.slice(at + 1)];
}

/** An -ing phrase with no subject ("talking to your worker"): it can stand alone or after "So", not after "Sounds like". */
export function isVerbPhrase(clause: string): boolean {
  const [first, second] = clause.toLowerCase().split(' ');
  return ingForms.has(first ?? '') || (softeners.has(first ?? '') && ingForms.has(second ?? ''));
}

/**
 * Said to the bot, not about themselves: "tell me more", "help me", "go on then", "leave me alone". Turned round
 * ("Tell you more.") they would read as the bot talking to itself, so they are not reflected at all.
 */
export function isSaidToTheBot(tokens: readonly string[]): boolean {
  const text = tokens.join(' ').replace(/,/g, '');
  return notIdeas.test(text) || /^(tell|give|show|send|let|sort|find) me\b|^(help|get) me( (please|out|find|with|get|a|an|some|the|sort))?$/.test(text);
}
