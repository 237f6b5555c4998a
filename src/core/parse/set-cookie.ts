import type { Priority, SameSite } from '../model.ts';
import type { Anomaly } from './anomaly.ts';
import { parseCookieDate } from './cookie-date.ts';
import { surelyWithinUtf8Bytes, utf8ByteLength } from './utf8.ts';
import { hasControlCharacter, skipSpaceOrTab, trimEndSpaceOrTab, trimmedSlice } from './characters.ts';

export interface SetCookieAttributes {
  /** Epoch ms of the last valid Expires attribute. */
  readonly expires: number | null;
  /** Seconds of the last valid Max-Age attribute; zero or negative means "expire now". */
  readonly maxAge: number | null;
  /** Lower-case, one leading dot removed; null when absent or when the last Domain was empty (host-only). */
  readonly domain: string | null;
  /** Null when absent or not starting with "/": the default path applies. */
  readonly path: string | null;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite: SameSite;
  readonly partitioned: boolean;
  readonly priority: Priority;
}

export interface ParsedSetCookie {
  readonly name: string;
  readonly value: string;
  readonly attributes: SetCookieAttributes;
}

export interface SetCookieParse {
  readonly cookie: ParsedSetCookie | null;
  readonly anomalies: readonly Anomaly[];
}

const MAX_NAME_VALUE_BYTES = 4096;
const MAX_ATTRIBUTE_VALUE_BYTES = 1024;

const NO_ANOMALIES: readonly Anomaly[] = Object.freeze([]);

/** `text[start, end)` equals `lower` ignoring ASCII case; `lower` is lower-case ASCII. */
const equalsIgnoringCase = (text: string, start: number, end: number, lower: string): boolean => {
  if (end - start !== lower.length) return false;
  for (let i = 0; i < lower.length; i += 1) {
    const code = text.charCodeAt(start + i);
    const expected = lower.charCodeAt(i);
    if (code !== expected && !(code >= 0x41 && code <= 0x5a && code + 0x20 === expected)) return false;
  }
  return true;
};

/** The attributes a browser acts on, with the spelling anomalies show; each has its own bit for duplicates. */
const ATTRIBUTES = [
  { id: 'expires', name: 'Expires', bit: 1 << 0 },
  { id: 'max-age', name: 'Max-Age', bit: 1 << 1 },
  { id: 'domain', name: 'Domain', bit: 1 << 2 },
  { id: 'path', name: 'Path', bit: 1 << 3 },
  { id: 'secure', name: 'Secure', bit: 1 << 4 },
  { id: 'httponly', name: 'HttpOnly', bit: 1 << 5 },
  { id: 'samesite', name: 'SameSite', bit: 1 << 6 },
  { id: 'partitioned', name: 'Partitioned', bit: 1 << 7 },
  { id: 'priority', name: 'Priority', bit: 1 << 8 },
] as const;

type Attribute = (typeof ATTRIBUTES)[number];

/** The attributes by name length: a name is compared with three at the most, and most with one. */
const ATTRIBUTES_BY_LENGTH: readonly (readonly Attribute[])[] = Array.from({ length: 12 }, (_, length) =>
  ATTRIBUTES.filter((attribute) => attribute.id.length === length),
);
const NO_ATTRIBUTES: readonly Attribute[] = [];

const attributeNamed = (text: string, start: number, end: number): Attribute | null => {
  for (const attribute of ATTRIBUTES_BY_LENGTH[end - start] ?? NO_ATTRIBUTES) if (equalsIgnoringCase(text, start, end, attribute.id)) return attribute;
  return null;
};

const SAME_SITE_VALUES: readonly SameSite[] = ['strict', 'lax', 'none'];
const PRIORITY_VALUES: readonly Priority[] = ['low', 'medium', 'high'];

const keywordOf = <T extends string>(text: string, start: number, end: number, keywords: readonly T[]): T | null => {
  for (const keyword of keywords) if (equalsIgnoringCase(text, start, end, keyword)) return keyword;
  return null;
};

/** Up to this many digits, adding them up one by one gives exactly what Number() reads. */
const EXACT_DIGITS = 15;

