import { contentDisposition } from './files.controller';

describe('Content-Disposition of a download', () => {
  it('is always an attachment, the name in ASCII and in UTF-8', () => {
    expect(contentDisposition('rapport.pdf')).toBe(
      `attachment; filename="rapport.pdf"; filename*=UTF-8''rapport.pdf`,
    );
    expect(contentDisposition('één (v2).pdf')).toBe(
      `attachment; filename="__n (v2).pdf"; filename*=UTF-8''%C3%A9%C3%A9n%20%28v2%29.pdf`,
    );
  });

  it('cannot be broken out of by quotes, backslashes or line breaks in the name', () => {
    const header = contentDisposition('a"; filename="evil.html\r\nX-Injected: 1\\.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).toMatch(
      /^attachment; filename="a_; filename=_evil\.html__X-Injected: 1_\.pdf"; /,
    );
  });
});
