import { tableFood, treatsOverdone } from './crisisPatternsAfterRound89';
import { notLaughingGas } from './crisisPatternsAfterRound73';

/**
 * Words around a crisis phrase that change how it reads (after round 17): a denial of it, a long-past time for
 * self-harm (unless something says it is back), and a story, a film or a training dummy. nlp/crisisMatcher.ts reads
 * them; the everyday phrases, accidents and past times are in nlp/crisisBuiltInWords.ts.
 */

/**
 * Self-harm or an overdose long past, said with a time or an age that is clearly gone ("used to self harm at school but
 * that was 20 year ago", "cut myself as a kid", "back in 2015 I self harmed"): everyday, like the Decisions' "as a
 * teenager, I'm 46 now" — but not in a message that also says it is back or happening now (builtInStillNow). Suicide
 * attempts are not here: a past attempt always counts.
 */
const selfHarmWords =
  'self-harm/self-harmed/self-harming/selfharm/harm/harmed/harming/cut/cutting/cuts/burn/burning/burnt/burned/scratching/scratched/hurt/hurting/hurted';
// a distance in time, which alone says it is long gone ("as a teenager" or "at school" alone does not: the person may be 17)
const longAgo =
  '#-years-ago/#-year-ago/#-yrs-ago/#-yr-ago/#-years-back/#-year-back/it-is-been-#-years/it-has-been-#-years/its-been-#-years/been-#-years-since/#-years-since/#-year-since/years-ago/yrs-ago/years-back/ages-ago/ages-back/donkeys-years/donkeys-years-ago/long-time-ago/long-long-time-ago/long-ago/back-in-#/back-in-the-day/years-and-years/decades-ago/a-decade-ago/a-lifetime-ago/way-back/over-#-years/nowt-like-that-now/nothing-like-that-now/back-in-the-60s/back-in-the-70s/back-in-the-80s/back-in-the-90s/back-in-the-sixties/back-in-the-seventies/back-in-the-eighties/back-in-the-nineties/back-in-the-noughties/in-the-80s/in-the-90s/in-the-eighties/in-the-nineties/not-for-about-#-years/not-for-#-years/not-for-over-#-years/not-for-years/nothing-for-about-#-year/nothing-for-about-#-years/nothing-for-#-year/nothing-for-#-years/not-for-about-#-year/not-for-#-year/not-since-school/not-since-i-was-at-school/not-since-i-was-a-teenager/not-since-i-was-a-kid/not-since-i-was-#/not-since-#/in-my-twenties/in-my-teens/in-my-thirties/in-my-20s/in-my-30s/in-my-early-twenties/in-my-late-teens';
export const builtInLongPast: string[] = [
  // round 95's second families: "self-harm disclosed from adolescence, nil since"; "old scarring on forearms from
  // self-harm in her teens, she says none in over ten years"
  'self-harm/selfharm/self-harming/sh/cutting ... from/in/during ... her/his/their/my? adolescence/teens/childhood/youth/school-days ... nil/none/nothing/no ... since/in/for',
  // round 95: "Keyworker note: historic self-harm, none for several years, no current concerns"
  'historic/historical/previous ... self-harm/selfharm/self-harming/sh/cutting ... none/nothing/no-incidents/no-episodes/not-for ... for/in ... several/many/a-few/few/# years/yrs',
  `${selfHarmWords} ... ... ${longAgo}`,
  `${longAgo} ... ... ${selfHarmWords}`,
  // round 58's families: "reports self-harm stopped as a teenager, now 52" (the Decisions' age now, said in a note)
  `${selfHarmWords} ... ... as/when/at ... a? teenager/teen/kid/child/school/young ... ... now/aged/age #`,
  `${selfHarmWords} ... ... teens/teenager/teen/childhood/school/kid/youth ... ... ... # now`,
  // round 80's families: "self-harm in adolescence, nil since, now aged 61"
  `${selfHarmWords} ... ... teens/teenager/teen/childhood/school/kid/youth/adolescence/adolescent ... ... ... now/aged/age #`,
  // round 64: "used to self harm at 15, im 40 now"; the families' "cut myself at 16, 44 now"
  // (the two ages together: not "cut down … went from 10 a day to none")
  `${selfHarmWords} ... at/aged/age # and/but? i-am/im/now/aged/age/me? # now/years-old/yrs-old/yo/nowadays`,
  // round 80's families: "Hx of self-harm aged 14-16. SU now 39" (a note: a span of ages, then the age now after it)
  `${selfHarmWords} ... at/aged/age/from # ... ... su/client/pt/patient/resident/she/he/shes/hes/she-is/he-is/i-am/im/and? now/aged #`,
  // round 71: "used to self harm when I was about 15, I'm 38 now"
  `${selfHarmWords} ... when ... {me}/he/she/they ... was/were about/around/only/like/maybe? # ... i-am/im/shes/hes/she-is/he-is/now/aged/age/me? # now/years-old/yrs-old/yo/nowadays`,
  // round 58: "self-harmed in the past (cutting, approx 2012), nothing since": an end said, with a past before it
  `${selfHarmWords} ... in-the-past/previously/historically/historic/old/#/before ... ... nothing-since/none-since/nothing-recent/not-since/nothing-recently`,
];

/** Words that bring a long-past self-harm back to now ("it's been creeping back", "started again"): it counts again. */
export const builtInStillNow: string[] = [
  'again', 'lately', 'recently', 'these days', 'this week', 'last night', 'last week', 'yesterday', 'today', 'tonight',
  // round 86's families: "went to a refuge in 2015 but he's found my new address and was hammering on the door this morning"
  'this morning/afternoon/evening',
  // (exact forms: "says it's never come back" is not back, round 49)
  '=creeping/=crept/=coming/=came back', 'is/s/has/have/its come back', 'started/starting/back to it', 'relapsed', 'still/want/wanting/urge/urges ... cut/cutting/harm/harming/do-it/burn/burning',
  'thinking about it', 'thought about it',
];

/**
 * Words saying a long-past self-harm has stayed stopped, or that only date a note (round 58: "SU self-harmed in the past
 * (cutting, approx 2012), nothing since"; the families' "keywork today: talked through old self-harm scars", "havent
 * done it since, doing ok these days"). A now-word inside them ("recent", "today", "these days") does not bring it back;
 * "again" or "last night" elsewhere still does.
 */
export const builtInStillStopped: string[] = [
  // round 95's second families: "…she says none in over ten years, no concerns today"
  'no/nil/not-any/without current? concerns/concern/issues/risk/risks today/now/currently/this-week',
  'nothing/none/nowt/not/no-more ... since/recent/recently/lately/these-days/for-years',
  'have-not/havent/hasnt/has-not/had-not/hadnt/not/never ... done/did/self-harmed/harmed/cut/hurt/burnt/burned ... it/myself/herself/himself/themselves/anything? ... since/recently/lately/these-days/for-years',
  'doing/coping/feeling/getting-on/managing/settled/stable ... ok/okay/fine/well/good/alright/better/great/settled ... these-days/today/lately/recently/now',
  'good/better/great/fine/ok/okay/happy/settled/decent/healthy ... headspace/place/mood/nick/form/way ... these-days/now/today/lately',
  'all? behind me/her/him/us/them ... now',
  'keywork/key-work/session/review/appointment/appt/assessment/meeting/visit/call/contact/summary/note/notes/handover ... today/this-week',
];

// a pet flat out after a walk or in the sun (round 74's families: "The staffie, after a long walk on the beach", "the cat, in
// the sunbeam"): it explains both "won't wake" and "collapsed"
const dentalNumbing = 'dentist/dentists/dental/anaesthetic/anesthetic/novocaine/local ... injection/injections/jab/numbing/appointment/appt/filling/anaesthetic';
const petResting = 'the/our/my? dog/cat/staffie/staffy/puppy/kitten/pup/lurcher ... after/in ... a/the ... long? ... walk/sunbeam/dinner/run';

/** Someone who nodded off and was woken easily: a reason for the patterns that read nodding or snoring after using. */
const wokeEasily = [
  'woke/woken/wakes/waking/woke-up/wakes-up ... him/her/them/up? ... easy/easily/first-time/straight-away/no-bother/no-problem/right-away/soon/as-soon-as',
  'told/tells/telling ... me ... off ... for ... waking',
];

/**
 * A reason said anywhere in the message that explains a pattern's signs away: the Decisions' "someone … behind a locked
 * door who does not answer is `overdose`; with a reason said for the silence ('he's sulking', 'headphones on') it is not
 * a crisis". Unlike the everyday phrases these are read across sentences (round 60 and its families: "…wouldn't answer
 * me, proper panicked me. Turns out he's in a mood", "Then I clocked the shower was going"). Only the named pattern is
 * explained; a thud, blue lips or snoring are other patterns' signs.
 */
