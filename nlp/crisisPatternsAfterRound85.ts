import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 85 and 86 (test/nlp/crisis/README.md, "Fixed
 * after rounds 85 and 86"): round 86 was written from women who use drugs and the people around them.
 * nlp/crisisBuiltIn.ts puts the patterns after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts
 * adds the everyday phrases.
 */

// the person the message is about, as the one coming back or the one being threatened
const someone = 'he/she/they/hes/shes/theyre/him/her/them';
const children = '{child}/him/her/them/the-kid/the-kids/the-baby/the-child/the-boy/the-girl/the-lad/toddler/child';

/** Medical patterns from rounds 85 and 86. */
export const medicalPatternsAfterRound85: BuiltInPattern[] = [
  {
    // Infection after a birth (round 86: "had the baby 4 days ago, now I've got a fever and the shakes, my stitches stink
    // and I nearly fainted in the shower"; the families' "gave birth tuesday, temp of 39 n i cant stop shakin, bits down
    // below smell rank", "6/7 post-partum, c/o rigors, pyrexial, offensive lochia"). A birth, a fever and one more sign:
    // "stitches healed fine" or a question about the signs has no fever.
    id: 'infection-after-birth',
    kind: 'medical',
    // (not `now`: "baby came a week ago" is the birth's time, not a past event; the fever is now)
    now: false,
    signsNeeded: 3,
    signs: [
      [
        'had/having ... the/my/our/her/a/his? ... baby/little-one/twins/son/daughter ... #/on/last/this/yesterday/days/day/week/weeks/ago/monday/tuesday/wednesday/thursday/friday/saturday/sunday',
        'gave/given birth', 'baby/little-one ... came/arrived/born ... #/a/last/on/days/week/yesterday/ago',
        'delivered ... #/a/last/on/days/week/yesterday/ago', 'c-section/csection/caesarean/caesarian/section ... ago/last/on/#/days/week/yesterday',
        'post-partum/postpartum/post-natal/postnatal/post-birth', 'just ... had ... the/my/her/a? baby',
      ],
      [
        'fever/feverish/pyrexial/pyrexia/rigors/shivering/shivers/shiverin/shaking/shakin/shakes', 'temp/temperature ... of? #/high/through-the-roof',
        'burning/boiling up', 'freezing ... ... boiling', 'soaking/drenched/pouring ... ... sweat/sweats/sweating', 'sweats/sweating',
      ],
      [
        'stitches/wound/scar/cut/bits/down-below/lochia/discharge/bleeding ... stink/stinks/smell/smells/rank/offensive/weeping/green/pus/oozing/hot/red',
        'belly/stomach/tummy ... agony/killing/rock-hard/hard', 'fainted/faint/fainting/dizzy/syncope/near-syncope/collapsed/woozy',
        'went/gone/going/goin/keep-going ... grey/dizzy/faint', 'barely/hardly/can-not/cant ... stand', 'confused/muddled',
        'heart ... racing/pounding/banging', 'breathless/breathing-fast', 'seeing/seen ... spots/stars',
      ],
    ],
  },
];

/** Suicide patterns from rounds 85 and 86. */
export const suicidePatternsAfterRound85: BuiltInPattern[] = [
  {
    // A loss, then everything to be taken at a time chosen (round 86: "social services took the baby today. tonight when
    // he's asleep i'm taking everything i've got"; the families' "lost the tenancy and the kids today. once they're in
    // bed at my mum's I'm necking every pill in the cupboard", "when the chemist opens in the morning he's picking up his
    // script and taking the lot in one go"). All three: clearing his junk "when he's asleep" has no loss.
    id: 'loss-then-plan',
    kind: 'suicide',
    now: false,
    signsNeeded: 3,
    signs: [
      [
        'social-services/socials/ss/social-worker/court/judge/police ... took/taken/take/removed/removing/placed/taking ... the/my/our/his/her? ... baby/kids/children/child/son/daughter/boy/girl/bairns/little-one/kid',
        'took/taken/removed/placed ... into/in care', 'lost/losing ... the/my/his/her/our? ... kids/children/baby/custody/boy/girl/son/daughter',
        'never ... seeing/see ... his/her/my/the ... daughter/son/kids/baby/boy/girl/children ... again', 'no contact ... with/wiv/wi ... my/his/her/the ... boy/girl/son/daughter/kids/baby/children',
        'left/gone/walked-out/run-off/ran-off ... with ... the/my/our/his/her ... baby/kids/children', 'children/kids/baby ... have/has/been ... removed',
      ],
      [
        'taking/take/necking/neck/swallowing/swallow/doing/do/having/using/use/banging/bang/doin ... every ... pill/tablet/tablets/pills/{pills}/last',
        'taking/take/necking/neck/swallowing/swallow/doing/do/having/using/banging/doin ... the-lot/everything/the-whole-lot/it-all/all-of-it',
        'taking/take/necking/neck/swallowing/swallow/doing/do/having/using/banging/doin ... all ... the/my/his/her/me ... gear/pills/tablets/meds/script/methadone/stockpiled/stash/saved',
      ],
      [
        'tonight/tonite/2nite/tomorrow/later', 'in the morning', 'once/when/soon-as/after/wen ... ... ... asleep/bed/gone/out/work/opens/done/checks/leaves',
        'in one go', 'that is/s me done',
      ],
    ],
  },
];

/** Harm patterns from rounds 85 and 86. */
export const harmPatternsAfterRound85: BuiltInPattern[] = [
  {
    // A threat for when someone gets back, with fear, control or a discovery around it (round 85: "he knows i've been
    // using again and he's on his way back, said he'll kill me when he gets here"; round 86: "he's found the refuge
    // number in my phone, he's going to kill me when he gets back"; the families' "Fearful of assault on his return
    // this evening", "en route to the building, has threatened to stab her on arrival"). The third sign keeps out "mum'll
    // kill me when she gets home".
    id: 'threat-on-return',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        `when/once/wen/soon-as/the-minute/the-second ... ${someone} ... gets/get/comes/come/walks/walk/arrives/turns ... back/in/home/here/round/through/up`,
        `when/once/wen/soon-as ... ${someone} ... is/s/are/re ... back/home/in`,
        'on ... his/her/their ... return/way/way-back/way-home/way-over/way-round', 'on arrival', 'en route', 'driving/heading/coming ... over/round/back/home ... now/tonight',
      ],
      [
        `will/ll/gonna/going-to/threatened-to/threatening-to/wants-to ... ... kill/batter/stab/strangle/murder/hurt/finish/beat/leather/knife/glass/break/mental ... ${someone}/me/us/my/neck`,
        'will/ll/gonna/going-to/threatened-to/threatening-to/wants-to ... do ... me/her/him/us ... in',
        `what/wat ... ${someone} ... will/ll/gonna/going-to/might/would ... do`, 'fearful/fear/afraid/scared/frightened ... of ... assault/attack/violence/being-hurt/harm',
        // the families: "texted me saying im dead the second he walks in"
        'saying/says/said/texted/text/texting/messaged/messaging ... ... im/i-am/youre/you-are/shes/she-is/your/ur dead',
      ],
      [
        'scared/terrified/frightened/petrified/fearful/shaking/shakin/bricking/hiding/crying/police',
        `locked/locks/bolted/bolts/shut/shuts/keeps ... me/her/us/him ... in`, 'screwed/nailed ... windows/window/door ... shut',
        'took/takes/taken/removes/removed/smashed/smashes/hid/hides/has ... my/her/me/his ... phone/mobile/keys',
        'found/found-out/knows/know/seen/saw/clocked/discovered/read/aware ... ... ... using/relapse/relapsed/back-on-it/gear/refuge/womens-aid/support-worker/housing/bag/texts/messages/saving/leave/leaving/number/application',
        'threatened/threatening/threats',
      ],
    ],
  },
  {
    // Money, medicine or phone held, and a recent beating (round 85: "partner holds her script and money, strangled her
    // on Saturday"; the families' "boyfriend collects her methadone and keeps her benefits, hit her with a bottle on
    // Thursday"). An appointee by agreement hurts no one; the beating also says that "partner holds her script" is not a
    // partner keeping meds safe (an everyday phrase).
    id: 'controlled-and-hurt',
    kind: 'harm',
    now: true,
    readsThroughIdioms: true,
    signs: [
      [
        'takes/took/taken/holds/held/keeps/kept/collects/collected/controls/controlling/has/hides/withholds/withheld/withholding ... all? ... her/my/his/their/me ... script/methadone/meds/money/benefits/bank-card/card/giro/subs/phone/wages/pension',
        'makes/made ... me/her/him ... hand ... over',
      ],
      [
        // ("hit" only with a thing: "it hit me with a bang" is an idiom these signs read through)
        'hit/strangled/choked/kicked/punched/battered/slapped/beat/throttled/headbutted/assaulted ... her/me/him/them ... with ... a/the/his/her/my? {weapon}/bottle/belt/bat/hammer/chair/iron/pan/plate/mug/glass/remote/stick/brick/fist/fists/shoe/boot',
        'strangled/choked/kicked/punched/battered/slapped/beat/throttled/headbutted/assaulted ... her/me/him/them ... on/last/yesterday/round/about/earlier/this',
        'hands ... round/around ... my/her/his ... neck/throat', 'by the throat/neck', 'strangled/choked/throttled ... her/me/him',
      ],
    ],
  },
  {
    // A parent off their face at the door of the child's carer, taking the child (round 86: "I'm kinship carer for my
    // grandson, his dad's turned up off his face, smashed the window and says he's taking him"). All three: a sober dad
    // visiting, or a window smashed years ago, is not this.
    id: 'child-taken-by-intoxicated-parent',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      [
        'off ... his/her/their/my ... face/head/nut/tits/box', 'pissed/pissed-up/steaming/mashed/wasted/drunk/intoxicated/paralytic/wrecked/gouching/monged/raging',
        'on crack/gear/spice/ket/coke',
      ],
      [
        'kicked/kicking/booted/booting/banging/hammering/smashed/smashing/put/broke/breaking ... the/her/my/our/his/front/back/reception? ... door/window/windows/windscreen/glass/gate',
        'outside/turned-up/turning-up/attended/arrived/showed-up/at-the-door', 'criminal damage', 'damaged/damaging ... property/the-house/the-flat/the-door/the-car',
      ],
      [
        `taking/take/grabbing/grab/snatching/snatch/dragging/drag/removing/remove/fetching ... ... ${children} ... back/away/off/out/home/to/with/now?`,
        `hand/handing/hands ... ${children} ... over`, `drag/dragging/take/taking ... ${children} ... out/to`,
      ],
    ],
  },
  {
    // Found where they live and at the door now (round 86's families: "he hit me back in 2015 but now he's found where I
    // live and he's outside banging on the door").
    id: 'found-and-at-door',
    kind: 'harm',
    now: true,
    signs: [
      [
        `found/found-out/knows/tracked/traced/worked-out ... where ... {me}/i/we/she/he ... live/lives/living/staying/stay`,
        'found/traced/got/knows ... my/her/our ... new? address/flat/place',
      ],
      [
        'outside/at ... ... ... banging/hammering/kicking/booting/trying ... on? ... the/my/our/her? door/window/windows/letterbox/in',
        'banging/hammering/kicking/booting ... on? ... the/my/our/her ... door/window/windows ... now/right-now/again/screaming/shouting/this-morning/last-night/earlier/today/tonight',
      ],
    ],
  },
];

