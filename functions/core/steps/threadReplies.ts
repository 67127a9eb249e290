import { DEFAULT_SETTINGS } from '../settings';
import type { Comment } from '../types';
import type { RawComment } from './splitComments';
import { FORUM_POST } from './readCommentHeader';

interface OpenComment {
  indent: number;
  marker: string | null;
  number: number | null;
  /** 0 = top level. */
  depth: number;
  /** The thread position, each level zero-padded: "0002.0001". */
  id: string;
  childCount: number;
}

const ID_WIDTH = 4;

/** "@harbourlass" and "harbourlass" name the same commenter, and so do "Martine L." and "Martine L" (a marker's closing stop). */
const handleKey = (name: string): string => (name.startsWith('@') ? name.slice(1) : name).replace(/\.$/u, '');
const childId = (parent: OpenComment | null, ordinal: number): string => {
  const own = String(ordinal).padStart(ID_WIDTH, '0');
  return parent ? `${parent.id}.${own}` : own;
};

/** Same list as `open`: same marker and, for numbers, exactly the next number. */
function continuesExactly(open: OpenComment, comment: RawComment): boolean {
  const { marker, number } = comment.header;
  if (open.marker !== marker) return false;
  return marker !== 'number' || number === null || open.number === null || number === open.number + 1;
}

/** Same list, loosely: numbering that skips ahead (a deleted comment) but does not restart at 1. */
function continuesLoosely(open: OpenComment, comment: RawComment): boolean {
  const { marker, number } = comment.header;
  return open.marker === marker && marker === 'number' && number !== null && open.number !== null && number !== 1 && number > open.number;
}

/**
 * Assigns each comment its parent and depth. Nesting is read, in order of strength, from deeper
 * indentation, from a change of bullet or a numbering that restarts at 1 on the same indentation,
 * and a return to an earlier bullet or numbering closes the replies opened since.
 */
export function threadReplies(comments: readonly RawComment[], maxDepth = DEFAULT_SETTINGS.maxCommentDepth): Comment[] {
  const stack: OpenComment[] = [];
  let topLevelCount = 0;
  /** Each author's latest comment, for replies that name whom they answer. */
  const latestBy = new Map<string, OpenComment>();
  const remember = (comment: RawComment, node: OpenComment): void => {
    const { author, marker, number } = comment.header;
    if (author !== null) latestBy.set(handleKey(author), node);
    // "(in reply to #1)": a forum post may be addressed by its number.
    if (marker === FORUM_POST && number !== null) latestBy.set(`#${number}`, node);
  };
  // Where the layout indents replies, indentation says where each belongs; a named addressee decides
  // in flat layouts, and in layouts that indent one level only, between comments on that level.
  const indents = new Set(comments.map((c) => c.header.indent));
  return comments.map((comment, i) => {
    const { indent } = comment.header;
    // "2. Kemal_Ist" under "1. Arda": numbering that goes on says sibling, whomever the text names ("@Arda thank you").
    const numberedOn = comment.header.marker === 'number' && stack.some((open) => open.indent === indent && continuesExactly(open, comment));
    const addressed = comment.header.replyTo === null || indents.size > 2 || numberedOn ? undefined : latestBy.get(handleKey(comment.header.replyTo));
    if (addressed !== undefined && addressed.depth < maxDepth && (indents.size === 1 || addressed.indent === indent)) {
      // The named comment is the parent; the layout's own nesting (often none) stays as it was.
      const node = openComment(comment, addressed, ++addressed.childCount);
      remember(comment, node);
      return toComment(comment, i, node, addressed);
    }
    while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) stack.pop();
    let siblingAt = -1;
    for (let k = stack.length - 1; k >= 0 && stack[k]!.indent === indent && siblingAt < 0; k--) {
      if (continuesExactly(stack[k]!, comment)) siblingAt = k;
    }
    const top = stack[stack.length - 1];
    if (siblingAt < 0 && top?.indent === indent && continuesLoosely(top, comment)) siblingAt = stack.length - 1;
    if (siblingAt >= 0) stack.length = siblingAt;

    // Past the depth cap a reply joins its parent's siblings' level instead of opening a deeper one.
    if (stack.length > maxDepth) stack.length = maxDepth;
    const parent = stack[stack.length - 1] ?? null;
    const node = openComment(comment, parent, parent ? ++parent.childCount : ++topLevelCount);
    stack.push(node);
    remember(comment, node);
    return toComment(comment, i, node, parent);
  });
}

function openComment(comment: RawComment, parent: OpenComment | null, ordinal: number): OpenComment {
  const { indent, marker, number } = comment.header;
  return { indent, marker, number, depth: parent ? parent.depth + 1 : 0, id: childId(parent, ordinal), childCount: 0 };
}

function toComment(comment: RawComment, i: number, node: OpenComment, parent: OpenComment | null): Comment {
  return {
    commentId: node.id,
    parentId: parent?.id ?? null,
    depth: node.depth,
    position: i + 1,
    author: comment.header.author,
    postedAt: comment.header.postedAt,
    text: comment.text,
  };
}
