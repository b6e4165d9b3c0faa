/** A value sent as it is, already percent-encoded: bad percent-encoding and invalid UTF-8. */
export interface RawValue {
  raw: string;
}
export type FieldValue = string | string[] | RawValue;

/** Ids past PostgreSQL's integer range, and ids that are no whole number or no row at all. */
const OUT_OF_RANGE_IDS = ['2147483648', '99999999999999999999'];
const ODD_IDS = ['2147483647', '-1', '0', '1.5', '1e3'];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString'];
const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2026-02-30T10:00',
  '1900-01-01',
  '1900-01-01T10:00',
  '99999-01-01',
  '99999-01-01T10:00',
];
/** Over 10,000 characters: longer than any text field takes, far below the body limit. */
const LONG_TEXT = 'Langer Text '.repeat(850);

/** Path segments for a :param, encoded as they appear in a URL; each param gets one of each group. */
export const PATH_VALUE_GROUPS = [
  OUT_OF_RANGE_IDS,
  ODD_IDS,
  ['%00', '%FF%FE', 'a%00b', '%C0%80', '%E0%A4%A', '%'],
  [...PROTOTYPE_KEYS, 'x'.repeat(3000)],
];

/** The query parameters the controllers read. */
const QUERY_NAMES = [
  'sortierung',
  'seite',
  'q',
  'stand',
  'format',
  'jahr',
  'art',
  'zurueck',
  'token',
  'unter',
];

/** Each name with each prototype key once across the three strings. */
const PROTOTYPE_QUERIES = PROTOTYPE_KEYS.map(
  (_, shift) =>
    `?${QUERY_NAMES.map((name, index) => `${name}=${PROTOTYPE_KEYS[(index + shift) % PROTOTYPE_KEYS.length]}`).join('&')}`,
);

/** Query strings every page must survive; a page gets one of each group. */
export const QUERY_GROUPS = [
  PROTOTYPE_QUERIES,
  [
    `?${QUERY_NAMES.flatMap((name) => [`${name}=a`, `${name}=b`]).join('&')}`,
    `?${QUERY_NAMES.map((name) => `${name}=99999999999999999999`).join('&')}`,
  ],
  [
    '?q=%00&seite=1%00',
    '?q=%E0%A4%A&seite=%FF&sortierung=%C0%80',
    `?q=${'x'.repeat(5000)}&token=${'y'.repeat(5000)}`,
  ],
];

/** Field names no form has: prototype keys, and a rating for an approach id past the range. */
export const ODD_FIELD_NAMES: Record<string, FieldValue> = Object.fromEntries([
  ...PROTOTYPE_KEYS.map((key) => [key, key]),
  ['prioritaet-99999999999999999999', 'hoch'],
  ['a\u0000b', 'NUL im Namen'],
]);

/** What a form field gets, one value at a time while the other fields keep theirs: by its type. */
export function valuesForField(type: string): FieldValue[][] {
  const groups: FieldValue[][] = [
    ['Text mit \u0000 NUL', ['a', 'b'], LONG_TEXT],
    [{ raw: '%FF%FE%C0%80' }, { raw: 'x%E0%A4%A' }, ...PROTOTYPE_KEYS, ''],
  ];
  if (['hidden', 'checkbox', 'radio', 'select', 'number'].includes(type)) {
    groups.push(OUT_OF_RANGE_IDS, ODD_IDS);
  }
  if (['date', 'datetime-local'].includes(type)) groups.push(IMPOSSIBLE_DATES);
  if (type === 'email') groups.push([`${'a'.repeat(250)}@beispiel.de`, '5']);
  return groups;
}

/** One item of each group, taking turns by `turn`: every value gets its share across many uses. */
export function oneOfEach<T>(groups: T[][], turn: number): T[] {
  return groups.map((group) => group[turn % group.length]);
}

function encode(value: string | RawValue): string {
  return typeof value === 'string' ? encodeURIComponent(value) : value.raw;
}

export function urlencoded(values: Record<string, FieldValue>): string {
  return Object.entries(values)
    .flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map(
        (item) => `${encodeURIComponent(name)}=${encode(item)}`,
      ),
    )
    .join('&');
}

/** A multipart body; raw values are decoded to bytes, so invalid UTF-8 arrives as such. */
export function multipart(
  values: Record<string, FieldValue>,
  file?: { name: string; bytes: Buffer },
): { body: Buffer; contentType: string } {
  const boundary = '----kek-fuzz-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const bytes =
        typeof item === 'string'
          ? Buffer.from(item)
          : Buffer.from(
              item.raw.replace(/%([0-9A-F]{2})/gi, (_, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
              'latin1',
            );
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
        bytes,
        Buffer.from('\r\n'),
      );
    }
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** JSON nested `depth` levels deep: {"a":{"a":…}}. */
export function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** English validator and framework texts that must never reach a user. */
export const ENGLISH_MESSAGE =
  /\b(must be|must not|should not|should be|must contain|must match|is not a valid|each value in|Bad Request|Not Found|Forbidden|Payload Too Large|Unsupported Media Type|Internal Server Error|Unprocessable Entity|Too Many Requests|Cannot (GET|POST))\b/;
