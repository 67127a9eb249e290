import { toLines } from '#core/lines';
import { replyAddressee } from '#core/patterns';
import { isAvatarInitial, readCommentHeader } from '#core/steps/readCommentHeader';

/** Reads the header at the first line of a short inline text. */
const headerOf = (...rows: string[]): ReturnType<typeof readCommentHeader> => readCommentHeader(toLines(rows.join('\n')), 0);

describe('Function: readCommentHeader', () => {
  it('reads no header from the comment form\'s "Name" field over the first comment\'s header', () => {
    expect(headerOf('Name', '', '• Kaveh_1357 · 3 years ago', 'Sanctions on drone parts.')).toBeNull();
  });

  it('reads a talkback\'s "Name (17/04/2019 08:05)", the time in parentheses after the name', () => {
    expect(headerOf('David (17/04/2019 08:05)', 'Good news, but who vets these companies?')).toEqual(
      expect.objectContaining({ author: 'David', postedAt: '2019-04-17T08:05:00' }),
    );
  });

  it('reads a guest\'s "~pen name" stamped with its date on one line', () => {
    expect(headerOf('~kierowca z Suchanina 14.03.2024, 10:41', 'Oczywiście, że potrwa dłużej.')).toEqual(
      expect.objectContaining({ author: 'kierowca z Suchanina', postedAt: '2024-03-14T10:41:00' }),
    );
  });

  it('reads a pen name stamped with a date and its time ("Huchtinger seit 1974 12.03.2024 um 17:21 Uhr"), and "A antwortete B"', () => {
    // Act
    const pen = headerOf('Huchtinger seit 1974 12.03.2024 um 17:21 Uhr', 'Endlich!');
    const oneWord = headerOf('Baumfreundin 12.03.2024 um 19:05 Uhr', 'Und die Bäume?');
    const reply = headerOf('Redaktion antwortete Baumfreundin 13.03.2024 um 08:14 Uhr', 'Es werden 63 Bäume ersetzt.');
    const label = headerOf('Aktualisiert 13.03.2024 um 08:14 Uhr', 'Die Bahn fährt ab Juli.');

    // Assess
    expect([pen, oneWord, reply, label]).toEqual([
      expect.objectContaining({ author: 'Huchtinger seit 1974', postedAt: '2024-03-12T17:21:00' }),
      expect.objectContaining({ author: 'Baumfreundin' }),
      expect.objectContaining({ author: 'Redaktion', replyTo: 'Baumfreundin' }),
      null,
    ]);
  });

  it('reads "replied to X" between a name and its date, a commenter\'s town set apart after the name (but "X from Town" is the name signed), and OpenWeb\'s "Name 5h"', () => {
    // Act
    const replied = headerOf('m.kowalski', 'replied to LakeEffectLarry', 'Feb 20, 2024 6:02 PM', 'Same in Port Clinton.');
    const town = headerOf('Rajesh Shenoy - Whitefield Mar 09, 2024 at 07:02 pm IST', 'Finally.');
    const signed = headerOf('Reza from Canada Mar 09, 2024 at 07:02 pm', 'Finally.');
    const glued = headerOf('coastal_eng_retired 3h', 'Nourishment works well when the sand matches.');

    // Assess
    expect([replied, town, signed, glued]).toEqual([
      expect.objectContaining({ author: 'm.kowalski', replyTo: 'LakeEffectLarry' }),
      expect.objectContaining({ author: 'Rajesh Shenoy' }),
      expect.objectContaining({ author: 'Reza from Canada' }),
      expect.objectContaining({ author: 'coastal_eng_retired' }),
    ]);
  });

  it('reads a commenter who gives no name ("A reader from Bushehr") over the date, and a forum rank with a post count between name and date', () => {
    // Act
    const reader = headerOf('A reader from Bushehr', '2019/03/04 - 09:45', 'Please also write about the air.');
    const member = headerOf('#2  travel_mama', 'Member · 37 posts', 'April 14, 2023 / 11:48', 'We visited in March with the kids.');

    // Assess
    expect([reader, member]).toEqual([
      expect.objectContaining({ author: 'A reader from Bushehr', postedAt: '2019-03-04T09:45:00' }),
      expect.objectContaining({ author: 'travel_mama', span: 3, postedAt: '2023-04-14T11:48:00' }),
    ]);
  });

  it('reads "Name:" over a date line as a header, but not a date label such as "Updated:"', () => {
    // Act
    const named = headerOf('Renate Vollmer:', '2024-03-12 17:48', 'Schön, dass das Rad weiterläuft!');
    const label = headerOf('Updated:', '2024-03-12 17:48', 'The mill reopened on Saturday.');

    // Assess
    expect([named, label]).toEqual([expect.objectContaining({ author: 'Renate Vollmer', span: 2, postedAt: '2024-03-12T17:48:00' }), null]);
  });

  it('reads "Name | date | Reply" with the date in another language, and "A replied to B" as whom the comment answers', () => {
    // Act
    const plain = headerOf('Carmen G. | 15 de febrero de 2024 09:27 | Responder', 'Seis bares me parecen demasiados.');
    const reply = headerOf('Javier Ortega respondió al comentario de Carmen G. | 15 de febrero de 2024 12:02 | Responder', 'A mí me parece bien.');

    // Assess
    expect([plain, reply]).toEqual([
      expect.objectContaining({ author: 'Carmen G.', postedAt: '2024-02-15T09:27:00', replyTo: null }),
      expect.objectContaining({ author: 'Javier Ortega', postedAt: '2024-02-15T12:02:00', replyTo: 'Carmen G.' }),
    ]);
  });

  it('reads a name and a date in another language with no separator between them, also glued together (Blogger\'s text dump)', () => {
    // Act
    const spaced = headerOf('Paolo da Belluno 13 marzo 2024 alle ore 08:47', 'Bel resoconto, grazie.');
    const glued = headerOf('Chiara B.12 marzo 2024 alle ore 12:40', 'Che meraviglia!');
    const gluedNumeric = headerOf('Anonimo13/03/2024 18:02', 'Attenzione al tratto attrezzato.');

    // Assess
    expect([spaced, glued, gluedNumeric]).toEqual([
      expect.objectContaining({ author: 'Paolo da Belluno', postedAt: '2024-03-13T08:47:00' }),
      expect.objectContaining({ author: 'Chiara B.', postedAt: '2024-03-12T12:40:00' }),
      expect.objectContaining({ author: 'Anonimo', postedAt: '2024-03-13T18:02:00' }),
    ]);
  });

  it('reads Disqus\'s "➦ stat_nerd_42" under a name as whom the reply answers', () => {
    expect(headerOf('    Marcus Bell  Mod', '    ➦ stat_nerd_42', '    2 days ago', '    Thanks, you are right.')).toEqual(expect.objectContaining({ author: 'Marcus Bell', replyTo: 'stat_nerd_42' }));
  });

  it('reads Drupal\'s "Enviado por X el …" in Spanish, and takes no control above it for a subject', () => {
    // Act
    const plain = headerOf('Enviado por Vicent el Mié, 13/03/2024 - 19:22', 'Enlace permanente', 'Ya era hora.');
    const afterControls = headerOf('Denunciar', 'Enviado por Carmen R. el Mié, 13/03/2024 - 20:05', 'Lo mismo digo.');

    // Assess
    expect([plain, afterControls]).toEqual([expect.objectContaining({ author: 'Vicent', postedAt: '2024-03-13T19:22:00' }), null]);
  });

  it('reads a Disqus reply with its arrow and addressee on the line under the name, "Sam Coombs" / "→ Pat Eaton • 3 months ago"', () => {
    expect(headerOf('    Sam Coombs', '    →  Pat Eaton • 3 months ago', '', '    Half slush by the time it gets to the boat.')).toEqual(
      expect.objectContaining({ author: 'Sam Coombs', replyTo: 'Pat Eaton', span: 2 }),
    );
  });

  it('skips the badges "Tamu" (guest) and "Penulis" (author) under the name, and reads "Balas ke X" as whom the reply answers', () => {
    expect(headerOf('    Agus Permana', '    Tamu', '    Balas ke Budi Santoso', '    14 Maret 2024 12:47', '    Setuju, kang.')).toEqual(
      expect.objectContaining({ author: 'Agus Permana', postedAt: '2024-03-14T12:47:00' }),
    );
  });

  it('skips the author\'s badge between "Name sagt:" and the date ("Beitragsautor")', () => {
    expect(headerOf('    Tobias Reindl sagt:', '    Beitragsautor', '    28. Juli 2019 um 14:02', '    Danke dir, Andrea!')).toEqual(
      expect.objectContaining({ author: 'Tobias Reindl', postedAt: '2019-07-28T14:02:00', span: 3 }),
    );
  });

  it('reads a handle closed by an initial ("Kerstin_W.") over "Antwort auf Kommentar von X" and the date', () => {
    expect(headerOf('Kerstin_W.', 'Antwort auf Kommentar von Hinterlandbürger', '12.03.2024, 15:40 Uhr', 'Geflickt wurde, weil kein Geld da war.')).toEqual(
      expect.objectContaining({ author: 'Kerstin_W.', replyTo: 'Hinterlandbürger', postedAt: '2024-03-12T15:40:00' }),
    );
  });

  it('reads "Name 3 years ago · 2 likes" (Squarespace), and a job line between the name and the time (Ghost)', () => {
    // Act
    const liked = headerOf('Margaret Ashby 3 years ago · 2 likes', 'My dad worked there from 1952 until the end.');
    const withJob = headerOf('Dylan Kerr', 'Network engineer', '1 month ago', 'Worth mentioning Unbound as a next step.');

    // Assess
    expect([liked, withJob]).toEqual([expect.objectContaining({ author: 'Margaret Ashby' }), expect.objectContaining({ author: 'Dylan Kerr', span: 3 })]);
  });

  it('reads giscus\'s "name replied on <date> · Author", the badge after the date', () => {
    expect(headerOf('    mcastellano replied on Feb 19, 2024 · Author', '', '    Same on the Stockholm run.')).toEqual(expect.objectContaining({ author: 'mcastellano', postedAt: '2024-02-19' }));
  });

  it('reads "Name / Town / date" with slashes between the parts', () => {
    expect(headerOf('Emre K. / Izmir / 02.12.2021 12:14', 'My salary was worth half as much by December.')).toEqual(expect.objectContaining({ author: 'Emre K.', postedAt: '2021-12-02T12:14:00' }));
  });

  it('reads a talkback\'s "Dana (03.15.22)" under its numbered title, and not without the title', () => {
    // Act
    const titled = readCommentHeader(toLines(['2. Why build the plant there?', 'Dana (03.15.22)', 'So the jobs go abroad.'].join('\n')), 1);
    const bare = headerOf('Dana (03.15.22)', 'So the jobs go abroad.');

    // Assess
    expect([titled, bare]).toEqual([expect.objectContaining({ author: 'Dana', postedAt: '2022-03-15' }), null]);
  });

  it('reads "└ Name · 4 hours ago", a reply\'s corner before the name', () => {
    expect(headerOf('└ Ana Marie Lopez · 4 hours ago', '  Even the flower vases in the backyard.')).toEqual(expect.objectContaining({ author: 'Ana Marie Lopez', marker: '└' }));
  });

  it('reads an outline number "1.1" before the name, the comment\'s own number last', () => {
    expect(headerOf('1.2 Rutendo N.', '7 February 2024 at 11:02', 'True, but the rate will go up.')).toEqual(expect.objectContaining({ author: 'Rutendo N.', marker: 'number', number: 2 }));
  });

  it('reads "↳ Name · antwoord op X" over the date as a reply to X', () => {
    expect(headerOf('  ↳ Marloes82 · antwoord op Henk van den Berg', '  12 maart 2024 om 11:31', '  Dat ding gaat toch gewoon in de tas?')).toEqual(
      expect.objectContaining({ author: 'Marloes82', replyTo: 'Henk van den Berg', postedAt: '2024-03-12T11:31:00' }),
    );
  });

  it('reads a numbered "1. Name said:" header as strong, with its number', () => {
    // Act
    const header = headerOf('  1. Ann Lee said:', '      The ferry was late again.');

    // Assess
    expect(header).toEqual(
      expect.objectContaining({ at: 0, span: 1, author: 'Ann Lee', indent: 2, marker: 'number', number: 1, postedAt: null, strength: 'strong' }),
    );
  });

  it('takes a date line under a numbered header into the header', () => {
    // Act
    const header = headerOf('3. Bo said:', 'March 3, 2019 at 10:12 am', 'Agreed with every word.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ span: 2, author: 'Bo', number: 3, postedAt: '2019-03-03T10:12:00' }));
  });

  it.each(['•', '○', '□', '☆', '-', '*'])('reads a bulleted "%s Name said:" header with its bullet as marker', (bullet) => {
    // Act
    const header = headerOf(`${bullet} Ann Lee said:`, 'Nice.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'Ann Lee', marker: bullet, number: null, strength: 'strong' }));
  });

  it('nests a header under a printed "level N" line by N-1 indentation steps', () => {
    // Prepare
    const lines = toLines(['level 1', 'gull_counter', '· 2 yr. ago', 'Text.', '', 'level 3', 'ropewalk_ann', '· 1 yr. ago', 'Reply text.'].join('\n'));

    // Act
    const first = readCommentHeader(lines, 1);
    const third = readCommentHeader(lines, 5);

    // Assess
    expect(first).toEqual(expect.objectContaining({ author: 'gull_counter', indent: 0 }));
    expect(third).toEqual(expect.objectContaining({ author: 'ropewalk_ann', indent: 8 }));
  });

  it('reads a name over "OP · 2 yr. ago" as that name, and never takes the badge for an author', () => {
    // Act
    const underName = headerOf('quay_watcher', 'OP · 2 yr. ago', 'The relief boat is booked.');
    const badgeLine = headerOf('Mod • 3 hours ago', 'Please keep it civil.');

    // Assess
    expect(underName).toEqual(expect.objectContaining({ author: 'quay_watcher', span: 2 }));
    expect(badgeLine).toBeNull();
  });

  it('reads "handle" / "→ Full Name" / "• date" (Disqus) with the full name as the addressee, and a date line\'s weekday as nobody', () => {
    expect(headerOf('hydro_kate', '→ Brent Oduya', '• Tuesday, May 14, 2024 10:15 AM', '', 'They catch a lot.')).toEqual(expect.objectContaining({ author: 'hydro_kate', replyTo: 'Brent Oduya', span: 3 }));
    expect(headerOf('• Tuesday, May 14, 2024 10:15 AM', '', 'They catch a lot.')).toBeNull();
  });

  it('reads "Name" / "Mod" / the addressee set in a little deeper / the date (Disqus without its arrow)', () => {
    expect(headerOf('    Margaret Hale', '    Mod', '      Peter Crane', '    2 years ago', '', '    Peter, that is exactly it.')).toEqual(expect.objectContaining({ author: 'Margaret Hale', replyTo: 'Peter Crane', span: 4 }));
  });

  it('reads "Name" / town / "replied to X" / date with the town as a note, not the addressee', () => {
    expect(headerOf('Priya Nair', 'Kochi', 'replied to Rakesh Sharma', 'Mar 14, 2024, 08:02 PM IST', 'Agreed.')).toEqual(expect.objectContaining({ author: 'Priya Nair', replyTo: 'Rakesh Sharma', span: 4 }));
  });

  it('takes no sign-off over a closing date ("Liebe Grüße aus Bielefeld" / the date) for a commenter', () => {
    expect([headerOf('Liebe Grüße aus Bielefeld', '5. Februar 2024 um 19:48', 'Antworten Löschen'), headerOf('Best wishes, Ann', 'March 3, 2024 at 6:40 PM')]).toEqual([null, null]);
  });

  it('reads "Name says" over the date (a theme that prints the verb without its colon) as that name', () => {
    expect(headerOf('Yosef Marr says', 'June 18, 2024 at 9:12 pm', 'My grandfather kept the key.')).toEqual(expect.objectContaining({ author: 'Yosef Marr', postedAt: '2024-06-18T21:12:00' }));
  });

  it('reads a name over "Author Apr 4, 2023" (Medium\'s badge before the date, no separator) as that name and date', () => {
    expect(headerOf('Tomas Wirth', 'Author Apr 4, 2023', 'Ha, I promise I did not make it up.')).toEqual(expect.objectContaining({ author: 'Tomas Wirth', postedAt: '2023-04-04', span: 2 }));
  });

  it('reads "Name" over a day without its year ("Mar 14"), keeping month and day for the article\'s year', () => {
    // Act
    const header = headerOf('Fergus Dale', 'Mar 14', 'My grandfather was a pilot here.', 'Like (8)');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'Fergus Dale', span: 2, postedAt: null, postedMonthDay: '03-14' }));
  });

  it.each([
    ['tidegauge 4 hours ago | next [–]', 'tidegauge', 0],
    ['kelpforest 4 hours ago | parent | next [–]', 'kelpforest', 4],
    ['tidegauge 3 hours ago | root | parent | next [–]', 'tidegauge', 8],
  ])('reads "%s" (author, time, thread links) as strong, nested by its parent and root links', (line, author, indent) => {
    // Act
    const header = headerOf(line, 'A reply in the thread.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author, indent, strength: 'strong' }));
  });

  it('reads a forum post line under its "Re: subject" line as one header, with the date', () => {
    // Act
    const header = headerOf('Re: Mackerel off the north pier', 'Post by shorelinepete » Mon Jul 08, 2024 9:15 pm', 'Were they close in?');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'shorelinepete', span: 2, postedAt: '2024-07-08T21:15:00' }));
  });

  it('reads "Name commented on <date>" without a colon, but not a sentence that starts the same way', () => {
    // Act
    const dated = headerOf('Karen commented on April 15, 2024 at 8:02 am', 'What about winter?');
    const sentence = headerOf('Karen commented on the plan', 'What about winter?');
    const datedSentence = headerOf('Karen commented on April 15, 2024.', 'The council replied a week later.');

    // Assess
    expect(dated).toEqual(expect.objectContaining({ author: 'Karen', postedAt: '2024-04-15T08:02:00', strength: 'strong' }));
    expect(sentence).toBeNull();
    expect(datedSentence).toBeNull();
  });

  it('reads "Name <date> Reply" on one line, the reply link left out', () => {
    // Act
    const header = headerOf('Nare Petrosyan April 15, 2024 at 9:15 am Reply', 'Winter stays the same.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'Nare Petrosyan', postedAt: '2024-04-15T09:15:00' }));
  });

  it('reads WordPress "Name says:" with the date line below as strong', () => {
    // Act
    const header = headerOf('Ann Lee says:', 'August 3, 2019 at 4:11 am', 'The pier needs a lift.', 'Reply');

    // Assess
    expect(header).toEqual(expect.objectContaining({ span: 2, author: 'Ann Lee', marker: null, postedAt: '2019-08-03T04:11:00', strength: 'strong' }));
  });

  it('reads a WordPress header with the name on the line before "says:"', () => {
    // Act
    const header = headerOf('Ann Lee', 'says:', 'August 3, 2019 at 4:11 am', 'The pier needs a lift.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ span: 3, author: 'Ann Lee', postedAt: '2019-08-03T04:11:00', strength: 'strong' }));
  });

  it('reads a German "Name sagt:" header with "28. Juli 2019 um 13:39"', () => {
    // Act
    const header = headerOf('Klaus Bär sagt:', '28. Juli 2019 um 13:39', 'Der Radweg ist viel zu schmal.', 'Antworten');

    // Assess
    expect(header).toEqual(expect.objectContaining({ span: 2, author: 'Klaus Bär', postedAt: '2019-07-28T13:39:00' }));
  });

  it('reads a German "Name schreibt:" header', () => {
    // Act
    const header = headerOf('Jutta schreibt:', 'Das stimmt so nicht.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'Jutta', marker: null }));
  });

  it('reads the outlet answering under its own name over "2 weeks ago · 0 Likes"', () => {
    expect(headerOf('The Harbour Dispatch', '2 weeks ago · 0 Likes', 'We will cover it when they do.')).toEqual(expect.objectContaining({ span: 2, author: 'The Harbour Dispatch' }));
  });

  it('reads a Blogger "Name" line followed by a date line as a weak header', () => {
    // Act
    const header = headerOf('Moth Watcher', 'June 4, 2021 at 9:15 AM', 'Lovely catch this week.', 'ReplyDelete');

    // Assess
    expect(header).toEqual(expect.objectContaining({ span: 2, author: 'Moth Watcher', postedAt: '2021-06-04T09:15:00', strength: 'weak' }));
  });

  it('reads "Name • 3 years ago" with no absolute date', () => {
    // Act
    const header = headerOf('tidewatcher • 3 years ago', 'Same thing happened here.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ span: 1, author: 'tidewatcher', postedAt: null }));
  });

  it('reads "Name" over a relative date line "33 minutes ago"', () => {
    // Act
    const header = headerOf('Priya', '33 minutes ago', 'Thanks for the update.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'Priya', postedAt: null, span: 2 }));
  });

  it('returns null for a "said:" that closes a body sentence', () => {
    // Act
    const header = headerOf('The head of the dockworkers’ union, Rob Tate, said:', '“We will not accept this.”');

    // Assess
    expect(header).toBeNull();
  });

  it('returns null for "said:" in the middle of a sentence', () => {
    // Act
    const header = headerOf('An adviser to the minister said: the plan is on hold until spring.');

    // Assess
    expect(header).toBeNull();
  });

  it('returns null for an interview turn', () => {
    // Act
    const header = headerOf('Q: What did you say:', 'A: Nothing at all.');

    // Assess
    expect(header).toBeNull();
  });

  it('returns null for an ordinary prose line', () => {
    // Act
    const header = headerOf('The bridge will close for repairs in the first week of May.', 'Drivers should use the ring road.');

    // Assess
    expect(header).toBeNull();
  });

  it('returns null for a control line such as "Reply" above a date', () => {
    // Act
    const header = headerOf('Reply', 'June 4, 2021');

    // Assess
    expect(header).toBeNull();
  });

  it('returns null past the end of the lines', () => {
    // Act
    const header = readCommentHeader(toLines('One line'), 5);

    // Assess
    expect(header).toBeNull();
  });

  it('reads the date between the name and the verb ("Ann Lee on March 3, 2019 at 10:12 am said:")', () => {
    // Act
    const header = headerOf('Ann Lee on March 3, 2019 at 10:12 am said:', 'Great news for the village.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'Ann Lee', postedAt: '2019-03-03T10:12:00', strength: 'strong' }));
  });

  it('reads a French header with the date before the colon and a lower-case name', () => {
    // Act
    const header = headerOf('Un habitant du quai a écrit le 16/11/2023 à 11h47 :', 'Enfin une bonne nouvelle.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'Un habitant du quai', strength: 'strong' }));
    expect(header?.postedAt).toBe('2023-11-16T11:47:00');
  });

  it('reads "▲ 12 ▼ Name 2 hours ago" vote-widget headers', () => {
    // Act
    const header = headerOf('▲ 12 ▼ OldStandFan 2 hours ago', 'What a finish.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'OldStandFan', postedAt: null, strength: 'medium' }));
  });

  it('reads "▲ 31 ▼   Name · 3h": the vote widget before the author and a short relative time', () => {
    // Act
    const header = headerOf('▲ 31 ▼   quayside_pat · 3h', 'What a finish.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ author: 'quayside_pat', postedAt: null }));
  });

  it('reads "Name" / the name it answers / date as a reply header naming its addressee', () => {
    // Act
    const header = headerOf('dunlin_watch', 'Harbour_Ann', '3 Mar 2024 15:41', 'Fair point, but the survey matters.');

    // Assess
    expect(header).toEqual(expect.objectContaining({ span: 3, author: 'dunlin_watch', replyTo: 'Harbour_Ann', postedAt: '2024-03-03T15:41:00' }));
  });

  it('does not take a page-size number over a name and a date for an author', () => {
    // Act
    const header = headerOf('50', 'dunlin_watch', '3 Mar 2024 15:02', 'First!');

    // Assess
    expect(header).toBeNull();
  });

  it('reads Blogger\'s classic "Name said..." header', () => {
    expect(headerOf('Anonymous said...', 'Lovely photos.')).toEqual(expect.objectContaining({ author: 'Anonymous', span: 1 }));
  });

  it('reads a two-word name followed directly by a full date on one line', () => {
    expect(headerOf('Ani Grigoryan June 4, 2021 at 8:05 pm', 'Thanks for this.')).toEqual(
      expect.objectContaining({ author: 'Ani Grigoryan', postedAt: '2021-06-04T20:05:00', strength: 'medium' }),
    );
  });

  it.each([
    ['gwen_pm 21 May 2024', 'gwen_pm'],
    ['h.oduya 21 May 2024', 'h.oduya'],
    ['mkrause 23 May 2024', 'mkrause'],
    ['samir_ops Staff 22 May 2024', 'samir_ops'],
    ['HarbourWatcher 24 May 2024', 'HarbourWatcher'],
    ['MSutter 25 May 2024', 'MSutter'],
  ])('reads a handle followed directly by a date on one line: "%s"', (line, author) => {
    expect(headerOf(line, 'Thanks for this.')).toEqual(expect.objectContaining({ author, postedAt: expect.stringMatching(/^2024-05-2\d$/u) }));
  });

  it('does not read a capitalized word over a date ("Updated 21 May 2024") as a handle', () => {
    expect(headerOf('Updated 21 May 2024', 'Thanks for this.')).toBeNull();
  });

  it('does not read "Monday June 4, 2021" as an author and a date', () => {
    expect(headerOf('Monday June 4, 2021', 'Thanks for this.')).toBeNull();
  });

  it('reads "Name replied to Other:" with its addressee, and the date under it', () => {
    expect(headerOf('Narek Hovhannisyan replied to Ani:', 'June 4, 2021 at 8:05 pm', 'Agreed.')).toEqual(
      expect.objectContaining({ author: 'Narek Hovhannisyan', replyTo: 'Ani', postedAt: '2021-06-04T20:05:00', strength: 'strong' }),
    );
  });

  it('reads "Name commented:" and drops an avatar\'s alt text before a name', () => {
    expect(headerOf('Narek Hovhannisyan commented:', 'Agreed.')?.author).toBe('Narek Hovhannisyan');
    expect(headerOf('  4. Avatar of Narek said:', '      Agreed.')?.author).toBe('Narek');
  });
});

describe('Function: readCommentHeader (comment layouts from held-out pages)', () => {
  it('reads a tabloid header with a town and a country, "Name, Town, Country, 3 hours ago"', () => {
    expect(headerOf('Priya M, Leeds, United Kingdom, 3 hours ago', 'The buses were never this bad.')).toEqual(
      expect.objectContaining({ author: 'Priya M', strength: 'medium' }),
    );
  });

  it('reads "Name replied to Name" over a date as a reply to that name', () => {
    expect(headerOf('Tomasz Nowak  replied to  Elena Ruiz', '5 hours ago', 'Exactly what happened on our street.')).toEqual(
      expect.objectContaining({ author: 'Tomasz Nowak', replyTo: 'Elena Ruiz', span: 2 }),
    );
  });

  it('reads a reply whose arrow the copy lost between two full names set a wide gap apart', () => {
    expect(headerOf('Hana Sato  Mirek Dvorak • 1 year ago', 'Thanks, that helped.')).toEqual(expect.objectContaining({ author: 'Hana Sato', replyTo: 'Mirek Dvorak' }));
  });

  it.each(['Mojca_M   pred 5 urami', 'Mojca_M   2 hours ago', 'Mojca_M   5. marca 2024 ob 9.15'])('reads the author and the time a wide gap apart in "%s"', (line) => {
    expect(headerOf(line, 'V Celju je vsaj nekaj novogradenj.')).toEqual(expect.objectContaining({ author: 'Mojca_M' }));
  });

  it('reads the addressee after "↳" between the author and a date a wide gap apart', () => {
    expect(headerOf('Sorrel Achterberg ↳ quietbyte   Thursday, March 14, 2024 1:20 PM', 'Same.')).toEqual(
      expect.objectContaining({ author: 'Sorrel Achterberg', replyTo: 'quietbyte' }),
    );
  });

  it.each([
    ['Lena Marsh Mod Marguerite Dallow • 2 days ago', 'Lena Marsh', 'Marguerite Dallow'],
    ['kpatterson_hydro Oskar Brandt • a day ago', 'kpatterson_hydro', 'Oskar Brandt'],
  ])('reads the author and whom the reply answers in "%s" (a badge between them, or a handle before a name)', (line, author, replyTo) => {
    expect(headerOf(line, 'Fair enough.')).toEqual(expect.objectContaining({ author, replyTo }));
  });

  it.each([
    ['sofia-lindahl Sep 4, 2024', 'sofia-lindahl'],
    ['anaferreira Sep 3, 2024 Maintainer', 'anaferreira'],
  ])('reads a handle and a date with nothing between them, maybe a badge after, in "%s" (giscus)', (line, author) => {
    expect(headerOf(line, 'Nice work.')).toEqual(expect.objectContaining({ author, postedAt: expect.stringMatching(/^2024-09-0[34]/u) }));
  });

  it('keeps a full name whole when no wide gap splits it', () => {
    expect(headerOf('Hana Sato • 1 year ago', 'Thanks, that helped.')).toEqual(expect.objectContaining({ author: 'Hana Sato', replyTo: null }));
  });

  it.each(['Lúcia Prado ➝ Rafael Costa • há uma hora', 'Lúcia Prado ➜ Rafael Costa • 2 hours ago'])('reads the addressee after the arrow in "%s"', (line) => {
    expect(headerOf(line, 'Concordo.')).toEqual(expect.objectContaining({ author: 'Lúcia Prado', replyTo: 'Rafael Costa' }));
  });

  it('reads a numbered forum post as a comment, the first post less surely than the later ones (it may be the article)', () => {
    expect(headerOf('#2 Posted by quayside_jo on 14/05/2023 at 9:12pm', 'Same here.')).toEqual(
      expect.objectContaining({ author: 'quayside_jo', postedAt: '2023-05-14T21:12:00', strength: 'strong' }),
    );
    expect(headerOf('#1 Posted by Ruth Marr on 14/05/2023 at 8:40pm', 'The harbour wall is cracked.')).toEqual(expect.objectContaining({ author: 'Ruth Marr', strength: 'medium' }));
  });

  it('takes an avatar\'s letters set apart by a blank line for no header when they are the initials of the name under them', () => {
    const lines = toLines(['MA', '', 'M. Aldous', '', 'Northbank resident · 14 Apr 2023'].join('\n'));
    const other = toLines(['OK', '', 'Only if the council pays.'].join('\n'));

    expect([isAvatarInitial(lines, 0), isAvatarInitial(other, 0)]).toEqual([true, false]);
  });

  it('reads a numbered talkback with its date in parentheses and no place, "1. אבי מנהריה (03.07.23)"', () => {
    expect(headerOf('1. אבי מנהריה (03.07.23)', 'סוף סוף מישהו מטפל בזה.')).toEqual(expect.objectContaining({ author: 'אבי מנהריה', number: 1, postedAt: '2023-07-03' }));
  });

  it('reads "On <date>, Name wrote:" and "… replied:"', () => {
    expect(headerOf('On July 22, 2025 at 9:14 pm, Ricky C. wrote:', 'Every year the fare goes up.')).toEqual(
      expect.objectContaining({ author: 'Ricky C.', postedAt: '2025-07-22T21:14:00', strength: 'strong' }),
    );
  });

  it('reads giscus headers: "name commented <date>", "name replied <date>", and a name over "Author replied <date>"', () => {
    expect(headerOf('kellan-ops commented Mar 3, 2024', 'Great write-up.')).toEqual(expect.objectContaining({ author: 'kellan-ops', postedAt: '2024-03-03', strength: 'strong' }));
    expect(headerOf('mvdberg replied Mar 4, 2024', 'Thanks!')).toEqual(expect.objectContaining({ author: 'mvdberg', postedAt: '2024-03-04' }));
    expect(headerOf('tobiasrenner', 'Author replied Mar 3, 2024', '', 'We looked at two.')).toEqual(expect.objectContaining({ author: 'tobiasrenner', postedAt: '2024-03-03' }));
  });

  it('reads "1 - name" over the date, the comment\'s number before a dash', () => {
    expect(headerOf('2 - سعيد من أرفود', 'الأربعاء 02 أكتوبر 2024 - 20:05', 'المشكل ليس فقط في الجفاف.')).toEqual(
      expect.objectContaining({ author: 'سعيد من أرفود', number: 2, postedAt: '2024-10-02T20:05:00' }),
    );
  });

  it('reads "Posted by: Name — Town | date", the poster\'s town between the name and the date', () => {
    expect(headerOf('Posted by: Georges K. — Jounieh | 13/10/2022 08:14', 'Fix the grid first.')).toEqual(
      expect.objectContaining({ author: 'Georges K.', postedAt: '2022-10-13T08:14:00' }),
    );
  });

  it('reads a numbered post with a label before the author, "#3 Написал(а): Name date"', () => {
    expect(headerOf('#3  Написал(а): Иван_77  04.05.2022 в 10:15', 'Мост давно пора чинить.')).toEqual(
      expect.objectContaining({ author: 'Иван_77', postedAt: '2022-05-04T10:15:00' }),
    );
  });

  it('leaves the home town out of a name over a date, "Derek W, Preston"', () => {
    expect(headerOf('Derek W, Preston', '4 hours ago', 'Every year the same.')).toEqual(expect.objectContaining({ author: 'Derek W' }));
  });

  it('leaves the trade out of a name over a date, "Alan Whitcombe, Freight planner"', () => {
    expect(headerOf('Alan Whitcombe, Freight planner', '7 Mar 2024, 18:41', 'Twenty weekends is too many.')).toEqual(expect.objectContaining({ author: 'Alan Whitcombe' }));
    expect(headerOf('Mike Dunstable, Retired operations manager', '8 Mar 2024, 08:30', 'I raised it in 2014.')).toEqual(expect.objectContaining({ author: 'Mike Dunstable' }));
  });

  it('reads a pen name in lower case of five words over a date, not a headline of five', () => {
    expect(headerOf('mom of 4 in Lex', 'Mar 4, 2024 7:12pm', 'Thanks for nothing.')?.author).toBe('mom of 4 in Lex');
    expect(headerOf('Feuerwehr rettet Katze aus Kirchturm', '12.03.2024 14:05', 'Mehr lesen')).toBeNull();
  });

  it('reads no commenter from a town under a name in a social widget', () => {
    const lines = toLines(['Ana Ruiz', 'Sevilla', 'Yo también lo he notado en el mercado.', 'Me gusta · Responder · 2 sem'].join('\n'));

    expect([readCommentHeader(lines, 0)?.author, readCommentHeader(lines, 1)]).toEqual(['Ana Ruiz', null]);
  });
});

describe('Function: readCommentHeader (more held-out layouts)', () => {
  it.each([
    ['↳ Arman S., Yerevan', '4 hours ago', 'Arman S.'],
    ['Sina - Canada', '15:02 - 2019/01/15', 'Sina'],
  ])('reads the commenter of "%s" without the home town', (line, date, author) => {
    expect(headerOf(line, date, 'Good news for both towns.')).toEqual(expect.objectContaining({ author }));
  });

  it('reads "Name" over "Reply #1 on: 15 August 2024, 07:58" (a forum\'s numbered reply)', () => {
    const lines = toLines(['Tam Ashby', 'Reply #1 on: 15 August 2024, 07:58', 'Great night and brilliantly organised by the society.'].join('\n'));
    expect(readCommentHeader(lines, 0)).toEqual(expect.objectContaining({ author: 'Tam Ashby', postedAt: '2024-08-15T07:58:00' }));
  });

  it('reads "Name, Oct 4, 2024 at 8:12 am": a comma between the name and the date', () => {
    const lines = toLines(['Dana Okafor, Oct 4, 2024 at 8:12 am', 'About time the menus listed what is in the food.', 'Reply'].join('\n'));
    expect(readCommentHeader(lines, 0)).toEqual(expect.objectContaining({ author: 'Dana Okafor', postedAt: '2024-10-04T08:12:00' }));
  });

  it('reads "Name відповідь для Name" as a reply to that name', () => {
    expect(headerOf('Тарас Л. відповідь для Марта', 'вчора', 'Бо тролейбус дешевший.')).toEqual(expect.objectContaining({ author: 'Тарас Л.', replyTo: 'Марта' }));
  });

  it('reads no commenter from a list item with a label and dates, "Reading: Tuesday, April 2 and Wednesday, April 3"', () => {
    expect(headerOf('Reading: Tuesday, April 2 and Wednesday, April 3', 'Math: Tuesday, April 9 and Wednesday, April 10')).toBeNull();
  });
});

describe('Function: readCommentHeader (magazine reader forums)', () => {
  it('reads "Forum: Name, date" as a post', () => {
    expect(headerOf('Forum: leipzigerin_82, 12.03.2024, 14:22 Uhr', 'Kann ich nur bestätigen.')).toEqual(
      expect.objectContaining({ author: 'leipzigerin_82', postedAt: '2024-03-12T14:22:00', strength: 'strong' }),
    );
  });

  it('reads the name under Medium\'s "Respond" button as the commenter, not as whom "Respond" answers', () => {
    expect(headerOf('Respond', 'Tomas Wieczorek', 'Feb 28, 2024', 'Cron is also, accidentally, a rate limiter.')).toBeNull();
    expect(headerOf('Tomas Wieczorek', 'Feb 28, 2024', 'Cron is also, accidentally, a rate limiter.')).toEqual(expect.objectContaining({ author: 'Tomas Wieczorek', replyTo: null }));
  });

  it('reads no commenter from a listing label over a date, "Policy Brief | 4 October 2023"', () => {
    expect(headerOf('Policy Brief | 4 October 2023', 'The Middle Corridor after 2022')).toBeNull();
  });
});

describe('Function: readCommentHeader (a badge between the author and the addressee)', () => {
  it('reads "Name" / "Mod" / addressee / time as the author answering the addressee, never the badge as author', () => {
    const header = headerOf('Callum Reyes', 'Mod', 'orbitalmechanic', '2 years ago', 'Please keep it civil.');

    expect(header).toEqual(expect.objectContaining({ author: 'Callum Reyes', replyTo: 'orbitalmechanic', span: 4 }));
  });

  it.each(['Regular', 'Senior Member', 'Newbie'])('reads a forum rank under the name ("%s") as a badge, never as the addressee', (rank) => {
    const header = headerOf('marta_k', rank, '2d', '@ridgeback_ed that is on purpose though.');

    expect(header).toEqual(expect.objectContaining({ author: 'marta_k', replyTo: null, span: 3 }));
  });
});

describe('Function: readCommentHeader (numbers, arrows and reply labels before the name)', () => {
  it.each([
    [['↳ Hesham R. replied', '05-06-2024 14:30', 'The ports need investment too.'], { author: 'Hesham R.', marker: '↳', postedAt: '2024-06-05T14:30:00' }],
    [['Mia_K svarar Lasse i Forsa', 'för 2 timmar sedan', 'Precis så.'], { author: 'Mia_K', replyTo: 'Lasse i Forsa', span: 2 }],
    [['1.  Guest  |  03.03.2014, 17:05', 'I will believe it when I see it.'], { author: 'Guest', marker: 'number', number: 1, postedAt: '2014-03-03T17:05:00' }],
    [['#1 Ronen 2013-05-14 10:22', 'Interesting times.'], { author: 'Ronen', number: 1, postedAt: '2013-05-14T10:22:00' }],
    [['↳ Elchin   03.03.2014 19:55', 'The same on our side.'], { author: 'Elchin', marker: '↳', postedAt: '2014-03-03T19:55:00' }],
    [['» Reply from Andrei P. on 03/03/2014 at 19:05:', 'Thank you for writing this.'], { author: 'Andrei P.', postedAt: '2014-03-03T19:05:00' }],
    [['Reply from : Timur  -  Almaty', '1392/02/24 - 19:48', 'With respect, no.'], { author: 'Timur' }],
    [['1. Kemal_Ist', '14.05.2013 17:22', 'Enough blood.'], { author: 'Kemal_Ist', marker: 'number', number: 1, postedAt: '2013-05-14T17:22:00' }],
    [['#3 Мария', '22.03.2024 11:34', 'Точно затова е номерът.'], { author: 'Мария', number: 3, postedAt: '2024-03-22T11:34:00' }],
    [['Bakyt Osmonov · Works at Kyrgyzaltyn', 'The road is the only way to bring fuel.', 'Like · Reply · 14 · 2y'], { author: 'Bakyt Osmonov' }],
    [['Ruth Manawa replied', 'Tell him to drive in daylight only.', 'Reply · Like · 2h'], { author: 'Ruth Manawa' }],
    [['Anonymous on February 21, 2024 at 6:40 pm', 'Please send the tanker early.'], { author: 'Anonymous', postedAt: '2024-02-21T18:40:00' }],
    [['Cricket fan Luganville | 13/01/2024 11:05', 'Please broadcast the game on the radio.'], { author: 'Cricket fan Luganville', postedAt: '2024-01-13T11:05:00' }],
    [['江边老周 IP属地：浙江', '食堂去年开的，比自己做饭还划算。', '2024-05-21 10:15 回复 赞(36)'], { author: '江边老周', postedAt: '2024-05-21T10:15:00', replyTo: null }],
    [['小林 回复 江边老周 IP属地：上海', '上班族也经常去。', '2024-05-21 10:32 回复 赞(12)'], { author: '小林', replyTo: '江边老周', postedAt: '2024-05-21T10:32:00' }],
  ])('reads %j', (rows, expected) => {
    expect(headerOf(...rows)).toEqual(expect.objectContaining(expected));
  });
});

describe('Function: readCommentHeader (journals, initials, notes over the time)', () => {
  it('reads "[personal profile] name wrote:" and "(Anonymous) wrote:" (no name) with the time under them', () => {
    expect(headerOf('[personal profile] corvid_alto wrote:', '2021-03-12 10:31 am (UTC)', 'I think so!')).toEqual(
      expect.objectContaining({ author: 'corvid_alto', postedAt: '2021-03-12T10:31:00Z' }),
    );
    expect(headerOf('(Anonymous) wrote:', '2021-03-12 10:14 am (UTC)', 'Jen from the sopranos here.')).toEqual(
      expect.objectContaining({ author: null, postedAt: '2021-03-12T10:14:00Z' }),
    );
  });

  it('reads "Name" over "Bus driver, route 14 · 3d ago" and "Name" / "Writes Bridge & Tunnel" / date', () => {
    expect(headerOf('Deborah Wynn', 'Bus driver, route 14 · 3d ago', 'Can confirm.')).toEqual(expect.objectContaining({ author: 'Deborah Wynn', span: 2 }));
    expect(headerOf('Graham Ruddock', 'Writes Bridge & Tunnel', 'Jan 17, 2023', 'Thank you.')).toEqual(
      expect.objectContaining({ author: 'Graham Ruddock', span: 3, postedAt: '2023-01-17' }),
    );
  });

  it('never reads "vor 2 Stunden" as "vor" writing two hours ago', () => {
    expect(headerOf('vor 2 Stunden', 'Vollsperrung der B 457 am Wochenende')).toBeNull();
  });
});

describe('Function: readCommentHeader (talkbacks numbered or arrowed, in a script without case)', () => {
  it('reads "1. שרית, חיפה (12.03.24 | 18:55)" as numbered and "↩ דני, קריית חיים (…)" as a reply', () => {
    expect(headerOf('1. שרית, חיפה (12.03.24 | 18:55)', 'סוף סוף.')).toEqual(
      expect.objectContaining({ author: 'שרית', marker: 'number', number: 1, postedAt: '2024-03-12T18:55:00' }),
    );
    expect(headerOf('↩ דני, קריית חיים (12.03.24 | 19:30)', 'מהר?')).toEqual(expect.objectContaining({ author: 'דני', marker: '↩' }));
  });
});

describe('Function: readCommentHeader (reply verbs, one-word names set in, "Comment by", town and date with a bar)', () => {
  it.each([
    [['↳ Laila_Fes replied · 2 days ago', 'Exactly.'], { author: 'Laila_Fes', marker: '↳' }],
    [['    Anonymous March 3, 2021 at 9:30 PM', 'Then the state should pay.'], { author: 'Anonymous', postedAt: '2021-03-03T21:30:00' }],
    [['Comment by Hichem on 03.03.2021 at 18:05', 'These children were hungry.'], { author: 'Hichem', postedAt: '2021-03-03T18:05:00' }],
    [['Reader', 'Manama | Mar 3, 2021 | 10:02 am', 'Finally.'], { author: 'Reader', postedAt: '2021-03-03T10:02:00' }],
  ])('reads %j', (rows, expected) => {
    expect(headerOf(...rows)).toEqual(expect.objectContaining(expected));
  });

  it('takes no heading over "Name  |  date" for the author of a town and a date', () => {
    expect(headerOf('Comments (5) Closed', 'Zahid Ullah  |  Mar 05, 2024 09:14am', 'The flood took everything.')).toBeNull();
  });
});

describe('Function: readCommentHeader (a town in parentheses after the name)', () => {
  it('leaves "(Sirajganj)" out of the author and keeps a nickname in lower case', () => {
    expect(headerOf('Mizanur Rahman (Sirajganj) says:', 'March 3, 2021 at 4:11 pm', 'The river took our school.')?.author).toBe('Mizanur Rahman');
    expect(headerOf('Pete (netops) says:', 'March 3, 2021 at 4:11 pm', 'Agreed.')?.author).toBe('Pete (netops)');
  });
});

describe('Function: readCommentHeader (more languages)', () => {
  it('reads a Ukrainian widget\'s bare name over its text and controls, a Turkish "X, Y kullanıcısına yanıt verdi" reply, and drops "Gość:"', () => {
    expect(headerOf('Василь Коваль', 'Нарешті! Сім років — це реальний строк.', 'Подобається · Відповісти · 5 · 3 год')).toEqual(expect.objectContaining({ author: 'Василь Коваль' }));
    expect(headerOf('   ↳ Zeynep_Ö, Murat K. kullanıcısına yanıt verdi', '   2 saat önce', '   Katılmıyorum.')).toEqual(
      expect.objectContaining({ author: 'Zeynep_Ö', replyTo: 'Murat K.' }),
    );
    expect(headerOf('Gość: krakus78', '2 dni temu', 'Wreszcie.')).toEqual(expect.objectContaining({ author: 'krakus78' }));
  });
});

describe('Function: readCommentHeader (Drupal, Disqus addressees, an outlet answering, a dashed reply note)', () => {
  it('reads Drupal\'s subject over "Submitted by", with "In reply to … by Name" above a reply, as one header', () => {
    expect(headerOf('Buses at last…', 'Submitted by Dilnoza on Wed, 03/17/2021 - 15:10', 'Permalink', 'Buses at last, but where are the stops?')).toEqual(
      expect.objectContaining({ span: 2, author: 'Dilnoza', postedAt: '2021-03-17T15:10:00', replyTo: null, strength: 'medium' }),
    );
    expect(headerOf('In reply to Buses at last… by Dilnoza', 'The stops come next…', 'Submitted by Farrukh (not verified) on Wed, 03/17/2021 - 15:40', 'The stops come next year.')).toEqual(
      expect.objectContaining({ span: 3, author: 'Farrukh', replyTo: 'Dilnoza', strength: 'strong' }),
    );
  });

  it('leaves the page\'s "(IP: 66.181.xxx.xx)" note out of the name', () => {
    expect(headerOf('Bat-Erdene (IP: 66.181.xxx.xx) | 2024-03-21 15:22', 'The hay reserve must be kept in the soum.')).toEqual(
      expect.objectContaining({ author: 'Bat-Erdene', postedAt: '2024-03-21T15:22:00' }),
    );
  });

  it('reads "Comment by Name, Town — date" and "Reply from Name, Town (to Name) — date" as strong headers', () => {
    expect(headerOf('Comment by Rui Mendes, Lisbon — 18 Mar 2024 14:02', 'Same story in many ports.')).toEqual(
      expect.objectContaining({ author: 'Rui Mendes', replyTo: null, postedAt: '2024-03-18T14:02:00', strength: 'strong' }),
    );
    expect(headerOf('Reply from Anna Kowalczyk, Gdynia (to Rui Mendes) — 18 Mar 2024 16:45', 'To be fair a barge costs money.')).toEqual(
      expect.objectContaining({ author: 'Anna Kowalczyk', replyTo: 'Rui Mendes', postedAt: '2024-03-18T16:45:00', strength: 'strong' }),
    );
  });

  it('reads whom a reply answers after its time ("Name · 2 órája · válasz neki: Name")', () => {
    expect(headerOf('Szabóné Ilona · 2 órája · válasz neki: Balatoni_Laci', 'Ez a déli parton mindig így volt.')).toEqual(
      expect.objectContaining({ author: 'Szabóné Ilona', replyTo: 'Balatoni_Laci', postedAt: null }),
    );
  });

  it('reads "↩ Name" over a relative time as a reply\'s header (Hebrew talkbacks)', () => {
    expect(headerOf('↩ אבי מחיפה', 'לפני 40 דקות', 'בבית הספר החליפו את המזגנים.')).toEqual(expect.objectContaining({ author: 'אבי מחיפה', marker: '↩', span: 2 }));
  });

  it('reads a name over the commenter\'s "IP: 78.56.xxx.xx" and a relative time', () => {
    expect(headerOf('Vilnietis', 'IP: 78.56.xxx.xx', 'prieš 2 val.', 'O intervalai liks tokie patys.')).toEqual(expect.objectContaining({ author: 'Vilnietis', span: 3 }));
  });

  it('reads "Name > Addressee • 2 hours ago" as a reply to the addressee', () => {
    expect(headerOf('Temir K. > Asel Omurova • 2 hours ago', 'Exactly.')).toEqual(expect.objectContaining({ author: 'Temir K.', replyTo: 'Asel Omurova' }));
  });

  it('reads an outlet\'s page answering under a widget, its controls under the text', () => {
    expect(headerOf('The Valley Chronicle', 'Thank you, we are looking into it.', 'Like · Reply · 2 · 2y')).toEqual(expect.objectContaining({ author: 'The Valley Chronicle' }));
  });

  it('reads "— in reply to #3" after a forum post\'s date', () => {
    expect(headerOf('#4 Posted by Kadri on 19.04.2021 13:05 — in reply to #3', 'Come over then!')).toEqual(expect.objectContaining({ author: 'Kadri', replyTo: '#3', number: 4 }));
  });
});

describe('Function: readCommentHeader (Spanish, Portuguese and Italian verbs)', () => {
  it.each([
    ['Lupe Cárdenas dijo:', '3 marzo, 2021 a las 6:40 pm', '2021-03-03T18:40:00'],
    ['Joana Ferraz disse:', '17 de maio de 2022 às 17:02', '2022-05-17T17:02:00'],
    ['Franco Bertolini ha detto:', '7 settembre 2023 alle 15:20', '2023-09-07T15:20:00'],
  ])('reads "%s" over its date', (verbLine, date, postedAt) => {
    expect(headerOf(verbLine, date, 'Gracias.')).toEqual(expect.objectContaining({ postedAt, strength: 'strong' }));
  });
});

describe('Function: readCommentHeader (numbers written "#1" and "1 -")', () => {
  it.each([
    ['#1 Levon said:', 1],
    ['1 - Ashot said:', 1],
    ['12) Bo said:', 12],
  ])('reads "%s" with its number', (line, number) => {
    expect(headerOf(line, 'June 18, 2021 at 4:55 pm', 'Agreed.')).toEqual(expect.objectContaining({ number, marker: 'number', postedAt: '2021-06-18T16:55:00' }));
  });

  it('reads no header in "12 people said:"', () => {
    expect(headerOf('12 people said:', 'the bridge was closed.')).toBeNull();
  });
});

describe('Function: readCommentHeader (", in reply to" after the date)', () => {
  it('reads "Posted by Marnie S. on September 27, 2023 at 7:15 pm, in reply to Dave K."', () => {
    expect(headerOf('Posted by Marnie S. on September 27, 2023 at 7:15 pm, in reply to Dave K.', 'It is two blocks away.')).toEqual(
      expect.objectContaining({ author: 'Marnie S.', postedAt: '2023-09-27T19:15:00', replyTo: 'Dave K.' }),
    );
  });
});

describe('Function: readCommentHeader (the time over the name)', () => {
  it('reads "14.05.2019 13:47" / "Levan G." over the text as one header', () => {
    expect(headerOf('14.05.2019 13:47', 'Levan G.', 'The bridge is chaos in summer.')).toEqual(expect.objectContaining({ span: 2, author: 'Levan G.', postedAt: '2019-05-14T13:47:00' }));
  });

  it('reads no header in a date over a paragraph of text', () => {
    expect(headerOf('14.05.2019 13:47', 'The bridge is chaos in summer, and the queues grow every year.', 'More text.')).toBeNull();
  });
});

describe('Function: readCommentHeader (a badge before the time, a forum post number, an arrowed addressee)', () => {
  it('reads "Name · Staff · 1h" as the author, the badge left out', () => {
    expect(headerOf('Denise Caruthers · Staff · 1h', 'The report puts transport at a lower figure.')?.author).toBe('Denise Caruthers');
  });

  it('reads a Discourse post: the name, its number and the date on three lines', () => {
    // Act
    const found = headerOf('rtennant', '#4', '19 Oct 2023', '', 'Brutal is one word for it.');

    // Assess
    expect([found?.author, found?.postedAt, found?.span]).toEqual(['rtennant', '2023-10-19', 3]);
  });
});

describe('Function: readCommentHeader (a date under a name, a short text under it)', () => {
  it('reads no header at a date whose line below is a short text closed by "Reply": the name above heads the comment', () => {
    const lines = toLines(['        Ann-Marie', '        March 9, 2024 at 10:02 am', '        lol true', '        Reply'].join('\n'));

    expect([readCommentHeader(lines, 0)?.author, readCommentHeader(lines, 1)]).toEqual(['Ann-Marie', null]);
  });
  it('reads the name under the stamp behind its "posted by" label, across the blank lines page blocks leave (Joomla K2)', () => {
    const found = headerOf('Thursday, 13 June 2019 08:02', '', 'posted by Gerald Fenn', '', 'Brilliant news for the village.');

    expect([found?.author, found?.postedAt]).toEqual(['Gerald Fenn', '2019-06-13T08:02:00']);
  });
});

describe('Function: replyAddressee (an arrow before the handle)', () => {
  it('names the handle after "▶", as Discourse marks a reply', () => {
    expect([replyAddressee('▶ gmacleod'), replyAddressee('↪ k.moffat')]).toEqual(['gmacleod', 'k.moffat']);
    expect(replyAddressee('reaguje na Juraj Mikloš')).toBe('Juraj Mikloš');
  });
});

describe('Function: readCommentHeader (the addressee beside or under the name)', () => {
  it('reads "Name → Addressee" over a date line', () => {
    const found = headerOf('Дмитрий К. → Ольга_Н', '3 марта 2021, 17:02', 'Может, дело не в количестве заданий.');
    expect([found?.author, found?.replyTo, found?.postedAt]).toEqual(['Дмитрий К.', 'Ольга_Н', '2021-03-03T17:02:00']);
  });

  it('reads "Name ⟶ Addressee" over "• 8 hours ago", the addressee\'s name ending in an initial', () => {
    const found = headerOf('Odile  ⟶ Perrin T.', '• 8 hours ago', 'Which harbours? The tides differ.');
    expect([found?.author, found?.replyTo, found?.span]).toEqual(['Odile', 'Perrin T.', 2]);
  });

  it('reads "antwortet auf X" between the name and the date', () => {
    const found = headerOf('Rollerfan99', 'antwortet auf Fahrradfahrer_Ottakring', '14.04.2021, 12:19', 'Und die Autos auf dem Radweg?');
    expect([found?.author, found?.replyTo]).toEqual(['Rollerfan99', 'Fahrradfahrer_Ottakring']);
  });
});

describe('Function: readCommentHeader (a Spanish comments widget, a guest mark)', () => {
  it('reads a name whose text ends in "Me gusta · Responder · 11 · 2 h"', () => {
    const found = headerOf('Mónica Fernández', 'Docente en Escuela N° 1332', 'Lo del agua potable me preocupa más que los barcos.', 'Me gusta · Responder · 11 · 2 h');
    expect(found?.author).toBe('Mónica Fernández');
  });

  it('leaves a guest\'s "~" mark out of the name', () => {
    expect(headerOf('~Basia z Rubinkowa', '27 maja 2021, 10:02', 'Nareszcie! Ale czemu nikt nie pomyślał o parkingu?')?.author).toBe('Basia z Rubinkowa');
  });
});

describe('Function: replyAddressee (reply labels in more languages)', () => {
  it.each([
    ['Vastauksena: Pilkki-Pena', 'Pilkki-Pena'],
    ['Svar til Henrik Lund', 'Henrik Lund'],
    ['Odgovor na komentar korisnika Marko_BG', 'Marko_BG'],
    ['Reakcia na: Peter_K', 'Peter_K'],
    ['Vastaus käyttäjälle Eläkeläinen', 'Eläkeläinen'],
    ['atbild: Kārlis', 'Kārlis'],
    ['Svar till Mia_K', 'Mia_K'],
  ])('reads whom "%s" answers', (line, addressee) => {
    expect(replyAddressee(line)).toBe(addressee);
  });
});

describe('Function: readCommentHeader (country codes, towns with a country, vote counts; session 11)', () => {
  it('reads "Name" / "DE" / "20:12 - 2024/03/04": the country code is a note, and "12  3" under the date no name', () => {
    const lines = toLines(['Farhad Karimi', 'DE', '20:12 - 2024/03/04', '12  3', 'Iran should have acted in 2020.'].join('\n'));

    expect([readCommentHeader(lines, 0)?.author, readCommentHeader(lines, 2), readCommentHeader(lines, 3)]).toEqual(['Farhad Karimi', null, null]);
  });

  it('leaves "| Lahore, Pakistan" (a town and its country) out of the name', () => {
    expect(headerOf('Khalid Mehmood  |  Lahore, Pakistan', 'Jan 29, 2024 06:41pm', 'Sensible outcome.')?.author).toBe('Khalid Mehmood');
  });
});

describe('Function: readCommentHeader (GitHub-backed comments, likes beside the time)', () => {
  it('reads "dbrenner commented 1 year ago" as a header', () => {
    expect(headerOf('dbrenner commented 1 year ago', '', 'Bitten by exactly this in 2017.')).toEqual(expect.objectContaining({ author: 'dbrenner', postedAt: null, strength: 'strong' }));
  });

  it('reads "Name" over "3 years ago · 2 likes"', () => {
    expect(headerOf('Sam T.', '3 years ago · 2 likes', '', 'Could I make this gluten-free?')?.author).toBe('Sam T.');
  });
});

describe('Function: isAvatarInitial', () => {
  it('takes "M" over "M. Reindl" for an avatar\'s letter, and a one-letter handle over another name for none', () => {
    const lines = toLines(['M', 'M. Reindl', '28.03.2024, 16:20 Uhr', '', 'Rechnen Sie mal nach.', '', 'Q', 'Anna Berg'].join('\n'));

    expect([isAvatarInitial(lines, 0), readCommentHeader(lines, 1)?.author, isAvatarInitial(lines, 4)]).toEqual([true, 'M. Reindl', false]);
  });
});

describe('Function: isAvatarInitial (an avatar\'s alt text)', () => {
  it('takes "@handle" over the header that repeats the handle for the avatar, and a mention over other text for none', () => {
    const lines = toLines(['@sofia-lindahl', 'sofia-lindahl Sep 4, 2024', '', '@owusu-kd', 'thanks for the pointer'].join('\n'));

    expect([isAvatarInitial(lines, 0), isAvatarInitial(lines, 2)]).toEqual([true, false]);
  });
});

describe('Function: readCommentHeader (badges after the name)', () => {
  it.each([
    ['Wiremu Haddon ✔ Verified observer (Mangarara)', 'Wiremu Haddon'],
  ])('reads "%s" as %s', (line, author) => {
    // Act
    const header = headerOf(line, '06/08/2025 at 9:10 am', 'Already warm here at eight and the cicadas are loud.');

    // Assess
    expect(header?.author).toBe(author);
  });

  it('skips a "Verified subscriber" badge between the name and the date', () => {
    // Act
    const header = headerOf('Bev Trengrove', 'Verified subscriber', '28 Feb 2025, 6:12am', 'Lived here for years and seen the boom and bust three times.');

    // Assess
    expect(header).toMatchObject({ author: 'Bev Trengrove', postedAt: '2025-02-28T06:12:00' });
  });
});
