import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 73 and 74 (test/nlp/crisis/README.md, "Fixed
 * after rounds 71 to 74"): round 74 was written with a turn, a later sentence changing what the first meant.
 * nlp/crisisBuiltIn.ts puts the patterns after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts
 * adds the everyday phrases.
 */

// after "laughing", the words that make it laughing gas ("went blue off the laughing gas" is a crisis), for the everyday
// phrases below and the reason given in nlp/crisisBuiltInContexts.ts
export const notLaughingGas = '!gas/gases/canister/canisters/balloon/balloons/nos';

/** Overdose patterns from rounds 73 and 74. */
export const overdosePatternsAfterRound73: BuiltInPattern[] = [
  {
    // All of something taken, and signs now, often in a second language (round 73: "i take 30 paracetamol this morning
    // because i want no more pain, now my stomach hurt"; the families' "he swallow all his sleeping tablet one hour
    // before, now he very sleepy and sick"). The Decisions: an overdose on purpose, happening now, is `overdose`, so it
    // comes before the suicide patterns' "want no more pain".
    id: 'took-all-signs-now',
    kind: 'overdose',
    now: true,
    signs: [
      [
        // (a number only with a medicine named: "had 2 pills at the rave" is not all of something)
        'take/took/taken/takes/swallow/swallowed/swallows/finish/finished/necked ... # ... paracetamol/co-codamol/cocodamol/tablets/tablet/sleeping-tablets/pregabalin/pregabs/diazepam/painkillers',
        // round 78: "my husband he take many tablet this morning with the vodka, now he not wake up when I call him"
        'take/took/taken/takes/swallow/swallowed/swallows/necked ... many/lot/lots/too-many/too-much/much ... paracetamol/co-codamol/cocodamol/tablets/tablet/pills/pill/sleeping-tablets/pregabalin/pregabs/diazepam/painkillers/methadone',
        'take/took/taken/takes/swallow/swallowed/swallows/finish/finished/necked/ate/eat/had/drank/drink ... all/whole/the-lot/every/box/boxes/packet/packets/strip/strips ... ... {pills}/tablet/tablets/paracetamol/pregabalin/pregabs/pills/sleeping-tablets/meds/medicine/medication/co-codamol/cocodamol/methadone/take-homes/takehomes/doses',
        // round 79: "i took all my blister packs for the week about twenty minutes ago"; its families' "necked my whole
        // dosette box", "popped a weeks worth of his meds", "took all 7 days of her compliance aid at once"
        'take/took/taken/takes/swallow/swallowed/swallows/necked/popped/downed/had ... all/whole/full/entire/every ... blister/blisters/blister-pack/blister-packs/dosette/dossette/compliance-aid/weekly-pack/pharmacy-pack/week/weeks',
        'take/took/taken/takes/swallow/swallowed/swallows/necked/popped/downed/had ... a/the/whole/full/entire/all/#/seven/fourteen/two/three ... week/weeks/fortnight/fortnights/days/month/months ... worth/supply/of',
      ],
      [
        // (the second families: "today my eyes yellow and i am sick")
        'today/this-morning ... ... ... sick/vomiting/yellow/drowsy/sleepy/confused', 'eyes/skin ... yellow/gone-yellow/going-yellow',
        'now ... ... ... sleepy/drowsy/sick/vomiting/hurt/hurts/hurting/burning/dizzy/confused/woozy/slurring/yellow/heavy/shaking/pain',
        'belly/stomach/tummy ... is/s? burning/hurts/hurt/hurting/killing/agony/pain', 'can-not/cannot ... stand/walk/wake/keep ... up?',
        'now ... he/she/they/i ... not/no/can-not/cannot ... wake/waking/respond/responding/answer/move/moving/breathe/breathing',
        // round 79: "…and im getting really really sleepy"; its families' "can barely keep my eyes open", "hes nodding off"
        'getting/going/gone/feeling/feels/feel ... ... sleepy/drowsy/dozy/woozy/slurring/confused/floppy', 'can-not/cannot/barely/struggling-to/hardly ... keep/stay ... eyes/awake',
        'nodding/nodding-off/gouching/dozing/passing-out/conking-out',
      ],
    ],
  },
];

/** Suicide patterns from rounds 73 and 74. */
export const suicidePatternsAfterRound73: BuiltInPattern[] = [
  {
    // Pills saved up over weeks, and a time to take them all (round 73: "been saving my pills all month, when the kids are
    // asleep tonight i'm taking the lot"; its replacement line "been saving my pregabs for a fortnight, gonna take the lot
    // friday"). Both: saving a script to cut down is not.
    id: 'saved-up-to-take',
    kind: 'suicide',
    now: false,
    signs: [
      ['saving/saved/stockpiling/stockpiled/hoarding/hoarded/stashing/stashed/keeping/kept ... my/his/her/me ... pills/pregabs/{pills}/tablets/meds/script/methadone ... for/all/since/over ... a/the/last/two/three? ... month/fortnight/weeks/ages/week'],
      // (round 84: "saving my methadone for a week so I can take the lot on our anniversary")
      ['gonna/going-to/im/i-am/will/ll/planning/plan/can/could ... take/taking/swallow/swallowing/neck/necking/do ... the-lot/them-all/all-of-them/the-whole-lot/everything'],
    ],
  },
];

/** Medical patterns from rounds 73 and 74. */
export const medicalPatternsAfterRound73: BuiltInPattern[] = [
  {
    // A racing heart after a stimulant, with fear (round 73: "heart going ninety to the dozen after a bag of mcat, she
    // keeps saying she's going to die"; the families' "palpitations and sweating after speed binge, states repeatedly
    // 'I'm going to die'"). Medical comes before suicide, so "going to die" here is fear, not intent; it explains the
    // overdose pattern's "took too much" of a stimulant (crisisBuiltIn.ts, explainedByMedical).
    id: 'stimulant-heart-fear',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'heart/hearts/hart/heart-rate/pulse/chest ... going/racing/racin/pounding/thumping/thumpin/banging/hammering/beating ... ninety-to-the-dozen/mad/like-mad/out/fast/crazy/like-the-clappers/a-million/100-mph',
        'palpitations/palps/tachycardic/tachy', 'heart ... out ... my/his/her/of ... chest',
      ],
      ['mcat/m-cat/meow/meow-meow/mephedrone/speed/whizz/amphet/amphetamine/amphetamines/base/coke/cocaine/crack/ching/charlie/mdma/molly/pills/ecstasy/monkey-dust/dust/ice/meth/crystal'],
      [
        'going/gonna/goin ... to? die/croak/have-a-heart-attack/pop/drop-dead/drop', 'sweating/sweaty/sweats/clammy', 'panic/panicking/panicked/terrified/scared/anxious',
        'chest ... pain/tight/hurts/hurting', 'dizzy/faint/fainting',
      ],
    ],
  },
];