/** `-?DIGIT+`: the seconds, or null. */
const maxAgeOf = (text: string, start: number, end: number): number | null => {
  const negative = start < end && text.charCodeAt(start) === 0x2d;
  const digitsStart = negative ? start + 1 : start;
  if (digitsStart === end) return null;
  let value = 0;
  for (let i = digitsStart; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return null;
    value = value * 10 + code - 0x30;
  }
  const seconds = end - digitsStart <= EXACT_DIGITS ? value : Number(text.slice(digitsStart, end));
  if (seconds === 0) return 0; // no -0
  return negative ? -seconds : seconds;
};

const ABSENT = -1;

/**
 * Mutable state of one parse. Path and Domain keep only the range of their last value: a header that
 * repeats them thousands of times costs no string per repetition.
 */
class AttributeParse {
  expires: number | null = null;
  maxAge: number | null = null;
  domainStart = ABSENT;
  domainEnd = ABSENT;
  pathStart = ABSENT;
  pathEnd = ABSENT;
  secure = false;
  httpOnly = false;
  sameSite: SameSite = 'unspecified';
  partitioned = false;
  priority: Priority = 'medium';
  anomalies: Anomaly[] | null = null;
  private seen = 0;
  private reportedDuplicates = 0;
  private reportedUnknown: Set<string> | null = null;

  constructor(private readonly text: string) {}

  note(anomaly: Anomaly): void {
    (this.anomalies ??= []).push(anomaly);
  }

  /** One cookie-av: name in `[rawNameStart, rawNameEnd)`, value in `[rawValueStart, rawValueEnd)`, untrimmed. */
  apply(rawNameStart: number, rawNameEnd: number, rawValueStart: number, rawValueEnd: number): void {
    const nameStart = skipSpaceOrTab(this.text, rawNameStart, rawNameEnd);
    const nameEnd = trimEndSpaceOrTab(this.text, nameStart, rawNameEnd);
    const valueStart = skipSpaceOrTab(this.text, rawValueStart, rawValueEnd);
    const valueEnd = trimEndSpaceOrTab(this.text, valueStart, rawValueEnd);
    const attribute = attributeNamed(this.text, nameStart, nameEnd);
    if (!surelyWithinUtf8Bytes(valueEnd - valueStart, MAX_ATTRIBUTE_VALUE_BYTES)) {
      const bytes = utf8ByteLength(this.text, valueStart, valueEnd);
      if (bytes > MAX_ATTRIBUTE_VALUE_BYTES) {
        const name = attribute === null ? this.text.slice(nameStart, nameEnd) : attribute.name;
        this.note({ kind: 'attribute-value-too-long', attribute: name, bytes });
        return;
      }
    }
    if (attribute === null) this.unknown(nameStart, nameEnd, valueStart, valueEnd);
    else {
      this.countOccurrence(attribute);
      this.known(attribute, valueStart, valueEnd);
    }
  }

  private unknown(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    // Stray separators (`;;`, `; ;`, `;=;`) are not worth reporting; `=x` is reported by its whole text.
    if (nameStart === nameEnd && valueStart === valueEnd) return;
    const attribute = this.text.slice(nameStart, nameStart === nameEnd ? valueEnd : nameEnd);
    const key = attribute.toLowerCase();
    this.reportedUnknown ??= new Set();
    if (this.reportedUnknown.has(key)) return;
    this.reportedUnknown.add(key);
    this.note({ kind: 'unknown-attribute', attribute });
  }

  private countOccurrence(attribute: Attribute): void {
    if ((this.seen & attribute.bit) === 0) this.seen |= attribute.bit;
    else if ((this.reportedDuplicates & attribute.bit) === 0) {
      this.reportedDuplicates |= attribute.bit;
      this.note({ kind: 'duplicate-attribute', attribute: attribute.name });
    }
  }

