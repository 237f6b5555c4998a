import { describe, expect, it } from 'vitest';
import { languageFromEnv, parseCommand } from '../../src/cli/args.ts';

describe('parseCommand', () => {
  it('reads an audit with its defaults', () => {
    expect(parseCommand(['audit', 'a.har'])).toEqual({
      kind: 'audit',
      lang: null,
      options: { file: 'a.har', format: 'text', reveal: false, failOn: 'high', allowNoCookies: false },
    });
  });

  it('reads every option, in any order and in --name=value form', () => {
    expect(parseCommand(['--reveal', 'audit', '--format=sarif', 'a.har', '--fail-on', 'none', '--lang', 'ko'])).toEqual({
      kind: 'audit',
      lang: 'ko',
      options: { file: 'a.har', format: 'sarif', reveal: true, failOn: 'none', allowNoCookies: false },
    });
  });

  it('gives help and version before anything else', () => {
    expect(parseCommand(['audit', '--bogus', '-h'])).toEqual({ kind: 'help', lang: null });
    expect(parseCommand(['-v'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['audit', 'a.har', 'b.har'], { kind: 'unexpected-argument', argument: 'b.har' }],
    [['audit', 'a.har', '--lang', 'fr'], { kind: 'invalid-option-value', option: '--lang', value: 'fr', allowed: ['en', 'ko'] }],
    [['audit', 'a.har', '-x'], { kind: 'unknown-option', option: '-x' }],
    [['audit', 'a.har', '--fail-on'], { kind: 'missing-option-value', option: '--fail-on' }],
  ])('turns %j into a usage error', (argv, error) => {
    expect(parseCommand(argv)).toMatchObject({ kind: 'usage-error', error });
  });

  it('keeps a valid --lang for the usage error message', () => {
    expect(parseCommand(['audit', '--lang', 'ko'])).toEqual({ kind: 'usage-error', lang: 'ko', error: { kind: 'missing-file' } });
  });
});

describe('languageFromEnv', () => {
  it.each([
    [{ LANG: 'ko_KR.UTF-8' }, 'ko'],
    [{ LANG: 'ko' }, 'ko'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'ko_KR.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ko_KR.UTF-8' }, 'ko'],
    [{ LANG: 'ko_KR.UTF-8', LC_ALL: '' }, 'ko'],
  ])('reads %j as %s', (env, language) => {
    expect(languageFromEnv(env)).toBe(language);
  });
});
