import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 51 to 56 (test/nlp/crisis/README.md, "Fixed after rounds 51 and
 * 52", "…53 and 54" and "…55 and 56"), kept apart so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after
 * their kind's own patterns and the rounds before.
 */

/** Overdose patterns from rounds 53 and 54. */
export const overdosePatternsAfterRound53: BuiltInPattern[] = [
  {
    // Collapsed, and the message cut off at "and he's not" (round 54: "my son has collapsed in his room and hes not"):
    // whatever was coming (breathing, waking, answering), the overdose steps are right for these users; "collapsed and
    // he's not diabetic" says what it is not.
    id: 'collapsed-and-not',
    kind: 'overdose',
    now: true,
    phrases: [
      'collapsed/collapse/keeled/keeled-over ... ... ... and/an/n he/she/they is/are not/nae !=drunk/=diabetic/=epileptic/=hurt/=injured/=bleeding/=a/=an/=on/=using/=high/=old/=well/=ill/=sick/=pregnant/=in/=at/=sure/=the/=usually/=normally/=one/=that/=like/=making/=talking/=speaking/=feeling/=looking/=right/=himself/=herself/=laughing/=joking/=messing',
    ],
  },
];

/** Suicide patterns from rounds 51 to 56. */
export const suicidePatternsAfterRound51: BuiltInPattern[] = [
  {
    // Not safe tonight, whatever was told to a service (round 51: "told the crisis team id be fine but honestly i dont
    // trust myself tonight"); not trusting oneself near the offie or the crisps is an everyday exception.
    id: 'not-safe-tonight',
    kind: 'suicide',
    now: false,
    phrases: [
      'can-not/could-not/do-not/does-not/not ... trust ... myself/meself/herself/himself/themselves/themself ... tonight/tonite/alone/on-my-own/on-me-own/on-her-own/on-his-own/on-their-own/right-now/at-the-moment/anymore/any-more',
      'can-not/could-not/not-able-to ... keep ... myself/meself/herself/himself/themselves ... safe',
      'scared/afraid/frightened/terrified/worried ... of? what ... {me}/i/ill/id ... might/could/will/would? do ... ... ... tonight/tonite/alone/own/to-myself/to-herself/to-himself',
      'scared/afraid/frightened/terrified of myself/meself/herself/himself',
    ],
  },
  {
    // The same fear for someone else ("she's scared what she'll do tonight"). Apart from not-safe-tonight because a threat
    // from that person explains it as danger from them (round 86: "my partner locks me in … I'm scared what he'll do when
    // he's back tonight"; explainedByHarm).
    id: 'scared-what-they-will-do',
    kind: 'suicide',
    now: false,
    phrases: [
      'scared/afraid/frightened/terrified/worried ... of? what ... she/shell/he/hell/they/theyll ... might/could/will/would? do ... ... ... tonight/tonite/alone/own/to-myself/to-herself/to-himself',
    ],
  },
  {
    // A wish not to wake, given as an answer (round 52: "what would I like to be different? not waking up would be a
    // start"; the second person's "wouldnt mind if the gear just took me one night n that was that"). "Not waking up at
    // 4am rattling would be a start" is a wish about mornings: the words must come together.
    id: 'wish-not-to-wake',
    kind: 'suicide',
    now: false,
    phrases: [
      'not waking/wakin/wake up? would/wud/d/will/ll be ... a? start/relief/blessing/nice/good/great/lovely/ideal/best/mercy/fine/bonus',
      'wish/wishes/wished/wishing ... she/he/they/{me}/i ... would-not/wouldnt/did-not/didnt/could-not/couldnt ... wake/waking/wake-up',
      'would-not/wouldnt/not/dont/do-not ... mind/care/bothered ... if ... the? gear/drink/booze/{drugs}/it/this/something/next-bag/next-one ... just? took/takes/take/finished/finishes/killed/kills ... me',
    ],
  },
  {
    // A plan tied to a coming event, with the means got ready (round 52's second person: "if they take the kids off me
    // on monday thats me done, ive got the tablets sorted"; round 52: "if the eviction goes through that's it, I've
    // decided, I'll go off the bridge"). "If court goes bad that's it, I'm moving to Glasgow" names no means.
    id: 'plan-with-means-ready',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'that/thats/that-is/that-s me ... done/finished/gone/off', 'that/thats/that-is/that-s it ... {me}/i/ive/i-have ... decided',
        'if/when/once ... ... ... that/thats/that-is/that-s it/me',
      ],
      [
        'got/have/has ... the/my/me/some/all-the? tablets/pills/{pills}/rope/blades/blade/razors/belt/gun ... sorted/ready/saved/lined-up/here/ready-to-go',
        '{me}/i/ill/i-will/im/gonna/going-to ... go/going/goin/jump/jumping/step/stepping ... off/of ... the/a? bridge/{drop}',
        'already ... know/got/have/planned ... how/the-how ... and/n/an ... where/when',
      ],
    ],
  },
  {
    // Afraid of acting on it, with the means kept near (round 52: "what worries me most is I'll actually go through with
    // it this time, the rope's still in the shed"; the second person's blades in the drawer, a dad's shotgun, a belt on
    // the back of the door). "I'll actually go through with telling me mum" is about telling, and names no means.
    id: 'fear-with-means-near',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'go/going/gone/goin through with it ... this/next time', 'do/doing/did/done it properly/right ... this/next time',
        'will-not/wont/not/never stop ... at ... cutting/cuts/scratching', 'the thoughts/urges/voices ... are/s/have/is ... back/come-back/coming-back',
        'scared/afraid/worried/frightened/terrified ... {me}/i/ill/hell/shell/he/she/they ... will/ll/might/could/would? use/do/try ... it/them/that',
        // ("scared of myself" alone is not-safe-tonight's, which comes first)
      ],
      [
        'rope/ropes/noose/belt/cord/flex/ligature/blades/blade/razors/razor/shotgun/gun/rifle ... still? ... in/on/at/behind/under ... the/my/me/his/her? shed/garage/loft/attic/wardrobe/drawer/door/cupboard/car/van/bed',
        'still got/have/has ... the/my/me/his/her/some? blades/blade/razors/razor/rope/belt/noose/gun/shotgun',
        'know/knows ... where ... he/she/my/his/her/they ... keeps/kept/hides/hid/puts ... his/her/the/their/my? shotgun/gun/rifle/pills/tablets/rope/blades/knives',
        'keeping/kept/hiding/hid/stashed/stashing ... all? my/me/his/her/the? {pills} ... in ... a/the/my/me? sock/tin/drawer/box/bag/wardrobe/shoe/jar',
      ],
    ],
  },
  {
    // Asking for a way, with the end said beside it (round 55: "can u tell me the quickest painless way, ive had enough");
    // "the quickest way to the clinic" and "the most painless way to come off subs, I've had enough of them" are not.
    id: 'asks-for-a-way',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'painless/painlessly/least-painful/most-painless/pain-free ... way/method/how',
        'quickest/quick/easiest/surest/best/fastest ... way/method ... out/to-go/to-die/to-end/to-do-it/of-doing-it/to-not-wake',
      ],
      ['had/have/ive enough !=of/=off/=to/=for/=money/=cash/=now', 'end/do/finish it', 'to die', 'not/never wake'],
    ],
  },
  {
    // A scale answer that is about staying alive (round 52: "scale of 0 to 10 for wanting to still be here? about a 1";
    // the second person's "1 out of 10 for wanting to stay alive"). crisisText.ts joins a bare score to the question
    // before it; "a 9 for wanting to still be here" and "about a 1 for wanting to stop" are everyday.
    id: 'low-score-for-living',
    kind: 'suicide',
    now: false,
    phrases: [
      'want/wanting/wants ... to? still? be/stay/keep/being ... here/alive/around/living/going ... ... about/bout/around/maybe/honestly/say/probably/prob/prolly a? 0/1/2/zero/nil !to/=10/out/outta/and/or/years/year/yrs/days/weeks/months/more/people/kids/of',
      'want/wanting/wants ... to? still? be/stay/being ... here/alive/around ... 0/1/2/zero/nil !to/=10/out/outta/and/or/years/year/yrs/days/weeks/months/more/people/kids/of',
      'a/about/bout/around/say/said/maybe/honestly/only/barely/like/its 0/1/2/zero/nil out-of-10/outta-10/out-of-ten/outta-ten? for ... still? wanting/want ... to? still? be/stay/keep/being ... here/alive/around/living/going',
    ],
  },
];

