// The type of an upload is read from its bytes: a name or a Content-Type header is
// whatever the client says. Only PDF is accepted for documents.

export const PDF = 'application/pdf';

/** How many leading bytes `sniffMediaType` needs. */
export const SNIFF_BYTES = 5;

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/**
 * The accepted media type that `head` (the first SNIFF_BYTES bytes or more) begins
 * with, or null. A PDF starts with `%PDF-` at offset 0: the specification allows
 * junk before it, but readers that tolerate that are how polyglot files get in.
 */
export function sniffMediaType(head: Buffer): string | null {
  if (head.length >= PDF_MAGIC.length && head.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC))
    return PDF;
  return null;
}
