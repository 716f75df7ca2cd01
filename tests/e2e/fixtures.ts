import fs from 'node:fs';
import path from 'node:path';

/** Reads a file under tests/fixtures. */
export function fixture(relativePath: string): string {
  return fs.readFileSync(path.resolve('tests/fixtures', relativePath), 'utf8');
}
