import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 28 to 31 (test/nlp/crisis/README.md, "Fixed after round 28"
 * to "…31"), kept apart so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their
 * kind's own patterns.
 */

/** Medical patterns from round 28. */
// a beating someone is told they will get ("or i get a kicking"), in the threats that go with money taken
const aBeating = 'kicking/battering/hiding/beating/slap/leathering/doing/smack/hammering';

export const medicalPatternsAfterRound28: BuiltInPattern[] = [
  {
    // Swelling of the lips, tongue or throat with trouble swallowing or breathing (round 28: "lips and tongue blowing up
    // after my first dose of the new tablets, struggling to swallow"): anaphylaxis, an ambulance.
    id: 'allergic-reaction',
    kind: 'medical',
    now: true,
    phrases: [
      'anaphylaxis/anaphylactic/anaphylactic-shock', 'throat ... closing/closing-up/swelling/swollen/tight ... can-not/cant/struggling/hard ... breathe/breath/swallow',
      'throat/airway/airways is/s/keeps/feels/feel/are? closing/closing-up/swelling-up/swelling-shut/swelled-shut',
    ],
    signs: [
      [
        'lips/lip/tongue/face/throat/mouth/eyes/eye ... swelling/swollen/swelled/blowing-up/blown-up/puffing-up/puffed-up/ballooning/massive/closing/closing-up',
        'swelling/swollen/swelled/blowing-up/blown-up/puffing-up/puffed-up ... lips/lip/tongue/face/throat/mouth', 'eyes/eye/face ... puffing/puffed/swelling/swelled/swollen ... shut/closed/up',
        // round 41: "face and lips have blown right up since that bit of coke, my tongue feels fat"
        'lips/lip/tongue/face/mouth/throat ... blown/puffed/swelled/ballooned/blowing/puffing ... right/all/proper/massively? up', 'tongue ... feels/feel/is/s/gone ... fat/thick/huge/massive/too-big',
        // round 30: "wasp got grandad on the neck and now he says his throat's tight"
        'throat/throats ... tight/tightening/closing/swelling/funny',
      ],
      [
        'struggling/struggle/can-not/cant/hard/trouble/difficult ... to? swallow/swallowing/breathe/breathing/breath', 'hives/welts/rash ... all-over/everywhere/spreading',
        'wheezing/wheezy', 'after/since ... tablet/tablets/dose/pill/pills/meds/medication/sting/stung/nuts/peanuts/antibiotics/penicillin',
        'wasp/bee/hornet/sting/stung/bitten/bite', 'voice ... croaky/hoarse/going/gone/funny/squeaky',
      ],
    ],
  },
];

