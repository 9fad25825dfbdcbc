import type { CrisisKind } from '../../../nlp/messageAnalysis';

/**
 * HELD-OUT messages, round 26. Written fresh by a fifteenth writer on 2026-11-23 without seeing the detector,
 * its patterns, tests or earlier rounds; committed after the freeze at 424ecee (round 25's families, reader retrained)
 * and before its first run. Leaned on signs described without the crisis word, relayed reports
 * (workers, pharmacy, family), dialect and text-speak, and near-neighbours that share words with crises.
 * One everyday line was word for word a tuning line already; before the first run it was replaced by a line from a
 * sixteenth writer who also saw only the labelling rules (a question about methadone and tests, like the one it replaced).
 * Labels follow the rules written in content/crisis-patterns.yaml (Decisions).
 * heldOut.test.ts reports this round's numbers; it does not fail on them (see README.md for why).
 */
export const heldOutCrisis: [string, CrisisKind][] = [
  // overdose (10)
  ['my fella\'s gone a grey colour n his lips r blue, hes making this weird snoring noise and i cant wake him', 'overdose'],
  ['Outreach here. Man in the doorway next to the bookies on Church St, we cannot rouse him at all and his breathing is really slow', 'overdose'],
  ['done the lot. all 28 of my mirtazapine and most of a bottle of vodka. just wanted someone to know', 'overdose'],
  ['how do u do the naloxone thing?? my sister\'s gone all floppy on the bathroom floor and wont answer me', 'overdose'],
  ['pretty sure I OD\'d last night on my methadone and a few blues, woke up on the kitchen floor at 5, feel rough as owt today', 'overdose'],
  ['wee man in room 12 at the hostel wullnae open his door, we can see him slumped through the gap and he\'s no answering us', 'overdose'],
  ['i swear to god i think our kev is dead hes not moving and hes stone cold', 'overdose'],
  ['Lad at the afters has had too much G, completely out of it, we\'ve put him on his side but he won\'t come round', 'overdose'],
  ['Hello I am calling from the pharmacy a customer has just gone down in the queue he is not responding and his lips are going blue', 'overdose'],
  ['took about 40 paracetamol earlier this morning, feel fine now tho so is that ok', 'overdose'],

  // medical (10)
  ['hes fitting on the floor jerking all over, hes been off the benzos 4 days cold turkey', 'medical'],
  ['chest is crushing after a massive line n the pain is going down my left arm', 'medical'],
  ['think i missed n hit summat i shouldnt of, my hand\'s gone white n freezing and my fingers r numb', 'medical'],
  ['im 30 weeks and havent felt the baby move since yesterday, been on the pipe, scared to go in', 'medical'],
  ['keep bringing up blood after drinking, like dark bits that look like coffee grounds', 'medical'],
  ['his heart is going like a train after the mcat, sweating buckets and he keeps saying he thinks he\'s going to die', 'medical'],
  ['me dad\'s just had a fit, he stopped the drink on monday. he\'s sat up now but hes all confused and his tongue\'s bleeding', 'medical'],
  ['my waters have gone and I\'m only 31 weeks, I\'m on a methadone script, what do I do', 'medical'],
  ['been hacking up red stuff since i smoked that spice and my chest is burning', 'medical'],
  ['my mate is absolutely roasting, jaw going, shes confused and says her heart is pounding out her chest, we\'re at a festival', 'medical'],

  // suicide (10)
  ['been saving my pregabs up, got about 60 now. plan is to take the lot saturday when the flat\'s empty', 'suicide'],
  ['lol might just walk into the Mersey and save everyone the bother', 'suicide'],
  ['I tried to hang myself in 2019 and the anniversary is coming up next week', 'suicide'],
  ['our kid took his own life in march and i keep thinking about going after him', 'suicide'],
  ['been cutting again lately, my arms are a right mess', 'suicide'],
  ['if owt happens to me make sure Tasha gets the dog. love yous all, sorry x', 'suicide'],
  ['told the nurse i was fine when she asked about ending things but i wasnt being straight with her', 'suicide'],
  ['my pal keeps texting saying we\'d all be better off without him, what do i say back', 'suicide'],
  ['ive had enough, im done with life mate. cant do this no more', 'suicide'],
  ['burnt myself with the lighter on purpose last night just to feel something', 'suicide'],

  // harm (10)
  ['he put his hands round my neck last night cos i spent his money', 'harm'],
  ['dealer says i owe him 400 and if i cant pay it i have to sleep with his mates', 'harm'],
  ['theres lads took over my flat, been here 2 weeks now, selling from it and they wont let me leave', 'harm'],
  ['my stepdad\'s going to batter me when he gets in, he\'s found my stash', 'harm'],
  ['hes outside my door with a knife saying hes gonna do me in', 'harm'],
  ['partner punched me this morning n took my phone, says ill get worse tonight. on my mates phone', 'harm'],
  ['Support worker here. A 16 year old we work with is being made to run county lines and they\'ve threatened her mum', 'harm'],
  ['my son keeps threatening me for money for drugs, he shoved me into the wall yesterday, I\'m frightened of him', 'harm'],
  ['scared to go home, she said if i come back she\'ll stab me', 'harm'],
  ['a guy keeps following me from the hostel, says he knows where i sleep and that im getting done', 'harm'],
];

