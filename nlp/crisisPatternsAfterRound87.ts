import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 87 and 88 (test/nlp/crisis/README.md, "Fixed
 * after rounds 87 and 88"): round 88 was written as turns, a later sentence changing what the first meant.
 * nlp/crisisBuiltIn.ts puts the patterns after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts
 * adds the everyday phrases. The openings that take back a sentence before are builtInFramesOpening's
 * (nlp/crisisBuiltInContexts.ts).
 */

/** Overdose patterns from rounds 87 and 88. */
export const overdosePatternsAfterRound87: BuiltInPattern[] = [
  {
    // A drug overdone and someone not waking (the families' "overdid it on the gabapentin and the drink, hes being sick and
    // wont wake up properly"). The drug named says "overdid it … the drink" is not the everyday hangover.
    id: 'overdid-drug-wont-wake',
    kind: 'overdose',
    now: true,
    readsThroughIdioms: true,
    signs: [
      ['=overdid/=overdone/overdoing ... it? ... on/with ... the/his/her/my? {drugs}/{pills}/gabapentin/gabbies/pregabalin/pregabs/methadone/diazepam/pills/tablets/meds'],
      ['will-not/wont/can-not/cant/could-not/would-not ... wake/rouse', 'not/never ... waking/responding/coming-round', 'unresponsive/unrousable/snoring/gurgling'],
    ],
  },
];

/** Things someone may give away before a goodbye. */
const belongings = 'xbox/playstation/ps5/ps4/switch/telly/tv/stuff/things/belongings/possessions/phone/jacket/ring/watch/guitar/bike/games/trainers/records/dog/cat/clothes';

/** Medical patterns from rounds 87 and 88. */
export const medicalPatternsAfterRound87: BuiltInPattern[] = [
  {
    // A fall laughed off, then sick and confused a day later (round 88: "Fell over drunk last night and we all had a laugh
    // about it. Today he's being sick, really confused and one pupil is bigger than the other"; the families' "slipped in
    // the shower yesterday … tonight he's slurring, doesn't know where he is and keeps throwing up"). Three of the four
    // (a fall, sickness, confusion, a sign of the brain): a fall and a hangover's sickness is not this.
    id: 'fall-then-head-signs',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'fell/fallen/falling/slipped/tripped/stumbled/went-flying ... over/in/on/off/down/into ... the? ... shower/stairs/steps/bike/kerb/curb/pavement/floor/door/frame/wall/bath/ice/street/road/path',
        'came-off/come-off/walked-into/banged-into/fell-off/fell-into ... the/a/his/her/my/their ... shower/stairs/steps/bike/scooter/horse/ladder/kerb/curb/door/frame/wall/bath/lamppost/post',
        'fell/fallen/slipped/tripped ... over/down ... drunk/pissed/wasted/steaming/intoxicated/off-his-head/off-her-head/high',
        'head-butted/headbutted/headbutt ... the ... pavement/floor/ground/kerb/curb/wall/door',
        'fell/fallen/falling/slipped/tripped/stumbled ... drunk/pissed/wasted/intoxicated ... last-night/yesterday/ago/on',
      ],
      ['sick/vomiting/vomited/throwing-up/threw-up/puking/spewing/being-sick', 'splitting/banging/pounding/worst ... headache/head'],
      ['confused/confusion/muddled/disorientated/disoriented/slurring/talking-nonsense'],
      [
        'one/1 ... pupil ... bigger/larger/huge/massive/smaller/different', 'pupils/eyes ... different/unequal/odd ... sizes/size', 'unequal pupils',
        'does-not/doesnt/do-not/dont/did-not/didnt/can-not/cant ... know/remember/recognise ... where/what/who ... he/she/they/i/day/is/am',
      ],
    ],
  },
  {
    // A baby that kicked and now has not moved (round 88: "baby was kicking loads last week. hasnt moved at all since
    // yesterday morning"; the families' "usually the little one is kicking me all night but nothing since yesterday dinner
    // time"). The kicking says whose movement it is, so the everyday "baby kicking me all night" does not hide it.
    id: 'baby-stopped-moving',
    kind: 'medical',
    now: true,
    readsThroughIdioms: true,
    signs: [
      [
        'baby/bump/little-one/bubs/babby ... kicking/kicks/kicked/moving/moved/wriggling/wriggles ... loads/lots/usually/normally/always/all-night/all-the-time/last-week/like-mad',
        'usually/normally/always ... baby/bump/little-one/bubs/she/he/it ... kicks/kicking/moves/moving/wriggles/wriggling',
      ],
      [
        'has-not/hasnt/have-not/havent/not/no-longer ... moved/kicked/felt ... at-all/since/all-day/today/for',
        'nothing/no-movement/no-movements/no-kicks/not-a-kick/no-kicking ... since/all/today',
      ],
    ],
  },
];

