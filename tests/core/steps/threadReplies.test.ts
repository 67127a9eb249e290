import type { CommentHeader } from '#core/steps/readCommentHeader';
import type { RawComment } from '#core/steps/splitComments';
import { threadReplies } from '#core/steps/threadReplies';

let nextAt = 0;
/** A raw comment with the layout facts threading reads; the rest are plain defaults. */
function raw(overrides: Partial<CommentHeader>, text = 'Some text.'): RawComment {
  nextAt += 2;
  const header: CommentHeader = {
    at: nextAt,
    span: 1,
    author: 'Reader',
    indent: 0,
    marker: null,
    number: null,
    postedAt: null,
    postedMonthDay: null,
    strength: 'strong',
    replyTo: null,
    removed: false,
    ...overrides,
  };
  return { header, text };
}

const shape = (comments: ReturnType<typeof threadReplies>): Array<[string, string | null, number]> =>
  comments.map((c) => [c.commentId, c.parentId, c.depth]);

describe('Function: threadReplies', () => {
  it('numbers top-level comments "0001", "0002" with no parent and depth 0', () => {
    // Prepare
    const comments = [raw({ marker: 'number', number: 1 }), raw({ marker: 'number', number: 2 })];

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0002', null, 0],
    ]);
  });

  it('nests a deeper-indented comment under the one before it, as "0002.0001"', () => {
    // Prepare
    const comments = [raw({ indent: 2 }), raw({ indent: 2 }), raw({ indent: 6 }), raw({ indent: 2 })];

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0002', null, 0],
      ['0002.0001', '0002', 1],
      ['0003', null, 0],
    ]);
  });

  it('nests several levels by indentation and returns to the right level', () => {
    // Prepare
    const comments = [raw({ indent: 0 }), raw({ indent: 4 }), raw({ indent: 8 }), raw({ indent: 4 }), raw({ indent: 0 })];

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0001.0001', '0001', 1],
      ['0001.0001.0001', '0001.0001', 2],
      ['0001.0002', '0001', 1],
      ['0002', null, 0],
    ]);
  });

  it('nests by a change of bullet on the same indentation and closes on the return to the first bullet', () => {
    // Prepare
    const comments = [raw({ marker: '•' }), raw({ marker: '○' }), raw({ marker: '○' }), raw({ marker: '•' })];

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0001.0001', '0001', 1],
      ['0001.0002', '0001', 1],
      ['0002', null, 0],
    ]);
  });

  it('nests three bullet levels: "•", "○", "□"', () => {
    // Prepare
    const comments = [raw({ marker: '•' }), raw({ marker: '○' }), raw({ marker: '□' }), raw({ marker: '○' })];

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0001.0001', '0001', 1],
      ['0001.0001.0001', '0001.0001', 2],
      ['0001.0002', '0001', 1],
    ]);
  });

  it('nests by numbering that restarts at 1 on the same indentation', () => {
    // Prepare
    const comments = [
      raw({ marker: 'number', number: 1 }),
      raw({ marker: 'number', number: 2 }),
      raw({ marker: 'number', number: 1 }),
      raw({ marker: 'number', number: 2 }),
    ];

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0002', null, 0],
      ['0002.0001', '0002', 1],
      ['0002.0002', '0002', 1],
    ]);
  });

  it('closes restarted numbering when the outer numbering continues with its next number', () => {
    // Prepare: outer 1, 2, 3; replies 1, 2 under 3; then outer 4 (the replies would go on with 3)
    const numbers = [1, 2, 3, 1, 2, 4];
    const comments = numbers.map((number) => raw({ marker: 'number', number }));

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0002', null, 0],
      ['0003', null, 0],
      ['0003.0001', '0003', 1],
      ['0003.0002', '0003', 1],
      ['0004', null, 0],
    ]);
  });

  it('gives 1-based positions in document order and copies author, date and text', () => {
    // Prepare
    const comments = [raw({ author: 'Ann', postedAt: '2019-08-03T04:11:00' }, 'First.'), raw({ author: 'Bo', indent: 4 }, 'Second.')];

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(result).toEqual([
      { commentId: '0001', parentId: null, depth: 0, position: 1, author: 'Ann', postedAt: '2019-08-03T04:11:00', text: 'First.' },
      { commentId: '0001.0001', parentId: '0001', depth: 1, position: 2, author: 'Bo', postedAt: null, text: 'Second.' },
    ]);
  });

  it('returns exactly the contract fields for each comment', () => {
    // Act
    const [comment] = threadReplies([raw({})]);

    // Assess
    expect(Object.keys(comment!).sort()).toEqual(['author', 'commentId', 'depth', 'parentId', 'position', 'postedAt', 'text']);
  });

  it('gives ids that sort in thread order', () => {
    // Prepare
    const indents = [0, 4, 8, 4, 0, 4, 0];
    const comments = indents.map((indent) => raw({ indent }));

    // Act
    const ids = threadReplies(comments).map((c) => c.commentId);

    // Assess
    expect([...ids].sort()).toEqual(ids);
  });

  it('returns no comments for none', () => {
    // Act
    const result = threadReplies([]);

    // Assess
    expect(result).toEqual([]);
  });

  it('attaches replies deeper than the cap at the cap depth, so ids stay short', () => {
    // Prepare: each reply indented one step deeper than the one before
    const comments = Array.from({ length: 6 }, (_, i) => raw({ indent: i * 2 }));

    // Act
    const result = threadReplies(comments, 3);

    // Assess
    expect(result.map((c) => c.depth)).toEqual([0, 1, 2, 3, 3, 3]);
    expect(result[5]!.parentId).toBe(result[3]!.parentId);
  });

  it('puts a reply that names its addressee under that author\'s latest comment, and the next comment back at the top', () => {
    // Prepare: one level of layout, the nesting only in the named addressee
    const comments = [raw({ author: 'Ann' }), raw({ author: 'Bo' }), raw({ author: 'Ann', replyTo: 'Bo' }), raw({ author: 'Cy' })];

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0002', null, 0],
      ['0002.0001', '0002', 1],
      ['0003', null, 0],
    ]);
  });

  it('lets indentation place a reply even when it names an addressee ("@Ann" two levels down)', () => {
    // Prepare: Bo answers Ann one level in; Ann answers Bo two levels in
    const comments = [raw({ author: 'Ann' }), raw({ author: 'Bo', indent: 4, replyTo: 'Ann' }), raw({ author: 'Ann', indent: 8, replyTo: 'Bo' })];

    // Act
    const result = threadReplies(comments);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0001.0001', '0001', 1],
      ['0001.0001.0001', '0001.0001', 2],
    ]);
  });

  it('matches an addressee written with or without "@" to the author\'s handle', () => {
    // Act
    const result = threadReplies([raw({ author: '@harbourlass' }), raw({ author: '@foghornfan', replyTo: 'harbourlass' })]);

    // Assess
    expect(shape(result)).toEqual([
      ['0001', null, 0],
      ['0001.0001', '0001', 1],
    ]);
  });
});

