import { describe, expect, it } from 'vitest';

import { MAX_BODY_BYTES, readJsonBody, type JsonBody } from '@/lib/http';

const JSON_TYPE = { 'content-type': 'application/json' };
const encode = (text: string) => new TextEncoder().encode(text);

/** A request whose body arrives in chunks with no Content-Length, as a chunked upload does. */
function chunked(chunks: Uint8Array[], headers: Record<string, string> = JSON_TYPE): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request('http://localhost/score', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

/** A request with a Content-Length, as fetch and most clients send, and as Next.js hands it to the route. */
function sized(body: Uint8Array<ArrayBuffer> | string, headers: Record<string, string> = JSON_TYPE): Request {
  const bytes = typeof body === 'string' ? encode(body) : body;
  return new Request('http://localhost/score', { method: 'POST', headers: { ...headers, 'content-length': String(bytes.byteLength) }, body: bytes });
}

const umlaut = encode('"Zü"');

describe('readJsonBody', () => {
  it.each<[string, () => Request, JsonBody | { ok: false; status: number; error: RegExp }]>([
    ['JSON with a Content-Length', () => sized('{"answers":{"a":"Moscow"}}'), { ok: true, value: { answers: { a: 'Moscow' } } }],
    ['JSON in chunks', () => chunked([encode('{"answers":'), encode('{"a":"Moscow"}}')]), { ok: true, value: { answers: { a: 'Moscow' } } }],
    ['a character split across two chunks', () => chunked([umlaut.slice(0, 3), umlaut.slice(3)]), { ok: true, value: 'Zü' }],
    ['a charset after the type', () => sized('{}', { 'content-type': 'application/json; charset=utf-8' }), { ok: true, value: {} }],
    ['the wrong type', () => sized('{}', { 'content-type': 'text/plain' }), { ok: false, status: 415, error: /not "text\/plain"/ }],
    ['no type', () => sized('{}', {}), { ok: false, status: 415, error: /Content-Type: application\/json/ }],
    ['a declared length over the limit', () => sized('x'.repeat(MAX_BODY_BYTES + 1)), { ok: false, status: 413, error: /larger than 64 KB/ }],
    [
      'a body longer than the length it declares still stops at the limit',
      () => new Request('http://localhost/score', { method: 'POST', headers: { ...JSON_TYPE, 'content-length': '2' }, body: new Uint8Array(MAX_BODY_BYTES + 1) }),
      { ok: false, status: 413, error: /larger than 64 KB/ },
    ],
    ['chunks that pass the limit, with no length declared', () => chunked([new Uint8Array(MAX_BODY_BYTES), new Uint8Array(1)]), { ok: false, status: 413, error: /larger than 64 KB/ }],
    ['a body of exactly the limit is read', () => sized(`"${'x'.repeat(MAX_BODY_BYTES - 2)}"`), { ok: true, value: 'x'.repeat(MAX_BODY_BYTES - 2) }],
    ['bytes that are not UTF-8', () => sized(new Uint8Array([0x22, 0xff, 0x22])), { ok: false, status: 400, error: /not UTF-8/ }],
    ['an empty body', () => sized(''), { ok: false, status: 400, error: /empty/ }],
    ['broken JSON', () => sized('{"answers": {'), { ok: false, status: 400, error: /not valid JSON/ }],
  ])('%s', async (_name, request, expected) => {
    const got = await readJsonBody(request());
    if ('error' in expected && expected.error instanceof RegExp) expect(got).toEqual({ ...expected, error: expect.stringMatching(expected.error) });
    else expect(got).toEqual(expected);
  });

  it('a body that is not UTF-8 leaves no trace on the next request', async () => {
    expect(await readJsonBody(sized(new Uint8Array([0x22, 0xe2, 0x82])))).toMatchObject({ ok: false, status: 400 });
    expect(await readJsonBody(sized('"€"'))).toEqual({ ok: true, value: '€' });
  });
});
