/**
 * A one-page PDF that stands in for a document the county published but whose file the demo
 * database does not have. It says so plainly. pdf-lib is loaded only when demo data is seeded.
 */
export async function placeholderPdf(
  title: string,
  eventTitle: string,
  date: string,
): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setLanguage('de-DE');
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const lines: [string, typeof font, number][] = [
    [title, bold, 18],
    [eventTitle.slice(0, 80), font, 12],
    [date, font, 12],
    ['', font, 12],
    ['Demo-Platzhalter: Das Originaldokument liegt beim Landkreis vor', font, 11],
    ['und ist in dieser Demo-Installation nicht enthalten.', font, 11],
  ];
  let y = 760;
  for (const [text, face, size] of lines) {
    page.drawText(text.replace(/[^\x20-\xFF]/g, '-'), { x: 60, y, size, font: face });
    y -= size * 1.8;
  }
  return pdf.save();
}
