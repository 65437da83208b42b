/**
 * Folders never analysed, wherever they are: dependencies, virtual environments, build output,
 * VCS data. The disk listing leaves them out, and the language server ignores files the editor
 * reports below them.
 */
export const DEFAULT_EXCLUDES: readonly string[] = ['node_modules', '.venv', 'venv', 'dist', 'build', 'vendor', '.git', '.hg', '.svn', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.cache'];
