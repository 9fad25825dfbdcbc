import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 37 to 40 (test/nlp/crisis/README.md, "Fixed after rounds 37 and
 * 38" and "…39 and 40"), kept apart so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their kind's own
 * patterns.
 */

/** Medical patterns from rounds 37 to 40. */
export const medicalPatternsAfterRound37: BuiltInPattern[] = [
  {
    // A limb swollen, red or hot, with the body unwell (round 40: "a hugely swollen leg, red and hot past the knee,
    // shivering and a bit confused"): an infection spreading into the blood. All three: a swollen ankle from walking is not.
    id: 'limb-infection-spreading',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'leg/legs/arm/arms/foot/feet/hand/hands/groin/thigh/calf/ankle ... swollen/swelled/swelling/swole/puffed/twice-the-size/double-the-size/massive/huge',
        'swollen/swelled/puffed-up ... leg/legs/arm/arms/foot/feet/hand/hands/groin/thigh/calf/ankle',
      ],
      [
        'red/hot and/n/an hot/red', 'red/hot/redness/swelling/swollen ... past/above/beyond/up-past/over/up-to ... the/his/her/my? knee/elbow/ankle/wrist/groin/thigh/shoulder',
        'red/redness ... spreading/creeping/going-up/moving-up', 'hot/warm to the touch', 'red-streaks/red-lines/streaks',
      ],
      [
        'shivering/shivers/shaking/shakes/rigors/fever/feverish/temperature/burning-up/boiling', 'hot and cold', 'confused/confusion/delirious/not-making-sense/talking-nonsense/away-with-it',
        'sweats/sweating/clammy', 'being/been/keeps sick', 'vomiting',
      ],
    ],
  },
  {
    // No urine for hours, or only blood, with pain, after ketamine (round 37: "cant piss at all since last night, the bits
    // that come out are blood, in agony, its the ket"): the bladder can be blocked. A sore bladder alone is not this.
    id: 'cannot-pass-urine',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'can-not/cant/could-not/unable-to/not-able-to ... piss/pee/wee/urinate/pass-water/pass-urine/go-to-the-toilet',
        'not/never/has-not/have-not/hasnt/havent ... passed/done ... urine/water/a-wee/a-pee/a-piss',
        'nothing/nowt/nout/nae/not-a-drop ... coming/comes/come ... out ... but/except/apart-from? blood',
        'only/just/nothing-but/nowt-but ... blood ... coming/comes/come/came ... out', 'bits/drops/dribbles/what ... come/comes/coming/came ... out ... is/are/s ... blood',
      ],
      [
        'agony/excruciating/unreal/unbearable', 'pain/belly/stomach/tummy ... unreal/unbearable/killing/insane/mental',
        'doubled/bent/curled ... over/up', 'crying/screaming/sobbing', 'going/gonna/about to/like ... burst/explode', 'swollen/bloated/rock-hard',
      ],
      [
        'ket/ketamine/k/special-k/ket-bladder', 'since/for ... last-night/yesterday/this-morning/hours/#-hours/a-day/all-day/all-night/two-days',
        'all day/night', 'for hours',
      ],
    ],
  },
];

