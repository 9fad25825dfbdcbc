/**
 * Discord: pushing back against the bot itself ("you don't get it", "stop preaching", "whatever"),
 * as distinct from sustain talk about the drug. The dialogs answer it by backing off, never by arguing.
 */

const discordRules: RegExp[] = [
  /\byou (do not|dont|will never|would not|can not|could never) (get|understand|know|have a clue)\b/,
  /\byou (have|got) no (idea|clue)\b|\bwhat (would|do) you know\b/,
  /\b(stop|quit|pack in) (preaching|lecturing|telling me|going on|nagging|judging|asking|askin|questioning|hassling|mithering|badgering|bugging)\b/,
  /\b(do not|dont) (preach|lecture|judge|tell me what)\b|\bnot (your|ur) (business|place)\b|\bnone of (your|ur) (business|concern)\b/,
  /\b(do not|dont) need (a|another|your|ur|any) (lecture|sermon|telling off|preaching|judging)\b/,
  /\byou (sound|talk|are) (just )?like (my|a|an|every) (social worker|worker|key ?worker|mum|mam|dad|doctor|nurse|probation officer|copper|teacher|counsellor)\b/,
  /\bwho are you to\b|\bwho asked you\b|\bwho (do|does) you think you are\b/,
  /^(whatever|w\/e|so what|and|and\?|k|meh|if you say so|yeah right|sure sure|as if)[.!?]*$/,
  /\b(leave me alone|shut up|piss off|f+ off|fuck off|jog on|do one|mind your own|get lost|not listening|give it a rest|back off|get off my back)\b/,
  /\b(you are|your|you sound|you) (just |only )?(a bot|a robot|a machine|useless|not helping|no help|pointless|like my mum|like a social worker|like a doctor|patronising|condescending|preachy)\b/,
  // said to the bot, not "i want to go away for a bit"
  /(^|[.!,] ?)(ok |okay |just |please |oh |now )*go away\b/,
  /\b(not|never) (asked|asking) (for|you)\b|\bdid not ask\b/,
  /\b(this|you|that) (is|are) (pointless|useless|rubbish|shit|crap|a waste of time|bollocks|patronising)\b/,
  /\b(same|heard it all) (old )?(shit|crap|lecture|speech|before)\b|\beveryone (keeps )?(telling|tells) me\b/,
];

export function detectDiscord(normalised: string): boolean {
  return discordRules.some((rule) => rule.test(normalised));
}
