import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 69 to 72 (test/nlp/crisis/README.md, "Fixed
 * after rounds 69 and 70" and "…71 and 72"): round 70 was written as replies in the middle of a chat, round 72 typed
 * drunk or high. nlp/crisisBuiltIn.ts puts the
 * patterns after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts adds the everyday phrases.
 */

// a notice of what to do in an overdose (round 71's "Poster in the hostel office: if someone is not breathing, call 999")
const notice = 'poster/posters/flowchart/leaflet/leaflets/sticker/notice/booklet/chart/guide';

/** Overdose patterns from rounds 69 and 70. */
export const overdosePatternsAfterRound69: BuiltInPattern[] = [
  {
    // Everything someone had, taken at once just now, and coming on (round 70: "just did all the gear i had left in one go
    // so i dont have to feel anything, its coming on hard"; the families' "banged the whole lot i had left just now … my
    // heads going heavy"). The Decisions: an overdose on purpose, happening now, is `overdose`. "used what i had left at
    // the weekend, felt fine" has nothing coming on.
    id: 'used-everything-now',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'did/done/took/taken/banged/shot/injected/necked/swallowed/used/smoked/had/downed ... all/everything/the-lot/the-whole-lot/the-rest/entire/whole ... ... ... left/remaining/supply/stash/in-one-go/at-once',
        // (round 70's second families: "shot everything he had at once", "smoked the lot in one hit")
        'did/done/took/taken/banged/shot/injected/necked/swallowed/used/smoked/downed ... all/everything/the-lot/the-whole-lot/the-rest ... ... in one go/hit/shot/swallow',
      ],
      [
        'coming/kicking/hitting ... on/in/me ... hard/now/fast', 'is/s/am/are/its hitting me', 'going/getting/gone/goin/feeling/feels ... heavy/drowsy/sleepy/woozy/fuzzy/dark/numb',
        'becoming/starting/started ... to? ... drowsy/sleepy/heavy/woozy/slurring/nod/nodding/feel-sleepy/feel-heavy', 'slurring/slurred',
        'just now', 'minutes/mins/min ago', 'nodding/gouching/gauching ... hard/out/off/right-out', 'legs/arms ... have/has/ve/are? ... gone',
        'now ... he/she/they/hes/shes/theyre ... is/s/are? ... not/isnt ... answering/responding/replying/picking-up',
      ],
    ],
  },
];

/** Suicide patterns from rounds 69 and 70. */
export const suicidePatternsAfterRound69: BuiltInPattern[] = [
  {
    // A wish not to wake, said as being glad of it, often after "I'm not suicidal" (round 69: "I'm not suicidal but
    // honestly I'd be glad if I just didn't wake up tomorrow"; the families' "would welcome not waking up in the
    // morning", "happy if i closed my eyes tonite and didnt open them again"). Like `hope-not-to-wake` it explains
    // will-not-wake (crisisBuiltIn.ts); "wouldn't mind if I didn't wake up till noon" is a lie-in ("up" is in the
    // words that may not follow, so "wake" is read as "wake up" and the word after that is the one checked).
    id: 'glad-not-to-wake',
    kind: 'suicide',
    now: false,
    // (round 84's families: "she'd be happy if she just didn't wake up one day"; "wont wake up one day" is otherwise a
    // worry's idiom)
    readsThroughIdioms: true,
    phrases: [
      'glad/happy/relieved/pleased/fine/ok/okay/better/bother/mind/care ... if ... {me}/i/he/she/they ... just? ... did-not/never/not/do-not ... wake/woke/waking/wake-up/woke-up/waking-up !up/till/until/til/before/early/in-time',
      'welcome/welcomes/welcoming ... not/never ... waking/wake/wake-up/to-wake !up/till/until/til/before/early/in-time',
      // round 84: "not suicidal but honestly I'd be glad not to wake up tomorrow"; the families' "would be relieved not to
      // wake up tomorrow"
      'would/d/be ... glad/happy/relieved/pleased/grateful ... not/never ... to? wake/waking/wake-up/waking-up !till/until/til/early/before/in-time',
      // (the second families: "he'd happily not see another morning")
      'would/d ... happily/gladly ... not/never ... see/wake ... another? ... morning/day/christmas/birthday/up',
      'close/closed/closing/shut ... my/his/her/me/their ... eyes ... and/n ... did-not/never/not/do-not/wont/will-not ... open/opened ... them ... again',
      // ("the end": not "if i went to sleep and that was it id get 12 hours")
      'if ... {me}/i/he/she ... went/go/goes ... to ... sleep ... and/n ... that ... was/were/would-be/is ... the end',
      // round 69's second families: "if i never woke up again id be fine with that", "happy if my heart stopped in my
      // sleep", "relieved if a bus took him out"
      'if ... {me}/i/he/she ... never/did-not/not ... woke/wake/wake-up/waking/woke-up/waking-up !up/till/until/til/early/before/in-time ... ... ... fine/glad/happy/relieved/ok/okay/alright/grand/sound/good/better',
      'glad/happy/relieved/fine/ok/okay/mind/bother/care ... if ... my/his/her ... heart ... stopped/stops/gave-out/packed-in/packed-up ... in ... my/his/her/their ... sleep',
      'glad/happy/relieved/fine/ok/okay/mind/bother/care ... if ... {me}/i/he/she ... died/die/went/slipped-away/passed ... in ... my/his/her/their ... sleep',
      'glad/happy/relieved/fine/ok/okay/mind/bother/care ... if ... a/the? bus/car/lorry/train/truck/van ... hit/hits/took/takes/knocked/ran/run ... {me}/him/her ... out/over/down?',
    ],
  },
  {
    // Self-harm done again lately, after a long-past history (round 74's "used to cut when I was younger … did my arm
    // again last night"; round 72's families' "I used to cut when I was 14, I'm 33 now and lately it's creeping back"):
    // the long-past phrase reads the history, so the return needs its own words, with a time.
    id: 'harmed-again-recently',
    kind: 'suicide',
    now: true,
    phrases: [
      'did/done/cut/slashed/burnt/burned/scratched/opened ... my/his/her/me ... arm/arms/wrist/wrists/leg/legs/thigh/thighs/stomach ... up? again ... last-night/tonight/today/this-morning/yesterday/this-week/lately',
    ],
  },
];

