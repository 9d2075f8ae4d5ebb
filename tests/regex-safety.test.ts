/**
 * Regex safety (issue 6, item 4): every regular expression in src/ is checked with recheck for
 * catastrophic (exponential or polynomial) backtracking, and so is the boilerplate expression built
 * from the lexicon.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { builtinLexicons } from '../src/lexicons/builtin.js';
import { compileBoilerplate } from '../src/text/boilerplate.js';

const src = fileURLToPath(new URL('../src', import.meta.url));

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every regular expression literal in the source files. */
function regexLiterals(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles(src)) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const slash = text.lastIndexOf('/');
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        found.push({ file: file.slice(src.length + 1), line: line + 1, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

describe('regular expressions', () => {
  const literals = regexLiterals();

  it('finds the expressions in src/', () => {
    expect(literals.length).toBeGreaterThan(40);
  });

  it('has no expression open to catastrophic backtracking', () => {
    const vulnerable = literals
      .map((literal) => ({ ...literal, result: checkSync(literal.source, literal.flags.replace(/[gy]/gu, '')) }))
      .filter(({ result }) => result.status !== 'safe')
      .map(({ file, line, source, result }) => `${file}:${line} /${source}/ ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type})` : ''}`);
    expect(vulnerable).toEqual([]);
  }, 120_000);

  it('builds a safe boilerplate expression from the lexicon', () => {
    const { pattern } = compileBoilerplate(builtinLexicons().boilerplate.entries);
    expect(checkSync(pattern.source, pattern.flags).status).toBe('safe');
  }, 60_000);
});
