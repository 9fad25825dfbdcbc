import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium, SCREENSHOTS } from './headlessChromium';
import { startWebChat, type RunningWebChat } from './webChatServer';

jest.setTimeout(60_000);

describe('outreach page in headless Chromium', () => {
  let browser: Browser;
  let running: RunningWebChat;

  beforeAll(async () => {
    browser = await launchChromium();
    running = await startWebChat();
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('lets a worker make a link, see a QR code that scans, and print an A6 card', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
    const requests: string[] = [];
    await context.route('**/*', (route) => (route.request().url().startsWith(running.baseUrl) ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    try {
      await page.goto(`${running.baseUrl}/outreach`);
      await page.getByLabel('Area').selectOption('dundee');
      await page.getByLabel('Where it is given out').fill('Drop in, Hilltown');
      await page.getByRole('button', { name: 'Make link' }).click();
      const link = 'https://chat.example.org/a/dundee/drop-in-hilltown';
      await page.getByRole('link', { name: link }).waitFor();
      const qr = page.getByRole('img', { name: `QR code for ${link}` });
      expect(await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
      await page.screenshot({ path: `${SCREENSHOTS}/outreach-360x740.png`, fullPage: true });

      // What a phone camera sees: the QR code as drawn on screen decodes to the link.
      const shot = PNG.sync.read(await qr.screenshot());
      expect(jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data).toBe(link);

      await page.getByRole('link', { name: 'Open the printable card (A6)' }).click();
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 397, height: 559 }); // A6 at 96 dpi
      await page.getByText('A free, anonymous chat about drugs and support. Scan to start.').waitFor();
      expect(await page.getByRole('button', { name: 'Print this card' }).isVisible()).toBe(false);
      await page.screenshot({ path: `${SCREENSHOTS}/outreach-card-a6-print.png` });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      expect(requests.filter((url) => !url.startsWith(running.baseUrl))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
