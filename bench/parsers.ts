/** Row 1: Crumbtrail's parsers against the peers, on the same inputs, rounds interleaved. */
import { parseCookie as cookiePackageParse } from 'cookie';
import { parseString as setCookieParserParse } from 'set-cookie-parser';
import { Cookie as ToughCookie } from 'tough-cookie';
import { parseCookieHeader } from '../src/core/parse/cookie-header.ts';
import { parseSetCookie } from '../src/core/parse/set-cookie.ts';
import { cookieHeaders, setCookieHeaders } from './corpus.ts';
import { median, ms, ratio } from './stats.ts';

const ROUNDS = 15;
const WARM_UP = 2;

type Parser = { readonly label: string; readonly parse: (input: string) => unknown };

let sink = 0;
/** Counts the results so that no parse can be optimised away; printed at the end of the run. */
export const checksum = (): number => sink;

const runOnce = (parser: Parser, inputs: readonly string[]): number => {
  const start = performance.now();
  for (const input of inputs) if (parser.parse(input) !== null) sink += 1;
  return performance.now() - start;
};

/** Rounds are interleaved across parsers so that drift in the machine's speed hits all of them alike. */
const medians = (parsers: readonly Parser[], inputs: readonly string[]): number[] => {
  const times = parsers.map(() => [] as number[]);
  for (let round = 0; round < WARM_UP + ROUNDS; round += 1) {
    parsers.forEach((parser, i) => {
      const elapsed = runOnce(parser, inputs);
      if (round >= WARM_UP) times[i]?.push(elapsed);
    });
  }
  return times.map(median);
};

const compare = (title: string, target: number, ours: Parser, peers: readonly Parser[], inputs: readonly string[]): void => {
  const [oursMs = Number.NaN, ...peerMs] = medians([ours, ...peers], inputs);
  console.log(`\n${title} (median of ${ROUNDS} rounds after ${WARM_UP} warm-up)`);
  console.log(`  ${ours.label.padEnd(36)}${ms(oursMs)}`);
  peers.forEach((peer, i) => console.log(`  ${peer.label.padEnd(36)}${ms(peerMs[i] ?? Number.NaN)}`));
  console.log(`  fastest peer / crumbtrail: ${ratio(Math.min(...peerMs) / oursMs)}   (target >= ${target.toFixed(1)})`);
};

/** Time per unit of input at growing sizes: flat figures mean linear time. */
const scaling = (title: string, make: (n: number) => string, sizes: readonly number[], unit: string): void => {
  console.log(`\n${title}`);
  for (const size of sizes) {
    const input = make(size);
    const elapsed = median(Array.from({ length: 5 }, () => runOnce({ label: '', parse: parseSetCookie }, [input])));
    console.log(`  ${String(size).padStart(9)} ${unit.padEnd(11)}${ms(elapsed)}   ${((elapsed * 1e6) / size).toFixed(1)} ns per ${unit}`);
  }
};

export const parserRows = (): void => {
  compare(
    'Row 1a. Set-Cookie parse, 100,000 headers',
    2,
    { label: 'crumbtrail parseSetCookie', parse: parseSetCookie },
    [
      // `silent`: the peer otherwise logs every date and number it cannot read.
      { label: 'set-cookie-parser parseString', parse: (h) => setCookieParserParse(h, { decodeValues: false, silent: true }) },
      { label: 'tough-cookie Cookie.parse', parse: (h) => ToughCookie.parse(h) ?? null },
    ],
    setCookieHeaders(100_000),
  );
  compare(
    'Row 1b. Cookie header parse, 100,000 headers of ~10 pairs',
    3,
    { label: 'crumbtrail parseCookieHeader', parse: parseCookieHeader },
    [{ label: 'cookie parseCookie', parse: (h) => cookiePackageParse(h) }],
    cookieHeaders(100_000),
  );
  scaling('Set-Cookie parse scaling: attributes', (n) => `a=b${'; Path=/x'.repeat(n)}`, [1_000, 10_000, 100_000], 'attributes');
  scaling('Set-Cookie parse scaling: value size', (n) => `a=${'v'.repeat(n)}`, [10_000, 100_000, 1_000_000], 'bytes');
};
