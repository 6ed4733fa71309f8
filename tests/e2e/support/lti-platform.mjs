// @ts-check
/**
 * An LTI 1.3 Advantage platform for the end-to-end tests, written from the
 * 1EdTech specifications (LTI Core 1.3, Security Framework 1.0, Deep Linking
 * 2.0, Assignment and Grade Services 2.0, client-side postMessage storage)
 * and shaped like Moodle 4.5 where the tool must cope with Moodle's ways: a
 * JSON lti_message_hint used once, AGS URLs that carry `?type_id=1`, a
 * `lineitem` claim only when the link has exactly one line item, a 409 for a
 * second score in the same second. It shares no code with the tool.
 *
 *   node tests/e2e/support/lti-platform.mjs <port> <toolOrigin> [clientId]
 *
 * Its issuer is http://localhost:<port>; the tool runs on another site
 * (http://127.0.0.1:<port>), so the tool in the course page's frame is
 * third-party, as it is in a school's LMS. Tests drive it through /_test/*.
 */
import crypto from 'node:crypto';
import http from 'node:http';

import { createRemoteJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';

const port = Number(process.argv[2] ?? 3102);
const toolOrigin = (process.argv[3] ?? 'http://127.0.0.1:3100').replace(/\/$/, '');
const clientId = process.argv[4] ?? 'close-reader-e2e';
const issuer = `http://localhost:${port}`;
const tokenUrl = `${issuer}/token`;
const redirectUri = `${toolOrigin}/lti/launch`;
const deploymentIds = ['1'];

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const AGS_CLAIM = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
const DL_CLAIM = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
const SCOPE = {
  lineitem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineitemReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  result: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
};
const ROLES = {
  Learner: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner', 'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student'],
  Instructor: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor', 'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Staff'],
  Administrator: ['http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator', 'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator'],
};
const ACTIVITY_PROGRESS = ['Initialized', 'Started', 'InProgress', 'Submitted', 'Completed'];
const GRADING_PROGRESS = ['FullyGraded', 'Pending', 'PendingManual', 'Failed', 'NotReady'];

// ---------------------------------------------------------------- state

/** @typedef {{ kid: string, privateKey: CryptoKey, jwk: Record<string, unknown> }} PlatformKey */
/** @type {PlatformKey[]} */
const keys = [];

async function addKey() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `moodle-${crypto.randomBytes(6).toString('hex')}`;
  keys.push({ kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } });
  return kid;
}

/**
 * @typedef {{
 *   id: string, sub: string, name: string, roles: string[], messageType: string,
 *   custom: Record<string, string>, context: { id: string, title: string },
 *   resourceLink: { id: string, title: string }, targetLinkUri: string, deploymentId: string,
 *   tamper?: string, storageTarget?: string, withLineitem: boolean, scoreMaximum: number,
 *   deepLinkData: string | null, hold: boolean, messageHint: string, hintUsed: boolean,
 *   issued?: { id_token: string, state: string }
 * }} Launch
 */
/** @type {Map<string, Launch>} */
const launches = new Map();

/**
 * @typedef {{ n: number, context: string, label: string, scoreMaximum: number, resourceId?: string,
 *   resourceLinkId?: string, tag?: string, lastTimestamp: Map<string, number>,
 *   results: Map<string, { resultScore: number | null, comment?: string }> }} LineItem
 */
/** @type {LineItem[]} */
const lineItems = [];
/** @type {Map<string, { scopes: string[], expires: number, request: number }>} */
const accessTokens = new Map();
const usedJtis = new Set();

const log = {
  tokenRequests: /** @type {{ n: number, scope: string, ok: boolean, error?: string }[]} */ ([]),
  scores: /** @type {Record<string, unknown>[]} */ ([]),
  agsRefusals: /** @type {{ context: string, status: number, reason: string }[]} */ ([]),
  deepLinks: /** @type {Record<string, unknown>[]} */ ([]),
  authErrors: /** @type {{ launch?: string, reason: string }[]} */ ([]),
  storage: /** @type {Record<string, unknown>[]} */ ([]),
};
let agsDownEverywhere = false;
/** @type {Set<string>} contexts whose AGS answers 503 */
const agsDownContexts = new Set();
let counter = 0;
const next = () => String(++counter);

const toolKeySet = createRemoteJWKSet(new URL(`${toolOrigin}/lti/jwks`), { cooldownDuration: 0 });

// ---------------------------------------------------------------- helpers

