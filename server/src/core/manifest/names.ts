/** The file names of a registry, apart from the parser so that readers of paths need no YAML. */
export const REGISTRY_FILENAMES = ['.aigov.yaml', '.aigov.yml'] as const;

export function isRegistryPath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (REGISTRY_FILENAMES as readonly string[]).includes(base);
}
