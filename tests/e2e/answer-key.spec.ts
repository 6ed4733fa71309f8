import fs from 'node:fs';
import path from 'node:path';

import type { APIRequestContext } from '@playwright/test';
import { parse } from 'yaml';

import { checkLibrary, loadSet, readContentFiles } from '@/lib/check';

import { expect, test } from './fixtures';

interface SetFile {
  questions: { id: string; explanation: string; accept?: string[] }[];
}

/** The library as the server loads it, for the keys only it may know: the right sentences of citing questions. */
const library = checkLibrary(readContentFiles(process.cwd()));
function citedKeys(setId: string): Record<string, string[]> {
  const set = library.sets.find((s) => s.id === setId);
  const article = set && library.articles.get(set.article);
  if (!set || !article) throw new Error(`"${setId}" does not load`);
  return loadSet(set, article).citedKeys;
}

/** What a question may show before it is checked, by kind; Part B shows its prompt and points. */
const SHOWN: Record<string, string[]> = {
  // `pinned`: the places of entries that stay where the author wrote them, shown so to everyone.
  'single-choice': ['options', 'pinned'],
  'multiple-select': ['options', 'pinned'],
  claim: ['claim'],
  'who-said': ['quote', 'speakers', 'pinned'],
  'match-speakers': ['quotes', 'speakers'],
  matching: ['items', 'matches'],
  date: ['options', 'pinned'],
  numeric: ['unit'],
  order: ['items'],
  'short-text': ['typos'],
  'cite-evidence': ['claim'],
};

const setIds = fs
  .readdirSync('content/sets')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => path.basename(name, '.yaml'));

/** Everything the server sends a student before any answer is checked: HTML, RSC payload, the public API, every script. */
async function everythingSent(request: APIRequestContext, setId: string): Promise<{ html: string; all: string }> {
  const html = await (await request.get(`/sets/${setId}`)).text();
  const rsc = await (await request.get(`/sets/${setId}`, { headers: { RSC: '1' } })).text();
  const api = await (await request.get(`/api/sets/${setId}`)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  expect(scripts.length).toBeGreaterThan(0);
  const bodies = await Promise.all(scripts.map(async (src) => (await request.get(src)).text()));
  const all = [html, rsc, api, ...bodies].join('\n');
  // JSON and RSC escape some characters; compare against what a reader would see.
  return { html, all: all.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\"/g, '"') };
}

/** Fails with a short excerpt around the leak, not the whole payload. */
function expectAbsent(haystack: string, needle: string, what: string) {
  const at = haystack.indexOf(needle);
  expect(at === -1 ? '' : `${what} leaked: …${haystack.slice(Math.max(0, at - 80), at + needle.length + 80)}…`).toBe('');
}

for (const setId of setIds) {
  test(`${setId}: no explanation, hidden accepted answer or answer marker reaches the browser before checking`, async ({ request }) => {
    const set = parse(fs.readFileSync(`content/sets/${setId}.yaml`, 'utf8')) as SetFile;
    const { html, all } = await everythingSent(request, setId);
    const visibleText = html.replace(/<[^>]+>/g, ' ');

    for (const question of set.questions) {
      expectAbsent(all, question.explanation, `the explanation of ${question.id}`);
      for (const accepted of question.accept ?? []) {
        if (!visibleText.includes(accepted)) expectAbsent(all, accepted, `the accepted answer "${accepted}" of ${question.id}`);
      }
    }
    // Serialised data (HTML, RSC, JSON) would carry the key's fields as "name": value.
    for (const key of ['answer', 'answers', 'accept', 'explanation', 'evidence', 'correctAnswer', 'distractors', 'pairs', 'correct', 'tolerance', 'range']) {
      expectAbsent(all, `"${key}":`, `the field "${key}"`);
    }
  });
}

for (const setId of setIds) {
  test(`${setId}: no question shows more than it needs, and no right sentence of a citing question is sent before checking`, async ({ request }) => {
    const { all, html } = await everythingSent(request, setId);
    const shown = (await (await request.get(`/api/sets/${setId}`)).json()) as { questions: Record<string, unknown>[] };
    for (const question of shown.questions) {
      const allowed = ['id', 'kind', 'prompt', 'points', 'cite', ...(SHOWN[String(question.kind)] ?? [])];
      expect(Object.keys(question).filter((key) => !allowed.includes(key)), String(question.id)).toEqual([]);
      if (question.cite !== undefined) expect(Object.keys(question.cite as object).sort(), `${String(question.id)}: Part B`).toEqual(['points', 'prompt']);
    }
    const keys = Object.entries(citedKeys(setId));
    if (setId === 'xi-jinping-in-russia') expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const [id, sentences] of keys) {
      expect(sentences.length, id).toBeGreaterThan(0);
      // As a list, however serialised: every sentence's own id is on the page, never the ones that answer a question.
      expectAbsent(all, JSON.stringify(sentences), `the right sentences of ${id}`);
      if (sentences.length > 1) expectAbsent(all, sentences.map((s) => `"${s}"`).join(', '), `the right sentences of ${id}`);
    }
    // The page marks no sentence as selected or right before anything is checked.
    for (const marker of ['data-selected="', 'data-evidence="', 'data-cite-box="', 'checked="']) expectAbsent(html, marker, `the marker ${marker}`);
  });
}
