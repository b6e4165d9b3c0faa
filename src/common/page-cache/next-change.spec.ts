import { PageLifetimes } from './next-change.js';

describe('page lifetimes', () => {
  /** The next time-driven change is at 5000, then at 9000. */
  const asked: number[] = [];
  const lifetimes = () =>
    new PageLifetimes((since) => {
      asked.push(since);
      return Promise.resolve(since < 5000 ? 5000 : 9000);
    });
  beforeEach(() => asked.splice(0));

  it('asks once for all pages rendered before the next change', async () => {
    const pages = lifetimes();
    expect(await pages.until(1, 1000)).toBe(5000);
    expect(await pages.until(1, 2000)).toBe(5000);
    expect(await pages.until(1, 4999)).toBe(5000);
    expect(asked).toEqual([1000]);
  });

  it('asks anew once the change has come, and after the data changed', async () => {
    const pages = lifetimes();
    await pages.until(1, 1000);
    expect(await pages.until(1, 5000)).toBe(9000);
    expect(await pages.until(2, 6000)).toBe(9000);
    expect(asked).toEqual([1000, 5000, 6000]);
  });

  it('lets a page rendered before a change expire at it, however late the page is stored', async () => {
    const pages = lifetimes();
    // A page stored after 5000 whose rendering began at 4990, before the registration opened.
    expect(await pages.until(1, 6000)).toBe(9000);
    expect(await pages.until(1, 4990)).toBe(5000);
    expect(await pages.until(1, 7000)).toBe(9000);
    expect(asked).toEqual([6000, 4990]);
  });
});
