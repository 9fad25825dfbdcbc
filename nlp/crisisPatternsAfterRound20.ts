import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by round 20 (test/nlp/crisis/README.md, "Fixed after round 20"), kept apart
 * so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their kind's own patterns.
 */

export const overdosePatternsAfterRound20: BuiltInPattern[] = [
  {
    // eyes rolled back: an overdose sign, but also a fit's ("having a seizure, his eyes have rolled back and he's
    // twitching"), so a seizure pattern explains it (explainedByMedical); moved here from will-not-wake
    id: 'eyes-rolled-back',
    kind: 'overdose',
    now: true,
    phrases: ['eyes ... rolled/rolling back', 'eyes ... rolled/rolling ... in/into/to-the-back-of ... head'],
  },
];

export const medicalPatternsAfterRound20: BuiltInPattern[] = [
  {
    // blood brought up with breathlessness ("coughing up blood n cant get his breath after smoking crack", "spitting red
    // stuff and wheezing since the pipe"): the chest or the gut, even after using (the Decisions, after round 20)
    id: 'blood-and-breathless',
    kind: 'medical',
    now: true,
    signs: [
      [
        'cough/coughing/coughed/coughs/hacking/hacked/spitting/spit/spat/spits/bringing-up/brought-up/bring-up/vomiting/vomit/vommin/vomming/throwing-up/threw-up/spewing/puking ... blood/red/clots/claret',
        'blood/clots ... in/on ... phlegm/spit/tissue/hanky/mucus',
        // round 88: "coughing loads after the pipe, normal for me. but its bright red blood now"
        'bright/fresh red blood',
      ],
      [
        'wheezing/wheezy/wheeze', 'short/shortness of breath', 'breathless', 'gasping/gasps/gasp',
        'can-not/could-not/struggling/hard/trouble ... catch/get/breathe/breath', 'breathe/breathing ... right/properly',
        'chest ... tight/tightness',
      ],
    ],
  },
  {
    // a head injury with a warning sign: "fell down the stairs steamin, hit her head off the radiator, she's boakin and
    // talkin nonsense" (being sick, confused, drowsy, out cold or fluid from an ear after a knock means A&E now)
    id: 'head-injury',
    kind: 'medical',
    now: true,
    signs: [
      [
        'hit/hitting/banged/banging/bashed/cracked/smacked/split/whacked/knocked/struck/clonked/clouted/bumped ... her/his/their/my/me/the/its? head/heed/heid/skull',
        'head injury', 'lump/bump/gash/egg ... on ... his/her/my/their/the ... head',
        'fell/fallen/fall/falling/tumbled/came-off/come-off ... down/off ... the? stairs/steps/ladder/bike/wall/bunk ... ... head/heed/heid',
        'landed/land/fell ... on ... her/his/their/my/me head/heed/heid', 'knocked/knocked-out/out-cold/koed ... by/after/from ... fall/punch/kick/hit',
        'bottled/glassed/kicked/punched/stamped/booted/hit/struck/whacked ... in/on/to/round ... the/his/her/their/my/me? head/heed/heid/back-of-the-head/back-of-his-head/back-of-her-head',
      ],
      [
        'boaking/boakin/boak/vomiting/spewing/puking/throwing-up', 'being/been/keeps-being/is-being/s-being/started-being sick',
        'confused/talking-nonsense/talkin-nonsense/not-making-sense/doesnt-know-where/does-not-know-where/slurring/drowsy/cannot-stay-awake/can-not-stay-awake',
        'out cold', 'knocked out', 'blacked/black out', 'fluid/blood/clear-stuff ... from/out-of/coming-out-of ... her/his/their/my/me? ear/ears/nose',
        'stuff/fluid/liquid/blood/water ... coming/leaking/dripping/out/running ... ... ear/ears', 'does-not/doesnt/dont/do-not know ... what-day/where/who',
        'pupils ... different/odd/uneven', 'fit/fitting/seizure',
        // round 84's families: "c/o double vision, vomited x2", "seeing two of everything"
        'seeing/see/sees ... two/2 ... of ... everything', 'double vision', '=vomited',
      ],
    ],
  },
];

