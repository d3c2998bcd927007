/**
 * Reading and writing the user's files for the host API, with messages that name the file and the problem
 * (`cannot read /x/y.qnet.json: no such file`). Writes go through writeFileAtomic (temporary sibling, then
 * rename), so a failed save leaves the previous file byte-for-byte intact.
 * Assumptions: scenario files are UTF-8 text of at most MAX_TEXT_LENGTH characters; the byte limit checked
 * before reading is three times that (the UTF-8 worst case), so a huge file is refused without loading it.
 */
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { QnetError } from '../../core/index.js';
import type { OpenedFile, SavedFile } from '../../core/host-api.js';
import { MAX_TEXT_LENGTH } from '../../core/host-payloads.js';
import { writeFileAtomic } from '../files.js';

/** A short, user-facing reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent of the path is not a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a UTF-8 text file the user asked for. */
export async function readUserFile(file: string): Promise<OpenedFile> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > 3 * MAX_TEXT_LENGTH) {
      throw new QnetError(`cannot read ${file}: the file is too large (${info.size} bytes)`);
    }
    const text = await readFile(file, 'utf8');
    if (text.length > MAX_TEXT_LENGTH) {
      throw new QnetError(`cannot read ${file}: the file is too large (${text.length} characters)`);
    }
    return { path: file, name: path.basename(file), text };
  } catch (error) {
    if (error instanceof QnetError) throw error;
    throw new QnetError(`cannot read ${file}: ${describeFsError(error)}`);
  }
}

/**
 * Writes `content` to `file` atomically; the verb names the action in the error (`cannot save …`).
 * @returns where it landed and how many bytes were written.
 */
export function writeUserFile(file: string, content: string | Uint8Array, verb = 'save'): SavedFile {
  try {
    writeFileAtomic(file, content);
  } catch (error) {
    const message = (error as Error).message;
    // writeFileAtomic already says `<file>: could not write (<cause>)`; keep only the part after the file.
    const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
    throw new QnetError(`cannot ${verb} ${file}: ${reason}`);
  }
  const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  return { path: file, name: path.basename(file), bytes };
}
