/**
 * Everyday phrases found next to the families fixed after round 18 (nlp/crisisBuiltInWords.ts spreads them into
 * `builtInExceptions`; kept here so that file stays near 300 lines). A crisis match overlapping one is ignored.
 */
export const builtInNearMissesAfterRound18: string[] = [
  // laughing idioms: "cannae breathe for laughin", "couldn't breathe I was laughing that much"
  'can-not/could-not breathe/breath for/with/from/because/cos ... laughing/laughin/laughter/giggling/giggles',
  'laughing/laughin/laughed/giggling/pissing-myself/crying-laughing ... ... ... can-not/could-not breathe/breath',
  'can-not/could-not breathe/breath ... ... laughing/laughin/laughter/giggling/that-funny',
  'laughing/laughin/laughed ... ... ... can-not/could-not ... catch/get ... my? breath',
  // fright remembered, not a wish: "thought I was gonna die when they scored", "going to die of embarrassment"
  'thought/felt/honestly-thought ... {me}/he/she/we/they ... was/were going to die',
  'going to die ... of/from ... embarrassment/shame/laughing/boredom/fright/cringe',
  // asleep and snoring: "fell asleep in the chair, snoring his head off"
  'snoring/snores/snored his/her/their/me/my head off', 'fell/fallen/falling asleep ... in/on ... the? chair/sofa/settee/couch',
  'foam/froth party', 'frothing/foaming ... with ... bubbles/soap/foam',
  // "she'll break her neck in those heels", "gonna burn the toast"
  'break/breaking/broke her/his/their/my ... neck/legs/leg/ankle/back ... in/on/wearing/with/off/down/doing ... those/them/these/the/that/all? ... heels/stairs/ice/shoes/skates/trampoline/bike/wall/ladder/gardening/work/lifting',
  'burn/burnt/burning ... the? toast/dinner/tea/rubbish/leaves/garden/bins/candle/incense/sage/wood/logs',
  // froth that is not a person: "the dog was frothing at the mouth", "foaming at the mouth about the council"
  'dog/dogs/pup/puppy/cat/horse/coffee/cappuccino/latte/beer/pint/milk is/was/s/keeps/kept/been/were/are/has/with/and/on/the/my/me? froth/frothing/foaming/foam/frothy',
  'froth/frothing/foaming at the? mouth ... about/over/at/with-rage/with-anger/because/cos',
  // the writer's own chest, awake: "my chest is barely moving on the scan"
  'my/me chest ... barely/hardly moving/moves/rising/rises',
  // a baby moving and kicking in pregnancy, a sleeping child still: "the baby keeps kicking her ribs"
  'baby/bump ... kicking/kicks/kicked ... me/her/ribs/bladder/belly/loads/all-night/like-mad',
  'not moving much/a-lot/about-much', 'not moving ... ... fast/sound/spark-out asleep',
  // bleeding that is not the pregnancy: "her gums are bleeding when she brushes"
  'gums/gum/nose/nosebleed/lip/finger/knee/piles ... bleeding/bleed/bled/blood', 'bleeding/bleed ... gums/nose',
  // "locked himself in the bog and won't answer, he's sulking": a reason said for the silence
  'answer/answering/answerin/respond/responding/reply/replying ... ... sulking/sulk/mood/strop/huff/headphones/gaming/music/makeup/make-up/ignoring/on-the-phone/gone-out/at-work',
  'locked ... ... sulking/sulk/mood/strop/huff/headphones/gaming/makeup/make-up',
  // after round 25: awake and busy behind the door ("won't answer, he's got his headset on raging at fortnite")
  'answer/answering/answerin/respond/responding/reply/replying/locked ... ... headset/headsets/earphones/earbuds/airpods/earpods/raging/laughing/singing/on-a-call/on-call/facetime/facetiming/talking-to/chatting-to',
  // the one behind the door is heard ("can hear him shouting at the telly"), not the one calling to them
  'answer/answering/answerin/respond/responding/reply/replying/locked ... ... hear/hearing/heard ... him/her/them ... shouting/yelling/swearing/laughing/singing/talking/moving/walking/playing/gaming',
  'answer/answering/answerin/respond/responding/reply/replying/locked ... ... he/she/they is/s/are/keeps shouting/yelling/swearing/screaming/raging/laughing/singing/talking/playing/gaming',
  // heights with a purpose: "is the car park high enough for my van"
  'high/tall enough for the/a/my/your/our/his/her/lorries/vans/buses/trucks/lorry/van/bus/truck/kids/dogs/climbing/tall/ships/boats',
  'high/tall enough to fit/get/clear/stop/keep/see/walk/park/reach',
  'make/be sure ... ... signal/wifi/reception/view/lift/reach/fit',
  // arrangements for a trip, apologies for a mess: "the dog goes to my mam's while I'm at work"
  // (a time away, not "when im not here anymore": round 80's families)
  'dog/dogs/cat/cats/pets/kids/bairns/weans ... go/goes/going ... to ... ... while/whilst/for-the-week/for-the-weekend/on-holiday/holiday/till/until/at-work/away',
  'dog/dogs/cat/cats/pets/kids/bairns/weans ... go/goes/going ... to ... ... when {me}/i/he/she/we/they am/is/are/m/s/re/go/goes/get/gets/start/starts/move/moves !gone/dead/not/no-longer/passed/dying/done',
  'sorry/apologise/apologies for/about everything being/the-mess/the-late/last-minute/going-on',
  // "can't face anything greasy anymore", "can't face work no more" (not "cant face nothing anymore")
  'can not face ... food/greasy/eating/breakfast/tea/dinner/booze/drink/pint/gym/work/cooking/driving/the-bus/the-stairs',
  'if anything/owt/anythin/summat happens ... ... holiday/boiler/flat/car/house/landlord/work/flight/operation/op/surgery',
];

/** Everyday phrases next to the families fixed after round 19 (spread into `builtInExceptions` the same way). */
export const builtInNearMissesAfterRound19: string[] = [
  // song and film titles named as titles: "Suicide Blonde by INXS just come on the radio", "watching Suicide Squad"
  'suicide blonde/squad/season/solution/silence/is-painless/commando/note-song', 'killing me softly', 'kill/killing/killed me softly',
  'suicide/overdose/overdosed/od/kill/killing/die/dying/dead/hang/hanging/self-harm/cutting ... ... by # ... ... radio/spotify/playlist/tune/banger/song/track/album/gig/concert/came-on/come-on/on-now/playing',
  'suicide/overdose/overdosed/od/killing/dying/dead ... ... ... just/has/is/s/now? come-on/came-on/playing/on-the-radio/on-spotify/on-repeat/on-the-playlist',
  // exhausts and hoses that are a car's: "hose on the exhaust came off, garage sorted it", "exhaust is blowing"
  'exhaust ... blowing/blown/rattling/rattles/blows/hanging/fell/falling/came-off/come-off/new-one/replaced/replacing/mot/fixed/fix/welded/bracket/mechanic',
  'garage sorted/fixed/did/done/replaced/welded it/them/the/my?', '{drop}/cliff ... for ... parking/park/a-day-out/day-out/the-view/views/photos/walk/visit/quiz',
  'locked/lock ... bathroom/bedroom ... with ... baby/kids ... bath/bath-time/bathtime/nappy/changing/bathing/wash',
  // a rope for a thing: "bought a rope for the tyre swing, the beam in the garage is sorted"
  'rope/ropes ... for ... the/a/my/our? tyre/swing/tow/towing/climbing/washing/boat/dog/tug-of-war/skipping/tent/gym/boxing/van/trailer/roof-rack',
  'tyre/tire swing', 'skipping/tow/towing/climbing/washing rope',
  // a visit, not a threat: "dealer is coming for my mates birthday"
  'coming/come/comin for my/our/me/your ... ... birthday/party/tea/dinner/christmas/wedding/do/visit/barbecue/bbq/leaving-do',
];


/** Everyday phrases next to the families fixed after round 20 (spread into `builtInExceptions` the same way). */
export const builtInNearMissesAfterRound20: string[] = [
  // worry about a future overdose, said as a might or a question (the Decisions): "scared I might overdose now my
  // tolerance has dropped" (round 38: "scared ill overdose now…", "ill" for "I'll"), "what if I overdose now", "could I overdose on half my usual"; only the plain form, so
  // "could he be overdosing" and "I might have overdosed" still count
  'scared/afraid/worried/worry/worrying/frightened/terrified/nervous/panicking/paranoid/fear/fearing/bricking-it/shitting-it ... {anyone}? ... might/could/may/will/would/ll/d/ill/gonna/going-to/end-up ... =overdose/od/go-over',
  'what/wot if ... {anyone}? ... =overdose/od/go/goes/went-over', 'could/can/would/will/might/do/does ... {anyone}/u/ya/someone/people ... =overdose/od/go-over ... on/if/from/after/with/now/taking/using',
  'do-not/dont/not/never ... want/wanna/wanting ... to? end-up/be/risk ... =overdosing/=overdose/od/going-over/go-over',
  'tolerance ... is/s/gone/has-gone/been/will-be/s-been ... shot/gone/low/down/nothing/dropped/shite/knackered/zero/rock-bottom',
  // old or unwanted medicine handed in: "taking the whole lot of old meds to the chemist for disposal"
  'take/taking/took/bring/bringing/brought/return/returning/hand/handing ... ... ... to/back-to/into/in-to ... the? chemist/chemists/pharmacy/pharmacist/surgery/doctors/clinic ... for? disposal/disposing/destroying/to-be-destroyed/get-rid/getting-rid',
  'dispose/disposal/disposing/get-rid/getting-rid ... of? ... old/unwanted/out-of-date/leftover/spare ... {pills}/meds/tablets',
  // a pet asleep on the floor: "dog's flat out on the kitchen floor snoring"
  'dog/dogs/cat/cats/pup/puppy/kitten/pooch/staffy ... on/by/in/across ... floor/rug/carpet/sofa/settee/bed/basket/radiator/lino ... snoring/snores/snore/asleep/kipping/sleeping',
  'dog/dogs/cat/cats/pup/puppy/kitten/pooch/staffy is/s/was/keeps/been? snoring/snores/flat-out/spark-out/sparko',
  // learning to give naloxone: "is there a course on giving naloxone?"
  'course/courses/training/class/classes/session/sessions/workshop/workshops ... on/in/about/for ... giving/using/administering/give/use ... naloxone/narcan/nyxoid/prenoxad',
  'learned/learnt/learning/learn/taught/teach/teaching/showed/shown/show/showing ... us/me/them/people/everyone? how ... to? bring/give/use/spray/jab/do',
  // a temper, not a seizure, said ahead of time: "my nan would have a fit if she saw the state of my flat"
  'would/will/wd/wud/d/ll/gonna/going-to/gunna/might ... have/throw/take a/an? fit/fits/hissy-fit/eppy/wobbler ... if/when/cos/because/seeing/to-see/at/about/over',
];

