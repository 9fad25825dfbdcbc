import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Built-in crisis patterns of one kind: an overdose happening now, to the person or someone with them.
 * The first step is the ambulance and naloxone.
 * Listed in the order they are tried; nlp/crisisBuiltIn.ts puts the kinds together.
 */

/** Something taken just now: with another overdose sign, that is an overdose. */
const somethingTaken = [
  // past forms only (round 23: "going to bang the lot in one go on friday" is a plan, not something taken)
  'took/taken/used/had/done/did/=necked/=swallowed/=injected/=smoked/=banged/=bashed/=snorted/=dropped ... {drugs}/bag/bags/hit/shot/dose/load/loads/lot/handful/gram/grams/point/points/line/lines/pipe',
  'just injected/banged/bashed/snorted/smoked/used',
  // round 17: "he's gouching proper" (nodding out on opioids: used just now; with another sign, an overdose)
  'gouching/gouched/gouch/gouches/gauching/gauched/gauch/monged/monging/nodding-out/nodded-out/goofing/goofed',
  'after ... {drugs}/bag/hit/shot/dose/using/used/taking/fix/dig',
  'used/using/took/had/injected/banged ... alone/on-her-own/on-his-own/on-their-own/on-my-own/by-himself/by-herself/by-myself',
  // depressants mixed, someone else's pills eaten: "mixed benzos with the gear", "ate one of my pills"
  'mixed/mixing/mix/mixes ... {drugs}', '{drugs} ... on top of ... {drugs}/drink/booze/methadone/gear',
  // round 33: a dose taken twice by mistake ("I've taken my morphine twice this morning by mistake")
  'taken/took/had ... {drugs} ... twice/double/two-doses/2-doses/again',
  // round 36: "doubled up on my meth last night … think i went over"
  'doubled/doubling/double up ... on? ... my/his/her/the/me? {drugs}/dose/doses/script',
  // round 54's second-person lines: "my dad double dosed his methadone last nite"
  'double/doubled/triple/tripled dosed/dose/dosing/doses', 'think/reckon/thought ... {me}/he/she/they ... went/gone/going over',
  // round 33's second-person lines: "took a couple extra of me pregabs on top of the cans"
  'took/taken/had/necked/=swallowed ... extra/more/another/double ... {drugs}/dose/doses/script',
  'on top of ... the/his/her/my/me? cans/drink/vodka/beer/lager/cider/alcohol/spirits/wine/booze',
  // round 52: "script went up to 90ml and I topped it with a couple of bags", "i used on top tonight"
  'topped/topping ... it/up/that/them/him/her/myself? ... with/on ... a? couple/few/some/load? ... of? {drugs}/bag/bags/tenner/tenners/score/scores/lines/pills',
  'used/using/had/took/taken/smoked/injected/banged/bashed ... {drugs}/bag/bags/some/a-bit? ... on top !of',
  'ate/eaten/chewed/drank/drunk/got-into/got-hold-of ... {drugs}',
  // "needle still in his arm": used just now
  'needle/syringe/pin/works/spike ... still ... in ... his/her/their/my/the ... arm/arms/leg/groin/neck/hand/foot/vein',
];

/**
 * A colour word followed by one of these is a pill's colour, not a person's ("how many of the blue vallies would it
 * take"). It was an everyday phrase until round 45, but an everyday phrase hides every crisis match that shares a word
 * with it, and it hid "took 3 of them green benzos"; the colour signs skip it themselves now.
 */
const notAPill = '!=pills/=pill/=tablets/=tablet/=tabs/=tab/=ones/=one/=vallies/=valium/=diazepam/=xannies/=xanax/=xans/=bars/=benzos/=blues/=pregabs/=meds/=capsules/=caps/=subs/=sweets/=smarties/=pump/=inhaler/=inhalers';

