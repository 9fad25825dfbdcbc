import { loadContent } from '../content/loadContent';
import { indexSubstances } from '../nlp/findSubstances';
import { takeTurn, type ConversationRecord } from '../dialogs/takeTurn';
import { ukEmergencyContacts } from '../dialogs/emergencyContacts';
const { content, problems } = loadContent();
if (!content) throw new Error(JSON.stringify(problems));
const deps = { content, lexicons: { substances: indexSubstances(content.substances) }, contacts: ukEmergencyContacts };
const scripts: Record<string,string[]> = {
 ready: ['yes', 'I want to cut down on the gear', "it's costing me a fortune and my mum is worried", 'I feel rubbish about it to be honest', '8', 'my kids need me', '6', 'I stopped for a week last year', 'yes', 'I could ring the drug service on Monday', 'my mates might come round, I will tell them not to', 'yes please', 'thanks'],
 notReady: ['ok', 'i smoke weed every night', 'it helps me sleep', 'i dont want to stop', 'i like it', 'its not a problem', 'no', 'bye'],
};
for (const [name, lines] of Object.entries(scripts)) {
  let record: ConversationRecord | undefined; let r = 0, q = 0;
  let out = takeTurn(record, { kind: 'started' }, deps); record = out.record;
  const show = (o: typeof out) => { for (const m of o.plan.messages) { console.log(`   [${m.kind}] ${m.text}`); } const kinds = o.plan.messages.map(m=>m.kind); if (kinds.some(k=>k.startsWith('reflection')||k==='summary')) r++; if (kinds.some(k=>k.endsWith('question'))) q++; };
  console.log(`=== ${name}`); show(out);
  lines.forEach((line, i) => { out = takeTurn(record, { kind: 'message', text: line }, deps); record = out.record; console.log(`${i+1}> ${line}   (${out.step})`); show(out); });
  console.log(`R=${r} Q=${q}`);
}
