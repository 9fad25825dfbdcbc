import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 91 and 92 (test/nlp/crisis/README.md, "Fixed
 * after rounds 91 and 92"): round 92 was written as turns, like rounds 88 and 90. nlp/crisisBuiltIn.ts puts the patterns
 * after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts adds the everyday phrases.
 */

/** Overdose patterns from rounds 91 and 92. */
export const overdosePatternsAfterRound91: BuiltInPattern[] = [
  {
    // Everything in the packs taken so as not to wake (round 91, caught only by the reader on 547ffba: "just took
    // everything in the blister packs so i dont have to wake up tomorrow").
    id: 'took-all-not-to-wake',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'taken/took/necked/swallowed/had/downed/done ... everything/all/the-lot/every-one ... in/from/out-of ... the/my/his/her/both? blister/packs/packets/pack/box/boxes/bottle/bottles/cupboard/cabinet/tub/strip/strips',
        // the families: "popped the lot, all the boxes off the chemist, just want to go to sleep and stay there"
        '=popped/=necked/=swallowed/=downed/took/taken the-lot/everything/all-of-them/the-whole-lot/every-last-one/all-the-boxes',
        // the second families: "emptied all the boxes of paracetmol into me tonite so i wont have to face tomorow"
        'emptied/emptying ... all/the/both ... boxes/box/packets/packet/bottle/bottles/tubs/strips ... into me/myself/my-mouth/meself',
      ],
      [
        'so/cos/because/coz/hoping ... not/never/dont/do-not/wont ... have-to? ... wake/wake-up/waking', 'not/never ... wake up ... tomorrow/again/in-the-morning',
        'go/going to sleep and stay/stop there/asleep/that-way', 'sleep ... forever/for-good/and-never-wake/and-not-wake',
        'wont/will-not/dont/do-not/not/never ... have to? face/see ... tomorrow/tomorow/the-morning/another-day',
      ],
    ],
  },
];

/** Suicide patterns from rounds 91 and 92. */
export const suicidePatternsAfterRound91: BuiltInPattern[] = [
  {
    // A train or a lorry, then stepping in front of "one" (round 91, caught only by the reader on 547ffba: "keep looking
    // at the train times and thinking about stepping out in front of one").
    id: 'step-in-front-of-one',
    kind: 'suicide',
    now: false,
    signs: [
      ['train/trains/bus/buses/lorry/lorries/traffic/tube/tram/trams/motorway/express'],
      ['stepping/step/walking/walk/jumping/jump/throwing-myself/throw-myself/lie/lying/lay ... out? in-front-of/under one/it/them/the-next'],
    ],
  },
  {
    // Stood on a bridge wondering how long the fall would take (the second families: "Been stood on the footbridge over the
    // dual carriageway again tonight wondering how long it would take to hit the road"): through the everyday "hit the
    // road", which is leaving.
    id: 'how-long-to-hit-the-ground',
    kind: 'suicide',
    now: false,
    readsThroughIdioms: true,
    signs: [
      ['{drop}/footbridge/flyover/dual-carriageway/carriageway/overpass/bypass/cliff/cliffs/edge/ledge/roof/balcony'],
      ['wondering/thinking/imagining/wonder/think ... how long ... it? ... would/will/d ... take ... to ... hit/reach ... the? road/ground/water/bottom/tracks/floor/pavement'],
    ],
  },
  {
    // A fist or head hit into a wall on purpose (the second families: "nah i smashed my fist into the wall on purpose til it
    // bled, only way i feel owt"). Self-harm is read as the suicide kind.
    id: 'fist-into-wall-on-purpose',
    kind: 'suicide',
    now: true,
    phrases: [
      'smashed/smash/punched/punch/hit/banged/bang/bashed/bash/slammed ... my/his/her ... fist/fists/hand/hands/head/knuckles ... into/against/off ... the/a? wall/walls/door/mirror/window ... ... on-purpose/deliberately/til-it-bled/until-it-bled/till-it-bled',
    ],
  },
];

