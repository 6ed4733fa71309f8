import type { LtiConfig } from '@/lib/lti';

/** The addresses to paste into a platform's registration form, and what this server has of LTI's configuration. */
export function LtiStatus({ origin, config }: { origin: string; config: LtiConfig }) {
  const urls = [
    ['Login initiation URL (OIDC)', `${origin}/lti/login`],
    ['Redirect URI, target link URI, launch and deep linking URL', `${origin}/lti/launch`],
    ['Public keyset URL (JWKS)', `${origin}/lti/jwks`],
    ['Canvas JSON configuration URL', `${origin}/lti/canvas.json`],
  ] as const;
  return (
    <main className="mx-auto w-full max-w-4xl px-4 py-10">
      <h1 className="font-reading text-3xl font-bold">Close Reader in a learning platform (LTI 1.3)</h1>
      {config.on ? (
        <p className="mt-4 rounded-md border border-rule bg-white p-4" role="status">
          <strong>LTI is on</strong>: {config.platforms.length === 1 ? 'one platform is' : `${config.platforms.length} platforms are`} registered.
        </p>
      ) : (
        <div className="mt-4 rounded-md border border-rule bg-white p-4" role="status">
          <p>
            <strong>LTI is off</strong> on this server; everything else works as usual. To turn it on:
          </p>
          <ul className="mt-2 list-disc pl-6">
            {config.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <h2 className="mt-8 text-xl font-bold">Addresses to paste into the platform</h2>
      <dl className="mt-3 grid gap-3">
        {urls.map(([label, url]) => (
          <div key={label}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd>
              <code className="break-all">{url}</code>
            </dd>
          </div>
        ))}
        <div>
          <dt className="text-sm text-muted">Custom parameter for a link that opens one set (Deep Linking adds it for you)</dt>
          <dd>
            <code>set=&lt;set id&gt;</code>, the file name in content/sets without .yaml
          </dd>
        </div>
        {config.key && (
          <div>
            <dt className="text-sm text-muted">The tool&rsquo;s key id</dt>
            <dd>
              <code className="break-all">{config.key.kid}</code>
            </dd>
          </div>
        )}
      </dl>
      <h2 className="mt-8 text-xl font-bold">Registered platforms</h2>
      {config.platforms.length === 0 ? (
        <p className="mt-3">None yet: list them in content/lti/platforms.yaml or in the LTI_PLATFORMS environment variable.</p>
      ) : (
        <ul className="mt-3 grid gap-3">
          {config.platforms.map((p) => (
            <li key={`${p.issuer} ${p.clientId}`} className="rounded-md border border-rule bg-white p-4">
              <p className="font-bold">{p.name}</p>
              <p className="text-sm">
                Issuer <code>{p.issuer}</code> · client ID <code>{p.clientId}</code> · deployments {p.deploymentIds.map((d) => `“${d}”`).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8 text-sm text-muted">Step by step for Moodle, Canvas, Schoology, D2L Brightspace and Blackboard: docs/lti.md in Close Reader&rsquo;s repository.</p>
    </main>
  );
}
