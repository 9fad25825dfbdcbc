import type { Area } from '../content/schemas/services';
import { detectCrisis } from './detectCrisis';
import { findSubstances, type SubstanceIndex } from './findSubstances';
import type { MessageAnalysis } from './messageAnalysis';
import { normalise, words } from './normalise';
import { readAnswer, readCommand } from './readIntent';
import { matchPlace } from './matchPlace';
import { readRiskSignals, saysUnderSixteen } from './readRiskSignals';
import { readRuler } from './readRuler';
import { redactPersonalDetails } from './redactPersonalDetails';
import { reflectClause } from './reflect';
import { detectDiscord, readTalk } from './talkType';

/** What the NLP needs from content. */
export interface NlpLexicons {
  substances: SubstanceIndex;
  /** the areas outreach links and people can name (content/services/areas.yaml) */
  areas: readonly Area[];
}

/** Reads everything the conversation needs from one message. Crisis is read first and alone can never fail. */
export function analyseMessage(text: string, lexicons: NlpLexicons): MessageAnalysis {
  const normalised = normalise(text);
  const tokens = words(normalised);
  const crisis = detectCrisis(normalised);
  const talk = readTalk(normalised);
  return {
    empty: tokens.length === 0,
    crisis,
    command: crisis ? null : readCommand(normalised),
    answer: readAnswer(normalised),
    talk: talk.talk,
    changeKind: talk.changeKind,
    discord: detectDiscord(normalised),
    feelings: [],
    topics: [],
    substances: findSubstances(tokens, lexicons.substances),
    ruler: readRuler(normalised),
    // Personal details are taken out before the reflection can be shown back or stored.
    reflection: reflectClause(redactPersonalDetails(normalised)),
    place: matchPlace(text, lexicons.areas),
    riskSignals: readRiskSignals(normalised),
    underSixteen: saysUnderSixteen(normalised),
  };
}