export const overdosePatterns: BuiltInPattern[] = [
  {
    id: 'not-breathing',
    kind: 'overdose',
    now: true,
    phrases: [
      'not/barely/hardly/stopped/stop/no-longer/isnt =breathing/=breathin',
      'breathing ... slow/slowly/shallow/weird/funny/strange/faint/odd',
      // round 24: "only breathing every few secs" (slow breathing: an overdose sign that outranks a heavy chest)
      'breathing/breath/breathes/breaths ... every ... #/few/couple/ten/five ... seconds/secs/sec',
      'breathing has/is/just/keeps stopped/stopping/stops',
      'no breathing',
      'not ... {other} ... =breathing',
      'is/are {other} ... =breathing',
      'not ... =breathing properly/right',
      'can not ... tell/see/hear if {other} ... breathing',
      'gurgling/gurgle',
      'snoring/snore ... weird/funny/strange/loud/deep/horrible/can-not-wake/will-not-wake',
      'weird/funny/strange/deep/loud snoring/snore',
      'choking/rattling noise/sound/sounds',
      // no pulse, a chest that does not move: "cant find a pulse", "his chest isnt going up and down"
      'can-not/could-not ... get/find/feel ... a/his/her/their/any? pulse/heartbeat',
      'no/not ... pulse/heartbeat',
      // no gap beyond two words: "pulsing with every heartbeat, now me leg's gone cold" is an artery (round 22's second-person lines)
      'pulse/heartbeat is/s/has/feels/was? really/so/very/too/gone/going? weak/faint/stopped/barely/hardly/not-there/gone',
      'chest/belly/stomach ... not/stopped/no-longer ... moving/rising/going-up/going-up-and-down/move/rise',
      'can-not/could-not ... see/tell/hear ... chest ... move/moving/rise/rising/going-up',
      // round 18: "chest barely moving", "his breathing's barely there" (not "my chest": the writer is awake)
      '{other}/his/her/their/the ... chest/breathing ... barely/hardly/only-just ... moving/rising/there/going/move/rise',
      'chest/breathing ... barely/hardly/only-just ... moving/rising/there/going-up/going-up-and-down/move/rise',
    ],
  },
  {
    id: 'gone-blue',
    kind: 'overdose',
    now: true,
    phrases: [
      // (not a pill's colour: notAPill)
      `gone/going/turned/turning/turn =blue/=grey/=gray/=purple ${notAPill}`,
      `{other} ... gone/going/turned/turning/turn/went/goes/looks/look/looking/is/are ... =blue/=grey/=gray/=purple ${notAPill}`,
      'blue/grey/gray/purple colour/color/tinge/tint',
      'blue/grey/gray/purple lips/face/fingers/nails/fingernails',
      'lips/face/fingers/nails/fingernails/skin ... blue/grey/gray/purple',
      // any colour that is not right: "his lips are a funny colour", "she's gone a horrible colour"
      'lips/lip/face/fingers/fingertips/nails/fingernails/skin/he/she/they ... gone/going/turned/turning/went/is/are/look/looks/looking/goes ... a? funny/weird/strange/odd/horrible/bad/wrong/dodgy/awful/scary/deathly/grim/nasty/off ... colour/color/shade',
      'lips/lip/fingertips/fingernails/nails ... gone/going/turned/turning/went ... white/black/ashen/dark',
      'ashen/ashy/waxy ... lips/face/skin',
    ],
  },
  {
    id: 'will-not-wake',
    kind: 'overdose',
    now: true,
    phrases: [
      'can-not/could-not ... wake/rouse {other}',
      // (round 34: "hes breathing maybe 4 times a minute and wont rouse")
      '{other} ... not/never ... wake/waking/respond/responding/come-round/coming-round/reacting/react/rouse/rousing',
      // round 24: "wont wake up even when i shout in his ear"
      'will-not/wont/would-not/not/does-not/doesnt wake up? ... even/when ... {me}/we ... shout/shouting/shake/shaking/slap/slapping/pinch/pinching/rub/rubbing/call/calling',
      'can-not/could-not ... {other} ... to? wake/waking/respond/come-round/come-to/answer-me/answer-us/react/open-his-eyes/open-her-eyes/open-their-eyes',
      '{other} ... unresponsive/unconscious/out-cold',
      // a floppy person, not a floppy arm ("her arm's gone floppy" is a stroke sign)
      '{other} limp/floppy',
      '{other} is/are/was/gone/went/goes/going/just/lying/all/completely/totally/really/so/looks/look/seems/still ... limp/floppy',
      // "he's gone under" (not "the business went under" or "went under the knife": exceptions)
      '{other} ... gone/went/going/slipped/slipping/drifted/drifting/sinking under',
      '{other} ... still out of it/cold',
      'will-not/would-not/can-not/not/never ... come-round/coming-round',
      'he/she/they/his/her/their/body ... cold/freezing/stiff to the? touch',
      'think ... took/had/taken/used/got/done ... a? bad/dodgy/strong/funny batch/bag/pill/one/hit',
      'everything/vision/eyes ... going/gone/getting/went ... dark/black/blurry/fuzzy/hazy/far-away',
      'no response/reaction from {other}',
      'not responding/reacting',
      'can-not/could-not ... get ... reply/response/answer/sound/word ... out-of/from',
      '{other} ... gouching/gouched/nodding/nodded/gouch ... for ... hour/hours/ages/long/while',
      'unresponsive/unconscious',
      // (not "can't move her left arm": a stroke's sign, round 54's second-person lines)
      '{other} ... not moving !=her/=his/=their/=my/=me/=the/=arm/=arms/=legs/=leg/=left/=right/=hand/=side/=a/=an/=one',
      'think {other} is/has dead/died',
      'he/she/they is/are/has/have dead/died',
      '{other} ... not/never ... open/opening ... his/her/their? eyes',
      'his/her/their eyes ... not/never ... open/opening',
      '{other} ... stopped/stop moving',
    ],
  },
  {
    id: 'overdosing-now',
    kind: 'overdose',
    now: true,
    phrases: [
      '=overdosing',
      '{anyone} is/am/are/has/have/had/just/been =overdosed/=overdose',
      '{anyone} =overdosed',
      '{anyone} ... having/had/taken an? overdose',
      // "I took an overdose", "he's done an OD": the plainest way to say it (found by the editors' scripts)
      'took/taken/had/done an? overdose/od',
      // round 27's families: Irish "he's after takin a whole box of paracetamol" (has taken)
      'is/s/was/am/m after taking/takin/swallowing/necking/downing/having ... {lots} ... {pills}',
      // round 27: "OD'd earlier this afternoon" with no one named (the one typing)
      '=overdosed/=oded/=odeed/=odd earlier/today/tonight/this-morning/this-afternoon/this-evening/last-night/just-now/yesterday/an-hour-ago/half-an-hour-ago',
      // round 27: "think i overdid my meth last night, drank two days worth" (several days' doses, however said)
      'drank/drunk/took/taken/had/necked/downed/swallowed/done ... two/three/four/five/#/a-few/few/couple/a-couple/several/extra/a-weeks/a-fortnights days/day/weeks/week/fortnights/fortnight worth/worths/worth-of',
      'think/reckon/maybe ... {anyone} ... =overdosed/=overdosing/has-overdosed/had-an-overdose/having-an-overdose',
      'overdose/overdoses ... help/now/what-do/please/ambulance/quick',
      '{other} has? gone over',
      '{other} is/keeps/are going over',
      'naloxone/narcan/nyxoid/prenoxad ... now/please/quick/asap/urgent/help',
      'gave/give/giving/given/used/injected/sprayed/need/needs ... naloxone/narcan/nyxoid/prenoxad/nalox',
      'naloxone/narcan/nyxoid/prenoxad ... not/no working/work/wake',
      'where ... naloxone/narcan ... now/quick',
      'gone/went/run/ran/running/go/going ... to? get/fetch/grab ... the naloxone/narcan/nyxoid/prenoxad',
      // a recent overdose reversed (round 16): "had to jab me with his naloxone last night", "brought me round with the narcan"
      'jab/jabbed/jabbing/spray/sprayed/spraying/stab/stabbed/hit/shot/dose/dosed ... {anyone} ... with ... the/his/her/their/my/me/a? naloxone/narcan/nyxoid/prenoxad/nalox',
      'brought/bring/brung/bringing/brings/got/get ... {anyone} ... round/back/to ... with/using/on ... the/his/her/their/my/a/some? naloxone/narcan/nyxoid/prenoxad/nalox',
      'naloxone/narcan/nyxoid/prenoxad ... brought/bring/brung/brings ... {anyone} ... round/back',
      // round 47: "OD'd last nite still feel rough as" (a recent overdose counts, the Decisions)
      '{me}/i? od/odd/ode/overdosed/=ods/went-over/gone-over last-night/last-nite/this-morning/earlier/yesterday/today/earlier-today',
      // round 54: "I over dose on my methadone yesterday", "od'd on paracetamol last night"
      '{me}/i? overdose/overdosed/od/odd/ode on ... ... last-night/last-nite/this-morning/earlier/yesterday/today/earlier-today',
      'went/gone over on ... my/me/the/his/her? {drugs}',
      // round 20: "how do u do the nasal naloxone on someone whos going over right now", "paramedics brought me round"
      'naloxone/narcan/nyxoid/prenoxad ... ... ... going/gone/goin/went over/under',
      'paramedics/paramedic/ambulance/ambo/ambos/medics/crew/ambulance-crew/ambulance-men/999 ... brought/bring/brung/got ... {anyone}/me ... round/back',
      'brought/bring/brung/got ... {anyone}/me ... round/back ... with ... the/a/his/her/some? spray/nasal-spray/jab/injection/pen',
      'had/have/having/tried/trying/needed ... to ... revive/resuscitate/resus ... {anyone}/me',
      'was/were/got/been/being/had-to-be revived/resuscitated/resussed',
      '{other} ... going/goin/gone/goes over ... what-do-i-do/wot-do-i-do/help/quick/kit/naloxone/narcan/now/right-now/999/ambulance',
      'what-do-i-do/wot-do-i-do/what-do-we-do/help ... {other} ... going/goin/gone over',
    ],
  },
  {
    // Signs that mean little alone but together mean an overdose: "on the floor and her breathing sounds like snoring".
    id: 'overdose-signs',
    kind: 'overdose',
    now: true,
    signs: [
      // how they look (not pinned pupils: those are usual after opioids, with or without an overdose)
      [
        `=blue/=grey/=gray/=purple ${notAPill}`, 'pale/clammy/cold/freezing', 'lips/skin/face ... pale/cold',
        // round 50: "gone the colour of putty on the settee and his lips are like a bruise"
        'colour/color of ... putty/ash/chalk/paper/wax/candle/a-ghost/death/concrete/porridge/a-corpse/a-bruise', 'lips/face/mouth ... like ... a? bruise/bruises',
      ],
      // breathing that sounds or looks wrong; breathlessness in someone awake ("can't breathe, wheezing") is medical
      // unless something was just taken (pattern breathless-after-using)
      ['=breathing/=breath/=breaths/=breathes/=breathin', 'barely/hardly/no-longer/stopped breathe', '=resps/=respirations/=rr/=agonal'],
      [
        'snoring/snore/snores/gurgling/gurgle/gurgles/rattling-breath', 'choking/gasping ... noise/sound/sounds',
        // round 18: froth at the mouth (a fit explains it when a seizure pattern matches: explainedByMedical)
        'froth/frothing/foam/foaming/frothy ... at/from/round/out/coming/around ... his/her/their/the? mouth/lips',
      ],
      [
        'not/no/never/nothing/nae/nowt ... wake/waking/respond/responding/response/reacting/reaction/moving/answer/answering/sound/noise/speak/speaking/blinking/blink/flicker/murmur/twitch/stir/stirring/rouse/rousing',
        // round 20: pain used to rouse them ("rubbed his chest hard", "pinched his ear and everything")
        'pinched/pinching/pinch/rubbed/rubbing/rub/knuckled/knuckling ... his/her/their/the ... ear/ears/earlobe/chest/sternum/breastbone', 'sternal/sternum rub',
        'dead/deathly/completely/totally/really/stock still', 'eyes ... half open/half-open/glazed/staring', 'can-not ... feel ... my/me/his/her ... legs/arms/body/face/hands',
        // round 86, a health visitor's note: "mum unrousable on sofa, breathing approx 4 per min"
        'unresponsive/unrousable/unrouseable/unarousable/lifeless', 'out of it', 'floppy/limp/slumped', 'eyes ... rolled/rolling/shut/closed',
        'gone/went quiet/silent', 'not ... come/coming round/to',
        // round 17: "cant get a peep out of him", "face down in his beans"
        'can-not/could-not ... get ... a? peep/word/sound/response/answer/anything/owt/nothing/reply ... out-of/outta/from ... him/her/them',
        'face/face-down ... down/first ... in ... his/her/their/the ... beans/dinner/food/plate/tea/bowl/chips/pillow/sick/vomit',
        // round 20: "on the floor in the bogs, been shakin him for ages, nothin"
        'shaking/shakin/shook/slapping/slapped/nudging/nudged/pinching/pinched/rubbing/shouting-at/screaming-at ... him/her/them ... ... nothing/nothin/nowt/no-response/no-reaction/no-joy/not-a-flicker', 'going/gone/slipping/drifting under', 'fading/fade/slipping-away', 'really/very/so/too/proper/reet/right/that drowsy/sleepy/woozy/muddled/dozy', 'can-not ... keep ... eyes open',
        // round 33's second-person lines: "keep droppin off mid sentence", "slurrin her words, can't keep her head up"
        'nodding/dropping/drifting/falling/nodded/dropped ... off/asleep ... mid/while/whilst/in-the-middle/talking/sentence', 'keeps/keep drifting/dropping/nodding off',
        'slurring/slurred ... her/his/my/their? words/speech', 'can-not ... keep ... her/his/my/me/their? head up',
        // round 33: "took a few extra pregabs on top of my meth and i can barely keep my eyes open"
        'barely/hardly/struggling-to/struggle-to keep ... eyes open', 'can-not/could-not ... stay/keep ... awake',
        // round 49: "took his methadone twice last night by mistake and now he's hard to wake"
        'hard/harder/difficult/impossible/struggling/a-struggle to wake/rouse/wake-up',
        // round 52: "still barely rousable this morning", "we can barely rouse him", "cant stop nodding out"
        'barely/hardly/only-just/semi rousable/rouseable/rousing/responsive/responding/conscious', 'can/could barely/hardly ... rouse/wake/wake-up',
        'can-not/could-not ... stop ... nodding/gouching/dropping/drifting ... out/off',
        // round 45: "cant keep his eyes open and hes being sick lying on his back" (he could choke)
        'sick/vomiting/vomited/vomit/puking/puked/spewing/spewin/spewed/throwing-up/threw-up ... ... on/onto his/her/their/my/me back',
      ],
      [
        'on/to the/his/her/their/my/a ... floor/ground/pavement/deck/lino/landing/landin/corridor/carpet/tiles/concrete/stairwell/grass',
        // round 24: "found a lad in the stairwell at the hostel"
        'found/find/finding ... in/on/at ... the? stairwell/stairs/corridor/toilets/toilet/bogs/alley/alleyway/street/park/doorway/underpass/bushes',
        'collapsed/slumped/fell/fallen/dropped ... over/down/floor/ground', 'collapsed/keeled/sparked-out/spark-out/sparko',
        'face-down/face-first/facedown', 'on/to the/a bench/kerb/curb/steps',
        'in/on/at the close/stairwell',
      ],
      // something taken just now: with any sign above, that is an overdose
      somethingTaken,
    ],
  },
  {
    // round 18: someone collapsed behind a locked door and not answering ("slumped against the bog door, it's locked, I can
    // see his feet through the gap and he's not answering me at all"): unconscious is an overdose for these users (the
    // Decisions). A reason said for the silence ("he's sulking", "headphones on") is an everyday exception.
    id: 'collapsed-behind-door',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'slumped/slumpt/collapsed/fallen/fell/lying/laid/passed-out/flat-out/keeled-over ... against/behind/in/on/at/by ... door/toilet/bog/loo/bathroom/bath/shower/wall/floor',
        'see/seen/saw ... his/her/their/them/him ... feet/legs/foot/leg/body/arm/hand/hands/head ... through/under/in/at/past ... gap/door',
        // round 68: "hes locked in the hostel toilet not ansering been 40 mins i can see his feet on the flor"
        'see/seen/saw ... his/her/their ... feet/legs/foot/leg/body/arm/hand/hands ... on ... the floor/flor/ground',
        // after round 25: "locked in his room not answering, i can see him slumped through the gap"
        'see/seen/saw/can-see ... him/her/them ... slumped/collapsed/lying/laid/flat-out/on-the-floor/face-down ... through/under/in/past ... gap/door/keyhole/window',
        // the bathroom, not a bedroom: a teenager locked in his room and not answering is everyday
        'locked/locking ... in ... the/a/his/her/their/my/our? bathroom/bog/toilet/loo',
        'door/bathroom/bog/toilet/loo ... is/was/s/still? locked',
        // round 68's second families: "doors bolted and she wont answer", "door locked n i can see his legs stickin out under it"
        'door/doors/cubicle/bathroom/toilet/loo/bog is/s/was/still? locked/bolted/barricaded', 'slumped/collapsed/fallen/lying ... against/behind ... it',
        'see/seen/saw ... his/her/their ... feet/legs/foot/leg/hand/hands/arm ... ... under/through ... it',
        'heard/hear/heard-a ... thud/bang/crash/thump',
        // round 51's second-person lines: "door wont open, theres something heavy against it"
        'something/summat/somethin/someone/somebody heavy ... against/behind ... it/the-door/door',
      ],
      [
        'not/no/never/will-not/would-not ... answering/answer/answerin/answered/responding/respond/replying/reply/ansering/anserin/answring/awnsering/respondin/replyin',
        'no answer/response/reply/sound/noise', 'can-not/could-not ... get ... door ... open',
        // round 51: "hasnt made a sound since last night"
        'not/has-not/have-not/never ... made/make/making ... a? sound/noise/peep/murmur',
        // round 37: "…slumped up against it through the gap, been banging 10 mins and nothing"
        'banging/knocking/hammering/battering/booting/shouting/calling/rattling ... ... and/but? nothing/nowt/nout/nish/no-answer/not-a-sound/not-a-peep',
        'not-a-peep/not-a-sound/nothing/nowt/no-answer ... out-of/outta/from ... him/her/them ... when/as ... {me}/i/we ... bang/knock/shout/call/hammer',
      ],
    ],
  },
  {
    // round 16: "I THINK HES GONE. HES COLD. IVE BEEN SHOUTING AT HIM FOR AGES" (someone may still be saved: 999)
    id: 'think-gone',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'think/reckon/scared/fear/worried ... he/she/they/{other} ... is/are/has/have gone/dead/died', 'think/reckon {other} gone',
        // round 46: "think my uncle might be dead"
        'think/reckon/scared/fear/worried/feel/feels ... he/she/they/{other} ... might/may/could/must be dead/gone',
      ],
      [
        'he/she/they/him/her/body/skin/hands is/are/feels/feel/gone/went/so/really/all stone/ice/dead/proper? cold/stiff/icy/freezing',
        // round 29: "i cant feel owt in his neck" (no pulse)
        'can-not/could-not ... feel/find/get ... anything/owt/nowt/a-pulse/pulse/heartbeat/a-heartbeat ... in/on/at ... his/her/their ... neck/wrist/chest',
        'shouting/screaming/shaking/slapping/calling ... at? him/her/them ... for ages/for-ages/for-ten-minutes/and-nothing/no-answer/nothing',
        // round 46: "sat in the chair in the same spot he was this morning and hes cold when i touch his hand"
        'same spot/place/position/way ... since/as/he-was/she-was/they-were/all/from ... morning/this-morning/last-night/hours/ages/yesterday/day/teatime',
        'cold/freezing/icy/stiff ... when/to/if ... {me}/i ... touch/touched/feel/felt',
      ],
    ],
  },
  {
    // not waking or snoring after something taken: an overdose even when a fit or a stroke explains the other signs
    id: 'unresponsive-after-using',
    kind: 'overdose',
    now: true,
    signs: [
      ['not/no/never/nothing ... wake/waking/respond/responding/response/come-round/coming-round', 'unresponsive/unrousable/unrouseable/unarousable/lifeless', 'snoring/snore/snores/gurgling/gurgle/gurgles'],
      somethingTaken,
    ],
  },
  {
    id: 'breathless-after-using',
    kind: 'overdose',
    now: true,
    signs: [
      ['can-not/could-not/struggling/fighting/hard/trouble ... to? breathe/breath', 'gasping ... for? air/breath'],
      [
        'took/taken/used/had/done/did/necked/swallowed/injected/smoked/banged/bashed/snorted ... {drugs}/bag/hit/shot/dose/load/gram/pipe/line/lines',
        'after ... {drugs}/bag/hit/shot/dose/using/used/taking/fix/pipe', 'mixed/mixing ... {drugs}',
      ],
    ],
  },
  {
    id: 'took-too-much',
    kind: 'overdose',
    now: true,
    phrases: [
      // past forms only: "I've used too much" is now, "been using too much lately" or "smoking too much rock" is a habit
      'took/taken/=necked/=swallowed/=used/=injected/=smoked/=banged/=bashed/=snorted ... too much/many/strong',
      'done/did/had ... too much/many ... {drugs}/of-it/bag/bags/hits/points/lines',
      // past forms: "going to bang the whole lot tonight" is a plan (suicide), not an overdose now
      'took/taken/=banged/=bashed/=injected/=smoked/=snorted/=necked/done/did ... a/the? whole/full/entire ... gram/bag/eighth/teenth/bottle/ounce',
      'think/reckon/maybe/pretty-sure ... {me} =overdose',
      '=overdid/=overdone it',
      // "took way more of my methadone than I should of last nite": recent extra doses count (methadone harms hours later)
      'took/taken/had/done/did/=necked/=swallowed/=used/drank/=injected/=banged/=smoked ... more/extra ... of? ... {pills}/gear/heroin/smack/fent/fentanyl/oxy/oxys/morphine/subs/bupe/dose/doses ... than ... {me}? should/shouldve/meant/supposed/prescribed/allowed/ought',
      'took/taken/had/=necked/=swallowed/drank/=injected ... double/triple/twice/two-days/three-days ... my/his/her/the/me ... dose/doses/script/methadone/{pills}',
    ],
  },
  {
    // a number of paracetamol taken over the last hours: "how long does it take paracetamol to do your liver in? had
    // about 30 since teatime, feel fine" (the harm comes a day or more later; a count with "since" is recent)
    id: 'paracetamol-count',
    kind: 'overdose',
    now: true,
    signsNeeded: 3,
    signs: [
      ['paracetamol/co-codamol/cocodamol/codeine/tylenol/calpol/painkillers/ibuprofen/aspirin/panadol/solpadeine'],
      ['had/took/taken/necked/swallowed/downed/done ... about/around/like/roughly/nearly/over/maybe/probably/at-least/almost ... {lots} ... since/today/tonight/earlier/already/this-morning/this-afternoon/this-evening'],
      ['liver/kidneys', 'feel/feeling/felt fine/ok/okay/alright/nothing', 'how long ... take/until/till/before', 'nothing happening/happened'],
    ],
  },
  {
    // round 17: a recent overdose told as a confession ("did a stupid thing yesterday when i was low, about 30
    // paracetamol, feel fine today so thats ok right?"): a deed or a low mood, a count of pills, and how they are now.
    // Not `now`: "when I was low" reads as a past time, and an overdose long past is a past attempt (it counts anyway).
    id: 'overdose-confessed',
    kind: 'overdose',
    now: false,
    signsNeeded: 3,
    signs: [
      [
        'did/done/do/doing a/something/summat/sumat/somethin stupid/daft/silly/dumb/bad/idiotic/mad/bad-thing',
        'when/cos/because/as {me} was/were/felt/was-feeling low/down/upset/rough/struggling/in-a-bad-place/at-rock-bottom/in-a-state/drunk',
        'on purpose', 'to end/stop/numb/make ... it/everything/things/the-pain',
      ],
      [
        'about/around/like/maybe/probably/nearly/almost/over/at-least/roughly/ish ... {lots} ... {pills}',
        'took/taken/=necked/=swallowed/=downed/had/ate ... {lots} ... {pills}', '{lots} ... {pills} ... ish/odd/or-so',
      ],
      [
        'feel/feeling/felt/seem/seems fine/ok/okay/alright/normal/nothing', 'liver/kidneys', 'should {me} worry/be-worried', 'will {me} be ok/okay/alright/fine',
        'is/thats/that-is/am ... ok/okay/alright/fine ... right', 'how long ... take/until/till/before', 'yesterday/last-night/earlier/this-morning/today/tonight/on-monday/on-tuesday/on-wednesday/on-thursday/on-friday/on-saturday/on-sunday/day-before-yesterday',
      ],
    ],
  },
  {
    id: 'swallowed-pills',
    kind: 'overdose',
    now: true,
    phrases: [
      // past forms only ("=necked", not "neck"): "gonna neck every pill tonight" is a plan, not an overdose now
      'took/taken/=swallowed/=swallowing/=necked/=necking/=downed/=downing/drank/drunk/ate/eaten/=injected ... {lots} ... {pills}',
      'done/did the-lot/the-whole-lot/whole/entire/every ... of? my/his/her/the ... {pills}',
      // round 51: "done the whole strip of my mams zopiclone", "had the lot, all me tramadol"
      'done/did/had/=necked the? whole/entire/full strip/strips/packet/packets/box/boxes/sheet/sheets/blister/blisters/tub ... of ... ... {pills}',
      'had/done/did/=necked the-lot/the-whole-lot/everything ... all/every ... my/me/his/her/the? ... {pills}',
      // round 50: "swallowed a fair few on purpose", "did a stupid amount of pills about an hour ago"
      'took/taken/=swallowed/=necked/=downed ... a? fair-few/load/loads/lot/handful/bunch/few ... on purpose/deliberately',
      // round 50's second-person lines: "had a little holiday with the tablets last night", "take many paracetamol on purpose
      // two days ago", "Swallowed the whole lot aboot an hour back"
      // round 54's second person: "took loads of my meth a done yesterday by mistake" (with a time or a mistake: not "I take
      // loads of tablets for my heart")
      'took/taken/=necked/=swallowed/=downed/=had ... loads/load/lots/a-lot/too-much/way-too-much ... of ... my/me/his/her/their {pills}/meth ... ... yesterday/last-night/last-nite/this-morning/earlier/today/tonight/by-mistake/by-accident/on-purpose/deliberately',
      'little holiday with ... the/my/his/her? {pills}', 'take/took/taken/swallow/swallowed ... many/lots/loads/a-lot/too-many ... {pills} ... on purpose/deliberately',
      '=swallowed/=necked/took/taken ... the-whole-lot/the-lot/everything/all-of-them ... ... ... hour/hours/minutes/mins/min ... ago/back',
      'did/done/took/taken/=swallowed/=necked/=had ... a? stupid/silly/crazy/mad/daft/ridiculous/massive/huge/insane amount/load/lot/number/handful ... of ... {pills}/{drugs}',
      // round 48: "I've swallowed what was left of my pregabalin and the sleeping tablets, all of them"
      'took/taken/=swallowed/=necked/=downed/=had/ate/eaten ... what/whatever/everything/whit/wot/wat ... was/is/i/id/wis ... left/remaining/saved/got/had ... of/o? ... my/me/the/his/her? ... {pills}/{drugs}',
      'took/taken/=swallowed/=necked/=downed/ate/eaten ... {pills} ... ... all-of-them/every-last-one/all-o-them/all-of-it',
      // several days' doses at once: "took a week's methadone in one go"
      'took/taken/=swallowed/=swallowing/=necked/=necking/=downed/=downing/drank/drunk ... {lots}/week/weeks/fortnight/fortnights/days/doses/double/triple ... ... at-once/in-one-go/all-at-once/in-one-hit/all-in-one-go/in-one-sitting',
      'took/taken/=swallowed/=swallowing/=necked/=necking/=downed/=downing/drank/ate/eaten/=injected ... my/his/her whole/entire/full script/stash/bottle/supply',
      'took/taken/=swallowed/=swallowing/=necked/=necking/=downed/=downing/drank/drunk/ate/eaten ... bottle/packet/packets/pack/packs/box/boxes/strip/strips/blister/blisters/sheet/sheets/tub/pot ... of? ... {pills}',
      'took/taken/=swallowed/=swallowing/=necked/=necking/=downed/=downing ... everything/all/whatever ... cabinet/cupboard/medicine/drawer/house/could-find/i-could/i-had',
      // round 26's families: "av just had every pill in the house wi half a bottle of gin"
      'had/took/taken/=swallowed/=necked/=downed ... every/all-the/all-of-the/each ... pill/pills/tablet/tablets/capsule/capsules ... in/from ... the/my/his/her/our? house/flat/cupboard/cabinet/drawer/bathroom/place',
      '{child} ... ... {drugs} ... swallowed/drank/drunk/ate/eaten/took/taken/chewed/had-some',
      '{child} ... ... swallowed/drank/drunk/ate/eaten/took/taken/chewed/got-into ... {drugs}',
      // "my 4 yr old got into my methadone, might of had a swig": a child and someone's drugs, however little
      '{child} ... ... swig/swigs/sip/sips/mouthful/gulp/taste/licked/licking/sucked/sucking/drinking/eating ... {drugs}',
      '{child} ... ... {drugs} ... ... swig/swigs/sip/sips/mouthful/gulp/taste/licked/sucked',
    ],
  },
];