/** Suicide patterns from rounds 87 and 88. */
export const suicidePatternsAfterRound87: BuiltInPattern[] = [
  {
    // Doses kept back, then all of them at a time chosen (round 87: "I've been saving my methadone for a fortnight, taking
    // the lot on Sunday when everyone's out"; round 88: "Actually no, I'm saving mine up and I'm taking the lot on
    // Friday"; the families' "been keepin every dose back in a jar. when the kids go to their dads im having the lot").
    // All three: saving methadone for later in the day, or a question about takeaways, has no "all of it" and no time. With
    // all three, "on the anniversary of his dad's death" is the time chosen, not only a bereavement (an everyday phrase).
    id: 'saved-then-all-at-a-time',
    kind: 'suicide',
    now: false,
    signsNeeded: 3,
    readsThroughIdioms: true,
    signs: [
      [
        'saving/saved/stashing/stashed/stockpiling/stockpiled/hoarding/hoarded/hiding/hid/hidden/keeping/keepin/kept ... my/his/her/their/me/every/each/all ... {pills}/pills/tablets/meds/methadone/script/doses/dose/diazepam/pregabs/pregab',
        'saving/saved/stashing/stashed/stockpiling/stockpiled/hoarding/hoarded/hiding/hid/hidden ... boxes/packs/strips/a-load/loads/enough/a-stash/a-pile/heaps',
        'saving/saved/stashing/stockpiling/keeping/keepin/hoarding ... mine/them/it/em ... up/back/aside/by',
        'got/has/have/s/ve ... #/two/three/enough/loads/a-stash-of ... boxes/packs/strips/bottles/weeks/days? ... saved/stashed/put-by/saved-up/hidden',
        'boxes/packs/strips/bottles ... saved/stashed/put-by/saved-up/hidden',
      ],
      [
        'take/taking/swallow/swallowing/neck/necking/do/doing/have/having/drink/drinking/down ... the-lot/the-whole-lot/them-all/all-of-them/everything/it-all/all-of-it',
        'take/taking/swallow/swallowing/neck/necking/have/having/drink/drinking/down ... it/them/em ... all',
        'doing it', 'in one go', 'take/taking/swallow/swallowing/neck/necking/have/having ... every ... one/pill/tablet/last-one/dose',
        // the families: "hiding boxes in his room to take on his birthday"
        'to take/swallow/neck/have/drink ... on ... his/her/my/their/the ... birthday/anniversary/date/day',
      ],
      [
        'tonight/tonite/tomorrow/weekend/monday/tuesday/wednesday/thursday/friday/saturday/sunday/later/anniversary/birthday',
        'when/once/after/soon-as ... ... ... out/asleep/bed/gone/go/shift/work/away',
      ],
    ],
  },
  {
    // Taking enough not to come back (round 88's families: an outreach note's "intention to inject 'enough to not come
    // back' this evening", "doing a fat bag on his own tonight so he never has to come round after").
    id: 'enough-not-to-come-back',
    kind: 'suicide',
    now: false,
    phrases: [
      'enough ... to ... not/never ... come-back/come-round/wake/wake-up',
      'so/then ... {me}/he/she/they/i ... never/not/wont/will-not ... has/have/need/needs/got ... to ... come-round/come-back',
      'this time ... {me}/she/he/they/i ... is/am/s/m/are? not/never ... coming/come back/round',
    ],
  },
  {
    // A burn said to be an accident, then "on purpose" (round 88's families: "she burnt her wrist on the oven but she's
    // admitted she's been doing it on purpose", "three times now and he told his sister he does it deliberately").
    id: 'burn-done-on-purpose',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'burnt/burned/burning/burn/burns/cut/cuts/cutting ... his/her/my/their ... wrist/wrists/arm/arms/hand/hands/leg/legs/skin/thigh/thighs',
        // round 92's families: "SU presented with burns to forearm, initially reported as accidental"; "the scratches r off
        // the cat lol. they arent. i do it to myself on purpose"
        'burns/burn/cuts/scratches/scratch-marks/marks/wounds/lacerations/scalds to/on/across/up/all-up/all-over/down ... the/his/her/my/their/both/left/right? forearm/forearms/arm/arms/wrist/wrists/thigh/thighs/leg/legs/hand/hands/stomach',
        '=scratches/scratch-marks/=scars/=cuts',
      ],
      // (not a bare "on purpose": "burnt my hand, not on purpose obviously")
      [
        'doing/does/did/done/do ... it/that/them ... on-purpose/deliberately/intentionally',
        // round 92's families: "later disclosed these were self-inflicted deliberately"
        'were/was/are/is ... self-inflicted/self inflicted',
        // the second families: "I saw her hold it there on purpose"; "he's been doing it to himself"
        'hold/held/holding/kept/keep/keeping/pressed/pressing ... it/her-hand/his-hand/my-hand ... there/on/against/down ... on-purpose/deliberately',
        'doing/does/did/done ... it/that/this/them ... to himself/herself/myself/meself/themselves',
      ],
    ],
  },
  {
    // Things given away, and someone asked to look after a pet or the kids (round 88: "Then he gave his mates his PS5 and
    // texted me 'look after the cat, love you mum'").
    id: 'gave-away-look-after',
    kind: 'suicide',
    now: false,
    // (the goodbye says "handed out belongings" is not the everyday handing out of leaflets)
    readsThroughIdioms: true,
    signs: [
      [
        `gave/given/giving/gives/give/gifted ... ... ... his/her/their/my/me/all ... ${belongings}`,
        'handed/handing/gave/giving/given ... out ... ... belongings/possessions/stuff/things',
        `given/giving/gave/give ... away ... his/her/their/my ... ${belongings}`,
      ],
      [
        'look/looking/take/taking ... after/care-of ... the/my/me/his/her/our ... cat/dog/kids/{child}/fish/birds/plants/mum/mam/nan',
        'sorry for/about everything', 'tell ... ... i? love/loved her/him/them/you/everyone',
      ],
    ],
  },
];