/** Everyday phrases next to the families fixed after round 21 (spread into `builtInExceptions` the same way). */
export const builtInNearMissesAfterRound21: string[] = [
  // a general question about a risk (the Decisions): "can mixing pregabs and methadone stop your breathing"
  'can/could/does/do/will/would/might/is-it-true ... mixing/mix/taking/combining/using/mixed/combined ... stop/stops/slow/slows/affect/depress ... your/you/someones/the/a/peoples/ya? breathing/breath',
  // learning the signs: "what are the signs someones gone over on G" (not "he's showing signs of an overdose")
  'what/whats/know/learn/learning/tell-me/teach ... the? signs/symptoms ... ... ... gone/going/goes/go over/overdosing/overdosed/od/overdose',
  // a minor illness said big: "think im dying of man flu", "dying of this hangover"
  'dying/die/died/dead ... of/from/with ... man-flu/flu/a-cold/cold/colds/hangover/this-hangover/boredom/heat/thirst/hunger/cringe/embarrassment/laughter/laughing/a-sore-throat',
  // heights with company or a purpose: "stood on the bridge with my lad watching the trains go under"
  'with my/me/the/our/his/her ... {child}/dog/dogs/mates/friends/family/missus/partner/lad/kids/grandkids/bairns/weans ... watching/looking/staring',
  'watching/looking ... ... ... with my/me/the/our ... {child}/dog/dogs/mates/friends/family/missus/partner/lad/kids/grandkids',
  'took/take/taking/takes/brought/bring ... {child}/little-un/little-uns/our-kid/the-kids/the-dog/nipper/nippers ... to ... watch/see/look-at/look',
  'for ... the? photos/photo/view/sunset/sunrise/fireworks/fishing/plane-spotting/trainspotting/pictures/a-picture/selfie/selfies',
  // a way somewhere: "quickest way to go to town that doesnt hurt my feet"
  'way to go to/into/through/via/home/round/back/up/down/over/out/by/from/shopping',
  // plans for something nice: "got it all planned for when the kids are at their dads, spa day"
  'planned/sorted/arranged ... ... ... spa/night-out/party/surprise/birthday/decorating/redecorating/painting/paint/diy/garden/gardening/clear-out/clearout/clean/cleaning/deep-clean/date/holiday/trip/film/films/movie/movies/treat/lie-in/bath/takeaway/tidy/gaming/pamper',
  'blue/red/green/purple raspberry/slush/slushie/slushy/ice-pop/lolly/wkd/vk/sweets/candy/gatorade/powerade/icee/bubblegum',
  // colour from a drink or sweets on the tongue: "my tongue is still blue from the slush" (lips and skin still count)
  'tongue/tongues is/s/gone/went/still/all/turned/was ... blue/green/purple/red',
  // knives for work: "ma pal's a chef, he's got knives that cost mair than ma motor"
  'chef/chefs/cook/cooks/butcher/butchers/carpenter/joiner/fishmonger ... ... ... knife/knives/blade/blades',
  'knives/knife ... cost/costs/set/block/sharpen/sharpened/sharpening/for-work/for-cooking/for-the-kitchen',
  // the Decisions' idiom in the other order: "if my mum finds out she'll kill me"
  // (round 35's second-person lines: not "when he finds oot where am stayin he'll batter us")
  'if/when/once ... find-out/finds-out/found-out/know/knows/knew/see/sees/saw/hear/hears/hears-about !where/which ... {anyone}/shell/hell/theyll ... will/ll/gonna/going-to/would/d/is-going-to ... kill/murder/strangle/throttle/skin/slaughter/batter ... me/us',
  'hope/hoping/praying/pray ... the? {child}/baby/bairn/kids/dog ... do-not/dont/does-not/doesnt/will-not/wont ... wake',
  // the gym, not the heart: "pulled something in my chest doing bench press"
  'pulled/strained/tweaked/bruised ... a? muscle/something ... in ... my/his/her? chest', 'chest ... ... from/doing/at/after ... the? gym/bench/bench-press/press-ups/pressups/weights/lifting/workout/training/boxing',
  // a general question: "do benzos and alcohol together make you stop breathing or is that a myth"
  'make/makes/making/can-make you/u/ya/someone/people/a-person stop/stops breathing', 'or is that/it a myth',
  // (a gap ends at the first word that fits, so the last word is the crisis word itself)
  'difference/differences between ... ... ... overdosing/overdose/od/overdoses',
  // a minor illness, the other way round: "my worker's off with flu, she says she's dying lol"
  'flu/man-flu/cold/sniffle/sniffles/hangover ... ... ... dying/die', 'dying/die ... ... ... sniffle/sniffles/cold/flu/man-flu',
  // found by hand after round 21: a telling-off, and done for the day
  'laid/laying/lay/lays/layin into ... ... about/over', 'laid/laying/lay/lays/layin into ... ... for ... leaving/not/forgetting/missing/being/spending/eating/drinking/using/saying/doing/the-milk/the-mess/the-bins/money/rent/being-late',
  'done/finished with ... ... for today/tonight/now/the-day/the-night/the-week',
  // a pet looked after: "sorted who's having the dog while I'm away"
  // (a time away, not "when im gone": round 80's "whos having the dog when im gone … tell my sister im sorry for everything")
  'having/has/takes/taking/have/keep/keeping ... the/my? dog/dogs/cat/cats/kids ... while/whilst/for-the-week/for-the-weekend/on-holiday/holiday/till/until/at-work/away',
  'having/has/takes/taking/have/keep/keeping ... the/my? dog/dogs/cat/cats/kids ... when {me}/i/he/she/we/they am/is/are/m/s/re/go/goes/get/gets/start/starts/move/moves !gone/dead/not/no-longer/passed/dying/done',
];

/** Everyday phrases next to the families fixed after round 22 (spread into `builtInExceptions` the same way). */
export const builtInNearMissesAfterRound22: string[] = [
  // "this comedown is murdering me, sofa day"
  // exact forms, no gaps: "when he gets back … he's going to kill me" is a threat
  'comedown/come-down/hangover/rattle/withdrawal/work/kids/job/shift/weather/heat/week is/s/are/been/keeps =murdering/=murderin/=killing/=destroying/=battering me',
  // a dummy or a pet that was not breathing: "had to put the dummy in the recovery position, it weren't breathing lol"
  // (a training dummy, not a baby's: "the bairn's choked on her dummy, she's not breathin", round 35's second-person lines)
  'the/a/our/their/that/this/training/cpr/resus dummy/dummies/manikin/mannequin/doll/resus-annie ... ... ... not/wasnt/werent/isnt/was-not/were-not/is-not breathing',
  'dog/dogs/cat/cats/pup/puppy/kitten/rabbit/hamster/budgie/pet ... ... ... not/wasnt/werent/isnt/was-not/is-not breathing ... ... ... vet/vets',
  // arrangements for a break: "sorted the dog with my sister for the weekend"
  'sorted/arranged/organised ... the/my? dog/dogs/staffy/cat/cats/pets/kids ... ... for the weekend/week/holiday/night/day',
  // "I'm dead when she finds out I ate her chocolate" (the Decisions' idiom, said as "dead")
  'dead ... when/if/once ... find-out/finds-out/found-out/know/knows/see/sees/hear/hears', 'when/if/once ... find-out/finds-out/found-out/know/knows/see/sees ... {me}/im/i-am dead',
  'kids/work/job/shift/comedown/hangover/week/gym/boss have/has/ve/s =murdered/=killed/=destroyed/=battered me',
  // pets (round 22's second-person lines): "our cat was wheezing proper bad, vet said it was a hairball"
  // (one phrase per last word: a gap ends at the first word that fits; one gap only: "the dog found him, hes frothing
  // at the mouth and not breathing" is a person)
  // (not "pet": in the North East it is what you call a person, round 35's second-person lines)
  'dog/dogs/cat/cats/pup/puppy/kitten/rabbit/hamster/budgie/staffy/lurcher ... breathing/breathe/breath',
  'dog/dogs/cat/cats/pup/puppy/kitten/rabbit/hamster/budgie/pet/staffy/lurcher ... wheezing/wheezy',
  'dog/dogs/cat/cats/pup/puppy/kitten/rabbit/hamster/budgie/pet/staffy/lurcher ... floppy/limp',
  'dog/dogs/cat/cats/pup/puppy/kitten/rabbit/hamster/budgie/pet/staffy/lurcher ... choking/collapsed/fitting/seizure',
  'cut me off/some/slack/in/out/a-deal/short',
  'pillow/water/snowball/nerf/play/food fight ... ... ... battered/beat/hammered/destroyed', 'play-fight/play-fighting/wrestling ... ... battered/beat',
  // fuel for a job: "petrol for the mower and matches for the bbq"
  'fuel/petrol/diesel/paraffin/matches/lighter/jerry-can ... ... ... for ... the/my? bbq/barbecue/bonfire/mower/lawnmower/generator/camping/stove/fire-pit/wood-burner/log-burner/van/car/heater',
  // goodbyes at the end of something: "last session of the recovery group today, said goodbye to everyone"
  'said/say/saying goodbye ... ... group/staff/team/class/course/workers/ward/unit/rehab/detox/hostel/volunteers',
  // (round 32's second-person lines: "said me goodbyes to everyone at rehab"; not "…in the group chat", a goodbye)
  'said/say/saying me/my/our goodbye/goodbyes ... ... staff/team/class/course/workers/ward/unit/rehab/detox/hostel/volunteers', 'last/final session/class/meeting/shift/group',
  // (the small words only straight after "day", and "on" only with a place of work: "my last day on earth" and "today's
  // me last day, made me peace with everything" count, round 32)
  // (not "last day today": round 64's "last day today, made my peace"; a last day alone matches no pattern)
  'last/final day at/of/in/off/for/with/before/together/here/there',
  'last/final day on shift/site/placement/the-job/the-course/the-ward/the-rota/the-tills/the-team/the-unit/the-project/the-wing/release/licence/probation/tag/nights/days/lates/earlies',
  'last/final day ... work/shift/job/uni/college/school/course/rehab/detox/prison/inside/holiday/hols/placement',
];

