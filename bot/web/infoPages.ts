import type { Request, Response } from 'restify';
import type restify from 'restify';
import type { PagesFile } from '../../content/schemas/pages';
import { retentionWords } from '../../content/retentionWords';
import { htmlText } from './htmlText';
import { plainPage } from './plainPage';

/** /privacy and /terms, from content/pages.yaml, so editors keep them true to what the bot does. */
export function registerInfoPages(server: restify.Server, pages: () => PagesFile | undefined, retentionDays: number): void {
  for (const name of ['privacy', 'terms'] as const) {
    server.get(`/${name}`, async (_req: Request, res: Response) => {
      const page = pages()?.[name];
      if (!page) return void res.send(503, { error: 'This page is not available right now.' });
      const paragraphs = page.paragraphs.map((text) => `<p>${htmlText(text.replace(/\{retentionDays\}/g, retentionWords(retentionDays)))}</p>`).join('\n');
      const html = plainPage(page.title, `\n<main class="info">\n<h1>${htmlText(page.title)}</h1>\n${paragraphs}\n<p><a href="/">Back to the chat</a></p>\n</main>`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(html);
    });
  }
}
