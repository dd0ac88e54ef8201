/**
 * Graceful shutdown of the real process (`probation-graph serve` against the test Neo4j): SIGTERM
 * lets a request that is already in flight finish, then the process exits cleanly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, resetAndSeed } from '../support/database.ts';
import { inject } from 'vitest';
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const db = openTestDatabase();
  await resetAndSeed(db);
  await db.close();
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request on SIGTERM, then exits 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/probation-graph.js', 'serve'], {
      cwd: root,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), SEED_ON_START: 'false', PORT: String(port), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const deadline = Date.now() + 60_000;
    while (!out.includes('GraphQL:') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain('GraphQL:');

    // A request whose body is still arriving when SIGTERM comes.
    const body = JSON.stringify({ query: '{ regions { name } }' });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const r = await response;
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).data.regions.length).toBeGreaterThan(0);
    expect(await exited).toBe(0);
    expect(out).toContain('Stopped.');
  }, 120_000);
});
