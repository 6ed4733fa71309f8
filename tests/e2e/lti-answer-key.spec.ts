import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';

import type { Response } from '@playwright/test';
import { calculateJwkThumbprint, importPKCS8, SignJWT, type JWK } from 'jose';
import { parse } from 'yaml';

import { PLATFORM_NAME, TOOL } from './support/lti-env';
import { expect, LAUNCH, readerInFrame, test, toolFrame } from './support/lti-fixtures';

/** An assessment set: graded through the LMS, its key kept until the last graded attempt. */
const GRADED = 'xi-jinping-in-russia-graded';
const SCORE = `/api/sets/${GRADED}/score`;
const OUTSIDE_A_LAUNCH = 'This set is a graded assessment: open it from your class page in your learning platform to answer it.';

const file = parse(fs.readFileSync(`content/sets/${GRADED}.yaml`, 'utf8')) as { assessment?: boolean; questions: { id: string; explanation: string }[] };
const explanations = file.questions.map((q) => q.explanation);
const ANSWERS = { answers: { 'who-visited': 'Xi Jinping', 'visit-days': 'Three days', 'landed-day': 'Monday', 'hopes-to-be': 'peacemaker' } };

/** Fails naming what leaked, with a short excerpt around it. */
function expectNoKey(body: string, where: string) {
  const unescaped = body.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\"/g, '"');
  for (const needle of [...explanations, '"explanation":', '"correctAnswer":', '"explanations":']) {
    const at = unescaped.indexOf(needle);
    expect(at === -1 ? '' : `${where} leaked ${needle}: …${unescaped.slice(Math.max(0, at - 60), at + 60)}…`).toBe('');
  }
}

/** A session token as the tool writes one, for the graded set, signed with `pem` under the tool's key id. */
async function sessionToken(pem: string, kidFrom: string, times: { iat: number; exp: number }) {
  const publicJwk = createPublicKey(kidFrom).export({ format: 'jwk' }) as JWK;
  return new SignJWT({ typ: 'close-reader-launch', name: 'Eve Intruder', setId: GRADED, platform: PLATFORM_NAME, context: 'History 101' })
    .setProtectedHeader({ alg: 'RS256', kid: await calculateJwkThumbprint(publicJwk) })
    .setSubject('eve')
    .setIssuer(TOOL)
    .setAudience(TOOL)
    .setIssuedAt(times.iat)
    .setExpirationTime(times.exp)
    .sign(await importPKCS8(pem, 'RS256'));
}

test('the graded set is an assessment', () => {
  expect(file.assessment).toBe(true);
});

test('outside a launch, scoring the assessment is refused with 403 and nothing of the key', async ({ request }) => {
  const response = await request.post(SCORE, { data: ANSWERS, failOnStatusCode: false });
  expect(response.status()).toBe(403);
  const body = await response.text();
  expect(JSON.parse(body)).toEqual({ error: OUTSIDE_A_LAUNCH });
  expectNoKey(body, 'the 403');
});

test('a forged or expired session token is refused with 401 and nothing of the key', async ({ request }) => {
  const toolKey = process.env.E2E_LTI_PRIVATE_KEY ?? '';
  expect(toolKey).toContain('PRIVATE KEY');
  const now = Math.floor(Date.now() / 1000);
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const tokens = {
    // Another key, presented under the tool's key id.
    forged: await sessionToken(otherKey, toolKey, { iat: now, exp: now + 3600 }),
    // The tool's own key, but over.
    expired: await sessionToken(toolKey, toolKey, { iat: now - 4 * 3600, exp: now - 3600 }),
  };
  for (const [what, token] of Object.entries(tokens)) {
    const response = await request.post(SCORE, { data: ANSWERS, headers: { Authorization: `Bearer ${token}` }, failOnStatusCode: false });
    expect(response.status(), what).toBe(401);
    const body = await response.text();
    expect(JSON.parse(body).error, what).toMatch(/open the set again from your class page/i);
    expectNoKey(body, `the 401 for a ${what} token`);
  }
});

test('outside a launch, the set page and the public API carry no key, and the page says to open it from the class page', async ({ page, request }) => {
  expectNoKey(await (await request.get(`/api/sets/${GRADED}`)).text(), 'GET /api/sets');
  expectNoKey(await (await request.get(`/sets/${GRADED}`)).text(), 'the set page');
  expectNoKey(await (await request.get(`/sets/${GRADED}`, { headers: { RSC: '1' } })).text(), 'the set page’s RSC payload');

  await page.goto(`/sets/${GRADED}`);
  await expect(page.getByText(OUTSIDE_A_LAUNCH)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit answers' })).toBeDisabled();
});

test('a launched student sees no key before submitting, and the session token opens no other set', async ({ page, platform }) => {
  const bodies: Promise<string>[] = [];
  page.on('response', (response: Response) => {
    if (response.url().startsWith(TOOL)) bodies.push(response.text().catch(() => ''));
  });
  const launch = await platform.launch({ name: 'Mae Jemison', custom: { set: GRADED } });
  await page.goto(launch.url);
  const tool = toolFrame(page);
  await expect(tool.getByText('Answering as Mae Jemison')).toBeVisible(LAUNCH);
  await expect(tool.getByTestId('quiz-status')).toHaveAttribute('data-hydrated', 'true', LAUNCH);
  await tool.locator('section[data-question="who-visited"]').getByRole('radio', { name: 'Xi Jinping', exact: true }).check();
  await expect(tool.getByRole('button', { name: 'Submit answers' })).toBeEnabled();

  const all = await Promise.all(bodies);
  expect(all.length).toBeGreaterThan(0);
  expectNoKey(all.join('\n'), 'a response to the launched reader');
  expectNoKey(await tool.locator('body').innerHTML(), 'the launched reader');

  // The launch's session token is for this set only.
  const url = page.frame({ name: 'tool' })?.url() ?? '';
  const token = new URL(url).hash.replace(/^#lti=/, '');
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  const elsewhere = await page.request.post('/api/sets/xi-jinping-in-russia/score', { data: { answers: { 'city-xi-landed-in': 'Moscow' } }, headers: { Authorization: `Bearer ${token}` }, failOnStatusCode: false });
  expect(elsewhere.status()).toBe(401);
});

test('a launched student’s only graded attempt is sent, and then the key is shown', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Chien-Shiung Wu', custom: { set: GRADED }, context: { id: `course-${Date.now()}`, title: 'Current Events 8' } });
  await page.goto(launch.url);
  const reader = readerInFrame(page);
  await expect(toolFrame(page).getByText('Answering as Chien-Shiung Wu')).toBeVisible(LAUNCH);
  await reader.waitForSavedAnswers();
  await reader.choose('who-visited', 'Xi Jinping');
  await reader.choose('visit-days', 'Three days');
  await reader.type('landed-day', 'Monday');
  await reader.choose('who-said-hopes', 'Moritz Rudolf');
  await reader.choose('arms-claim', 'False');
  await reader.type('hopes-to-be', 'peacemaker');
  await reader.submit();

  await expect(reader.score()).toHaveText(/^Your score: 6 of 6\b/, LAUNCH);
  await expect(toolFrame(page).getByText('Your score was sent to Current Events 8.')).toBeVisible();
  await expect(reader.feedback('visit-days')).toContainText('The article calls it “the three-day visit.”');
  const { scores } = await platform.state(launch);
  expect(scores).toEqual([expect.objectContaining({ userId: launch.sub, scoreGiven: 6, scoreMaximum: 6, gradingProgress: 'FullyGraded' })]);
});
