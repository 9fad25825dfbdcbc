import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by round 19 (test/nlp/crisis/README.md, "Fixed after round 19"), kept apart
 * so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their kind's own patterns.
 */

export const suicidePatternsAfterRound19: BuiltInPattern[] = [
  {
    // a height asked about with a hint that says why: "whats the tallest car park in bristol. not for anything good"
    id: 'height-sinister',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'tallest/highest/biggest/steepest/high/tall ... {drop}/cliff/cliffs/pier/gorge/flats/tower-block',
        'how high/tall/far-down/many-floors/many-storeys ... ... ... {drop}/cliff/cliffs/pier/gorge/flats',
        '{drop}/cliff/cliffs/pier/gorge/flats ... ... tallest/highest/biggest/steepest',
      ],
      [
        'not for ... anything/owt/anythin/something/summat/a? good/nice/fun', 'not for good reasons/a-good-reason',
        'no good reason', 'do-not ask ... why', 'dont ask ... why', 'do-not ask', 'dont ask', 'asking for reasons', 'for reasons',
        'you know why', 'ya know why', 'you-will/youll know why', 'you can guess why', 'guess why', 'reasons of my own',
      ],
    ],
  },
  {
    // a method with its preparation, neither named: "looking up how long it takes with a hose from the exhaust. Garage is sorted."
    id: 'method-prepared',
    kind: 'suicide',
    now: false,
    phrases: [
      'how long ... it? takes/take/would-take/does-it-take/till/until/before ... with ... a/the? hose/hosepipe/pipe/tube ... exhaust',
      'how long ... ... exhaust/car fumes/charcoal/bbq/barbecue ... takes/take/would-take/to/in/until/till',
      'hose/hosepipe/pipe/tube from/into/in/off the/my/a? exhaust ... into/in/through ... the/my? car/window',
      'rope/noose/ligature ... is/s/all/now? sorted/ready/tied/set-up ... beam/banister/bannister/loft/hook/door/tree/garage',
    ],
    signs: [
      [
        'hose/hosepipe/pipe/tube ... exhaust', 'exhaust/car fumes ... garage/closed/sealed/inside/indoors/taped', 'garage ... exhaust/car fumes', 'charcoal/bbq/barbecue/disposable-bbq ... in/inside ... the/my/a? car/tent/room/bedroom/bathroom/flat/garage/van',
        'rope/noose/ligature',
        // round 34's second-person lines: "he has a belt ready in his wardrobe and has set a date"
        'belt/cable/flex/cord/lead ... ready/sorted/set-up/prepared/waiting ... in/on/by/under/behind ... wardrobe/room/bedroom/door/bed/loft/hook/banister/bannister/beam/shed/garage',
        // round 22's second-person lines: a hosepipe and tape in the boot, a belt or cable tied up, charcoal bought
        'hose/hosepipe/tubing ... ... tape/gaffer/duct-tape', 'belt/cable/flex/cord/lead ... hung/hanging/tied/tied-up/fixed ... in/on/from/to/up ... the? flat/loft/hatch/door/banister/bannister/beam/room/hook',
        'charcoal/disposable-bbq/disposable-barbecue ... bought/got/ready/sat/stashed/hidden',
      ],
      [
        'garage/car/room/bedroom/door/doors/gaps/everything/it is/s/are/re/r/were/all/now? sorted/ready/sealed/taped/set-up/done', 'windows/window/vents/doors/gaps is/s/are/re/r/were/all/now? sealed/taped/taped-up/blocked',
        'sealed/taped/taping/sealing ... the? garage/car/door/doors/windows/window/gaps/vents',
        'tested/testing/checked ... beam/banister/bannister/hatch/weight/hold/it', 'how long ... it? takes/take/would-take/does-it-take',
        'tonight/looking-up/looked-up/googled/googling/researched/researching',
        // round 22: "if the bailiffs come friday that's me done, the rope's already in the shed"
        'that is/s/will-be/ll-be me/him/her ... done/finished/gone', 'already ... ... in/up ... the? shed/garage/loft/attic/cupboard/car/boot/flat',
        'when/if ... ... {me}/im/i-am/i-will/ill going/gone/done', 'use/using ... the/a? cable/rope/belt/flex/cord/hose/charcoal',
        'at least ... {me}/i/ill ... will-not/wont/not ... have to',
        // round 31's second-person lines: "no chance would he kill himself but I found rope hidden in the shed"
        'hidden/hid/stashed/hiding ... in/under/behind ... the/his/her/my/their? shed/garage/loft/attic/cupboard/car/boot/room/wardrobe/drawer/bed',
        // round 34: "he has a rope in his room and a date picked"
        'date/day/time/night ... picked/set/chosen/planned/sorted/decided', 'picked/set/chosen/planned ... a/the? date/day/time/night',
      ],
    ],
  },
];

