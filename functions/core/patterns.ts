/**
 * Heuristic vocabulary and markers, kept apart from the logic that uses them.
 * Lists are ordered most specific first. Every pattern runs on one whitespace-collapsed line.
 */

/** Verbs that close a comment header: "Name said:", "Name sagt:". */
const COMMENT_VERBS = String.raw`(?:said|says|wrote|writes|replied|replies|sagt|sagte|schreibt|schrieb|meint|antwortet|dit|a écrit|écrit|dice|escribió|scrive|zegt|skriver)`;

/** Bullets that mark replies in saved comment threads. */
export const BULLET_CHARS = '•○□☆◦▪■►▸‣⁃●◆◇★-*–>';

/** "  1. Name said:" — a numbered comment header. */
export const NUMBERED_COMMENT_HEADER = new RegExp(String.raw`^(\d{1,5})[.)]\s+(\S.{0,80}?)\s+${COMMENT_VERBS}\s*:$`, 'iu');
/** "• Name said:" — a bulleted comment header. */
export const BULLETED_COMMENT_HEADER = new RegExp(String.raw`^([•○□☆◦▪■►▸‣⁃●◆◇★*–>-])\s*(\S.{0,80}?)\s+${COMMENT_VERBS}\s*:$`, 'iu');
/** "Name says:" — WordPress and its translations; the name may also stand on the line before. */
export const PLAIN_COMMENT_HEADER = new RegExp(String.raw`^(\S.{0,80}?)\s+${COMMENT_VERBS}\s*:$`, 'iu');
/** "says:" alone, with the name on the previous line. */
export const LONE_COMMENT_VERB = new RegExp(String.raw`^${COMMENT_VERBS}\s*:$`, 'iu');
/** "Name • 3 years ago", "Name · 2 hours ago", "Name - 5 days ago". */
export const AUTHOR_WITH_RELATIVE_TIME = /^(\S.{0,80}?)\s+[•·|–—-]\s+((?:about |vor |il y a )?(?:\d+|an?|one) (?:second|minute|hour|day|week|month|year|sekunde|minute|stunde|tag|woche|monat|jahr)[a-z]*(?: ago)?)$/iu;
/** "3 years ago", "vor 2 Stunden", "33 minutes ago" — a relative date line. */
export const RELATIVE_TIME_LINE = /^(?:about |vor |il y a )?(?:\d+|an?|one) (?:second|minute|hour|day|week|month|year|sekunde|minute|stunde|tag|woche|monat|jahr)[a-z]*(?: ago)?$/iu;

/** Lines under a comment that are controls, not text. */
export const COMMENT_CONTROL_LINE =
  /^(?:reply|replies|replydelete|delete|antworten|antwort|répondre|responder|rispondi|log in to reply|login to reply|sign in to reply|report|report comment|like|likes?|\d+ likes?|\d+ replies|load more(?: replies)?|show (?:more )?replies|hide replies|permalink|edit|flag|share|upvote|downvote|vote up|vote down|↑|↓|quote|zitieren|melden|\d+\s*[↑↓])$/iu;

