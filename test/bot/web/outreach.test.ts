import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chatPagePath, cleanArea, cleanSource, shortChatLink } from '../../../bot/web/outreachLink';
import { startWebChat, TEST_AREAS, type RunningWebChat } from './webChatServer';

describe('outreach links', () => {
  it('turns a typed source label into a short, safe slug', () => {
    expect(cleanSource('NX Central')).toBe('nx-central');
    expect(cleanSource('  Hostel #2 / Leith  ')).toBe('hostel-2-leith');
    expect(cleanSource('<script>')).toBe('script');
    expect(cleanSource('!!!')).toBeUndefined();
    expect(cleanSource(42)).toBeUndefined();
    expect(cleanSource('a'.repeat(39) + ' b')?.length).toBeLessThanOrEqual(40);
    expect(cleanSource('a'.repeat(39) + ' b')).not.toMatch(/-$/);
  });

  it('keeps only known areas', () => {
    expect(cleanArea('glasgow', TEST_AREAS)).toBe('glasgow');
    expect(cleanArea('Glasgow', TEST_AREAS)).toBeUndefined();
    expect(cleanArea('atlantis', TEST_AREAS)).toBeUndefined();
  });

  it('builds the short link from the public URL and the page path it lands on', () => {
    expect(shortChatLink('https://chat.example.org/', 'glasgow', 'nx-central')).toBe('https://chat.example.org/a/glasgow/nx-central');
    expect(shortChatLink('https://chat.example.org', 'glasgow', undefined)).toBe('https://chat.example.org/a/glasgow');
    expect(chatPagePath('glasgow', 'nx-central')).toBe('/?area=glasgow&src=nx-central');
    expect(chatPagePath(undefined, undefined)).toBe('/');
  });
});

describe('outreach routes', () => {
  let running: RunningWebChat;
  beforeAll(async () => {
    running = await startWebChat();
  });
  afterAll(async () => {
    await running.close();
  });

  it('redirects a short link to the chat page with cleaned values', async () => {
    const res = await fetch(`${running.baseUrl}/a/glasgow/NX%20Central`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/?area=glasgow&src=nx-central');
    const unknown = await fetch(`${running.baseUrl}/a/atlantis`, { redirect: 'manual' });
    expect(unknown.headers.get('location')).toBe('/');
  });

  it('offers every area and, once chosen, the link from PUBLIC_URL with its QR code and card', async () => {
    const blank = await (await fetch(`${running.baseUrl}/outreach`)).text();
    for (const area of TEST_AREAS) expect(blank).toContain(`<option value="${area.id}">${area.name}</option>`);
    expect(blank).not.toContain('Your link');
    const made = await (await fetch(`${running.baseUrl}/outreach?area=dundee&src=Drop+in`)).text();
    expect(made).toContain('https://chat.example.org/a/dundee/drop-in');
    expect(made).toContain('src="/outreach/qr.svg?area=dundee&amp;src=drop-in"');
    expect(made).toContain('href="/outreach/card?area=dundee&amp;src=drop-in"');
  });

  it('draws a PNG QR code that decodes to the link', async () => {
    const res = await fetch(`${running.baseUrl}/outreach/qr.png?area=glasgow&src=nx-central`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe('https://chat.example.org/a/glasgow/nx-central');
  });

  it('draws an SVG QR code for screens and cards', async () => {
    const res = await fetch(`${running.baseUrl}/outreach/qr.svg?area=glasgow`);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('prints an A6 card with the QR code, one line on what the chat is, and the link', async () => {
    const card = await (await fetch(`${running.baseUrl}/outreach/card?area=glasgow&src=nx-central`)).text();
    expect(card).toContain('A free, anonymous chat about drugs and support. Scan to start.');
    expect(card).toContain('https://chat.example.org/a/glasgow/nx-central');
    expect(card).toContain('<img class="card-qr" src="/outreach/qr.svg?area=glasgow&amp;src=nx-central"');
    const css = await (await fetch(`${running.baseUrl}/static/outreach.css`)).text();
    expect(css).toMatch(/@page \{ size: A6/);
  });

  it('refuses a QR code or card without a known area', async () => {
    expect((await fetch(`${running.baseUrl}/outreach/qr.png?area=atlantis`)).status).toBe(400);
    expect((await fetch(`${running.baseUrl}/outreach/card`)).status).toBe(400);
  });
});
