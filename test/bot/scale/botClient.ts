/** A Bot Framework channel in miniature: posts one activity with deliveryMode expectReplies and reads the replies. */
export interface Reply {
  text: string;
  step: string | undefined;
  kind: string | undefined;
}

export const channelId = 'scale-test';

/** One turn's activity as a local caller sends it: replies come back in the response (expectReplies). */
export function turnActivity(channel: string, conversationId: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    channelId: channel,
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: 'person', role: 'user' },
    recipient: { id: 'changetalk', role: 'bot' },
    ...fields,
  };
}

let activityCount = 0;

export async function postTurn(base: string, conversationId: string, fields: Record<string, unknown>): Promise<Reply[]> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(turnActivity(channelId, conversationId, { id: `activity-${++activityCount}`, ...fields })),
  });
  if (response.status !== 200) throw new Error(`POST /api/messages answered ${response.status}`);
  const body = (await response.json()) as { activities?: Array<{ type: string; text?: string; channelData?: { mi?: { kind?: string; step?: string } } }> };
  return (body.activities ?? [])
    .filter((activity) => activity.type === 'message')
    .map((activity) => ({ text: activity.text ?? '', step: activity.channelData?.mi?.step, kind: activity.channelData?.mi?.kind }));
}

export function say(base: string, conversationId: string, text: string): Promise<Reply[]> {
  return postTurn(base, conversationId, { type: 'message', text });
}

export function join(base: string, conversationId: string): Promise<Reply[]> {
  return postTurn(base, conversationId, { type: 'conversationUpdate', membersAdded: [{ id: 'person' }] });
}

/** Where ConversationState (and so ConversationRecords) keeps a conversation. */
export function conversationKey(conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}

/** The machine's message counter in a stored item: one per message answered after the welcome. */
export function turnsIn(item: unknown): number | undefined {
  return (item as { record?: { conversation?: { snapshot?: { context?: { turns?: number } } } } } | undefined)?.record?.conversation?.snapshot?.context?.turns;
}

export { readyToChange } from '../../fixtures/readyToChange';
