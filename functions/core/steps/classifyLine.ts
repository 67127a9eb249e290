import {
  AGENCY_CREDIT,
  BOILERPLATE_LINE,
  PLAYER_OR_BANNER_LINE,
  BOILERPLATE_PHRASES,
  BOILERPLATE_PHRASE_KEYS,
  BOILERPLATE_PHRASE_KEYS_UNBOUNDED,
  READ_ALSO_OPENING,
  WORLD_CREDIT_WORDS,
  WORLD_PHOTO_CREDIT,
  BREADCRUMB,
  BREADCRUMB_LABEL,
  COMMENT_CONTROL_WORDS,
  BRACKETED_CAPTION,
  CAPTION_LABEL,
  IMAGE_DESCRIPTION,
  CONTROL_LINE_FIRST_WORD,
  CONTROL_LINE_SEPARATORS,
  SHARE_WORDS,
  TAIL_MARKER,
  TEXT_SIZE_WIDGET,
  TEXT_SIZE_WIDGET_MAX_CHARS,
  PHOTO_CREDIT,
  PICTURE_OWNER_CREDIT,
  PARENTHESIZED_CREDIT,
  WIRE_PHOTO_CREDIT,
  TRAILING_CREDIT_LABEL,
  PICTURED_LABEL,
  WEAK_COMMENT_HEADING,
  SHOWN_REPLIES_BUTTON,
} from '../patterns';
import { memoized } from '../memo';
import { parseDateLine } from './parseDate';
import { endsSentence, unspacedChars, wordCount } from '../text';

/** Thresholds for telling prose from headings, labels and menus. */
export const PROSE_MIN_CHARS = 60;
export const PROSE_MIN_WORDS = 8;
/** A line this long is prose even without final punctuation. */
export const PROSE_UNPUNCTUATED_CHARS = 150;
const MENU_ITEM_MAX_WORDS = 4;
const MENU_ITEM_MAX_CHARS = 32;
/** Boilerplate is short: a longer line is never taken for it (and long lines skip the vocabulary scan). */
const MAX_BOILERPLATE_CHARS = 600;
/** Credits close a caption, so only the line's end is searched. */
const CREDIT_WINDOW = 140;
const INLINE_MENU_SEPARATOR = /\s[|•·]\s/u;

/**
 * Every phrase pattern holds one of these keys (most at a word start); cheap scans spare the phrase
 * patterns on ordinary lines. The `\b` lets V8 skip most positions (~25 % faster on every line), so
 * the keys without a word start (Cyrillic, where `\b` does not apply) get their own scan: one
 * alternation of both kinds is again ~25 % slower.
 */
const PHRASE_KEY = new RegExp(`\\b(?:${BOILERPLATE_PHRASE_KEYS.join('|')})`, 'i');
const UNBOUNDED_PHRASE_KEY = new RegExp(BOILERPLATE_PHRASE_KEYS_UNBOUNDED.join('|'), 'i');
/** Each unbounded key holds a character outside ASCII: this one-class scan spares their (case-insensitive, slower) scan on ASCII lines. */
// Without `u`: a surrogate half is outside ASCII too, and the Unicode-mode class scans ~7× slower.
const NON_ASCII = /[^\0-\x7F]/;

function hasBoilerplatePhrase(text: string): boolean {
  return (PHRASE_KEY.test(text) || (NON_ASCII.test(text) && UNBOUNDED_PHRASE_KEY.test(text))) && BOILERPLATE_PHRASES.some((phrase) => phrase.test(text));
}

const [LOWER_A, LOWER_Z, UPPER_A] = [0x61, 0x7a, 0x41];

/** A "read also" label in capitals with the linked headline after it, without a colon between them. */
function isShoutedReadAlso(text: string): boolean {
  // Capitals from the second letter on: most lines stop at a lower-case one.
  const second = text.charCodeAt(1);
  if ((second >= LOWER_A && second <= LOWER_Z) || second < UPPER_A) return false;
  const label = READ_ALSO_OPENING.exec(text)?.[0];
  return label !== undefined && label === label.toUpperCase() && label !== label.toLowerCase();
}

