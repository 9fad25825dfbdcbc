import type { ChangeKind, TalkType } from './messageAnalysis';
import { clauseTokens, negationScope } from './negation';

/**
 * Clear cues of change and sustain talk (DARN-CAT, shared/research/mi.md §5), read with negation.
 * A cue is a frame ("want to", "can", "going to"…) followed by a target: a change target ("stop", "cut down")
 * or a carry-on target ("keep using", "score"). Negating either side flips the meaning, so
 * "I don't want to stop" is sustain and "I don't want to keep using" is change.
 */

export interface TalkCue {
  talk: Exclude<TalkType, 'neutral'>;
  kind: ChangeKind | null;
  /** which cue fired, for features and debugging (never the person's words) */
  rule: string;
  /** token position where the cue starts, so the last thing said can win */
  at: number;
  /** a frame cue ("got to" + "get off"), which names the kind more surely than a pattern cue ("court") */
  frame: boolean;
}

type Phrase = string[];
const phrases = (list: string): Phrase[] => list.split('|').map((p) => p.trim().split(' '));

/** Groups phrases by first word so each token is checked only against phrases that can start there. */
function byFirstWord<T>(items: [Phrase, T][]): Map<string, [Phrase, T][]> {
  const map = new Map<string, [Phrase, T][]>();
  for (const item of items) map.set(item[0][0] ?? '', [...(map.get(item[0][0] ?? '') ?? []), item]);
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  return map;
}

const frames: [ChangeKind, Phrase[]][] = [
  ['activation', phrases('ready to|willing to|prepared to|up for|thinking about|thinking of|considering|going to try|try to|try and|trying to|give it a go|give it a try')],
  ['commitment', phrases('will|going to|promise to|promise i will|plan to|planning to|intend to|decided to|from now on i will|from tomorrow i will')],
  ['desire', phrases('want to|want|would like to|would love to|wish i could|wish i|hope to|hoping to|rather|desperate to|dying to')],
  ['need', phrases('need to|have to|got to|must|should|ought to|has to|have got to')],
  ['ability', phrases('can|could|able to|manage to|managed to|know i can|reckon i can|reckon i could')],
];

const changeTargets = phrases(
  'stop|stopping|quit|quitting|cut down|cutting down|cut back|cut it down|reduce|come off|coming off|get off it|get off the|get off them|' +
    'give up|giving up|give it up|pack it in|pack * in|packing it in|knock it on the head|knock * on the head|knock the * on the head|jack it in|jack in|pack in|pack the * in|jack * in|sort it out|sort myself out|sort my life out|' +
    'get help|get clean|get sober|get on a script|get a script|go on a script|detox|rehab|change|make a change|go without|do without|' +
    'stay off|keep off|be off|get my life back|get out of this|ring|call|phone|go to na|go to a meeting|see someone|talk to someone',
);

const carryOnTargets = phrases(
  'keep using|keep doing|keep taking|keep smoking|keep drinking|keep injecting|keep on|carry on|go on using|use|using|' +
    'smoke|smoking|drink|drinking|score|scoring|inject|injecting|get high|get wasted|get wrecked|get mashed|' +
    'get off my head|get off my face|live like this|living like this|keep living|keep going like this|go on like this|carry on like this|be like this|doing this',
);

/** Sustain cues that need no frame: benefits of using, no problem, can't cope without. */
const sustainPatterns: [string, RegExp][] = [
  ['takes-the-edge-off', /\b(takes|take|took) the edge off\b/],
  ['helps-me', /\b(it|that|they|this|the \w+|weed|gear|drink|spice|benzos|rock|crack|booze) (helps|help|calms|relaxes|chills|sorts|gets) me\b|^(just )?(helps?|calms?|relax(es)?|chills?|gets?) me (sleep|through|thru|get through|get thru|calm|chill|relax|forget|cope|going|by|switch off|escape|unwind|face)\b/],
  ['need-it', /\bi (just |really )?need (it|them|my \w+|a (hit|bag|fix|drink|smoke|toot|pipe|joint|spliff|line))\b/],
  ['enjoy-it', /\bi (really )?(enjoy|like|love) (it|using|getting|being (high|off)|the buzz|the rush|smoking|drinking|a smoke|a drink|a joint)\b/],
  ['not-a-problem', /\b(it is|it|that is|its) not (a|really a|that much of a|that big a|much of a) (problem|issue|big deal)\b|\bno (problem|issue) with\b|\bnot (a big deal|that bad|that serious)\b/],
  ['in-control', /\b(i am|i feel) (fine|in control|alright|okay) (with it|on it|as i am)\b|\bi can (handle|control|manage) (it|my)\b|\bi (have|got) it (under control|sorted)\b/],
  ['no-point', /\b(no point|what is the point|why bother|waste of time) (in )?(stopping|trying|quitting|changing)?\b/],
  ['everyone-does', /\b(everyone|everybody)( (round|around) here| i know)? (does|uses|is on|smokes|drinks|takes)\b|\bnormal (round|around) here\b/],
  ['only-thing', /\bonly (thing|way) (that )?(gets|helps|works|keeps|makes)\b|\bhow (else )?(would|do|could) i (cope|sleep|get through)\b/],
  ['nothing-wrong', /\bnothing wrong with\b|\bnot hurting (anyone|anybody)\b|\bit is my (life|choice|business|money)\b|\bi can (easily |still )?afford it\b/],
  ['but-can-not', /\bbut (i )?(just )?(can not|could not|do not know how|never can|will not|am not ready)( do it| stop| manage)?\s*[.!]*$/],
  // "its just fun", "it's only a laugh": what it gives them, played down
  ['just-fun', /\b(it is|its|it|that is|weed is|it is all) (just|only)? ?(fun|a laugh|a bit of fun|a buzz|a good time|a good laugh)\b/],
  ['cannot-cope-without', /\b(can not|could not) (cope|sleep|function|manage|live|get through the day|get up|eat) without\b/],
];

