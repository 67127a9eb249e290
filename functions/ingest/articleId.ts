/**
 * articleId = `<bucket>~<slug of the key>~<16 hex of sha256(bucket + "\n" + key)>`.
 * Readable (bucket and key survive as a slug), URL-safe (only [a-z0-9._~-]) and
 * deterministic; the hash keeps keys apart whose slugs collide ("a b.txt" vs "a-b.txt").
 */
import { createHash } from 'node:crypto';

const SLUG_MAX_LENGTH = 80;
const HASH_LENGTH = 16;

export function slugifyKey(key: string): string {
  const slug = key
    .normalize('NFKD')
    .replace(/\p{M}+/gv, '')
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-|-$/g, '');
  return slug === '' ? 'object' : slug;
}

export function articleIdFor(bucket: string, key: string): string {
  const digest = createHash('sha256').update(`${bucket}\n${key}`).digest('hex').slice(0, HASH_LENGTH);
  return `${bucket}~${slugifyKey(key)}~${digest}`;
}