/** @param {unknown} s */
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {string} title
 * @param {string} body
 */
function page(res, status, title, body) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:sans-serif;margin:0}header{background:#f98012;color:#fff;padding:.5rem 1rem}main{padding:1rem}
iframe[name=tool]{width:100%;height:80vh;border:1px solid #ccc}</style></head><body>${body}</body></html>`);
}

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 * @param {string} [type]
 */
function json(res, status, value, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

/** @param {http.IncomingMessage} req */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** @param {http.IncomingMessage} req */
const contentType = (req) => (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * An auto-submitting form, as Moodle writes them.
 * @param {string} action
 * @param {Record<string, string>} fields
 * @param {{ target?: string, auto?: boolean, id?: string }} [options]
 */
function form(action, fields, { target, auto = true, id = 'ltiform' } = {}) {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${esc(name)}" value="${esc(value)}">`)
    .join('');
  const submit = auto ? `<script>window.addEventListener('load', () => document.getElementById(${JSON.stringify(id)}).submit());</script>` : '';
  return `<form id="${esc(id)}" method="post" action="${esc(action)}"${target ? ` target="${esc(target)}"` : ''}>${inputs}<button type="submit">Continue</button></form>${submit}`;
}

// ---------------------------------------------------------------- launches

/** @param {Record<string, any>} input */
function createLaunch(input) {
  const id = next();
  const roles = (input.roles ?? ['Learner']).flatMap((/** @type {string} */ r) => (r in ROLES ? ROLES[/** @type {keyof ROLES} */ (r)] : [r]));
  const context = input.context ?? { id: `course-${id}`, title: 'History 101' };
  /** @type {Launch} */
  const launch = {
    id,
    sub: String(input.user ?? `user-${id}`),
    name: input.name ?? 'Ada Lovelace',
    roles,
    messageType: input.messageType ?? 'LtiResourceLinkRequest',
    custom: input.custom ?? {},
    context,
    resourceLink: input.resourceLink ?? { id: `link-${id}`, title: 'Reading check' },
    targetLinkUri: input.targetLinkUri ?? `${toolOrigin}/lti/launch`,
    deploymentId: input.deploymentId ?? deploymentIds[0],
    tamper: input.tamper,
    storageTarget: input.storageTarget === true ? 'post_message_forwarding' : input.storageTarget || undefined,
    withLineitem: input.withLineitem ?? true,
    scoreMaximum: input.scoreMaximum ?? 100,
    deepLinkData: input.deepLinkData === undefined ? `{"course":"${context.id}","section":0,"sesskey":"${crypto.randomBytes(5).toString('hex')}"}` : input.deepLinkData,
    hold: Boolean(input.hold),
    // Moodle's hint is JSON naming the module and a launch kept in the session: it must come back byte for byte.
    messageHint: JSON.stringify({ cmid: Number(id), launchid: `ltilaunch${id}_${crypto.randomBytes(4).toString('hex')}` }),
    hintUsed: false,
  };
  launches.set(id, launch);
  if (launch.messageType === 'LtiResourceLinkRequest' && launch.withLineitem) lineItemFor(launch);
  return launch;
}

/** The line item Moodle made for the link (one per link, shared by every launch of it). @param {Launch} launch */
function lineItemFor(launch) {
  const existing = lineItems.find((li) => li.context === launch.context.id && li.resourceLinkId === launch.resourceLink.id);
  if (existing) return existing;
  /** @type {LineItem} */
  const item = {
    n: lineItems.length + 1,
    context: launch.context.id,
    label: launch.resourceLink.title,
    scoreMaximum: launch.scoreMaximum,
    resourceLinkId: launch.resourceLink.id,
    lastTimestamp: new Map(),
    results: new Map(),
  };
  lineItems.push(item);
  return item;
}

/** @param {string} context */
const lineItemsUrl = (context) => `${issuer}/ags/${encodeURIComponent(context)}/lineitems?type_id=1`;
/** @param {LineItem} li */
const lineItemUrl = (li) => `${issuer}/ags/${encodeURIComponent(li.context)}/lineitems/${li.n}/lineitem?type_id=1`;
/** @param {LineItem} li */
const lineItemJson = (li) => ({
  id: lineItemUrl(li),
  label: li.label,
  scoreMaximum: li.scoreMaximum,
  ...(li.resourceId ? { resourceId: li.resourceId } : {}),
  ...(li.resourceLinkId ? { resourceLinkId: li.resourceLinkId } : {}),
  ...(li.tag ? { tag: li.tag } : {}),
});

/** @param {Launch} launch */
function loginFields(launch) {
  return {
    iss: launch.tamper === 'issuer' ? `${issuer}/elsewhere` : issuer,
    target_link_uri: launch.targetLinkUri,
    login_hint: launch.sub,
    lti_message_hint: launch.messageHint,
    client_id: clientId,
    lti_deployment_id: launch.tamper === 'deployment' ? 'unknown-deployment-99' : launch.deploymentId,
    ...(launch.storageTarget ? { lti_storage_target: launch.storageTarget } : {}),
  };
}

/**
 * The id_token for an authentication request, tampered with as the test asked.
 * @param {Launch} launch
 * @param {string} nonce
 */
async function idToken(launch, nonce) {
  const now = Math.floor(Date.now() / 1000);
  const [given, ...family] = launch.name.split(' ');
  /** @type {Record<string, unknown>} */
  const claims = {
    nonce: launch.tamper === 'nonce' ? `${nonce}x` : nonce,
    azp: clientId,
    name: launch.name,
    given_name: given,
    family_name: family.join(' '),
    email: `${launch.sub}@example.org`,
    [`${LTI}deployment_id`]: launch.tamper === 'deployment' ? 'unknown-deployment-99' : launch.deploymentId,
    [`${LTI}target_link_uri`]: launch.targetLinkUri,
    [`${LTI}message_type`]: launch.tamper === 'messageType' ? 'LtiSubmissionReviewRequest' : launch.messageType,
    [`${LTI}version`]: launch.tamper === 'version' ? '1.1.0' : '1.3.0',
    [`${LTI}roles`]: launch.roles,
    [`${LTI}context`]: { id: launch.context.id, label: launch.context.title.slice(0, 10), title: launch.context.title, type: ['CourseSection'] },
    [`${LTI}tool_platform`]: { product_family_code: 'moodle', version: '2024100700', guid: 'localhost', name: 'Moodle (test)', description: 'Moodle (test)' },
    [`${LTI}launch_presentation`]: { locale: 'en', document_target: 'iframe', return_url: `${issuer}/course/${launch.id}/return` },
    [`${LTI}lis`]: { person_sourcedid: '', course_section_sourcedid: '' },
    [`${LTI}custom`]: launch.custom,
    'https://purl.imsglobal.org/spec/lti/claim/ext': { user_username: launch.sub, lms: 'moodle-2' },
  };
  if (launch.messageType === 'LtiResourceLinkRequest') {
    claims[`${LTI}resource_link`] = { id: launch.resourceLink.id, title: launch.resourceLink.title, description: '' };
    const items = lineItems.filter((li) => li.context === launch.context.id && li.resourceLinkId === launch.resourceLink.id);
    claims[AGS_CLAIM] = {
      scope: [SCOPE.lineitem, SCOPE.result, SCOPE.score],
      lineitems: lineItemsUrl(launch.context.id),
      ...(items.length === 1 && items[0] ? { lineitem: lineItemUrl(items[0]) } : {}),
    };
  } else if (launch.messageType === 'LtiDeepLinkingRequest') {
    claims[`${DL_CLAIM}deep_linking_settings`] = {
      deep_link_return_url: `${issuer}/deep-link/return?launch=${launch.id}&course=${encodeURIComponent(launch.context.id)}&sesskey=abc123`,
      accept_types: ['ltiResourceLink'],
      accept_presentation_document_targets: ['frame', 'iframe', 'window'],
      accept_copy_advice: false,
      accept_multiple: true,
      accept_unsigned: false,
      auto_create: false,
      can_confirm: false,
      title: '',
      text: '',
      ...(launch.deepLinkData === null ? {} : { data: launch.deepLinkData }),
    };
  }
  const expired = launch.tamper === 'expired';
  const iat = expired ? now - 600 : now;
  const key = launch.tamper === 'unknownKid' ? await generateKeyPair('RS256').then(({ privateKey }) => ({ privateKey, kid: 'not-in-the-key-set' })) : keys[keys.length - 1];
  if (!key) throw new Error('no key');
  const audience = launch.tamper === 'audience' ? 'another-tool' : clientId;
  if (launch.tamper === 'audience') claims.azp = 'another-tool';
  let token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .setIssuer(launch.tamper === 'issuer' ? `${issuer}/elsewhere` : issuer)
    .setSubject(launch.sub)
    .setAudience(audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 60)
    .sign(key.privateKey);
  if (launch.tamper === 'signature') {
    // Change the payload after signing: a token that was signed, but not as it reads.
    const [header, payload, signature] = token.split('.');
    const decoded = JSON.parse(Buffer.from(/** @type {string} */ (payload), 'base64url').toString('utf8'));
    decoded.name = 'Mallory';
    token = [header, Buffer.from(JSON.stringify(decoded)).toString('base64url'), signature].join('.');
  }
  return token;
}

// ---------------------------------------------------------------- pages

/** The script of the postMessage storage: in the hidden frame, or in the course page when the target is `_parent`. */
function storageScript(/** @type {string} */ launchId) {
  return `<script>
(() => {
  const TOOL = ${JSON.stringify(toolOrigin)};
  const stored = new Map();
  const report = (entry) => fetch('/_test/storage-log', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ launch: ${JSON.stringify(launchId)}, ...entry }), keepalive: true });
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object' || typeof m.subject !== 'string' || !m.subject.startsWith('lti.') || m.subject.endsWith('.response')) return;
    if (event.origin !== TOOL) { report({ subject: m.subject, refused: 'origin ' + event.origin }); return; }
    const answer = (body) => event.source.postMessage({ subject: m.subject + '.response', message_id: m.message_id, ...body }, event.origin);
    const error = (code, message) => answer({ error: { code, message } });
    if (typeof m.message_id !== 'string' && typeof m.message_id !== 'number') return error('bad_request', 'message_id is required');
    report({ subject: m.subject, key: m.key });
    if (m.subject === 'lti.capabilities') {
      return answer({ supported_messages: [{ subject: 'lti.capabilities' }, { subject: 'lti.put_data', frame: 'post_message_forwarding' }, { subject: 'lti.get_data', frame: 'post_message_forwarding' }] });
    }
    if (m.subject === 'lti.put_data') {
      if (typeof m.key !== 'string' || typeof m.value !== 'string') return error('bad_request', 'key and value must be strings');
      stored.set(event.origin + ' ' + m.key, m.value);
      return answer({ key: m.key, value: m.value });
    }
    if (m.subject === 'lti.get_data') {
      if (typeof m.key !== 'string') return error('bad_request', 'key must be a string');
      const value = stored.get(event.origin + ' ' + m.key);
      return value === undefined ? error('bad_request', 'no value for ' + m.key) : answer({ key: m.key, value });
    }
    return error('unsupported_subject', 'unsupported subject ' + m.subject);
  });
})();
</script>`;
}

/**
 * The course page: the tool in a frame, the login started by a form aimed at it.
 * @param {http.ServerResponse} res
 * @param {Launch} launch
 * @param {boolean} top the tool opens in the whole window instead
 */
function coursePage(res, launch, top) {
  const header = `<header><strong>Moodle (test)</strong> · ${esc(launch.context.title)}</header>`;
  if (top) {
    return page(res, 200, launch.resourceLink.title, `${header}<main><p>Opening ${esc(launch.resourceLink.title)}…</p>${form(`${toolOrigin}/lti/login`, loginFields(launch))}</main>`);
  }
  const storageFrame = launch.storageTarget === 'post_message_forwarding' ? `<iframe name="post_message_forwarding" title="Storage" src="/storage-frame?launch=${launch.id}" hidden></iframe>` : '';
  const parentStorage = launch.storageTarget === '_parent' ? storageScript(launch.id) : '';
  page(
    res,
    200,
    `${launch.context.title}: ${launch.resourceLink.title}`,
    `${header}<main><h1>${esc(launch.resourceLink.title)}</h1>${storageFrame}${parentStorage}
<iframe name="tool" title="Close Reader" src="about:blank" sandbox="allow-forms allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads allow-storage-access-by-user-activation" allow="clipboard-write; fullscreen"></iframe>
${form(`${toolOrigin}/lti/login`, loginFields(launch), { target: 'tool' })}</main>`,
  );
}

// ---------------------------------------------------------------- OIDC

/**
 * @param {http.ServerResponse} res
 * @param {URLSearchParams} params
 */
async function authorize(res, params) {
  const hint = params.get('lti_message_hint') ?? '';
  const launch = [...launches.values()].find((l) => l.messageHint === hint);
  const refuse = (/** @type {string} */ reason) => {
    log.authErrors.push({ launch: launch?.id, reason });
    page(res, 400, 'Authentication refused', `<main><h1>Authentication refused</h1><p>${esc(reason)}</p></main>`);
  };
  /** @type {[string, string | undefined][]} */
  const expected = [
    ['scope', 'openid'],
    ['response_type', 'id_token'],
    ['response_mode', 'form_post'],
    ['prompt', 'none'],
    ['client_id', clientId],
    ['redirect_uri', redirectUri],
  ];
  for (const [name, value] of expected) {
    if (params.get(name) !== value) return refuse(`${name} must be ${value}, was ${params.get(name)}`);
  }
  if (!launch) return refuse(`lti_message_hint is not one this platform gave: ${hint}`);
  if (launch.hintUsed) return refuse('lti_message_hint was already used');
  if (params.get('login_hint') !== launch.sub) return refuse(`login_hint must be ${launch.sub}, was ${params.get('login_hint')}`);
  const nonce = params.get('nonce');
  const state = params.get('state');
  if (!nonce) return refuse('nonce is missing');
  if (!state) return refuse('state is missing');
  launch.hintUsed = true;
  const fields = { id_token: await idToken(launch, nonce), state };
  launch.issued = fields;
  if (launch.hold) {
    return page(res, 200, 'Launch held', `<main><h1>Launch held</h1><p>The platform is holding this launch.</p></main>`);
  }
  page(res, 200, 'Launching', `<main><p>Launching…</p>${form(redirectUri, fields)}</main>`);
}

// ---------------------------------------------------------------- OAuth 2 client credentials

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
async function token(req, res) {
  const n = log.tokenRequests.length + 1;
  const entry = { n, scope: '', ok: false, error: /** @type {string | undefined} */ (undefined) };
  log.tokenRequests.push(entry);
  const fail = (/** @type {number} */ status, /** @type {string} */ error, /** @type {string} */ description) => {
    entry.error = `${error}: ${description}`;
    json(res, status, { error, error_description: description });
  };
  if (agsDownEverywhere) return fail(503, 'temporarily_unavailable', 'the platform is down');
  if (req.method !== 'POST') return fail(405, 'invalid_request', 'POST only');
  if (contentType(req) !== 'application/x-www-form-urlencoded') return fail(400, 'invalid_request', `Content-Type must be application/x-www-form-urlencoded, was ${contentType(req)}`);
  const params = new URLSearchParams(await readBody(req));
  entry.scope = params.get('scope') ?? '';
  if (params.get('grant_type') !== 'client_credentials') return fail(400, 'unsupported_grant_type', `grant_type ${params.get('grant_type')}`);
  if (params.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') return fail(400, 'invalid_request', 'client_assertion_type');
  const assertion = params.get('client_assertion') ?? '';
  const requested = (params.get('scope') ?? '').split(' ').filter(Boolean);
  if (requested.length === 0) return fail(400, 'invalid_scope', 'scope is empty');
  try {
    if (!decodeProtectedHeader(assertion).kid) return fail(400, 'invalid_client', 'the client assertion has no kid');
    const { payload } = await jwtVerify(assertion, toolKeySet, { issuer: clientId, subject: clientId, audience: tokenUrl, algorithms: ['RS256'], requiredClaims: ['exp', 'iat', 'jti'] });
    if (usedJtis.has(String(payload.jti))) return fail(400, 'invalid_grant', 'jti already used');
    usedJtis.add(String(payload.jti));
  } catch (error) {
    return fail(401, 'invalid_client', error instanceof Error ? error.message : String(error));
  }
  const allowed = new Set(Object.values(SCOPE));
  const granted = requested.filter((s) => allowed.has(s));
  if (granted.length === 0) return fail(400, 'invalid_scope', `none of ${requested.join(' ')}`);
  const access = crypto.randomBytes(24).toString('hex');
  accessTokens.set(access, { scopes: granted, expires: Date.now() + 3600_000, request: n });
  entry.ok = true;
  json(res, 200, { access_token: access, token_type: 'Bearer', expires_in: 3600, scope: granted.join(' ') });
}

// ---------------------------------------------------------------- AGS

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {URL} url
 */
async function ags(req, res, url) {
  const match = /^\/ags\/([^/]+)\/lineitems(?:\/(\d+)\/lineitem(?:\/(scores|results))?)?$/.exec(url.pathname);
  if (!match) return json(res, 404, { status: 404, reason: 'No such AGS endpoint' });
  const context = decodeURIComponent(/** @type {string} */ (match[1]));
  const refuse = (/** @type {number} */ status, /** @type {string} */ reason) => {
    log.agsRefusals.push({ context, status, reason });
    json(res, status, { status, reason });
  };
  if (agsDownEverywhere || agsDownContexts.has(context)) return refuse(503, 'Service unavailable');
  if (url.searchParams.get('type_id') !== '1') return refuse(400, 'type_id is missing');
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const grant = bearer ? accessTokens.get(bearer) : undefined;
  if (!grant || grant.expires < Date.now()) return refuse(401, 'Missing or invalid access token');
  const needs = (/** @type {string[]} */ scopes) => scopes.some((s) => grant.scopes.includes(s));
  const item = match[2] ? lineItems.find((li) => li.context === context && li.n === Number(match[2])) : undefined;
  if (match[2] && !item) return refuse(404, 'No such line item');

  if (!match[2]) {
    if (req.method === 'GET') {
      if (!needs([SCOPE.lineitem, SCOPE.lineitemReadonly])) return refuse(403, 'scope');
      const link = url.searchParams.get('resource_link_id');
      const resource = url.searchParams.get('resource_id');
      const tag = url.searchParams.get('tag');
      const found = lineItems.filter((li) => li.context === context && (!link || li.resourceLinkId === link) && (!resource || li.resourceId === resource) && (!tag || li.tag === tag));
      return json(res, 200, found.map(lineItemJson), 'application/vnd.ims.lis.v2.lineitemcontainer+json');
    }
    if (req.method === 'POST') {
      if (!needs([SCOPE.lineitem])) return refuse(403, 'scope');
      if (contentType(req) !== 'application/vnd.ims.lis.v2.lineitem+json') return refuse(415, `Content-Type ${contentType(req)}`);
      const body = JSON.parse(await readBody(req));
      if (typeof body.label !== 'string' || !(typeof body.scoreMaximum === 'number' && body.scoreMaximum > 0)) return refuse(400, 'label and a positive scoreMaximum are required');
      /** @type {LineItem} */
      const created = { n: lineItems.length + 1, context, label: body.label, scoreMaximum: body.scoreMaximum, resourceId: body.resourceId, resourceLinkId: body.resourceLinkId, tag: body.tag, lastTimestamp: new Map(), results: new Map() };
      lineItems.push(created);
      return json(res, 201, lineItemJson(created), 'application/vnd.ims.lis.v2.lineitem+json');
    }
    return refuse(405, 'Method not allowed');
  }
  const li = /** @type {LineItem} */ (item);
  if (!match[3]) {
    if (req.method !== 'GET') return refuse(405, 'Method not allowed');
    if (!needs([SCOPE.lineitem, SCOPE.lineitemReadonly])) return refuse(403, 'scope');
    return json(res, 200, lineItemJson(li), 'application/vnd.ims.lis.v2.lineitem+json');
  }
  if (match[3] === 'results') {
    if (req.method !== 'GET') return refuse(405, 'Method not allowed');
    if (!needs([SCOPE.result])) return refuse(403, 'scope');
    const user = url.searchParams.get('user_id');
    const results = [...li.results.entries()]
      .filter(([userId]) => !user || userId === user)
      .map(([userId, r]) => ({
        id: `${lineItemUrl(li).replace('?type_id=1', '')}/results/${encodeURIComponent(userId)}?type_id=1`,
        scoreOf: lineItemUrl(li),
        userId,
        resultScore: r.resultScore,
        resultMaximum: li.scoreMaximum,
        ...(r.comment ? { comment: r.comment } : {}),
      }));
    return json(res, 200, results, 'application/vnd.ims.lis.v2.resultcontainer+json');
  }
  // scores
  if (req.method !== 'POST') return refuse(405, 'Method not allowed');
  if (!needs([SCOPE.score])) return refuse(403, 'scope');
  if (contentType(req) !== 'application/vnd.ims.lis.v1.score+json') return refuse(415, `Content-Type must be application/vnd.ims.lis.v1.score+json, was ${contentType(req)}`);
  /** @type {Record<string, any>} */
  let score;
  try {
    score = JSON.parse(await readBody(req));
  } catch {
    return refuse(400, 'The score is not JSON');
  }
  const timestamp = Date.parse(score.timestamp);
  if (typeof score.userId !== 'string' || score.userId === '') return refuse(400, 'userId is required');
  if (typeof score.timestamp !== 'string' || Number.isNaN(timestamp)) return refuse(400, 'timestamp must be an ISO 8601 date');
  if (!ACTIVITY_PROGRESS.includes(score.activityProgress)) return refuse(400, `activityProgress ${score.activityProgress}`);
  if (!GRADING_PROGRESS.includes(score.gradingProgress)) return refuse(400, `gradingProgress ${score.gradingProgress}`);
  const known = [...launches.values()].some((l) => l.context.id === context && l.sub === score.userId);
  if (!known) return refuse(400, `userId ${score.userId} is not enrolled in ${context}`);
  const graded = score.gradingProgress === 'FullyGraded';
  if (graded && score.scoreGiven !== undefined) {
    if (typeof score.scoreGiven !== 'number' || score.scoreGiven < 0) return refuse(400, 'scoreGiven must be a number ≥ 0');
    if (typeof score.scoreMaximum !== 'number' || score.scoreMaximum <= 0) return refuse(400, 'scoreMaximum must be a number > 0 with scoreGiven');
  }
  const second = Math.floor(timestamp / 1000);
  const last = li.lastTimestamp.get(score.userId);
  if (last !== undefined && last >= second) return refuse(409, 'Refusing score with an earlier timestamp for item and user');
  li.lastTimestamp.set(score.userId, second);
  const resultScore = graded && typeof score.scoreGiven === 'number' ? (score.scoreGiven / score.scoreMaximum) * li.scoreMaximum : null;
  li.results.set(score.userId, { resultScore, comment: typeof score.comment === 'string' ? score.comment : undefined });
  log.scores.push({ context, lineitem: lineItemUrl(li), tokenRequest: grant.request, ...score });
  res.writeHead(200, { 'Cache-Control': 'no-store' });
  res.end();
}

// ---------------------------------------------------------------- Deep Linking return

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {URL} url
 */
async function deepLinkReturn(req, res, url) {
  const launch = launches.get(url.searchParams.get('launch') ?? '');
  const refuse = (/** @type {string} */ reason) => {
    log.deepLinks.push({ launch: launch?.id, ok: false, error: reason });
    page(res, 400, 'Deep linking refused', `<main><h1>Deep linking refused</h1><p>${esc(reason)}</p></main>`);
  };
  if (req.method !== 'POST') return refuse('POST only');
  if (!launch) return refuse('unknown launch in the return URL');
  if (contentType(req) !== 'application/x-www-form-urlencoded') return refuse(`Content-Type ${contentType(req)}`);
  const jwt = new URLSearchParams(await readBody(req)).get('JWT') ?? '';
  /** @type {Record<string, any>} */
  let payload;
  try {
    if (!decodeProtectedHeader(jwt).kid) return refuse('the JWT has no kid');
    ({ payload } = await jwtVerify(jwt, toolKeySet, { issuer: clientId, audience: issuer, algorithms: ['RS256'], requiredClaims: ['exp', 'iat', 'nonce'] }));
  } catch (error) {
    return refuse(`JWT: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (payload[`${LTI}message_type`] !== 'LtiDeepLinkingResponse') return refuse(`message_type ${payload[`${LTI}message_type`]}`);
  if (payload[`${LTI}version`] !== '1.3.0') return refuse(`version ${payload[`${LTI}version`]}`);
  if (payload[`${LTI}deployment_id`] !== launch.deploymentId) return refuse(`deployment_id ${payload[`${LTI}deployment_id`]}`);
  const data = payload[`${DL_CLAIM}data`];
  if (launch.deepLinkData !== null && data !== launch.deepLinkData) return refuse(`data ${JSON.stringify(data)} is not the request's ${launch.deepLinkData}`);
  if (launch.deepLinkData === null && data !== undefined) return refuse(`data ${JSON.stringify(data)} was not in the request`);
  const items = payload[`${DL_CLAIM}content_items`];
  if (!Array.isArray(items)) return refuse('content_items is not an array');
  for (const item of items) {
    if (item?.type !== 'ltiResourceLink') return refuse(`content item type ${item?.type} was not accepted`);
    if (item.lineItem && !(typeof item.lineItem.scoreMaximum === 'number' && item.lineItem.scoreMaximum > 0)) return refuse('lineItem.scoreMaximum must be a positive number');
  }
  log.deepLinks.push({ launch: launch.id, ok: true, items, data, nonce: payload.nonce });
  const titles = items.map((item) => String(item.title ?? '(untitled)'));
  page(res, 200, 'Deep linking received', `<main><h1>Deep linking received: ${esc(titles.join(', '))}</h1><ul>${items.map((item) => `<li>${esc(item.title)} → ${esc(item.url)}</li>`).join('')}</ul></main>`);
}

// ---------------------------------------------------------------- test hooks

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {URL} url
 */
async function testHook(req, res, url) {
  const body = req.method === 'POST' ? await readBody(req) : '';
  const input = body ? JSON.parse(body) : {};
  switch (url.pathname) {
    case '/_test/launch': {
      const launch = createLaunch(input);
      const items = lineItems.filter((li) => li.context === launch.context.id && li.resourceLinkId === launch.resourceLink.id);
      return json(res, 200, {
        launchId: launch.id,
        url: `${issuer}/course/${launch.id}`,
        topUrl: `${issuer}/course/${launch.id}?top=1`,
        replayUrl: `${issuer}/_test/replay/${launch.id}`,
        sub: launch.sub,
        context: launch.context,
        resourceLink: launch.resourceLink,
        lineitem: items.length === 1 && items[0] ? lineItemUrl(items[0]) : null,
      });
    }
    case '/_test/rotate':
      return json(res, 200, { kid: await addKey() });
    case '/_test/ags-down':
      if (input.context) {
        if (input.down) agsDownContexts.add(input.context);
        else agsDownContexts.delete(input.context);
      } else agsDownEverywhere = Boolean(input.down);
      return json(res, 200, { down: input.down });
    case '/_test/storage-log':
      log.storage.push(input);
      return json(res, 200, {});
    case '/_test/state': {
      const launch = launches.get(url.searchParams.get('launch') ?? '');
      const context = url.searchParams.get('context') ?? launch?.context.id;
      const results = Object.fromEntries(
        lineItems.filter((li) => !context || li.context === context).map((li) => [lineItemUrl(li), Object.fromEntries(li.results)]),
      );
      return json(res, 200, {
        tokenRequests: log.tokenRequests.length,
        tokenLog: log.tokenRequests,
        lineItems: lineItems.filter((li) => !context || li.context === context).map(lineItemJson),
        scores: log.scores.filter((s) => !context || s.context === context),
        agsRefusals: log.agsRefusals.filter((r) => !context || r.context === context),
        results,
        deepLinks: log.deepLinks.filter((d) => !launch || d.launch === launch.id),
        authErrors: log.authErrors.filter((e) => !launch || e.launch === launch.id),
        storage: log.storage.filter((s) => !launch || s.launch === launch.id),
        kids: keys.map((k) => k.kid),
      });
    }
  }
  const replay = /^\/_test\/replay\/(\w+)$/.exec(url.pathname);
  const launch = replay ? launches.get(/** @type {string} */ (replay[1])) : undefined;
  if (launch?.issued) return page(res, 200, 'Launching', `<main><p>Launching again…</p>${form(redirectUri, launch.issued)}</main>`);
  return json(res, 404, { error: 'no such test hook, or nothing issued for that launch yet' });
}

// ---------------------------------------------------------------- server

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', issuer);
  try {
    if (url.pathname === '/' || url.pathname === '/jwks') {
      if (url.pathname === '/') return page(res, 200, 'Moodle (test)', '<main><h1>Moodle (test)</h1><p>An LTI 1.3 platform for the end-to-end tests.</p></main>');
      return json(res, 200, { keys: keys.map((k) => k.jwk) });
    }
    if (url.pathname === '/auth') {
      const params = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : url.searchParams;
      return await authorize(res, params);
    }
    if (url.pathname === '/token') return await token(req, res);
    if (url.pathname.startsWith('/ags/')) return await ags(req, res, url);
    if (url.pathname === '/deep-link/return') return await deepLinkReturn(req, res, url);
    if (url.pathname.startsWith('/_test/')) return await testHook(req, res, url);
    if (url.pathname === '/storage-frame') {
      return page(res, 200, 'Storage', storageScript(url.searchParams.get('launch') ?? ''));
    }
    const course = /^\/course\/(\w+)$/.exec(url.pathname);
    const launch = course ? launches.get(/** @type {string} */ (course[1])) : undefined;
    if (launch) return coursePage(res, launch, url.searchParams.has('top'));
    page(res, 404, 'Not found', '<main><h1>Not found</h1></main>');
  } catch (error) {
    console.error(error);
    if (!res.headersSent) json(res, 500, { error: error instanceof Error ? error.message : String(error) });
    else res.end();
  }
});

await addKey();
server.listen(port, 'localhost', () => console.log(`LTI platform at ${issuer} for the tool at ${toolOrigin}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