/** Change cues that need no frame: reasons, being fed up, steps already taken. */
const changePatterns: [ChangeKind, string, RegExp][] = [
  ['taking-steps', 'did-not-use', /\b(did not|have not|has not|never|not) (use|used|buy|bought|score|scored|take|took|touch|touched|drink|drank|smoke|smoked|pick(ed)? up|had|have had) (any|anything|it|last|yesterday|today|this|for|since|in|a (bag|hit|drink|smoke|pipe|line|dig|toot|spliff|joint|pill|tab|drop|bit|score))\b/],
  ['taking-steps', 'off-it-now', /\bi am (off|clear of|done with) (it|them|the \w+) (now|for good|these days|at the moment|since)\b/],
  ['taking-steps', 'not-touched-since', /\b(not|never|have not|did not) (touched|used|had|scored|bought|smoked|taken|done) (the|any|a|my) \w+ (since|for|in)\b/],
  ['taking-steps', 'got-help', /\b(rang|called|phoned|went to|been to|got on|started on|started|booked|signed up|registered|made an appointment|got an appointment|seen|saw|spoke to|talked to)\b.*\b(service|meeting|doctor|gp|script|clinic|methadone|subutex|buvidal|na|ca|aa|key ?worker|detox|rehab|drug team|outreach|needle exchange|nurse)\b/],
  ['taking-steps', 'been-off', /\b(been|stayed|kept) (off|away from|clear of) (it|the \w+|them|\w+) (for|since)\b|\b(days|weeks|months) (off|without|clear|sober)\b|\b(already|have|i) (cut down|cut back|stopped|quit|reduced)\b|\bhave (been|stayed) (off|sober|clear)\b/],
  ['reasons', 'for-family', /\b(for|because of|think of|thinking of|thinking about) (my )?(kids|kid|children|daughter|son|baby|bairns|family|mum|mam|dad|partner|girlfriend|boyfriend|wife|husband|health|job|nan|grandkids)\b/],
  ['reasons', 'missing-family', /\bi (really )?miss (my|the) (kids|kid|children|daughter|son|baby|bairns|family|mum|mam|dad|partner|girlfriend|boyfriend|wife|husband|nan|grandkids|old life|job)\b/],
  ['reasons', 'costs', /\b(costing|cost) me\b|\bskint\b|\bbroke\b|\b(ruining|wrecking|destroying|killing|ruined|wrecked) (my|me)\b|\b(lose|lost|losing) (my|the) (kids|job|house|flat|home|partner|family|teeth|friends|mates)\b/],
  // What using has cost them, said as a plain fact: the negation in "my kids don't see me" is the loss, not sustain talk.
  ['reasons', 'losses', /\b(my|me) (kids?|children|daughter|son|bairns?|weans?|mum|mam|ma|dad|da|family|partner|missus|fella|girlfriend|boyfriend|wife|husband|nan|gran|mates|friends|sister|brother|ex) (do not|does not|will not|would not|did not|never|can not|hardly|barely|no longer|not) (really |even )?(see|talk to|speak to|visit|ring|call|text|trust|come round|let me|want me|want to see|want to know|believe|bother with)\b|\bnot allowed (to )?see (my|me) \w+|\b(can not|could not) (even )?afford (food|to eat|the rent|rent|my rent|bills|the bills|the electric|electric|gas|the gas|anything|nothing|to live|my kids)\b|\bspent (all )?(my|me|the) (whole |last )?(wage|wages|money|giro|benefits|rent|pay|savings|universal credit|uc)\b|\b(kicked|thrown|chucked|put) me out\b|\blost (custody|contact)\b/],
  ['reasons', 'worried', /\bworried (about|for) (my|the|me|what)\b|\bnot (good|healthy) for me\b|\b(scared|frightened|terrified|afraid) (of|about|i will|i am going to|i might)\b|\b(court|probation|social services|social worker)\b/],
  ['desire', 'fed-up', /\b(fed up|sick|sick and tired|tired|done|had enough) (of|with) (it|using|this|the \w+|being|everything|chasing|rattling|my life|living)\b|\bi want (out|my life back|a normal life|a better life|to be normal)\b|\bhad enough\b/],
  ['commitment', 'am-stopping', /\bi am (stopping|quitting|cutting down|packing it in|giving up|coming off)\b/],
  ['need', 'but-need-to', /\bbut (i )?(really |know i |probably )?(need|have|got|should|ought) to( really)?\s*[.!]*$/],
  ['need', 'has-to-change', /\b(something|things|it|this) (has to|needs to|have to|got to|must) (change|give|stop)\b|\bcan not (go on|carry on|keep going) like this\b/],
];

