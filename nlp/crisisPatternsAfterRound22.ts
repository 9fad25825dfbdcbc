import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by round 22 (test/nlp/crisis/README.md, "Fixed after round 22"), kept apart
 * so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after their kind's own patterns.
 */

export const medicalPatternsAfterRound22: BuiltInPattern[] = [
  {
    // withdrawal turning dangerous, days after stopping benzos or drink: "stopped my street vallies dead 3 days ago … hands
    // are jerking, I just blacked out for a sec and bit through my tongue", "seeing spiders on the walls … hasnt had a drink
    // in 2 days" (a general question about withdrawal is everyday: the Decisions)
    id: 'withdrawal-danger',
    kind: 'medical',
    now: true,
    signs: [
      [
        'stopped/stopping/quit/came-off/coming-off/come-off/run-out/ran-out ... {pills}/benzos/vallies/valium/diazepam/xanax/drink/drinking/booze/alcohol/the-drink/the-booze ... dead/cold-turkey/days/day/ago/since',
        // round 34: G withdrawal ("came off the G yesterday and im shaking sweating heart racing and seeing people")
        'stopped/stopping/quit/came-off/coming-off/come-off/run-out/ran-out ... the? g/ghb/gbl/gina ... yesterday/today/last-night/days/day/ago/since/dead/cold-turkey/monday/tuesday/wednesday/thursday/friday/saturday/sunday',
        // round 24: "was on 2 litres of vodka a day, stopped saturday"
        '{drugs}/drink/booze/cans/litres/bottle ... a/every day ... ... stopped/quit', 'stopped/quit monday/tuesday/wednesday/thursday/friday/saturday/sunday/yesterday/last-night',
        'has-not/hasnt/have-not/havent/not/no ... had ... a/any? drink/drop/benzos/vallies/booze ... in/for ... #/two/three/four/a-couple/a-few ... days/day',
        'has-not/hasnt/have-not/havent/not/no ... had ... a/any? drink/drop/benzos/vallies/booze ... since ... monday/tuesday/wednesday/thursday/friday/saturday/sunday/the-weekend/last-week/yesterday',
        'cold turkey', 'rattling/rattle ... off ... {pills}/benzos/vallies/booze/drink',
      ],
      [
        'jerking/twitching/fitting/spasming', 'blacked/black/passed out', 'bit/bitten/biting ... through? ... my/his/her/me? tongue',
        'seeing/sees/seen/saw ... spiders/bugs/insects/things/people/snakes/rats/faces', 'hallucinating/hallucinations/hearing-things', 'heart ... racing/pounding/banging/hammering',
        'seeing/hearing/talking/talkin ... to? people/folk/voices/things/someone ... who/that ... are-not/arent/is-not/isnt/not ... there', 'heart-rate/pulse ... through-the-roof/sky-high', 'tremoring/tremors/tremor',
        'bugs/insects/spiders/ants/things/creatures ... crawling', 'soaked through', '=fit/=fits/=fitting/seizure',
        'shaking/shakes/trembling ... like-a-leaf/all-over/uncontrollably/badly/bad/so-bad/non-stop',
        'drenched/soaked/sweating-buckets/pouring-sweat/dripping-with-sweat', 'does-not/doesnt/dont/do-not know ... where/who/what-day',
      ],
    ],
  },
  {
    // a diabetic after drink or drugs, now sweaty and confused: "my brother's diabetic and been on the cans all day, now
    // he's sweaty and confused and can't get his words out" (a hypo or worse; not "the diabetes nurse was confused")
    id: 'diabetic-emergency',
    kind: 'medical',
    now: true,
    phrases: ['having/had/gone-into/going-into/in a? hypo/hypoglycaemic/diabetic-coma/dka'],
    signs: [
      ['diabetic/diabetes/insulin/type-1/type-one/hypo/blood-sugar/sugar-levels/sugars/metformin/gliclazide'],
      [
        'is/s/gone/getting/really/all/so/proper confused/muddled', 'sweaty/clammy/sweating/shaking/shaky', 'slurring/slurred', 'speech ... all-over-the-place/slurred/funny/weird/gone/strange',
        'can-not/could-not ... get ... his/her/my/their? words out', 'not making sense', 'drowsy/unresponsive/passed-out/collapsed/fitting/out-of-it',
      ],
    ],
  },
];