/**
 * Everyday phrases from rounds 85 and 86: a worker asking how to answer someone's abuse, a training course or a
 * scheme about it, overdoing it at a family do, cutting drugs.
 */
export const nearMissesAfterRound85: string[] = [
  // round 86: "what should I say if a woman at the pharmacy counter tells me her partner hits her?"; the families' "how
  // should I respond if a patient mentions at the desk that someone at home is hurting them?"
  'what/how ... should/would/do/can/could/to/best-way-to ... say/do/respond/react/handle/ask/signpost/tell/reply/answer/support/help ... if/when ... ... ... tells/says/said/mentions/mentioned/discloses/disclosed/told/admits/admitted/reports/reported/confides/opens-up/talks/brings-up ... ... ... {violence}/hurting/hurts/abuse/abused/abusing/abusive/threatens/threatening/controls/controlling/violent/violence/assaulted/knocks/knocking/slaps/beats/batters/kicks/punches/strangles',
  // the families' "doing a course on domestic abuse at college", "a code word scheme for people experiencing domestic
  // abuse"
  'course/courses/training/session/sessions/module/lecture/talk/poster/posters/leaflet/leaflets/scheme/schemes/awareness/policy/campaign/college/essay/assignment/dissertation/research/workshop ... ... ... domestic-abuse/domestic-violence/coercive-control',
  'people/someone/anyone/clients/patients/customers/women/those/folk ... experiencing/affected-by/facing/living-with/suffering ... domestic abuse/violence',
  // round 86: "overdid it at my sister's baby shower, head's banging"
  'overdid/overdone/overdo/overdoing it ... ... on/at/with/over ... ... ... shower/christening/reception/the-do/a-do/family-do/works-do/bash/celebration/barbecue/bbq/funeral/anniversary/graduation/gathering/engagement/communion/wedding/party',
  // cutting drugs, not skin: "used to cut and bag for him"
  'used-to/use-to =cut and/n/an ... bag/bagged/sell/sold/deal/dealt/weigh/weighed/wrap/wrapped/mix/mixed',
];