const MAX_TEASER_WORDS = 16;
/** A label that tells the reader to read on ("Lesen Sie auch", "Read also", "Lire aussi"), not one a headline may open with ("Related …", "Trending …"). */
const READ_ON_WORD = /(?<!\p{L})(?:read|lesen|lire|leer|lea|leia|leggi|lees|läs|læs|les|czytaj|čtěte|čítajte|citește|читайте|прочитајте|baca|oku|also|auch|aussi|también|anche|ook|også|också)(?!\p{L})/iu;
/** "Lesen Sie auch Hafen-Umschlag sinkt im vierten Quartal erneut": a "read also" label over a linked headline run into one line (no sentence: no full stop, a capital after the label). */
function isReadAlsoTeaser(text: string): boolean {
  if (endsSentence(text)) return false;
  const label = READ_ALSO_OPENING.exec(text)?.[0];
  return label !== undefined && READ_ON_WORD.test(label) && /^ \p{Lu}/v.test(text.slice(label.length)) && text.split(' ').length <= MAX_TEASER_WORDS;
}

/** Short lines may be menus or share bars; the checks for those run only on them (a share bar spelt out in full may run longer). */
const SHORT_LINE = 80;
const SHARE_LINE_MAX_CHARS = 160;

/** A messenger app named in a short line: the first test of a pitch to follow the site there. */
const MESSENGER = /whatsapp|telegram|viber|واتساب|واتس اب|تيليجرام|تلغرام|تلگرام|телеграм|вайбер/iu;
/** "📲 Receba as notícias do … no WhatsApp", "Підписуйтесь на наш Telegram-канал…", "تابعوا أخبار … عبر تطبيق واتساب": a call to follow the site there, beside the app. */
const MESSENGER_PITCH_WORDS =
  /\b(?:follow|subscribe|join) (?:us|our|the)\b|\bsiga\b|súmate|sumate|síguenos|únete|abonnez|abonniere|folgen sie|підпис|подпис|تابعوا|اشترك|inscreva|receba|recibí|recibe|entre no|dołącz|obserwuj|katıl|takip edin|jiunge|gabung|ikuti/iu;
const MAX_MESSENGER_PITCH_CHARS = 200;
const isMessengerPitch = (text: string): boolean => text.length <= MAX_MESSENGER_PITCH_CHARS && MESSENGER.test(text) && MESSENGER_PITCH_WORDS.test(text);

const PLAYER_OR_BANNER_MAX_CHARS = 80;

/** "| Permalink | Comments (5)", "Enlace permanente · 3 comentarios": a post's links to itself and to its thread, in its meta row. */
const PERMALINK = /^(?:permalink|permalien|lien permanent|enlace permanente|link permanente|permanente link|trackbacks?|pingbacks?)$/iu;
const COMMENT_COUNT_LINK =
  /^(?:(?:comments?|comentarios?|commentaires?|kommentare?|commenti|comentários?|reacties|responses?)(?: \(\d{1,5}\))?|\d{1,5} (?:comments?|comentarios?|commentaires?|kommentare?|commenti|comentários?|reacties|responses?))$/iu;
function isPermalinkRow(text: string): boolean {
  const items = text.split(/\s*[|·•]\s*/u).filter((item) => item !== '');
  return items.some((item) => PERMALINK.test(item)) && items.every((item) => PERMALINK.test(item) || COMMENT_COUNT_LINK.test(item));
}

export function isBoilerplate(text: string): boolean {
  if (text.length > MAX_BOILERPLATE_CHARS) return false;
  if (BOILERPLATE_LINE.test(text) || (text.length <= TEXT_SIZE_WIDGET_MAX_CHARS && TEXT_SIZE_WIDGET.test(text)) || hasBoilerplatePhrase(text) || isShoutedReadAlso(text) || isReadAlsoTeaser(text) || isMessengerPitch(text)) return true;
  if (text.length <= PLAYER_OR_BANNER_MAX_CHARS && PLAYER_OR_BANNER_LINE.test(text)) return true;
  if (text.length > SHORT_LINE) return (text.length <= SHARE_LINE_MAX_CHARS && (isShareLine(text) || isInlineMenu(text))) || isHeadlineTicker(text);
  return isInlineMenu(text) || isShareLine(text) || isPermalinkRow(text) || !/[\p{L}\p{N}]/v.test(text);
}

