import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 61 and 62 (test/nlp/crisis/README.md, "Fixed after rounds 61 and
 * 62"): round 62 was written by people whose first language is not English. nlp/crisisBuiltIn.ts puts them after their
 * kind's own patterns and the rounds before.
 */

/** Overdose patterns from rounds 61 and 62. */
export const overdosePatternsAfterRound61: BuiltInPattern[] = [
  {
    // Pills taken, told in a second language's present tense, with what is happening now (round 62: "I swallow all my
    // tablets from the doctor, all the box … what happen now"; "she take 40 paracetamol this morning … now she start
    // vomiting"). The patterns trust only past forms for an overdose now, so "I take all my tablets like the doctor says"
    // is everyday; here the second sign says it has happened.
    id: 'taken-told-in-present',
    kind: 'overdose',
    now: true,
    signs: [
      [
        '{me}/i/she/he/they/my/her/his ... swallow/swallows/take/takes/drink/drinks/eat/eats/neck ... all/whole/many/{lots}/the-box/the-bottle/the-packet/everything/evrything/a-lot/lot/lots/loads ... ... {pills}/tablets/paracetamol/pills/box/packet/bottle/pill/ibuprofen/aspirin/painkillers/co-codamol',
        // round 62's families: a note's "taking approx 32 x paracetamol 500mg at 07:00"
        'taking/took/taken/ingested/ingesting/swallowed/consumed ... approx/approximately/about/around/circa/{lots}/many ... ... ... paracetamol/{pills}/tablets/pills',
      ],
      [
        'what/wat ... happen/happens/will-happen/i-do/to-do/must-do/i-must-do ... now', 'what/wat now/next',
        'now ... she/he/i/they/c-o ... start/starts/begin/begins/is/feel/feels/become/complaining? ... vomiting/vomit/vomits/sick/sleepy/dizzy/drowsy/confused/shaking/sleeping/strange/nausea',
        'say/says/said ... he/she/i ... want/wants ... to? end/die/finish/stop/sleep-forever',
        // the second person: "all her pills at once one hour ago", "together", "now I am throwing up", "he is yellow"
        // (not "at once" or "in one go": "gonna neck the whole box … later" is a plan, `suicide`)
        'one/an/#/half/a-couple/couple ... hour/hours/minutes/mins/minute ... ago', 'what/wat i/we do/must-do/should-do',
        'now ... she/he/i/they ... am/is/are? ... throwing-up/sweating/yellow/vomit/vomits/vomiting/sleepy',
        'he/she/i ... is/are/am ... yellow', '{me}/i ... want/wanted ... to? stop/end/finish ... all/everything/it/this/my-life',
      ],
    ],
  },
  {
    // A whole supply swallowed, in a note (round 62's families: "states he has ingested his full 28 day supply of
    // pregabalin with intention to end his life, approx 10 min ago"): the Decisions' intentional overdose is `overdose`.
    id: 'supply-ingested',
    kind: 'overdose',
    now: true,
    phrases: [
      // (past forms: "gonna neck the whole box later" is a plan)
      'ingested/has-ingested/=swallowed/=taken/=necked/=consumed/=drunk/=drank ... his/her/their/my/a/the? full/whole/entire/all/# ... ... ... supply/script/prescription/box/packet/bottle/week/weeks/month/fortnight',
    ],
  },
  {
    // Everything taken and the person will not say what (round 61: "she's slurring, says she's taken 'all of them' and
    // won't tell me what"; the families' "keeps sayin he necked the lot, wont say wat it was").
    id: 'taken-all-wont-say',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'taken/took/necked/swallowed/had/done/downed ... all/the-lot/everything/all-of-them/the-whole-lot/the-whole-packet/the-whole-box',
        'emptied/emptying/emptied-out ... both/all/the/her/his/my ... blister/packs/packets/boxes/bottles/box/bottle',
        // round 94: "my partner's just necked a load of pills and she's not making sense"; its families' "emptied the whole
        // paracetamol packet into her"
        '=necked/=taken/=took/=swallowed/=downed ... a? load/loads/lot/lots/handful/fistful/bunch/pile ... of ... pills/tablets/{pills}',
        'ingested/ingesting/swallowed/taken/took ... approx/about/around/over/like ... # ... x? ... {pills}/diazepam/tablets/pills',
      ],
      [
        'wont/will-not/wouldnt/would-not/refuses/refusing/not ... say/tell ... ... what/wat/which/how-many/how-much/where', 'slurring/slurred/not-making-sense', 'barely/not ... making ... sense',
        'saying/talking/says ... weird/strange/nonsense/rubbish/gibberish/odd ... stuff/things?',
        // the second families: "im feeling proper weird", "now confused and drowsy"
        'feeling/feel/feels ... proper/really/well/dead/so? weird/strange/funny/odd/wrong', 'confused and drowsy', 'drowsy and confused',
      ],
    ],
  },
  {
    // Locked in and nobody answering, said in a second language (round 62: "the man is locked inside, we knock 20 minutes,
    // nobody answer, we can see his feet on the floor under the door"). A reason for the silence explains it away
    // (builtInReasonsGiven reads the same id).
    id: 'collapsed-behind-door',
    kind: 'overdose',
    now: true,
    signs: [
      [
        // (someone else locked in: "I'm locked in the bathroom and she's banging on the door" is a person hiding)
        'see/seen/saw/can-see ... his/her/their/them/him ... feet/legs/foot/leg/body/arm ... ... through/under/in/at/past ... gap/door', 'locked/lock inside',
        '{other}/he/she/they/man/husband/wife/son/daughter is/s/has-been/been/was closed/locked ... in ... the/his/her ... room/bathroom/toilet/shower/shower-room',
        'door ... blocked/barricaded/jammed ... with ... something', 'locked since',
      ],
      [
        'call/called/calling/shout/shouted ... his/her ... name ... ... nothing/silence/no-answer', 'only/just ... silence', 'bang/banged/banging/knock/knocked/knocking ... the? door',
        'nobody/no-one/noone/nobodys/no-body ... answer/answers/answering/respond/responds/responding/reply/opens/open/comes',
        'knock/knocked/knocking/bang/banged/banging ... # ... minutes/mins/min/hour/hours/ages',
      ],
    ],
  },
];

