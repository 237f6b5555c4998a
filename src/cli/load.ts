import { readFileSync } from 'node:fs';
import { harErrorMessage } from '../core/har/har-issues.ts';
import type { HarImportOk } from '../core/har/import.ts';
import { loadHarBytes, type HarLoad, type JsonProblem } from '../core/har/load.ts';
import type { MessageRef } from '../core/i18n/message-ref.ts';
import type { Translate } from '../core/i18n/translate.ts';
import type { Progress } from './progress.ts';

/** A failure is one line for stderr, already in the user's language. */
export type Loaded =
  | { readonly kind: 'ok'; readonly har: HarImportOk }
  | { readonly kind: 'error'; readonly line: string };

const errorCodeOf = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO';

const readError = (file: string, error: unknown): MessageRef => {
  const code = errorCodeOf(error);
  if (code === 'ENOENT') return { key: 'cli_error_file_not_found', args: [file] };
  if (code === 'EISDIR') return { key: 'cli_error_file_is_directory', args: [file] };
  if (code === 'ERR_FS_FILE_TOO_LARGE') return { key: 'cli_error_file_too_large', args: [file] };
  return { key: 'cli_error_file_unreadable', args: [file, code] };
};

const readBytes = (file: string): { readonly kind: 'ok'; readonly bytes: Buffer } | { readonly kind: 'error'; readonly message: MessageRef } => {
  try {
    return { kind: 'ok', bytes: readFileSync(file) };
  } catch (error) {
    return { kind: 'error', message: readError(file, error) };
  }
};

const jsonProblemMessage = (file: string, problem: JsonProblem): MessageRef => {
  switch (problem.kind) {
    case 'ends-early':
      return { key: 'cli_error_invalid_json_end', args: [file] };
    case 'at':
      return { key: 'cli_error_invalid_json', args: [file, String(problem.line), String(problem.column)] };
    case 'other':
      return { key: 'cli_error_invalid_json_other', args: [file] };
  }
};

const loadProblem = (file: string, load: Exclude<HarLoad, { kind: 'ok' }>, t: Translate): string => {
  switch (load.kind) {
    case 'not-json': {
      const message = jsonProblemMessage(file, load.problem);
      return t(message.key, message.args);
    }
    case 'too-large':
      return t('cli_error_file_too_large', [file]);
    case 'not-har': {
      const reason = harErrorMessage(load.error);
      return t('cli_error_not_har', [file, t(reason.key, reason.args)]);
    }
  }
};

export const loadHar = (file: string, t: Translate, progress: Progress): Loaded => {
  progress.step('cli_progress_reading', [file]);
  const read = readBytes(file);
  if (read.kind === 'error') return { kind: 'error', line: t(read.message.key, read.message.args) };
  progress.step('cli_progress_parsing', []);
  const { bytes } = read;
  // Node's own decoder: faster than TextDecoder on a Buffer.
  const load = loadHarBytes(bytes, (start, end) => bytes.toString('utf8', start, end));
  return load.kind === 'ok' ? { kind: 'ok', har: load.har } : { kind: 'error', line: loadProblem(file, load, t) };
};