export const builtInReasonsGiven: Record<string, string[]> = {
  // round 94's families: "Gave away all my stuff this week, moving into supported housing and the room is tiny"
  'gave-away-wont-need': [
    'moving/moved/move/moving-in ... into/to/in ... supported/a/the/new/my/our/smaller/tiny ... housing/flat/place/bedsit/room/hostel/rehab/home/house',
    'downsizing/decluttering/declutter/clear-out/clearing-out',
  ],
  // round 84: "Dad nodded off in his chair after his methadone and was snoring a bit, but I woke him easy"; the families'
  // "she woke up first time i said her name", "she told me off for waking her"
  'unresponsive-after-using': wokeEasily,
  'overdose-signs': wokeEasily,
  'collapsed-behind-door': [
    'headphones/earphones/earbuds/airpods/white-noise ... on/in/going/full/loud',
    'sulking/sulk/sulked/strop/huff/in-a-mood',
    'shower/bath ... was/is/s/had-been ... going/on/running', '=singing/=sang',
    'heard/hear/hearing ... him/her/them/talking ... talking/laughing/moving/shouting/swearing/playing/on-the-phone/on-his-phone/on-her-phone/phone',
    'shouted/shouts/yelled/said ... he/she/they ... would/will/ll/d ... be ... down/out/up/along',
    'opened/opens/unlocked ... up/the-door/it ... ... later/eventually/after',
    'came/come/comes ... out ... ... later/eventually/after/like-nothing',
    'turns/turned out ... he/she/they ... was/were/is/s/had ... fine/ok/okay/sulking/out/in-a-mood/on-the-phone/gaming/working',
    'like nothing happened', 'told/tells/telling/shouted ... us/me ... to? go-away/piss-off/leave-him/leave-her/sod-off',
  ],
  // round 71's families: "asked where to get a spacer for his inhaler, no breathing problems today, taken nothing" (it reads
  // through everyday phrases, so the denial of the sign is a reason here)
  'awake-and-breathless': ['no/not-any/without/nil ... =breathing ... problems/problem/issues/difficulties/difficulty/trouble'],
  // round 74: "He's gone all floppy and won't get up... the dog, I mean"; the families' "the cat, obviously", "proper man flu"
  'will-not-wake': [
    'the/our/my/his/her? dog/cat/puppy/kitten/pup/hamster/rabbit i-mean/obviously/obvs/lol/haha', 'man flu',
    petResting,
  ],
  // round 74: "thought he'd collapsed in the kitchen. He'd only dropped a spoon"; the families' note "On checking he was
  // on the floor doing press-ups, alert and chatty"
  // round 74: "my mates gone blue! in the face, from laughing at me" (not laughing gas)
  'gone-blue': [`from/with/wiv laughing/laughter/laughin ${notLaughingGas}`],
  // round 78: "thought i was having a stroke cos half my face went numb. it was the dentist injection lol" (not `stroke-signs`:
  // the second families' "thought it was the dentist injection but its been hours, his face is drooping")
  'chest-pain': [dentalNumbing],
  'collapsed': [
    // round 78: "my mate collapsed on the dance floor!! with laughter"; the families' "collapsed into fits of giggles",
    // "keeled over on the settee... from laughing at the Bake Off fails"
    `from/with/wiv/into laughing/laughter/laughin ${notLaughingGas}`, 'fits/fit of laughter/giggles/laughing', 'the/into? giggles/hysterics',
    // round 78: "I feel like I'm dying today. Man flu, sat under a duvet with a lemsip"; the families' "worst hangover of my
    // life", "saying he's dying. It's a cold" ("dying" is `collapsed`'s only sign here; a collapse with blue lips or no
    // breath is another pattern's)
    'man/men flu', 'worst/killer/stinking/horrendous/banging/awful ... hangover', 'it/its/s/it-is/just ... a/the? cold/flu/lurgy/bug/virus/sniffle/sniffles',
    'runny nose', 'lemsip/lemsips/beechams/night-nurse',
    'on/upon checking/entry/inspection ... he/she/they ... was/were ... awake/fine/ok/okay/alert/chatty/talking/doing/sat/sitting/laughing',
    'he/she/they/hed/shed ... had/d? only ... dropped/tripped/lost/looking/laying/lying-down/bending/picking',
    petResting,
  ],
  // round 66's families: "next door have been smashing the place up all morning, theyre ripping the old kitchen out"
  'threat-after-damage': [
    'ripping/ripped/tearing/torn/pulling/pulled/taking/took/knocking ... the? old? ... kitchen/bathroom/units/cupboards/tiles/floor/fireplace/wall/walls ... out/down/up',
    'builders/renovating/renovation/renovations/doing-up/diy/new-kitchen/new-bathroom/refurb/refurbishment',
  ],
};

/**
 * Stories, training and play: what happens "in the film", "on Casualty", "in the game", "on the dummy" is not
 * happening. A crisis match in the twelve words after one of these is not counted (nlp/crisisMatcher.ts); a real
 * event said elsewhere in the message still is.
 */
