import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { copySource } from './support/copy-source';
import { expect, test } from './fixtures';

// Apart from the other servers the tests start (playwright.config.ts, library-pages.spec.ts).
const PORT = Number(process.env.E2E_STANDALONE_PORT ?? 3104);

test('a standalone build, run from a folder without the source, serves every set and scores', async ({ request }) => {
  test.setTimeout(600_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-source-'));
  const deployed = fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-deployed-'));
  let server: ChildProcess | undefined;
  try {
    copySource(work);
    execFileSync(process.execPath, ['scripts/run-script.mjs', 'content-check'], { cwd: work, stdio: 'pipe' });
    execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
      cwd: work,
      env: { ...process.env, NEXT_OUTPUT: 'standalone', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
    // As the Next.js docs deploy it: the standalone server, plus the static files beside it. No source, no content folder.
    fs.cpSync(path.join(work, '.next/standalone'), deployed, { recursive: true, dereference: true });
    fs.cpSync(path.join(work, '.next/static'), path.join(deployed, '.next/static'), { recursive: true });
    fs.rmSync(work, { recursive: true, force: true });
    expect(fs.existsSync(path.join(deployed, 'app'))).toBe(false);

    server = spawn(process.execPath, ['server.js'], { cwd: deployed, env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1' }, stdio: 'pipe' });
    const base = `http://127.0.0.1:${PORT}`;
    await expect.poll(async () => (await request.get(`${base}/`, { failOnStatusCode: false }).catch(() => null))?.status(), { timeout: 30_000 }).toBe(200);

    const sets = fs.readdirSync('content/sets').filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));
    for (const id of sets) {
      expect((await request.get(`${base}/sets/${id}`)).status(), id).toBe(200);
      const api = await request.get(`${base}/api/sets/${id}`);
      const { questions, assessment } = (await api.json()) as { questions: { id: string }[]; assessment: boolean };
      const scored = await request.post(`${base}/api/sets/${id}/score`, { data: { answers: Object.fromEntries(questions.map((q) => [q.id, null])) } });
      // An assessment is scored only inside a launch from a learning platform.
      expect(scored.status(), id).toBe(assessment ? 403 : 200);
      if (!assessment) expect(((await scored.json()) as { results: unknown[] }).results).toHaveLength(questions.length);
    }
    const right = await request.post(`${base}/api/sets/xi-jinping-in-russia/score`, { data: { answers: { 'city-xi-landed-in': 'Moscow' } } });
    expect(await right.json()).toMatchObject({ score: 1, maxScore: 1 });
  } finally {
    server?.kill();
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(deployed, { recursive: true, force: true });
  }
});
