import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, SCREENSHOTS } from './headlessChromium';
import { startWebChat, type RunningWebChat } from './webChatServer';

const EXIT_URL = 'https://www.bbc.co.uk/weather';

jest.setTimeout(90_000);

interface Watched {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, except the quick-exit navigation itself. */
  requests: string[];
  cspViolations: string[];
  /** Uncaught exceptions and console errors on the page. */
  errors: string[];
}

describe('chat page in headless Chromium', () => {
  let browser: Browser;
  let running: RunningWebChat;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    running = await startWebChat({ quickExitUrl: EXIT_URL });
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  /** A page whose every request is recorded; anything off our origin is answered locally, never fetched. */
  const offOrigin = (urls: string[]) =>
    urls.filter((url) => !url.startsWith(running.baseUrl) && !url.startsWith(`blob:${running.baseUrl}/`));

  async function openPage(viewport: { width: number; height: number }): Promise<Watched> {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    const requests: string[] = [];
    const cspViolations: string[] = [];
    const isLocal = (url: string) => offOrigin([url]).length === 0;
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      if (url === EXIT_URL) return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>Weather' });
      requests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (request.url() !== EXIT_URL) requests.push(request.url());
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      else if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return { page, context, requests, cspViolations, errors };
  }

  /** A message bubble in the transcript (Web Chat also keeps hidden copies for screen readers). */
  const shown = (page: Page, text: string) => page.locator('.webchat__bubble__content').getByText(text, { exact: true }).first();

  /** Waits until every sent message has come back from the server (Web Chat's "Sending" is gone). */
  const allSent = (page: Page) => expectCount(page.locator('.webchat__bubble--from-user').getByText('Sending', { exact: true }), 0);
  const sendBox = (page: Page) => page.locator('[data-id="webchat-sendbox-input"]');

  async function send(page: Page, text: string): Promise<void> {
    await sendBox(page).fill(text);
    await sendBox(page).press('Enter');
  }

  it('chats on a 360 px phone: join from the link, reply, restore on reload, clear, and nothing leaves the origin', async () => {
    const { page, context, requests, cspViolations, errors } = await openPage({ width: 360, height: 740 });
    try {
      await page.goto(`${running.baseUrl}/a/glasgow/nx-central`);
      await shown(page, 'Hello. This is an anonymous chat.').waitFor();
      expect(running.bot.joins).toContainEqual({ area: 'glasgow', src: 'nx-central', locale: 'en-GB' });
      expect(new URL(page.url()).search).toBe(''); // the link's values are taken out of the address bar
      // Quick exit is the first thing a keyboard reaches.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('quick-exit');

      await send(page, 'hi');
      await shown(page, 'You said: hi').waitFor();
      await allSent(page);
      await expectCount(page.getByText('Send failed'), 0);
      await page.screenshot({ path: `${SCREENSHOTS}/chat-360x740.png` });

      expect(await page.locator('[aria-live]').count()).toBeGreaterThan(0); // Web Chat narrates new messages
      for (const landmark of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(landmark).count()).toBe(1);

      await page.reload();
      await shown(page, 'You said: hi').waitFor();
      expect(await page.evaluate('document.cookie')).toBe('');
      expect(await page.evaluate('Object.keys(sessionStorage)')).toEqual(['chat.session']);

      const startsBeforeClear = running.starts.length;
      await page.getByRole('button', { name: 'Clear conversation' }).click();
      await page.locator('#page-status', { hasText: 'Conversation cleared. A new one has started.' }).waitFor();
      await shown(page, 'Hello. This is an anonymous chat.').waitFor();
      await expectCount(page.getByText('You said: hi'), 0);
      await expectCount(page.locator('.webchat__bubble__content').getByText('Hello. This is an anonymous chat.', { exact: true }), 1);
      expect(running.starts.length).toBe(startsBeforeClear + 1); // exactly one new conversation

      expect(offOrigin(requests)).toEqual([]);
      expect(requests.length).toBeGreaterThan(3);
      expect(cspViolations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('looks right on a 1280 px screen', async () => {
    const { page, context, requests, cspViolations, errors } = await openPage({ width: 1280, height: 800 });
    try {
      await page.goto(`${running.baseUrl}/?area=dundee&src=drop-in`);
      await shown(page, 'Hello. This is an anonymous chat.').waitFor();
      await send(page, 'what is this');
      await shown(page, 'You said: what is this').waitFor();
      // HTML in a message is shown as text, never rendered (markdownRenderHTML: false).
      await send(page, '<b>bold</b>');
      await shown(page, 'You said: <b>bold</b>').waitFor();
      expect(await page.locator('.webchat__bubble__content b').count()).toBe(0);
      // Services arrive as Adaptive Cards with suggested replies; both must render under the strict CSP.
      await send(page, 'card');
      await page.getByText('Example drop-in service', { exact: true }).waitFor();
      await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: 'Tell me more' }).click();
      await shown(page, 'You said: Tell me more').waitFor();
      await allSent(page);
      await page.screenshot({ path: `${SCREENSHOTS}/chat-1280x800.png` });
      expect(offOrigin(requests)).toEqual([]);
      expect(cspViolations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('quick exit replaces the page, leaves no way back to the chat, and forgets the conversation', async () => {
    const { page, context } = await openPage({ width: 360, height: 740 });
    try {
      await page.goto(`${running.baseUrl}/a/glasgow`);
      await send(page, 'secret words');
      await shown(page, 'You said: secret words').waitFor();
      await page.getByRole('button', { name: 'Exit' }).click();
      await page.waitForURL(EXIT_URL);
      await page.goBack().catch(() => null);
      expect(page.url().startsWith(running.baseUrl)).toBe(false);

      await page.goto(`${running.baseUrl}/`);
      await shown(page, 'Hello. This is an anonymous chat.').waitFor();
      await expectCount(page.getByText('secret words'), 0);
    } finally {
      await context.close();
    }
  });

  it('Exit works while a slow phone is still downloading Web Chat', async () => {
    const { page, context } = await openPage({ width: 360, height: 740 });
    let releaseBundle: () => void = () => undefined;
    await page.route('**/webchat/*/webchat.js', async (route) => {
      await new Promise<void>((resolve) => {
        releaseBundle = resolve;
      });
      await route.continue().catch(() => undefined);
    });
    try {
      const quickExitLoaded = page.waitForResponse((response) => response.url().endsWith('/static/quickExit.js'));
      await page.goto(`${running.baseUrl}/`, { waitUntil: 'commit' });
      await quickExitLoaded;
      await page.waitForFunction('document.readyState !== "loading" || !!document.getElementById("quick-exit")');
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the small script run
      expect(await page.evaluate('typeof window.WebChat')).toBe('undefined');
      await page.getByRole('button', { name: 'Exit' }).click();
      await page.waitForURL(EXIT_URL);
    } finally {
      releaseBundle();
      await context.close();
    }
  });

  it('pressing Esc twice also exits', async () => {
    const { page, context } = await openPage({ width: 360, height: 740 });
    try {
      await page.goto(`${running.baseUrl}/`);
      await shown(page, 'Hello. This is an anonymous chat.').waitFor();
      await sendBox(page).press('Escape');
      await sendBox(page).press('Escape').catch(() => undefined); // the page may already be gone
      await page.waitForURL(EXIT_URL);
    } finally {
      await context.close();
    }
  });
});

/** Waits up to 5 s for exactly `count` matches (playwright-core has no `expect` of its own). */
async function expectCount(locator: Locator, count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  let found = await locator.count();
  while (found !== count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    found = await locator.count();
  }
  expect(found).toBe(count);
}
