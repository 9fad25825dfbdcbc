import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';

/** One turn in, the bot's replies out. `delay` replies carry `value` = milliseconds to wait before the next one. */
export type RunTurn = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

/** A single pause longer than this is shortened: a person on a slow phone should not stare at nothing. */
export const MAX_DELAY_MS = 3000;

/**
 * Runs one turn through the real CloudAdapter in-process, with `deliveryMode: 'expectReplies'`, so the
 * self-hosted Direct Line never needs the auth-less `/api/messages` (which would POST replies to any
 * serviceUrl a caller names). Auth must be disabled on this adapter's side: no MicrosoftAppId locally.
 *
 * Replies come back as the adapter buffered them: `trace` and `typing` are dropped (a polling client never
 * sees typing), `delay` is kept with its value clamped to 0..MAX_DELAY_MS so the caller can pace the replies.
 */
export function createInProcessTurn(
  adapter: CloudAdapter,
  logic: (context: TurnContext) => Promise<void>,
): RunTurn {
  return async (activity) => {
    const request = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: { ...activity, deliveryMode: 'expectReplies' } as unknown as Record<string, unknown>,
    };
    const response = new CapturedResponse();
    await adapter.process(request, response, logic);
    if (response.statusCode !== undefined && response.statusCode >= 300) {
      throw new Error(`In-process turn failed with HTTP ${response.statusCode}`);
    }
    return keptReplies(response.body);
  };
}

function keptReplies(body: unknown): Partial<Activity>[] {
  const activities = (body as { activities?: unknown } | undefined)?.activities;
  if (!Array.isArray(activities)) return [];
  const replies: Partial<Activity>[] = [];
  for (const reply of activities as Partial<Activity>[]) {
    if (reply.type === 'trace' || reply.type === 'typing') continue;
    if (reply.type === 'delay') {
      replies.push({ type: 'delay', value: clampDelay(reply.value) });
      continue;
    }
    replies.push(reply);
  }
  return replies;
}

function clampDelay(value: unknown): number {
  const ms = typeof value === 'number' && Number.isFinite(value) ? value : 1000; // botbuilder's own default pause
  return Math.min(Math.max(ms, 0), MAX_DELAY_MS);
}

/** The four calls CloudAdapter makes on a response, recorded instead of written to a socket. */
class CapturedResponse {
  socket: unknown = null;
  statusCode: number | undefined;
  body: unknown;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  header(): this {
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this;
  }

  end(): this {
    return this;
  }
}
