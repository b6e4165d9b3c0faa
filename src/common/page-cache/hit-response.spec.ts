import { chosenEncoding } from './hit-response.js';

describe('the variant a hit sends', () => {
  it('prefers brotli, then gzip, then the plain page, as far as the browser accepts them', () => {
    expect(chosenEncoding(undefined)).toBe('identity');
    expect(chosenEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chosenEncoding('gzip, deflate')).toBe('gzip');
    expect(chosenEncoding('deflate')).toBe('identity');
    expect(chosenEncoding('*')).toBe('br');
  });

  it('honours a quality of 0, named or through *', () => {
    expect(chosenEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chosenEncoding('BR; Q=0, GZIP; q=0')).toBe('identity');
    expect(chosenEncoding('*;q=0, identity')).toBe('identity');
    expect(chosenEncoding('gzip;q=0, *;q=0.5')).toBe('br');
    expect(chosenEncoding('identity;q=0')).toBe('identity');
  });
});
