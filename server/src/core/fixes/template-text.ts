/**
 * Every word of the documents aigov writes from a template, in one place (a translation is a copy
 * of this object with the same shape; see `TemplateText`). The builder in templates.ts decides
 * which sections a component gets (by document, role, risk level and the packs selected) and
 * fills in what the registry already knows; a section it cannot fill says `todo` followed by the
 * prompt, which is what makes the document a draft (AIGOV110) until someone writes it.
 *
 * Placeholders in `{braces}` are replaced by the builder. Headings are Markdown level 2.
 */

/** A section the team writes: its heading and what to write there. */
export interface SectionText {
  heading: string;
  prompt: string;
}

/** A document other than the risk assessment: its title, why it exists, and its sections. */
export interface DocumentText {
  title: string;
  /** One sentence under the header: what the document is for. */
  purpose: string;
  sections: SectionText[];
}

export const TEMPLATE_TEXT = {
  /** The first line of every generated document; AIGOV110 looks for `aigov:draft`. */
  marker: '<!-- aigov:draft (written from a template on {date}). Fill in every section that says TODO, then delete this line. -->',
  todo: 'TODO',
  /** The header's field labels. */
  header: {
    component: 'Component',
    owner: 'Owner',
    date: 'Date',
    riskLevel: 'Risk level',
    basis: 'Classification basis',
    roles: 'Roles',
    jurisdictions: 'Jurisdictions',
    frameworks: 'Frameworks',
    why: 'Asked for by',
    /** After `why`'s article when the finding's duty does not apply yet on the day of writing. */
    whyFrom: '{reason} (applies from {date})',
    /** In place of `why` for Japan AI Promotion Act Art 16, which sets no duty for businesses (FRAMEWORKS.md, Japan). */
    context: 'Context',
    jpAct16: 'Japan AI Promotion Act (Act No. 53 of 2025) Art 16 has the State gather information on cases in which AI infringed rights and give guidance; it sets no duty for businesses. This document is kept by choice, to answer such an inquiry quickly.',
    previous: 'Previous assessment',
    none: 'none declared',
    unassessed: 'unassessed',
  },
  /** Said after a value that comes from the registry (with its leading space, if the language has one). */
  fromRegistry: ' (from .aigov.yaml)',

  riskAssessment: {
    title: 'AI risk assessment',
    purpose: { heading: 'Intended purpose', prompt: 'what the system is for, for whom, and where it is used.' },
    misuse: { heading: 'Reasonably foreseeable misuse', prompt: 'how the system could be misused or relied on beyond its purpose, and what guards against it.' },
    hazards: { heading: 'Hazards', prompt: 'what can go wrong: wrong or harmful outputs, bias, privacy, security, over-reliance, failure modes.' },
    table: {
      heading: 'Likelihood and severity',
      columns: ['Risk', 'Likelihood', 'Severity', 'Mitigation', 'Owner'],
    },
    oversight: {
      heading: 'Human oversight',
      assignee: 'Overseer',
      measures: 'Measures',
      stop: 'Stop mechanism',
      prompt: 'who can intervene, how, and how the system is stopped.',
    },
    previous: {
      heading: 'Changes since the previous assessment',
      prompt: 'what changed in the model, data, use or context since {path} ({date}), and what that does to the risks above.',
      /** Said in place of `{date}` when the previous assessment has none. */
      undated: 'its date is not recorded',
    },
    residual: { heading: 'Residual risk and sign-off', prompt: 'the risk that remains, who accepted it and on what date, and when it is reviewed next.' },
  },

  /** Risk-assessment sections chosen by pack, role and risk level (see templates.ts). */
  packs: {
    euClassification: {
      heading: 'Risk classification (EU AI Act Art 5, Art 6, Annex III)',
      prompt: 'why the system is (or is not) a prohibited practice under Art 5 and a high-risk system under Art 6 and Annex III.',
      recorded: 'Recorded classification: {level}, basis: {basis}.',
    },
    euProhibited: { heading: 'Prohibited practice (EU AI Act Art 5)', prompt: 'which Art 5 practice applies, and the decision to stop or change the system.' },
    euProviderHighRisk: [
      { heading: 'Risk management system (EU AI Act Art 9)', prompt: 'the risk management process across the lifecycle: identification, estimation, evaluation, measures, testing.' },
      { heading: 'Data and data governance (EU AI Act Art 10)', prompt: 'training, validation and test data: provenance, relevance, representativeness, errors, and the examination for bias.' },
      { heading: 'Human oversight by design (EU AI Act Art 14)', prompt: 'how the design lets people understand, monitor, override and stop the system.' },
      { heading: 'Accuracy, robustness and cybersecurity (EU AI Act Art 15)', prompt: 'the accuracy metrics and levels declared, resilience to errors and attacks, and fallback plans.' },
    ],
    euDeployerHighRisk: [
      { heading: 'Use according to the instructions (EU AI Act Art 26(1))', prompt: 'the provider\'s instructions for use and how this deployment follows them.' },
      { heading: 'Input data and monitoring (EU AI Act Art 26(4)–(6))', prompt: 'how input data is kept relevant, how operation is monitored, and how logs are kept (at least six months).' },
    ],
    /**
     * Said first in each EU high-risk section (and under the purpose of the fundamental rights
     * impact assessment): how the duty stands for this system on the day of writing, from the EU
     * pack's high-risk date (`highRiskFrom`).
     */
    hrStatus: {
      before: 'Applies to this system from {from}; until then it is good practice.',
      binding: 'Binds this system (it applies from {from}).',
      legacy: 'Does not bind this system: it was placed on the market before its high-risk date and not significantly changed since (Art 111(2)); it is good practice.',
    },
    /**
     * Said first in a section of a law that has a date in the packs (EU Arts 4, 5 and 50, Korea,
     * Colorado, China) on a day before that date; nothing from it on.
     */
    appliesFrom: 'Applies from {from}; until then it is good practice.',
    euTransparencyProvider: { heading: 'Transparency (EU AI Act Art 50(1)–(2))', prompt: 'how people learn they are interacting with an AI system, and how generated content is marked as such.' },
    /**
     * Said first in the provider's Art 50 section of a generative system placed on the market
     * before Art 50 applied ({general}), until the later day Art 111(4) gives it for Art 50(2)
     * ({from}): before {general}, and from it.
     */
    euMarkingLater: {
      before: 'Applies from {general}; Art 50(2), the marking of generated content, applies to this system from {from}, as it was placed on the market before {general} (Art 111(4)). Until then it is good practice.',
      after: 'Art 50(1) applies. Art 50(2), the marking of generated content, applies to this system from {from}, as it was placed on the market before {general} (Art 111(4)); until then marking is good practice.',
    },
    euTransparencyDeployer: {
      heading: 'Transparency to the people affected (EU AI Act Art 50)',
      prompt: 'how the people using the system learn that they deal with AI (the provider\'s notice under Art 50(1), as this deployment shows it), and which disclosures this deployment makes itself: emotion recognition or biometric categorisation (Art 50(3)), generated or manipulated content (Art 50(4)).',
    },
    euMinimal: { heading: 'EU AI Act obligations', prompt: 'confirm that no Art 50 transparency duty applies, and how the AI literacy of the people who use the system is supported (Art 4).' },
    jpGuidelines: [
      { heading: 'Safety and security (AI Guidelines for Business, principles 2 and 5)', prompt: 'harm to life, body, property or mind, and protection against misuse and attacks.' },
      { heading: 'Fairness (principle 3)', prompt: 'bias in data and outputs, and where human judgement stays in the loop.' },
      { heading: 'Privacy (principle 4)', prompt: 'personal data used or produced, and its protection.' },
      { heading: 'Transparency and accountability (principles 6 and 7)', prompt: 'what is disclosed to users and stakeholders, and who answers for the system.' },
    ],
    jpDeveloper: { heading: 'Development (AI Guidelines for Business, developer items)', prompt: 'data and model quality, and the information handed to providers.' },
    nist: [
      { heading: 'MAP: context and impacts (NIST AI RMF MAP 1.1, 5.1)', prompt: 'the context of use, the people affected, and the likelihood and size of the impacts.' },
      { heading: 'MEASURE: testing and evaluation (MEASURE 2)', prompt: 'the tests and evaluations run, their metrics and results.' },
      { heading: 'MANAGE: response, deactivation and monitoring (MANAGE 2.4, 4.1)', prompt: 'how risks are treated, how the system is deactivated, and how it is monitored after deployment.' },
    ],
    iso: [
      { heading: 'AI risk assessment criteria (ISO/IEC 42001 clause 6.1.2)', prompt: 'the criteria used to judge likelihood, consequences and acceptance.' },
      { heading: 'Risk treatment and Statement of Applicability (clause 6.1.3)', prompt: 'the treatment chosen for each risk and the Annex A controls it relies on.' },
    ],
    krHighImpact: { heading: 'High-impact AI measures (Korea AI Basic Act Art 34)', prompt: 'the risk management, explanation and user-protection plans, human oversight, and the records kept for five years.' },
    krNotice: { heading: 'Prior notice and labels (Korea AI Basic Act Art 31)', prompt: 'how users are told in advance that the service uses generative or high-impact AI, and how outputs are labelled.' },
    coConsequential: { heading: 'Consequential decisions (Colorado SB 26-189)', prompt: 'the decisions the system contributes to, the notice to consumers, and how adverse outcomes are reviewed.' },
    cnLabels: { heading: 'Labelling of generated content (China labelling measures)', prompt: 'the visible labels and the metadata written into generated content.' },
  },

  /** Documents other than the risk assessment, by the registry field that links them. */
  documents: {
    'incident_response.procedure': {
      title: 'Incident response procedure',
      purpose: 'How incidents with this AI system are recognised, handled and reported.',
      sections: [
        { heading: 'What counts as an incident', prompt: 'the events that start this procedure (harm, serious malfunction, rights infringement, security breach).' },
        { heading: 'Intake and contacts', prompt: 'where incidents are reported and who receives them, day and night.' },
        { heading: 'Triage and severity', prompt: 'how severity is decided and who decides.' },
        { heading: 'Reporting to the authority', prompt: 'whether a law requires a report to an authority and, if so, which authority is told, by whom, and by when.' },
        { heading: 'Containment and stop', prompt: 'how the system is limited or stopped while the incident is handled.' },
        { heading: 'Communication and review', prompt: 'who is informed (users, provider, management) and how the incident is reviewed afterwards.' },
      ],
    },
    'incident_response.register': {
      title: 'Incident register',
      purpose: 'Every incident of this AI system, with what was done about it.',
      sections: [{ heading: 'Root causes and follow-up', prompt: 'for each incident, its cause, the fix and the date it was closed.' }],
    },
    'model.card': {
      title: 'Model card',
      purpose: 'What the model is, what it is for, how it was built and tested, and where it falls short.',
      sections: [
        { heading: 'Model details', prompt: 'provider, name, version, architecture and licence.' },
        { heading: 'Intended use', prompt: 'what the model is for and for whom.' },
        { heading: 'Out-of-scope use', prompt: 'uses the model is not meant for.' },
        { heading: 'Training data', prompt: 'the data the model was trained on and its provenance.' },
        { heading: 'Evaluation', prompt: 'the evaluations run, with metrics and results.' },
        { heading: 'Limitations and risks', prompt: 'known weaknesses, biases and failure modes.' },
      ],
    },
    'monitoring.plan': {
      title: 'Post-market monitoring plan',
      purpose: 'How the system is watched once it is in use, and what happens when something drifts.',
      sections: [
        { heading: 'What is monitored', prompt: 'the signals collected (quality, drift, complaints, incidents) and from where.' },
        { heading: 'Metrics and thresholds', prompt: 'each metric, its threshold, and the action when it is crossed.' },
        { heading: 'Review and escalation', prompt: 'who reviews the results, how often, and whom they escalate to.' },
        { heading: 'Logs', prompt: 'which logs are kept, and for how long.' },
      ],
    },
    'impact_assessment.path': {
      title: 'Impact assessment',
      purpose: 'The impacts of the system on people, groups and society, and what limits them.',
      sections: [
        { heading: 'People and groups affected', prompt: 'who is affected, directly and indirectly, including vulnerable groups.' },
        { heading: 'Impacts', prompt: 'the positive and negative impacts on rights, safety and well-being.' },
        { heading: 'Measures', prompt: 'what prevents or limits the negative impacts, and who is responsible.' },
      ],
    },
    'impact_assessment.path:fria': {
      title: 'Fundamental rights impact assessment (EU AI Act Art 27)',
      purpose: 'The assessment a deployer makes before putting a high-risk AI system into use (Art 27(1)(a)–(f)).',
      sections: [
        { heading: '(a) The deployer\'s processes', prompt: 'the processes in which the system is used, in line with its intended purpose.' },
        { heading: '(b) Period and frequency of use', prompt: 'how long and how often the system is used.' },
        { heading: '(c) People and groups affected', prompt: 'the categories of natural persons and groups likely to be affected in this context.' },
        { heading: '(d) Specific risks of harm', prompt: 'the risks of harm to those people and groups, using the provider\'s information (Art 13).' },
        { heading: '(e) Human oversight', prompt: 'the human oversight measures, following the instructions for use.' },
        { heading: '(f) When risks materialise', prompt: 'the measures taken then, including internal governance and complaint mechanisms.' },
      ],
    },
    'data.bias_review': {
      title: 'Bias review',
      purpose: 'How the data and outputs were examined for bias, and what was done about it.',
      sections: [
        { heading: 'Groups considered', prompt: 'the groups and attributes the review looked at.' },
        { heading: 'Method and metrics', prompt: 'how bias was measured.' },
        { heading: 'Findings and mitigations', prompt: 'what was found and what was changed.' },
      ],
    },
    'transparency.user_notice': {
      title: 'User notice',
      purpose: 'What people are told about the AI system, where and when.',
      sections: [
        { heading: 'Notice text', prompt: 'the words shown to users.' },
        { heading: 'Where and when it is shown', prompt: 'the screen or channel, and the moment (at the latest at the first interaction).' },
      ],
    },
    default: {
      title: 'Document',
      purpose: 'Evidence for the framework item that asks for this document.',
      sections: [{ heading: 'Content', prompt: 'the content this document is for.' }],
    },
  } satisfies Record<string, DocumentText>,

  /** Titles of the documents a pack finding can ask for (DOC_FIELDS in templates.ts), by field. */
  docTitles: {
    'docs.technical': 'Technical documentation',
    'docs.instructions_for_use': 'Instructions for use',
    'docs.terms': 'Terms of use',
    'model.card': 'Model card',
    'data.bias_review': 'Bias review',
    'monitoring.plan': 'Post-market monitoring plan',
    'transparency.user_notice': 'User notice',
    'transparency.deepfake_disclosure': 'Disclosure of generated or manipulated content',
    'security.review': 'Security review',
    'training.records': 'AI literacy and training records',
    'conformity.doc_path': 'EU declaration of conformity',
    'gpai.technical_docs': 'GPAI model technical documentation',
    'gpai.copyright_policy': 'Copyright policy',
    'gpai.training_data_summary': 'Training data summary',
    'gpai.incidents': 'Serious incident reporting to the AI Office',
    'incident_response.procedure': 'Incident response procedure',
    'incident_response.register': 'Incident register',
    'impact_assessment.path': 'Impact assessment',
  } as Readonly<Record<string, string>>,

  /** Lines the builder adds under a section when the registry knows something. */
  known: {
    sources: 'Data sources',
    provenance: 'Provenance',
    evaluations: 'Evaluations',
    incidentContact: 'Incident contact',
    escalation: 'Escalation',
    stop: 'Stop mechanism',
    retention: 'Log retention: {days} days',
    /**
     * The serious-incident limits (FRAMEWORKS.md, EU AI Act Art 73) in the incident response
     * procedure, after a sentence that says how they stand for this system on the day of writing.
     */
    art73: {
      binding: 'EU AI Act Art 73(2)–(5) binds this system.',
      before: 'EU AI Act Art 73(2)–(5) applies to this system from {from}, for incidents its provider becomes aware of from that day; until then its limits are good practice.',
      legacy: 'EU AI Act Art 73(2)–(5) does not bind this system: it was placed on the market before its high-risk date and not significantly changed since (Art 111(2)); its limits are good practice.',
      scope: 'EU AI Act Art 73(2)–(5) binds only providers of high-risk systems; for this system its limits are good practice.',
      separator: ' ',
      limits: 'Report a serious incident to the market surveillance authority immediately once a causal link with the system (or its reasonable likelihood) is established, and at the latest 15 days after the provider (or the deployer) becomes aware of it, 10 days for a death, 2 days for a widespread infringement or a serious disruption of critical infrastructure (Art 3(49)(b)); a first report may be incomplete.',
    },
    /**
     * The deployer's own duty beside Art 73 (FRAMEWORKS.md, EU AI Act Art 26(5)), in the incident
     * response procedure of a deployer, said as it stands on the day of writing.
     */
    art26_5: {
      binding: "EU AI Act Art 26(5) binds this system's deployer.",
      before: "EU AI Act Art 26(5) applies to this system's deployer from {from}; until then it is good practice.",
      legacy: "EU AI Act Art 26(5) does not bind this system's deployer: the system was placed on the market before its high-risk date and not significantly changed since (Art 111(2)); it is good practice.",
      scope: 'EU AI Act Art 26(5) binds only deployers of high-risk systems; for this system it is good practice.',
      separator: ' ',
      inform: 'Inform the provider immediately of a serious incident, then the importer or distributor and the market surveillance authorities concerned.',
    },
    incidentsTable: ['Incident', 'Title', 'Detected', 'Severity', 'Reported', 'Status'],
    /** Under the incident register: entries of `incidents` that are not incident records (null, a number, a list). */
    notIncidents: 'Not listed: {entries} in `incidents`, which are not incident records.',
  },

  /**
   * What to write in a registry field that a fix adds as a placeholder (`TODO: <hint>`): a
   * placeholder is not a value, so the finding stays until the team writes one.
   */
  fieldHints: {
    intended_purpose: 'what the system is for, and for whom',
    foreseeable_misuse: 'how the system could be misused, and what guards against it',
    'human_oversight.measures': 'how people oversee the system and override it',
    'human_oversight.stop_mechanism': 'how the system is stopped (a flag, a switch, a runbook)',
    'data.provenance': 'where the data comes from and under what terms',
    'upstream_models.name': "the upstream model's name",
    'upstream_models.version': 'the pinned version of the upstream model',
    'upstream_models.license': 'the licence or terms of the upstream model',
  },

  /** The title of an incident a fix records, a placeholder for the team to replace. */
  incidentTitle: 'TODO: what happened',
};


export type TemplateText = typeof TEMPLATE_TEXT;
