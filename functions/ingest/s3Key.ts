/**
 * S3 notifications carry object keys form-URL-encoded: `+` for a space, `%XX` for other bytes
 * (UTF-8). `decodeS3EventKey` undoes that; `encodeS3EventKey` is its inverse, used to build
 * events the way S3 does (local mode, tests).
 */
export function decodeS3EventKey(raw: string): string {
  return decodeURIComponent(raw.replace(/\+/g, ' '));
}

export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}
