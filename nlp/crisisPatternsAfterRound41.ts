import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 41 to 44 (test/nlp/crisis/README.md, "Fixed after rounds 41 and
 * 42" and "…43 and 44"), kept apart so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after
 * their kind's own patterns and the rounds before.
 */

/** Overdose patterns from rounds 41 and 42. */
export const overdosePatternsAfterRound41: BuiltInPattern[] = [
  {
    // Someone out in the open who does not stir when shaken (round 41: "a fella in the doorway by the bookies been there
    // since this morning not moving, i shouted and shook his shoulder and nothing")
    id: 'shaken-no-response',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'shook/shaken/shaking/shake/nudged/nudging/prodded/poked/tapped/rolled/kicked/shouted/shouting/yelled ... him/her/them/his/her-shoulder/his-shoulder/her-arm/his-arm/shoulder ... ... and/but/an/n ... nothing/nowt/nout/no-response/no-reaction/not-a-thing/not-a-peep/not-a-flicker/didnt-move/did-not-move/no-answer',
      ],
      [
        // round 41's second-person lines: "no response when I called out or shook his shoulder"
        'no/not-a response/reaction/answer/flicker ... when/after ... {me}/i ... shook/shaken/shouted/called/nudged/tapped/prodded/shake/shaking/nudge/prod/pinch/slap/shout',
      ],
      [
        'not/no/never/has-not/hasnt ... moving/moved/move/stirring/stirred/budging/budged/shifted/shifting', 'not/has-not/hasnt ... shifted', 'been/lying/lay/laid/sat/slumped ... there ... since/for/all ... morning/hours/ages/day/last-night/the-night',
        'doorway/shelter/bus-shelter/stairwell/bench/alley/alleyway/pavement/underpass/subway/car-park/bin-store/tent',
        // round 50: "slumped against the bins round the back of Greggs"
        'slumped/sat/lying/collapsed ... against/by/behind/next-to ... the? bins/bin/wheelie-bin/wall/fence/shutter/shutters',
      ],
    ],
  },
  {
    // A double dose taken, then strong sleepiness (round 42: "chemist gave me two days methadone by mistake and I had the
    // both earlier, starting to nod proper hard now and can't keep my eyes open"): sleepiness alone is not a sign.
    id: 'double-dose-drowsy',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'two/three/double/both/extra/2/3/twice ... days/doses/dose/lots/days-worth ... methadone/meth/script/subs/bupe/pregabs/pregabalin/{pills}',
        'by mistake ... dose/doses/methadone/meth/script', 'had/took/drank/necked/taken/drunk ... the? both/them-both/double/two-doses',
        'dispensed/gave/given/give ... him/her/me/them ... a? double/extra/two/second ... dose/doses', 'double/extra dose/doses',
        // round 64: "double meth dose this morn, cant stay awake"
        'double/triple/extra/two/2 methadone/meth/script/subs/bupe dose/doses/dosage',
      ],
      [
        'nodding/nod/noddin/gouching/gouch/gouchin ... proper/hard/heavy/heavily/bad/badly/mad/out/off', 'can-not/cant/could-not ... keep ... eyes ... open',
        'can-not/cant/could-not ... stay ... awake', 'keeps/keep/kept ... dropping/nodding/drifting/falling ... off/out/asleep', 'going under',
      ],
    ],
  },
];

/** Overdose patterns from rounds 43 and 44. */
export const overdosePatternsAfterRound43: BuiltInPattern[] = [
  {
    // A mix taken on purpose just now, help refused (round 43: "4 tramadol 2 bottles of wine and whatever was in that bag,
    // did it on purpose about an hour ago, don't tell me to ring anyone")
    id: 'taken-on-purpose-now',
    kind: 'overdose',
    now: true,
    signs: [
      ['# {pills}', '{lots} ... {pills}', 'bottle/bottles ... of ... wine/vodka/voddy/gin/whisky/whiskey/cider/rum/buckie', 'whatever ... was ... in ... that/the/his/her? bag/wrap/baggie/bottle'],
      [
        'did/done/taken/took ... it/them/the-lot ... on purpose/deliberately ... ago/earlier/just-now/tonight', 'on purpose ... about/around/an/half/# ... hour/hours/mins/minutes ... ago',
        'do-not/dont ... tell ... me ... to ... ring/call/phone ... anyone/anybody/an-ambulance/999/the-ambulance', 'do-not/dont ... ring/call ... anyone/anybody/an-ambulance/999',
      ],
    ],
  },
  {
    // A lot of paracetamol in the last day or so (round 44: "my lad took a load of paracetamol yesterday after a row with
    // his girlfriend, says hes fine and won't go to a&e"): it harms the liver a day or more later (the Decisions).
    id: 'paracetamol-recent',
    kind: 'overdose',
    now: true,
    phrases: [
      'took/taken/had/swallowed/necked/done/downed ... load/loads/lot/lots/bunch/handful/handfuls/whole-packet/packet/packets/box/boxes/pack/packs/strip/strips/{lots} ... of? ... paracetamol/paracetamols/co-codamol/cocodamol/paras/panadol/calpol ... yesterday/last-night/this-morning/earlier/today/tonight/at-the-weekend/on-sunday/on-saturday',
    ],
  },
];

