import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { rateLimitByAddress } from '../../../bot/web/rateLimit';
import { securityHeaders } from '../../../bot/web/securityHeaders';

describe('middleware the main server applies to every route', () => {
  it('adds the security headers and a per-address limit to routes it does not own', async () => {
    const server = restify.createServer();
    server.use(securityHeaders());
    server.use(rateLimitByAddress({ limit: 2, windowSeconds: 60 }, { pathPrefixes: ['/api/'] }));
    server.get('/api/health', async (_req: restify.Request, res: restify.Response) => void res.send(200, { ok: true }));
    server.get('/other', async (_req: restify.Request, res: restify.Response) => void res.send(200, { ok: true }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 3; i += 1) {
        last = await fetch(`${base}/api/health`);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(last?.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(last?.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(last?.headers.get('referrer-policy')).toBe('no-referrer');
      for (let i = 0; i < 3; i += 1) expect((await fetch(`${base}/other`)).status).toBe(200); // outside the prefixes
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
