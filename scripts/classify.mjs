#!/usr/bin/env node
// `npm run -s classify -- [--jsonl] <file or folder>...`: runs the prebuilt CLI bundle
// (rebuilt first when a classifier source changed). See scripts/cli/classify-main.ts.
import { ensureCliBundle } from './build-cli.mjs';

const { main } = await import(await ensureCliBundle('classify'));
process.exitCode = await main(process.argv.slice(2));
