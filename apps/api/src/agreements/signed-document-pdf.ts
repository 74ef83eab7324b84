// The PDF of a signed agreement (DOMAIN.md: `signedDocument`): exactly the signed content in
// words (parties, products, the leaflet versions with their content, model, deviations with
// their assessments, dates, attached documents' SHA-256), every signature, the vendor's
// consent the agreement rests on where it comes from an offer or a deal, and the content
// hash. The canonical JSON that was hashed is printed in full in an appendix and attached
// as signed-content.json, so that either party can show what was agreed without Regie.
// Both languages at once: the document is made once, for two parties that may read either.
// Pure: the model in, the bytes out (signed-document.ts gathers the model and stores them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type AgreementSource,
  type DataSubject,
  type DeviationAssessment,
  Locale,
  message,
  type MessageKey,
  type PersonalDataCategory,
  type SignatureParty,
  type TransferMechanism,
} from '@regie/domain';
import type * as fontkit from 'fontkit';
import { fontKit, pdfKit } from '../common/heavy-modules';
import { countryName, word, words } from '../common/export-words';
import { amsterdamDateTime } from '../common/table-export';

export interface SignedDocumentModel {
  readonly agreementId: string;
  readonly source: AgreementSource;
  readonly board: { readonly name: string; readonly boardNumber: string | null };
  readonly vendor: { readonly name: string; readonly kvkNumber: string | null };
  readonly model: { readonly name: string; readonly version: string };
  readonly validFrom: string | null;
  readonly validUntil: string | null;
  readonly products: readonly string[];
  readonly leaflets: readonly {
    readonly id: string;
    readonly product: string;
    readonly version: number;
    readonly purposes: readonly string[];
    readonly dataSubjects: readonly DataSubject[];
    readonly dataCategories: readonly PersonalDataCategory[];
    readonly retention: readonly { category: PersonalDataCategory; period: string }[];
    readonly subprocessors: readonly {
      name: string;
      service: string;
      country: string;
      transferMechanism: TransferMechanism;
    }[];
    readonly locations: readonly { country: string; activity: string }[];
    readonly breachNotificationHours: number;
    readonly privacyContactEmail: string | null;
  }[];
  readonly deviations: readonly {
    readonly clause: string;
    readonly text: string;
    readonly assessment: DeviationAssessment | null;
    readonly assessmentNote: string | null;
  }[];
  readonly documents: readonly { readonly filename: string; readonly sha256: string }[];
  readonly signatures: readonly {
    readonly party: SignatureParty;
    readonly signer: string | null;
    readonly signedAt: Date;
    readonly documentSha256: string;
  }[];
  /** For GENERAL_OFFER and FRAMEWORK: the vendor's signature on the offer or the deal. */
  readonly consent: {
    readonly kind: 'GENERAL_OFFER' | 'FRAMEWORK';
    readonly title: string | null;
    readonly signer: string | null;
    readonly signedAt: Date;
    readonly documentSha256: string | null;
  } | null;
  /** The canonical JSON every signature hashed, and its SHA-256. */
  readonly contentJson: string;
  readonly contentSha256: string;
  readonly madeAt: Date;
}

/** Characters per line of the printed canonical JSON (a monospaced 7 pt line fits 117). */
export const CONTENT_LINE_CHARACTERS = 100;
/** The name of the canonical JSON attached to the PDF. */
export const CONTENT_ATTACHMENT = 'signed-content.json';

const MARGIN = 56;

// DejaVu: free, and covering the Latin, Greek and Cyrillic scripts names and clauses are
// written in; the PDF embeds the subset it uses, so it shows the same everywhere. The fonts are
// read and parsed once per process (fontkit, pdfkit's own font engine): parsing them for every
// document was half the time a signing spent rendering (bench/signed-document.ts).
const fonts = (() => {
  const folder = join(
    dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/package.json')),
    'ttf',
  );
  const parse = (file: string) => {
    const font = fontKit().create(readFileSync(join(folder, file)));
    if (!('layout' in font)) throw new Error(`${file} is a font collection`);
    return font;
  };
  let parsed: { body: fontkit.Font; bold: fontkit.Font; mono: fontkit.Font } | undefined;
  return () =>
    (parsed ??= {
      body: parse('DejaVuSans.ttf'),
      bold: parse('DejaVuSans-Bold.ttf'),
      mono: parse('DejaVuSansMono.ttf'),
    });
})();

/** "Dutch · English" of one text. */
function both(key: MessageKey, params: Record<string, string | number> = {}): string {
  const nl = message(key, Locale.NL, params);
  const en = message(key, Locale.EN, params);
  return nl === en ? nl : `${nl} · ${en}`;
}

