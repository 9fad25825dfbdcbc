import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 63 and 64 (test/nlp/crisis/README.md, "Fixed after rounds 63 and
 * 64"): round 64 was written as short messages, a few words typed in a panic or half-awake. nlp/crisisBuiltIn.ts puts
 * them after their kind's own patterns and the rounds before.
 */

// who a child in danger may be, said by a parent, a relative or a worker ("a lad" alone may be a grown man)
const youngPerson =
  '{child}/lad/boy/girl/lass/kid/son/sons/daughter/daughters/lads/boys/girls/nephew/nephews/niece/grandson/granddaughter/bro/sis/brother/brothers/sister/yp/young-person/teenager/teen/#-yo/#-year-old';
// carrying or selling for a dealer; not "take" or "drop" ("getting my son to take his drugs" is his medication)
const runVerb =
  'run/running/runnin/carry/carrying/carryin/shift/shifting/shiftin/move/moving/courier/couriering/transport/transporting/deal/dealing/sell/selling/deliver/delivering/hold/holding/shot/shotting';
// what is carried: a drug (not "lines", which are learned for a play, nor "food" or "bags", which are shopping)
const drugsCarried = 'gear/drugs/product/crack/heroin/weed/coke/county-lines/for-a-line/for-the-line/for-them-lines';
// a parcel or a bag, carried out of town, for them, or under a threat
const parcelsOutOfTown = 'packages/parcels/bags/stuff ... ... out-of-town/out-of-area/for-them/or-else/to-other-towns/up-country/for-a-line';
const forcedBy = 'made/making/make/makes/forced/forcing/forcin/force/coerced/coercing/groomed/grooming/exploiting/exploited/pressured/pressuring';
const gotBy = 'got/gets/getting/gettin/have/has/having/=got';

/** Overdose patterns from rounds 63 and 64. */
export const overdosePatternsAfterRound63: BuiltInPattern[] = [
  {
    // Everything swallowed and a feeling after it (round 64's families: "didnt drop em, swallowed the lot, feel weird").
    // "Swallowed", not "necked" or "downed": "necked the lot, feel rough" is pints.
    id: 'swallowed-all-feels-wrong',
    kind: 'overdose',
    now: true,
    signs: [
      ['=swallowd/swallowed ... the-lot/the-whole-lot/all-of-them/all-of-em/them-all/em-all/everything/the-whole-box/the-whole-packet/the-whole-strip/all-my/all-me'],
      ['feel/feeling/feels/felt/i-am/im ... weird/funny/strange/odd/dizzy/spaced/drowsy/sleepy/numb/wrong/heavy/wobbly/out-of-it/like-i-am-dying'],
    ],
  },
];

/** Suicide patterns from rounds 63 and 64. */
export const suicidePatternsAfterRound63: BuiltInPattern[] = [
  {
    // Self-harm at a stated age, back now (round 64's families: "used to cut at 15, im 40 now and its started again").
    // The age alone is long past (builtInLongPast); "again" or "started" brings it back.
    id: 'self-harm-back',
    kind: 'suicide',
    now: false,
    phrases: [
      'cut/cutting/burn/burning/burned/burnt/self-harm/self-harming/self-harmed at/aged/from # ... ... ... it/its/i/ive/im/has/is/s/=its ... started/starting/come/coming/creeping/crept/back ... again/back',
    ],
  },
];

/** Harm patterns from rounds 63 and 64. */
export const harmPatternsAfterRound63: BuiltInPattern[] = [
  {
    // A child made to carry or sell drugs, with no threat said (round 64: "theyre making my son run gear to cornwall"; the
    // families' "dealers got my lad shiftin bags up to devon", "my daughter's bein made to shift gear out of town"): child
    // criminal exploitation. A son who "runs a chippy in cornwall" is not; "being used to" is child-used-to-run below.
    id: 'child-made-to-run',
    kind: 'harm',
    now: true,
    phrases: [
      `${forcedBy} ... my/his/her/our/their/the/a/me? ... ${youngPerson} ... to? ${runVerb} ... ${drugsCarried}`,
      // (got or have only with whose child: "my dealer's got a lad who delivers the gear" is everyday)
      `${gotBy} ... my/his/her/our/their/me ... ${youngPerson} ... to? ${runVerb} ... ${drugsCarried}`,
      `${forcedBy}/${gotBy} ... my/his/her/our/their/me ... ${youngPerson} ... to? run/running/runnin/shift/shifting/shiftin/take/taking/carry/carrying/courier/couriering ... ${parcelsOutOfTown}`,
      `${gotBy} ... my/his/her/our/their/me ... ${youngPerson} ... run/running/runnin/shift/shifting/shiftin bags/packages/parcels ... up-to/down-to/over-to/out-to/out-of-town/to-other`,
      `${youngPerson} ... is/s/being/bein/been/are/was/keeps-being? made/forced/coerced/groomed/pressured/exploited to/into ${runVerb} ... ${drugsCarried}/packages/parcels/bags`,
      // round 63: "my son's 13 and he's running bags for some older boys"
      `${youngPerson} ... ... ... running/runnin/shifting/carrying/holding/dealing/selling/shotting/delivering bags/gear/drugs/packages/parcels/stuff for some/the/these/a-few/them? older/big ... boys/lads/men/guys/kids/ones/lot`,
      // the person themself: "they forcin me to take packages to norfolk or else"
      `forcing/forcin/forced/making/makin/made/make/makes ... me/us ... to? ${runVerb} ... ${drugsCarried}`,
      `forcing/forcin/forced/making/makin/made/make/makes ... me/us ... to? ${runVerb}/take/taking ... ${parcelsOutOfTown}`,
      // "they have him dealing in swansea" (not "dealing with the complaints")
      'they/lads/olders/dealers/gang/men/mandem/older-lads ... have/got/has/ve/=got ... him/her ... dealing/shotting !with',
    ],
  },
  {
    // The same in the present "being used to" (round 64's families: "YP (14) being used to courier drugs to coastal
    // towns"): "used to" is a past time to a `now` pattern, so these few phrases stand apart, not `now`.
    id: 'child-used-to-run',
    kind: 'harm',
    now: false,
    phrases: [`${youngPerson} ... is/s/are/being/bein/been/keeps-being ... being/bein? used to ${runVerb} ... ${drugsCarried}/packages/parcels/bags`],
  },
  {
    // A child being hit now, heard or seen (round 64: "neighbour battering her kid i can hear it"; the families' "can
    // hear next door leathering his kids rn", "hearing neighbour assaulting child through wall"). The -ing form says now;
    // the child straight after (not "battering out drum n bass", "hitting the park with the kids"); the -ing forms exactly
    // (not "did you have to punch this girl", AnnoMI).
    id: 'child-being-hit',
    kind: 'harm',
    now: true,
    phrases: [
      // (round 71: "screaming at her toddler and I can hear slaps"; the families' "whacking his little lad", "striking a child")
      'hear/heard/hearing ... slaps/slapping/smacks/smacking/hitting/thuds/whacks ... ... {child}/toddler/baby/kid/kids ... screaming/crying/sobbing/screamin/cryin/howling',
      '{child}/toddler/baby/kid/kids ... ... screaming/crying/sobbing/screamin ... ... hear/heard/hearing ... slaps/slapping/smacks/smacking/hitting/thuds/whacks/every-hit',
      'screaming/shouting/yelling ... at ... her/his/their/the ... toddler/baby/kid/kids/{child} ... ... hear/heard/hearing ... slaps/slapping/smacks/smacking/hitting/thuds/whacks',
      '{child}/toddler/baby/kid/kids ... screaming/screamin/crying/cryin/sobbing ... and/n ... thuds/thudding/slaps/slapping/smacks/smacking/whacks',
      '=whacking/=whackin/=striking/=belting ... his/her/their/the/a/that/our/my? little/wee/lil/young/tiny? kid/kids/child/children/lad/boy/girl/son/daughter/toddler/baby',
      '=battering/=batterin/=leathering/=leatherin/=assaulting/=beating/=beatin/=hitting/=hittin/=smacking/=smackin/=slapping/=slappin/=punching/=punchin/=belting/=beltin/=thumping/=thumpin/=hammering/=strangling/=throttling/=choking/=booting/=kicking/=kickin/=laying-=into/=layin-=into/=lamping/=braying/=skelping/=walloping his/her/their/the/a/that/this/our/my/me/them? little/wee/lil/poor/own/young/tiny? kid/kids/child/children/bairn/bairns/wean/weans/baby/babies/toddler/son/daughter/lad/girl/boy/little-one/stepson/stepdaughter !at/to/out/off/up',
    ],
  },
];
