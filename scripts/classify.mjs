#!/usr/bin/env node
// The CLI under its former name: `npm run classify` runs scripts/classify.cjs, which this imports
// (an ES module entry point costs about 7 ms more start-up; see scripts/classify.cjs).
import './classify.cjs';