/** Medical patterns from rounds 61 and 62. */
export const medicalPatternsAfterRound61: BuiltInPattern[] = [
  {
    // Breathless and awake (the Decisions: "he can't breathe, he's wheezing and going pale" is `medical`; round 61: "he's
    // wide awake but wheezing and can't get his breath, going grey, no he hasn't taken owt"). It explains a colour gone
    // grey (crisisBuiltIn.ts, explainedByMedical); slow breathing, blue lips or not waking are other overdose signs.
    id: 'awake-and-breathless',
    kind: 'medical',
    now: true,
    // its "hasn't taken anything" is also the everyday phrase that stops "had … nothing" reading as something taken
    readsThroughIdioms: true,
    signs: [
      [
        'wide? awake', 'conscious', 'alert', 'talking/speaking but', 'sat/sitting up', 'looking at me/us', 'wide-eyed/wide eyed', 'fully with it',
        // round 65: "he hasn't taken anything, he just legged it from the police" (the Decisions: awake, breathless and
        // nothing taken); the families' "not took owt", "denies drug use today"
        'has-not/have-not/hasnt/havent/did-not/didnt/not/never ... taken/took/had/used/done/touched ... anything/owt/nowt/nothing/a-thing/any-drugs/drugs',
        'denies/denied/denying ... drug/drugs/any ... use/using/taken', 'nothing taken/used',
        // (round 66's families: "states nil taken today", "nil illicit use today")
        'nil/none/nothing ... taken/used/illicit/drugs/use', 'nil illicit',
        // (round 71: "says she's taken nothing"; the families' "he doesnt take anything")
        'taken/took/had/used nothing/nowt', 'does-not/do-not/doesnt/dont/never ... take/use/touch ... anything/owt/drugs/nothing',
      ],
      [
        'wheezing/wheezy/wheeze', 'can-not/could-not/struggling/struggle ... to? get/catch ... his/her/my/their/me? breath',
        'gasping', 'short of breath', 'asthma/inhaler/inhalers', 'every breath', 'can-not/could-not/cant ... get ... enough? ... air/breath', 'whistling/whistle/whistles',
        'fighting/struggling ... for ... every? breath/air', 'can-not/could-not/cant ... finish ... a? sentence',
        'unable/can-not/could-not ... to? complete/finish ... sentences/sentence', 'struggling/struggle ... to ... breathe', 'c-o/co sob', 'sob ... wheeze/wheezing/wheezy',
      ],
    ],
  },
  {
    // Chest pain with the arm or jaw, or after a stimulant, in a second language (round 62: "my heart is hurting very
    // strong in the middle of the chest since I take the coke, and my left arm is like electric").
    id: 'chest-pain',
    kind: 'medical',
    now: true,
    signs: [
      [
        'heart/hart/chest ... hurt/hurts/hurting/pain/pains/ache/aching/burning/tight/tightness/crushing/squeezing/pressure',
        'middle/centre/center ... of ... the/my? chest', 'hurt/hurts/hurting/pain/pains ... in ... the ... middle/centre',
        'heart/hart ... beat/beats/beating/racing/pounding/going ... crazy/fast/mad/mental/like-crazy',
      ],
      [
        'left? arm/hand ... ... left? ... electric/electricity/tingling/tingle/numb/dead/heavy/pins-and-needles/weak', 'arm/hand left', 'jaw/neck ... also/too/hurts/aching/pain/tingling',
        'coke/crack/cocaine/pipe/rock/speed/whizz/mdma/ket/pills',
      ],
    ],
  },
  {
    // Overheating with the sweat stopped, in a second language or a note (round 62: "after the festival pills my friend is
    // hot like fire, she not sweating anymore and she is talking nonsense"; the families' "temp very high to touch, dry
    // skin, disorientated").
    id: 'overheating',
    kind: 'medical',
    now: true,
    signs: [
      [
        'hot/burning/boiling/roasting ... like ... fire/oven/furnace/radiator/kettle', 'burning/boiling/roasting/very/really/so/too ... hot',
        'temp/temperature ... very/really/sky/high/through-the-roof', 'hot ... to ... the? touch', 'fever/temperature/temp ... of? 39/40/41/42', 'hot hot',
      ],
      [
        'not/no/stop/stopped/stops/isnt/is-not ... sweating/sweat', 'dry skin', 'skin ... dry', 'talking/saying/say/says ... nonsense/gibberish/strange/weird/rubbish',
        'disorientated/disoriented/incoherent/confused', 'dont/doesnt/do-not/does-not/not ... know ... her/his/their/own ... name',
        'dont/doesnt/do-not/does-not/not ... know ... where ... he/she/they ... is/are', 'he/she/they ... shake/shaking/shakes/shaked',
      ],
    ],
  },
];

