import { utf8ByteLength } from '../parse/utf8.ts';
import { fullMatch, lesserMatch, cookieRule } from './rule.ts';

/** OWASP asks for at least 64 bits of entropy in a session ID. */
const ENOUGH_BITS = 64;
/**
 * Below 48 bits, guessing is practical: 10,000 guesses a second against 100,000 live sessions hits one
 * within days (at 64 bits it takes centuries).
 */
const GUESSABLE_BELOW_BITS = 48;

/** A short or patterned session ID can be guessed, and a guessed ID is a hijacked session. */
export const lowEntropySessionId = cookieRule({
  id: 'low-entropy-session-id',
  reads: 'name-and-value',
  severity: { 'session-id': 'high' },
  check: ({ cookie, entropyBits }) => {
    if (cookie.value === '') return null;
    // Too short to estimate: no value can carry more than 8 bits a byte.
    const bits = entropyBits ?? utf8ByteLength(cookie.value) * 8;
    if (bits >= ENOUGH_BITS) return null;
    const shown = String(Math.round(bits));
    return bits < GUESSABLE_BELOW_BITS ? fullMatch(shown) : lesserMatch(shown);
  },
});