/** Suicide patterns from rounds 41 to 43. */
export const suicidePatternsAfterRound41: BuiltInPattern[] = [
  {
    // Found with something round their own neck (round 41: "my partner found me with the belt round my neck on tuesday")
    id: 'found-with-ligature',
    kind: 'suicide',
    now: false,
    phrases: [
      'found/caught/walked-in-on/walked-in-and-found ... me/him/her/them ... with ... a/the/my/his/her/their? belt/rope/cord/ligature/noose/scarf/lead/cable/tie/sheet/flex/wire/strap/tights ... round/around/on ... my/me/his/her/their neck',
      'tried/trying/try ... to end it/things/my-life ... with ... a/the? ligature/noose/rope/belt/cord',
    ],
  },
  {
    // A rope kept for themselves and visited (round 42: "theres a rope in the shed I bought for myself and I go and look at
    // it most nights")
    id: 'rope-kept',
    kind: 'suicide',
    now: false,
    phrases: [
      'rope/noose/ligature/cord/flex ... bought/got/kept/hid/hidden/put/tied/ready/meant/saved/keeping/hung/hanging ... for myself/meself/me/mesel/herself/himself/themselves',
      'bought/got/kept/hid/hidden/tied ... a/the/my? rope/noose/ligature ... for myself/meself/mesel',
    ],
    signs: [
      ['rope/noose/ligature/beam/hook/belt/cord/flex'],
      ['go/going/went/goes/take/takes/taking ... and/to? look/looking/stare/staring/check/checking/hold/holding ... most/every/each/some ... nights/night/days/day/morning'],
    ],
  },
  {
    // A past attempt at a height told in passing (round 43: "I tried to jump off the flyover when I was in care"): past
    // attempts count (the Decisions).
    id: 'tried-to-jump',
    kind: 'suicide',
    now: false,
    phrases: ['tried/trying/try/attempted/went ... to ... jump/throw-myself/chuck-myself ... off/from/in-front-of/into ... the/a? ... {drop}/flyover/overpass/motorway-bridge/train/trains/car-park/multistorey/multi-storey/roof/building/cliff/bridge'],
  },
  {
    // Going to a height most nights, working up to it (round 43: "been stood at the top of the multi storey most nights
    // this week working up to it")
    id: 'height-working-up',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'top ... of? ... multi-storey/multistorey/multi/storey/car-park/carpark/flats/building/bridge/flyover/tower', 'on ... the? roof/ledge/edge/railings',
        'bridge/flyover ... over ... the? dual-carriageway/motorway/road/river/tracks/railway/a-road/bypass', 'goes/go/going/went ... to ... the? bridge/flyover/roof',
      ],
      [
        'working/building/psyching/psyched/winding ... myself/meself? ... up ... to ... it', 'nearly/almost ... did/went/jumped/stepped ... it?',
        // round 48: "…thinking it'd be quicker than waiting for the council to decide"
        'd/would/be quicker/easier/faster/simpler !to/walking/walk/by/on/if/going/driving/getting/taking/in/via/using/for/with/online/round',
      ],
    ],
    signsNeeded: 2,
  },
  {
    // At the railway with the end in mind (round 42: "walked down to the level crossing in Prestatyn. waiting for the next
    // one through. dont want to feel anything anymore"); waiting at a crossing to drive over is everyday.
    id: 'at-the-railway',
    kind: 'suicide',
    now: false,
    phrases: ['on/onto/across/along/down-on/sat-on/standing-on/lying-on the? tracks/railway-line/train-line/rails ... waiting/wait/for'],
    signs: [
      ['level-crossing/the-tracks/railway/railway-line/train-line/railway-bridge/the-line/rail-bridge/crossing'],
      [
        'do-not/dont/no-longer ... want/wanna ... to? feel ... anything/nothing/owt', 'do-not/dont ... want/wanna ... to be here/around/alive',
        'had/have ... enough', 'can-not/cant ... do ... this/it ... any? more/longer', 'goodbye/bye/sorry/tell ... them/her/him/my', 'next one through/past',
        // round 42's second-person lines: "want everything to go numb for good", "dont want to feel another thing", "so she can
        // stop feeling anything"
        'numb ... for good', 'for good', 'want/wanna ... to? be gone', 'do-not/dont ... want/wanna ... to? feel ... another/a/one ... thing',
        'stop/stops ... feeling/hurting ... anything/everything/it/owt',
      ],
    ],
  },
];