export const builtInStories: string[] = [
  // round 58: a poster or a card on what to do is not an event ("a one-page flowchart for the staff room wall on what to do
  // if you find someone not breathing"; the families' "pictogram card … showing overdose signs (blue lips, snoring)")
  'laminated/laminate/flowchart/flow-chart/pictogram/pictograms/infographic/wallchart/wall-chart/easy-read/crib-sheet/prompt-card/prompt-cards/poster/posters/wallet-card/info-card/information-card/counter-card/z-card',
  // a drill with a manikin ("a manikin will be left slumped and unresponsive in the corridor for staff to practise")
  'manikin/manikins/mannequin/mannequins/drill/simulation/mock-scenario/training-scenario',
  // round 89's families: "Training note: today's scenario was a resident with chest pain and collapse"
  'scenario/scenarios was/is/were/involved/involving', 'training/drill/exercise/practice note/notes/log/scenario',
  // round 92's second families: "On the first aid refresher we had to shout…", "the naloxone trainer made us pretend my
  // mate was blue and not breathing"
  'first-aid/naloxone/cpr/resus/training refresher/refreshers',
  // round 94's families: "Scenario exercise at the hostel: 'resident' found unresponsive"; "SU reports recurrent dreams of
  // finding a friend unresponsive after an OD"
  'scenario/scenarios exercise/drill/training/practice', 'dreams/dream/nightmares/nightmare of/about', 'trainer/instructor/tutor ... made/makes/had/has ... us/me/them ... pretend/practise/practice/act/role-play',
  // round 88's families: "group watched a documentary showing a collapse at a festival", "Did anyone watch Holby? Woman
  // overdosed in the toilets" (the question joined to what it asks about: crisisText.ts)
  'documentary/documentaries ... showing/about/on/where/of',
  // (asked of others only: "was watching corrie with my mate and hes gone blue" is real)
  'did/has/have anyone/any1/anybody/you/u/yous/ye else? watch/watched/see/seen/catch/caught holby/holby-city/casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/greys-anatomy/line-of-duty',
  // round 62's families: "in the first aid course the teacher explain paracetamol overdose make vomiting first"
  'first-aid/first aid ... course/class/training/session/lesson/teacher',
  // (round 48: "on the methadone programme" is treatment, and "on the programme" may be too; "on that programme" is telly)
  'in/on the/that/this/a/an film/films/movie/movies/episode/series/soap/documentary/game/book/novel/play/cartoon/drama/sketch/trailer',
  'in/on that/this programme/program',
  'in/on the/that/this/a/an !methadone/meth/script/detox/rehab/treatment/recovery/drug/drugs/alcohol/drink/housing/training/work/employment/support/subutex/subs/bupe/buprenorphine/needle/exchange/aftercare/step/12-step/12/twelve/reduction/maintenance/community/nhs/council/probation * film/films/movie/movies/episode/programme/program/series/soap/documentary/game/book/novel/cartoon/drama',
  // "on casualty", not "in casualty" (A&E: "my mates in casualty, he got stabbed last night")
  // round 59: "watching Casualty, someone's just OD'd in a club toilet" (a character next: "watching corrie with my mate
  // and he's gone blue" is real)
  'watching/watched/watch/watchin casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty and/where/when/n/an? someone/somebody/someones/a-character/this-character/the-character/a-bloke/a-lad/a-woman/a-guy/a-man/a-girl/some-bloke/some-lad/some-woman/some-guy',
  'on casualty', 'on/in eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty/panorama',
  'in/on trainspotting/pulp-fiction/gta/cod/call-of-duty/fortnite/minecraft/fifa/euphoria/breaking-bad/the-wire/peaky-blinders',
  // round 54's second person: "playing gta and my guy collapsed after the pills", "on holly oaks last nite the girl took all her pills"
  'playing/played/play gta/gta5/gta-5/fortnite/cod/call-of-duty/the-sims/sims/minecraft/fifa/red-dead', 'on/in holly oaks',
  // practice on a dummy: "had to practise on a dummy that wasn't breathing" (not a baby's dummy: a practice word is needed)
  'practise/practice/practised/practiced/practising/practicing/training/trained/course/demo/demonstration/showed-us/show-us/taught-us/learnt/learned/learning/first-aid/cpr/resus ... on/with/using ... a/the/an/some? dummy/dummies/mannequin/mannequins/manikin/manikins/doll/dolls/resus-annie/model',
  'jab/jabbed/jabbing/inject/injected/injecting/spray/sprayed/spraying/resuscitate/resuscitated/revive/revived/turn/turned/roll/rolled ... a/the/an dummy/dummies/doll/dolls', 'a/the dummy/dummies/doll that/which/who/were/was',
  // a song's words: "that drill tune is hard, the bit where he says he'll wet man up"
  // ("=track" exactly: round 84's families' "has tracked me down" is no song)
  'tune/tunes/song/songs/=track/=tracks/verse/lyric/lyrics/bars/rap/drill/album/mixtape ... ... where/when/bit/part/line/says/goes/said/sings/raps',
  'mannequin/mannequins/manikin/manikins/resus-annie', 'role-play/roleplay/role-played/roleplayed/role-playing/roleplaying',
  // after round 19: a story watched, with a word that puts the event in it ("watching casualty and someone overdosed on
  // it", "watched a film where he ODs"); "we were watching a film and he stopped breathing" is real and still counts
  'watching/watched/watch/saw/seen/caught/binging/binged ... casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty/netflix/telly/tv/iplayer/panorama/trainspotting/euphoria/breaking-bad/the-wire/peaky-blinders/documentary/film/movie/episode/programme/soap/drama/series/show ... ... ... ... on/in it/that/there',
  'watching/watched/watch/saw/seen/caught/binging/binged ... casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty/netflix/telly/tv/iplayer/panorama/trainspotting/euphoria/breaking-bad/the-wire/peaky-blinders/documentary/film/movie/episode/programme/soap/drama/series/show ... ... one-of-them/a-character/the-character/this-character/storyline/plotline/the-plot',
  'film/films/movie/programme/documentary/episode/show/series/soap/drama ... ... where/about/in-which',
  // round 35: "film last night had someone jump off a bridge, bit grim"; "naloxone training today, the dummy stopped breathing"
  'film/films/movie/programme/documentary/episode/show/series/soap/drama/book/game ... ... had/has/shows/showed/with ... someone/somebody/a-character/people',
  'film/films/movie/programme/documentary/episode/show/series/soap/drama/book/game ... ... had/has/shows/showed/with ... a/some/this/one {person}',
  'training/trained/course/class/session/first-aid/cpr ... ... ... the/a? dummy/dummies/mannequin/mannequins/manikin/doll',
  // round 31: "watching a documentary on fentanyl in america, grim how many were overdosing" (a documentary on its subject,
  // not on a channel: "a documentary on netflix and he stopped breathing" still counts)
  'watching/watched/watch/binged/binging ... ... doc/docs/docu about/on', 'bbc/channel-4/channel-5/itv/netflix/c4/panorama/iplayer/youtube ... doc/docs/documentary/documentaries/programme/series ... about/on',
  'documentary/documentaries/docu/docuseries/programme/programmes on fentanyl/heroin/crack/spice/drugs/drug/addiction/addicts/america/the-states/the-us/usa/opioids/opiates/the-opioid-crisis/overdoses/homelessness/prison/prisons/kensington/{drugs}',
  // after round 22: books, podcasts, songs, poems and plays; set texts ("reading Romeo and Juliet for my GCSE")
  'podcast/podcasts/song/songs/poem/poems/poet/play/plays/book/books/novel/audiobook/story/article/musical/opera ... ... where/about/in-which/called',
  'reading/read/studying ... ... romeo/juliet/hamlet/macbeth/othello/shakespeare/gcse/a-level/for-school/for-english/for-college',
  // round 21: a show named, then "where": "did anyone see holby last night where they bring the fella back"
  'casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty/trainspotting/euphoria/breaking-bad/the-wire/peaky-blinders/grange-hill ... ... where/when/about/in-which/with-the-bit',
  // (not "doctors" or "the bill": "told the doctor I was fine when she asked…" and "argued over the bill when he hit me"
  // are life, round 57)
  'casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty/euphoria/breaking-bad/the-wire/peaky-blinders ... lad/girl/guy/woman/man/character/bloke/fella/bird/kid/one/storyline/episode/plot',
  // "=news": a stem would read "hes on the new script and hes not breathing" as the news (found after round 44's fixes)
  'on/in the =news/radio',
  // a dream (round 29's second-person lines: "had a dream someone stabbed my partner, woke up terrified")
  // (a dream had, not denied: "this isnt a dream hes blue" counts)
  'had/have/having/keep/keeps/kept/horrible/bad/awful/weird/terrible/scary a/the? ... dream/dreams/nightmare/nightmares', '=dreamt/=dreamed/=dreamin/=dreaming/=dreamnt that/about/of/my/someone/somebody/he/she/i/last-night', 'dream/dreams/nightmare/nightmares last/the-other night', 'in my/the dream/dreams/nightmare',
  // round 28's second-person lines: "the cartoon the kids were watching had the coyote grabbing roadrunner by the throat"
  // round 48: a scene told ("…the bit where the lad stops breathing on the bus was horrible"), a story told at group ("told
  // her story last night, how she … once hit an artery"), a role-play ("one of us pretending to be in crisis saying I've
  // taken all my pills")
  'the/that bit/part where/when', 'scene/scenes where/when', 'bit/scene ... in ... the/that/a documentary/film/programme/show/episode ... where/when',
  // round 48's second-person lines: "watched Casualty with my mam last night and there was a lad on the floor shaking"
  'watched/watching/saw/seen/caught ... casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty ... ... ... ... there-was/there-were/showed',
  // round 81: "watching Casualty, some lad's overdosed in the toilets and they're doing CPR on him" (a stranger straight
  // after the programme; not "watching Casualty with my flatmate and hes gone blue")
  // round 84's families: "did u see eastenders last nite, someone collapsed after taking coke at a party"
  'did/didja/didya you/u/ya see/watch/catch casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty',
  // (round 84: "Watched Casualty last night, an old boy had a heart attack on a bus")
  'watched/watching/watchin/catching-up-on ... casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty/24-hours-in-a-and-e last-night/yesterday/tonight/earlier? some/a/an/this/one/the old/young? lad/lads/bloke/man/woman/girl/guy/fella/kid/patient/character/junkie/lass/boy',
  'told/tells/telling/shared/sharing ... ... her/his/their story ... ... how/about/when/where',
  'role-play/roleplay/role-plays/roleplays/role-played/roleplaying/role-playing/practise/practice/exercise/scenario ... ... ... pretending/acting/playing',
  'took/taking/take ... turns/turn ... being/playing ... the/a casualty/patient/victim',
  // round 82's families: "Staff training session: film shown of a man overdosing in a hostel toilet"
  'film/video/clip/footage/dvd/documentary ... shown/showed/played/watched ... of/where/showing/about',
  'cartoon/cartoons/anime/tom-and-jerry/looney-tunes/roadrunner/coyote/bluey/peppa/peppa-pig', 'film/movie/programme/documentary/episode/song/tune/track/album/single/book called/named/titled',
];

/**
 * Named programmes, which follow their event as often as they lead it ("someone got stabbed on casualty last night"):
 * the words before them in their part of the sentence are the story too (nlp/crisisMatcher.ts).
 */
export const builtInStoriesBefore: string[] = [
  'on casualty/eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty/panorama',
  'in eastenders/corrie/coronation-street/emmerdale/hollyoaks/holby/holby-city/greys-anatomy/line-of-duty/trainspotting/gta/euphoria/breaking-bad/the-wire/peaky-blinders',
  // round 78's families: "someone stabbed me in the back today, on Fortnite"
  'on/in fortnite/fifa/call-of-duty/minecraft/roblox/warzone/tekken',
  // round 84's families: "Saw a lad OD on that Channel 4 drama last night"
  'on/in that/the/a/this ... ... drama/dramas/soap/series/boxset/box-set',
];

