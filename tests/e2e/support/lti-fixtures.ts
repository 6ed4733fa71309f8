import { test as base, type FrameLocator, type Page, type Route } from '@playwright/test';

import { SetPage } from '../../pages/set-page';

import { PLATFORM, TOOL } from './lti-env';

/** What a test asks the platform for: who launches what, and what to get wrong. */
export interface LaunchOptions {
  user?: string;
  name?: string;
  roles?: string[];
  messageType?: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';
  custom?: Record<string, string>;
  context?: { id: string; title: string };
  resourceLink?: { id: string; title: string };
  tamper?: 'signature' | 'audience' | 'expired' | 'deployment' | 'issuer' | 'nonce' | 'version' | 'messageType' | 'unknownKid';
  storageTarget?: boolean | '_parent';
  withLineitem?: boolean;
  scoreMaximum?: number;
  deepLinkData?: string | null;
  /** The platform issues the id_token but does not post it: the test delivers it with replayUrl. */
  hold?: boolean;
}

export interface Launch {
  launchId: string;
  /** The course page holding the tool in a frame. */
  url: string;
  /** The same launch in the whole window. */
  topUrl: string;
  /** Posts the launch's id_token and state to the tool again, from whichever browser opens it. */
  replayUrl: string;
  sub: string;
  context: { id: string; title: string };
  resourceLink: { id: string; title: string };
  lineitem: string | null;
}

export interface Score {
  context: string;
  lineitem: string;
  tokenRequest: number;
  userId: string;
  scoreGiven?: number;
  scoreMaximum?: number;
  comment?: string;
  timestamp: string;
  activityProgress: string;
  gradingProgress: string;
}

export interface DeepLink {
  launch: string;
  ok: boolean;
  error?: string;
  data?: string;
  items?: { type: string; title?: string; text?: string; url?: string; custom?: Record<string, string>; lineItem?: { scoreMaximum: number; label?: string; resourceId?: string } }[];
}

export interface PlatformState {
  tokenRequests: number;
  tokenLog: { n: number; scope: string; ok: boolean; error?: string }[];
  /** The course's gradebook columns. */
  lineItems: { id: string; label: string; scoreMaximum: number; resourceId?: string; resourceLinkId?: string; tag?: string }[];
  scores: Score[];
  agsRefusals: { context: string; status: number; reason: string }[];
  deepLinks: DeepLink[];
  authErrors: { launch?: string; reason: string }[];
  storage: { launch: string; subject: string; key?: string; refused?: string }[];
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${PLATFORM}${path}`, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The test platform, driven as its administrator would set it up. */
export class Platform {
  launch(options: LaunchOptions = {}): Promise<Launch> {
    return call('/_test/launch', options);
  }

  state(launch: Pick<Launch, 'launchId'>): Promise<PlatformState> {
    return call(`/_test/state?launch=${launch.launchId}`);
  }

  /** The course's gradebook service answers 503 (down) or works again. */
  agsDown(launch: Pick<Launch, 'context'>, down: boolean): Promise<unknown> {
    return call('/_test/ags-down', { context: launch.context.id, down });
  }

  rotateKey(): Promise<{ kid: string }> {
    return call('/_test/rotate', {});
  }
}

/** How long a launch may take to open the reader: a login, the platform, a launch and a hydrated page, on busy cores. */
export const LAUNCH = { timeout: 60_000 };

/** The tool in the course page's frame. */
export const toolFrame = (page: Page): FrameLocator => page.frameLocator('iframe[name="tool"]');

/**
 * The reader in the course page's frame, driven like the reader on its own page:
 * SetPage only looks things up in its page, which a frame locator does alike.
 */
export const readerInFrame = (page: Page): SetPage => new SetPage(toolFrame(page) as unknown as Page);

/**
 * A browser whose cookies never reach the tool: every request the tool's pages
 * make for a document or data goes out from the test, without the Cookie header
 * the browser would send, and comes back without Set-Cookie. Returns how many
 * requests went that way, so a test can show the route was taken.
 */
export async function withoutToolCookies(page: Page, path = '/lti/**'): Promise<{ count: number }> {
  const seen = { count: 0 };
  await page.route(`${TOOL}${path}`, async (route: Route) => {
    const request = route.request();
    if (!['document', 'fetch', 'xhr'].includes(request.resourceType())) return route.continue();
    seen.count++;
    const headers = { ...request.headers() };
    delete headers.cookie;
    const response = await fetch(request.url(), { method: request.method(), headers, body: request.postData() ?? undefined, redirect: 'manual' });
    const answer: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie' && name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding') answer[name] = value;
    });
    await route.fulfill({ status: response.status, headers: answer, body: Buffer.from(await response.arrayBuffer()) });
  });
  return seen;
}

/** What a refused launch must never show: a server's stack trace. */
export const STACK_TRACE = /\n\s+at |node_modules|\.[cm]?[jt]sx?:\d+:\d+|Error: .*\n/;

export const test = base.extend<{ platform: Platform }>({
  platform: async ({}, provide) => {
    await provide(new Platform());
  },
});

export { expect } from '@playwright/test';
