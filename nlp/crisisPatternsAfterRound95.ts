import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 95 and 96 (test/nlp/crisis/README.md, "Fixed
 * after rounds 95 and 96"): round 96 was written as turns, like rounds 88 to 94. nlp/crisisBuiltIn.ts puts the patterns
 * after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts adds the everyday phrases.
 */

/** What is taken off someone under control: a script, a dose, benefits or money. */
const takenThings =
  'meth/done/methadone/script/scripts/meds/medication/bupe/subutex/espranor/pregabs/pregabalin/subs/dose/pills/tablets/money/card/bank-card/benefits/uc/universal-credit/pip/esa/pension/wages/giro';

/** Young people and children named in the families: a child, a stepchild, "YP" in a social worker's note. */
const youngPeople = 'yp/cyp/young-person/child/kid/stepson/stepdaughter/step-son/step-daughter/son/daughter/boy/girl/lad/niece/nephew/grandson/granddaughter';
const childAges = '11/12/13/14/15/16/17/11yo/12yo/13yo/14yo/15yo/16yo/17yo';

/** Suicide patterns from rounds 95 and 96 (self-harm is `suicide`). */
export const suicidePatternsAfterRound95: BuiltInPattern[] = [
  {
    // A hurt said to be an accident and then owned as done on purpose (round 95: "Burnt my arm on the pipe, told everyone
    // it was an accident. It wasn't, I did it on purpose"; its families' "wasnt an accident with the stanley knife, i did
    // it to myself on purpose", "he scalded himself with the kettle but he admitted to me he poured it on his arm
    // deliberately").
    id: 'not-an-accident-after-all',
    kind: 'suicide',
    now: false,
    phrases: [
      'was-not/wasnt/were-not/werent/not/never an/no accident ... {me}/i/he/she/they ... did/done/do ... it/this/that/them ... to ... myself/meself/himself/herself/themselves',
      '{me}/i/he/she/they ... did/done ... it/this/that/them ... to ... myself/meself/himself/herself/themselves ... on-purpose/deliberately/intentionally',
      // the second families: "been going at my arms with a razor again lately"
      'going/gone/went/goes at/into my/his/her/their arms/arm/legs/leg/wrists/wrist/thighs/thigh/skin ... with ... a/the/my? razor/blade/blades/knife/lighter/compass/scissors/glass',
      'poured/tipped/held/pressed/put/stubbed/pushed/dragged/ran ... it/the/a/boiling/hot/lighter/cig/fag/knife/blade/iron ... on/onto/over/into/against/across/along ... my/his/her/their/me ... arm/arms/forearm/forearms/hand/hands/leg/legs/wrist/wrists/thigh/thighs/skin/stomach/belly/chest ... on-purpose/deliberately/intentionally/purposely',
    ],
    // the second families: "he scalded his hand on the kettle but i saw him hold it there, he did it on purpose"; "SU
    // reports burns to hands are deliberate, states she does it to cope"
    signs: [
      [
        'scalded/scald/scalding/scalds/burnt/burned/burns/burn/cut/cuts ... his/her/my/their/me ... hand/hands/arm/arms/forearm/leg/legs/wrist/wrists/thigh/thighs/skin',
        'burns/cuts/scalds/scratches to/on ... the/his/her/my/their/both? hands/hand/arms/arm/forearms/wrists/legs/thighs/skin',
      ],
      [
        'did/done/does/do it/that/them/this on-purpose/deliberately/intentionally',
        'are/is/were/was deliberate/intentional/self-inflicted/deliberately-done',
        'does/do/did/done it/that/them to cope/punish/feel',
        // (only "it there": "child says mummy held them on the cooker" is someone else's doing, harm)
        'hold/held/holding/kept it there',
      ],
    ],
    signsNeeded: 2,
  },
  {
    // A self-harm urge back after years, and done again (round 95's second families: "Haven't cut in about 3 years but
    // the urge has come back proper this month and I done it again last night").
    id: 'urge-back-and-done-again',
    kind: 'suicide',
    now: true,
    signs: [
      // (not "cut down", "cut back": an urge to use is everyday)
      ['cut/cutting !down/back/out/off/up/it/ties/corners/hours/costs/loose/short/through/the/my/me/him/her/them/a', 'self-harm/selfharm/self-harmed/self-harming/harming/razor/blade/blades'],
      ['urge/urges/itch ... has/have/is/s/had? ... come/coming/came/crept/creeping back'],
      ['done/did/doing it again ... last-night/tonight/today/this-week/yesterday/this-morning'],
    ],
    signsNeeded: 2,
  },
];

/** Medical patterns from rounds 95 and 96. */
export const medicalPatternsAfterRound95: BuiltInPattern[] = [
  {
    // Choking on food and unable to breathe, gone purple (round 95's second families: "started choking on a sweet and now
    // he cant breathe at all, going purple in the face"): the choking, not an overdose (nlp/crisisBuiltIn.ts,
    // explainedByMedical).
    id: 'choking-on-something',
    kind: 'medical',
    now: true,
    // (and not breathing or a colour: "nearly choked on a grape at tea … it flew out, she's fine" is over)
    signs: [
      ['choking/choked/choke/chokin on a/the/his/her/some/my ... sweet/sweets/food/bone/grape/grapes/chicken/meat/bread/crisp/crisps/peanut/nut/toy/coin/lego/piece/sandwich/steak/carrot/apple/lolly/gobstopper'],
      ['can-not/cant/could-not/not/unable-to breathe/breathing', 'going/gone/turning/turned/went purple/blue/grey'],
    ],
    signsNeeded: 2,
  },
];

/** Harm patterns from rounds 95 and 96. */
export const harmPatternsAfterRound95: BuiltInPattern[] = [
  {
    // A script or benefits taken with a threat to the family or a condition of crime or sex (round 95: "partner is holding
    // her script and won't let her have her methadone unless she goes out grafting"; its families' "dealer collects her
    // Universal Credit each fortnight and threatens her kids if she doesn't hand it over").
    id: 'script-held-on-conditions',
    kind: 'harm',
    now: true,
    signs: [
      [
        `holding/holds/held/keeps/keeping/kept/collects/collecting/collected/takes/taking/took/has/gets/getting ... her/his/my/their/me/the ... ${takenThings}`,
        `will-not/wont/would-not/wouldnt/does-not/doesnt/not ... let/give ... her/him/me/them ... have? ... her/his/my/their/the ... ${takenThings}`,
      ],
      [
        // (the second families: "…I don't get a drop till I've been out on the beat", "unless she works the street")
        'unless/until/till/til/if ... she/he/i/they ... ... ... grafting/shoplifting/robbing/thieving/nicking/stealing/working/works/work/selling/dealing/running/sleep/sex/beat/street/streets/punters',
        'threatens/threatened/threatening/threaten ... her/his/my/their ... kids/children/family/son/daughter/mum/mam/baby/kid',
        'if ... she/he/i/they ... does-not/doesnt/dont/do-not/will-not/wont ... hand/give ... it/them/him/her ... over',
      ],
    ],
  },
  {
    // The mate waiting outside who takes the dose off someone with an injury (round 95: "man collecting his script came in
    // with a black eye, and the 'mate' waiting outside takes the methadone off him every day").
    id: 'dose-taken-off-injured',
    kind: 'harm',
    now: true,
    signs: [
      [`takes/took/taking/nicks/grabs/has ... the/his/her/their ... ${takenThings} ... off/from ... him/her/them/me`],
      ['black-eye/bruised/bruising/bruises/cut-lip/split-lip/busted-lip/fat-lip', 'waiting/waits ... outside'],
    ],
  },
  {
    // Dealers using a home as a base, and a key not given back or people who will not go (round 95: "…They're dealing out
    // his flat now and he can't get them to leave"; its families' "a dealer has been using her flat as a base since last
    // month … he won't give it back").
    id: 'home-used-as-a-base',
    kind: 'harm',
    now: true,
    phrases: [
      // the second families: "resident's own tenancy has been taken over by unknown males dealing from it"
      'tenancy/flat/house/home/property/bedsit/place/gaff ... taken over by ... ... males/men/dealers/lads/gang/people/group/crew/youngers',
      'dealer/dealers/gang/gangs/lads/crew/line/lines/runners/youngers ... using/used/uses/use ... my/his/her/their/our/the ... flat/house/place/home/bedsit/room/gaff/bungalow ... as ... a/their? base',
    ],
    signs: [
      [
        'dealing/selling/shotting/grafting/bagging out/outta/out-of/from ... his/her/my/their/the/our ... flat/house/place/home/gaff/bedsit/room/bungalow/kitchen',
        'using/used/uses/use ... my/his/her/their/our/the ... flat/house/place/home/bedsit/room/gaff/bungalow ... as ... a/their? base',
      ],
      [
        'can-not/cant/could-not/couldnt/will-not/wont ... get/make ... them/him/em ... to? leave/go/out',
        'will-not/wont/would-not/refuses/refused/refuse ... give/hand ... it/the/my/his/her/their ... key/keys? ... back',
        'scared/frightened/terrified/afraid ... to ... go/come/stay ... home/back/in',
        // the second families: "…they turned up for a couple of nights and never left", "he's been sleeping in the stairwell"
        'never/not/nt left/gone/went/leave', 'sleeping/kipping/dossing/sleeps ... in/on ... the ... stairwell/stairs/landing/corridor/car/hallway/hall',
      ],
    ],
  },
  {
    // Young people given drugs by older people, then in debt, groomed or taken to adults' flats (round 95: "Client's 15
    // year old daughter is being picked up by older men in cars and given gear"; its families' "older lads outside the
    // school giving my boy free pills and now they're saying he owes them", "YP (13) going missing overnight … seen with
    // adult males who supply her cannabis", "this man of 40 is buying her ket", "15yo stepson is being groomed by local
    // dealers").
    id: 'young-person-drawn-in',
    kind: 'harm',
    now: true,
    phrases: [
      'being/been/is/was/getting/got groomed ... by ... local? dealers/dealer/gang/gangs/men/man/older/adult/adults/lads/olders/county',
      `${childAges} year/yr/years/yrs? old? ${youngPeople} ... being/been/getting/is/was picked up by ... older/grown/adult ... men/man/blokes/lads/males`,
    ],
    signs: [
      [
        `${youngPeople} ... ${childAges}`,
        `${childAges} year/yr/years/yrs? old? ${youngPeople}`,
        'older/grown/adult/local ... lads/men/man/blokes/males/dealers/boys/ones ... giving/gave/give/gives/supply/supplies/supplying/buying/buys/bought ... my/our/his/her/him/them ... boy/lad/son/girl/daughter/kid/kids/child/sister/brother? ... free? ... {drugs}/pills/weed/spice/ket/cannabis/gear/vodka/drink',
        'man/bloke/fella/guy/men of 20/25/30/35/40/45/50/55/60',
      ],
      [
        'owes/owe/owing/in-debt/debt ... them/him',
        'going/goes/went/gone missing ... overnight/all-night/for-days/again',
        'new phone/phones/trainers/clothes/cash',
        'adult/older/grown ... males/men/man/blokes/lads ... who? ... supply/supplies/supplying/give/gives/giving/buy/buys/buying',
        'buying/buys/bought/giving/gives/gave/supplying/supplies ... her/him/them ... {drugs}/ket/weed/spice/pills/cannabis/gear/vodka/drink',
        'taking/takes/took ... her/him/them ... to ... parties/party/his-flat/their-flat/flats/hotels',
        'given/giving ... {drugs}/gear/spice/pills/weed/ket/cannabis/lifts',
      ],
    ],
  },
];

/**
 * Everyday phrases from rounds 95 and 96: a blocked nose, a baby who will not stop kicking, ending things with a person,
 * a Sunday roast overdone, a visit, a threat to make a scene.
 */
export const nearMissesAfterRound95: string[] = [
  // round 95's families: "My nose is that bunged up with this cold I can't breathe through it"
  'can-not/could-not/cant breathe through ... my/his/her/their/the/me? nose/it/nostril/nostrils',
  'nose/nostrils ... bunged/blocked/stuffed/stuffy ... can-not/could-not breathe',
  // round 95's families: "The baby won't stop moving! Bump's kicking away at 3am" (never "stopped moving")
  'will-not/wont/would-not/does-not/doesnt/can-not/never stop moving/kicking/wriggling/squirming/fidgeting',
  // round 95's families: "my son keeps saying hes gonna finish it with that lad" (a person ended with, not a method)
  'end/ending/ends/finish/finishing it/things with him/her/them/that/his/her/my/the/our/this? lad/girl/girlfriend/boyfriend/partner/fella/bloke/lass/missus/wife/husband/ex/mate/lot/crowd/group/him/her/them',
  // round 95: "overdid it on the roast at my sister's, can't move off the settee"
  'overdid/overdone/overate/over-ate/stuffed ... roast/dinner/food/pudding/christmas/curry/buffet/carvery/pizza/chippy/takeaway/cake/chocolate/tea ... can-not/cant/could-not move',
  // round 95: "if I'm not in when you come round the key's under the plant pot" (a visit)
  'when/if/before/after/once you/ya/u/they/he/she/we come/comes/coming round',
  // round 96: "There was a lad in reception threatening to kick off" (a scene, not a threat to someone)
  'threatening/threatened/threatens/threaten to kick off/complain/sue/report/leave/quit',
  // round 95's second families: "overdid it with the spring cleaning, back's killing me"
  'overdid/overdone/overdoing it with/on/at the/my? spring-cleaning/cleaning/gardening/gym/housework/exercise/walking/decorating/shopping/running/weights/training/hoovering',
];
