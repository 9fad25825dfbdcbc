import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 65 and 66 (test/nlp/crisis/README.md, "Fixed after rounds 65 and
 * 66"): round 66 was written as someone else's crisis told by a third person. nlp/crisisBuiltIn.ts puts them after
 * their kind's own patterns and the rounds before.
 */

// a child said by age or school year ("hes only 13", "14yo", "year 10", "YP (15)")
export const childAge = [
  'is/s/hes/shes/aged/age/only/just/he-is/she-is/im/i-am/yp 9/10/11/12/13/14/15/16/17/nine/ten/eleven/twelve/thirteen/fourteen/fifteen/sixteen/seventeen',
  '9/10/11/12/13/14/15/16/17 year/years/yr/yrs old', '9/10/11/12/13/14/15/16/17/9yo/10yo/11yo/12yo/13yo/14yo/15yo/16yo/17yo yo',
  'in? year 7/8/9/10/11', 'after school', 'school bag/bags/uniform', '{child}/lad/boy/girl/son/daughter/nephew/niece/grandson/granddaughter/brother/sister 9/10/11/12/13/14/15/16/17',
];

/** Overdose patterns from rounds 65 and 66. */
export const overdosePatternsAfterRound65: BuiltInPattern[] = [
  {
    // No response to a pain stimulus, in a note (round 66: "pinned and not waking to a sternal rub"; the families' "no
    // response to trapezius squeeze or voice"). Practising the rub on a dummy is a training, not an event.
    id: 'no-response-to-pain',
    kind: 'overdose',
    now: true,
    phrases: [
      // ("unrousable to trapezius squeeze")
      'unrousable/unresponsive/unrouseable/unreactive/unroused ... to ... a/the/any? sternal/sternum/trapezius/trap/pain/painful/earlobe ... rub/rubs/squeeze/squeezes/pinch/stimulus/stimuli',
      'no/not/nae/without/nothing ... response/responding/responsive/reaction/reacting/waking/rousing/rousable/stirring ... to ... a/the/any? sternal/sternum/trapezius/trap/pain/painful/earlobe ... rub/rubs/squeeze/squeezes/pinch/stimulus/stimuli',
      'sternal/sternum/trapezius ... rub/squeeze/pinch ... ... no/not/nothing/nae ... response/responding/reaction/waking/stirring/flicker',
    ],
  },
];

/** Harm patterns from rounds 65 and 66. */
export const harmPatternsAfterRound65: BuiltInPattern[] = [
  {
    // A child used by older people to hold, carry or sell (round 65: "older lads have got my 14 year old holding stuff for
    // them and doing drops after school"; the families' "have him minding their stash", "found a burner phone and 400
    // quid in his school bag", "keep sending him to some trap house in Norfolk"): a child's age and a sign of the work.
    id: 'child-used-by-dealers',
    kind: 'harm',
    now: true,
    signs: [
      childAge,
      [
        // (round 66's families: "got him taking parcels up to Hull", "paying him to take packages", "going out to Skegness with
        // bags of gear", "got our Kyle stashing their gear")
        'got/have/has/=got ... him/her ... taking/take/carrying ... parcels/packages/bags ... to/up-to/down-to/out',
        'paying/paid/pays/pay ... him/her/them ... to ... take/carry/run/hold/deliver/drop/move ... packages/parcels/bags/stuff/drugs/gear',
        'bags/bag/parcels/packages/wraps ... of ... gear/drugs/crack/weed/coke/heroin', 'going/goes/sent ... out? to ... ... with ... bags/gear/drugs/parcels/packages',
        'have/got/=got/has ... him/her/my/his/her/our ... ... son/lad/boy/girl/daughter/brother/nephew/grandson/him/her? ... minding/holding/stashing/stashin/hiding/carrying/running/runnin/shifting/selling/dealing/shotting/dropping/delivering ... stash/gear/drugs/bags/stuff/packages/parcels/bits/for-them',
        'holding/minding/stashing/hiding/carrying ... stuff/gear/drugs/bags/bits/packages/stash ... for ... them/the-lads/older/olders/the-olders/these',
        'running/runnin/shifting/carrying/doing/do/does ... bits/bags/drops/runs/parcels/packages ... ... for ... the? older/olders/these-older/the-lads/dealers/them',
        'do/doing/does drops', 'burner/burners/burner-phone/second-phone/other-phone', 'trap/trap-house/traphouse', 'plugged/plugging',
        // (not "a county lines awareness session to year 9s")
        'trafficked/exploited/running/run/working/works/used ... on/for/by/in ... a/the? county line/lines', 'cce',
        'keep/keeps/kept sending/taking/driving him/her ... to', 'being/been/is/was used/exploited/groomed ... by ... ... to',
        'made/forced/making/forcing ... to? take/taking/carry/carrying/run/running ... parcels/packages/bags/stuff/drugs/gear',
      ],
    ],
  },
  {
    // Sexual exploitation, often by whoever supplies the drugs (round 66: "being pimped out by the lad who supplies her
    // gear"; the families' "being passed round by the bloke who gives her crack, he sells her to other men"). A car
    // "pimped out" with neon lights is not.
    id: 'sexually-exploited',
    kind: 'harm',
    now: true,
    phrases: [
      'is/s/being/been/getting/gets/got/was pimped/prostituted/trafficked', 'pimping/pimps/pimped/pimp ... her/him/them/my/his/our/me ... out',
      'being/been/is/s/gets/getting passed/passing round/around ... by/to/between',
      // (the person straight before "to": not "sold her old sofa to some men from facebook")
      'sells/selling/sold/sell/pimps/rents/renting her/him/them/me out? to ... other? men/blokes/lads/punters/mates/his-mates/his-friends',
      'taking/takes/took/take ... her/him/them/me ... to ... hotels/hotel/flats/parties ... to ... meet/see/sleep-with/be-with ... men/blokes/punters/lads',
      // round 66's families: "has me seeing punters for him", "sexually exploited by her supplier, made to have sex with men"
      'has/got/makes/making/made/gets ... me/her/him/them ... seeing/see/sleeping-with/sleep-with/doing/do ... punters/clients/men/blokes ... for ... him/them',
      'being/been/is/s/was/getting sexually exploited/abused/assaulted', 'made/forced/making/forcing/pressured/pressuring ... to? ... have-sex/sleep/sleeping/do-stuff ... with ... men/him/them/punters/his-mates/blokes',
      'sex ... in-exchange-for/for/to-pay-for/to-pay-off ... drugs/gear/crack/a-bag/bags/the-debt',
    ],
  },
  {
    // Things smashed or thrown with a child there and frightened (round 65: "can hear the kid next door screaming and her
    // fella smashing the place up"; the families' "partner is kicking off and chucking things about and the kids are in
    // the room"). Children screaming at play, or a film, have no violence with them.
    id: 'violence-with-child-present',
    kind: 'harm',
    now: true,
    signs: [
      [
        'smashing/smashin/wrecking/trashing/breaking ... the/her/his/their? place/things/stuff/furniture/house/flat/plates/telly ... up?',
        'stuff/things/furniture/plates/glass/pots ... being? thrown/smashed/broken/chucked/flying/lobbed', 'chucking/throwing/lobbing/hurling ... things/stuff/plates/furniture/pots ... about/around/at',
        'kicking/kickin/kicked off ... and', 'sounded/sounds ... like ... ... smashed/being-smashed/thrown/broken/hit',
        'banging/crashing/smashing ... and ... a/the? woman/she/her/mum/mam/girl ... screaming/crying/shouting',
        'woman/she/her/mum/mam ... screaming ... ... banging/crashing/smashing/thrown',
      ],
      [
        '{child}/kid/kids/baby/babies/bairn/bairns/little-one/little-ones/children ... crying/screaming/sobbing/wailing/terrified/petrified/hiding',
        '{child}/kid/kids/baby/children/bairns/little-ones ... is/are/s/were/present/there ... in? the? room/present/there/in-there/with-them/in-the-house/in-the-flat/home',
        'children/kids/child/baby present',
      ],
    ],
  },
  {
    // A child left alone while the parent is away using, or a child looking after younger ones with no food (round 65: "mums
    // been gone on a bender since friday, theres no food and im looking after my brother hes 3, im 11"; round 66: "little
    // boy has been left on his own for two days while she's out using").
    id: 'child-left-while-parent-away',
    kind: 'harm',
    now: true,
    phrases: [
      // round 89's families: "I've left my two on their own since last night, I'm stuck at a mate's"
      'left/leaving/leave my/the/our/his/her? two/three/four/kids/children/{child}/little-ones/babies/bairns/weans ... on-their-own/alone/by-themselves/on-his-own/on-her-own ... since/overnight/all-night/all-day/last-night/yesterday',
      // (the second families' "lil girl upstairs been left on her own since tuesday")
      '{child}/toddler/kid/little-one/little-boy/little-girl/wee-girl/wee-boy/wee-one/#-yo/#-year-old/lil-girl/lil-boy/lil-one/girl/boy/lad ... ... on-her-own/on-his-own/alone/by-himself/by-herself/unattended/on-their-own ... ... for/since/overnight/all ... days/nights/yesterday/overnight/two/three/last-night/the-weekend/weekend/friday/saturday/sunday/monday/tuesday/wednesday/thursday',
    ],
    signs: [
      [
        '{family}/mum/mam/mums/mams/dad/dads/mother/father/parent/parents/her-mam/his-dad/her-mum/his-mum ... not/hasnt/has-not/havent/aint/never ... been? ... home/back/come-back/came-back/in ... since/for/in ... days/#/monday/tuesday/wednesday/thursday/friday/saturday/sunday/sat/weekend/yesterday/last-night',
        'gone/been-gone/out/off ... on a? bender/binge/session',
        // round 91's families: "mams been gone on the gear 3 days an theyre eating dry cereal out the box"
        'gone/been-gone/away/out/off on the gear/pipe/crack/drink/piss/lash ... #/days/two/three/four/since/all', 'went/gone out ... ... and ... not/aint/hasnt/never/has-not ... come/came/been ... back/home', 'absent since',
        // the second families: "he's been on his own in that flat since Friday, no sign of his dad"
        'no sign/trace of ... his/her/their/the ... mum/mam/dad/parents/mother/father',
        // round 90, caught only by the reader on a0fa13d: "Her mum's left her on her own three days now and she's only four"
        'mum/mam/mums/mams/dad/dads/mother/father/parents ... has/s/have? left ... her/him/them ... on-her-own/on-his-own/on-their-own/alone/by-herself/by-himself/by-themselves',
        'out/off ... scoring/using/getting-smashed/getting-wasted/getting-high/on-the-gear', 'while/whilst ... she/he/they/mum/mam/dad/mother/father ... is/s/are/out ... using/scoring/on-the-gear',
        // round 91, caught only by the reader on 547ffba: "left on her own all weekend while her mum's on a bender"
        'while/whilst/cos/because ... mum/mam/mums/mams/dad/dads/mother/father/she/he ... is/s? on a/the? bender/binge/session/the-gear/the-pipe/one',
      ],
      [
        '{child}/toddler/kid/little-one/little-boy/little-girl/wee-girl/wee-boy ... ... left/been-left ... alone/on-his-own/on-her-own/by-himself/by-herself/unattended/on-their-own',
        'no/nothing/only ... food/electric/to-eat/cereal/dry-cereal/gas', 'looking/look/caring/care/feeding/feed ... after/for? ... my/her/his/two/the? ... younger? brother/brothers/sister/sisters/siblings/baby-sister/little-sister/little-brother',
        'nappies/milk ... for ... her/his/my ... baby? sister/brother',
        'eating/living-on/having/had dry/plain cereal/crisps/biscuits/bread', 'minding/watching ... his/her/my/the ... baby? brother/sister/siblings',
        'on-his-own/on-her-own/by-himself/by-herself/alone/on-their-own/by-themselves ... since/for/all/overnight ... yesterday/days/day/night/nights/last-night/friday/saturday/sunday/the-weekend',
        '{child}/baby/toddler/little-one ... crying/screaming ... non-stop/for-hours/all-night/all-day/hours', 'no one/nobody/noone/no-body ... else? ... there/in/with-them/home/with-him/with-her',
        '{me}/im/i-am/am 8/9/10/11/12/13/eight/nine/ten/eleven/twelve/thirteen',
        // round 89's families: "Lad next door is about 5, his mam's not been back since Friday and he keeps knocking asking
        // me for food"
        'knocking/knocks/knocked/asking/asks/asked/begging/begs/begged ... ... for ... food/something-to-eat/dinner/bread/a-sandwich/biscuits',
        '{child}/lad/boy/girl/he/she ... is/s about/only/just/aged 1/2/3/4/5/6/7/8/one/two/three/four/five/six/seven/eight',
      ],
    ],
  },
  {
    // An ex who keeps turning up, with damage or a threat now (round 65: "my ex keeps turning up at the hostel, he put the
    // window through tonight and staff have had to lock the doors"; the families' "found out what hostel im in … kicked it
    // in earlier"). An ex who "used to turn up" years ago is the past.
    id: 'ex-turning-up-damage',
    kind: 'harm',
    now: true,
    signs: [
      [
        'ex/exs/ex-partner/ex-boyfriend/ex-husband/ex-girlfriend/ex-wife/former-partner/former ... ... keeps/keep/kept/been/is/s/was/attended/attending/waiting/sat ... turning-up/showing-up/coming-round/outside/banging/attended/waiting-outside/sat-outside/times/daily',
        'found/found-out/knows ... what/which/where ... hostel/refuge/flat/accommodation/house ... {me}/im/i-am/she-is/shes/he-is/hes/in/lives/is',
        'ex/exs/ex-partner/ex-boyfriend/ex-husband/ex-girlfriend/ex-wife/former-partner ... ... attended/turned-up/showed-up/located/arrived/came-to',
        '{other}/he/hes/she/shes/ex ... outside ... the? refuge/hostel/flat/accommodation/house/door ... again/shouting/waiting/daily/every/now',
      ],
      [
        'smashed/broke/broken/put/kicked/booted/put-through ... the/her/my/our/his/reception/front/car? ... glass/window/windows/windscreen/door/doors ... in/through?',
        'kicked/booted ... it/the-door/door ... in', 'not done/finished with me/her/him', 'gonna/going-to/will/ll ... get/kill/batter/hurt/do ... me/her/us',
        'lock/locked/locking ... us/the-doors/doors/everyone/all ... in?', 'afraid/scared/frightened/terrified ... to ... leave/go-out/come-out', 'frightened/terrified',
        'threw/thrown/chucked/lobbed/put ... a? brick/bottle/stone/rock/bin ... through/at ... the/her/my/our/office? ... window/door/windows', 'on lockdown', 'threatened to ... kill/hurt/batter/stab ... her/him/me',
      ],
    ],
  },
];
