import type { ConversationContext } from '../machines/conversationMachine';
import { chooseReflection, type ReflectionTemplates } from '../nlp/chooseReflection';
import type { MessageAnalysis } from '../nlp/messageAnalysis';
import { turnRound } from '../nlp/reflect';
import type { PlannedMessage } from './replyPlan';

/** Labels the bot never says, even when the person uses them about themselves (language.md §1, §4). */
/**
 * Their words as the bot may say them back: their "clean" as "off it" (language.md §2); a text with any other
 * label ("addict", "junkie") is not said back at all (null).
 */
export function sayableWords(text: string): string | null {
  const said = text.replace(/\bstay clean\b/gi, 'stay off it').replace(/\b(been|was|were|be|being|keep|kept|stayed|get|got) clean\b/gi, '$1 off it');
  return labels.test(said) ? null : said;
}

const labels = /\b(addicts?|junkies?|druggies?|smackheads?|crackheads?|alcoholics?|clean|dirty|abuse|abuser|abusing|misuse)\b/i;

/** Turned-round wording that reads wrong ("you're fine as you're"), or a redacted name showing through ("your sister name you"). */
const garbled = /\byou're\.?$|\bI are\b|\bname\b/;

/** Enough tries to step past every recent line for one message; chooseReflection is deterministic. */
const maxTries = 8;

/**
 * The reflection for this message (nlp/chooseReflection over content/reflections.yaml), or null when there is
 * nothing the person said worth reflecting. `saidLately` says whether a line was used in the last ten turns;
 * such a line, or one with a label in it, is set aside and the next best chosen.
 */
export function reflectionFor(
  analysis: MessageAnalysis,
  context: ConversationContext,
  templates: ReflectionTemplates,
  saidLately: (text: string) => boolean,
  preferComplex = false,
): PlannedMessage | null {
  let fallback: PlannedMessage | null = null;
  let fallbackMissesClause = false;
  if (!substantive(analysis)) return null;
  // "if I can do it on my own" is not something they said about themselves; reflect the rest of the message instead.
  if (analysis.reflection && /^(if|when|whether|what|how|why)\b/.test(analysis.reflection)) analysis = { ...analysis, reflection: null };
  // The change talk they said before, back in their own first person, so a double-sided reflection ends on it.
  // Only the change statements the conversation already keeps are used; nothing more is stored.
  // One given back in a double-sided reflection lately is not given back again: "…and on the other, you spent your
  // whole wage" turn after turn is a repeat however the first half changes.
  const earlierChange = [...context.changeStatements].reverse().find((said) => said !== analysis.reflection && !saidLately(changeSide(said)));
  // Sustain talk is given back briefly in their own words (mi.md §5). Where no line fits what kind of sustain talk it
  // is, the only complex line left says nothing of what they said ("That's how it looks from where you are"), and
  // is no better for counting as complex.
  if (analysis.talk === 'sustain' && analysis.sustainKind === null && analysis.reflection && !analysis.discord) preferComplex = false;
  const setAside: string[] = [];
  for (let attempt = 0; attempt < maxTries; attempt++) {
    const chosen = chooseReflection(
      analysis,
      {
        recent: setAside,
        ...(earlierChange && analysis.talk === 'sustain' ? { saidChange: firstPerson(earlierChange) } : {}),
        // Their word for the drug from earlier only where they are talking about change or carrying on; a reply
        // of a word or two about something else is not turned into one about the drug.
        ...(context.substanceWord && analysis.talk !== 'neutral' ? { substanceWord: context.substanceWord } : {}),
      },
      templates,
    );
    if (!chosen) return fallback;
    setAside.push(chosen.text);
    const text = sayableWords(chosen.text);
    if (text === null || saidLately(text) || garbled.test(text)) continue;
    // A simple reflection gives back their own clause when there is one, not just the drug or life area named.
    const missesClause = chosen.kind === 'reflection-simple' && analysis.reflection !== null && !text.toLowerCase().includes(analysis.reflection.toLowerCase());
    if (!missesClause && (chosen.kind === 'reflection-complex' || !preferComplex)) return { text, kind: chosen.kind };
    if (!fallback || (fallbackMissesClause && !missesClause)) {
      fallback = { text, kind: chosen.kind };
      fallbackMissesClause = missesClause;
    }
  }
  return fallback;
}

/** What is remembered (as a fingerprint, like every line) when a change statement is given back inside a line. */
export function changeSide(statement: string): string {
  return `change side ${statement}`;
}

/** A stored statement ("you're sick of it") back in the person's first person ("i'm sick of it"), as chooseReflection expects. */
export function firstPerson(statement: string): string {
  const verbs = statement.replace(/\byou're\b/g, "i'm").replace(/\byou've\b/g, "i've").replace(/\byou are\b/g, 'i am').replace(/\byou were\b/g, 'i was');
  return turnRound(verbs.replace(/\bi'm\b/g, 'I_AM').replace(/\bi've\b/g, 'I_HAVE').replace(/\bi am\b/g, 'I_AM').replace(/\bi was\b/g, 'I_WAS'))
    .replace(/I_AM/g, "i'm").replace(/I_HAVE/g, "i've").replace(/I_WAS/g, 'i was');
}

/** Something to reflect: talk for or against change, a feeling, a life area, a drug, pushing back, or a statement about themselves. */
function substantive(analysis: MessageAnalysis): boolean {
  if (analysis.empty || analysis.crisis || analysis.command) return false;
  return analysis.talk !== 'neutral' || analysis.feelings.length > 0 || analysis.topics.length > 0 || analysis.substances.length > 0 || analysis.discord || analysis.reflection !== null;
}
