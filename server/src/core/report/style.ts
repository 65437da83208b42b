/** The report's stylesheet, inlined into the HTML. Reads on screen and on paper (A4, B/W safe). */
export const REPORT_CSS = `
:root { --fg: #1b1f24; --muted: #5b6470; --line: #d7dce2; --ok: #1a7f37; --bad: #c62828; --warn: #9a6700; --later: #3557b7; --na: #8a929c; --bg-soft: #f5f7f9; }
* { box-sizing: border-box; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans JP", Helvetica, Arial, sans-serif; color: var(--fg); margin: 0 auto; padding: 24px 32px 48px; max-width: 1100px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 8px; border-bottom: 2px solid var(--fg); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
h4 { font-size: 14px; margin: 12px 0 4px; }
code { font: 12px/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: var(--bg-soft); padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
a { color: var(--later); }
.muted { color: var(--muted); }
header { margin-bottom: 16px; }
.summary { display: grid; grid-template-columns: repeat(7, 1fr); gap: 8px; margin: 12px 0 24px; }
.tile { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.tile .n { font-size: 22px; font-weight: 600; }
.tile .k { color: var(--muted); font-size: 12px; }
.tile.bad { border-color: var(--bad); } .tile.bad .n { color: var(--bad); }
.tile.warn { border-color: var(--warn); } .tile.warn .n { color: var(--warn); }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--bg-soft); font-weight: 600; }
table.coverage td:nth-child(1) { width: 34%; }
table.coverage td:nth-child(2) { width: 18%; }
table.coverage td:nth-child(3), table.coverage td:nth-child(4), table.coverage td:nth-child(6) { white-space: nowrap; }
table.coverage td:nth-child(5) code { display: inline-block; margin: 0 2px 2px 0; overflow-wrap: normal; white-space: nowrap; }
.small { font-size: 12px; }
.incidents td:nth-child(1), .incidents td:nth-child(4) { white-space: nowrap; }
.na-list { font-size: 12px; color: var(--muted); margin: 2px 0 10px; }
.component { margin-top: 36px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.tag { display: inline-block; border: 1px solid currentColor; border-radius: 10px; padding: 0 7px; font-size: 12px; line-height: 18px; white-space: nowrap; }
.tag.ok { color: var(--ok); } .tag.bad { color: var(--bad); font-weight: 600; } .tag.warn { color: var(--warn); font-weight: 600; } .tag.later { color: var(--later); } .tag.na { color: var(--na); }
.counts .tag { margin-left: 8px; } .counts .tag:first-child { margin-left: 0; }
.risk { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; border-radius: 4px; padding: 1px 6px; border: 1px solid currentColor; vertical-align: middle; }
.risk-prohibited { color: #fff; background: var(--bad); border-color: var(--bad); }
.risk-high { color: var(--bad); } .risk-limited { color: var(--warn); } .risk-minimal { color: var(--ok); } .risk-unassessed { color: var(--na); }
.sev { font-size: 12px; font-weight: 600; }
.sev-error { color: var(--bad); } .sev-warning { color: var(--warn); } .sev-info, .sev-hint { color: var(--later); }
ul.findings, ul.evidence { padding-left: 18px; margin: 4px 0; }
ul.findings li, ul.evidence li { margin: 2px 0; }
.pack { break-inside: avoid-page; }
@media (max-width: 800px) { .summary { grid-template-columns: repeat(3, 1fr); } .two { grid-template-columns: 1fr; } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { padding: 0; max-width: none; font-size: 11px; }
  table { font-size: 10px; }
  .tag, .sev, .small, .na-list { font-size: 9px; }
  .component { break-before: page; margin-top: 0; }
  h2, h3, h4 { break-after: avoid-page; }
  tr, .tile, .facts { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href^="#"]::after { content: ""; }
  code { background: none; padding: 0; font-size: 9px; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .summary { grid-template-columns: repeat(7, 1fr); }
}
`;
