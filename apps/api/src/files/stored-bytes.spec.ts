import { cleanFilename } from './stored-bytes';

describe('the kept file name', () => {
  it('drops the path and every control character', () => {
    expect(cleanFilename('C:\\Users\\x\\rap\u0000port\u0007.pdf')).toBe('rapport.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('\u0000')).toBe('document.pdf');
  });

  it('keeps 255 characters, never half of one, and no unpaired surrogate', () => {
    const name = cleanFilename('a' + '🏫'.repeat(300));
    expect(Array.from(name)).toHaveLength(255);
    expect(name.endsWith('🏫')).toBe(true);
    expect(cleanFilename('x\ud800y\udc00.pdf')).toBe('xy.pdf');
  });
});
