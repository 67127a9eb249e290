/**
 * Maps one parsed object version to its DynamoDB items. Pure: the caller passes the time,
 * the first-ingested time and where overflow texts go. A text above the inline limit becomes
 * an overflow object (returned, to be written to S3 first) plus a pointer and a preview.
 */
import type { Article, Comment } from '#core/types';
import type { ArticleItem, CommentItem, ObjectSource, S3Pointer } from '#schema';
import { BODY_PREVIEW_CHARS, INLINE_TEXT_MAX_BYTES, OVERFLOW_CONTENT_TYPE, SCHEMA_VERSION } from '#schema/constants';
import { articleIdFor } from './articleId';
import { authorKeyFor } from './authorKey';
import { sequencerOrder } from './sequencer';

export interface ParsedVersion {
  article: Article;
  comments: Comment[];
}

export interface ItemContext {
  /** ISO time of this write. */
  now: string;
  /** ISO time the article was first stored (the previous item's `ingestedAt`), or `now`. */
  ingestedAt: string;
  processedBucket: string;
  inlineTextMaxBytes?: number;
}

export interface OverflowText {
  key: string;
  text: string;
}

export interface ItemSet {
  article: ArticleItem;
  comments: CommentItem[];
  /** Texts to write to the processed bucket before the items that point at them. */
  overflow: OverflowText[];
}

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

export function overflowPrefixFor(articleId: string, contentHash: string): string {
  return `${articleId}/${contentHash}/`;
}

interface Placed {
  inline: string;
  ref: S3Pointer | null;
}

function placeText(text: string, key: string, context: ItemContext, overflow: OverflowText[]): Placed {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= (context.inlineTextMaxBytes ?? INLINE_TEXT_MAX_BYTES)) return { inline: text, ref: null };
  overflow.push({ key, text });
  return {
    inline: text.slice(0, BODY_PREVIEW_CHARS),
    ref: { bucket: context.processedBucket, key, bytes, contentType: OVERFLOW_CONTENT_TYPE },
  };
}

function dayFields(article: Article, articleId: string, ingestedAt: string): Pick<ArticleItem, 'day' | 'dayTime' | 'dayBasis'> {
  const published = article.publishedAt !== null && DATE_PREFIX.test(article.publishedAt) ? article.publishedAt : null;
  const basis = published ?? ingestedAt;
  return { day: basis.slice(0, 10), dayTime: `${basis}#${articleId}`, dayBasis: published === null ? 'ingested' : 'published' };
}

function toCommentItem(
  comment: Comment,
  articleId: string,
  timeFallback: string,
  prefix: string,
  context: ItemContext,
  overflow: OverflowText[],
): CommentItem {
  const placed = placeText(comment.text, `${prefix}comments/${comment.commentId}.txt`, context, overflow);
  const authorKey = authorKeyFor(comment.author);
  return {
    articleId,
    commentId: comment.commentId,
    schemaVersion: SCHEMA_VERSION,
    parentId: comment.parentId,
    depth: comment.depth,
    position: comment.position,
    author: comment.author,
    postedAt: comment.postedAt,
    text: placed.inline,
    textRef: placed.ref,
    ...(authorKey === null
      ? {}
      : { authorKey, authorSortKey: `${comment.postedAt ?? timeFallback}#${articleId}#${comment.commentId}` }),
    updatedAt: context.now,
  };
}

export function toItems(parsed: ParsedVersion, source: ObjectSource, context: ItemContext): ItemSet {
  const { article } = parsed;
  const articleId = articleIdFor(source.bucket, source.key);
  const prefix = overflowPrefixFor(articleId, article.contentHash);
  const overflow: OverflowText[] = [];
  const body = placeText(article.body, `${prefix}body.txt`, context, overflow);
  const commentTimeFallback = article.publishedAt ?? context.ingestedAt;
  const comments = parsed.comments.map((comment) =>
    toCommentItem(comment, articleId, commentTimeFallback, prefix, context, overflow),
  );
  const item: ArticleItem = {
    articleId,
    schemaVersion: SCHEMA_VERSION,
    title: article.title,
    subtitle: article.subtitle,
    authors: article.authors,
    publishedAt: article.publishedAt,
    dateline: article.dateline,
    captions: article.captions,
    sourceId: article.sourceId,
    body: body.inline,
    bodyRef: body.ref,
    language: article.language,
    wordCount: article.wordCount,
    commentCount: article.commentCount,
    contentHash: article.contentHash,
    parserVersion: article.parserVersion,
    source,
    sequencerOrder: sequencerOrder(source.sequencer),
    ...dayFields(article, articleId, context.ingestedAt),
    overflowPrefix: overflow.length > 0 ? prefix : null,
    ingestedAt: context.ingestedAt,
    updatedAt: context.now,
  };
  return { article: item, comments, overflow };
}
