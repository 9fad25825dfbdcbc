import { startWebChat, type RunningWebChat } from './webChatServer';

async function post(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function startedConversation(running: RunningWebChat, link: Record<string, string> = {}) {
  const issued = (await post(running.baseUrl, '/api/directline/token', link)).body as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${issued.token}` };
  await post(running.baseUrl, '/v3/directline/conversations', {}, auth);
  return { ...issued, auth, activitiesPath: `/v3/directline/conversations/${issued.conversationId}/activities` };
}

async function botReplies(running: RunningWebChat, conversation: { auth: Record<string, string>; activitiesPath: string }) {
  await running.handle.settled();
  const res = await fetch(`${running.baseUrl}${conversation.activitiesPath}`, { headers: conversation.auth });
  const page = (await res.json()) as { activities: { from: { role: string }; text?: string }[] };
  return page.activities.filter((a) => a.from.role === 'bot').map((a) => a.text);
}

describe('registerWebChat', () => {
  let running: RunningWebChat;
  afterEach(async () => {
    jest.restoreAllMocks();
    await running.close();
  });

  it('serves the page with strict security headers and no third-party address in it', async () => {
    running = await startWebChat();
    const res = await fetch(`${running.baseUrl}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('set-cookie')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<button type="button" id="quick-exit"');
    expect(html).toContain('Clear conversation');
    expect(html.match(/(src|href)="https?:/g)).toBeNull();
  });

  it('serves the full Web Chat bundle compressed, from its own origin', async () => {
    running = await startWebChat();
    const page = await (await fetch(`${running.baseUrl}/`)).text();
    const script = /<script src="(\/webchat\/[^"]+\/webchat\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const res = await fetch(`${running.baseUrl}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(Number(res.headers.get('content-length'))).toBeLessThan(1_000_000);
    expect(await res.text()).toContain('AdaptiveCard'); // fetch decodes; the full bundle carries Adaptive Cards
  });

  it('counts a start by cleaned source and known area only', async () => {
    running = await startWebChat();
    await post(running.baseUrl, '/api/directline/token', { area: 'glasgow', src: 'NX Central!' });
    await post(running.baseUrl, '/api/directline/token', { area: 'atlantis', src: '' });
    expect(running.starts).toEqual([
      ['nx-central', 'glasgow'],
      [undefined, undefined],
    ]);
  });

  it('tells the bot once, as Azure does, that the bot and the user joined a new conversation', async () => {
    running = await startWebChat();
    const conversation = await startedConversation(running);
    await post(running.baseUrl, '/v3/directline/conversations', {}, conversation.auth); // a second start is a reconnect
    await running.handle.settled();
    expect(running.bot.membersAdded).toEqual([['changetalk', expect.stringMatching(/^user-/)]]);
  });

  it('gives the bot a cleaned join event', async () => {
    running = await startWebChat();
    const conversation = await startedConversation(running);
    await post(running.baseUrl, conversation.activitiesPath, {
      type: 'event',
      name: 'webchat/join',
      value: { area: 'glasgow', src: 'NX Central', locale: 'en-GB', phone: '07700 900000' },
    }, conversation.auth);
    await running.handle.settled();
    expect(running.bot.joins).toEqual([{ area: 'glasgow', src: 'nx-central', locale: 'en-GB' }]);
  });

  it('passes a message longer than the page allows to the bot all the same: a crisis can be anywhere in it', async () => {
    running = await startWebChat({ maxMessageLength: 20 });
    const conversation = await startedConversation(running);
    const posted = await post(running.baseUrl, conversation.activitiesPath, { type: 'message', text: 'x'.repeat(21) }, conversation.auth);
    expect(posted.status).toBe(200);
    const replies = await botReplies(running, conversation);
    expect(replies).toEqual([expect.stringContaining('x'.repeat(21))]);
  });

  it('answers kindly when the bot fails, and never logs what the person wrote', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    running = await startWebChat({
      runTurn: async () => {
        throw new Error('bot fell over');
      },
    });
    const conversation = await startedConversation(running);
    await post(running.baseUrl, conversation.activitiesPath, { type: 'message', text: 'my private words' }, conversation.auth);
    expect(await botReplies(running, conversation)).toEqual(['Sorry, something went wrong on my side. Could you send that again?']);
    expect(JSON.stringify(logged.mock.calls)).toContain('bot fell over');
    expect(JSON.stringify(logged.mock.calls)).not.toContain('my private words');
  });

  it('paces replies by the delays the bot asks for', async () => {
    running = await startWebChat({
      runTurn: async (activity) =>
        activity.type !== 'message'
          ? []
          : [
              { type: 'message', text: 'first' },
              { type: 'delay', value: 1500 },
              { type: 'message', text: 'second' },
            ],
    });
    const conversation = await startedConversation(running);
    await post(running.baseUrl, conversation.activitiesPath, { type: 'message', text: 'hi' }, conversation.auth);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const early = await fetch(`${running.baseUrl}${conversation.activitiesPath}`, { headers: conversation.auth });
    const earlyTexts = ((await early.json()) as { activities: { text?: string }[] }).activities.map((a) => a.text);
    expect(earlyTexts).toEqual(['hi', 'first']);
    expect(await botReplies(running, conversation)).toEqual(['first', 'second']);
  });

  it('refuses a body over the size limit with 413', async () => {
    running = await startWebChat({ maxBodyBytes: 1024 });
    const conversation = await startedConversation(running);
    const posted = await post(running.baseUrl, conversation.activitiesPath, { type: 'message', text: 'y'.repeat(2000) }, conversation.auth);
    expect(posted.status).toBe(413);
    expect(await botReplies(running, conversation)).toEqual([]);
  });

  it('works behind a global body parser, and still refuses a body over the limit', async () => {
    running = await startWebChat({ maxBodyBytes: 1024 }, { globalBodyParser: true });
    const conversation = await startedConversation(running);
    const ok = await post(running.baseUrl, conversation.activitiesPath, { type: 'message', text: 'hi' }, conversation.auth);
    expect(ok.status).toBe(200);
    expect(await botReplies(running, conversation)).toEqual(['You said: hi']);
    const tooBig = await post(running.baseUrl, conversation.activitiesPath, { type: 'message', text: 'y'.repeat(2000) }, conversation.auth);
    expect(tooBig.status).toBe(413);
  });

  it('refuses activity types other than messages and events', async () => {
    running = await startWebChat();
    const conversation = await startedConversation(running);
    const posted = await post(running.baseUrl, conversation.activitiesPath, { type: 'conversationUpdate' }, conversation.auth);
    expect(posted.status).toBe(400);
  });

  it('limits posts per conversation with 429 and Retry-After', async () => {
    running = await startWebChat({ limits: { postsPerConversation: { limit: 2, windowSeconds: 60 } } });
    const conversation = await startedConversation(running);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const posted = await post(running.baseUrl, conversation.activitiesPath, { type: 'message', text: `m${i}` }, conversation.auth);
      statuses.push(posted.status);
      retryAfter = posted.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Another conversation from the same address is not affected.
    const other = await startedConversation(running);
    expect((await post(running.baseUrl, other.activitiesPath, { type: 'message', text: 'hi' }, other.auth)).status).toBe(200);
  });

  it('limits polls per conversation, not per address, so a shared address cannot cut off other chats', async () => {
    running = await startWebChat({
      limits: { requestsPerAddress: { limit: 5, windowSeconds: 60 }, pollsPerConversation: { limit: 8, windowSeconds: 60 } },
    });
    const conversation = await startedConversation(running); // two requests: token (own limit) and start
    const poll = () => fetch(`${running.baseUrl}${conversation.activitiesPath}`, { headers: conversation.auth });
    const statuses: number[] = [];
    for (let i = 0; i < 9; i += 1) statuses.push((await poll()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
  });

  it('limits token requests per address with 429', async () => {
    running = await startWebChat({ limits: { tokensPerAddress: { limit: 2, windowSeconds: 600 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await post(running.baseUrl, '/api/directline/token', {})).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('limits all requests per address with 429', async () => {
    running = await startWebChat({ limits: { requestsPerAddress: { limit: 3, windowSeconds: 60 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetch(`${running.baseUrl}/static/chat.css`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('registerWebChat with Azure Direct Line', () => {
  let running: RunningWebChat;
  afterEach(async () => {
    jest.restoreAllMocks();
    await running.close();
  });

  it('trades the secret for a token server-side and points the page at Azure', async () => {
    const calls: { url: string; authorization: string | null }[] = [];
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), authorization: new Headers(init?.headers).get('authorization') });
      return new Response(JSON.stringify({ conversationId: 'azure-conv', token: 'azure-token', expires_in: 3600 }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    running = await startWebChat({ directLineSecret: 'the-secret', fetchImpl: fakeFetch });
    const issued = await post(running.baseUrl, '/api/directline/token', { area: 'dundee' });
    expect(issued.body).toEqual({ conversationId: 'azure-conv', token: 'azure-token', expires_in: 3600 });
    expect(calls).toEqual([{ url: 'https://directline.botframework.com/v3/directline/tokens/generate', authorization: 'Bearer the-secret' }]);
    expect(JSON.stringify(issued.body)).not.toContain('the-secret');
    expect(running.starts).toEqual([[undefined, 'dundee']]);

    const page = await fetch(`${running.baseUrl}/`);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' https://directline.botframework.com");
    expect(await page.text()).toContain('directline.botframework.com/v3/directline');
  });

  it('answers 502 with a plain message when Azure refuses', async () => {
    const failing = (async () => new Response('nope', { status: 403 })) as typeof fetch;
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    running = await startWebChat({ directLineSecret: 'wrong-secret', fetchImpl: failing });
    const issued = await post(running.baseUrl, '/api/directline/token', {});
    expect(logged).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(logged.mock.calls)).not.toContain('wrong-secret');
    expect(issued.status).toBe(502);
    expect(issued.body.error.message).toBe('The chat could not start. Please try again.');
    expect(running.starts).toEqual([]);
  });
});

describe('registerWebChat settings', () => {
  it('fails at start-up with a message naming a bad setting', async () => {
    await expect(startWebChat({ quickExitUrl: 'javascript:alert(1)' })).rejects.toThrow('QUICK_EXIT_URL (quickExitUrl) must be a full http(s) address');
    await expect(startWebChat({ publicUrl: 'chat.example.org' })).rejects.toThrow('PUBLIC_URL (publicUrl)');
    await expect(startWebChat({ tokenSecret: 'short' })).rejects.toThrow('tokenSecret must be at least 32 characters');
  });
});
