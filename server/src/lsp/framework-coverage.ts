import { docsUrl } from '../core/docs.js';
import type { Engine } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import type { ComponentEntry } from '../core/manifest/registry.js';
import { PACKS } from '../core/packs.js';
import { CHECK_EVIDENCE, draftDocuments, draftEvidenceOf } from '../core/rules/packs/evidence.js';
import { formatMessage } from '../core/i18n/format.js';
import type { Locale } from '../core/i18n/locale.js';
import { localizedMessage, localizedSummary } from '../core/i18n/messages.js';
import { citationIn, obligationTitleIn, packTitleIn } from '../core/pack-names.js';
import { gapMessage, isPackRule, type PackRule } from '../core/rules/packs/obligation.js';
import type { Rule } from '../core/rules/types.js';
import type { CoverageFinding, DraftComponent, FailingComponent, ObligationCoverage, PackCoverage } from '../protocol/methods.js';
import type { Folder } from './folder.js';
import type { AigovServer } from './server.js';

/**
 * Pack → obligation → components. An obligation (a rule of a framework pack) has a status per
 * component, from the same evaluation as the report's coverage matrix: failing (with its gaps, or
 * its findings), met only by draft documents, met, not applicable, or applicable from a later
 * date. A voluntary pack's obligations show as failing even though their gaps reach the editor as
 * one summary finding. A check of aigov's own (core, incidents, policy) is known by its findings;
 * those about no component (an unregistered file) are listed as `other`.
 */
export function frameworkCoverage(server: AigovServer, list: readonly { folder: Folder; engine: Engine }[]): PackCoverage[] {
  const packs = new Map<string, PackCoverage>();
  const byCode = new Map<string, ObligationCoverage>();
  const locale = server.caps.locale;
  for (const { folder, engine } of list) {
    const today = engine.today;
    const enabled = new Set<string>(['core']);
    const counted = new Map<string, number>();
    for (const reg of engine.model.registries) {
      for (const p of engine.model.frameworksOf(reg)) {
        enabled.add(p);
        counted.set(p, (counted.get(p) ?? 0) + reg.components.length);
      }
    }
    for (const id of enabled) {
      let pack = packs.get(id);
      if (!pack) {
        const info = PACKS.find((p) => p.id === id);
        pack = { id, title: packTitleIn(id, info?.title ?? id, locale), components: 0, ...(info?.voluntary ? { voluntary: true } : {}), obligations: [] };
        packs.set(id, pack);
        // A voluntary pack's summary rule is the sum of its obligations: not a row of its own.
        for (const rule of engine.allRules.filter((r) => r.pack === id && !('summaryOf' in r))) {
          const o = emptyRow(rule, locale);
          pack.obligations.push(o);
          byCode.set(rule.code, o);
        }
      }
      pack.components += counted.get(id) ?? 0;
    }

    // Obligations: a status per component.
    for (const reg of engine.model.registries) {
      const frameworks = engine.model.frameworksOf(reg);
      const findings = folder.findingsFor(reg.path);
      for (const c of reg.components) {
        for (const rule of engine.allRules) {
          if (!isPackRule(rule) || !frameworks.has(rule.pack)) continue;
          const o = byCode.get(rule.code);
          if (o) addObligation(server, folder, engine, o, rule, c, findings, today);
        }
        for (const [code, fields] of Object.entries(CHECK_EVIDENCE)) {
          const o = byCode.get(code);
          const drafts = draftDocuments(c, engine.model).filter((d) => fields.includes(d.field));
          if (o && drafts.length > 0) o.draft.push(draftRow(server, folder, c, drafts.map((d) => d.path)));
        }
      }
    }

    // Checks: their findings.
    for (const path of [...engine.files.keys()].sort()) {
      if (server.folders.ownedElsewhere(folder, path)) continue;
      for (const f of folder.findingsFor(path)) {
        const o = byCode.get(f.code);
        if (!o || o.kind !== 'check') continue;
        const entry: CoverageFinding = { message: localizedMessage(f, server.caps.locale), severity: f.severity, uri: server.uriOf(folder, f.file), range: f.range };
        const id = f.data?.id;
        const c = typeof id === 'string' ? (engine.model.componentIn(f.file, id) ?? engine.model.component(id)) : undefined;
        if (!c) {
          o.other.push(entry);
          continue;
        }
        failingRow(server, folder, o, c).findings.push(entry);
      }
    }
  }
  for (const pack of packs.values()) {
    for (const o of pack.obligations) if (o.kind === 'check') o.met = Math.max(0, pack.components - o.failing.length - o.draft.length);
  }
  const order = new Map(PACKS.map((p, i) => [p.id, i]));
  return [...packs.values()].sort((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99) || (a.id < b.id ? -1 : 1));
}