/** Harm patterns from rounds 91 and 92. */
export const harmPatternsAfterRound91: BuiltInPattern[] = [
  {
    // A child screamed at and hit, heard now (round 91, caught only by the reader on 547ffba: "next door's screaming at
    // her little lad and I can hear slaps, it's been going on ten minutes").
    id: 'child-screamed-at-and-slapped',
    kind: 'harm',
    now: true,
    signs: [
      ['screaming/shouting/yelling/roaring/bawling ... at ... the/his/her/that/their/my? little/wee/young? lad/boy/girl/lass/kid/{child}/son/daughter/bairn/wean'],
      [
        'hear/hearing/heard/can-hear ... ... slaps/slapping/smacks/smacking/thuds/thumps/whacks/hitting/wallops/being-hit/being-smacked',
        // the families: "bloke's shouting at the kids and there's thuds and one of them is begging him to stop"
        'there/theres/there-is/there-are/and ... thuds/thud/slaps/smacks/thumps/bangs/wallops', 'begging/pleading/crying ... him/her/them ... to stop',
      ],
    ],
  },
  {
    // A weapon held to someone's neck (round 92, caught only by the reader on 547ffba: "one's got a broken bottle to the
    // other one's neck").
    id: 'weapon-to-the-neck',
    kind: 'harm',
    now: true,
    phrases: [
      'got/has/holding/held/pulled/pointing/put/pressing/pressed/waving ... a/the/his/her? broken? bottle/knife/blade/machete/shank/glass/{weapon} to/at/against ... ... neck/throat',
      // the families: "holding a snapped chair leg over another resident's head right now"; "stood over my brother with a hammer"
      'holding/raising/raised/swinging/waving ... a/the ... chair-leg/leg/pole/bar/iron-bar/crowbar/brick/plank/bottle/hammer/bat/{weapon} ... over/above ... another/the/his/her/someones/my/their ... head',
      'stood/standing/stands over ... ... ... with ... a/the/his? {weapon}/hammer/bat/knife/bottle/brick/chair-leg/iron-bar/crowbar',
    ],
  },
  {
    // Someone who cannot speak for themselves asking for help with a sign, with marks or a man in control (round 92,
    // missed on 547ffba: "Lady came in for her script with a man who took it straight off her at the counter, she's got
    // bruises round her wrist and mouthed help me").
    id: 'silent-plea-for-help',
    kind: 'harm',
    now: true,
    signs: [
      [
        'mouthed/mouthing/mouths/whispered/whispering/signalled/signalling/signaled/gestured/gesturing/slipped/passed/wrote ... ... help/help-me/save-me/police/call-the-police',
        // the families: "SU whispered she cannot go home with him"
        'mouthed/whispered/whispering/said-quietly/told-us-quietly ... can-not/cannot/cant/doesnt-want-to/does-not-want-to/scared-to/afraid-to ... go home/go-back/leave ... with him/her/them',
      ],
      ['bruise/bruises/bruising/marks/grabbed/gripping/gripped/held-her/held-him/took-it/took-her/controlling/wont-let/will-not-let/not-let', 'with a/her/his? man/partner/boyfriend/fella/bloke/husband'],
    ],
  },
  {
    // A child heard being hit (round 91's families: "raised voices and sounds of a child being struck in family Rm 4").
    id: 'child-heard-being-hit',
    kind: 'harm',
    now: true,
    phrases: ['sounds/sound/noises/noise/screams ... of ... a/the/her/his/their? child/{child}/kid/baby/toddler/little-one ... being ... struck/hit/beaten/slapped/smacked/hurt/thrown'],
  },
  {
    // A child touched and told to keep quiet (round 92's families: "her mum's new fella … touches her and she's not allowed
    // to say", "uncle does stuff to him when he babysits and he'll get in trouble if he tells").
    id: 'child-touched-told-secret',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      ['{child}/niece/nephew/little-brother/little-sister', 'is/s/aged/only 4/5/6/7/8/9/10/11/12/13/14/15'],
      [
        'touches/touching/touched/feels/feeling/fiddles/fiddling ... her/him/me', 'does/did/doing stuff/things ... to ... her/him/me',
        // the second families: "He makes me sit on his lap when we're alone"
        'makes/made/making ... me/her/him ... sit ... on his/her lap',
      ],
      [
        'not allowed/supposed ... to? tell/say', 'secret/keep-it-secret/keep-it-quiet/our-secret/dont-tell/not-to-tell', 'get/be ... in trouble ... if ... tell/tells/told/says/said',
        'if ... {me}/i/she/he ... tell/tells/told ... ... get/be ... taken/in-trouble/put-in-care/hurt',
      ],
    ],
  },
  {
    // A fight, then a weapon picked up or a bottle broken and used (the second families: "two lads scrapping in the kitchen
    // and one's just picked up a knife", "some geezer's broke a bottle and is going at people with it").
    id: 'fight-and-weapon-taken-up',
    kind: 'harm',
    now: true,
    phrases: ['broke/smashed/broken a/the bottle/glass ... ... going/coming/went/lunging/swinging ... at ... people/us/him/her/them/everyone/everybody/someone'],
    signs: [
      ['scrapping/fighting/brawling/kicking-off/going-at-it/squaring-up/fight/scrap/brawl/punch-up'],
      ['just? picked/picked-up/grabbed/pulled/pulled-out/got-out ... a/the ... knife/blade/machete/bottle/broken-bottle/{weapon}'],
    ],
  },
  {
    // A baby screaming for hours, the carer using, nobody feeding her (the second families: "his baby's been screamin in the
    // cot all nite, he's been on the pipe since yesterday and no ones fed her or changed her").
    id: 'baby-unfed-carer-using',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      ['baby/babys/babies/toddler/{child}/little-one ... ... screaming/crying/screamin/cryin/howling ... all-night/all-nite/all-day/for-hours/hours/since'],
      ['on the pipe/gear/crack/spice/brown ... since/all/for/days', 'off his/her/their face/head/nut', 'out-of-it/gouching/gouched/passed-out'],
      ['no-one/nobody/noones/no-ones/no-body/not-been/hasnt-been/has-not-been ... fed/changed/feeding/changing'],
    ],
  },
  {
    // A script or money snatched, with bruises or not being able to leave (the second families: "her boyfriend snatches
    // it off her the minute she's out the door, she's covered in bruises and says she can't leave him").
    id: 'script-snatched-and-bruised',
    kind: 'harm',
    now: true,
    signs: [
      ['snatches/snatched/grabs/grabbed/takes/took/nicks/nicked ... it/her-script/his-script/my-script/her-money/the-script/her-meds ... off/from ... her/him/me'],
      ['bruises/bruised/bruising/black-eye/covered-in-bruises'],
      ['can-not/cant/cannot/scared-to/afraid-to ... leave ... him/her'],
    ],
  },
  {
    // A threat to throw a child (round 92's families: "he's off his nut on crack, threatening to throw her out the window").
    id: 'threat-to-throw-child',
    kind: 'harm',
    now: true,
    // (through the everyday "threatening to throw her out": a window or a balcony is named)
    readsThroughIdioms: true,
    phrases: ['threatening/threatened/threatens/says/said/saying ... ... throw/drop/chuck/hang/dangle ... her/him/the-baby/them/it/the-kid/the-kids ... out/off/over ... the/a ... window/balcony/bridge/stairs'],
  },
  {
    // Gone round to "do" someone, armed (round 91, caught only by the reader on 547ffba: "my brother's gone round to do
    // the bloke who ripped him off, he's taken a machete").
    id: 'gone-round-armed',
    kind: 'harm',
    now: true,
    // (through the everyday "baseball bat" of a game: someone has gone to "sort" or "do" a person with it)
    readsThroughIdioms: true,
    signs: [
      [
        'gone/going/went/headed/heading/off round/over/out ... to ... do/sort/get/batter/stab/find/deal-with/do-in ... the/that/this/him/her/them/some',
        // the families: "says he's gonna sort the lad who owes him"; "gone looking for his dealer"
        'says/said/saying/swears/swearing/stating/stated/states/threatening ... he/she/they ... is/s/gonna/going-to/will/ll ... sort/do/batter/stab/get/deal-with/cut/slash/shank/knife ... the/that/this ... lad/bloke/guy/man/fella/dealer/prick/twat',
        'gone/going/went/out looking/hunting/searching for ... his/her/the/that ... dealer/lad/bloke/ex/fella/guy',
      ],
      [
        'taken/took/got/has/grabbed/with/carrying/brought ... {weapon}/machete/knife/blade/bat/hammer/shank',
        // the second families: "staff saw a hammer in his bag"
        'saw/seen/spotted/noticed ... a/the ... {weapon}/hammer/knife/blade/machete/bat ... in/on/under his/her/their ... bag/pocket/coat/waistband/jacket/hand/hoodie',
      ],
    ],
  },
];

