import fs from 'node:fs';
import path from 'node:path';

/** Reads a file under tests/fixtures as UTF-8. */
export function fixture(relativePath: string): string {
  return fs.readFileSync(path.resolve('tests/fixtures', relativePath), 'utf8');
}
