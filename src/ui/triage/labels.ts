// Human labels for report enums (shared by the report components).
import type { Report, StepStatus } from '../../engine/index';

export const CATEGORY_LABEL: Record<Report['verdict']['category'], string> = {
  configuration: 'Configuration problem',
  'resource-exhaustion': 'Resource exhaustion',
  environment: 'Environment problem',
  'terway-bug': 'Possible Terway bug',
  none: 'No problem found',
  unknown: 'Not enough to decide',
};

export const STATUS_LABEL: Record<StepStatus, string> = {
  ok: 'ok',
  problem: 'problem',
  missing: 'missing',
  'n/a': 'n/a',
};

export const STATUS_ICON: Record<StepStatus, string> = {
  ok: '✓',
  problem: '✗',
  missing: '?',
  'n/a': '–',
};

export const IPAM_LABEL: Record<Report['ipamMode'], string> = {
  crd: 'centralized (crd)',
  default: 'node-local (default)',
  unknown: 'unknown',
};

export const TERWAY_LABEL: Record<Report['terway'], string> = {
  involved: 'Terway is involved',
  'not-involved': 'Terway is not involved',
  unknown: 'Terway involvement unknown',
};
