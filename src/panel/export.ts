import { jsonText } from '../core/report/render/json.ts';
import { renderMarkdown } from '../core/report/render/markdown.ts';
import type { Translate } from '../core/i18n/translate.ts';
import type { Analysis } from '../core/report/analyze.ts';
import { buildReport } from '../core/report/build.ts';

export type ExportFormat = 'json' | 'markdown';

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** The report as a file; values are masked unless the user revealed them. Nothing leaves the machine. */
export const exportFile = (
  analysis: Analysis,
  page: string,
  format: ExportFormat,
  t: Translate,
  reveal: boolean,
): ExportFile => {
  const report = buildReport(analysis, t, { reveal, source: analysis.source, page });
  return format === 'json'
    ? { name: 'crumbtrail-report.json', type: 'application/json', text: jsonText(report) }
    : { name: 'crumbtrail-report.md', type: 'text/markdown', text: renderMarkdown(report, t, reveal) };
};

/** Saves through a Blob URL and a temporary `<a download>`: a local download, no network request. */
export const download = (file: ExportFile): void => {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
