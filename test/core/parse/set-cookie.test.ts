import { describe, expect, it } from 'vitest';
import { parseSetCookie, type SetCookieAttributes } from '../../../src/core/parse/set-cookie.ts';

const DEFAULTS: SetCookieAttributes = {
  expires: null,
  maxAge: null,
  domain: null,
  path: null,
  secure: false,
  httpOnly: false,
  sameSite: 'unspecified',
  partitioned: false,
  priority: 'medium',
};

const attributesOf = (text: string): SetCookieAttributes | undefined => parseSetCookie(text).cookie?.attributes;
const anomaliesOf = (text: string) => parseSetCookie(text).anomalies;

describe('parseSetCookie: name and value', () => {
  it('splits the pair at the first "=" and trims SP and HTAB around name and value', () => {
    expect(parseSetCookie(' \tsid = a=b=c \t; Path=/')).toEqual({
      cookie: { name: 'sid', value: 'a=b=c', attributes: { ...DEFAULTS, path: '/' } },
      anomalies: [],
    });
  });

  it('keeps inner whitespace, quotes, commas and non-ASCII as they are', () => {
    expect(parseSetCookie('a b="x, y" z').cookie).toMatchObject({ name: 'a b', value: '"x, y" z' });
    expect(parseSetCookie('춘=절').cookie).toMatchObject({ name: '춘', value: '절' });
  });

  it('reads a pair without "=" as a nameless cookie whose value is the pair', () => {
    expect(parseSetCookie('foo; Secure').cookie).toMatchObject({ name: '', value: 'foo', attributes: { secure: true } });
    expect(parseSetCookie('=foo').cookie).toMatchObject({ name: '', value: 'foo' });
    expect(anomaliesOf('foo')).toEqual([]);
  });

  it('keeps an empty value', () => {
    expect(parseSetCookie('x=').cookie).toMatchObject({ name: 'x', value: '' });
  });

  it('flags a nameless cookie whose value holds "=" but still returns it', () => {
    const parse = parseSetCookie('==a=b');
    expect(parse.cookie).toMatchObject({ name: '', value: '=a=b' });
    expect(parse.anomalies).toEqual([{ kind: 'nameless-value-with-equals' }]);
  });

  it.each(['', '   ', '\t', '=', ' = ', '; Path=/', ';'])('ignores %j: neither name nor value', (text) => {
    expect(parseSetCookie(text)).toEqual({ cookie: null, anomalies: [{ kind: 'empty-name-and-value' }] });
  });

  it.each(['a=b\u0000', 'a=b\rc', 'a\n=b', 'a=b; Path=/\u001f', 'a=b\u007f', '\u0001'])(
    'ignores %j entirely: a control character other than HTAB',
    (text) => {
      expect(parseSetCookie(text)).toEqual({ cookie: null, anomalies: [{ kind: 'control-character' }] });
    },
  );

  it('accepts HTAB inside a value', () => {
    expect(parseSetCookie('a=b\tc').cookie).toMatchObject({ value: 'b\tc' });
  });

  it('accepts name plus value of exactly 4096 bytes and ignores 4097', () => {
    expect(parseSetCookie(`a=${'v'.repeat(4095)}`).cookie?.value).toHaveLength(4095);
    expect(parseSetCookie(`ab=${'v'.repeat(4095)}`)).toEqual({
      cookie: null,
      anomalies: [{ kind: 'name-value-too-long', bytes: 4097 }],
    });
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    // 1366 three-byte characters are 4098 bytes but only 1366 UTF-16 code units.
    expect(parseSetCookie(`a=${'가'.repeat(1365)}`).cookie).not.toBeNull();
    expect(parseSetCookie(`a=${'가'.repeat(1366)}`).anomalies).toEqual([{ kind: 'name-value-too-long', bytes: 4099 }]);
    expect(parseSetCookie(`a=${'😀'.repeat(1024)}`).anomalies).toEqual([{ kind: 'name-value-too-long', bytes: 4097 }]);
  });

  it('does not count the attributes toward the 4096 bytes', () => {
    expect(parseSetCookie(`a=${'v'.repeat(4000)}; Path=/${'p'.repeat(1000)}`).cookie?.attributes.path).toHaveLength(1001);
  });
});

