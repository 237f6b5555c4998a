import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Translate } from '../../core/i18n/translate.ts';
import type { Severity } from '../../core/model.ts';
import type { Report, ReportFinding } from '../../core/report/types.ts';
import { ruleTextKey } from '../../core/rules/finding.ts';
import type { RuleId } from '../../core/report/types.ts';

/** The SARIF 2.1.0 subset Crumbtrail writes (OASIS SARIF v2.1.0, sections 3.13 to 3.33). */
interface SarifText {
  readonly text: string;
}

interface SarifRule {
  readonly id: RuleId;
  readonly shortDescription: SarifText;
  readonly fullDescription: SarifText;
  readonly help: SarifText;
}

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifResult {
  readonly ruleId: RuleId;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: SarifText;
  readonly locations: readonly {
    readonly physicalLocation: { readonly artifactLocation: { readonly uri: string } };
    readonly logicalLocations: readonly { readonly name: string; readonly fullyQualifiedName: string; readonly kind: string }[];
  }[];
}

export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly {
    readonly tool: { readonly driver: { readonly name: string; readonly version: string; readonly rules: readonly SarifRule[] } };
    readonly results: readonly SarifResult[];
  }[];
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS: Readonly<Record<Severity, SarifLevel>> = { high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** A relative path stays relative (code-scanning tools resolve it against the checkout); an absolute one is a file: URI. */
export const artifactUri = (file: string): string =>
  isAbsolute(file) ? pathToFileURL(file).href : encodeURI(file.replaceAll('\\', '/'));

const ruleOf = (id: RuleId, t: Translate): SarifRule => ({
  id,
  shortDescription: { text: t(ruleTextKey(id, 'title')) },
  fullDescription: { text: t(ruleTextKey(id, 'why')) },
  help: { text: t(ruleTextKey(id, 'fix')) },
});

const resultOf = (finding: ReportFinding, ruleIndex: number, uri: string): SarifResult => {
  const { name, domain, path } = finding.cookie;
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri } },
        logicalLocations: [{ name, fullyQualifiedName: `${domain}${path}:${name}`, kind: 'resource' }],
      },
    ],
  };
};

/** One result per finding; the rules used, with their title, explanation and fix, describe them. */
export const toSarif = (report: Report, t: Translate, file: string, version: string): SarifLog => {
  const ruleIds = [...new Set(report.findings.map((finding) => finding.rule))];
  const indexOf = new Map(ruleIds.map((id, index) => [id, index]));
  const uri = artifactUri(file);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: t('extName'), version, rules: ruleIds.map((id) => ruleOf(id, t)) } },
        results: report.findings.map((finding) => resultOf(finding, indexOf.get(finding.rule) ?? 0, uri)),
      },
    ],
  };
};
