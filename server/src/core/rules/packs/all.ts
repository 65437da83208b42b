/** The incident (4xx), framework pack (5xx) and policy (6xx) rules, in code order. */
import { aigov401 } from '../aigov401-incident-report-due.js';
import { aigov402 } from '../aigov402-open-incident-without-contact.js';
import { aigov500 } from '../aigov500-jp-act-cooperation-contact.js';
import { aigov501 } from '../aigov501-jp-act-information-readiness.js';
import { aigov502 } from '../aigov502-jp-act-guidelines-pack.js';
import { aigov510 } from '../aigov510-jp-guideline-human-centric.js';
import { aigov511 } from '../aigov511-jp-guideline-safety.js';
import { aigov512 } from '../aigov512-jp-guideline-fairness.js';
import { aigov513 } from '../aigov513-jp-guideline-privacy.js';
import { aigov514 } from '../aigov514-jp-guideline-security.js';
import { aigov515 } from '../aigov515-jp-guideline-transparency.js';
import { aigov516 } from '../aigov516-jp-guideline-accountability.js';
import { aigov517 } from '../aigov517-jp-guideline-literacy.js';
import { aigov518 } from '../aigov518-jp-guideline-agents.js';
import { aigov519 } from '../aigov519-jp-guidelines-summary.js';
import { aigov520 } from '../aigov520-eu-prohibited-practice.js';
import { aigov521 } from '../aigov521-eu-not-high-risk-undocumented.js';
import { aigov522 } from '../aigov522-eu-not-high-risk-unregistered.js';
import { aigov523 } from '../aigov523-eu-risk-management.js';
import { aigov524 } from '../aigov524-eu-data-governance.js';
import { aigov525 } from '../aigov525-eu-technical-documentation.js';
import { aigov526 } from '../aigov526-eu-logging-retention.js';
import { aigov527 } from '../aigov527-eu-instructions-for-use.js';
import { aigov528 } from '../aigov528-eu-human-oversight-design.js';
import { aigov529 } from '../aigov529-eu-human-oversight-assignee.js';
import { aigov530 } from '../aigov530-eu-accuracy-robustness.js';
import { aigov531 } from '../aigov531-eu-records-retention.js';
import { aigov532 } from '../aigov532-eu-conformity-assessment.js';
import { aigov533 } from '../aigov533-eu-database-registration.js';
import { aigov534 } from '../aigov534-eu-fundamental-rights-impact-assessment.js';
import { aigov535 } from '../aigov535-eu-post-market-monitoring.js';
import { aigov536 } from '../aigov536-eu-serious-incident-procedure.js';
import { aigov537 } from '../aigov537-eu-deployer-informs-provider.js';
import { aigov538 } from '../aigov538-eu-ai-interaction-notice.js';
import { aigov539 } from '../aigov539-eu-synthetic-content-marking.js';
import { aigov540 } from '../aigov540-eu-deployer-disclosure.js';
import { aigov541 } from '../aigov541-eu-gpai-documentation.js';
import { aigov542 } from '../aigov542-eu-gpai-systemic-risk.js';
import { aigov543 } from '../aigov543-eu-ai-literacy.js';
import { aigov544 } from '../aigov544-eu-profiling-always-high-risk.js';
import { aigov545 } from '../aigov545-eu-upstream-model-information.js';
import { aigov549 } from '../aigov549-nist-ai-rmf-summary.js';
import { aigov550 } from '../aigov550-nist-govern-incident-identification.js';
import { aigov551 } from '../aigov551-nist-govern-third-party.js';
import { aigov552 } from '../aigov552-nist-map-context.js';
import { aigov553 } from '../aigov553-nist-map-limits-oversight.js';
import { aigov554 } from '../aigov554-nist-map-component-legal-risk.js';
import { aigov555 } from '../aigov555-nist-map-impacts.js';
import { aigov556 } from '../aigov556-nist-measure-tevv.js';
import { aigov557 } from '../aigov557-nist-manage-deactivation.js';
import { aigov558 } from '../aigov558-nist-manage-monitoring.js';
import { aigov559 } from '../aigov559-nist-manage-incidents.js';
import { aigov560 } from '../aigov560-iso-risk-assessment.js';
import { aigov561 } from '../aigov561-iso-impact-assessment.js';
import { aigov562 } from '../aigov562-iso-lifecycle-documentation.js';
import { aigov563 } from '../aigov563-iso-monitoring-event-logs.js';
import { aigov564 } from '../aigov564-iso-data-quality-provenance.js';
import { aigov565 } from '../aigov565-iso-user-information-incidents.js';
import { aigov566 } from '../aigov566-iso-intended-use.js';
import { aigov567 } from '../aigov567-iso-suppliers.js';
import { aigov569 } from '../aigov569-iso-42001-summary.js';
import { aigov570 } from '../aigov570-kr-high-impact-review.js';
import { aigov571 } from '../aigov571-kr-prior-notice-labels.js';
import { aigov572 } from '../aigov572-kr-high-impact-measures.js';
import { aigov573 } from '../aigov573-kr-impact-assessment.js';
import { aigov574 } from '../aigov574-kr-compute-threshold.js';
import { aigov575 } from '../aigov575-kr-domestic-representative.js';
import { aigov580 } from '../aigov580-co-developer-documentation.js';
import { aigov581 } from '../aigov581-co-consumer-notice.js';
import { aigov582 } from '../aigov582-co-adverse-outcome-review.js';
import { aigov583 } from '../aigov583-co-records-retention.js';
import { aigov584 } from '../aigov584-co-consequential-decision-undeclared.js';
import { aigov590 } from '../aigov590-cn-visible-label.js';
import { aigov591 } from '../aigov591-cn-metadata-label.js';
import { aigov592 } from '../aigov592-cn-user-agreement-labels.js';
import { aigov593 } from '../aigov593-cn-unlabeled-output-logs.js';
import { aigov601 } from '../aigov601-policy-requirement-missing.js';
import { aigov602 } from '../aigov602-policy-unknown-field.js';
import type { Rule } from '../types.js';

export const FRAMEWORK_RULES: readonly Rule[] = [
  aigov401,
  aigov402,
  aigov500,
  aigov501,
  aigov502,
  aigov510,
  aigov511,
  aigov512,
  aigov513,
  aigov514,
  aigov515,
  aigov516,
  aigov517,
  aigov518,
  aigov519,
  aigov520,
  aigov521,
  aigov522,
  aigov523,
  aigov524,
  aigov525,
  aigov526,
  aigov527,
  aigov528,
  aigov529,
  aigov530,
  aigov531,
  aigov532,
  aigov533,
  aigov534,
  aigov535,
  aigov536,
  aigov537,
  aigov538,
  aigov539,
  aigov540,
  aigov541,
  aigov542,
  aigov543,
  aigov544,
  aigov545,
  aigov549,
  aigov550,
  aigov551,
  aigov552,
  aigov553,
  aigov554,
  aigov555,
  aigov556,
  aigov557,
  aigov558,
  aigov559,
  aigov560,
  aigov561,
  aigov562,
  aigov563,
  aigov564,
  aigov565,
  aigov566,
  aigov567,
  aigov569,
  aigov570,
  aigov571,
  aigov572,
  aigov573,
  aigov574,
  aigov575,
  aigov580,
  aigov581,
  aigov582,
  aigov583,
  aigov584,
  aigov590,
  aigov591,
  aigov592,
  aigov593,
  aigov601,
  aigov602,
];
