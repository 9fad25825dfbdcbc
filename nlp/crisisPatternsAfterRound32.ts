import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 32 to 36 (test/nlp/crisis/README.md, "Fixed after round 32" to
 * "…36"), kept apart so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their kind's
 * own patterns.
 */

/** Medical patterns from round 32. */
export const medicalPatternsAfterRound32: BuiltInPattern[] = [
  {
    // A sudden, worst-ever headache with another sign (round 32: "not just a hangover headache, it's the worst one I've
    // ever had, came on all at once, neck's stiff and I've been sick"): a bleed on the brain until shown otherwise. All
    // three are needed: "worst headache ever, been sick all morning" alone is a hangover.
    id: 'sudden-worst-headache',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'worst/worse ... headache/headaches/head/one/pain ... ever/of-my-life/in-my-life', 'headache/headaches/head/pain/migraine ... ... worst/worse ... ever/of-my-life/of-her-life/of-his-life',
        'thunderclap', 'like ... ... hit/smacked/whacked/struck/belted ... with/wi? a? bat/hammer/brick/baseball-bat',
      ],
      [
        'came/come/comes/coming ... on ... all-at-once/suddenly/out-of-nowhere/in-seconds/in-a-second/like-a-switch/like-a-light',
        'suddenly/sudden/out-of-nowhere/all-at-once/in-seconds/out-of-the-blue', 'thunderclap', 'head/hed ... went/goes/gone/go bang/pop/boom',
      ],
      [
        'neck ... stiff/stiffening/locked/will-not-bend/cant-bend', 'stiff neck', 'light/lite/lights ... hurts/hurting/killing/can-not-stand/cant-stand', 'can-not/cant ... look-at/stand ... light/lite/lights',
        'been/being/keeps/keep/was ... sick', 'vomiting/throwing-up/threw-up/puking/spewing', 'blurred/double/blurry ... vision/eyes', 'vision/eyes ... blurred/blurry/double/gone-funny/going', 'confused/slurring/slurred',
        'passed/passing out', 'fainted/collapsed', 'numb/tingling/weak ... one side/arm/leg/face',
      ],
    ],
  },
];

