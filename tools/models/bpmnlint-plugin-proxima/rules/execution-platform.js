const { is } = require('bpmnlint-utils');

const { checkExecutionPlatform } = require('../conventions');

/**
 * Reports a file that Camunda Modeler would not open for Camunda 7.24: the `modeler:executionPlatform`
 * and `modeler:executionPlatformVersion` attributes of `bpmn:Definitions` choose its rules and
 * properties panel.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) {
      return;
    }

    for (const message of checkExecutionPlatform(node)) {
      reporter.report(node.id, message);
    }
  }

  return { check };
};