/** Harm patterns from rounds 69 and 70. */
export const harmPatternsAfterRound69: BuiltInPattern[] = [
  {
    // A young child alone now with a carer who is out of it (round 70: "my 4 year old, his dad is off his face and alone
    // with him right now"; the families' "18mo currently in sole care of partner who is heavily intoxicated", "left her
    // baby with her fella, he's steaming drunk … nobody sober is there"). All three signs: "my son growing up watching
    // me off my face" has no one alone with him.
    id: 'child-with-intoxicated-carer',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        '{child}', '#-year-old/#-year-olds/#-yr-old/#-yr-olds/#-yrs-old/#yo/#mo/#-months/#-month-old/#-months-old/toddler/toddlers/kids/little-lad/little-girl/little-boy',
        'she/he/they/shes/hes/theyre/is/are/s/only ... 1/2/3/4/5/6/7/one/two/three/four/five/six/seven',
      ],
      [
        'off ... his/her/their/my ... face/head/nut/tits/box', 'smashed/mashed/steaming/wasted/paralytic/intoxicated/gouching/monged/battered/gone/out-of-it/off-it',
        'on/been-on ... the ... pipe/gear/crack/spice/brown/rock', 'heavily intoxicated/drunk', 'on/been-on ... a ... bender/binge/sesh/session ... since/all/for', 'been/is/s ... drinking/boozing/using/smoking ... since/all/for', 'high/drunk/stoned ... as ... a? kite/fuck/hell',
        // round 78: "he just sent me a pic of her sat next to his needles and a bag of brown"; the families' "syringes all
        // over the floor", "needles within reach of child", "a video of her playing with his crack pipe"
        'needles/syringes/works/pins/pipe/crack-pipe/foil/brown ... within-reach/all-over/everywhere/next-to/on-the-floor/lying-about/lying-around',
        'next-to/playing-with/holding/near/by ... his/her/their/the ... needles/syringes/works/pins/pipe/crack-pipe/gear',
        'using/smoking/injecting ... heroin/gear/crack/spice/smack/brown ... in/at/around ... the/his/her? home/house/flat/front',
      ],
      [
        'alone/on-his-own/on-her-own/on-their-own ... with ... him/her/them/the-kids/the-baby/{child}',
        'with ... him/her/them/the-kids/the-baby/{child} ... on ... his/her/their ... own', 'sole care', 'in ... the? care ... of',
        // (round 70's second families: "shes got her on her own tonight", "looking after him by himself as we speak")
        'got/has/have ... her/him/them/the-kids/the-baby ... on ... his/her/their ... own', 'looking-after/minding/watching/caring-for ... him/her/them/the-kids/the-baby ... by/on ... himself/herself/themselves/his-own/her-own/their-own',
        'no/nobody/no-one/noone/not-anyone ... other/else/sober ... adult/adults/there/here/around/is-there/about',
        // round 82: "a toddler at this house party and everyone's off their heads … no one watching her"; the families' "no ones
        // watching", "3yo unsupervised"
        'no/nobody/no-one/noone/no-ones/nobodys/not-anyone ... watching/minding/supervising/looking-after/seeing-to/keeping-an-eye/going-to/checking-on', 'unsupervised',
        // (the second families: "a little girl wandering about while everyone is smashed", "toddler is out on the landing on
        // her own at 3am")
        'wandering/crawling/toddling/playing/running ... about/around/round ... while/whilst ... everyone/everybody/they/adults/the-adults/all',
        'is/s/was ... out/outside ... ... on ... his/her/their ... own',
        // (round 84: "the young couple upstairs are off their faces and I can hear the baby being slapped and screaming")
        'hear/hearing/heard/sounds/sound ... ... {child}/baby/kid/toddler/child ... being ... slapped/hit/smacked/struck/beaten/thrown/shaken',
        'left ... the/her/his/my/their? baby/kids/children/{child} ... with', 'at ... home ... with ... his/her/their ... dad/mam/mum/stepdad/stepmum/fella/boyfriend/girlfriend/partner',
        '{child}/kids ... are/is/s ... with ... their/his/her ... dad/mam/mum/stepdad/stepmum/fella/boyfriend/girlfriend/partner ... tonight/now/right-now/today',
        // round 78: "my 8 year old is at her dads this weekend … shes alone with him"; the families' "stopping at his dads
        // tonight", "toddler has been left with her mum", "sat on the step in a nappy on her own", "has our daughter today"
        'stopping/staying/sleeping/is/s ... at ... his/her/their ... dads/mums/dad/mum/mams/mam ... tonight/today/this-weekend/weekend/for-the-weekend',
        '{child}/toddler/kid/kids ... has/have/been/was/is/s ... left ... with', 'sat/left/alone/playing ... on ... his/her/their ... own',
        'has/got/have ... our/my/the ... daughter/son/kids/{child} ... today/tonight/this-weekend',
      ],
    ],
  },
  {
    // A bank card, ID or phone held against a debt until it is worked off (round 71: "the lads running the line have
    // taken her bank card and are holding her ID till she works it off"; the families' "confiscated his bank card and ID
    // as 'security' on a drug debt"). "the bank kept my card until I pay off the overdraft" is no work.
    id: 'held-against-a-debt',
    kind: 'harm',
    now: true,
    signs: [
      [
        'taken/took/holding/holds/held/confiscated/kept/keeping/keeps/has/have/got ... his/her/my/their ... bank-card/card/cash-card/cards/id/passport/licence/driving-licence/phone/pin',
      ],
      [
        'till/until/til ... he/she/i/they/hes/shes/ive ... works/work/worked/sold/sells/sell/shifted/shifts/ran/runs ... it/enough/them/the-debt? ... off?',
        'by ... running/dealing/selling/shotting/working/grafting ... for ... them/him/her', 'as ... security', 'drug debt', 'against/over ... a/the/his/her/their? debt', 'works/work/working ... it/the-debt ... off',
        // (the second families: "says she works for them till the debt's paid")
        'works/work/working ... for ... them/him ... till/until/til', 'till/until/til ... the? debt/debts ... is/s? paid/cleared/paid-off/sorted',
      ],
    ],
  },
  {
    // Someone who lets them use at his place and takes it out on them (round 71: "landlord keeps letting himself in and
    // grabbing me, says I owe him for letting me use in the flat"). A landlord who turns up to fix the boiler is not.
    id: 'owed-for-a-place-to-use',
    kind: 'harm',
    now: true,
    signs: [
      [
        'lets/letting/let/keeps-letting ... himself/herself ... in', 'grabbing/grabs/grabbed/grab/pushes/pushed/pushing/shoves/shoved/touching/touches/groping/gropes/groped/pins/pinned ... me/her/at-me/at-her ... about/around/up?',
      ],
      [
        'owe/owes/owed/owing ... him/her/them ... for ... letting/lettin/let ... me/her/him ... use/stay/smoke/crash/kip/sleep',
        // (the second families: "says that's my rent for being allowed to use there")
        'rent ... for ... being? ... allowed/letting/let ... to? use/stay/smoke/crash/kip/sleep',
      ],
    ],
  },
];

