import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by round 21 (test/nlp/crisis/README.md, "Fixed after round 21"), kept apart
 * so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their kind's own patterns.
 */

const tonightIsTheNight = 'tonight/tonights/tonite/2nite is/s? the night';

export const suicidePatternsAfterRound21: BuiltInPattern[] = [
  {
    // hoping not to wake ("hope ah divvent wake up in the mornin", "he's hoping he dunt wake up tomorrer"): a wish, so
    // it explains will-not-wake (nlp/crisisBuiltIn.ts), and a baby or child not waking is an everyday exception
    id: 'hope-not-to-wake',
    kind: 'suicide',
    now: false,
    phrases: [
      'hope/hoping/praying/pray/wish/wishing ... {me}/ah/a/he/she/they ... do-not/dont/does-not/doesnt/never/not/will-not/wont ... wake/waking/wake-up ... morning/tomorrow/again/ever',
      'wish/wishes/wishing/wished ... {me}/he/she/they ... would-not/wouldnt/did-not/didnt/never/could-not ... wake/waking/wake-up',
      // enough of something to not wake (round 32: "stashed three weeks of pregabs in a drawer. Reckon that's enough to not
      // wake up")
      'enough ... to not/never wake/waking/wake-up', 'enough ... so/that {me}/i/he/she ... do-not/dont/will-not/wont/never ... wake',
    ],
  },
  {
    // a quick or painless way to die asked for, no method named: "whats the quickest way to go that doesnt hurt"
    id: 'painless-way',
    kind: 'suicide',
    now: false,
    phrases: [
      'amount/much/many/enough ... ... ... make/makes/making sure ... not/dont/do-not/never/wont ... wake',
      // round 24's second-person lines: "how many of my mums sleepers would i need to just not wake up", "how much methadone
      // it would take to be gone for good", "nod off forever"
      'how/hw many/much/mch ... ... ... ... not/never/nevr/dont/do-not ... wake', 'to be gone for good/forever',
      'nod/nodding/drift/drifting off ... forever/for-good/for-ever/and-never-wake',
    ],
    signs: [
      [
        'way/ways/method/methods to go/die/end-it/end-things/end-my-life/check-out/do-it/not-wake/go-to-sleep-forever',
        'way/ways/method/methods to ... not-be-here/not-be-around/not-exist/disappear/vanish/not-wake',
        'how ... to/do/can ... {anyone}/u/you/one/someone? ... die/check-out/end-it/end-things/end-my-life/not-wake/top-myself',
        'check/checking out quick/quickly/early/for-good/painlessly',
        // round 24: "whats the amount of gear that makes sure u dont wake up" (the amount asked for is the sign itself)
        'quickest/easiest/fastest/best/surest/simplest/peaceful/peacefullest/painless/least-painful ... way/ways/method/methods ... to ... go/die/end/check-out/do-it',
      ],
      [
        'does-not/doesnt/dont/do-not/wont/will-not/would-not/without/no ... hurt/hurting/pain/suffering/feel-it/feel-anything',
        'painless/painlessly/peaceful/peacefully/in-my-sleep/no-pain/least-painful', 'quick/quickly/fast/instant/instantly',
        'easy/easily/gentle/gently/gentlest/easiest/quickest/fastest',
      ],
    ],
  },
  {
    // standing at a height over traffic, water or rails, watching (round 21: "stood on the footbridge over the M62
    // watching the lorries go under"); company or a purpose said with it is everyday (builtInNearMissesAfterRound21)
    id: 'watching-the-drop',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'stood/standing/stand/stands/sat/sitting/sit/perched/leaning ... on/at/by/over/against ... ... the/a? footbridge/bridge/flyover/overpass/edge/ledge/roof/railings/parapet/platform/cliff/cliffs/top-floor/multi-storey/multistorey/car-park/viaduct/pier',
        'footbridge/bridge/flyover/overpass/viaduct/railings/parapet/ledge/rooftop/multi-storey/multistorey/clifftop/level-crossing/yellow-line/railway',
        'on/at ... the/a? top ... of ... the/a? car-park/multi-storey/multistorey/flats/tower/block/building/cliff',
      ],
      [
        'watching/watch/watched/staring/stare/stared/gazing/counting ... the? lorries/lorry/cars/traffic/trains/train/water/river/sea/waves/drop/ground/tracks/rails/road/motorway/headlights/current',
        // round 22: "watching the fast ones go through, the ones that don't stop"
        'watching/watch/watched/staring/counting ... the? fast/express/through ones/trains/one', 'ones/trains/one that/which do-not/dont/never/does-not/doesnt stop/slow',
        'counting/timing/watching ... ... express/intercity/freight/fast-one/fast-ones ... ... come/comes/coming/through/past/by/hammer',
        'watching/watch/staring ... the? freight/intercity/express trains/train', 'closer/nearer ... to ... the? edge/tracks/line/drop/rails',
        'looking/staring/gazing/look/stare ... down ... at ... the? water/river/sea/road/traffic/drop/ground/tracks/cars/lorries',
        'how far down', 'long way down',
      ],
    ],
    // over the railings: "on the wrong side of the railings by the river again"
    phrases: ['wrong side of the? railings/railing/barrier/barriers/parapet/safety-rail/bridge/fence/edge'],
  },
  {
    // a plan with its timing, as a reply in a chat: "yeah. got it all planned for when the kids are at their dads"
    id: 'planned-for-when-alone',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'got/have/ve/had/all ... it/everything/all ... planned/sorted/worked-out/figured-out/arranged/mapped-out',
        'it/everything/all is/s/been? planned/sorted/arranged ... for',
        'its/everythings/it-is/everything-is/all ... planned/sorted/ready/arranged/set ... for/when',
        'worked/figured/picked/chosen/chose/set/decided ... out? when/the-day/the-date/the-night/a-date/a-day/the-time',
      ],
      [
        'for/when/while/whilst/once ... {child}/kids/everyone/everybody/{other}/mum/mam/my-partner/the-house ... are/is/s/re/have/has/go/goes/gone ... at/away/out/gone/asleep/at-work/left/staying/their-dads/their-mums/school/nans/nanas/to/off/back/on-nights/offshore',
        // "mam's away" is one word after normalising ("mams")
        '{family}/mum/mam/mams/mums/moms/dads/nans/grans/partners/fellas/he/she/they/kids/bairns/everyone/house/flat/place ... is/s/are/ll/will-be/ll-be/will? away/empty/out/gone/on-nights/on-holiday ... next/this/tomorrow/tonight/friday/saturday/sunday/monday/tuesday/wednesday/thursday/weekend/week',
        'house/flat/place ... ll/will/is/s ... be? empty/to-myself',
        'nobody/no-one/noone ... will/would/is/s ... be? home/in/around/about/here',
      ],
    ],
  },
  {
    // tablets stashed with a time or a count ("been stashing my pregabs for weeks, got about 60 now. tonights the night")
    id: 'stockpile-with-time',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'stashing/stashed/stash/saving/saved/storing/stored/collecting/collected/hoarding/hoarded/hiding/hid/keeping/kept ... {pills}',
        'putting/put/setting/set/saving/saved ... one/two/some/a-few/them/a-couple ... aside/away/by/back',
        'pouring/poured/pour/tipping/tipped/saving ... a? bit/some/drop/little ... of? my/me ... {pills}/methadone/meth ... off/aside/away/by/into', 'putting/put/setting/set ... my/me/the ... {pills} ... by/aside/away', '{pills}/# ... put/set/tucked/stashed/hidden/squirrelled ... by/aside/away',
        // round 34's second-person lines: "pregabs hidden in the boiler cupboard", "40 sleepers saved in the bathroom cabinet"
        '{pills} ... hidden/stashed/tucked/squirrelled/saved/hid ... in/under/behind/at-the-back', 'drawer/box/bag/tin/bottle ... full ... of ... {pills}',
        'weeks/week/days/fortnights/fortnight/months worth ... ... saved/stashed/put-by/put-away/kept/hidden',
        // round 48's second-person lines: "Been stashin ma meth for weeks noo"
        'stashing/stashed/stash/saving/saved/storing/hoarding/hoarded/hiding/hid/keeping/kept ... my/me/his/her/the? meth/methadone/script/subs/takeaways/doses/bupe',
        // round 51's second-person lines: "not been taking my pregabs, keeping them in a tin"
        'taking/take/took ... my/me/his/her ... {pills} ... ... keeping/kept/storing/stored/hiding/hid/putting ... them/em/it ... in/under/behind',
      ],
      [
        tonightIsTheNight, 'got/have/ve/now/counted ... about/around/nearly/over/like/almost? # odd/ish/or-so? now/saved/stashed/left/in-total/altogether', 'about/around/nearly/over/like/almost # odd/ish/or-so? now',
        'for/when ... the/a? day/night/end/time ... comes/come', 'enough ... now', 'ready now',
        // round 51: "been putting my script aside for 3 weeks now. reckon ive got enough"; "about 2 months worth now"
        'reckon/think/sure/finally/definitely ... {me}/i/ive/i-have/weve/we ... got/have ... enough', '# weeks/week/months/month/days/fortnights worth/supply',
        '# odd/ish', 'just/only in case', '{me}/i ... know/knows what ... it/its/they/theyre/them/it-is/they-are ... for',
        'not/wont/will-not saying/sayin/telling/tellin why/what-for', 'not/wont/will-not saying/sayin/telling/tellin anyone/anybody/nobody/you/them/her/him why/what-for', 'for the end', 'for when ... its/it-is time',
        // round 50: "…for a rainy day. it's pissing down"
        'it/its/it-is is/s? pissing/pouring/chucking/bucketing/raining ... down/it-down/cats-and-dogs', 'waiting/wait ... for ... the? right night/time/moment/day',
        'having/havin/huvin/taking/doing/necking/swallowing/banging ... it/them/the-lot/aw/all ... all/aw? ... in one/wan go/hit/sitting ... tonight/tonite/the-night/later',
        'having/havin/huvin/taking/doing/necking/swallowing/banging ... it/them/the-lot/aw/all ... all/aw? ... in one/wan go/hit/sitting',
        // round 55's second person: "saving his meth up to take it all at once friday when his flatmate's away"
        'take/taking/have/having/do/doing/neck/necking ... it/them/the-lot/all ... all? at once', 'when/once ... his/her/my/the ... flatmate/partner/wife/husband/mum/mam/kids/missus/fella ... is/s/are ... away/out/gone/at-work',
        'for the day ... gets/get ... too much', 'for when ... ... done/ready/had-enough/decide',
        // round 42: "nearly 2 weeks of it in the wardrobe now. when theres enough im done"
        'when/once ... there is/are/theres/i-have/ive-got/got/have ... enough ... {me}/im/i-am/i-will-be/ill/i-will ... done/gone/off/out/going/finished/away/drinking/taking/necking/doing/swallowing',
        'is/s when {me} go/do-it/end-it/finish-it', 'this/next/on weekend/friday/saturday/sunday/monday/tuesday/wednesday/thursday/week is/s the? when/night/day',
      ],
    ],
  },
];

