import type { z } from 'zod';
import { crisisPatternsSchema, type crisisPatternSchema, type CrisisPatterns } from '../content/schemas/crisisPatterns';
import { builtInSlots } from './crisisBuiltInWords';
import { overdosePatterns } from './crisisOverdosePatterns';
import { medicalPatterns } from './crisisMedicalPatterns';
import { suicidePatterns } from './crisisSuicidePatterns';
import { harmPatterns } from './crisisHarmPatterns';
import { harmPatternsAfterRound19, suicidePatternsAfterRound19 } from './crisisPatternsAfterRound19';
import { harmPatternsAfterRound20, medicalPatternsAfterRound20, overdosePatternsAfterRound20 } from './crisisPatternsAfterRound20';
import { harmPatternsAfterRound21, suicidePatternsAfterRound21 } from './crisisPatternsAfterRound21';
import { harmPatternsAfterRound22, medicalPatternsAfterRound22, suicidePatternsAfterRound22 } from './crisisPatternsAfterRound22';
import { harmPatternsAfterRound24, overdosePatternsAfterRound24 } from './crisisPatternsAfterRound24';
import { harmPatternsAfterRound25, medicalPatternsAfterRound25, overdosePatternsAfterRound25, suicidePatternsAfterRound25 } from './crisisPatternsAfterRound25';
import { harmPatternsAfterRound28, medicalPatternsAfterRound28, suicidePatternsAfterRound28 } from './crisisPatternsAfterRound28';
import { harmPatternsAfterRound32, medicalPatternsAfterRound32 } from './crisisPatternsAfterRound32';
import { harmPatternsAfterRound37, medicalPatternsAfterRound37, suicidePatternsAfterRound37 } from './crisisPatternsAfterRound37';
import {
  harmPatternsAfterRound41,
  overdosePatternsAfterRound41,
  overdosePatternsAfterRound43,
  suicidePatternsAfterRound41,
} from './crisisPatternsAfterRound41';
import { harmPatternsAfterRound45, medicalPatternsAfterRound47, suicidePatternsAfterRound49 } from './crisisPatternsAfterRound45';
import { harmPatternsAfterRound51, overdosePatternsAfterRound53, suicidePatternsAfterRound51 } from './crisisPatternsAfterRound51';
import {
  harmPatternsAfterRound57,
  medicalPatternsAfterRound57,
  overdosePatternsAfterRound57,
  suicidePatternsAfterRound57,
} from './crisisPatternsAfterRound57';
import {
  harmPatternsAfterRound59,
  medicalPatternsAfterRound59,
  overdosePatternsAfterRound59,
  suicidePatternsAfterRound59,
} from './crisisPatternsAfterRound59';
import {
  harmPatternsAfterRound61,
  medicalPatternsAfterRound61,
  overdosePatternsAfterRound61,
  suicidePatternsAfterRound61,
} from './crisisPatternsAfterRound61';
import {
  harmPatternsAfterRound63,
  overdosePatternsAfterRound63,
  suicidePatternsAfterRound63,
} from './crisisPatternsAfterRound63';
import { harmPatternsAfterRound65, overdosePatternsAfterRound65 } from './crisisPatternsAfterRound65';
import { harmPatternsAfterRound67, medicalPatternsAfterRound67, overdosePatternsAfterRound67 } from './crisisPatternsAfterRound67';
import { harmPatternsAfterRound69, overdosePatternsAfterRound69, suicidePatternsAfterRound69 } from './crisisPatternsAfterRound69';
import {
  harmPatternsAfterRound73,
  medicalPatternsAfterRound73,
  overdosePatternsAfterRound73,
  suicidePatternsAfterRound73,
} from './crisisPatternsAfterRound73';
import {
  harmPatternsAfterRound75,
  overdosePatternsAfterRound75,
  suicidePatternsAfterRound75,
} from './crisisPatternsAfterRound75';
import { suicidePatternsAfterRound79 } from './crisisPatternsAfterRound79';
import { harmPatternsAfterRound81, medicalPatternsAfterRound81, suicidePatternsAfterRound81 } from './crisisPatternsAfterRound81';
import { harmPatternsAfterRound83, medicalPatternsAfterRound83, suicidePatternsAfterRound83 } from './crisisPatternsAfterRound83';
import { harmPatternsAfterRound85, medicalPatternsAfterRound85, suicidePatternsAfterRound85 } from './crisisPatternsAfterRound85';
import { harmPatternsAfterRound87, medicalPatternsAfterRound87, overdosePatternsAfterRound87, suicidePatternsAfterRound87 } from './crisisPatternsAfterRound87';
import { harmPatternsAfterRound89, overdosePatternsAfterRound89, suicidePatternsAfterRound89 } from './crisisPatternsAfterRound89';
import { harmPatternsAfterRound91, overdosePatternsAfterRound91, suicidePatternsAfterRound91 } from './crisisPatternsAfterRound91';
import { harmPatternsAfterRound93, medicalPatternsAfterRound93, suicidePatternsAfterRound93 } from './crisisPatternsAfterRound93';
import { harmPatternsAfterRound95, medicalPatternsAfterRound95, suicidePatternsAfterRound95 } from './crisisPatternsAfterRound95';