export const harmPatternsAfterRound19: BuiltInPattern[] = [
  {
    // spiking and sexual assault: "woke up at a party with my clothes off and i dont remember anything, i only had one drink"
    id: 'spiked',
    kind: 'harm',
    now: false,
    phrases: [
      // a drink or a person spiked, never a level ("my anxiety spiked", "my blood sugar spiked")
      'drink/drinks/pint/pints/glass/vodka/wine/cider/beer ... ... was/were/got/been/is/s/gets/getting spiked',
      'been/got/was/were/getting spiked', 'spiked my/her/his/our/their/me drink/drinks/pint/glass',
      'someone/somebody/he/they/one-of-them did/done/had-done ... something/stuff/things/summat ... to me/her/him',
    ],
    signs: [
      [
        'woke/woken/wake/waking/came-round/come-round ... ... ... ... clothes/knickers/pants/trousers/jeans/dress/bra/top ... off/gone/missing/ripped/torn/undone/pulled-down',
        'woke/woken/wake/waking/came-round/come-round ... ... naked/undressed/half-naked/no-clothes/starkers',
        'woke/woken/wake/waking/came-round/come-round ... ... strange/someones/someone-else/stranger/strangers ... bed/flat/house/room/car',
        'woke/woken/wake/waking/came-round/come-round ... ... {me}? do-not/dont/did-not/didnt/no know/idea ... where',
      ],
      [
        '{me}? do-not/dont/did-not/didnt/can-not/cant/cannot remember ... anything/owt/nothing/a-thing/how/what/any-of-it/getting-there',
        'no memory', 'memory/mind/night ... gone/blank', 'blacked/black out/outs', 'lost ... hours/memory/the-night',
      ],
      [
        'only/just had/drank/had-a ... one/two/1/2/a-couple/couple/single/half ... drink/drinks/pint/pints/glass/glasses/vodka/wine/cider/beer/bottle',
        'only/just/after one/two/1/2 drink/drinks/pint/pints', 'barely drank/drunk/had-anything',
      ],
    ],
  },
  {
    // a threat now after violence to things, with a child or hiding: "put his fist through the door and says im next,
    // im locked in the bathroom with the baby"
    id: 'threat-after-damage',
    kind: 'harm',
    now: true,
    signs: [
      [
        'fist/head/foot/boot ... through ... the/a/our/my? door/wall/window/telly/tv',
        'punched/punching/punches/kicked/kicking/kicks/smashed/smashing/smashes ... through/in ... the/a/our/my? door/wall/window',
        'smashing/smashed/smashes/wrecking/wrecked/trashing/trashed/breaking/destroying ... the/our/my? place/house/flat/home/kitchen/everything/stuff/things ... up?',
        'smashed/smashing/smashes/broke/breaking/threw/throwing/put-his-fist-through ... the/our/my? telly/tv/windows/window/door/doors/furniture/table/plates/mirror',
        // round 21: someone close already hurt ("they already cut my boy last week and said im next")
        'cut/stabbed/shanked/slashed/cut-up/jumped/battered/shot/glassed/beat/beaten/done ... my/his/her/our/me/the? boy/bro/brother/mate/cousin/son/lad/friend/pal/bredda/bredrin/brudda/cuz/fam/{family}',
        'did/done/broke/broken/smashed ... {other}/my-mates/his/her ... legs/knees/kneecaps/arms/face/hands/jaw',
        'the/a? gang/lads/boys/mandem/crew/group/ones/guys that/who ... battered/stabbed/cut/shanked/jumped/beat/shot/did/glassed',
        // round 22: "he booted the door in an hour ago and battered me, hes sat outside in the car now"
        'battered/beat/punched/strangled/choked/slapped/attacked/leathered/glassed/bottled me/us', 'booted/kicked/smashed/put ... the/my/our? door/telly/tv/wall/window ... in/down/through',
        // round 23: "slashed my tyres and texted saying im next"
        'slashed/slashing/let-down/smashed/smashing/keyed/scratched/torched ... my/the/our ... tyres/car/windows/windscreen/door/van',
        'put ... the/my/our/her/his? window/windows/door/windscreen ... through/in',
      ],
      // still close by (rounds 21 and 22): waiting outside, at the bottom of the stairs, sat outside in the car
      [
        'waiting/sat/parked/hanging-about/hanging-around/outside ... outside/at/by/round/near ... my/the/our/me? block/flat/house/door/school/work/hostel/building',
        'hanging/waiting ... round/about/on/at ... the? landing/stairs/stairwell/block/close/door', 'bottom/top of the/my? stairs/road/street/block/close',
        'are/re/is/s outside/downstairs/at-the-door/out-the-front/out-there ... again/now/waiting',
        'sat/sitting/waiting/parked ... outside ... now/in-the-car/in-the-van/in-his-car/in-his-van',
        'coming/comin/heading/headed/on-his-way/on-her-way/on-their-way/on-the-way ... home/back/in/round/over',
        // round 48: "he'll be back Friday with his brothers"
        'be/coming back ... ... with ... his/her/their/the ... brothers/mates/boys/lads/cousins/crew/friends/pals/sons',
      ],
      [
        'says/said/saying/told-me/telling-me/shouting/screaming ... {me}/me/we/us/you/your/the-kids/the-baby/she/her ... is/are/am/re? next',
        '{me} next', 'am/is/are next',
        'it is/s my/your/our turn', 'coming/come ... for ... me/us/you ... next', '{me}/me ... the one after', 'after me/us/you next',
        'getting/get/gets it next', 'be ... in the? boot/ground/box/morgue/hospital ... next', 'will/ll/gonna/going-to ... finish ... her/him/me/you/us',
        // round 45: "he's already put his fist through the door earlier and said I'm getting it"
        'said/says/saying/sayin/told-me/telling-me/texted/texting/messaged/messaging/shouting/screaming ... {me}/im/i-am/am/you-are/youre/ur/you/she/he/the-girl/the-boy/the-kids ... getting/gettin/gonna-get/going-to-get/will-get/ll-get it/battered/leathered/a-hiding/a-kicking/a-beating/done-in',
        // round 20: "my partner's smashing the place up and just grabbed her by the arm"
        'grabbed/grabbing/grabs/grab/dragged/dragging/drags/pulled/pulling/yanked ... me/her/him/us/them/the-kids/the-baby ... by the? arm/arms/hair/throat/neck/wrist/wrists/collar/hood',
        'pushed/pushing/shoved/shoving/pinned/pinning/threw/throwing/slammed/slamming ... me/her/him/us/them ... against/into/onto/down/across ... the? wall/floor/door/table/stairs/ground',
      ],
      [
        'locked/lock/hiding/hid/hide/barricaded/shut ... in/inside/under ... the/a/my/our/her? bathroom/bedroom/toilet/loo/bog/room/cupboard/wardrobe/bed ... ... with ... the/my/our/me? {child}/bairn/bairns/weans',
        'hiding/hid/hide ... with ... the/my/our/me? {child}/bairn/bairns/weans',
      ],
    ],
  },
];
