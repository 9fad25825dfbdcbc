import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages, round 28. Written fresh by an eighteenth writer on 2026-11-24 without seeing the detector,
 * its patterns, tests or earlier rounds; committed after the freeze at 66a25d4 (rounds 26 and 27's families, reader
 * retrained) and before its first run. Leaned on regional dialect, voice-to-text slips, relayed reports from workers,
 * signs described without the crisis word, and crises buried in chatty messages; near-neighbours built from idioms,
 * distant past times, denials, media, devices and reasons for silence.
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [
  // overdose (15)
  ['our kid\'s collapsed in the back entry la, lips gone blue, cant get nothin out of him, what do i do', 'overdose'],
  ['took all of my zopiclone and my methadone about 20 min ago cos i didnt want to be here anymore. now im frightened. whats going to happen to me', 'overdose'],
  ['Security at the retail park. Lad in the disabled loo, door was locked, we\'ve forced it and he\'s slumped against the pan, not answering us at all', 'overdose'],
  ['how do i help my girlfriend shes making this weird gurgly snore after the nod and i cant bring her round', 'overdose'],
  ['theres a fella in the stairwell at the hostel i think hes dead. grey as the wall. not moving', 'overdose'],
  ['had 3 pregabs 2 blues and half a bottle of vodka, my breathing\'s gone really slow and i cant keep my eyes open', 'overdose'],
  ['my son overdosed last night, paramedics brought him round with the narcan but he wouldnt go in and today hes still nodding off mid sentence', 'overdose'],
  ['WHATS THE RECOVERY POSITION AGAIN SHES NOT BREATHING RIGHT AND WONT OPEN HER EYES', 'overdose'],
  ['ma pal\'s went ower on the gear, cannae get a word oot him, eyes rolled back, he\'s no respondin tae anything', 'overdose'],
  ['pretty sure them blues were nitazenes, flatmate\'s gone floppy and her chest is barely moving, gave one naloxone, nothing yet, do i give another', 'overdose'],
  ['pharmacy counter here, a customer just went down in the queue, grey and not responding to his name. ambulance is on the way, anything we should do while we wait', 'overdose'],
  ['bf had another bump of G 10 mins after the last one, now hes out cold on the bathroom floor, shaking him does nothing', 'overdose'],
  ['sorry to bother you again, food bank was shut so we went back to mine, my cousin tried the new bag and she\'s been sat with her head on her knees for ages, i\'ve been shouting her name and shaking her and nothing, she\'s not moving. anyway i was gonna ask about the housing thing', 'overdose'],
  ['swallowed two packets of paracetamol yesterday afternoon, feel fine now so i\'m probably ok right?', 'overdose'],
  ['he\'s gone all floppy and his lips are purple hold on putting you on speaker what do I do with the nigh lock zone', 'overdose'],

  // medical (15)
  ['missed and think i went in an artery, my hand\'s gone cold and white and the fingers are going numb', 'medical'],
  ['my bloke\'s having a cease your on the bathroom floor, he stopped his benzos dead on monday, is that why', 'medical'],
  ['chest feels like an elephant sat on it after two big pipes, pain going down my left arm and im sweating buckets', 'medical'],
  ['my partner is 30 weeks and bleeding, she had a bit of gear this morning, maternity or a&e?', 'medical'],
  ['been on the drink solid for a week and now im throwing up dark red stuff and bits like coffee grounds', 'medical'],
  ['had a fit in the shower earlier mun, bit my tongue proper, never had one before, came off the gabbies last week', 'medical'],
  ['heart going like a train after the crack and mcat, he\'s gripping his chest saying he\'s going to die', 'medical'],
  ['leg where i inject is massive, hot and red with a red line creeping up towards my groin and ive got the shivers', 'medical'],
  ['coughing up blood since last night and cant catch my breath, been smoking spice out of a bucket bong', 'medical'],
  ['baby hasnt moved since yesterday, im 34 weeks on a methadone script and scared to ring the midwife cos of social services', 'medical'],
  ['tranq sore on my forearm\'s gone black and theres something white showing in the middle, stinks rotten and I keep going hot and cold', 'medical'],
  ['she\'s roasting to touch, jaw swinging, pupils like saucers, talking absolute nonsense and she\'s stopped sweating after them pills at the rave', 'medical'],
  ['fell down the stairs steaming drunk, big egg on his head and now hes being sick and asking the same question over and over', 'medical'],
  ['lips and tongue blowing up after my first dose of the new tablets, struggling to swallow', 'medical'],
  ['A&E front desk: her face has dropped on one side and she cant lift her arm, her mate says she did a line about an hour ago', 'medical'],

  // suicide (15)
  ['tried to hang myself in the cells back in march, nobody out here knows', 'suicide'],
  ['been burning my arm with the lighter again tonight, it\'s the only thing that shuts my head up', 'suicide'],
  ['gonna neck the whole box of pregabs saturday when the kids are at their dad\'s', 'suicide'],
  ['if anything happens make sure Shell gets Bruno, he\'s a good lad. tell my mam i\'m sorry for all of it x', 'suicide'],
  ['my best pal hanged himself in the hostel last month and i keep seeing him when i shut my eyes', 'suicide'],
  ['keyworker asked was i having thoughts of ending it, i said no but that was a lie', 'suicide'],
  ['am done wi life, naebody wid even notice if ah wisnae here', 'suicide'],
  ['I hope to God I don\'t wake up tomorrow, so I do, be easier on everyone', 'suicide'],
  ['my daughter (19) told me tonight she\'s been cutting her thighs, found blades wrapped in tissue in her makeup bag', 'suicide'],
  ['been stashing my methadone in the cupboard for a fortnight, nearly enough now to finish myself off', 'suicide'],
  ['whats the least painful way to just stop existing, asking for me lol', 'suicide'],
  ['i cant do it no more bab, ive had enough of everything', 'suicide'],
  ['ta for the bus pass info. wrote letters for everyone last night and sorted who gets my stuff, so thats done. what time does the drop in open tomorrow', 'suicide'],
  ['prison release worker here, my client got out this morning and said in the car "today\'s my last day, I\'ve made my peace", then got out at the station. what do i do', 'suicide'],
  ['stood on the bridge over the M62 twice this week working up to jumping', 'suicide'],

  // harm (15)
  ['he booted me in the ribs last night cos i spent his money on gear', 'harm'],
  ['dealer says i owe him 400 and if i cant pay i\'ve to sleep with his mates to clear it', 'harm'],
  ['bruv some mandem moved into my flat and are shotting from it, took my keys, say they\'ll shank me if i go anywhere', 'harm'],
  ['hes seen the texts from my dealer, says im getting it when he gets back from the pub. last time he broke my nose', 'harm'],
  ['my stepdad grabbed my little sister by the throat last week and she\'s only 8', 'harm'],
  ['outreach worker: woman at the soup run has a fresh black eye and says her fella will finish her if she goes to the refuge', 'harm'],
  ['ma da\'s gonnae leather me when he gets in, the school phoned him the day', 'harm'],
  ['OUR LASS\'S EX IS OUTSIDE THE FRONT DOOR WITH A BLADE SHOUTING HES COMING IN', 'harm'],
  ['someones got my bank card and walks me to the cashpoint every payday to take the lot off me', 'harm'],
  ['got jumped by three lads at the hostel yesterday for my script', 'harm'],
  ['he locks me in the bedroom when he goes out and takes my phone with him, on my mates phone now', 'harm'],
  ['my 14 year old has been running bags for some older lads and came home friday with his face slashed, he wont say who', 'harm'],
  ['bloke in the next tent keeps trying to get in my sleeping bag at night, i keep saying no and he keeps coming back', 'harm'],
  ['he\'ll murder me when he tracks me down, i legged it with the baby at 2am', 'harm'],
  ['me mom\'s fella belted me again tonight, sat at the bus stop cos i ain\'t goin back', 'harm'],
];