/** Harm patterns from rounds 41 to 44. */
export const harmPatternsAfterRound41: BuiltInPattern[] = [
  {
    // Killing on sight, said of someone else (round 42's second-person lines: "the supplier has said he'll kill him on
    // sight"); a partner's threat to her for going to her appointment
    id: 'threat-about-them',
    kind: 'harm',
    now: true,
    phrases: [
      'kill/stab/shoot/batter/do/merk/murk/shank/bury/end ... him/her/me/them/us on sight',
      '{family}/partner/boyfriend/husband/fella/ex/he/she ... told/tells/says/said/threatened/warned ... her/him/me? ... he/she ... will/ll/gonna/is-going-to ... kill/batter/hurt/stab/murder/strangle/do-in ... her/him/me ... if',
    ],
  },
  {
    // Someone who comes into their tent or bed at night, unwanted (round 43: "a man keeps coming into my tent at night and
    // getting in the bag with me, I don't want him to"), or touching them with a hold over them (round 43: "keeps touching
    // me and says I'll lose the room if I tell anyone")
    id: 'unwanted-touching',
    kind: 'harm',
    now: true,
    signs: [
      [
        'keeps/keep/kept/been ... coming/getting/climbing/creeping/sneaking ... into/in ... my/me/her ... tent/room/bed/bag/sleeping-bag/bunk',
        'keeps/keep/kept/been ... touching/groping/grabbing/grabbin/feeling/fondling ... me/her/him/my/us',
      ],
      [
        'do-not/dont/did-not/didnt ... want ... him/her/them/it ... to?', 'do-not/dont ... know ... how ... to ... stop ... him/her/them', 'can-not/cant ... stop ... him/her/them',
        'lose/losing/lost ... the/my/me/her ... room/bed/place/flat/tenancy/script/placement ... if/unless', 'if ... {me}/i/she ... tell/tells/say/report/grass ... anyone/anybody/owt',
        'keep ... your/ur/yer/my/me/her ... gob/mouth/trap ... shut ... or', 'or ... you-are/youre/your/ur/{me}/she/shes ... out',
      ],
    ],
  },
  {
    // A deadline or a body part taken (round 43: "the people I owe from inside were waiting at the gate, said I've got
    // till sunday or they take my fingers"); a weapon brought over a debt (round 44: "owe a lad 200 for spice and he said
    // hes coming round tonight with a hammer")
    id: 'deadline-or-hurt',
    kind: 'harm',
    now: true,
    phrases: [
      'till/until/by ... monday/tuesday/wednesday/thursday/friday/saturday/sunday/tomorrow/tonight/the-weekend/next-week/payday ... or ... they/he/she/theyll/hell/theyre ... take/break/cut/smash/do/snap/chop/have ... my/me/his/her ... fingers/finger/legs/knees/kneecaps/hands/hand/teeth/arms/thumbs',
      // round 43's second-person lines: "said sunday or they cut my fingers off", "till the weekend to pay or they'll 'do' him"
      'monday/tuesday/wednesday/thursday/friday/saturday/sunday/tomorrow/weekend/payday or ... they/he/she/theyll/hell ... take/break/cut/smash/do/snap/chop ... my/me/his/her ... fingers/finger/legs/knees/kneecaps/hands/hand/teeth/arms/thumbs',
      'till/until/by ... weekend/monday/tuesday/wednesday/thursday/friday/saturday/sunday/tomorrow/tonight/payday ... to ... pay ... or ... they/theyll/hell/he/she ... do/batter/stab/cut/hurt/kill/shank/burst ... him/her/me/us',
    ],
    signs: [
      ['owe/owes/owed/owing/debt/tick/on-tick'],
      ['coming/comin/come/landing/turning-up/on-his-way/on-their-way/bringing/calling ... ... tonight/later/now/tomorrow ... with ... a/the/his/their? hammer/bat/knife/machete/{weapon}/blade/baseball-bat/crowbar/axe'],
    ],
  },
  {
    // Thrown through furniture or glass (round 42: "he put me through the glass table last night cos his tea was cold")
    id: 'thrown-through',
    kind: 'harm',
    now: true,
    phrases: [
      'put/threw/thrown/throws/throwing/pushed/shoved/chucked/slammed/flung/launched ... me/her/him/us/them ... through/thru ... the/a/our/my/his/her? glass/coffee/kitchen/patio/front/back? table/window/door/wall/cabinet/doors/windows',
      'threw/thrown/throws/throwing/pushed/shoved/chucked/slammed/flung/launched/put ... me/her/him/us/them ... into/onto/against ... the/a/our/my/his/her? glass ... table/cabinet/door/window/mirror/doors',
    ],
  },
  {
    // Kept in a car or room until they do what he wants (round 41: "a punter locked the car doors last night and wouldnt
    // let me out till i did what he wanted, he had a blade")
    id: 'held-until-did-what-he-wanted',
    kind: 'harm',
    now: true,
    signs: [
      [
        'would-not/wouldnt/will-not/wont/did-not/didnt/not ... let ... me/her/us ... out/go/leave', 'locked ... the/his/her/my? car? doors/door/car',
        'kept/keeping/held/holding ... me/her ... in ... the/his/a ... car/van/room/flat',
      ],
      [
        'till/until/unless ... {me}/i/she ... did/do/does/done/gave ... what ... he/they/she ... wanted/wants/said/asked', 'had/has/pulled/with/got ... a? blade/knife/{weapon}',
        'made ... me/her ... do ... stuff/things/it/what',
      ],
    ],
  },
];