/**
 * The telly itself, not a story on it: only its own part of the sentence, up to a person, is the story ("someone got
 * shot on telly last night"); "we were watching something on telly and he stopped breathing" is not (round 38's fixes).
 * Not the news or the radio: what they report is real ("my mate got stabbed on the news").
 */
export const builtInStoriesOnScreen: string[] = ['on/in the? telly/tv/netflix/iplayer/youtube'];

/**
 * Small pets, plants and things people cry "he's dead" over (round 96's goldfish, its families' tomato plant); read with
 * a "the" or a "my", as a list may name a "phone" alone.
 */
const smallThings =
  'tomato-plant/tomato-plants/spider-plant/stick-insect/goldfish/fish/hamster/gerbil/budgie/tortoise/tomato/tomatoes/plant/plants/cactus/houseplant/orchid/seedlings/basil/sourdough/tamagotchi';

/** What a colour came from (round 88: "Blue hair dye I mean"; the families' "lips are blue again, blue raspberry slushie"). */
const colouredBy =
  'from/off/just/only/its/thats? the/that/his/her/a? blue/purple/green/pink/grey? raspberry? hair-dye/face-paint/body-paint/nail-varnish/nail-polish/polish/lipstick/dye/paint/glitter/makeup/make-up/slushie/slushies/slush/ink/chalk/felt-tip/marker/food-colouring/henna/fake-tan';

/** How a later sentence can take back the one before it: which of that sentence's crisis words it un-says. */
export type FrameAfter = 'unreal' | 'phone' | 'past' | 'accident';

/**
 * A sentence that only frames the one before it (round 78: "hes gone blue and stopped breathing!! on Casualty i mean",
 * "mate pulled a knife on me!! in GTA", "someones not responding... on whatsapp", "Chest pains … after a big session on
 * the coke... in 2019"). Everyday phrases and stories are read within a sentence, and the "!!" or "…" split the fright
 * from what frames it. A frame counts only when it is the whole of the later sentence's first part, give or take "i
 * mean" or "lol" (frameFillers): "on Casualty they said to call 999" frames nothing. nlp/crisisMatcher.ts reads them:
 * - unreal: a programme, a film, a game, a dream or a laugh: none of the sentence before happened;
 * - phone: a phone or an app: the sentence's overdose and medical words were about the phone ("not responding"), but a
 *   threat sent on WhatsApp is real;
 * - past: a distant time alone ("in 2019", "years ago"): the sentence before is past, like a time said within it;
 * - accident: how an everyday accident happened ("Shaving, like", "not on purpose"): the sentence's self-harm words were
 *   an accident, but a bleed or a burn may still be a medical emergency.
 */
export const builtInFramesAfter: Record<FrameAfter, string[]> = {
  unreal: [
    ...builtInStoriesBefore,
    ...builtInStoriesOnScreen,
    // (the other games by name are builtInStoriesBefore's, above)
    'in/on gta/cod/the-sims/red-dead/skyrim',
    // (not the console: "he collapsed!! on the xbox" is where it happened)
    'in/on the/a/my/his/her? game/film/movie/dream/nightmare/book/programme/episode/soap',
    // round 96: "…sobbing he's dead, he's dead. The goldfish, thank god not the dog"; its families' "…going he's dead, he's
    // dead, about his tomato plant" (a pet or a plant named alone after the words)
    `about/over? the/my/his/her/our/their ${smallThings}`,
    // round 96: "He keeps saying he's going to end it. With his girlfriend"; its families' "Thinking of ending it... my gym
    // membership lol"
    'with his/her/my/their/that/the/our girlfriend/boyfriend/partner/fella/bloke/lass/missus/wife/husband/ex/job/course/college/landlord',
    'my/the/his/her/our? gym/netflix/sky/spotify/phone/mobile/broadband/amazon/disney? membership/contract/subscription/sub/tenancy/lease/relationship/course/job',
    'that is/was/s? ... my/his/her? character/player/guy/avatar/bloke/man ... in/on ... the/a? game/film',
    `with/from/wiv/cos-of/because-of/through laughing/laughter/laughin/giggles/the-giggles ${notLaughingGas}`,
    'in stitches', `laughing/laughin ${notLaughingGas}`,
    // the families' "unresponsive, no breathing, naloxone given - all on the training dummy, went well"
    // round 88: "…had OD'd next to me. Just a nightmare, he was fast asleep" (the whole part: "Just a nightmare of a night,
    // please help" is not a dream)
    'just/only a/one? bad? dream/nightmare',
    'all? on/with/using the/a? training/resus? dummy/manikin/mannequin/mannikin/doll', 'all? in/during ... the/a? training/drill/scenario/exercise/role-play/roleplay',
    colouredBy,
  ],
  accident: [
    'shaving/chopping/cooking/gardening/peeling/slicing/whittling/carving/fishing/diy/ironing/baking',
    // round 95's second families: "I burnt myself. On the oven tray, doing chips for the kids"; "cut myself lol. opening a
    // tin of beans, blood everywhere"
    'on/off/with the/a/my hot? oven-tray/baking-tray/frying-pan/oven/tray/pan/hob/iron/kettle/grill/stove/cooker/bbq/barbecue/toaster/radiator',
    'not/never on purpose/deliberately/intentionally',
  ],
  phone: ['on whatsapp/facebook/fb/messenger/snapchat/snap/insta/instagram/teams/zoom/discord/text/texts/the-app/the-phone/the-group-chat/the-groupchat/the-group/tiktok/email/emails'],
  past: [
    '#/a-few/a-couple-of/few/couple-of/many/twenty/ten/five years/year/yrs/yr ago/back', 'years/yrs/ages/donkeys-years ago/back',
    'back? in #', 'last year', 'years and years ago', 'a lifetime ago', 'back in the day',
    'when i/he/she/we/they was/were #/younger/young/little/a-kid/a-teenager/a-teen/at-school/using',
    'in/back-in my/his/her/their early/late/mid? twenties/teens/thirties/forties/20s/30s/40s',
  ],
};

/** Words that may stand beside a frame in its part ("on Casualty i mean", "in GTA lol", "in 2019 that was"). */
export const frameFillers: ReadonlySet<string> = new Set(
  // (round 88: "On Casualty last night, and they used naloxone")
  // (round 95's second families: "…not waking up!! ...on EastEnders again")
  'i mean meant mind lol lmao haha hahaha hehe obviously obvs of course that is was it btw like mate tho though innit yeah ffs x xx last night yesterday again'.split(' '),
);

/** Words that may lead a joke's confession ("lol only messing", "haha jk"). */
const jokeLead = 'lol/lmao/haha/hahaha/ha';
const jokeWords = '=messing/=joking/=kidding/=messin/=jokin/=kiddin';

/** Red foods and drinks people take for blood (round 96's red slush puppy, its families' cherry vodka and red skittles). */
const redFood =
  'red/strawberry/cherry/blackcurrant/raspberry/beetroot/tomato? laces/squash/vodka/skittles/slush/slushie/slushy/slush-puppy/juice/jelly/sweets/wine/cordial/ribena/soup/ketchup/sauce/lolly/pop/drink/food-colouring/haribo/jelly-babies/fruit-pastilles/beetroot/tomatoes/tomato/pasta-sauce/chilli/curry';

const programmes = 'film/movie/programme/episode/show/series/soap/documentary/drama/boxset/box-set/casualty/eastenders/corrie/emmerdale/hollyoaks/holby/trainspotting';

/**
 * Openings of a later sentence that take back the one before, whatever follows them (round 88, written as turns: "He
 * stopped breathing and went blue. That was the bit in the film that got me", "…had OD'd next to me. Just a nightmare,
 * he was fast asleep", "…went into a fit on the floor. It was the first aid course", "He's not responding. My support
 * worker I mean"). Unlike builtInFramesAfter, these say outright that the sentence before was a dream, a scene, a drill,
 * a joke's target or a service, so the rest of their sentence may say more; a crisis in that sentence still counts.
 * Since round 90 they may also open a later part of the same sentence ("…foaming at the mouth, that was the bit in
 * EastEnders"), and they include the shapes of a turn: a joke owned up to, a harmless thing re-named, a trifle after a
 * threat, a scene or a story said after the fact (nlp/crisisMatcher.ts, openingAt, adds a correction to a thing).
 */
