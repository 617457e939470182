// A small HTTP load balancer on loopback, as any would stand in front of the webhook instances: requests go to the
// upstreams in turn; one that refuses the connection (down) is skipped for the next; one that dies mid-request
// gives the client a 502, so the client (Telegram) delivers again.
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  port: number;
  /** Requests forwarded to each upstream (by port). */
  forwarded: Map<number, number>;
  close(): Promise<void>;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startRoundRobinProxy(upstreams: readonly number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const forwarded = new Map<number, number>();
  const attempt = (port: number, req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: Record<string, string>; body: Buffer } | 'refused' | 'failed'>((resolve) => {
      const out = request(
        { host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${port}` } },
        (res) => {
          readAll(res).then(
            (data) => resolve({ status: res.statusCode ?? 502, headers: { 'content-type': String(res.headers['content-type'] ?? 'text/plain') }, body: data }),
            () => resolve('failed'),
          );
        },
      );
      out.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED' ? 'refused' : 'failed'));
      out.end(body);
    });

  const server = createServer((req, res) => {
    void readAll(req).then(async (body) => {
      for (let tries = 0; tries < upstreams.length; tries++) {
        const port = upstreams[next++ % upstreams.length]!;
        const outcome = await attempt(port, req, body);
        if (outcome === 'refused') continue;
        if (outcome === 'failed') return void res.writeHead(502).end('upstream failed');
        forwarded.set(port, (forwarded.get(port) ?? 0) + 1);
        return void res.writeHead(outcome.status, outcome.headers).end(outcome.body);
      }
      res.writeHead(503).end('no upstream');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