/**
 * Everyday phrases from rounds 91 and 92: "collapsed in a heap" after dinner, "blue in the face" shouting, a question
 * whether a mix can stop breathing.
 */
export const nearMissesAfterRound91: string[] = [
  // round 92: "Dad's collapsed in a heap on the settee after his Sunday dinner as per"
  'collapsed/flopped/crashed/slumped ... in a heap ... ... ... ... after/as-per/as-usual/like-always/full/stuffed/knackered',
  // round 92: "My dad went blue in the face shouting at the ref"
  'blue/purple/red in the face ... ... shouting/arguing/yelling/screaming/ranting/moaning/telling/explaining/complaining/laughing/singing/blowing',
  // round 92: "Is it true you can stop breathing on pregabalin and heroin together? Doing a talk"
  'is/it/can/does/do/could ... true/possible/right/normal/likely ... you/people/someone/anyone/your ... can/could/would/might ... stop/stops breathing',
  // the families: "Does xylazine in the gear mean naloxone won't work as well?"
  'does/do/can/will/would/is ... ... ... mean/make/stop ... naloxone/narcan/nyxoid ... will-not/wont/not/doesnt/does-not/less/cannot/cant ... work/effective/working',
  // the families: "The poster in the hostel office says if they won't wake up and their lips are blue, call 999"
  'if/when ... they/he/she/someone/somebody/a-person/you ... will-not/wont/dont/do-not/cant/can-not/not/are-not ... wake/breathe/breathing/respond/responding/rouse ... ... ... ... call/ring/dial/give/phone',
  'if/when ... ... lips/skin/face ... are/is/go/goes/turn/turns/look ... blue/grey/purple ... ... ... call/ring/dial/give/phone',
  // the families: "collapsed into bed at 9 after detox group"; "the whole family just collapsed in front of the telly,
  // absolutely stuffed"
  'collapsed/collapse/flopped/crashed into/in-to bed', 'collapsed/flopped/crashed ... in-front-of/on/onto ... the? telly/tv/sofa/settee/couch ... ... ... stuffed/full/knackered/shattered/exhausted/after/as-per',
  // the families: "our kid went bright purple screaming at the telly when they missed that penalty"; "Uncle Dave turned
  // purple when Villa conceded"
  // the families: "What should I do if a fight starts at a party and someone grabs a bottle? Just asking in general"
  'if/when ... a? fight/scrap/brawl/row ... starts/breaks-out/kicks-off/started ... ... ... someone/somebody/they/he/she/anyone ... grabs/picks-up/pulls/pulls-out/grabbed ... a/the? knife/bottle/blade/glass/weapon',
  // the second families: "went purple with rage at the benefits office"; "Nearly stepped out in front of a bus texting"
  'blue/purple/red/puce with rage/anger/fury/temper/fuming',
  'nearly/almost ... stepped/walked/stepping/walking ... out? in-front-of ... a/the? bus/car/lorry/van/bike/taxi/cyclist ... ... texting/looking/on-my-phone/not-looking/beeped/honked',
  'went/gone/turned/turning/goes bright? blue/purple/red ... ... ... ... telly/tv/ref/referee/match/game/penalty/goal/conceded/missed/lost/score/villa/united/city/football/footy/darts',
];