/** Suicide patterns from round 28. */
export const suicidePatternsAfterRound28: BuiltInPattern[] = [
  {
    // round 30: "my heads telling me to step in front of the 38", "wish the next bag was the one that takes me"
    id: 'told-to-step-next-takes-me',
    kind: 'suicide',
    now: false,
    phrases: [
      'head/heads/brain/voices/voice/mind/thoughts ... telling/tells/keeps-telling/told/saying/says ... me ... to ... step/jump/walk/throw/run/go ... in-front/off/under/into',
      'wish/wishing/hope/hoping/praying/want/wanting ... next/this/the ... bag/hit/one/dose/batch/shot/pipe/line/score ... ... takes/take/finishes/finish/kills/kill/does-me-in/ends/end ... me/it',
    ],
  },
  {
    // A height that tempts, said as a joke (round 29: "lol the bridge by mine is looking well tempting tonight, one jump
    // and no more rent to pay"); "that takeaway's looking well tempting" has no height.
    id: 'height-tempting',
    kind: 'suicide',
    now: false,
    phrases: [
      '{drop}/cliff/cliffs/edge/ledge/pier/river/canal/water ... is/s/looks/looking/looked ... well/proper/so/very/really/dead/pure/mighty? tempting/inviting/appealing/calling',
      'one/1 jump/step/leap ... and/n/an ... no-more/nae-mair/all-over/it-is-all-over/its-all-over/it-is-over/its-over/no-more-rent/no-more-bills/no-more-pain/nothing-matters',
    ],
  },
  {
    // A denial, then "but" and a sign that takes it back (round 28's second-person lines: "i'd never take my own life...
    // but lately i've been lookin up how", "said i'd never do it but i've been stashin me pills", "told the nurse i
    // wasnt thinking of ending it but i lied"): each phrase runs past the denial, so the denial cannot cancel it.
    id: 'denial-taken-back',
    kind: 'suicide',
    now: false,
    phrases: [
      'never/not/nae ... do/take/end/kill/hurt/harm/top/thinking/planning ... it/myself/meself/my-life/life ... ... but ... ... looking/looked/lookin/googling/googled/searching/searched/researched/researching/reading ... up? ... how/ways/methods/the-best-way',
      'never/not/nae ... do/take/end/kill/hurt/harm/top/thinking/planning ... it/myself/meself/my-life/life ... ... but ... ... stash/stashing/stashin/stashed/saving/saved/hoarding/hoarded/hiding/stockpiling/collecting ... {pills}',
      'never/not/nae ... do/take/end/kill/hurt/harm/top/thinking/planning/ending/killing/hurting ... it/myself/meself/my-life/life ... ... but ... i? lied/lying/lie/not-true/wasnt-true/the-truth-is',
      // round 33: "not gonna do owt daft but i have been stashing my meth doses up just in case"
      'not/never/nae ... do/doing ... owt/anything/something/summat/nothing ... daft/stupid/silly/drastic ... but ... ... stash/stashing/stashin/stashed/saving/saved/hoarding/hoarded/hiding/stockpiling/collecting/putting-by ... {pills}/{drugs}/doses',
      // round 34's second-person lines: "…but I've got 40 sleepers saved in the bathroom cabinet", "…but I've written letters
      // to them, just in case"
      'not/never/nae ... do/doing ... owt/anything/something/summat/nothing ... daft/stupid/silly/drastic ... but ... ... got/have/ve ... {pills} ... saved/stashed/hidden/put-by/tucked-away',
      'written/wrote/writing/left ... letters/notes/a-letter/a-note ... ... just in case',
    ],
  },
  {
    // A last day with peace made (round 28, relayed by a prison release worker: "today's my last day, I've made my peace");
    // a last day at work alone, or peace made with a sister, is not.
    id: 'last-day-peace-made',
    kind: 'suicide',
    now: false,
    phrases: ['last day/days/night/hours on this? earth', 'do-not/dont/no-point bother/bothering/trying ... talk/talking/tryin/trying ... me ... round/out-of-it/down'],
    signs: [
      // (round 32: "today's me last day, I've made me peace with it")
      [
        // (round 64: "last day today", "this is my last nite", "tonights my last", "today is her final day", "I won't be
        // around tomorrow")
        'last/final day/night/nite today/tonight/tonite', 'today/tonight/this/it is/s my/me/the/her/his/their last/final nite/one',
        'tonights/todays/tonight-is/today-is my/me/her/his last/final !day/night/nite/shift/shifts/at/in/of/on/with/before/session/dose/pickup/script/exam/class/lesson/appointment/appt/gig/match/game/cig/fag/smoke/drink/pint/bag/hit/meeting/week/weekend/chance/warning/time/go/one-at',
        'will-not/wont/not-going-to/aint-going-to/not-gonna be ... around/here ... tomorrow/tmrw/by-morning/much-longer/anymore/next-week',
        'today/tonight/this/it is/s my/me/the/her/his/their last/final day/night/weekend/week', 'today/tonight will/is/s be? my/me/the last one/day/night', 'tonights/todays my/me/the/her/his/their last day/night', 'this is it ... last day/night', 'this is it/the-end for me', 'the end for me', 'last day/night/weekend/week for me', 'my/me/her/his last day on earth/alive/here/on-this-earth'],
      [
        // round 36: "sorted everything, wrote the letters, this is my last day"
        'wrote/written/writing/left ... the/my? letters/letter/notes/note', 'sorted/arranged ... everything/it-all/my-affairs',
        'letters/letter/notes/note done/written/wrote/finished/sorted', 'dog/dogs/cat/cats/kids ... is/s/are? sorted ... with/wi',
        'made/make/making ... my/me/her/his/their ... peace', 'made/make/making peace with/wi ... {family}/everyone/everybody/family/people/it/everything',
        // (round 64's families: "given the dog to our kid", "has given away belongings")
        'given/gave/giving/give ... the/my/me/his/her/all? ... dog/dogs/cat/cats/belongings/possessions/stuff/things ... to/away', 'given/gave/giving/give away ... his/her/my/their/all? ... belongings/possessions/stuff/things/dog/cat',
        'at peace with it/everything/this/that', 'at peace', 'said ... what ... {me}/i ... needed/need/wanted/had ... to say', 'sorted ... things/it/everything ... out? ... with ... who/everyone/everybody/people', 'talk/talking/tryin/trying ... me/him/her ... round/out-of-it/down', 'said/say/saying ... my? goodbyes/goodbye', 'station/bridge/tracks/train/platform/cliff/multistorey/car-park', 'sorry for everything', 'wo-not/will-not/not ... see ... me/him/her ... again'],
    ],
  },
];

