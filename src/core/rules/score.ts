import { SEVERITIES, type Grade, type Severity } from '../model.ts';
import type { Finding } from './finding.ts';

/** Points the first finding of a severity costs. Info findings are advice and cost nothing. */
const FIRST_FINDING_COST: Readonly<Record<Severity, number>> = { high: 25, medium: 12, low: 4, info: 0 };

/**
 * Each further finding of the same severity costs this share of the one before, so ten trackers without
 * Secure do not outweigh one stealable session. At most a severity costs its first cost / (1 - 0.6):
 * high 62.5, medium 30, low 10.
 */
const NEXT_FINDING_SHARE = 0.6;

/** Lowest score of each grade, best first; below the last is F. */
const GRADE_FLOORS: readonly (readonly [Grade, number])[] = [
  ['A', 90],
  ['B', 80],
  ['C', 70],
  ['D', 60],
  ['E', 50],
];

const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/**
 * The best grade a report may get whatever its score: any medium finding rules out A, a high one caps it
 * at C, two high ones (a session ID both stealable by script and sniffable, say) at D.
 */
const bestGradeAllowed = (count: Readonly<Record<Severity, number>>): Grade => {
  if (count.high >= 2) return 'D';
  if (count.high === 1) return 'C';
  return count.medium >= 1 ? 'B' : 'A';
};

/** How many findings of each severity: counted once, shown beside the grade on every surface. */
export const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> => {
  const count: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) count[finding.severity] += 1;
  return count;
};

/** first + first·r + … + first·r^(n-1), the geometric series of diminishing costs. */
const costOf = (severity: Severity, findings: number): number =>
  (FIRST_FINDING_COST[severity] * (1 - NEXT_FINDING_SHARE ** findings)) / (1 - NEXT_FINDING_SHARE);

const gradeOfScore = (score: number): Grade => GRADE_FLOORS.find(([, floor]) => score >= floor)?.[0] ?? 'F';

const worseGrade = (a: Grade, b: Grade): Grade => (GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b);

/** A 0-100 score (100: nothing found) and an A-F grade; adding a finding never raises either. */
export const scoreFindings = (findings: readonly Finding[]): { score: number; grade: Grade } => {
  const count = countBySeverity(findings);
  const cost = SEVERITIES.reduce((sum, severity) => sum + costOf(severity, count[severity]), 0);
  const score = Math.max(0, Math.round(100 - cost));
  return { score, grade: worseGrade(gradeOfScore(score), bestGradeAllowed(count)) };
};
