import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 81 and 82 (test/nlp/crisis/README.md, "Fixed
 * after rounds 81 and 82"): round 82 was written from nightlife and chemsex.
 * nlp/crisisBuiltIn.ts puts the patterns after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts
 * adds the everyday phrases.
 */

/** Medical patterns from rounds 81 and 82. */
export const medicalPatternsAfterRound81: BuiltInPattern[] = [
  {
    // Too much water on MDMA, and the brain swelling that follows (round 82: "shes drunk litres of water on mandy, now
    // shes confused, head pounding and keeps throwing up"; the families' "necked about 4 pints of water on pills",
    // "consumed excessive fluids"). Water alone, or a question about how much is safe, has no signs.
    id: 'water-on-mdma',
    kind: 'medical',
    now: true,
    // (the families' "downing bottles of water all night": "bottles of water" is otherwise shopping, and "my head's
    // killing me" an idiom; with all three signs neither is)
    readsThroughIdioms: true,
    signsNeeded: 3,
    signs: [
      [
        'drunk/drank/drinking/downed/downing/necked/necking/had/consumed/guzzled/guzzling ... litres/liters/pints/gallons/loads/bottles/tons/lots/loadsa/buckets/gallon/litre/liter ... of? water/fluids',
        'keeps/keep/kept/been/wont-stop/cant-stop/can-not-stop/will-not-stop/would-not-stop ... drinking/downing/necking/guzzling ... water', 'excessive/too-much/way-too-much fluids/water',
        'drank/drunk/drinking/had ... loads/lots/too-much/so-much ... water',
      ],
      ['mdma/mandy/molly/md/pills/ecstasy/e/pingers/mitsubishis/beans/caps/crystals/mash'],
      [
        'confused/confusion/disorientated/disoriented/muddled/not-making-sense/talking-nonsense/talking-rubbish/doesnt-know-where/does-not-know-where',
        'head ... pounding/banging/splitting/killing', 'headache/head-ache', 'sick/vomiting/spewing/throwing-up/puking', 'fitting/fit/seizure/twitching',
      ],
    ],
  },
];

/** Suicide patterns from rounds 81 and 82. */
export const suicidePatternsAfterRound81: BuiltInPattern[] = [
  {
    // A last time, and peace with it (round 82: "Last festival, last everything. I've made my peace."; the families'
    // "tonight's the last time anyone will have to put up with her, says she's at peace with it now", "this will be my
    // last Christmas … at peace with her decision", "the last gig he'll ever play, he's ready to go now"). A last day at
    // the hostel or the last festival of the year has no peace in it; peace made with a dad before he passed has no last.
    id: 'last-time-at-peace',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'last everything', 'last ... ever/anyone/anybody', 'last ... ... {me}/i/he/she/they ... will/ll ... see/have/get/celebrate/spend', 'will-be/ll-be/is/s/was my/his/her/the last christmas/birthday/gig/festival/weekend/summer/party/night/bender',
        'last festival/gig/party/bender/night/weekend/christmas/birthday/dance/rave/session/sesh ... ... last', 'one last ... then',
      ],
      [
        'made/making/make my/me/his/her/their peace !with', 'at peace ... with? ... it/this/that/decision/everything/now', 'ready to go ... now?', 'not scared/afraid anymore/any-more/now/no-more',
        'accepted it', 'done with life', 'me/her/him/them done ... with? life',
      ],
    ],
  },
];