/** Harm patterns from rounds 73 and 74. */
export const harmPatternsAfterRound73: BuiltInPattern[] = [
  {
    // A child staying with an adult who gives them drugs (round 73: "my daughter's 15 and stopping at some bloke's flat
    // who gives her drugs, he's 30"; the families' "16yo female observed staying at address of adult male (approx 35)
    // who supplies her with crack"). All three: a child, an adult, and drugs given or a place stayed at.
    id: 'child-with-adult-supplier',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'is/s/only/aged/age/she-is/he-is/shes/hes 12/13/14/15/16/17/twelve/thirteen/fourteen/fifteen/sixteen/seventeen', '12yo/13yo/14yo/15yo/16yo/17yo', '12/13/14/15/16/17 year/yr old', '12/13/14/15/16/17 yo/yr/yrs/y-o',
        'sons/daughters/nieces/nephews/grandsons/granddaughters 12/13/14/15/16/17',
        'daughter/son/niece/nephew/girl/lad/boy/grandson/granddaughter/sister/brother ... is/s/only/aged? ... 12/13/14/15/16/17',
      ],
      [
        'man/bloke/fella/guy/male/dealer/adult/men ... in/approx/about/aged/age/around ... his/her/their? ... 20s/30s/40s/50s/20/25/28/30/35/40/45/50',
        '20/21/22/23/24/25/26/27/28/29/30/31/32/33/34/35/36/37/38/39/40/45/50 year/yr old ... dealer/man/bloke/fella/guy/male',
        'adult male/man/men', 'older/grown ... man/men/bloke/blokes/fella', 'he/hes/he-is/s 20/22/25/28/30/32/35/40/45/50',
        // (the second families: "25yo male", "in his thirties")
        '20yo/21yo/22yo/23yo/24yo/25yo/26yo/27yo/28yo/29yo/30yo/35yo/40yo/45yo/50yo male/man', '20/21/22/23/24/25/26/27/28/29/30/35/40/45/50 yo/y-o male/man',
        'in ... his/their ... twenties/thirties/forties/fifties',
      ],
      [
        'gives/giving/gave/supplies/supplying/supplied/buys/buying/bought ... her/him/them ... drugs/gear/crack/weed/coke/ket/free/with-crack/with-drugs/with-gear/cannabis/alcohol/booze/pills/vodka',
        'keeps/keeping ... her/him/them ... off ... her/his/their ... face/head', 'staying/stopping/living/sleeping ... at/with/round ... ... his/a/an/some/the/fellas/blokes/mans ... flat/house/address/place',
      ],
    ],
  },
  {
    // A child screaming, an adult shouting, blows heard, now (round 74: "I can hear the little one next door screaming
    // and him shouting and banging, it's happening right now"). All four: children screaming and banging at play have
    // no adult shouting at them.
    id: 'child-screaming-hit-now',
    kind: 'harm',
    now: true,
    signsNeeded: 4,
    signs: [
      ['{child}/kid/kids/little-one/toddler/baby ... ... screaming/screamin/crying/cryin/wailing/sobbing/howling'],
      // (round 84: "I can hear the baby being slapped and screaming"; its families' "sounds of a child being struck")
      ['thuds/thud/slap/slaps/smack/smacks/impact/banging/bangs/thumps/thumping/whacks/hitting', 'being ... slapped/hit/smacked/struck/beaten/thrown/shaken'],
      ['him/her/dad/mum/mam/adult/man/male/stepdad/fella/boyfriend ... is/s/keeps? ... shouting/yelling/screaming/roaring/bellowing'],
      ['right now', 'going on now', 'still happening', 'ongoing', 'happening now', 'its/it-is/is/s happening', 'going on ... now/still'],
    ],
  },
];

