// Reads a signed agreement's PDF as a person (or an auditor's tool) would: its text through
// PDF.js, the content hash it states, the canonical JSON printed in its appendix, and the
// file attached to it. Nothing of the API's code: what the PDF says is all there is.
import { createHash } from 'node:crypto';

interface TextItem {
  readonly str: string;
  readonly transform: number[];
  readonly width: number;
  readonly page: number;
}

export interface SignedPdf {
  /** The text of every page, items joined by spaces and lines. */
  readonly text: string;
  /** The SHA-256 the PDF states as the content hash. */
  readonly statedHash: string;
  /** The canonical JSON as printed in the appendix, rebuilt line by line. */
  readonly printedContent: string;
  /** The bytes of the attached signed-content.json. */
  readonly attachedContent: string;
  readonly pageCount: number;
}

// PDF.js is an ES module; jest runs this file as CommonJS with import() left alone.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

export async function readSignedPdf(bytes: Uint8Array): Promise<SignedPdf> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const items: TextItem[] = [];
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    let pageText = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({ str: item.str, transform: item.transform, width: item.width, page: p });
      pageText += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(pageText);
  }
  const attachments = (await doc.getAttachments()) as Record<
    string,
    { content: Uint8Array }
  > | null;
  const attached = attachments?.['signed-content.json'];
  await doc.destroy();

  // The stated hash: the first 64 hex digits after the heading that names it.
  const text = pages.join('\n');
  const heading = text.indexOf('Inhoudshash');
  const afterHeading = heading < 0 ? '' : text.slice(heading);
  const statedHash = /\b[0-9a-f]{64}\b/.exec(afterHeading)?.[0] ?? '';

  return {
    text,
    statedHash,
    printedContent: printedContent(items),
    attachedContent: attached ? Buffer.from(attached.content).toString('utf8') : '',
    pageCount: pages.length,
  };
}

/**
 * The appendix's lines, between the sentence that explains them and the one that ends them.
 * PDF.js gives words with their positions and collapses the spaces between them, so each line
 * is rebuilt on the grid of its monospaced font: a character's column is its distance from the
 * margin over the width of one character. Every line but the last is as long as the PDF says.
 */
function printedContent(items: TextItem[]): string {
  const start = items.findIndex((i) => i.str.startsWith('The lines below, joined'));
  let from = start;
  // The explanation may wrap: the appendix starts after the end of its sentence.
  while (from < items.length && !items[from].str.endsWith('the file signed-content.json.')) from++;
  from += 1;
  const end = items.findIndex((i, n) => n > from && i.str.startsWith('Einde van de ondertekende'));
  const explanation = items
    .slice(start, from)
    .map((i) => i.str)
    .join(' ');
  const lineLength = Number(/holds (\d+) characters/.exec(explanation)?.[1]);
  if (start < 0 || end < 0 || !lineLength) throw new Error('no appendix with the signed content');
  const glyphs = items.slice(from, end).filter((i) => i.str.length > 0);
  const wide = glyphs.find((i) => i.str.trim().length > 3)!;
  const advance = wide.width / [...wide.str].length;
  const left = Math.min(...glyphs.map((i) => i.transform[4]));
  const lines = new Map<string, string[]>();
  for (const item of glyphs) {
    const key = `${item.page}:${(1000 - item.transform[5]).toFixed(1).padStart(8, '0')}`;
    const line = lines.get(key) ?? [];
    const column = Math.round((item.transform[4] - left) / advance);
    [...item.str].forEach((c, k) => {
      if (c !== ' ' || line[column + k] === undefined) line[column + k] = c;
    });
    lines.set(key, line);
  }
  const ordered = [...lines.entries()]
    .sort(([a], [b]) => {
      const [pa, ya] = a.split(':');
      const [pb, yb] = b.split(':');
      return Number(pa) - Number(pb) || ya.localeCompare(yb);
    })
    .map(([, line]) => Array.from(line, (c) => c ?? ' '));
  return ordered
    .map((line, n) =>
      (n < ordered.length - 1
        ? [...line, ...Array(lineLength).fill(' ')].slice(0, lineLength)
        : line
      ).join(''),
    )
    .join('');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