/** A caption's own words, without a label such as "Image caption," or the brackets of "[Image: …]". */
// The brackets first: "[Image: Image caption, Water reached …]" holds the label inside them.
export const captionText = (text: string): string => withoutLicensingLink(text.replace(BRACKETED_CAPTION, '$1').replace(CAPTION_LABEL, ''));
/** "… REUTERS/Joseph Otieno Purchase Licensing Rights": the wire's link under its pictures, no part of the caption. */
const LICENSING_LINK_TEXT = 'Purchase Licensing Rights';
const LICENSING_LINK = /\s+Purchase Licensing Rights$/u;
// endsWith first: the pattern's leading `\s+` has it tried at every space of every line (~10× slower).
const withoutLicensingLink = (text: string): string => (text.endsWith(LICENSING_LINK_TEXT) ? text.replace(LICENSING_LINK, '') : text);

/** A heading after which the rest of the article region is site furniture (related links, tags, comment policy; a "read also" box left at the end). */
/** Tail markers are headings: a long line is none (and skips the scan). */
const MAX_TAIL_MARKER_CHARS = 200;
export const isTailMarker = (text: string): boolean => text.length <= MAX_TAIL_MARKER_CHARS && TAIL_MARKER.test(text);

/** A heading that ends the article only when no article prose follows it ("Comments", "Share this:", "Read More" over related headlines). */
export const isWeakTailMarker = (text: string): boolean => WEAK_COMMENT_HEADING.test(text) || /^(?:(?:share|like) this|read more):?$/iu.test(text);

const MAX_AGENCY_CAPTION_CHARS = 200;
/** "… at Freedom Square. Source: Tallinn City Government": a short line whose sentence ends in the picture's source. */
const SOURCE_CREDIT = /[.!?]\s(?:Source|Quelle|Fuente|Fonte|Źródło): [^.!?]{2,60}$/u;
/** "… in Taftan. — Reuters/File", "… on Monday. — AFP": a wire or the paper's file credited after a dash (South Asian papers). */
const DASHED_WIRE_CREDIT = /[.!?]\s[—–]\s(?:(?:AFP|AP|APP|PPI|PTI|ANI|IANS|Reuters|EPA|Getty Images|Xinhua|Anadolu)(?:\/File)?|\p{Lu}[\p{L}.]{1,20}\/File)$/v;
/** "… a mediados de noviembre. MANUEL ORTIZ": the photographer's name in capitals after the caption's sentence (Spanish papers). */
const SHOUTED_NAME_CREDIT = /[.!?]\s\p{Lu}[\p{Lu}'’\-]+(?: \p{Lu}[\p{Lu}'’\-]+){1,3}$/v;
/** "… on Thursday.(KQRV)": a station's or agency's call letters in capitals closing a one-sentence caption. */
const CALL_SIGN_CREDIT = /[.!?]\s?\([A-Z][A-Z0-9/-]{1,9}\)$/u;

/** The credit words of WORLD_PHOTO_CREDIT, found first by a scan without Unicode mode (its case-insensitive Unicode form is slow on every line). */
const WORLD_CREDIT_WORD = new RegExp(`${WORLD_CREDIT_WORDS}|撮影|摄|fot\\.|picha`, 'i');

/** "Fig. 1 — Harlan Grotesk at 96 pt …", "Figure 2: The new weir": a numbered figure's caption (the label stays in it). */
const FIGURE_LABEL = /^(?:fig\.|figure|abb\.|abbildung) ?\d{1,3}[a-z]?\s?[—–:.-]\s/iu;