/** Harm patterns from rounds 87 and 88. */
export const harmPatternsAfterRound87: BuiltInPattern[] = [
  {
    // Someone's home used for dealing, and them held in it (round 88: "the lads who've taken over my nan's flat, they've
    // locked her in her bedroom"; the families' "blokes been staying at my uncle's for a fortnight, dealing out his front
    // room and he's not allowed to leave", "the dealers who use his flat have shut him in and took his keys").
    id: 'home-used-and-held',
    kind: 'harm',
    now: true,
    signs: [
      [
        'taken/took/taking/take ... over ... my/his/her/our/their ... ... flat/house/place/gaff/home/room/front-room',
        'dealing/running/selling/shotting ... drugs? ... out/from ... of? ... my/his/her/our/their/sus/su ... ... flat/house/place/property/gaff/home/room',
        'dealers/lads/blokes/males/men/guys ... who? ... use/using/uses/staying/living/stopping ... at/in? ... my/his/her/their/our ... flat/house/place/property/gaff',
        // the families: "turns out they're dealing out of it", "take over his bungalow"
        'dealing/running/selling/shotting ... out ... of ... it/there', 'take/taken/took/taking ... over ... his/her/my/their ... bungalow/maisonette/bedsit/caravan',
      ],
      [
        'not ... allowed/let ... to? leave/out/go', 'locked/shut/bolted/barricaded ... him/her/them/me/us ... in',
        'took/taken/takes/taking ... his/her/my/their ... keys/phone', 'frightened/scared/terrified/intimidated/petrified',
        'would-not/wont/will-not/could-not ... speak/talk ... in-front', 'keep/keeps/kept/keeping ... him/her/them ... in ... the? back-room/room/bedroom/kitchen/bathroom',
      ],
    ],
  },
  {
    // A threat to put them in hospital, or a knife taken up against them (round 88: "my ex found out where i live and
    // keeps texting that hes going to put me in hospital"; the families' "she grabbed a knife and came at me").
    id: 'threatened-with-hospital-or-knife',
    kind: 'harm',
    now: true,
    phrases: [
      'going-to/gonna/will/ll/threatened-to/threatening-to/wants-to/swore-to/says/said/threats/threatening/threatened/threatens ... put ... me/her/him/us/you ... in ... hospital/intensive-care/icu/a-coma/a-wheelchair/the-ground/a-box/the-morgue/a-body-bag',
      'grabbed/pulled/got/picked-up/took ... a/the/his/her/my ... knife/blade/machete/bat/hammer/screwdriver/bottle ... ... came-at/went-for/lunged/swung/chased/ran-at ... me/us/her/him',
      'threats/threatening/threatened/threatens ... to ... seriously? ... assault/attack/hurt/stab/kill/batter ... her/him/me/us',
    ],
  },
  {
    // An intent to stab someone else, in a note (round 88's families: "SU stated intent to stab named individual over drug
    // debt, reports carrying a knife").
    id: 'intent-to-stab-someone',
    kind: 'harm',
    now: true,
    phrases: [
      'intent/intention/intends/intending/plans/planning/plan ... to ... stab/kill/shoot/attack/hurt/batter/knife/slash/glass ... a/an/the/his/her/named/someone/somebody/individual/person/him/her/them',
    ],
  },
];

