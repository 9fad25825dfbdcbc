import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Built-in crisis patterns of one kind: a medical emergency (call 999).
 * A fit or a stroke can outrank two weak overdose signs (explainedByMedical).
 * Listed in the order they are tried; nlp/crisisBuiltIn.ts puts the kinds together.
 */

export const medicalPatterns: BuiltInPattern[] = [
  {
    id: 'chest-pain',
    kind: 'medical',
    now: true,
    phrases: [
      'chest ... pain/pains/painful/hurts/hurting/hurt/tight/tighten/tightness/crushing/pressure/heavy/agony/killing/burning/squeezing',
      'crushing ... going/spreading/shooting/radiating/running ... down/into/up ... my/me/his/her left? arm/jaw',
      // "my chest feels like someone is standing on it"
      'chest ... feels/feel/feeling/is ... like ... standing/sitting/elephant/weight/crushed/crushing/squeezed/squeezing/vice/caving/exploding/bursting/in-a-vice',
      // round 21: "my chest feels like a car's parked on it and the pain's going down my left arm"
      'chest ... feels/feel/feeling/is ... like ... ... parked/sat/sat-on/on-top/on-it/lorry/bus/car/brick/bricks/ton/tonne/anvil/band/strap/belt',
      'pain/pains/ache/aching/tingling/numbness ... going/spreading/shooting/running/moving/travelling ... down/into/up ... my/his/her/the left arm',
      'pain/pains/ache/aching/tingling/numbness ... down/into/in ... my/his/her/the left arm ... and/with? ... jaw/neck/chest',
      'pain/pains/tightness/pressure/squeezing/heaviness/heavy/crushing/weight/ache/aching ... in/on/across ... chest',
      'clutching/holding/grabbing/gripping ... chest',
      'heart attack',
      'heart ... racing/pounding/hammering/beating/banging/thumping/thudding ... not/chest/pain/faint/dizzy/stop/breathe/out-of/too-fast/so-fast/really-fast/like-mad/like-crazy/pass-out/passing-out',
      'heart ... mental/mad/crazy/clappers/ten-to-the-dozen/all-over-the-place ... pass-out/passing-out/faint/dizzy/chest/breathe/pain/coke/crack/speed/mandy/mdma/pills/keel-over',
      'heart ... explode/exploding/burst/going-mad/going-crazy/beating-out-of',
      // round 52: "heart keeps skipping and I feel like I'm gonna pass out"; "missing beats and he nearly blacked out"
      'heart ... skipping/skips/skipped/missing/missed/fluttering/flutters/flipping/jumping/irregular ... ... faint/fainting/dizzy/pass-out/passing-out/black-out/blacked-out/blacking-out/lightheaded/light-headed/chest/breathe',
      'heart ... going/about/gonna ... to? stop/give-out/pack-in',
      'left arm ... numb/pain/dead/tingling',
      'arm/face ... gone numb/drooping',
      // stroke: one side of the face or body gone
      'face/mouth ... drooping/droopy/sagging/lopsided',
      'one side ... face/body/mouth/arm/leg ... dropped/drooping/droopy/sagging/fallen/numb/paralysed/can-not-move/dead/weak/gone',
      'having a stroke',
      // "his face went weird on one side"
      'face/mouth/smile/eye/eyelid/arm/leg/hand/body ... weird/funny/strange/drooping/droopy/dropped/dropping/slipped/sagging/saggy/numb/dead/lopsided/wonky/fallen/paralysed/limp/weak/gone ... on/down one side',
    ],
  },
  {
    // stroke signs: a face gone wrong with speech gone wrong
    id: 'stroke-signs',
    kind: 'medical',
    now: true,
    // round 64: "her face has dropped one side" (the Decisions' "dropped down one side", short)
    phrases: [
      'face/mouth/smile ... dropped/drooping/droopy/dropping/sagging/slipped/fallen ... one/on-one/to-one/down-one side',
      // round 88: "her face has dropped on the left side"; the families' "sudden L-sided facial droop"
      'face/mouth/smile ... dropped/drooping/droopy/dropping/sagging/slipped/fallen ... on? the? left/right side',
      'sudden ... l-sided/r-sided/left-sided/right-sided/one-sided? facial droop/drooping/weakness',
    ],
    signs: [
      [
        'face/mouth/smile/lip/lips ... weird/funny/wonky/lopsided/droopy/drooping/dropped/dropping/sagging/slipped/twisted/crooked', 'one side',
        // the families: "the corner of his mouth has gone down", "facial droop"
        'corner of ... his/her/their/my ... mouth ... gone-down/dropped/drooping/down', 'facial droop/drooping',
        // round 94's families: "face asymmetric", "eye and mouth have gone saggy", "one side of her face wont move", "face
        // looks odd on one side"
        'face/facial asymmetric/asymmetry/saggy/sagging', 'eye/eyes/mouth ... gone/going/went/is ... saggy/droopy',
        'side of ... his/her/their/my ... face ... will-not/wont/not/can-not ... move', 'half/side ... face ... numb/dropped/frozen ... will-not/wont/not? move?', 'face ... looks/look/looking/gone ... odd/strange/different ... on one side',
      ],
      [
        // round 54's second person: "my nan cant move her left arm an her face looks wonky"
        'can-not/could-not ... move/lift/raise/feel ... her/his/my/their/me/the? left/right? arm/leg/hand/side',
        // round 88's families: "unable to raise L arm"; round 94: "he can't grip his cup", its families' "can't squeeze my hand
        // back", "his left leg's given way", "sudden weakness R hand"
        'unable ... to ... raise/lift/move ... l/r/left/right/her/his/their/my ... arm/leg/hand', 'can-not/could-not ... see ... out ... of ... one ... eye',
        'can-not/could-not/cant ... grip/squeeze/hold ... his/her/my/their/me/the/anything ... cup/hand/fag/mug/pen/phone/fork/spoon/with',
        'hand/arm/leg ... will-not/wont/not ... work/move', 'arm/hand ... just? flops/flopping',
        'leg/legs/arm/side ... given/gave/giving way', '=weakness ... r/l/left/right/her/his/their/my/one ... hand/arm/leg/side', 'r/l/left/right/one-sided arm/hand/leg/side =weakness', 'arm/hand ... just? flopped/dropped ... down',
      ],
      // "her arm's gone floppy" (not numb or dead: pins and needles)
      ['arm/leg/hand ... gone/going/went/is/feels/all ... floppy/limp/weak/heavy/useless'],
      // speech gone wrong (a group of its own since round 94: "can't lift her right arm and her words are coming out all
      // wrong" is a limb and speech)
      [
        'slurring/slurred/slur', 'can-not/could-not ... talk/speak ... properly/right/straight', 'can-not/could-not ... get/find ... her/his/my/their ... words',
        'speech ... garbled/slurred/jumbled/muddled', 'words ... wrong/jumbled/garbled/coming-out-wrong/muddled', 'talking/speaking funny/weird/strange/gibberish/gobbledygook/nonsense',
        'not making sense', 'not making any sense', 'saying/says ... the wrong words', 'words are/is? ... all? jumbled/muddled/wrong',
        // the second families: "mixing up all his words", "speech is coming out funny", "word-finding difficulty", "half her
        // sentences are gibberish"
        'mixing/mixed/muddling/muddled up? ... his/her/my/their/all ... words', 'speech ... funny/weird/wrong/strange/coming-out',
        'word-finding/word finding difficulty/difficulties/problems', 'sentences/speech ... gibberish/nonsense/jumbled',
      ],
    ],
  },
  {
    // a knock to the head, then sickness, drowsiness or confusion
    id: 'head-injury',
    kind: 'medical',
    now: true,
    signs: [
      [
        'hit/smacked/smashed/banged/bashed/cracked/knocked/split/whacked/bumped/hurt ... my/me/his/her/their/the-back-of-his/the-back-of-her/the-back-of-my head',
        'fell/fallen/falling/fall/tumbled/tumbling/thrown ... down/off ... the/a ... stairs/steps/ladder/roof/wall/balcony',
        'fell/fall/fallen/falling/landed ... on/onto ... his/her/my/their head', 'head injury/wound/knock', 'knocked out/unconscious',
      ],
      [
        'sick/vomiting/vomit/vomited/throwing-up/threw-up/puking/puked/spewing', 'drowsy/sleepy/confused/dizzy/groggy/not-making-sense/slurring/seeing-double/blurry',
        'can-not/could-not ... remember/stay-awake/keep-his-eyes-open/keep-her-eyes-open', 'blood/bleeding ... ear/ears/nose', 'passed/blacked out', 'fit/fitting/seizure',
        'double/blurred/blurry vision', 'vision ... blurry/blurred/gone/funny/double', 'seeing/see/sees ... double/stars',
        'can-not/could-not ... see ... straight/properly',
      ],
    ],
  },
  {
    // a clot: a swollen, painful calf or leg, with breathlessness or chest pain (a clot gone to the lungs)
    id: 'clot-signs',
    kind: 'medical',
    now: true,
    signs: [
      [
        'calf/calves/leg/legs/thigh ... swollen/swelling/swole/puffed/puffy/hard/hot/red/sore/painful/aching/tender/throbbing/tight',
        'swollen/sore/painful/hot/red/tender/throbbing ... calf/calves/leg/thigh',
      ],
      [
        'out/oot of/o ... breath/puff', 'breathless/short-of-breath/short-of-breathe/winded', 'can-not/could-not ... catch/get ... my? breath',
        'chest ... pain/pains/tight/sharp/hurts/hurting/stabbing', 'coughing/cough ... blood', 'struggling/fighting/hard ... to? breathe/breath',
      ],
    ],
  },
  {
    // a swollen, discoloured limb, often where someone injects (infection, abscess, clot): "leg's swelled up twice the
    // size and gone purple, been going in my groin" (not a leg swollen after football: the calf exception)
    id: 'limb-danger',
    kind: 'medical',
    now: true,
    signs: [
      [
        'leg/legs/arm/arms/foot/feet/hand/hands/groin/thigh/calf/ankle ... swollen/swelled/swelling/swole/puffed/twice-the-size/double-the-size/massive',
        'swollen/swelled/puffed-up ... leg/legs/arm/arms/foot/feet/hand/hands/groin/thigh/calf/ankle',
      ],
      [
        'leg/legs/arm/arms/foot/feet/hand/hands/groin/thigh/calf/ankle/it ... gone/going/turned/turning/went/is/all ... purple/black/blue/red/hot/green',
        'pus/weeping/oozing/stinks/smells/red-streaks/streaks/abscess',
      ],
      [
        'inject/injecting/injected/going-in/been-going-in/went-in/hitting/banging/jabbing ... my/me/his/her/the ... groin/leg/legs/arm/arms/foot/feet/neck/vein/veins',
        'injection/injecting site', 'where/were {me}/he/she/they inject/injects/injected/injecting/go-in/goes-in/hit/hits/bang/bangs', 'no veins left/nowt-left/nothing-left', 'theres/there-is ... nowt/nothing ... left',
      ],
    ],
  },
  {
    // blood in the urine with pain (ketamine bladder, kidneys): "pissing blood and my belly is agony"
    id: 'blood-in-urine',
    kind: 'medical',
    now: true,
    signs: [
      [
        'pissing/peeing/weeing/urinating/pissin/peein/passing ... blood/clots', 'blood/clots ... in/when ... pee/piss/wee/urine/peeing/weeing/pissing',
        // round 17: "pissing blood and clots"
        'blood ... and ... clots',
      ],
      [
        'agony/excruciating/screaming/doubled-up/can-not-stand/can-not-walk/unbearable',
        'belly/stomach/bladder/kidney/kidneys/side/tummy ... agony/pain/killing/burning/excruciating/unbearable/cramping',
        'pain/pains/agony/cramps ... in ... my/me/his/her/the ... belly/stomach/bladder/kidney/kidneys/side/tummy/back ... ... unreal/unbearable/mental/horrendous/killing/agony/awful/terrible/bad/worst',
        'ket/ketamine ... for ... years/ages/a-long-time',
      ],
    ],
  },
  {
    // withdrawal from benzos or drink with hallucinations, shakes that won't stop or confusion (fits and delirium can follow)
    id: 'withdrawal-danger',
    kind: 'medical',
    now: true,
    signs: [
      [
        'cold-turkey/stopped/stopping/stop/stops/came-off/coming-off/come-off/off/quit/quitting ... the? blues/benzos/vallies/valium/diazepam/xanax/etizolam/bars/drink/booze/alcohol/vodka/cider/beer/lager/wine/cans/spirits/voddy/whisky',
        'day/days # ... off/without/no ... the? drink/booze/alcohol/benzos/vallies/blues/diazepam/valium/vodka/cider/beer/lager/wine/cans/voddy/whisky', '# days/day ... off/without/no ... the? drink/booze/alcohol/benzos/vallies/blues/diazepam',
        'no/without/off the? drink/booze/alcohol/bevvy/bevy/vodka/voddy/cans/cider/benzos/vallies/blues ... for? #/few/couple/three/two/four/five days/day',
        'not/have-not/havent/hasnt/havnt/hvnt/avnt/never ... had ... a? drink/bevvy/bevy/drop/can/sip/vodka/voddy ... since/for',
        // round 18: "ran out of my diazepam 4 days ago"
        'ran/run/running/runned out ... of ... my/me/the/his/her? blues/benzos/vallies/valium/diazepam/xanax/etizolam/etiz/bars/pregabs/pregabalin/librium/chlordiazepoxide',
      ],
      [
        'seeing/see/sees/hearing/hear ... things/stuff/bugs/spiders/insects/people/crawling/shadows', 'hallucinating/hallucinations/hallucinate',
        // round 16: "there's spiders on the wall that aren't there"
        'spiders/bugs/insects/ants/rats/snakes/beetles ... on/in/crawling/everywhere/all-over ... the/my/me? wall/walls/ceiling/floor/bed/skin/arms',
        'that/which ... are-not/is-not/not ... there/real',
        // round 17: "walls are crawling … seeing wee men in the corner … shaking that bad i cant hold a cup"
        'walls/wall/ceiling/floor/carpet/skin ... crawling/moving/breathing/melting', 'seeing/see/sees/saw ... wee/little/tiny/small ... men/man/people/folk/faces',
        'shaking/trembling/shakes ... that/so/too bad ... can-not/could-not ... hold/pick-up/lift/drink/write/stand',
        'hands/body/arms/legs/whole-body ... shaking/jumping/twitching/jerking/trembling ... not-stop/will-not-stop/can-not-stop/non-stop',
        'shaking/jumping/twitching/jerking/trembling ... will-not/can-not/not ... stop', 'fall/fell/falls ... down ... and/n ... shake/shaking/shook/jerk/jerking', 'eyes ... go/goes/went/gone/rolling/rolled ... up/back', 'will-not/can-not ... stop ... shaking/jumping/twitching/jerking/trembling', 'confused/delirious/not-knowing-where/does-not-know-where',
      ],
    ],
  },
  {
    // serotonin toxicity: MDMA or tramadol on an SSRI with twitching, heat or a racing heart ("on sertraline and had a
    // couple of mandy bombs, twitching all over, roasting hot and heart racing"); all three signs are needed
    id: 'serotonin-signs',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      ['sertraline/citalopram/escitalopram/fluoxetine/prozac/paroxetine/venlafaxine/duloxetine/ssri/ssris/antidepressants/antidepressant/anti-depressants/lithium'],
      ['mdma/mandy/ecstasy/molly/md/bombs/pills/pill/tramadol/ket/coke/mephedrone/meow/2cb'],
      [
        'twitching/jerking/jumping/spasming/twitchy ... all-over/everywhere/non-stop/can-not-stop/will-not-stop', 'roasting/boiling/burning/baking ... hot/up',
        'burning-up', 'heart ... racing/pounding/going-mental/going-like/going-crazy/banging/thumping', 'jaw ... going-mental/going-crazy/locked/clenching', 'confused/delirious',
      ],
    ],
  },
  {
    // a diabetic who is confused or clammy after days of using or not eating (a hypo or ketoacidosis): "he's diabetic
    // and been on the gear for 3 days not eating, now he's all clammy and confused"; all three signs are needed
    id: 'diabetic-emergency',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      ['diabetic/diabetes/insulin/type-1/type-one/hypo/sugars/blood-sugar'],
      [
        'not/no/nothing/hardly/barely ... eating/eaten/ate/food/meals', 'on the gear/drink/pipe/crack/lash/sesh/bender/booze', 'been using/drinking',
        'skipped/missed/missing ... meals/insulin/injections', 'sick/vomiting/throwing-up/spewing',
      ],
      ['clammy/confused/not-making-sense/slurring/drowsy/delirious/sweating-buckets/fruity-breath/breath-smells/can-not-wake/will-not-wake'],
    ],
  },
  {
    // round 17: an artery hit while injecting, the hand or foot gone cold and white or numb ("hit something in my wrist and
    // now my hand's gone cold and white and i cant feel my fingers"): medical, not a person gone cold (explains overdose-signs)
    id: 'artery-hit',
    kind: 'medical',
    now: true,
    signs: [
      [
        'hit/hitting/nicked/nicking/caught/missed/went-into/gone-into/got/struck ... an/the/my/a? artery/arteries',
        // round 94's second families: "missed hit in groin earlier, leg now cold and pale"
        'missed hit/shot/dig', 'missed-hit',
        // round 94: "i just hit something when i was injecting. my hand has gone white and freezing"
        'hit/hitting/nicked/caught/struck something/summat/sumat/somethin ... when/while/whilst ... {me}/i ... was/were? ... injecting/digging/jabbing',
        'hit/hitting/nicked/caught/went-into/gone-into ... something/summat/a-nerve/wrong-thing ... in ... my/me/his/her ... wrist/arm/hand/groin/leg/foot/neck',
        // round 19: "missed the vein … i think i hit something"
        'missed/miss/missing the/a/my? vein', '{me} think/reckon {me}? hit/nicked/caught something/summat/a-nerve/the-wrong-thing',
        // round 26: "think i missed n hit summat i shouldnt of"
        'missed/miss/missing ... and/n/an/then ... hit/caught/nicked/got ... something/summat/sumat/a-nerve/the-wrong-thing/wrong', 'missed/missing and/n/an/then/so/but/now',
        'hit/caught/nicked/got something/summat/sumat/somethin wrong/bad/i-should-not/i-shouldnt', 'hit/caught/nicked ... something/summat/sumat ... {me}/i should-not/shouldnt/shudnt ... have/of/ov/hav',
        'injected/injecting/banged/went-in/going-in/jabbed/jagged/jagging/jag/dug/dig/digging ... my/me/his/her ... wrist/hand/groin/neck/artery/palm/finger/fingers/thumb',
        // round 34: "missed my shot in my wrist an hour ago and now my hand is white and freezing"
        'missed/miss/missing ... my/me/his/her/the? shot/hit/vein/dig/jab ... in ... my/me/his/her ... wrist/hand/groin/neck/palm/finger/fingers/thumb',
        'missed/miss/missing in/into my/me/his/her wrist/hand/groin/neck/palm/finger/fingers/thumb',
        // round 74: "Thought I'd finally got a vein. Now my hand has gone cold and white"; the families' "injecting into
        // groin approx 1hr ago, L leg now cold, pale"
        'got/found/hit ... a/the/my? vein', 'injecting/injected/inject/banged/banging/went ... into/in ... the/my/his/her? groin/wrist/neck/hand',
        // after round 25's second-person lines: the limb sign just after a hit ("since I banged up", "after my hit 10 min ago")
        'after/since ... {me}/my/me/his/her/she/he/the? hit/dig/shot/jab/injection/banged-up/bang-up/jagged/jagged-up/injected/injecting/last-hit', 'artery/arteries',
        // round 22: "went for a vein in my wrist n it spurted bright red"
        'spurted/spurting/spurts/squirted/squirting/pumping/pumped/pulsing/jetting/jetted/shooting ... bright? red/blood/everywhere/out', 'red/blood ... was/is/s? shooting/spurting/pumping/jetting/squirting ... out',
        // after round 25: "the blood that came back was bright red and spurting" (the blood first, the spurt after)
        'blood/flashback/bleed/bleeding ... ... spurting/spurted/spurts/squirting/squirted/pulsing/jetting/jetted/pumping/pumped', 'bright/proper/really/dead/vivid red ... blood/flashback',
        'blood/flashback ... was/is/s/came/come/comes ... bright/proper/really/dead/vivid red',
        // round 23: "it burnt like fire when i pushed the hit in"
        'burnt/burned/burning/burns/stung/stinging/agony/excruciating/killed ... when/as ... {me}/i ... pushed/push/injected/banged/put/went ... the/my? hit/shot/needle/it/in',
        'pushed/push/injected/banged/put ... the/my? hit/shot ... in ... ... burnt/burned/burning/stung/agony/fire',
        'searing/acid/fire/burning/agony ... up/along/into ... my/her/his/the ... arm/arms/elbow/hand/wrist', 'had/having a dig ... in ... hand/wrist/groin/neck',
      ],
      [
        'hand/hands/fingers/finger/foot/feet/toes/leg/legs/arm/arms/fingertips ... gone/going/turned/turning/went/is/are/feels/feel/all/has-gone/look/looks? ... cold/white/pale/blue/purple/mottled/numb/dead/black/freezing/icy/ice/grey/wax/waxy/blotchy',
        'can-not/could-not ... feel ... my/me/his/her ... fingers/hand/hands/foot/toes/leg/arm/thumb',
        'no/weak/faint pulse ... in ... my/his/her/the? wrist/hand/foot/leg',
      ],
    ],
  },
  {
    id: 'seizure',
    kind: 'medical',
    now: true,
    phrases: [
      'seizure/seizures/seizing/convulsing/convulsion/convulsions',
      'having/had/took a =fit/=fits',
      'having/had/took/has ... kind-of/sort-of/like-a/a-bad/a-big/a-massive/another/a-proper/some-kind/some-sort/a-real/a-full-on/full-on/a-full ... =fit/=fits',
      'having/had/keeps/keep/took ... =fits',
      '{anyone} ... =fitting',
      // round 45's second-person lines: "girl just brought into the tent is fitting"
      'is/s/are/started/starting/keeps/kept/been/begun/began =fitting !in/into/out/up/together/well/right/for/new/with/a/the/kitchens/carpets/windows/doors',
      'fitting on the floor/ground',
      'foaming/froth/frothing at the? mouth',
      'shaking/jerking ... on the floor/ground',
      // round 50: "shaking all over on the kitchen lino, eyes rolled back"
      'shaking/jerking/convulsing ... all-over ... on ... the/his/her? kitchen/bathroom? floor/ground/lino/carpet/tiles',
      '{other} ... shaking/jerking ... not stop',
      'shaking/jerking/trembling all over ... ... not/never ... stop/stopping',
      'jerking/spasming/convulsing/thrashing/fitting ... all-over/everywhere/uncontrollably/will-not-stop/can-not-stop/not-stopping/aw-ower/aw-over/all-ower/a-ower',
      'twitching ... uncontrollably/will-not-stop/can-not-stop/not-stopping',
      // stiffening then shaking: "the spice made him go stiff and shake"
      'go/gone/went/going/goes/all stiff/rigid ... shake/shaking/shook/shakes/jerk/jerking/twitch/twitching/spasm/spasming/convulse/convulsing/thrash/thrashing/fitting',
      'he/she/they/him/her/them/body/mate/pal ... gone/went/go/going/goes/gone-all/went-all ... stiff/rigid',
      'stiff as a board',
    ],
    // round 17: waking on the floor with a bitten tongue and wet (a fit nobody saw), after stopping benzos or drink
    signs: [
      ['bit/bitten/biten/chewed/bitten-through ... my/me/his/her/their? tongue', 'tongue ... bitten/bit/chewed/bleeding/cut/in-bits/to-bits/to-shreds'],
      [
        'wet/wetting/pissed/peed/weed myself/himself/herself/meself/the-bed', 'woke/woken/waking/came-round/come-round/found-myself ... on ... the? floor/ground/kitchen-floor/bathroom-floor',
        // round 48: "says I was on the floor shaking with my eyes open a minute ago … I don't remember any of it"
        'on/to the floor/ground ... shaking/jerking/twitching/convulsing/fitting', 'do-not/dont/can-not/cant remember ... any/anything/a-thing/it',
      ],
    ],
  },
  {
    id: 'overheating',
    kind: 'medical',
    now: true,
    signs: [
      [
        'too/so/really/way/very hot', 'boiling/roasting/cooking/overheating/overheated', 'burning up', 'sweating ... buckets/loads/so-much/like-mad',
        // round 74: "hes red hot, soaked in sweat, talking nonsense"; the families' "boiling up n cant stop sweatin"
        'red/roasting/boiling hot', 'soaked/drenched/dripping/pouring ... in/with? ... sweat/sweating', 'can-not/cant ... stop ... sweating/sweatin',
      ],
      ['confused/confusion/delirious/faint/fainting', 'head ... spinning', 'not making sense', 'seeing things', 'gibberish/nonsense/slurring/slurred/hallucinating', 'can-not ... think straight/talk-properly/talk-right/speak-properly'],
    ],
    phrases: [
      'overheating/over-heating/overheated',
      'burning up',
      'heat-stroke/heatstroke',
      'too hot ... not ... cool/breathe/stop',
      'hot/boiling/roasting/overheated ... confused/confusion/delirious/not-making-sense/fitting/collapsed/faint/fainting/passing-out',
      'temperature ... through-the-roof/really-high/sky-high',
      'red/burning/roasting/boiling hot ... shaking/shakin/jerking/fitting/twitching/eyes/rolling/confused',
      'can not cool down',
    ],
  },
  {
    id: 'vomiting-blood',
    kind: 'medical',
    now: true,
    phrases: [
      'vomit/vomiting/vomited/throwing-up/threw-up/throw-up/sick/spewing/puking/puke/spew/coughing/cough/bringing-up/brought-up/bring-up/brings-up/spitting-up/spat-up/heaving/retching ... blood',
      'blood ... in/on ... sick/vomit/spew/puke',
      // round 29: "keep being sick and theres bright red blood in it now"
      'sick/vomit/vomiting/spewing/puking/throwing-up ... ... blood ... in/on it/there',
      'bleeding ... not ... stop',
      'blood/bleed/bleeding ... ... not/never ... stop/stopping',
      'blood ... pouring/spurting/squirting/pumping/gushing',
      // round 32: "bleeding through his bandage again and it's pumping out"
      'bleeding/bleeds/bled ... ... pumping/spurting/squirting/gushing/pouring ... out/everywhere',
      // round 32's second-person lines: "cut her arm on a glass and it's spurtin, won't stop no matter how hard I press"
      'cut/cuts/gash/gashed/sliced/wound/arm/leg/hand/neck/wrist/thigh ... ... spurting/pumping/squirting/gushing',
      'will-not/wont/not stop ... ... ... press/pressing/pressure/hold/holding/pushing/tea-towel/towel',
      'groin ... blood/bleeding/bleed/bleeds/bled', 'blood/bleeding ... ... groin', 'pouring/spurting/squirting/pumping/gushing ... blood',
      'will not stop bleeding',
      'losing ... lots of? blood',
      'hit an artery',
      // blood that has been in the stomach: black or coffee-ground sick, black tarry poo
      '=vomiting/vomit/vomited/throwing-up/threw-up/puking/puked/spewing/spewed/bringing-up/brought-up/being-sick/been-sick ... black/coffee-grounds/coffee-ground/like-coffee/like-tar/tar',
      'black vomit/sick/puke/spew', 'coffee-ground/coffee-grounds ... vomit/sick/puke/spew', 'like/looks-like/look-like/looked-like coffee-grounds/coffee-ground',
      // round 21: blood named by its colour ("bringing up bright red stuff every time i cough")
      'bringing-up/brought-up/bring-up/coughing/cough/coughs/coughed/spitting/spit/spat/hacking/vomiting/vomit/throwing-up/threw-up/puking/spewing ... bright/dark red/crimson/claret',
      'bright/dark red ... stuff/gunk/phlegm/sick/spit ... ... cough/coughing/coughs/coughed/bringing-up/spitting',
      'spitting/spit/spat/coughing/coughed/bringing-up/brought-up/hacking/heaved/heaving/retching/retched/vomiting/vomited/throwing-up/threw-up/spewing/spewed/puking/puked ... ... pink/pinky/pinkish/scarlet/crimson/claret/clotted/clots/bloody/rusty/liver',
      // round 22: "been hacking up red stuff all night after the crack"
      'hacking/coughing/coughed/spitting/spat/bringing-up/brought-up/heaving/retching ... up? red/pink stuff/gunk/phlegm/bits/muck/spit/lumps',
      // round 43's second-person lines: "every time I cough after a blast there's blood in the tissue", "red bits in what im
      // coughin up"
      'cough/coughing/coughin/coughed/coughs ... ... ... blood/red ... in/on/into ... the/my? tissue/tissues/hanky/sink/bog-roll/toilet-roll/loo-roll/sleeve/hand',
      'red/pink/bloody bits/stuff/streaks ... in ... what ... {me}/i/im/he/she ... coughing/cough/coughin/bringing/hacking',
      // round 43: "been coughing up red into the sink all night since the pipe" (not "red wine into the sink")
      'hacking/coughing/coughed/spitting/spat/bringing-up/brought-up/heaving/retching up red/pink !wine/sauce/juice/pop/dye/paint/food/lolly/slush/jelly/sweets/skittles/ribena',
      'blood coming/comes/came up',
      'sick/vomit/puke ... looks/look/like ... coffee-grounds/coffee-ground/coffee/tar',
      'poo/poos/stool/stools/shit ... black/tarry/like-tar', 'black/tarry ... poo/poos/stool/stools',
    ],
  },
  {
    // injecting wounds that have turned dangerous: tissue dying, infection spreading into the blood
    id: 'wound-emergency',
    kind: 'medical',
    now: true,
    signs: [
      [
        'abscess/abscesses/wound/wounds/ulcer/ulcers/injection-site/site/infection/groin/lump/bump/swelling/sore/sores/tranq ... huge/massive/spreading/hot/pus/smells/smell/stinks/stinking/weeping/swollen/growing/rotten/rotting/black',
        // round 28: a tranq (xylazine) wound with something white showing (bone or tendon)
        'bone/tendon/something-white/white ... showing/poking/sticking-out/visible', 'can/could ... see ... bone/tendon/the-bone',
        'can/could ... see ... white/bone/tendon/yellow ... stuff/bit/bits/something? ... in/at/inside ... hole/wound/sore/it/the-bottom', 'tranq/xylazine ... hole/wound/sore/sores/ulcer ... black/rotten/stinks/smells/bone/white/spreading/deeper',
        'arm/leg/hand/foot/groin/site ... swollen/massive/huge/red/hot ... ... injected/injecting/inject/dig/digs/banging/jabbing/jab',
        // "a massive abscess and the red is spreading up my arm"
        'huge/massive/big/giant/swollen/hot/infected/weeping/stinking/rotten ... abscess/abscesses/wound/wounds/ulcer/ulcers',
        // round 18: "the lump on me arm where I last injected has gone massive and hot"
        'where/were {me} ... inject/injects/injected/injecting/go-in/went-in/last-injected/hit ... ... gone/is/has/got ... massive/huge/hot/swollen/spreading/bigger',
        'red/redness/swelling/infection ... spreading/going-up/creeping/moving-up/tracking', 'cellulitis',
        // round 36: "abscess on my leg has red lines running up it"
        'red line/lines/streak/streaks ... running/climbing/going/creeping/spreading up ... my/his/her/the/me? arm/leg/thigh/hand/wrist/groin/it/foot/calf',
        // round 54: "abcess on my arm has gone red streaks up to me elbow"
        'abscess/abscesses/wound/site/sore ... ... red line/lines/streak/streaks/streaking', 'red line/lines/streak/streaks ... up/to ... ... elbow/knee/armpit/shoulder/groin/wrist',
      ],
      ['shaking/shivering/shivers/fever/temperature/sweats/burning-up/rigors/confused/dizzy/faint/feel-like-death/vomiting/throwing-up/red-line/red-lines/red-streaks/hot-and-cold/stinks/stinking/rotten/rotting/smells-bad/smells-rotten/smell-bad/hot', 'feel/feeling/feels ... rotten/awful/terrible/like-death/like-shit/really-ill/really-poorly/really-unwell'],
    ],
    phrases: [
      'leg/legs/arm/arms/forearm/forearms/foot/feet/toe/toes/finger/fingers/fingertips/wound/abscess/skin/groin/site/sore/sores ... gone/going/turning/turned/went ... black/green',
      'red line/lines/streak/streaks ... up/from/spreading ... wound/abscess/arm/leg/site',
      'rotting/rotten ... leg/arm/foot/feet/skin/flesh',
    ],
  },
  {
    // round 18: a pregnancy emergency — bleeding, pains every few minutes, waters gone, the baby not moving ("7 months
    // gone and been using, she's bleeding down below and getting pains every few minutes")
    id: 'pregnancy-emergency',
    kind: 'medical',
    now: true,
    // "she's 33 weeks and her waters went": weeks said with the waters (not "had stitches 2 weeks ago, still bleeding")
    phrases: [
      '# weeks/week/wks/wk/months/month ... ... waters ... broke/broken/gone/went/breaking/burst/leaking',
      // round 64: "baby not moved since yday", "havnt felt the baby kick all day": no movement for a while says the bump
      // (not "baby hasn't moved off my lap", nor "not felt the baby kick yet")
      'baby/bairn/bump/babby/bubs/wean ... not/stopped/has-not/hasnt/no-longer/hardly/barely ... moved/moving/kicked/kicking/move/kick !off/from/out/house/in/into/away/over/about/around ... since/all-day/all-morning/all-night/all-evening/all-afternoon/for-hours/hours/today/this-morning/yesterday/yday/last-night',
      'can-not/could-not/not/never/no/nae/havent/hasnt/havnt/have-not/has-not ... feel/felt/feeling ... the/my/her/our/me? baby/bairn/bump/babby/bubs/wean/babies/twins ... kick/kicks/kicking/kicked/move/moving/moved/movement/movements ... since/all-day/all-morning/all-night/all-evening/all-afternoon/for-hours/hours/today/this-morning/yesterday/yday/last-night',
      // a note: "c/o no fetal movements since yesterday", "reduced foetal movements"
      'no/reduced/decreased/less/fewer/absent/nil/reduction-in/lack-of ... fetal/foetal/fm/babys/baby ... movements/movement/kicks',
      // round 74: "I haven't felt her move since yesterday morning"; the families' "hasnt felt him wriggle for over a day"
      'not/never/no/havent/hasnt/havnt/have-not/has-not ... felt ... him/her/it/them ... move/moving/wriggle/wriggling/kick/kicking ... since/for ... over? ... yesterday/yday/a-day/day/all-day/last-night/this-morning/hours/24',
      '# weeks/wks/months ... ... ... not/no one? kick/kicks/movement/movements/wriggle ... since/all-day/for-hours/today/yesterday/last-night/this-morning',
    ],
    signs: [
      [
        'pregnant/pregant/pregnent/preggers/preggo/preg/twins', '# weeks/week/months/month/wks ... pregnant/gone/along', 'up the duff', 'bump',
        // round 20: "32 weeks and bleeding quite a bit" — the weeks of a pregnancy said alone (not "2 weeks and still bleeding")
        '20/21/22/23/24/25/26/27/28/29/30/31/32/33/34/35/36/37/38/39/40/41/42 weeks/wks/wk/weeks-gone', 'due date/in', 'midwife/midwives/maternity/antenatal/labour-ward/delivery-suite',
        // round 42: "baby hasnt moved since yesterday morning. usually she kicks like mad after my dose"
        'usually/normally/always ... she/he/it/they/baby/bump ... kicks/kicking/wriggles/wriggling/moves/moving/squirms', 'kicks/kicking/wriggles/wriggling ... like mad/crazy/anything',
      ],
      [
        // =spotting: not "the movements were spot on" (round 21's second-person lines)
        'bleeding/bleed/bled/blood/haemorrhaging/hemorrhaging/=spotting',
        'pains/pain/contractions/cramps/cramping/tightenings ... every #/few/couple/couple-of ... minutes/mins/min', 'contractions/contracting',
        'waters ... broke/broken/gone/went/breaking/burst/leaking', 'baby/bump/bairn/wean/babby ... not/stopped/has-not/hasnt/no-longer/hardly/barely ... moving/moved/kicking/kicked/move/kick',
        'can-not/could-not ... feel ... the/my/her/them/him/it? baby/bump/babies/twins/them/him/her/it ... move/moving/kick/kicking', 'cramping/cramps ... bad/really/severe/agony',
        // round 20: "the bump's gone dead still today, normally it's wriggling non stop"
        'baby/bump ... gone/is/s/been/went/has/all ... still/quiet/silent',
        // round 21: "aint felt her kick since yesterday dinner"
        'not/never/no/nae/havent/hasnt/have-not/has-not ... felt/feel/feeling ... her/him/it/the-baby/baby/them/bump/any ... kick/kicks/kicking/move/moving/movement/movements',
        'nothing/no-movement/no-movements/no-kicks/not-a-kick/not-a-thing/not-felt-anything ... all/since ... day/morning/yesterday/last-night/this-morning/today',
      ],
    ],
  },
  {
    // round 18: a stimulant or spice emergency with panic: "his heart is going like the clappers, he's being sick and keeps
    // saying he's gonna die" — fear of dying in the body is medical (it outranks a suicide phrase); all three signs needed
    id: 'stimulant-emergency',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'spice/coke/crack/pipe/monkey-dust/mdma/mandy/pills/speed/meth/mcat/m-cat/m-kat/mkat/miaow/drone/mephedrone/meow/bombs/charlie/ching/sniff/lines/line/whizz/ecstasy/pill/flakka/mamba/black-mamba/k2/venlafaxine/sertraline/fluoxetine/citalopram/antidepressants/tramadol',
        // a festival or rave stands for the drug unsaid (round 32: "At Boardmasters and me mate's heart is going like the
        // clappers, he keeps saying he's gonna die")
        'festival/boardmasters/glastonbury/glasto/creamfields/parklife/leeds-fest/reading-fest/download/rave/afters/afterparty/after-party/club/warehouse-party',
      ],
      [
        'heart ... racing/pounding/going-mental/going-like/going-crazy/banging/thumping/hammering/beating-out/out-of/clappers/going-ten-to-the-dozen', 'chest ... pounding/thumping/hammering',
        // round 32's second-person lines: "heart rate through the roof"
        'heart/heart-rate/pulse ... through-the-roof/sky-high/off-the-charts/off-the-scale',
        // round 24: serotonin toxicity ("MDMA on top of his antidepressants, he's roasting, jaw going, legs jerking")
        'jerking/twitching/jaw-going/jaw-swinging/jaw-clenching/muscles-twitching', 'eyes ... flicking/darting/jerking/rolling side',
      ],
      [
        'sick/vomiting/throwing-up/spewing/puking/spewin', 'sweating/sweat ... buckets/loads/pouring/like-mad', 'drenched/soaked/dripping/pouring/lashing/covered ... in/with? sweat/sweats', 'drenched/soaked/dripping through/thru',
        '{me} am/m going-to/gonna/ganna/gunna die/croak/pass-out/have-a-heart-attack', 'shaking/twitching ... can-not-stop/all-over/like-mad',
        'saying/says/keeps/thinks/think/convinced/screaming/shouting/sure/thought ... {anyone} ... going-to-die/dying/gonna-die',
        // round 27: "keeps saying he's gonna croak"
        'saying/says/keeps/thinks/think/convinced/screaming/shouting/sure/thought ... ... croak/croaking/snuff-it/peg-it/pegging-it/pop-his-clogs/kick-the-bucket/die',
        // round 19: "feel like am ganna pass oot", "he's gone proper hot"
        'pass/passing/passed out/oot', 'going-to/gonna/ganna/gunna faint/collapse/pass', 'gone/going/is/s/am/m/feels/proper/really/so/too hot/boiling/roasting',
      ],
    ],
  },
  {
    id: 'collapsed',
    kind: 'medical',
    now: true,
    phrases: [
      'collapsed/collapse/keeled/fainted',
      '{anyone} has/is/just passed out',
      'passed out and ... not',
      '{anyone} ... is/am dying',
      'think/feel/feels ... {anyone} ... dying/going-to-die',
      // round 18: panic about the body ("I'm gonna die, my heart is racing") is medical, and medical outranks suicide
      '{me}/he/she/they ... going to die ... ... heart/chest ... racing/pounding/hammering/banging/thumping/tight/hurts/hurting',
      '{anyone} can-not/could-not breathe',
      'clutching/holding/grabbing/gripping ... chest',
      'can-not/could-not ... catch/get ... my? breath',
      'struggling/fighting/gasping ... to/for? breathe/breath',
      'need/call/get/ring/phone/calling ... ambulance/paramedics/999/911/112',
      'ambulance ... now/quick/please',
      // breathlessness in someone awake: asthma, an allergy, a chest
      'wheezing/wheezy/wheeze ... badly/bad/really/can-not/struggling/pale/blue/help/inhaler',
      'asthma attack', 'inhaler ... not/no ... working/help/helping/use', 'anaphylaxis/anaphylactic',
      'throat/tongue ... closing/closing-up/swelling/swollen', 'allergic reaction ... breathe/breathing/throat/swelling/swollen/face',
    ],
  },
];
