/** The parts of a URL the tracer reads, as written in the recording (no re-encoding). */
export interface SplitUrl {
  /** Lower-case, with the colon: `https:`. */
  readonly protocol: string;
  /** Lower-case host name without port; an IPv6 address keeps its brackets, as URL.hostname does. */
  readonly hostname: string;
  /** From the first `/` after the host up to `?` or `#`; `/` when empty. */
  readonly pathname: string;
  /** From `?` up to `#`, with the `?`; empty when there is none. */
  readonly search: string;
}

const ABSOLUTE = /^([a-z][a-z0-9+.-]*:)\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]*)(?::\d*)?([^?#]*)(\?[^#]*)?/i;

/**
 * Splits an absolute URL with one regular expression: an order of magnitude cheaper than `new URL` on a
 * 10,000-entry recording, and the tracer needs only these four parts, compared as written. Null for
 * anything that is not `scheme://host…`.
 */
export const splitUrl = (text: string): SplitUrl | null => {
  const match = ABSOLUTE.exec(text);
  if (match === null) return null;
  const [, protocol = '', hostname = '', pathname = '', search = ''] = match;
  if (hostname === '') return null;
  return { protocol: protocol.toLowerCase(), hostname: hostname.toLowerCase(), pathname: pathname === '' ? '/' : pathname, search: search === '?' ? '' : search };
};
