import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 89 and 90 (test/nlp/crisis/README.md, "Fixed
 * after rounds 89 and 90"): round 90 was written as turns, like round 88. nlp/crisisBuiltIn.ts puts the patterns after
 * their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts adds the everyday phrases. The shapes of a
 * turn (a joke owned up to, a correction to a thing, a harmless thing re-named, a distant past pointed back to) are read
 * in nlp/crisisMatcher.ts and builtInFramesOpening (nlp/crisisBuiltInContexts.ts).
 */

/** A child's age as typed after a name or in brackets ("my daughter is 13", "his younger brother (15)"). */
const childAges = '11/12/13/14/15/16/17/eleven/twelve/thirteen/fourteen/fifteen/sixteen/seventeen';

/** Overdose patterns from rounds 89 and 90. */
export const overdosePatternsAfterRound89: BuiltInPattern[] = [
  {
    // Pills saved, then all taken just now (the second families' "saved up me pills and ive just necked the lot, about 60,
    // feeling really sick now"): taken already, so an overdose, not a plan.
    id: 'saved-pills-all-taken',
    kind: 'overdose',
    now: true,
    signs: [
      ['just/have/ve/has/already/i ... =necked/=taken/=took/=swallowed/=downed/=had ... the-lot/all-of-them/them-all/the-whole-lot/every-one/all-of-it'],
      ['=saved/=stashed/=stockpiled/=hoarded/=kept/saved-up/stashed-up ... {pills}/pills/tablets/meds/methadone/sleepers/vallies'],
    ],
  },
  {
    // Slumped behind a locked door after a sulk was thought (the second families' "thought he was just sulking but he's
    // slumped behind the locked bathroom door and won't answer me"): the sulk read as an everyday lock-in hid the rest.
    id: 'slumped-behind-door-not-a-sulk',
    kind: 'overdose',
    now: true,
    readsThroughIdioms: true,
    signs: [
      ['but/now/and/then he/she/they is/s/are/was slumped/collapsed/flat-out/lying behind/against the/a/his/her? locked? bathroom/toilet/loo/bog/bedroom? door'],
      ['will-not/wont/not/never ... answer/answering/respond/responding/reply/replying'],
    ],
  },
];

/** Suicide patterns from rounds 89 and 90. */
export const suicidePatternsAfterRound89: BuiltInPattern[] = [
  {
    // An urge to self-harm come back (the second families' "the urge to cut is back lately, not had it in years"; round
    // 89: "the cutting's been creeping back lately"). Self-harm is read as the suicide kind.
    id: 'self-harm-urge-back',
    kind: 'suicide',
    now: true,
    phrases: [
      'urge/urges/itch/pull/craving/cravings/need to cut/self-harm/selfharm/harm/hurt/burn ... ... back/come-back/coming-back/returned/returning/creeping/stronger/worse/again',
      // round 90, caught only by the reader on a0fa13d: "Only thing is the cutting's been creeping back lately"
      'cutting/cuttings/self-harm/selfharm/self-harming/burning ... is/s/has/been ... creeping/coming/crept/come/came/sneaking back',
    ],
  },
  {
    // Everything in the cupboard, to be taken once the others are asleep (round 90, missed on the freeze a0fa13d: "Me and
    // the kids had a nice tea. When they're asleep I'm going to take everything in the cupboard").
    id: 'take-everything-once-alone',
    kind: 'suicide',
    now: true,
    signs: [
      ['{me}/i ... going-to/gonna/will/ll/about-to/planning-to ... take/neck/swallow/down/have ... everything/all/the-lot/whatever ... in/from ... the/my/our/bathroom/kitchen/medicine? cupboard/cupboards/cabinet/drawer/drawers/box/tin/stash'],
      ['when/once/after/as-soon-as/soon-as ... they/he/she/everyone/the-kids/kids ... is/are/re/s/have/has/go/gone/goes ... asleep/in-bed/to-bed/out/gone/left/at-school/at-work'],
    ],
  },
  {
    // "I'll finally do it" with pills saved (the second families' "Kids are at their dad's this weekend so I'll finally do
    // it, I've got the tablets saved up").
    id: 'finally-do-it-pills-saved',
    kind: 'suicide',
    now: true,
    signs: [
      ['{me}/i ... will/ll/going-to/gonna/am/m ... finally ... do/end/doing/ending it'],
      ['got/have/ve ... the/my/me/some/all-the/all-my? tablets/pills/{pills}/meds ... saved/stashed/ready/put-by/hidden/stockpiled'],
    ],
  },
  {
    // Someone else saying they will take everything (the second families' "My boyfriend keeps texting that he'll take the
    // lot tonight when I'm at work").
    id: 'other-says-take-the-lot',
    kind: 'suicide',
    now: true,
    phrases: [
      '{other} ... keeps/keep/kept/is/s/been? ... texting/texted/saying/said/messaging/messaged/threatening/ringing ... that? he/she/they will/ll/is-going-to/gonna/going-to take/neck/swallow/down the-lot/the-whole-lot/all-his/all-her/all-of-them/everything ... tonight/tonite/later/when/once',
    ],
  },
];

/** Harm patterns from rounds 89 and 90. */
export const harmPatternsAfterRound89: BuiltInPattern[] = [
  {
    // A child carrying drugs out of town for older people (round 89: "they're using my 14 year old to take gear up to
    // Norfolk, he comes home with cash and a new phone"; the families' "my daughter is 13 … shes been taking stuff out to
    // the seaside towns for some blokes", "his younger brother (15) is being sent by an older group to sell crack in
    // Swindon"). Three signs: a young age, the carrying or selling, and who it is for or what comes back.
    id: 'child-running-drugs',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        `is/s/aged/age/only/just/he-is/she-is/brother/sister/son/daughter/nephews/nieces/sons/daughters/brothers/sisters ${childAges}`,
        `${childAges} year/years/yr/yrs/yo ... old?`,
        '{child}',
      ],
      [
        'make/makes/made/making/got/gets/getting him/her/them deliver/carry/run/sell/drop/move/take ... bags/gear/drugs/stuff/packages/parcels/crack/weed/coke',
        // round 89, caught only by the reader on a0fa13d: "they're using my 14 year old to take gear up to Norfolk"
        'taking/take/takes/took/carrying/carry/running/run/moving/move/delivering/deliver gear/crack/drugs/packages/parcels/weed/coke/stuff up/down/out/over/across to',
        'taking/take/takes/took/carrying/carry/carries/running/run/runs/moving/move/delivering/deliver/dropping ... ... ... gear/crack/drugs/stuff/packages/parcels/bags/food/weed/coke ... ... up/down/out/over/to ... ... town/towns/seaside/coast/county/london/city/cities',
        'sent/being-sent/made/forced/used/using/getting ... ... ... to ... sell/deal/run/carry/deliver/move/drop ... gear/crack/drugs/stuff/packages/weed/coke',
      ],
      [
        'for ... some/older/these/those/the? older? blokes/men/lads/guys/group/gang/geezers/fellas',
        'older ... group/lads/men/blokes/gang/guys/boys',
        'going/goes/gone/went/keeps-going missing',
        'cash/train-tickets/tickets/new-phone/new-trainers/trainers/money/burner',
      ],
    ],
  },
  {
    // Someone who keeps attacking a person and is waiting for them now (the families' "another resident has punched him
    // three times this week and is now waiting outside his room").
    id: 'attacker-waiting-outside',
    kind: 'harm',
    now: true,
    signs: [
      [
        '{violence}/punched/punching/assaulted/attacked/attacking/jumped ... him/her/them/me ... ... times/again/twice/this-week/tonight/today/earlier/repeatedly',
        'twists/twisted/twisting/bends/bent ... my/her/his arm/arms/wrist/wrists/fingers',
      ],
      [
        'now? waiting/lurking/hanging-about/hanging-around/stood/standing/sat/sitting/pacing ... outside/at/by/near ... his/her/my/their/the ... room/door/flat/house/gate/bedroom',
        // round 91's families: "if i say no he twists my arm, hes waiting outside for me now"
        'waiting/lurking/stood/standing/sat ... outside ... for me/her/him',
      ],
    ],
  },
  {
    // A stabbing said ahead of time, with no "I" (the families' "gonna stab my flatmate when he walks in, not joking this
    // time, blade's by the door"). Only blades: "going to kill my brother" is an everyday idiom.
    id: 'going-to-stab-someone',
    kind: 'harm',
    now: true,
    phrases: [
      'going-to/gonna/wanna/want-to/about-to/ready-to stab/shank/glass/slash/knife/machete/bottle/blade my/the/that/this/his/her/our ... flatmate/housemate/roommate/neighbour/dealer/landlord/ex/{family}/{person}',
    ],
  },
];