/** Suicide patterns from rounds 37 to 39. */
export const suicidePatternsAfterRound37: BuiltInPattern[] = [
  {
    // Not able to say they will be safe (round 37: "honestly cant say ill be safe tonight, might do something to myself")
    id: 'cannot-say-safe',
    kind: 'suicide',
    now: false,
    phrases: [
      'can-not/cant/could-not/couldnt/wont/will-not ... say/promise/guarantee/swear/tell-you ... {me}/i/she/he/they/ill/shell/hell/im ... be/stay/keep/keeping/am/is/gonna-be ... safe/alive/ok/okay ... tonight/today/2nite/tonite/the-night/this-weekend/till-morning',
      'do-not/dont/can-not/cant/no-longer ... trust ... myself/meself/mesel/herself/himself ... alone/tonight/on-my-own/by-myself/round/near/with ... pills/tablets/knives/meds',
      'do-not/dont/can-not/cant ... trust ... myself/meself/mesel ... on my/me own',
      // "I can't promise I won't hurt myself" (the Decisions)
      'can-not/cant/could-not/couldnt/wont ... promise/say/guarantee/swear ... {me}/i/she/he/they ... will-not/wont/would-not/wouldnt/not-going-to/not-gonna ... hurt/harm/cut/kill/do-anything/do-something ... myself/herself/himself/themselves/meself',
      // round 39: "can't promise I won't do summat daft tonight" (built on the denial "not gonna do owt daft"); Scots "I'll
      // no dae anythin daft"
      'can-not/cant/could-not/couldnt ... promise/say/guarantee/swear ... {me}/i/she/he/they ... will-not/wont/would-not/wouldnt/not-going-to/not-gonna/will-no/ll-no ... do ... something/owt/anything/summat/sommat/nowt ... daft/stupid/silly/dumb/mental/drastic',
      // round 39's second-person lines: "can't say he'll get through the night", "cant promise shell still be here in the morning"
      'can-not/cant/could-not/couldnt ... promise/say/guarantee/swear ... {me}/i/she/he/they/ill/shell/hell ... will? ... get/make-it/last ... through ... the/tonight? night/weekend',
      'can-not/cant/could-not/couldnt ... promise/say/guarantee/swear ... {me}/i/she/he/they/ill/shell/hell ... will? still? be ... here/around/alive ... in/by/tomorrow ... the? morning/mornin/tomorrow',
    ],
  },
  {
    // Wishing the drugs had taken them in their sleep (round 38: "wish i hadnt woke up this morning. wish the gear had just
    // taken me in my sleep"); "wish I hadn't woken up so early" is a tired morning.
    id: 'wish-taken-in-sleep',
    kind: 'suicide',
    now: false,
    phrases: [
      'wish/wishes/wished/wishing/hope/hopes/hoping/pray/praying ... ... ... take/takes/taken/took ... me/her/him/them ... in/while/during ... {me}/my/me/her/his/their/she/he/they? sleep/sleeping/kip/asleep',
      'wish/wishes/wished/wishing ... {me}/i/she/he ... had-not/hadnt/never/had-never/did-not/didnt ... woke/woken/wake/waken/wakened/woken-up/woke-up ... this-morning/today/again/at-all/up-at-all',
      'gutted/disappointed/sick/pissed-off ... {me}/she/he ... keep/keeps/still ... waking/wakin ... up',
    ],
  },
  {
    // A calm goodbye that says it is today (round 38: "today's the day. gave my mam her key back and said what i needed to
    // say. thanks for trying with me"): the thanks for trying, with the day or the things put in order.
    id: 'goodbye-today',
    kind: 'suicide',
    now: false,
    signs: [
      ['thank/thanks/thankyou/thanked/ta/cheers ... for ... always/still? trying/tryin'],
      [
        'today/todays/today-is the day', 'it/its/it-is ends/ending/finishes ... today/tonight', 'it/its/it-is today/tonight x?',
        'gave/given/give/giving/handed/posted/dropped/put ... my/me/the/his/her ... key/keys ... back',
        'said ... what ... {me}/i/he/she ... needed/need/wanted/had ... to say', 'said/had ... my/his/her piece', 'said my/me/his/her goodbyes',
      ],
    ],
  },
  {
    // Going to be with someone who died (round 38: "shes been gone 3 year now and i reckon tonights the night i go and be
    // with her"): the death, being with them, and now or for good, all three; visiting the grave tonight is not this.
    id: 'join-the-dead',
    kind: 'suicide',
    now: false,
    signsNeeded: 3,
    signs: [
      [
        'died/passed/passed-away/gone/lost/dead/killed/buried ... # years/year/months/month ... ago/now/today', 'died/passed/passed-away/lost ... in #/when/last/years/year',
        'been/is/s gone/dead ... # years/year/months', 'since ... she/he/they ... died/passed/went', 'lost/buried ... my/me/our/his/her ... {family}/wife/husband/nan/gran/grandad/boy/girl/lad/lass/son/daughter',
        'died/passed/passed-away ... when ... he/she/they ... was/wis/were',
      ],
      [
        'go/goin/going/gonna/gonnae/to/ready-to/finally ... and? be with/wi ... her/him/them', 'join/joining ... her/him/them', 'be/being with/wi ... her/him/them ... for good/again/soon/tonight/the-night',
      ],
      ['tonight/tonights/tonite/2nite/the-night', 'for good', 'finally', 'no/not ... waiting/waitin ... any/nae? more/mair/longer', 'got/have ... everything ... i/{me} need/needs', 'sound with it', 'it is time/its-time'],
    ],
  },
];

