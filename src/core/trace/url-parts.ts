import type { SplitUrl } from '../url-split.ts';

/** Where in a URL a part sits: a path segment, a `;name=value` path parameter, a query pair. */
export type UrlPartPlace = 'path-segment' | 'path-parameter' | 'query';

/** Receives one part: `name` is null for a path segment or a pair without `=`. */
export type UrlPartVisitor = (place: UrlPartPlace, name: string | null, value: string) => void;

const ESCAPED = /[%+]/;

const decoded = (text: string): string => {
  if (!ESCAPED.test(text)) return text;
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
};

/** Visits the part as written and, when it differs, percent-decoded: a value is found however it was encoded. */
const visitBoth = (visit: UrlPartVisitor, place: UrlPartPlace, name: string | null, value: string): void => {
  visit(place, name, value);
  const plain = decoded(value);
  if (plain !== value) visit(place, name, plain);
};

const visitPair = (visit: UrlPartVisitor, place: UrlPartPlace, text: string): void => {
  const equals = text.indexOf('=');
  if (equals < 0) visitBoth(visit, place, null, text);
  else visitBoth(visit, place, text.slice(0, equals), text.slice(equals + 1));
};

/**
 * Visits a URL's path and query parts: `/app;jsessionid=ABC/x?sid=DEF` visits `app`, `jsessionid=ABC`, `x`,
 * `sid=DEF`. Visiting rather than collecting keeps a long recording allocation-light.
 */
export const forEachUrlPart = (url: Pick<SplitUrl, 'pathname' | 'search'>, visit: UrlPartVisitor): void => {
  for (const segment of url.pathname.split('/')) {
    if (segment === '') continue;
    const semicolon = segment.indexOf(';');
    if (semicolon < 0) {
      visitBoth(visit, 'path-segment', null, segment);
      continue;
    }
    if (semicolon > 0) visitBoth(visit, 'path-segment', null, segment.slice(0, semicolon));
    for (const parameter of segment.slice(semicolon + 1).split(';')) if (parameter !== '') visitPair(visit, 'path-parameter', parameter);
  }
  if (url.search.length > 1) for (const query of url.search.slice(1).split('&')) if (query !== '') visitPair(visit, 'query', query);
};
