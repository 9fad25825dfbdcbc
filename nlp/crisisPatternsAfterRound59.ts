import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 59 and 60 (test/nlp/crisis/README.md, "Fixed after rounds 59 and
 * 60"): round 60 was long, rambling messages, where the crisis is said once, in passing, among other talk.
 * nlp/crisisBuiltIn.ts puts them after their kind's own patterns and the rounds before.
 */

/** Overdose patterns from rounds 59 and 60. */
export const overdosePatternsAfterRound59: BuiltInPattern[] = [
  {
    // No breathing seen, of anyone (round 59: "found a fella in the stairwell of the flats, no rise and fall of his chest,
    // 999 are on the phone"): round 58's family needed "may be dead" beside it.
    id: 'chest-not-rising',
    kind: 'overdose',
    now: true,
    phrases: [
      'no rise/rising ... and/or/n? fall/falling ... of? ... his/her/their/the ... chest/chests',
      '{other}/his/her/their/the chest ... not/isnt/is-not/no-longer/has-not/hasnt/stopped ... rising/going-up/moving-up',
    ],
  },
];

/** Medical patterns from rounds 59 and 60. */
export const medicalPatternsAfterRound59: BuiltInPattern[] = [
  {
    // A limb changed where someone injects, said loosely (round 59: "my leg where I've been injecting has gone massive and
    // purple and it's agony"; round 60: "my leg around where I inject has gone hot and swollen and purple"). The same id
    // as the older pattern, so a person "gone purple" read as an overdose is explained by it. It reads through the everyday
    // phrases: "purple after I came off my bike" hides the colour of an injury, and here the injecting says otherwise.
    id: 'limb-danger',
    kind: 'medical',
    now: true,
    readsThroughIdioms: true,
    signs: [
      [
        'where/were/around-where ... {me}/i/ive/he/hes/she/shes/they/theyve ... been/have/has/s/ve? ... inject/injects/injected/injecting/go-in/goes-in/going-in/been-going-in/hit/hits/bang/bangs/banging/jabbing/jabbin/jab/jabs/jacking/jacking-up/jack-up/pinning/pin/digging/shooting/shooting-up',
        '{anyone}/ive/hes/shes ... been? injecting/inject/injected/injects ... into/in ... my/his/her/their/the/me? leg/legs/arm/arms/foot/feet/hand/hands/groin/thigh/neck/toes/fingers',
        'leg/legs/arm/arms/foot/feet/hand/hands/groin/thigh ... ... {me}/i/ive/he/hes/she/shes/they ... been? injecting/inject/injected ... into/in',
      ],
      [
        'swollen/swelled/swelling/massive/twice/double/huge/puffed/puffy ... ... ... purple/black/blue/red/hot/green/agony/agonising/throbbing',
        // (not "is": "a lump where I injected, it's not red or hot")
        'gone/going/turned/turning/went ... massive/purple/black/hot/swollen/huge/dark-purple/twice',
        'twice/double ... its/the/normal ... size',
      ],
    ],
  },
  {
    // Sick that is full of blood, said a few words apart (round 60: "just been sick in the sink and it's dark red and full of
    // blood"). Blood sick in a year long past ("in 2019 … ended up throwing up blood") is past (builtInPastReferences).
    id: 'vomiting-blood',
    kind: 'medical',
    now: true,
    phrases: [
      'sick/vomit/vomited/vomiting/threw-up/throwing-up/puked/puking/spewed/spewing ... ... ... ... full/loads/lots/all ... of? blood/claret',
      'sick/vomit/vomited/vomiting/threw-up/throwing-up/puked/puking/spewed/spewing ... ... ... dark/bright/fresh ... red ... ... blood',
      // round 60's families: "being sick in the bathroom and there was blood all through it" (not a blood test)
      'being-sick/been-sick/was-sick/is-sick/vomiting/vomited/threw-up/throwing-up/puking/puked/spewing/spewed ... ... ... ... blood !test/=tests/=pressure/=sugar/=sugars/=donor/=work/=results/=bank/=type/=group/=count',
    ],
  },
  {
    // Serotonin toxicity in a note (round 59's families: "mixed tramadol with citalopram earlier, now very hot, agitated,
    // muscles jerking, temp 40.5 - ?serotonin toxicity, ambulance called"): the older pattern's three signs, in a note's words.
    id: 'serotonin-signs',
    kind: 'medical',
    now: true,
    signsNeeded: 3,
    signs: [
      ['sertraline/citalopram/escitalopram/fluoxetine/prozac/paroxetine/venlafaxine/duloxetine/ssri/ssris/antidepressants/antidepressant/anti-depressants/lithium/mirtazapine'],
      ['mdma/mandy/ecstasy/molly/md/bombs/pills/pill/tramadol/ket/coke/mephedrone/meow/2cb/methylone'],
      [
        'very/really/so/extremely/burning/boiling ... hot', 'muscles/legs/arms/body ... jerking/twitching/rigid/stiff/spasming/clonus', 'temp/temperature ... #/high/sky-high',
        'agitated/agitation', 'serotonin ... toxicity/syndrome', 'sweating/sweaty/drenched',
      ],
    ],
  },
];

/** Suicide patterns from rounds 59 and 60. */
export const suicidePatternsAfterRound59: BuiltInPattern[] = [
  {
    // "Fine" told to someone, taken back, and a plan (round 59: "told the chemist I was fine when she asked, I'm not, I've
    // been planning how I'd do it"). Planning how to do "it" alone could be a move or a party; with the fine taken back,
    // it is not.
    id: 'fine-then-planning',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'told/tell/said/say ... ... ... fine/ok/okay/alright/grand/good ... ... ... ... {me}/im/i-am/i ... am/m? not/was-not/wasnt/lying/lied',
        '{me}/im/i-am/i ... am/m? not/was-not/wasnt ... really? fine/ok/okay/alright',
      ],
      [
        'planning/planned/plan/plotting/worked-out/working-out/figured-out/figuring-out/thinking-about/thought-about ... how/when/where ... {me}/i/id/ill/to/i-would/i-will ... would/will? do/end/finish ... it/myself/things/everything',
      ],
    ],
  },
];

