import { DomUtils, parseDocument } from 'htmlparser2';

type Element = ReturnType<typeof DomUtils.findAll>[number];

export interface FormField {
  name: string;
  /** The input's type ("text", "checkbox", …), or "textarea" / "select". */
  type: string;
  /** What a browser sends for this field without any change; undefined when it sends nothing. */
  value: string | undefined;
}

export interface HtmlForm {
  /** Path and query of the form's action, resolved against the page. */
  action: string;
  multipart: boolean;
  fields: FormField[];
}

function fieldOf(element: Element): FormField | undefined {
  const name = element.attribs.name;
  if (!name || element.attribs.disabled !== undefined) return undefined;
  if (element.name === 'textarea') {
    return { name, type: 'textarea', value: DomUtils.textContent(element).replace(/^\n/, '') };
  }
  if (element.name === 'select') {
    const options = DomUtils.findAll((node) => node.name === 'option', element.children);
    const chosen = options.find((option) => option.attribs.selected !== undefined) ?? options[0];
    const value = chosen && (chosen.attribs.value ?? DomUtils.textContent(chosen));
    return { name, type: 'select', value };
  }
  const type = (element.attribs.type ?? 'text').toLowerCase();
  if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') {
    return undefined;
  }
  if (type === 'checkbox' || type === 'radio') {
    const checked = element.attribs.checked !== undefined;
    return { name, type, value: checked ? (element.attribs.value ?? 'on') : undefined };
  }
  return { name, type, value: type === 'file' ? undefined : (element.attribs.value ?? '') };
}

/** Every POST form on the page with its fields, as a browser would read them. */
export function postFormsOf(html: string, pageUrl: string): HtmlForm[] {
  const document = parseDocument(html);
  const forms = DomUtils.findAll(
    (node) => node.name === 'form' && (node.attribs.method ?? '').toLowerCase() === 'post',
    document.children,
  );
  return forms.map((form) => {
    const url = new URL(form.attribs.action ?? pageUrl, `http://portal.test${pageUrl}`);
    const controls = DomUtils.findAll(
      (node) => ['input', 'textarea', 'select'].includes(node.name),
      form.children,
    );
    return {
      action: url.pathname + url.search,
      multipart: (form.attribs.enctype ?? '').toLowerCase() === 'multipart/form-data',
      fields: controls.map(fieldOf).filter((field): field is FormField => field !== undefined),
    };
  });
}

/** The name → value pairs a browser submits for the form unchanged (repeated names as lists). */
export function submittedValues(form: HtmlForm): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const field of form.fields) {
    if (field.value === undefined) continue;
    const previous = values[field.name];
    values[field.name] =
      previous === undefined
        ? field.value
        : [...(Array.isArray(previous) ? previous : [previous]), field.value];
  }
  return values;
}
