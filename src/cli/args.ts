import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../core/model.ts';

export const OUTPUT_FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const FAIL_ON_LEVELS = [...SEVERITIES, 'none'] as const;
export type FailOn = Severity | 'none';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export type UsageError =
  | { readonly kind: 'missing-command' }
  | { readonly kind: 'unknown-command'; readonly command: string }
  | { readonly kind: 'missing-file' }
  | { readonly kind: 'unexpected-argument'; readonly argument: string }
  | { readonly kind: 'unknown-option'; readonly option: string }
  | { readonly kind: 'missing-option-value'; readonly option: string }
  | { readonly kind: 'invalid-option-value'; readonly option: string; readonly value: string; readonly allowed: readonly string[] };

export interface AuditOptions {
  readonly file: string;
  readonly format: OutputFormat;
  readonly reveal: boolean;
  readonly failOn: FailOn;
  /** Audit a HAR that carries no cookie data instead of refusing it (exit 2). */
  readonly allowNoCookies: boolean;
}

/** `lang` is null when `--lang` was not given (or was invalid): the environment decides. */
export type Command =
  | { readonly kind: 'help'; readonly lang: Language | null }
  | { readonly kind: 'version' }
  | { readonly kind: 'audit'; readonly lang: Language | null; readonly options: AuditOptions }
  | { readonly kind: 'usage-error'; readonly lang: Language | null; readonly error: UsageError };

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  lang: { type: 'string' },
  reveal: { type: 'boolean' },
  'allow-no-cookies': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

const isOptionName = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

const oneOf = <T extends string>(allowed: readonly T[], value: string): value is T =>
  allowed.some((candidate) => candidate === value);

interface Collected {
  readonly values: Map<OptionName, string | true>;
  readonly positionals: string[];
  readonly errors: UsageError[];
}

/** Non-strict parsing with tokens, so every mistake becomes a UsageError instead of a thrown English message. */
const collect = (argv: readonly string[]): Collected => {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const collected: Collected = { values: new Map(), positionals: [], errors: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') collected.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!isOptionName(token.name)) {
      collected.errors.push({ kind: 'unknown-option', option: token.rawName });
    } else if (OPTIONS[token.name].type === 'string') {
      if (token.value === undefined) collected.errors.push({ kind: 'missing-option-value', option: token.rawName });
      else collected.values.set(token.name, token.value);
    } else {
      collected.values.set(token.name, true);
    }
  }
  return collected;
};

type Choice<T> = { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'error'; readonly error: UsageError };

const choose = <T extends string>(given: string | true | undefined, option: string, allowed: readonly T[], fallback: T): Choice<T> => {
  if (given === undefined || given === true) return { kind: 'ok', value: fallback };
  if (oneOf(allowed, given)) return { kind: 'ok', value: given };
  return { kind: 'error', error: { kind: 'invalid-option-value', option, value: given, allowed } };
};

const auditCommand = (collected: Collected, lang: Language | null): Command => {
  const [, file, extra] = collected.positionals;
  if (file === undefined) return { kind: 'usage-error', lang, error: { kind: 'missing-file' } };
  if (extra !== undefined) return { kind: 'usage-error', lang, error: { kind: 'unexpected-argument', argument: extra } };
  const format = choose(collected.values.get('format'), '--format', OUTPUT_FORMATS, 'text');
  if (format.kind === 'error') return { kind: 'usage-error', lang, error: format.error };
  const failOn = choose(collected.values.get('fail-on'), '--fail-on', FAIL_ON_LEVELS, 'high');
  if (failOn.kind === 'error') return { kind: 'usage-error', lang, error: failOn.error };
  const reveal = collected.values.get('reveal') === true;
  const allowNoCookies = collected.values.get('allow-no-cookies') === true;
  return { kind: 'audit', lang, options: { file, format: format.value, reveal, failOn: failOn.value, allowNoCookies } };
};

export const parseCommand = (argv: readonly string[]): Command => {
  const collected = collect(argv);
  const langChoice = choose<Language | 'auto'>(collected.values.get('lang'), '--lang', LANGUAGES, 'auto');
  const lang = langChoice.kind === 'ok' && langChoice.value !== 'auto' ? langChoice.value : null;
  if (collected.values.get('help') === true) return { kind: 'help', lang };
  if (collected.values.get('version') === true) return { kind: 'version' };
  const [firstError] = collected.errors;
  if (firstError !== undefined) return { kind: 'usage-error', lang, error: firstError };
  if (langChoice.kind === 'error') return { kind: 'usage-error', lang, error: langChoice.error };
  const [command] = collected.positionals;
  if (command === undefined) return { kind: 'usage-error', lang, error: { kind: 'missing-command' } };
  if (command !== 'audit') return { kind: 'usage-error', lang, error: { kind: 'unknown-command', command } };
  return auditCommand(collected, lang);
};

/** LC_ALL overrides LC_MESSAGES, which overrides LANG (POSIX); Korean when the winner starts with `ko`. */
export const languageFromEnv = (env: Readonly<Record<string, string | undefined>>): Language => {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
};
