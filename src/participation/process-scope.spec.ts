import type { Approach } from '../concept/entities/approach.entity.js';
import type { FieldOfAction } from '../concept/entities/field-of-action.entity.js';
import { covers, processState } from './process-scope.js';

const field = (slug: string) => ({ slug }) as FieldOfAction;
const approach = (id: number) => ({ id }) as Approach;
const bus = { id: 7, fieldSlug: 'lebenswerte-orte' };

describe('process scope', () => {
  it('covers every approach when it is about the whole KEK', () => {
    expect(covers({ scope: 'concept', fields: [], approaches: [] }, bus)).toBe(true);
  });

  it('covers the approaches of its fields only', () => {
    const scoped = {
      scope: 'fields' as const,
      fields: [field('lebenswerte-orte')],
      approaches: [],
    };
    expect(covers(scoped, bus)).toBe(true);
    expect(covers(scoped, { id: 8, fieldSlug: 'starker-wirtschaftsstandort' })).toBe(false);
  });

  it('covers exactly its chosen approaches, whatever fields are stored with it', () => {
    const scoped = {
      scope: 'approaches' as const,
      fields: [field('lebenswerte-orte')],
      approaches: [approach(9)],
    };
    expect(covers(scoped, bus)).toBe(false);
    expect(covers(scoped, { id: 9, fieldSlug: 'starker-wirtschaftsstandort' })).toBe(true);
  });

  it('is open from its start until just before its end', () => {
    const period = {
      startsAt: new Date('2027-07-01T00:00Z'),
      endsAt: new Date('2027-08-01T00:00Z'),
    };
    expect(processState(period, new Date('2027-06-30T23:59Z'))).toBe('upcoming');
    expect(processState(period, new Date('2027-07-01T00:00Z'))).toBe('open');
    expect(processState(period, new Date('2027-08-01T00:00Z'))).toBe('closed');
  });
});
