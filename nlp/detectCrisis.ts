import type { CrisisKind, CrisisSignal } from './messageAnalysis';

/**
 * Crisis detection that needs nothing else: no content file, no other NLP, no storage.
 * It runs first on every message; a miss is far worse than a false alarm, so patterns lean wide.
 */

const patterns: [CrisisKind, string, RegExp][] = [
  ['overdose', 'not-breathing', /\b(not|isn'?t|stopped|barely|can not|cant) (breathing|breathe)\b/],
  ['overdose', 'gone-blue', /\b(gone|going|turned|turning|is) (blue|grey|gray)\b|\bblue (lips|lipped)\b/],
  ['overdose', 'will-not-wake', /\b(will not|wont|can not|cant|not) (wake|waking|come round|respond)/],
  ['overdose', 'overdosing-now', /\b(over ?dos(e|ing)|o\.?d'?(ing|d)?|odd?ing|over-?dosed)\b.*\b(now|right now|think|help|mate|friend|he|she|they|i am|just)\b|\b(i|he|she|they|my \w+) (has |have |is |am |just )?(over ?dosed|od'?d|overdosing)\b/],
  ['overdose', 'took-too-much', /\b(took|taken|had|done|did) (way )?too much\b/],
  ['suicide', 'kill-myself', /\b(kill|killing|end|ending|top|topping|off) (myself|my self|my life|it all)\b/],
  ['suicide', 'suicide', /\b(suicid\w*|sucid\w*|suicde\w*|sewerslide|unalive)\b/],
  ['suicide', 'want-to-die', /\b(want|wanna|going|ready) to die\b|\bbetter off dead\b|\bwish i (was|were) dead\b|\bdo not want to (be here|live|wake up)\b/],
  ['suicide', 'no-reason-to-live', /\b(no|nothing to) (reason|point) (to|in) (live|living|go on|going on)\b|\bcan not (go on|keep going|do this anymore)\b/],
  ['suicide', 'self-harm', /\b(self[- ]?harm\w*|cut(ting)? myself|hurt(ing)? myself|harm(ing)? myself)\b/],
  ['suicide', 'end-it', /\b(end it|end it all|finish it|go to sleep for good|sleep forever|not wake up)\b/],
  ['suicide', 'nobody-would-miss', /\b(nobody|no one|no-one) (would|will) (miss|care|notice)\b|\beveryone (would be|is) better off without me\b/],
  ['harm', 'going-to-hurt', /\b(going to|gonna|want to|will) (kill|hurt|stab|batter|do in) (him|her|them|someone|somebody|my \w+)\b/],
  ['harm', 'being-hurt', /\b(he|she|they|my \w+) (is|are|keeps|has been|was) (hitting|beating|hurting|strangling|choking) me\b|\b(hits|beats|chokes|strangles) me\b/],
  ['harm', 'child-danger', /\b(child|kid|kids|baby|children|daughter|son)\b.*\b(in danger|not safe|alone|hurt|hitting|abus\w*)\b/],
  ['medical', 'chest-pain', /\bchest (pain|pains|is (tight|hurting|crushing))\b|\bheart (attack|is (racing|pounding) and)\b/],
  ['medical', 'seizure', /\b(seizure|seizures|fitting|having a fit|convulsing|convulsions)\b/],
  ['medical', 'vomiting-blood', /\b(vomit\w*|throw\w* up|sick|coughing) (up )?blood\b/],
  ['medical', 'overheating', /\b(overheating|over heating|burning up|heat ?stroke)\b/],
  ['medical', 'collapsed', /\b(collapsed|passed out|unconscious|unresponsive)\b/],
];

/** Euphemisms that are everyday idioms, not danger ("dying for a smoke", "my feet are killing me"). */
const idioms = /\b(dying for a|killing me (laughing)?$|killed it|to die for|dead (funny|good|tired|on)|die laughing|dying of laughter)\b/;

export function detectCrisis(normalised: string): CrisisSignal | null {
  for (const [kind, pattern, rule] of patterns) {
    if (!rule.test(normalised)) continue;
    if (idioms.test(normalised) && kind === 'suicide') continue;
    return { kind, pattern };
  }
  return null;
}