/** Harm patterns from rounds 81 and 82. */
export const harmPatternsAfterRound81: BuiltInPattern[] = [
  {
    // Intimate or using pictures held over someone for money or obedience (round 82: "my hook up filmed me without asking
    // and says he'll send it to my family unless I pay"; the families' "has pics of me using and says hell put them on
    // facebook if i dont give him 200 quid", "threatening to send her nudes to her work unless she keeps paying"). All
    // three are needed: a sister threatening to show baby photos makes no demand.
    id: 'pictures-held-over',
    kind: 'harm',
    now: true,
    signsNeeded: 3,
    signs: [
      ['pics/pictures/photos/photographs/nudes/video/videos/vid/vids/footage/film/filmed/recorded/recording/clip/clips/images/selfies'],
      [
        'put/post/send/share/leak/show/upload/spread/sending/sharing/posting/leaking/showing ... them/it/her/his/the/my/these/those/em ... ... on/to/with/online/round/around ... facebook/fb/insta/instagram/online/internet/family/mum/mam/dad/kids/work/everyone/boss/wife/husband/partner',
        'put/post/send/share/leak/upload/spread/posting/sharing/leaking ... them/it/her/his/the/my/these/those/em online/everywhere/on-the-internet/on-facebook/on-insta/on-onlyfans/on-twitter/on-x',
        'threatening/threatens/threatened/threaten ... to ... share/send/post/leak/show/put/upload/spread',
        // (the second families: "says shell show my wife", "or he sends them to all his mates")
        'show/shows/send/sends/tell/tells ... my/his/her/their ... wife/husband/partner/family/mum/mam/dad/kids/boss/work/mates/friends/followers/contacts',
        'send/sends/share/shares/post/posts ... them/it/em ... to ... all? ... his/her/my/their ... mates/friends/followers/contacts/family/work', 'kids/family/mum/mam/dad/boss/work/everyone ... will/would/gonna/going-to ... see ... it/them',
      ],
      [
        'unless/unles/if-i-do-not/if-i-dont/if-she-does-not/if-she-doesnt/if-he-does-not/if-he-doesnt ... pay/paying/paid/give/gives/do/does/keep/keeps/send/transfer',
        'if ... {me}/i/she/he ... do-not/dont/does-not/doesnt ... pay/give/send/transfer', 'demanding/demands/demanded/wants/asking-for ... money/cash/payment/quid/pounds',
        'blackmail/blackmailed/blackmailing/blackmails/sextortion', 'pay up', 'give/send ... him/her/them ... # ... quid/pounds/grand',
      ],
    ],
  },
];

/**
 * Everyday phrases from rounds 81 and 82: a bruise healing, a general question about a friend going under, what
 * naloxone does, a lesson or a question about county lines, and a note answered no the other way round ("SI, denies").
 */
export const nearMissesAfterRound81: string[] = [
  // round 81: "his arm came up in a bruise where the nurse took bloods, it's gone yellowy now" (a healing bruise; the
  // families' "going green and yellow now", a cannula, a flu jab)
  'bruise/bruised/bruising/bruises ... ... ... gone/going/turned/turning/went/turn ... a? bit? yellow/yellowy/green/greeny/brown/purple/lighter',
  // ("bloods" exactly: "been spewing blood" is not a test)
  'took/take/taking/had/having/done/did/do ... my/his/her/their/me/the? =bloods/blood-test/blood-tests/blood-sample/blood-samples', 'blood test/tests/sample/samples',
  // round 82: "what would I do if someone went under on G at a party? want to be ready" (would or should: asked ahead;
  // "what do I do, hes gone under" is now)
  'what/how would/should/could ... i/we/you/u/one ... do/help/handle/respond/react ... if/when ... someone/somebody/anyone/a-mate/a-friend/one-of-us/one-of-them/a-person/my-mates/a-resident',
  'if ... a/one-of-my/one-of-our? friend/mate/resident/someone/somebody/anyone ... passed-out/goes-under/went-under/passes-out ... ... ... should ... i/we ... ring/call/phone/wait',
  // the families: "can naloxone bring someone round from too much G or is it only for opiates?"
  'can/does/will/would/could naloxone/narcan/prenoxad/nyxoid ... bring/work/help/reverse ... ... someone/somebody/people/anyone/a-person/you',
  // the families: "did a project at school about county lines and how gangs groom kids to carry drugs", "How can I tell if
  // a teenager is being used to run drugs? Asking as a new youth worker"
  'project/lesson/lessons/assembly/talk/course/training/essay/presentation/homework/documentary ... about/on ... county-lines/grooming/exploitation/gangs',
  // the second families: "what should someone do if they get threatened with leaked nudes? putting together a leaflet"
  'what/how should/would/could/can ... someone/somebody/people/you/u/anyone/a-person ... do ... if/when ... they/someone/you/u/people ... get/gets/are/is/been ... threatened/blackmailed',
  'how/way/ways ... gangs/dealers/lines/they/criminals/people groom/use/exploit/recruit/target ... kids/children/young-people/teenagers/teens/youngsters/vulnerable',
  'how/what ... can/do/would/could/should ... {me}/i/you/u/we/one ... tell/know/spot/notice ... if/whether/when ... a/someone/kids/teenager/teenagers/child/children/young-person/young-people/they ... is/are/s ... being ... used/groomed/exploited',
];