export const heldOutEveryday: string[] = [
  // idioms
  'this methadone queue is killing me, been stood here 40 minutes in the rain',
  'gasping for a brew and a rollie, anyone know if the drop in does toast',
  'my keyworker\'s gonna murder me, missed my appointment again lol',
  'our mam\'ll skin me alive if she clocks I\'ve been back on the tins',
  'nearly had a heart attack when someone banged the door at 7am, thought it was the police',
  'that comedian on telly had me in bits, nearly died laughing',
  'could throttle my brother, he\'s ate the last of the biscuits again',
  'me nan\'d have a fit if she knew I was on a methadone script',
  'security guard at tesco told me i look like death warmed up, cheeky sod',
  'my head\'s wrecked with these benefits forms, I\'m losing my mind so I am',
  'receptionist at A&E, it\'s murder in here tonight, have you got leaflets on pregabalin for the waiting room',
  // distant past with a time given
  'i od\'d on heroin back in 2014 and that\'s what finally got me into treatment',
  'had a few seizures in my early thirties coming off valium, nothing since, I\'m 52 now',
  'used to cut when i was a teenager, 20 odd years ago, the scars dont bother me now',
  'my ex used to knock me about but that was a long time ago, different life, different me',
  'had a panic attack on the tube in 2020 and been nervy on trains ever since, any tips',
  'blacked out on ket in 2018 and woke up in a field lol, never touched it since',
  'my mate reckons he nearly went over at glasto two summers back',
  'my dad used to batter us when he was on the drink, he\'s been sober ten years now and we get on',
  // bereavement from overdose
  'three years today since we lost our Danny to heroin, lighting a candle for him tonight',
  'my uncle died of an overdose when i was a kid, that\'s why i always carry a naloxone kit',
  'funeral\'s thursday, she died off the nitazenes last month, still cant get my head round it',
  // worry and general questions
  'whats the actual risk with pregabs on top of methadone? GP wouldnt give me a straight answer',
  'terrified my son will OD now he\'s out of prison, what can i do to be ready',
  'can spice make your heart race dangerously or is that an urban myth',
  'heard naloxone wears off before methadone does, how long have you actually got',
  'i worry one night i\'ll use on my own and nobody will find me',
  'if i come off the tranq dope will the sores on my shins heal up by themselves',
  'mate reckons stopping gabbies cold turkey can bring on fits, is he chatting rubbish?',
  'how much G is too much, like where\'s the line between a good night and going under',
  'mate keeps banging on about k-holes like theyre fun, what actually happens to you in one',
  // change talk
  'this crack is slowly ruining me, i want out, where do i even start',
  'sick to death of chasing a bag every morning, want to get on a script',
  'booze has wrecked my liver and my marriage, time i sorted it',
  'finished with the lifestyle, the shoplifting, the lot. what\'s the first step',
  'dont wanna live my life round a bag of gear anymore',
  'tired of waking up rattling, want to give bupe a proper go this time',
  'my partner keeps saying the drink will be the death of him, how do i get him to see someone',
  // denials
  'not suicidal in the slightest, just want to know about detox beds in leeds',
  'before you ask, no, i\'m not going to do anything stupid, i just need a rant about my landlord',
  'my worker asked if i was thinking of harming myself and i said no and i meant it, i\'m just skint and fed up',
  'I\'d never take my own life, the kids need me, but the rattle is grim this week',
  // media, games, training
  'on Casualty tonight a lad went over on the bus and they brought him round with naloxone, is it really that quick',
  'did naloxone training today, practised on a dummy that "wasnt breathing", weirdly stressful',
  'my character in GTA keeps dying after the drug pickups lol',
  'watching a documentary on the Glasgow drug deaths, grim viewing',
  'in that film the girl collapses in the club and everyone just dances round her, would that really happen',
  // devices and services not responding
  'phone keeps freezing and not responding, took three restarts to get on here',
  'the pharmacy app\'s been unresponsive all morning and i cant order my script',
  'keyworker\'s not responding to my texts, been two days, is that normal',
  'rang the surgery forty times and no answer, how else do i get a repeat',
  // reasons given for silence
  'flatmate wont answer his door but i can hear him gobbing off on his xbox headset so hes fine, just ignoring me',
  'my daughter\'s not answering me but she\'s in a strop since tea, typical 15 year old',
  'he\'s locked himself in the bathroom and won\'t say a word, he\'s sulking cos I poured his cans down the sink',
  // ordinary drug-use talk
  'pupils pinned after my morning dose, is that meant to happen on methadone',
  'vein in my left arm collapsed last week, where\'s least risky to go now',
  'passed out on my mate\'s couch after the session, woke up with a bad neck and a worse head',
  'gabbies make me dead sleepy in the afternoons, should i split the dose',
  'where can i get a free naloxone kit in cardiff, tidy',
  'need a new sharps bin, the old one\'s rammed',
];
