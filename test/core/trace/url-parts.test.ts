import { describe, expect, it } from 'vitest';
import { forEachUrlPart } from '../../../src/core/trace/url-parts.ts';

const parts = (url: string): string[] => {
  const seen: string[] = [];
  forEachUrlPart(new URL(url), (place, name, value) => seen.push(`${place}:${name ?? ''}=${value}`));
  return seen;
};

describe('forEachUrlPart', () => {
  it('visits path segments, ;name=value path parameters and query pairs', () => {
    expect(parts('https://a.example/app;jsessionid=ABC;x=1/page?sid=DEF&flag')).toEqual([
      'path-segment:=app',
      'path-parameter:jsessionid=ABC',
      'path-parameter:x=1',
      'path-segment:=page',
      'query:sid=DEF',
      'query:=flag',
    ]);
  });

  it('visits a percent-encoded value both as written and decoded', () => {
    expect(parts('https://a.example/?s=s%3Aabc.def')).toEqual(['query:s=s%3Aabc.def', 'query:s=s:abc.def']);
  });

  it('survives broken escapes', () => {
    expect(parts('https://a.example/%E0%A4%A?q=%zz')).toEqual(['path-segment:=%E0%A4%A', 'query:q=%zz']);
  });
});
