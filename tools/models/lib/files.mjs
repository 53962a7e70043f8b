import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, two levels above tools/models/. */
export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const PROCESSES_DIR = path.join(REPOSITORY_ROOT, 'processes');
export const FORMS_DIR = path.join(REPOSITORY_ROOT, 'forms');

/**
 * Lists the files of a folder whose name ends with the extension, sorted by name, as absolute paths.
 * A missing folder has no files.
 *
 * @param {string} directory
 * @param {string} extension such as `.bpmn`
 * @return {Promise<string[]>}
 */
export async function listFiles(directory, extension) {
  let names;

  try {
    names = await readdir(directory);
  } catch (error) {
    if (error.code === 'ENOENT') {
      return [];
    }
    throw error;
  }

  return names
    .filter(name => name.endsWith(extension))
    .sort()
    .map(name => path.join(directory, name));
}