/** Harm patterns from rounds 59 and 60. */
export const harmPatternsAfterRound59: BuiltInPattern[] = [
  {
    // Someone found out where they live and is coming (round 59: "my ex keeps texting saying he knows where I live now and
    // he's coming round with his brothers tonight"; the families' "found her new address via social media and has
    // threatened to attend tonight with associates").
    id: 'address-found-coming',
    kind: 'harm',
    now: true,
    // three signs, reading through "coming round tonight" (a visit, as an everyday phrase): who is coming says it is not
    // one (round 61: "my ex keeps messaging saying he knows where I live now and he's coming round tonight")
    readsThroughIdioms: true,
    signsNeeded: 3,
    signs: [
      [
        'knows/know/knew/found/found-out/got/worked-out/has ... where ... {me}/i/she/he/we/they ... live/lives/living/staying/stay/stays/am/is',
        'found/got/has/traced/tracked-down/knows/know/knew/located ... my/her/his/our/their ... new? address/flat/place/house/room/tenancy/addy/property',
        'know/knows/knew/found-out ... which/what ... flat/house/room/address/street/hostel/door ... you/she/i/he/we/they/youre/shes/im ... in/live/at/staying/are/is',
      ],
      [
        'coming/come/comes/turning-up/turn-up/attend/attending/visit/visiting/round ... round/over/here/there/to-the-house/to-the-flat/to-mine ... tonight/later/now/with/today/this-evening/tomorrow',
        'threatened/threatening/threatens/says/said/saying ... to ... attend/come/visit/turn-up/call-round ... tonight/later/with/today/this-evening',
        'with ... his/her/their ... brothers/mates/cousins/associates/boys/lads/friends/family',
        'attend/attending/come/coming/turn-up/visit/visiting ... tonight/later/today/this-evening',
        'see/seeing/catch ... you/ya/u/her ... tonight/later/soon', 'been/was/is ... violent/abusive ... before/in-the-past',
        // round 61's families: "I'll regret it when he gets here", "on his way round to deal with me"
        'regret', 'when ... he/she/they ... gets/get ... here/there/round', 'on ... his/her/their ... way', 'deal/sort ... with? ... me/her/him ... out?',
      ],
      [
        'ex/ex-partner/ex-boyfriend/ex-husband/ex-girlfriend/ex-wife/exs/dealer/dealers/abuser/stalker/the-lads/them-lads',
        'threatening/threatened/threats/threat/threatens', 'violent/abusive/dv/da/domestic', 'scared/terrified/frightened/petrified/hiding',
        'restraining/non-molestation/injunction/court-order/bail', 'keeps/keep/kept ... messaging/texting/ringing/calling/turning-up',
      ],
    ],
  },
  {
    // A threat to come and hurt someone, said across a few words (round 59's families: "dealer has threatened to come to
    // the hostel and stab him over a £200 debt"; "threatened to attend tonight with associates to assault her").
    id: 'threatened-to-come-and-hurt',
    kind: 'harm',
    now: true,
    phrases: [
      'threatened/threatening/threatens/threaten ... to ... come/attend/turn-up/visit/go/find/call-round ... ... ... ... and/to/n ... assault/attack/stab/batter/hurt/beat/kill/do-in/glass/shoot/burn/slash/cut ... her/him/me/us/them/you',
    ],
  },
  {
    // A home taken to deal from (the Decisions' cuckooing, harm with no threat said; round 58's families: "men from a city
    // line are using his flat to sell from"). `now`, so "back in 2017 I had some lads take over my flat" is past.
    id: 'home-taken-to-deal',
    kind: 'harm',
    now: true,
    phrases: [
      'using/use/used/took-over/taken-over/taking-over/take-over/set-up/setting-up/moved-in/moved-into ... ... his/her/my/their/our/the ... flat/house/place/home/address ... to ... sell/deal/cook/bag-up ... from/drugs/gear/crack/out-of/it',
      // round 67's families: "my brother's got a county line operating out his bedsit", "using his Rm as a base to supply"
      'county line/lines ... operating/running/working/dealing/selling/based/run ... out/from/out-of/in ... of? my/his/her/their/our ... bedsit/flat/house/place/home/room/gaff/kitchen',
      'using/use/used ... his/her/my/their/our/the ... rm/room/bedsit/flat/house/place/home/kitchen ... as ... a? base ... to/for ... sell/supply/deal/dealing/selling/supplying/cook',
      'suspected/possible/likely/is-being/being/been ... cuckooing/cuckooed',
      // round 67's second families: "concerns re cuckooing, SU reports unknown males using property to deal from"
      'concerns/concern/concerned ... re/about/around/regarding/over ... cuckooing', 'using/use/used the/his/her/their? property/premises/address ... to/for ... deal/sell/supply/dealing/selling/supplying',
    ],
  },
  {
    // A home used by dealers, with the person unable to stop it (round 60: "lads from Birmingham … run their phone from my
    // kitchen … they've got a key now and I can't really say no"; the families' "taken over her bungalow", "selling from
    // it … they hold onto his bank card"). The Decisions: cuckooing is harm even with no threat said.
    id: 'home-used-by-dealers',
    kind: 'harm',
    now: true,
    signs: [
      [
        'run/running/runs/ran ... their/there/thier/the/a/his ... phone/line/lines/shop/business/deals/graft ... from/out-of ... my/his/her/their/our/the ... kitchen/flat/house/place/home/bedroom/living-room/front-room/bungalow',
        // round 67's families: "a group from out of town are staying and dealing from it and refuse to go"
        'staying/living/stopping/dossing/kipping and/n ... dealing/selling/shotting/supplying ... from/out-of ... it/there/here',
        'selling/dealing/sell/deal/bagging/cooking/grafting/shotting ... from/out-of/in ... my/his/her/their/our/the/it ... flat/house/place/home/kitchen/bungalow/there/front-room/living-room/bedroom',
        'selling/dealing/shotting/supplying/sell/deal/supply ... from/out-of ... it/there',
        'using/use/used ... it/the-property/the-flat/the-house/the-place/her-place/his-place ... to ... supply/sell/deal/cook/bag-up/store',
        'using/used/use ... the/her/his/my/their ... place/flat/house/home/property ... for ... weeks/months/days/ages',
        // round 62 and its families, in a second language or a note: "using her home for the business", "do the business
        // from her living room", "drugs being dealt from address"
        'using/use/used ... her/his/my/their/the ... home/flat/house/place/kitchen ... for/to ... the? business/dealing/selling/drugs/cook/cooking',
        'use/using/used ... it/there ... for ... the? drugs/drug/business/dealing/selling',
        'property/flat/house/home/place ... being ... used ... by ... ... to ... deal/sell',
        'do/doing/does/did ... the? business ... from/in ... her/his/my/their/the ... living-room/kitchen/flat/home/house/place',
        'drugs/gear ... being ... dealt/sold/supplied ... from/at/out-of ... the? address/property/flat/house', 'heavy/lots-of ... footfall',
        'weighing/bagging/cutting/bag ... stuff/gear/drugs/it/up ... out? ... on/in ... her/his/my/their/the ... table/coffee-table/kitchen/living-room/front-room',
        'living/staying/dossing/kipping ... there/here/in-it ... and/n ... selling/dealing/shotting ... from/out-of ... it/there/here',
        'taken/took/taking/take ... over ... my/his/her/their/our/the ... flat/house/place/home/bungalow/bedroom/kitchen',
        'stash/stashes/gear/drugs/scales/phones ... under/in ... my/his/her ... bed/wardrobe/cupboard/bedroom',
        'several/multiple/lots/loads/three/four/five/# ... of? phones/burners ... on/in/around ... the/a? kitchen/table/flat',
      ],
      [
        'got/have/has/given/took/taken/s/kept/keep/keeping ... a/my/his/her/their/the? key/keys/spare-key',
        'do-not/dont/does-not/doesnt/not ... really? ... get/have ... a/any? say', 'not/no ... got/have/get/given ... a/any? choice/say',
        'unable/too-scared/scared/frightened/terrified/afraid/cant/can-not ... to? ask/tell/get/make ... them/him ... to? leave/go',
        'can-not/cant/couldnt/could-not ... really? ... say/tell ... no/them-no/them-to-leave/him-no',
        'can-not/cant/could-not/wont/will-not/wouldnt/would-not ... get/make ... them/him ... out/to-leave/leave/go',
        'they/he/them ... will-not/wont/would-not/wouldnt/refuse/refuses/refused ... leave/go/move', 'refuse/refuses/refusing/refused to go/leave/move',
        // round 67's families: "they have changed the lock"
        'changed/changing/change ... the/my/his/her? lock/locks',
        'hold/holding/holds/keep/keeping/kept/took/taken/have/got ... onto? ... his/her/my/their ... bank-card/card/money/benefits/phone/keys/pin',
        'sleeping/sleep/sleeps ... in/on ... the/an/my/her/his ... armchair/chair/sofa/settee/floor ... because/cos/as/coz',
        'always ... one ... of ... them ... here/there/about/around',
        'sleep/sleeps/sleeping ... in/on ... the ... corridor/hallway/hall/landing/bath/floor', 'dont/doesnt/do-not/does-not ... come ... out ... no-more/anymore/any-more',
        'withdrawn/anxious', 'suspected cuckooing',
        'take/took/taken/have/has ... her/his/my ... keys/key',
        'looks/look/seems/appears/is ... frightened/scared/terrified/afraid', 'frightened/scared/afraid/terrified ... to? speak/say/tell',
      ],
    ],
  },
];
