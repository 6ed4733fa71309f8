import fs from 'node:fs';

import type { APIRequestContext } from '@playwright/test';
import { parse } from 'yaml';

import { expect, test } from './fixtures';

interface SeedQuestion {
  id: string;
  kind: string;
  explanation: string;
  accept?: string[];
  answer?: string;
}

const seed = parse(fs.readFileSync('content/sets/xi-jinping-in-russia.yaml', 'utf8')) as { questions: SeedQuestion[] };

/** Everything the server sends a student before any answer is checked: HTML, RSC payload, every script. */
async function everythingSent(request: APIRequestContext): Promise<{ html: string; all: string }> {
  const html = await (await request.get('/sets/xi-jinping-in-russia')).text();
  const rsc = await (await request.get('/sets/xi-jinping-in-russia', { headers: { RSC: '1' } })).text();
  const api = await (await request.get('/api/sets/xi-jinping-in-russia')).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  expect(scripts.length).toBeGreaterThan(0);
  const bodies = await Promise.all(scripts.map(async (src) => (await request.get(src)).text()));
  return { html, all: [html, rsc, api, ...bodies].join('\n') };
}

/** Fails with a short excerpt around the leak, not the whole payload. */
function expectAbsent(haystack: string, needle: string, what: string) {
  const at = haystack.indexOf(needle);
  expect(at === -1 ? '' : `${what} leaked: …${haystack.slice(Math.max(0, at - 80), at + needle.length + 80)}…`).toBe('');
}

test('no explanation, hidden accepted answer or answer marker reaches the browser before checking', async ({ request }) => {
  const { html, all } = await everythingSent(request);
  const visibleText = html.replace(/<[^>]+>/g, ' ');
  const decoded = all.replace(/\\u2019/g, '’').replace(/\\u201c/g, '“').replace(/\\u201d/g, '”').replace(/\\"/g, '"');

  for (const question of seed.questions) {
    expectAbsent(decoded, question.explanation, `the explanation of ${question.id}`);
    for (const accepted of question.accept ?? []) {
      if (!visibleText.includes(accepted)) expectAbsent(decoded, accepted, `the accepted answer "${accepted}" of ${question.id}`);
    }
  }
  // Serialised data (HTML, RSC, JSON) would carry the key's fields as "name": value.
  for (const key of ['answer', 'answers', 'accept', 'explanation', 'evidence', 'correctAnswer', 'distractors', 'pairs']) {
    expectAbsent(decoded, `"${key}":`, `the field "${key}"`);
  }
});
