import { SEVERITIES } from '../core/model.ts';
import { analyze } from '../core/report/analyze.ts';
import { buildReport } from '../core/report/build.ts';
import type { Report } from '../core/report/types.ts';
import type { Translate } from '../core/i18n/translate.ts';
import { cookielessExport, harWarningMessage } from '../core/har/har-issues.ts';
import type { HarImportOk } from '../core/har/import.ts';
import { languageFromEnv, parseCommand, type AuditOptions, type FailOn, type UsageError } from './args.ts';
import { loadHar } from './load.ts';
import { translatorIn } from './messages.ts';
import { progressOn, type ProgressStream } from './progress.ts';
import { jsonText } from '../core/report/render/json.ts';
import { renderMarkdown } from '../core/report/render/markdown.ts';
import { toSarif } from './render/sarif.ts';
import { styleFor } from './render/style.ts';
import { renderText } from './render/text.ts';

export interface Terminal extends ProgressStream {
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Terminal;
  readonly stderr: Terminal;
  readonly now: () => number;
  readonly version: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_INPUT = 2;

const PROGRAM = 'crumbtrail';

const usageErrorLine = (error: UsageError, t: Translate): string => {
  switch (error.kind) {
    case 'missing-command':
      return t('cli_error_missing_command');
    case 'unknown-command':
      return t('cli_error_unknown_command', [error.command]);
    case 'missing-file':
      return t('cli_error_missing_file');
    case 'unexpected-argument':
      return t('cli_error_unexpected_argument', [error.argument]);
    case 'unknown-option':
      return t('cli_error_unknown_option', [error.option]);
    case 'missing-option-value':
      return t('cli_error_missing_option_value', [error.option]);
    case 'invalid-option-value':
      return t('cli_error_invalid_option_value', [error.value, error.option, error.allowed.join(', ')]);
  }
};

/** Exit 1 when any finding is at least as severe as `--fail-on`. */
export const reachesFailOn = (report: Report, failOn: FailOn): boolean => {
  if (failOn === 'none') return false;
  const threshold = SEVERITIES.indexOf(failOn);
  return report.findings.some((finding) => SEVERITIES.indexOf(finding.severity) <= threshold);
};

const render = (report: Report, options: AuditOptions, t: Translate, io: CliIo): string => {
  switch (options.format) {
    case 'json':
      return jsonText(report);
    case 'sarif':
      return jsonText(toSarif(report, t, options.file, io.version));
    case 'markdown':
      return renderMarkdown(report, t, options.reveal);
    case 'text':
      return renderText(report, t, styleFor(io.stdout.isTTY, io.env), options.reveal);
  }
};

const auditLoaded = (har: HarImportOk, options: AuditOptions, t: Translate, io: CliIo): { output: string; report: Report } => {
  const analysis = analyze({ kind: 'har', pageUrl: har.page, exchanges: har.exchanges, warnings: har.warnings }, io.now());
  const report = buildReport(analysis, t, { reveal: options.reveal, source: 'har', page: har.page });
  return { output: render(report, options, t, io), report };
};

const audit = (options: AuditOptions, t: Translate, io: CliIo): number => {
  const progress = progressOn(io.stderr, t, io.now);
  const fail = (line: string): number => {
    progress.done();
    io.stderr.write(`${PROGRAM}: ${line}\n`);
    return EXIT_USAGE_OR_INPUT;
  };
  const loaded = loadHar(options.file, t, progress);
  if (loaded.kind === 'error') return fail(loaded.line);
  const cookieless = options.allowNoCookies ? null : cookielessExport(loaded.har.warnings);
  if (cookieless !== null) {
    const reason = harWarningMessage(cookieless);
    return fail(t('cli_error_no_cookies', [options.file, t(reason.key, reason.args)]));
  }
  progress.step('cli_progress_analyzing', []);
  try {
    const { output, report } = auditLoaded(loaded.har, options, t, io);
    progress.done();
    io.stdout.write(output);
    return reachesFailOn(report, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    // A bug must still end in one line, not a stack trace in a CI log.
    return fail(t('cli_error_internal', [options.file, error instanceof Error ? error.message : String(error)]));
  }
};

/** The whole CLI as a function of its input, resolving to the exit code; main.ts wires it to the process. */
export const runCli = async (io: CliIo): Promise<number> => {
  const command = parseCommand(io.argv);
  if (command.kind === 'version') {
    io.stdout.write(`${io.version}\n`);
    return EXIT_OK;
  }
  const t = await translatorIn(command.lang ?? languageFromEnv(io.env));
  switch (command.kind) {
    case 'help':
      io.stdout.write(`${t('cli_help', [t('cli_usage')])}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr.write(`${PROGRAM}: ${usageErrorLine(command.error, t)}\n${t('cli_usage')}\n`);
      return EXIT_USAGE_OR_INPUT;
    case 'audit':
      return audit(command.options, t, io);
  }
};