/** Harm patterns from rounds 37 to 40. */
export const harmPatternsAfterRound37: BuiltInPattern[] = [
  {
    // Ran off with someone's money or drugs, and now hunted with a threat (round 37: "done a runner with his stuff n hes
    // driving round looking for me, says hes gonna end me")
    id: 'hunted-after-taking',
    kind: 'harm',
    now: true,
    signsNeeded: 2,
    signs: [
      [
        'done/did/doing a runner ... with', 'legged/leg/ran/run/fled/made ... it? ... off? with ... his/her/their/a/the/some/a-dealers ... money/cash/gear/stash/stuff/phone/drugs/bag/tick/{drugs}/shit/bits/takings',
        'took/taken/nicked/robbed/had-off/mugged ... a/the/his/her/their/some/a-dealers/the-dealers ... dealers/dealer/money/cash/stash/gear/phone/drugs/bag/{drugs}/takings ... and/n/an ... ran/legged/run/bolted/scarpered',
      ],
      [
        'driving/going/goin/been/was/is/s/riding/walking ... round/around/about ... looking/searching/asking/hunting ... for? me/her/him/us',
        'looking/searching/hunting/asking-round/asking-about ... for ... me/her/him/us', 'been/came/come/went ... round ... my/me/her/his ... mums/mams/nans/flat/house/place/door ... twice/again/looking',
      ],
      [
        'end/do/kill/murder/stab/shank/batter/burst/wet/slash/cut/do-in/smash ... me/her/him/us ... when/once/if ... he/she/they ... finds/find/catches/catch/gets/get',
        'says/said/saying/told/texted/messaged ... ... gonna/going-to/will/ll/is-going-to ... end/do/kill/murder/stab/shank/batter/burst/wet/slash/do-in ... me/her/him/us',
      ],
    ],
  },
  {
    // A child's injury with an account that does not fit (round 38: "…a round burn on her arm, her mams boyfriend says it
    // was the radiator but it looks like a fag burn to me"): someone's account and the doubt, both. An adult's injury
    // explained away is harm too.
    id: 'injury-account-doubted',
    kind: 'harm',
    now: true,
    signs: [
      [
        'looks/look/looked/looking/like ... ... fag/cig/cigarette/ciggie/ciggy/rollie/lighter burn/burns/end/ends/mark/marks',
        'does-not/doesnt/dont/do-not/didnt/did-not add up', 'done ... on purpose', 'like ... fingermarks/finger-marks/fingers/a-hand/handprint/hand-print/someone-grabbed',
        'handprint/handprints/hand-print/fingermarks/finger-marks', 'does-not/doesnt/dont/do-not/didnt/did-not/nothing ... look ... like ... that/a-radiator/an-accident/chickenpox/the-kettle/it/a-fall',
        'cig/fag/cigarette/ciggie/ciggy burn/burns',
        // round 49: "grandson's 2 … he's got bruises all up his arm, she says he fell. she's using again"
        '{child}/#-year-old/toddler/baby/grandson/granddaughter/little-one/little-un ... ... ... bruises/bruising/marks all-over/all-up/everywhere/covered/loads',
        'he/she/hes/shes ... got/has ... bruises/bruising/marks all-over/all-up/everywhere',
      ],
      [
        'says/said/say/reckons/reckon/claims/claimed/told-me/told-us/insists/swears ... ... radiator/kettle/oven/iron/heater/fire/chickenpox/accident/fell/fall/bumped/cat/dog/nursery/playing/eczema/settee/sofa/stairs',
        // round 63: "little one had bruises all up her arms last week, i think it was mum's fella"
        'i/we think/reckon/suspect/bet/know ... it/that/they was/were/is ... {family}/him/her/them/mums/mams/her/his/their ... fella/boyfriend/partner/bloke/man/stepdad?',
      ],
    ],
  },
  {
    // An ex out of prison watching the home, or sending pictures of the children's school (round 38: "ex is out of jail and
    // hes been sat outside my flat in his car every night, last night he sent me a pic of the kids school gates")
    id: 'ex-released-watching',
    kind: 'harm',
    now: true,
    signs: [
      [
        'out/got-out/released/let-out ... of? ... jail/prison/pen/nick/hmp/inside/the-big-house', 'released/let-out/got-out/out ... last/a/# ... week/month/fortnight/weeks/months',
        'ex/babyfather/baby-father/babydad/baby-dad/bd/ex-partner ... released',
      ],
      [
        'sat/sits/sitting/parked/parks/waiting/waits/stood/stands/standing/hanging-about ... outside ... my/me/her/our/ours/the-kids ... flat/house/place/door/yard/window/work/gaff',
        'sat/parked/sitting/parked-up ... outside ... ours/mine/hers', 'outside ... my/me/her/our/ours ... flat/house/place/door/yard/window ... every/each ... night/nite/day/morning',
      ],
      [
        'pic/pics/picture/pictures/photo/photos/snap/video ... of ... my/me/her/our/the/his? ... kids/childrens/sons/daughters/school/schools/school-gates/playground/front-door/door/house/flat/window/car/yard',
      ],
    ],
  },
  {
    // Made to sell or carry, with a threat (round 38: "the boys fae the scheme said theyd burst me if a dinnae sell for
    // them, gave us a bag an said dinnae come back short")
    id: 'made-to-sell',
    kind: 'harm',
    now: true,
    signs: [
      [
        'gave/give/given/gives/handed/hands ... me/us/him/her ... a/the/some? bag/package/parcel/phone/line/box/stash/pack/nine-bar/ounce/batch ... to? sell/carry/shift/run/drop/deliver/move/hold/take',
        'if ... not/dont/dinnae/do-not/didnt/did-not/wont/no ... sell/sel/carry/run/deliver/hold/shot/drop/move/shift/graft ... for ... them/him/the-olders/the-elders/the-lads/the-boys',
      ],
      [
        'burst/stab/shank/wet/slash/cut/batter/do-in/kill/bang/dot/smash/shoot/merk/murk ... me/us/him/her', 'know/knows ... where ... my/me/our/his/her ... {family}/mum/mam/nan/family ... lives/live/stays/stay',
        'come/coming/comes ... back short/light/empty',
      ],
    ],
  },
  {
    // Shot at with a gun at the home (round 38's second-person lines: "her partner fired an air rifle at her front window
    // last night and has told her he'll be back tonight to finish it")
    id: 'shot-at-home',
    kind: 'harm',
    now: true,
    phrases: [
      'fired/shot/shooting/firing/fires/shoots ... air-rifle/airgun/air-gun/gun/guns/rifle/bb-gun/pellet/pellets/pellet-gun/shotgun/crossbow/{weapon} ... at ... my/me/her/his/our/their/the ... window/windows/door/house/flat/car/front-door/back-door',
      'air-rifle/airgun/air-gun/gun/rifle/bb-gun/pellet/pellets/pellet-gun/shotgun/crossbow ... fired/shot ... at ... my/me/her/his/our/their/the ... window/windows/door/house/flat/car/front-door',
    ],
  },
  {
    // Sex demanded or they are put out (round 38: "landlord says if i dont sleep with him hell put me out on the street
    // tonight")
    id: 'sex-or-put-out',
    kind: 'harm',
    now: true,
    signs: [
      [
        'sleep/sleeps/sleeping/shag/shags/have-sex/has-sex/sex/sexual/do-stuff/stuff ... with ... him/them/the-landlord/her',
        // (round 71's second families: "now he wants sex every night or im out on the street")
        'wants/wanting/expects/expecting/demands/demanding ... sex/a-shag/stuff/favours',
      ],
      [
        'put/putting/chuck/chucking/kick/kicking/throw/throwing/turf/turfing/boot/booting ... me/her/us/them ... out', 'out on the street/streets',
        'or/else ... out', 'evict/evicting/evicted', 'homeless', 'nowhere else to go',
      ],
    ],
  },
  {
    // Robbed by force, again and again (round 39: "getting taxed every day on the way back from the chemist fam, they
    // rushed me yesterday and took my phone"); "rushed me to A&E" and "mugged me off" are not this.
    id: 'robbed-by-force',
    kind: 'harm',
    now: true,
    signs: [
      [
        'rushed/jumped/taxed/bumped/set-on/set-upon/turned-over/rolled me/us/him/her !to/into/in/off/out/up', 'mugged/robbed me/us/him/her !off',
        'getting/got/get/gets/been/keep-getting/keeps-getting taxed/rushed/jumped/mugged/robbed/turned-over/rolled',
      ],
      [
        'took/taken/nicked/had/robbed/grabbed/snatched/swiped/lifted ... my/me/his/her ... phone/money/cash/script/bag/meds/methadone/card/bank-card/benefits/giro/trainers/jacket/stash/gear/dose/coat/wallet/purse',
        'every day/night/time/week', 'yesterday/last-night/today/this-morning/earlier/tonight/again',
      ],
    ],
  },
  {
    // A threat for saying no (round 39: "he's being made to hold for others and they'll cut him if he says no"), reported
    // about someone else; "my mum will kill me if I say no" is the idiom (no "kill" here).
    id: 'hurt-if-refused',
    kind: 'harm',
    now: true,
    phrases: [
      '{other}/they/theyll/hell/shell ... will/ll/would/gonna/going-to ... cut/stab/slash/shank/batter/burst/hurt/smash/do-in/chiv/stripe ... him/her/them/me/us ... if/unless ... he/she/they/{me}/i ... says/say/said/refuses/refuse/does-not/doesnt/dont/do-not/will-not/wont/tells/tell/grasses/grass/stops/stop/quits/quit/leaves/leave',
      // round 39's second-person lines: "cellmate says he'll get cut up if he says no"
      'get/getting/gets/be/gonna-get/going-to-get cut/stabbed/slashed/battered/striped/chivved/shanked/done up? if/unless ... he/she/they/{me}/i ... says/say/said/refuses/refuse/does-not/doesnt/dont/do-not/will-not/wont/tells/tell/grasses/grass',
      // round 39: "says he'll put me through the wall when he gets back from the pub"
      '{other}/he/she/they/hell/shell/theyll ... will/ll/would/gonna/going-to ... put/throw/chuck/smash ... me/her/him/us ... through ... the/a? wall/window/door/floor/table',
      // round 41's second-person lines: "say they'll kick his head in if he doesn't pay up"
      '{other}/they/theyll/hell/shell ... will/ll/would/gonna/going-to ... kick/smash/cave/punch/knock ... his/her/my/me/your/their ... head/face/teeth ... in ... if/unless/when/or',
    ],
  },
  {
    // Someone smashing the home up who says they are next (round 40: "ma man's lost it, smashin the hoose up an sayin am
    // next")
    id: 'smashing-up-says-next',
    kind: 'harm',
    now: true,
    signs: [
      [
        'smashing/smashin/smashed/wrecking/wrecked/trashing/trashed/breaking/broke/destroying/destroyed/kicking-in/kicked-in ... the/my/me/our/her/his/their? house/hoose/flat/place/gaff/kitchen/room/rooms/stuff/things/everything/telly/windows/doors ... up?',
        'lost it/the-plot/his-head/her-head', 'kicking/kicked off',
      ],
      [
        'saying/sayin/says/said/shouting/shoutin/screaming/yelling ... {me}/i-am/im/am/you-are/youre/ur/she-is/shes/were ... next',
        '{me}/i-am/im/you-are/youre/ur ... next ... he/she/they? says/said/saying/sayin',
        'saying/says/said/shouting ... {me}/i/you ... will/ll/am/is/gonna ... get/getting ... it/the-same/what-for',
      ],
    ],
  },
  {
    // A blade held to someone (round 40: "they put a knife to his neck yesterday, hes only 14")
    id: 'blade-held-to',
    kind: 'harm',
    now: true,
    phrases: [
      'put/putting/puts/held/holding/holds/pulled/pulls/pressed/pressing/stuck/sticks ... a/the/his/her/their/this? {weapon}/blade/knife/bottle/glass/screwdriver ... to/at/against/under ... my/me/his/her/their/our/the ... neck/throat/face/head/chest/belly/stomach/side/ribs/back',
    ],
  },
];
