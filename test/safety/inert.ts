import MarkdownIt from 'markdown-it';

/**
 * Checks that an exported report is safe to paste: shared by the property tests and the real-browser test
 * of the panel's exports.
 */

const lowerHex = (text: string): string => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());

/** How a secret can be written where a URL or header carries it; none of these may be left in an output. */
export const writingsOf = (secret: string): string[] => {
  const once = encodeURIComponent(secret);
  const base64 = Buffer.from(secret).toString('base64');
  return [
    ...new Set([
      secret, once, lowerHex(once), encodeURIComponent(once), lowerHex(encodeURIComponent(once)),
      new URLSearchParams({ s: secret }).toString().slice(2), base64.replace(/=+$/, ''), Buffer.from(secret).toString('base64url'),
    ]),
  ];
};

/** The secrets of which some writing stands in `text`. */
export const secretsLeftIn = (text: string, secrets: readonly string[]): string[] =>
  secrets.filter((secret) => writingsOf(secret).some((writing) => text.includes(writing)));

/** Characters a terminal could act on: every C0 control but the line feed, DEL and C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

export const rawControlsIn = (text: string): string[] => [...text.matchAll(RAW_CONTROL)].map(([char]) => char);

/** Every string inside a parsed JSON document. */
export const stringsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsOf);
};

/** The raw HTML Crumbtrail itself writes in Markdown: a collapsed timeline, its summary made of catalog words. */
const OWN_HTML = [/^<details>\n<summary>[^<>&]*<\/summary>\n$/, /^<\/details>\n$/];

/** What a CommonMark renderer makes of Crumbtrail's Markdown: headings, emphasis, lists, tables, details. */
const OWN_ELEMENTS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'p', 'strong', 'em', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary']);

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)([^>]*)>/g;

const markdown = new MarkdownIt({ html: true });

/**
 * Rendered with raw HTML let through (as many renderers do), the HTML blocks and inline HTML that did not
 * come from Crumbtrail, and every tag of the result that is not one of its own or that has attributes.
 */
export const foreignMarkupIn = (text: string): string[] => {
  const raw = markdown
    .parse(text, {})
    .flatMap((token) => [token, ...(token.children ?? [])])
    .filter((token) => token.type === 'html_block' || token.type === 'html_inline')
    .map((token) => token.content)
    .filter((html) => !OWN_HTML.some((own) => own.test(html)));
  const tags = [...markdown.render(text).matchAll(TAG)]
    .filter(([, name = '', attributes = '']) => !OWN_ELEMENTS.has(name.toLowerCase()) || attributes.trim() !== '')
    .map(([tag]) => tag);
  return [...raw, ...tags];
};

/** The Markdown's text as a reader sees it once rendered (tags dropped, character references decoded). */
export const renderedTextOf = (text: string): string =>
  markdown
    .render(text)
    .replace(TAG, ' ')
    .replace(/&(lt|gt|quot|amp|#39);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" })[name] ?? '');