function bothWords(render: (locale: Locale) => string): string {
  const nl = render(Locale.NL);
  const en = render(Locale.EN);
  return nl === en ? nl : `${nl} · ${en}`;
}

/** A moment as both parties read it: the time in the Netherlands, and in UTC. */
function moment(at: Date): string {
  return `${amsterdamDateTime(at)} (Europe/Amsterdam), ${at.toISOString()}`;
}

/** `text` cut into lines of `size` characters (code points, so no character is split). */
export function contentLines(text: string, size = CONTENT_LINE_CHARACTERS): string[] {
  const characters = [...text];
  const lines: string[] = [];
  for (let i = 0; i < characters.length; i += size)
    lines.push(characters.slice(i, i + size).join(''));
  return lines;
}

export function renderSignedDocumentPdf(model: SignedDocumentModel): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const PDFDocument = pdfKit();
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      info: {
        Title: `${message('signedDocument.title', Locale.NL)} ${model.board.name} – ${model.vendor.name}`,
        Author: 'Regie',
        Subject: model.contentSha256,
        CreationDate: model.madeAt,
      },
      lang: 'nl-NL',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      write(doc, model);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function write(doc: PDFKit.PDFDocument, m: SignedDocumentModel): void {
  // pdfkit takes a parsed fontkit font as it takes a file (PDFFontFactory.open); its typings
  // name only files and buffers.
  const parsed = fonts() as unknown as Record<'body' | 'bold' | 'mono', string>;
  doc.registerFont('body', parsed.body);
  doc.registerFont('bold', parsed.bold);
  doc.registerFont('mono', parsed.mono);
  const width = doc.page.width - 2 * MARGIN;

  const heading = (key: MessageKey) => {
    doc.moveDown(0.8).font('bold').fontSize(12).fillColor('#000000').text(both(key), { width });
    doc.moveDown(0.2).font('body').fontSize(10);
  };
  const line = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font('body')
      .fontSize(10)
      .text(text, { width, ...options });
  const labelled = (label: string, value: string) => {
    doc.font('bold').fontSize(10).text(`${label}: `, { width, continued: true });
    doc.font('body').text(value);
  };
  const list = (items: readonly string[]) => {
    if (items.length === 0) line('—');
    for (const item of items) line(`• ${item}`, { indent: 10 });
  };

  doc.font('bold').fontSize(18).text(both('signedDocument.title'), { width });
  doc.moveDown(0.3).font('body').fontSize(12).text(`${m.board.name} – ${m.vendor.name}`, { width });
  doc.moveDown(0.6).fontSize(9).fillColor('#333333');
  doc.text(message('signedDocument.intro', Locale.NL), { width });
  doc.moveDown(0.3).text(message('signedDocument.intro', Locale.EN), { width });
  doc.fillColor('#000000');

  heading('signedDocument.parties');
  labelled(
    both('signedDocument.controller'),
    m.board.boardNumber
      ? `${m.board.name} (${both('signedDocument.boardNumber')} ${m.board.boardNumber})`
      : m.board.name,
  );
  labelled(
    both('signedDocument.processor'),
    m.vendor.kvkNumber
      ? `${m.vendor.name} (${both('signedDocument.kvkNumber')} ${m.vendor.kvkNumber})`
      : m.vendor.name,
  );

  heading('signedDocument.terms');
  labelled(both('signedDocument.model'), `${m.model.name} ${m.model.version}`);
  labelled(
    both('signedDocument.source'),
    bothWords((l) => word('AgreementSource', m.source, l)),
  );
  labelled(
    both('signedDocument.validity'),
    `${m.validFrom ?? both('signedDocument.validFrom')} – ${
      m.validUntil ?? bothWords((l) => message('export.openEnded', l))
    }`,
  );

  heading('signedDocument.products');
  list(m.products);

  heading('signedDocument.leaflets');
  if (m.leaflets.length === 0) line('—');
  for (const leaflet of m.leaflets) {
    doc
      .moveDown(0.4)
      .font('bold')
      .fontSize(10)
      .text(
        both('signedDocument.leafletVersion', {
          product: leaflet.product,
          version: leaflet.version,
        }),
        {
          width,
        },
      );
    doc.font('body').fontSize(8).fillColor('#333333').text(leaflet.id, { width });
    doc.fillColor('#000000');
    labelled(both('signedDocument.purposes'), leaflet.purposes.join('; ') || '—');
    labelled(
      both('signedDocument.dataSubjects'),
      bothWords((l) => words('DataSubject', leaflet.dataSubjects, l).join(', ')) || '—',
    );
    labelled(
      both('signedDocument.dataCategories'),
      bothWords((l) => words('PersonalDataCategory', leaflet.dataCategories, l).join(', ')) || '—',
    );
    labelled(
      both('signedDocument.retention'),
      leaflet.retention
        .map((r) => `${bothWords((l) => word('PersonalDataCategory', r.category, l))}: ${r.period}`)
        .join('; ') || '—',
    );
    labelled(
      both('signedDocument.subprocessors'),
      leaflet.subprocessors
        .map(
          (s) =>
            `${s.name}: ${s.service} (${bothWords((l) => countryName(s.country, l))}; ${bothWords(
              (l) => word('TransferMechanism', s.transferMechanism, l),
            )})`,
        )
        .join('; ') || '—',
    );
    labelled(
      both('signedDocument.locations'),
      leaflet.locations
        .map((x) => `${bothWords((l) => countryName(x.country, l))}: ${x.activity}`)
        .join('; ') || '—',
    );
    line(both('signedDocument.breachNotification', { hours: leaflet.breachNotificationHours }));
    if (leaflet.privacyContactEmail)
      labelled(both('signedDocument.privacyContact'), leaflet.privacyContactEmail);
  }

  heading('signedDocument.deviations');
  if (m.deviations.length === 0) line('—');
  for (const d of m.deviations) {
    doc
      .moveDown(0.3)
      .font('bold')
      .fontSize(10)
      .text(both('signedDocument.clause', { clause: d.clause }), {
        width,
      });
    line(d.text);
    labelled(
      both('signedDocument.assessment'),
      (d.assessment
        ? bothWords((l) => word('DeviationAssessment', d.assessment!, l))
        : both('signedDocument.unassessed')) + (d.assessmentNote ? ` – ${d.assessmentNote}` : ''),
    );
  }

  heading('signedDocument.documents');
  list(m.documents.map((d) => `${d.filename}: SHA-256 ${d.sha256}`));

  heading('signedDocument.signatures');
  const unknown = both('signedDocument.unknownPerson');
  for (const s of m.signatures) {
    line(
      message('signedDocument.signedBy', Locale.NL, {
        party: bothWords((l) => word('SignatureParty', s.party, l)),
        name: s.signer ?? unknown,
        at: moment(s.signedAt),
      }),
    );
    doc.font('mono').fontSize(8).text(`SHA-256 ${s.documentSha256}`, { width, indent: 10 });
  }

  if (m.consent) {
    heading('signedDocument.consent');
    const params = {
      vendor: m.vendor.name,
      title: m.consent.title ?? '—',
      name: m.consent.signer ?? unknown,
      at: moment(m.consent.signedAt),
    };
    const key =
      m.consent.kind === 'GENERAL_OFFER'
        ? 'signedDocument.consentOffer'
        : 'signedDocument.consentDeal';
    line(message(key, Locale.NL, params));
    line(message(key, Locale.EN, params));
    if (m.consent.documentSha256) {
      doc
        .font('bold')
        .fontSize(10)
        .text(`${both('signedDocument.consentHash')}:`, { width });
      doc.font('mono').fontSize(8).text(m.consent.documentSha256, { width, indent: 10 });
    }
  }

  heading('signedDocument.contentHash');
  doc.font('mono').fontSize(10).text(m.contentSha256, { width });
  doc
    .moveDown(0.8)
    .font('body')
    .fontSize(8)
    .fillColor('#333333')
    .text(
      message('signedDocument.generated', Locale.NL, { at: moment(m.madeAt), id: m.agreementId }),
      { width },
    );
  doc.fillColor('#000000');

  // The appendix: the canonical JSON in full, a fixed number of characters a line, each
  // line written as one piece so that a reader (or a test) gets it back exactly.
  doc.addPage();
  doc.font('bold').fontSize(12).text(both('signedDocument.appendix'), { width });
  doc.moveDown(0.3).font('body').fontSize(8).fillColor('#333333');
  const how = { count: CONTENT_LINE_CHARACTERS };
  doc.text(message('signedDocument.appendixHow', Locale.NL, how), { width });
  doc.text(message('signedDocument.appendixHow', Locale.EN, how), { width });
  doc.fillColor('#000000').moveDown(0.6);
  doc.font('mono').fontSize(7);
  const lineHeight = doc.currentLineHeight(true);
  let y = doc.y;
  for (const text of contentLines(m.contentJson)) {
    if (y + lineHeight > doc.page.height - MARGIN) {
      doc.addPage();
      doc.font('mono').fontSize(7);
      y = MARGIN;
    }
    doc.text(text, MARGIN, y, { lineBreak: false });
    y += lineHeight;
  }
  doc.x = MARGIN;
  doc.y = y;
  doc.moveDown(0.6).font('body').fontSize(8).text(both('signedDocument.appendixEnd'), { width });
  doc.file(Buffer.from(m.contentJson, 'utf8'), {
    name: CONTENT_ATTACHMENT,
    type: 'application/json',
    description: both('signedDocument.appendix'),
  });
}
