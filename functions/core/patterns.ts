/**
 * Heuristic vocabulary and markers, kept apart from the logic that uses them.
 * Lists are ordered most specific first. Every pattern runs on one whitespace-collapsed line.
 */
import { lazy } from './memo';

/** A word list written the way the patterns write theirs, "|" between the words: in the bundle a third of the bytes of an array of strings. */
export const wordList = (words: string): string[] => words.split('|');

/** Verbs that close a comment header: "Name said:", "Name sagt:". */
const COMMENT_VERBS = String.raw`(?:said|says|wrote|writes|replied|replies|commented|responded|kaže|каже|pisze|napisał|napisała|napsal|napsala|spune|a scris|szerint|írta|dedi ki|yazdı|говорит|sanoo|kirjoitti|siger|sier|säger|skrev|λέει|έγραψε|berkata|menulis|thotë|shkruan|pravi|piše|hovorí|napísal|napísala|sako|rašo|saka|raksta|ütleb|kirjutab|diu|escriu|ha escrit|di|dixo|escribiu|sanoi|אומר|אומרת|kommentierte|a commenté|sagt|sagte|hat gesagt|schreibt|schrieb|meint|antwortet|dit|a dit|a écrit|écrit|dice|dijo|escribió|comentó|nagsabi|disse|escreveu|comentou|ha detto|ha scritto|scrive|zegt|schreef|skriver|пишет|написал|написала|сказал|сказала|قال|قالت|كتب|كتبت|يقول|گفت|نوشت|می‌گوید|میگوید)`;

/** "said:", and Blogger's classic "said..." */
const VERB_END = String.raw`(?::|\.\.\.|…)`;

/** Bullets that mark replies in saved comment threads. */
export const BULLET_CHARS = '•○□☆◦▪■►▸‣⁃●◆◇★-*–>';

