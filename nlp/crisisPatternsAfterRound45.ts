import type { BuiltInPattern } from './crisisBuiltIn';

/**
 * Crisis patterns for the families found by rounds 45 to 48 (test/nlp/crisis/README.md, "Fixed after rounds 45 and
 * 46" and "…47 and 48"), kept apart so the per-kind files stay near 300 lines. nlp/crisisBuiltIn.ts puts them after
 * their kind's own patterns and the rounds before.
 */

/** Money taken: a partner's, a relative's or a gang's hold on someone's income (rounds 45 to 48). */
const moneyTaken = [
  'takes/took/taken/takin/take/keeps/kept/controls/controlling/collects/collecting/collected/spends/spent/hid/hides/hiding/grabs/grabbed/pockets/pocketed/drinks/drank/blows/blew/confiscates/confiscated ... my/me/ma/her/his/their/the-whole/the-full/all-my ... whole/full? money/esa/uc/pip/benefits/benefit/giro/wages/card/bank-card/payment/payments/universal-credit/dla/pension/allowance/account/pay/cash',
  '{other} ... has/got/have/had ... my/me/ma/her ... card/bank-card/pin/esa/uc/pip/benefits/wages/giro/account',
  'control/control-of/controls ... my/her/his/me/ma ... money/esa/uc/pip/benefits/wages/card/account/finances/bank',
  'no access to ... my/her/his own? ... money/account/bank/card/cash/benefits/wages',
  'gives/gave/give/allows/lets ... me/her/him ... a? fiver/tenner/#/pocket-money ... a/per/every/each week/day/fortnight',
  'takes/took/taken/take ... everything/it-all/all-of-it ... out ... the/every? day/minute/second ... it/they ... lands/land/comes/goes-in',
  'come/comes/coming/came/turn-up/turns-up ... for ... my/me/her/his ... giro/money/esa/uc/pip/benefits/script/methadone/card',
  'cousin/cousins/brother/sister/nephew/niece/lodger/son/daughter/uncle/mate/flatmate ... has/got/have/had/took/takes ... my/me/her/his ... card/bank-card/pin/money/giro',
];

/** Medical patterns from rounds 47 and 48. */
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
      ],
      [
        'skin ... ... white/leathery/charred/black/blackened/waxy/melted/melting/hanging/coming-off/peeling-off',
        'not/isnt/doesnt/does-not ... hurting/hurt/hurts/feel/feeling/painful ... much/at-all/anything', 'numb/no-feeling',
        'big/huge/massive/large ... patch/blister/blisters/area', 'size of ... my/his/her/a ... hand/palm',
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
        'fist/punch/punched/head ... through/thru ... the/a? door/wall/window ... next/by/beside/near ... my/me/her/his head/face',
        'asked/ask/asking ... for ... it/them/my/me ... back ... ... he/she/they ... put/punched/hit/slapped/threw/grabbed/pushed/kicked/smashed/went-for/pinned',
      ],
    ],
  },
];
