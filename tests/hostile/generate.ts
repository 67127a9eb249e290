/**
 * Hostile inputs for the parser and the ingest path, built in memory from a fixed seed (the same
 * bytes every run). `small` cases (≤ 1 MB) run in jest; `large` ones only in `scripts/hostile.ts`.
 * `npx tsx tests/hostile/generate.ts [--all]` writes them to tests/hostile/generated/ (git-ignored).
 *
 * `expect` states what a case must end in when that is certain from the input alone (an empty file
 * is EMPTY, a PNG is BINARY); `any` cases only have to end in a stored article or a typed failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { ParseErrorCode } from '#core';
import { randomSource } from '../../bench/generate';

export type HostileExpectation = { kind: 'stored' } | { kind: 'failed'; codes: readonly ParseErrorCode[] } | { kind: 'any' };

export interface HostileCase {
  name: string;
  /** `.txt` unless the case is about the name. */
  key: string;
  size: 'small' | 'large';
  expect: HostileExpectation;
  build: () => Uint8Array;
}

export const GENERATED_DIR = join(__dirname, 'generated');
const KB = 1024;
const MB = 1024 * KB;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));
const stored: HostileExpectation = { kind: 'stored' };
const any: HostileExpectation = { kind: 'any' };
const failed = (...codes: ParseErrorCode[]): HostileExpectation => ({ kind: 'failed', codes });

const LEAD = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by a fifth from April.';
const SECOND = 'Skippers said the rise would drive boats to the marina across the bay, which charges less and has more berths.';

/** A plain article in the seeds' layout: title, two paragraphs, optionally a short thread. */
function plainArticle(title = 'Harbour tolls rise for visiting yachts', thread = true): string {
  const comments = thread
    ? ['', 'Discussion Policy', '', 'Comments are welcomed and encouraged.', '', '', '  1. Alma Aldous said:', '', '    Far too expensive for a weekend.', '', '    • Bruno Baptiste said:', '', '      The marina is worse.', '']
    : [];
  return [title, '', LEAD, '', SECOND, '', ...comments].join('\n');
}

/** Repeats `unit` until the text reaches `bytes` (ASCII units: characters = bytes). */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

function topComments(count: number, compact = false): string {
  const lines: string[] = [];
  for (let n = 1; n <= count; n++) {
    lines.push(compact ? `${n}. R${n} said:\n\nok ${n}\n` : `  ${n}. Reader ${n} said:\n\n    Point ${n}: the harbour plan is too costly.\n`);
  }
  return lines.join('\n');
}

/** Each reply one bullet level deeper than the one above it. */
function nestedReplies(depth: number): string {
  const lines = ['  1. Alma Aldous said:', '', '    The first word on the plan.', ''];
  for (let level = 1; level < depth; level++) {
    const indent = '  '.repeat(level + 1);
    lines.push(`${indent}• Reader ${level} said:`, '', `${indent}  Reply at depth ${level}.`, '');
  }
  return lines.join('\n');
}

function randomBytes(count: number, seed: number): Uint8Array {
  const random = randomSource(seed);
  return Uint8Array.from({ length: count }, () => Math.floor(random() * 256));
}

const ARABIC = [
  'معرض الكتاب يستقبل عددا قياسيا من الزوار',
  '',
  'استقبل معرض الكتاب الدولي هذا العام أكثر من مليون زائر خلال عشرة أيام، وفق ما أعلنته اللجنة المنظمة يوم الأحد.',
  '',
  'وقال رئيس اللجنة إن الإقبال على كتب الأطفال والروايات المترجمة كان لافتا، وإن دور النشر المحلية باعت ضعف ما باعته العام الماضي.',
  '',
  'التعليقات',
  '',
  '  1. أحمد قال:',
  '',
  '    معرض رائع ولكن الأسعار مرتفعة.',
  '',
].join('\n');

