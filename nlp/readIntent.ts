import type { Answer, Command } from './messageAnalysis';

/** Short answers and conversation commands. Both only count when they are (nearly) the whole message. */

const commandPhrases: [Command, RegExp][] = [
  // Deleting is never a loss the person did not ask for, but "forget it" (never mind) must not delete anything.
  ['forget', /^(please )?((can|could|will|would) you )?(please )?(delete|erase|wipe|remove|forget|clear|get rid of) (all (of )?)?(my|me|everything|this|the|our|all of it|it all|all that|what i (said|wrote|typed|sent))( (data|chat|chats|conversation|messages|message history|history|info|information|details|stuff|records|transcript|words|everything))?( (i have |i )?(said|wrote|written|typed|sent)( here)?)?( please| now| thanks| for me)?$|^forget me$|^(delete|erase|wipe)( it| it all| all| everything)?$/],
  ['restart', /^(start (again|over|from the beginning)|restart|reset|begin again|new chat|can we start again)$/],
  ['stop', /^(stop|bye|bye bye|goodbye|good bye|cya|see ya|see you|quit|exit|end|end chat|the end|i have to go|i got to go|got to go|i am going now|i am off|leave it there|enough for today|that is enough for now|no more)( now| then| thanks| for now)?$/],
  ['privacy', /^(privacy|data|my data|what do you keep|what do you store|what do you save|is this (anonymous|private|confidential)|who can see this|who reads this|what happens to (my data|what i say|my messages))\??$/],
  // "are you a real person?", "ur just a bot": an honest answer, not a reflection of feeling got at.
  ['areYouABot', /^(are you|r you|is this|is that|am i (talking|speaking|chatting|texting) (to|with))( just| only)? (a |an )?(real )?(person|human|bot|robot|machine|computer|ai|chat ?bot|real person|actual person)( or (a |an )?(bot|robot|person|human|real person|machine|ai))?( mate)?$|^(you are|your|you re|ur|u r)( just| only)? (a |an )?(bot|robot|machine|computer|chat ?bot)$|^(is there|are there) (a |an )?(real )?(person|human|someone|somebody) (there|reading this|on the other end)$/],
  ['help', /^(help|menu|what can you do|how does this work|what is this|what are you|who are you|options|commands|\?)$/],
];

const answerPhrases: [Answer, RegExp][] = [
  ['unsure', /^(maybe|perhaps|not sure|i am not sure|unsure|i do not know|do not know|no idea|no clue|not a clue|haven't a clue|have not a clue|possibly|kind of|sort of|depends|i suppose|suppose so|i guess so)\b/],
  ['no', /^(no|nah|nope|naw|no thanks|no thank you|not now|not really|not today|rather not|i would rather not|no way|not yet|leave it|not interested)\b/],
  ['yes', /^(yes|yeah|yep|yup|aye|sure|ok|okay|alright|all right|go on|go ahead|fine|please|why not|sounds good|i guess|ok then|yes please|definitely|of course|i think so|that would help|it would|yeah go on)\b/],
];

/** Letters, digits, apostrophes and question marks only, single-spaced: the words of a short reply. */
export function bare(normalised: string): string {
  return normalised.replace(/[^a-z0-9' ?]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function readCommand(normalised: string): Command | null {
  const text = bare(normalised).replace(/\s*\?$/, (q) => (normalised.trim() === '?' ? q : ''));
  for (const [command, pattern] of commandPhrases) if (pattern.test(text)) return command;
  return null;
}

export function readAnswer(normalised: string): Answer | null {
  const text = bare(normalised);
  if (text.split(' ').length > 8) return null;
  // "ye" and "ye please" are yes; normalising has already turned "ye" into "you" (Scots "are ye ok").
  if (/^you( please)?$/.test(text)) return 'yes';
  for (const [answer, pattern] of answerPhrases) if (pattern.test(text)) return answer;
  return null;
}

/**
 * "crap", "shit mate", "not great", "been better", "what's the point": a bare answer to "how are things?" that says they are bad. Only
 * the whole message counts: "the gear is shit" is about the gear, not how they are.
 */
export function saysThingsAreBad(normalised: string): boolean {
  return /^(honestly |tbh |to be honest |pretty |really |proper |well |bit |a bit |fucking |so |very |just )*(crap|shit|shite|shitty|awful|bad|terrible|rubbish|horrible|grim|rough|hard|tough|not great|not good|not so good|not too good|not well|not brilliant|not the best|been better|could be better|pants|shocking|dire|bleak|hell|a mess|a nightmare|struggling|hanging|rank|miserable|heavy|hard going|same old shit|same shit|(what|wtf|what the fuck|what the hell) is the point( of it| in it)?)( mate| tbh| to be honest| really| at the moment| right now| lately| atm| as usual| thanks| ta| even)*$/.test(
    bare(normalised),
  );
}

/** "hi", "hiya", "hello again", "you there?": a greeting on its own. */
export function readGreeting(normalised: string): boolean {
  return /^(hi+|hiya|hey+|hello+|yo|alright|morning|evening|afternoon|hi there|hello again|hi again|anyone there|you there|are you there)\b[ !?.]*(again|mate|there)?[ !?.]*$/.test(bare(normalised));
}
