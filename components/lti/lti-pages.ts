/**
 * The pages the LTI endpoints answer with, as HTML text: they are shown for a
 * moment inside the platform's frame (or to say what went wrong), before the
 * app itself, so they stand alone with a little inline style. Every value is
 * escaped; each script carries the response's nonce, and reads its data from
 * a JSON block rather than from text spliced into code.
 */
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON safe inside a <script type="application/json"> block. */
const jsonBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const STYLE = `
  :root { color-scheme: light dark; font: 17px/1.5 system-ui, sans-serif; }
  body { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.4rem; line-height: 1.25; }
  .note { color: GrayText; }
  button, .button { font: inherit; padding: .5rem 1rem; border-radius: .4rem; border: 1px solid currentColor; background: Canvas; color: LinkText; cursor: pointer; }
  button:focus-visible, a:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
`;

function page(title: string, body: string, nonce?: string, script?: string, data?: unknown): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Close Reader</title><style>${STYLE}</style></head>
<body><main>${body}</main>${data === undefined ? '' : `<script type="application/json" id="lti-data">${jsonBlock(data)}</script>`}${script && nonce ? `<script nonce="${nonce}">${script}</script>` : ''}</body>
</html>`;
}

/** A launch or login that was refused: what failed, and what an administrator should check. */
export function refusalPage(refusal: { what: string; check: string }, heading = 'This launch was refused'): string {
  return page(
    heading,
    `<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(refusal.what)}</p>
<h2>What to check</h2>
<p>${escapeHtml(refusal.check)}</p>
<p class="note">If you are a student, tell your teacher what this page says. Administrators: docs/lti.md in Close Reader’s repository explains each step.</p>`,
  );
}

export function ltiOffPage(reasons: readonly string[]): string {
  return page(
    'LTI is off',
    `<h1>LTI is off on this Close Reader</h1>
<p>Close Reader cannot be launched from a learning platform here yet:</p>
<ul>${reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>
<p class="note">Everything else works as before. Administrators: docs/lti.md explains how to turn LTI on.</p>`,
  );
}

/** Shared by the pages that talk to the platform's postMessage storage (1EdTech's client-side OIDC storage). */
const STORAGE_SCRIPT = `
function storageFrame(target) {
  var host = window.parent !== window ? window.parent : window.opener;
  if (!host) return null;
  if (target === '_parent') return host;
  try { return host.frames[target] || null; } catch (e) { return null; }
}
function ask(frame, origin, message, ms) {
  return new Promise(function (resolve) {
    var id = Math.random().toString(36).slice(2) + Date.now().toString(36);
    var timer = setTimeout(function () { finish(null); }, ms);
    function finish(result) { clearTimeout(timer); window.removeEventListener('message', listen); resolve(result); }
    function listen(event) {
      var d = event.data;
      if (event.origin !== origin || !d || typeof d !== 'object' || d.message_id !== id) return;
      finish(d.subject === message.subject + '.response' && !d.error ? d : null);
    }
    window.addEventListener('message', listen);
    try { frame.postMessage(Object.assign({ message_id: id }, message), origin); } catch (e) { finish(null); }
  });
}
`;

export interface LoginPageData {
  authUrl: string;
  /** The platform's postMessage storage, where it offered one: what to keep there. */
  storage?: { target: string; origin: string; key: string; value: string };
  /** Answers whether this browser sent the login's cookie back. */
  cookieCheckUrl: string;
  /** The same login in a window of its own, where the browser keeps the cookie. */
  newWindowUrl: string;
}

/**
 * The answer to a login initiation: keep the login's binding where this
 * browser can show it again (the platform's postMessage storage where
 * offered, else the cookie, where the browser keeps it inside the frame),
 * then go on to the platform. A frame that can keep neither offers a new window.
 */
export function loginPage(data: LoginPageData, nonce: string): string {
  const script = `${STORAGE_SCRIPT}
var data = JSON.parse(document.getElementById('lti-data').textContent);
function go() { window.location.replace(data.authUrl); }
function kept() {
  var s = data.storage;
  var frame = s && storageFrame(s.target);
  if (!frame) return Promise.resolve(false);
  return ask(frame, s.origin, { subject: 'lti.capabilities' }, 1000).then(function () {
    return ask(frame, s.origin, { subject: 'lti.put_data', key: s.key, value: s.value }, 3000);
  }).then(function (answer) { return Boolean(answer); });
}
function cookieKept() {
  return fetch(data.cookieCheckUrl, { credentials: 'include', cache: 'no-store' })
    .then(function (r) { return r.json(); }).then(function (j) { return j.kept === true; }, function () { return false; });
}
(window.top === window.self ? Promise.resolve(true) : kept().then(function (ok) { return ok || cookieKept(); })).then(function (ok) {
  if (ok) return go();
  document.getElementById('waiting').hidden = true;
  document.getElementById('blocked').hidden = false;
  document.getElementById('new-window').addEventListener('click', function () {
    window.open(data.newWindowUrl, '_blank');
    document.getElementById('opened').hidden = false;
  });
});`;
  return page(
    'Signing in',
    `<h1 id="waiting">Opening Close Reader…</h1>
<div id="blocked" hidden>
  <h1>Close Reader needs a window of its own</h1>
  <p>This browser does not let Close Reader remember your sign-in inside your course’s page.</p>
  <p><button type="button" id="new-window">Open Close Reader in a new window</button></p>
  <p id="opened" hidden role="status">Close Reader opened in a new window. You can come back to this tab when you are done.</p>
</div>
<noscript><p>Close Reader needs JavaScript to sign you in from your course.</p></noscript>`,
    nonce,
    script,
    data,
  );
}

/**
 * Shown when the launch came back without the login's cookie and the
 * platform keeps postMessage storage: asks it for the binding, then posts the
 * launch again with what it said ("" when it had none).
 */
export function storageLookupPage(fields: { id_token: string; state: string }, storage: { target: string; origin: string; key: string }, nonce: string): string {
  const script = `${STORAGE_SCRIPT}
var data = JSON.parse(document.getElementById('lti-data').textContent);
var form = document.getElementById('launch');
var frame = storageFrame(data.target);
(frame ? ask(frame, data.origin, { subject: 'lti.get_data', key: data.key }, 3000) : Promise.resolve(null)).then(function (answer) {
  form.elements.lti_storage_binding.value = answer && typeof answer.value === 'string' ? answer.value : '';
  form.submit();
});`;
  return page(
    'Signing in',
    `<h1>Opening Close Reader…</h1>
<form id="launch" method="post" action="/lti/launch">
  <input type="hidden" name="id_token" value="${escapeHtml(fields.id_token)}">
  <input type="hidden" name="state" value="${escapeHtml(fields.state)}">
  <input type="hidden" name="lti_storage_binding" value="">
  <noscript><p>Close Reader needs JavaScript to sign you in from your course.</p></noscript>
</form>`,
    nonce,
    script,
    storage,
  );
}

/** Posts a form to the platform at once (the Deep Linking response), with a button for a browser that does not run the script. */
export function autoPostPage(action: string, fields: Record<string, string>, message: string, nonce: string): string {
  return page(
    message,
    `<h1>${escapeHtml(message)}</h1>
<form id="post" method="post" action="${escapeHtml(action)}">
  ${Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n  ')}
  <p><button type="submit">Continue</button></p>
</form>`,
    nonce,
    "document.getElementById('post').submit();",
  );
}