/**
 * Everyday phrases from rounds 69 and 70: a fit of coughing or laughing, a worry about overdosing on release, how
 * mixing drugs stops people breathing, and hands gone blue with the cold.
 */
export const nearMissesAfterRound69: string[] = [
  // round 69: "had a proper coughing fit after that joint, all good now though"
  'coughing/cough/laughing/laugh/giggling/giggle/sneezing/choking/crying/hissy/hysterical =fit/=fits',
  // round 70: "What worries me most is overdosing when I get out of prison" (a worry for later; "worried he's overdosing"
  // now is not in it)
  'worries/worry/worried/scared/afraid/frightened/terrified/fear/fears/concern/concerned/anxious/risk/risks ... of/about/is/re/that? ... overdosing/overdose/od/oding/ods/overdoing-it ... when/after/if/once/on ... {me}/he/she/they/we/release/released/get/gets/come/comes/getting/coming',
  // round 70: "mixing the benzos and the gear, I know that's how people stop breathing"; the families' "makes you more
  // likely to stop breathing", "that's what slows your breathing down"
  'how/why/makes/make/making ... people/you/someone/somebody/folk/folks/ya/u/your ... stop/stops/slow/slows ... =breathing',
  'likely/risk/chance/chances ... to? ... stop/stops/slow/slows ... =breathing',
  'slows/slow/slowing/slowed ... your/ya/people/their/the/someones ... =breathing ... down?',
  // the second families: "thats how you end up not waking up", "naloxone in date", "advice given", "my partner taking
  // his gabapentin with the gear" (his own pills mixed, not taken from someone)
  'how/why ... you/people/someone/somebody/folk/folks/ya/u/lads ... end/ends/wind/winds ... up ... not/never/dead/in/on/od/overdosing',
  'naloxone/narcan/nyxoid/prenoxad in/out-of date', 'advice/leaflet/leaflets/info/information/training given/provided/issued/offered',
  'taking/takes/take/took his/her/their/my own? {pills}/gabapentin/pregabalin/pregabs/diazepam/methadone/meds/tablets/pills ... with/on-top-of/and ... the? gear/heroin/methadone/drink/alcohol/booze/benzos/crack/spice/brown',
  // round 70's families: "given naloxone and advised not to use alone" (a kit handed out with advice, not a dose given;
  // "gave him naloxone and he's still not breathing" is not in it)
  'given/issued/supplied/provided/offered/handed/gave ... ... naloxone/narcan/nyxoid/prenoxad ... and/plus/with/n ... advised/advice/harm-reduction/training/info/information/leaflet/leaflets',
  // round 70: "I'd want to stop going blue with cold in this hostel"; the families' "hands don't turn blue every night"
  '=blue/=purple ... with/wiv/from ... the? cold',
  'hands/fingers/toes/feet/nose/ears/lips ... do-not/never/dont ... turn/go/going/turning ... =blue/=purple',
  '=blue/=purple ... every ... night/morning/day/winter',
  // round 71: "Poster in the hostel office: if someone is not breathing, call 999"; its families' flowchart and leaflet
  `${notice} ... ... ... ... if ... someone/somebody/anyone/your/a/the/they/he/she ... ... will-not/wont/is/s/goes/go/stops/stop/not/isnt/has/gone ... ... wake/breathing/breathe/blue/responding/respond`,
  `${notice} ... ... ... ... ... ... call/ring/phone/dial an/a? 999/ambulance/911/112`,
  `${notice} ... ... ... ... ... ... ... give/use/spray/administer naloxone/narcan/nyxoid/prenoxad`,
  // round 71: "had my hep B jab and my arm's a bit sore and red where it went in"
  'jab/jabs/vaccine/vaccination/vaccinations/booster/boosters/immunisation ... ... ... arm/arms ... ... ... sore/red/stiff/achy/aching/warm/bruised/tender',
  // the families: "no breathing problems today"; "what should you do if you think a neighbour is hurting their kids?"
  'no/not-any/without/nil ... =breathing ... problems/problem/issues/difficulties/difficulty/trouble',
  'what/how/who ... should/do/would/can/could ... you/i/we/one/people ... do/report/tell/ring/call ... if/when ... you/i/we/someone/people ... think/suspect/worried/believe/know ... ... ... is/are/s/being ... hurting/hitting/abusing/neglecting/hurt/hit/abused/neglected', 'jumpers/jumper/coat/coats/blankets/blanket/layers ... ... ... still/and-still ... =blue/=freezing',
];
