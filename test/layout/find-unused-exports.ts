import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { listSourceFiles, ROOT } from './read-imports.js';

export interface UnusedExport {
  file: string;
  name: string;
}

export interface FindUnusedExportsOptions {
  /** Folders (and files) whose TypeScript files are checked and read for imports. */
  roots: string[];
  /** Files whose exports are a public surface (the core's entry for adapters). */
  publicFiles: string[];
  /** `file#name` of exports used by being named in config (vitest's globalSetup default export). */
  entryExports: string[];
}

interface FileFacts {
  /** Exported value names declared in the file itself. */
  values: Set<string>;
  /** Exported name → [file, name] it re-exports. */
  reexports: Map<string, [string, string]>;
  /** Files whose every export this file re-exports (`export * from`). */
  starFrom: string[];
  /** What the file imports: [file, name] pairs, or [file, '*'] for the whole module. */
  uses: Array<[string, string]>;
}

const posix = (p: string) => p.split('\\').join('/');
const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) => (ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []).some((m) => m.kind === kind) : false);

/**
 * Value exports (functions, constants, classes, enums) of the project's own files that no other file imports,
 * re-exports or loads with `import()`. Read from the syntax alone (no type checker: it runs in a second, not ten):
 * types are left out (exporting a parameter's type is how a module documents its contract), `import * as` and an
 * `import()` whose result is not destructured count as using every export of the module, and a re-export passes the
 * use on to the file it re-exports from.
 */
export function findUnusedExports(options: FindUnusedExportsOptions): UnusedExport[] {
  const files = options.roots.flatMap((r) => (r.endsWith('.ts') ? [resolve(ROOT, r)] : listSourceFiles(r)));
  const rel = (abs: string) => posix(relative(ROOT, abs));
  const resolveSpecifier = (from: string, specifier: string): string | null => {
    if (!specifier.startsWith('.')) return null;
    const base = resolve(dirname(from), specifier);
    const found = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
    return found ? rel(found) : null;
  };

  const facts = new Map<string, FileFacts>();
  for (const abs of files) {
    const sf = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.ES2022, true);
    const f: FileFacts = { values: new Set(), reexports: new Map(), starFrom: [], uses: [] };
    const localValues = new Set<string>();
    const localExports: string[] = [];
    const importedLocals = new Map<string, [string, string]>();
    for (const st of sf.statements) {
      const exported = hasModifier(st, ts.SyntaxKind.ExportKeyword);
      const isDefault = hasModifier(st, ts.SyntaxKind.DefaultKeyword);
      if (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) {
        const name = isDefault ? 'default' : st.name?.text;
        if (st.name) localValues.add(st.name.text);
        if (exported && name) f.values.add(name);
      } else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          if (!ts.isIdentifier(d.name)) continue;
          localValues.add(d.name.text);
          if (exported) f.values.add(d.name.text);
        }
      } else if (ts.isExportAssignment(st)) {
        f.values.add('default');
      } else if (ts.isExportDeclaration(st) && !st.isTypeOnly) {
        const target = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? resolveSpecifier(abs, st.moduleSpecifier.text) : null;
        if (st.moduleSpecifier && !target) continue; // a package's export, not ours
        if (!st.exportClause) {
          if (target) f.starFrom.push(target);
        } else if (ts.isNamedExports(st.exportClause)) {
          for (const el of st.exportClause.elements) {
            if (el.isTypeOnly) continue;
            const local = (el.propertyName ?? el.name).text;
            if (target) f.reexports.set(el.name.text, [target, local]);
            else localExports.push(`${local}\0${el.name.text}`);
          }
        }
      } else if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && !st.importClause?.isTypeOnly) {
        const target = resolveSpecifier(abs, st.moduleSpecifier.text);
        const clause = st.importClause;
        if (!target || !clause) continue;
        if (clause.name) {
          f.uses.push([target, 'default']);
          importedLocals.set(clause.name.text, [target, 'default']);
        }
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) f.uses.push([target, '*']);
        if (bindings && ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) {
            if (el.isTypeOnly) continue;
            f.uses.push([target, (el.propertyName ?? el.name).text]);
            importedLocals.set(el.name.text, [target, (el.propertyName ?? el.name).text]);
          }
        }
      }
    }
    // `export { a as b }` of a local value, or of something the file imported (a re-export in two steps).
    for (const entry of localExports) {
      const [local, name] = entry.split('\0') as [string, string];
      if (localValues.has(local)) f.values.add(name);
      else if (importedLocals.has(local)) f.reexports.set(name, importedLocals.get(local)!);
    }
    // `import('./x.js')` anywhere: destructured names, or the whole module.
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
        const target = resolveSpecifier(abs, node.arguments[0].text);
        if (target) {
          let parent: ts.Node = node.parent;
          if (ts.isAwaitExpression(parent)) parent = parent.parent;
          if (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)) {
            for (const el of parent.name.elements) {
              const name = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : ts.isIdentifier(el.name) ? el.name.text : '*';
              f.uses.push([target, name]);
            }
          } else {
            f.uses.push([target, '*']);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    facts.set(rel(abs), f);
  }

  // Uses travel through re-exports to the file that declares the value.
  const used = new Set<string>();
  const use = (file: string, name: string, seen = new Set<string>()): void => {
    const key = `${file}#${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    const f = facts.get(file);
    if (!f) return;
    if (name === '*') {
      for (const v of f.values) used.add(`${file}#${v}`);
      for (const [, [t, n]] of f.reexports) use(t, n, seen);
      for (const t of f.starFrom) use(t, '*', seen);
      return;
    }
    used.add(key);
    const re = f.reexports.get(name);
    if (re) use(re[0], re[1], seen);
    for (const t of f.starFrom) use(t, name, seen);
  };
  for (const f of facts.values()) for (const [t, n] of f.uses) use(t, n);
  for (const file of options.publicFiles) use(file, '*');

  const unused: UnusedExport[] = [];
  for (const [file, f] of facts) {
    if (options.publicFiles.includes(file)) continue;
    for (const name of f.values) {
      if (!used.has(`${file}#${name}`) && !options.entryExports.includes(`${file}#${name}`)) unused.push({ file, name });
    }
  }
  return unused.sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
}
