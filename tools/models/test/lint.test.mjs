import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { checkDmnFile } from '../lib/dmn-check.mjs';
import { createFormChecker } from '../lib/form-check.mjs';
import { Report } from '../lib/report.mjs';

const require = createRequire(import.meta.url);
const { checkExecutionPlatform, isGeneratedId } = require('../bpmnlint-plugin-proxima/conventions.js');

const MODELS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = name => path.join(MODELS_DIR, 'test', 'fixtures', name);

function rulesReported(report, file) {
  return (report.problemsByFile.get(file) || []).filter(problem => problem.category === 'error').map(problem => problem.rule);
}

describe('generated ids', () => {

  for (const id of [ 'Activity_0x1y2z3', 'Gateway_1abcd', 'Task_1', 'BPMNDiagram_1', 'Activity_0x1y2z3_di', 'Field_0abc123', 'sid-4D3F7A1E-21B5-4C8A-9E0B-7F6A1C2D3E4F' ]) {
    test(`${id} is generated`, () => {
      assert.equal(isGeneratedId(id), true);
    });
  }

  for (const id of [ 'Task_ResolveTicket', 'Task_ResolveTicket_di', 'ticket', 'monthly-planning', 'Flow_ToDone', 'Definitions_Ticket', 'Rule_Printer' ]) {
    test(`${id} is chosen`, () => {
      assert.equal(isGeneratedId(id), false);
    });
  }
});

describe('execution platform attributes', () => {

  const modeler = 'http://camunda.org/schema/modeler/1.0';

  test('7.24 passes', () => {
    const definitions = { $attrs: { 'xmlns:modeler': modeler, 'modeler:executionPlatform': 'Camunda Platform', 'modeler:executionPlatformVersion': '7.24.0' } };

    assert.deepEqual(checkExecutionPlatform(definitions), []);
  });

  test('another prefix passes', () => {
    const definitions = { $attrs: { 'xmlns:m': modeler, 'm:executionPlatform': 'Camunda Platform', 'm:executionPlatformVersion': '7.24.1' } };

    assert.deepEqual(checkExecutionPlatform(definitions), []);
  });

  test('missing namespace fails', () => {
    assert.equal(checkExecutionPlatform({ $attrs: {} }).length, 1);
  });

  test('Camunda 8 and 7.21 fail', () => {
    const definitions = { $attrs: { 'xmlns:modeler': modeler, 'modeler:executionPlatform': 'Camunda Cloud', 'modeler:executionPlatformVersion': '7.21.0' } };

    assert.equal(checkExecutionPlatform(definitions).length, 2);
  });
});

describe('bpmnlint with .bpmnlintrc', () => {

  function bpmnlint(file) {
    return spawnSync(process.execPath, [ require.resolve('bpmnlint/bin/bpmnlint.js'), file ], { cwd: MODELS_DIR, encoding: 'utf8' });
  }

  test('valid model passes', () => {
    const result = bpmnlint(fixture('valid.bpmn'));

    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  test('invalid model fails on each rule', () => {
    const result = bpmnlint(fixture('invalid.bpmn'));

    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /Activity_0x1y2z3 .*proxima\/chosen-ids/);
    assert.match(result.stdout, /error .*camunda-compat\/history-time-to-live/);
    assert.match(result.stdout, /"7\.21\.0", expected 7\.24\.x.*proxima\/execution-platform/);
  });
});

describe('DMN check', () => {

  test('valid decision passes', async () => {
    const report = new Report();

    await checkDmnFile(fixture('valid.dmn'), report);

    assert.deepEqual(rulesReported(report, fixture('valid.dmn')), []);
  });

  test('invalid decision fails on each rule', async () => {
    const report = new Report();
    const file = fixture('invalid.dmn');

    await checkDmnFile(file, report);

    const rules = rulesReported(report, file);
    assert.ok(rules.includes('dmn/parse'), rules.join());
    assert.ok(rules.includes('dmn/execution-platform'), rules.join());
    assert.ok(rules.includes('dmn/history-time-to-live'), rules.join());
    assert.ok(rules.includes('dmn/description'), rules.join());
    assert.ok(rules.includes('dmn/chosen-ids'), rules.join());
  });
});

describe('form check', async () => {

  const checkFormFile = await createFormChecker();

  test('valid form passes', async () => {
    const report = new Report();

    await checkFormFile(fixture('valid.form'), report);

    assert.deepEqual(rulesReported(report, fixture('valid.form')), []);
  });

  test('invalid form fails on each rule', async () => {
    const report = new Report();
    const file = fixture('invalid.form');

    await checkFormFile(file, report);

    const problems = report.problemsByFile.get(file).map(problem => `${problem.rule}: ${problem.message}`);
    const text = problems.join('\n');
    assert.match(text, /form\/execution-platform: "executionPlatformVersion" is "7\.21\.0"/);
    assert.match(text, /form\/schema-version: "schemaVersion" is 17/);
    assert.match(text, /form\/ids: Id <Field_Title> is used twice/);
    assert.match(text, /form\/chosen-ids: Id <Field_0abc123>/);
    assert.match(text, /form-linting: A <Filepicker> is not supported by Camunda Platform 7\.24/);
    assert.match(text, /form-linting: Invalid FEEL expression in <label>/);
  });
});