/** Everyday phrases next to round 23's lines (spread into `builtInExceptions` the same way). */
export const builtInNearMissesAfterRound23: string[] = [
  // learning the signs, ending on the crisis words themselves: "what are the signs someone is going under on G?"
  'what/whats/know/learn/learning/tell-me/teach ... the? signs/symptoms ... ... ... going/gone/goes/go under',
  // sick of a way of living, not of living: "sick of living hand to mouth for the next bag"
  'sick/tired/fed-up of living hand/like/in/on/this/day/off/out/with/under/at/rough/bag/day-to-day/pay/giro/script/benefits',
  // following someone into recovery: "my brother went to rehab and im thinking about doing the same"
  'rehab/detox/college/uni/gym/meetings/na/aa/course/script/clean/sober/quit/stopped/job/treatment ... ... ... doing/do the same',
  'tell/know/spot/check ... if/whether ... ... ... going/gone/goes/go under',
  // round 24: "veins in my arms are shot, all collapsed"; "I don't want to live in this damp flat"; "blue lips in that photo were
  // just the slush puppie"; "my flatmate snores so loud through the wall"
  'veins/vein ... ... ... collapsed/collapsing/collapse', 'wake/waking up? early/groggy/hungover/with-a-headache/in-the-night/at-night',
  'nearly/almost/near-enough/practically fainted/fainting/passed-out/died/collapsed/keeled-over',
  '{child}/kids/children ... will-not/wont/would-not ... let me ... out ... ... laugh/joke/lol/messing/playing',
  'do-not/dont/not/doesnt/does-not ... want/wanna/wants ... to? live with/on/near/off/next-to/round/around/above/below',
  'do-not/dont/not/doesnt/does-not ... want/wanna/wants ... to? live in a/the/this/that/my/her/his/their/our? flat/house/hostel/place/area/town/city/room/bedsit/estate/street/dump/tent/squat/country/london/leeds/manchester/liverpool/birmingham/bristol/glasgow/edinburgh/cardiff/belfast/newcastle/sheffield/nottingham/leicester/hull/bradford/coventry/plymouth/swansea/dundee/aberdeen/brighton/blackpool/middlesbrough/sunderland/wolverhampton/stoke/preston/derby/southampton/portsmouth/norwich/exeter/damp/mould/poverty/debt',
  '=blue/=purple/=grey ... ... in ... the/that/this/my/her/his? photo/photos/selfie/pic/picture/video/filter/lighting/light', '=blue/=purple/=red ... from/after ... the? ice? lollies/lolly/pops/pop/slush',
  'snore/snores ... ... ... sofa/cant-sleep/can-not-sleep/keeps-me-up/keeps-me-awake/earplugs/spare-room', 'do-not/dont/not ... want/wanna ... to? live ... in/at ... this/that/the/a/my? damp/flat/house/hostel/place/area/town/city/room/bedsit/estate/street/mould/dump/shithole/squat/tent',
  '=blue/=purple/=grey lips/tongue/mouth/fingers ... ... ... slush/slushie/slushy/slush-puppie/puppie/lolly/sweets/wkd/ribena/photo/pic/picture/filter/selfie',
  'photo/photos/picture/pic/pics/selfie/video/filter ... ... ... =blue/=purple/=grey',
  // grey with worry or age (round 33: "my dad's gone grey since all this started, he worries about me")
  'gone/going/went/turned/turning grey/gray/white since all/covid/lockdown/last-year/the-divorce/the-kids/he-retired/she-retired',
  'hair/beard/roots/temples ... grey/gray/white',
  // (round 33's second-person lines: with worry, at the temples, the sky)
  'gone/going/went/turned/turning grey/gray/white with/from worry/worrying/stress/age/old-age', 'grey/gray/white at/round/around the? temples/sides/edges/roots',
  'sky/skys/skies/weather/clouds/outside ... gone/going/turned/turning/is/s grey/gray',
  'nearly/almost had/took/taken/gave/given/give ... {drugs} ... twice/double/again',
  'cat/cats/dog/dogs/kitten/puppy/pup/fox/foxes/mouse/mice/rat/rats/bird/wasp/squirrel keeps/keep/kept? trying/tries/tried ... get/break ... in',
  // round 34's second-person lines: late for work, a breathing exercise, a drink topped up with something harmless
  'will-not/wont/not/never/can-not/cant ... rouse/wake/wake-up/get-up ... for ... work/school/college/uni/his-shift/her-shift/the-bus/his-alarm/her-alarm/the-alarm',
  'yoga/meditation/breathwork/pilates/mindfulness/breathing-exercise/breathing-exercises/the-app ... ... breathing/breathe/breaths/breath',
  'topping/topped/top up ... glasses/glass/drinks/drink/pint/pints/cup/cups/mug ... with ... prosecco/wine/champagne/fizz/lemonade/coke/juice/water/tea/coffee/beer/cider/gin',
  // a box set is not a box of pills (round 36's second-person lines: "the whole lot of the box set tonight")
  'box set/sets', 'boxset/boxsets',
  // pills kept for a named need ("a couple of diazepam in my bag just in case I have a panic attack")
  'just in case ... ... panic/panicking/panic-attack/panic-attacks/fit/fits/seizure/seizures/withdrawal/withdrawals/rattle/rattling/run-out/chemist/migraine/migraines/pain/anxiety/flight/holiday', 'snores/snoring ... ... every night/through-the-wall',
  // signs denied: "no dizziness, not been sick", "no redness spreading, no fever" (not "not breathing": never an exception)
  // (a "no" answering the bot is not one: "not really ok no, been vomiting blood", round 33)
  'not/nae/never/havent/hasnt/have-not/has-not/without been? sick/vomiting/dizzy/dizziness/confused/drowsy', 'no sick/vomiting/dizziness/confusion',
  'no/not/nae/never/without any? redness/fever/temperature/swelling/pus/red-lines/streaks',
  // each sign in a denied list ("it's not red or hot"): the last one is denied too
  'no/not/nae/never/without any? redness/fever/temperature/swelling/pus/red/hot/swollen/warm/spreading or/nor/and any? redness/fever/temperature/swelling/pus/red/hot/swollen/warm/spreading/smelly/weeping',
  // colour from something done: "blue fingers from doing the tie-dye"
  '=blue/=purple/=green/=red/=grey ... fingers/hands/lips/tongue/face ... from ... ... ... dye/tie-dye/paint/painting/ink/felt-tips/markers/pen/pens/blueberries/slush/slushie/lolly/sweets',
  // a sign denied: "bit of a cough after smoking crack, no blood, just tickly"
  'no/not/nae/never/without/isnt/wasnt/aint any? blood/bleeding', 'no/not/nae/never/without any? chest pain/pains/tightness',
];