const PERSIAN = [
  'خط هفت مترو تا پایان سال تکمیل می‌شود',
  '',
  'تهران (ایرنا) — مدیرعامل شرکت مترو روز دوشنبه اعلام کرد که خط هفت مترو تا پایان سال ۱۴۰۳ به طور کامل به بهره‌برداری می‌رسد.',
  '',
  'به گفته او، ایستگاه‌های باقی‌مانده در حال تجهیز هستند و آزمایش قطارها از ماه آینده آغاز می‌شود.',
  '',
  'نظرات',
  '',
  '  ۱. مریم گفت:',
  '',
  '    امیدوارم این بار به موقع تمام شود.',
  '',
].join('\n');

const HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour tolls rise</title>
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script>
<style>body{font-family:serif}.comment{margin:1em}</style></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Harbour tolls rise for visiting yachts</h1><p class="byline">By Ines Ishikawa</p>
<p>${LEAD}</p><p>${SECOND}</p></article>
<section id="comments"><div class="comment"><b>Alma Aldous</b> said: <p>Far too expensive.</p></div></section>
</body></html>
`;

const JSON_TEXT = JSON.stringify(
  { title: 'Harbour tolls rise', author: 'Ines Ishikawa', body: [LEAD, SECOND], comments: [{ author: 'Alma Aldous', text: 'Far too expensive.' }] },
  null,
  2,
);

const SMALL: HostileCase[] = [
  { name: 'empty', key: 'empty.txt', size: 'small', expect: failed('EMPTY'), build: () => new Uint8Array() },
  { name: 'whitespace only', key: 'whitespace.txt', size: 'small', expect: failed('EMPTY'), build: () => utf8(' \t \n\n   \r\n\t\u00a0\u2003\n') },
  { name: 'newlines only (64 KB)', key: 'newlines.txt', size: 'small', expect: failed('EMPTY'), build: () => utf8('\r\n'.repeat(32 * KB)) },
  { name: 'PNG header', key: 'photo.txt', size: 'small', expect: failed('BINARY'), build: () => concat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4 * KB, 1)) },
  { name: 'ZIP header', key: 'archive.txt', size: 'small', expect: failed('BINARY'), build: () => concat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(4 * KB, 2)) },
  { name: 'PDF header', key: 'document.txt', size: 'small', expect: failed('BINARY'), build: () => utf8(`%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n${plainArticle()}`) },
  { name: 'JPEG header', key: 'jpeg.txt', size: 'small', expect: failed('BINARY'), build: () => concat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(4 * KB, 3)) },
  { name: 'ELF executable header', key: 'program.txt', size: 'small', expect: failed('BINARY', 'UNDECODABLE'), build: () => concat(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), new Uint8Array(256), randomBytes(4 * KB, 4)) },
  { name: 'gzip of an article (compressed upload)', key: 'article.txt.gz', size: 'small', expect: failed('BINARY'), build: () => new Uint8Array(gzipSync(plainArticle())) },
  { name: 'gzip bomb (50 MB of zeros, compressed)', key: 'bomb.txt', size: 'small', expect: failed('BINARY'), build: () => new Uint8Array(gzipSync(Buffer.alloc(50 * MB), { level: 9 })) },
  { name: 'random bytes (64 KB)', key: 'random.txt', size: 'small', expect: failed('BINARY', 'UNDECODABLE'), build: () => randomBytes(64 * KB, 5) },
  { name: 'NUL bytes only (4 KB)', key: 'nul.txt', size: 'small', expect: failed('BINARY'), build: () => new Uint8Array(4 * KB) },
  { name: 'article with NUL bytes inside', key: 'nul-inside.txt', size: 'small', expect: failed('BINARY'), build: () => utf8(plainArticle().replace(/ /g, (space, offset: number) => (offset % 40 === 0 ? '\u0000' : space))) },
  { name: 'invalid UTF-8 (lone continuation and truncated sequences)', key: 'invalid-utf8.txt', size: 'small', expect: any, build: () => concat(utf8('Harbour tolls rise\n\n'), Uint8Array.from([0x80, 0xbf, 0xc3, 0x28, 0xe2, 0x82, 0x20, 0xf0, 0x9f, 0x98]), utf8(`\n\n${LEAD}\n`)) },
  { name: 'overlong UTF-8 and encoded surrogates', key: 'overlong.txt', size: 'small', expect: any, build: () => concat(utf8('Harbour tolls rise\n\n'), Uint8Array.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf]), utf8(`\n\n${LEAD}\n`)) },
  { name: 'UTF-8 truncated mid-character at the end', key: 'truncated.txt', size: 'small', expect: any, build: () => concat(utf8(`${plainArticle()}Café`), Uint8Array.from([0xe2, 0x82])) },
  { name: 'UTF-8 with BOM', key: 'bom.txt', size: 'small', expect: stored, build: () => concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8(plainArticle())) },
  { name: 'UTF-16 LE with BOM', key: 'utf16le.txt', size: 'small', expect: stored, build: () => concat(Uint8Array.from([0xff, 0xfe]), new Uint8Array(Buffer.from(plainArticle('Hafengebühren für Jachten steigen'), 'utf16le'))) },
  { name: 'UTF-16 BE with BOM', key: 'utf16be.txt', size: 'small', expect: stored, build: () => concat(Uint8Array.from([0xfe, 0xff]), new Uint8Array(Buffer.from(plainArticle('Hafengebühren für Jachten steigen'), 'utf16le').swap16())) },
  { name: 'UTF-16 LE without BOM', key: 'utf16le-nobom.txt', size: 'small', expect: any, build: () => new Uint8Array(Buffer.from(plainArticle(), 'utf16le')) },
  { name: 'UTF-16 BOM with an odd byte count', key: 'utf16-odd.txt', size: 'small', expect: any, build: () => concat(Uint8Array.from([0xff, 0xfe]), new Uint8Array(Buffer.from(plainArticle(), 'utf16le')), Uint8Array.from([0x41])) },
  { name: 'Windows-1252 (curly quotes, €, accents)', key: 'cp1252.txt', size: 'small', expect: stored, build: () => new Uint8Array(iconv.encode(`Café owners say “no” to €2 fee\n\n${LEAD} The café’s owner, José Müller, called it “absurd”.\n\n${SECOND}\n`, 'windows-1252')) },
  { name: 'ISO-8859-1 German', key: 'latin1.txt', size: 'small', expect: stored, build: () => new Uint8Array(iconv.encode('Freibad öffnet nach Sanierung früher\n\nDas Freibad an der Lindenallee öffnet in diesem Jahr schon im Mai, teilte die Stadt am Montag mit. Die Sanierung der Becken ist fast abgeschlossen, die Kosten blieben im Rahmen.\n', 'latin1')) },
  { name: 'Windows-1251 Cyrillic', key: 'cp1251.txt', size: 'small', expect: stored, build: () => new Uint8Array(iconv.encode('Мост через реку закроют на ремонт\n\nМост через реку закроют на ремонт с первого апреля, сообщили в городской администрации в понедельник. Работы продлятся три месяца, движение пустят в объезд.\n', 'windows-1251')) },
  { name: 'Shift_JIS Japanese', key: 'sjis.txt', size: 'small', expect: any, build: () => new Uint8Array(iconv.encode('港の係留料が値上げ\n\n港湾局は火曜日、来訪ヨットの係留料を四月から二割引き上げることを決めた。船主らは対岸のマリーナに移ると話している。\n', 'shift_jis')) },
  { name: 'Arabic article (RTL)', key: 'arabic.txt', size: 'small', expect: stored, build: () => utf8(ARABIC) },
  { name: 'Persian article (RTL, Persian digits, ZWNJ)', key: 'persian.txt', size: 'small', expect: stored, build: () => utf8(PERSIAN) },
  { name: 'bidi overrides and zero-width characters', key: 'bidi.txt', size: 'small', expect: stored, build: () => utf8(`Harbour \u202etolls\u202c rise\u200b\u200b\n\n\u2067${LEAD}\u2069\n\n\ufeff${SECOND}\u200d\n`) },
  { name: 'control characters (mostly)', key: 'control-heavy.txt', size: 'small', expect: failed('BINARY'), build: () => utf8(repeatTo('\u0001\u0002\u0003\u001b[31mx\u0007\u0008', 8 * KB)) },
  { name: 'control characters (a few, in prose)', key: 'control-light.txt', size: 'small', expect: stored, build: () => utf8(`Harbour tolls\u0007 rise\n\n${LEAD}\u001b[0m\n\n${SECOND}\u000b\n`) },
  { name: 'HTML saved as .txt', key: 'page.txt', size: 'small', expect: any, build: () => utf8(HTML) },
  { name: 'JSON saved as .txt', key: 'article.json.txt', size: 'small', expect: any, build: () => utf8(JSON_TEXT) },
  { name: 'XML feed saved as .txt', key: 'feed.txt', size: 'small', expect: any, build: () => utf8(`<?xml version="1.0"?>\n<rss><channel><item><title>Harbour tolls rise</title><description>${LEAD}</description></item></channel></rss>\n`) },
  { name: 'CSV saved as .txt', key: 'table.txt', size: 'small', expect: any, build: () => utf8(['id,title,author,comments', ...Array.from({ length: 2000 }, (_, i) => `${i},"Harbour tolls rise ${i}",Reader ${i},${i % 7}`)].join('\n')) },
  { name: 'minified JavaScript saved as .txt', key: 'bundle.txt', size: 'small', expect: any, build: () => utf8(repeatTo('!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}}([]);', 200 * KB)) },
  { name: 'base64 blob', key: 'blob.txt', size: 'small', expect: any, build: () => utf8(Buffer.from(randomBytes(150 * KB, 6)).toString('base64').replace(/.{76}/g, '$&\n')) },
  { name: 'title only', key: 'title-only.txt', size: 'small', expect: any, build: () => utf8('Harbour tolls rise for visiting yachts\n') },
  { name: 'a single word', key: 'word.txt', size: 'small', expect: any, build: () => utf8('Hello') },
  { name: '50 KB title line', key: 'long-title.txt', size: 'small', expect: any, build: () => utf8(`${repeatTo('Harbour tolls rise for visiting yachts and ', 50 * KB)}\n\n${LEAD}\n\n${SECOND}\n`) },
  { name: '1 MB single line', key: 'one-line-1mb.txt', size: 'small', expect: any, build: () => utf8(repeatTo(`${LEAD} `, MB)) },
  { name: '512 KB word without spaces', key: 'long-word.txt', size: 'small', expect: any, build: () => utf8(`Harbour tolls rise\n\n${'x'.repeat(512 * KB)}\n`) },
  { name: '10,000 paragraphs', key: 'paragraphs.txt', size: 'small', expect: stored, build: () => utf8(`Harbour tolls rise\n\n${Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i + 1}. ${LEAD}`).join('\n\n')}\n`) },
  { name: '100,000 blank lines then one line', key: 'blank-lines.txt', size: 'small', expect: any, build: () => utf8(`${'\n'.repeat(100_000)}${LEAD}\n`) },
  { name: 'CR-only line endings (classic Mac)', key: 'cr.txt', size: 'small', expect: stored, build: () => utf8(plainArticle().replace(/\n/g, '\r')) },
  { name: 'mixed line endings', key: 'mixed-eol.txt', size: 'small', expect: stored, build: () => utf8(plainArticle().split('\n').map((line, i) => line + ['\n', '\r\n', '\r', '\u2028', '\u0085'][i % 5]).join('')) },
  { name: 'combining-mark flood (zalgo)', key: 'zalgo.txt', size: 'small', expect: any, build: () => utf8(`Harbour tolls rise\n\n${repeatTo('h\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b ', 200 * KB)}\n`) },
  { name: 'emoji and astral-plane text', key: 'emoji.txt', size: 'small', expect: stored, build: () => utf8(`⚓ Harbour tolls rise 🛥️🛥️\n\n${LEAD} 😡😡😡 𝔥𝔞𝔯𝔟𝔬𝔲𝔯 👨‍👩‍👧‍👦\n\n${SECOND}\n`) },
  { name: 'only comments, no article', key: 'only-comments.txt', size: 'small', expect: any, build: () => utf8(`${topComments(50)}\n`) },
  { name: 'replies nested 200 deep', key: 'nested-200.txt', size: 'small', expect: stored, build: () => utf8(`${plainArticle('Nested thread', false)}\nDiscussion Policy\n\n${nestedReplies(200)}`) },
  { name: '1 MB of "said:" lines', key: 'said-lines.txt', size: 'small', expect: any, build: () => utf8(repeatTo('said:\n', MB)) },
  { name: '1 MB of "N. Name said:" headers without text', key: 'said-headers.txt', size: 'small', expect: any, build: () => utf8(`${plainArticle('Empty comments', false)}\n${repeatTo(`  1. Alma Aldous said:\n`, MB)}`) },
  { name: '5,000 comments', key: 'comments-5000.txt', size: 'small', expect: stored, build: () => utf8(`${plainArticle('Five thousand comments', false)}\nDiscussion Policy\n\n${topComments(5_000, true)}`) },
  { name: '20,000 numbered list lines (not comments)', key: 'numbered.txt', size: 'small', expect: any, build: () => utf8(`Harbour tolls rise\n\n${LEAD}\n\n${Array.from({ length: 20_000 }, (_, i) => `${i + 1}. Item number ${i + 1}`).join('\n')}\n`) },
  { name: 'dateline only', key: 'dateline.txt', size: 'small', expect: any, build: () => utf8('TEHRAN (Reuters)—\n') },
];