export const harmPatternsAfterRound21: BuiltInPattern[] = [
  {
    // a weapon drawn or swung at someone ("pult a blade oan her", "swung a bottle at me", "waved the bread knife at me")
    id: 'weapon-drawn',
    kind: 'harm',
    now: true,
    phrases: [
      'pulled/pull/pulling/drew/drawn/waved/waving/waves/brandished/brandishing/swung/swinging/swings/held/holding/came-at/coming-at/comes-at/went-for/going-for/lunged ... a/the/his/her/their/this? {weapon}/bottle/hammer/bat/knife/bread-knife/kitchen-knife/screwdriver/iron/glass/broken-bottle/blade ... at/on/to ... me/her/him/us/them/my/our',
      'came/come/coming/comes/went/going/gone/lunged ... at/for ... me/her/him/us ... with ... a/the/his/her? {weapon}/bottle/hammer/bat/knife/screwdriver/iron/glass/blade/kettle/pan/frying-pan/chair/lamp/ashtray/mug/stick/pole',
      // round 24: "a man in the hostel corridor waving a machete about"
      'waving/brandishing/swinging/waved/brandished/swung/running-round-with ... a/the/his/her? {weapon} ... about/around/round/in/at/outside',
      'brandishing/brandished/brandishes a/the/his/her? {weapon}/broken-bottle/bottle', 'running/walking/going ... round/around/about ... with ... a/the/his? {weapon}',
    ],
  },
  {
    // threats in forms the other patterns had not seen (round 21): an ultimatum ("given me 48 hours to get out … or
    // they'll put me in a wheelchair"), dogs set on someone, fire set to a home, a car driven at them
    id: 'threat-new-means',
    kind: 'harm',
    now: true,
    phrases: [
      'or/else/unless/if ... {anyone}/they/he/she/theyll/hell/shell ... will/ll/gonna/going-to/would ... put ... me/him/her/us/you/my/our ... in/into/under ... a/the? wheelchair/hospital/ground/box/coffin/morgue/icu/intensive-care/grave/bin-bag',
      'will/ll/gonna/going-to/threatened-to/threatening-to/threatens-to/said-theyd/said-hed/swore-to ... put ... me/him/her/us/you ... in/into/under ... a/the? wheelchair/ground/box/coffin/morgue/grave/bin-bag',
      'set/setting/sets/put/putting/gonna-set/going-to-set ... fire/light/petrol ... to/through/in/on ... my/our/the/her/his/their? flat/house/door/letterbox/car/place/home/me/us',
      'petrol/lighter-fluid ... through ... the/my/our? letterbox/door',
      'drive/driving/drove/run/running/ran ... car/van/motor ... at/into ... me/us/him/her', 'run/running ... me/us/him/her ... over/down ... with/in ... car/van/motor',
      '{other}/hell/shell/theyll ... will/ll/gonna/going-to/threatened-to/threatening-to/said ... run ... me/him/her/us/you/my ... over/down',
      'or/else/unless/otherwise ... {anyone}/theyll/hell/shell/theyd ... will/ll/gonna/going-to/would/d ... cripple/kill/stab/shoot/hurt/batter/kneecap/do-in/burn/slash/glass/shank/wet/murder/maim ... {anyone}/me/him/her/us/you/my/his/their/your',
      'will/ll/gonna/going-to/would/d/threatened-to/threatening-to/said-theyd/said-hed ... break/smash/snap/take/cut-off/chop-off/stamp-on ... my/his/her/your/their/me ... legs/arms/hands/fingers/kneecaps/knees/jaw/face/neck/ribs/teeth',
      'let/letting/lets/set/setting/sets ... the/his/her/their/a/them? dog/dogs/staffy/staffies/pitbull/pitbulls/rottweiler/rottweilers/rotties/alsatian/alsatians/dobermans/doberman/mastiff/xl-bully/bully/bullies ... on/at/loose-on ... me/him/her/us/you/my/our',
      'given/gave/giving/got ... me/us/him/her ... # hours/days/minutes/till/until ... or/else/before',
    ],
  },
];