export const builtInFramesOpening: Partial<Record<FrameAfter, string[]>> = {
  unreal: [
    'it/that/this was/were just/only/all a/one? bad? dream/nightmare',
    'then/and-then/till/until/but-then/before {me}/i/she/he woke/wake/waked up',
    `that/it/this/which was/is/s/were ... ... in/on/from/of the/a/that/this? ${programmes}`,
    `that/this/the/what-a/best/worst/great/good/brilliant/amazing/class/mad? scene/bit/episode/part/ending/storyline ... in/of/on/from ... the/a/that/this? ${programmes}`,
    'it/that/this was/is/s/were ... ... the/a/our/my/their? first-aid/training/drill/demo/demonstration/role-play/roleplay/simulation/rehearsal/refresher/mock',
    'the/our? trainer/instructor/tutor/teacher ... was? pretending/pretended/acting/acted/demonstrating/demonstrated/faking/faked',
    // round 88: "I could murder someone right now. Specifically whoever ate my last Pot Noodle."
    'specifically/namely/especially/mainly/particularly/well? whoever/who-ever ... ate/eaten/finished/nicked/drank/drunk/took/taken/stole/used/had/pinched/scoffed ... my/the/our/his/her ... last',
    // round 88: "He's gone blue! Blue hair dye I mean"
    colouredBy,
    // round 88's families: "my lass battered me... at mario kart"
    'at/in/on mario-kart/mariokart/fifa/fortnite/darts/pool/cards/scrabble/monopoly/chess/snooker/ping-pong/table-tennis/uno/bingo/bowling/badminton/golf/tennis/the-quiz/pub-quiz/the-pub-quiz/wordle/poker/dominoes',
    // round 90, the shape of a turn rather than its words: the sentence before was a joke ("Only messing, he's on the
    // sofa", "Nah he's just blanking me"); not "not joking", nor "joking aside, …", which say the opposite
    // (exact words: "kidding" as a stem is "kids")
    `${jokeLead}? i/he/she/we/they/you? am/is/was/were/are? only/just/jus ${jokeWords}/=winding/=pulling !aside/apart`,
    `${jokeLead}? ${jokeWords}/jk/jks/psych/sike/gotcha !aside/apart`,
    // (normalised: "nah he's just" comes as "no he is just")
    'no/naw/nope/nahh he/she/they/it is/are/was/were just/only',
    'oh/no wait/hang-on no/sorry',
    'not real/for-real thank/thankfully/luckily/phew/god/obviously/mate/lol/haha/it/that',
    // a thing re-named as harmless (round 90: "He's got a knife. A bread knife, he's making sarnies"; its families: "A
    // Stanley knife, she's cutting up boxes", "Plastic one, it's for my little brother's pirate costume")
    'a/an/the/just/only/its/it-is/a-little? bread/butter/stanley/craft/toy/plastic/rubber/fake/pretend/cardboard/foam/nerf/water/cake/cheese/pizza/palette/pallet/fish/vegetable/veg/blunt/kids/kiddies/childrens/cutlery knife/knives/one/sword/gun/pistol/axe/machete/blade/hammer',
    'for the/his/her/their/my/our/a log-burner/fire/firewood/wood-burner/woodburner/kindling/allotment/garden/costume/fancy-dress/panto/play/cosplay/halloween/bonfire/bbq/barbecue/hedge/hedges/tree/trees/shed/brambles/nettles/weeds',
    // round 90's families: "…foaming at the mouth, that was the bit in EastEnders"; "…collapsed on the stairs... thats
    // what happened to my guy in GTA"; "Not real thank god, it was the film we had on"; "that's the scenario on the
    // flowchart poster"
    `it/that/this was/is/s/were just/only? the/a/that/this ${programmes}`,
    'that/this/it is/was/s ... what happened to my/his/her/the character/player/guy/avatar/bloke/man/lad/woman/girl',
    // round 90: "Gonna OD tonight. On chocolate and Netflix"; "She said she'd slit my throat. If I nicked the last
    // Yorkshire pudding again"; "I'm going to kill him. He's eaten the last of my biscuits again" (a trifle, not a threat)
    `on/onto ${treatsOverdone}`,
    `if/when/unless {me}/i/you ... ... ... ${tableFood}`,
    'he/she/they has/have/had/is/s/d/would? =eaten/=ate/=finished/=scoffed/=drunk/=drank/=guzzled/=polished-off the/my last/lot',
    'he/she/they has/have/had/is/s/d/would? =eaten/=ate/=finished/=scoffed/=drunk/=drank/=guzzled/=polished-off all my/the/our',
    // round 92: "He's not breathing, someone start CPR! That's what the trainer shouted on the naloxone course"; "My friend
    // took 20 paracetamol! In the story I'm writing for my creative writing class, I mean"
    'that/this/it is/was/s what the/our/my/his/her? trainer/instructor/tutor/teacher/lecturer/actor/actors/character/characters ... shouted/said/says/yelled/told/taught/showed/did',
    // round 92: "He was banging on the door shouting he'd kill me! Turned out it was my brother locked out with the wrong key"
    'turns/turned/turn out it/that/he/she/they was/were/is/s just/only? ... ... ... locked-out/the-wrong-key/a-wind-up/a-windup/a-prank/a-joke/messing/joking/the-telly/the-tv/a-film/a-fox/foxes/the-cat/the-dog/drunk-and-lost/lost-his-keys/lost-her-keys/game/headset/gaming/xbox/playstation/fifa/the-footy/the-football/the-match',
    // its families: "Turned out it was my mate off his face who thought it was his own flat, we had a right laugh"; "CCTV
    // shows it was his cousin joking about, both were laughing"
    'turns/turned/turn out ... ... ... ... ... we/i/us/both ... had/were/was/are/been? ... a? right/good/big? laugh/laughing/laughed/in-stitches',
    'cctv/footage/camera/video/doorbell/ring-doorbell ... shows/showed/revealed/confirmed ... it/that/he/she/they was/were/is ... ... joking/messing/kidding/laughing/a-joke/a-prank/a-wind-up',
    // the families: "\"She's gone blue, get the naloxone!\" was the line in our staff first aid role play"
    'was/is/were the/a/my line/lines/bit/part/scene/quote/catchphrase ... in/from/of ... the/our/a/my/his/her ... ... role-play/roleplay/play/script/training/drill/film/scenario/course/panto/rehearsal/show',
    'in/for the/a/my/our story/stories/book/novel/script/play/screenplay/poem/assignment/essay/fiction/scene/sketch ... {me}/i/we ... writing/wrote/written/doing/working/acting/rehearsing',
    // the second families: "Heart attack, stroke, the works, that was my GTA character"
    'that/this/it is/was/s my/his/her/their/the gta/sims/game/xbox/playstation/ps5/fortnite/cod/fifa? character/avatar/player/sim',
    // the second families: "…throttle me if I lose another script, she was laughing when she said it"
    'he/she/they was/were/is =laughing/=joking/smiling/grinning/winking/=laughin when/as he/she/they said/says/saying/told/sent it/that/this',
    // the second families: "My hand's gone bright blue! Ah no it's the dye from the new jeans"
    `ah/oh/nah/no no? it/that is/s/was ${colouredBy}`,
    // round 94: "My mate said he was going to throw himself off the pier. He did, for the charity swim"; its families'
    // "Turned out it was a bungee jump for the hospice", "Skydive for Macmillan", "its a zipline", "Charity abseil for the
    // RNLI"
    'he/she/they/i/we? did/does/done/is/s/was/were? it? for/in a/the/his/her/our/their charity/sponsored/fundraising ... ... swim/abseil/skydive/bungee/jump/dip/zipline/zip-wire/walk/run/challenge/event',
    'charity/sponsored skydive/abseil/bungee/swim/dip/zipline/zip-wire/jump/parachute',
    'skydive/abseil/bungee/zipline/zip-wire/parachute for/with ... the/a? hospice/macmillan/rnli/charity/cancer/stag/hen',
    'turns/turned/turn? out? it/that/this is/s/was/were a/the? bungee/zipline/zip-wire/abseil/skydive/sponsored/charity',
    // round 94: "Mate texted me 'I'm ending it tonight'. Meant with his girlfriend"; its families' "clarified on phone, refers
    // to finishing her college coursework", "he meant his account", "turns out he was just leaving the group chat"
    'he/she/they/i? meant/means/mean ... with/his/her/their/the ... girlfriend/boyfriend/partner/relationship/account/snapchat/instagram/coursework/job/course/group-chat/groupchat/tenancy',
    'clarified/confirmed/explained/refers/referring ... ... ... ... sponsored/charity/coursework/college/essay/assignment/the-group-chat/his-account/her-account/a-joke/joking/a-game/relationship/job/course',
    'turns/turned out ... ... ... leaving/left/quitting/quit/deleting/deleted the/his/her/their ... group/group-chat/chat/whatsapp/snapchat/account/job',
    // round 89's second families: "Turns out he'd been grouting behind the toilet and dozed off, he's fine"
    'turns/turned out ... ... ... ... he/she/they is/s/was/were fine/ok/okay/alright/grand/sound/unhurt',
    'that/this/it is/was/s ... the/a/our/my/their/today/todays? scenario/flowchart/poster/leaflet/case-study/role-play/roleplay/exercise/practice/quiz',
    // round 94: "Took all my pills this morning! All seven of them, on time, like the chemist said" (the everyday round
    // named by who prescribed it)
    'all/the/my? ... ... ... ... like/as the/my chemist/doctor/gp/pharmacist/nurse/prescription/script said/says/told/prescribed/wants',
    // round 94: "What does chest pain after coke actually mean? Asking for the harm reduction leaflet"; its families' "Asking
    // so I know the signs" (a question for work or in general; not "asking for a friend", which may be the person)
    'asking/askin/ask for/so/because/cos/coz/as/in ... ... ... leaflet/leaflets/guidance/training/induction/talk/briefing/presentation/course/poster/pack/team/research/essay/assignment/general/signs/know/ready/future/work/staff/service/outreach',
    // round 94: "Blue lips, not breathing, the lot. It was the dummy on the naloxone course"
    'it/that/this was/is/s/were just/only? the/a/our/my training/resus/cpr/first-aid? dummy/manikin/mannequin/doll',
    // round 96: "Found him on his bedroom floor, not moving. He was doing a plank for his fitness challenge"; its families'
    // "…not moving - meditation app, apparently", "…then he shouts got it - he was trying to reach the remote"
    'turns-out/turned-out/apparently? he/she/they/i/we was/were/is/s/am/m/are just/only? doing/trying/practising/practicing a/the/his/her/their/my/some? plank/planks/yoga/pilates/meditation/press-ups/pushups/push-ups/sit-ups/situps/stretches/stretching/workout/exercises/mannequin-challenge/corpse-pose/savasana/breathing-exercises/dead-bug',
    'meditation/mindfulness/yoga/relaxation/sleep/breathing/fitness app/session/class/video/exercise/exercises/challenge',
    // the second families: "Playing musical statues with the kids"; "he was looking for his contact lens under the sofa"
    'playing/doing/practising musical-statues/sleeping-lions/dead-lions/statues/sardines/the-floor-is-lava/hide-and-seek/musical-bumps/corpses',
    'he/she/they/i was/were/is/s/am/m just? looking/searching/feeling/hunting/rooting for ... the/his/her/their/my/a ... contact/contact-lens/lens/lenses/remote/phone/charger/keys/earring/coin/lego/sock/lighter/cat/kitten/hamster',
    // the second families: "…I meant my phone, screen's gone black"; "…hes dead hes dead, meant his character in fortnite";
    // "…\"she's gone, she's dead\", refers to her cat"
    'i/he/she/they? meant/means/mean/was-on-about/was-talking-about my/his/her/their/the phone/laptop/tablet/ipad/screen/telly/tv/car/battery/plant/cat/dog/goldfish/hamster/rabbit/character/game/account/charger/console/xbox/playstation',
    'refers/referring/referred/talking/on-about to/about ... her/his/their/the/my ... cat/dog/pet/rabbit/hamster/goldfish/fish/budgie/plant/phone/character/car',
    // the second families: "Thought I was coughing up blood, then remembered the beetroot salad"
    `then/but/and? remembered/realised/realized/twigged ... ... ${redFood}/salad`,
    // the second families: "She keeps saying she wants to finish it. The relationship with her fella"; "I'm going to end
    // it. The Vodafone contract"
    'the/her/his/my/our relationship/marriage/engagement/tenancy/lease/course/job/subscription/membership',
    'the/my/her/his/our vodafone/ee/o2/three/sky/virgin/bt/phone/mobile/gym/netflix/broadband contract/subscription/membership/deal/plan/tenancy/lease',
    // the second families: "She's not moving at all, sparko on the sofa after her first day at nursery"
    'sparko/spark-out/sparked-out/zonked/conked-out/flat-out ... after ... ... nursery/school/playgroup/swimming/party/the-park/first-day/soft-play/football',
    'he/she/they/i was/were/is/s/am/m just? trying/reaching/stretching/fishing ... to? reach/get/grab/find/fish-out/get-at ... the/his/her/their/my/a ... remote/phone/charger/keys/key/ball/cat/kitten/lighter/sock/earring/coin/pen/lego/toy/controller/tablet/wallet',
    // round 96: "…is that something to worry about in general? Not happening now, just reading the leaflet"
    'not/isnt/is-not happening/going-on ... now/right-now/atm/at-the-moment',
    // (or a question asked in general: "Chest pain after crack - is that something to worry about in general?")
    'is/are/does/do/can/could/would/should/what/how that/it/this/they/those ... ... in general/generally',
    'just/only reading/read/looking-at/looked-at the/a/this/that/your/some leaflet/leaflets/poster/booklet/article/website/card/page/info/factsheet',
    // round 96: "Threw up blood?? No, it was the red slush puppy"; its families' "…coughing up red stuff - it was the
    // strawberry laces", "on review it was blackcurrant squash", "…but it was the cherry vodka lol", "nah false alarm"
    `but/on-review/on-checking/turns-out/turned-out? it/that/this was/is/s/were just/only? the/a/some/them? ... ${redFood}`,
    'no/nah/naw/nope/oh/phew? false alarm/alarms',
    'panic over',
    // round 96: "The baby isn't moving. She's finally fast asleep in her cot"; its families' "clarified baby was settled
    // and asleep in the Moses basket" (a baby's bed; an adult "asleep in bed" who does not move may be overdosing)
    'he/she/baby/they is/s/was/were finally/just? fast/sound? asleep/sleeping/napping/dozing/settled ... in/on ... his/her/their/the cot/moses-basket/crib/pram/buggy/bouncer/car-seat/sling/basket',
    'clarified/confirmed/checked/on-review ... baby/babies/infant/he/she ... was/is/were ... settled/asleep/sleeping/feeding/fine/well',
    // round 96: "Resident … was shouting \"he's dead\" in the corridor; it was about a character in his soap"
    `it/that/this/he/she was/is/s/were about/over/on-about/talking-about a/the/his/her/their/some character/characters/bloke/guy/woman/man/lad/someone/somebody ... in/on/from ... his/her/their/the/a/that? ${programmes}/game/book`,
    // round 96: "I can't breathe. laughing too much at my nan trying to use snapchat"
    `laughing/laughin/laughed ${notLaughingGas} too/so much/hard`,
    `laughing/laughin/laughed ${notLaughingGas} at/about my/his/her/the/this/that/your/our`,
    // round 96: "I'm going to OD. On Quality Street"
    'on/onto quality-street/celebrations/roses/heroes/mince-pies/selection-boxes/selection-box/maltesers/dairy-milk/biscuits/jaffa-cakes',
    // round 96: "His lips went blue. We'd been wild swimming in the lake in February" (the cold: a drowning would say more)
    'we/he/she/they/i had/d/would/have/were/was/ve? been? wild/cold-water/open-water/sea/lake/river/ice/winter swimming/swim/dipping/dip/plunge',
  ],
  accident: [
    'opening/chopping/slicing/peeling/cutting-up/doing/making/fixing/cooking a/the/some/my? ... tin/can/box/parcel/onion/onions/veg/veggies/chips/dinner/bread/carrots/potatoes/spuds/beans/sandwich/sarnie',
  ],
  phone: [
    // round 96: "Someone is not responding. It's the council duty line, been on hold 40 minutes" (not a hospital: "It's
    // the hospital" may be a call about the person)
    'it/its/that/this is/s/was/were the/my/our/his/her/a? council/housing/dwp/jobcentre/job-centre/gp/doctors/docs/surgery/bank/landlord/benefits/helpline/switchboard/probation/insurance/energy/electric/gas/water/broadband/virgin/bt/sky/ee/o2/vodafone/chemist/pharmacy ... line/team/office/number/desk/people/company/lot?',
    'been/on/stuck/waiting ... on hold ... for? ... minutes/mins/ages/hours/an-hour',
    'my/the/his/her/our? support/key/drug/social/housing/case/care? worker/keyworker/caseworker/gp/doctor/landlord/council/counsellor/therapist/probation/po/solicitor i mean/meant',
  ],
};

