import type { RoleEvidence } from '../core/classify/types.ts';
import { kindKey } from '../core/i18n/kind-key.ts';
import type { MessageRef } from '../core/i18n/message-ref.ts';
import type { Anomaly } from '../core/parse/anomaly.ts';

const anomalyDetail = (anomaly: Anomaly): readonly string[] => {
  switch (anomaly.kind) {
    case 'name-value-too-long':
      return [String(anomaly.bytes)];
    case 'attribute-value-too-long':
      return [anomaly.attribute, String(anomaly.bytes)];
    case 'invalid-expires':
    case 'invalid-max-age':
    case 'invalid-samesite':
    case 'invalid-priority':
    case 'path-not-absolute':
    case 'malformed-pair':
      return [anomaly.text];
    case 'duplicate-attribute':
    case 'unknown-attribute':
    case 'flag-with-value':
      return [anomaly.attribute];
    case 'control-character':
    case 'empty-name-and-value':
    case 'nameless-value-with-equals':
    case 'empty-domain':
      return [];
  }
};

/** `anomaly_<kind>`, `$1` the detail (see src/core/parse/anomaly.ts). */
export const anomalyText = (anomaly: Anomaly): MessageRef => ({ key: kindKey('anomaly', anomaly.kind), args: anomalyDetail(anomaly) });

const evidenceDetail = (evidence: RoleEvidence): readonly string[] => {
  switch (evidence.kind) {
    case 'framework-name':
      return [evidence.framework];
    case 'name-keyword':
    case 'preference-name':
      return [evidence.keyword];
    case 'bearer-like-value':
    case 'random-value':
      return [String(Math.round(evidence.entropyBits))];
    case 'load-balancer-name':
    case 'load-balancer-value':
      return [evidence.product];
    case 'tracker-name':
      return [evidence.vendor];
    case 'client-session-value':
      return [evidence.framework];
    case 'signature-cookie':
      return [evidence.signs];
    case 'jwt-value':
    case 'no-evidence':
      return [];
  }
};

/** `evidence_<kind>`, `$1` the detail (see src/core/classify/types.ts). */
export const evidenceText = (evidence: RoleEvidence): MessageRef => ({
  key: kindKey('evidence', evidence.kind),
  args: evidenceDetail(evidence),
});
