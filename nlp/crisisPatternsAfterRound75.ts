import type { BuiltInPattern } from './crisisBuiltIn';
import { childAge } from './crisisPatternsAfterRound65';

/**
 * Crisis patterns and everyday phrases for the families found by rounds 75 to 78 (test/nlp/crisis/README.md, "Fixed
 * after rounds 75 to 78"): round 78 was written with a turn, a later sentence changing what the first meant.
 * nlp/crisisBuiltIn.ts puts the patterns after their kind's own patterns and the rounds before; nlp/crisisBuiltInWords.ts
 * adds the everyday phrases.
 */

// people who take over a home to deal from it
const blades = 'knife/knives/machete/machetes/blade/blades/gun/guns/axe/shotgun/crossbow/shank/nank/zombie-knife/weapon';
const dealers = 'dealers/dealer/lads/crew/gang/men/males/blokes/lines/runners/youngers/boys';

/** Overdose patterns from rounds 75 to 78. */
export const overdosePatternsAfterRound75: BuiltInPattern[] = [
  {
    // Seen lying behind a locked door that nobody answers, through a crack, a keyhole or a window (round 78: "No answer
    // for 20 mins and I can see him slumped against the door through the gap"; the families' "door locked, no reply and I
    // can see her lying on the floor through the crack", "through the keyhole I can see him slumped on the floor"). The
    // older `collapsed-behind-door` gives way to a reason said anywhere; here the reason was only what they first thought.
    id: 'seen-down-behind-door',
    kind: 'overdose',
    now: true,
    signs: [
      [
        'see/seen/saw/spot/spotted ... him/her/them/his/her/their ... slumped/collapsed/lying/laid/flat-out/on-the-floor/face-down/sprawled/legs/feet/body ... ... through/under/in/past ... gap/crack/keyhole/window/door/letterbox/vent',
        'through/under ... the? gap/crack/keyhole/window/door/letterbox ... ... {me}/i/we/staff ... can/could ... see ... him/her/them/his/her/their',
      ],
      [
        'not/no/never/will-not/would-not/wont ... answering/answer/answered/responding/respond/replying/reply/ansering/respondin/replyin',
        'no answer/response/reply/sound/noise', 'locked/bolted', 'nothing/silence/no-reply ... when/after ... knock/knocking/bang/banging/shout/shouting/calling',
      ],
    ],
  },
];