/** A rumour's words and its denial (round 48: "…telling people I tried to top myself, which I never did"). */
const saidOfMyself = 'kill/killing/end/ending/top/topping/hurt/hurting/harm/harming/cut/cutting ... myself/meself/it';
const triedOnMyself = 'tried/try/attempted ... to? kill/end/top/hurt/harm/off ... myself/meself/it';
const neverDid = 'which/that/but/and ... {me}/i ... never/did-not/didnt/have-not/havent ... did/done/have/tried/ever';

/**
 * Denials of the crisis itself, whatever follows them ("not suicidal or owt before you ask", "told my worker id never
 * hurt myself", "no way would i top myself", "not gonna do owt daft"). Unlike builtInExceptions, a denial cancels only
 * a crisis match lying wholly inside it: the denied words, and nothing built on them ("I can't promise I won't hurt
 * myself", "I'm not going to kill myself, I just think about it") nor any other sign ("not suicidal but I want to die").
 * A hedge is not a denial: "I don't think I can keep going" still counts.
 */
export const builtInDenials: string[] = [
  // round 95's families: "SU reports hx of seizures during alcohol withdrawal in his twenties, no seizures since"
  // (not "hasn't had a seizure since her thirties but she had one last night": a time after "since" dates the none)
  'no/nil/nothing/none/never/not-had/not-a/not-one ... seizures/seizure/fits/fit/episodes/attempts/overdoses/ods/incidents ... since !her/his/their/my/our/the/#/last/then/a/an/i/he/she/we/they/being/coming/stopping/starting/school/college/uni/prison/rehab/detox',
  // round 58: a screening answered no, in a note ("client denies current suicidal ideation … no hx of self-harm", "No
  // current SI, plan or intent reported", "SU denies thoughts of self-harm or suicide")
  'no/nil/denies/denied/denying/deny/nor/not-reporting ... current/active/recent/ongoing/any/reported/hx/history/evidence/thoughts/of/previous/past/prior? ... si/suicidal/ideation/suicidal-ideation/suicidal-thoughts/self-harm/selfharm/sh/suicide/intent/plan/plans/cutting/dsh',
  // round 82's families: "SU asked re current SI, denies" (the question, then the denial)
  'asked/ask/re/regarding/about/screened/screening ... current/active/recent/ongoing/any? si/suicidal-ideation/ideation/self-harm/sh/suicidal-thoughts ... denies/denied/nil/none/negative',
  'no/nil/denies/denied/denying/deny ... ... ... si/suicidal/ideation/self-harm/selfharm/suicide/thoughts ... or/nor ... ... si/suicidal/ideation/self-harm/selfharm/suicide/plan/plans/intent/intention/means',
  // round 57 and its families: not hurting the children, with a need after it ("no way would I hurt the kids, I just need
  // someone to have them a weekend so I can get to detox")
  'no/nae way ... would/will/could/am ... {me}/id/ill/i ... ever? hurt/harm/hit/touch/smack ... the/my/our/me? kids/children/son/daughter/baby/{child}/bairns/weans/boys/girls/little-one/them',
  'not that/like {me}/id/i/ill ... would/will/could/d? ever? hurt/harm/hit/touch/smack ... the/my/our/me? kids/children/son/daughter/baby/{child}/bairns/weans/boys/girls/little-one/them',
  '{me}? id/ill/would/will/could never ... ever? hurt/harm/hit/touch/smack/lay-a-finger-on ... the/my/our/me/his/her/their? kids/children/son/daughter/baby/{child}/bairns/weans/boys/girls/little-one',
  '{other} ... would/will/could never ... ever? hurt/harm/hit/touch/smack/lay-a-finger-on ... the/my/our/me/his/her/their? kids/children/son/daughter/baby/{child}/bairns/weans/boys/girls/little-one',
  'not/never/no/nae/no-longer suicidal/suicidally', 'not/never ... feeling/felt/feel/been/being/get/gotten suicidal',
  '{me}? id/ill/would/will/could/am/{me} never/not hurt/harm/kill/top/topping/topped/cut/cutting/burn/end/ending/off/offing/hang/drown myself/meself',
  // (not "I'm not going to be able to not hurt myself tonight": a denial stops before "be able")
  '{me}? id/ill/would/will/could/{me}/am never/not going-to/gonna/ever !be/able/manage/stop/last/cope/make ... hurt/harm/kill/top/topping/topped/cut/cutting/burn/end/ending/off/offing/hang/drown myself/meself',
  // round 64's families: "im safe honest, not gonna hurt meself" (the words together, with nothing between)
  'not/never going-to/gonna/goin-to/gunna hurt/harm/kill/top/cut/burn/end/off myself/meself',
  'have/ve/had never ... hurt/harmed/cut/burnt/burned/self-harmed/tried-to-kill myself?',
  'never self-harm/self-harmed/self-harming/selfharm/selfharmed',
  // round 80: "the voices arent telling me to hurt myself, theyre telling me to stab my flatmate" (the voices' other order
  // is read on its own)
  'voices/voice/they ... are/is/do/does not/never ... telling/tell/saying/say/asking/ask/on-at ... me ... to ... hurt/harm/kill/cut/top/end/off myself/meself/it',
  'voices/voice/they ... arnt/arent/aint/isnt/dont/doesnt ... telling/tell/saying/say/asking/ask/on-at ... me ... to ... hurt/harm/kill/cut/top/end/off myself/meself/it',
  'voices/voice/they ... are/is/do/does not/never ... telling/tell/saying/say/asking/ask/on-at ... me ... to ... hurt/harm/kill ... myself/meself? ... or/nor ... anyone/anybody/others/people/someone ... else?',
  'not/never hurting/harming/cutting/burning myself/meself anymore/any-more/no-more/these-days', 'do/does/did not/never self-harm/selfharm',
  // "I'll never hurt myself again, promised my mum" (the promise names a person; "…, I'm going to hurt HIM" is not covered)
  '{me}? id/ill/would/will/could/{me}/am never/not ... hurt/harm/kill/top/topping/topped/cut/cutting/burn/end/ending/off/offing myself/meself ... ... promised/told/swore/swear/promise/for/said-to ... my/our/me/the? {family}/worker/keyworker/nurse/doctor/gp/counsellor/kids',
  'no/nae way ... would/will/am/could/is/are/do ... {me}/id/ill ... hurt/harm/kill/top/topping/topped/cut/cutting/end/ending/off/offing/hang/drown myself/meself',
  // round 30: "no chance I'd ever end it, my girls mean too much"
  // (the words together: "no chance i'll get through tonight, i'm going to end it" is not a denial)
  'no/nae chance/way in-hell/at-all/on-earth? {me}/id/ill/i-would/i-will ever? end/kill/top/hurt/harm/ending it/myself/meself/my-life',
  'would/will/could/id/ill never ... do/try ... that/anything-like-that/owt-like-that ... to myself/meself',
  'not/never/nothing/nowt ... going-to/gonna/will/would/do/doing/did ... anything/owt/nothing/something/summat/aught ... stupid/daft/silly/dumb/mad/crazy',
  // round 64: "wont do owt stupid, promise", the families' "my lad swears he wont do owt stupid" ("won't" is "will not",
  // and the crisis phrase starts at "will")
  'will/would/shall/ll/is/am/are/s not/never ... do/doing/try ... anything/owt/nothing/something/summat/aught/nowt ... stupid/daft/silly/dumb/mad/crazy',
  // a question echoed and answered no at once (round 52: "how much do I want to die? lol zero"; crisisText.ts joins the
  // answer to its question); "…honestly a lot lately" is not answered no, and "…zero, but I lied" runs past the denial
  'how/do/does/did/{me}/i/you/u/she/he/they? want/wanting/wanted/thoughts/thought/urges/urge/think/thinking ... to/of/about? ... die/dying/suicide/end-it/ending-it/kill-myself/killing-myself/hurt-myself/hurting-myself/harm-myself/harming-myself/self-harm/top-myself lol/haha/honestly/mate/well/um/erm/hmm? zero/0/nil/none/nah/no/nope/never/not-at-all/not-a-lot/god-no/hell-no/no-way/no-chance/not-really',
  '0/zero/nil/none out-of-10/outta-10/out-of-ten/outta-ten? for ... wanting/want ... to? die/end-it/kill-myself/hurt-myself/harm-myself',
  'how much/many ... ... ... die/dying/end-it/ending-it/kill-myself/hurt-myself/harm-myself lol/haha/honestly/mate/well? zero/0/nil/none/nah/no/nope/never/not-at-all/not-a-lot/god-no/hell-no/no-way/no-chance/not-really',
  // round 54's second person: "never tried to kill myself or owt" (not "…before, but tonight"); "no way would i end it lol"
  'never/not-once/not-ever tried/attempted to? kill/hurt/harm/end/top myself/meself/my-life/it !before/=yet/=till/=until',
  'no/nae way ... would/will/am/could ... {me}/i/id/ill ... end/ending ... it/things/my-life',
  // round 55: "drug worker asked if I'd self-harmed recently, I haven't since school" (not recent, whatever the question asked)
  'self-harmed/self-harm/self-harming/harmed/cut/cutting/hurt/burned/burnt ... ... ... {me}/i have-not/havent/hadnt/had-not/not ... since/for/in',
  // round 54: "i'd never hurt my kids social services have got it all wrong"
  '{me}/id/i-would/i-will/ill never/not ... hurt/harm ... my/me/our ... kids/children/{child}/son/daughter/boys/girls/baby/little-one',
  // round 51: "I'd never do anything to hurt my kids, that's why I'm trying to stop"
  'never/would-not/wouldnt/not/no-way ... ever? ... do/lay ... anything/owt/a-finger/a-hand? ... to? hurt/harm/on ... my/me/our ... kids/children/{child}/son/daughter/boys/girls/baby/little-one',
  'never/would-not/wouldnt ... in-a-million-years/ever ... would? ... {me}/i/id ... hurt/harm ... my/me/our ... kids/children/{child}/son/daughter/boys/girls/baby/little-one',
  // round 28: "I'd never take my own life, the kids need me"
  '{me}? id/ill/would/will/could/am/{me} never/not ... take/taking/end/ending my/me own? life',
  'taking/ending my/me own? life ... is/s ... not/never ... something/an-option/on-the-cards/on-my-mind',
  'hurting/harming/killing/topping/ending/taking ... myself/meself/it/my-life/my-own-life ... has/is/s? never/not/nae ... crossed/cross/entered ... my/me ... mind/head',
  // after round 24: "Im safe, no thoughts of harming myself"
  'no/not/never/nae/any ... thoughts/thought/plans/intention ... of/about ... harming/hurting/killing/ending/topping ... myself/meself/it/things/my-life',
  // (the same said of suicide: "told my gp i wasnt having thoughts of suicide and it's true")
  'no/not/never/nae/any ... thoughts/thought/plans/intention/ideas ... of/about suicide/suicidal-thoughts/self-harm/selfharm',
  // after round 25: a worker's question about it answered with a firm no ("keyworker asked if I'd ever had thoughts of
  // ending it, told her no and meant it"); "…said no but I lied" runs past the denial and counts (screening-no-taken-back)
  // (round 31's second-person lines: "asked one of our residents today if she'd had any thoughts…", "screened a resident
  // for suicidal thoughts today, he said no and I believe him")
  'screened/screening/assessed/assessing ... ... for/about ... suicidal/suicide/self-harm/selfharm/thoughts/risk ... ... ... no/nope/nah/negative',
  'asked/ask/asks/asking/checked/checking/wanted-to-know/wants-to-know ... ... if/whether/about/bout/was/were/am/have/had/do/did/any/ever ... ... suicidal/suicide/ending/end/kill/killing/harming/hurting/harm/hurt/self-harm/selfharm/topping/top/thoughts/thought/thinking/plan/plans/saving/savin/stashing/stockpiling/wish/wake ... ... ... no/nope/nah/never/negative/not-once/never-once/not-at-all/not-ever/nowhere-near/never-have',
  // round 46: a form or a review's questions answered no ("nurse at the gp did that questionnaire about harming myself,
  // told her no and meant it"; "went through the standard self-harm and suicide screening… he answered no")
  'question/questions/questionnaire/questionnaires/form/forms/screening/screened/screen/checklist/assessment/survey/review ... ... ... self-harm/selfharm/suicide/suicidal/harming/hurting/harm/hurt/ending/killing/thoughts/topping ... ... ... ... no/nope/nah/naw/negative/nae',
  'self-harm/selfharm/suicide/suicidal/harming/hurting ... ... ... screening/screen/questions/questionnaire/assessment/checklist/form ... ... ... ... no/nope/nah/naw/negative/nae',
  // round 48's second-person lines: "spreading it that i OD'd and got blue lighted. total lies"
  'spreading/spread/telling/saying/says/reckon/reckons/rumour/rumours ... ... ... ... ... ... total/utter/complete/all/pack-of lies/lie/rubbish/nonsense/bollocks/shite/crap',
  // round 50: second-language English ("nie, I am not want to die, I only want my money back")
  '{me}/i am/m/is not/no want/wanting/wish ... to? die/kill-myself/end-it/end-my-life/hurt-myself/harm-myself', '{me}/i no/not want/wanting ... to? die/kill-myself/end-it/end-my-life/hurt-myself/harm-myself',
  // a joke: "Suicidal? Me? Nah mate"
  'suicidal/suicide ... ... me ... nah/no/nope/naw/never/behave',
  // round 48: a rumour denied ("keeps telling people I tried to top myself, which I never did")
  `${saidOfMyself} ... ${neverDid}`,
  `${triedOnMyself} ... ${neverDid}`,
  `${triedOnMyself} ... {me}/i never/did-not/didnt`,
  // (not "asked if i was thinking of killing myself, said no but that wasnt true": the no is what was untrue)
  `${saidOfMyself} !said/told/answered/replied/say/tell ... which/that/but/and ... is/was/s not/never/isnt/wasnt/aint true/right/the-case`,
  // after round 20: "never would I harm myself", "hurting myself has never been on the cards", "not thinking of ending it"
  'never/not would/will/could {me} ... hurt/harm/kill/top/cut/burn/end/off myself/meself',
  // round 31: "no chance would i top myself, just need a rant about my housing officer"
  'no/nae/nay chance/way would/will/could/am/is/are/do/does {me}/he/she/they ... hurt/harm/kill/top/cut/burn/end/off/do/doing myself/meself/himself/herself/themselves/themself in?',
  'no/nae/nay chance/way would/will/could/am/is/are/do/does {me}/he/she/they ... take/end/ending/taking ... my/his/her/their own? life',
  'hurting/harming/killing/topping/cutting/ending/offing myself/meself/it ... never/not/nae ... been? on-the-cards/an-option/on-my-mind/something-i/a-thing',
  'not/never/nae thinking/thought/planning/planned/considering/considered of/about/on? ending/killing/topping/offing it/myself/meself/my-life/things',
  // a reason to live said with the denial ("I'd never hurt myself, I've got my kids"): the kids are not at risk
  '{me}? id/ill/would/will/could/am/{me} never/not going-to/gonna? hurt/harm/kill/top/cut/end/off myself/meself ... {me}? have/ve/got/has ... my/the/me/our? {family}/nephew/niece/grandkids',
  // round 34: "i would never hurt myself, my kids need me"
  '{me}? id/ill/would/will/could/am/{me} never/not going-to/gonna? hurt/harm/kill/top/cut/end/off myself/meself my/the/me/our {family}/kids/bairns/weans/boys/girls need/needs me',
  // round 34's second-person lines: "client was clear she'd never harm herself"
  'she/he/they would/will/could never/not ... hurt/harm/kill/top/cut/end/off herself/himself/themselves/themself',
  'she/he/they would/will/could never/not ... hurt/harm/kill/top/cut/end/off herself/himself/themselves/themself ... ... {family}/kids/bairns/weans/children ... need/needs ... her/him/them',
];

/**
 * The person wants what happened in the story (known miss after round 24: "in the film he jumps off a bridge. thats what
 * i want to do"): then the story's crisis words count. Only with a crisis inside a story does this change anything.
 */
export const builtInCopyingTheStory: string[] = [
  'that/thats/that-is/this/this-is is/s? what {me}/i ... want/wanna/would-like/d-like/am-going/gonna/going/will/ll/need ... to? do',
  '{me}/i ... want/wanna/gonna/going-to/will/ll/need-to/could ... do/doing ... that/the-same/same/it/what-he-did/what-she-did/what-they-did',
  '{me}/i ... want/wanna/wish ... to? ... be/go ... like/same-as ... him/her/them/that',
  // round 48's second-person lines: "during the role-play I had to say I want to die and the trouble is I wasn't acting"
  '{me}/i was-not/wasnt/am-not/aint/is-not/was-never acting/pretending/joking/playing',
  // round 48's second-person lines: "the bit in the documentary where the lad talks about hanging himself hit hard cos I
  // tried the same thing back in March"
  '{me}/i ... tried/did/done/attempted ... the? same ... thing/myself',
];