const maxGap = 4;

const frameIndex = byFirstWord(frames.flatMap(([kind, list]) => list.map((p): [Phrase, ChangeKind] => [p, kind])));
const targetIndex = byFirstWord([
  ...changeTargets.map((p): [Phrase, boolean] => [p, true]),
  ...carryOnTargets.map((p): [Phrase, boolean] => [p, false]),
]);

/** "*" in a phrase stands for any one word ("knock * on the head"). */
function startsAt(tokens: readonly string[], i: number, phrase: Phrase): boolean {
  return phrase.every((word, k) => tokens[i + k] === word || (word === '*' && /^[a-z0-9]+$/.test(tokens[i + k] ?? '')));
}

/** The first change or carry-on target within `maxGap` tokens after `from`, not crossing a clause break. */
function findTarget(tokens: readonly string[], from: number): { at: number; change: boolean } | null {
  for (let j = from; j < tokens.length && j <= from + maxGap; j++) {
    if (/^[.,!?;:]$|^but$|^because$/.test(tokens[j] ?? '')) return null;
    const hit = targetIndex.get(tokens[j] ?? '')?.find(([p]) => startsAt(tokens, j, p));
    if (hit) return { at: j, change: hit[1] };
  }
  return null;
}

function frameCues(tokens: readonly string[], negated: readonly boolean[]): TalkCue[] {
  const cues: TalkCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Frames are tried longest first ("going to try" before "going to"); the first with a target counts.
    for (const [frame, kind] of frameIndex.get(tokens[i] ?? '') ?? []) {
      if (!startsAt(tokens, i, frame)) continue;
      const target = findTarget(tokens, i + frame.length);
      if (!target) continue;
      let towardsChange = target.change;
      if (negated[i]) towardsChange = !towardsChange;
      if (negated[target.at] && !negated[i]) towardsChange = !towardsChange;
      const rule = `${kind}-${target.change ? 'change' : 'carry-on'}${negated[i] || negated[target.at] ? '-negated' : ''}`;
      if (towardsChange) {
        // "I can't keep doing this" is not ability; it is a need for things to change.
        const cueKind = kind === 'ability' && (negated[i] || negated[target.at]) ? 'need' : kind;
        cues.push({ talk: 'change', kind: cueKind, rule, at: i, frame: true });
      } else cues.push({ talk: 'sustain', kind: null, rule, at: i, frame: true });
      i = target.at;
      break;
    }
  }
  return cues;
}

/** The token position where the pattern first matches, or -1. */
function tokenAt(pattern: RegExp, normalised: string): number {
  const match = pattern.exec(normalised);
  return match ? clauseTokens(normalised.slice(0, match.index)).length : -1;
}

/** Every clear cue in a normalised message, in the order they occur (frame cues first). */
export function readTalkCues(normalised: string): TalkCue[] {
  const tokens = clauseTokens(normalised);
  const negated = negationScope(tokens);
  const cues = frameCues(tokens, negated);
  for (const [rule, pattern] of sustainPatterns) {
    const position = tokenAt(pattern, normalised);
    if (position >= 0) cues.push({ talk: 'sustain', kind: null, rule, at: position, frame: false });
  }
  for (const [kind, rule, pattern] of changePatterns) {
    const position = tokenAt(pattern, normalised);
    if (position >= 0) cues.push({ talk: 'change', kind, rule, at: position, frame: false });
  }
  return cues;
}