describe('parseSetCookie: attributes', () => {
  it('has the defaults when there are none', () => {
    expect(attributesOf('a=b')).toEqual(DEFAULTS);
  });

  it('matches attribute names case-insensitively and trims around "="', () => {
    expect(attributesOf('a=b; SECURE; hTtPoNlY ; pAtH \t= /x ; DoMaIn = Example.COM')).toEqual({
      ...DEFAULTS,
      secure: true,
      httpOnly: true,
      path: '/x',
      domain: 'example.com',
    });
  });

  it('reads Expires as a cookie-date and flags one that is not', () => {
    expect(attributesOf('a=b; Expires=Wed, 21 Oct 2026 07:28:00 GMT')?.expires).toBe(Date.UTC(2026, 9, 21, 7, 28));
    const parse = parseSetCookie('a=b; Expires=tomorrow');
    expect(parse.cookie?.attributes.expires).toBeNull();
    expect(parse.anomalies).toEqual([{ kind: 'invalid-expires', text: 'tomorrow' }]);
  });

  it('keeps the last valid Expires: an invalid one later does not erase it', () => {
    expect(attributesOf('a=b; Expires=1 Jan 2030 00:00:00; Expires=nope')?.expires).toBe(Date.UTC(2030, 0, 1));
    expect(attributesOf('a=b; Expires=1 Jan 2030 00:00:00; Expires=1 Jan 2031 00:00:00')?.expires).toBe(
      Date.UTC(2031, 0, 1),
    );
  });

  it.each([
    ['3600', 3600],
    ['0', 0],
    ['-0', 0],
    ['-20', -20],
    ['007', 7],
    ['99999999999999999999', 1e20],
  ])('reads Max-Age=%s as %d seconds', (text, seconds) => {
    expect(attributesOf(`a=b; Max-Age=${text}`)?.maxAge).toBe(seconds);
  });

  it.each(['', '-', '+5', '5s', '50,399', '2.63', ' 5 5', '--1', '1-'])('ignores Max-Age=%j and flags it', (text) => {
    const parse = parseSetCookie(`a=b; Max-Age=${text}`);
    expect(parse.cookie?.attributes.maxAge).toBeNull();
    expect(parse.anomalies).toEqual([{ kind: 'invalid-max-age', text: text.trim() }]);
  });

  it('keeps both Expires and Max-Age; the store gives Max-Age precedence', () => {
    expect(attributesOf('a=b; Max-Age=60; Expires=1 Jan 2030 00:00:00')).toMatchObject({
      maxAge: 60,
      expires: Date.UTC(2030, 0, 1),
    });
  });

  it('removes one leading dot from Domain and lower-cases it', () => {
    expect(attributesOf('a=b; Domain=.Example.COM')?.domain).toBe('example.com');
    expect(attributesOf('a=b; Domain=..example.com')?.domain).toBe('.example.com');
    expect(attributesOf('a=b; Domain=example.com.')?.domain).toBe('example.com.');
  });

  it('reads an empty Domain as host-only, overriding an earlier one, as browsers do', () => {
    const parse = parseSetCookie('a=b; Domain=example.com; Domain=');
    expect(parse.cookie?.attributes.domain).toBeNull();
    expect(parse.anomalies).toEqual([{ kind: 'duplicate-attribute', attribute: 'Domain' }, { kind: 'empty-domain' }]);
    expect(anomaliesOf('a=b; Domain=.')).toEqual([{ kind: 'empty-domain' }]);
    expect(attributesOf('a=b; Domain')?.domain).toBeNull();
  });

  it('uses the last Domain', () => {
    expect(attributesOf('a=b; Domain=a.example; Domain=b.example')?.domain).toBe('b.example');
  });

  it('takes a Path that starts with "/" and flags one that does not, falling back to the default path', () => {
    expect(attributesOf('a=b; Path=/a/b/')?.path).toBe('/a/b/');
    for (const text of ['', 'a/b', ' x']) {
      const parse = parseSetCookie(`a=b; Path=${text}`);
      expect(parse.cookie?.attributes.path).toBeNull();
      expect(parse.anomalies).toEqual([{ kind: 'path-not-absolute', text: text.trim() }]);
    }
  });

  it('uses the last Path, even when it is invalid', () => {
    expect(attributesOf('a=b; Path=/qux; Path=/x')?.path).toBe('/x');
    expect(attributesOf('a=b; Path=/qux; Path=x')?.path).toBeNull();
  });

  it('sets Secure, HttpOnly and Partitioned and flags a value given to them', () => {
    const parse = parseSetCookie('a=b; Secure=yes; HttpOnly=1; Partitioned=true');
    expect(parse.cookie?.attributes).toMatchObject({ secure: true, httpOnly: true, partitioned: true });
    expect(parse.anomalies).toEqual([
      { kind: 'flag-with-value', attribute: 'Secure' },
      { kind: 'flag-with-value', attribute: 'HttpOnly' },
      { kind: 'flag-with-value', attribute: 'Partitioned' },
    ]);
    expect(anomaliesOf('a=b; Secure=')).toEqual([]);
  });

  it.each([
    ['Strict', 'strict'],
    ['lax', 'lax'],
    ['NONE', 'none'],
  ] as const)('reads SameSite=%s', (text, sameSite) => {
    expect(parseSetCookie(`a=b; SameSite=${text}`)).toMatchObject({ cookie: { attributes: { sameSite } }, anomalies: [] });
  });

  it.each(['', 'Laxx', 'no', 'strict lax'])('reads SameSite=%j as unspecified and flags it', (text) => {
    const parse = parseSetCookie(`a=b; SameSite=${text}`);
    expect(parse.cookie?.attributes.sameSite).toBe('unspecified');
    expect(parse.anomalies).toEqual([{ kind: 'invalid-samesite', text }]);
  });

  it('lets an invalid last SameSite reset an earlier valid one', () => {
    expect(attributesOf('a=b; SameSite=Strict; SameSite=bogus')?.sameSite).toBe('unspecified');
  });

  it.each([
    ['Low', 'low'],
    ['medium', 'medium'],
    ['HIGH', 'high'],
  ] as const)('reads Priority=%s', (text, priority) => {
    expect(parseSetCookie(`a=b; Priority=${text}`)).toMatchObject({ cookie: { attributes: { priority } }, anomalies: [] });
  });

  it('reads an unknown Priority as medium and flags it', () => {
    const parse = parseSetCookie('a=b; Priority=High; Priority=urgent');
    expect(parse.cookie?.attributes.priority).toBe('medium');
    expect(parse.anomalies).toContainEqual({ kind: 'invalid-priority', text: 'urgent' });
  });

  it('ignores unknown attributes and reports each name once', () => {
    const parse = parseSetCookie('a=b; Version=1; Comment="x"; version=2; "Secure"; Secure qux; =x');
    expect(parse.cookie?.attributes).toEqual(DEFAULTS);
    expect(parse.anomalies).toEqual([
      { kind: 'unknown-attribute', attribute: 'Version' },
      { kind: 'unknown-attribute', attribute: 'Comment' },
      { kind: 'unknown-attribute', attribute: '"Secure"' },
      { kind: 'unknown-attribute', attribute: 'Secure qux' },
      { kind: 'unknown-attribute', attribute: '=x' },
    ]);
  });

  it('skips stray separators without reporting them', () => {
    expect(parseSetCookie('a=b;;; ; =;\t;Secure;')).toEqual({
      cookie: { name: 'a', value: 'b', attributes: { ...DEFAULTS, secure: true } },
      anomalies: [],
    });
  });

  it('reports a repeated attribute once, and the last one wins', () => {
    const parse = parseSetCookie('a=b; Path=/1; Path=/2; Path=/3; Secure; secure');
    expect(parse.cookie?.attributes.path).toBe('/3');
    expect(parse.anomalies).toEqual([
      { kind: 'duplicate-attribute', attribute: 'Path' },
      { kind: 'duplicate-attribute', attribute: 'Secure' },
    ]);
  });

  it('ignores an attribute whose value is over 1024 bytes, keeping the earlier one (not a duplicate)', () => {
    const long = `/${'p'.repeat(1024)}`;
    const parse = parseSetCookie(`a=b; Path=/ok; Path=${long}; X-Long=${'x'.repeat(1025)}`);
    expect(parse.cookie?.attributes.path).toBe('/ok');
    expect(parse.anomalies).toEqual([
      { kind: 'attribute-value-too-long', attribute: 'Path', bytes: 1025 },
      { kind: 'attribute-value-too-long', attribute: 'X-Long', bytes: 1025 },
    ]);
    expect(attributesOf(`a=b; Path=/${'p'.repeat(1023)}`)?.path).toHaveLength(1024);
    expect(anomaliesOf(`a=b; Domain=${'é'.repeat(513)}`)).toEqual([
      { kind: 'attribute-value-too-long', attribute: 'Domain', bytes: 1026 },
    ]);
  });

  it('splits attributes only at ";": commas and quotes do not protect anything', () => {
    const parse = parseSetCookie('a="x;y"; Max-Age=5');
    expect(parse.cookie).toMatchObject({ value: '"x', attributes: { maxAge: 5 } });
    expect(parse.anomalies).toEqual([{ kind: 'unknown-attribute', attribute: 'y"' }]);
  });
});
