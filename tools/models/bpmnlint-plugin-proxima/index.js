module.exports = {
  configs: {
    recommended: {
      rules: {
        'chosen-ids': 'error',
        'execution-platform': 'error'
      }
    }
  }
};
