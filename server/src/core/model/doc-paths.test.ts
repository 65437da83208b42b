import { strict as assert } from 'node:assert';
import { ParsedRegistry } from '../manifest/registry.js';
import { SourceFile } from '../text/source-file.js';
import { collectDocPaths, componentContacts, componentDocPaths, getField, isPresent } from './doc-paths.js';
import { ProjectModel } from './project-model.js';

function registry(text: string, path = '.aigov.yaml'): ParsedRegistry {
  return new ParsedRegistry(new SourceFile(path, text));
}

const REGISTRY = `version: 1
components:
  - id: first
    owner: me@example.com
    risk: { assessment: { path: docs/risk.md } }
    upstream_models:
      - { provider: a, annex_xii_docs: docs/a.md }
      - { provider: b }
      - { provider: c, annex_xii_docs: docs/c.md }
    evaluations: [{ name: e, path: docs/eval.md }]
    incidents: [{ id: INC-1, detected: 2026-01-01, report: docs/inc.md }]
    contacts: { incident: inc@example.com, privacy: dpo@example.com }
    human_oversight: { assignee: rev@example.com }
  - id: second
    model: { card: "" }
    docs: { technical: docs/tech.md }
`;

describe('doc-paths', () => {
  it('lists every document path a component writes, with its field and YAML path, in the table order', () => {
    const [first] = registry(REGISTRY).components;
    assert.deepEqual(
      componentDocPaths(first!).map((r) => [r.field, r.yamlPath.join('.'), r.value, r.component.id]),
      [
        ['risk.assessment.path', 'components.0.risk.assessment.path', 'docs/risk.md', 'first'],
        ['upstream_models[].annex_xii_docs', 'components.0.upstream_models.0.annex_xii_docs', 'docs/a.md', 'first'],
        ['upstream_models[].annex_xii_docs', 'components.0.upstream_models.2.annex_xii_docs', 'docs/c.md', 'first'],
        ['evaluations[].path', 'components.0.evaluations.0.path', 'docs/eval.md', 'first'],
        ['incidents[].report', 'components.0.incidents.0.report', 'docs/inc.md', 'first'],
      ],
    );
  });

  it('reads the raw data as written: an empty or non-text value, or a list that is not one, gives nothing', () => {
    const [c] = registry(`version: 1
components:
  - id: odd
    risk: { assessment: { path: 3 } }
    upstream_models: { annex_xii_docs: docs/a.md }
    evaluations: [docs/eval.md, null, { path: "" }]
    model: { card: "" }
    docs: docs/tech.md
`).components;
    assert.deepEqual(componentDocPaths(c!), []);
  });

  it('collects the document paths of every component of a model', () => {
    const model = new ProjectModel([registry(REGISTRY)], new Map());
    assert.deepEqual(
      collectDocPaths(model).map((r) => `${r.component.id} ${r.yamlPath.join('.')}`),
      [
        'first components.0.risk.assessment.path',
        'first components.0.upstream_models.0.annex_xii_docs',
        'first components.0.upstream_models.2.annex_xii_docs',
        'first components.0.evaluations.0.path',
        'first components.0.incidents.0.report',
        'second components.1.docs.technical',
      ],
    );
  });

  it('lists the contacts a component writes', () => {
    const [first, second] = registry(REGISTRY).components;
    assert.deepEqual(
      componentContacts(first!).map((r) => [r.field, r.yamlPath.join('.'), r.value]),
      [
        ['owner', 'components.0.owner', 'me@example.com'],
        ['contacts.incident', 'components.0.contacts.incident', 'inc@example.com'],
        ['contacts.privacy', 'components.0.contacts.privacy', 'dpo@example.com'],
        ['human_oversight.assignee', 'components.0.human_oversight.assignee', 'rev@example.com'],
      ],
    );
    assert.deepEqual(componentContacts(second!), []);
  });

  it('getField reads a dotted path, and nothing through a value that is not an object', () => {
    const data = { risk: { assessment: { path: 'r.md' }, level: null }, name: 'x' };
    assert.equal(getField(data, 'risk.assessment.path'), 'r.md');
    assert.deepEqual(getField(data, 'risk.assessment'), { path: 'r.md' });
    assert.equal(getField(data, 'risk.level'), null);
    assert.equal(getField(data, 'risk.level.x'), undefined);
    assert.equal(getField(data, 'name.length'), undefined);
    assert.equal(getField(data, 'nope.x'), undefined);
    assert.equal(getField(null, 'a'), undefined);
  });

  it('isPresent: not blank, not a TODO placeholder, not an empty list', () => {
    for (const v of [undefined, null, '', '   ', 'TODO', '  TODO  ', 'TODO: describe the measures', 'TODO:x', []]) assert.equal(isPresent(v), false, JSON.stringify(v));
    for (const v of ['x', ' TODOs are listed ', 'TODO list', 'See TODO', 'todo', [''], 0, false, {}]) assert.equal(isPresent(v), true, JSON.stringify(v));
  });
});
