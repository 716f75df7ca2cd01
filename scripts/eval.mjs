#!/usr/bin/env node
// `npm run eval -- <corpus folder> [--misses]`: compares the classifier with Sisimai's labels.
// Runs the prebuilt bundle (rebuilt first when a classifier source changed). See scripts/cli/eval-main.ts.
import { ensureCliBundle } from './build-cli.mjs';

const { main } = await import(await ensureCliBundle('eval'));
process.exitCode = await main(process.argv.slice(2));