/** Suicide patterns from rounds 75 to 78. */
export const suicidePatternsAfterRound75: BuiltInPattern[] = [
  {
    // Pills or a script kept back, to take all at once later (round 77: "got my pills saved up, gonna take the lot
    // tonight when he's on nights"; the families' "keeping back his methadone and plans to take it all at once when I'm
    // at work tomorrow", "got a box of paracetamol hid and shes taking them all after her shift"). The Decisions: a plan
    // for later is `suicide`. `saved-up-to-take` (round 73) needs the time it took to save.
    id: 'kept-back-to-take-all',
    kind: 'suicide',
    now: false,
    signs: [
      [
        '{pills}/pills/tablets/meds/methadone/script/gear/diazepam/vallies/pregabs/sleepers ... saved/stashed/hid/hidden/put-by/put-away/stockpiled/squirrelled/kept-back/saved-up',
        'keeping/kept/holding/held/saving/saved/putting/put/stashing/stashed/hiding/hid ... back/by/away/aside/up ... my/his/her/their/me/some/a ... {pills}/pills/tablets/meds/methadone/script/doses/diazepam/vallies/pregabs/sleepers',
        'keeping/kept/holding/held/saving/saved/putting/put/stashing/stashed/hiding/hid ... my/his/her/their/me/some/a ... {pills}/pills/tablets/meds/methadone/script/doses/diazepam/vallies/pregabs/sleepers ... back/by/away/aside/up',
        'stockpiling/stockpiled/hoarding/hoarded ... my/his/her/their/me/the ... {pills}/pills/tablets/meds/methadone/script/diazepam/vallies/pregabs/sleepers',
        'enough ... {pills}/pills/tablets/gear/meds ... put-by/saved/stashed/stockpiled/saved-up',
        // round 84's families: "a tin of sleeping tablets she's been keeping back", "3 weeks of methadone put by"
        '{pills}/pills/tablets/meds/methadone/script ... been? ... keeping-back/holding-back/put-by/putting-by/saved-up',
      ],
      [
        'take/taking/swallow/swallowing/neck/necking/have/having ... it/them ... all ... at? once?', 'take/taking/swallow/swallowing/neck/necking/do ... the-lot/the-whole-lot/them-all/all-of-them/everything/all-in-one-go',
        'od/overdose/o-d ... tonight/tomorrow/when/once/after/on', 'drink/drinking/down/neck ... it/them ... all',
      ],
      [
        'tonight/tomorrow/weekend/saturday/sunday/friday/monday/later/when/once/after/before ... ... ... {me}/i/he/she/they/kids/house/shift/work/nights/asleep/out/leaves/quiet/gone',
        'tonight/tomorrow/weekend/later', 'christmas/birthday/anniversary/new-year/new-years',
      ],
    ],
    signsNeeded: 3,
  },
  {
    // Not being here by a date, with a plan made (round 78: "I wont be here by then, I've got it all worked out"; the
    // families' "I'll be gone by then, said she has a plan worked out", "she won't see Christmas and she's got it all
    // figured out how"). Moving away, rehab or a detox by then is not gone ("I won't be here, I'm moving to Cornwall").
    id: 'gone-by-then-planned',
    kind: 'suicide',
    now: false,
    signs: [
      [
        'wont/will-not/would-not/not-going-to ... be ... here/around/alive ... by/for/at/to-see/then/when/next',
        '{me}/ill/i-will/he-will/she-will/hell/shell/i-ll ... be ... gone ... by/before ... then/christmas/summer/next/the',
        'wont/will-not/not-going-to ... see ... christmas/summer/new-year/my-birthday/his-birthday/her-birthday/next/the-weekend/spring',
        'wont/will-not ... need ... it/them/one/another ... ... ... sorted/planned/worked/figured',
      ],
      [
        'planned/plan/planning/worked-out/sorted/figured-out/figured/thought-out/got-it-all ... how? ... out?',
        'all ... worked/figured/planned/sorted ... out?', 'sorted/planned/decided ... how ... {me}/im/i/he/she/hes/shes ... going/go/doing/do',
      ],
    ],
  },
  {
    // Death preferred to a named return or loss, said flatly, often after "I'm not suicidal" (round 76: "I'm not suicidal
    // but honestly I'd rather die than go back to Wandsworth"; the families' "he'd rather be dead than go back inside",
    // "would rather die than lose her kids to care again"). The Decisions: "not suicidal" with another sign counts.
    // "I'd rather die than wear that" or "than go to a meeting" is an idiom, so only prison, court, losing the children,
    // the streets or living on like this count.
    id: 'rather-dead-than',
    kind: 'suicide',
    now: false,
    phrases: [
      'rather/sooner ... die/be-dead/dead/top-myself/kill-myself/end-it ... than ... go/going/face/facing/lose/losing/be/being/live/living/do/doing ... back? ... prison/jail/inside/nick/court/wandsworth/strangeways/pentonville/the-streets/streets/sleeping-rough/care/custody/jail-again/through-that/through-it-again/like-this',
      'rather/sooner ... die/be-dead/dead ... than ... lose/losing ... my/his/her/the ... kids/children/{child}/baby',
      'want/wants/wanted ... to? be? dead ... rather ... than ... face/go/lose/going/facing/losing',
    ],
  },
];