const LARGE: HostileCase[] = [
  { name: '100 MB text', key: 'text-100mb.txt', size: 'large', expect: any, build: () => utf8(`Harbour tolls rise\n\n${repeatTo(`${LEAD}\n\n${SECOND}\n\n`, 100 * MB)}`) },
  { name: 'one 10 MB line', key: 'one-line-10mb.txt', size: 'large', expect: any, build: () => utf8(repeatTo(`${LEAD} `, 10 * MB)) },
  { name: '100,000 comments', key: 'comments-100k.txt', size: 'large', expect: stored, build: () => utf8(`${plainArticle('A hundred thousand comments', false)}\nDiscussion Policy\n\n${topComments(100_000, true)}`) },
  { name: '20 MB of "said:" lines', key: 'said-lines-20mb.txt', size: 'large', expect: any, build: () => utf8(repeatTo('said:\n', 20 * MB)) },
];

export function hostileCases(size: 'small' | 'large' | 'all' = 'all'): HostileCase[] {
  return [...SMALL, ...LARGE].filter((c) => size === 'all' || c.size === size);
}

/** File name of a case under tests/hostile/generated/. */
export function generatedFileName(testCase: HostileCase): string {
  return `${testCase.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.bin`;
}

/** Writes the cases to tests/hostile/generated/ and returns their paths. */
export function writeGenerated(cases: readonly HostileCase[]): Map<string, string> {
  mkdirSync(GENERATED_DIR, { recursive: true });
  const paths = new Map<string, string>();
  for (const testCase of cases) {
    const path = join(GENERATED_DIR, generatedFileName(testCase));
    writeFileSync(path, testCase.build());
    paths.set(testCase.name, path);
  }
  return paths;
}

if (require.main === module) {
  const cases = hostileCases(process.argv.includes('--all') ? 'all' : 'small');
  const paths = writeGenerated(cases);
  process.stdout.write(`${paths.size} hostile inputs written to ${GENERATED_DIR}\n`);
}
