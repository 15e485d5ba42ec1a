/**
 * The project's one file-naming convention, as a lint rule: a .tsx file that exports a React
 * component is named in PascalCase after it (CheckFrame.tsx); every other file is kebab-case
 * (lesson-store.ts, reserved-ids.test.tsx). Dotted suffixes (.test, .d, .config) are allowed.
 */
import { basename } from 'node:path';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*(?:\.[a-z0-9]+)*$/;
const startsUpper = (name) => typeof name === 'string' && /^[A-Z]/.test(name);

/** Whether the module exports a value whose name is capitalised: a component (or its context). */
function exportsComponent(program) {
  for (const node of program.body) {
    if (node.type === 'ExportDefaultDeclaration') {
      const d = node.declaration;
      if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && startsUpper(d.id?.name)) return true;
      if (d.type === 'Identifier' && startsUpper(d.name)) return true;
      if (d.type === 'ArrowFunctionExpression' || d.type === 'CallExpression') return true;
    }
    if (node.type === 'ExportNamedDeclaration' && node.exportKind !== 'type') {
      const d = node.declaration;
      if (d && (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && startsUpper(d.id?.name)) return true;
      if (d?.type === 'VariableDeclaration' && d.declarations.some((v) => startsUpper(v.id.name))) return true;
      if (!d && node.specifiers.some((s) => s.exportKind !== 'type' && startsUpper(s.exported.name))) return true;
    }
  }
  return false;
}

export const fileNameRule = {
  meta: {
    type: 'suggestion',
    docs: { description: 'React component files in PascalCase, every other file in kebab-case' },
    schema: [],
    messages: {
      pascal: '"{{name}}" exports a React component: name the file in PascalCase after it (e.g. CheckFrame.tsx).',
      kebab: '"{{name}}" is not a component file: name it in kebab-case (e.g. lesson-store.ts).',
    },
  },
  create(context) {
    const name = basename(context.filename);
    const stem = name.replace(/\.(?:[cm]?[jt]sx?)$/, '');
    return {
      Program(program) {
        const component = name.endsWith('.tsx') && exportsComponent(program);
        if (component && !PASCAL.test(stem)) context.report({ node: program, messageId: 'pascal', data: { name } });
        if (!component && !KEBAB.test(stem)) context.report({ node: program, messageId: 'kebab', data: { name } });
      },
    };
  },
};
