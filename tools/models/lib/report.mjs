import path from 'node:path';

import { REPOSITORY_ROOT } from './files.mjs';

/**
 * Problems found in the files, printed per file in the layout of the bpmnlint command line.
 */
export class Report {

  constructor() {
    this.problemsByFile = new Map();
  }

  /**
   * @param {string} file absolute path
   * @param {{ id?: string, category: 'error' | 'warn', message: string, rule: string }} problem
   */
  add(file, problem) {
    if (!this.problemsByFile.has(file)) {
      this.problemsByFile.set(file, []);
    }
    this.problemsByFile.get(file).push(problem);
  }

  count(category) {
    return [ ...this.problemsByFile.values() ].flat().filter(problem => problem.category === category).length;
  }

  print(title) {
    for (const [ file, problems ] of this.problemsByFile) {
      console.log(`\n${path.relative(REPOSITORY_ROOT, file)}`);

      for (const problem of problems) {
        const category = problem.category === 'warn' ? 'warning' : problem.category;
        console.log(`  ${problem.id || '-'}  ${category}  ${problem.message}  ${problem.rule}`);
      }
    }

    console.log(`\n${title}: ${this.count('error')} errors, ${this.count('warn')} warnings`);
  }
}
