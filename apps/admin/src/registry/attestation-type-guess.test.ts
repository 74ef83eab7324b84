import { describe, expect, it } from 'vitest';
import { guessAttestationType, pdfStrings, readPdfText } from './attestation-type-guess';

describe('guessAttestationType', () => {
  it('reads the type from the file name', () => {
    expect(guessAttestationType('iso27001-leerwijs.pdf')).toBe('ISO27001');
    expect(guessAttestationType('NEN 7510 certificaat 2026.pdf')).toBe('NEN7510');
    expect(guessAttestationType('SOC2-report.pdf')).toBe('SOC2_TYPE2');
    expect(guessAttestationType('Penetratietest samenvatting.pdf')).toBe('PENTEST');
    expect(guessAttestationType('pen-test.pdf')).toBe('PENTEST');
    expect(guessAttestationType('ISAE_3402_type_II.pdf')).toBe('ISAE3402');
  });

  it('reads the type from the text when the name says nothing', () => {
    expect(
      guessAttestationType('scan0042.pdf', 'Certificaat ISO/IEC 27001:2022 voor Leerwijs'),
    ).toBe('ISO27001');
    expect(guessAttestationType('document.pdf', 'Verklaring CSA STAR level 2')).toBe('CSA_STAR');
    expect(guessAttestationType('document.pdf', 'Penetration test report')).toBe('PENTEST');
  });

  it('prefers the more specific standard when a certificate names its base standard too', () => {
    expect(
      guessAttestationType(
        'certificate.pdf',
        'ISO/IEC 27701:2019 as an extension to ISO/IEC 27001',
      ),
    ).toBe('ISO27701');
  });

  it('lets the file name outweigh a passing mention in the text', () => {
    expect(guessAttestationType('pentest-2026.pdf', 'scope: systems certified to ISO 27001')).toBe(
      'PENTEST',
    );
  });

  it('proposes nothing when nothing is recognised', () => {
    expect(guessAttestationType('brief.pdf', 'Geachte heer, mevrouw')).toBeNull();
  });
});

describe('reading a PDF', () => {
  it('decodes literal and UTF-16 hex strings', () => {
    const text = pdfStrings('<< /Title (NEN\\0407510 certificaat) /Subject <FEFF0053004F0043> >>');
    expect(text).toContain('NEN 7510 certificaat');
    expect(text).toContain('SOC');
  });

  it('finds text in a Flate-compressed content stream', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const content = new Uint8Array(
      await new Response(
        new Blob([encode('BT /F1 12 Tf (Certificaat) Tj (ISO/IEC 27001) Tj ET')])
          .stream()
          .pipeThrough(new CompressionStream('deflate')),
      ).arrayBuffer(),
    );
    const pdf = new Uint8Array(
      await new Blob([
        encode('%PDF-1.4\n4 0 obj\n<< /Length 60 /Filter /FlateDecode >>\nstream\n'),
        content,
        encode('\nendstream\nendobj\n%%EOF\n'),
      ]).arrayBuffer(),
    );
    const text = await readPdfText(pdf);
    expect(guessAttestationType('scan.pdf', text)).toBe('ISO27001');
  });
});
