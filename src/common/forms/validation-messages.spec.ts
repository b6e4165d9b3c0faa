import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ValidationTypes, type ValidationArguments, getMetadataStorage } from 'class-validator';
import { projectRoot } from '../../project-root.js';

const SOURCE = join(projectRoot, 'src');
/** The environment's configuration is validated too, but its messages go to operators' logs. */
const OPERATOR_FACING = [join(SOURCE, 'config')];
/** class-validator's defaults read like this; German sentences never do. */
const ENGLISH = /\b(must|should|shorter|longer|than|each value|is not|a valid)\b/i;
const GERMAN = /[äöüß]|\b(Sie|Bitte|bitte|darf|muss|gibt)\b/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return OPERATOR_FACING.includes(path) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every class in src with validation rules, found from the files that use class-validator. */
async function validatedClasses(): Promise<{ name: string; target: new () => object }[]> {
  const files = sourceFiles(SOURCE).filter((file) =>
    readFileSync(file, 'utf8').includes("from 'class-validator'"),
  );
  const classes: { name: string; target: new () => object }[] = [];
  for (const file of files) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function') continue;
      const target = value as new () => object;
      if (getMetadataStorage().getTargetValidationMetadatas(target, '', true, false).length) {
        classes.push({ name: `${relative(SOURCE, file)}: ${name}`, target });
      }
    }
  }
  return classes;
}

describe('validation messages', () => {
  it('gives every rule of every form a German message of its own', async () => {
    const classes = await validatedClasses();
    expect(classes.length).toBeGreaterThanOrEqual(20);
    const problems: string[] = [];
    for (const { name, target } of classes) {
      const rules = getMetadataStorage()
        .getTargetValidationMetadatas(target, '', true, false)
        .filter(
          (rule) =>
            rule.type !== ValidationTypes.CONDITIONAL_VALIDATION &&
            rule.type !== ValidationTypes.WHITELIST,
        );
      for (const rule of rules) {
        const where = `${name}.${rule.propertyName} (${rule.name ?? rule.type})`;
        // Messages may depend on the value (empty or not): ask for both.
        const messages = ['', 'x'].map((value) =>
          typeof rule.message === 'function'
            ? rule.message({ value, property: rule.propertyName } as ValidationArguments)
            : rule.message,
        );
        for (const message of messages) {
          if (typeof message !== 'string' || !message) problems.push(`${where}: no message`);
          else if (ENGLISH.test(message) || !GERMAN.test(message))
            problems.push(`${where}: "${message}" is not German`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