  private known(attribute: Attribute, start: number, end: number): void {
    const { text } = this;
    switch (attribute.id) {
      case 'expires': {
        const date = parseCookieDate(text, start, end);
        if (date === null) this.note({ kind: 'invalid-expires', text: text.slice(start, end) });
        else this.expires = date;
        return;
      }
      case 'max-age': {
        const seconds = maxAgeOf(text, start, end);
        if (seconds === null) this.note({ kind: 'invalid-max-age', text: text.slice(start, end) });
        else this.maxAge = seconds;
        return;
      }
      case 'domain': {
        const dotless = start < end && text.charCodeAt(start) === 0x2e ? start + 1 : start;
        // Browsers read a last Domain that is empty as "host-only", overriding an earlier Domain.
        if (dotless === end) this.note({ kind: 'empty-domain' });
        this.domainStart = dotless;
        this.domainEnd = end;
        return;
      }
      case 'path':
        if (start === end || text.charCodeAt(start) !== 0x2f) {
          this.note({ kind: 'path-not-absolute', text: text.slice(start, end) });
          this.pathStart = ABSENT;
        } else {
          this.pathStart = start;
          this.pathEnd = end;
        }
        return;
      case 'secure':
        this.secure = true;
        this.flagValue(attribute, start, end);
        return;
      case 'httponly':
        this.httpOnly = true;
        this.flagValue(attribute, start, end);
        return;
      case 'samesite':
        this.sameSite = keywordOf(text, start, end, SAME_SITE_VALUES) ?? 'unspecified';
        if (this.sameSite === 'unspecified') this.note({ kind: 'invalid-samesite', text: text.slice(start, end) });
        return;
      case 'partitioned':
        this.partitioned = true;
        this.flagValue(attribute, start, end);
        return;
      case 'priority': {
        const priority = keywordOf(text, start, end, PRIORITY_VALUES);
        if (priority === null) this.note({ kind: 'invalid-priority', text: text.slice(start, end) });
        this.priority = priority ?? 'medium';
        return;
      }
    }
  }

  private flagValue(attribute: Attribute, start: number, end: number): void {
    if (start !== end) this.note({ kind: 'flag-with-value', attribute: attribute.name });
  }

  attributes(): SetCookieAttributes {
    const { text } = this;
    return {
      expires: this.expires,
      maxAge: this.maxAge,
      domain: this.domainStart === this.domainEnd ? null : text.slice(this.domainStart, this.domainEnd).toLowerCase(),
      path: this.pathStart === ABSENT ? null : text.slice(this.pathStart, this.pathEnd),
      secure: this.secure,
      httpOnly: this.httpOnly,
      sameSite: this.sameSite,
      partitioned: this.partitioned,
      priority: this.priority,
    };
  }
}

const failed = (anomaly: Anomaly): SetCookieParse => ({ cookie: null, anomalies: [anomaly] });

/**
 * Parses one Set-Cookie field value by RFC 6265bis section 5.6: the cookie a browser would receive (null
 * when it ignores the whole line) and what was odd about it. One pass, linear on any input, never throws.
 */
export const parseSetCookie = (text: string): SetCookieParse => {
  if (hasControlCharacter(text)) return failed({ kind: 'control-character' });
  const length = text.length;
  const semicolon = text.indexOf(';');
  const pairEnd = semicolon === -1 ? length : semicolon;
  // The first "=" of the whole text; reused for the attributes while it lies ahead of them.
  let equals = text.indexOf('=');
  const named = equals !== -1 && equals < pairEnd;
  const name = named ? trimmedSlice(text, 0, equals) : '';
  const value = trimmedSlice(text, named ? equals + 1 : 0, pairEnd);
  if (name === '' && value === '') return failed({ kind: 'empty-name-and-value' });
  const units = name.length + value.length;
  if (!surelyWithinUtf8Bytes(units, MAX_NAME_VALUE_BYTES)) {
    const bytes = utf8ByteLength(name) + utf8ByteLength(value);
    if (bytes > MAX_NAME_VALUE_BYTES) return failed({ kind: 'name-value-too-long', bytes });
  }
  const parse = new AttributeParse(text);
  if (name === '' && value.includes('=')) parse.note({ kind: 'nameless-value-with-equals' });

  let position = pairEnd;
  while (position < length) {
    const avStart = position + 1;
    let avEnd = text.indexOf(';', avStart);
    if (avEnd === -1) avEnd = length;
    if (equals !== -1 && equals < avStart) equals = text.indexOf('=', avStart);
    const nameEnd = equals !== -1 && equals < avEnd ? equals : avEnd;
    const valueStart = nameEnd === avEnd ? avEnd : nameEnd + 1;
    parse.apply(avStart, nameEnd, valueStart, avEnd);
    position = avEnd;
  }
  return {
    cookie: { name, value, attributes: parse.attributes() },
    anomalies: parse.anomalies ?? NO_ANOMALIES,
  };
};