/**
 * The crisis patterns compiled into the bot, so the crisis reply never depends on a content file loading.
 * content/crisis-patterns.yaml can only ADD to these; its header explains the phrase marks (`a/b`, `...`,
 * `{slot}`, `=word`…) and the reasons behind each choice. Parsed by the same schema as the content file, once.
 * The patterns live in one file per kind (crisisOverdosePatterns.ts, crisisMedicalPatterns.ts,
 * crisisSuicidePatterns.ts, crisisHarmPatterns.ts), their words in crisisBuiltInWords.ts.
 */

/** A built-in pattern as written (defaults filled in by the schema). */
export type BuiltInPattern = z.input<typeof crisisPatternSchema>;

/**
 * Two weak overdose signs ("on the floor" + "after the spice", a floppy arm + a face "dropped down") that a fit or
 * a stroke explains: when one of these medical patterns also matches, and no other overdose pattern does, the
 * message is medical. A fit or a stroke with a strong sign (not breathing, blue, won't wake) stays an overdose.
 * Only the named explaining patterns count, and they may be of any kind.
 */
export const explainedByMedical: Record<string, string[]> = {
  // after round 20: coughing or vomiting blood with breathlessness after using is the chest or the gut (the Decisions)
  // "bump's gone dead still … had a pipe": the pregnancy; "did stuff to me while I was out of it on ket": the assault
  // round 42: "his leg where he injects has gone massive and purple and now he's short of breath" is the leg (a clot)
  // round 47: spice, "red hot n shakin n his eyes keep rollin back" is overheating
  // round 67's families: an abscess with a fever, "clammy, very muddled, pulse racing" is sepsis
  'overdose-signs': ['awake-and-breathless', 'seizure', 'overheating', 'rash-not-fading', 'allergic-reaction', 'stroke-signs', 'chest-pain', 'artery-hit', 'blood-and-breathless', 'pregnancy-emergency', 'without-consent', 'withdrawal-danger', 'head-injury', 'limb-danger', 'sepsis-signs', 'infection-after-birth'],
  // round 41's second-person lines: "lips and face are swelling after a new medication, she's wheezy" is the allergy
  'breathless-after-using': ['blood-and-breathless', 'allergic-reaction'],
  // round 73's families: "took too much meow meow n my hearts racin out my chest" is the heart
  'took-too-much': ['stimulant-heart-fear'],
  'eyes-rolled-back': ['seizure', 'overheating', 'withdrawal-danger'],
  // after round 16: a limb "gone purple" where someone injects is an infection or a clot, not a person gone blue;
  // "everything went fuzzy" while being strangled is the strangling (a harm pattern explains it too)
  // after round 17: a hand gone cold and white (or blue) after hitting an artery is the artery, not an overdose
  // after round 21: someone awake, colour off and clutching the chest, is medical (the Decisions)
  // round 48's second-person lines: "purple spots on his legs, done the glass thing n they dont fade" is the rash
  // round 60's families: spewing bright red blood and "gone a bit grey" is the gut (the Decisions: blood is medical)
  // round 61: "wide awake but wheezing and can't get his breath, going grey, no he hasn't taken owt" (the Decisions)
  // round 95's second families: choking on a sweet, "cant breathe at all, going purple in the face" is the choking
  'gone-blue': ['choking-on-something', 'awake-and-breathless', 'vomiting-blood', 'rash-not-fading', 'limb-danger', 'artery-hit', 'chest-pain', 'diabetic-emergency'],
  // after round 18: "32 weeks gone and the baby hasn't moved all day" is the pregnancy, not an overdose
  // after round 20: "banged her head, was out cold for a minute" is the head injury
  // round 68's families: "messaging her saying shes dead when he finds her" is a threat
  // round 69's families: "would welcome not waking up in the morning" is a wish
  'will-not-wake': ['stroke-signs', 'lethal-amount-looked-up', 'strangled', 'pregnancy-emergency', 'head-injury', 'hope-not-to-wake', 'artery-hit', 'plan-to-use-everything', 'sudden-worst-headache', 'without-consent', 'followed-and-threatened', 'threatened-with-a-weapon', 'fled-and-hunted', 'glad-not-to-wake', 'enough-not-to-come-back'],
  // round 32's second-person lines: a thunderclap headache "like being hit with a hammer" is the headache, not a beating
  'being-hurt': ['sudden-worst-headache'],
  // after round 21: "32 weeks, the baby has stopped moving since she took crack at the weekend" is the pregnancy
  // known miss after round 24: "tomorrow I'm swallowing the full fortnight's worth" is a plan (suicide), not an overdose now
  // round 86's families: "never seeing his daughter again, … when I go to work tomorrow he's swallowing every tablet"
  'swallowed-pills': ['pregnancy-emergency', 'swallow-plan-later', 'whole-lot-tonight', 'loss-then-plan'],
  // round 82's families: "been necking water all night on MD, now hes not making sense" is the water, not pills
  'taken-all-wont-say': ['water-on-mdma'],
};

