// "The type read from the file": a proposal for the attestation type from the file's name and
// the text found in its first bytes (PDF metadata and, where the browser can inflate them, the
// first content streams). Only a proposal: the vendor sees it selected and can change it.
import { AttestationType } from '@regie/domain';

// More specific standards first: an ISO 27701 or 27017 certificate usually names 27001 too,
// so a tie in the number of mentions goes to the earlier entry.
const PATTERNS: readonly (readonly [AttestationType, RegExp])[] = [
  [AttestationType.ISO27701, /ISO(?:\s*\/\s*IEC)?[\s_-]*27701/gi],
  [AttestationType.ISO27017, /ISO(?:\s*\/\s*IEC)?[\s_-]*27017/gi],
  [AttestationType.ISO27018, /ISO(?:\s*\/\s*IEC)?[\s_-]*27018/gi],
  [AttestationType.ISO27001, /ISO(?:\s*\/\s*IEC)?[\s_-]*27001/gi],
  [AttestationType.NEN7510, /NEN[\s_-]*7510/gi],
  [AttestationType.SOC2_TYPE2, /SOC[\s_-]*(?:2|II)\b/gi],
  [AttestationType.ISAE3402, /ISAE[\s_-]*3402/gi],
  [AttestationType.ISAE3000, /ISAE[\s_-]*3000/gi],
  [AttestationType.CSA_STAR, /CSA[\s_-]*STAR/gi],
  [AttestationType.PENTEST, /pen(?:etratie|etration)?[\s_-]*test/gi],
  [AttestationType.TPM, /\bTPM\b|third[\s_-]*party[\s_-]*memorand/gi],
];

/** The file's name counts for more than a mention somewhere in its text. */
const NAME_WEIGHT = 5;

export function guessAttestationType(filename: string, text = ''): AttestationType | null {
  let best: AttestationType | null = null;
  let bestScore = 0;
  for (const [type, pattern] of PATTERNS) {
    const score =
      NAME_WEIGHT * (filename.match(pattern)?.length ?? 0) + (text.match(pattern)?.length ?? 0);
    if (score > bestScore) {
      best = type;
      bestScore = score;
    }
  }
  return best;
}

/** How many bytes of a file are read: metadata and the first pages sit at the start. */
export const BYTES_TO_READ = 256 * 1024;

function decodeLiteral(body: string): string {
  return body.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escape: string) => {
    if (/^[0-7]/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
    return { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[escape] ?? escape;
  });
}

function decodeHex(hex: string): string {
  const clean = hex.replace(/\s+/g, '');
  const bytes = clean.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
  // FE FF: UTF-16BE, as PDF writers use for metadata outside Latin-1.
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2)
      text += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return text;
  }
  return String.fromCharCode(...bytes.filter((b) => b >= 0x20 && b < 0x7f));
}

/**
 * The readable text of a piece of PDF source: its literal strings `(…)` and hex strings `<…>`,
 * joined by spaces (a text operator writes words as separate strings), plus the raw source, in
 * which plain ASCII metadata (XMP) is readable as it is.
 */
export function pdfStrings(source: string): string {
  const parts: string[] = [];
  for (const match of source.matchAll(/\(((?:\\.|[^\\)])*)\)/g))
    parts.push(decodeLiteral(match[1]));
  for (const match of source.matchAll(/<([0-9A-Fa-f\s]{4,})>/g)) parts.push(decodeHex(match[1]));
  const words = parts.join(' ').replace(/\s+/g, ' ');
  return `${words}\n${source}`;
}

async function inflate(bytes: Uint8Array): Promise<string | null> {
  if (typeof DecompressionStream === 'undefined') return null;
  try {
    const stream = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream('deflate'));
    return latin1(new Uint8Array(await new Response(stream).arrayBuffer()));
  } catch {
    // A truncated or non-Flate stream: its text stays unread.
    return null;
  }
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/**
 * The text that can be read from the start of a PDF: metadata, and the content of the
 * Flate-compressed streams that lie wholly within the bytes read.
 */
export async function readPdfText(bytes: Uint8Array, maxStreams = 8): Promise<string> {
  const source = latin1(bytes);
  const texts = [pdfStrings(source)];
  const streams = /stream\r?\n/g;
  let found = 0;
  for (
    let match = streams.exec(source);
    match && found < maxStreams;
    match = streams.exec(source)
  ) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) break;
    const dictionary = source.slice(Math.max(0, match.index - 300), match.index);
    if (dictionary.lastIndexOf('FlateDecode') > dictionary.lastIndexOf('obj')) {
      found += 1;
      // The end-of-line before `endstream` is not part of the data.
      let last = end;
      while (last > start && (bytes[last - 1] === 0x0a || bytes[last - 1] === 0x0d)) last -= 1;
      const inflated = await inflate(bytes.subarray(start, last));
      if (inflated) texts.push(pdfStrings(inflated));
    }
    streams.lastIndex = end;
  }
  return texts.join('\n');
}

/** Proposes a type for a chosen file: its name and the start of its bytes. */
export async function proposeTypeForFile(file: File): Promise<AttestationType | null> {
  let text = '';
  try {
    text = await readPdfText(new Uint8Array(await file.slice(0, BYTES_TO_READ).arrayBuffer()));
  } catch {
    // Unreadable here: the name alone may still say it.
  }
  return guessAttestationType(file.name, text);
}