/** Harm patterns from rounds 75 to 78. */
export const harmPatternsAfterRound75: BuiltInPattern[] = [
  {
    // Dealers who have taken over a home and will not go (round 78: "the lads who were dealing out of it are back inside
    // now and won't leave"; the families' "unknown males are using his Rm to deal from and refuse to leave", "a county
    // lines crew have taken it over", "2 lads turned up, said theyre stopping at mine … people knocking for gear all nite").
    // The Decisions: cuckooing is `harm` with no threat said.
    id: 'dealers-in-home-will-not-go',
    kind: 'harm',
    now: true,
    signs: [
      [
        'dealing/deal/sell/selling/bagging/bagging-up/cooking/cutting ... out-of/from/in/outta ... it/my/his/her/their/the/me ... flat/place/house/room/rm/kitchen/living-room/home/gaff/bedsit',
        'using/use/used ... my/his/her/their/the ... flat/place/house/room/rm/gaff/bedsit ... to ... deal/sell/store/bag',
        // (a group who took it over: "my sister took over my flat when i moved out and she wont leave lol" is family)
        // round 78: "the lads who were dealing out of it are back inside now" (the flat named before)
        'dealing/selling/bagging-up/cooking ... out-of/outta/from ... it',
        `${dealers} ... have/had/has/who? ... taken/took/takin/taking ... over ... my/his/her/their/the/it ... flat/place/house/home/room/gaff/bedsit?`,
        `${dealers} ... have/had/has/who? ... taken/took/takin/taking ... it/his/her/my/their/the ... flat/place/house/home/room/gaff? ... over`,
        'moved/moving/moved-in/stopping/staying/living ... into/in/at ... my/his/her/mine/hers/their ... flat/place/house/home/room/gaff? ... to? sell/deal?',
        'people/punters/smackheads/crackheads/fiends ... knocking/coming/turning-up ... for ... gear/drugs/stuff/rocks/bags',
        'county lines/line ... crew/lads/gang/boys',
      ],
      [
        'wont/will-not/would-not/refuse/refuses/refused/refusing/not-going-to ... leave/go/get-out/move',
        'can-not/cannot/could-not ... get ... them/em/him ... out', 'let ... themselves ... back? ... in',
        'back ... in/inside ... now', 'sleeping ... on ... his/her/my/their ... own? ... floor/sofa/settee',
        'frightened/scared/terrified/petrified/intimidated', 'all night/nite/day/hours',
      ],
    ],
  },
  {
    // A child made to carry or deliver for older people (round 78: "Turns out some older lads are making him carry gear out
    // to Blackpool"; the families' "older lads have got my 16 year old taking packages up to Glasgow", "older males are
    // making him deliver drugs to other towns"). The Decisions: a child made to run drugs is `harm`, with no threat said.
    id: 'child-made-to-carry',
    kind: 'harm',
    now: true,
    // (the families' "How can I tell if a kid is being groomed into county lines?" names a child and the lines, no one's)
    signsNeeded: 3,
    signs: [
      [
        'older/some/these/them/a-group-of/a-gang-of ... lads/men/males/blokes/guys/boys/crew/gang/lot ... making/made/got/have-got/getting/telling/forcing/using ... him/her/them/my/our/the',
        'making/made/forcing/forced/getting/telling ... him/her/them ... to? carry/take/run/deliver/sell/move/drop/hold',
        // round 82: "my 14 year old is being made to carry pills into festivals for older lads"; the families' "these men make
        // me keep their stuff in my school bag", "they've got him stashing their weed and running it"
        'being/is-being/getting/been made/forced/used ... to carry/take/run/deliver/sell/move/drop/hold/stash/smuggle',
        'make/makes/making/made ... me/him/her/them ... to? keep/hold/stash/carry/take/run/deliver/sell/move/drop',
        'they/theyve/they-have/theyre/these/gang/gangs/men/lads ... got/have-got/getting/making/using ... him/her/them/me ... stashing/running/holding/carrying/selling/dealing/moving/dropping/bagging',
        'for ... some/an/these/older ... lad/man/bloke/guy/lads/men/blokes ... off/from ... the? estate/street/area',
      ],
      [
        'carry/carrying/take/taking/run/running/deliver/delivering/drop/dropping/move/moving/sell/selling ... gear/drugs/packages/parcels/stuff/bags/the-stuff/it ... ... to/up-to/out-to/down-to/other/towns/the-coast',
        'selling/dealing ... bags/gear/drugs/weed/stuff', 'county lines/line',
        'carry/carrying/take/taking/smuggle/smuggling/sneak/sneaking ... pills/gear/drugs/weed/coke/stuff/packages/bags ... into/in-to/through/past ... festivals/festival/clubs/club/raves/rave/parties/prison/school/the-gates',
        'stashing/holding/keeping ... their/the ... weed/gear/stuff/drugs/bags/food',
        'stash/stashing/hold/holding/keep/keeping/hide/hiding ... bags/gear/drugs/stuff/weed/pills ... in ... my/his/her ... coat/bag/pants/bra/school-bag/pocket/pockets/socks/jacket',
      ],
      ['{child}', ...childAge, 'lad/boy/girl ... at/doing-well-at/in ... school/college', 'pupil/student/yp/yr'],
    ],
  },
  {
    // Someone outside the door or waiting with a weapon now (round 78: "her ex is outside the hostel now with a knife,
    // police not yet called"; the families' "partner is waiting outside the building with a machete", "some lad come to
    // the front door waving a knife"). Training on what to do if someone turns up armed names no one.
    id: 'armed-outside-now',
    kind: 'harm',
    now: true,
    // (blades and guns: "kids outside the hostel with bats playing rounders", "coming round with his hammer to fix my shelf")
    phrases: [
      `outside/waiting/outside-the-door/at-the-door/at-my-door/at-the-window/downstairs ... ... ... with/waving/holding/brandishing/carrying/wielding ... a/an/his/her/their/the? ${blades}`,
      `waving/brandishing/wielding ... a/an/his/her/the? ${blades} ... ... outside/at/door/window/shouting/screaming/waiting`,
    ],
  },
  {
    // Drugs found, and violence started now (round 78: "was a normal night til he found the foil in my bag. now hes
    // kicking the bedroom door in"; the families' "found my works under the bed, now he's banging on my door screaming",
    // "found my stash … now shes throwing stuff at me", "clocked the foil in the bin … punching holes in the walls").
    id: 'found-out-and-violent-now',
    kind: 'harm',
    now: true,
    signs: [
      [
        'found/finds/clocked/discovered/discovers/seen/saw/caught/spotted ... my/her/his/me/the/their ... works/stash/foil/pipe/gear/needles/kit/drugs/baggie/bag/tin/crack/spoon/rocks/pills/stuff',
      ],
      [
        'kicking/booting/banging/hammering/punching/smashing/forcing/force/battering ... door/doors/walls/wall/place/house/flat/room/window/windows/holes',
        'throwing/chucking/lobbing ... stuff/things/plates/it/everything ... at ... me/her/him/us',
        'dragged/dragging/grabbed/grabbing/pulling/pulled ... her/him/me ... by/out', 'barricaded/hiding-in/locked-myself/locked-herself/locked-himself',
        'smashing/smashed ... the/my/our ... place/house/flat ... up', 'says/said/saying ... im/i-am/she-is/hes/shes ... next',
      ],
    ],
  },
  {
    // Medication or money handed over to someone who threatens every time (round 75: "a man waits outside every morning
    // and threatens her until she hands over her methadone"; the families' "meets her outside the chemist each morning and
    // takes her bupe by force", "hand over his bank card to a local dealer every payday or he gets hurt"). An appointee
    // or a partner who collects by agreement takes nothing.
    id: 'script-taken-by-threat',
    kind: 'harm',
    now: true,
    signs: [
      [
        'hand/hands/handing/give/gives/giving/handed ... over? ... his/her/my/their/me ... methadone/script/bupe/subutex/espranor/meds/pills/money/card/bank-card/benefits/uc/giro/pin',
        'takes/taking/took/nicks/nicking/grabs ... his/her/my/their/me ... methadone/script/bupe/subutex/espranor/meds/pills/money/card/bank-card/benefits/uc/giro ... off/from/by-force/by',
      ],
      [
        'threatens/threatening/threatened/threat/threats/force/forced/frightened/terrified/scared/intimidated/hurt/cut/smash/batter/kicking/or-else',
        'waits/waiting/meets/turns-up/turning-up ... outside/at/by ... the? chemist/pharmacy/bank/post-office/door',
      ],
    ],
  },
];

/** Medical patterns from rounds 75 to 78: none; their families' medical lines were everyday frames (builtInFramesAfter). */

/** Everyday phrases for the families of rounds 75 to 78 (added to builtInExceptions in nlp/crisisBuiltInWords.ts). */
export const nearMissesAfterRound75: string[] = [
  // the families' near misses: a partner or appointee who collects by agreement
  'by/with agreement/consent', 'agreed/arranged ... with ... the/my/his/her? prescriber/pharmacist/gp/worker/keyworker/chemist',
  // round 75: "overdid it on the Quality Street"; the families' "overdid it on the birthday cake", "overdone the coffee"
  'overdid/overdone/overdo ... it? ... on/with ... the? quality-street/chocolate/chocolates/cake/mince-pies/sweets/biscuits/coffee/pizza/crisps/turkey/roast/curry/gym/sun/booze-at-christmas',
];