export const suicidePatternsAfterRound22: BuiltInPattern[] = [
  {
    // fuel with a flame or an intent ("a jerry can of diesel in the boot n a lighter, keep thinking about just doing it";
    // "locked herself in the shed with the paraffin, says she wants to burn"); fuel for a job is everyday
    id: 'fuel-and-flame',
    kind: 'suicide',
    now: false,
    signs: [
      ['petrol/diesel/paraffin/lighter-fluid/fuel/jerry-can/jerrycan/white-spirit/accelerant'],
      // about themselves, not a threat to a building ("threatened to torch the building … a can of petrol": harm)
      [
        'myself/meself/herself/himself/themselves', 'doing/do ... it', 'end/ending it', 'thinking about it',
        'burn ... along/with-everything/with-it/too/as-well', 'go/going up ... in? flames',
      ],
    ],
  },
  {
    // a story and then the person's own wish (after round 22: "…I've been thinking about doing the same", "thats how i
    // want to go", "that's what I should do too"); the story span ends where their own words begin (crisisMatcher.ts)
    id: 'same-as-the-story',
    kind: 'suicide',
    now: false,
    phrases: [
      'thinking/thought/think ... about ... doing/do ... the same', 'that/thats is/s? how {me} ... want/wanna/would-like/d-like ... to? go/die',
      'that/thats is/s? what {me} ... should/want-to/wanna/will/gonna/going-to/could ... do ... too/as-well',
    ],
  },
  {
    // fire as a method, and self-harm said by its depth (round 22: "sat here with the petrol can thinking about setting
    // meself going", "did some proper deep ones on my thigh last night, probably needed stitches"), and a body to be
    // identified ("if she's not back by the weekend she can come and identify me")
    id: 'method-fire-depth-body',
    kind: 'suicide',
    now: false,
    phrases: [
      'set/setting/sets/light/lighting ... myself/meself/me/himself/herself/masel ... going/alight/on-fire/ablaze/light/fire',
      'pour/pouring/poured/douse/dousing/doused/cover/covered/covering ... petrol/lighter-fluid/paraffin/diesel ... over/on ... myself/meself/me/himself/herself',
      'petrol/lighter-fluid/paraffin can/cans/canister ... thinking/think/want/wanna/going/gonna/ready/about',
      'douse/dousing/doused/douses ... myself/meself/himself/herself/themselves', '{me}/he/she/they ... go/going/gone/went up in flames',
      'light/lighting/lightin ... myself/meself/himself/herself ... up',
      'deep/deeper ones/cuts/cut/gashes/gash/slashes/lines ... on/in/across/into ... my/me/his/her ... thigh/thighs/arm/arms/leg/legs/wrist/wrists/stomach/belly/skin',
      'did/done/doing/made ... some? ... deep/deeper/gaping ones/cuts', 'gaping ones/cuts', 'down to the fat/bone', 'cut/cutting/cuts ... down to the/my? fat/bone',
      'see/seen/saw/could-see ... the? yellow/fat/fatty/white ... layer/bit/stuff/tissue/bone ... underneath/under/inside',
      'opened/open/opening ... up ... my/his/her/me ... leg/legs/arm/arms/thigh/thighs/wrist/wrists/skin/stomach',
      'did/done/made them/those on-purpose/deliberately', 'went/go/going/gone to town on ... myself/meself/himself/herself',
      'come/coming/can/will/have-to/has-to/gonna ... and? identify ... me/my-body', 'identify my/his/her/the body',
      // round 23: "at least if i go off the top of the multi-storey tonight i wont have to pay the gas bill"
      'go/going/jump/jumping/throw/throwing/chuck ... myself? off the top of the/a? {drop}/multi-storey/flats/building/cliff',
      // round 24: "lol at least if i go off the multistorey"
      'if {me}/i ... go/went/goes ... off the/a? {drop}',
      // round 22's second-person lines: "he'll be reading about me in the paper", "picking her out at the morgue", "the
      // neighbours will be ringing about the smell", "the landlord'll be the one who finds me"
      'reading/read/hear/hearing ... about me ... in the? paper/papers/news', 'picking/pick/identify/identifying ... out? ... at/in the? morgue/mortuary',
      'will/ll/be ... ringing/calling/complaining/phoning ... about the smell', 'be the one/first ... who/that/to ... finds/find ... me/her/him/my-body',
    ],
  },
];

