import type { Request, Response, Server } from 'restify';
import { chatPagePath, cleanArea, cleanSource, shortChatLink, type Area } from './outreachLink';
import { outreachCard, outreachPage } from './outreachPage';
import { qrPng, qrSvg } from './outreachQr';
import { sendCompressed } from './staticAssets';

export interface OutreachSettings {
  areas: readonly Area[];
  publicUrl: string;
}

/**
 * Short links (`/a/:area/:src` → `/?area=…&src=…`) and the outreach worker's pages: link, QR code
 * (SVG for screens, PNG to download) and a printable A6 card.
 */
export function registerOutreachRoutes(server: Server, settings: OutreachSettings): void {
  const redirect = (req: Request, res: Response): void => {
    const area = cleanArea(req.params.area, settings.areas);
    const src = cleanSource(req.params.src);
    res.header('Cache-Control', 'no-store');
    res.redirect(302, chatPagePath(area, src), () => undefined);
  };
  server.get('/a/:area', async (req: Request, res: Response) => redirect(req, res));
  server.get('/a/:area/:src', async (req: Request, res: Response) => redirect(req, res));

  server.get('/outreach', async (req: Request, res: Response) => {
    const chosen = chosenLink(req, settings);
    await sendCompressed(req, res, outreachPage({ areas: settings.areas, made: chosen }), 'text/html; charset=utf-8');
  });

  server.get('/outreach/card', async (req: Request, res: Response) => {
    const chosen = chosenLink(req, settings);
    if (!chosen) return void res.send(400, { error: 'Choose an area first.' });
    await sendCompressed(req, res, outreachCard(chosen.link, chosen.query), 'text/html; charset=utf-8');
  });

  server.get('/outreach/qr.svg', async (req: Request, res: Response) => {
    const chosen = chosenLink(req, settings);
    if (!chosen) return void res.send(400, { error: 'Choose an area first.' });
    const svg = Buffer.from(await qrSvg(chosen.link));
    res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Content-Length': svg.length, 'Cache-Control': 'no-store' });
    res.end(svg);
  });

  server.get('/outreach/qr.png', async (req: Request, res: Response) => {
    const chosen = chosenLink(req, settings);
    if (!chosen) return void res.send(400, { error: 'Choose an area first.' });
    const png = await qrPng(chosen.link);
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length, 'Cache-Control': 'no-store' });
    res.end(png);
  });
}

function chosenLink(req: Request, settings: OutreachSettings): { area: string; src: string | undefined; link: string; query: string } | undefined {
  const query = new URL(req.url ?? '/', 'http://local').searchParams;
  const area = cleanArea(query.get('area'), settings.areas);
  if (!area) return undefined;
  const src = cleanSource(query.get('src'));
  const cleanQuery = new URLSearchParams({ area, ...(src ? { src } : {}) }).toString();
  return { area, src, link: shortChatLink(settings.publicUrl, area, src), query: cleanQuery };
}