/** An obligation's row, named in the reader's language. */
function emptyRow(rule: Rule, locale: Locale): ObligationCoverage {
  const summary = localizedSummary(rule.code, rule.summary, locale);
  const o: ObligationCoverage = {
    code: rule.code,
    slug: rule.slug,
    title: isPackRule(rule) ? obligationTitleIn(rule.code, rule.obligation.title, locale) : summary,
    summary,
    kind: isPackRule(rule) ? 'obligation' : 'check',
    docs: docsUrl(rule.code, locale),
    failing: [],
    draft: [],
    met: 0,
    notApplicable: 0,
    notYetApplicable: 0,
    other: [],
  };
  if (rule.citation) o.citation = citationIn(rule.citation, locale);
  return o;
}

/** The component's row under an obligation, made once (a component is never listed twice). */
function failingRow(server: AigovServer, folder: Folder, o: ObligationCoverage, c: ComponentEntry): FailingComponent {
  const registryUri = server.uriOf(folder, c.registry.path);
  let row = o.failing.find((x) => x.id === c.id && x.registryUri === registryUri);
  if (!row) {
    row = { id: c.id, folderUri: folder.uri, registryUri, range: c.idRange, findings: [] };
    o.failing.push(row);
  }
  return row;
}

function draftRow(server: AigovServer, folder: Folder, c: ComponentEntry, documents: string[]): DraftComponent {
  return { id: c.id, folderUri: folder.uri, registryUri: server.uriOf(folder, c.registry.path), range: c.idRange, documents };
}

function addObligation(server: AigovServer, folder: Folder, engine: Engine, o: ObligationCoverage, rule: PackRule, c: ComponentEntry, findings: readonly Finding[], today: string): void {
  const ev = rule.evaluate(c, today);
  switch (ev.status) {
    case 'n.a.':
      o.notApplicable++;
      return;
    case 'not-yet-applicable':
      o.notYetApplicable++;
      if (!o.appliesFrom || ev.appliesFrom < o.appliesFrom) o.appliesFrom = ev.appliesFrom;
      return;
    case 'pass': {
      const drafts = draftEvidenceOf(rule.obligation, c, engine.model);
      if (drafts.length > 0) o.draft.push(draftRow(server, folder, c, drafts.map((d) => d.path)));
      else o.met++;
      return;
    }
    case 'fail': {
      const row = failingRow(server, folder, o, c);
      const own = findings.filter((f) => f.code === rule.code && f.data?.id === c.id);
      const uri = server.uriOf(folder, c.registry.path);
      if (own.length > 0) {
        for (const f of own) row.findings.push({ message: localizedMessage(f, server.caps.locale), severity: f.severity, uri, range: f.range });
        return;
      }
      // Reported by a core rule or summed up in the pack's summary: the gaps, at the rule's severity.
      for (const g of ev.gaps) {
        const range = c.registry.locate(['components', c.index, ...(g.path ?? g.field.split('.'))], g.at === 'value' ? 'value' : 'key');
        row.findings.push({ message: formatMessage(gapMessage(rule.obligation, g, ev.appliesFrom, today), server.caps.locale), severity: rule.defaultSeverity, uri, range });
      }
    }
  }
}