describe('Function: threadReplies (named addressees)', () => {
  it('nests a reply under the addressee its marker names, even when the marker closes the name with a stop ("Martine L.")', () => {
    const comments = [raw({ author: 'Martine L.' }), raw({ author: 'Sophie G', replyTo: 'Martine L' }), raw({ author: 'Paul' })];

    expect(shape(threadReplies(comments))).toEqual([
      ['0001', null, 0],
      ['0001.0001', '0001', 1],
      ['0002', null, 0],
    ]);
  });

  it('lets the addressee decide between comments on the one level a layout indents', () => {
    const comments = [raw({ author: 'Marie', indent: 0 }), raw({ author: 'Ian', indent: 4, replyTo: 'Marie' }), raw({ author: 'Siew', indent: 4, replyTo: 'Ian' })];

    expect(shape(threadReplies(comments))).toEqual([
      ['0001', null, 0],
      ['0001.0001', '0001', 1],
      ['0001.0001.0001', '0001.0001', 2],
    ]);
  });

  it('follows the indentation, not the addressee, where the layout indents several levels', () => {
    const comments = [
      raw({ author: 'Marie', indent: 0 }),
      raw({ author: 'Ian', indent: 4 }),
      raw({ author: 'Siew', indent: 8 }),
      raw({ author: 'Olu', indent: 4, replyTo: 'Siew' }),
    ];

    expect(shape(threadReplies(comments))).toEqual([
      ['0001', null, 0],
      ['0001.0001', '0001', 1],
      ['0001.0001.0001', '0001.0001', 2],
      ['0001.0002', '0001', 1],
    ]);
  });
});

describe('Function: threadReplies (numbering against a named addressee)', () => {
  it('keeps "2." a sibling of "1." one level down, though its text opens with "@" the name of "1."', () => {
    const comments = [
      raw({ author: 'Kemal', marker: 'number', number: 1 }),
      raw({ author: 'Arda', marker: 'number', number: 1, indent: 6 }),
      raw({ author: 'Kemal', marker: 'number', number: 2, indent: 6, replyTo: 'Arda' }),
    ];

    expect(threadReplies(comments).map((c) => [c.author, c.depth, c.parentId])).toEqual([
      ['Kemal', 0, null],
      ['Arda', 1, '0001'],
      ['Kemal', 1, '0001'],
    ]);
  });
});
