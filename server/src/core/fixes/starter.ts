/** The commented starter registry written by `aigov init` and the editor's "Create .aigov.yaml". */
export function starterTemplate(folderName: string, today: string): string {
  const id = folderName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-ai-component';
  return `# AI governance registry, checked by aigov (https://github.com/aigov-dev/aigov).
# It governs this folder and everything below it, except folders with their own .aigov.yaml.
# Paths are relative to this file. Keys starting with x- are yours.
version: 1

organization:
  name: Your organisation
  # Default contacts for every component below.
  contacts:
    incident: ai-incidents@your-company.invalid

# Rule packs to apply ("core" is always on). Available: jp-ai-promotion-act, jp-ai-guidelines,
# eu-ai-act, nist-ai-rmf, iso-42001, kr-ai-basic-act, us-co-adm, cn-labeling.
frameworks: []

policy:
  review_interval_days: 365

components:
  - id: ${id}
    name: Describe the AI system
    kind: llm-app              # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    roles: [deployer]          # provider | deployer | importer | distributor | developer | business-user
    jurisdictions: []          # e.g. jp, eu, kr, us-co, cn
    intended_purpose: What it is for, and for whom
    paths: ["src/**"]          # the code that belongs to it
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
    # Recorded on ${today}.
`;
}
