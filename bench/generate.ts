/** Deterministic synthetic articles for benchmarks and load runs: sizes and thread shapes on demand. */

const WORDS = (
  'harbour council board river village school winter market railway bridge station museum garden ' +
  'festival season report budget plan road tunnel ferry island coast storm water energy solar wind ' +
  'farmers residents officials members visitors teachers workers engineers the a of to and in on for ' +
  'with said would could after before during while because about against between'
).split(' ');

/** A small seeded PRNG (mulberry32), so every run generates the same bytes. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 18);
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  return Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(random)).join(' ');
}

export interface GeneratedArticle {
  text: string;
  paragraphs: number;
  comments: number;
}

/**
 * An article in the seeds' layout (title, dateline'd body, a numbered "Name said:" thread with
 * bulleted replies), grown to about `targetBytes`.
 */
export function generateArticle(targetBytes: number, seed = 1, options: { commentShare?: number } = {}): GeneratedArticle {
  const random = randomSource(seed);
  const commentShare = options.commentShare ?? 0.5;
  const parts: string[] = [`Council approves ${WORDS[seed % WORDS.length]} plan after long debate`, ''];
  let size = 0;
  let paragraphs = 0;
  const bodyBytes = targetBytes * (1 - commentShare);
  parts.push(`RIVERTON (Staff Reports)—${paragraph(random)}`, '');
  while (size < bodyBytes) {
    const p = paragraph(random);
    parts.push(p, '');
    size += p.length + 2;
    paragraphs++;
  }
  parts.push('', 'Discussion Policy', '', 'Comments are welcomed and encouraged.', '', '');
  let comments = 0;
  let number = 0;
  while (size < targetBytes) {
    number++;
    const top = `  ${number}. Reader${comments + 1} said:\n\n    ${paragraph(random)}\n`;
    parts.push(top);
    size += top.length;
    comments++;
    if (random() < 0.3) {
      const reply = `    • Reader${comments + 1} said:\n\n      ${paragraph(random)}\n`;
      parts.push(reply);
      size += reply.length;
      comments++;
    }
  }
  return { text: parts.join('\n'), paragraphs, comments };
}
