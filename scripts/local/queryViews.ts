/** Readable renderings of reader results for `npm run query`. */
import type { StoredArticle } from '../../functions/reader';
import type { ArticleSummary, CommentItem, IngestionRecord } from '../../functions/schema';
import { cut, formatTable } from './textTable';

export function articleView({ article, comments }: StoredArticle): string {
  const facts: [string, string][] = [
    ['articleId', article.articleId],
    ['title', article.title ?? ''],
    ['subtitle', article.subtitle ?? ''],
    ['authors', article.authors.join(', ')],
    ['published', article.publishedAt ?? ''],
    ['language', article.language ?? ''],
    ['words', String(article.wordCount)],
    ['comments', String(comments.length)],
    ['source', `s3://${article.source.bucket}/${article.source.key}`],
    ['updated', article.updatedAt],
  ];
  const header = facts.filter(([, value]) => value !== '').map(([name, value]) => `${name.padEnd(10)} ${value}`);
  return [...header, '', article.body, '', ...(comments.length === 0 ? [] : ['Comments:', commentsView(comments)])].join('\n');
}

export function commentsView(comments: readonly CommentItem[]): string {
  return formatTable(
    [{ header: 'commentId' }, { header: 'author', max: 40 }, { header: 'posted' }, { header: 'text', max: 90 }],
    comments.map((comment) => [comment.commentId, `${'  '.repeat(comment.depth)}${comment.author ?? '(anonymous)'}`, comment.postedAt ?? '', comment.text]),
  );
}

export function authorView(comments: readonly CommentItem[]): string {
  return formatTable(
    [{ header: 'posted' }, { header: 'author', max: 30 }, { header: 'articleId' }, { header: 'commentId' }, { header: 'text', max: 70 }],
    comments.map((comment) => [comment.postedAt ?? '', comment.author ?? '', comment.articleId, comment.commentId, comment.text]),
  );
}

export function dayView(articles: readonly ArticleSummary[]): string {
  return formatTable(
    [{ header: 'time' }, { header: 'articleId' }, { header: 'title', max: 60 }, { header: 'comments', right: true }],
    articles.map((article) => [article.dayTime.split('#')[0] ?? '', article.articleId, article.title ?? '', String(article.commentCount)]),
  );
}

export function failuresView(records: readonly IngestionRecord[]): string {
  return formatTable(
    [{ header: 'recorded' }, { header: 'key', max: 60 }, { header: 'error' }, { header: 'message', max: 70 }, { header: 'attempts', right: true }],
    records.map((record) => [record.recordedAt, record.source.key, record.errorCode ?? '', cut(record.errorMessage ?? '', 70), String(record.attempts)]),
  );
}
