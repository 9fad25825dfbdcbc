import type { ChangeKind, TalkType } from './messageAnalysis';

/**
 * The v1 keyword reader, kept unchanged as a baseline for `npm run bench:nlp`; the bot uses `talkType.ts`.
 * First, rule-based reading of change talk and sustain talk (DARN-CAT, shared/research/mi.md §5).
 * Sustain rules are tried first because the commonest sustain talk is a negated change phrase
 * ("I don't want to stop"), while a negated sustain phrase ("I don't want to keep using") is change talk.
 */

const stopVerbs = '(stop|stopping|quit|quitting|cut down|cut back|cutting down|come off|get off|give up|pack it in|change|sort (it|this|myself) out|get help|get clean)';
const usingVerbs = '(using|doing (it|this|drugs)|taking (it|drugs)|smoking|drinking|injecting|like this|living like this|be like this)';

const sustainRules: RegExp[] = [
  new RegExp(`\\b(do|did) not (want|wanna|plan|intend) to ${stopVerbs}`),
  new RegExp(`\\bnot (ready|going) to ${stopVerbs}`),
  /\b(can not|could not|will never be able to) (stop|quit|cope without|sleep without|function without|manage without|live without|do without)\b/,
  /\b(it|that|they|this|the \w+|weed|gear|drink) (helps|help|calms|relaxes) me\b/,
  /\b(i|i just) (need|needs) (it|them|my \w+)\b/,
  /\bi (enjoy|like|love) (it|using|getting|being|the buzz|smoking|drinking)\b/,
  /\b(it is|its|that is) not (a|really a) problem\b/,
  /\bno problem with\b/,
  /\b(i am|i feel) (fine|in control|alright with it)\b/,
  /\bi can (handle|control) it\b/,
  /\b(no point|what is the point)\b/,
  /\beveryone (does|uses|is on)\b/,
  /\bonly (thing|way) (that )?(gets|helps|works|keeps)\b/,
  /\bnothing wrong with\b/,
];

const changeRules: [ChangeKind, RegExp][] = [
  ['taking-steps', /\b(did not|have not|never) (use|used|buy|bought|score|scored|take|took|drink|drank|smoke|smoked) (any|anything|last|yesterday|today|this|for)\b/],
  ['taking-steps', /\b(i )?(rang|called|phoned|went to|got on|started on|booked|signed up)\b.*\b(service|meeting|doctor|gp|script|clinic|methadone|na|key ?worker)\b/],
  ['taking-steps', /\b(been|stayed) off (it|the \w+)\b|\bdays (off|without)\b|\b(already|have) cut down\b/],
  ['commitment', new RegExp(`\\b(i am going to|i will|i am gonna|i promise to|from (now|tomorrow|monday) i will) (\\w+ )?${stopVerbs.slice(0, -1)}|try|ring|call|go|see|talk|make)`)],
  ['commitment', /\bi am (stopping|quitting|cutting down|packing it in)\b/],
  ['activation', new RegExp(`\\b(ready|willing|prepared) to (\\w+ )?${stopVerbs.slice(0, -1)}|try|give it a go|do something|make a change)`)],
  ['activation', /\b(thinking about|thinking of|considering) (stopping|quitting|cutting|coming off|getting help|changing)\b/],
  ['need', new RegExp(`\\b(need to|have to|got to|must|should) (\\w+ )?${stopVerbs}`)],
  ['need', /\b(something has to|something needs to|things have to|it has to) (change|give|stop)\b/],
  ['desire', new RegExp(`\\b(want|wanna|would like|wish i could|i wish i could|hope) (to )?(\\w+ )?${stopVerbs}`)],
  ['desire', new RegExp(`\\b(do|did) not want to (keep|carry on|go on|be) (${usingVerbs.slice(1, -1)}|like this|this way)`)],
  ['desire', /\b(fed up|sick|sick and tired|tired) of (it|using|this|the \w+|being)\b|\bi want (out|my life back|a normal life)\b/],
  ['ability', new RegExp(`\\b(i )?(could|can|think i can|think i could|managed to|was able to) (\\w+ )?${stopVerbs.slice(0, -1)}|go a day|go without|manage|do it)`)],
  ['reasons', /\b(for|because of) (my )?(kids|children|daughter|son|baby|family|mum|mam|dad|partner|girlfriend|boyfriend|wife|husband|health|job)\b/],
  ['reasons', /\b(costing|cost) me\b|\bskint\b|\b(ruining|wrecking|destroying) (my|me)\b|\b(lose|lost|losing) (my|the) (kids|job|house|flat|home|partner|family)\b/],
  ['reasons', /\bworried (about|for) (my|the)\b|\bnot (good|healthy) for me\b|\bscared (of|about) (what|my|where)\b/],
];

interface TalkReading {
  talk: TalkType;
  changeKind: ChangeKind | null;
}

export function keywordTalkType(normalised: string): TalkReading {
  if (sustainRules.some((rule) => rule.test(normalised))) {
    // "I don't want to stop but I need to": mixed; the stronger, later statement counts (often change).
    const change = changeRules.find(([, rule]) => rule.test(normalised.split(/\bbut\b/).slice(1).join(' ')));
    if (change) return { talk: 'change', changeKind: change[0] };
    return { talk: 'sustain', changeKind: null };
  }
  const change = changeRules.find(([, rule]) => rule.test(normalised));
  if (change) return { talk: 'change', changeKind: change[0] };
  return { talk: 'neutral', changeKind: null };
}
