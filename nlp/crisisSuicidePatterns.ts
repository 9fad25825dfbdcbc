import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Built-in crisis patterns of one kind: thoughts of suicide or self-harm.
 * Never `now`: a past attempt is the strongest risk sign there is.
 * Listed in the order they are tried; nlp/crisisBuiltIn.ts puts the kinds together.
 */

export const suicidePatterns: BuiltInPattern[] = [
  {
    id: 'suicide',
    kind: 'suicide',
    now: false,
    phrases: ['suicide/suicidal/suicidally', 'not not suicidal', 'unalive/unalived/unaliving', 'take/taking/took/end/ending ... my/his/her/their own? life'],
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
      // "how many of my mum's amitriptyline would it take to not wake up"
      'how many/much ... ... take/need/needed/kill/do/swallow/neck ... to/so ... not/never ... wake',
      // "how many of the blue vallies would it take so you just dont wake up": the pill colour is an everyday phrase, so the question counts from "would"
      'would/will/does/do/did it take/need ... to/so ... not/never wake',
      'how many/much ... ... would/will/does/to ... kill-me/kill-you/kill-someone/kill-a-person/be-fatal/be-lethal/be-enough-to/end-it/finish-me/do-it',
      // method-seeking by height: "which bridge is high enough that you wouldn't survive the fall"
      'high/tall/deep enough ... die/kill/dead/drown/be-fatal/be-lethal/end-it/finish-me/not-survive/never-survive',
      'not/never/nobody/noone/no-one/nae-one ... survive/live-through ... the/a/that? fall/jump/drop/impact/landing',
      // round 16: "a long walk off the humber bridge", "the highest bridge without them samaritans signs"
      'walk/walking/step/stepping/jump/jumping ... off ... the/a/that/some? ... {drop}/pier/edge/ledge/cliff',
      'highest/tallest/biggest/steepest/quietest ... {drop}/cliff/pier ... without/no/not/hasnt/has-not/have-not ... samaritans/signs/sign/nets/net/barriers/fence/fences/railings/cameras/cctv',
      '{drop}/cliff/pier ... without/no/not/hasnt/has-not/have-not ... samaritans/nets/net/barriers/suicide-fence/cameras/cctv',
      'how high/tall ... ... ... die/kill/dead/fatal/lethal/not-survive/survive-the-fall/survive-the-jump',
      // round 17: looking up a height "just curious" (a purpose said after it is an everyday exception: a walk, a quiz)
      'looked-up/looking-up/look-up/looked-at/googled/googling/google/searched/searching/researched/researching/checking/checked/reading-up/read-up/been-reading/reading/find-out/found-out ... how high/tall/far-down/deep/long-the-drop/big-the-drop/far-the-drop/far-it-is-to-the ... {drop}/cliff/cliffs/drop/pier/gorge/fall',
      'how high/tall/far-down/deep ... {drop}/cliff/cliffs/pier/gorge/drop ... ... curious/wondering/no-reason/do-not-ask/dont-ask/asking-for-a-friend/random/just-asking/just-because',
      // round 17: "if the gear doesnt take me the mersey will 😂 joking. mostly" (a joke taken back does not cancel it)
      'the? {water} ... will/would/can/could/going-to/might/is-going-to/wants-to ... take/have/get/claim/swallow/finish me/us',
      'take/get/kill/finish/have me ... ... the? {water} will/would/can/could/might/then',
      'let/letting ... the? {water} ... take/have/claim/swallow me/us',
      'walk/walking/walked/wade/wading ... into ... the? {water} ... and ... keep/just/not/never/no-one/nobody',
      // round 18: a height asked about to make sure ("how high does a bridge need to be to make sure", "what floor would you
      // need", "is the humber bridge high enough"); a purpose after it is an everyday exception ("high enough for my van")
      'how/what high/tall/far-up/high-up/many-floors/many-storeys/floor/storey/height ... {drop}/cliff/cliffs/pier/drop/fall/jump/floor/storey ... ... ... make-sure/make-certain/be-sure/be-certain/is-certain/certain/guarantee/definitely/for-sure/no-chance/do-the-job/finish-it/be-fatal',
      'what/which/wat floor/floors/storey/storeys/level ... ... would/need/needs/have/wud/should ... ... make-sure/be-sure/be-certain/certain/guarantee/definitely/high-enough/for-sure/be-fatal',
      'is/would/will/are/wud ... the/that/a/them? ... {drop}/cliff/cliffs/pier ... ... high/tall enough',
      'which/what/wat {drop}/cliff/cliffs/pier/floor/storey ... high/tall enough',
      'high/tall enough ... ... sure/certain/definitely/be-fatal/not-survive',
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
      // round 21: "a way to just go to sleep and not come back"
      'go/going/went to sleep ... not/never ... come-back/coming-back/wake/waking',
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
      // "I don't think I'll be around by then" (not "I won't be around by then, I'm on holiday": an exception)
      'not ... be/being around/here ... by/for/to-see ... then/christmas/xmas/new-year/next-year/summer/january/february/march/april/may/june/july/august/september/october/november/december/my-birthday/his-birthday/her-birthday/the-end-of/the-weekend/it/that/them/the-kids',
      // off a height; in front of or under something moving; onto the line. Never "stepped off the train" or "jumped onto the bus".
      'jump/jumping/jumped/throw/throwing/step/stepping/stepped/leap/leaping ... off/from ... the/a? {drop}/edge/ledge',
      'jump/jumping/jumped/throw/throwing/threw/step/stepping/stepped/leap/leaping/lie/lying/lay/walk/walking/walked ... in-front-of/under ... a/the/an? train/trains/bus/buses/lorry/lorries/car/cars/truck/van/tube/tram/traffic/motor/coach',
      'jump/jumping/jumped/step/stepping/stepped/leap/leaping/lie/lying/lay ... onto/on-to/on ... the? tracks/rails/railway-line/train-line',
      'throw/throwing/threw/chuck/chucking/fling ... myself/himself/herself/themselves ... off/from/under/in-front/out-of',
      // a platform only with a thought or an intent: "stepped off the platform at Euston" is a journey
      'think/thinking/thought/thoughts/want/wanting/wanna/going/gonna/could/urge/urges/tempted/close/nearly/about/feel-like/might/planning/plan ... jump/jumping/step/stepping/leap/leaping/fall/falling ... off/from ... the/a? platform/edge/ledge',
      'jump/jumping/jumped/throw/throwing/leap/leaping ... off/from/out-of/into ... {drop}/{water}',
      // round 34's second-person lines: "she's worked out which bridge and when"
      'worked-out/figured-out/planned/picked/chosen/decided ... which/what/the ... bridge/{drop}/building/car-park/cliff/tracks/spot ... and when/what-time/the-date/the-day',
      // round 32's second-person lines: "on the roof of the multistorey, jumpin tonight"
      'on/at/up-on ... the/a? {drop}/roof/ledge/edge/parapet ... ... ... jump/jumping tonight/now/soon/today/in-a-minute/in-a-bit/later',
      // round 32: someone on a height saying they will jump (not a cat on the windowsill: a person sat there)
      '{other}/{me}/{person} ... sat/sitting/stood/standing/perched/climbed/climbing ... on/onto/out-on/up-on ... the/a/his/her/my/that? {drop}/ledge/roof/parapet/railings ... ... ... saying/says/threatening/wants/going-to/gonna/about-to/keeps-saying ... jump',
      'going/gonna/want/wanna/planning/plan/thinking/about ... jump/throw-myself ... in/into/off ... the? {water}/{drop}',
      'walk/walking/wade/wading/swim/swimming ... into/out-into ... the? {water}',
      'drown/drowning ... in ... the? {water}',
      'drown/drowning myself',
      'in front of a? train/bus/lorry',
      'rope ... neck/ready/tied/up',
      'got/have/bought ... a/the rope',
      'slit/slash/slitting/cut/cutting ... wrists/wrist',
      // one's own throat: "said he'd slit my throat" is a threat (harm, round 57), not a wish
      'i-am-going-to/i-am-gonna/i-will/i-would/i-could/i-might/i-want-to/i-wanna/i-just-want-to/i-feel-like/thinking-of/thinking-about/thought-about/urge-to/urges-to/tempted-to slit/slash/slitting/cut/cutting my/me/own/me-own/my-own throat',
      'slit/slash/slitting/cut/cutting ... his/her/their ... own throat',
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
      // round 32's second-person lines: "evry1 wud b beter of wivout me"
      'better/best/happier/easier of without me',
      // round 26: said by someone else and relayed ("my pal keeps texting saying we'd all be better off without him")
      'saying/says/said/texting/texts/texted/telling/tells/told/thinks/reckons/posting/posted/posts/messaged/messaging/slurring/slurred/crying/sobbing/screaming/voicemail ... ... we/everyone/everybody/yous/you/they/the-world/the-kids/his-kids/her-kids/his-family/her-family/all/{family} ... would/will/d/be/are/is/s ... ... better/best/happier/easier off? without him/her/them',
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
      // found by hand after round 21: "feel like im done with all of it"
      '{me}/im/i-am/am ... done/finished with ... it-all/all-of-it/everything/life/living/all-this/the-lot',
      'can-not/could-not ... cope ... anymore/any-more/no-more/with-life/with-anything',
      'not ... {me} can/could ... go-on/carry-on/keep-going/keep-on/cope/continue',
      'how ... can/could/am {me} ... go-on/carry-on/keep-going/keep-on/supposed-to-go-on',
      'can not ... do/take/handle/face/live ... this/it/any/life ... anymore/any-more/no-more/like-this',
      // round 35: "ive got nothing left, i give up"
      'nothing/nowt left ... ... {me} give/giving/given up', '{me} give/giving/given up ... ... nothing/nowt left',
      'nothing/nowt left ... ... giving/give/given up on ... all/everything/it-all/life/myself/living',
      // round 29: the double negative, "i just cant take no more x" ("no more calls" is an everyday exception)
      'can-not/could-not just? take/do/handle/cope/face/stand/bear/hack no-more/nae-mair/nae-more/nomore/no-mair',
      // round 31: "i cannae take any mair of it" (any more of it, this or life: not "any more painkillers")
      'can-not/could-not just? take/tek/handle/face/stand/bear/hack/cope-with any/ony/no more/mair of/o it/this/everything/life/my-life/this-life',
      'can-not/could-not just? take/tek/handle/stand/bear/hack it/this any/ony mair',
      // round 17's second pass: "cnt face nethin nemore" (not "can't face anything greasy anymore": an exception)
      'can not face ... nothing/anything/owt/nowt/anyone/people/life/the-world ... anymore/any-more/no-more',
      'not ... want ... to live/be-alive/exist/wake-up/be-here/be-around',
      'not ... want ... carry-on/keep/go-on/continue ... living',
      'life ... not ... worth ... living/it',
      'not worth living/being-alive',
      'stockpile/stockpiled/stockpiling/hoard/hoarding/hoarded ... {pills}',
      'saved/saving/save/storing/stored/stashed/stashing/collected/collecting/squirrelled/squirreled/kept/keeping/putting/put/been-saving ... up/away/back/aside/by ... {pills}',
      'saved/saving/save/storing/stored/stashed/stashing/collected/collecting/kept/keeping/hiding/hid/hidden ... {pills} ... for-when/for-the-end/just-in-case/for-a-bad-day/up/for-the-day/for-one-night',
      // round 22: "got 60 odd pregabs stashed in a sock, been saving them for when I've had enough"
      'saving/saved/keeping/kept/stashing/stashed/hiding/hid ... them/em/it/these/those ... for ... when ... had enough/the-time-comes/its-time/im-ready/i-am-ready',
      '{pills} ... stashed/saved/hidden/hid/squirrelled/stockpiled ... for ... when ... had enough/the-time-comes/its-time',
      'building/built/build/stocking/stocked/piling ... them/em/{pills} ... up ... for ... when',
      '{pills}/it/this/that/them ... is/s/are ... my/his/her/their/the ... way out ... when/for-when/if/once/the-day',
      'my/his/her/their way out when/for-when/once',
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
      'done/finished/through with ... it-all/everything/life/living/being-alive',
      // round 28's second-person lines: "I don't want my life anymore" (not "my life round a bag of gear": an exception)
      'do-not/dont/not want/wanna my/this/me life ... anymore/any-more/no-more/now',
      // round 29's second-person lines: "she's tired of living" ("sick of living out of a rucksack" is an everyday exception)
      'sick/tired/fed-up/done/weary ... of ... living/being-alive/existing/life/being-here',
      'give/giving up on ... life/living/myself/everything',
      'end/ending of the road/line for me',
      // "can't take one more day of this", "I've had it, can't go on"
      'can-not/could-not ... take/face/do/handle/survive/bear/stand/last/get-through/go-through/cope-with/live ... another/one-more ... day/night/week/minute/hour/second',
      'had it ... can-not/could-not ... take/go-on/cope/do/face/handle/carry-on/keep-going',
      // round 17: "gonna do something stupid" (a denial, "not gonna do owt daft", cancels only itself: builtInDenials)
      'going-to/gonna/might/will/could/about-to/scared-i-will/afraid-i-will/feel-like ... do/doing ... something/summat/owt/anything ... stupid/daft/silly/drastic',
      // a denial with more after it still counts: "I can't promise I won't hurt myself", "not going to kill myself, just think about it"
      'can-not/could-not/will-not promise/guarantee/swear/say ... not/never ... hurt/harm/kill/top/cut/end/off myself/meself',
      'can-not/could-not/will-not promise/guarantee/swear/say ... not/never ... take/end/taking/ending my/me own? life',
      // round 31's second-person lines: "no way would she do herself in, then said she can't promise she won't tonight"
      'can-not/could-not/will-not promise/guarantee/swear ... {me}/she/he/they will-not/would-not/not/never tonight',
      // round 55's second person: "told me mam id never hurt meself again but i dunno if i can stick to that"; "stopped cutting
      // years ago but ive started again this week"
      'never/not/would-not/wouldnt/will-not/wont ... hurt/harm/kill/top/cut/end ... myself/meself/it ... ... but ... dunno/do-not-know/not-sure/unsure/doubt ... if/whether/i/can ... ... stick/keep/manage/hold/do',
      'stopped/quit/gave-up/packed-in ... cutting/self-harming/harming/burning ... ... ... started/starting/back ... again/to-it',
      // round 55: "I told the crisis team I wouldn't do owt daft but I can't promise that" (it runs past the denial)
      'would-not/wouldnt/will-not/wont/not/never ... do ... owt/anything/something/summat/nothing/aught ... daft/stupid/silly/dumb/drastic ... but ... can-not/could-not/will-not ... promise/guarantee/swear',
      'kill/top/end/hurt/harm/cut/off myself/meself ... ... {me} think/thinking/thought about it',
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
    // using everything at once, meant to be the end: "gonna do the lot tonight, every bag I've got, properly this time"
    id: 'plan-to-use-everything',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'going-to/will/planning/plan/about-to/ready-to/tonight ... do/take/use/bang/neck/inject/smoke/snort/swallow/have ... {lots} ... {drugs}/bag/bags/stash/gear/of-it/i-have/i-have-got/i-got/left',
        '{lots} ... {drugs}/bag/bags/points/stash ... i-have/i-have-got/i-got/left/in-the-house',
        // round 20: the lot or everything, no drug named ("tonight's the night I'm gonna take the lot", "putting the lot in
        // one go", "taking everything he's got on friday")
        'going-to/gonna/will/ll/planning/plan/about-to/ready-to ... take/do/neck/swallow/bang/put/use/have/shoot-up/inject/drink ... the/whole? lot/everything',
        // round 23's second-person lines: "drinks his whole methadone bottle tonight", "havin the full bag in one hit"
        'drink/drinks/drinking/neck/necks/necking ... his/her/my/the whole/full/entire ... {pills}/bottle/script ... tonight/later/tomorrow',
        'having/havin/have/take/taking/doing/do ... the? full/whole bag/gram/lot ... in-one-go/in-one-hit/at-once',
        'take/taking/do/doing/neck/necking/swallow/swallowing/bang/banging/put/putting/use/using ... the/whole? lot/everything ... in-one-go/at-once/all-at-once/in-one-hit/in-one-shot/tonight',
        'take/taking/do/doing/neck/necking/swallow/swallowing/bang/banging/use/using everything {anyone}/i ... have/has/s/ve/got/left',
        // round 87: "gonna do one massive shot tonight"; the families' "one massive bag and thats me gone for good"
        'a/one/1 massive/huge/big/fat/giant/last ... shot/hit/bag/dig/line/dose/pipe',
      ],
      [
        'properly/proper/right this time', 'make sure ... this time', 'for good', 'not/never ... wake', 'end/finish it',
        'no coming back', 'get/getting it right',
        // round 87: "…and not come back from it"; the families' "not bothering to come round from it"
        'not/never ... come/coming ... back/round ... from ... it', 'not bothering/bother to come round/back', 'and never come/coming back/round',
        'tonight is/s the night', 'not/ay/aint/never/no-longer ... bothered/care/caring ... anymore/any-more/no-more', 'no point waking/wake/living/going-on',
        // round 55: "gonna take everything i've got tonight once the kids are at their dads" (alone, after the children are away)
        'once/when/after/while ... the? kids/children/bairns/weans/everyone/everybody ... are/is/s/have/has/go/gone ... at/with/asleep/in-bed/gone/out/away/to-bed/at-school/to-their/to-his/to-her/to-my/to-school',
        'had/have enough', 'done/finished with ... it-all/everything/life/all-of-it',
        'at least ... {me}/he/she/they/i/ill/hell/shell ... will-not/wont/would-not/wouldnt/not ... have to', 'no/not/never wakin/waking/wake up? ... for/fer ... me/him/her',
        'that is/s/will-be/ll-be me/him/her ... done/finished/gone', 'nobody/no-one/noone ... miss',
        // round 51: "gonna take everything ive got left tonight and thats it, no more" (not "…no more gear": stopping)
        'that/thats/that-is/that-s it ... no more/mair/nomore !=gear/=drugs/=using/=drink/=drinking/=booze/=smack/=crack/=pills/=after/=for/=of',
      ],
    ],
  },
  {
    // round 17: a method place and how easy it would be ("stood on the platform at piccadilly watching the fast trains
    // come through thinking how easy it would be"), however long the message around it
    id: 'method-place-thoughts',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'platform/platforms/train/trains/tracks/railway/{drop}/{water}/edge/ledge/motorway/lorries/lorry/traffic/cliff/cliffs/pier/railings/rope/drop',
        // round 91's second families: "stood on the footbridge over the dual carriageway", "the level crossing"
        'footbridge/flyover/dual-carriageway/carriageway/overpass/bypass/level-crossing/crossing',
      ],
      [
        'how easy/quick/simple ... it/itd ... would/could/will/be ... be?', 'how easy/quick/simple ... to ... step/jump/walk/lean/fall/go/end/let-go',
        'one/1 step ... and/off/over/is-all/that-is-all/thats-all/would-do-it/would-be-it', 'would-not/will-not/wouldnt ... take ... much', 'all it would take',
        'just lean/step/let-go ... forward/off/out/over', 'easy way out',
        // round 91's families: "googling the tallest bridges near us and says it would be easier for everyone if she jumped"
        'easier/better for everyone/everybody/all/us ... if ... {me}/i/she/he/they ... jumped/jump/went/was-gone/were-gone/wasnt-here/died',
        // the second families: "wondering how long it would take to hit the road", "says it would be quick", "thinks about
        // letting go of the railing"
        'how long ... it? ... would/will/d ... take ... to ... hit/reach/land', 'it/that/itd would/will/d? be quick/painless/instant',
        'letting/let go ... of ... the/a? railing/railings/rail/edge/ledge/barrier',
        'googling/googled/searching/searched/looking-up/looked-up/researching ... tallest/highest/biggest/deepest ... bridges/bridge/buildings/building/cliffs/cliff/car-parks/car-park/drops',
      ],
    ],
  },
  {
    // round 17: a height asked about, then "just curious" (often a sentence of its own: "how high is the tyne bridge? just curious")
    id: 'height-curious',
    kind: 'suicide',
    now: false,
    signs: [
      ['how high/tall/far-down/deep ... {drop}/cliff/cliffs/pier/gorge/drop'],
      ['just/only/purely curious', 'just wondering/asking', 'no reason', 'do-not ask', 'asking for a friend', 'random question'],
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
      // round 17: "wrote letters to both the bairns the night … dinnae want them thinking it was their fault"
      'writing/written/wrote/write/left/leaving ... notes/letters/note/letter ... to/for ... both/all/each/every/my/the/our/me ... {child}/{family}/bairns/weans/boys/girls/lads/lasses',
      'giving/given/give ... my ... stuff/things/belongings/possessions/dog/cat ... away',
      // round 57's families: "gave me his xbox and his dog and said tell my mum im sorry for everything"
      'gave/given/giving/gives/give ... me/us/her/him/away ... his/her/their/my/all? ... xbox/playstation/ps5/ps4/dog/cat/telly/tv/stuff/things/belongings/phone/jacket/ring/watch/guitar/bike/games/possessions ... ... ... ... sorry/goodbye/bye/love/look-after',
      'will-not/never hear from me again',
      // round 29: "this is the last night you'll hear from me"
      'last night/time/message/day/text ... you/youll/anyone/anybody/yous/you-will/ye/yell/ye-will ... hear/see ... from/of/fae ... me',
      'will-not/wont/never/not ... hear/see ... from/of/fae ... me/him/her/them ... after/past/again ... tonight/today/this',
      'last message/text/post/words from/fae me', 'this/that is/s the last ... you/youll/ye/yell/yous/anyone/anybody ... will? ... hear/see ... from/of/fae ... me',
      // round 18: "if anything happens tell our Jade I love her" (a trip or a boiler after it is an everyday exception)
      'if anything/owt/anythin/summat/something happens/happened ... ... tell ... ... love/loved',
      // round 19: "if anyone reads this tell my daughter i loved her and im sorry"
      'if anyone/anybody/someone/somebody/any1 reads/finds/sees/gets ... this ... tell ... ... love/loved/sorry',
      // round 46: "dont worry about me after tonight"; "efter the night ye'll no need tae worry aboot me"
      'do-not/dont/no-need-to/wont-need-to/will-not-need-to/not-need-to/never-need-to ... worry/fret ... about/over/bout ... me ... after/past/from/beyond tonight/today/the-night/this-weekend',
      'after/past tonight/the-night ... ... ... no/not/never/wont/will-not/no-longer ... need/have/got ... to? worry/fret ... about/bout/over me',
    ],
    // a goodbye-like message, then nobody can reach them: "texted sorry for everything, now his phone is off"
    signs: [
      [
        'sorry/apologise/apologised/apologising/apologizing/apologies for/about everything',
        // round 53: "im sorry for the mess ive made of everything"; its second person's "hes sorry he was a rubbish dad"
        'sorry ... for/about ... the? mess ... ... of? everything/it-all/my-life/his-life/her-life',
        'sorry ... {me}/i/he/she ... was/were/been/am/is ... a/such-a? rubbish/shit/crap/useless/bad/terrible/lousy/awful dad/mum/mam/son/daughter/father/mother/husband/wife/partner/brother/sister/mate/friend',
        // round 54: "this is my last nite ive sorted every thing out and rote the letters"
        'this/tonight/today/todays/tonights is/s my last night/nite/day !at/of/before/for/in/on/off/to/until/till/here/there/with',
        'today/tonight/this/the-day/todays/tonights is/s? the last day/night !at/of/before/for/in/on/off/to/until/till',
        // round 49: "this'll be his last pick up, he won't need it after the weekend"
        'last pick-up/pickup/collection/script', 'will-not/wont/not/never ... need/needing ... ... after/past/beyond ... the-weekend/tonight/today/friday/saturday/sunday/tomorrow/this-week',
        // (round 80's families: "belongings go to his daughter 'after I've gone'")
        'when/after {me}/i have/ve gone !to/out/away/for/on/shopping/home/back/in/up/down/off/over/round',
        'when/after {me}/im/i am/m gone !to/out/away/for/on/shopping/home/back/in/up/down/off/over/round', 'said/done/made/saying my/me goodbyes',
        // (people looked after: round 49, "look after your mam for me"; a pet or the kids are an arrangement, below)
        'look/looking/take/taking ... after/care-of ... your/my/me/his/her? mum/mam/ma/dad/da/nan/gran/everyone/each-other ... for me/us',
        // round 18: a message of love left with someone, "if anything happens" (with an arrangement below, a goodbye)
        'tell ... ... i? love/loved her/him/them/you/everyone', 'if anything/owt/anythin/summat happens', 'love/loved yous/you/ya all/everyone/everybody',
        // round 32: "Whoever reads this, Bobby goes to our Shaz. Tell me mam I'm sorry for everything x"
        'whoever/whoeva/who-ever/to-whoever reads/finds/read/find/gets/sees this',
        // round 20: "if owt goes wrong tonight", "should anything happen", "if I'm not here tomorrow", "tell our mam it wasn't
        // her fault", "let my boys know I'm sorry", "sorry for being such a let down"
        'if anything/owt/anythin/summat/something goes/went wrong', 'should anything/owt/something happen',
        'if/when/once {me} am/is/are/m/s not/no-longer ... here/around/about ... tomorrow/in-the-morning/by-morning/next-week/anymore',
        'tell/let ... ... it was-not/wasnt/is-not/isnt/aint ... her/his/their/your/anyones fault', 'let/tell ... know ... sorry/love/loved',
        // round 21: "tell her none of it was her fault"
        'none ... of? ... it/this/that ... was/is/were ... her/his/their/your/anyones fault',
        'tell/let ... ... it/this was-not/wasnt/is-not/isnt/aint ... down-to/on/because-of ... her/him/them/you/anyone',
        'tell/let ... ... {anyone}/she/he/they ... did/done nothing/nowt wrong', 'not/nothing ... to blame', 'not/never ... blame/blaming ... herself/himself/themselves/yourself',
        'could-not/couldnt/cant/can-not ... have? stopped/prevented/saved ... this/it/me', 'nobodys/nobody/no-ones/no-one/noones fault/to-blame',
        'sorry ... for ... being ... a/such-a? let-down/letdown/burden/disappointment/failure/waste/useless/shit/crap',
        // round 22: "told her I love her. she doesn't know why"; "thank you for your help and goodbye"
        'does-not/doesnt/dont/do-not/didnt/did-not know why', 'say/saying/said/wanted-to-say/want-to-say ... goodbye',
        'thank/thanks ... for ... ... help/everything ... and? goodbye/bye',
        // round 22's second-person lines
        'thanks/thank/thankyou ... ... ... goodbye/bye/bye-for-good', 'bye/goodbye for good/forever/ever', 'this is/s my last message/text/post/words/goodbye', 'my last message/text',
        'has-not/hasnt/have-not/havent/not ... got a? clue', 'looked/looking ... at me ... funny/weird/strange/odd', 'asking/asked ... what is/s ... going on',
        'told/telling/said ... {anyone} ... been ... a/such-a? good/proper-good/great/best/amazing ... mate/friend/mum/mam/sister/brother/dad/son/daughter',
        'message/text/letter/card ... saying/telling ... how-much? ... love/loves/loved', 'say/said/saying ... i? love/loved her/him/them/you',
        'thanks/thank/said-thanks/ta/cheers for everything',
        // round 23: "tell her she was the best bit of me"
        'best bit/thing/part/bits of me/my-life', 'sorry for/about all of? it/this',
        // after round 25: "sorry for all the grief I've caused x"
        'sorry for/about all the/my? grief/trouble/hassle/pain/hurt/stress/worry/heartache/aggro/bother ... {me}/i? have/ve/caused/put/given',
        'best mam/mum/mom/dad/sister/brother/mate/friend/son/daughter ... in the world/ever', 'made ... my/her/his life worth ... it/living',
        'always/allus/alwus ... my/me ... favourite person',
        // round 28's second-person lines: "tell him he was the best mate i ever had. goodbye"
        'best/greatest ... mate/friend/pal/mum/mam/dad/brother/sister/son/daughter/fella/wife/husband ... {me}/i? ever/ever-had/ever-met/ever-knew', 'goodbye/goodbyes/farewell/ta-ra/tara/tarra/ta-ta/cheerio', 'tell/told ... him/her/them/my/me/our/mam/mum/ma/dad/da/nan/gran/{family} ... ... sorry',
      ],
      // round 18: who gets what ("the dog goes to my sister", "my sister can have my ring", "my xbox to jordan")
      [
        'the/my/me dog/dogs/cat/cats/xbox/ps5/playstation/telly/tv/stuff/things/ring/rings/jewellery/watch/car/bike/money/savings/clothes/phone/ashes ... goes/go/going/should-go/to-go ... to',
        // round 80's families: "asked staff to ensure his belongings go to his daughter 'after I've gone'"
        'his/her/their/my/me belongings/possessions ... goes/go/going/should-go/to-go ... to',
        // a pet by name to someone by name (round 32: "Bobby goes to our Shaz")
        'goes/should-go/to-go to our/me/his/her/their',
        // round 32's second-person lines: "whoever reads this, Jonno gets the PS5", "his staffie goes to his sister"
        'gets/get/can-have/is-having/should-have/can-keep the/my/me/his/her ps5/ps4/xbox/playstation/telly/tv/dog/cat/ring/bike/car/guitar/records/watch/staffie/staffy/lurcher/jewellery',
        'his/her/their/my/me/the staffie/staffy/staffies/lurcher/dog/dogs/cat/cats/pup/puppy ... goes/go/going/should-go/to-go ... to',
        // (not "will" or "to": "they wont let me go out, took my phone" is not who gets the phone, round 30's second-person lines)
        // (not "they've took my phone off me", round 43: a bequest, not a theft)
        'can/gets/get/getting/having/should/have/has/keep/keeps !took/taken/nicked/grabbed ... my/me ... ring/dog/cat/xbox/stuff/things/jewellery/watch/car/bike/money/savings/clothes/phone/telly/tv/tools/records/ps5/ps4/playstation/speaker/guitar',
        // round 28's second-person lines: a key left, money left on the side, who is having the dog by name
        'key/keys ... under/in/behind/with/through ... the/my/me? mat/plant/pot/doormat/neighbour/neighbours/letterbox/door',
        // round 80's families: "his flat keys are for his brother now and thanks for everything, goodbye mate"
        'keys/key/flat-keys/car-keys ... are/is/s/go/goes ... for/to ... his/her/my/their/me/our ... {family}/brother/sister/mum/mam/dad/son/daughter/kids/mate/lad',
        'sorted/sorting ... every-thing/everything/it-all ... out', '=wrote/=written/=finished ... the/my/some/his/her/me? =letters/=notes/goodbye-letters/goodbye-notes',
        'can/gets/get/getting/having/should/have/has/keep ... his/her ... watch/van/car/ring/tools/bike/phone/telly/dog/records/guitar', 'left/leaving ... money/cash/the-rent/rent ... for ... the? vet/rent/funeral/kids/dog/bills/her/him/them',
        'sorted/arranged/sorting/arranging ... who ... is/s? having/has/gets/takes/taking/keeps/keeping',
        'who ... gets/get/should-have/can-have ... my',
        // round 21: "sorted who's having the dog"
        'who ... is/s? having/has/gets/takes/taking/getting/keeps/keeping ... the/my/me dog/dogs/cat/cats/kids/stuff/things/xbox/ring',
        'giving/given/give/gave/handing/handed ... away/out ... my/all/everything', 'giving/given/give/gave/handing/handed ... all/everything ... away/out',
        'handing/handed/giving/gave ... all? ... his/her/my stuff/things ... out/away', 'given/gave/giving ... her/his/my ... dog/cat/jewellery/ring/bike/phone/watch ... to',
        'leave/leaving ... the/my/me? telly/records/xbox/ps5/tools/bike/watch/ring/phone/dog/cat/car/money/savings/jewellery/guitar ... to',
        'want/wants/wanted ... {anyone} ... to have/get/keep ... my/me', 'arranged/sorted/asked ... for ... to ... take/have/look-after ... the/my? dog/dogs/cat/cats/kids',
        // round 22: "sorted the staffy with my sister today"
        'sorted/arranged/organised/sorting ... the/my/me? dog/dogs/staffy/cat/cats/pets/kids/bairns ... with/to ... my/me/our/the? {family}/neighbour/mate',
        'having/has/taking/take/keeping/keep/have ... the/my? {child}/little-one/little-un/kids/dog/dogs/cat/cats/lurcher/staffy/budgie/rabbit/pets ... for-good/permanently/for-ever/forever',
        'arranged/sorted/asked ... for ... to ... keep ... the/my? dog/dogs/cat/cats/lurcher/staffy/budgie/rabbit/pets/kids',
        'kids/children/{child}/dog/cat ... are/is/s ... sorted ... with ... their/my/our/the? dad/mum/mam/nan/gran/sister/brother/aunt/auntie',
        'dog/dogs/cat/cats/lurcher/staffy/budgie/rabbit/hamster/fish/pets ... is/are/s ... going/goes/to-go ... to', 'found ... a? new? home ... for ... the/my? dog/dogs/cat/cats/lurcher/staffy/budgie/rabbit/hamster/pets',
        'bank details/cards/passwords/pin ... in/for ... envelope/drawer/folder/my/her/his', 'instructions/plans/wishes/songs/music ... for ... the/my? funeral',
        'done/written/made/sorted/signed ... my/his/her ... will', '{family}/nephew/niece ... gets/get/has/can-have ... the/my/his/her? dog/cat/ring/watch/car',
        // affairs put in order: rent paid up, direct debits cancelled, keys left, the will (the document: after round 25,
        // "he won't answer, he's got his headset on" read "will … is … on")
        'paid/paying/cleared/clearing ... rent/bills/debts/debt/fines ... up/off/ahead/in-advance', 'cancelled/cancelling/cancel ... direct-debits/debits/phone-contract/subscriptions',
        // round 48: debts paid so nobody chases the family
        'paid/paying/cleared/clearing off/up ... the/my/me/his/her/all ... catalogue/gas/electric/debts/rent/bills/fines/loans/loan/tab/arrears/tick',
        'so/then nobody/no-one/noone/nobodys ... ... chasing/chases/chase/has-to-pay/ends-up-paying/left-paying ... my/me/our/his/her/their ... {family}/family/kids',
        'so/then they/nobody/no-one ... can-not/cant/wont/will-not ... come/go ... after ... my/me/our ... {family}/family/kids',
        'debts/debt/bills/rent/arrears/catalogue/loans/loan ... paid/cleared/sorted ... so/then',
        'cleared/clearing/paid/paying ... the/my/me/all/his/her ... arrears/debts/catalogue/loans/loan/council-tax ... so/then/and',
        // (moved here from the goodbye group in round 47: "look after the dog for us yeah n tell me mam im sorry")
        'look/looking/take/taking ... after/care-of ... kids/children/{child}/dog/cat/dogs/cats/pets ... for me/us',
        // round 49: "my dad gave me his watch and his bank pin tonight"
        'gave/given/giving/handed/hands ... ... his/her/their/my ... watch/ring/pin/bank-pin/bank-card/passwords/wallet/keys/phone',
        'gave/giving/given/handing/handed/hands ... his/her/their/my ... ... away/out',
        'left/leaving/gave/giving/handed ... his/her/my/me/the ... keys/key ... with/to', 'my/me/the will ... is/s ... in/at/with/on/sorted', 'will/wills in/at/with/on the? folder/drawer/envelope/cupboard/box/safe/sorted', 'my/me/the will ... is/s ... done/written/made/signed', 'affairs in order',
        'my xbox/ps5/playstation/ring/watch/bike/phone/jewellery to',
        // round 20: "make sure our Kelly has the dog"
        'make sure ... ... has/gets/takes/keeps/have/get/take/keep ... the/my/me? dog/dogs/cat/cats/stuff/things/money/ring/ashes/savings/xbox/kids/tools',
        // after round 25: "make sure Bruno goes to our Shelley" (a name after "our" is family)
        'make sure ... ... goes/go/gets-to/ends-up to/with our/my/me',
        // round 66: "make sure Bonnie goes to your aunty's"; the families' "look after the cat", "sent me his bank pin", "the
        // xbox is for his little brother"
        'make sure ... ... goes/go/gets-to/ends-up to/with your/his/her/their ... =aunty/=auntys/=auntie/=aunties/=nan/=nans/=gran/=grans/=sister/=sisters/=brother/=brothers/=mum/=mums/=mam/=mams/=dad/=dads/=uncle/=uncles/=cousin',
        'look/looking/take/taking after/care-of the/my/me/our/his/her/their? cat/dog/cats/dogs/kids/bairns/fish/rabbit',
        'sent/send/sends/given/gave/give/texted ... me/us/her/him ... his/her/my/their/me ... bank? pin/pin-number/passwords/password/bank-details/card-details',
        'the/my/his/her/me? xbox/ps5/playstation/phone/bike/telly/tv/guitar/ring/watch ... is/s/goes for/to ... his/her/my/me/our ... little? brother/sister/son/daughter/nephew/niece/mate',
        // round 28: "make sure Shell gets Bruno"
        'make sure ... ... gets/has/keeps/takes/looks-after',
        // (not "leave": round 46, "wont let me leave his flat and took my phone" is not a bequest)
        'give/giving/gave ... ... the/my/me ps5/xbox/playstation/ring/watch/bike/phone/jewellery/tools/dog/cat/car/money/savings/telly/tv/records/guitar/speaker',
        // round 45: "Rocky goes to my sister" (a person: "goes to my sister's" is a visit)
        'goes/go/should-go/to-go/gone/going/is-going to/tae my/me/ma/our =sister/=brother/=sis/=bro/=mum/=mam/=ma/=nan/=gran/=nana/=auntie/=aunt/=aunty/=uncle/=cousin/=neighbour/=dad/=da/=son/=daughter/=mate', 'sorted/sorting/done ... all? ... my/me ... paperwork/papers/affairs/bills',
        'kids/children/{child}/dog/cat ... should/will/can/to/must ... go/live/stay ... to/with ... their/my/our/me/his/her? nan/gran/granny/dad/mum/mam/sister/brother/aunt/auntie/uncle',
        'my/me bank/will/papers/passwords/pin/insurance ... ... is/are/s ... in/under/with/on', 'where ... the/my? will/papers/bank-stuff/passwords/insurance ... is/are',
      ],
      // a love said in the past tense, passed on (round 45: "make sure my little girl knows her dad loved her")
      ['tell/tells/telling/let/lets/know/knows ... ... ... =loved/=luved her/him/them/you/yous/everyone/everybody/ye'],
      // a letter left for someone: round 20, "I've written them letters and told my sister to look after them if anything
      // happens"; round 21, "sorted who's having the dog and left a letter on the side for our Jade"
      [
        'written/wrote/writing/write/left/leaving ... them/him/her/everyone/each-of-them/all-of-them/each/all ... a? letter/letters/note/notes',
        'left/leaving/written/wrote/writing ... a/the/some? letter/letters/note/notes ... for/to/with ... our/my/me/the/each/all/both/everyone/him/her/them',
        'posted/sent/gave/handed/put/pushed ... me/him/her/them ... a? letter/note/card ... not/till/until/when/after/saying',
        'not/never to open ... it? till/until/unless', 'note/notes/letter/letters ... ... for whoever/anyone/whoever-finds', 'whoever finds ... it/this/me',
        'put/posted/pushed/slipped ... a? card/letter/note ... through ... door/letterbox',
        // round 46: "ive written my letters and theyre on the table"
        'written/wrote/writ/done/finished ... my/me/all-my/the/all-the ... letters/notes/goodbyes',
        'letters/notes/letter/note ... are/is/s/re/left/sitting/waiting ... on/in/under ... the/my ... table/mantelpiece/mantlepiece/mantel/side/bed/pillow/kitchen-table/drawer/worktop/sideboard/fireplace',
      ],
      [
        // (not "took my phone off me": round 46)
        'phone/mobile ... dead/switched-off/voicemail/not-on', 'phone/mobile ... off !me/us/her/him/them/of/ya/yer/you/from/my', 'can-not/could-not ... get-hold/get-through/reach/contact/find/get-him/get-her/get-them',
        'not/never ... answering/picking-up/replying/responding/answer/pick-up/reply/respond', 'no answer/reply/response', 'gone missing',
        'nobody/no-one/noone ... knows/know where', 'nobody/no-one/noone/none-of-us ... can/could ... get-hold/get-through/reach/contact/find',
      ],
    ],
  },
  {
    id: 'self-harm',
    kind: 'suicide',
    now: false,
    phrases: [
      'self-harm/selfharm/self-harming/self-injury/self-hurt/self-injure',
      // round 86's families, a note: "SU has hx of cutting"
      // (not dated: "hx of DSH aged 14, now 38, nil since")
      'hx/history of =cutting/=burning/=cuts/dsh !corners/back/down/costs/class/classes/hair/grass/wood/people/ties/lines/in/aged/age/as/when/approx/from/during/since/#',
      // round 48: "ended up taking it out on my arms with a razor in the bathroom"
      'taking/took/take/taken/takes it out on my/me/his/her own? arms/arm/legs/leg/wrists/wrist/skin/thighs/body/stomach',
      'cut/cutting/slashed/sliced my/me own? arms/arm/wrists/wrist/legs/thighs ... again/last-night/tonight/this-morning/today',
      'showed/show/shown ... me/us ... fresh/new/deep ... cuts/cut/burns/marks',
      'cut/cutting/slashed/slashing/sliced/slicing her/his/my/their/me own? forearms/forearm/arms/arm/wrists/wrist/legs/leg/thighs/thigh/stomach ... with ... a? razor/blade/razor-blade/knife/glass/scissors/compass/sharpener',
      'cut/cutting/burn/burning/burnt/burned/hurt/hurting/harm/harming/punch/punching/scratch/scratching/stab/stabbing/bite/biting ... myself/himself/herself/themselves/meself',
      // round 42: "keep hitting myself in the head with my fists when im coming down" (not "banging": "keep banging my head
      // against a brick wall with housing")
      'keep/keeps/kept/been/started/start ... hitting/punching/smacking/slapping/headbutting ... myself/meself/herself/himself/my-head/me-head/my-face',
      // round 42's second-person lines: "smashing my own head off the wall on purpose", "bangs his head against the wall
      // until it bleeds", Scots "batterin ma ain heid aff the wall"
      'banging/bangs/banged/bang/hitting/hits/smashing/smashes/smashed/battering/batterin/batters ... my/me/his/her/their/ma ... own/ain ... head/heid/face ... off/against/on/into/aff',
      'banging/bangs/banged/bang/hitting/hits/smashing/smashes/smashed/battering/batterin ... my/me/his/her/their/ma ... head/heid/face ... off/against/on/into/aff ... the? wall/walls/floor/door ... on-purpose/deliberately/till/until/again',
      'deliberately/on-purpose ... bangs/banging/banged/hits/hitting/smashes/smashing ... my/me/his/her/their ... head/heid/face',
      // round 37's second-person lines: "been hitting myself in the face on purpose again"
      'hitting/hit/slapping/slapped/smacking/smacked/headbutting/headbutted/banging/banged ... myself/meself/herself/himself/my-head/me-head ... ... on-purpose/deliberately/till/until/again/bruise/bruises/bruised/bleeding/bled',
      'cut/cutting/slice/slicing/carve/carving/scratch/scratching/scratched/burn/burning/slash/slashing ... my/his/her ... arms/arm/legs/leg/thighs/wrist/wrists/skin/stomach',
      'razor/blade/blades/knife ... my/his/her ... arms/arm/legs/leg/thighs/wrist/wrists/skin',
      // round 19: "burnt my arm with a lighter on purpose" (not "burnt my arm on the oven": an accident)
      'burnt/burned/burning/burn ... my/his/her/me ... arms/arm/legs/leg/thighs/thigh/wrist/wrists/skin ... with ... a/the/me/my/his/her? lighter/lighters/cigarette/fag/fags/hot-knife/lit-cigarette',
      // exact forms: "been reading about harm reduction" is not harming
      'started/start/been/keep ... =cutting/=harming',
      // "cutting again, deeper this time"
      'cutting/cut/slashing/slashed/slicing/sliced/harming/harmed again',
      // round 17 (after): "used to cut when i was 14, started again last month" (long past, and back)
      'used-to/use-to =cut/=harm/=burn/=self-harm ... ... started/starting/doing/at/back/been ... it? again/lately/recently',
      // after round 25: "used to cut back in 2015 and its creeping back, did it again last night"
      'used-to/use-to =cut/=harm/=burn/=self-harm ... ... ... creeping/crept/coming/came/sneaking back',
      'used-to/use-to =cut/=harm/=burn/=self-harm ... ... ... did/done/doing it/that again',
      // round 86: "i used to cut, and my daughter's just been placed with my mum" (the Decisions: "I used to self harm"
      // alone counts); cutting hair, class, corners, costs or gear is not the person, and "when I was at school" dates it
      '{me}/she/he/they used-to/use-to =cut !when/as/aged/age/till/until/before/years/back/growing/during/while/whilst/a/an/the/it/them/down/back/out/off/up/in/into/through/across/with/for/from/my/his/her/their/your/our/me/him/us/hair/grass/hedges/lawns/class/classes/school/lessons/corners/costs/wood/people/ties/lines/keys/meat/cards/deals/deal/gear/coke/crack/speed/weed/stuff/bits/wraps/bags/short/loose/free',
      'cut/cutting/cuts/slash/slashing/slashed/slice/slicing ... deeper/too-deep/to-the-bone',
      // round 16: "did my arms again last night with a blade" (not legs: "did my legs with a razor" is shaving)
      'did/done/doing/do ... my/me/his/her ... arms/arm/wrists/wrist/thighs/thigh/stomach/belly ... with ... a/the/me/my/his/her/some? blade/blades/razor-blade/knife/glass/sharpener/stanley/scalpel',
      // "stubbing me fags out on the back of me hand" (a cigarette put out on a thing is an everyday exception)
      'stub/stubbed/stubbing/stubs/put/putting/puts ... fag/fags/cig/cigs/cigarette/cigarettes/rollie/rollies/spliff/joint/tab/tabs ... out ... on ... my/me/his/her/the-back-of-me/the-back-of-my ... hand/hands/arm/arms/leg/legs/wrist/wrists/skin/thigh/thighs/chest/stomach/belly',
      'stub/stubbed/stubbing/stubs/put/putting/puts ... fag/fags/cig/cigs/cigarette/cigarettes/rollie/rollies/tab/tabs ... out ... on myself/meself/himself/herself/me',
    ],
  },
];