export const harmPatternsAfterRound20: BuiltInPattern[] = [
  {
    // a child at risk from an adult at night, the carer unable to protect: "me mam's boyfriend keeps coming in my room at
    // night and shes too out of it to notice"
    id: 'child-at-night',
    kind: 'harm',
    now: true,
    signs: [
      [
        'he/boyfriend/stepdad/step-dad/uncle/lodger/fella/bloke/man/mans/guy/mate/mates/friend/partner/{family} ... keeps/kept/comes/coming/came/gets/getting/creeps/creeping/sneaks/sneaking/goes/going/went ... in/into ... my/her/his/our/their/the-kids/the-girls/the-boys room/bed/bedroom/rooms',
        '{other} ... comes/coming/came/goes/going/went/creeps/creeping ... in/into to? me/her/him/us/them ... at night',
        'comes/came/creeps/crept/sneaks/sneaked/snuck in/into my/her/his/our/their room/bed/bedroom',
        // the second families: "he does stuff to me at night that i dont like"
        'does/did/doing/keeps-doing stuff/things ... to ... me/her/him ... at night/when/while',
        // round 92's families: "he gets into bed with me when mum's at work", "enters her bedroom at night"
        'gets/got/getting/climbs/climbed/enters/entering/entered/goes-into/went-into into/in/in-to? bed/her-bed/my-bed/his-bed/her-bedroom/my-bedroom/his-bedroom/her-room/my-room/his-room ... with? me/her/him?',
        'touches/touching/touched ... me/her/him ... at night/when/while',
      ],
      [
        'too ... out-of-it/drunk/pissed/high/wasted/off-her-face/off-his-face/off-their-face/gouched/mashed/smashed/asleep ... to ... notice/care/see/stop/know/hear/help',
        'at night ... scared/afraid/frightened/creepy/creeps/touch/touches/touching/wont-leave/will-not-leave/lock/locks/pretend',
        'scared/afraid/frightened ... of? ... him/it/night/bedtime', 'touch/touches/touching/touched ... me/her/him', 'pretend/pretending ... to? be? asleep',
        'not allowed/supposed to tell/say', 'no-one/nobody/noone/no-one-will ... will/would/wont/ll ... believe/beleive/listen', 'keep/kept/keeping ... it/this/them ... secret/quiet/between-us',
        // round 92, caught only by the reader on 547ffba: "He comes in my room at night and tells me not to tell anyone"
        'tells/told/telling/makes/made/says/said ... me/her/him ... not to tell/say ... anyone/anybody/nobody/mum/mam/my-mum/her-mum/his-mum', 'our/a secret', 'lock/locks/locked/locking ... my/her/his/the? door',
        'mum/mam/mom/ma/she/her-mum/her-mam ... is/s/always/been/just ... passed-out/out-of-it/gouched/out-cold/off-her-face', 'sleeps/slept/sleeping through it',
        'does-not/doesnt/never/does-nt ... clock/notice/see/know/realise/realize/hear', 'when/while/till/until ... everyone/everybody/mum/mam/she ... is/s/are/re? asleep/gouched/out',
        'waits/wait/waiting/waited till/until ... gouched/asleep/out/passed-out/drunk/sleeping', 'chair/chest/wardrobe/bed/drawers ... against/behind ... the/my? door',
      ],
    ],
  },
  {
    // sex without consent, said without the words for it: "woke up at his and my clothes were off and I never agreed to
    // anything, I'd had G", "he did stuff to me while I was out of it", "too wasted to say yes or no and he still went
    // ahead". Any two of: no consent, a sexual act or waking undressed, being out of it at the time.
    id: 'without-consent',
    kind: 'harm',
    now: true,
    signs: [
      [
        'never/not/did-not/didnt/could-not/couldnt ... agreed/agree/consented/consent/said-yes/say-yes/wanted-it/want-it/wanted-any/wanted-that/asked-for-it',
        '{me}/she/he/they could-not/couldnt/can-not/cant ... move/speak/say-no/fight/stop-him/stop-them',
        'said/told/telling/saying/kept-saying ... no/stop ... him/them/her? ... still/anyway/carried-on/went-ahead/kept-going/did-it',
        'too ... wasted/drunk/pissed/out-of-it/high/mashed/smashed/steaming/mortal/gone/off-my-face/off-her-face/off-his-face/off-it/asleep ... to ... say/consent/agree/stop/fight/push/know',
        'against my/her/his/their will', 'without my/her/his/their consent/permission/say-so',
      ],
      [
        'woke/woken/wake/waking/came-round/come-round ... ... ... ... clothes/knickers/pants/trousers/jeans/dress/bra/top/joggers/skirt ... off/gone/missing/ripped/torn/undone/pulled-down/down',
        'woke/woken/wake/waking/came-round/come-round ... ... naked/undressed/half-naked/no-clothes/starkers/no-knickers/no-pants',
        'did/done/doing/had/having ... stuff/things/summat/something/it/sex ... to/with ... me/her/him/them',
        // round 34: "kept topping my drink up with G without asking and did stuff to me when i couldnt say no"
        'was/were/is/s all over me/her/him',
        'he/they/she ... still ... went-ahead/carried-on/did-it/kept-going', 'sore ... down-below/down-there',
      ],
      [
        'while/when/whilst ... {me}/she/he/they ... was/were/s/is/am ... out-of-it/asleep/passed-out/unconscious/gouching/gouched/sparko/spark-out/comatose/paralytic/blacked-out/wasted/off-my-face/off-her-face/off-his-face/on-the-g/nodding',
        'had/on/taken/drank/been-on/necked ... g/ghb/gbl/gina/roofies/rohypnol',
        // round 34: "kept topping my drink up with G without asking" (a drink topped up with something, not with prosecco)
        'topping/topped/top/putting/put/spiked/spiking/slipped/slipping ... my/her/his/their ... drink/drinks ... up? ... with ... g/ghb/gbl/something/summat/stuff/ket/roofies', 'spiked/spiking',
        'when/while/whilst ... {me}/she/he/they ... could-not/couldnt/can-not/cant/was-too-out-of-it-to ... say-no/move/stop-him/stop-them/fight/consent',
      ],
    ],
  },
];