/** Suicide patterns from rounds 61 and 62. */
export const suicidePatternsAfterRound61: BuiltInPattern[] = [
  {
    // At a height, with no way back but down (round 61: "stood on top of the multistorey looking down, don't think I'm
    // taking the stairs back"; the families' "she's only going down one way and it's not the lift", "won't be needing a
    // lift home" from the top of the cliffs).
    id: 'at-a-height-saying',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'top ... of? ... the/a? ... multistorey/multi-storey/car-park/carpark/cliff/cliffs/bridge/flats/building/tower/roof/block/headland/floor',
        'on/at/from/up ... the/a? ... roof/rooftop/ledge/edge/parapet/railings',
        'cliff/cliffs/roof/bridge/multistorey/car-park ... top/edge',
      ],
      [
        'not/wont/will-not/dont/do-not/never ... ... taking/take/need/needing/be-needing/using/use ... the/a? stairs/lift/steps/way/bus/train/taxi',
        'only ... one ... way ... down', 'going/coming/getting ... down ... one ... way', 'wont/will-not/not ... be? ... needing/need ... a? lift/ride/taxi ... home/back',
        'not/wont/will-not/never ... be? coming/come/getting/climbing/going ... down ... by/the/via ... steps/stairs/lift/ladder',
        'last ... view/sunset/time/thing ... ... ... see/seeing/ever', 'quickest/fastest/only/easiest ... way ... down',
      ],
    ],
  },
];

