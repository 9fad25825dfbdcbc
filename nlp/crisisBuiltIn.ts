import { crisisPatternsSchema, type CrisisPatterns } from '../content/schemas/crisisPatterns';
import { builtInSlots } from './crisisBuiltInWords';

/**
 * The crisis patterns compiled into the bot, so the crisis reply never depends on a content file loading.
 * content/crisis-patterns.yaml can only ADD to these; its header explains the phrase marks (`a/b`, `...`,
 * `{slot}`, `=word`…) and the reasons behind each choice. Parsed by the same schema as the content file, once.
 */

/**
 * Two weak overdose signs ("on the floor" + "after the spice", a floppy arm + a face "dropped down") that a fit or
 * a stroke explains: when one of these medical patterns also matches, and no other overdose pattern does, the
 * message is medical. A fit or a stroke with a strong sign (not breathing, blue, won't wake) stays an overdose.
 */
export const explainedByMedical: Record<string, string[]> = {
  'overdose-signs': ['seizure', 'stroke-signs', 'chest-pain'],
};

/** Something taken just now: with another overdose sign, that is an overdose. */
const somethingTaken = [
  'took/taken/used/had/done/did/necked/swallowed/injected/smoked/banged/bashed/snorted/dropped ... {drugs}/bag/bags/hit/shot/dose/load/loads/lot/handful/gram/grams/point/points/line/lines/pipe',
  'just injected/banged/bashed/snorted/smoked/used',
  'after ... {drugs}/bag/hit/shot/dose/using/used/taking/fix',
  'used/using/took/had/injected/banged ... alone/on-her-own/on-his-own/on-their-own/on-my-own/by-himself/by-herself/by-myself',
  // depressants mixed, someone else's pills eaten: "mixed benzos with the gear", "ate one of my pills"
  'mixed/mixing/mix/mixes ... {drugs}', '{drugs} ... on top of ... {drugs}/drink/booze/methadone/gear',
  'ate/eaten/chewed/drank/drunk/got-into/got-hold-of ... {drugs}',
];