/** Harm patterns from rounds 51 to 56. */
export const harmPatternsAfterRound51: BuiltInPattern[] = [
  {
    // Threatened with a weapon now (round 53: "a resident is threatening my colleague with a used needle in the office
    // right now"; its second person's broken bottle "going for my colleague", a hammer at a sister).
    id: 'threatened-with-a-weapon',
    kind: 'harm',
    now: true,
    phrases: [
      'threatening/threatened/threatens/going-for/goin-for/coming-at/came-at/attacking/waving/swinging ... ... ... with ... a/the/his/her/their/some? used/broken/dirty/big? needle/syringe/knife/blade/bottle/hammer/bat/machete/screwdriver/axe/crowbar/{weapon}',
      'needle/syringe/knife/blade/bottle/hammer/bat/machete/screwdriver/axe/crowbar/{weapon} ... is/s/are? going/coming/gone/went/goin ... for ... my/me/her/him/us/the/our/them',
      // said to be coming to finish someone (round 54: "my ex has found out where im staying and says hes coming to finish me")
      'coming/come/comin/on-his-way/on-her-way/on-their-way ... to/and/n ... finish/finsh/end/kill/do-in ... me/her/him/us/them',
      // a threat passed on by text (round 54's second person: "textin me im dead wen he sees me")
      'texting/textin/texted/text/messaging/messaged/message/says/said/saying/sayin/told/telling/threatened/threatening ... {me}/im/i-am/youre/you-are/your/shes/hes ... dead when/once/as-soon-as/the-minute he/she/they ... see/sees/catch/catches/get/gets/find/finds',
    ],
  },
  {
    // Coming round with a weapon, with a debt or fear beside it (round 55: "the fella I owe says he's coming round mine
    // tonight with a hammer, I'm bricking it"); "my mate's coming round with a hammer to put the shelf up" has neither.
    id: 'coming-round-armed',
    kind: 'harm',
    now: true,
    // "coming round mine" is a visit (an everyday phrase) until the other sign says otherwise
    readsThroughIdioms: true,
    signs: [
      [
        'coming/come/comin/turning-up/turn-up/on-his-way/on-her-way/on-their-way ... round/over/to ... ... ... with ... a/his/her/the/some/their? hammer/knife/knives/blade/bat/machete/gun/axe/crowbar/bottle/{weapon}',
      ],
      [
        'owe/owes/owed/owing/debt/debts/tick', 'bricking/shitting/scared/terrified/frightened/petrified/panicking', 'threat/threats/threatened/threatening',
        // round 55's second person: "my ex has messaged saying hes coming to the flat with a knife later and im on my own"
        'on/by my/me own/myself', 'ex/ex-partner/ex-boyfriend/ex-husband/ex-girlfriend/ex-wife/dealer',
        'says/said/saying ... he/she/they ... will/ll/gonna/going-to ... do/hurt/batter/kill/smash/sort/cave',
      ],
    ],
  },
  {
    // A child's injury said to be a carer's doing (round 55's second person: "neighbours lad had burns on his arm
    // yesterday and says his stepdad did it"): the everyday phrase for someone else's marks hides the self-harm reading,
    // and this reads through it.
    id: 'injury-blamed-on-carer',
    kind: 'harm',
    now: true,
    readsThroughIdioms: true,
    phrases: [
      'burns/burn-marks/cuts/bruises/bruising/marks/welts/black-eye ... on ... his/her/their/my ... ... ... says/said/told/saying ... his/her/their/my ... {family}/stepdad/step-dad/dad/mum/mam/boyfriend/partner/uncle ... did/done/caused ... it/them/that',
    ],
  },
  {
    // A small child left where a child can drown or fall, by a carer who is high (round 54: "off her head on crack with
    // our 2 year old and shes left him in the bath on his own"; the second person's toddler on a balcony).
    id: 'child-left-in-danger',
    kind: 'harm',
    now: true,
    phrases: [
      'left/leaving/leave/leaves ... ... ... in the bath/bathtub ... alone/on-his-own/on-her-own/by-himself/by-herself/on-their-own/by-themselves',
      '{child}/toddler/toddlers/baby/little-one/little-un ... on/in/out-on ... the? balcony/road/street/canal/river/bath ... on-his-own/on-her-own/alone/by-himself/by-herself/on-their-own',
    ],
  },
  {
    // A threat at home with violence before it (round 51: "my stepdad is going to kill me when he sees the car, he broke
    // my arm the last time"). "My nan will kill me when she sees my hair" has no violence before, so it is the idiom.
    id: 'threat-with-violence-before',
    kind: 'harm',
    now: true,
    // the idiom exceptions ("kill me when he sees", "dead when he sees") would hide the threat; the second sign says
    // it is not the idiom (round 54's second person: "my ex is out of jail n textin me im dead wen he sees me")
    readsThroughIdioms: true,
    signs: [
      [
        'going-to/gonna/will/ll/is-going-to ... kill/batter/murder/do-in/leather/hammer/kick-off-on/go-for ... me/him/her/them ... when/once/as-soon-as/the-minute ... he/she/they ... sees/see/gets/get/finds/find/comes/come/back/home/out/in',
        '{me}/im/i-am/youre/you-are/your/shes/hes dead when/once/as-soon-as/the-minute he/she/they ... see/sees/catch/catches/get/gets/find/finds ... me/you/her/him',
      ],
      [
        'he/she/they/hes/shes ... broke/broken/bust/busted/cracked/fractured ... my/his/her/me ... arm/arms/nose/jaw/ribs/rib/wrist/leg/fingers/cheekbone/eye-socket/teeth',
        'bruises/bruising/black-eye/marks/stitches ... from ... the? last/last-time/before', 'last time ... he/she/they ... hit/punched/battered/broke/strangled/kicked/stabbed/hurt',
        'out of/outta ... jail/prison/the-nick/nick/the-jail/custody', 'released/let-out/getting-out/got-out/gets-out ... of? ... jail/prison/custody/the-nick',
      ],
    ],
  },
  {
    // Attacked where they sleep, and told they will be back (round 51: "some lads kicked my tent in last night … said
    // theyll be back tonight to torch it with me in it"); a tent kicked in years ago, with no return, is the past.
    id: 'attacked-and-told-return',
    kind: 'harm',
    now: true,
    signs: [
      [
        'kicked/kicking/set/robbed/pissed/pissing/punched/battered/attacked/stamped/burnt/burned/torched/slashed/flicking/flicked/booted ... ... my/me/his/her/him/the ... tent/blanket/sleeping-bag/bag/head/stuff/face/doorway/things',
        'kicked/punched/battered/attacked/stamped/booted ... him/her/me ... in ... the ... head/face',
      ],
      [
        'said/say/says/told/telling/shouted ... they/theyll/theyre/they-are/they-will/he/hell/hes/he-will ... be/coming/come ... back',
        'next time ... theyll/they-will/hell/he-will ... stab/kill/batter/do/burn/torch', 'getting/get/gonna-get done ... tonight/later/tomorrow',
        'keep/keeps/kept coming ... every? night/day ... pissing/flicking/kicking/throwing/setting/burning/robbing',
        'torch/burn/set-fire-to/petrol-bomb/set-alight ... it/the-tent/my-tent/tent ... with ... me/us/him/her ... in/inside',
        // round 63: "…punched in the face in the stairwell an hour ago, the lad who did it is still in the building"
        'who/that did/done it/this/that ... is/s/are still ... in/here/around/about/outside/upstairs/downstairs/nearby/on-site/in-the-building',
      ],
    ],
  },
  {
    // Made to carry drugs inside the body, with a threat (round 51: "theyre making me plug the gear for them, said if i
    // lose any my mum pays for it"). "Is it true people plug gear into prison?" names no one made to.
    id: 'forced-to-carry',
    kind: 'harm',
    now: true,
    signs: [
      [
        'making/make/makes/made/forcing/force/forced/want/wants/got/get ... me/her/him/them/us ... plug/plugging/carry/carrying/swallow/swallowing/stuff/stuffing/boot/booting ... ... internally/up/gear/wraps/packages/package/bags/it/them',
        'plug/plugging/carry/carrying/carry-it ... up ... my/his/her/their/me bum/arse/ass/backside/bottom',
        'makes/made/making/forcing/forced ... her/him/me/them ... carry ... internally',
      ],
      [
        'if ... {me}/i/she/he/they/any/it/anything ... lose/lost/loses/goes-missing/go-missing/missing/stop/stops/drop/drops ... ... pays/pay/pay-for-it/hurt/gets-it/dead/done',
        '{family}/my-mum/my-mam/family/kids/girlfriend/boyfriend ... pays/pay ... for ... it/another-way', 'pays/pay another way',
        'threatened/threatening/threaten ... her/his/my/their ... kids/children/family/mum/mam/nan/sister/brother/girlfriend',
      ],
    ],
  },
  {
    // Held by the person they owe, let out only to sell (round 52: "the man I owe has kept me in his flat since Friday and
    // only lets me out to sell"); "stuck in the flat since Friday with covid" is nobody's doing.
    id: 'held-to-work-a-debt',
    kind: 'harm',
    now: true,
    phrases: [
      'kept/keeping/holding/held ... me/her/him/them ... in/at ... his/her/their/a/the ... flat/house/place/trap/trap-house/dealers/gaff/room ... since/for',
      'kept/keeping/held ... at ... his/her/their/the/a ... dealers/dealer/trap/trap-house ... since/for',
      'only lets/let/letting/allows ... me/her/him/them ... out ... to ... sell/deal/serve/run/graft/work/shot',
      'will-not/wont/does-not/doesnt/not ... let ... me/her/him/them ... come/go/leave ... home/out? ... till/until/til/unless ... debt/debts/paid/pay/sold/shifted',
    ],
  },
  {
    // Driven or sent somewhere unknown to sell (round 52: "I'm in a car and I don't know where they're taking me, they say
    // I've got to do a drop"); "in a taxi, dont know where the new clinic is" is not being taken.
    id: 'taken-to-sell',
    kind: 'harm',
    now: true,
    signs: [
      [
        'do-not/dont/not/no-idea ... know ... where ... they/theyre/they-are/were/we-are/im/i-am/we/she/he ... taking/going/headed/heading/being-taken/taken',
        'wont/will-not/not/refuse ... tell ... me/her/him/us ... where', 'no idea where ... {me}/i/we/she/he ... am/are/is/going',
        'put/drove/driven/taken/took/sent/shipped/moved ... me/her/him/us ... on/to/in ... a/the/another ... train/van/car/flat/town/city ... ... somewhere/another-town/do-not-know/dont-know/never-been',
        'told ... she/he/{me}/i/they ... can-not/cant/not-allowed-to ... leave ... till/until/til/unless', 'driven/taken/moved/sent/shipped ... to ... ... another/different/other town/city/place/area',
      ],
      [
        'do/doing ... a? drop/drops/run/runs', 'drop/deliver ... a? package/parcel/bag/bags', 'running/run ... a? line/lines',
        'tracking/track/tracked ... my/her/his phone', 'gear/gears/stuff/bags ... sold/gone/shifted', 'sell/selling/serve/serving',
      ],
    ],
  },
];