/** Everyday phrases next to the lines rounds 37 and 38 raised (spread into `builtInExceptions` the same way). */
export const builtInNearMissesAfterRound37: string[] = [
  // change talk said the other way round (round 37: "the only person im hurting is me")
  'only person/people/one/body ... {me}/i am? harming/hurting/hurt/harm ... is/s/are/am me/myself/meself/mesel',
  'not/never/aint/nae ... hurting/harming/hurt/harm ... anyone/anybody/any-one/no-one/nobody/naebody ... but/except/apart-from/other-than/bar ... me/myself/meself/mesel',
  // a young child's burn or bruise is not self-harm (round 38: "the little one has a round burn on her arm…"); whether
  // someone gave it is injury-account-doubted's question
  'little-one/little-un/little-lad/little-girl/little-boy/wee-one/wee-boy/wee-girl/wee-lad/baby/babby/toddler/bairn/nipper/kid/yo/year-old ... has/got/had/with/come-back-with/came-back-with/come-home-with/came-home-with ... burn/burns ... on ... his/her/their ... arm/arms/leg/legs/thighs/wrist/wrists/skin/stomach',
  'round/circular burn/burns on his/her/their ... arm/arms/leg/legs/thighs/wrist/wrists/skin/stomach',
  // round 40: a general question about mixing ("is it dangerous mixing methadone and pregabs, can it slow your breathing")
  'can/could/does/do/will/would/might ... it/they/that/this/mixing/them/those ... slow/stop/affect/depress/suppress/mess-with/mess-up ... your/you/ur/ya/yer/someones/peoples/the/a-persons/ones breathing/breath/heart',
  'why/how/what ... mixing/combining/mix/combine ... ... risky/dangerous/bad/unsafe/deadly ... for/with ... the/your/ur/ya? breathing/breath/heart',
  // drunk, not beaten (round 40: "gonna get proper battered tonight for me birthday")
  'battered/leathered/smashed/hammered/wrecked/mullered/trolleyed/steaming/mashed/wasted ... ... for ... me/my/his/her/our/the? birthday/bday/birthdays/party/night-out/stag/hen/leaving-do/christmas/new-year/match/final/wedding/celebration',
  'battered/leathered/smashed/hammered/wrecked/mullered/trolleyed/mashed ... tonight/later/this-weekend/saturday/friday ... lads/boys/girls/ladies/who-is-in/whos-in/who-is-coming/anyone-in/anyone-coming',
  // bruised, not gone blue (round 40's second-person lines: "got leathered by her fella last neet, her face is black an blue")
  'black and/an/n/& blue',
  'battered/leathered/smashed/hammered/wrecked/mullered/trolleyed/mashed on/off ... the? cider/lager/beer/vodka/voddy/wine/gin/rum/jd/wkd/drink/bevvy/bevvies/pints/stella/sesh/buckie/tins/shots',
  // ill in bed, not pills laid out (round 41: "can my partner pick up my script if im laid up with flu")
  'laid up with/in/wi/poorly/ill/sick/for/since/all/bad/proper/flu/covid',
  // a child's drama (round 41: "my eldest says hes going to die if he doesnt get the new iphone lol")
  'going-to/gonna/will/ll/would die if ... he/she/they ... does-not/doesnt/dont/do-not/cant/can-not/did-not/didnt ... get/have/go/see/eat/buy !help/an-ambulance/treatment/seen/to-hospital/his-meds/her-meds',
  // round 41's second-person lines: square with a mate, a daughter's party; "over and over" is not "overdid"
  'square/quits/even/sorted with him/her/them', 'straight with him/her/them now/again/as-well/at-last/finally', 'over and/n/an over',
  'let/letting/lets/allow/allowing ... her/him/them ... go ... to/out ... ... party/parties/disco/sleepover/cinema/pictures/gig/festival/concert/prom/shops/town/match/park',
  // going somewhere ("my nan takes her meds and then hits the bingo", found while fixing round 42)
  'hit/hits/hitting the bingo/shops/pub/gym/town/sack/hay/road/bar/club/clubs/bookies/chippy/offy/beach/sales',
  // a story too sad to finish (round 43: "that film where the lad's mum finds him on the bathroom floor, I couldn't finish
  // it"); only the words it matched are hidden, so a real event in its gaps still counts
  'film/films/movie/series/book/episode/documentary/programme/show/drama/box-set ... ... ... ... could-not/couldnt/can-not/cant/did-not/didnt/never ... finish/watch/face ... it/the-rest/the-end',
  // up on a roof for a job (round 43's second-person lines: "up on the roof of the flats fixing the neighbour's satellite dish")
  'up/on ... the/a? roof/roofs ... ... fixing/fix/mending/mend/repairing/repair/clearing/clear/cleaning/clean/installing/sorting/putting-up/taking-down',
  // a jump for a laugh (tombstoning): "my cousin jumped off the harbour wall into the sea on new year's day for a laugh"
  'jumped/jumping/jump/jumps ... off/from ... the? harbour/pier/rocks/wall/quay/jetty/harbour-wall/diving-board/boat/cliffs ... ... ... for a laugh/dare/bet/charity/giggle',
  // a threat to come back and finish it is not "finish it" said of a life (round 38's second-person lines)
  '{other}/he/she/they/hell/shell/theyll/hes/shes/theyre ... be/coming/come/comin ... back ... to finish/end it/the-job',
];

/** A fear of one day coming home and finding someone (after round 46): the start of three everyday phrases below. */
const fearOfFinding =
  'scared/afraid/worried/terrified/dread/dreading/fear/frightened/petrified/paranoid/nightmare ... {me}/i/ill/id/that-i/of/one-day ... ... come-home/walk-in/get-home/find/finding';

