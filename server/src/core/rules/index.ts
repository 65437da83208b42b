import { aigov001 } from './aigov001-yaml-syntax.js';
import { aigov002 } from './aigov002-schema-violation.js';
import { aigov003 } from './aigov003-duplicate-component-id.js';
import { aigov004 } from './aigov004-unknown-version.js';
import { aigov005 } from './aigov005-unknown-framework.js';
import { aigov006 } from './aigov006-unknown-rule-code.js';
import { aigov007 } from './aigov007-registry-not-a-file.js';
import { aigov008 } from './aigov008-registry-unreadable.js';
import { aigov009 } from './aigov009-file-not-analysed.js';
import { aigov101 } from './aigov101-missing-risk-assessment.js';
import { aigov102 } from './aigov102-missing-incident-contact.js';
import { aigov103 } from './aigov103-document-not-found.js';
import { aigov104 } from './aigov104-assessment-overdue.js';
import { aigov105 } from './aigov105-missing-owner.js';
import { aigov106 } from './aigov106-risk-unassessed.js';
import { aigov107 } from './aigov107-malformed-contact.js';
import { aigov108 } from './aigov108-missing-intended-purpose.js';
import { aigov109 } from './aigov109-path-leaves-workspace.js';
import { aigov110 } from './aigov110-draft-document.js';
import { aigov201 } from './aigov201-unknown-component.js';
import { aigov202 } from './aigov202-malformed-annotation.js';
import { aigov203 } from './aigov203-component-without-code.js';
import { aigov204 } from './aigov204-suppression-without-reason.js';
import { aigov301 } from './aigov301-undeclared-ai-library.js';
import { aigov302 } from './aigov302-uncovered-model-artefact.js';
import { aigov303 } from './aigov303-provider-not-declared.js';
import { aigov304 } from './aigov304-undeclared-ai-dependency.js';
import { FRAMEWORK_RULES } from './packs/all.js';
import type { Rule } from './types.js';

/**
 * Every rule, explicitly (the bundle cannot discover files). Codes are never reused: a retired
 * rule's code goes to RETIRED_CODES.
 */
export const ALL_RULES: readonly Rule[] = [
  aigov001,
  aigov002,
  aigov003,
  aigov004,
  aigov005,
  aigov006,
  aigov007,
  aigov008,
  aigov009,
  aigov101,
  aigov102,
  aigov103,
  aigov104,
  aigov105,
  aigov106,
  aigov107,
  aigov108,
  aigov109,
  aigov110,
  aigov201,
  aigov202,
  aigov203,
  aigov204,
  aigov301,
  aigov302,
  aigov303,
  aigov304,
  ...FRAMEWORK_RULES,
];

/** Codes that were used once and must never be given to another rule. */
export const RETIRED_CODES: readonly string[] = [];
