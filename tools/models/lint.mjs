// Lints every BPMN and DMN file of processes/ and every form of forms/ for Camunda 7.24, and exits
// with status 1 when any file has an error. Warnings are printed and do not fail.
//
//   npm ci && npm run lint
//
// BPMN files go through the bpmnlint command line with .bpmnlintrc: its recommended rules, the
// Camunda Platform 7.24 rules of bpmnlint-plugin-camunda-compat (history time to live as an error)
// and the rules of bpmnlint-plugin-proxima (chosen ids, execution platform attributes).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { checkDmnFile } from './lib/dmn-check.mjs';
import { FORMS_DIR, PROCESSES_DIR, listFiles } from './lib/files.mjs';
import { createFormChecker } from './lib/form-check.mjs';
import { Report } from './lib/report.mjs';

const require = createRequire(import.meta.url);
const MODELS_DIR = path.dirname(fileURLToPath(import.meta.url));

/**
 * Runs bpmnlint on the files, from this folder so that it reads .bpmnlintrc.
 *
 * @return {boolean} whether bpmnlint found no error
 */
function lintBpmn(files) {
  console.log(`== BPMN: ${files.length} files with bpmnlint`);

  if (files.length === 0) {
    return true;
  }

  const result = spawnSync(process.execPath, [ require.resolve('bpmnlint/bin/bpmnlint.js'), ...files ], {
    cwd: MODELS_DIR,
    stdio: 'inherit'
  });

  if (result.error) {
    console.error(`bpmnlint failed to start: ${result.error.message}`);
    return false;
  }

  return result.status === 0;
}

async function lintDmn(files) {
  console.log(`\n== DMN: ${files.length} files`);

  const report = new Report();

  for (const file of files) {
    await checkDmnFile(file, report);
  }

  report.print('DMN');
  return report.count('error') === 0;
}

async function lintForms(files) {
  console.log(`\n== Forms: ${files.length} files`);

  const report = new Report();
  const checkFormFile = await createFormChecker();

  for (const file of files) {
    await checkFormFile(file, report);
  }

  report.print('Forms');
  return report.count('error') === 0;
}

const bpmnPassed = lintBpmn(await listFiles(PROCESSES_DIR, '.bpmn'));
const dmnPassed = await lintDmn(await listFiles(PROCESSES_DIR, '.dmn'));
const formsPassed = await lintForms(await listFiles(FORMS_DIR, '.form'));

if (bpmnPassed && dmnPassed && formsPassed) {
  console.log('\nModels and forms: no error');
} else {
  const failed = [ [ 'BPMN', bpmnPassed ], [ 'DMN', dmnPassed ], [ 'forms', formsPassed ] ]
    .filter(([ , passed ]) => !passed)
    .map(([ kind ]) => kind);
  console.error(`\nModels and forms: errors in ${failed.join(', ')}, see above`);
  process.exitCode = 1;
}