/**
 * Suicide patterns whose words a harm pattern explains: voices telling the person to hurt someone else, and "I don't
 * trust myself" after them, is danger to that person (round 79: "the voices are telling me to hurt my flatmate and I
 * don't trust myself right now"; the Decisions: voices telling them to hurt someone are `harm`). Another suicide pattern
 * in the same message still makes it suicide.
 */
export const explainedByHarm: Record<string, string[]> = {
  'not-safe-tonight': ['voices-to-hurt-someone'],
  // round 86: "my partner locks me in … I'm scared what he'll do when he's back tonight" is fear of him
  'scared-what-they-will-do': ['threat-on-return', 'threatened-with-harm'],
};

export const builtInCrisisPatterns: CrisisPatterns = crisisPatternsSchema.parse({
  slots: builtInSlots,
  // the order patterns are tried in: overdose, medical, suicide, harm (kindPriority in crisisMatcher.ts)
  patterns: [
    ...overdosePatterns, ...overdosePatternsAfterRound20, ...overdosePatternsAfterRound24, ...overdosePatternsAfterRound25, ...overdosePatternsAfterRound41, ...overdosePatternsAfterRound43, ...overdosePatternsAfterRound53, ...overdosePatternsAfterRound57, ...overdosePatternsAfterRound59, ...overdosePatternsAfterRound61, ...overdosePatternsAfterRound63, ...overdosePatternsAfterRound65, ...overdosePatternsAfterRound67, ...overdosePatternsAfterRound69, ...overdosePatternsAfterRound73, ...overdosePatternsAfterRound75, ...overdosePatternsAfterRound87, ...overdosePatternsAfterRound89, ...overdosePatternsAfterRound91, ...medicalPatterns, ...medicalPatternsAfterRound20, ...medicalPatternsAfterRound22, ...medicalPatternsAfterRound25, ...medicalPatternsAfterRound28, ...medicalPatternsAfterRound32, ...medicalPatternsAfterRound37, ...medicalPatternsAfterRound47, ...medicalPatternsAfterRound57, ...medicalPatternsAfterRound59, ...medicalPatternsAfterRound61, ...medicalPatternsAfterRound67, ...medicalPatternsAfterRound73, ...medicalPatternsAfterRound81, ...medicalPatternsAfterRound83, ...medicalPatternsAfterRound85, ...medicalPatternsAfterRound87, ...medicalPatternsAfterRound93, ...medicalPatternsAfterRound95,
    ...suicidePatterns, ...suicidePatternsAfterRound19, ...suicidePatternsAfterRound21, ...suicidePatternsAfterRound22, ...suicidePatternsAfterRound25, ...suicidePatternsAfterRound28, ...suicidePatternsAfterRound37, ...suicidePatternsAfterRound41, ...suicidePatternsAfterRound49, ...suicidePatternsAfterRound51, ...suicidePatternsAfterRound57, ...suicidePatternsAfterRound59, ...suicidePatternsAfterRound61, ...suicidePatternsAfterRound63, ...suicidePatternsAfterRound69, ...suicidePatternsAfterRound73, ...suicidePatternsAfterRound75, ...suicidePatternsAfterRound79, ...suicidePatternsAfterRound81, ...suicidePatternsAfterRound83, ...suicidePatternsAfterRound85, ...suicidePatternsAfterRound87, ...suicidePatternsAfterRound89, ...suicidePatternsAfterRound91, ...suicidePatternsAfterRound93, ...suicidePatternsAfterRound95,
    ...harmPatterns, ...harmPatternsAfterRound19, ...harmPatternsAfterRound20, ...harmPatternsAfterRound21, ...harmPatternsAfterRound24, ...harmPatternsAfterRound22, ...harmPatternsAfterRound25, ...harmPatternsAfterRound28, ...harmPatternsAfterRound32, ...harmPatternsAfterRound37, ...harmPatternsAfterRound41, ...harmPatternsAfterRound45, ...harmPatternsAfterRound51, ...harmPatternsAfterRound57, ...harmPatternsAfterRound59, ...harmPatternsAfterRound61, ...harmPatternsAfterRound63, ...harmPatternsAfterRound65, ...harmPatternsAfterRound67, ...harmPatternsAfterRound69, ...harmPatternsAfterRound73, ...harmPatternsAfterRound75, ...harmPatternsAfterRound81, ...harmPatternsAfterRound83, ...harmPatternsAfterRound85, ...harmPatternsAfterRound87, ...harmPatternsAfterRound89, ...harmPatternsAfterRound91, ...harmPatternsAfterRound93, ...harmPatternsAfterRound95,
  ],
  exceptions: [],
});