/** Everyday phrases next to the families fixed after rounds 45 and 46 (spread into `builtInExceptions` the same way). */
export const builtInNearMissesAfterRound45: string[] = [
  // a general question about a stimulant's risk (round 46: "is it true you can have a heart attack off coke even if youre
  // young?"); "can you have a heart attack off coke, my chest is killing me" still counts by its chest
  'can/could/do/does/will/would/might/true/is-it-true/is-it-possible ... you/u/ya/people/someone/somebody/anyone/folk/folks/a-person/one/young-people/kids ... only? have/get/take/go-into/die-of/suffer ... a? heart-attack/heart-attacks/stroke/strokes/cardiac-arrest/coronary/heart-failure',
  'can/could/does/do/will/might/may ... {drugs}/coke/crack/mandy/speed/ket/it/they/that/this ... cause/causes/trigger/triggers/give/gives/lead-to/bring-on ... you/u/ya/people/someone/somebody/a-person? a? heart-attack/heart-attacks/stroke/strokes/cardiac-arrest',
  // learning for a job or a course (round 46: "volunteering in the welfare tent at a festival this summer, what should i
  // know about people overheating on mandy"); "what do I do, she's overheating" is not a question about knowing
  'what/things/anything/stuff/tips ... should/do/need/to/must ... i/we/you/ya/us ... know/learn/look-out-for/watch-for/watch-out-for/spot/be-aware-of ... about/for/when/re/regarding/on ... ... ... overheating/overheated/overheat/heatstroke/seizure/seizures/fits/fitting/overdose/overdoses/overdosing/spiking/spiked/heart-attack/heart-attacks/stroke/strokes',
  'learn/learning/learnt/learned/teach/teaching/taught/training/trained/course/know ... about/on/how-to-spot/how-to-deal-with/how-to-help-with/how-to-handle/signs-of ... ... seizures/seizure/fits/fitting/overheating/overheated/heatstroke/overdose/overdoses/overdosing/spiking/spiked/strokes/heart-attacks',
  'what/how ... you/we/ya/u/i ... would/d/should ... do/help/handle/deal-with ... for/with ... someone/somebody/anyone/a-person/people/a-punter ... who/that/whos/whose/thats ... ... overheated/overheating/fitting/seizing/spiked/overdosing/overdosed/collapsed/had-a-fit',
  // a reason said before the locked door (round 46: "sulking in the spare room with the door locked since we argued")
  'sulking/sulk/sulks/strop/huff/mood/mardy/moody/tantrum ... ... ... locked/lock',
  // a fear of one day finding them (round 46's second-person lines: "scared ill come home one day and find my brother cold
  // on the sofa after using"); one phrase per sign, since a phrase hides only the crisis words it shares
  `${fearOfFinding} ... ... cold/blue/dead/gone/collapsed/lifeless/stiff`,
  `${fearOfFinding} ... ... ... on/in the? sofa/settee/floor/bed/bathroom/toilet/couch/chair`,
  `${fearOfFinding} ... ... ... ... ... after/from ... using/used/taking/a-hit/a-bag/gear`,
  // letters with a purpose (round 46's second-person lines: "a letter to my mum explaining my using … before the family
  // meeting", "a goodbye letter to heroin as part of group work")
  'letter/letters/note/notes ... ... explaining/explain/explains/about/telling ... my/the/me? using/drinking/habit/addiction/problem/recovery/relapse/drug-use/drugs/gear',
  'goodbye/farewell letter/letters/note ... to ... heroin/gear/drugs/{drugs}/booze/drink/the-drink/addiction/using/my-addiction/smack/crack/spice/alcohol/the-gear/my-old-life',
  'letter/letters/note ... ... before/for/at ... the? family-meeting/meeting/appointment/visit/review/session/group/hearing/court',
  // the question put the other way ("one of them reckons you can only have a heart attack off coke if you're old"), and
  // how to tell if a drink was spiked, asked of drinks in general (not "my drink")
  'you/u/ya/people/someone/somebody/anyone/folk/a-person ... can/could/might/do/will ... only? have/get/die-of ... a? heart-attack/heart-attacks/stroke/strokes/cardiac-arrest ... off/from/on/if/when/with',
  'how/way/ways ... you/we/ya/u/i/to/one ... tell/know/spot/check ... if/whether/when ... a/someones/somebodys/peoples/someone ... drink/drinks ... ... spiked/spiking',
  // money and services cut, not skin (round 45's second-person lines: "UC's been cut again and I've no money left")
  'uc/ucs/esa/pip/benefits/benefit/money/hours/pay/wages/gas/electric/electricity/phone/internet/wifi/water/funding/budget/script/dose/methadone/payments/payment/giro/allowance/rota/shifts ... ... been/got/get/gets/getting/was/is/s/has/have !his/her/my/their/me/him/them/your/ur ... cut/slashed',
  // a legal question about an ex in general (round 46's second-person lines: "what can I do legally if an ex keeps turning up at my work?")
  'if/when ... a/an ex/partner/someone/person ... keeps/kept/is/starts ... turning/coming/showing ... up/round',
  // a telling-off for a small thing (found while fixing round 45: "my dad's on his way home, said i'm getting it for the
  // state of my room lol"); "getting it for grassing" is not on the list
  'getting/get/gettin/gonna-get/going-to-get it for ... the/my/me/not/being/forgetting/missing/leaving? ... state/mess/room/bedroom/report/grades/results/bill/late/homework/dishes/washing-up/curfew/tea/uniform/marks',  // round 47: blue from the cold ("lips went blue at the bus stop it was that cold lol"; "his lips are blue and he's cold"
  // still counts: the cold must be the weather's)
  'blue/purple ... ... ... it-was/its/it-is/it-s/was ... that/so/too/proper/dead/well/bloody/fucking? cold/freezing/baltic/perishing',
  'in/out from/of the snow/cold/rain/sea/frost/wind ... ... ... blue/purple', 'blue/purple ... ... thawing/thawin/warming-up/warmed-up/by-the-fire',
  // round 47's second-person lines: "found our kid slumped in the stairwell, was just kippin"
  'slumped/collapsed/flat-out ... ... ... just/only ... kipping/kippin/asleep/sleeping/napping/dozing/resting',
  // a question about a film's truth ("is it realistic that she went blue that fast??")
  'realistic/accurate/true-to-life/realistically ... ... ... went/go/goes/turn/turned/gone ... blue/grey/purple',
  // a legal question for a leaflet ("is it legal for a landlord 2 ask for sex instead of rent?")
  'legal/allowed/lawful/illegal ... for ... a/the? landlord/dealer/someone/anyone/boss ... to? ... ask/demand/want ... for? sex/favours',
  // idioms with a small grievance ("If my son eats the last chocolate digestive one more time I'll murder him";
  // "I'll throttle her one of these days haha"; "I'm gonna kill my fella, he's hidden the remote AGAIN")
  'one more time ... ... {me}/ill/i-will/im-going-to/gonna ... murder/kill/strangle/throttle/swing-for ... him/her/them/you/it',
  'throttle/strangle/kill/murder ... her/him/them/you ... one-of-these-days/one-day/haha/lol/lmao',
  'kill/murder/strangle/throttle ... my/our/me ... fella/partner/husband/wife/missus/son/daughter/kids/sister/brother/mum/mam/dad/nan/mate ... ... ... remote/biscuits/chocolate/straighteners/charger/milk/telly/darts/football/washing/dishes/keys',
  // round 50: a hostel's hours ("the hostel won't let us out till eight"), a joke that denies ("the wife would dig me up and
  // kill me again"), a death long grieved ("He's dead now, God rest him"), how to word the question about suicide
  'let/letting ... us/me/them/you/anyone ... out/in ... till/until/before/after ... #/eight/nine/ten/seven/six/the-morning/morning/curfew/breakfast/lunch',
  'hostel/rehab/ward/staff/detox/unit/night-staff ... ... will-not/wont/not ... let ... us/me/anyone ... out/in',
  'dig/digs/dug ... me/us/him/her ... up ... and/to/n ... kill/murder/strangle',
  'dead/died ... ... god rest/bless ... him/her/his-soul/her-soul/them', 'rest-in-peace/rip',
  'how/best-way/way ... word/phrase/ask/bring-up/raise/approach/broach ... ... ... ... if/whether/about ... ... ... suicide/suicidal/self-harm/selfharm/harming/ending/killing',
  'what/how ... signs/spot/tell/know ... ... {child}/toddler/child/kid/baby/kids/children ... is/s/are ... being ... neglected/abused/hurt/harmed',
  'in case/incase ... {anyone}/he/she/they/someone ... ever? ... goes/go/going/went over/ods/overdoses',
  'come/coming/came round to the idea/way/thinking', '=grey/=gray as a/an pigeon/badger/mouse/squirrel/donkey/goose',
  'my/me eyes ... rolled/rolling ... so/that ... far/hard/much',
  'ask/asks/asking/asked ... if/whether/about ... ... suicidal/suicide/self-harm ... every/each ... time/visit/appointment/week',
  'is-it-true/is-it-common/do/does/how-common ... dealers/dealer/people/men/they/gangs ... make/force/get/making/forcing ... girls/women/people/lads/them ... ... pay/clear/work-off ... ... sex/favours/in-kind',
  'would/d/will/ll kill/murder ... me/us ... first/again/twice',
  'what ... words/questions/way/phrase ... ... ask/say/raise/word ... ... if/whether/about ... ... self-harm/selfharm/suicide/suicidal/harming/hurting',
  'used to ... ... ... he/she/they is/s/are dead now/these-days/years',
  // a worry about muddling doses ("I keep worrying I'll mix up my pregabalin and the sleeping tablets one night")
  'worry/worrying/worried/scared/afraid/paranoid ... ... mix/mixing/muddle/muddling ... up',
  // an eye-roll at someone ("eyes rolled back so far at me ma lecturin me lol")
  'eyes/eye ... rolled/rolling/roll ... back? ... at ... me/my/his/her/the/them/him',
  // a general safeguarding question ("how do u spot if a kid is bein hurt at home? doin safeguarding training")
  'how ... do/can/would ... you/u/ya/we/one ... spot/tell/know ... if/whether/when ... a/the? kid/child/children/kids ... is/are/s ... being/bein ... hurt/harmed/abused',
  // a sign read about ("being sick with stuff like coffee grounds can mean a bleed")
  'coffee-grounds/coffee-ground ... can/could/might/may/means/mean/is-a-sign',
  // medicines handed back ("took what was left of my pregabalin and the sleeping tablets back to the chemist today")
  'took/take/taking/brought/bring/handed/returned ... ... ... ... back to/into/in-to ... the? chemist/chemists/pharmacy/pharmacist/surgery/doctors/gp/clinic',
  'blue/purple ... from/in/with/cos-of/because-of the cold/snow/wind/weather/sea/water/frost',
  // round 48: "he's dead to the world" is asleep (his not waking still counts on its own words)
  'dead to the world',
  // round 48: a question for a future trip ("if one of us overdoses, naloxone first or ring the ambulance first?")
  'if ... one-of-us/one-of-them/one-of-the-lads/one-of-the-girls/someone/somebody/anyone/a-mate/a-friend/your-mate/ya-mate ... overdoses/ods/od/goes-over/collapses/stops-breathing/passes-out ... ... ... ring/call/phone/get/dial ... ambulance/999/an-ambulance/the-ambulance',
  // round 48: the strangle idiom over the washing ("she'd strangle me for putting her white work top in with my jeans")
  'strangle/kill/murder/throttle/skin/batter ... me/him/her/you/us ... for ... ... ... ... top/jeans/shirt/jumper/dress/whites/washing/laundry/biscuit/biscuits/chocolate/cake/milk/tea/dinner/remote/telly/crisps/chips/pizza/wine/gin/towels/shoes/trainers/plants',
];