/** "  1. Name said:", "#1 Name said:", "1 - Name said:", "1.2. Name said:" (its number is the last one: the second reply to comment 1). */
export const NUMBERED_COMMENT_HEADER = new RegExp(String.raw`^(?:#|(?=\d{1,5}(?:[.)]|\s[-–—])))(?:\d{1,5}\.){0,4}(\d{1,5})(?:[.)]|\s[-–—])?\s+(\S.{0,80}?)\s+${COMMENT_VERBS}\s*${VERB_END}$`, 'iu');
/** "• Name said:" — a bulleted comment header. */
export const BULLETED_COMMENT_HEADER = new RegExp(String.raw`^([•○□☆◦▪■►▸‣⁃●◆◇★*–>↳↪└-])\s*(\S.{0,80}?)\s+${COMMENT_VERBS}\s*${VERB_END}$`, 'iu');
/** "Name says:" — WordPress and its translations; the name may also stand on the line before. A date may sit before the colon. */
export const PLAIN_COMMENT_HEADER = new RegExp(String.raw`^(\S.{0,80}?)\s+${COMMENT_VERBS}(?: (?:on|am|le|el|il) ([^:]{4,40}))? ?${VERB_END}$`, 'iu');
/** "Karen commented on April 15, 2024 at 8:02 am": a verb and a date, no colon. */
export const VERB_ON_DATE = new RegExp(String.raw`^(\S.{0,60}?)\s+${COMMENT_VERBS} (?:on|am|le|el|il) (\S.{3,39})$`, 'iu');
/** "Narek replied to Ani:": a reply header naming whom it answers. */
export const REPLY_TO_HEADER = /^(\S.{0,60}?)\s+(?:replied|replies|responded|responds|antwortete|a répondu) (?:to|an|à)\s+(\S.{0,60}?)\s*:$/iu;
/** "Avatar of Narek", "Profile photo for Ani": the image's alt text before the name; "Réponse de Gwenola", "Reply from : Timur": a reply's label; "[personal profile] corvid_alto": a journal's icon. */
export const AVATAR_PREFIX = /^(?:(?:avatar|profile (?:picture|photo|image)|user (?:image|avatar))(?: (?:of|for))?|réponse de|antwort von|respuesta de|risposta di|reply from|\[personal profile\]|\[info\]|(?:gość|gast|guest|invité|invitado|ospite):(?=\s))(?: ?:)?\s+/iu;
/** "Zitat von Nordlicht:", "Originally Posted by Sev": the label over an earlier post quoted in a forum post. */
export const QUOTE_LABEL = /^(?:quote|zitat|citation|cita|originally posted by)(?!\p{L})/iu;
/** "Terrace Ghost wrote", "Nordlicht schrieb am 12.03.2024": the words before the colon of a quote's attribution. */
export const WRITER_AND_VERB = new RegExp(String.raw`\S\s${COMMENT_VERBS}(?: (?:on|am|le|el|il) \S.*)?$`, 'iu');
/** "u/ballard_lifer": a Reddit user's prefix; "~Mirek": a guest's mark (Polish portals). No part of the name. */
export const USER_PREFIX = /^(?:\/?u\/|~)(?=[\p{L}\p{N}_\-]{2})/v;
/** "says:" alone, with the name on the previous line. */
export const LONE_COMMENT_VERB = new RegExp(String.raw`^${COMMENT_VERBS}\s*${VERB_END}$`, 'iu');
/** "Name • 3 years ago", "* Tove — 4 June 2021 at 10:12": an author and a date on one line, maybe bulleted. */
export const AUTHOR_AND_DATE = /^(?:([•○□☆◦▪■►▸‣⁃●◆◇★*–>↳↪└-])\s+)?(\S[^•·|—–]{0,80}?)\s+[•·|—–-]\s+(\S.{1,60})$/u;
// GitHub's discussions (giscus, utterances) mark the repository's people: "Maintainer", "Collaborator", "Owner".
const BADGE_WORDS = String.raw`op|mod|moderator|admin|author|post author|beitragsautor|beitragsautorin|inläggets författare|staff|verified(?: (?:subscriber|member|commenter|reader|observer|account))?|subscriber|editor|maintainer|collaborator|owner|top (?:commenter|contributor|fan)`;
const BADGE = `(?:${BADGE_WORDS})`;
/** "OP · 2 yr. ago", "Mod • 3 hours ago", "Author Apr 4, 2023" (Medium): a badge the page shows beside the author, before the date. */
export const AUTHOR_BADGE = new RegExp(String.raw`^${BADGE}(?:\s*[•·|—–-]\s+|\s+)`, 'iu');
/** "Gus (not verified)", "Ana (Gast)", "Jenna (Author)", "Sarnai (IP: 202.126.xxx.xx)": the page's note on the commenter, not part of the name. */
export const COMMENTER_NOTE = new RegExp(String.raw`\s+\((?:ip: ?[\dx*.]{3,20}|not verified|unverified|guest|gast|nicht überprüft|non vérifié|invité|no verificado|invitado|autor|auteur|redaktion|${BADGE_WORDS})\)$`, 'iu');
/** A badge alone, where a name would stand: "OP" is nobody's name. */
export const BADGE_ONLY = new RegExp(`^${BADGE}$`, 'iu');
/** "Regular", "Senior Member", "Newbie": a forum's rank for the member under the name (Discourse's trust levels, vBulletin's and XenForo's titles). */
const FORUM_RANK = String.raw`regular|leader|(?:new|basic) user|(?:new|junior|senior|full|active|registered|premium|elite|well-known|established) member|registered user|newbie|veteran`;
/** "Guest", "Member": a comment system's role line under the name (wpDiscuz), beside the badges; alone it may be an anonymous commenter's name. */
// "Member · 214 posts": a forum's rank with the member's post count.
// "Tamu" (guest), "Penulis" (author), "Invitado", "Gość": the same badges in the languages read.
export const ROLE_LINE = new RegExp(String.raw`^(?:${BADGE_WORDS}|guest|member|contributor|gast|invité|invitée|invitado|invitada|ospite|convidado|gość|tamu|penulis|autor|autora|auteur|autore|${FORUM_RANK})(?:\s?[·•|,]\s?\d[\d ,.]{0,8} (?:posts?|messages?|comments?|beiträge))?$`, 'iu');
/** "#2" alone on its line: a forum post's number, over its header or in a badge's place (Discourse). */
export const POST_NUMBER_LINE = /^#\d{1,5}$/u;
/** "Last edited 1 year ago by Tom Baird", "Edited by moderator": a note under a comment's text, no part of it. */
export const EDIT_NOTE_LINE = /^(?:last )?edited (?:\d{1,3} \p{L}+ ago |on \S.{0,30} )?by \S.{0,60}$/iu;
/** "Top fan", "By Post Author", "Works at Halden General Hospital", "يعمل لدى …", "עובד/ת ב…", "Arbejder hos Skive Kommune", "Docente en Escuela N° 1332": what a social widget prints beside the commenter's name. */
export const COMMENTER_PROFILE = new RegExp(
  String.raw`^(?:(?:by )?(?:${BADGE_WORDS})|(?:works|worked|studied) at \S.{0,80}|(?:يعمل|تعمل|درس|درست) (?:لدى|في) \S.{0,80}|(?:עובד\/ת|עובדת|עובד) ב\S.{0,80}|(?:attended|attends|went to) \p{Lu}.{0,80}|writes \p{Lu}.{0,60}|lives in \S.{0,60}|(?:trabaja|trabajó|estudió|vive|trabalha|trabalhou|estudou|mora) (?:en|em|na|no) \S.{0,80}|(?:arbeitet|arbeitete) bei \S.{0,80}|(?:працює|працював|працювала|работает|работал|работала) (?:в|у) \S.{0,80}|(?:studiert|studierte) an \S.{0,80}|wohnt in \S.{0,60}|travaille (?:chez|à) \S.{0,80}|a étudié à \S.{0,80}|habite à \S.{0,60}|(?:arbejder|arbejdede|studerede|bor) (?:hos|på|i|ved) \S.{0,80}|(?:arbetar|arbetade|studerade|bor) (?:hos|på|i|vid) \S.{0,80}|(?:jobber|jobbet|studerte) (?:hos|på|i|ved) \S.{0,80}|topkommentator|toppkommentator|topp-?fan|top-?fan|\p{Lu}\p{Ll}{2,20} (?:at|en|em|bei|chez) \p{Lu}[^.!?]{0,60})$`,
  'iu',
);
/** "Schwarzach im Pongau": a place of capitalized words, maybe joined by a particle. */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.\-]+(?: (?:(?:im|am|an der|in der|upon|on|sur|de|del|di) )?\p{Lu}[\p{L}'’.\-]+){0,2}`;
/**
 * "Treasurer at Harlow Local Schools", "Bellmont, Ohio", "Jaén": the job or town a social widget prints
 * under the commenter's bare name. Read only there, above more text of the same comment: alone, such a line could be the comment.
 */
export const COMMENTER_AFFILIATION = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.&\-]*(?: [\p{L}'’.&\-]+){0,4} (?:at|bei|chez|bij|presso) \p{Lu}[^.!?]{1,60}|${PLACE_NAME}(?:, ${PLACE_NAME})?)$`,
  'v',
);
/** "Lanternfly Games Mod", "Larkspur_Adaeze ✓": a badge or a verified mark after the name. */
/** "Lena Marsh Mod Marguerite Dallow • 2 days ago": Disqus prints the author's badge between the author and whom the reply answers. */
export const BADGE_BETWEEN_NAMES = new RegExp(String.raw`^(\S.{1,40}?) (?:${BADGE_WORDS}) (\S.{1,40})$`, 'iu');
/** "kpatterson_hydro Oskar Brandt • a day ago": a handle (lower case, with a digit or an underscore) and the name it answers, the arrow lost. */
export const HANDLE_BEFORE_NAME = /^((?=[\p{Ll}\p{N}_.]*[_\p{N}])[\p{Ll}\p{N}_.]+) (\p{Lu}.{1,40})$/v;
/** "Wiremu Haddon ✔ Verified observer", "Kestrel Bay Marathon ✓ Official": a check mark and the few words of its badge. */
export const TRAILING_BADGE = new RegExp(String.raw`\s(?:${BADGE_WORDS}|[✓✔☑]\uFE0F?(?: [\p{L}.\-]+){0,3})$`, 'iu');
/** "1 hour ago (edited)", "3 years ago • edited", "5h · edited 4h": the comment was changed since; the time is still its own. */
export const EDITED_NOTE = /\s*(?:[·•|]\s*)?\(?(?:edited|bearbeitet|modifié|editado|bewerkt|modificato|edytowany|upraveno|düzenlendi|изменено|відредаговано)(?: \d[^·•|()]{0,20})?\)?$/iu;
/** "level 2" alone above a comment (old Reddit pages): the depth the page printed, 1 = top level. */
export const PRINTED_LEVEL = /^level (\d{1,2})$/iu;
/** "7 points", "12 votes": a comment's score printed on a line of its own (Ghost, Reddit-style threads). */
export const SCORE_LINE = /^[+\-−]?\d{1,6} (?:points?|votes?|upvotes?|likes?)$/iu;
/** "Post by tidalrunner » Mon Jul 08, 2024 7:42 pm", "by tidalrunner » …" (prosilver, its "Post" an icon): a forum post's author and time (phpBB and kin). */
export const FORUM_POST_BY = /^(?:#(\d{1,5})\s+)?(?:post(?:ed)? by|comment(?:ed)? by|beitrag von|kommentar von|message par|commentaire de|mensaje por|comentario de|by(?=\s[^»]{1,62}»)):?\s+(\S.{0,60}?)\s+(?:[»|•·—–-]|on|am|le|el)\s+(\S.{4,60})$/iu;
/** "#1 Написал(а): Сергей_63 12.03.2021 в 14:40": a numbered post, its label, then the author and the time. */
export const NUMBERED_POST_LABEL = /^#(\d{1,5})\s+(?:написал\(а\)|написала?|автор|yazan|gönderen|scritto da|inviato da|enviado por|postado por|geschrieben von|verfasst von|posté par|écrit par|written by|posted by|post by)\s?:?\s+(\S.{4,100})$/iu;
/** "Discover more from The Harbor Ledger": a newsletter's box, the publication's motto on the line under it. */
export const PUBLICATION_PITCH = /^discover more from\b/iu;
/** "Re: Mackerel off the pier": a reply's repeated subject above its post line. */
export const REPLY_SUBJECT = /^(?:re|aw|sv|réf)\s?:\s+\S/iu;
/** "| parent | next [–]": thread navigation links after a comment's author and time. */
export const THREAD_NAV_LINKS = /(?:\s*\|\s*(?:root|parent|next|prev|context|hide|past|favorite|flag|edit|delete|reply|on: .{1,80})(?:\s*\[[–-]\])?)+$/iu;
/** "▲ 48 ▼ OldStandFan 2 hours ago": votes, then author and time. */
export const VOTES_PREFIX = /^(?:[▲▼↑↓△▽]\s*[+-]?\d*\s*)+/u;
/** "OldStandFan 2 hours ago": an author followed by a time, without a separator. */
// "Terrigal Tom 5h": OpenWeb's glued short units.
export const AUTHOR_THEN_TIME = /^(\S.{0,60}?)\s+((?:about |vor |il y a )?(?:\d+|an?|one) (?:second|minute|hour|day|week|month|year|sekunde|stunde|tag|woche|monat|jahr)[a-z]*(?: ago)?|\d{1,2}(?:min|hr|mo|yr|[smhdwy]))$/iu;
/** Words that open a reply's text with whom it answers. */
const REPLY_MARKERS = 'وەڵام بۆ|balas ke|replied to|in reply to|tweġiba lil|reaguje na|response to|vastaus käyttäjälle|vastauksena|atbild|svar till|svar på|svar til|odgovor na komentar korisnika|odgovor na|reakcia na|atsakymas|atbilde|vastus|válasz neki|válasz erre|in response to|ответ для|відповідь для|odpowiedź do|رد على|replying to|reply to|răspuns pentru|răspuns la|תגובה לתגובה|בתגובה ל|odp|membalas|ردًا على|en réponse à|réponse à|antwort auf|als antwort auf|antwortet auf|antwort an|respuesta a|risposta a|resposta a|antwoord aan|en respuesta a|respondiendo a|in risposta a|em resposta a|als reactie op|reactie op|в ответ на|ответ на|در پاسخ به|پاسخ به|ردا على|رداً على';
/** "↳ kfarrell" alone on a line: the handle a reply answers (Discourse), one word after the arrow. */
/** "→ hydrogeo_kate", "→ Brent Oduya", "➦ stat_nerd_42" (Disqus): an arrow before the addressee's handle or name. */
const ARROW_HANDLE = String.raw`[↳→↪▶➦] ?@?([\p{L}\p{N}_.-]{1,40}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3})`;
/** "In reply to Brenda H.", "En réponse à Gérard74", "Liked by Leonie": reply and reaction markers above a comment's text. */
export const REPLY_TO_LINE = new RegExp(String.raw`^(?:(?:[↳→↩↪] ?)?(?:${REPLY_MARKERS}|liked by|gefällt):?\s+\S.{0,60}|${ARROW_HANDLE})$`, 'iu');
/** "replied to", "em resposta a", "antwoord op": the words between a reply's author and its addressee. */
const REPLIED_TO_WORDS = String.raw`replied to|replying to|responded to|in reply to|antwortete auf|antwortete|antwort auf|a répondu à|respondió al comentario de|respondió a|en respuesta a|em resposta a|en réponse à|in risposta a|ha risposto a|respondeu a|reageerde op|antwoord op|відповідь для|ответ для|odpowiedź dla|odpověď pro|svar till|membalas`;
/** "Nandini Gowda replied to Rohan Deshpande", "↳ Marloes82 · antwoord op Henk": the author and the addressee on one header line. */
export const NAME_REPLIED_TO = new RegExp(String.raw`^(\S.{0,60}?)\s(?:[·•|]\s)?(?:${REPLIED_TO_WORDS})\s@?(\S.{0,60})$`, 'iu');
/** " in risposta a ", " replied to ": the words of a reply's addressee, somewhere in a header line. */
export const REPLIED_TO_CLAUSE = new RegExp(String.raw`\s(?:${REPLIED_TO_WORDS})\s`, 'iu');
/** "Sofia M. · em resposta a Joaquim Moreira · 12.03.2024 às 15:20": the addressee as a segment of its own between the name and the date. */
export const REPLIED_TO_SEGMENT = new RegExp(String.raw`\s[·•|]\s(?:${REPLIED_TO_WORDS})\s@?(\S.{0,60}?)\s[·•|]\s`, 'iu');
/** "Zeynep_Ö, Murat K. kullanıcısına yanıt verdi": the same with the addressee first and the verb last (Turkish). */
export const NAME_REPLIED_TO_VERB_LAST = /^(\S.{0,60}?), (\S.{0,60}?) (?:kullanıcısına|adlı kullanıcıya) yanıt verdi$/iu;
/** The addressee in such a reply marker ("Antwort auf Nordlicht_77" → "Nordlicht_77"), not in a reaction. */
const REPLY_TO_NAME = new RegExp(String.raw`^(?:(?:[↳→↩↪] ?)?(?:${REPLY_MARKERS}):?\s+@?(\S.{0,60}?)[.:]?|${ARROW_HANDLE})$`, 'iu');
/** "#3 (рыбак_самара)", "#1 von leipzigerin_82": the post number and its author. */
const NUMBERED_ADDRESSEE = /^#\d{1,5}\s?(?:\((.{1,60})\)|(?:von|by|de|di|od) (.{1,60}))$/u;
/** Whom a reply marker names ("Antwort auf Nordlicht_77", "Ответ на #3 (рыбак_самара)"), or undefined. */
export function replyAddressee(text: string): string | undefined {
  const m = REPLY_TO_NAME.exec(text);
  // "Antwort auf Kommentar von Hinterlandbürger", "En respuesta a comentario de Vicent": the comment's writer is the addressee.
  const name = (m?.[1] ?? m?.[2])?.replace(COMMENT_OF, '');
  const numbered = name === undefined ? null : NUMBERED_ADDRESSEE.exec(name);
  return numbered ? (numbered[1] ?? numbered[2]) : name;
}
const COMMENT_OF = /^(?:kommentar|beitrag|comment|comentario|commento|commentaire|reactie|komentarz) (?:von|by|from|de|di|van|od) (?=\S)/iu;
/** "1. crumbcritic": a numbered name alone on its line. */
export const NUMBERED_NAME = /^(\d{1,5})[.)]\s+(\S.{0,60})$/u;
/** Weekday names, in the languages whose dates print them: "terça-feira", "Jumatatu" (Swahili). */
export const WEEKDAY_WORDS = String.raw`ngomsombuluko|ngolwesibili|ngolwesithathu|ngolwesine|ngolwesihlanu|ngomgqibelo|ngesonto|mọnde|tiuzdee|wenezdee|tọọzdee|fraịdee|satọdee|sọndee|ku wa mbere|ku wa kabiri|ku wa gatatu|ku wa kane|ku wa gatanu|ku wa gatandatu|ku cyumweru|wiixata|kibxata|roobii|kamisa|jimaata|sanbata|dilbata|rāhina|rātū|rāapa|rāpare|rāmere|rāhoroi|rātapu|lendi|madi|mèkredi|jedi|vandredi|samdi|dimanch|(?:senèn|selasa|rebo|kemis|jemuwah|setu|minggu) (?:legi|pahing|pon|wage|kliwon)|मंगळवार|સોમવાર|મંગળવાર|બુધવાર|ગુરુવાર|શુક્રવાર|શનિવાર|રવિવાર|ਸੋਮਵਾਰ|ਮੰਗਲਵਾਰ|ਬੁੱਧਵਾਰ|ਵੀਰਵਾਰ|ਸ਼ੁੱਕਰਵਾਰ|ਸ਼ਨਿੱਚਰਵਾਰ|ਐਤਵਾਰ|సోమవారం|మంగళవారం|బుధవారం|గురువారం|శుక్రవారం|శనివారం|ఆదివారం|isniin|talaado|arbaco|khamiis|jimce|sabti|axad|alatsinainy|alarobia|alakamisy|zoma|sabotsy|alahady|ọjọ́ ajé|ìṣẹ́gun|ọjọ́rú|ọjọ́bọ̀|ẹtì|àbámẹ́ta|àìkú|killachaw|atipachaw|quyllurchaw|illapachaw|ch['’]askachaw|k['’]uychichaw|intichaw|dydd (?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|luni|marți|marţi|miercuri|joi|vineri|sâmbătă|duminică|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|poniedziałek|wtorek|środa|czwartek|piątek|niedziela|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|senin|selasa|rabu|kamis|jumat|sabtu|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|pirmdiena|otrdiena|trešdiena|ceturtdiena|piektdiena|sestdiena|svētdiena|pirmadienis|antradienis|trečiadienis|ketvirtadienis|penktadienis|šeštadienis|sekmadienis|esmaspäev|teisipäev|kolmapäev|neljapäev|reede|laupäev|pühapäev|ponedeljek|torek|sreda|četrtek|petek|nedelja|ponedjeljak|ponedeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja|pondelok|utorok|streda|štvrtok|piatok|nedeľa|e hënë|e martë|e mërkurë|e enjte|e premte|e shtunë|e diel|it-tnejn|it-tlieta|l-erbgħa|il-ħamis|il-ġimgħa|is-sibt|il-ħadd|mánudagur|þriðjudagur|miðvikudagur|fimmtudagur|föstudagur|laugardagur|sunnudagur|mandag|tirsdag|lørdag|søndag|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|понеділок|вівторок|середа|четвер|п’ятниця|пʼятниця|п'ятниця|субота|неділя|понеделник|сряда|четвъртък|петък|събота|неделя|четврток|петок|сабота|недела|понедељак|уторак|четвртак|петак|недеља|панядзелак|аўторак|серада|чацвер|пятніца|нядзеля|bazar ertəsi|çərşənbə axşamı|çərşənbə|cümə axşamı|cümə|şənbə|dushanba|seshanba|chorshanba|payshanba|juma|shanba|yakshanba|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|ორშაბათი|სამშაბათი|ოთხშაბათი|ხუთშაბათი|პარასკევი|შაბათი|კვირა|երկուշաբթի|երեքշաբթի|չորեքշաբթի|հինգշաբթի|ուրբաթ|շաբաթ|կիրակի|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|सोमबार|मंगलबार|बुधबार|बिहीबार|शुक्रबार|शनिबार|आइतबार|litinin|talata|laraba|alhamis|juma'a|asabar|lahadi|miyerkules|huwebes|biyernes|sabado|linggo|isnin|khamis|jumaat|ahad|luns|mércores|xoves|venres|moandei|tiisdei|woansdei|tongersdei|sneon|snein|ngomvulo|ngolwesibini|ngecawa|muvhuro|chipiri|chitatu|chishanu|mugovera|svondo|lolemba|lachiwiri|lachitatu|lachinayi|lachisanu|loweruka|lamlungu|diluain|dimàirt|diciadain|diardaoin|dihaoine|disathairne|didòmhnaich|dé luain|dé máirt|dé céadaoin|déardaoin|dé haoine|dé sathairn|dé domhnaigh|vrydag|saterdag|sondag|ସୋମବାର|ମଙ୍ଗଳବାର|ବୁଧବାର|ଗୁରୁବାର|ଶୁକ୍ରବାର|ଶନିବାର|ରବିବାର|دۈشەنبە|سەيشەنبە|چارشەنبە|پەيشەنبە|جۈمە|شەنبە|يەكشەنبە|duşenbe|sişenbe|çarşenbe|penşenbe|şenbe|ýekşenbe`;
/** A weekday's name alone ("terça-feira" beside "Recife, … 17 de maio de 2022"): part of a date line, never a name. */
export const WEEKDAY_NAME = new RegExp(`^(?:${WEEKDAY_WORDS})$`, 'iu');
/** "вчора", "wczoraj", "igår": yesterday and today in languages the date parser does not read. */
export const DAY_WORDS = 'tegnap|אתמול|היום|χθες|σήμερα|вчора|вчера|сьогодні|сегодня|wczoraj|dzisiaj|včera|dnes|igår|idag|i går|i dag|eilen|tänään|gestern|heute|kemarin|dünən|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag';
/**
 * "pred 5 urami", "2 sigħat ilu", "2 soat oldin", "२ घण्टा अगाडि": a count and its unit, whatever the unit's word, held by the
 * language's word for "ago" before or after them. The unit is left open so that each language needs only that one word.
 */
const AGO_BEFORE = String.raw`pred|prije|pre|před|prieš|pirms|fyrir|para|acum|fa|преди|пред|пре|πριν(?: από)?|לפני|منذ|قبل`;
const AGO_AFTER = String.raw`ago|క్రితం|પહેલાં|ਪਹਿਲਾਂ|kepungkur|kahor|sẹ́yìn|dura|gara aga|ki muri|edlule|lasa izay|geleden|назад|тому|önce|temu|sedan|siden|sitten|tagasi|lalu|əvvəl|trước|წინ|առաջ|ilu|oldin|avval|бұрын|өмнө|мурун|раније|síðan|پیش|قبل|پہلے|पहले|अगाडि|अघि|আগে|முன்பு|ముందు|ಹಿಂದೆ|മുമ്പ്`;
const AGO_AROUND_UNIT = String.raw`^(?:${AGO_BEFORE}) \p{Nd}{1,3} \p{L}[\p{L}\p{M}]{0,15}\.?$|^\p{Nd}{1,3} [\p{L}\p{M}]{1,15}पूर्वी$|^\p{Nd}{1,3} ?\p{L}[\p{L}\p{M}]{0,15}\.? (?:${AGO_AFTER})$|^منذ \p{L}{3,12}$`;
/** The same test on its own, for the date parser's cheap gate. */
export const COUNT_AND_AGO = new RegExp(AGO_AROUND_UNIT, 'iu');
/** "3 years ago", "vor 2 Stunden", "33 minutes ago", "2 yr. ago" — a relative date line. */
export const RELATIVE_TIME_LINE = new RegExp(
  String.raw`^(?:about |vor |il y a |hace |há )?(?:\d+|an?|one|une?|una|uma|um|ein(?:e|em|er)?|een) (?:(?:second|minute|hour|day|week|month|year|sekunde|stunde|tag|woche|monat|jahr|heure|jour|semaine|hora|minuto|día|dia|semana|mes|año|ano|or[ae]|giorn|settiman|mes[ei]|ann[oi]|uur|minuten|dag|wek|maand|jaar)[a-zñ]*|(?:sec|min|hr|wk|mo|yr)s?\.?|mois|ans?)(?: ago| fa| geleden)?$|^\d{1,3} ?(?:[smhdwy]|mo|yr|min|mins|hr|hrs|wk|wks)$|^\d+ (?:секунд|минут|час|дн|день|недел|месяц|год|лет)\p{Script=Cyrillic}* назад$|^\d+ (?:saniye|dakika|saat|gün|hafta|ay|yıl) önce$|^\d+ (?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال) (?:پیش|قبل)$|^\d+ (?:sek|min|godz|dzie|dni|tydz|tyg|mies|lat|rok)\p{L}*\.? temu$|^(?:sekundę|minutę|godzinę|tydzień|miesiąc|rok) temu$|^(?:минуту|час|неделю|месяц|год) назад$|^(?:хвилину|годину|тиждень|місяць|рік) тому$|^(?:před )?\d+ (?:sekund|minut|hodin|dn|týd|měsíc|let|rok)\p{L}*$|^(?:för )?(?:\d+|en|ett) (?:sekund|minut|tim|dag|veck|månad|år)\p{L}* sedan$|^\d+ (?:секунд|хвилин|годин|день|дн|тижн|місяц|рок|рік)\p{Script=Cyrillic}* тому$|^\d+ (?:detik|menit|minit|saat|jam|hari|minggu|bulan|tahun) (?:yang )?lalu$|^se(?:minit|jam|hari|minggu|bulan|tahun) (?:yang )?lalu$|^\d+ (?:saniyə|dəqiqə|saat|gün|həftə|ay|il) əvvəl$|^\d+ (?:másodperce|perce|órája|napja|hete|hónapja|éve)$|^πριν (?:από )?\d+ (?:δευτερόλεπτ|λεπτ|ώρ|ημέρ|μέρ|εβδομάδ|μήν|χρόν)\p{Script=Greek}*$|^(?:pred|prije|pre|prieš|pirms|for) \d+\.? ?(?:sekund|minút|minut|hodin|dň|dní|sat|minuta|dan|val|min|d\.|stund|minūt|dien|time|minutter|dag|uke|uge|måned|år|sekunder)\p{L}*\.?(?: siden)?$|^\d+ (?:tun|minu|päiv|päev|viik|nädal|kuu|vuo|aasta|sekun|tim|dag|døgn|uge|uke|måned|år)\p{L}* (?:tagasi|sitten|siden|sedan)$|^לפני (?:\d+ )?(?:שנייה|שניות|דקה|דקות|שעה|שעות|שעתיים|יום|ימים|יומיים|שבוע|שבועות|חודש|חודשים|שנה|שנים)$|^acum (?:\d+(?: de)?|o|un) (?:secund|minut|or|zi|săptămân|lun|an)\p{L}*$|^p[rř]ed (?:hodinou|minutou|chvíľou|chvílí|dnem|dňom|týdnem|týždňom|měsícem|mesiacom|rokem|rokom)$|^преди (?:\d+ )?(?:секунд|минут|час|ден|дни|седмиц|месец|годин)\p{Script=Cyrillic}*$|^\d+ (?:giây|phút|giờ|ngày|tuần|tháng|năm) trước$|^\d+ (?:წამის|წუთის|საათის|დღის|კვირის|თვის|წლის) წინ$|^\d+\s?(?:[秒分日年]|時間|週間|か月|ヶ月|カ月)前$|^\d+\s?(?:[秒天周週年]|分钟|分鐘|小时|小時|个月|個月)前$|^(?:刚刚|剛剛|たった今|방금)$|^\d+\s?(?:[초분일주달년]|시간|개월)\s?전$|^\d+\s?(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)ที่แล้ว$|^\d+ (?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|सप्ताह|महीने|महीना|साल) पहले$|^\d+ (?:সেকেন্ড|মিনিট|ঘণ্টা|দিন|সপ্তাহ|মাস|বছর) আগে$|^\d+ (?:سیکنڈ|منٹ|گھنٹے|گھنٹہ|دن|ہفتے|مہینے|سال) (?:پہلے|قبل)$|^(?:sekunde|dakika|saa|siku|wiki|mwezi|miezi|mwaka|miaka) \d+ (?:zilizopita|iliyopita|uliopita)$|^\d+ (?:segundo|minuto|oras|araw|linggo|buwan|taon) (?:ang )?nakalipas$|^(?:${DAY_WORDS})(?:,? (?:o |в |о |kl\. |klo |um |at |à )?\d{1,2}[:.]\d{2})?$|${AGO_AROUND_UNIT}`,
  'iu',
);

/** Words of the controls under a comment ("14 • Reply • Share ›", "ReplyDelete"); a line of only these is no text. */
export const COMMENT_CONTROL_WORDS = new Set([
  ...wordList('reply|replies|replydelete|delete|löschen|eliminar|supprimer|elimina|excluir|verwijderen|antworten|antwort|répondre|responder|rispondi|log|login|sign|in|to|report|comment|like|likes|dislike|load|more|show|hide|permalink|link|thread|parent|agree|disagree|edit|flag|share|upvote|downvote|vote|up|down|respect|featured|pinned|quote|zitieren|melden|gefällt|mir|teilen|view|reactions|abuse|this|إعجاب|إبلاغ|signaler|j\'aime|j’aime|charger|plus|de|commentaires|comments|denunciar|me|gusta|liked|by|author|level|save|award|edited|bearbeitet|recommend|recommended|empfehlen|segnala|yanıtla|şikayet|et|beğen|beğenme|daha|fazla|yorum|yükle|abus|missbrauch|abuso|un|beantwoorden|reageer|reageren|responda|curtir|پاسخ|گزارش|رد|ردّ|ответить|пожаловаться|нравится|цитировать|odpowiedz|zgłoś|odpovědět|nahlásit|svara|gilla|відповісти|поскаржитися|balas|suka|laporkan|cavab|ver|bəyən|👍|👎'),
  // "Me gusta · Responder · 2 sem", "Me gusta · Responder · 5 · 3 h", "Ver 2 respuestas más", "Cargar 6 comentarios más", "Weitere Antworten anzeigen": a social widget's controls.
  ...wordList('sem|h|min|d|editado|modifié|respuesta|respuestas|más|cargar|comentario|comentarios|resposta|respostas|mais|carregar|comentários'),
  // "Partager ›", "Udostępnij ›", "Compartir ›": Disqus's share link under each comment, translated.
  ...wordList('partager|udostępnij|compartir|comparteix|condividi|compartilhar|delen|paylaş|sdílet|megosztás'),
  // "Enlace permanente", "Lien permanent", "Link permanente": Drupal's permalink under the "Enviado por" line.
  ...wordList('enlace|permanente|lien|permanent'),
  // "Gefällt mir · Antworten · 23 · 4 Std.": the German widget's times ("52 Min.", "2 Tg.", "3 Wo.").
  // "31 Zustimmungen · 4 Ablehnungen": a German paper's votes.
  ...wordList('zustimmung|zustimmungen|ablehnung|ablehnungen|std.|std|min.|tg.|wo.|подобається|год|хв|тиж|weitere|anzeigen|kommentare|laden|voir|afficher|réponse|réponses|mehr|les|restants|autres|beiträge|postings'),
  // "답글 2 공감 152 비공감 21", "Thích · Trả lời · 5h trước", "返信 いいね", "回复 点赞 举报", "Răspunde", "הגב", "Vastaa": the same controls in more languages.
  ...wordList('답글|댓글|공감|비공감|작성|신고|더보기|thích|trả|lời|báo|vi|phạm|giờ|vis|flere|fler|kommentarer|näytä|lisää|kommentteja|rodyti|daugiau|komentarų|rādīt|vairāk|komentārus|näita|rohkem|kommentaare|zobraziť|viac|komentárov|prikaži|više|komentara|trước|chia|sẻ|phút|ngày|cáo|返信|いいね|通報|回复|点赞|举报|răspunde|raportează|gosto|पसंद|करें|উত্তর|দিন|পছন্দ|пријави|одговори|препоручујем|ветвь|дискуссии|erantzun|gustuko|dut|antwoorden|vind|ik|leuk|empfehlungen|empfehlung|tykkää|toon|reacties|הגב|השב|אהבתי|דווח|דיווח|lubię|lapor|vastaa|ilmoita|απάντηση|válasz|jelentés|जवाब|दें'),
  // "Μου αρέσει", "Sviđa mi se", "Líbí se mi", "Îmi place", "Tetszik", "Şikayət et", "Daha çox şərh göstər", "Odgovori": likes, reports and replies in more languages.
  ...wordList('μου|αρέσει|αναφορά|sviđa|se|líbí|îmi|place|tetszik|şikayət|çox|şərh|göstər|odgovori|prijavi|svidja|хареса|отговор|отговори|сигнализирай|докладвай'),
  // "Svara   Gilla (24)   Anmäl", "Synes godt om · Svar · 14 · 5 t", "Vastaa · Ilmoita asiaton", "Atsakyti · Patinka 14 · Nepatinka 2", "Odpovedať · Nahlásiť": Nordic, Baltic and Slovak controls.
  ...wordList('anmäl|svar|synes|godt|om|t|terms|of|use|respond|cancel|liker|lik|rapporter|anmeld|asiaton|vasta|meeldib|teata|atbildēt|patīk|ziņot|atsakyti|patinka|nepatinka|pranešti|odpovedať|nahlásiť|páči|mi|všeč|respon|respondre|m\'agrada|m’agrada|denuncia|përgjigju|raporto|pëlqej'),
  // "そう思う 128 そう思わない 12 違反報告", "返信 2件", "답글 3", "ตอบกลับ", "जवाब दें", "Gusto · Tumugon": controls in Asian languages.
  ...wordList('そう思う|そう思わない|違反報告|返信する|いいね！|回覆|赞|讚|舉報|좋아요|싫어요|ตอบกลับ|ถูกใจ|รายงาน|रिपोर्ट|उत्तर|জবাব|রিপোর্ট|جواب|دیں|پسند|رپورٹ|jibu|penda|ripoti|gusto|tumugon|iulat|oras|araw'),
  // "أعجبني · رد · 5 س", "پسندیدم · پاسخ · 3 ساعت", "אהבתי · הגב · 3 שע'", "پسند کریں · جواب دیں · 5 گھنٹے": the Facebook widget's like, reply and time units
  // in Arabic, Persian, Hebrew and Urdu.
  ...wordList("أعجبني|رد|س|د|ي|أسبوع|پسندیدم|ساعت|دقیقه|روز|هفته|אהבתי|שע'|דק'|ימים|پسند|کریں|جواب|دیں|گھنٹے|منٹ|دن"),
  // "ترتيب حسب · الأفضل", "نشر": the widget's sort control and its post button.
  ...wordList('ترتيب|حسب|الأفضل|الأحدث|الأقدم|نشر|برترین|مرتب‌سازی|بر|اساس|بهترین|جدیدترین|قدیمی‌ترین|מיין|לפי|הטובות|החדשות|הישנות|פרסם'),
  // "ถูกใจ · ตอบกลับ · 5 ชม.": Thai time units of the Facebook widget (hours, minutes, days, weeks, months, years).
  ...wordList('ชม.|นาที|วัน|สัปดาห์|เดือน|ปี|发表评论|發表評論|匿名发表|最热评论|最新评论|查看更多评论|コメントを書く|댓글쓰기'),
  // "Պատասխանել", "პასუხი", "Жауап беру", "Wieġeb   Irrapporta", "जवाफ दिनुहोस्", "Jibu": reply, like and report in more languages.
  // "Сначала новые · Сначала старые · Популярные", "DISQUS İLE GİRİŞ YAP · VEYA DISQUS'A KAYDOL", "ارسال": sort orders, sign-up and send buttons.
  // "הוספת תגובה · הכל · בדיונים · הגיבו": a talkback list's add, filter and respond controls; "הצגת כל התגובות | סגירת כל התגובות": open or close them all.
  // "Good comment? + 16 - Reply Report abuse" (Vivvo), "+38 -4 Odpowiedz Zgłoś do moderacji".
  ...wordList('good|comment?|do|moderacji|moderatora|ناردن|گزارش|تخلف|הוספת|תגובה|הכל|בדיונים|הגיבו|הצגת|סגירת|כל|התגובות|найкращі|спочатку|нові|старі|yuborish|yoqdi|yoqmadi|сначала|новые|старые|популярные|показать|еще|ещё|комментарии|veya|disqus|disqus\'a|disqus’a|kaydol|ile|giriş|yap|yeni|eski|ارسال'),
  // "Դասավորել ըստ · Ամենահինը", "Հավանել · Պատասխանել · 2 ժ": the Armenian widget's sort order, its hours, minutes, days and weeks.
  ...wordList('դասավորել|ըստ|ամենահինը|ամենանորը|ավելացնել|մեկնաբանություն|ժ|ր|օր|շբ|պատասխանել|հավանել|բողոքել|პასუხი|მოწონება|жауап|беру|javob|berish|хариулах|wieġeb|irrapporta|जवाफ|दिनुहोस्|write|a|við|klst.|klst|breytt|amsa|መልስ|ځواب|ឆ្លើយតប|ចូលចិត្ត|ຕອບກັບ|පිළිතුරු|பதில்|freagair|ateb|адказаць|одговор|odgovor|líkar|tilkynna'),
]);
/** Words of a social-sharing line ("Share on Facebook Share on X Email"). */
export const SHARE_WORDS = new Set([
  ...wordList('printer|friendly|printer-friendly|version|share|shares|formerly|on|by|via|this|article|page|story|news|post|more|sharing|options|facebook|twitter|x|email|e-mail|mail|whatsapp|linkedin|print|copy|link|pinterest|reddit|telegram|tweet|messenger|bluesky|threads|teilen|dela|spara|lyssna|del|gem|artikeln|artiklen|artikkelen|kopiera|länk|kopier|lenke|på|comparteix|ndaj|dalintis|dalīties|zdieľať|deli|kongsi|drucken|auf|per|partager|imprimer|save|bookmark|comments|comment|compartir|en|enviar|por|sur|blogthis|thisblogthis|condividi|su|delen|deel|dit|artikel|compartilhe|paylaş|full|اشتراک\u200cگذاری|چاپ|شارك|الخبر|شیئر|کریں|line|vk|viber|flipboard|kakaotalk|카카오톡|페이스북|공유|공유하기|はてなブックマーク|シェア|微博|微信|qq空间|分享到|分享到：|jaa|jaa:|distribuie'),
  // "Chia sẻ Facebook Zalo Sao chép liên kết", "Bagikan … Salin Link", "Споделете: … Копирай връзката Принтирай": share bars in more languages.
  ...wordList('chia|sẻ|zalo|sao|chép|liên|kết|bagikan|salin|tautan|ini|melalui|sdílet|zkopírovat|odkaz|udostępnij|kopiuj|megosztás|küldés|e-mailben'),
  // "Aqsam: Facebook X WhatsApp Email", "Deila   Tísta   Senda í tölvupósti", "Бөлісу:", "Deli   Tvitni   Pošlji po e-pošti   Natisni", "Kopijuoti nuorodą".
  // "Haberi Paylaş": "share the story" (Turkish).
  ...wordList('haberi|paylaş|aqsam|aqsam:|deila|tísta|senda|í|tölvupósti|бөлісу|бөлісу:|поделиться|поділитися|ulashish|хуваалцах|shiriki|tvitni|pošlji|po|natisni|e|pošti|kopijuoti|nuorodą|kopēt|saiti|jaga|kopeeri|kopjo|lidhjen|сподели|падзяліцца|გაზიარება|կիսվել|शेयर|साझा|শেয়ার|แชร์|ចែករំលែក|ແບ່ງປັນ|copiază|link-ul|pe|κοινοποίηση|споделете|споделете:|копирай|връзката|принтирай|podijeli|podeli|ispis|e-pošta|paylaş:|çap|et|ríomhphost|roinn|an|t-alt|seo|post-d|co-roinn|i-imeyile|yabelana|e-pos|op|imo|paýlaş|diele|kopiearje|keppeling|govera|nyaya|iyi|gawanani|ھەمبەھىرلەش|ସେୟାର|କରନ୍ତୁ|ಹಂಚಿಕೊಳ್ಳಿ|പങ്കുവയ്ക്കാം'),
]);
/** Tokens of a control line: words, counts and the arrows and dots between them. */
const CONTROL_SEPARATOR_CHARS = String.raw`\s•·|›»↑↓▲▼^()[\]/:：♥❤♡+−–-`;
export const CONTROL_LINE_SEPARATORS = new RegExp(`[${CONTROL_SEPARATOR_CHARS}]+`, 'u');
/** The first word of such a line: most lines are settled by it. */
export const CONTROL_LINE_FIRST_WORD = new RegExp(`^[${CONTROL_SEPARATOR_CHARS}]*([^${CONTROL_SEPARATOR_CHARS}]+)`, 'u');

/**
 * "Hide 2 Replies" (Facebook, Vuukle): the button of answers shown open below its comment ("View 2 replies" shows none);
 * "إخفاء 2 من الردود", "הסתר 2 תגובות", "پنهان کردن 2 پاسخ": the same in Arabic, Hebrew and Persian.
 */
export const SHOWN_REPLIES_BUTTON = /^(?:hide (\d{1,3}) repl(?:y|ies)|إخفاء (\d{1,3}) من الردود|הסתר (\d{1,3}) תגובות|پنهان کردن (\d{1,3}) پاسخ)$/iu;
/** How many answers such a button counts, or null when the line is none. */
export function shownReplyCount(text: string): number | null {
  const count = SHOWN_REPLIES_BUTTON.exec(text)?.slice(1).find((group) => group !== undefined);
  return count === undefined ? null : Number(count);
}

/** Headings that open a comment section for certain: the article has ended. */
export const COMMENT_SECTION_HEADING =
  /^(?:discussion policy|comments? policy|comments?: our rules|community guidelines|house rules|(?:\d+|one|no|two|three) (?:responses?|comments?|talkbacks?|replies|reactions?|kommentare?|antworten|reaktionen|commentaires?|comentarios?)(?: (?:on|to|zu|für|sur)\b.*|:)?|(?:\d+|one|no|two|three) (?:thoughts?|gedanken) (?:on|to|zu|für|sur)\b.*|\d+ (?:thoughts?|gedanken):?|(?:reader|listener|viewer)s?['’]? comments(?: \(\d+\))?|join the discussion(?:…|\.{3})?|\d{1,6} comments? .{1,60} privacy policy(?: login)?|add (?:a )?talkback|kommentar schreiben|kommentar verfassen|laisser un commentaire|dodaj komentarz|přidat komentář|skriv en kommentar|додати коментар|tulis komentar|şərh yaz|добавить комментарий|оставить комментарий|написать комментарий|yorum (?:yap|yaz)|deja (?:un|tu) comentario|escrib(?:e|a|ir) (?:un|tu) comentario|lascia un commento|scrivi un commento|deixe (?:um|seu) comentário|escreva um comentário|plaats een reactie|(?:leave a (?:reply|comment|response)|post (?:a|your) (?:comment|response)|add (?:a |your )?comment|(?:submit|write) a comment|leave your (?:reply|comment)|your comment(?= ?:?$)|schreibe einen kommentar|hinterlasse einen kommentar|přidat příspěvek|pravidla diskuse|добави коментар|додај коментар|הוסיפו תגובה|הוסף תגובה|gehitu iruzkina)(?!\p{L}).*|网友评论|網友評論|读者评论|讀者評論|热门评论|熱門評論|全部评论|全部評論|نظرات کاربران|دیدگاه کاربران|ارسال نظر|ارسال دیدگاه|تعليقات القراء|أضف تعليق(?:ا|ًا)?)(?: (?:cancelar respuesta|cancelar resposta|annulla risposta|annuler la réponse|antworten abbrechen))?$/iu;
/** Headings that may open a comment section, or may be a subheading of the article ("Discussion"). */
export const WEAK_COMMENT_HEADING = /^(?:(?:comments?|talkbacks?|kommentit|comentarii|ý kiến|bình luận|σχόλια|hozzászólások|תגובות|טוקבקים|обсуждение|обговорення|댓글|コメント|评论|評論|टिप्पणियां|टिप्पणियाँ|कमेंट्स|कमेंट|kommentare?|leserkommentare|postings?|commentaires?|réactions|réagir|comentarios?|comentários?|commenti|reacties|yorumlar|комментарии|коментарі|коментари|komentari|komentarze|komentáře|komentáre|diskuse|diskusia|kommentarer|komentar|şərhlər|responses?|komentarji|komentāri|komentarai|kommentaarid|athugasemdir|ummæli|komente|komentet|каментарыі|kummenti|प्रतिक्रियाहरू|प्रतिक्रिया|კომენტარები|մեկնաբանություններ|пікірлер|комментарийлер|izohlar|fikrlar|сэтгэгдлүүд|сэтгэгдэл|шарҳҳо|maoni|sharhi|አስተያየቶች|نظرونه|تبصرې|تبصرے|មតិយោបល់|ຄຳເຫັນ|අදහස්|ความคิดเห็น|မှတ်ချက်များ|মন্তব্য|கருத்துகள்|கருத்துக்கள்|వ్యాఖ్యలు|ಪ್ರತಿಕ್ರಿಯೆಗಳು|അഭിപ്രായങ്ങൾ|ટિપ્પણીઓ|ਟਿੱਪਣੀਆਂ|mga komento|komen|kommentaar|tráchtanna|sylwadau|iruzkinak|comentaris|نظرات|دیدگاه\u200cها|التعليقات|تعليقات)(?: \(\d+\)| \d+)?|\d+ (?:մեկնաբանություն|ummæli|athugasemdir|kummenti|komentarji|komentāri|komentarai|kommentaari|komente|коментари|пікір|izoh|сэтгэгдэл|maoni|sharhi|نظر|دیدگاه|تعليقا?|комментари[йяев]{0,2}|yorum|commenti|comentários|reacties|תגובות|comentarii|kommenttia|σχόλια|hozzászólás|댓글|件のコメント|条评论|टिप्पणियां)|discussion|what do you think\??)$/iu;

/** "###", "-30-", "-0-", "Ends", "انتهای پیام" ("end of message"): the marks that close a wire story. */
const END_OF_STORY_MARKS = String.raw`#{1,3}|# # #|-{1,2} ?30 ?-{1,2}|-0-|ends|end item|انتهای (?:پیام|خبر)\/?`;
/** An end mark alone on its line: the reporter's credit may stand under it (cleanBody). */
export const END_OF_STORY = new RegExp(String.raw`^(?:${END_OF_STORY_MARKS})$`, 'iu');
/** Boilerplate lines that end the article body (and a release's "###" end mark): everything after them (before comments) is site furniture. */
export const BODY_TAIL_MARKER = new RegExp(
  String.raw`^(?:${END_OF_STORY_MARKS}|_{8,}|[-–—] ?(?:ende|fin|end|fine|fim) ?[-–—]|also in this (?:issue|edition):?|also in(?: \p{Lu}[^\s:]*){1,3}:|related(?: news| articles| posts| stories| content| coverage| topics| reading| resources| links| reports| publications)?(?: (?:&|and) articles)?|latest(?: news| stories| articles| posts| headlines)?|more (?:news|stories|articles|from|on this)\b.*|more in(?: [^\s.!?]+){1,3}|(?:read|up|watch) next|mehr (?:aus|von|nachrichten|meldungen)\b.*|(?:meer )?over dit onderwerp:?|meer nieuws(?: (?:uit|over|van) .{1,40})?|الكلمات المفتاحية(?:\s?:.*)?|الوسوم(?:\s?:.*)?|کلمات کلیدی(?:\s?:.*)?|برچسب\u200cها(?:\s?:.*)?|more information:.*|journal information:.*|provided by\b.{1,80}|zu diesem thema|zum thema|sur le même sujet|sullo stesso argomento|weitere (?:artikel|nachrichten|meldungen)\b.*|plus d'articles\b.*|most (?:read|popular|viewed|shared|commented)\b.*|најчитаније|најновије|najnovije|trending(?: now| stories)?|editor'?s'? picks|temas relacionados.*|(?:noticias|notícies|notícias|notizie|articoli|articole|articles|artículos|berita|tin|σχετικά|σχετικές|свързани|relaterade|související|kapcsolódó|əlaqəli|oxşar) (?:relacionadas|relacionades|correlate|correlati|similare|connexes|relacionados|terkait|liên quan|άρθρα|ειδήσεις|новини|artiklar|články|cikkek|xəbərlər)|les plus lus|lo más (?:leído|visto)|(?:las |los )?más (?:leídas|leídos|vistas|vistos)|i più (?:letti|visti)|(?:as |os )?mais (?:lidas|lidos|vistas|vistos)|(?:en )?çok okunan(?:lar)?|son dak[iİ]ka|самое (?:читаемое|популярное)|найпопулярніше|najczęściej czytane|پربازدیدترین|پربیننده\u200cترین|الأكثر (?:قراءة|مشاهدة)|meest gelezen|meistgelesene?(?: artikel)?|most watched|top stories|in other news|luetuimmat|tuoreimmat|uusimmat|(?:πιο )?δημοφιλή|τελευταία νέα|הכי נקראים|אולי יעניין אותך|많이 본 뉴스|주요 뉴스|アクセスランキング|ランキング|热点排行|热门排行|推荐阅读|cele mai citite|ultimele știri|legolvasottabb|legfrissebb|tin đọc nhiều|đọc nhiều nhất|सबसे ज्यादा पढ़ी गई|ताज़ा खबरें|sponsored stories|promoted stories|topics?:.*|themen:.*|popular(?: posts| stories| now)?|recent (?:posts|articles|stories|entries|bulletins|newsletters|issues|sermons)|recommended(?: for you| stories| from \S.{0,40})?|you (?:may|might) also (?:like|be interested in)|(?:more )?posts you may like|(?:share|like) this(?: article| story| post| page)?:?|updates to this page|explore the topics?|for (?:more|further) information,? (?:please )?contact\b.*|for more .{1,60} please (?:visit|see|go to):?|attachments?:?|anhänge?:?|pièces jointes:?|back to (?:news|blog|top|all news|articles|(?:the )?(?:article|story))|(?:is|was) this (?:page|article) (?:useful|helpful)\??|did this (?:article|story|post|page) help(?: you)?\?.{0,80}|help us improve\b.*|teilen mit:?|podijeli ovo:?|podeli ovo:?|udostępnij to:?|distribuie asta:?|bagikan ini:?|diesen beitrag teilen:?|partager(?: cet article)?\s?:?|compartir(?: esta noticia)?:?|comparte esto:?|compartilhe isso:?|dit delen:?|condividi:?|ähnliche beiträge|verwandte beiträge|articles similaires|ämnen i artikeln|mest lästa?|verschlagwortet mit:.*|getaggt mit:.*|gerelateerd|relacionado|correlati|similaire|podobne wpisy|about the (?:authors?|contributors?)|über den autor|about me|signatories(?: \(in alphabetical order\))?:?|über mich|à propos de moi|written by(?: \S.*)?|à propos de l'auteur|sobre el autor|weitere artikel|mehr zum thema|das könnte sie auch interessieren|leave a (?:reply|comment)|lämna ett svar|lämna en kommentar|legg igjen en kommentar|efterlad en kommentar|jätä kommentti|zostaw komentarz|lasă un răspuns|tinggalkan balasan|post navigation|(?:previous|next|older|newer)(?: (?:post|article|story|entry))?|tags?(?:\s?:.*)?|keywords?\s?:.*|schlagw(?:orte?|örter):.*|stichw(?:orte?|örter):.*|tagi:.*|external links|თეგები:.*|მსგავსი სიახლეები|सबसे ज़्यादा पढ़ी गई|தொடர்புடைய செய்திகள்|(?:kategorie|kategorien|kategoria|kategória|kategorije|catégories|categorías|categorie|categorias|filed under)\s?:.*|tópicos:.*|temas:.*|temes:.*|etiquetes:.*|témata:.*|témy:.*|tagy:.*|(?:тэгі|тегтер|teglar|етикети|ознаке|trefwoorden|avainsanat|thẻ)\s?:.*|टैग:.*|từ khóa:.*|tagovi:.*|oznake:.*|teme:.*|žymės:.*|atslēgvārdi:.*|märksõnad:.*|emner:.*|stikkord:.*|emneord:.*|najčítanejšie|nejčtenější|najčitanije|najbolj brano|көп оқылғандар|ყველაზე კითხვადი|ամենաընթերցվածները|ամենաընթերցված|најчитано|најчитани|mest lesið|mest lesnu fréttir|l-aktar moqrija|më të lexuarat|më të lexuara|धेरै पढिएका|эң көп окулган|самае чытанае|ko['’]p o['’]qilgan|eng ko['’]p o['’]qilgan|их уншсан|zilizosomwa zaidi|mafi karantawa|በብዛት የተነበቡ|ډېر لوستل شوي|ពេញនិយម|ຂ່າວຍອດນິຍົມ|වැඩියෙන්ම කියවූ|skaitomiausi|populārākie|loetuimad|mest læste|mest leste|mest lest|(?:povezane|vezane) vijesti|súvisiace články|sorodni članki|susiję straipsniai|saistītie raksti|seotud artiklid|relaterede artikler|relaterte saker|argomenti:.*|aiheet:.*|etichete:.*|ετικέτες:.*|címkék:.*|תגיות:.*|标签[:：].*|태그:.*|теги:.*|štítky:.*|taggar:.*|ämnen(?::.*)?|etiketa:.*|etiketat:.*|mer (?:från|om) \S.*|lajme të ngjashme|të ngjashme|etiketler:.*|etiketlər:.*|filed under.*|(?:posted in|categories|category):.*|published in(?: \p{Lu}.{0,60})?|posted in [^.!?:]{1,80}(?:\| tagged\b.*)?|suggested (?:topics|reading|articles|stories):?|(?:media|press|investor|news|editorial) contacts?(?::.{0,100})?|(?:presse|medien)kontakt:?|contacts? (?:presse|médias?)\s?:?|contacto de prensa:?)$`,
  'iu',
);

/** "Your comment is awaiting moderation. …": the page's notice over a comment's text (furniture, and a control inside a thread). */
export const AWAITING_MODERATION = /^(?:your|this) comment is awaiting moderation\b.{0,200}$/iu;

/**
 * V8 stops optimizing a regex whose source passes 20 KB (kRegExpTooLargeToOptimize): the furniture scan of
 * every line then runs about twice as slowly. Combined patterns stay under this size (a test keeps them so).
 */
export const MAX_COMBINED_REGEX_CHARS = 16 * 1024;

/** Joins alternatives into one case-insensitive regex: one scan per line instead of one per pattern. */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'iu');
}

/** A test of many alternatives, joined into as few regexes as stay under MAX_COMBINED_REGEX_CHARS each. */
export interface LineTest {
  test(text: string): boolean;
  /** The combined regexes, for the size check. */
  readonly parts: readonly RegExp[];
}
function anyOfInParts(patterns: readonly RegExp[]): LineTest {
  const groups: RegExp[][] = [[]];
  let size = 0;
  for (const pattern of patterns) {
    // "(?:…)|" around each alternative.
    const cost = pattern.source.length + '(?:)|'.length;
    if (size + cost > MAX_COMBINED_REGEX_CHARS && groups[groups.length - 1]!.length > 0) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1]!.push(pattern);
    size += cost;
  }
  const parts = groups.map(anyOf);
  return { parts, test: (text) => parts.some((part) => part.test(text)) };
}

/** Whole lines of site furniture, dropped wherever they stand. */
/** "Read also", in the languages of the sites Winnow reads: the label over links to other articles ("Read more" is a label only with its colon: alone it closes teasers, and more text may follow it). */
const READ_ALSO = String.raw`(?:lês ek|funda nezi|ഇതുകൂടി വായിക്കാം|leugh cuideachd|verenga zvakare|léigh freisin|مۇناسىۋەتلىك خەۋەرلەر|ଆହୁରି ପଢ଼ନ୍ତୁ|werenganinso|ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ|инчунин хонед|vakio koa|(?:ئەمەش )?بخوێنەرەوە|زیاتر بخوێنەوە|ẹ tún ka|(?:дагы |ошондой эле )?окуңуз|darllenwch hefyd|och interessant|liest och|les eisini|kaytapas ñawinchay|(?:akhri|sidoo kale akhri)(?: sidoo kale)?|funda (?:futhi|nalokhu)|funda kwakhona|gụọkwa|dabalataan dubbisaa|soma (?:na none|nanone)|inkuru bijyanye|li tou|pānuitia hoki|waca uga|baca ogé|हेही वाचा|हे (?:पण|देखील) वाचा|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|(?:ఇది|ఇవి) కూడా చదవండి|இதையும் (?:படிக்க|படியுங்கள்)|ಇದನ್ನೂ ಓದಿ|ഇതും വായിക്കുക|ഇതുകൂടി വായിക്കൂ|ဆက်စပ်(?:သတင်း|ဖတ်ရှုရန်)|ଏହା ବି ପଢନ୍ତୁ|ተወሳኺ ኣንብብ|ተጨማሪ ያንብቡ|сондай-ақ оқыңыз|şeýle hem okaň|oxu həmçinin|həmçinin oxu|aqra wkoll|aqra aktar|skaitykite daugiau|прочитајте и|прочитајте исто така|прочитајте још|fleira áhugavert|lestu einnig|lestu líka|тақырыпқа қатысты|тағы оқыңыз|чытайце таксама|shuningdek o['’ʻ]qing|mavzuga oid|холбоотой мэдээ|karanta kuma|ተዛማጅ ዜናዎች|اړوند خبرونه|دا هم ولولئ|អានបន្ថែម|ព័ត៌មានពាក់ព័ន្ធ|ອ່ານເພີ່ມ|ຂ່າວທີ່ກ່ຽວຂ້ອງ|මේවාත් කියවන්න|ආශ්‍රිත පුවත්|यो पनि पढ्नुहोस्|सम्बन्धित समाचार|habari zinazohusiana|labarai masu alaka|падобныя навіны|связанные новости|похожие новости|tegishli yangiliklar|առնչվող նյութեր|նմանատիպ նյութեր|სხვა სიახლეები|povezano|поврзано|le tamén|also read|trending(?: now| stories)?|you (?:may|might) also be interested in|прочетете (?:още|също)|prečítajte si (?:tiež|aj)|повезане вести|поврзани вести|свързани новини|lotutako albisteak|más información|more letters|διαβάστε (?:επίσης|ακόμη)|διαβαστε (?:επισης|ακομη)|bekijk ook|kijk ook|lue myös|basahin(?: (?:din|rin|pa))?|soma (?:pia|zaidi)|আরও পড়ুন|আরো পড়ুন|یہ بھی پڑھیں|مزید پڑھیں|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|관련기사|lexo (?:edhe|më shumë)|(?:també )?et pot interessar|llegeix (?:també|més)|ये भी पढ़ें|यह भी पढ़ें|citește și|tin liên quan|xem thêm|相关新闻|相关阅读|関連記事|関連ニュース|あわせて読みたい|관련 기사|קראו עוד|לכתבה המלאה|לכתבה הקודמת|קרא עוד|olvassa el|kapcsolódó cikk(?:ek)?|čítajte (?:aj|tiež)|pročitajte (?:još|i)|pročitaj još|preberite (?:še|tudi)|taip pat skaitykite|skaitykite taip pat|lasi arī|lasiet arī|loe ka|læs også|les også|ler também|כתבות נוספות(?: באתר)?|עוד בנושא|עוד ב(?:חדשות|מדור)(?: [^:]{1,30})?|σχετικό άρθρο|související(?: článek| články| zprávy)?|related article|read also|see also|read next|up next|related(?: (?:news|stories|articles|coverage))?|recommended(?: (?:for you|stories|articles|reading))?|you (?:may|might) also like|(?:prze)?czytaj (?:też|także|również)|ასევე წაიკითხეთ|կարդացեք նաև|läs (?:också|mer)|čtěte (?:také|též)|читайте також|baca juga|həmçinin oxuyun|more on this(?: story)?|leé también|in this article|table of contents|inhaltsverzeichnis|in diesem artikel|sommaire|dans cet article|lesen sie auch|lesen sie mehr|auch interessant|mehr zum thema|das könnte sie auch interessieren|à lire aussi|lire aussi|à voir aussi|voir aussi|lee también|lea también|ver también|te puede interesar|leia também|veja também|leggi anche|(?:ti )?potrebbe(?:ro)? interessar(?:ti|e)(?: anche)?|polecane|polecamy|zobacz (?:też|także|również)|lees ook|lees meer|читайте также|читайте по теме|смотрите также|بیشتر بخوانید|بخوانید|اقرأ أيض(?:ا\u064B?|\u064Bا)|[iİ]lg[iİ]l[iİ] haber(?:ler)?|(?:bunlar da )?[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r|bu haber[iİ] de okuyun|ayrıca okuyun)`;
/** The label alone on its line ("Lesen Sie auch", "Читайте также:"): links follow on the next lines. */
export const READ_ALSO_LABEL = new RegExp(String.raw`^(?:${READ_ALSO} ?:?|read more ?:|read more (?:on|about) [^:]{1,40}:?|also on [^:]{1,40}:)$`, 'iu');
/**
 * "Top Stories", "Most read", "Latest news": a list of other headlines that usually closes the article
 * (BODY_TAIL_MARKER), but that some pages set inside the text, with the article going on under it.
 */
export const HEADLINE_LIST_LABEL =
  /^(?:top stories|trending(?: now| stories)?|most (?:read|popular|viewed|shared|watched)|latest(?: news| stories| headlines)?|in other news|editor'?s'? picks|popular (?:stories|now)|more (?:news|stories|coverage)|مقبول ترین|تازہ ترین|најчитаније|најновије|najčitanije|najnovije)$/iu;
/** The label and its link on one line: "Lire aussi | …", "Lee también: …", "Lire aussi l'entretien : « … »", "READ: …". */
/** "LEGGI ANCHE Casalmaggiore, chiude la latteria": the label in capitals, the headline straight after it. */
export const READ_ALSO_OPENING = new RegExp(String.raw`^${READ_ALSO}(?= \p{Lu})`, 'iu');
export const READ_ALSO_LINK = new RegExp(String.raw`^(?:(?:${READ_ALSO}(?: [^\s:|»›՝]+){0,3}|read(?: more)?) ?[:|»›՝] ?|【${READ_ALSO}】\s?)\S.*$`, 'iu');

/** "karin.sjoberg@norrlandsbladet.se", "Email: …": an address alone on its line. */
export const EMAIL_ADDRESS_LINE = /^(?:e-?mail:\s?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu;

export const BOILERPLATE_LINES: readonly RegExp[] = [
  // "Disclaimer: rates in this newsletter are subject to change.", "Support our work: the observatory is a charity …", "Did you find this useful? Support … on Givealittle": the site's notices and appeals under the text.
  /^(?:disclaimer\s?:|support our (?:work|journalism)\b|did you find this (?:useful|helpful)\?).{0,300}$/iu,
  /^(?:proudly )?powered by\b.*$/iu,
  // "The post Headline appeared first on Site.": the footer WordPress writes under every item of its feeds.
  /^(?:the post|o post|el post|la entrada|l['’]articolo|il post|der beitrag|l['’]article|le post|het bericht)\s[^\n]{1,200}?\s(?:appeared first on|apareceu primeiro em|apareció primero en|se publicó primero en|proviene da|è apparso per la prima volta su|erschien zuerst auf|est apparu en premier sur|verscheen eerst op)\s[^\n]{1,100}$/iu,
  /^(?:for immediate release|zur sofortigen veröffentlichung|pour diffusion immédiate|embargoed until\b.*|(?:press|news|media) release|pressemitteilung|presseinformation|communiqué de presse|comunicado de prensa|nota de prensa|comunicato stampa|persbericht)(?:\s[-–—|:]\s[^.!?]{2,80})?$/iu,
  /^(?:copyright|©|\(c\))[\s\d©].*$/iu,
  /^(?:share|print|email|e-mail|tweet|pin|save|whatsapp|facebook|twitter|linkedin|reddit|telegram|pinterest|messenger|copy link|(?:s?kopiuj|kopier(?:a|en)?|copiar|copier|copia|zkopírovat) (?:le |il |o )?(?:link|lenke|länk|enlace|lien|odkaz)|link kopieren|link kopiëren|mail|drucken|teilen|teilen auf \w+)(?: this)?(?: (?:on|via) \w+)?$/iu,
  // "Print   Send to friend": an agency's toolbar, its buttons one after another.
  /^(?:print|e-?mail|share|pdf|send to (?:a )?friend|tell a friend)(?: (?:print|e-?mail|share|pdf|send to (?:a )?friend|tell a friend))*$/iu,
  /^(?:share|like) this:?$/iu,
  /^like loading\.*$/iu,
  /^(?:gefällt mir|wird geladen|j'aime|me gusta)(?: wird geladen)?\.*$/iu,
  /^loading\.*$/iu,
  /^(?:click to (?:share|print|email)|opens in (?:a )?new window).*$/iu,
  /^(?:skip to (?:main )?(?:content|navigation|footer)|تخطي إلى المحتوى(?: الرئيسي)?|رفتن به محتوای اصلی|דלג לתוכן(?: הראשי)?|(?:pular|ir|saltar) (?:para o|al) (?:conteúdo|contenido)(?: principal)?|(?:aller|passer) (?:au contenu(?: principal)?|au menu|à la recherche|au pied de page)|(?:vai|salta) al contenuto(?: principale)?|zum inhalt springen|naar (?:de )?inhoud (?:springen|gaan)|ga naar (?:de )?(?:inhoud|hoofdinhoud|navigatie)|przejdź do (?:treści|zawartości|stopki|menu)|[iİ]çeriğe (?:geç|atla)|перейти к (?:содержанию|основному содержанию|контенту)|перейти до (?:вмісту|основного вмісту|змісту)|پرش به (?:محتوای اصلی|محتوا)|(?:الانتقال|انتقل) إلى المحتوى(?: الرئيسي)?|toggle navigation|main menu|menu|search(?:…|\.{3})?|close|open menu|navigation|home|log ?in|sign ?in|sign up|register|subscribe(?: now)?|صفحه اصلی|صفحه نخست|الصفحة الرئيسية|ana sayfa|anasayfa|главная|головна|newsletter|advertisement|anzeige|werbung|publicidad|publicidade|pubblicità|advertentie|реклама|reklam|إعلان|تبلیغات|sponsored(?: content)?|back to top|scroll to top|scroll to continue(?: with content)?|top|listen(?: to (?:this )?article)?|\d+ min(?:ute)?s? read)$/iu,
  /^(?:[•·|–—-]\s*)?(?:\d+\s?-?min(?:ute)?s?\.? (?:read|lesezeit|de lecture|de lectura|di lettura|de citit|czytania|čtení|čítania|olvasás|okuma|baca|đọc|ανάγνωση|четене|чтения|читання)|(?:lesezeit|reading time|temps de lecture)\s?:?\s?\d+\s*min\S*)$/iu,
  /^(?:[←→«»‹›<>]\s?)?(?:previous|next|older|newer|prev\.?)(?: (?:post|article|story|entry|posts)\b.*| ?:.*)$/iu,
  /^(?:(?:do you )?have|got) a (?:news )?(?:tip|story)\b.{0,80}$/iu,
  /^(?:https?:\/\/|www\.|[\w-]+(?:\.[\w-]+)+\/)\S+$/iu,
  // "Source: CNA/nl(dt)": a wire's source and its editors' initials closing the story.
  /^source: [^.!?]{1,60}\/[a-z]{1,4}(?:\([a-z]{1,4}\))?$/iu,
  // "afitzgerald@shannonsideleader.ie": a reporter's address under the byline.
  EMAIL_ADDRESS_LINE,
  // A video player's controls and its automatic transcript note.
  /^(?:now playing|up next|mute|unmute|closed captions|fullscreen|video transcript|show full transcript|\d{1,2}:\d{2} \/ \d{1,2}:\d{2}|this transcript was (?:generated|created) automatically\b.*)$/iu,
  /^(?:video player loading|loading)(?:\.{3}|…)?$|^(?:autoplay(?: is (?:paused|on|off))?|volume \d{1,3} ?%|press shift question mark to access a list of keyboard shortcuts)$/iu,
  // "To leave a comment, log in or register", in the languages of the pages read.
  /^(?:sie müssen angemeldet sein|(?:you must|you need to) (?:be logged in|log in|sign in) to|vous devez être connecté|debes (?:iniciar sesión|estar registrado)|щоб залишити коментар|чтобы оставить комментарий|aby (?:dodać|napisać) komentarz|pro přidání komentáře|för att kommentera|untuk (?:berkomentar|memberi komentar)|şərh yazmaq üçün)(?!\p{L}).*$/iu,
  /^(?:reply with quote|last edited by|users browsing this (?:thread|forum)|you may (?:not )?post (?:new threads|replies|attachments))\b.*$/iu,
  /^(?:news|content|press release|release) (?:provided|distributed|issued) by:?$/iu,
  // "mit Material von dpa", "With files from The Canadian Press": the agencies a story draws on, credited on a line of their own.
  /^(?:mit material (?:von|der|des) |with (?:files|reporting|material) from )\S.{0,60}$/iu,
  // "How does this story make you feel?": a news app's reaction prompt.
  /^how does this (?:story|article) make you feel\??$/iu,
  // "Quelle: https://…", "Source: https://…": a clipping's source address, no text of the story.
  /^(?:quelle|source|fuente|fonte|bron|źródło)\s?:\s?https?:\/\/\S+$/iu,
  // Channel and app promotions: "📲 Participe do canal … no WhatsApp", "Follow us on Google News", "Подпишитесь на наш канал в Telegram".
  /^like [^.!?]{1,40} on facebook\b.{0,120}$|^(?:\p{So}\s?)?(?:join|follow|subscribe to|participe d[oa]|siga|segui|folge|abonniere|meld je aan voor|schrijf je in voor|inscreva-se|suscríbete a|abonnez-vous à)\b.{0,80}\b(?:whatsapp|telegram|google news|newsletter|nieuwsbrief|channel|kanal|canal|youtube|instagram|facebook)\b.{0,60}$/iu,
  /^(?:\p{So}\s?)?(?:подпишитесь|подписывайтесь|следите)\s.{0,60}(?:telegram|телеграм|канал|дзен|вконтакте).{0,80}$/iu,
  /^(?:accept(?: all)?(?: cookies)?|alle akzeptieren|akzeptieren|zustimmen|tout accepter|accepter|aceptar(?: todo)?|accetta(?: tutti)?|akkoord|kabul et|принять(?: все)?|okay|ok|got it)$/iu,
  // "👁 4 812   💬 9": view and comment counters.
  /^(?:(?:👁\uFE0F?|💬|🗨\uFE0F?|views?:?) ?\d[\d.,]*(?: \d{3})*[kKмМ]?\s*)+$/u,
  /^(?:\d+ (?:posts?|beiträge|messages) [•·|] (?:page|seite) \d+ (?:of|von|sur) \d+|post reply|antwort erstellen|search this topic…?|thema durchsuchen…?|quick links|schnellzugriff|board index\b.*|(?:return to|zurück zu|retour à) .{1,80}|(?:users browsing this forum|mitglieder in diesem forum|who is online|wer ist online)\b.*|nach oben|#\d{1,6})$/iu,
  /^[\d.,]+k?\s+shares?\b.{0,60}$/iu,
  /^(?:weiterer text über ots\b.*|bild-download|original-content von\b.*|pressekontakt:?)$/iu,
  /^[‹«<]?\s?(?:previous|prev|zurück|précédent)\s+(?:next|weiter|suivant)\s?[›»>]?$/iu,
  /^(?:advertisement|anzeige|publicidad|publicité|pubblicità)\s?[·•|]\s?.{1,40}$/iu,
  /^(?:share|comment)(?: or comment)? on this (?:article|story|post)\b.{0,40}$/iu,
  // "Comments Off on Review: …" (a theme's note that the post takes none), "#postgres #backups #ops" (a post's hashtags).
  /^comments (?:off|closed) on \S.{0,200}$|^#[\p{L}\p{N}_]+(?: #[\p{L}\p{N}_]+)+$/iu,
  // "Contact Curtis Embry at 765-555-0143 or follow him on Twitter @CEmbry.", "Reach Ana Ruiz at aruiz@ledger.com.": the reporter's contact line under the story.
  /^(?:contact|reach|email) \p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,3} (?:at|via|on) (?:\(?\d{3}\)?[\-. ]\d{3}[\-. ]\d{4}|[\w.+\-]+@[\w\-]+\.[\w.]+)\b.{0,120}$/v,
  /^(?:this entry was posted (?:in|by|on)|posted in|filed under)\b.*(?:bookmark the permalink\.?|\.)$/iu,
  // "Posted at 09:40 AM in Local News | Permalink | Comments (5)": a blog post's footer; "« Older post | Main | Newer post »": its neighbours.
  /^posted (?:at|on) .{1,60} in .{1,60}\|\s?permalink(?:\s?\|\s?(?:comments|trackback) \(\d{1,5}\)){0,2}$|^[«‹].{1,200}\s\|\s(?:main|home|index)\s\|\s.{1,200}[»›]$/iu,
  // "Published in the print edition on March 4, 2021, under the title …", "A version of this article appears in print on …": the paper's note on its print copy.
  /^(?:(?:published|printed) in the print edition|(?:a version of )?this (?:article|story) (?:first )?appear(?:s|ed) in (?:the )?print)\b.{0,200}$/iu,
  /^(?:veröffentlicht in|abgelegt unter|publié dans|publicado en|archiviato in)\s[^.!?]{1,200}$/iu,
  // "Dit bericht is geplaatst in Zuurdesem en getagd starter.", "Questa voce è stata pubblicata in Viaggi.": WordPress's "This entry was posted in …", translated.
  /^(?:dit bericht is geplaatst in|dit bericht werd geplaatst in|questa voce è stata pubblicata in|esta entrada fue publicada en|cette entrée a été publiée dans|esta entrada foi publicada em|ten wpis został opublikowany w|dieser eintrag wurde (?:in|unter))\s[^!?]{1,200}$/iu,
  /^\([a-z]{2,4}(?:, [^()]{1,30}){1,3}\)$/u,
  /^(?:diskutieren sie mit|mehr .{1,40} lesen sie hier|fehler gefunden\?.{0,40}|vergrößern des bildes|bild vergrößern|enlarge (?:image|photo)|agrandir l'image)[!.]?$/iu,
  /^(?:write a comment(?:\.{3}|…)?|restacks?|leave a comment(?:\.{3}|…)?|display threads|collapsed|expanded|unthreaded|threaded|per page|oldest|newest|oldest first|newest first|most recommended|recommended)$/iu,
  /^(?:(?:sort(?:ed)? by|order by|sortieren nach|sortiert nach|trier par|ordenar por|ordina per)\b|sort\s?:).{0,60}$/iu,
  /^(?:get|sign up for|subscribe to|join) (?:the |our )?[^.!?]{0,40}\bnewsletters?\b[^.!?]{0,40}$/iu,
  /^(?:(?:enter|type) your e-?mail(?: address)?|your e-?mail(?: address)?|e-?mail address)(?:\s?:|…|\.{3})?(?: \[?(?:sign up|subscribe)\]?)?$|^bookmark (?:[\w-]+\.)+[a-z]{2,6}$/iu,
  /^(?:subscribe to: .*|blog archive|about me|view my complete profile|followers|labels?:.*|add (?:a )?(?:new )?comment(?:\.{3}|…)?|[-–—]? ?story continues(?: below(?: (?:this )?advertisement)?)? ?[-–—]?|load more(?: comments)?|show more|home|older posts|newer posts|no comments:?|post (?:a|your) comment)$/iu,
  /^[▼►▸▾]\s.*$/u,
  // "Updated 3/27/25 at 6:02 PM EDT with additional comment from the Army.": when the story changed, and how.
  /^updated:? [^.!?]{0,20}\d[^!?]{0,40}? (?:with|to (?:include|add|correct|reflect|clarify)) [^.!?]{1,120}\.?$/iu,
  /^(?:social sharing|republish this (?:article|story)|estimated \d{1,2} minutes?|become a (?:supporter|member|patron|subscriber)|help us keep (?:local )?news (?:local|free|going))$/iu,
  // "Źródło: Pomorze24, Sanepid Gdańsk": the story's sources named under it.
  /^(?:sources?|źródło|źródła|quelle|quellen|fuente|fuentes|fonte|fonti|bron|bronnen|kaynak|джерело|источник|المصدر|منبع)\s?:\s?[^.!?]{2,80}$/iu,
  // "Haberle ilgili daha fazlası:", "VÍDEOS: veja mais notícias da região": labels over more links.
  /^(?:haberle ilgili daha fazlası|vídeos: veja mais notícias\b.{0,40})\s?:?$/iu,
  /^(?:do you like|did you (?:like|enjoy)|how (?:did you|do you) (?:like|rate)) (?:the content of )?this (?:article|story|post|content)\??$/iu,
  // A recipe card's rating, buttons, times and nutrition facts: "4.89 from 37 votes", "Print Recipe Pin Recipe", "Prep Time 30 minutes mins", "Calories: 312kcal | Protein: 3g".
  /^(?:\d(?:\.\d{1,2})? from \d[\d,]* (?:votes?|ratings?|reviews?)|(?:(?:print|pin|rate|save|jump to) recipe ?)+|pin (?:this|it) (?:recipe )?(?:for later)?!?|tried this recipe\?.*|(?:prep|cook|chill|total|rest|resting|bake|baking|inactive|active|freeze|rise|additional) time \d.{0,40}|calories: ?\d+ ?kcal\b.*)$/iu,
  /^(?:read more|continue reading|read the full (?:story|article)|weiterlesen|mehr lesen|haberin devamı|devamını oku|lire la suite|leggi tutto|leia mais|lees verder|читать далее|seguir leyendo)(?!\p{L}).*$/iu,
  /^(?:your email address will not be published|din e-postadress kommer inte publiceras|din e-postadresse vil ikke bli publisert|din e-mailadresse vil ikke blive publiceret|sähköpostiosoitettasi ei julkaista|je e-mailadres wordt niet gepubliceerd|twój adres e-mail nie zostanie opublikowany|vaše e-mailová adresa nebude zveřejněna|adresa ta de email nu va fi publicată|alamat email anda tidak akan dipublikasikan|tu dirección de correo electrónico no será publicada|o seu endereço de e-mail não será publicado|il tuo indirizzo email non sarà pubblicato|votre adresse e-mail ne sera pas publiée|required fields are marked|save my name, email|notify me of (?:new|follow-up)|you must be logged in|you must log in or register|cancel reply|post comment|submit comment|(?:ihre|deine) e-mail-adresse wird nicht veröffentlicht|erforderliche felder|kommentar abschicken|antworten abbrechen|vaša adresa e-pošte neće biti objavljena|obavezna polja su označena|vaš e-naslov ne bo objavljen|az e-mail címet nem tesszük közzé|e-posta adresiniz yayınlanmayacak|(?:komentiraj )?otkaži odgovor|zrušit odpověď|anuluj pisanie odpowiedzi|anulează răspunsul|válasz megszakítása|yanıtı iptal et)\b.*$/iu,
  // A thread's house rules under it: "Comments containing insults … will not be published.", "Talkbacks are published subject to the site's terms of use.",
  // "Comments are published after review by the editor."
  // "Комментарии модерируются. Оскорбления … удаляются.": the same in Russian and Ukrainian.
  /^(?:комментарии|коментарі) (?:модерируются|проходят модерацию|модеруються|проходять модерацію)(?!\p{L}).{0,200}$/iu,
  /^(?:comments?|talkbacks?|opinions?|reader comments)(?:\s[^.!?]{1,150})?\swill not be (?:published|approved|posted)\b.{0,200}$|^(?:comments?|talkbacks?|opinions?) (?:are|will be) (?:published|approved|posted|moderated|reviewed) (?:subject to|after|only after|once)\b.{0,200}$/iu,
  // The same form in Greek and Cyrillic ("\b" knows only ASCII letters).
  /^(?:η ηλ\. διεύθυνση σας δεν δημοσιεύεται|ваш адрес email не будет опубликован|ваша e-mail адреса не оприлюднюватиметься|вашият имейл адрес няма да бъде публикуван|ваша адреса е-поште неће бити објављена|отменить ответ|скасувати відповідь|отказ на отговора)(?!\p{L}).*$/iu,
  // "Comment *", "Name:", "Website", "Send": the comment form's field labels and button, alone on their lines ("Comment by Hichem …" is a header).
  /^(?:comment\s*[*:]?|name\s*[*:]|e-?mail\s*[*:]|website\s*[*:]?|send|submit)$/iu,
  /^(?:download|get) (?:our|the) (?:free )?(?:[\w&.'’-]+ ){0,3}app\b.*$/iu,
  /^catch (?:all )?the latest\b.{0,160}$/iu,
  /^(?:sign up|subscribe|register) (?:for|to)\b.*$/iu,
  /^(?:jetzt )?newsletter(?: abonnieren| bestellen)?\b.*$/iu,
  /^(?:support (?:local |independent |our )?journalism|become a (?:member|subscriber|supporter)|donate)\b.*$/iu,
  /^print this (?:page|article)$/iu,
  /^special to (?:the )?\p{Lu}[^.!?]{1,50}$/v,
  /^the post .{1,300} appeared first on .{1,100}$/iu,
  /^(?:この記事を(?:シェア|共有)する|この記事をシェア|记者分享|分享到[:：]?|공유하기|扫一扫 ?分享到微信)$/u,
  /^(?:stay (?:up[- ]to[- ]date|updated|informed|in the know)|never miss a (?:story|thing|beat))(?: with (?:the latest|our)\b[^.!?]{0,40})?[.!]?$/iu,
  /^(?:pingback|trackback)\s*:.*$/iu,
  // "This article was produced for the Local Reporting Network in partnership with …": the publisher's note under the text.
  /^this (?:article|story|report|investigation) (?:was|is) (?:produced|published|co-published|reported) (?:for|with|by|in partnership with)\b.*$/iu,
  // "Receba as principais notícias do dia no seu e-mail": a newsletter pitch; "Os comentários são de responsabilidade exclusiva de seus autores": a comment policy.
  /^(?:receba|recibe|reciba|ricevi|recevez|get)\s(?:.{0,60}\s)?(?:no seu e-?mail|por e-?mail|en tu (?:correo|e-?mail|bandeja)|nella tua (?:casella|e-?mail)|dans votre boîte|in your inbox)\b.{0,20}$/iu,
  /^(?:os comentários|los comentarios|les commentaires|i commenti) (?:são|son|sont|sono) (?:de |la |di )?(?:(?:inteira|exclusiva|total|sola|seule) )?(?:responsabilidade|responsabilidad|responsabilité|responsabilità)\b.*$/iu,
  /^(?:region|regions|theme|section|category|rubrik|ressort|rubrique|sección|sujet|country|countries)\s?:\s?[^.!?]{1,60}$/iu,
  /^follow (?:us|\S+(?: \S+)?) on (?:telegram|twitter|x|facebook|instagram|whatsapp|youtube|linkedin|threads|bluesky|google news)\b.*$/iu,
  /^(?:stay (?:up[- ]to[- ]date|updated|tuned|informed|connected)|get (?:the latest|more) news|(?:join|follow|subscribe to) (?:us|our)\b)[^.!?]{1,100}\b(?:telegram|whatsapp|twitter|facebook|instagram|youtube|viber|tiktok|linkedin|google news)\b.{0,40}$/iu,
  /^(?:privacy (?:notice|policy)|datenschutzhinweis|datenschutz)\s*:.*$/iu,
  /^(?:(?:the )?(?:story|article|text|report) continues (?:below|after)(?: (?:this|the) (?:advertisement|ad))?|advertisement(?: ?[-–—:])? (?:scroll|continue) (?:down )?to continue(?: reading)?|continue reading (?:below|after (?:the )?(?:advertisement|ad))|(?:before|after) newsletter promotion|(?:free )?(?:daily|weekly|monthly) newsletter|weiter nach der (?:anzeige|werbung)|la suite après (?:cette )?(?:publicité|la publicité))(?: advertisement)?$/iu,
  /^(?:listen to (?:this )?(?:article|story)|artikel anhören|écouter (?:cet )?article|escuchar (?:la )?noticia)\b.*$/iu,
  /^(?:read )?\d{1,2}\s?(?:min|mins|minutes|minuten|minutos)(?: read| lesezeit| de lecture| de lectura)?$/iu,
  // A forum topic's counters and its post-selection bar (Discourse): "418 views 14 likes 2 links 5 users", "select all".
  /^(?:(?:\d[\d.,]*k? (?:views?|likes?|links?|users?|repl(?:y|ies)|posts?)(?: |$)){2,}|you have selected \d+ posts?\.?|select all|cancel selecting)$/iu,
  /^(?:estimated |approximate |est\. )?(?:lesedauer|lesezeit|reading time|temps de lecture|tiempo de lectura|temps de lectura|tempo de leitura|tempo di lettura|leestijd|lästid|lukuaika|czas czytania|doba čtení|okuma süresi|waktu baca|χρόνος ανάγνωσης|время чтения|час читання|olvasási idő|vrijeme čitanja|timp de citire|lestrartími)(?:\W.*)?$|^(?:lecture|lettura) ?: ?\d{1,2} ?(?:min|minutes|minuti)\.?$/iu,
  /^(?:artikel|beitrag|seite) (?:teilen|drucken|merken|vorlesen|verschenken)$/iu,
  /^(?:jump to|skip to)(?: recipe| section| comments?| video)?:?$/iu,
  /^(?:jump to recipe|print recipe)\b.*$/iu,
  // "View all comments on the full site": an AMP page's link to the thread it does not show.
  /^(?:view|see|read|show) all(?: \d{1,5})? comments(?: on (?:the|our) (?:full|main) (?:site|website|page|article))?$/iu,
  /^(?:buy now|view all (?:prices|deals)|see (?:all )?(?:prices|deals)|check price|shop now|today's best .{1,60} deals)$/iu,
  /^[£$€]\s?\d[\d.,]*\s+(?:at|bei|chez|en)\s+\S.{0,40}$/iu,
  // "Email the author", "▶ Listen to this article 2:41": a byline's contact link and an audio player.
  /^(?:(?:e-?mail|contact|message|follow) (?:the )?(?:author|reporter|writer)|(?:▶\s?)?listen to (?:this )?(?:article|story)(?: \d{1,2}:\d{2})?)$/iu,
  // "حجم الخط: أ+ أ-": a text-size widget (the Latin one, case-sensitive, is TEXT_SIZE_WIDGET).
  /^(?:حجم الخط|размер шрифта|розмір шрифту|yazı boyutu)\s?:?(?:\s?\S{1,3}){0,4}$/u,
  // "字号：大 中 小 分享到：微信 微博": a Chinese page's text-size widget, its share links after it on the line.
  /^(?:字号|字號|字体|字體)[:：]\s?[大中小](?:\s?[大中小]){1,3}(?:\s.*)?$/u,
  /^(?:(?:skip )?advertisement|advertising|anzeige|werbung|publicité|publicidad|publicitat|pubblicità|reklama|hirdetés|διαφήμιση|реклама|annons|iklan|quảng cáo|פרסומת|reklam|sponsored(?: content| links?)?|promoted|partner content|gesponsert)$/iu,
  // "Image", "Video": the placeholder a dump leaves for an embed; "Watch: Skaters show off the ramps": a video's title.
  /^(?:image|photo|picture|video|graphic|gallery|media|embed)$/iu,
  // "Galeria (3 zdjęcia)", "Gallery (12 photos)": a slideshow's label with its count.
  /^(?:gallery|photo gallery|galeria|galerie|galería|galleria|fotogalerie|fotogaleria|fotogalería|bildergalerie)\s?\(\d{1,3}(?: \p{L}{3,12})?\)$/iu,
  /^(?:watch|video|listen|podcast)\s?:\s[^.!?]{1,120}\.?$/iu,
  // "Episode 88 · Who Gets the Time? · 41 min": a podcast player's episode row.
  /^(?:episode|ep\.) ?\d{1,4}\s?[·|:–—-]\s?.{1,120}\s[·|]\s?\d{1,3}\s?min(?:utes)?$/iu,
  // "Image source, Getty Images": the credit of a picture the dump does not hold.
  /^(?:image|photo|picture|media|video) (?:source|credit)s?\s*[,:]\s*\S.{0,80}$/iu,
  /^related\s*:.*$/iu,
  READ_ALSO_LINK,
  /^(?:(?:email this\s?)?blogthis!?|share to (?:x|twitter|facebook|pinterest))(?:\b.*)?$/iu,
  /^(?:\d[\d.,]*k?\s+followers|writer for .{1,60}|follow|published in|member-only story|open in app)$/iu,
  /^\d{1,3}\s?(?:of|\/|von|de|sur|di)\s?\d{1,3}$/iu,
  // "Thanks for reading The Kettle Letter! Subscribe for free …", not a reply opening "Thanks for reading. There were two hearings …".
  /^(?:thanks for reading|danke fürs lesen|merci de (?:votre )?lecture)(?: [^.!?]{1,80})?[.!]?(?: [^.!?]{0,40}(?:subscribe|abonnieren|abonnez)(?!\p{L}).*)?$/iu,
  /^get (?:the )?latest (?:news|updates|headlines)\b.*$/iu,
  /^(?:sign in|log in|login|register)\b.{0,30} to (?:comment|post comments?|join the (?:conversation|discussion)|reply)\b.*$/iu,
  // The comment form and its policy on Persian and Arabic sites: "What do you think?", "Send comment", "Comments containing insults …".
  /^(?:نظر شما چیست|دیدگاه خود را بنویسید|ارسال نظر|نظرات حاوی .{0,120}|أضف تعليقك|اكتب تعليقك|إرسال التعليق)\s?[؟?]?$/u,
  /^(?:diesen artikel (?:vor)?(?:lesen|anhören)(?: lassen)?|artikel (?:vorlesen|anhören)|listen to (?:this )?(?:article|story)|lyssna på artikeln|posłuchaj artykułu|poslechněte si článek|прослухати статтю|dengarkan artikel|écouter (?:cet )?article|escuchar (?:este )?artículo|ascolta (?:l'articolo|questo articolo))(?!\p{L}).{0,30}$/iu,
  /^(?:download|descargar|télécharger|herunterladen|scarica|baixar)\b.{0,80}\((?:pdf|docx?|xlsx?|pptx?|epub|zip|csv)\b[^)]{0,30}\)$|^download (?:the )?(?:pdf|report|paper|brief|full (?:report|text|paper))\b.{0,40}$/iu,
  /^(?:citation|cite as|cite this (?:article|report|page|paper|brief|publication)|how to cite(?: this)?(?: (?:article|report|page|paper))?|suggested citation)\s*:.*$/iu,
  /^(?:page \d{1,4} of \d{1,4}|seite \d{1,4} von \d{1,4}|page \d{1,4} sur \d{1,4}|página \d{1,4} de \d{1,4})\b.{0,40}$/iu,
  // "(360) 555-0148 | rachebe@lindenfalls.gov": a press officer's phone and address on one line.
  /^\(?\d{2,4}\)?[ .-]\d{3}[ .-]\d{4}\s?[|·•]\s?[\w.+-]+@[\w-]+\.[\w.]+$/u,
  // "Envie sua foto ou vídeo para o WhatsApp da Folha: (14) 99812-4470", "Send us your photos on WhatsApp": a call for readers' pictures.
  /^(?:envie|mande|send(?: us)?|submit|share) (?:sua |seu |suas |seus |your |us your )?(?:fotos?|vídeos?|photos?|videos?|pictures?)\b.{1,80}\b(?:whatsapp|telegram|e-?mail)\b.{0,40}$/iu,
  // "Post Reply   Search this topic…   6 posts • Page 1 of 1": a forum topic's toolbar.
  /^(?:(?:post reply|reply|new topic)\b.{0,60}\s)?\d{1,6} (?:posts?|replies|messages|beiträge|antworten|réponses|respuestas) [•·|] ?(?:page \d{1,4} of|seite \d{1,4} von|page \d{1,4} sur|página \d{1,4} de) \d{1,4}$/iu,
  /^(?:discover more from\b.*|(?:over |more than )?[\d,.]+\s?[km]?\+? (?:paid )?(?:subscribers|followers))$/iu,
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|graphics|produced) by\b[^;]*;.*$/iu,
  /^(?:our standards|unsere standards)\s*:.*$/iu,
  // Postmedia's ad slot and section label between paragraphs; a paywall's pitch and login prompt; a wire photo's licensing link; a topics label.
  /^(?:this advertisement has not loaded yet\b.*|article content|subscribe (?:now|today) for unlimited (?:digital )?access\b.*|already a subscriber\?\s?(?:log ?in|sign in)\.?|purchase licensing rights|read related topics:?)$/iu,
  // "41 more comments...": a collapsed thread's button; "Do you know more about …? Contact our reporters securely at …": a tip line's pitch.
  /^(?:\d{1,5} more (?:comments|replies)(?:\.{3}|…)?|(?:got a (?:news )?tip\??\s|do you (?:know|have) (?:more|anything|information)\b[^?]{0,120}\?\s)?(?:contact|reach|message) (?:us|our (?:reporters?|newsroom|journalists?)) securely\b.*)$/iu,
  // "View gallery (4)", "Bildergalerie (12)": the button over a slideshow.
  /^(?:(?:view|open|see|browse) (?:the )?(?:gallery|all (?:photos|images)|photos)|bildergalerie|galerie ansehen|zur galerie|voir la galerie)(?: \(\d{1,3}\))?$/iu,
  // A review's score box ("Our Verdict: 4 out of 5 stars") and its price widget's note.
  /^(?:our )?(?:verdict|rating|score)\s?:\s?\d(?:\.\d)?\s?(?:out of|\/)\s?\d{1,2}(?: stars?)?$/iu,
  /^we check over [\d,.]+(?: million| billion)? (?:products|prices)\b.*$/iu,
  /^(?:font size|text size|schriftgröße|follow us(?: on \w+)?|like us on \w+|join us on \w+)\b.*$/iu,
  /^(?:\d(?:[\d,.]| (?=\d))*\s*(?:views|reads|hits|aufrufe|vues)|(?:views|hits|reads|aufrufe|vues|baxış sayı|ნახვები|դիտումներ|wyświetlenia|просмотров|просмотры|görüntülenme|okunma|visualizações|visualizzazioni|weergaven|visitas|عدد المشاهدات|المشاهدات|تعداد بازدید|بازدید)\s*:\s*\d[\d,. ]*)$/iu,
  /^(?:kategorien|categorías|catégories|schlagwörter|étiquettes|etiquetas)\s*:.*$/iu,
  /^(?:search(?: for)?|suche|buscar|rechercher)\s*:?$/iu,
  // "Current mood: rehearsed out": a journal entry's status fields.
  /^current (?:location|mood|music|reading|watching)\s?:.*$/iu,
  // "— Advertisement —": an ad slot's label set between dashes.
  /^[—–-]{1,3} ?(?:advertisement|anzeige|werbung|publicidad|publicité|sponsored) ?[—–-]{1,3}$/iu,
  // "Photo gallery: 1 / 6", "3 of 12": a slideshow's counter.
  /^(?:(?:photo )?gallery:? |photos?:? |bildergalerie:? |galerie:? )?\d{1,3} ?(?:\/|of|von|sur|de) ?\d{1,3}$/iu,
  // "Jetzt kostenlos anmelden", "S'inscrire gratuitement": a newsletter box's button.
  /^(?:(?:jetzt )?(?:kostenlos |gratis )?(?:anmelden|abonnieren|registrieren)|s'inscrire(?: gratuitement)?|je m'abonne|suscribirse(?: gratis)?)$/iu,
  // "Continue discussion", "View entire discussion (61 comments)": the link to the rest of an embedded thread.
  /^(?:continue (?:the )?discussion|view (?:the )?(?:full|entire) discussion\b.{0,30})$/iu,
  // "Refresh comments list", "RSS feed for comments to this post": a comment system's own links under the thread.
  /^(?:refresh comments(?: list)?|(?:rss )?feed for comments\b.{0,40}|comments (?:rss|feed)|subscribe to comments\b.{0,40})$/iu,
  // "*With additional reporting by …": a credit beside the byline.
  /^\*?(?:with )?additional reporting by \S.{1,80}$/iu,
  // "View this post on Instagram" / "A post shared by X (@x)": an embedded post's frame; "Listen • 3:54": an audio player.
  /^(?:view this post on (?:instagram|facebook)|a post shared by \S.{1,80}|(?:listen|play)\s?[•·|:–-]?\s?\d{1,2}:\d{2})$/iu,
  // "Don't miss the latest news from around Brackmoor. Follow BrackmoorLive on Facebook, X and Instagram.": a social pitch.
  /^(?:don['’]t|never) miss .{1,120} follow \S.{0,40} on (?:facebook|x|twitter|instagram)\b.{0,80}$/iu,
  // "Vous devez être connecté pour commenter.", "Er zijn nog geen reacties. Wees de eerste die reageert!", "Vous avez trouvé une erreur? Signalez-la-nous.",
  // "Heb je een tip voor de redactie?", "Diskutieren Sie mit! Bitte beachten Sie unsere Netiquette.": a thread's and a newsroom's notices.
  /^(?:vous devez être connecté pour commenter|um (?:zu )?kommentieren(?: zu können)?, müssen sie (?:angemeldet|eingeloggt|registriert) sein|(?:you must|you need to) be logged in to (?:comment|post a comment)|du må være (?:innlogget|logget inn) for å kommentere|du måste vara inloggad för att kommentera|du skal være logget ind for at (?:kommentere|deltage i debatten)|reageren kan (?:enkel|alleen) met een (?:geregistreerd |geverifieerd )?account|accedi o registrati per commentare|i commenti sono moderati|пошаљите коментар|er zijn nog geen reacties|no comments yet|noch keine kommentare|aucun commentaire pour (?:le moment|l'instant)|vous avez trouvé une erreur|heb je een tip voor de redactie|have a (?:news )?tip|tips oss om en sak|tipsa oss|tip os)(?!\p{L}).{0,160}$/iu,
  // "[Edited by Camille Roux]": the desk's note closing the text.
  /^\[(?:edited|editing|translated|translation) by [^\]]{2,60}\]$/iu,
  // "Your comment is awaiting moderation.", "Add to favorites": a thread's and a page's notices and tools.
  AWAITING_MODERATION,
  /^(?:add to (?:favou?rites|bookmarks|my list)|save (?:article|story) for later)$/iu,
  // "Reposted from the Valley Gazette with permission.", "Support local news: subscribe at …": a syndication note and the outlet's plea under a shared story.
  /^[*_]?(?:reposted|republished|reprinted|cross-?posted) (?:here )?(?:from|courtesy of|with permission (?:from|of))\b(?:.{1,60}|[^.!?]{1,60}\bwith (?:kind )?permission\b.{0,100})$|^support (?:local|independent|our|quality) (?:news|journalism)\s?[:.!|—–-]/iu,
  // "Сподели във Facebook", "Подели на Фејсбуку": a share button in Cyrillic.
  /^(?:сподели|споделете|подели|поделите|поделиться|поділитися)(?: (?:във|в|на|у))? \S{2,20}$/iu,
  // "Artiklen fortsætter under annoncen", "Story continues below": the advert's place in the text.
  /^(?:artiklen|artikkelen|artikeln|der artikel|the (?:article|story)) (?:fortsætter|fortsetter|fortsätter|geht|continues) (?:under|nedenfor|nedan|weiter|below)\b.{0,30}$/iu,
  // "Click here to sign up for … alerts", "Create a Website Account - Manage notification subscriptions …": sign-up calls.
  /^click here to (?:sign up|subscribe|register)\b.{0,120}$|^create a (?:website |free )?account\b.{0,100}$/iu,
  // "Back to District News", "Read the full transcript", "Check price on Amazon": links out of the story.
  /^back to (?:[\p{L}'’]+ ){0,3}(?:news|articles|blog|stories|posts|press releases)$|^read the (?:full )?transcript$|^(?:check|see|view) (?:the )?(?:latest )?price (?:on|at) \p{L}+$/iu,
  // "Sponsored by … Funeral Home.", "Offer a condolence or memory. …": an obituary page's sponsor and guest-book invitation.
  /^sponsored by .{2,60}\bfuneral (?:home|services?|chapel)\.?$|^(?:offer|leave|share|post|sign) (?:a )?(?:condolence|guest ?book)\b.{0,120}$/iu,
  // "Máte tip na článok? Napíšte nám …", "Have a news tip? …": the newsroom's call for tips.
  /^(?:máte tip|have a (?:news )?tip|got a (?:news )?tip|do you have a (?:news )?tip)\b.{0,120}$/iu,
  // "Styling with Markdown is supported", "Sign in with GitHub": a comment widget's form (giscus, utterances).
  /^(?:styling with markdown is supported|sign in with (?:github|google|facebook|twitter|apple|email))$/iu,
  // "Galerii: 12 fotot", "Galerie: 8 Bilder": a gallery's label with its count of pictures.
  /^(?:galerii|galerie|gallery|galería|galeria|galleria|fotogalerii|fotogalerie|fotogalerija|photo gallery)\s?:\s?\d{1,3} \p{L}+$/iu,
  // Community pages: "All reactions:", "Add message | Report", "OP posts:", "You've reached the end of this thread.", "212 users here now",
  // "Submit a new text post", "Ask me anything", "Ask Name about Hotel", "Date of stay: July 2023": a forum's, a social site's and a review site's furniture.
  /^(?:all reactions:?|add message(?: \| report)?|op posts:?|you['’]ve reached the end of this thread\.?|[\d,.]+k? (?:users|members|readers) (?:here now|online)|submit a new (?:text post|link)|ask me anything|ask \S{2,40} about \S.{1,60}|date of (?:stay|visit|experience): .{3,30})$/iu,
  // "to comment on this thread you need to create a … account": a sign-up call.
  /^to (?:comment|reply|post) (?:\S+ ){0,6}?you (?:need|have) to (?:create|log in|sign in|register)\b.{0,60}$/iu,
  // "Use the comment form below to begin a discussion …", "About the authors: … covers the counties for …": a thread's prompt and the authors' bio line.
  /^use the comment form below\b.{0,100}$|^about the authors?\s?:\s.{10,300}$/iu,
  // "Maging unang magustuhan ito." (WordPress's "Be the first to like this."), "« Nakaraang Post: …": a blog's like widget and post navigation in Tagalog.
  /^(?:maging unang magustuhan ito|be the first to like this)\.?$|^«?\s?(?:nakaraang|susunod na) post:.{0,120}$/iu,
  // "#ashgrove #local history #libraries": a post's tags, each behind its hash.
  /^#[^#\s][^#]{0,40}(?:\s#[^#\s][^#]{0,40}){2,}$/u,
  // "Short link: tchr.ir/x4Kp", "لینک کوتاه: …": the page's own short address.
  /^(?:short ?link|short url|permalink|kurzlink|lien court|لینک کوتاه|رابط مختصر)\s?:\s?\S{4,80}(?:\s+(?:copy|کپی))?$/iu,
  // "Faça login para comentar.", "Veja mais notícias da região no Vale em Foco": a login prompt, a link to the section.
  /^(?:faça login para comentar|inicia sesión para comentar|connectez-vous pour commenter|accedi per commentare|zaloguj się, aby (?:dodać )?komentarz|sie müssen angemeldet sein, um (?:zu )?kommentieren(?: zu können)?|(?:email|print) this (?:story|article|post|page)|لینک کوتاه کپی شد)\.?$|^(?:veja|leia|confira) mais (?:notícias|matérias)\b.{0,80}$|^(?:ver|lee) más noticias\b.{0,80}$/iu,
  // "Facebook Comments Plugin", "Facebook Kommentare-Plugin": the credit under an embedded thread.
  /^facebook (?:comments?|kommentare?|commentaires|comentarios)[ -]?plugin$/iu,
  // "Also post on Facebook", "النشر أيضاً على فيسبوك", "פרסם גם בפייסבוק": the widget's box under the comment field.
  /^(?:also post on facebook|النشر أيضاً على فيسبوك|النشر أيضا على فيسبوك|در فیسبوک هم منتشر شود|פרסם גם בפייסבוק|فیس بک پر بھی پوسٹ کریں)$/iu,
  /^(?:comments (?:on this (?:page|article|story|post) )?(?:are|have been) (?:now )?(?:welcome|moderated|closed|encouraged|disabled|turned off)|(?:veuillez noter que )?les commentaires (?:sont|seront) (?:modérés|fermés)|ready for more\?|(?:this )?discussion (?:is|has been) (?:now )?closed|this (?:topic|thread) (?:was|is|has been) (?:automatically )?closed\b|die kommentarfunktion (?:für diesen artikel |zu diesem artikel )?(?:wurde|ist) (?:deaktiviert|geschlossen)|artiklit ei saa kommenteerida|(?:by (?:posting|adding|submitting) a comment|dodając komentarz|al (?:publicar|enviar) (?:un|tu|su) comentario|en publiant (?:un|votre) commentaire|pubblicando un commento),? (?:you (?:agree|accept)|akceptujesz|aceptas|acepta|vous acceptez|accetti)\b|(?:we|the editors?) reserves? the right\b|(?:to comment|per commentare|pour commenter|para comentar|um zu kommentieren|om te reageren),? (?:you (?:must|need to|have to)|è necessario|(?:il )?(?:vous )?faut|es necesario|müssen sie|moet je)\s(?:[^.!?]{0,30}\s)?(?:log ?in|sign in|register|accedere|effettuare il login|registrarsi|connecter|vous connecter|iniciar sesión|registrarte|anmelden|registrieren|inloggen)\b).*$/iu,
];
/**
 * Phrases that mark a line as a notice (cookies, newsletters, copyright, comment policy) wherever they occur in it.
 * Tested one by one: unanchored, they cannot fail at the first character, and V8 runs one big alternation
 * of them about twice as slowly as the patterns in turn.
 */
export const BOILERPLATE_PHRASES: readonly RegExp[] = [
  // Whole lines that open with a wildcard, which would scan every line inside BOILERPLATE_LINE, run here only on lines holding their key:
  // the publisher's note "Harbour Watch is a nonprofit newsroom that …"; a credit beside the byline, "WMVR's Lena Morrow contributed
  // data analysis for this story."; a blog's notes, "… reblogged this from …", "… liked this".
  /^\S.{0,60} is an? (?:independent,? )?(?:nonprofit|non-profit|not-for-profit) (?:newsroom|news organi[sz]ation|news outlet|news site)\b.*$/iu,
  // "Did you find this article useful? Follow The Bulletin on Facebook …": after a question to the reader the pitch
  // must end the line ("Follow the money on Facebook, one fan wrote, …" is a sentence).
  /^[^.!?]{1,80}\?\sfollow (?:us|\S+(?: \S+){0,2}) on (?:twitter|x|facebook|instagram|youtube|linkedin|threads|tiktok)(?:(?:,| and| &) (?:twitter|x|facebook|instagram|youtube|linkedin|threads|tiktok))*(?: for (?:more|the latest|updates|daily)\b[^.!?]{0,60})?[.!]?$/iu,
  /^\S.{1,60} contributed (?:reporting|research|data analysis|to this (?:story|report|article))\b.{0,60}$/iu,
  /^\S{2,40} (?:reblogged this from \S{2,40}|liked this)$/iu,
  /\btheme:\s.*\bby\b/iu,
  /\ball rights reserved\b|^riproduzione riservata\b/iu,
  // "Küldés e-mailben   BlogThis!   Megosztás az X-en": Blogger's share row, in any language.
  /\bblogthis!/iu,
  // "The audio version of this article is generated by text-to-speech …", "… is republished here under a Creative Commons license", "Our Privacy Notice explains …".
  /\b(?:audio version of this (?:article|story)|republished (?:here )?under a creative commons|our privacy (?:notice|policy) explains|become an? (?:[\p{L}'’-]+ ){0,2}(?:supporter|patron|member|subscriber) (?:from|for|today))\b/iu,
  // "Yorumlar moderatör onayından sonra yayınlanır.", "Zapisz się do naszego newslettera …": a comment policy and a newsletter pitch in Turkish and Polish.
  /moderatör onayından sonra|zapisz się do (?:naszego )?newslettera|تبصرہ کرنے کے لیے لاگ ان|تبصروں سے متفق ہونا ضروری نہیں/iu,
  // "NOTE: Article by … cannot be reproduced partially or fully without written permission.": the page's copyright notice.
  /\b(?:reproduced|republished|reprinted) .{0,60}\bwithout (?:the )?(?:prior )?(?:written )?(?:permission|consent|authori[sz]ation)\b/iu,
  /\b(?:we use cookies|this (?:web)?site uses cookies|uses cookies to|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|verwendet cookies)\b/iu,
  /\b(?:sign up (?:for|to) (?:our|the)|subscribe to (?:our|the)) (?:\w+ )?(?:newsletter|daily|weekly|briefing|updates)\b/iu,
  // The rest of the .gov banner: "A .gov website belongs to an official government organization …", "A lock ( ) or https:// means you've safely connected …".
  /\b(?:a \.gov website belongs to an official government organization|means you['’]ve safely connected to the \.gov website)\b/iu,
  // A paywall's notice inside the text: "You've reached your limit of free articles.", "This article is available to … subscribers."
  /\b(?:you['’]ve reached your (?:limit|maximum) of free (?:articles|stories)|you have reached your (?:limit|maximum) of free (?:articles|stories)|this (?:article|story) is (?:available|reserved) (?:only )?(?:to|for) (?:\S+ ){1,4}subscribers)\b/iu,
  // "… website contains only a portion of the news stories offered to subscribers …": a wire's note on its own site.
  /\b(?:news stories|stories|content) offered to (?:its )?subscribers\b/iu,
  /\breserves the right (?:not )?to (?:block|remove|delete|edit|ban|publish)\b/iu,
  // "About Us Contact Terms of Use Privacy Policy Do Not Sell or Share My Personal Information": a footer's links run together.
  /\bdo not sell (?:or share )?my (?:personal )?(?:info|information|data)\b/iu,
  /\b(?:has been|was|have been) (?:edited|condensed|shortened) for (?:length|clarity|brevity)\b/iu,
  /\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b/iu,
  /\b(?:delivered (?:straight )?to your inbox|news and offers from|on behalf of (?:our )?trusted partners|by (?:submitting your (?:information|email|details)|signing up|subscribing)|(?:you|i) agree to (?:the|our) terms|by providing (?:an|your) e-?mail(?: address)?)\b/iu,
  /\breceives? (?:financial )?support from\b.{1,80}\b(?:foundation|grant)/iu,
  /\b(?:we may (?:earn|receive) (?:a|an)? ?(?:small )?(?:affiliate )?commission|earn (?:a|an) (?:affiliate )?commission|affiliate[ -](?:links?|commission)|(?:is|are) (?:supported|funded) by (?:its |our )?(?:audience|readers))\b/iu,
  /\bctrl ?\+ ?enter\b/iu,
  // "… is listener-supported.", "To plant trees in memory …": a podcast's and an obituary page's pleas.
  /\b(?:is|are) (?:reader|listener|viewer|member)-(?:supported|funded)(?:\.|$)|\b(?:join|support) (?:us|the show) on patreon\b|\bsupported by (?:listeners|readers|viewers|members|patrons) on (?:our )?patreon\b|\bplant (?:a )?trees? in (?:memory|honou?r)\b/iu,
  // "Коментарите са на читателите …", "הנהלת האתר אינה אחראית לתוכן התגובות", "Уредништво задржава право да коментаре не објави",
  // "Iruzkinak moderatuak dira.", "Редакція може не поділяти точку зору автора.", "…si prečítajte pravidlá diskusie.": comment and column disclaimers in more languages.
  /pravidlá diskusie|porušujúce pravidlá|வாசகர்களின் கருத்துகள்|கருத்துகளைக் காண|коментарите (?:са|се)|পাঠকের মন্তব্য|เว็บไซต์นี้ใช้คุกกี้|ใช้คุกกี้เพื่อ|^ตั้งค่าคุกกี้$|^ยอมรับทั้งหมด$|אינה אחראית לתוכן התגובות|задржава право да коментар|iruzkinak moderatu|(?:редакція|редакция) (?:може|может) не (?:поділяти|разделять)|колонка є формою блогу/iu,
  // "Reproduction of this news item is allowed when … the source is mentioned.": the outlet's reprint terms.
  /\breproduction of this (?:news item|article|story|material|content|news)\b/iu,
  // "Warning: this website is blocked in Belarus. Use a VPN or our mirror sites …": an exiled outlet's notice to its readers at home.
  /\b(?:this (?:web)?site is blocked in|use a vpn\b|(?:our|the) mirror sites?\b)/iu,
  // "… is recognised as an "extremist formation" by the authorities. Sharing our materials … may be dangerous.": the same outlet's warning.
  /\b(?:recogni[sz]ed|designated|declared|labell?ed) (?:as )?(?:an? )?["“]?(?:extremist|undesirable|foreign agent)\b|\bsharing our (?:materials|content|articles|posts)\b/iu,
  // "Manama Gazette, Al Hoora Publishing House, PO Box 1402, Manama": the publisher's postal address in the footer.
  /^[^.!?]{0,100}\bp\.? ?o\.? box \d{1,6}\b[^.!?]{0,80}$/iu,
  /\b(?:is|are) an? reader-supported (?:publication|newsletter)\b|\bfree,? (?:and )?reader-supported\b|\b(?:is|are) (?:a )?non-?profit and reader-(?:funded|supported)\b|\bplease consider (?:a gift|a donation|donating|making a donation|becoming a (?:member|supporter|donor))\b/iu,
  /\bthe views expressed by (?:readers|commenters|users)\b|\b(?:opinions|views) expressed (?:in|on) (?:the |this |these )?(?:comments?(?: section)?|forum|discussion)\b/iu,
  // "Get breaking news from across Ghana delivered to your phone.", "… Click here to join.": a messenger channel's pitch under its "Follow us on WhatsApp".
  /\bdelivered (?:straight )?to your (?:phone|mobile)\b|\bclick here to join\b/iu,
  // "Have something to say? Letters to the editor should be 250 words or fewer …", "Want to respond? Send your letter (max. 500 words) to …":
  // the letters page's terms under an op-ed.
  // "Audio playback is not supported on your browser. Please upgrade.": a newsletter's audio player, saved as text.
  /\bletters to the editor should be\b|\bsend (?:us )?your letter\b|^audio playback is not supported on your browser\b/iu,
  // "The views expressed by contributing columnists are their own", "Opinions expressed are those of the author": an op-ed page's disclaimer.
  /\b(?:the views|opinions) expressed (?:here |in this (?:article|piece|post|publication|paper|analysis|commentary|op-ed) |in (?:these )?(?:letters|columns|opinion pieces) |by (?:contributing )?(?:columnists|contributors|writers|authors|the author) )?are (?:those of the (?:authors?|writers?|contributors?|columnists?)|the authors?(?:'|’)s? own|(?:his|her|their) own|solely those of)\b|\bthis (?:article|story) is an? (?:\p{L}+ )?translation of\b/iu,
  /\b(?:geben nicht (?:notwendigerweise |unbedingt )?die meinung der redaktion wieder|(?:do not|don't) necessarily reflect the views|son de exclusiva responsabilidad de sus autores)\b/iu,
  // "The day's most important stories, in your inbox every weekday morning.": a newsletter's pitch.
  /\bin your inbox (?:every|each) (?:weekday|day|morning|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu,
  /\b(?:auto-generated from a syndicated feed|has not been edited by\b.{1,60}\bstaff|has not been (?:reviewed|checked|verified|fact-checked) by an? (?:health|medical|legal|financial) (?:professional|expert)s?)\b/iu,
  /\bis a registered (?:charity|non-?profit)\b/iu,
  /\bjournalism (?:is )?funded (?:through|by)\b|^(?:kindly |please )?share this (?:story|article|post)\s?:?$/iu,
  // "This audio is generated by an AI tool.", "Read a summary of this article on FAST.": a player's and a digest's notes.
  /\bthis audio (?:is|was) (?:generated|created|produced)\b|^read a summary of this (?:article|story)\b.{0,40}$/iu,
  // A reader-contribution call and a comment section's rules: "Get involved with the news in your community", "Please report any comments that break our rules."
  /^(?:get involved with the news\b.{0,60}|send (?:us )?your (?:stories|news|pictures|photos)(?: and (?:photos|pictures|videos))?(?: now| today)?[.!]?)$|\breport any comments that break our (?:rules|guidelines)\b|\bwe want our comments to be\b/iu,
  // A newsletter box and the outlet's plea around it: "Our journalists work hard to provide local news…", "Get the latest news in your inbox", "We care about the protection of your data."
  // "Die wichtigsten Nachrichten … jeden Morgen kostenlos in Ihrem Postfach.": a newsletter's pitch; "Bitte beachten Sie unsere Netiquette.": a thread's rules.
  /\bin (?:ihr(?:em)?|dein(?:em)?) postfach\b|\bnetiquette\b/iu,
  /\b(?:our|the) (?:journalists|reporters|newsroom) works? hard to\b|\bcontinue to access our\b|\bsigned up for (?:our|the)\b.{1,60}\bnewsletters?\b|^(?:get|want)\s.{1,60}\bin(?:to)? your inbox\b[^.!?]{0,60}(?:[.!?](?:\s[^.!?]{0,160}[.!]?)?)?$|^(?:recevez|recibe|ricevi|receba) (?:chaque|cada|ogni) (?:matin|jour|semaine|mañana|día|semana|mattina|giorno|settimana|manhã|dia) l['’]essentiel\b.{0,120}$|\bwe care about (?:the protection of )?your (?:data|privacy)\b/iu,
  /\b(?:you have (?:\d+|one|no) free (?:articles?|stories) (?:left|remaining)|readers like you (?:are|make|keep|have)|keep paywalls away|by sharing this (?:article|story))\b/iu,
  /\b(?:please )?support (?:independent|our|quality) journalism\b/iu,
  /\bdoes not discriminate on the basis of\b/iu,
  // "Komentiranje je za ta članek onemogočeno.": comments switched off, in the languages read.
  /^(?:komentiranje|komentari|kommentarer|komentāri|kommentaarid|komentarai|kommentointi|kommentarsfunktionen|kommentarfunktionen|kommentarfeltet)\s(?:.{0,40}\s)?(?:onemogočeno|isključeni|onemogućeni|lukket|slået fra|stengt|izslēgti|suletud|išjungti|suljettu|avstängd|stängd|deaktivert|disabled|closed)(?:\s.{0,40})?\.?$/iu,
  // "This story has been updated to include comment from …", "Get the biggest stories from the valley straight to your inbox", "Share this Story: <headline>",
  // "Join the conversation" (a link to the thread under the byline), "Editor's note: The Gazette welcomes letters of up to 350 words.".
  /^(?:this (?:story|article|post|report) (?:has been|was) (?:updated|corrected)\b.{0,200}|get (?:the |all the |our )?[^.!?]{0,60}(?:straight |delivered )?(?:to|in) your inbox[.!]?|share this (?:story|article)\s?: .{1,200}|join the conversation|(?:editor['’]s note: )?the [^.!?]{1,40} welcomes letters\b.{0,400})$/iu,
  // "Community guidelines: Be civil. Stay on topic.", "The Local Democracy Reporting Service is a public service news agency funded by …", "Share this update" (a live blog's entry).
  /^(?:community guidelines: .{1,200}|the local democracy reporting service is\b.{0,300}|share this (?:update|post|entry))$/iu,
  // "Comments are powered by giscus and stored in GitHub Discussions.", "Comments on this blog are GitHub issue comments, loaded with utterances.".
  /^comments (?:are powered by|on this (?:blog|site) are)\b.{0,300}$/iu,
  // "Feed You can follow this conversation by subscribing to the comment feed for this post." (TypePad, its feed icon's label first).
  /^(?:feed )?you can follow this conversation by subscribing to the comment feed for this post\.?$/iu,
  // "Verify your Comment", "Previewing your Comment", "Posted by: |": TypePad's comment form under the thread.
  /^(?:verify your comment|previewing your comment|this is only a preview\. your comment has not yet been posted\.|posted by: ?\|)$/iu,
  // "Meld je gratis aan voor onze nieuwsbrief.", "Abonnez-vous à notre newsletter", "Iscriviti alla newsletter": newsletter pitches, translated.
  /^(?:meld je (?:gratis )?aan voor (?:onze|de) nieuwsbrief|abonnez-vous à (?:notre|la) newsletter|suscríbete a (?:nuestro|nuestra|la) (?:boletín|newsletter)|iscriviti alla (?:nostra )?newsletter|assine (?:a nossa|nossa|a) newsletter|zapisz się do (?:naszego )?newslettera|nyhetsbrev:)(?!\p{L}).{0,120}$/iu,
  // "LOG IN WITH" / "OR SIGN UP WITH DISQUS ?": the sign-in box above a Disqus thread.
  /^(?:log in with|or sign up with disqus ?\??|se connecter avec|ou s['’]inscrire avec disqus ?\??)$/iu,
  // "Os comentários estão desativados neste artigo.", "I commenti sono chiusi.", "Los comentarios están cerrados.", "Reageren is niet (meer) mogelijk.", "Komentarze są wyłączone.".
  /^(?:os comentários|los comentarios|i commenti|les commentaires|komentarze|de reacties|reacties)\s(?:.{0,30}\s)?(?:sujetos a moderación|moderados|moderati|modérés|sujeitos a moderação|desativados|desactivados|encerrados|fechados|cerrados|chiusi|disattivati|fermés|désactivés|wyłączone|zamknięte|gesloten|uitgeschakeld)(?:[.,]?\s.{0,200})?\.?$|^reageren is niet(?: meer)? mogelijk\b.{0,60}$/iu,
  // "This story was produced with funding from the Local Journalism Initiative.", "Independent journalism costs money.": funding notes and pleas.
  /\b(?:was|is) produced with (?:funding|support|financial support) from\b|\bjournalism costs money\b|\ba été (?:produit|réalisé) (?:avec|grâce à) (?:l['’]aide|le soutien)\b/iu,
  // "Spotted an error? Report it to our corrections desk.": the outlet's corrections notice.
  /^(?:spotted|found) an? (?:error|mistake|typo)\b.{0,100}$|\bour corrections (?:desk|team|page)\b/iu,
  /\bin ways (?:you(?:'|’)ve|you have) consented to\b|\bwe use your sign-?up to\b/iu,
  // "When using materials, hyperlink to KNA is mandatory.": a wire's reprint condition.
  /\b(?:hyper)?link to\b.{1,60}\b(?:is|are) (?:mandatory|required|obligatory)\b|\b(?:when|if) (?:using|reproducing|quoting) (?:our |the )?materials\b/iu,
  // "This article was made possible in part through the Courier's Regional Reporting Fund.": a funding note.
  /\b(?:was|were|is) made possible (?:in part )?(?:by|through|with)\b.{1,100}\b(?:fund|grant|support|foundation|donors?)\b/iu,
  // "The Local Journalism Initiative is funded by the Government of Canada.", "This coverage is supported by …": who pays for the reporting.
  /\b(?:journalism|reporting|coverage|newsroom)(?: [\p{L}-]+){0,2} (?:is|are) (?:funded|supported) (?:in part )?by\b|\b(?:journalism|reporting) (?:co-?)?funded by\b/iu,
  // "Abonează-te la newsletter", "Tilaa uutiskirje": a short line naming the newsletter is its promotion.
  /^[^.!?]{0,40}(?<!\p{L})(?:newsletter|uutiskirje|hírlevél|nieuwsbrief|boletín|ενημερωτικό δελτίο)(?!\p{L})[^.!?]{0,40}$/iu,
  /\b(?:comments|talkbacks|responses|posts) are (?:subject to (?:moderation|approval|review|our (?:community )?(?:guidelines|rules|terms))|moderated|pre-moderated|reviewed before (?:publication|publishing|they (?:appear|are published)))\b|\bnot responsible for the content of (?:(?:readers'?|users'?|the) (?:comments|responses|talkbacks|posts)|press releases|external (?:sites|websites|links)|third[- ]party (?:sites|websites|content))\b/iu,
  /\b(?:accepteer|acceptez|accepter|akzeptieren sie|acepta|aceite|accetta)\b.{0,20} cookies?\b|\bcookie-?(?:instellingen|einstellungen|paramètres|ajustes|impostazioni|configuración)\b/iu,
  /\b(?:sur un seul appareil à la fois|on (?:only )?one device at a time|auf einem gerät gleichzeitig)\b/iu,
  /(?:все права защищены|при перепечатке|کلیه حقوق|تمامی حقوق|جميع الحقوق محفوظة|(?:tous )?droits réservés|alle rechte vorbehalten|(?:todos )?los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|tüm hakları saklıdır)/iu,
  /\b(?:suscríbete a (?:nuestro|nuestra|el|la) (?:boletín|newsletter)|(?:assine|inscreva-se (?:na|em)) (?:a )?nossa newsletter|iscriviti alla (?:nostra )?newsletter|(?:abonnez|inscrivez)-vous à (?:notre|la) (?:newsletter|lettre d['’]information)|(?:abonnieren sie|bestellen sie) (?:unseren|den) newsletter|(?:schrijf je in|meld je aan) voor (?:onze|de) nieuwsbrief)\b/iu,
  // "Share on Facebook (opens in new tab)": a share link, wherever the page put it.
  /\bopens? in (?:a )?new (?:tab|window)\)?$/iu,
  // "Comments are the views of readers and do not represent …": a comment section's disclaimer.
  /\bcomments (?:(?:do not|don['’]t) (?:necessarily )?)?(?:are|reflect|represent) (?:solely |only )?(?:the )?(?:views|opinions) of\b/iu,
  // "Our free weekday newsletter covers the valley. Sign up here.": a newsletter's pitch, ending in its call.
  /\bnewsletter\b[^.!?]{0,100}[.!?] (?:sign up|subscribe)(?: here| now| today| for free)?[.!]?$/iu,
  // "Yorumlar kullanıcıların kendi görüşleridir.": the same in Turkish, and the site's right to refuse them.
  /\b(?:kullanıcıların kendi görüş|yayınlamama hakkını saklı tutar)/iu,
  // "… join our Telegram group \"…\", click the link below": a channel's promotion asks for a click on its link.
  /\b(?:telegram|whatsapp)\b.{1,160}\b(?:klik|click|clique|clica|clicca|cliquez|tap|tautan|link)\b|\b(?:get|receive) (?:whatsapp|telegram) (?:alerts|updates)\b|\b(?:simak|ikuti|gabung)\b.{1,160}\b(?:whatsapp|telegram)\b|\b(?:klik|click|clique|clicca|tap)\b.{1,160}\b(?:telegram|whatsapp)\b/iu,
  // "التعليقات المنشورة تعبر عن رأي أصحابها": comments state their writers' views, not the site's.
  /تعبر عن رأي (?:أصحابها|كاتبيها)/u,
  // "Mit Ihrem Kommentar stimmen Sie unseren Community-Richtlinien zu.": the same rules in German.
  /\b(?:stimmen sie (?:unseren|unserer|den|der) (?:community-richtlinien|netiquette|nutzungsbedingungen)|beleidigende (?:beiträge|kommentare|postings) werden gelöscht)\b/iu,
  // "Please keep comments respectful and on topic. Read our community guidelines.": the thread's rules.
  /\bkeep (?:your )?(?:comments|the conversation|the discussion) (?:respectful|civil|clean|polite|on[- ]topic|constructive|kind)\b|\b(?:read|respect|follow) (?:our|the) (?:community (?:guidelines|rules)|comment(?:ing)? (?:policy|rules)|house rules)\b/iu,
  // "Maghreb Horizon © 2021 – About – Advertise": a footer's copyright, wherever it stands in the line.
  // (A picture's credit after its caption, "… March 28, 2024. © 2024 Private", stays: no sentence stands before the footer's.)
  /^[^.!?]{0,60}©\s?(?:19|20)\d{2}\b/u,
  /^.{0,30}\bgoogle news\b.{0,30}$/iu,
  // "Çerez Politikası: … çerezler kullanılmaktadır": Turkish cookie notices; the key is "erez" (no ASCII word boundary before "ç").
  /(?:^|\s)çerez(?:ler|leri|lerden|lerle)?[\s,.:]/iu,
  /\b(?:this document is subject to copyright|tag @[\w.]+ on (?:instagram|twitter|x|tiktok))\b/iu,
  /\bthis (?:article|story) (?:first |originally )?(?:appeared|appears|was (?:first |originally )?published|ran) (?:in|on)\b|\bis the subjective opinion of\b|^stack exchange network\b/iu,
  // "The Ledger republishes this story under licence from Reuters.", "This story is free to read. Members fund our journalism": syndication and membership notes.
  /\brepublish(?:es|ed)? this (?:article|story) (?:under (?:licen[cs]e|agreement)|with permission)\b|\bthis (?:article|story) is free to read\b|\b(?:members|readers|subscribers) (?:fund|pay for|make possible) (?:our|this) journalism\b/iu,
  /\b(?:wir )?(?:verwenden|nutzen|nutzt|setzt) cookies\b/iu,
  /\bcookies?\b.{1,120}\b(?:accept|acept|agree|consent|einverstanden|akzept|zustimm|configur|preferen|privacy|datenschutz|tiers|terceros|third|partner|navigat|navega|experience|analytics)/iu,
  /\b(?:we|wir|nous|utilizamos|usamos|this (?:web)?site|diese (?:web)?seite|ce site)\b.{1,40}\bcookies?\b/iu,
  /(?:använder|używa|używamy|používá|používáme|використовує|використовуємо|menggunakan|kullanır|kullanıyoruz|bruker|bruger|käyttää)\s.{0,80}\bcookie|kukilərdən/iu,
];
/** Anchored alternatives fail at the first character, so a combined regex stays cheap (no alternative may open with a wildcard). */
export const BOILERPLATE_LINE = anyOfInParts(BOILERPLATE_LINES);
/**
 * "Mărime text: A-  A+", "Schriftgröße A A A": a text-size widget. Kept out of BOILERPLATE_LINE, which ignores
 * case: there "Harbour a a" (a headline of short words) read as one.
 */
/** The widget's longest form: a 20-character label, its colon and space, and four "A" marks spaced by up to three. */
export const TEXT_SIZE_WIDGET_MAX_CHARS = 40;
export const TEXT_SIZE_WIDGET = /^(?:[\p{L} ]{2,20}:?\s)?A[\-+−]?(?:\s{0,3}A[\-+−]?){1,3}$/v;
/** Every phrase above contains one of these; a plain substring check spares the regex on ordinary lines. */
export const BOILERPLATE_PHRASE_KEYS = wordList('to your phone|to your mobile|click here to join|opinions expressed|letters to the editor should|send your letter|send us your letter|audio playback is not supported|comments are powered by|comments on this blog|comments on this site|community guidelines|local democracy reporting|share this update|share this post|share this entry|nyhetsbrev|kommentarsfunktionen|kommentarfunktionen|kommentarfeltet|has been updated|was updated|has been corrected|was corrected|your inbox|share this story|share this article|join the conversation|welcomes letters|follow this conversation|your comment|posted by|log in with|se connecter avec|os coment|los comentarios|i commenti|les commentaires|komentarze|de reacties|reacties |reageren is niet|do not sell|lettre d|pravidlá diskusie|porušujúce pravidlá|nonprofit|non-profit|not-for-profit|follow|reblogged|liked this|safely connected|government organization|free articles|free stories|subscribers|offered to|theme:|rights reserved|riproduzione|blogthis|audio version|our privacy|become a|reproduced|republished|reprinted|cookie|sign up|subscribe|reserves the right|edited|condensed|shortened|commission|affiliate|supported by|funded by|contributed|support from|inbox|offers|behalf|submitting|agree to|by providing|signing up|subscribing|this article|this story|ctrl|subjective opinion|stack exchange network|listener-supported|viewer-supported|member-supported|reader-funded|plant trees|on patreon|plant a tree|reproduction|extremist|undesirable|foreign agent|sharing our|blocked in|vpn|mirror site|po box|p.o. box|this document|tag @|google news|erez|reader-supported|auto-generated|has not been|geben nicht|necessarily|son de exclusiva|the views expressed|expressed in|expressed on|views of|opinions of|new tab|new window|registered|discriminate|consented|we use your sign|moderat|keep your comments|keep comments|keep the conversation|keep the discussion|community guidelines|iruzkinak moderatu|community rules|comment policy|commenting policy|comment rules|house rules|kullanıcıların kendi|hakkını saklı|reviewed before|stimmen sie|beleidigende|not responsible|link to|hyperlink|materials|made possible|journalism|free article|free stor|readers like you|by sharing|newsletter|boletín|nieuwsbrief|uutiskirje|hírlevél|kukilərdən|appareil|device|gerät|droits réservés|rechte vorbehalten|derechos reservados|diritti riservati|direitos reservados|rechten voorbehouden|hakları saklıdır|telegram|whatsapp|subject to|work hard|works hard|continue to access|signed up|we care|reader-funded|please consider|paywalls|get involved|send your|send us|report any comments|want our comments|this audio|a summary of|journalism|share this|spotted|found a|corrections|produced with|a été produit|a été réalisé|komentiranje|komentari|kommentarer|komentāri|kommentaarid|komentarai|kommentointi|postfach|netiquette|essentiel');
/** Keys outside ASCII that no word boundary (`\b`, ASCII-only) can open: each holds a character above U+007F, so ASCII lines skip their scan. */
export const BOILERPLATE_PHRASE_KEYS_UNBOUNDED = wordList('©|வாசகர்களின் கருத்துகள்|கருத்துகளைக் காண|คุกกี้|ยอมรับทั้งหมด|পাঠকের মন্তব্য|коментарите|אחראית לתוכן|задржава право|може не поділяти|может не разделять|формою блогу|تعبر عن رأي|все права защищены|при перепечатке|ενημερωτικό δελτίο|کلیه حقوق|تمامی حقوق|جميع الحقوق|moderatör onay|zapisz się|تبصرہ کرنے|متفق ہونا');

/**
 * A caption's photo credit: "(Photo: AFP)", "Photo: Reuters", "/ Getty Images", "Foto: dpa", "(Map: County Council)", "PHOTO | COURTESY". A bare
 * "Photo:" credit opens the line or follows punctuation ("… homes. Picture: Tom Fairley"): "the Docker image: 9 minutes" credits no one.
 * The credits are searched on every body line: ASCII patterns without the `u` flag, because
 * case-insensitive Unicode mode makes V8 ~7× slower on them.
 */
export const PHOTO_CREDIT =
  /(?:©\s?[A-Z][^©]{0,60}|\((?:(?:file|handout) )?(?:photo|pic|image|picture|foto|bild|credit|source|quelle|fuente|fonte|photograph|photo credit|map|graphic|illustration|chart|picha|hoto|surat|kuva|slika)s?\s*(?:by\s*)?:?[^)]{0,80}\)|(?:^|[.,;)]\s*|\s[|/–—-]\s*)(?:photo|image|picture|foto|bild|credit|photograph)s?\s*(?:by|courtesy(?: of)?|[:|…]|\.{3})\s*\S.{0,80}|\bgetty images|\/\s?(?:afp|ap|reuters|getty|epa|dpa)|\((?:عکس|عکاس|تصویر|صورة|تصوير|фото)\s?:[^)]{1,60}\)|\((?:prnewsfoto|businesswire|globenewswire|pr newswire)\/[^)]{1,80}\)|\[(?:photo|image|picture|foto)s?\s*:[^\]]{1,80}\]|(?:^|[.!?]\s)(?:photo|picture|pic)\s?\/\s?[A-Z][A-Z.'\- ]{2,40}|(?:[.!?]\s(?:\/\s)?|\s\/\s)(?:supplied|contributed|submitted|handout|file photo))$/i;
/**
 * "(AA photo)", "(file photo)", "(AP Photo/Jo Lane, File)", "(PNA photo by Gerard Tabanao)": whose picture it is (and who took it), in parentheses. Kept apart from PHOTO_CREDIT: beside its
 * "(photo by …)" branch, the linter's overlap check (regexp/no-dupe-disjunctions) takes minutes on the pair.
 */
export const PICTURE_OWNER_CREDIT = /\([a-z ./-]{1,30} (?:photo|image|picture)s?(?:\/[^()]{1,60}| by [^()]{2,60})?\)$/i;
/** "… (Submitted by Julie Arsenault)", "… (Gentileza Cámara de Puertos)", "… (Alexandra Beaulieu/CBC)", "… (Kauno savivaldybės nuotr.)": who supplied or took the picture, in parentheses after the caption. */
export const PARENTHESIZED_CREDIT =
  /\((?:(?:[Ss]ubmitted|[Ss]upplied|[Cc]ontributed) by|[Gg]entileza|[Cc]ortesía(?: de)?|[Cc]ourtesy(?: of)?|(?:[Фф]ото|[Ff]oto|[Pp]hoto) (?:з|із|из|z|ze|from|de|del|da|aus|von)) [^\(\)]{2,60}\)$|\([^\(\)]{2,60} nuotr\.\)$|\(\p{Lu}[\p{L}'’.\-]+(?: \p{Lu}[\p{L}'’.\-]+){1,3}\/\p{Lu}[&\p{L}\p{N}.\-]{1,20}(?: \p{Lu}[\p{L}.\-]+){0,2}\)$/v;
/** "… on March 2, 2021. EFE/Rafael Andrade", "REUTERS/Kevin Lamarque/File Photo": a wire picture's credit (agency in capitals, slash, photographer) closing its caption. */
export const WIRE_PHOTO_CREDIT = /(?:^|[.!?]\s)(?:via )?\p{Lu}{2,10}\s?\/\s?\p{Lu}[\p{Ll}'’\-]+(?: \p{Lu}\.?[\p{Ll}'’\-]*){1,3}(?:\/(?:File(?: Photo)?|Pool))?$/v;
/** "… at the centre of the row Credit: Pulse Pictures / Alex Brennan": a tabloid's credit closing its caption, capitalized after a bare space; "… on Saturday. Courtesy of Tamarack County 4-H". */
export const TRAILING_CREDIT_LABEL = /\s(?:Credit|Picture|Photo|Image|(?:Image|Photo|Picture) credit): [^.!?]{2,60}$|[.!?] Courtesy(?: of)? \p{Lu}[^.!?]{1,60}$/v;
/** "Pictured: The grey bin at the centre of the row": a caption's opening word. */
export const PICTURED_LABEL = /^pictured\s?:\s?\S/iu;
/** Credits in other scripts and spellings: "（佐藤美咲撮影）", "新华社记者 陈晓 摄", "(צילום: …)", "(Φωτ.: Γιώργος Μαρκάκης)", "Kuva: Jenni Kallio", "Ảnh: Ngọc Thành", "(Fotó: …)", "… dzieci. Fot. Jan Nowak", "…ہیں— فوٹو: …", "… Arumeru. Picha na Rehema Mwakyusa". */
/** The words for "photo" in other scripts and languages, before a credit's colon (see WORLD_PHOTO_CREDIT). */
export const WORLD_CREDIT_WORDS = String.raw`grianghraf|dealbh|surat|umfanekiso|mufananidzo|chithunzi|ଫଟୋ|سۈرەت|whakaahua|ifoto|isithombe|suuraa|sawir|sary|àwòrán|llun|mynd|акс|وێنە|छायाचित्र|તસવીર|ਤਸਵੀਰ|చిత్రం|사진|צילום|φωτογραφία|φωτο|φωτ\.|фото|фота|снимка|сурет|зураг|फोटो|तस्वीर|ছবি|படம்|ఫోటో|ಚಿತ್ರ|ചിത്രം|ફોટો|ਫੋਟੋ|ඡායාරූපය|ඡායාරූප|ภาพ|ພາບ|រូបថត|ဓာတ်ပုံ|ፎቶ|ფოტო|լուսանկարը|լուսանկար|写真|图|圖|ảnh|kuva|fotó|zdjęcie|عکس|عکاس|تصویر|تصوير|صورة|فوٹو|انځور`;
export const WORLD_PHOTO_CREDIT = new RegExp(
  String.raw`(?:[（(][^（）()]{0,30}撮影[）)]|\s摄|(?:^|[.,;)։።។۔।]\s*|\s?[-–—]\s|[（(])(?:${WORLD_CREDIT_WORDS})\s?[:：៖፦՝]\s?[^()（）]{1,80}[）)]?|(?:^|[.!?]\s)fot\.\s?:?\s?\S[^()]{1,60}|(?:^|[.!?]\s)picha(?: na|\s?:)\s\S[^()]{1,60})$`,
  'iu',
);
/** "Image caption, Firefighters at the scene", "Bildunterschrift: …", "[Photo] Passengers disembark …", "1 of 2 | Traffic crosses …" (a gallery's counter): a caption behind its label (the label is not part of it). */
export const CAPTION_LABEL = /^(?:(?:(?:image|photo|picture|media|video) caption|bildunterschrift|légende|pie de foto|didascalia|legenda)\s*[,:]|\[(?:photo|image|picture|foto)\]|\d{1,3} (?:of|von|de|di) \d{1,3} ?[|·•])\s*(?=\S)/iu;
/** "Image of a restored floodplain meadow on the River Lune.": a picture's description standing for it. */
export const IMAGE_DESCRIPTION = /^(?:an? )?(?:image|photo|picture|photograph) (?:of|shows|showing)\s[^.!?]{5,200}[.!?]?$/iu;
/** "[Image: Skaters at the old ramp]": a text dump's placeholder for a picture, holding its caption. */
export const imagePlaceholder = (caption: string): string => `[Image: ${caption}]`;
export const BRACKETED_CAPTION = /^\[(?:image|photo|picture|caption)s?\s*:\s*([^\]]{1,300})\]$/iu;
/** An agency in parentheses closing a line: "(AFP)". A body paragraph may end so too, so only short lines count. */
export const AGENCY_CREDIT = /\((?:afp|ap|reuters|getty images|epa|dpa|anadolu|xinhua|shutterstock|istock)[^)]{0,40}\)$/i;

/** A source id printed above the title: "Code : 3912", "News ID: 88213". */
const SOURCE_ID_LABELS = String.raw`(?:ژمارەی هەواڵ|code|id|ref|reference|item id|news id|id članka|raksta id|straipsnio id|artikkelin id|news code|story code|article code|article id|article(?=\s?#)|notice(?=\s?#)|press note no\.?|habar belgisi|خەۋەر نومۇرى|story id|post id|article no\.?|news no\.?|story no\.?|(?:press |news |media )?release (?:number|no\.?)|(?:pressemitteilung|pressemeldung|medienmitteilung) nr\.?|no\.|nr\.?|kennung|artikel-id|artikel id|beitrags-id|artikel-nr\.?|artikelnummer|nachrichten-code|identifiant(?: de l['’]article)?|numéro d['’]article|xəbər id|xəbərin kodu|xəbər kodu|код новости|код новини|id статьи|id новости|номер новости|id новини|šifra vijesti|haber id|haber kodu|id articol|id articolo|id artículo|id del artículo|id artykułu|κωδικός άρθρου|código da matéria|id do artigo|cikkazonosító|מספר כתבה|编号|編號|記事番号|기사번호|کد خبر|د خبر کوډ|شناسه خبر|کد مطلب|رقم الخبر|رمز الخبر|kòd atik|nimewo atik|(?:[^\s:]{2,12} )?(?:आईडी|आयडी|આઈડી|ਆਈਡੀ|ఐడీ|ఐడి|ஐடி|আইডি|ಐಡಿ|ഐഡി))`;
/** "Views: 1 284", "Преглеждания: 1 284": a counter in the page's meta, or beside an article id. */
export const LABELLED_COUNT = /^\p{L}[\p{L} ]{1,20}:\s?\d[\d .,]*$/v;
/** "Article No. 48213": after a number's label the figures may follow with a space only. */
export const SOURCE_ID_LINE = new RegExp(String.raw`^${SOURCE_ID_LABELS}(?:\s*[:#：]\s*|(?<=(?:no|nr|number)\.?) (?=\d))([\w/-](?:[\w./-]{0,38}[\w/-])?)$`, 'iu');
/** "Kategorie: Beskidy, Relacje z wypraw   Tagi: …": the categories a post is filed under, captured (a tag list may follow on the line). */
export const CATEGORY_LIST_LINE =
  /^(?:categories|category|kategorie|kategorien|kategória|kategorije|catégories|categorías|categorie|categorias|filed under)\s?:\s?(\S.{1,120}?)(?=\s(?:tags?|tagi|tagy|tagovi|schlagwörter|étiquettes|etiquetas|etichette|címkék)\s?:|$)/iu;
/** "Tags:" alone on its line, the post's tags under it. */
export const TAGS_LABEL_ONLY = /^(?:entry tags|tags|labels|categories|filed under|topics|schlagwörter|schlagworte|kategorien|étiquettes|etiquetas|etichette|tagi|címkék)\s?:?$/iu;
/** "20417", "HB-2024-031": an id's value on the line under its label. */
export const ID_VALUE = /^(?=[\w/-]*\d)[\w/-]{1,40}$/u;
/** "Release number" alone on its line, its value on the next. */
export const SOURCE_ID_LABEL_ONLY = new RegExp(String.raw`^${SOURCE_ID_LABELS}\s*[:#：]?$`, 'iu');
/** An id line in any digits (read before they are made ASCII): "کد خبر: ۴۵۶۷۸۹". */
export const LABELLED_ID = new RegExp(String.raw`^${SOURCE_ID_LABELS}\s*[:#：]\s*[\p{L}\p{N}/-]{1,40}$`, 'iu');
/** "2024-03-12 07:31 来源：新华社 编号：DF2024031200": an id closing a date line, set apart by a space only. */
export const TRAILING_SOURCE_ID = new RegExp(String.raw`\s${SOURCE_ID_LABELS}\s*[:#：]\s*([\w/-]{1,40})$`, 'iu');

/** "Published", "Veröffentlicht": the labels of a publication date (before "on"/"am" and the date, or alone in a segment). */
export const PUBLISHED_LABELS = 'published|posted|veröffentlicht|publié|publicado|pubblicato';

/** "7 Replies", "Leave a comment": a post's comment link in its meta, under the headline or in its meta row. */
export const COMMENT_LINK = /^(?:(?:\d{1,5}|no|one) (?:replies|reply|comments?|responses?)|leave a (?:comment|reply)|コメント\s?[（(]?\d{1,5}件[）)]?|댓글\s?\d{1,5}개?|评论\s?[（(]?\d{1,5}[）)]?)$/iu;

/** Bylines: "By Jane Doe", "Von Max Muster", "Posted by …", "Written by …", "Author : Jane Doe", "Teksti: Aino Heikkilä". */
export const BYLINE_PREFIX =
  /^(?:(?:by|von|par|por|door|di|av|af|minn|nga|eftir|oleh|deur|gan|daga|nosoratan['’]i|láti ọwọ́|site n['’]aka|yanditswe na|nā):?|(?:wolemba|awtor|مۇخبىر|ରିପୋର୍ଟ|ଲେଖକ|qoraa|qore|qillqaq|tekstur|texti|gabaasaa|barreessaa|panulis|муаллиф|хабарнигор|نووسەر|نووسینی|mpanoratra|umbhali|umwanditsi|otè|kaituhi|akọ̀ròyìn|અહેવાલ|લેખક|ਰਿਪੋਰਟ|ਲੇਖਕ|రిపోర్టర్|రచన|प्रतिनिधी|वार्ताहर|autori|avtor|avtorji|autorka|autorzy|forfatter|skribent|kirjoittaja|toimittaja|autorius|autors|авторы|авторлар|συντάκτης|συντάκτρια|συντάκτες|szerző|szerzők|napisao|napisala|napisali|piše|napisał|napisała|napsal|napsala|penulis|tác giả|phóng viên|כתב|כתבה|כתבת)\s?:|(?:teksti|tekst)\s?:|isinulat ni|ผู้เขียน\s?:|रिपोर्ट\s?:|โดย|द्वारा\s?:?|লিখেছেন\s?:?|(?:της|του)(?=\s\p{Lu})|írta:?|מאת|\[personal profile\]|\[info\]|post author(?: by)?|written by|posted by|submitted by|post by|(?:analysis|commentary|forecast(?: discussion)?|column|essay|feature) by|(?:an? )?guest (?:post|column|essay|blog) by|beitrag von|story by|words by|(?:words|text|story) and (?:photos|photographs|pictures|images) by|reporting by|reported by:?|(?:match )?report by|article by|interview(?:ed)? by|text(?: by)?\s?:|words\s?:|autor(?:in)?\s?:|authors?\s?:|yazan\s?:|muhabir\s?:|verfasst von|eingetragen von|geschrieben von|publié par|publicado por|автор\s?:|аутор\s?:|текст\s?:|ავტორი\s?:|հեղինակ\s?:|pewarta\s?:|penulis\s?:?|reporter\s?:|contributors?\s?:|contributed by|müəllif\s?:|muallif\s?:|аўтар\s?:|зохиогч\s?:|сурвалжлагч\s?:|пишува\s?:|лікавал\s?:|لیکوال\s?:|लेखक\s?:|ደራሲ\s?:|ដោយ|ໂດຍ|بقلم:?|كتبت?:?|تحرير\s?:|haber\s?:|گزارش\s?:|نوشته شده توسط|ავტორები\s?:|نویسنده\s?:|نوشته:?|خبرنگار\s?:)[:：៖]?\s+(\S.*)$/iu;

/**
 * "Per Jordi Vilanova", "Nga Arben Dervishi", "Oleh Nurul Aisyah", "Ni Jhoanna Dimaculangan" (Tagalog), "Na Baraka Mwakyusa"
 * (Swahili), "Troch Sjoukje Hoekstra" (Frisian), "Le Máirtín Ó Flatharta" (Irish), "NaTatenda Chikwanha" (Shona, glued): lead words that are common words too ("Per això…", "Nga ana e saj…", "Oleh-oleh…", "Na Rais …"), a byline's
 * only before capitalized names ("Ni", "Na", "Troch" and "Le" only before a whole line of them). Case-sensitive:
 * under the i flag \p{Lu} matches every letter.
 */
export const NAME_LEAD_PREFIX = /^(?:[Pp]er|PER|[Nn]ga|NGA|de)\s(?=\p{Lu}\S*\s\p{Lu})|^(?:Ngu-?|Na)(?=\p{Lu}\p{Ll}+\s\p{Lu})|^(?:[Oo]leh|OLEH):?\s(?=\p{Lu})|^(?:Ni|NI|Na|NA|Pa|PA|[Tt]roch|[Ll]e)\s(?=\p{Lu}\S*(?:\s\p{Lu}\S*){1,3}$)/v;

/** Byline prefixes no headline starts with (unlike "By", "Von", "Par": "Von der Leyen warns…"). */
export const UNAMBIGUOUS_BYLINE_PREFIX =
  /^(?:(?:written|posted|submitted|story|words|reporting|reported|report|article|interview|interviewed|text|contributed) by:?|(?:words|text|story) and (?:photos|photographs|pictures|images) by|(?:verfasst|eingetragen|geschrieben) von|publié par|publicado por|autor(?:in)?\s?:|author\s?:)\s/iu;

/** News agencies and wire services: vocabulary, used to tell an agency from an author or a place. */
export const AGENCIES = wordList('共同通信|時事通信|新华社|新華社|中新社|연합뉴스|뉴시스|Associated Press|Australian Associated Press|The Canadian Press|Canadian Press|Press Association|Press Trust of India|United News of India|Philippine News Agency|News Agency of Nigeria|Ghana News Agency|Kenya News Agency|Agence France-Presse|Agence France Presse|Reuters|AP|AFP|APA|dpa|DPA|Xinhua|Bloomberg|ANI|PTI|IANS|UNI|EFE|ANSA|Yonhap|Kyodo|TASS|RIA Novosti|Interfax|IRNA|ISNA|Mehr|Tasnim|Fars|Anadolu|Anadolu Agency|KNA|epd|SDA|KUNA|WAM|SPA|QNA|MENA|BNA|UNB|BSS|Trend|RFE/RL|CNA|Bernama|Antara|PA|PA Media|CP|AAP|NTB|TT|ČTK|PAP|Ukrinform|BTA|Armenpress|Europa Press|Servimedia|Efe|ots|KNA|ایرنا|ایسنا|ایلنا|فارس|مهر|تسنیم|ایبنا|أ ش أ|واس|قنا|وام|كونا|سانا|بترا|भाषा|एजेंसी|Lusa|Hina|TASR|STA|ELTA|LETA|BNS|STT|Ritzau|Tanjug|FoNet|AGERPRES|MTI|UzA|Kazinform|MONTSAME|News.az|Staff|Staff Writer|Staff Reporter|Correspondent|Agencies|Wire Services|Combined Sources|Wires');

/** "… | 12 Comments", "… No Comments", "… Leave a comment": a comment counter at the end of a meta line. */
// ASCII words and BMP separators: no `u` flag, which makes case-insensitive matching several times slower in V8 (this runs on every short line).
export const TRAILING_COMMENT_COUNT = /\s*(?:[|•·—–-]\s*)?(?:(?:\d+|no|one) (?:comments?|responses?|kommentare?)|leave a (?:comment|reply))$/i;

/** Labels of an update line ("Updated", "Aktualisiert", "Atualizado"…): the date after them is no publish date. */
export const UPDATE_LABELS = 'updated|modified on|నవీకరణ|अपडेट|અપડેટ|ਅੱਪਡੇਟ|diweddarwyd|aktualiséiert|dagført|மாற்றம் செய்த நாள்|last updated?|last modified|actualitzat|zadnja posodobitev|posodobljeno|viimati uuendatud|uuendatud|atnaujinta|atjaunots|ažurirano|aktualizované|oppdatert|opdateret|päivitetty|frissítve|actualizat|ενημερώθηκε|τελευταία ενημέρωση|ενημέρωση|עודכן|अपडेटेड|cập nhật|수정|uppdaterad|aktualizacja|aktualizováno|оновлено|diperbarui|yenilənib|zuletzt aktualisiert|aktualisiert|actualizado|atualizado|mis à jour|modifié le|aggiornato|laatst bijgewerkt|bijgewerkt|aangepast|laatste update|อัปเดตล่าสุด|อัปเดต|güncelleme|güncellenme|обновлено|изменено|përditësuar|ажурирано|обновено|aġġornat|uppfært|atjaunināts|განახლდა|թարմացվել է|жаңартылды|yangilandi|шинэчилсэн|абноўлена|aktualizirano|bygewerk|opgedateer|ನವೀಕರಿಸಲಾಗಿದೆ|ପରିବର୍ତ୍ତିତ|ଅପଡେଟ';
/** Labels of a date line in the languages Winnow reads: "Published:", "Veröffentlicht am", "تاریخ انتشار:". */
const DATE_LABELS = String.raw`(?:reply #\d{1,5} on|ପ୍ରକାଶିତ|gepubliseer|foillsichte|foilsithe|filed|edere ya|ప్రచురణ|પ્રકાશિત|ਪ੍ਰਕਾਸ਼ਿਤ|பதிவு செய்த நாள்|வெளியிடப்பட்டது|شائع|објавено|প্রকাশ(?:িত)?|আপডেট|প্রকাশের সময়|প্রকাশিত হয়েছে|imesasishwa|ilichapishwa|inilathala|na-update|julkaistu|δημοσιεύθηκε|δημοσίευση|פורסם|प्रकाशित|입력|közzétéve|publikálva|publicat|发布时间|发布|發佈|公開|掲載|publish(?:ing)? (?:date|time)|publication date|post date|date (?:published|of publication)|release date|published|posted|first published|date|veröffentlicht|erschienen|erstellt|stand|publié|publié le|publicado|publicat el|data publicării|data actualizare|data actualizării|pubblicato|gepubliceerd|เผยแพร่|giriş tarihi|giriş|publiziert|publicerad|publicerat den|publicerat|publisert|publiceret|opublikowano|publikováno|опубліковано|diterbitkan|dərc edilib|oluşturulma tarihi|yayın tarihi|yayınlanma tarihi|yayınlanma|güncelleme tarihi|опубликовано|نشر في|نُشر في|آخر تحديث|تاريخ النشر|تاریخ انتشار|تاریخ|ultimo aggiornamento|publikuar më|publikuar|objavljeno|објављено|publikované|publicēts|paskelbta|avaldatud|birt|ippubblikat|публикувано|გამოქვეყნდა|հրապարակվել է|жарияланды|e['’]lon qilindi|нийтэлсэн|нийтлэгдсэн|апублікавана|an wallafa|argitaratua|cyhoeddwyd|منتشر شده|خپور شوی|د خپرېدو نېټه|د خپرولو نېټه|تاریخ نشر|የታተመ|ចុះផ្សាយ|පළ කළේ|${UPDATE_LABELS})`;

/** "Published: …", "تاریخ انتشار: …": a labelled date line, even when its date is in a form no parser reads;
 * "Actualitzat a les 11:30 h": a label and a time of day only. */
export const LABELLED_DATE_LINE = new RegExp(String.raw`^${DATE_LABELS}(?:\s*:\s*\S.{0,60}|\s(?:(?:a les|a las|às|à|at|um|alle|om) )?\d{1,2}[:.h]\d{2}(?: ?h| ?[ap]\.?m\.?)?)$`, 'iu');

/** Prefixes that announce a date line: "Published: …", "Updated …", "Veröffentlicht am …". */
export const DATE_LINE_PREFIX = new RegExp(String.raw`^${DATE_LABELS}(?: on| am| le)?\s*:?\s*`, 'iu');

/** Gregorian month names in Arabic and Persian, mapped to English so the date parser reads them. */
export const FOREIGN_MONTHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/يناير|کانون الثاني|ژانویه|جنوری/gu, 'January'],
  [/فبراير|شباط|فوریه|فروری/gu, 'February'],
  [/مارس|آذار|مارچ/gu, 'March'],
  [/أبريل|ابريل|إبريل|نيسان|آوریل|اپریل/gu, 'April'],
  [/مايو|أيار|مه(?=\s\d)|مئی/gu, 'May'],
  [/يونيو|يونيه|حزيران|ژوئن|جون/gu, 'June'],
  [/يوليو|يوليه|تموز|ژوئیه|جولائی/gu, 'July'],
  [/أغسطس|اغسطس|اوت|اگست/gu, 'August'],
  [/سبتمبر|أيلول|سپتامبر|ستمبر/gu, 'September'],
  [/أكتوبر|اكتوبر|تشرين الأول|اکتبر|اکتوبر/gu, 'October'],
  [/نوفمبر|تشرين الثاني|نوامبر|نومبر/gu, 'November'],
  [/ديسمبر|كانون الأول|دسامبر|دسمبر/gu, 'December'],
];

/** Month names of some sixty languages, in Latin, Cyrillic, Greek, Hebrew, Armenian, Georgian, Ethiopic, Arabic (Pashto), Indic and Southeast Asian scripts, with their English ones ("14 de abril de 2024", "13 mrt 2023", "14 апреля 2024", "9 ta' Lulju 2024", "13 avr. 2023"). */
const EUROPEAN_MONTH_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['जानेवारी|જાન્યુઆરી|ਜਨਵਰੀ|జనవరి|ಜನವರಿ|ജനുവരി|ဇန်နဝါရီ|januwari|jenụwarị|ọnwa mbụ|mutarama|amajjii|kohitātea|janaayo|janoary|ionawr|janvye|oṣù ṣẹ̀rẹ́|oṣù kìíní|январи|کانوونی دووەم|urtarril(?:a|aren|ean|eko)|জানুয়ারি|জানুয়ারী|มกราคม|ม\\.ค\\.|januar|január|januára|januarja|sausio|janvāris|janvārī|jaanuar|siječnja|gener|януари|enero|gennaio|janeiro|januari|ocak|stycznia|ledna|yanvar|январ[яь]|січня|ianuarie|január|tammikuuta|ιανουαρίου|ιανουάριος|जनवरी|հունվարի?|იანვარ\\p{L}*|janúar|ב?ינואר|ஜனவரி|ஜன|қаңтар|janar|jannar|јануари|јануар|студзеня|janairu|ጃንዋሪ|جنوري|ජනවාරි|មករា|ມັງກອນ|eanáir|xaneiro|januarie|janv\\.?|ene\\.|gen\\.|jannewaris|eyomqungu|ndira|januwale|faoilleach|fhaoilleach|ଜାନୁଆରୀ|يانۋار|ýanwar', 'January'],
  ['फेब्रुवारी|ફેબ્રુઆરી|ਫਰਵਰੀ|ਫ਼ਰਵਰੀ|ఫిబ్రవరి|ಫೆಬ್ರವರಿ|ഫെബ്രുവരി|ဖေဖော်ဝါရီ|februwari|febụwarị|ọnwa abụọ|gashyantare|guraandhala|hui-tanguru|febraayo|feberaayo|febroary|chwefror|fevriye|oṣù èrèlè|oṣù kejì|феврали|شوبات|otsail(?:a|aren|ean|eko)|ফেব্রুয়ারি|ফেব্রুয়ারী|กุมภาพันธ์|ก\\.พ\\.|pebrero|februar|február|februára|februarja|vasario|februāris|februārī|veebruar|veljače|febrer|февруари|febrero|febbraio|fevereiro|februari|şubat|lutego|února|fevral|феврал[яь]|лютого|februarie|február|helmikuuta|φεβρουαρίου|φεβρουάριος|फ़रवरी|फरवरी|փետրվարի?|თებერვალ\\p{L}*|febrúar|ב?פברואר|பிப்ரவரி|பிப்|ақпан|shkurt|frar|фебруар|лютага|fabrairu|ፌብሩዋሪ|فبروري|පෙබරවාරි|កុម្ភៈ|ກຸມພາ|feabhra|febreiro|févr\\.?|fév\\.|fev\\.?|febrewaris|eyomdumba|kukadzi|febuluwale|gearran|ghearran|ଫେବୃଆରୀ|ଫେବ୍ରୁଆରୀ|فېۋرال|fewral', 'February'],
  ['માર્ચ|ਮਾਰਚ|మార్చి|ಮಾರ್ಚ್|മാർച്ച്|မတ်|matshi|mashi|maachị|ọnwa atọ|werurwe|bitootessa|poutū-te-rangi|poutūterangi|maarso|martsa|mawrth|mäerz|oṣù ẹrẹ̀nà|oṣù kẹta|марти|ئازار|martxo(?:a|aren|ean|eko)|মার্চ|มีนาคม|มี\\.ค\\.|machi|marso|marts|mars|martā|marec|marca|kovo|märts|ožujka|març|marzo|março|maart|mrt|mart|maret|marca|března|марта?|березня|martie|március|maaliskuuta|μαρτίου|μάρτιος|मार्च|մարտի?|მარტ\\p{L}*|ב?מרץ|மார்ச்|மார்|наурыз|marzu|март|сакавіка|maris|ማርች|مارچ|මාර්තු|មីនា|ມີນາ|márta|eyokwindla|kurume|malichi|màrt|mhàrt|ମାର୍ଚ୍ଚ|مارت', 'March'],
  ['एप्रिल|એપ્રિલ|ਅਪ੍ਰੈਲ|ਅਪਰੈਲ|ఏప్రిల్|ಏಪ್ರಿಲ್|ഏപ്രിൽ|ဧပြီ|ephreli|eprel|ọnwa anọ|mata|ebla|paenga-whāwhā|paengawhāwhā|abriil|aprily|ebrill|abrëll|oṣù igbe|oṣù kẹrin|апрели|نیسان|apiril(?:a|aren|ean|eko)|এপ্রিল|เมษายน|เม\\.ย\\.|aprili|apríl|apríla|aprila|balandžio|aprīlis|aprīlī|aprill|travnja|abril|април|aprile|nisan|kwietnia|dubna|aprel|апрел[яь]|квітня|aprilie|április|huhtikuuta|απριλίου|απρίλιος|अप्रैल|ապրիլի?|აპრილ\\p{L}*|ב?אפריל|ஏப்ரல்|ஏப்|сәуір|prill|красавіка|afrilu|ኤፕሪል|اپرېل|අප්‍රේල්|មេសា|ເມສາ|aibreán|avr\\.?|abr\\.?|utshazimpuzi|kubvumbi|epulo|giblean|ghiblean|ଏପ୍ରିଲ|ئاپرېل', 'April'],
  ['મે|ਮਈ|మే|ಮೇ|മേയ്|മെയ്|မေ|meyi|ọnwa ise|gicurasi|caamsaa|haratua|maajo|mey|oṣù ẹ̀bibi|oṣù karùn-ún|майи|ئایار|maiatz(?:a|aren|ean|eko)|মে|พฤษภาคม|พ\\.ค\\.|máj|mája|maja|gegužės|maijs|maijā|svibnja|maig|maj|mayo|maggio|maio|mei|mayıs|maja|května|ма[яй]|травня|május|toukokuuta|μαΐου|μάιος|मई|մայիսի?|მაის\\p{L}*|maí|ב?מאי|மே|мамыр|mejju|мај|may|траўня|мая|mayu|ሜይ|مۍ|මැයි|ឧសភា|ພຶດສະພາ|bealtaine|मे|mag\\.?|maaie|ucanzibe|eyecanzibe|chivabvu|cèitean|chèitean|ମେ|ماي|maý', 'May'],
  ['જૂન|ਜੂਨ|జూన్|ಜೂನ್|ജൂൺ|ဇွန်|juun|ọnwa isii|kamena|waxabajjii|pipiri|jona|mehefin|oṣù òkúdu|oṣù kẹfà|июни|حوزەیران|ekain(?:a|aren|ean|eko)|জুন|มิถุนายน|มิ\\.ย\\.|hunyo|jún|júna|junij|junija|birželio|jūnijs|jūnijā|juuni|lipnja|juny|юни|junio|giugno|junho|haziran|czerwca|června|iyun|июн[яь]|червня|iunie|június|kesäkuuta|ιουνίου|ιούνιος|जून|հունիսի?|ივნის\\p{L}*|júní|ב?יוני|ஜூன்|маусым|qershor|ġunju|јуни|јун|чэрвеня|yuni|ጁን|جون|ජූනි|មិថុនា|ມິຖຸນາ|meitheamh|xuño|junie|giu\\.?|eyesilimela|chikumi|ògmhios|ଜୁନ|ئىيۇن|iýun', 'June'],
  ['जुलै|જુલાઈ|ਜੁਲਾਈ|జూలై|జులై|ಜುಲೈ|ജൂലൈ|ဇူလိုင်|julayi|julaị|ọnwa asaa|nyakanga|adooleessa|hōngongoi|luulyo|jolay|gorffennaf|jiyè|oṣù agẹmọ|oṣù keje|июли|تەممووز|uztail(?:a|aren|ean|eko)|জুলাই|กรกฎาคม|ก\\.ค\\.|julai|hulyo|júl|júla|julij|julija|liepos|jūlijs|jūlijā|juuli|srpnja|juliol|юли|julio|luglio|julho|temmuz|lipca|července|iyul|июл[яь]|липня|iulie|július|heinäkuuta|ιουλίου|ιούλιος|जुलाई|հուլիսի?|ივლის\\p{L}*|júlí|ב?יולי|ஜூலை|шілде|korrik|lulju|јули|јул|ліпеня|yuli|ጁላይ|جولای|ජූලි|កក្កដា|ກໍລະກົດ|iúil|xullo|julie|juil\\.?|lug\\.?|eyekhala|chikunguru|iuchar|ଜୁଲାଇ|ئىيۇل|iýul', 'July'],
  ['ऑगस्ट|ઓગસ્ટ|ਅਗਸਤ|ఆగస్టు|ఆగస్ట్|ಆಗಸ್ಟ್|ഓഗസ്റ്റ്|ആഗസ്റ്റ്|ဩဂုတ်|သြဂုတ်|agasti|ọgọọst|ọnwa asatọ|kanama|(?<=\\d )out(?=,? \\d{4})|hagayya|here-turi-kōkā|hereturikōkā|agoosto|aogositra|awst|oṣù ògún|oṣù kẹjọ|августи|ئاب|abuztu(?:a|aren|ean|eko)|আগস্ট|สิงหาคม|ส\\.ค\\.|agosti|agosto|augustus|augusti|kolovoza|agustus|ağustos|sierpnia|srpna|avqust|августа?|серпня|augusztus|elokuuta|αυγούστου|αύγουστος|अगस्त|օգոստոսի?|აგვისტო\\p{L}*|ágúst|ב?אוגוסט|ஆகஸ்ட்|тамыз|gusht|awwissu|август|avgust|жніўня|agusta|ኦገስት|اګست|අගෝස්තු|សីហា|ສິງຫາ|lúnasa|ogos|eyethupa|nyamavhuvhu|ogasiti|lùnastal|ଅଗଷ୍ଟ|ئاۋغۇست|awgust', 'August'],
  ['सप्टेंबर|સપ્ટેમ્બર|ਸਤੰਬਰ|సెప్టెంబర్|సెప్టెంబరు|ಸೆಪ್ಟೆಂಬರ್|സെപ്റ്റംബർ|စက်တင်ဘာ|septhemba|ọnwa itoolu|nzeri|fulbaana|mahuru|sebtembar|septambra|medi|septanm|oṣù owewe|oṣù kẹsàn-án|сентябри|ئەیلوول|irail(?:a|aren|ean|eko)|সেপ্টেম্বর|กันยายน|ก\\.ย\\.|septemba|setyembre|septembra|rugsėjo|septembris|septembrī|rujna|setembre|септември|septiembre|setiembre|settembre|setembro|eylül|września|září|sentyabr|сентябр[яь]|вересня|septembrie|szeptember|syyskuuta|σεπτεμβρίου|σεπτέμβριος|सितंबर|सितम्बर|սեպտեմբերի?|სექტემბერ\\p{L}*|ב?ספטמבר|செப்டம்பர்|செப்|қыркүйек|shtator|settembru|септембар|sentabr|верасня|satumba|ሴፕቴምበር|سپتمبر|සැප්තැම්බර්|កញ្ញា|ກັນຍາ|meán fómhair|sett\\.?|set\\.|septimber|eyomsintsi|gunyana|seputembala|sultain|ସେପ୍ଟେମ୍ବର|سېنتەبىر|sentýabr', 'September'],
  ['ऑक्टोबर|ઓક્ટોબર|ਅਕਤੂਬਰ|అక్టోబర్|అక్టోబరు|ಅಕ್ಟೋಬರ್|ഒക്ടോബർ|အောက်တိုဘာ|okthoba|ọktoba|ọnwa iri(?! na)|ukwakira|onkoloolessa|onkololeessa|whiringa-ā-nuku|whiringaānuku|oktoobar|hydref|oktòb|oṣù ọ̀wàrà|oṣù kẹwàá|октябри|تشرینی یەکەم|urri(?:a|aren|ean|eko)|অক্টোবর|ตุลาคม|ต\\.ค\\.|oktoba|oktubre|október|októbra|oktobra|oktobar|spalio|oktobris|oktobrī|oktoober|octubre|октомври|ottobre|outubro|ekim|października|října|oktyabr|октябр[яь]|жовтня|octombrie|október|lokakuuta|οκτωβρίου|οκτώβριος|अक्टूबर|հոկտեմբերի?|ოქტომბერ\\p{L}*|ב?אוקטובר|அக்டோபர்|அக்|қазан|tetor|ottubru|октобар|oktabr|кастрычніка|ኦክቶበር|اکتوبر|ඔක්තෝබර්|តុលា|ຕຸລາ|deireadh fómhair|ott\\.?|out\\.|eyedwarha|gumiguru|okutobala|dàmhair|ଅକ୍ଟୋବର|ئۆكتەبىر|oktýabr', 'October'],
  ['नोव्हेंबर|નવેમ્બર|ਨਵੰਬਰ|నవంబర్|నవంబరు|ನವೆಂಬರ್|നവംബർ|နိုဝင်ဘာ|ọnwa iri na otu|ugushyingo|sadaasa|whiringa-ā-rangi|whiringaārangi|nofembar|novambra|tachwedd|novanm|oṣù bélú|oṣù kọkànlá|ноябри|تشرینی دووەم|azaro(?:a|aren|ean|eko)|নভেম্বর|พฤศจิกายน|พ\\.ย\\.|novemba|nobyembre|novembra|novembar|lapkričio|novembris|novembrī|studenoga|studenog|novembre|ноември|noviembre|novembro|kasım|listopada|listopadu|noyabr|ноябр[яь]|листопада|noiembrie|marraskuuta|νοεμβρίου|νοέμβριος|नवंबर|नवम्बर|նոյեմբերի?|ნოემბერ\\p{L}*|nóvember|ב?נובמבר|நவம்பர்|қараша|nëntor|novembru|новембар|лістапада|nuwamba|ኖቬምበር|نومبر|නොවැම්බර්|វិច្ឆិកា|ພະຈິກ|samhain|novimber|eyenkanga|mbudzi|novembala|ନଭେମ୍ବର|نويابىر|noýabr', 'November'],
  ['डिसेंबर|ડિસેમ્બર|ਦਸੰਬਰ|డిసెంబర్|డిసెంబరు|ಡಿಸೆಂಬರ್|ഡിസംബർ|ဒီဇင်ဘာ|ọnwa iri na abụọ|ukuboza|muddee|hakihea|desembar|desambra|rhagfyr|desanm|oṣù ọ̀pẹ̀|oṣù kejìlá|декабри|کانوونی یەکەم|abendu(?:a|aren|ean|eko)|ডিসেম্বর|ธันวาคม|ธ\\.ค\\.|desemba|disyembre|desember|decembra|decembar|gruodžio|decembris|decembrī|detsember|prosinca|desembre|декември|diciembre|dicembre|dezembro|aralık|desember|grudnia|prosince|dekabr|декабр[яь]|грудня|decembrie|joulukuuta|δεκεμβρίου|δεκέμβριος|दिसंबर|दिसम्बर|դեկտեմբերի?|დეკემბერ\\p{L}*|ב?דצמבר|டிசம்பர்|டிச|желтоқсан|dhjetor|diċembru|децембар|снежня|disamba|ዲሴምበር|دسمبر|දෙසැම්බර්|ធ្នូ|ທັນວາ|nollaig|decembro|disember|déc\\.?|dic\\.?|dez\\.?|desimber|eyomnga|zvita|disembala|dùbhlachd|ଡିସେମ୍ବର|دېكابىر', 'December'],
];
/** A whole word among `names`: `\b` knows only ASCII letters, so letter look-arounds bound Cyrillic words too. */
const wholeWord = (names: string): string => String.raw`(?<!\p{L})(?:${names})(?!\p{L})`;
/** Those month names → English, for the English date parser; built on first use (see `lazy`). */
export const EUROPEAN_MONTHS = lazy((): ReadonlyArray<readonly [RegExp, string]> =>
  EUROPEAN_MONTH_NAMES.map(([names, english]) => [new RegExp(wholeWord(names), 'giu'), english] as const),
);
/** Any of those month names: the cheap test before the replacements. */
export const EUROPEAN_MONTH_NAME = new RegExp(wholeWord(EUROPEAN_MONTH_NAMES.map(([names]) => names).join('|')), 'iu');
/** "14 de abril de 2024 a las 19:05", "14 aprile 2024 alle 19:05", "12 marzo 2024 alle ore 12:40", "14 апреля 2024 г. в 19:05", "9 ta' Lulju 2024", "11 ga Maris, 2024": the words between the parts. */
export const EUROPEAN_DATE_JOINERS = /\s(?:de|del|ta['’]|ga)\s(?=\p{L}|\d{4})|\sd['’](?=\p{L})|(?<=\d{4}) f['’](?=\d)|(?<=\d{4}) г\.(?=\s|,|$)|\s(?:a las|a la|a les|às|[àвоu]|во|alle ore|alle|all'|ore|om|um|saat|kl\.|o godz\.)\s/giu;

/** "GİRESUN", "NEW DELHI": a place in capitals on a line of its own. */
export const UPPER_CASE_PLACE = /^\p{Lu}[\p{Lu}\p{M}'’.\-]*(?: \p{Lu}[\p{Lu}\p{M}'’.\-]*){0,2}$/v;

/** "Q:" / "A:" interview turns and similar dialogue lines never open comments. */
export const INTERVIEW_TURN = /^(?:q|a|frage|antwort)\s*:/iu;

/** Breadcrumb trails: "Home > World > Europe", "News » Politics". */
// "Sei qui:", "Vous êtes ici :", "Sie sind hier:": the trail's label, in the languages that print one.
const YOU_ARE_HERE = String.raw`(?:[Yy]ou are here|[Ss]ei qui|[Vv]ous êtes ici|[Ss]ie sind hier|[Uu]sted está aquí|[Ee]stás aquí|[Vv]ocê está aqui|[Uu] bent hier|[Jj]esteś tutaj|[Jj]ste zde|[Nn]acházíte se|[Nn]alazite se|[Nn]ahajate se|[Dd]u er her|[Dd]u är här|[Oo]let tässä|[Вв]ы здесь|[Вв]и тут|[Bb]uradasınız) ?:\s?`;
/** A trail the page labels as one ("Sei qui: Home / Cronaca / …"): its slashes are no credit's. */
export const BREADCRUMB_LABEL = new RegExp(`^${YOU_ARE_HERE}`, 'u');
export const BREADCRUMB = new RegExp(
  String.raw`^(?:${YOU_ARE_HERE})?\S[^>»›＞]{0,40}(?:\s[>»›＞/]\s[^>»›＞]{1,40}){1,6}$|^(?:${YOU_ARE_HERE})?\S[^>»›＞/]{0,40}(?:\s[>»›＞/]\s[^>»›＞/]{1,40}){0,5}\s[>»›＞/]\s[^>»›＞/]{41,140}$`,
  'u',
);

/**
 * Lines a video player or a site banner prints, short and many (tested apart from BOILERPLATE_LINE, on short
 * lines only: inside that one big alternation they slowed the scan of every line): Video.js's controls
 * ("Video Player is loading.", "Current Time 0:00", "captions off, selected", "This is a modal window.") and the
 * banner over every U.S. government site ("An official website of the United States government", "Here's how you know").
 */
export const PLAYER_OR_BANNER_LINE = anyOf([
  /^(?:video player is loading\.?|play video|play|pause|current time \d{1,2}:\d{2}|duration(?: time)? \d{1,2}:\d{2}|loaded: \d{1,3}(?:\.\d+)?%|progress: \d{1,3}(?:\.\d+)?%|stream type live|seek to live, currently (?:behind|playing) live|remaining time -?\d{1,2}:\d{2}|\d(?:\.\d{1,2})?x|playback rate|chapters|descriptions|captions|subtitles|audio track|picture-in-picture|(?:chapters|descriptions|captions|subtitles)(?: settings, opens (?:captions|subtitles) settings dialog| off, selected)|this is a modal window\.?|beginning of dialog window\. escape will cancel and close the window\.|end of dialog window\.|close modal dialog|no compatible source was found for this media\.)$/iu,
  /^(?:an official website of the united states government|here['’]s how you know|official websites use \.gov|secure \.gov websites use https)$/iu,
]);

/** Any heading after which the article region is furniture: one scan for the three lists above. */
export const TAIL_MARKER = anyOf([BODY_TAIL_MARKER, COMMENT_SECTION_HEADING, READ_ALSO_LABEL]);

