/**
 * Things a person says that call for harm-reduction information (offered with permission, never pushed):
 * shared/research/seeds.md treats "just got out" or "back on it after rehab" as a risk flag.
 */
export const riskSignals = ['tolerance', 'alone', 'strongSupply', 'injecting', 'overdoseHistory'] as const;
export type RiskSignal = (typeof riskSignals)[number];

const rules: [RiskSignal, RegExp][] = [
  ['tolerance', /\b(just |recently )?(got out|out of|released from|came out of|come out of|left|discharged from|back from|been in) (of )?(the )?(prison|jail|nick|jail|hospital|rehab|detox|residential)\b|\b(been off|been clean|had a break|stopped) (it |the \w+ )?(for )?(a while|ages|a few (days|weeks|months)|weeks|months|a month|a year)\b|\bfirst (time|hit|dig|bag) in (ages|a while|weeks|months)\b|\b(relapsed|slipped|lapsed|used again|picked up again|went back on it|back on (it|the \w+)|started (using )?again)\b.*\bafter (being off for |being clean for |)?(a|a few|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (days|weeks|months|years|yrs)\b|\b(a|a few|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (weeks|months|years|yrs) (off|clean|without|sober)\b.*\b(relapsed|slipped|used|using|picked up|back on|scored|score|smoked|had a|had some|going to|gonna)\b/],
  ['alone', /\b(use|using|used|take it|taking it|do it|doing it|smoke|smoking|inject|injecting|bang up|banging up|dig|digging)( \w+)? (on my own|alone|by myself|myself in my room)\b|\bnobody (is )?(around|with me) when i (use|take|do|smoke|inject)\b/],
  ['strongSupply', /\bnitaz\w*|\bfentanyl\b|\bfent\b|\bbad batch\b|\bstrong (gear|batch|stuff|brown)\b|\b(gear|batch|stuff) (is|has been|was) (really |well |dead )?(strong|dodgy|different)\b|\bfake (blues|valium|vallies|pills|xanax|xannies|bars|oxy)\b|\bxylazine|\btranq\b/],
  ['overdoseHistory', /\b(i|i have|i've|ive|he|she|my \w+) (has |have )?(overdosed|od'?d|over ?dosed|nearly died|been revived|got narcanned|got naloxoned)\b|\b(had|have had) (an|a few|two|three|loads of) (overdoses?|ods)\b/],
  ['injecting', /\binject\w*|\bbang(ing)? (up|it)\b|\bneedles?\b|\bthe works\b|\bmy works\b|\bshoot(ing)? up\b|\bjab(bing)?\b|\bveins?\b|\bdigs?\b/],
];

export function readRiskSignals(normalised: string): RiskSignal[] {
  return rules.filter(([, rule]) => rule.test(normalised)).map(([signal]) => signal);
}

/** "I'm 15", "im 14 years old", "under 16": the person has said they are under 16. */
export function saysUnderSixteen(normalised: string): boolean {
  if (/\b(i am|im|i'm|am) (only |just )?under (16|sixteen)\b|^(i am )?under (16|sixteen)\b/.test(normalised)) return true;
  const age = /\b(?:i am|im|i'm|am only|am just) (?:only |just )?(\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen)(?: years old| yrs| yo| year old)?\b(?! (?:days|weeks|months|years) (?:clean|off|sober|without))/.exec(normalised);
  if (!age) return false;
  const words: Record<string, number> = { eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15 };
  const value = words[age[1] ?? ''] ?? Number(age[1]);
  // "I'm 5" could be a ruler answer or "5 days off"; only ages a child would give count.
  return value >= 10 && value <= 15;
}