/** Harm patterns from rounds 32 to 36. */
export const harmPatternsAfterRound32: BuiltInPattern[] = [
  {
    // Someone under a court order at the door (round 32: "my ex is outside banging the door n he's got an injunction"):
    // the order says the danger has been judged already.
    id: 'order-breached-at-door',
    kind: 'harm',
    now: true,
    signs: [
      [
        'ex/exs/{other} ... outside/at/round ... my/me/the/her/our? door/window/flat/house/place/gate/work',
        'banging/kicking/booting/hammering/battering/pounding/trying ... on? the/my/me/her? front/back? door/window/doors/windows/handle',
        'trying/tried ... to ... get ... in/into',
      ],
      [
        'injunction/injuction/injunktion/non-molestation/non-mol/restraining-order/protection-order/bail-conditions/court-order/dvpo/dvpn',
        'not/never allowed/supposed/meant ... near/within/anywhere/to-come/to-contact/to-be', 'bail/licence/order ... not/never to? come/go/contact ... near/within',
      ],
    ],
  },
  {
    // Someone trying the door at night who says he is coming in regardless (round 33: "a bloke on my corridor at the hostel
    // keeps trying my door at night, tonight he said hes coming in whether i like it or not")
    id: 'door-tried-at-night',
    kind: 'harm',
    now: true,
    signs: [
      [
        'keeps/keep/kept/been/keeps-on trying/tries/rattling/rattles/trying-to-open ... my/me/the/her/our ... door/handle/lock/window',
        // round 33's second-person lines: "at the window again last night tryin to get it open"
        'trying/tried ... to ... get/prise/force/jimmy ... it/the-door/the-window ... open',
      ],
      [
        'whether {me}/she/we ... like/want/agree ... it? ... or not', 'coming/getting/get/come in ... whether/anyway/regardless/no-matter',
        'at/every/through/in-the night/nights/middle-of-the-night', 'tonight/3am/2am/4am', 'last night',
      ],
    ],
  },
  {
    // A child screamed at, then a blow heard (round 34: "i can hear him screaming at the kid and a big thud just now"):
    // heard through a wall, now. A shout and a door slam with no child is a row, not this.
    id: 'child-screamed-at-then-thud',
    kind: 'harm',
    now: true,
    signs: [
      ['screaming/shouting/yelling/roaring/bawling ... at ... the/his/her/that/their/my? kid/{child}/lad/boy/girl/bairn/wean/little-un'],
      [
        'big/loud/massive/horrible? thud/thump/smack/slap/crash/wallop/bang ... just-now/now/then/and-then/after', 'then/now ... ... gone/went quiet/silent', 'now/then nothing/silence/quiet',
        '{child}/kid/lad/boy/girl/bairn/wean ... crying/sobbing/wailing/whimpering/screaming',
      ],
    ],
  },
  {
    // Held against their will, got away, and now hunted (round 34: "punter wouldnt let me out of his car, pinned my arms, i
    // got away but hes driving round looking for me"); a taxi driver who "wouldn't let me out till I paid" is not hunting.
    id: 'held-then-hunted',
    kind: 'harm',
    now: true,
    signs: [
      [
        'would-not/wouldnt/will-not/wont/not let me/her/us/him out/leave/go/get-out', 'pinned/pinning/held/holding ... me/her/us/him/my/her ... down/arms/wrists/against',
        'locked ... me/her/us/him ... in', 'had/got/kept ... me/us/her/him ... pinned/trapped/locked ... in', 'would-not/wouldnt/will-not/wont ... unlock ... the? doors/door/car', 'held/kept ... me/her/us/him ... in ... his/the/a ... car/room/flat/van/house',
      ],
      [
        'looking/searching/hunting/circling/cruising/driving-round/driving-around ... for ... me/her/us/him',
        'out/driving/been/is/s ... hunting/looking/searching/circling/cruising ... ... me/her/us/him/now/the-streets',
      ],
    ],
  },
  {
    // Violence from before, now back (round 35: "my ex used to beat me and now hes started again"): "used to" alone is the
    // past (the Decisions), so this is not a `now` pattern; "started again" must follow straight on.
    id: 'violence-started-again',
    kind: 'harm',
    now: false,
    phrases: [
      '{other}/ex/he/she/they ... used to ... {violence}/beat/hit/batter/punch/slap/hurt/kick/strangle/choke/belt ... me/us/her/him ... ... ... started/starting/startit/begun/at-it/back-at-it/doing-it/back-to-it up? again',
      '{other}/ex/he/she/they ... used to ... {violence}/beat/hit/batter/punch/slap/hurt/kick/strangle/choke ... me/us/her/him ... ... now/and/but ... started/starting ... hitting/beating/battering/hurting/slapping/punching/kicking ... me/us/her/him ... again',
    ],
  },
  {
    // A fire set to where they sleep, with them in it (round 36: "someone set fire to my tent while i was in it last
    // night"); setting fire to a tent by accident with the stove has no one else doing it.
    id: 'set-alight-while-inside',
    kind: 'harm',
    now: true,
    phrases: [
      '{other}/someone/somebody/they/lads ... set/setting/sets/lit/torched/put ... fire/light/alight ... to? ... my/me/our/her/his/the ... tent/flat/door/house/car/bed/sleeping-bag/letterbox/doorway ... while/with/when ... {me}/she/he/we/they/us/her/him ... was/were/am/is/are/still? ... in/inside/asleep',
      // round 36's second-person lines: "flat door was set alight while she was inside", "torched me car with me sat in it"
      'set/setting ... alight/on-fire ... while/with/when ... {me}/she/he/we/they/us/her/him ... was/were/am/is/are/still? ... in/inside/asleep',
      '{other}/someone/somebody/they/lads ... torched/firebombed/petrol-bombed ... my/me/our/her/his/the ... tent/flat/door/house/car/van ... while/with/when ... {me}/she/he/we/they/us/her/him ... in/inside/asleep/sat/sitting/sleeping',
      '{other}/someone/somebody/they/lads ... poured/threw/chucked ... petrol/lighter-fluid/fuel ... on/over/through ... my/me/our/her/his/the ... tent/door/letterbox/sleeping-bag',
    ],
  },
];
