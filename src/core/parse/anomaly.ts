/**
 * Something odd a parser met and recovered from. Parsers never throw: they return what a browser would
 * keep plus these, so the UI can say what was ignored and why. Each kind has catalog key
 * `anomaly_<kind with _>` whose `$1` is the detail (attribute name, offending text, byte count).
 */
export type Anomaly =
  | { readonly kind: 'control-character' }
  | { readonly kind: 'empty-name-and-value' }
  | { readonly kind: 'nameless-value-with-equals' }
  | { readonly kind: 'name-value-too-long'; readonly bytes: number }
  | { readonly kind: 'attribute-value-too-long'; readonly attribute: string; readonly bytes: number }
  | { readonly kind: 'invalid-expires'; readonly text: string }
  | { readonly kind: 'invalid-max-age'; readonly text: string }
  | { readonly kind: 'invalid-samesite'; readonly text: string }
  | { readonly kind: 'invalid-priority'; readonly text: string }
  | { readonly kind: 'duplicate-attribute'; readonly attribute: string }
  | { readonly kind: 'unknown-attribute'; readonly attribute: string }
  | { readonly kind: 'empty-domain' }
  | { readonly kind: 'path-not-absolute'; readonly text: string }
  | { readonly kind: 'flag-with-value'; readonly attribute: string }
  | { readonly kind: 'malformed-pair'; readonly text: string };

export type AnomalyKind = Anomaly['kind'];
