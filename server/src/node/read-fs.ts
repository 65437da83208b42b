import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, type Dirent, type Stats } from 'node:fs';

/**
 * The file-system calls a workspace reads files and folders with: `node:fs` itself, or in tests
 * one that fails for chosen paths (an error such as EACCES or EIO that a test cannot otherwise
 * make happen, e.g. when it runs as root).
 */
export interface ReadFs {
  openSync(path: string, flags: number): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  fstatSync(fd: number): Stats;
  closeSync(fd: number): void;
  readFileSync(path: string): Buffer;
  readdirSync(path: string, options: { withFileTypes: true }): Dirent[];
}

export const NODE_READ_FS: ReadFs = { openSync, readSync, fstatSync, closeSync, readFileSync, readdirSync };

/**
 * What a failed open, read or listing says of a path: 'gone' when nothing one reads is there any
 * more (removed since it was listed, or a folder, socket or FIFO in its place), 'unreadable' when
 * it is there and cannot be read (permission denied, an input/output error, too many open files…).
 */
export function failureOf(err: unknown): 'gone' | 'unreadable' {
  switch ((err as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EISDIR':
    case 'ENXIO':
    case 'EAGAIN':
    case 'EWOULDBLOCK':
      return 'gone';
    default:
      return 'unreadable';
  }
}
