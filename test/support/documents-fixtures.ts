import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type supertest from 'supertest';

/**
 * A one-page PDF; accessible: with a tagged structure tree (MarkInfo /Marked true) and /Lang.
 * pdf-lib is loaded on first use: the factories import this file into most test files.
 */
export async function pdfBytes(options: { tagged?: boolean; language?: string } = {}) {
  const { PDFBool, PDFDocument, PDFName, PDFString } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]).drawText('Protokoll', { x: 20, y: 100 });
  const { catalog, context } = pdf;
  if (options.tagged) {
    const structTreeRoot = context.register(context.obj({ Type: 'StructTreeRoot' }));
    catalog.set(PDFName.of('StructTreeRoot'), structTreeRoot);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: PDFBool.True }));
  }
  if (options.language) catalog.set(PDFName.of('Lang'), PDFString.of(options.language));
  return pdf.save();
}

/** A 1×1 PNG. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/ebvDSwAAAABJRU5ErkJggg==',
  'base64',
);

export const HTML_BYTES = Buffer.from(
  '<!doctype html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>',
);

/** A zip whose entries are stored uncompressed: enough for file-type to see an OOXML package. */
export function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The smallest Word document file-type recognises as DOCX. */
export function docxBytes(): Buffer {
  return storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Protokoll</w:t></w:r></w:p></w:body></w:document>',
  });
}

/** Writes bytes to a file in the folder and returns its path. */
export async function writeFixture(
  directory: string,
  name: string,
  bytes: Uint8Array,
): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, bytes);
  return path;
}

/** Reads a response body as bytes, whatever its content type. */
export function bytesOf(request: supertest.Test): supertest.Test {
  return request.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });
}