/** Harm patterns from round 28. */
export const harmPatternsAfterRound28: BuiltInPattern[] = [
  {
    // A child left while the parent is out of it (round 30: "kid upstairs been screaming for hours and his mams been out of
    // it on spice since tuesday, no ones fed him")
    id: 'child-neglected',
    kind: 'harm',
    now: true,
    signs: [
      [
        '{child}/kid/kids/baby/bairn/wean/weans/little-one/toddler ... screaming/crying/greeting/howling/wailing ... hours/ages/days/all-day/all-night',
        '{child}/kid/kids/baby/bairn/wean/weans/little-one/toddler ... alone/on-his-own/on-her-own/hungry/starving/filthy/unfed', 'no food ... in ... the? house/flat/cupboards/place',
        'no-one/nobody/noones/noone/no-body ... fed/feeding/changed/changing/checked/checking/seen-to ... him/her/them/the-baby/the-kids/the-bairn/the-wean',
        '{child}/kid/kids/baby/bairn/wean/weans/toddler ... not ... fed/eaten/changed',
      ],
      [
        'mam/mum/mams/mums/dad/dads/parent/parents/mother/father/da/das/ma/mas/sister/sisters/brother/brothers/{family} ... out-of-it/off-her-head/off-his-face/off-their-heads/off-her-face/off-his-head/off-their-faces/passed-out/gouching/wasted/mashed/unconscious/comatose/spark-out/smashed',
        'out of it ... since/for/all ... tuesday/monday/wednesday/thursday/friday/saturday/sunday/days/yesterday/last-night/hours',
      ],
    ],
  },
  {
    // A dealer who says he knows the children's school, or sends pictures of the door (round 30: "told my dealer im getting
    // clean and he said he knows what school my kids go to"; "bloke i owe keeps sending pics of my front door")
    id: 'dealer-knows-the-family',
    kind: 'harm',
    now: true,
    phrases: [
      'dealer/dealers/he/they/she ... said/says/told/texted/threatened/reminded/saying ... ... know/knows ... what/which/where ... school/nursery/college ... my/me/our ... kids/children/{child}/son/daughter/boy/girl/bairns/weans',
    ],
    signs: [
      ['owe/owes/owed/owing/debt/tick/dealer/dealers/getting-clean/getting-off', 'stopped/stop/quit ... buying/scoring/using/getting'],
      ['sending/sent/sends/texting/texted/messaging/messaged/dming/posting/posted ... photo/photos/picture/pictures/pic/pics ... of ... my/me/our/her/his ... front? door/house/flat/car/gate/window/kids/school'],
    ],
  },
  {
    // Money taken by someone who controls it (round 28: "someones got my bank card and walks me to the cashpoint every
    // payday to take the lot off me"); an appointee or a keyworker who helps by agreement is not.
    id: 'money-taken',
    kind: 'harm',
    now: true,
    signs: [
      [
        'got/has/have/took/taken/takes/keeps/kept/holding/holds/nicked ... my/me ... bank-card/card/cards/pin/benefits/money/giro/uc/pip/script/wages/payslip/bank/account/pension',
        // round 42's second-person lines: a script or pills taken off them at the chemist door
        'takes/took/taken/taking/takin/grabs/grabbed/snatches/snatched/nicks/nicked ... my/me/her/his/their ... script/methadone/meth/meds/pregabs/{pills}/diazepam/money/pension ... off/from ... me/her/him/them',
        'script/methadone/meds/pregabs/{pills}/money/pension/diazepam off/from me/her/him/us',
        // round 44's second-person lines: "people staying at her flat have her bank card and PIN" (not "i take her pension out for her")
        'people/they/lads/dealers/them/he/she/men/someone ... have/has/got/keep/keeps/took/taken ... her/his ... bank-card/card/pin/pension/benefits/money',
        'takes/took/taking/takin/grabs/grabbed ... her/his/my/me/their ... methadone/script/meds/pregabs/{pills}/pension ... and/then/n ... bent/twisted/twists/bends/pushed/shoved/hit/hits/slapped/grabbed/pinned/punched',
        'they/he/she/men/lads ... take/takes/took/taking/takin ... his/her/my/me/their ... money/script/methadone/meds/pension/benefits ... every/each ... payday/day/week/morning',
        // (someone else, not the person helping: "so i take her pension out for her" is help)
        '{family}/son/grandson/daughter/granddaughter/nephew/carer/he/she/they/lad ... takes/took/taken/has/got/keeps her/his/their pension/benefits/bank-card/card/pip/money/methadone/script/meds/pregabs/{pills}',
        'walks/walked/walking/takes/took/marches/marched/frogmarches/frogmarched/drags/dragged ... me/him/her/them ... to ... the? cashpoint/bank/atm/post-office/hole-in-the-wall/chemist',
        // round 72: "another resident is taking her giro every week and threatening her, shes terrified"
        'is/are/s/been/keeps ... taking/takin ... her/his/my/their ... giro/benefits/uc/pip/money/pension/universal-credit/esa/wages ... every/each ... week/fortnight/month/payday/time',
        // round 31's second-person lines: "her dealer waits outside the bank when her UC lands and makes her draw the lot out"
        'waits/waiting/stands/stood/sat/sits ... outside/at/by ... the? bank/cashpoint/atm/post-office ... when/till/until/for ... ... uc/pip/giro/benefits/money/wages/payday/lands/comes-in',
        'makes/made/making/forces/forced ... her/him/me/them ... draw/take/get ... out? ... the-lot/it-all/everything/all/money/cash',
        // round 41: "the lads upstairs make me hand over my methadone every morning or i get a kicking"
        'make/makes/made/making/forces/forced ... me/her/him/them ... hand/give/handing/giving ... over? ... my/his/her/their/me ... methadone/meth/script/meds/pills/tablets/money/cash/{pills}/dose/pension/benefits',
        // round 67's second families: "makes me hand over my universal credit every month"
        'make/makes/made/making/forces/forced ... me/her/him/them ... hand/give/handing/giving ... over ... my/his/her/their ... universal-credit/uc/pip/esa/giro/wages/bank-card/card',
      ],
      [
        'every/each payday/week/fortnight/month/time ... ... take/takes/taking/took/have/has ... the-lot/it-all/everything/all/my', 'take/takes/taking/took ... the lot/all ... off me',
        'will-not/wont/not/never ... give ... it/them/my/me ... back', 'scared/terrified/frightened/petrified/or-else/threatens/threatened',
        // round 33: "my grandson takes my pension every week and pushes me about if i say no"
        'pushes/pushed/shoves/shoved/hits/hit/slaps/slapped/knocks/knocked me/her/him/them about/around/over',
        'get/gets/be worse/hurt/it ... if ... go/went/tell/told ... police/polis/cops/anyone/social-services',
        // round 31: "he takes my PIP off me every fortnight at the cashpoint, stands right behind me so i cant say no"
        '{me}/she/he/they can-not/could-not/dare-not/darent/daresnt say-no/refuse/argue/fight-back', 'stands/stood/standing/hovers/hovering/waits/waiting ... right? behind/over me',
        `or ... {me}/i/she/he ... get/gets/getting ... a? ${aBeating}`,
        // round 67's second families: "or he says i'll get a slap", "tells her she'll never see the kids again if she asks"
        `or/else ... ... {me}/i/she/he/you ... will/ll/is-going-to/gonna get/gets/getting ... a? ${aBeating}`,
        'never/not ... see ... the/her/his/my/your? kids/children/baby/{child} ... again ... if',
        // ("keeps her bank card, threatens to kick her out if she refuses": the threat itself is an everyday phrase, the refusal is not)
        'if/unless {me}/i/she/he/they refuses/refuse/refused/says-no/say-no',
        // (round 73: "took her bank card and PIN by threats yesterday")
        'by/with/under ... threats/threat/force/violence/intimidation',
        // (round 69's second families: "i get a kicking if theres nothing left")
        `{me}/i/she/he ... get/gets/getting ... a? ${aBeating} ... if/when/unless`,
        'if ... {me}/i/id/i-would/ill/she/he ... get/gets/getting ... a? kicking/battering/hiding/hidin/beating/leathering/doing/hammering',
        // round 44: "they have my bank card and pin and said theyll do my legs if i go near the bank"
        'do/break/smash/snap/kneecap ... my/me/her/his ... legs/leg/knees/kneecaps/fingers/face/hands/arms', 'if ... {me}/i/she/he ... go/goes/went ... near/to ... the? bank/police/polis/cops/cashpoint',
        'pins/pinned/pinning/pin/shoves/shoved/slams/slammed ... me/her/him ... to/against/into ... the? wall/floor/door',
        // round 42: "if I say owt he twists my arm up my back"; "smashed my glasses and took my pension… next time they'll hurt the dog"
        'twists/twisted/twisting/twist/bends/bent/bending/yanks/yanked ... my/me/her/his/their ... arm/arms/wrist/wrists/fingers/hand',
        'smashed/smash/smashing/broke/broken/breaking ... my/me/her/his/their ... glasses/specs/things/stuff/telly/phone/windows/door', 'next time ... hurt/kill/do/batter ... the/my/me/her/his ... dog/cat/pets/me/her/him',
        // round 67: "takes my bank card every pay day and says he'll throw me out on the street if i dont hand it over" (the
        // demand; "throw me out" alone is an everyday phrase); the families' "says he'll hurt her kids if she cancels it"
        'if/unless ... {me}/i/she/he/they/we ... do-not/does-not/will-not/refuse/refuses ... hand/give/pay ... it/them/over/him/her/up',
        'hurt/batter/harm/beat/do ... her/him/me/them/the-kids/her-kids/his-kids/my-kids ... if/when ... she/he/i/they ... cancels/cancel/asks/ask/stops/stop/tells/tell/refuses/refuse/says-no/say-no/goes/go',
      ],
    ],
  },
  {
    // A beating waiting for them (round 31: "me dad found the foil in my drawer and hes waiting downstairs with his belt
    // off"): someone else's belt or strap off or out, and waiting; a belt off at airport security has no one waiting.
    id: 'belt-waiting',
    kind: 'harm',
    now: true,
    signs: [
      [
        'his/her/their/the/dads/das/mums/mams/stepdads belt/belts/strap/slipper/cane/stick/wooden-spoon ... off/out/ready/in-his-hand/in-her-hand/in-hand',
        // round 31's second-person lines: "sat waiting with a leather strap", "his belt wrapped round his fist"
        'with ... a/the/his/her/their leather? belt/strap/slipper/cane', 'belt/strap ... wrapped/round/around ... his/her/their? fist/hand/knuckles',
      ],
      [
        'waiting/waitin/waits/stood/standing/sat/sitting/coming/comin ... for/on? me/us/him/her/downstairs/upstairs/at-the-door/in-the-kitchen/in-the-hall/on-the-landing/outside',
        'stood/standing/sat/sitting/waiting ... at/outside/by ... my/me/his/her/the ... door/room/bedroom',
        'waiting/waitin/sat/stood ... ... for when ... he/she/{me}/we/they ... gets/get/comes/come/walks ... in/home/back',
        'found/caught ... {pills}/{drugs}/gear/weed/foil ... in/on/under ... his/her/my/me/their ... coat/pocket/pockets/bag/room/drawer/jacket/bedroom',
        'found/caught/seen/saw/found-out ... my/me/the/our/his/her ... foil/gear/stash/pipe/drugs/weed/pills/tablets/bag/baggie/{drugs}/needles/works',
      ],
    ],
  },
  {
    // Made to hold or run drugs for a gang, with a threat to the family (round 31, a hostel worker: "one of our residents
    // is being made to hold stuff for a gang and theyve threatened his mum"); "made to hold the door" has no gang.
    id: 'made-to-hold-threatened',
    kind: 'harm',
    now: true,
    signs: [
      [
        'being/been/getting/got/is/was/are/were/keep/keeps made/forced/pressured/pushed/groomed/bullied ... to ... hold/stash/carry/run/sell/deal/store/keep/mind/look-after/drop/move/conceal/plug/swallow/smuggle/stuff ... ... stuff/gear/drugs/packages/parcels/bags/weapons/guns/gun/knife/knives/{drugs}/things/shit/money/phones',
        'holding/stashing/carrying/running/selling/dealing/storing/minding ... stuff/gear/drugs/packages/parcels/bags/weapons/guns/gun/{drugs}/shit/money ... for ... a/the/some? gang/gangs/dealers/dealer/olders/elders/lads/line/county-lines',
        // round 39: "being made to hold for others"
        'made/forced/pressured/pushed/bullied ... to ... hold/stash/carry/run/sell/deal/store/mind ... for ... others/them/someone/people/a-gang/the-lads/the-olders/dealers',
        // round 40's second-person lines: "these mandem are making him carry for them", "makin him run their gear"
        'making/makes/make/makin ... him/her/me/us/them ... hold/stash/carry/run/sell/deal/store/mind/deliver/drop ... for/their/parcels/packages/gear/drugs/{drugs}/bags/stuff',
        'made/forced/pressured/pushed/bullied ... to ... keep/hide/hold/stash ... spice/gear/drugs/phones/phone/a-phone/{drugs}/weapons/a-blade/a-knife ... under/in/behind ... his/her/my/the ... bunk/bed/cell/pad/mattress/room',
        // round 41: "older lads have got my son running bags to the coast"; round 42: "making me plug packages and take them up to aberdeen"
        'got/have/has/had ... my/me/our/his/her ... son/lad/boy/brother/kid/daughter/lass/girl ... running/carrying/holding/shotting/dealing/selling ... bags/parcels/packages/gear/drugs/{drugs}/for',
        'making/makes/make/made/forcing/forced ... me/him/her/us ... plug/plugging/swallow/swallowing/stuff/hide ... packages/parcels/bags/gear/drugs/{drugs}/stuff/it/wraps',
        'made/forced ... to ... stuff/plug/hide/swallow ... wraps/packages/parcels/bags/gear/drugs/it ... up? ... inside/in ... me/him/her',
      ],
      [
        'threatened/threatening/threatens/threat/threats ... his/her/their/my/me/our ... mum/mam/ma/family/{family}/kids/nan/gran/bairns/weans',
        'know/knows/knew ... where ... his/her/their/my/me/our ... mum/mam/ma/family/{family}/kids/nan/gran/bairns/weans ... live/lives/stay/stays/is/are',
        // round 42's second-person lines: "named his little brother's primary school", "sent me a pic of our kids school gates",
        // "said theyd visit my nan if I dont come back with the money"
        'named/know/knows/mentioned/sent ... ... school/schools/school-gates/nursery/playground', 'pic/pics/picture/photo/photos ... of ... ... school/schools/school-gates/nursery/house/door',
        'visit/pay-a-visit/go-round/come-round/call-round ... my/me/his/her/our ... nan/mum/mam/family/{family}/kids/gran ... if',
        'or-else', 'scared/terrified/petrified/frightened', 'beaten/battered/stabbed/hurt/jumped/slashed', 'owe/owes/owed/owing/debt',
        'showed/shown/flashed/pulled/put/held ... him/her/me/us ... a/the? knife/blade/{weapon}', 'put/pulled/held ... a/the? knife/blade/{weapon} ... to/tae/on/at ... him/her/me/us',
        'shank/stab/cut/slash/burst/wet/batter/do-in ... him/her/me/us',
      ],
    ],
  },
];
