import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 45 to 50 (test/nlp/crisis/README.md, "Fixed after rounds 45 and
 * 46", "…47 and 48" and "…49 and 50"), kept apart so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts
 * them after their kind's own patterns and the rounds before.
 */

/** Money taken: a partner's, a relative's or a gang's hold on someone's income (rounds 45 to 48). */
const moneyTaken = [
  // round 50: "he takes my methadone off me at the chemist door every morning"
  'takes/took/taken/takin/take/grabs/grabbed/nicks/nicked ... my/me/her/his ... methadone/meth/script/subs/meds/dose ... off/from',
  'script/methadone/giro/money ... ... there/waiting ... with ... his/her/their hand/hands out',
  // (round 80's families, in a note: "partner retains her bank card and PIP")
  'takes/took/taken/takin/take/keeps/kept/controls/controlling/collects/collecting/collected/spends/spent/hid/hides/hiding/grabs/grabbed/pockets/pocketed/drinks/drank/blows/blew/confiscates/confiscated/withdraws/withdrew/draws/drew/retains/retained/withholds/withheld/holding/holds/held ... my/me/ma/her/his/their/the-whole/the-full/all-my ... whole/full? money/esa/uc/pip/benefits/benefit/giro/wages/card/bank-card/payment/payments/universal-credit/dla/pension/allowance/account/pay/cash',
  '{other} ... has/got/have/had ... my/me/ma/her ... card/bank-card/pin/esa/uc/pip/benefits/wages/giro/account',
  'control/control-of/controls ... my/her/his/me/ma ... money/esa/uc/pip/benefits/wages/card/account/finances/bank/universal-credit',
  'no access to ... my/her/his own? ... money/account/bank/card/cash/benefits/wages',
  'gives/gave/give/allows/lets ... me/her/him ... a? fiver/tenner/#/pocket-money ... a/per/every/each week/day/fortnight',
  'takes/took/taken/take ... everything/it-all/all-of-it ... out ... the/every? day/minute/second ... it/they ... lands/land/comes/goes-in',
  'come/comes/coming/came/turn-up/turns-up ... for ... my/me/her/his ... giro/money/esa/uc/pip/benefits/script/methadone/card',
  'cousin/cousins/brother/sister/nephew/niece/lodger/son/daughter/uncle/mate/flatmate ... has/got/have/had/took/takes ... my/me/her/his ... card/bank-card/pin/money/giro',
  // round 67's families: "my son makes me hand over my PIP money every fortnight"
  'make/makes/made/making/forces/forced ... me/her/him/them ... hand/give/handing/giving ... over ... my/me/her/his/their ... ... money/esa/uc/pip/benefits/giro/wages/card/bank-card/pension/cash/methadone/script/universal-credit',
];

/** Suicide patterns from rounds 49 and 50. */
export const suicidePatternsAfterRound49: BuiltInPattern[] = [
  {
    // A past attempt said by its means, and wished it had worked (round 50: "Tried the rope two Christmases back and it
    // snapped. Some days I wish it hadn't"); a past attempt always counts (the Decisions).
    id: 'attempt-regretted',
    kind: 'suicide',
    now: false,
    signs: [
      ['rope/noose/ligature/belt/cord/flex ... snapped/broke/break/gave-way/did-not-hold/didnt-hold', 'tried/try/attempted ... with? the? rope/noose/ligature/hanging/to-hang'],
      ['wish/wished/wishing ... it/i/they/the-rope ... had-not/hadnt/did-not/didnt/had-worked/worked/would-have-worked', 'should-have/shouldve/should-of ... worked/held/let-me-go', 'sorry/shame/pity ... it/that ... did-not/didnt/not ... work/worked'],
    ],
  },
  {
    // Death said as a joke that is not one (round 50: "Think it's time I checked out of Hotel Earth, the reviews were
    // shocking anyway"; "Everyone'd be better off with me six foot under")
    id: 'death-euphemism',
    kind: 'suicide',
    now: false,
    phrases: [
      'time ... {me}/i ... check/checked/checking/clock/clocked/clocking out ... of? ... hotel-earth/this-world/the-world/life/this-life/for-good',
      'checked/check/checking out of hotel earth/life',
      'time ... {me}/i ... cash/cashed/cashing in my/me chips',
      'better/happier off ... with ... me ... six-foot-under/in-the-ground/dead/in-a-box/pushing-up-daisies',
      // round 50's second-person lines: "every night I think how to finish my life"
      'think/thinking/plan/planning ... how ... to? finish/end/take ... my/me own? life',
    ],
  },
];

/** Medical patterns from rounds 47 and 48, and liver failure from round 49. */
export const medicalPatternsAfterRound47: BuiltInPattern[] = [
  {
    // A rash that does not fade under a glass (round 48: "a temperature of 40 and a rash that doesn't go when I press the
    // glass on it"): possible meningitis or sepsis, in a child or an adult; the glass test alone says go now.
    id: 'rash-not-fading',
    kind: 'medical',
    now: true,
    phrases: [
      'rash/spots/marks ... ... not/does-not/doesnt/wont/will-not/did-not/didnt ... go/fade/disappear/blanch/vanish ... ... glass/tumbler/press/pressed/pressing',
      'glass/tumbler ... test ... ... rash/spots ... still/not/did-not/didnt/does-not/doesnt', 'non-blanching/nonblanching rash', 'rash ... non-blanching',
      // (the glass first: "done the glass thing n they dont fade"; not "glass everywhere … I don't know where to go")
      'glass/tumbler thing/test/trick ... ... ... not/do-not/dont/does-not/doesnt/wont/will-not/didnt/did-not ... fade/go/disappear/blanch/vanish',
      'glass/tumbler ... ... ... not/do-not/dont/does-not/doesnt/wont/will-not/didnt/did-not ... fade/disappear/blanch/vanish',
      'rash/spots ... stays/stay/stayed/still-there/still-see/still-visible ... ... glass/tumbler',
    ],
  },
  {
    // A deep burn just now (round 48: "my sleeve went up. The skin on my arm is white and leathery and peeling off in a big
    // patch, and weirdly it's not hurting much"): deep burns can hurt little, which is why they need a hospital.
    id: 'deep-burn',
    kind: 'medical',
    now: true,
    signs: [
      [
        'sleeve/sleeves/clothes/top/jumper/hoodie/hair/coat/jacket/trousers/dressing-gown/duvet/sleeping-bag ... went-up/caught/caught-fire/on-fire/set-alight/went-up-in-flames',
        'burnt/burned/burn/burns/scald/scalded/scalding ... my/me/his/her/their ... arm/arms/hand/hands/leg/legs/face/chest/skin/back/neck/foot/feet',
        // round 54: "set fire to me sleeve with the lighter on the pipe", "his trackies went up", "hoodie caught a light"
        'set/sets/setting fire/light ... to ... me/my/his/her/their ... sleeve/sleeves/top/jumper/hoodie/hair/clothes/trackies/trousers/jeans/joggers/coat/jacket',
        'trackies/trousers/jeans/joggers/hoodie/top/jumper/sleeve/sleeves/coat/jacket/hair ... went-up/caught/caught-fire/on-fire/set-alight/went-up-in-flames/caught-a-light/caught-alight',
        'pipe/lighter/torch/bong/crack-pipe ... ... burnt/burned/burn ... my/me/his/her ... hand/hands/fingers/arm/arm/face/lips/mouth/leg/legs/lap',
      ],
      [
        'skin ... ... white/leathery/charred/black/blackened/waxy/melted/melting/hanging/coming-off/peeling-off',
        'not/isnt/doesnt/does-not ... hurting/hurt/hurts/feel/feeling/painful ... much/at-all/anything', 'numb/no-feeling',
        'big/huge/massive/large ... patch/blister/blisters/area', 'size of ... my/his/her/a ... hand/palm',
        'skin/skins ... hanging/sliding/slidin/peeling/coming/falling ... off', 'red raw ... ... weeping', 'can-not/could-not ... feel ... it',
      ],
    ],
  },
  {
    // A liver failing in a long-term drinker (round 49: "the whites of his eyes have gone yellow and his belly's swelled up
    // like he's expecting … now he's being sick"): yellow, with a swollen belly, vomiting or confusion.
    id: 'liver-failing',
    kind: 'medical',
    now: true,
    signs: [
      [
        'eyes/skin/whites/face/sclera ... gone/going/turned/turning/is/are/all/look/looks ... yellow/yellowy/yella/jaundiced', 'jaundice/jaundiced', 'yellow/yellowy/yella eyes/skin',
        // rounds 51 and 52: "my dad's gone yellow, his eyes and everything", "I've gone yellow", "gone a funny orangey colour"
        'gone/going/turned/turning/went ... a? funny/bit/proper/really/all/right? yellow/yellowy/yella/orange/orangey/orangy', 'skin/sclera ... and/n ... sclera/eyes ... yellow',
        'is/s/looks/looking/look/are yellow/yellowy/yella/jaundiced',
      ],
      [
        'belly/stomach/tummy/gut/abdomen ... swelled/swollen/swelling/swole/bloated/huge/massive/distended ... like? ... expecting/pregnant/balloon',
        // rounds 51 and 52: "belly's swollen up like a drum", "my belly's swollen right up and it's agony", "distended abdomen"
        'belly/stomach/tummy/gut/abdomen ... swelled/swollen/swelling/swole/bloated/distended/blown-up/rock-hard/massive/huge', 'swollen/bloated/distended ... belly/stomach/tummy/abdomen',
        'being/been/keeps sick/vomiting/throwing-up', 'confused/confusion/not-making-sense/muddled/drowsy/gibberish/disorientated/disoriented', 'not ... making ... sense',
        'does-not/doesnt/dont ... know ... what/which ... day/time/year', 'bleeding/blood', 'agony/in-agony/the-pain/in-pain',
      ],
    ],
  },
];

/** Harm patterns from rounds 45 and 46. */
export const harmPatternsAfterRound45: BuiltInPattern[] = [
  {
    // Coercive control: a partner keeps the money and cuts the person off (round 45: "my boyfriend takes my ESA the minute
    // it lands and hides my phone so I cant ring anyone"). Either alone is everyday ("my sister is my appointee", "my
    // missus has confiscated my phone till ive done the washing up"); together they are abuse happening now.
    id: 'money-and-phone-controlled',
    kind: 'harm',
    now: true,
    signs: [
      moneyTaken,
      [
        'hides/hid/hidden/hiding/took/takes/taken/takin/smashed/smashes/smashing/confiscates/confiscated/checks/checking/checked/keeps/kept/grabbed/snatched/broke/breaks/locks/locked ... my/me/ma/her/his ... phone/mobile/sim',
        '{other} ... has/got/have ... my/me/ma/her/his ... phone/mobile',
        'can-not/could-not/not-allowed-to/wont-let-me/will-not-let-me/does-not-let-me/dont-let-me ... ring/phone/call/contact/see/text/message ... my/me/ma/her/his/anyone/anybody/family/mates/friends/us/the-police/help/sister/mam/mum',
      ],
    ],
  },
  {
    // Taken abroad against their will (round 50: "My brothers have took my passport and say if I don't stop this nonsense
    // they'll take me back home and I won't be coming back"): forced return and so-called honour-based abuse.
    id: 'forced-return',
    kind: 'harm',
    now: true,
    signs: [
      ['took/taken/taking/takes/hid/hidden/hiding/got/have/has/keeping/kept ... my/me/her/his ... passport/passports/documents/papers/id'],
      [
        'take/taking/send/sending/sent/ship/shipping/drag/dragging ... me/her/him/us ... back home/back-to/abroad/away/to-pakistan/to-bangladesh/to-india/to-somalia/to-nigeria',
        'will-not/wont/not/never ... be? coming/come/get/getting ... back', 'marry/married/marriage/wedding ... ... whether/like-it/want-to/or-not/not-want/dont-want',
      ],
    ],
  },
  {
    // Money taken with violence or its threat (round 47: "they take me giro off me every fortnite or they smash the place
    // up"; round 48: "he's had my bank card off me since Tuesday … when I asked for it back he put his fist through the
    // door next to my head").
    id: 'money-taken-with-force',
    kind: 'harm',
    now: true,
    signs: [
      moneyTaken,
      [
        'or/else/otherwise/if-not/if-i-dont ... they/he/she/theyll/hell/shell/them ... smash/wreck/batter/hurt/do/stab/burn/kick/break/trash/torch',
        'if ... do-not/dont/will-not/wont/refuse ... ... they/he/she/theyll/hell/shell ... smash/wreck/batter/hurt/do/stab/burn/kick/break/trash/torch',
        'when/if/after/and ... {me}/i? ... asked/ask/asks/asking/said/say/told/refused/refuse/say-no ... ... he/she/they ... put/punched/hit/slapped/threw/grabbed/pushed/kicked/smashed/went-for/pinned/strangled/choked',
        'if ... {me}/i ... tell/telling/say/grass/breathe/say-a-word/say-owt/say-anything/ask/asks/asking/asked ... ... {me}/im/i-am/i/ill ... getting/get/gonna-get ... a? slap/kicking/hiding/battering/beating/battered/leathered/hurt/done',
        'fist/punch/punched/head ... through/thru ... the/a? door/wall/window ... next/by/beside/near ... my/me/her/his head/face',
        'asked/ask/asking ... for ... it/them/my/me ... back ... ... he/she/they ... put/punched/hit/slapped/threw/grabbed/pushed/kicked/smashed/went-for/pinned',
        // (the families: "he smashes the place up if i say no")
        'smash/smashes/smashed/wrecks/wrecked/trashes/trashed/batters/hits/hurts ... ... ... if/when ... {me}/i/she/he/we ... say/says/said/refuse/refuses/refused ... no?',
        // round 69: "takes my whole UC the day it lands and hits me if i ask for any of it back"; the families' "becomes
        // physically violent if she requests any of it"
        'hits/hit/slaps/slap/punches/punched/punch/beats/batters/hurts/kicks/thumps/slapped/assaults/assault/assaulted/attacks/attacked ... me/her/him/them ... about/around? ... if/when/every-time/whenever/each-time ... {me}/i/she/he/they ... ask/asks/asked/request/requests/requested/say-no/says-no/challenges/challenge/challenged/questions/question/questioned/complains/complain/objects/object',
        'becomes/gets/turns/goes/is ... physically? violent/aggressive/nasty/handy ... if/when/every-time/whenever ... {me}/i/she/he/they ... ask/asks/asked/request/requests/refuse/refuses',
        // round 80: "keeps my bank card, says if I ask for it back he'll hurt me"; its families' "if i dont give him my pin
        // he says hel break my arm", "she's said she'll stab him if he keeps any back"
        'if ... {me}/i/she/he/they ... ask/asks/asked/keep/keeps/complain/complains/refuse/refuses/do-not/dont/does-not/doesnt/stop/go/goes/tell/tells ... ... ... he/she/they/hell/shell/theyll ... will/would/ll/d/going-to/gonna/says/said/say? ... hurt/hit/batter/stab/kill/break/beat/kick/smash/do/burn',
        // (its families: "frightened of what he would do if she challenged him")
        'he/she/they would/will/might/could/d/ll ... do ... to? ... ... if/when',
        // round 84: "takes my pension card every Thursday and says he'll have me put in a home if I tell anyone"; the
        // families' "threatens to throw her out if she tells anyone", "tells her nobody will believe her if she says owt"
        // (from "if" on: "threatens to throw her out" alone is the everyday eviction row)
        'if ... {me}/i/she/he ... tell/tells/say/says/report/reports ... anyone/anybody/someone/somebody/owt/anything/police/the-police/social-services/the-social/him/her/them',
        'nobody/no-one/noone ... will/would/gonna ... believe ... her/him/me/you',
        // (the families, in a note: "warns him he'll get hurt if he goes to the bank")
        'get/gets/getting ... hurt/battered/a-kicking/a-beating/a-hiding/done-in ... if ... {me}/i/he/she ... go/goes/tell/tells/report/reports/ask/asks',
        'will/would/ll/d/going-to/gonna ... hurt/hit/batter/stab/kill/break/beat/kick/smash/burn ... me/her/him/them/my/his ... ... if ... {me}/i/she/he/they ... ask/asks/keep/keeps/kept/complain/complains/refuse/refuses/do-not/dont/does-not/doesnt/stop/go/goes/tell/tells',
      ],
    ],
  },
];