export const harmPatternsAfterRound22: BuiltInPattern[] = [
  {
    // a debt deadline and a blade: "got till tomorrow night to find the money or theyre comin round to cut me" ("coming
    // round to" is an everyday visit, so the threat is read from the words after it)
    id: 'debt-deadline-blade',
    kind: 'harm',
    now: true,
    signs: [
      ['till/until/by ... ... money/pay/debt/owe/owed/cash', 'money/pay/debt/owe/owed/cash ... ... or/else/unless/otherwise'],
      ['cut/stab/slash/glass/batter/shoot/shank/wet/kneecap/bottle me/us/him/her'],
    ],
  },
  {
    // a threat for when someone gets home ("he's just texted saying when he gets in im dead"), an attack heard ("me
    // stepdad's gone for me mam again, I can hear her screaming through the floor"), a debt paid in kneecaps
    id: 'threat-when-home',
    kind: 'harm',
    now: true,
    phrases: [
      '{me}/im/i-am/you-are/youre/ur/am/is/are dead/finished/getting-it/gonna-get-it ... when/once/as-soon-as ... he/she/they/{other} ... get/gets/come/comes/is/s ... in/home/back',
      'when/once/as-soon-as ... he/she/they/{other} ... get/gets/come/comes/is/s ... in/home/back ... {me}/im/i-am/youre/you-are/am/is dead/finished/getting-it',
      'pay/paid/owe/owes/debt/money ... ... ... doing/do/break/breaking/smash/smashing/take/taking/snap/snapping ... my/his/her/your/me ... kneecaps/knees/legs/hands/fingers',
      'get/getting/gets ... what/whats/what-is ... coming ... when/once/as-soon-as', 'get/getting ... it/a-hiding/a-kicking/a-beating ... when/once/as-soon-as ... he/she/they ... back/in/home/gets',
      // round 46's second-person lines: "Texts say I'm dead the minute I walk out", "am getting done in when a come oot"
      '{me}/im/i-am/you-are/youre/ur/am dead/finished/getting-it/gonna-get-it/getting-done-in/getting-battered/getting-done/getting-stabbed ... when/once/as-soon-as/the-minute/the-second/the-moment/soon-as ... {me}/i/you/a ... walk/come/step/go/get/leave ... out/outside/home/back/in',
      // round 45's second-person lines: "sayin you're gettin it when I'm back"
      'you/youre/you-are/ur ... getting/gonna-get/going-to-get it ... when/once/as-soon-as ... {me}/i ... back/home/in',
      '{me}/im/i-am/you-are/youre/ur dead/finished ... when/once/as-soon-as ... {me}/i ... get/gets/come/comes/am/m ... in/home/back',
      '{me}/i/you ... will-not/wont ... be? walking/walk ... after/afterwards/again',
      'or/else/unless/otherwise ... {anyone}/theyre/hes/shes/theyll ... coming/comin/come/going/gonna ... round/over/for-me? ... to ... cut/stab/kill/hurt/batter/shoot/do/slash/glass/break ... me/us/him/her',
      'or/else/unless/otherwise ... {anyone}/theyre/hes/shes ... is/s/are/re ... putting/put ... me/him/her/us ... in/into ... a/the? hospital/wheelchair/ground/box',
    ],
    signs: [
      [
        'gone/going/went/goes/has-gone for me/her/him/my/me/his/our/their ... {family}?', '{violence}/battering/hitting/beating ... her/him/mum/mam/me-mam/my-mam/my-mum',
        // round 48: "…four year old is in there with him, I can hear him screaming at her"
        '{child}/#-year-old/year-old/little-one/toddler/baby ... is/s/are ... in ... there/the-flat/the-house/the-room ... with ... him/her/them',
        '{child}/kid/bairn/wean/little-one/little-boy/little-girl/toddler/baby ... ... locked/shut/stuck/trapped ... in ... with/wi ... him/her/them/his/her/their/da/dad/mum/mam/{family}',
        '{child}/kid/bairn/wean/little-one/toddler/baby ... crying/cryin/screaming/screamin ... ... off his/her/their face/head/heid/nut',
      ],
      [
        'hear/heard/hearing/can-hear ... her/him/them/mum/mam/{family}/someone ... screaming/crying/shouting/begging/yelling/sobbing',
        // round 48: "I can hear him screaming at her through the wall and something just smashed"
        'something/summat/things/stuff/glass ... just? ... smashed/smashing/breaking/broke/crashing', 'smashing/smashin/breaking/throwing ... stuff/things/everything',
      ],
    ],
  },
];
