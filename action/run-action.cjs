// The GitHub Action's entry (action.yml `runs.main`): the committed bundle does the work.
'use strict';
require('./aigov.cjs').action();