export function isCaptionLine(text: string): boolean {
  if (text.length > 400) return false;
  if (CAPTION_LABEL.test(text) || FIGURE_LABEL.test(text) || BRACKETED_CAPTION.test(text) || IMAGE_DESCRIPTION.test(text) || PICTURED_LABEL.test(text)) return true;
  const end = withoutLicensingLink(text).slice(-CREDIT_WINDOW);
  // "…, officials said. (AP)" ends a paragraph; a caption credited to an agency is one short sentence.
  return PHOTO_CREDIT.test(end) || PICTURE_OWNER_CREDIT.test(end) || PARENTHESIZED_CREDIT.test(end) || WIRE_PHOTO_CREDIT.test(end) || TRAILING_CREDIT_LABEL.test(end) || (WORLD_CREDIT_WORD.test(end) && WORLD_PHOTO_CREDIT.test(end)) || (text.length <= MAX_AGENCY_CAPTION_CHARS && (SOURCE_CREDIT.test(end) || DASHED_WIRE_CREDIT.test(end) || SHOUTED_NAME_CREDIT.test(end) || ((!/[.!?]["”’]?\s\S/u.test(text) || IN_THIS_PHOTO.test(text)) && (AGENCY_CREDIT.test(end) || CALL_SIGN_CREDIT.test(end)))));
}
/** "A container ship transits the strait in this file photo. (Reuters)": the caption says it is one, before the agency's credit. */
const IN_THIS_PHOTO = /\bin this (?:[a-z]+ )?(?:photo|picture|image|photograph)\b/iu;

/** The longest a caption runs: a line or paragraph longer than this is text. */
export const MAX_CAPTION_CHARS = 300;

/**
 * "Foto: Marit Hollender / dpa", "(Pic by Kushan Perera)": a picture's credit alone on its line, under the
 * caption it credits. A bare "Photo by Jonah Kell on Unsplash" is a blog's whole caption.
 */
const CREDIT_ONLY = /^(?:(?:submitted|supplied|file|handout|contributed) (?:photo|image|picture)|nuotr\.\s\S.{0,80}|(?:foto|photo|bild|picture|image|credit|fotoğraf|fotografía|fotografia|fot\.|عکس|фото|צילום|φωτ\.?|ảnh|kuva|fotó|снимка)s?\s?:\s?\S.{0,80}|من المصدر|\((?:[\p{L}.]+ ){0,3}(?:foto|photo|pic|picture|image)s?\s?(?::|by\s)\s?[^\s()][^()]{0,80}\))$/iu;
/** "PRIYA RAGHUNATHAN / THE LAKEHEAD STANDARD": the photographer and the paper, in capitals (case-sensitive, unlike the labels above). */
const SHOUTED_CREDIT = /^\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){1,3} \/ \p{Lu}[&\p{Lu}\p{N}.'’\-]*(?: \p{Lu}[&\p{Lu}\p{N}.'’\-]*){0,4}$/v;
/** "Photo: Energy ministers at the signing in Baku (Caspian Ledger)": under the label, a description with its own credit is a caption. */
const LABELLED_CAPTION_WITH_CREDIT = /^(?:foto|photo|picture|image)s?\s?:\s?\S+(?: \S+){4,} \([^()]{2,40}\)$/iu;
export const isCreditOnly = (text: string): boolean => (CREDIT_ONLY.test(text) && !LABELLED_CAPTION_WITH_CREDIT.test(text)) || SHOUTED_CREDIT.test(text);

// "Anteile ab 250 Euro / Zeichnung ab 2. April": a deck's parts set apart by slashes hold figures; a trail's sections do not.
export const isBreadcrumb = (text: string): boolean =>
  text.length <= 200 && BREADCRUMB.test(text) && (!(text.includes(' / ') && /\d/u.test(text)) || BREADCRUMB_LABEL.test(text) || HOME_FIRST.test(text));
/** "Home / India / Railways to run 9,100 summer trips", "News / India News / …": a trail from the home or news page, whatever figures its last step holds. */
const HOME_FIRST = /^(?:home|startseite|accueil|inicio|início|home page|news|nachrichten|actualités|noticias|notizie|notícias|nieuws) \/ /iu;

/** Words of a whitespace-collapsed line, counted cheaply (the prose test runs on every line). */
const spacedWords = (text: string): number => {
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) words++;
  return words;
};

/** Running text: a long line, or a sentence of some length (a sentence introducing a list ends with a colon). */
/**
 * "JENNA: WE ARE LIVE ON MAIN STREET…": a line in capitals only is a transcript or a shout, not running text. Scripts
 * without case never are: a Hebrew or Arabic sentence naming "BOT" or "UN" has capitals and no lower case too.
 */
const isShouted = (text: string): boolean => !/\p{Ll}/v.test(text) && /\p{Lu}\P{L}*\p{Lu}/v.test(text) && !/\p{Lo}/v.test(text);

/** Japanese and Chinese (scripts written without spaces, a character saying about as much as a short word) count only in lines of some length. */
const UNSPACED_MIN_CHARS = 20;

/** Words a long line without sentence punctuation needs to be running text. */
const LONG_PROSE_MIN_WORDS = 20;

export function isProse(text: string): boolean {
  // A line in Japanese or Chinese counts each character twice in length, and two of them as a word.
  const unspaced = text.length >= UNSPACED_MIN_CHARS && text.length < PROSE_UNPUNCTUATED_CHARS ? unspacedChars(text) : 0;
  const length = text.length + unspaced;
  if (length < PROSE_MIN_CHARS) return false;
  const long = length >= PROSE_UNPUNCTUATED_CHARS;
  const sentence = endsSentence(text) || text.endsWith(':');
  if (!long && !sentence) return false;
  if (isShouted(text) || isBoilerplate(text) || isCaptionLine(text)) return false;
  const spaced = spacedWords(text);
  // A long line has its unspaced characters counted only now, and only when its spaces make too few words.
  const words = spaced + (long && unspaced === 0 && spaced < LONG_PROSE_MIN_WORDS ? unspacedChars(text) : unspaced) / 2;
  return (long && words >= LONG_PROSE_MIN_WORDS) || (sentence && words >= PROSE_MIN_WORDS);
}

/** A menu entry: a few words, no sentence punctuation. */
export function isMenuItem(text: string): boolean {
  return text.length <= MENU_ITEM_MAX_CHARS && wordCount(text) <= MENU_ITEM_MAX_WORDS && !endsSentence(text) && !/[,;:]/u.test(text);
}

/** "Trending: ", "Hot topics: ", "शेअर करा : ", "မျှဝေရန် - ": a label in front of a menu's items. */
const MENU_LABEL = /^\p{L}[\p{L}\p{M} \-]{1,20}(?::| [:\-–—]) /v;

/** A menu on one line: "Home | World | Sport | Contact", "Trending: Budget | Elections | Floods". */
export function isInlineMenu(text: string): boolean {
  if (!INLINE_MENU_SEPARATOR.test(text)) return false;
  const items = text.replace(MENU_LABEL, '').split(INLINE_MENU_SEPARATOR);
  return items.length >= 3 && items.every((item) => isMenuItem(item.trim()));
}

/** The longest headline a ticker line holds. */
const TICKER_ITEM_MAX_CHARS = 100;
const TICKER_ITEM_MIN_WORDS = 3;

/**
 * "BREAKING: Parliament passes budget  •  Inflation eases to 6.6%  •  …": a ticker of headlines on one
 * line. Each item is a headline of a few words, never a sentence; a line of prose holds sentences.
 */
export function isHeadlineTicker(text: string): boolean {
  if (!INLINE_MENU_SEPARATOR.test(text)) return false;
  const items = text.split(INLINE_MENU_SEPARATOR).map((item) => item.trim());
  return items.length >= 3 && items.every((item) => item.length <= TICKER_ITEM_MAX_CHARS && wordCount(item) >= TICKER_ITEM_MIN_WORDS && !endsSentence(item));
}

/** A short line made only of words from `vocabulary` and counts. */
function onlyWordsOf(text: string, vocabulary: ReadonlySet<string>, maxChars = 80): boolean {
  if (text.length > maxChars) return false;
  const lower = text.toLowerCase();
  // The first word settles most lines (comment text, names) without splitting the whole line.
  const first = CONTROL_LINE_FIRST_WORD.exec(lower)?.[1];
  if (first !== undefined && !vocabulary.has(first) && !isCount(first)) return false;
  const tokens = lower.split(CONTROL_LINE_SEPARATORS).filter((t) => t.length > 0);
  // The first word outside the vocabulary settles most lines, so `every` runs first.
  return tokens.every((t) => vocabulary.has(t) || isCount(t)) && tokens.some((t) => !isCount(t));
}

/** "3h", "2w", "3ម៉ោង", "55นาที": the short relative time a social widget prints beside its controls, a count and its unit glued together in any script. */
const GLUED_COUNT = /^\d{1,3}\p{L}[\p{L}\p{M}]{0,9}$/v;
/** "128", "2件" (a count of replies), or a glued relative time. */
const isCount = (token: string): boolean => /^\d+[件개条條]?$/u.test(token) || GLUED_COUNT.test(token);

/** "Reply · Like · Nov 23", "Like · Reply · Marso 21, 2024 sa 5:02 PM": a widget dates older comments by day and month (maybe year and time) after the controls, where it counts recent ones in hours. */
const TRAILING_DAY_AND_MONTH = / · (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?)(?:,? \d{4})?(?: (?:at|sa|um|om|à|alle) \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?$/iu;

/** "14 • Reply • Share ›", "ReplyDelete", "Log in to Reply": controls under a comment, not its text. */
// "إخفاء 2 من الردود" ("Hide 2 replies"): a button whose words are common ones too, known as a whole.
export const isCommentControl = memoized(
  (text: string): boolean => onlyWordsOf(text.includes(' · ') ? withoutTrailingDate(text.replace(TRAILING_DAY_AND_MONTH, '')) : text, COMMENT_CONTROL_WORDS) || SHOWN_REPLIES_BUTTON.test(text),
);

const CONTROL_SEPARATOR = ' · ';
/** "23 juil. 2024" in "Répondre · J’aime · 18 · 23 juil. 2024": the last item of a bar of controls, or null when the line is no bar. */
export function lastControlItem(text: string): string | null {
  const at = text.lastIndexOf(CONTROL_SEPARATOR);
  return at < 0 ? null : text.slice(at + CONTROL_SEPARATOR.length);
}
/** The date a widget prints after its controls, in any language the date parser reads. */
function trailingControlDate(text: string): string | null {
  const last = lastControlItem(text);
  return last !== null && /\d/u.test(last) ? (parseDateLine(last)?.iso ?? null) : null;
}
const withoutTrailingDate = (text: string): string => (trailingControlDate(text) === null ? text : text.slice(0, text.lastIndexOf(CONTROL_SEPARATOR)));

/** Words only a comment's own controls hold ("Sign up" or "Load more" alone may be the page's). */
const COMMENT_ACTION = /(?:^|\P{L})(?:reply|replydelete|antworten|répondre|responder|rispondi|report|like|likes|melden|gefällt|upvote|downvote|vote|flag|permalink|quote|zitieren|segnala|signaler|denunciar|ответить|пожаловаться|нравится|відповісти|подобається|beğen|پاسخ|رد|yanıtla|beantwoorden|antwoorden|отговори|reageer|recommend|curtir|thích|trả lời|답글|공감|返信|いいね|回复|răspunde|הגב|השב|odpowiedz|zgłoś|odpovědět|vastaa|válasz|svara|svar|gilla|synes godt om|liker|vasta|atbildēt|atsakyti|patinka|odpovedať|odgovori|respon|përgjigju|balas|そう思う|違反報告|回覆|ตอบกลับ|जवाब|জবাব|جواب|jibu|tumugon|መልስ|ځواب|ឆ្លើយតប|ចូលចិត្ត|ຕອບກັບ|පිළිතුරු|பதில்|freagair|ateb|պատասխանել|հավանել|პასუხი|მოწონება|жауап беру|javob berish|cavab ver|bəyən)(?!\p{L})/iu;

/** A control line that belongs to a comment: "Like · Reply · 3d", not "Sign up". */
export const isCommentActionLine = (text: string): boolean => isCommentControl(text) && COMMENT_ACTION.test(text);

const SOCIAL_NETWORKS = /\b(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|messenger|bluesky|e?mail|print|line|vk|viber)\b|微博|微信|はてなブックマーク/giu;

/** "ያጋሩ፦ Facebook  Telegram", "Raba wannan labari: Facebook  Twitter": a label in any language, its colon, then only the networks. */
const LABELLED_SHARE_BAR = /^[^:፦：៖]{2,40}[:፦：៖]\s*(\S.*)$/u;
const isLabelledShareBar = (text: string): boolean => {
  const networks = LABELLED_SHARE_BAR.exec(text)?.[1];
  return networks !== undefined && onlyWordsOf(networks, SHARE_WORDS, SHARE_LINE_MAX_CHARS) && (networks.match(SOCIAL_NETWORKS)?.length ?? 0) >= 2;
};

/** "Share on Facebook Share on X Email", "Facebook Twitter WhatsApp Email". */
export function isShareLine(text: string): boolean {
  // "Share this via Facebook   Share this via X   …   More sharing options": a share bar may run long.
  if (!onlyWordsOf(text, SHARE_WORDS, SHARE_LINE_MAX_CHARS)) return isLabelledShareBar(text);
  return /\b(?:share|teilen|partager|compartir|compartilhe|condividi|deel|delen|dela|paylaş|jaa|distribuie|bagikan|udostępnij|podijeli|podeli|comparteix|ndaj|dalintis|dalīties|zdieľať|kongsi|del|aqsam|deila|ulashish|shiriki|jaga)|бөлісу|поделиться|поділитися|хуваалцах|сподели|падзяліцца|გაზიარება|կիսվել|शेयर|साझा|শেয়ার|แชร์|ចែករំលែក|ແບ່ງປັນ|printer[- ]friendly|email this|kopiera länk|kopier lenke|kopier link|chia sẻ|sdílet|megosztás|κοινοποίηση|споделете|اشتراک|شارك|シェア|分享|공유/iu.test(text) || (text.match(SOCIAL_NETWORKS)?.length ?? 0) >= 2;
}