/** Harm patterns from rounds 61 and 62. */
export const harmPatternsAfterRound61: BuiltInPattern[] = [
  {
    // Hiding from violence in the home now (round 61: "partner's kicking off downstairs, throwing stuff, I'm locked in the
    // bathroom with the kids"; the families' "smashing the kitchen up … hiding in the bedroom with the door wedged shut").
    id: 'hiding-from-violence',
    kind: 'harm',
    now: true,
    signs: [
      [
        'kicking/kicked/kicks ... off', 'going/goes/gone/went ... off ... on ... one', 'raging/aggressive/violent/rampaging',
        'smashing/smashed/breaking/broke/throwing/threw/chucking/wrecking/trashing ... the? kitchen/things/stuff/furniture/plates/place/walls/doors ... up?',
        'punching/kicking/hitting ... walls/doors/the-walls/the-door',
      ],
      [
        // (the person and their own: "he's locked in his room … headset on raging at fifa" is a gamer)
        'locked/hiding/hidden/barricaded/barricade/shut ... myself/ourselves/herself/us/me ... in? ... the/my/a/our? bathroom/bedroom/room/toilet/loo',
        '{me}/im/i-am/we/were/we-are/she-is/shes ... locked/hiding/hidden/barricaded ... in ... the/my/a/our? bathroom/bedroom/room/toilet/loo',
        'door ... wedged/barricaded/blocked', 'pushed/put/moved/dragged ... the? bed/wardrobe/chair/drawers/sofa ... against/behind ... the? door', 'with the lock on',
        'chair/bed/wardrobe/drawers ... wedged/against/under ... the? handle/door', 'got ... the/my/our? kids/children/baby ... upstairs/in-the-bedroom/in-my-room',
        'hiding/locked ... with ... the/my/her/our/2/two/3/three? ... kids/children/baby/little-brothers/little-sisters/brothers/sisters',
      ],
    ],
  },
  {
    // Hurt by someone, said plainly in a second language (round 62's families: "my son come home high today and burn my
    // arm with his lighter, he push me on the wall"). It reads through the everyday phrase that keeps someone else's lighter
    // from reading as self-harm.
    id: 'hurt-by-someone-plainly',
    kind: 'harm',
    now: true,
    readsThroughIdioms: true,
    phrases: [
      'burn/burned/burnt/burns ... my/her/his ... arm/hand/face/leg ... with ... his/her/their ... lighter/cigarette/fag/iron/lighters',
      '{other}/he/she/they ... push/pushes/pushed/throw/throws/threw/slam/slams/slammed ... me/her/him ... on/to/into/against ... the? wall/floor/ground/door',
    ],
  },
  {
    // Intimidation over a debt (round 62's families: "window of her flat put in with a brick at 2am and a note saying 'pay
    // up'", "a bullet on my doorstep with my name on it, its about the money i owe them").
    id: 'debt-intimidation',
    kind: 'harm',
    now: true,
    signs: [
      [
        'window/windows ... put-in/smashed/broken/through/in ... with? ... a? brick/bricks/rock/stone', 'brick/bricks/rock/stone ... through ... the/my/her/his/our? window/windows',
        'bullet/bullets/shell/cartridge ... on/through/at ... my/her/his/the/our ... doorstep/door/step/letterbox/car/window', 'with ... my/her/his ... name ... on ... it',
        'note/notes/message ... saying/says/said ... pay/paid',
      ],
      ['owe/owes/owed/owing/debt/debts/money/pay-up/arrears/tick'],
    ],
  },
  {
    // Fire put through the door (round 61: "someone put a burning rag through my letterbox tonight, think it's over a
    // debt"; the families' lit firework, "attempted arson … lit paper pushed through the door").
    id: 'fire-through-door',
    kind: 'harm',
    now: true,
    phrases: [
      'burning/lit/flaming/lighted/alight ... rag/rags/paper/firework/fireworks/cloth/petrol/bottle/thing/something ... ... through/thru/in/into ... the/my/his/her/our/mums? ... letterbox/letter-box/door',
      'door/front-door/flat/house/car/letterbox ... has/had? been/was/got ... set ... on? fire/alight/ablaze',
      'attempted/attempt/suspected arson',
    ],
  },
  {
    // Threats for later said in a few words (round 61's families: "keeps ringin her sayin hes gonna find her n sort her out
    // tonite"; "a gang of their fans jumped me and they're waiting outside the pub to finish me off").
    id: 'find-and-sort-out',
    kind: 'harm',
    now: true,
    phrases: [
      'gonna/going-to/will/ll/is-going-to ... find ... her/him/me/you/them ... and/n/an ... sort/deal/do/batter/hurt/kill/kick/smash ... her/him/me/you/them',
      '{other}/gang/they/lads/fans/men ... waiting/wait/waits ... outside/for/round ... ... ... to ... finish/batter/kill/do/get/stab/hurt/jump ... me/him/her/us',
    ],
  },
  {
    // A child groomed by an adult with gifts of drugs (round 61: "my daughter's 15 and she's staying with a 30 year old
    // dealer who gives her gear for free"; the families' "a grown man … giving him free bud and now says he owes him").
    id: 'child-groomed',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      ['{child}/daughter/son/sons/girl/boy/she/he/lad/lads/niece/nephew/grandson/granddaughter/brother/sister/i-am/im ... #/twelve/thirteen/fourteen/fifteen/sixteen/seventeen', '# year/yr old/yo', '# yo/yos'],
      ['# year/yr old/olds ... dealer/man/bloke/boyfriend/fella/guy/flat/house/place', 'grown/older/adult ... man/men/bloke/blokes/lads', 'dealer/dealers', 'boyfriend/bf/fella/man ... is/s ... #'],
      [
        'gives/giving/gave/given ... her/him/them ... free? ... gear/pills/drugs/bud/weed/coke/drink/booze/money/presents', 'free ... gear/bud/weed/pills/drugs',
        'says/said ... ... owes/owe ... him/them', 'keeps/kept ... her/him ... out/overnight/all-weekend',
        'gives/giving/gave/given ... her/him/them/me ... free ... gear/pills/drugs/bud/weed/coke', 'for nothing/free',
        'running/run/carry/carrying/hold/holding/deliver/delivering ... packages/parcels/bags/drugs/gear/lines/their-drugs', 'paid/pays/paying ... ... to ... hold/carry/run/sell',
      ],
    ],
  },
  {
    // A small child hurt by a carer who is high, in a second language (round 62: "my baby is 2 years and her father is very
    // high on crack, he is shouting and pushing her"; the families' "smoke the rock since morning and now he throw things
    // at the small one").
    id: 'child-hurt-by-carer-high',
    kind: 'harm',
    now: true,
    // three strong signs: "he is drunk" is otherwise an everyday phrase (not "he drank")
    readsThroughIdioms: true,
    signsNeeded: 3,
    signs: [
      [
        'high/drunk/off-his-head/off-her-head/wasted/smashed/intoxicated ... on? ... crack/rock/gear/drink/spice/coke/since/all-day', 'very/so/really high !energy/=spirits/=chair/=temperature/=fever',
        'smoke/smoking/smoked/smokes ... the? rock/crack/pipe',
      ],
      ['throw/throws/throwing/threw/push/pushes/pushing/pushed/shake/shakes/shaking/shook/hit/hits/hitting/smack/smacks/slap/slaps/shoving/shoves/shoved/shove/grab/grabs/grabbed ... things/stuff? ... at? ... her/him/the-small-one/the-baby/the-kids/baby/the-little-one/the-child/child'],
      ['baby/toddler/{child}/small-one/little-one', '# months/month/years/year'],
    ],
  },
  {
    // Papers held with a threat to have them sent away (round 62: "her partner is holding her passport and her money and
    // threatens to send her back"; the families' visa documents, "he say he will send her back in a box", "report her to
    // the Home Office"). A solicitor holding a passport for an application makes no threat.
    id: 'documents-held',
    kind: 'harm',
    now: true,
    signs: [
      [
        'holding/holds/held/keep/keeps/kept/keeping/has/have/had/took/taken/take/takes/got/hide/hides/hid/hidden/hiding/controls/control/controlling ... my/her/his/their/me ... passport/passports/papers/id/id-docs/documents/visa/brp/identity',
        'passport/papers/documents/visa ... locked/kept/hidden/taken',
        'controls/control/controlling/controlled ... her/his/my/their ... money/benefits/universal-credit/uc/id/identification/documents/papers/bank-card/card',
      ],
      [
        'threatens/threatened/threatening/says/say/said/tell/tells/told ... ... ... send/report/call/ring/deport/deported/immigration/home-office/police/border',
        'put ... me/her/him ... on ... the/a? plane',
        'send/sending ... her/him/me/them ... back/home', 'deported/deport/deportation',
        'no/not/never/doesnt/does-not/dont ... give/gives/pay/pays ... her/him/me? ... salary/wages/money/pay',
      ],
    ],
  },
];
