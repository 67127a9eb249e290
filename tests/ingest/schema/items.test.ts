import type { Article, Comment } from '#core/types';
import { ArticleItemSchema, CommentItemSchema, IngestionRecordSchema, type ArticleItem, type CommentItem } from '#schema';

type Missing<Contract, Item> = Exclude<keyof Contract, keyof Item>;

describe('Schema: item contract', () => {
  it('carries every field of the parse contract (checked by the compiler)', () => {
    const articleFieldsMissing: [Missing<Article, ArticleItem>] extends [never] ? true : false = true;
    const commentFieldsMissing: [Missing<Comment, CommentItem>] extends [never] ? true : false = true;
    expect([articleFieldsMissing, commentFieldsMissing]).toEqual([true, true]);
  });

  it('documents every attribute', () => {
    for (const schema of [ArticleItemSchema, CommentItemSchema, IngestionRecordSchema]) {
      for (const [name, field] of Object.entries(schema.shape)) {
        expect({ name, described: field.description !== undefined || field.unwrap?.().description !== undefined }).toEqual({ name, described: true });
      }
    }
  });

  it('rejects attributes outside the contract', () => {
    const comment: CommentItem = {
      articleId: 'a',
      commentId: '0001',
      schemaVersion: 1,
      parentId: null,
      depth: 0,
      position: 1,
      author: null,
      postedAt: null,
      text: 'Hello.',
      textRef: null,
      updatedAt: '2026-11-22T10:00:00.000Z',
    };
    expect(CommentItemSchema.safeParse(comment).success).toBe(true);
    expect(CommentItemSchema.safeParse({ ...comment, surprise: true }).success).toBe(false);
  });
});
