import { DirectLine, type Activity } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';

interface AjaxRequest {
  method?: string;
  url?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * DirectLineJS expects a browser's XMLHttpRequest; in node it gets this fetch-based stand-in instead
 * (same request and response shapes, errors carry `status` as DirectLineJS checks).
 */
function fetchAjax(request: AjaxRequest): Observable<{ status: number; response: unknown }> {
  return Observable.create((subscriber: { next(v: unknown): void; complete(): void; error(e: unknown): void }) => {
    const controller = new AbortController();
    fetch(request.url ?? '', {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
    }).then(
      async (res) => {
        const text = await res.text();
        const response = text ? JSON.parse(text) : null;
        if (res.ok) {
          subscriber.next({ status: res.status, response });
          subscriber.complete();
        } else {
          subscriber.error({ status: res.status, response, xhr: { getResponseHeader: (name: string) => res.headers.get(name) } });
        }
      },
      (error: unknown) => subscriber.error({ status: 0, error }),
    );
    return () => controller.abort();
  });
}

/** Node 20 has no WebSocket; polling never uses it, but DirectLineJS reads the name when it starts. */
class NoWebSocket {}

export function nodeDirectLine(baseUrl: string, token: string, conversationId?: string): DirectLine {
  return new DirectLine({
    domain: `${baseUrl}/v3/directline`,
    token,
    conversationId,
    webSocket: false,
    pollingInterval: 200,
    ajax: fetchAjax,
    WebSocket: NoWebSocket,
  } as unknown as ConstructorParameters<typeof DirectLine>[0]);
}

/** The fields the tests read; DirectLineJS's own Activity union is narrower than what a bot sends. */
export interface SeenActivity {
  id?: string;
  type: string;
  text?: string;
  replyToId?: string;
  from: { id: string; role?: string };
  channelData?: unknown;
}

/** Collects activities as they arrive; `waitFor` resolves when one matches, or fails after `ms`. */
export function collect(directLine: DirectLine): { seen: SeenActivity[]; waitFor(match: (a: SeenActivity) => boolean, ms?: number): Promise<SeenActivity> } {
  const seen: SeenActivity[] = [];
  const waiters: { match: (a: SeenActivity) => boolean; resolve: (a: SeenActivity) => void }[] = [];
  directLine.activity$.subscribe(
    (received) => {
      const activity = received as unknown as SeenActivity;
      seen.push(activity);
      for (const waiter of [...waiters]) {
        if (waiter.match(activity)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(activity);
        }
      }
    },
    // end() makes the poller throw "conversation ended"; that is the expected way out.
    () => undefined,
  );
  return {
    seen,
    waitFor(match, ms = 5000) {
      const already = seen.find(match);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('activity did not arrive in time')), ms);
        waiters.push({ match, resolve: (a) => { clearTimeout(timer); resolve(a); } });
      });
    },
  };
}

export function postMessage(directLine: DirectLine, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    directLine
      .postActivity({ type: 'message', text, from: { id: 'ignored-by-server', role: 'user' } } as Activity)
      .subscribe({ next: resolve, error: reject });
  });
}