export const heldOutEveryday: string[] = [
  'these new boots are murdering my feet',
  'gasping for a brew and a roll up',
  'went over a few times back in the 90s, careful now. can you get them fentanyl test strips round here',
  'lost my best mate to an overdose at christmas 2022, still miss him every day',
  'can you get naloxone from a chemist without a prescription in Scotland?',
  'every time I use on my own I worry the bag will be too strong and nobody will find me',
  'I want to kill off the drink for good this time, any tips for a home detox',
  'this pipe will be the death of me, need to get off it',
  'no im not gonna do anything stupid before you start, just skint and fed up. what food banks are open tuesdays in Leeds',
  'Doctor did that questionnaire thing, the one about wanting to end your life, honestly ticked no to all of it, things are good atm',
  'that bit in Trainspotting where Renton goes over still gets me every time',
  'did my first aid course today, we did CPR on the plastic fella, my arms are knackered',
  'my character keeps dying on the same level, this game is killing me',
  'my phone isn\'t responding since I dropped it in the bath, will I still get my script reminders',
  'app\'s not responding again, trying to book a slot at the needle exchange',
  'rang my drug worker 5 times, she\'s not responding, is there anyone else who can sort my script',
  'my brother\'s locked himself in his room and won\'t answer, he\'s in a mood cos I ate his pot noodle',
  'mum\'s not answering her door but she\'s on nights this week so she\'ll be kipping',
  'collapsed a vein in my arm last week, where else is safer to go',
  'got pinned eyes after my methadone, is that normal',
  'passed out on the settee after the pub and woke up with a crick in my neck',
  'had a seizure once coming off benzos back in about 2016, how do I taper safely this time',
  'is it true stopping pregabs dead can give you seizures?',
  'I used to cut myself at school, 15 year ago now, not done it since',
  'my ex used to knock me about but that was years back, I\'m in my own place now',
  'my keyworker\'s gonna kill me, missed another appointment',
  'me da would murder me if he knew i was back on the gear',
  'could kill for a chippy right now',
  'nearly died laughing when the cat fell off the windowsill',
  'the price of a bag round here nearly gave me a heart attack',
  'sick of living like this, in and out of the hostel, want a proper home and a job',
  'finished with the scene, binned my dealer\'s number this morning',
  'if my urine tests keep comin back negative for a few months can i ask my prescriber for take homes so i dont have to go chemist every day for my meth to be supervised',
  'is it safe to mix G and drink? asking before the weekend',
  'went to my cousin\'s funeral today, the gear got him in the end',
  'absolutely dying for a pint, day 12 sober',
  'presented at my recovery group today, absolutely killed it',
  'nodding a bit after my script this morning, does that mean the dose is too high?',
  'just out of rehab, tolerance will be on the floor, how much less should i use so i dont go over',
  'I was stabbed in 2014 and the scar still aches when it\'s cold',
];