/** Headings that open a comment section. */
export const COMMENT_SECTION_HEADING =
  /^(?:discussion policy|comments? policy|community guidelines|(?:\d+|one|no|two|three) (?:thoughts?|responses?|comments?|replies|reactions?|kommentare?|antworten|commentaires?)(?: (?:on|to|zu|für|sur)\b.*)?|comments?(?: \(\d+\))?|reader comments|readers'? comments|kommentare?(?: \(\d+\))?|commentaires?|leave a (?:reply|comment)|join the discussion|discussion|what do you think\??|responses?)$/iu;

/** Boilerplate lines that end the article body: everything after them (before comments) is site furniture. */
export const BODY_TAIL_MARKER =
  /^(?:related(?: news| articles| posts| stories| content| coverage| topics| reading)?(?: (?:&|and) articles)?|latest(?: news| stories| articles| posts| headlines)?|more (?:news|stories|articles|from|on this)\b.*|most (?:read|popular|viewed|shared|commented)\b.*|trending(?: now| stories)?|popular(?: posts| stories| now)?|recent posts|recommended(?: for you| stories)?|you (?:may|might) also (?:like|be interested in)|(?:share|like) this(?: article| story| post)?:?|about the author|über den autor|weitere artikel|mehr zum thema|das könnte sie auch interessieren|leave a (?:reply|comment)|post navigation|tags?:.*|filed under:?.*|(?:posted in|categories|category):.*)$/iu;

/** Single boilerplate lines to drop wherever they stand. */
export const BOILERPLATE_LINE = [
  /^(?:proudly )?powered by\b.*$/iu,
  /\btheme:\s.*\bby\b/iu,
  /^(?:copyright|©|\(c\))\s*(?:©\s*)?\d{0,4}.*$/iu,
  /\ball rights reserved\b/iu,
  /^(?:share|print|email|e-mail|tweet|pin|save|whatsapp|facebook|twitter|linkedin|reddit|telegram|pinterest|messenger|copy link|mail|drucken|teilen|teilen auf \w+)(?: this)?(?: (?:on|via) \w+)?$/iu,
  /^(?:share|like) this:?$/iu,
  /^like loading\.*$/iu,
  /^loading\.*$/iu,
  /^(?:click to (?:share|print|email)|opens in (?:a )?new window).*$/iu,
  /^(?:skip to (?:main )?content|toggle navigation|main menu|menu|search|close|open menu|navigation|home|log ?in|sign ?in|sign up|register|subscribe(?: now)?|newsletter|advertisement|anzeige|werbung|sponsored(?: content)?|back to top|scroll to top|top|listen(?: to (?:this )?article)?|\d+ min(?:ute)?s? read)$/iu,
  /\b(?:we use cookies|this (?:web)?site uses cookies|uses cookies to|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|verwendet cookies)\b/iu,
  /\b(?:sign up (?:for|to) (?:our|the)|subscribe to (?:our|the)) (?:\w+ )?(?:newsletter|daily|weekly|briefing|updates)\b/iu,
  /^(?:previous|next|older|newer) (?:post|article|story|entry)\b.*$/iu,
  /^(?:read more|continue reading|read the full (?:story|article)|weiterlesen|mehr lesen)\b.*$/iu,
  /^(?:also read|read also|see also|lesen sie auch|auch interessant):.*$/iu,
  /^(?:your email address will not be published|required fields are marked|save my name, email|notify me of (?:new|follow-up)|you must be logged in|cancel reply|post comment|submit comment|comment\s*\*?|name\s*\*|e-?mail\s*\*|website|ihre e-mail-adresse wird nicht veröffentlicht|kommentar abschicken)\b.*$/iu,
  /^(?:comments are (?:welcomed?|moderated|closed|encouraged)|(?:we|the editors?) reserves? the right\b).*$/iu,
  /\breserves the right to (?:block|remove|delete|edit|ban)\b/iu,
];

/** A caption's photo credit: "(Photo: AFP)", "Photo: Reuters", "/ Getty Images", "Foto: dpa". */
export const PHOTO_CREDIT =
  /(?:\((?:photo|image|picture|foto|bild|credit|source|photograph|photo credit)s?\s*(?:by)?\s*:?[^)]{0,80}\)|\b(?:photo|image|foto|bild|credit|photograph)s?\s*(?:by|:)\s*\S.{0,80}|\((?:afp|ap|reuters|getty images|epa|dpa|anadolu|xinhua|shutterstock|istock)[^)]{0,40}\)|\bgetty images\b|\/\s?(?:afp|ap|reuters|getty|epa|dpa)\b)$/iu;

/** A source id printed above the title: "Code : 3912", "News ID: 88213". */
export const SOURCE_ID_LINE = /^(?:code|id|news id|news code|article id|story id|article no\.?|news no\.?|no\.|nr\.?|kennung)\s*[:#]\s*([\w-]{1,40})$/iu;

/** Bylines: "By Jane Doe", "Von Max Muster", "Posted by …", "Written by …". */
export const BYLINE_PREFIX = /^(?:by|von|par|por|door|di|av|written by|posted by|story by|words by|reporting by|text(?: by)?:|autor(?:in)?:|author:|verfasst von)\s+(\S.*)$/iu;

/** News agencies and wire services: vocabulary, used to tell an agency from an author or a place. */
export const AGENCIES = [
  'Associated Press', 'Agence France-Presse', 'Agence France Presse', 'Reuters', 'AP', 'AFP', 'APA', 'dpa', 'DPA', 'Xinhua', 'Bloomberg',
  'ANI', 'PTI', 'IANS', 'UNI', 'EFE', 'ANSA', 'Yonhap', 'Kyodo', 'TASS', 'RIA Novosti', 'Interfax', 'IRNA', 'ISNA', 'Mehr', 'Tasnim',
  'Fars', 'Anadolu', 'Anadolu Agency', 'KNA', 'epd', 'SDA', 'KUNA', 'WAM', 'SPA', 'QNA', 'MENA', 'BNA', 'UNB', 'BSS', 'Trend',
  'RFE/RL', 'CNA', 'Bernama', 'Antara', 'PA', 'PA Media', 'CP', 'AAP', 'NTB', 'TT', 'ČTK', 'PAP', 'Ukrinform', 'BTA', 'Armenpress',
  'News.az', 'Staff', 'Staff Writer', 'Staff Reporter', 'Correspondent', 'Agencies', 'Wire Services', 'Combined Sources', 'Wires',
];

/** Prefixes that announce a date line: "Published: …", "Updated …", "Veröffentlicht am …". */
export const DATE_LINE_PREFIX = /^(?:published|updated|posted|last updated|first published|date|veröffentlicht|aktualisiert|erstellt|stand|publié|mis à jour)(?: on| am| le)?\s*:?\s*/iu;

/** "Q:" / "A:" interview turns and similar dialogue lines never open comments. */
export const INTERVIEW_TURN = /^(?:q|a|frage|antwort)\s*:/iu;

/** Breadcrumb trails: "Home > World > Europe", "News » Politics". */
export const BREADCRUMB = /^\S[^>»›]{0,40}(?:\s[>»›/]\s[^>»›]{1,40}){1,6}$/u;