/** Everyday phrases next to the families fixed after rounds 51 and 52 (spread into `builtInExceptions` the same way). */
export const builtInNearMissesAfterRound59: string[] = [
  // round 59 and its families: a question about a condition ("what are the signs of serotonin syndrome?")
  'what/how/can/could/does/do/is/wat/signs/symptoms/know/tell/spot/cause/causes/get ... ... ... ... serotonin syndrome/toxicity',
  // the Decisions' "overdid it at Christmas dinner" (round 59: "overdid it at the carvery")
  'overdid/overdone/overdo/overdoing it ... ... on/at/with/over ... the? carvery/dinner/christmas/xmas/buffet/food/chippy/takeaway/gym/cake/sweets/choccy/chocolate/cheese/roast/pizza/curry/party/sun/training/run/biscuits/crisps/sugar/pies/kebab/weekend/birthday/wedding/drink/beers',
  // change talk in someone else's words (round 59: "mum says I'm hurting the whole family with my using"; round 60:
  // "like watching me kill myself slowly with it"; the families' "killing himself with the crack")
  'hurting/hurt/destroying/killing/ruining/wrecking ... the/my/our/his/her? whole? family/kids/mum/mam/everyone/everybody/people ... with/by ... my/his/her/the? using/drinking/habit/addiction/gear/drugs/crack',
  'kill/killing/kills ... myself/himself/herself/yourself/themselves/me ... slowly/slow',
  'slowly/slow ... kill/killing/kills ... myself/himself/herself/yourself/themselves/me',
  'killing/kill/kills ... himself/herself/yourself/themselves ... with ... the/his/her/their/that/this? crack/gear/drink/booze/benzos/spice/smack/heroin/drugs/stuff/using/coke/drinking',
  // a question on a form ("the housing officer asked if I'd ever been in an abusive relationship"); cutting a dose down
  // ("is it safe to cut the diazepam down myself?")
  'asked/asks/ask/asking/question/form ... if/whether/about ... ... ever ... been/had ... in? an? abusive/violent ... relationship/relationships/partner',
  'cut/cutting/reduce/reducing/taper/tapering ... the/my/me? ... {pills}/diazepam/dose/script/methadone/it/them ... down/back ... myself/meself',
  // finding a vein is "a hit" ("struggling to get a hit")
  'struggling/trying/cant/can-not/hard/struggle ... to? get/find ... a? hit/vein/dig',
  // a naloxone course ("Reminder given re naloxone refresher on Friday")
  'naloxone/narcan/nyxoid/prenoxad/nalox ... refresher/training/course/session/awareness/demo/demonstration/workshop/reminder',
  // domestic abuse as a form's question ("it asks about domestic abuse history"), and disbelief about it
  'domestic abuse/violence history/hx/form/question/questions/section/box/disclosure/record/priority/banding',
  'asks/asked/ask/asking/question/questions ... about ... domestic abuse/violence',
  'believed/believe/believes/think/thought ... ... could/would/can ... get/be ... hit/beaten/abused/battered',
  // an injury, not a person gone a colour ("my ankle's still a bit swollen and purple from going over on the kerb";
  // the families' wrist "bruised purple after I came off my pushbike", fingers shut in the car door)
  'purple/blue/black/bruised ... from/after/where/when/since ... ... dropped/fell/falling/came-off/come-off/coming-off/shut/trapped/banged/twisted/went-over/going-over/sprained/stubbed/caught/tripped/slipped/smacked/kicked',
  'purple/blue/black/bruised ... ... ... ... just? a? sprain/sprained/bruise/bruised/bruising/not-broken/not-broke',
  // (a limb named between: "fell over and went blue" is still an overdose sign)
  'dropped/shut/trapped/banged/twisted/sprained/stubbed/caught/smacked ... ... on/in? ... my/me/his/her/the ... foot/toe/toes/finger/fingers/thumb/hand/wrist/ankle/knee/shin/elbow/leg/arm ... ... ... ... purple/blue/black/bruised',
  // a spare kit asked for ("can the needle exchange give us a spare naloxone for the kitchen drawer")
  'give/gave/get/got/have ... us/me/you/them? ... a? spare/extra/another/free/new/second ... naloxone/narcan/kit/nyxoid/prenoxad',
  // a question about when blood comes ("how much drinking does it take before someone might start bringing up blood")
  'how/what ... much/many/long ... ... ... before/till/until ... someone/you/people/they/u ... might/could/would/will? ... start/starts/begin? ... bringing-up/coughing/vomiting/throwing-up/being-sick ... up? blood',
  // the harm of using told as change talk ("I know the gear is hurting my kids even if they don't say it")
  'gear/drink/using/drinking/habit/drugs/addiction/crack ... is/s/are ... hurting/affecting/harming/ruining/damaging ... my/the/our ... kids/children/family/son/daughter',
  // a vomiting question ("is vomiting blood after heavy drinking something we should always send people to A&E for")
  'is/does/can/should/do ... vomiting/coughing/throwing-up/being-sick/bringing-up/spitting ... up? blood ... after/from/with/when ... ... ... something/always/a-sign/serious/normal/mean/dangerous/an-emergency',
  // the signs asked about for training ("what are the usual signs that someone's flat has been taken over by dealers?")
  'signs/sign/spot/tell/know ... that/if/of/when ... someone/somebody/a/people/someones/anyones/your ... ... ... taken-over/been-taken/cuckooed/cuckooing/exploited/groomed',
  // round 60: a locked door explained in the same sentence ("wasn't answering … but then I heard the music and
  // remembered he always has his headphones on"); the Decisions: a reason said for the silence
  'not/no/never/will-not/would-not/wouldnt ... answering/answer/answered/responding/replying ... ... ... ... ... ... ... ... headphones/earphones/earbuds/airpods/music/shower/sulking/sulk/asleep/singing/gaming',
];

export const builtInNearMissesAfterRound61: string[] = [
  // round 61: the football idiom past a score ("we got hammered 5-0 on saturday, they absolutely murdered us")
  'hammered/beat/beaten/lost/won/battered/thrashed/stuffed ... # ... # ... ... ... murdered/battered/slaughtered/destroyed/killed/hammered ... us/them',
  'match/game/derby/final/league/cup/ref/referee/goals/nil/fc/united/city/rovers/albion/wanderers/fans/pitch ... ... ... ... murdered/battered/slaughtered/destroyed ... us/them',
  // round 62: food again ("overdid it with my mother-in-law's biryani"), and a heart burned or broken (an Arabic idiom)
  'overdid/overdone/overdo/overdoing it ... ... on/at/with/over ... ... ... biryani/rice/feast/eid/meal/meals/lunch/breakfast/tea/sweets/desserts/pudding/curry/food/dinner/cake',
  'burned/burnt/burn/burns/broke/broken/break/breaks/breaking ... my/her/his/our/your ... heart',
  // the families: laughing till breathless, ending using for a new life, questions about cocaine and the heart
  'can-not/could-not/cant/couldnt ... get/catch ... my/his/her? breath ... ... ... laughing/laughed/giggling/=running/crying-laughing',
  // ("running" exactly: round 66's "her inhaler's run out" is no run for the bus)
  'finish/finished/end/stop ... everything/it/all ... with ... heroin/gear/drugs/the-drugs/crack/drink/alcohol/using/methadone/the-gear',
  // the second person: "the father of my daughter is drunk" (a state, not "drank"), bats in a game, a course of tablets
  // "until finish", "you will put me in the grave", the cook who "overdid it again"
  'is/was/s/are/were/gets/getting/got/very/so/proper/really drunk', 'rounders/cricket/baseball/softball/play/playing/played ... ... ... ... bat/bats',
  'doctor/gp/nurse/pharmacist/chemist ... say/says/said/told/tell ... i/me/you ... must/have-to/should/to ... take ... all ... ... tablets/pills/course/antibiotics',
  'you/youll/you-will/u ... will/ll/gonna/are-going-to? ... put ... me ... in/into ... the/an/my/early? grave',
  'cook/cooked/cooking/ate/eat/eaten/food/feast ... ... ... ... ... overdid/overdone it',
  // someone else's lighter on my arm is harm, not self-harm (the harm patterns read it)
  'burn/burned/burnt/burns ... my/her/his ... arm/hand/face/leg ... with ... his/her/their ... lighter/cigarette/fag/iron/lighters',
  'can/could/does/do/will/would/might ... the? cocaine/coke/crack/mdma/drugs/it/speed/ket ... make/makes/cause/causes/give/gives ... a? heart-attack/stroke/seizure/fit/heart-problems/psychosis',
  // round 64: "dropped my pills down the sink"; the families' "dropt a pill down the plughole", "spilt my tablets all over
  // the kitchen floor" (pills lost, not taken)
  'dropped/dropt/drop/dropping/knocked/spilt/spilled/spill/lost/flushed/washed ... my/me/the/his/her/all/a/some/their? ... pills/pill/tablets/tablet/meds/medication/methadone/diazepam/script/dose/vallies/tramadol ... all? down/in/into/on/under/behind/off/over ... the/a/my? kitchen/bathroom? sink/drain/plughole/toilet/loo/bog/floor/grid/gutter/sofa/couch/bed/washing-machine/wash/carpet/street/pavement',
  // round 63: "overdid it at the pub quiz last night, head is banging"; the families' "overdone it on the cider, proper
  // hangin today" (drink and a sore head, not an overdose)
  'overdid/overdone/overdo/overdoing it ... ... on/at/with/over/in ... ... ... cider/wine/lager/vodka/gin/whisky/rum/pub/quiz/pints/pint/booze/bevvy/bevvies/sesh/session/night-out/xmas-do/christmas-do/works-do/the-do/party/karaoke/club/drinks/alcohol/shots/prosecco/cocktails/stag/hen',
  'overdid/overdone/overdoing it/things last-night/yesterday/at-the-weekend/this-weekend? head/hangover/hungover/hanging/hangin/banging/pounding/sore-head',
  // a game won against a child, not a child hit (the families of round 64's "neighbour battering her kid")
  'battering/beating/hammering/thumping/smashing/leathering ... {child}/lad/boy/girl ... at/on ... fifa/xbox/playstation/ps5/chess/cards/darts/pool/football/footy/tennis/monopoly/scrabble/mario/fortnite/game/games/arm-wrestling/race/races/snooker/ping-pong',
  // round 66's families: "she aint had nothing" (nothing taken: not a "had … {drugs}" sign)
  'not/never/hasnt/havent/has-not/have-not/did-not/didnt/nil ... had/taken/took/used/done/touched ... nothing/anything/owt/nowt/any-drugs/a-thing',
  // "what are the signs a kid is being used to hold drugs for older lads?" (a general question)
  'what/whats are/is the? signs/warning-signs/red-flags/signals ... that/of/if/a/when/someone/somebody ... ... ... being/is/are/been/getting ... used/groomed/exploited/made/forced',
  // "what age can a kid legally be left home alone?"
  'what/which age/old ... ... ... be? left/leave/stay ... home? alone/on-their-own/on-his-own/on-her-own/by-themselves',
  // a phone not answered (the Decisions: "not responding" of a phone or an app does not count): "unresponsive to texts all day"
  'unresponsive/not-responding/not-responsive/no-response ... to ... my? =texts/=calls/=messages/=emails/=letters/=voicemails/=phone/=text/=call',
  // (exact forms: "no response to knocking or calling his name" is someone not responding)
];