export const builtInCrisisPatterns: CrisisPatterns = crisisPatternsSchema.parse({
  slots: builtInSlots,
  patterns: [
    // ── overdose happening now (the first step is the ambulance and naloxone) ──
    {
      id: 'not-breathing',
      kind: 'overdose',
      now: true,
      phrases: [
        'not/barely/hardly/stopped/stop/no-longer/isnt =breathing/=breathin',
        'breathing ... slow/slowly/shallow/weird/funny/strange/faint/odd',
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
        'pulse/heartbeat ... weak/faint/gone/stopped/barely/hardly/not-there',
        'chest/belly/stomach ... not/stopped/no-longer ... moving/rising/going-up/going-up-and-down/move/rise',
        'can-not/could-not ... see/tell/hear ... chest ... move/moving/rise/rising/going-up',
      ],
    },
    {
      id: 'gone-blue',
      kind: 'overdose',
      now: true,
      phrases: [
        'gone/going/turned/turning/turn =blue/=grey/=gray/=purple',
        '{other} ... gone/going/turned/turning/turn/went/goes/looks/look/looking/is/are ... =blue/=grey/=gray/=purple',
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
        '{other} ... not/never ... wake/waking/respond/responding/come-round/coming-round/reacting/react',
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
        '{other} ... not moving',
        'think {other} is/has dead/died',
        'he/she/they is/are/has/have dead/died',
        'eyes ... rolled/rolling back',
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
        'think/reckon/maybe ... {anyone} ... =overdosed/=overdosing/has-overdosed/had-an-overdose/having-an-overdose',
        'overdose/overdoses ... help/now/what-do/please/ambulance/quick',
        '{other} has? gone over',
        '{other} is/keeps/are going over',
        'naloxone/narcan/nyxoid/prenoxad ... now/please/quick/asap/urgent/help',
        'gave/give/giving/given/used/injected/sprayed/need/needs ... naloxone/narcan/nyxoid/prenoxad/nalox',
        'naloxone/narcan/nyxoid/prenoxad ... not/no working/work/wake',
        'where ... naloxone/narcan ... now/quick',
        'gone/went/run/ran/running/go/going ... to? get/fetch/grab ... the naloxone/narcan/nyxoid/prenoxad',
      ],
    },
    {
      // Signs that mean little alone but together mean an overdose: "on the floor and her breathing sounds like snoring".
      id: 'overdose-signs',
      kind: 'overdose',
      now: true,
      signs: [
        // how they look (not pinned pupils: those are usual after opioids, with or without an overdose)
        ['=blue/=grey/=gray/=purple', 'pale/clammy/cold/freezing', 'lips/skin/face ... pale/cold'],
        // breathing that sounds or looks wrong; breathlessness in someone awake ("can't breathe, wheezing") is medical
        // unless something was just taken (pattern breathless-after-using)
        ['=breathing/=breath/=breaths/=breathes/=breathin', 'barely/hardly/no-longer/stopped breathe'],
        ['snoring/snore/snores/gurgling/gurgle/gurgles/rattling-breath', 'choking/gasping ... noise/sound/sounds'],
        [
          'not/no/never/nothing ... wake/waking/respond/responding/response/reacting/reaction/moving/answer/answering/sound/noise/speak/speaking/blinking/blink',
          'dead/deathly/completely/totally/really/stock still', 'eyes ... half open/half-open/glazed/staring', 'can-not ... feel ... my/his/her ... legs/arms/body/face/hands',
          'unresponsive/lifeless', 'out of it', 'floppy/limp/slumped', 'eyes ... rolled/rolling/shut/closed',
          'gone/went quiet/silent', 'not ... come/coming round/to', 'going/gone/slipping/drifting under', 'fading/fade/slipping-away', 'really/very/so/too drowsy/sleepy', 'can-not ... keep ... eyes open', 'can-not/could-not ... stay/keep ... awake',
        ],
        ['on/to the/his/her/their/my/a ... floor/ground/pavement/deck', 'collapsed/slumped/fell/fallen/dropped ... over/down/floor/ground'],
        // something taken just now: with any sign above, that is an overdose
        somethingTaken,
      ],
    },
    {
      // not waking or snoring after something taken: an overdose even when a fit or a stroke explains the other signs
      id: 'unresponsive-after-using',
      kind: 'overdose',
      now: true,
      signs: [
        ['not/no/never/nothing ... wake/waking/respond/responding/response/come-round/coming-round', 'unresponsive/lifeless', 'snoring/snore/snores/gurgling/gurgle/gurgles'],
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
        'took/taken/banged/bashed/injected/smoked/snorted/necked/done/did ... a/the? whole/full/entire ... gram/bag/eighth/teenth/bottle/ounce',
        'think/reckon/maybe/pretty-sure ... {me} =overdose',
        '=overdid/=overdone it',
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
        // several days' doses at once: "took a week's methadone in one go"
        'took/taken/=swallowed/=swallowing/=necked/=necking/=downed/=downing/drank/drunk ... {lots}/week/weeks/fortnight/fortnights/days/doses/double/triple ... ... at-once/in-one-go/all-at-once/in-one-hit/all-in-one-go/in-one-sitting',
        'took/taken/=swallowed/=swallowing/=necked/=necking/=downed/=downing/drank/ate/eaten/=injected ... my/his/her whole/entire/full script/stash/bottle/supply',
        'took/taken/=swallowed/=swallowing/=necked/=necking/=downed/=downing/drank/drunk/ate/eaten ... bottle/packet/packets/box/boxes/strip/strips/tub/pot ... of? ... {pills}',
        'took/taken/=swallowed/=swallowing/=necked/=necking/=downed/=downing ... everything/all/whatever ... cabinet/cupboard/medicine/drawer/house/could-find/i-could/i-had',
        '{child} ... ... {drugs} ... swallowed/drank/drunk/ate/eaten/took/taken/chewed/had-some',
        '{child} ... ... swallowed/drank/drunk/ate/eaten/took/taken/chewed/got-into ... {drugs}',
      ],
    },
    // ── medical emergency (call 999) ──
    {
      id: 'chest-pain',
      kind: 'medical',
      now: true,
      phrases: [
        'chest ... pain/pains/painful/hurts/hurting/hurt/tight/tighten/tightness/crushing/pressure/heavy/agony/killing/burning/squeezing',
        // "my chest feels like someone is standing on it"
        'chest ... feels/feel/feeling/is ... like ... standing/sitting/elephant/weight/crushed/crushing/squeezed/squeezing/vice/caving/exploding/bursting/in-a-vice',
        'pain/pains/tightness/pressure ... in ... chest',
        'heart attack',
        'heart ... racing/pounding/hammering/beating ... not/chest/pain/faint/dizzy/stop/breathe/out-of/too-fast/so-fast/really-fast/like-mad/like-crazy/pass-out/passing-out',
        'heart ... mental/mad/crazy/clappers/ten-to-the-dozen/all-over-the-place ... pass-out/passing-out/faint/dizzy/chest/breathe/pain/coke/crack/speed/mandy/mdma/pills/keel-over',
        'heart ... explode/exploding/burst/going-mad/going-crazy/beating-out-of',
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
      signs: [
        ['face/mouth/smile/lip/lips ... weird/funny/wonky/lopsided/droopy/drooping/dropped/dropping/sagging/slipped/twisted/crooked', 'one side'],
        ['slurring/slurred/slur', 'can-not/could-not ... talk/speak ... properly/right/straight', 'words ... wrong/jumbled/garbled/coming-out-wrong', 'talking/speaking funny/weird/strange/gibberish', 'not making sense'],
        // "her arm's gone floppy" (not numb or dead: pins and needles)
        ['arm/leg/hand ... gone/going/went/is/feels/all ... floppy/limp/weak/heavy/useless'],
      ],
    },
    {
      // a knock to the head, then sickness, drowsiness or confusion
      id: 'head-injury',
      kind: 'medical',
      now: true,
      signs: [
        [
          'hit/smacked/banged/bashed/cracked/knocked/split/whacked/bumped/hurt ... my/me/his/her/their/the-back-of-his/the-back-of-her/the-back-of-my head',
          'fell/fallen/falling/fall/tumbled/tumbling/thrown ... down/off ... the/a ... stairs/steps/ladder/roof/wall/balcony',
          'fell/fall/fallen/falling/landed ... on/onto ... his/her/my/their head', 'head injury/wound/knock', 'knocked out/unconscious',
        ],
        [
          'sick/vomiting/vomit/vomited/throwing-up/threw-up/puking/puked/spewing', 'drowsy/sleepy/confused/dizzy/groggy/not-making-sense/slurring/seeing-double/blurry',
          'can-not/could-not ... remember/stay-awake/keep-his-eyes-open/keep-her-eyes-open', 'blood/bleeding ... ear/ears/nose', 'passed/blacked out', 'fit/fitting/seizure',
          'double/blurred/blurry vision', 'vision ... blurry/blurred/gone/funny/double', 'seeing/see/sees ... double/stars',
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
        'having/had/took/has ... kind-of/sort-of/like-a/a-bad/a-big/a-massive/another/a-proper/some-kind/some-sort/a-real ... =fit/=fits',
        'having/had/keeps/keep/took ... =fits',
        '{anyone} ... =fitting',
        'fitting on the floor/ground',
        'foaming/froth/frothing at the? mouth',
        'shaking/jerking ... on the floor/ground',
        '{other} ... shaking/jerking ... not stop',
        'shaking/jerking/trembling all over ... ... not/never ... stop/stopping',
        'jerking/spasming/convulsing/thrashing/fitting ... all-over/everywhere/uncontrollably/will-not-stop/can-not-stop/not-stopping',
        'twitching ... uncontrollably/will-not-stop/can-not-stop/not-stopping',
        // stiffening then shaking: "the spice made him go stiff and shake"
        'go/gone/went/going/goes/all stiff/rigid ... shake/shaking/shook/shakes/jerk/jerking/twitch/twitching/spasm/spasming/convulse/convulsing/thrash/thrashing/fitting',
        'he/she/they/him/her/them/body/mate/pal ... gone/went/go/going/goes/gone-all/went-all ... stiff/rigid',
        'stiff as a board',
      ],
    },
    {
      id: 'overheating',
      kind: 'medical',
      now: true,
      signs: [
        ['too/so/really/way/very hot', 'boiling/roasting/cooking/overheating/overheated', 'burning up', 'sweating ... buckets/loads/so-much/like-mad'],
        ['confused/confusion/delirious/faint/fainting', 'head ... spinning', 'not making sense', 'seeing things', 'gibberish/nonsense/slurring/slurred/hallucinating', 'can-not ... think straight/talk-properly/talk-right/speak-properly'],
      ],
      phrases: [
        'overheating/over-heating/overheated',
        'burning up',
        'heat-stroke/heatstroke',
        'too hot ... not ... cool/breathe/stop',
        'hot/boiling/roasting/overheated ... confused/confusion/delirious/not-making-sense/fitting/collapsed/faint/fainting/passing-out',
        'temperature ... through-the-roof/really-high/sky-high',
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
        'bleeding ... not ... stop',
        'blood/bleed/bleeding ... ... not/never ... stop/stopping',
        'blood ... pouring/spurting/squirting/pumping/gushing',
        'groin ... blood/bleeding/bleed/bleeds/bled', 'blood/bleeding ... ... groin', 'pouring/spurting/squirting/pumping/gushing ... blood',
        'will not stop bleeding',
        'losing ... lots of? blood',
        'hit an artery',
        // blood that has been in the stomach: black or coffee-ground sick, black tarry poo
        '=vomiting/vomit/vomited/throwing-up/threw-up/puking/puked/spewing/spewed/bringing-up/brought-up/being-sick/been-sick ... black/coffee-grounds/coffee-ground/like-coffee/like-tar/tar',
        'black vomit/sick/puke/spew', 'coffee-ground/coffee-grounds ... vomit/sick/puke/spew',
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
          'abscess/abscesses/wound/wounds/ulcer/ulcers/injection-site/site/infection/groin ... huge/massive/spreading/hot/pus/smells/smell/stinks/stinking/weeping/swollen/growing/rotten/rotting/black',
          'arm/leg/hand/foot/groin/site ... swollen/massive/huge/red/hot ... ... injected/injecting/inject/dig/digs/banging/jabbing/jab',
          // "a massive abscess and the red is spreading up my arm"
          'huge/massive/big/giant/swollen/hot/infected/weeping/stinking/rotten ... abscess/abscesses/wound/wounds/ulcer/ulcers',
          'red/redness/swelling/infection ... spreading/going-up/creeping/moving-up/tracking', 'cellulitis',
        ],
        ['shaking/shivering/shivers/fever/temperature/sweats/burning-up/rigors/confused/dizzy/faint/feel-like-death/vomiting/throwing-up/red-line/red-lines/red-streaks', 'feel/feeling/feels ... rotten/awful/terrible/like-death/like-shit/really-ill/really-poorly/really-unwell'],
      ],
      phrases: [
        'leg/legs/arm/arms/foot/feet/toe/toes/finger/fingers/fingertips/wound/abscess/skin/groin/site ... gone/going/turning/turned/went ... black/green',
        'red line/lines/streak/streaks ... up/from/spreading ... wound/abscess/arm/leg/site',
        'rotting/rotten ... leg/arm/foot/feet/skin/flesh',
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
    // ── suicide or self-harm ──
    {
      id: 'suicide',
      kind: 'suicide',
      now: false,
      phrases: ['suicide/suicidal/suicidally', 'unalive/unalived/unaliving', 'take/taking/took/end/ending ... my/his/her/their own? life'],
    },
    {
      id: 'kill-myself',
      kind: 'suicide',
      now: false,
      phrases: [
        'kill/killing/end/ending/top/topping/off/offing/hang/hanging/hung/hanged/hangs/shoot/drown/gas/finish/finishing myself/himself/herself/themselves/themself',
        'string/strung/stringing/strings ... myself/himself/herself/themselves/themself up',
        'do/doing/did myself/himself/herself in',
        'end/ending/finish it/things/everything ... all?',
        'end it/things/everything tonight/now/today/soon',
        'hot shot/shots',
      ],
    },
    {
      id: 'want-to-die',
      kind: 'suicide',
      now: false,
      phrases: [
        'want/wanna/wanting/wants/ready/deserve/deserves/going/plan/planning/like/need/needs/have/got ... to die',
        'can-not be bothered/arsed ... being-alive/living/existing/breathing/waking-up/with-life/life',
        // looking up how to die
        'looked-up/looking-up/look-up/googled/googling/searched/searching/researched/researching ... how ... many/much ... {pills}/it-takes/to-die/to-kill/would-kill/kill-me',
        'how many/much ... to? die/kill-myself/kill-me/be-lethal/be-fatal',
        'lethal/fatal dose/amount',
        // method-seeking by height: "which bridge is high enough that you wouldn't survive the fall"
        'high/tall/deep enough ... die/kill/dead/drown/be-fatal/be-lethal/end-it/finish-me/not-survive/never-survive',
        'not/never/nobody/noone/no-one/nae-one ... survive/live-through ... the/a/that? fall/jump/drop/impact/landing',
        'how high/tall ... ... ... die/kill/dead/fatal/lethal/not-survive/survive-the-fall/survive-the-jump',
        // voices telling them to die (command hallucinations): "the voices say I should jump"
        'voices/voice-in-my-head/voice-in-me-head ... tell/telling/told/tells/say/says/saying/said/want/wants/wanting/keep/command/commanding/order/ordering/urging/shouting/screaming ... ... die/jump/dead/kill-myself/end-it/do-it/hang/drown/cut/cut-myself/hurt-myself/harm-myself/top-myself/end-my-life/take-my-life/step-in-front/walk-in-front/overdose',
        '=feel/=feeling like dying',
        'standing/stood/sitting/sat/climbed/climbing/up ... on/over/at ... the? edge/ledge/railing/railings/parapet/roof/rooftop/cliff/bridge/tracks',
        'want/wanted/wanting ... to be? dead',
        'wish/wished/hope ... i/he/she ... dead/die/died/never-born/not-born/not-here',
        'better/best off dead',
        'rather be dead/die',
        'let me die',
        'just/simply die',
        'go/going/went to sleep and? not/never wake',
        'hope/wish/want/wanna/rather/prefer/praying/pray ... not/never wake up',
        'rather/prefer ... not ... be-here/be-alive/be-around/exist/wake',
        // thoughts fixed on a way to die: "I keep thinking about the bridge near mine"
        'keep/keeps/kept/always/can-not-stop/could-not-stop/constantly ... thinking/think/thoughts/dreaming ... about/of ... the/that/a? {drop}/rope/edge/ledge/tracks/jumping/jump/drowning',
        'never wake up again',
        'not wake up again',
        'sleep/sleeping forever/for-good/for-ever/permanently',
        'go/going to sleep ... for good/forever/not wake',
        'want/wanna/going ... to disappear/vanish ... for-good/forever/for-ever/permanently',
        'disappear/vanish/go-away/walk-away ... never ... come-back/coming-back/return/be-found/be-seen',
        'drive/driving/drove/crash/crashing/steer/steering ... into/off ... wall/tree/bridge/lorry/river/cliff/motorway/oncoming/traffic',
        '{pills} ... lined/counted/laid/set ... up/out ... ready/tonight/to-go/for-when/when-i',
        // tablets counted or lined up (not a week's doses sorted with the chemist: an exception)
        '{pills} ... lined/counted/laid/piled/spread ... up/out', 'lined/counted/laid/piled/spread ... up/out ... {pills}',
        'enough ... {pills} ... to/for ... do-it/end-it/die/not-wake/finish-it/finish-me/kill/the-job',
        'want/wanna/going/plan/planning/try/ready ... to overdose/overdoses',
        'going/gonna/plan/planning/want/wanna/ready ... take/have/do ... an? overdose/overdoses',
        'overdose/overdoses/overdosed/overdosing ... on-purpose/deliberately/intentionally',
        'tried/try/trying/attempted/attempt/attempting ... to? overdose/kill-myself/end-it/end-my-life/hang-myself/top-myself/take-my-life',
        'suicide attempt/attempts',
        'take/swallow/neck/down ... {lots} ... {pills}',
        'not be/being here tomorrow/much-longer',
        'not ... be/being around/here ... much-longer/tomorrow/for-long/next-week/by-morning',
        // off a height; in front of or under something moving; onto the line. Never "stepped off the train" or "jumped onto the bus".
        'jump/jumping/jumped/throw/throwing/step/stepping/stepped/leap/leaping ... off/from ... the/a? {drop}/edge/ledge',
        'jump/jumping/jumped/throw/throwing/threw/step/stepping/stepped/leap/leaping/lie/lying/lay ... in-front-of/under ... a/the/an? train/trains/bus/buses/lorry/lorries/car/cars/truck/van/tube/tram/traffic/motor/coach',
        'jump/jumping/jumped/step/stepping/stepped/leap/leaping/lie/lying/lay ... onto/on-to/on ... the? tracks/rails/railway-line/train-line',
        'throw/throwing/threw/chuck/chucking/fling ... myself/himself/herself/themselves ... off/from/under/in-front/out-of',
        // a platform only with a thought or an intent: "stepped off the platform at Euston" is a journey
        'think/thinking/thought/thoughts/want/wanting/wanna/going/gonna/could/urge/urges/tempted/close/nearly/about/feel-like/might/planning/plan ... jump/jumping/step/stepping/leap/leaping/fall/falling ... off/from ... the/a? platform/edge/ledge',
        'jump/jumping/jumped/throw/throwing/leap/leaping ... off/from/out-of/into ... {drop}/{water}',
        'going/gonna/want/wanna/planning/plan/thinking/about ... jump/throw-myself ... in/into/off ... the? {water}/{drop}',
        'walk/walking/wade/wading/swim/swimming ... into/out-into ... the? {water}',
        'drown/drowning ... in ... the? {water}',
        'drown/drowning myself',
        'in front of a? train/bus/lorry',
        'rope ... neck/ready/tied/up',
        'got/have/bought ... a/the rope',
        'slit/slash/slitting/cut/cutting ... wrists/wrist/throat',
      ],
    },
    {
      id: 'no-point',
      kind: 'suicide',
      now: false,
      phrases: [
        'point ... in/of ... living/being-alive/alive/life/being-here/existing/going-on/carrying-on/waking-up/anything',
        'what/whats is? the point ... anything/living/life/alive/it-all/all-of-it/any-of-it/everything/anymore/any-more/going-on/carrying-on/trying-anymore/being-here/existing/waking-up',
        'no point ... anything/living/life/alive/anymore/any-more/going-on/carrying-on/being-here/existing/waking-up/in-me',
        'nothing ... live for',
        'no/nothing ... reason ... to live/be-here/go-on/keep-going/carry-on/wake-up',
        'nothing left ... live',
        'no/nae future ... for me',
        // "I don't see a future for myself" (not "a future with him" or "in this job")
        'not/never ... see ... a/any? future ... myself/me/anymore/any-more/ahead/at-all/left',
        'no/nae future ... left/ahead/anymore/any-more/myself',
        'anyone/anybody/nobody/no-one/noone/naebody/people ... come/turn-up/show-up/go/bother/cry/care/notice ... my/me funeral',
        'who ... come/come-to/turn-up/show-up/go-to/bother/cry/care ... my/me funeral',
        'plan/planning/planned/plans/arranged/arranging/sorting/sorted/organised/organising/paid-for/paying-for ... my own? funeral',
      ],
    },
    {
      id: 'nobody-would-miss-me',
      kind: 'suicide',
      now: false,
      phrases: [
        'nobody/no-one/noone/naebody ... would/will/wont/will-not/even ... miss/notice ... me/if/gone',
        'nobody/no-one/noone/naebody ... would/will/even ... care ... if ... i/dead/gone/die/died',
        'nobody/no-one/noone/naebody ... miss me',
        'nobody/no-one/noone/naebody ... cares/care if ... live/die/dead/gone',
        // "nobody would give a shit if I died", "who'd give a toss if I was gone"
        'nobody/no-one/noone/naebody/who/none-of-them ... give/gives/giving/gave ... a? shit/damn/toss/fuck/feck/monkeys/crap/flying-fuck/hoot ... if/whether/when {me} ... dead/die/died/gone/dying/live/lived/not-here/not-around/disappeared/killed/topped/ended',
        'who ... care/cares/bothered/notice/miss ... if/whether/when {me} ... dead/die/died/gone/not-here/not-around/disappeared/killed/topped',
        'no/not/nae/any ... difference ... if/whether {me} ... dead/die/died/gone/lived/not-here/not-around/disappeared',
        'better/best/happier/easier off? without me',
        'better/best off ... not ... waking/wake/alive/here/around/existing/born',
        'better/happier/easier ... if {me} ... gone/dead/died/die/not-here/not-around/was-not-here/was-not-around/never-born',
        'might/may/could as well be dead/die/end-it',
        'i am a burden',
        // "I'd be doing everyone a favour if I went" (not "if I went to rehab": an exception)
        'favour/favor ... if/by/when {me} ... went/go/gone/died/die/dead/disappeared/not-here/not-around/was-gone/left/killed/ended/topped/end-it',
        'can-not/could-not/not ... live ... with ... myself/the-guilt/the-shame/what-i-did/what-i-have-done/what-i-done/what-i-have-did',
        'burden on/to ... everyone/everybody/them/my/family',
      ],
    },
    {
      id: 'cannot-go-on',
      kind: 'suicide',
      now: false,
      phrases: [
        'can-not/could-not ... go-on/carry-on/keep-going/keep-on',
        'can-not/could-not ... cope ... anymore/any-more/no-more/with-life/with-anything',
        'not ... {me} can/could ... go-on/carry-on/keep-going/keep-on/cope/continue',
        'how ... can/could/am {me} ... go-on/carry-on/keep-going/keep-on/supposed-to-go-on',
        'can not ... do/take/handle/face/live ... this/it/any/life ... anymore/any-more/no-more/like-this',
        'not ... want ... to live/be-alive/exist/wake-up/be-here/be-around',
        'not ... want ... carry-on/keep/go-on/continue ... living',
        'life ... not ... worth ... living/it',
        'not worth living/being-alive',
        'stockpile/stockpiled/stockpiling/hoard/hoarding/hoarded ... {pills}',
        'saved/saving/save/storing/stored/stashed/stashing/collected/collecting/squirrelled/squirreled/kept/keeping/putting/put/been-saving ... up/away/back/aside/by ... {pills}',
        'saved/saving/save/storing/stored/stashed/stashing/collected/collecting/kept/keeping/hiding/hid/hidden ... {pills} ... for-when/for-the-end/just-in-case/for-a-bad-day/up/for-the-day/for-one-night',
        'not want/wanting to be here',
        'want ... to be here/alive/around ... anymore/any-more/no-more',
        'tired/sick/done ... of ... living/life/being-alive/existing/everything',
        'stop/not/rather-not/done ... =existing/=exist',
        'had enough ... of? everything/life/living/it-all/all-of-it/this-life/being-alive/existing/the-world/all-this',
        'want/wanting/need ... it/everything/all ... to stop/end ... forever/for-good/all/everything',
        'want/wanting/wish/need/ready ... over/end/gone/out/done/finished/dead/ended ... for-good/forever/for-ever/permanently',
        // "I just want the pain to stop for good" (not "the pain stopped for good after physio")
        'want/wanting/wanna/wish/wishing/need/needs/ready/longing/desperate ... pain/hurt/hurting/suffering/misery/torment/agony/heartache ... stop/end/over/go-away/gone/finish/finished/ended ... for-good/forever/for-ever/permanently/once-and-for-all',
        'want/wanting/wanna/wish/need/ready ... to? end/stop ... the/my/this/all? pain/hurt/hurting/suffering/misery/torment ... for-good/forever/for-ever/permanently/once-and-for-all',
        'nothing/nowt left for me',
        'want/need ... it-all/everything to end/stop',
        'no way out',
        'can-not/could-not ... see/find ... a? way out',
        'done with ... it-all/everything/life/living/being-alive',
        'give/giving up on ... life/living/myself/everything',
        'end/ending of the road/line for me',
        // "can't take one more day of this", "I've had it, can't go on"
        'can-not/could-not ... take/face/do/handle/survive/bear/stand/last/get-through/go-through/cope-with/live ... another/one-more ... day/night/week/minute/hour/second',
        'had it ... can-not/could-not ... take/go-on/cope/do/face/handle/carry-on/keep-going',
      ],
    },
    {
      // a time is set or the end is wanted: "tonight is the night I finally do it", "ready to go, want it over with"
      id: 'resolved-to-die',
      kind: 'suicide',
      now: false,
      signs: [
        [
          'ready to go/die/check-out/leave/be-gone/end-it', 'tonight/today/tomorrow is the night/day', 'tonight/today is it',
          'this is the night/day/end', 'made ... my? peace',
        ],
        [
          'finally/going-to/gonna ... do/doing it/this', 'want/wanna/wanting/need/wish ... it/this/everything/all/things/life ... over/over-with/ended/finished/to-end/to-stop',
          'get/getting/got ... it over with', 'goodbye/bye',
        ],
      ],
    },
    {
      id: 'saying-goodbye',
      kind: 'suicide',
      now: false,
      phrases: [
        'this is goodbye',
        'say/saying/said goodbye ... everyone/everybody/family/kids/world/forever',
        'goodbye ... forever/world/everyone',
        'goodbye/suicide/farewell note/notes/letter/letters/text/texts/message/messages/video/videos/post/voicenote',
        'writing/written/wrote/left ... a? note/letter/letters ... family/kids/mum/mam/everyone/goodbye',
        'giving/given/give ... my ... stuff/things/belongings/possessions/dog/cat ... away',
        'will-not/never hear from me again',
      ],
    },
    {
      id: 'self-harm',
      kind: 'suicide',
      now: false,
      phrases: [
        'self-harm/selfharm/self-harming/self-injury/self-hurt/self-injure',
        'cut/cutting/burn/burning/burnt/burned/hurt/hurting/harm/harming/punch/punching/scratch/scratching/stab/stabbing/bite/biting ... myself/himself/herself/themselves/meself',
        'cut/cutting/slice/slicing/carve/carving/scratch/scratching/scratched/burn/burning/slash/slashing ... my/his/her ... arms/arm/legs/leg/thighs/wrist/wrists/skin/stomach',
        'razor/blade/blades/knife ... my/his/her ... arms/arm/legs/leg/thighs/wrist/wrists/skin',
        'started/start/been/keep ... cutting/harming',
        // "cutting again, deeper this time"
        'cutting/cut/slashing/slashed/slicing/sliced/harming/harmed again',
        'cut/cutting/cuts/slash/slashing/slashed/slice/slicing ... deeper/too-deep/to-the-bone',
      ],
    },
    // ── danger from or to others ──
    {
      id: 'threatened-with-harm',
      kind: 'harm',
      now: true,
      phrases: [
        '{other} ... going-to/will/would/wants-to/threatened-to/threatening-to/trying-to/tried-to/swore-to/gonna/about-to/coming-to/said/says/promised ... kill/hurt/stab/batter/beat/shoot/strangle/choke/murder/burn/slash/cut/glass/rape/smash/do-in/kick-in ... me/us/my/our/the-kids',
        '{other} ... threatening/threatened ... me/us/to-kill',
        '{other} ... going-to/will/would/wants-to/gonna/about-to/coming-to/threatened-to/threatening-to/swore-to/said/says ... do/finish ... me/us ... in/over/off',
        // not "kill me" or "batter me": "the bills are going to kill me", "my mum will batter me" are idioms
        'stab/shoot/slash/glass/murder/knife/strangle/kneecap me/us',
        // "if I don't have his money by Friday I'm getting stabbed" (not "getting shot of the sofa": an exception)
        '{me}/we ... get/getting/gets/got/be/going-to-get/gonna-get stabbed/shot/glassed/slashed/knifed/shanked/kneecapped/done-in/jumped/bottled/merked/murked/wetted',
        'going-to/about-to/will/could/might get/be stabbed/shot/glassed/slashed/knifed/shanked/kneecapped/done-in/bottled/merked/murked/wetted',
        // "he'll break my legs if I don't pay"
        'break/smash/snap/bust/kneecap/kneecapped ... my/our/your/me ... legs/leg/arms/arm/fingers/face/jaw/kneecaps/knees/neck/nose/teeth/head/skull',
        'kneecap/kneecapped/kneecapping ... me/us/him/her',
        '{other} ... has/got/with/holding/pulled/pulling ... a knife/gun/blade/machete/weapon/bat/shank/nank',
        // weapons at the door: "a gang outside my flat with machetes"
        'outside/at/in/through/round/banging-on ... my/our ... door/flat/house/window/room/home/tent/gaff/place/building ... with/has/have/got/carrying/holding ... {weapon}',
        '{weapon} ... outside/at/through ... my/our ... door/flat/house/window/home/tent/gaff/place',
        '{other}/gang/gangs/crew/lads/men ... with/carrying/holding/got/have/has ... knives/guns/machetes/blades/weapons',
        'lads/men/boys/guys/gang/crew/youths ... with/carrying/holding/got/have/has ... a/an ... knife/shank/nank/blade/machete/gun/weapon/axe',
        'gang/gangs/crew/dealers/dealer/lads/men ... after/looking-for/coming-for/hunting/waiting-for ... me/us',
        // threats, and debts that bring them: "being threatened by someone I owe"
        'being/been/getting/got/keep-getting/am/was ... threatened/threats',
        'owe/owes/owed/owing/debt ... threat/threats/threatening/threatened/coming-for/after-me/looking-for-me/hunting-me/hurt/batter/kill/do-me',
        'threatened/threatening/threats ... owe/owes/owed/debt/money',
        'trying/tried/try/tries/broke/breaking/break ... to? break/breaking/broke/kick/kicking ... in/into/down ... door/house/flat/room/window',
        'trying/tried/try ... to? break/get/force ... in',
        'scared/afraid/terrified/frightened ... {other} ... will/going/gonna/might ... kill/hurt/hit/attack/come-back/find',
        'scared/afraid/terrified/frightened of him/her/them/{other}',
        'not safe ... at-home/here/with/in-my/around',
        'do not feel safe',
        'locked me in',
        'will not let me leave/out',
        'will not let me go out/outside/anywhere/home',
      ],
    },
    {
      id: 'being-hurt',
      kind: 'harm',
      now: true,
      phrases: [
        '{other} ... {violence}/touches/touching ... me/us',
        '{other} ... {violence}/touches/touching ... my/our/his/her ... {family}',
        '{other} ... {violence} him/her/them/{other}',
        '{other} ... attacked/went-for/came-at/jumped ... me/us ... with',
        '{other} ... been/got/was/is/has/just ... stabbed/shot/glassed/knifed/slashed',
        '{other} ... hit/beat/punched/kicked/choked/strangled/hurt/attacked/battered/abused/raped/stabbed/assaulted ... me/us',
        '{other} is/are ... battering/beating/stabbing/attacking/kicking/strangling/choking/jumping {other}',
        'being/been/getting/got ... abused/beaten/battered/raped/hit/attacked/assaulted/strangled/choked',
        'domestic abuse/violence',
        'grabbed/grabs/grabbing/grab/held/holding/pinned/pinning/dragged/dragging/pushed/shoved/threw ... me/us/her/him ... by-the-throat/by-the-neck/by-the-hair/round-the-neck/against-the-wall/down-the-stairs/to-the-floor',
        'hands/hand/arm ... round/around ... my/her/his ... throat/neck',
        'raped/rape/sexually-assaulted',
        // "he put his hands on me again", "he gets violent with me"
        'put/puts/putting ... hands/hand/finger/a-finger/a-hand on me/us/my-kids/the-kids/my-son/my-daughter/her/him',
        '{other} ... got/gets/getting/been/gone/turns/turned ... physical/violent/rough/handsy with me/us',
      ],
    },
    {
      id: 'going-to-hurt-someone',
      kind: 'harm',
      now: true,
      phrases: [
        '{me} ... going-to/gonna/will/want-to/wanna/about-to/could/might/ready-to/feel-like ... kill/stab/hurt/batter/shoot/murder/strangle/attack/glass/do-in ... him/her/them/someone/somebody/everyone/everybody/{other}',
        'going/want/wants/gonna ... to ... kill/stab/shoot/murder ... someone/somebody/everyone/people',
        'get/got/getting ... a knife/gun/blade/machete ... him/her/them/someone/for',
        'voices/voice-in-my-head/voice-in-me-head ... tell/telling/told/tells/say/says/saying/said/want/wants/keep/command/commanding/urging ... ... kill/stab/hurt/attack/batter/harm/murder/strangle ... him/her/them/someone/somebody/people/everyone/my/{other}',
      ],
      // "I'm gonna do him when he gets back, got the bat by the door": an intent and a weapon ready
      signs: [
        ['{me} ... going-to/gonna/will/about-to/ready-to/want-to/wanna ... do/get/jump/batter/smash/have/deal-with ... him/her/them'],
        [
          '{weapon}/bat/hammer/shank/nank/bottle ... ready/by-the-door/behind-the-door/under-the-bed/under-my-pillow/in-my-pocket/in-my-bag/on-me/waiting',
          'got/have/grabbed/holding/keeping/keep/carrying/bought/picked-up ... a/the/my ... {weapon}/bat/hammer/shank/nank ... ready/by/behind/under/on-me/in-my/waiting/for-him/for-her/for-them',
        ],
      ],
    },
    {
      id: 'child-at-risk',
      kind: 'harm',
      now: true,
      // children on their own, and the adult who should be with them cannot get back
      signs: [
        ['{child} ... alone/on-their-own/on-his-own/on-her-own/by-themselves/by-himself/by-herself/nobody-with/no-one-with'],
        [
          'stuck/trapped/arrested/custody/locked-up/lifted/sectioned/in-hospital/at-the-police/cells',
          'can-not/could-not ... get ... back/home/to-them', 'not home/back', 'will-not/wont/can-not be back',
          'out/off on a/the? bender/lash/piss/sesh/binge', 'off her/his/their/my face/head/heads/tits/nut',
        ],
      ],
      phrases: [
        '{child} ... not-safe/in-danger/home-alone/left-alone/unsupervised',
        '{child} ... alone/on-their-own/by-themselves ... house/flat/home/car/night/overnight/hours/days',
        // "the kids next door have been on their own since yesterday"
        '{child} ... alone/on-their-own/on-his-own/on-her-own/by-themselves/by-himself/by-herself ... since-yesterday/since-last-night/since-this-morning/since-the-morning/since-monday/since-tuesday/since-wednesday/since-thursday/since-friday/since-saturday/since-sunday/all-day/all-night/overnight/for-hours/for-days/for-ages',
        'left ... {child} ... alone/on-their-own/on-her-own/on-his-own/by-themselves/in-the-house/in-the-flat/in-the-car',
        '{child} ... being/been/getting ... hurt/abused/hit/beaten/touched/neglected',
        'hit/hitting/beat/beating/hurt/hurting/abuse/abusing/touch/touching/shake/shaking/shook/harm/harming/punch/punching/kick/kicking ... my/the/our/his/her/their ... {child}',
        '{child} ... not/has-not/have-not/nothing ... eaten/fed/food ... days/today/since',
        'scared/afraid ... {me} ... hurt/harm/shake ... {child}',
      ],
    },
  ],
  exceptions: [],
});
