import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const { EXECUTION_PLATFORM, EXECUTION_PLATFORM_MINOR, isExpectedVersion, isGeneratedId } = require('../bpmnlint-plugin-proxima/conventions.js');

// Tasklist 7.24 renders Camunda Forms with form-js 1.8. The 7.24.0 webjar bundles the form-js that
// writes schemaVersion 16, the webapps of 7.23.0-alpha2 pin @bpmn-io/form-js 1.8.7, and
// @camunda/form-linting maps 7.19 to 7.22 to that version.
const FORM_JS_VERSION = '1.8.7';
const MAX_SCHEMA_VERSION = 16;
const PLATFORM_LABEL = `${EXECUTION_PLATFORM} ${EXECUTION_PLATFORM_MINOR} (form-js ${FORM_JS_VERSION})`;

/**
 * Loads the rules of @camunda/form-linting. Its FormLinter maps Camunda Platform 7.15 to 7.22 to a
 * form-js version and lints nothing for 7.23 or 7.24, so this code runs its rules with the form-js
 * version of Tasklist 7.24. The package ships ES modules without file extensions in their imports,
 * which Node.js does not resolve, so esbuild bundles them in memory first.
 */
async function loadFormLintingRules() {
  const modelsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const entry = `
    export { getRuleConfig } from '@camunda/form-linting/lib/config/ruleConfig';
    export { defaultRuleRegistry } from '@camunda/form-linting/lib/rules/ruleRegistry';
    export { default as StaticRuleResolver } from '@camunda/form-linting/lib/StaticRuleResolver';
    export { default as ProblemsReporter } from '@camunda/form-linting/lib/ProblemsReporter';
    export { executeRecursively } from '@camunda/form-linting/lib/util';
  `;

  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: modelsDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent'
  });

  const source = Buffer.from(result.outputFiles[0].text).toString('base64');

  return import(`data:text/javascript;base64,${source}`);
}

/**
 * Returns a function that checks a Camunda Form file for Tasklist 7.24. It checks valid JSON, the
 * execution platform attributes, a schemaVersion that form-js 1.8 reads, and unique and chosen ids.
 * It then runs the rules of @camunda/form-linting for form-js 1.8, among them that every component
 * type is one that form-js 1.8 renders.
 *
 * @return {Promise<(file: string, report: import('./report.mjs').Report) => Promise<void>>}
 */
export async function createFormChecker() {
  const linting = await loadFormLintingRules();
  const rules = new linting.StaticRuleResolver(linting.defaultRuleRegistry).resolve(linting.getRuleConfig(FORM_JS_VERSION));

  return async function checkFormFile(file, report) {
    let schema;

    try {
      schema = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      report.add(file, { category: 'error', message: `Cannot read the file as JSON: ${error.message}`, rule: 'form/parse' });
      return;
    }

    checkHeader(file, schema, report);
    checkIds(file, schema, report);

    const reporter = new linting.ProblemsReporter();

    for (const rule of rules) {
      const context = { executionPlatformLabel: PLATFORM_LABEL, formJSVersion: FORM_JS_VERSION, reporter, category: rule.category };
      linting.executeRecursively(rule.execute, schema, context);
    }

    for (const problem of reporter.getReports()) {
      report.add(file, { id: problem.id, category: problem.category, message: problem.message, rule: 'form-linting' });
    }
  };
}

function checkHeader(file, schema, report) {
  const id = schema.id;
  const error = message => report.add(file, { id, category: 'error', message, rule: 'form/execution-platform' });

  if (schema.executionPlatform !== EXECUTION_PLATFORM) {
    error(`"executionPlatform" is ${describe(schema.executionPlatform)}, expected "${EXECUTION_PLATFORM}"`);
  }

  if (!isExpectedVersion(schema.executionPlatformVersion)) {
    error(`"executionPlatformVersion" is ${describe(schema.executionPlatformVersion)}, expected ${EXECUTION_PLATFORM_MINOR}.x such as "${EXECUTION_PLATFORM_MINOR}.0"`);
  }

  if (!Number.isInteger(schema.schemaVersion) || schema.schemaVersion < 1 || schema.schemaVersion > MAX_SCHEMA_VERSION) {
    report.add(file, {
      id,
      category: 'error',
      message: `"schemaVersion" is ${describe(schema.schemaVersion)}, expected 1 to ${MAX_SCHEMA_VERSION}: form-js ${FORM_JS_VERSION} in Tasklist 7.24 writes ${MAX_SCHEMA_VERSION}`,
      rule: 'form/schema-version'
    });
  }

  if (schema.type !== 'default') {
    report.add(file, { id, category: 'error', message: `"type" of the form is ${describe(schema.type)}, expected "default"`, rule: 'form/root-type' });
  }
}

function checkIds(file, schema, report) {
  const seen = new Set();

  visitComponents(schema, component => {
    const id = component.id;

    if (typeof id !== 'string' || !id) {
      report.add(file, { category: 'error', message: `A component of type <${component.type}> has no "id"`, rule: 'form/ids' });
      return;
    }

    if (seen.has(id)) {
      report.add(file, { id, category: 'error', message: `Id <${id}> is used twice: form-js rejects the form`, rule: 'form/ids' });
    }
    seen.add(id);

    if (isGeneratedId(id)) {
      report.add(file, { id, category: 'error', message: `Id <${id}> looks generated by the form editor: choose one that names the field, such as Field_WorkDone`, rule: 'form/chosen-ids' });
    }
  });
}

function visitComponents(component, visitor) {
  visitor(component);

  for (const child of Array.isArray(component.components) ? component.components : []) {
    visitComponents(child, visitor);
  }
}

function describe(value) {
  return value === undefined ? 'missing' : JSON.stringify(value);
}