export const builtInNearMissesAfterRound57: string[] = [
  // round 57 and its families: a question about drink withdrawal in general ("can you get hallucinations coming off
  // alcohol? thinking about stopping")
  'can/could/do/does/will/would/might/true/is-it-true/tru ... you/u/ya/people/someone/somebody/anyone/folk/a-person ... get/have/go-into/start/see ... hallucinations/hallucinating/hallucinate/the-dts/dts/delirium/the-shakes/shakes',
  // round 58: drowsy but breathing normally and waking when spoken to (a note's checks: "very drowsy … but normal colour
  // and breathing; rechecked"); "breathing weird" or "can't wake him" is not this
  'breathing/breathin/breath/breaths/resp/resps/respiration/respirations ... normal/normally/fine/ok/okay/alright/good/regular/steady/unlaboured/nfa',
  'normal/good/fine/ok/okay/regular/steady colour/color/skin? and/n? breathing/breaths/resp/resps/respiration',
  'drowsy/sleepy/dozy/tired/nodding/gouching/dopey ... ... ... ... but/though/however/although/yet ... normal/fine/good/ok/okay/alright/regular/steady/breathing/colour/responsive/rousable/chatting/talking/alert',
  // ("=waking": round 78's "now he not wake up when I call him" is the bare verb after "not")
  '=woke/=wakes/=waking/came-round/come-round/roused/rousable/rouses ... up? ... when/as-soon-as/straight-away/easily/to ... {me}/i/we/she/he/they/staff/voice/name ... said/called/shouted/nudged/shook/spoke/spoken/touch',
  // round 57 and its families: getting ready for a fit that has not happened ("what do I do if my mate starts fitting at
  // the festival? want to be ready", "in case someone ends up having a fit at the party", "if a resident ever fits")
  'if/should/in-case/incase ... ... ... has/have/having/starts/start/ends-up/end-up/goes-into/go-into/ever ... a? seizure/seizures/fit/fits/fitting/seizing',
  // the second person: a risk asked about ("carries a seizure risk", "can coming off the drink too fast make you have a
  // fit?", "heard people see things")
  'seizure/seizures/fit/fits/overdose/od/stroke/heart-attack risk/risks', 'risk/risks/chance/chances/danger/dangers of ... a/an? seizure/seizures/fit/fits/fitting/overdose/overdosing/stroke',
  'can/could/does/do/will/would/might ... ... ... make/makes/cause/causes/give/gives ... you/u/people/someone/him/her/them/ya ... have/get/go-into ... a? fit/fits/seizure/seizures',
  'heard/read/hear/told/say/says ... people/folk/some/you/u/they ... can? see/seeing/get/have/go ... things/hallucinations/fits/seizures/the-dts/dts',
  'if/should/in-case/incase ... ever ... fits/fit/fitting/seizes/collapses/collapse/ods/od/overdoses/overdose',
  // round 58: a poster or a sheet on what to do ("what to do if you find someone not breathing? For the poster only")
  'what/how to do/respond/act/react/help/handle ... if/when/should ... ... ... stops/stop/stopped/not/isnt/wont/will-not/cant/can-not/doesnt/does-not ... breathing/breathe/wake/waking/responding/respond/come-round',
  'what/how to do/respond/act/react/help/handle ... if/when/should ... ... ... unresponsive/unrousable/collapsed/slumped/overdosing/fitting/unconscious',
  'how/what ... to use/give/administer/do ... the? naloxone/narcan/kit/nyxoid/prenoxad ... if/when ... ... ... wont/will-not/not/isnt/cant/stops/stop ... wake/waking/breathing/breathe/respond/responding',
  'when/how ... to call/ring/phone/dial ... 999/an-ambulance/ambulance/paramedics',
  'recovery position ... if/when/should ... ... ... wont/will-not/not/isnt/cant/can-not/doesnt/does-not ... wake/breathe/breathing/respond/responding/come-round',
  // round 58's families: jumping into water as children ("we used to jump off the canal bridge into the water as kids")
  'we/us/they/{me}/i used/use to ... jump/jumping/dive/diving/leap/leaping/bomb/bombing ... off/from/into',
  // a drill's steps ("a manikin … for staff to practise recovery position and calling 999")
  'practise/practice/practising/practicing/rehearse/rehearsing/drill/training ... ... ... ... calling/ringing/ring/call/phoning/dialling ... 999/an-ambulance/ambulance',
  // round 57's second person: "had too many vallies to think straight" (a reason, not an overdose)
  'too much/many ... ... to ... think/see/walk/talk/drive/stand ... straight/properly/right',
  // going up a height for company ("up on the railway bridge by the canal to have a smoke with the lads")
  'bridge/bridges/roof/rooftop/cliff/cliffs/edge/ledge/top/multistorey/multi-storey/car-park/tower/viaduct ... ... ... to/for ... have/a/grab/get/take/watch/see ... a/the? smoke/fag/spliff/joint/drink/can/cans/chat/laugh/look/view/views/picnic/photo/photos/selfie/sunset/sunrise/fireworks/trains',
  // a threat that is not violence ("mother has threatened to stop lending him money unless he engages")
  // (not "report": "threatened to report her to the Home Office" is harm, round 62's families)
  'threatened/threatening/threatens/threaten to stop/withdraw/take-away/cut-off/leave/sack/evict/ground/stop-lending/stop-giving/stop-paying ... ... ... money/allowance/cash/lending/support/benefits/pocket-money/him/her/me/them',
  'threatened/threatening/threatens/threaten ... to ... kick/chuck/throw/boot/turf ... him/her/me/them/us ... out',
  // someone else's arm cut by a partner is not self-harm (the harm patterns read the threat: "she's already cut his arm")
  // (done, not threatened: "he says he'll cut my face" is a threat the harm patterns must read)
  'she/shes ... already/just/has/had cut/slashed/stabbed/burnt/burned/glassed his arm/arms/face/leg/legs/hand/hands/back/chest/head/neck/throat',
  'he/hes ... already/just/has/had cut/slashed/stabbed/burnt/burned/glassed her arm/arms/face/leg/legs/hand/hands/back/chest/head/neck/throat',
  // the next supply not needed for a reason said ("i wont need it after this weekend cos the doctor is switching me")
  'need/needing ... ... after ... ... ... cos/because/as/since/coz/cause/cuz ... ... ... switching/switched/moving/going/changing/changed/starting/rehab/detox/hospital/holiday/away/new/stopping/reducing/prison/jail',
  // a question about leaving an older child ("is it ok to leave a 15 year old home alone for an evening?")
  'ok/okay/safe/legal/allowed/fine/alright/enough/age/law ... to? leave ... ... ... ... home-alone/alone/on-their-own/on-his-own/on-her-own/unsupervised',
  // the strangling idiom, and a joke about it (the Decisions: "I could strangle our lass, she's put my jeans on a boil
  // wash"; round 58's families: "Resident joked she could 'throttle' her roommate over the washing rota")
  '{me}/i/swear could/coulda/could-have/would/will ... cheerfully/happily/honestly/actually/literally/seriously/genuinely/swear? strangle/throttle/murder/swing-for ... him/her/them/the/my/our/his/that/me/me-mam/me-mum/our-kid',
  'joked/joking/jokes/jokingly/laughing/laughed ... ... she/he/they/{me}/i ... could/would/will/d ... strangle/throttle/murder/kill/swing-for',
  // a question asked for someone, about a risk in general ("patient asked whether you can have fits if you come off
  // pregabalin suddenly. General query")
  'whether/if ... you/u/people/someone/anyone/folk/a-person ... can/could/might/will/would/do ... get/have/go-into/take ... seizures/seizure/fits/fit/a-fit/a-seizure ... if/when/from/off/coming',
  // a question about when to ring ("if a resident ever fits in the lounge, do we time it before ringing 999?")
  'do/should/can/would/must ... we/i/you/staff/they ... ... ... before/until/till/or/instead-of ... ringing/calling/ring/call/phoning/dialling ... 999/an-ambulance/ambulance',
  // round 57: loud snoring as a habit ("she snores that loud I could throttle her"): "he's snoring and won't wake" is not
  // (not "can't wake him": round 77's families' "he snore very loud and I cannot wake him" is an overdose sign)
  '=snores/=snore ... that/so/too/really/dead/proper/well? loud ... {me}/i/you/we/the/whole/nobody/no-one ... could/can !not/never/nae',
  '=snores/=snore ... that/so/too/really/dead/proper/well? loud ... {me}/i/you/we/the/whole/nobody/no-one ... hear/sleep/awake',
  '=snores/=snore ... that/so/too/really/dead/proper/well? loud ... {me}/i/you/we/the/whole/nobody/no-one ... cant/can-not/never/wont/do-not/dont/could-not/couldnt !wake/rouse/waking/stir/get',
];

