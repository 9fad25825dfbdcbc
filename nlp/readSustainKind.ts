import type { SustainKind } from './messageAnalysis';

/**
 * What a piece of sustain talk is about, so a reflection can add meaning without adding a claim. "It's the only
 * thing that gets me through" is about what using gives them; "what's the point of going to NA" is a doubt about
 * help, and answering it with "right now it does something for you that matters" would put words in their mouth
 * (shared/research/mi.md §4). Null when the wording does not say: then only claim-free lines are used.
 * Reads normalised text; the first kind whose wording is found wins, most specific first.
 */

const kinds: [SustainKind, RegExp][] = [
  // Doubts about help or treatment: NA, meetings, rehab, detox, a script, services, "talking".
  [
    'doubts-help',
    /\b(?:what is the (?:point|use) (?:of|in) (?:going|na|aa|meetings?|rehab|detox|treatment|counsel\w*|groups?|services?|talking|the (?:clinic|group|meetings?))|(?:na|aa|meetings?|rehab|detox|treatment|counsel\w*|the (?:clinic|group|meetings?|script)|drug services?|keyworkers?|services?) (?:(?:is|are|was|were|do not|does not|never|just|all|full of|did not) ?)+(?:work|works|worked|help|helps|helped|pointless|useless|shit|rubbish|a joke|a waste|for me|do nothing|bullshit|happy clappy|religious|god)|(?:do not|does not) (?:need|want) (?:na|aa|rehab|detox|meetings?|help|treatment|services?|counsel\w*)|(?:nobody|no one|they) (?:can|could) (?:help|do anything))\b/,
  ],
  // Not seeing a problem: "I don't see a problem", "I've got it under control", "it's only weed", "everyone uses".
  [
    'no-problem',
    /\b(?:do not (?:really )?(?:see|think)(?: it as| it is| there is)? (?:a|any|much of a) (?:problem|issue)|(?:it is|that is|i am|i have|i have got|i got) (?:not (?:a|that) (?:problem|bad|big|serious)|fine|under control|in control|no problem|only (?:weed|a bit|at weekends|recreational)|just (?:weed|a bit|recreational|at weekends))|it under control|not (?:a|an) (?:problem|issue) (?:for|to) me|(?:everyone|everybody|all my mates|all my friends) (?:i know )?(?:uses|does it|smokes|drinks|takes)|no (?:big )?deal|i can (?:handle|manage) it)\b/,
  ],
  // Not able to stop, or not believing they could: "I can't stop anyway", "I've tried, it never works".
  [
    'cant',
    /\b(?:i (?:can not|could not|will never|would never|never|will not be able to|would not be able to|am not able to) (?:stop|quit|give (?:it|up)|do (?:it|without)|manage|get off|come off|kick|beat)|tried\b.*\b(?:never works|does not work|did not work|always go back|always end up|failed)|what is the point (?:of|in) (?:trying|even trying|bothering)|(?:too hard|impossible) to (?:stop|quit|give up|come off|get off)|(?:no|never) (?:way|chance) i (?:will |would )?(?:stop|quit|manage))\b/,
  ],
  // Not ready or not wanting to change now: "I'm not ready", "maybe later", "I don't want to stop".
  [
    'not-ready',
    /\b(?:not ready|not (?:right )?now|not yet|maybe (?:later|one day|next year|some day)|do not (?:really )?(?:want|wanna|plan) (?:to )?(?:stop|quit|give (?:it )?up|change|cut down)|not (?:thinking|planning) (?:about|of|on) (?:stopping|quitting|giving up|changing))\b/,
  ],
  // What using gives them: relief, sleep, calm, fun, getting through, coping, numbing.
  [
    'benefits',
    /\b(?:(?:gets|get|got|helps|help|helped) me (?:through|thru|get through|get thru|sleep|relax|cope|calm|chill|function|by|going|numb|forget|switch off|escape)|(?:only|one) thing (?:that |which )?(?:gets|helps|keeps|makes|works)|i (?:really )?(?:like|love|enjoy) (?:it|the|my|using|getting|being)|(?:makes|keeps) me (?:feel|calm|happy|normal|going|sane|chilled|relaxed|numb|functional)|takes the edge off|(?:it is|that is) (?:just |only )?(?:fun|a laugh|a bit of fun|a buzz|a good time)|(?:it is|that is) (?:my|the only) (?:escape|way to cope|way of coping|release|relief|treat)|(?:can not|could not) (?:sleep|cope|function|face (?:the day|things|it)|get through (?:the day|it)) without|(?:blocks|numbs|quietens|quiets) (?:out )?(?:the|my|everything|it)|i need it to (?:sleep|cope|function|get through|feel))\b/,
  ],
];

export function readSustainKind(normalised: string): SustainKind | null {
  for (const [kind, pattern] of kinds) if (pattern.test(normalised)) return kind;
  return null;
}
