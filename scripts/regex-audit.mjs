#!/usr/bin/env node
// `npm run regex-audit [-- --json] [--list] [path prefix ...]`: every regular expression of lib/, entrypoints/, components/
// and modules/ checked by recheck (https://makenowjust-labs.github.io/recheck/) for super-linear
// backtracking. A bounce is a mail anyone can send, and each pattern runs over its text, so one
// polynomial pattern lets a stranger hold the classifier (issue 11 measured 13.5 s for 36 KB).
//
// Patterns are found statically: regex literals, and `new RegExp(...)` / `RegExp(...)` whose source
// is a string, a template or String.raw template whose parts are constants of the same file or
// exported constants of another project file (ADDRESS_PATTERN ...), `[...].join(sep)` over such
// strings, or a concatenation. A source built at run time (from a phrase table) is counted as
// `dynamic` and listed: those tables are literal text escaped before joining (lib/bounce/text.ts).
//
// A polynomial pattern whose comment (within the three lines above it) says `regex-audit: bounded —
// <why>` is counted as `bounded` instead: its work per start is capped by a small bounded repeat
// over a capped text (recheck reports bounded repeats as polynomial). The reason is printed.
//
// Exit code 1 when a pattern is polynomial or exponential, so CI can run it.
import { checkSync } from 'recheck';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['lib', 'entrypoints', 'components', 'modules'];

function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const folder of FOLDERS) if (fs.existsSync(path.join(ROOT, folder))) walk(path.join(ROOT, folder));
  return files.sort();
}

/** Module specifier → absolute file, for the project's `@/` alias and relative imports. */
function resolveImport(fromFile, specifier) {
  let base;
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const parsed = new Map();
function parse(file) {
  let entry = parsed.get(file);
  if (!entry) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const consts = new Map();
    const imports = new Map();
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.initializer) consts.set(declaration.name.text, declaration.initializer);
        }
      }
      // `export { NAME } from './module'`: a re-export resolves like an import.
      if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        const target = resolveImport(file, statement.moduleSpecifier.text);
        if (!target) continue;
        for (const element of statement.exportClause.elements) {
          imports.set(element.name.text, { file: target, name: (element.propertyName ?? element.name).text });
        }
      }
      if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
        const target = resolveImport(file, statement.moduleSpecifier.text);
        if (!target) continue;
        for (const element of statement.importClause.namedBindings.elements) {
          imports.set(element.name.text, { file: target, name: (element.propertyName ?? element.name).text });
        }
      }
    }
    entry = { source, consts, imports };
    parsed.set(file, entry);
  }
  return entry;
}

/** The constant string value of an expression, or undefined when it is only known at run time. */
function staticString(file, node, depth = 0) {
  if (depth > 20 || !node) return undefined;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression?.(node)) return staticString(file, node.expression, depth + 1);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return template(file, node, false, depth);
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
    const t = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText;
    return template(file, t, true, depth);
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = staticString(file, node.left, depth + 1);
    const right = staticString(file, node.right, depth + 1);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') {
    // `/…/.source`, or `NAME.source` where NAME is a constant regex literal (here or imported).
    const literal = regexLiteral(file, node.expression, depth + 1);
    if (literal) return literalParts(literal.text).source;
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    const list = arrayOfStrings(file, node.expression.expression, depth + 1);
    const separator = node.arguments.length === 0 ? ',' : staticString(file, node.arguments[0], depth + 1);
    return list === undefined || separator === undefined ? undefined : list.join(separator);
  }
  if (ts.isIdentifier(node)) {
    const { consts, imports } = parse(file);
    if (consts.has(node.text)) return staticString(file, consts.get(node.text), depth + 1);
    const imported = imports.get(node.text);
    if (imported) {
      const target = parse(imported.file);
      if (target.consts.has(imported.name)) return staticString(imported.file, target.consts.get(imported.name), depth + 1);
      // Re-exported further on: the same name looked up in the module it comes from.
      if (target.imports.has(imported.name)) {
        return staticString(imported.file, ts.factory.createIdentifier(imported.name), depth + 1);
      }
    }
  }
  return undefined;
}

/** The regex literal an expression stands for: itself, or the constant it names. */
function regexLiteral(file, node, depth) {
  if (depth > 20 || !node) return undefined;
  if (ts.isRegularExpressionLiteral(node)) return node;
  if (!ts.isIdentifier(node)) return undefined;
  const { consts, imports } = parse(file);
  if (consts.has(node.text)) return regexLiteral(file, consts.get(node.text), depth + 1);
  const imported = imports.get(node.text);
  if (imported) return regexLiteral(imported.file, ts.factory.createIdentifier(imported.name), depth + 1);
  return undefined;
}

