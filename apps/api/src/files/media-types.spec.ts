import { PDF, sniffMediaType } from './media-types';

describe('reading the media type from the bytes', () => {
  it('takes a file starting with %PDF- for a PDF', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe(PDF);
  });

  it('refuses anything else, however it is named', () => {
    expect(sniffMediaType(Buffer.from('\x7fELF\x02\x01\x01'))).toBeNull();
    expect(sniffMediaType(Buffer.from('MZ\x90\x00\x03'))).toBeNull();
    expect(sniffMediaType(Buffer.from('<!DOCTYPE html><html>'))).toBeNull();
    expect(sniffMediaType(Buffer.from('junk%PDF-1.7'))).toBeNull();
    expect(sniffMediaType(Buffer.from('%PDF'))).toBeNull();
    expect(sniffMediaType(Buffer.alloc(0))).toBeNull();
  });
});
