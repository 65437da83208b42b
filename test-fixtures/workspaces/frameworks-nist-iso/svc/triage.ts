export function triage(t: string): string {
  return t;
}