export const builtInNearMissesAfterRound51: string[] = [
  // a helper asking how to answer someone in general (round 51: "when someone says they want to die, what's the best
  // thing to say back? I run a peer group"); "my mate says he wants to die" names someone and still counts
  'when/if ... someone/somebody/anyone/a-client/a-resident/a-person/people/a-service-user/a-patient/a-punter/a-caller/clients/residents ... says/say/tells/tell/rings/ring/calls/call/texts/mentions/talks/talk/comes ... ... ... ... die/dying/end-it/ending-it/here/suicidal/suicide/kill/killing/themselves/alive/living/wanting-to-die',
  'how/what ... do/should/would/can ... you/i/we ... ask/say/respond/answer ... someone/somebody/anyone/a-client/a-resident/a-person/people ... if/whether/when/who/that ... ... suicidal/suicide/ending/die/kill',
  // a worker's or pharmacist's quiz ("my keyworker asked what I'd do if someone went blue, I said ring 999")
  // ("would": "what do I do if he's gone blue" is asked with someone there)
  'what/wot ... id/youd/wed/hed/shed do ... if/when ... ... ... blue/breathing/grey/gray/over/overdosed/overdoses/collapsed/fitting',
  'what/wot ... i/you/we/he/she/they would/should/d do ... if/when ... ... ... blue/breathing/grey/gray/over/overdosed/overdoses/collapsed/fitting',
  'what/wot would/should ... {me}/i/you/we/he/she ... do ... if/when ... ... ... blue/breathing/grey/gray/over/overdosed/overdoses/collapsed/fitting',
  'if/when ... ever ... stopped/stops/stop/went/goes/go/turned/turns ... breathing/blue/grey/over',
  'said/told/say/tell/know/knew/answered ... ... to? ring/call/phone/dial ... 999/ambulance/an-ambulance/the-ambulance',
  'signs/sign of an? od/overdose/overdosing ... ... ... ... blue/grey/snoring/gurgling/lips/breathing',
  // the parent's side of a sulk ("shes sulking cos i took her phone off her")
  'i/we/ive/weve took/taken/confiscated/take/takes/confiscate/had-to-take ... her/his/their phone/phones/ipad/xbox/playstation/tablet',
  // a near miss and a slip, not a blow ("nearly smashed my head on the sink when i slipped")
  'nearly/almost smashed/cracked/banged/split/hit ... my/me/his/her head/face',
  // a general question about chemists, the returns bin ("how do chemists stop people stockpiling", "taking everything
  // I've got left to the return bin at the chemist")
  'stop/prevent/stops/prevents/check/checks ... people/patients/clients/someone/folk/users/anyone ... stockpiling/stockpile/hoarding/saving/stashing',
  'taking/take/took/bringing/bring/handing/hand/dropping ... ... ... to/into/in the? return/returns/disposal/sharps bin/bins/box/boxes',
  // not trusting oneself near a shop or a treat ("dont trust myself near the offie tonight, its payday")
  'trust ... myself/meself/herself/himself ... near/with/around/round/in ... the/a/my? offie/shop/shops/pub/bookies/crisps/chocolate/biscuits/cans/booze/drink/bar/fridge/cake/food/dealer/money/cash/card/payday/family-bag/vending',
  // round 54 and its second person: questions about a risk in general ("how do i know if ive hit an artery", "can smoking
  // crack make you cough up blood", "is it tru u can get seizures if u stop the drink 2 quick")
  'how ... do/can/would/will/could ... you/u/i/we/ya/people/someone ... know/tell/spot ... if/whether/when ... ... hit/hitting/hits ... an? artery',
  'can/could/does/do/will/would/might ... {drugs}/smoking/crack/the-pipe/it/that/this/pipe ... make/makes/cause/causes/give/gives ... you/u/people/someone/ya? ... cough/coughing/spit/spitting/vomit/vomiting/throw/bring ... up? blood',
  'can/could/do/does/will/would/might/true/is-it-true/tru ... you/u/ya/people/someone/somebody/anyone/folk/a-person ... get/have/go-into/take ... seizures/seizure/fits/fit/a-fit/a-seizure ... if/when/from/off/coming',
  // breathless from running, a worry about an abscess, hands cold in winter, a child's cold
  'can-not/could-not ... catch/get ... my/his/her? breath ... after/from ... running/the-stairs/stairs/walking/the-gym/gym/football/climbing/jogging/a-hill/the-hill/the-bus',
  'scared/worried/afraid/frightened/terrified/paranoid ... ... will/might/could/gonna/going-to ... turn/go/become/get ... into? ... an? abscess/infected/septic',
  'always/usually/every-winter/in-winter/in-the-winter ... ... cold/grey/gray/blue/purple/white', 'cold/grey/gray/blue/purple/white ... ... in/every ... winter/the-winter/the-cold/cold-weather',
  'colds/cold/flu/snotty/bunged-up/stuffy ... ... breathing/breath/breathin ... snuffly/snuffy/snotty/stuffy/bunged/blocked/congested/noisy',
  'breathing/breath/breathin ... all? snuffly/snuffy/snotty/stuffy/bunged/blocked/congested',
  // the anniversary of an overdose, a game's character ("playing gta and my guy collapsed after the pills"), a question
  // about the law or the hostel when ringing for an overdose
  'anniversary/anniversery ... of ... his/her/their/my/the ... overdose/od/death/passing',
  'gta/gta5/fortnite/cod/sims/game/games/xbox/ps5/playstation ... ... my/me/his/her/the guy/character/player/avatar/sim ... ... collapsed/died/dead/overdosed/od/ods/fitting/passed-out/went-down',
  'ring/ringing/call/calling/phone/phoning/dial/dialling ... 999/ambulance/an-ambulance/paramedics ... for ... an/a? overdose/od ... ... police/hostel/kicked/evicted/arrested/trouble/law',
  'do/does/will/would/can ... the? police/cops/hostel/paramedics ... come/turn-up/tell/kick/find-out ... ... ... overdose/od/999/ambulance',
  'good samaritan ... law/laws', 'law/laws/legal/rules/policy ... ... ... ringing/calling/phoning/dialling/ring/call ... 999/ambulance/an-ambulance/paramedics',
  // training for a threat ("a training day on what to do if a resident threatens you with a needle")
  'what/how ... to ... do/handle/deal/respond/react ... if/when ... ... ... threatens/threatened/threatening/attacks/goes-for/comes-at/pulls ... you/someone/staff/a-worker', 'does/do/will/would/can ... calling/ringing/phoning ... an? ambulance/999/paramedics ... for ... an? overdose/od ... get/got',
  // ending a relationship ("thinking about ending things with my girlfriend")
  'ending/end/finish/finishing/finished/call-time/calling-time ... things/it ... with ... my/her/him/the/me? girlfriend/boyfriend/partner/missus/wife/husband/fella/ex/him/her/dealer/bird/lass/bloke',
  // round 56: questions about a risk and about the law, and study ("what are the signs of a seizure coming off benzos?",
  // "do people really get chest pains from crack", "a dissertation on suicide", "would I get in trouble for ringing 999 if
  // my mate overdosed at mine?", "do I ring 999 or 101?")
  'what/know/learn/spot/recognise/recognize/tell ... ... the? signs/symptoms/warning-signs of ... a/an? seizure/seizures/fit/fits/stroke/strokes/heart-attack/overdose/od/sepsis/heatstroke/overheating/withdrawal/alcohol-withdrawal',
  'do/does/can/could/will/would/really ... people/you/u/someone/anyone/folk ... really? get/have/suffer ... chest pain/pains ... from/off/on/after/with',
  'dissertation/essay/research/study/project/assignment/coursework/thesis/report/article/stats/statistics/figures/data ... on/about/into/of ... suicide/suicides/overdose/overdoses/self-harm/deaths/drug-deaths',
  'suicide/suicides/overdose/overdoses/self-harm/drug-deaths ... ... stats/statistics/figures/rates/data',
  'would/will/could/can/do ... i/you/we/people/someone/u ... get/be ... in? trouble/arrested/nicked/done/charged ... for/if ... ringing/calling/phoning/ring/call ... 999/an-ambulance/ambulance ... if/when ... ... overdosed/overdoses/ods/od/went-over/goes-over/collapsed',
  'ring/call/phone/dial ... 999/police/the-police ... or ... 101/111/the-non-emergency', 'ring/call/phone/dial ... 101/111 ... or ... 999',
  // someone else's marks said to be another's doing (the harm pattern injury-blamed-on-carer reads it; not self-harm)
  'burns/burn-marks/cuts/bruises/bruising/marks/welts ... on ... his/her/their ... arm/arms/legs/leg/back/hand/hands/face/body ... ... ... says/said/told/saying ... his/her/their/my ... {family}/stepdad/step-dad/dad/mum/mam/boyfriend/partner/uncle/{other} ... did/done/caused',
  // round 55's second person: things taken to the pawn shop, training and study on abuse and exploitation
  'take/taking/took ... everything/all/the-lot ... ... down/to ... the? pawn-shop/pawn/pawnbrokers/pawnbroker/tip/charity/charity-shop/dump/cash-converters/car-boot/market/storage',
  'domestic abuse/violence training/course/module/session/policy/awareness/workshop/lecture/team/worker/workers/services/service/charity/unit/officer/advisor/adviser/idva',
  'what ... does/is/do ... non-fatal? strangulation/strangling/choking ... mean/count',
  'session/training/course/talk/workshop/module/presentation/leaflet/leaflets/resources/policy ... on/about ... ... county-lines/cuckooing/exploitation/grooming/trafficking',
  'suicide/self-harm/overdose/drug-death prevention/awareness/training/module/course/strategy/team/guidance/policy/week/day/lead',
  'would/will/do/does/can ... paramedics/police/ambulance/they/the-ambulance/the-paramedics ... search/raid/arrest/report/tell ... ... ... if ... i/we/you ... rang/ring/call/called/phone/phoned ... ... ... ... taken/took/had/done/overdosed/od/collapsed/gone-over ... too? much/many?',
  // saving doses asked about ("is it dangerous to save up methadone doses? my pharmacist went on about it")
  'dangerous/safe/ok/okay/allowed/legal/bad/wrong/illegal ... to ... save/saving/stockpile/stockpiling/keep/store/hoard ... up? ... {pills}/doses/dose',
  // an overdose long ago, and who brought them round ("I over dose two years ago and they brought me round with the narcan")
  '{me}/i overdose/overdosed/od ... ... #/two/three/four/five/few/couple/several years/yrs/year/months ago ... and/an/n ... they/paramedics/someone/he/she/a-stranger/the-ambulance ... brought/bring/brung/gave/used ... me ... round/back/naloxone/narcan/nyxoid',
  '#/two/three/four/five/few/couple/several years/yrs/year/months today? since ... {me}/i ... overdose/overdosed/od ... ... ... and/an/n ... they/paramedics/someone/he/she/a-stranger/the-ambulance ... brought/bring/brung/gave/used ... me ... round/back/naloxone/narcan/nyxoid',
];