/**
 * Everyday phrases from rounds 87 and 88: a hit "with a pillow", a threat over the milk, a fright ended, a drill or a
 * trainer acting, a colour that is dye or a slushie, sweets overdone, "I'm dying here", a question about saving doses.
 */
export const nearMissesAfterRound87: string[] = [
  // round 88: "My partner hit me... with a pillow"; the families' "smacked me round the head... with a rolled up
  // newspaper", "'attacked' her with water pistols"
  '{violence}/whacked/smacked/thumped/attacked/battered ... me/us/her/him/them ... with ... a/the/his/her/my/some/water? ... pillow/pillows/cushion/cushions/balloon/balloons/snowball/snowballs/nerf/water-pistol/water-pistols/pistols/foam/feather/teddy/newspaper/rolled-up-newspaper',
  'pillow fight/fights',
  // the families: "The kids battered me in a snowball fight this morning"
  '{violence}/whacked/smacked/battered/attacked/hammered/thrashed/pelted ... me/us/her/him/them ... ... ... ... snowball/snowballs/pillow/water/nerf/paintball/water-balloon/food/foam fight/fights/war',
  // round 88: "Flatmate said she'd kill me. Because I finished the milk again" (a trivial wrong done; not a debt, a theft
  // or a thing broken: "going to strangle me when I get in cos I broke the telly" is a threat)
  'kill/murder/strangle/throttle/batter/skin ... me/him/her/you/us ... for/cos/coz/because/cause/cuz/over ... ... ... ate/eaten/eating/finished/finishing/forgot/forgetting/spilt/spilled/spilling/tracking/treading/leaving/borrowing/borrowed/spoiling/spoilt/spoiled',
  // round 88: "Thought my mate had collapsed at the bus stop. He'd just dropped his fags" (a fright ended)
  'thought/concerned/worried/convinced/looked-like ... ... he/she/they/resident/client/mate/{other} ... had/was/has/d ... collapsed/fainted/passed-out/dropped ... ... ... ... just/knelt/kneeling/bent/bending/picking/tying/fine/alert/chatting/sat',
  // round 88: "saying he couldn't breathe. Turned out he'd seen a massive spider, he was fine"
  'can-not/could-not breathe ... ... turned-out/turns-out/turn-out/on-attendance/on-arrival/on-checking/on-the-call/on-the-phone/explained ... ... ... ... wasp/bee/spider/mouse/rat/calm/fine/sound/ok/okay/alright/nothing/bill/overwhelmed/good-news/excited',
  // the families: "jolted awake thinkin my lad wasnt breathin, checked him n his chest was goin up n down … just me bein
  // paranoid"
  'thought/thinking/thinkin/convinced/panicked/jolted ... ... ... not/stopped/wasnt ... =breathing/=breathin/=breathe ... ... ... ... up-n-down/up-and-down/paranoid/fine/pink/okay/ok/alright',
  // the families: "GP reception not answering and the online form isn't responding"
  // (the thing itself not answering, word for word: "slumped in the reception chair and isn't responding" is a person)
  'reception/switchboard/phones/phone-line/form/online-form/portal/website/site/system is/s/are/keeps/still? not/never answering/responding/working/loading/picking-up',
  // the families: "my 15 year old hasn't moved off the sofa since yesterday morning, glued to his xbox"
  'moved ... off/from ... the? sofa/couch/settee/bed/chair ... ... ... ... glued/gaming/playing/xbox/playstation/ps5/fifa/netflix/telly/phone/binge/binging',
  // the families: "Staff first aid refresher: trainer demonstrated seizure management with a simulated casualty",
  // "The trainer pretended to collapse"
  'simulated/simulation/mock/pretend/practice/dummy/training casualty/patient/victim/overdose/seizure/collapse/scenario',
  'demonstrated/demonstrating/demonstrates/practised/practising/practiced ... seizure/recovery/cpr/naloxone/first-aid ... management/position/technique/response',
  'pretend/pretended/pretending/pretends/faking/faked/fake/acting/acted/play-acting ... to? be? collapse/collapsed/overdose/od/fit/seizure/faint/stop-breathing/die/dead/choke/out-of-it/unconscious/unresponsive/overdosing/passed-out',
  // the families: "my fingers have gone all blue, been tie-dyeing", "Her toes went blue lol, she painted them"
  '=blue/=purple/=green ... ... ... ... dye/dyeing/tie-dye/tie-dyeing/tie-dyed/paint/painting/painted/varnish/nail-varnish/polish/nail-polish/slushie/slushies/slush/ink/felt-tip/glitter/lipstick/blueberries/food-colouring',
  // round 87: "overdid it on the pick and mix"; round 88: "overdid it on the pigs in blankets"; the families' "Haribo"
  'overdid/overdone/overdo/overdoing it ... on/with ... the? ... pick-and-mix/pick/haribo/pigs-in-blankets/pigs/sausage/sausages/trifle/mince-pies/stuffing/sprouts/nibbles/snacks/sweeties/toffee/fudge/candy/popcorn',
  // the families: "My face dropped when I saw the electric bill"
  'face/jaw dropped/fell ... when/as/at ... {me}/i/she/he ... saw/seen/heard/read/opened/got',
  // round 88: "I'm dying here. Third hour in the queue"
  '{me}/i am/m dying here/over-here/in-here',
  // round 88's families: "is it true they stop your takeaways if you save your methadone up?" (a question in general)
  'if/when/do/does/can ... you/people/someone/anyone ... save/saving/saved/stockpile/stockpiling/keep/keeping/hoard ... your/their ... methadone/script/meds/tablets/doses/pills',
  // round 88: "Swallowed a whole packet of chewing gum as a kid and my mum thought I'd die" (a fear, not a wish)
  'swallowed/swallow/swallowing/ate ... a/the? whole? packet/pack/tube/load ... of ... chewing-gum/gum/sweets/polos/mints/skittles/smarties/tic-tacs/haribo/blu-tack',
  'mum/mam/dad/nan/gran/everyone/they/she/he/doctors ... thought/think/thinks/reckoned ... {me}/i/he/she/we/you would/will/was-going-to/were-going-to/d/ll die/be-dead/not-make-it',
];
