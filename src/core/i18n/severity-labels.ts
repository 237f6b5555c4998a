import type { Severity } from '../model.ts';
import type { MessageKey } from './translate.ts';

/** The one name of each severity, so the CLI, the reports and the extension say it alike. */
export const SEVERITY_LABELS: Readonly<Record<Severity, MessageKey>> = {
  high: 'severity_high',
  medium: 'severity_medium',
  low: 'severity_low',
  info: 'severity_info',
};