function arrayOfStrings(file, node, depth) {
  if (ts.isIdentifier(node)) {
    const { consts } = parse(file);
    return consts.has(node.text) ? arrayOfStrings(file, consts.get(node.text), depth + 1) : undefined;
  }
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) return arrayOfStrings(file, node.expression, depth + 1);
  if (!ts.isArrayLiteralExpression(node)) return undefined;
  const values = node.elements.map((element) => staticString(file, element, depth + 1));
  return values.includes(undefined) ? undefined : values;
}

function template(file, node, raw, depth) {
  let text = raw ? node.head.rawText : node.head.text;
  for (const span of node.templateSpans) {
    const value = staticString(file, span.expression, depth + 1);
    if (value === undefined) return undefined;
    text += value + (raw ? span.literal.rawText : span.literal.text);
  }
  return text;
}

function literalParts(text) {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

/** Every pattern of the project: { file, line, source, flags } or { file, line, dynamic: text }. */
export function findPatterns() {
  const patterns = [];
  for (const file of sourceFiles()) {
    const { source } = parse(file);
    const where = (node) => ({ file: path.relative(ROOT, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    const visit = (node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        patterns.push({ ...where(node), ...literalParts(node.text) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && node.arguments?.length) {
        const patternSource = staticString(file, node.arguments[0]);
        const flags = node.arguments.length > 1 ? staticString(file, node.arguments[1]) : '';
        if (patternSource === undefined || flags === undefined) patterns.push({ ...where(node), dynamic: node.getText().slice(0, 120) });
        else patterns.push({ ...where(node), source: patternSource, flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return patterns;
}

/** recheck's verdict on one pattern: 'safe' | 'polynomial' | 'exponential' | 'unknown'. */
export function checkPattern(source, flags, timeout = Number(process.env.RECHECK_TIMEOUT_MS ?? 30_000)) {
  // 'g' (and 'd') change what is returned, not how one search runs; 'y' does (one start only), and
  // recheck honours it.
  const result = checkSync(source, flags.replace(/[gd]/g, ''), { timeout });
  if (result.status === 'safe') return { status: 'safe' };
  if (result.status === 'vulnerable') {
    return { status: result.complexity.type, degree: result.complexity.degree, attack: result.attack.pattern };
  }
  return { status: 'unknown', error: result.error?.kind ?? result.status };
}

/** The `regex-audit: bounded — why` note within the three lines above a pattern, if any. */
function boundedNote(file, line) {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n').slice(Math.max(0, line - 4), line);
  for (const text of lines) {
    const at = text.indexOf('regex-audit: bounded');
    if (at >= 0) return text.slice(at + 'regex-audit: bounded'.length).replace(/^\W+/, '').trim();
  }
  return undefined;
}

export function audit(only = []) {
  const found = findPatterns().filter((pattern) => only.length === 0 || only.some((prefix) => pattern.file.startsWith(prefix)));
  const rows = found.map((pattern) => {
    if (pattern.dynamic) return { ...pattern, status: 'dynamic' };
    const verdict = { ...pattern, ...checkPattern(pattern.source, pattern.flags) };
    const why = verdict.status === 'polynomial' ? boundedNote(pattern.file, pattern.line) : undefined;
    return why ? { ...verdict, status: 'bounded', why } : verdict;
  });
  const counts = { total: rows.length, safe: 0, polynomial: 0, exponential: 0, unknown: 0, bounded: 0, dynamic: 0 };
  for (const row of rows) counts[row.status] += 1;
  return { counts, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const { counts, rows } = audit(args.filter((arg) => !arg.startsWith('--')));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ counts, rows: rows.filter((row) => row.status !== 'safe') }, null, 2));
  } else {
    for (const row of rows) {
      if (row.status === 'safe' && !args.includes('--list')) continue;
      const what = row.dynamic ?? `/${row.source}/${row.flags}`;
      const detail = row.status === 'polynomial' ? ` degree ${row.degree}, attack ${row.attack}` : row.why ? ` (${row.why})` : row.error ? ` (${row.error})` : '';
      console.log(`${row.file}:${row.line} ${row.status}${detail}\n    ${what.length > 200 ? `${what.slice(0, 200)}…` : what}`);
    }
    console.log(Object.entries(counts).map(([key, value]) => `${key} ${value}`).join(', '));
  }
  process.exitCode = counts.polynomial + counts.exponential > 0 ? 1 : 0;
}