/** Food someone may be threatened over in jest (also builtInFramesOpening's "If I nicked the last Yorkshire pudding"). */
export const tableFood =
  'chips/roast-potato/roast-potatoes/roastie/roasties/potato/potatoes/yorkshire/yorkshire-pudding/yorkshires/pudding/pizza/sandwich/sarnie/dinner/tea/biscuits/biscuit/chocolate/chocolates/sweets/cake/crisps/slice/leftovers/curry/kebab/sausage/sausages/nuggets/fries/pie';

/** Sweets and telly said to be overdosed on (round 90: "Gonna OD tonight. On chocolate and Netflix"). */
export const treatsOverdone =
  'pic-n-mix/pick-n-mix/pic/pick/sweets/sugar/chocolate/chocolates/crisps/carbs/cheese/caffeine/coffee/netflix/telly/tv/boxsets/box-sets/bake-off/love-island/strictly/series/films/cake/christmas-telly/sunshine/haribo';

/**
 * Everyday phrases from rounds 89 and 90: a threat over food, an overdose of telly or sweets, a diving board, today's
 * dosette box, a question about naloxone, doses banked for a trip, things (not people) kicked or hit.
 */
export const nearMissesAfterRound89: string[] = [
  // round 90: "She said she'd slit my throat. If I nicked the last Yorkshire pudding again"; the families' "she'll stab me
  // with her fork if I go near her chips again"
  `kill/murder/strangle/batter/stab/slit/break/skin/throttle/knife ... ... ... ... if/when {me}/i/you ... go/went/touch/touched/nick/nicked/eat/ate/take/took/have/had/pinch/pinched/steal/stole/finish/finished/swipe/swiped ... ... ... ${tableFood}`,
  // round 90: "Gonna OD tonight. On chocolate and Netflix"; the families' "overdosed on pic n mix", "OD on Bake Off"
  `overdose/overdosed/overdosing/od/ods on/onto ... ... ${treatsOverdone}`,
  // round 90: "My mate collapsed in the kitchen. Collapsed laughing, I mean"
  'collapsed/collapsing/collapse/fell/falling/keeled/doubled ... =laughing/=laughin/=giggling/in-stitches/with-laughter',
  // the families: "Threw myself off the top diving board at the leisure centre"
  'threw/throw/throwing/chucked/flung/launched/jumped/jump/jumping ... myself/meself? off/from ... the/a? top/high/highest? diving/high board/boards/diving-board/boards',
  // the families: "just swallowed every pill in my dosette box for today"
  'every/all ... pill/pills/tablets/meds/tablet ... in/from ... my/the/his/her dosette/nomad/blister/pill/weekly ... box/pack/tray/organiser ... for ... today/this-morning',
  // round 89: "what happens if you get given naloxone when you haven't used any opioids?"; the families' staff query
  'if/when ... ... given/give/spray/sprayed/use/used/gave/administer/administered ... naloxone/narcan/nyxoid/prenoxad ... ... not/aint/isnt/havent/hasnt/never/had-not/have-not ... used/on/taken/had ... opioids/opiates/gear/heroin/anything/any',
  'naloxone/narcan/nyxoid/prenoxad ... side-effects/side-effect/harm-them/hurt-them/hurt-em',
  'naloxone/narcan/nyxoid/prenoxad ... if/when ... ... not ... ... on/used/taken/using ... opiates/opioids/gear/heroin/anything',
  // the second families: "taking all the old tablets back to the chemist tomorrow"
  'tablets/pills/meds/medication/medicines ... back to the/a chemist/chemists/pharmacy',
  // the second families: "collected up all my dad's pills from round the house into one dosette box, easier for the carer"
  'collected/collecting/sorted/sorting/gathered/gathering/put/putting ... ... ... pills/tablets/meds ... ... into/in ... one/a/the/his/her/my? dosette/nomad/pill-organiser/organiser/blister-pack',
  // the second families: "Hospital rang, he's not responding to the new inhaler"
  'not/isnt/wasnt responding to the/his/her/my/new/any ... inhaler/inhalers/antibiotics/antibiotic/treatment/steroids/chemo/physio/medication/therapy',
  // the second families: "Pharmacist here, is there any guidance on stimulants and chest pain we can put on a leaflet?"
  'any guidance/advice/information/info/resources/leaflets/literature on/about/re/regarding/around',
  // the second families: "the old shed finally collapsed in the wind"
  'shed/tent/fence/gazebo/souffle/shelf/shelves/wardrobe/deckchair/marquee/greenhouse/snowman/sandcastle finally? collapsed/collapsing/collapses !on',
  // the second families: "She's waving a hammer about, putting shelves up in the new flat"
  'waving/holding/got/has/with ... a/the/his/her? hammer/drill/saw/screwdriver/spanner ... ... ... putting-up/putting/fixing/building/hanging/assembling ... shelves/shelf/pictures/picture/curtains/flatpack/wardrobe/blinds/bed/cupboard',
  // the second families: "Someone smashed the bus shelter outside the hostel again"
  'smashed/smashing/vandalised/vandalized/kicked-in/wrecked ... the/a bus-shelter/shelter/phone-box/bus-stop/streetlight/street-light/lamppost/lamp-post',
  // round 90: "I've saved up my pills. For the holiday I mean"; the families' "bank a week's worth for my mum's wedding",
  // "for when i go in hospital for me knee op" (not "for tonight", "for when I'm ready")
  'stockpile/stockpiled/stockpiling/bank/banked/banking/saving/saved/put-by/keeping/kept/holding/hold ... ... ... ... for ... my/the/his/her/our/a ... wedding/holiday/holidays/trip/caravan/op/operation/festival/flight/cruise',
  'worth/supply/put-by/banked/saved/stockpiled/stashed ... ... ... ... for when {me}/i ... go/going/am/m ... in/into/away/abroad/on ... hospital/holiday/spain/the-caravan',
  // the families: "he just will not wake up on a saturday, u could drive a bus thru the bedroom"
  'will-not/wont/never/does-not/doesnt wake/get up ... on/at a/the? saturday/saturdays/sunday/sundays/weekend/weekends/weekday/school-day/school-days/mornings/holidays',
  // the families: "Somebody keeps kicking my bins over at night"; round 90: "Someone keeps hitting my car in the night"
  // (not a door, a window, tyres or a windscreen: "kicked the door in", "slashed my tyres" are threats)
  '{violence}/kicking/kicked/knocking/knocked ... my/the/our/his/her ... bins/bin/wheelie-bin/wheelie-bins/recycling/wing-mirror/wing-mirrors/fence/plants/plant-pots/pots/gnomes',
  'hitting/hit/clipping/clipped/bumping/bumped/scraping/scraped ... my/the/our/his/her ... car/van/motor/wing-mirror/wing-mirrors ... in/at/overnight/while/when/parked/outside',
];
