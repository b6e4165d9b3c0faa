import type { ObjectLiteral } from 'typeorm';
import { FormValidationError } from '../../common/forms/form-validation.error.js';
import type { ConceptKind, EditableField } from './concept-kinds.js';

export type FieldValue = string | string[] | null;
export type Snapshot = Record<string, FieldValue>;

function parseField(field: EditableField, raw: unknown): { value: FieldValue } | { error: string } {
  const text = typeof raw === 'string' ? raw.replace(/\r\n/g, '\n').trim() : '';
  if (!text) {
    if (field.optional) return { value: field.type === 'lines' ? [] : null };
    return {
      error:
        field.type === 'select'
          ? `Bitte wählen Sie „${field.label}“.`
          : `Bitte füllen Sie „${field.label}“ aus.`,
    };
  }
  if (text.length > field.maxLength) {
    return {
      error: `„${field.label}“ darf höchstens ${field.maxLength.toLocaleString('de-DE')} Zeichen lang sein.`,
    };
  }
  switch (field.type) {
    case 'lines':
      return {
        value: text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      };
    case 'select':
      return field.options?.some((option) => option.value === text)
        ? { value: text }
        : { error: `Bitte wählen Sie „${field.label}“.` };
    case 'url':
      return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(text) && URL.canParse(text)
        ? { value: text }
        : {
            error: `Bitte geben Sie bei „${field.label}“ eine vollständige Adresse an, die mit https:// beginnt.`,
          };
    case 'text':
      return text.includes('\n') ? { value: text.replace(/\s*\n\s*/g, ' ') } : { value: text };
    default:
      return { value: text };
  }
}

/** The kind's editable fields from a submitted form; German messages per field when invalid. */
export function parseConceptForm(kind: ConceptKind, body: Record<string, unknown>): Snapshot {
  const values: Snapshot = {};
  const errors: Record<string, string> = {};
  for (const field of kind.fields) {
    const parsed = parseField(field, body[field.name]);
    if ('error' in parsed) errors[field.name] = parsed.error;
    else values[field.name] = parsed.value;
  }
  if (Object.keys(errors).length > 0) throw new FormValidationError(errors);
  return values;
}

/** What the item's editable fields hold now. */
export function snapshotOf(kind: ConceptKind, item: ObjectLiteral): Snapshot {
  return Object.fromEntries(
    kind.fields.map((field) => [field.name, (item[field.name] as FieldValue | undefined) ?? null]),
  );
}

/** The item's fields as form values (lists one entry per line). */
export function formValuesOf(kind: ConceptKind, snapshot: Snapshot): Record<string, string> {
  return Object.fromEntries(
    kind.fields.map((field) => [field.name, displayValue(snapshot[field.name])]),
  );
}

export function displayValue(value: FieldValue | undefined): string {
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}

export function changedFields(kind: ConceptKind, before: Snapshot, after: Snapshot): string[] {
  return kind.fields
    .filter((field) => displayValue(before[field.name]) !== displayValue(after[field.name]))
    .map((field) => field.name);
}
