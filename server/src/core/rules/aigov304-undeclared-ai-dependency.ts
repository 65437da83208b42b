import { detectionFixes } from '../detection/fixes.js';
import { manifestUses } from '../detection/reconcile.js';
import { basename } from '../paths.js';
import type { SourceRule } from './types.js';
import { detectionRuleSettings, undeclaredAiData } from './util.js';

/**
 * Dependency manifests: one finding per AI dependency line when no component covers the manifest.
 * A separate code from AIGOV301 so a team can keep one and switch the other off.
 */
export const aigov304: SourceRule = {
  code: 'AIGOV304',
  slug: 'undeclared-ai-dependency',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'source',
  summary: 'AI dependency in a manifest that no component covers',
  description:
    'A dependency manifest (`requirements.txt`, `pyproject.toml`, `package.json`, `go.mod`, `pom.xml`, `build.gradle`, `*.csproj`, `Cargo.toml`, `Pipfile`, `environment.yml`) declares an AI library, but no component covers the manifest. The dependency will be installed wherever the project is deployed: record which component it serves.',
  check(ctx) {
    const { facts } = ctx;
    const settings = detectionRuleSettings(ctx, false);
    if (!settings) return;
    const manifest = basename(facts.path);
    for (const d of manifestUses(facts.detections, settings.extras)) {
      ctx.report({
        file: facts.path,
        range: d.range,
        messageId: 'AIGOV304.uncovered',
        args: { library: d.library, family: d.family ?? d.provider, manifest },
        data: undeclaredAiData(ctx, d, d.confidence, { detection: 'manifest' }),
      });
    }
  },
  fixes(f, ctx) {
    return detectionFixes(f, ctx, true);
  },
};