/**
 * Everyday phrases from rounds 73 and 74: a fright taken back in the same sentence ("thought he'd stopped breathing,
 * turns out he was holding his breath"), a pet "out cold", first-aid questions, a threat over a game, blue from a
 * slushie or a costume, and advice not to stockpile pills.
 */
export const nearMissesAfterRound73: string[] = [
  // round 74: "Thought my mate had stopped breathing, turns out he was holding his breath to get rid of his hiccups"; the
  // families' "thort my bf had collapsed in the garden lol he was only laying down"
  'thought/thinking/thinkin/thort/believed/concerned/worried/panicked ... ... ... collapsed/keeled-over/stopped/unresponsive/not-breathing/dead/overdosed/gone/moving/breathing/responding/fit/fitting/seizure ... ... ... ... turns-out/turned-out/only/actually/obviously/on-entry/on-checking/but-he/but-she/he-was/she-was/was-only/had-only/d-only/was-just/had-just/d-just/would-just',
  // round 74: "He said he'd break my legs if I beat him at pool again lol"; the families' fantasy football and darts
  'break/kill/drown/murder/batter/strangle/do/snap/neck/legs ... ... ... if ... {me}/i/he/she/we/you ... win/won/beat/beats/pick/picks/picked/score/scores/cheat/cheats ... ... ... pool/darts/cards/fifa/football/fantasy/footy/monopoly/scrabble/chess/snooker/quiz/game/games/ludo/uno',
  // round 74: "Is it right you put someone in the recovery position if they're unconscious? doing my first aid refresher"
  'recovery-position/tilt/chin/first-aid/cpr ... ... ... when/if ... someone/someones/somebody/they/theyre/a-person ... is/are/s? ... unconscious/unresponsive',
  'signs/sign/tell/know ... ... someone/somebody/a-person/they/if/whether ... is/s/are ... unconscious/unresponsive/out-cold',
  // the families: blue from a slushie, a Smurf costume
  '=blue/=purple ... cos/because/coz/as/from ... ... ... eating/drinking/ate/had ... slush/slushie/slushies/slushy/lolly/lollies/ice-pop/sweets/raspberry/vimto/blueberries',
  '=blue ... ... ... ... smurf/costume/face-paint/facepaint/body-paint/fancy-dress/avatar',
  // the second families: blue or purple with laughing; a fit or a death on the telly; a refresher for unresponsive clients;
  // "if he eats the last of my biscuits i'll break his fingers lol"
  // (not laughing gas: "went blue off the laughing gas" is a crisis)
  `=blue/=purple/blue-ish ... ... ... laughing/laughter/laugh/laughed ${notLaughingGas}`,
  `laughing/laughter/laugh/laughed ${notLaughingGas} ... ... ... =blue/=purple/blue-ish`,
  // (soaps by name, and "on" Casualty: "collapsed watching the football on tv" and "he's in casualty" are not television)
  'eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby ... ... ... having/had/has ... a? fit/seizure/heart-attack/overdose',
  '=breathing/fit/seizure/collapsed/overdosed/died/dead ... on eastenders/corrie/emmerdale/hollyoaks/holby/casualty',
  'for/with unresponsive/unconscious clients/residents/people/patients/service-users',
  'if ... he/she/you/they ... eats/eat/ate/touches/touch/nicks/pinches/steals/takes ... ... ... biscuits/chips/crisps/chocolate/sweets/cake/pizza/food/drink/beer ... ... {me}/ill/i/ll ... break/kill/murder/batter/strangle/snap',
  'signs/sign/tell/know ... ... ... hit/hitting/nicked ... an/the? artery',
  // the families: "pharmacist said don't stockpile your pills"
  'do-not/dont/never/not-to ... stockpile/stockpiling/hoard/hoarding/save-up/saving-up ... ... pills/tablets/meds/{pills}',
];
