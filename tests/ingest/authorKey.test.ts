import { authorKeyFor } from '../../functions/ingest/authorKey';

describe('Function: authorKeyFor', () => {
  it('maps spellings of one name to one key', () => {
    expect(authorKeyFor('José  Smith ')).toBe('jose smith');
    expect(authorKeyFor('jose smith')).toBe('jose smith');
  });

  it('returns null for an unknown or blank author', () => {
    expect(authorKeyFor(null)).toBeNull();
    expect(authorKeyFor('   ')).toBeNull();
  });
});
