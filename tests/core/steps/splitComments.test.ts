import { toLines } from '#core/lines';
import { findBodyStart } from '#core/steps/findBodyStart';
import { findCommentZone } from '#core/steps/findCommentZone';
import { splitComments } from '#core/steps/splitComments';
import { threadReplies } from '#core/steps/threadReplies';

const ARTICLE = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent.';

/** Splits the thread that follows a one-paragraph article. */
function splitRaw(rows: readonly string[]): ReturnType<typeof splitComments> {
  const lines = toLines([ARTICLE, '', ...rows].join('\n'));
  const zone = findCommentZone(lines, findBodyStart(lines));
  if (!zone) throw new Error('no comment zone found in the test text');
  return splitComments(lines, zone.headers);
}

const split = (rows: readonly string[]): Array<{ author: string | null; text: string }> => splitRaw(rows).map((c) => ({ author: c.header.author, text: c.text }));

/** Splits and threads the thread that follows the article. */
function threaded(rows: readonly string[]): ReturnType<typeof threadReplies> {
  const lines = toLines([ARTICLE, '', ...rows].join('\n'));
  return threadReplies(splitComments(lines, findCommentZone(lines, findBodyStart(lines))?.headers ?? []));
}

describe('Function: splitComments', () => {
  it('takes the indented text under each numbered header', () => {
    // Prepare
    const rows = ['  1. Ann Lee said:', '      Long overdue.', '', '  2. Bo said:', '      Far too expensive.'];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments).toEqual([
      { author: 'Ann Lee', text: 'Long overdue.' },
      { author: 'Bo', text: 'Far too expensive.' },
    ]);
  });

  it('joins the paragraphs of one comment with a blank line', () => {
    // Prepare
    const rows = ['1. Ann Lee said:', '    First thought here.', '', '    Second thought here.', '', '2. Bo said:', '    Agreed.'];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments[0]!.text).toBe('First thought here.\n\nSecond thought here.');
  });

  it('drops WordPress "Reply" and "Log in to Reply" lines and the date line', () => {
    // Prepare
    const rows = [
      'Ann Lee says:',
      'August 3, 2019 at 4:11 am',
      'The pier needs a lift.',
      'Reply',
      '',
      'Bo Marsh says:',
      'August 3, 2019 at 6:30 am',
      'And a ramp.',
      'Log in to Reply',
    ];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments).toEqual([
      { author: 'Ann Lee', text: 'The pier needs a lift.' },
      { author: 'Bo Marsh', text: 'And a ramp.' },
    ]);
  });

  it('reads "Antwort auf Name" opening a comment as whom it answers, and keeps it out of the text', () => {
    // Prepare
    const rows = ['Nordlicht_77 vor 3 Stunden', 'Schöne Nachricht.', '', 'Jens Petersen vor 2 Stunden', 'Antwort auf Nordlicht_77', 'Das wird oft falsch dargestellt.', '', 'Gezeitenwanderin vor 1 Stunde', 'Gefällt mir', 'So viele Jungtiere.'];

    // Act
    const comments = splitRaw(rows);

    // Assess
    expect(comments.map((c) => [c.header.author, c.header.replyTo, c.text])).toEqual([
      ['Nordlicht_77', null, 'Schöne Nachricht.'],
      ['Jens Petersen', 'Nordlicht_77', 'Das wird oft falsch dargestellt.'],
      ['Gezeitenwanderin', null, 'So viele Jungtiere.'],
    ]);
  });

  it('reads a comment opening with "@handle" as an answer to that handle', () => {
    // Act
    const comments = splitRaw(['Comments (2)', '', 'cliffwalker', '10 Aug 2024 14:05', 'Wonderful news.', '', 'seabirdsue', '10 Aug 2024 15:22', '@cliffwalker Covered in them when I went too.']);

    // Assess
    expect(comments.map((c) => c.header.replyTo)).toEqual([null, 'cliffwalker']);
    expect(comments[1]!.text).toBe('Covered in them when I went too.');
  });

  it.each([
    ['@ridgeback_ed that is on purpose though.', 'that is on purpose though.'],
    ['@Bernard : merci, à bientôt.', 'merci, à bientôt.'],
    ['@owenp @cliffwalker same here.', 'same here.'],
    ['@Cliff Walker, exactly what I saw.', 'exactly what I saw.'],
    // Nobody named "Lucía" commented yet: "Herrera" may be the name's second word, so the text stays as printed.
    ['@Lucía Herrera agreed, and the warranty too.', '@Lucía Herrera agreed, and the warranty too.'],
    ['@cliffwalker', '@cliffwalker'],
  ])('takes the mentions a reply opens with off its text: "%s"', (reply, text) => {
    const comments = split(['Comments (2)', '', 'Cliff Walker', '10 Aug 2024 14:05', 'Wonderful news.', '', 'seabirdsue', '10 Aug 2024 15:22', reply]);

    expect(comments[1]!.text).toBe(text);
  });

  it('drops a like count under a comment\'s text, but not a number that is the whole text', () => {
    // Act
    const comments = split(['@harbourlass 2 years ago', 'My grandfather kept this light.', '48', 'Reply', '', '@foghornfan 1 year ago', 'Did he keep a logbook?', '3', 'Reply', '', '@quizmaster 1 year ago', '1962', 'Reply']);

    // Assess
    expect(comments.map((c) => c.text)).toEqual(['My grandfather kept this light.', 'Did he keep a logbook?', '1962']);
  });

  it('drops German "Antworten" lines', () => {
    // Prepare
    const rows = [
      'Klaus Bär sagt:',
      '28. Juli 2019 um 13:39',
      'Der Radweg ist zu schmal.',
      'Antworten',
      '',
      'Jutta Lenz sagt:',
      '28. Juli 2019 um 14:02',
      'Finde ich nicht.',
      'Antworten',
    ];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments.map((c) => c.text)).toEqual(['Der Radweg ist zu schmal.', 'Finde ich nicht.']);
  });

  it('drops Blogger "ReplyDelete" and "Replies" lines', () => {
    // Prepare
    const rows = [
      'Moth Watcher',
      'June 4, 2021 at 9:15 AM',
      'Lovely catch.',
      'ReplyDelete',
      'Replies',
      '',
      'Ann Lee',
      'June 5, 2021 at 7:02 PM',
      'Which trap?',
      'ReplyDelete',
      '',
      'Bo Marsh',
      'June 6, 2021 at 8:40 AM',
      'Same here.',
      'ReplyDelete',
    ];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments.map((c) => c.text)).toEqual(['Lovely catch.', 'Which trap?', 'Same here.']);
  });

  it('ends the last comment at the reply form', () => {
    // Prepare
    const rows = [
      'Ann Lee says:',
      'August 3, 2019 at 4:11 am',
      'The pier needs a lift.',
      '',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Post Comment',
    ];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments).toEqual([{ author: 'Ann Lee', text: 'The pier needs a lift.' }]);
  });

  it('opens a numbered talkback\'s text with its title ("2.1 title" over the header), not the comment above', () => {
    // Prepare
    const rows = [
      '1. Well done',
      'Ronit | 04.10.23 | 10:12',
      'At last someone thought about cyclists.',
      'Reply',
      '    1.1 What about buses?',
      '    Moshe | 04.10.23 | 10:40',
      '    Line 24 comes every half hour.',
      '    Reply',
    ];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments).toEqual([
      { author: 'Ronit', text: 'Well done\n\nAt last someone thought about cyclists.' },
      { author: 'Moshe', text: 'What about buses?\n\nLine 24 comes every half hour.' },
    ]);
  });

  it('drops a comment whose text is empty', () => {
    // Prepare
    const rows = ['1. Ann Lee said:', '2. Bo said:', '    Only this one has text.'];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments).toEqual([{ author: 'Bo', text: 'Only this one has text.' }]);
  });

  it('takes a date line closing a comment (Blogger\'s classic layout) as its time, not its text', () => {
    // Prepare
    const rows = ['Mooring fees rise', '', ARTICLE, '', ARTICLE, '', '2 comments:', 'Anonymous said...', 'Lovely photos.', 'October 15, 2017 at 9:10 AM'];
    const lines = toLines([...rows, 'Gwen Ellis said...', 'Thank you!', 'October 15, 2017 at 12:31 PM'].join('\n'));
    const zone = findCommentZone(lines, findBodyStart(lines));

    // Act
    const comments = splitComments(lines, zone?.headers ?? []);

    // Assess
    expect(comments.map((c) => [c.header.author, c.header.postedAt, c.text])).toEqual([
      ['Anonymous', '2017-10-15T09:10:00', 'Lovely photos.'],
      ['Gwen Ellis', '2017-10-15T12:31:00', 'Thank you!'],
    ]);
  });

  it('takes the closing date line with "Delete" set apart beside it as the time', () => {
    // Prepare
    const rows = ['Mooring fees rise', '', ARTICLE, '', ARTICLE, '', '2 comments:', 'Anonymous said...', '', '    Lovely photos.', '', '    October 15, 2017 at 9:10 AM  Delete'];
    const lines = toLines([...rows, '', 'Gwen Ellis said...', '', '    Thank you!', '', '    October 15, 2017 at 12:31 PM  Delete'].join('\n'));
    const zone = findCommentZone(lines, findBodyStart(lines));

    // Act
    const comments = splitComments(lines, zone?.headers ?? []);

    // Assess
    expect(comments.map((c) => [c.header.author, c.header.postedAt, c.text])).toEqual([
      ['Anonymous', '2017-10-15T09:10:00', 'Lovely photos.'],
      ['Gwen Ellis', '2017-10-15T12:31:00', 'Thank you!'],
    ]);
  });
});

describe('Function: splitComments (social widgets)', () => {
  it('reads Disqus "Name → Addressee • 3 years ago" headers, an "• edited" note, and nests replies by indentation', () => {
    // Prepare
    const rows = [
      '9 Comments', 'Sort by Best', '',
      'Marge Holloway • 3 years ago', 'I voted yes and I am gutted about the Sunday hours.', '12 △ ▽ • Reply • Share ›', '',
      '    Dale Fenwick → Marge Holloway • 3 years ago', '    It came on top of the school bond, though.', '    7 △ ▽ • Reply • Share ›', '',
      '        Marge Holloway → Dale Fenwick • 3 years ago', '        Fair. Two smaller asks would have been better.', '',
      '    ReadTheWholeThing → Marge Holloway • 3 years ago', '    Story time is paid for by a state grant.', '',
      'Pete Sandoval • 3 years ago • edited', 'Bring back the book sale.',
    ];
    // Act
    const comments = threaded(rows);

    // Assess
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Marge Holloway', 0, 'I voted yes and I am gutted about the Sunday hours.'],
      ['Dale Fenwick', 1, 'It came on top of the school bond, though.'],
      ['Marge Holloway', 2, 'Fair. Two smaller asks would have been better.'],
      ['ReadTheWholeThing', 1, 'Story time is paid for by a state grant.'],
      ['Pete Sandoval', 0, 'Bring back the book sale.'],
    ]);
  });

  it('reads Facebook-plugin comments: a badge above the name, a profile line under it, two paragraphs, then the controls', () => {
    // Prepare
    const rows = [
      '42 Comments', 'Sort by', 'Top', 'Add a comment...', '',
      'Fatima Oduya', 'Works at Halden General Hospital', 'Gary was brilliant with the youth side.', '', 'Give the academy lads a chance.', 'Like · Reply · 14 · 2y', '',
      'Top fan', 'Ken Bramall', 'Bottom with three points from eleven games.', 'Like · Reply · 6 · 2y · Edited',
    ];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments).toEqual([
      { author: 'Fatima Oduya', text: 'Gary was brilliant with the youth side.\n\nGive the academy lads a chance.' },
      { author: 'Ken Bramall', text: 'Bottom with three points from eleven games.' },
    ]);
  });

  it('reads the Danish plugin the same way: "Arbejder hos …", "Topkommentator", "Synes godt om · Svar · 14 · 5 t"', () => {
    const rows = [
      '11 kommentarer', 'Sortér efter', 'Ældste', 'Tilføj en kommentar …', '',
      'Birthe Nørgaard', 'Arbejder hos Skive Kommune', 'Man kan ikke skære i den eneste forbindelse til fastlandet.', 'Synes godt om · Svar · 14 · 5 t', '',
      'Jonas Friis', 'Topkommentator', 'Jeg kan godt forstå kommunen.', 'Synes godt om · Svar · 6 · 5 t',
    ];

    expect(split(rows)).toEqual([
      { author: 'Birthe Nørgaard', text: 'Man kan ikke skære i den eneste forbindelse til fastlandet.' },
      { author: 'Jonas Friis', text: 'Jeg kan godt forstå kommunen.' },
    ]);
  });
});

describe('Function: splitComments (section headings and pen names)', () => {
  it.each([
    ['Комментарии (4)', 'Гость_57', '23.01.2024 20:15', 'Опять Литейная! Третий раз за зиму.', 'Ответить'],
    ['Réagir (4)', 'Jeannot33', '22/09/2023 18:02', 'Encore une aire de pique-nique.', 'Répondre'],
    ['Commenti (3)', 'Sciatore della domenica', '10 gennaio 2024 alle 18:12', 'Complimenti al soccorso alpino.', 'Segnala'],
  ])('does not take the heading "%s" for an author, and reads the name under it', (heading, name, date, text, control) => {
    // Act
    const comments = split([heading, name, date, text, control]);

    // Assess
    expect(comments).toEqual([{ author: name, text }]);
  });

  it('does not run a bare name\'s comment over the next "Name / date" header to reach its controls', () => {
    // Prepare
    const rows = ['AYUDAS PARA LOS AGRICULTORES', 'La consejera ha anunciado una línea de ayudas.', 'Comentarios (3)', 'Antonio R.', '14/03/2024 14:05', 'Cada año lo mismo.', 'Responder'];

    // Act
    const comments = split(rows);

    // Assess
    expect(comments).toEqual([{ author: 'Antonio R.', text: 'Cada año lo mismo.' }]);
  });

  it('reads a Persian "in reply to" line under the header as whom the comment answers', () => {
    // Prepare
    // The pipeline hands the steps ASCII digits.
    const rows = ['نظرات', 'علی', '12 مهر 1402 - 15:10', 'هر سال همین وضع است.', 'پاسخ', 'مهدی', '12 مهر 1402 - 16:48', 'در پاسخ به علی', 'بدون همکاری مردم فایده ندارد.', 'پاسخ'];

    // Act
    const comments = threadReplies(splitRaw(rows));

    // Assess
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['علی', 0, 'هر سال همین وضع است.'],
      ['مهدی', 1, 'بدون همکاری مردم فایده ندارد.'],
    ]);
  });
});

describe('Function: splitComments (a reply marker between the header and its date)', () => {
  it('reads "En réponse à X" under "Name a écrit :" as whom it answers, and the date under it as the time', () => {
    // Prepare
    const rows = [
      'Jeannot33 a écrit :', 'le 22/09/2023 à 18h02', 'Encore une aire de pique-nique.', 'Répondre',
      'Sylvie Garnier a écrit :', 'En réponse à Jeannot33', 'le 22/09/2023 à 18h30', 'Les barbecues sont déjà interdits.', 'Répondre',
    ];

    // Act
    const comments = threadReplies(splitRaw(rows));

    // Assess
    expect(comments.map((c) => [c.author, c.depth, c.postedAt, c.text])).toEqual([
      ['Jeannot33', 0, '2023-09-22T18:02:00', 'Encore une aire de pique-nique.'],
      ['Sylvie Garnier', 1, '2023-09-22T18:30:00', 'Les barbecues sont déjà interdits.'],
    ]);
  });
});

describe('Function: splitComments (labels around the name)', () => {
  it('reads "Name hat gesagt…" and "Réponse de Name" headers, and drops "Signaler un abus"', () => {
    // Act
    const german = split(['5 Kommentare:', 'Thomas Kreuzer hat gesagt…', 'Danke für den ehrlichen Bericht.', '14. März 2024 um 18:02']);
    const french = split(['Commentaires', 'Yannick Le Bihan', '12 mars 2024 à 09h14', 'Enfin une bonne nouvelle pour le bourg.', 'Répondre · Signaler un abus', '    Réponse de Gwenola B.', '    12 mars 2024 à 10h02', '    On attend de voir le loyer.']);

    // Assess
    expect(german).toEqual([{ author: 'Thomas Kreuzer', text: 'Danke für den ehrlichen Bericht.' }]);
    expect(french).toEqual([
      { author: 'Yannick Le Bihan', text: 'Enfin une bonne nouvelle pour le bourg.' },
      { author: 'Gwenola B.', text: 'On attend de voir le loyer.' },
    ]);
  });
});

describe('Function: splitComments (ratings, badges and bulleted replies)', () => {
  it('skips a star rating over the text and takes "(Author)" off the name', () => {
    // Act
    const comments = split(['Comments', 'Marjorie T.', 'October 15, 2023 at 8:22 am', '★★★★★', 'Made this yesterday with Bosc pears.', 'Reply', '', '    Jenna Whitford (Author)', '    October 15, 2023 at 9:40 am', '    So glad you loved it!', '    Reply']);

    // Assess
    expect(comments).toEqual([
      { author: 'Marjorie T.', text: 'Made this yesterday with Bosc pears.' },
      { author: 'Jenna Whitford', text: 'So glad you loved it!' },
    ]);
  });

  it('reads a bulleted reply whose badge stands on its own line between the name and the date', () => {
    // Act
    const comments = split(['Responses (2)', 'Owen Blakely', 'Mar 4, 2023', 'How did you keep the meetings from coming back?', '1 reply', '', '  - Priya Vandermeer', '    Author', '    Mar 4, 2023', '', '    We kept a shared doc.']);

    // Assess
    expect(comments).toEqual([
      { author: 'Owen Blakely', text: 'How did you keep the meetings from coming back?' },
      { author: 'Priya Vandermeer', text: 'We kept a shared doc.' },
    ]);
  });
});

describe('Function: splitComments (a footer menu after the last comment)', () => {
  it('ends the last comment at a menu set out on one line', () => {
    // Act
    const comments = split(['Responses (1)', 'Rosa Inchausti', 'Mar 6, 2023', 'The part about onboarding is the one nobody talks about.', '12', 'Reply', '', 'Help   Status   About   Careers   Press   Blog   Privacy']);

    // Assess
    expect(comments).toEqual([{ author: 'Rosa Inchausti', text: 'The part about onboarding is the one nobody talks about.' }]);
  });

  it('keeps a short last comment whose controls and the plugin credit make three short lines', () => {
    // Act
    const comments = split(['3 Comments', 'Dilara Kaya', 'The bridge will change the whole valley.', 'Like · Reply · 2y', '', 'Tomas Berg', 'Top fan', 'Well done 👏', 'Like · Reply · 1y', '', 'Facebook Comments Plugin']);

    // Assess
    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['Dilara Kaya', 'The bridge will change the whole valley.'],
      ['Tomas Berg', 'Well done 👏'],
    ]);
  });
});

describe('Function: splitComments (thread controls above the first comment)', () => {
  it('takes no control ("Collapsed") for an author over the first "Name / 2d ago" comment', () => {
    // Act
    const comments = split(['Comments (214)', 'Sort by', 'Oldest', 'Display threads', 'Collapsed', 'plumtreeline', '2d ago', 'Same story over in the Carrow valley.', '87', 'Reply', '', 'MoorlandMags', '1d ago', 'The 9.40 was the only way home.', 'Reply']);

    // Assess
    expect(comments.map((c) => c.author)).toEqual(['plumtreeline', 'MoorlandMags']);
  });
});

describe('Function: splitComments (full-name mentions and trailing badges)', () => {
  it('threads "@Kelechi Eze …" under Kelechi Eze and takes "Post author" off a name', () => {
    // Prepare
    const rows = [
      '4 Comments', 'Kelechi Eze', '5 March 2024 at 9:14 am', 'Good development.', 'Reply',
      'Funmi Adeyinka', '5 March 2024 at 10:02 am', '@Kelechi Eze You are very correct.', 'Reply',
      'Margaret Ilse Post author', '5 March 2024 at 11:00 am', 'Thanks both.', 'Reply',
    ];

    // Act
    const comments = threadReplies(splitRaw(rows));

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([['Kelechi Eze', 0], ['Funmi Adeyinka', 1], ['Margaret Ilse', 0]]);
  });
});

describe('Function: splitComments (a reply marker between the name and the date)', () => {
  it('reads "Name" / "Antwort auf X" / date as a reply to X', () => {
    // Prepare
    const rows = ['Postings', 'Hubert_W', '14. März 2024, 10:12', 'Die Lehre muss besser bezahlt werden.', 'Antworten', 'melanzani_blau', 'Antwort auf Hubert_W', '14. März 2024, 10:40', 'Kommt drauf an, welche Lehre.', 'Antworten'];

    // Act
    const comments = threadReplies(splitRaw(rows));

    // Assess
    expect(comments.map((c) => [c.author, c.depth, c.postedAt, c.text])).toEqual([
      ['Hubert_W', 0, '2024-03-14T10:12:00', 'Die Lehre muss besser bezahlt werden.'],
      ['melanzani_blau', 1, '2024-03-14T10:40:00', 'Kommt drauf an, welche Lehre.'],
    ]);
  });
});

describe('Function: splitComments (a Disqus reply whose arrow the copy lost)', () => {
  it('reads "kaveh.n  Sardor_T • 3 years ago" as kaveh.n answering Sardor_T', () => {
    // Prepare
    const rows = ['14 Comments', 'Sardor_T • 3 years ago', 'The Ababil is obsolete anyway.', '    5 △ ▽ • Reply • Share ›', '', '        kaveh.n  Sardor_T • 3 years ago', '        Obsolete for whom?', '', 'Marina Lebedeva • 3 years ago', 'Moscow has said nothing.'];

    // Act
    const comments = threadReplies(splitRaw(rows));

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([['Sardor_T', 0], ['kaveh.n', 1], ['Marina Lebedeva', 0]]);
  });
});

describe('Function: splitComments (social widgets and reply labels)', () => {
  const thread = (rows: readonly string[]) => threadReplies(splitRaw(rows)).map((c) => ({ author: c.author, depth: c.depth, text: c.text }));

  it('leaves the job or town under a bare name out of the comment, in English and Spanish widgets', () => {
    const rows = [
      'Gary Lund',
      'Retired at Ford Motor Company',
      'We paid for a new roof in 2009 already.',
      'Like · Reply · 9 · 2d',
      '',
      'Lola Gámez',
      'Jaén',
      'Yo he pasado al aceite de girasol.',
      'Me gusta · Responder · 2 sem',
      '',
      'Pedro Ruiz',
      'Bellmont, Ohio',
      'Overdue.',
      'Like · Reply · 3 · 1d',
    ];

    expect(split(rows)).toEqual([
      { author: 'Gary Lund', text: 'We paid for a new roof in 2009 already.' },
      { author: 'Lola Gámez', text: 'Yo he pasado al aceite de girasol.' },
      { author: 'Pedro Ruiz', text: 'Overdue.' },
    ]);
  });

  it('keeps a short first line that follows a dated header: only bare-name widgets print a town there', () => {
    const rows = ['Ann Lee says:', 'August 3, 2019 at 4:11 am', 'Hello, Bellmont', 'The pier finally gets its lift.', 'Reply', '', 'Bo Marsh says:', 'August 3, 2019 at 6:30 am', 'And a ramp.', 'Reply'];

    expect(split(rows)[0]!.text).toBe('Hello, Bellmont\n\nThe pier finally gets its lift.');
  });

  it('nests a reply under the comment a "Reply to" label above its name points to, where the layout indents one level only', () => {
    const rows = [
      'Marie Tremblay',
      '4 hours ago',
      'My sister is a nurse there and they work sixteen-hour shifts.',
      'Like 62   Reply',
      '',
      '    Reply to Marie Tremblay',
      '    Ian McAllister',
      '    3 hours ago',
      '    Same in Elk Point, the staff are holding it together.',
      '    Like 21   Reply',
      '',
      '    Reply to Ian McAllister',
      '    Siew Tan',
      '    2 hours ago',
      '    We moved partly for this reason.',
      '    Like 9   Reply',
    ];

    expect(thread(rows).map((c) => [c.author, c.depth])).toEqual([
      ['Marie Tremblay', 0],
      ['Ian McAllister', 1],
      ['Siew Tan', 2],
    ]);
  });

  it('takes the "Reply to" label above a name over the line under it, which may be the commenter\'s country', () => {
    const rows = [
      'Mehdi',
      'Canada',
      'Tue 5 Mar 2024 13:20',
      'Pay the bills and the lights stay on.',
      'Reply',
      '',
      'Reply to Mehdi',
      'Haider',
      'Iraq',
      'Tue 5 Mar 2024 14:05',
      'The banks cannot move the money even when the ministry wants to pay.',
      '',
      'Sara',
      'Germany',
      'Tue 5 Mar 2024 16:48',
      'Good news if it works this time.',
      'Reply',
    ];

    expect(thread(rows).map((c) => [c.author, c.depth])).toEqual([
      ['Mehdi', 0],
      ['Haider', 1],
      ['Sara', 0],
    ]);
  });
});

describe('Function: splitComments (forum threads and vote widgets)', () => {
  const thread = (rows: readonly string[]) => threadReplies(splitRaw(rows)).map((c) => [c.author, c.depth, c.text]);

  it('keeps a forum thread flat when a post names another member, and ends each post at its signature', () => {
    const rows = [
      '#2  Posted by Sev on 14 Oct 2021, 10:47',
      'About time, the town needed a consulate.',
      '__________________',
      'Our mountains, our home',
      '',
      '#3  Posted by Tigran_LA on 14 Oct 2021, 11:30',
      '@Sev nobody said it would change the border.',
    ];

    expect(thread(rows)).toEqual([
      ['Sev', 0, 'About time, the town needed a consulate.'],
      ['Tigran_LA', 0, 'nobody said it would change the border.'],
    ]);
  });

  it('nests a forum post under the post its reply marker names, "Ответ на #1 (Сергей_63)"', () => {
    const rows = ['#1  Написал(а): Сергей_63  12.03.2021 в 14:40', 'Каждый год одно и то же.', '', '#2  Написал(а): Олеся  12.03.2021 в 15:02', 'Ответ на #1 (Сергей_63)', 'Мост никто строить не будет.'];

    expect(thread(rows)).toEqual([
      ['Сергей_63', 0, 'Каждый год одно и то же.'],
      ['Олеся', 1, 'Мост никто строить не будет.'],
    ]);
  });

  it('leaves vote counts out of the comment text, "👍 12   👎 1"', () => {
    const rows = ['Comments', '', 'Sina - Canada', '15:02 - 2019/01/15', '', 'Good news for both nations.', '', '👍 12   👎 1', '', 'Arpine - Yerevan', '16:40 - 2019/01/15', '', 'Finally.', '', '👍 9   👎 0'];

    expect(split(rows)).toEqual([
      { author: 'Sina', text: 'Good news for both nations.' },
      { author: 'Arpine', text: 'Finally.' },
    ]);
  });

  it('leaves vote counts written before their arrows out of the comment text, "8 ▲ 1 ▼"', () => {
    const rows = ['Comments', '', 'Sina, Almaty', '4 hours ago', 'Good news for both nations.', '8 ▲ 1 ▼', 'Like  Reply', '', 'Arpine, Yerevan', '3 hours ago', 'Finally.', '3 ▲ 9 ▼', 'Like  Reply'];

    expect(split(rows)).toEqual([
      { author: 'Sina', text: 'Good news for both nations.' },
      { author: 'Arpine', text: 'Finally.' },
    ]);
  });

  it('ends a comment at its "Reply" link: a line after it that no header opens is the page\'s footer', () => {
    const rows = ['Comments (2)', '', 'Mere Tavake', '6 hours ago', 'The aircraft are the only way to cover that much ocean.', 'Reply', '', 'Rosalyn Kera', '5 hours ago', 'Proud of our officers.', 'Reply', '', 'Harbour Radio acknowledges the traditional custodians of the lands and seas of the region.', 'Contact | About | Frequencies | Terms of Use | Privacy'];

    expect(split(rows)).toEqual([
      { author: 'Mere Tavake', text: 'The aircraft are the only way to cover that much ocean.' },
      { author: 'Rosalyn Kera', text: 'Proud of our officers.' },
    ]);
  });

  it('leaves a count over Disqus\'s two arrows out of the comment text, "7 △ ▽"', () => {
    const rows = ['Comments', '', 'Sina, Almaty', '4 hours ago', 'Good news for both nations.', '', '7 △ ▽', '• Reply • Share ›', '', 'Arpine, Yerevan', '3 hours ago', 'Finally.', '', '0 △ ▽'];

    expect(split(rows)).toEqual([
      { author: 'Sina', text: 'Good news for both nations.' },
      { author: 'Arpine', text: 'Finally.' },
    ]);
  });
});

describe('Function: splitComments (reader forum with numbered posts)', () => {
  it('nests a post under the one "Antwort auf #1 von Name" names and drops the post numbers', () => {
    const rows = [
      '#1',
      'Forum: leipzigerin_82, 12.03.2024, 14:22 Uhr',
      'Kann ich nur bestätigen.',
      'Empfehlen (34)   Antworten   Melden',
      '',
      '      Antwort auf #1 von leipzigerin_82',
      '      #2',
      '      Forum: Ostwind, 12.03.2024, 14:40 Uhr',
      '      Dafür gibt es in Chemnitz noch Wohnungen.',
      '      Empfehlen (12)   Antworten   Melden',
    ];

    expect(threadReplies(splitRaw(rows)).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['leipzigerin_82', 0, 'Kann ich nur bestätigen.'],
      ['Ostwind', 1, 'Dafür gibt es in Chemnitz noch Wohnungen.'],
    ]);
  });
});

describe('Function: splitComments (a Chinese portal\'s comments)', () => {
  it('takes the place tag off the name, the "发表评论 匿名发表" form row for no comment, and "回复 @name：" off a reply that it nests', () => {
    const rows = [
      '网友评论（已有2条评论）', '请文明上网，理性发言。', '发表评论 匿名发表', '最热评论 ｜ 最新评论', '',
      '西湖边的猫 [浙江杭州网友]', '2小时前', '我爸妈住的小区也在协商，已经拖了两年了。', '回复 赞(356) 举报', '',
      '    钱塘老张 [浙江杭州网友]', '    1小时前', '    回复 @西湖边的猫：关键是社区要有人出面协调。', '    回复 赞(88) 举报', '',
      '小鱼不吃鱼 [江苏南京网友]', '45分钟前', '按楼层分摊费用挺合理的。', '回复 赞(140) 举报',
    ];

    expect(threaded(rows).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['西湖边的猫', 0, '我爸妈住的小区也在协商，已经拖了两年了。'],
      ['钱塘老张', 1, '关键是社区要有人出面协调。'],
      ['小鱼不吃鱼', 0, '按楼层分摊费用挺合理的。'],
    ]);
  });
});

describe('Function: splitComments (a journal\'s comments: subject, "Date:", "From:")', () => {
  it('reads "Date: …" over "From: name" as the header, the subject above it as neither author nor text, and the post\'s first tag as no commenter', () => {
    const rows = [
      'Tags:', 'allotment', 'foxes', 'Share', 'Link', '8 comments', 'Reply', '',
      '(no subject)', 'Date: 2024-03-05 03:12 am (UTC)', 'From: thimbleweed', 'Margaret is a national treasure.', 'Link  •  Reply  •  Thread', '',
      'fox boxes', 'Date: 2024-03-05 09:05 am (UTC)', 'From: oddsocks_and_ink', 'My neighbour put one in her hedge last spring.', 'Link  •  Reply  •  Thread',
    ];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.postedAt, c.text])).toEqual([
      ['thimbleweed', '2024-03-05T03:12:00Z', 'Margaret is a national treasure.'],
      ['oddsocks_and_ink', '2024-03-05T09:05:00Z', 'My neighbour put one in her hedge last spring.'],
    ]);
  });
});

describe('Function: splitComments (a phpBB topic copied from its prosilver page)', () => {
  const post = (author: string, time: string, ...text: string[]) => ['Re: Car 1187 truck rebuild', '', 'Quote', '', 'Post', '', `by ${author} » ${time}`, '', ...text, '', 'Top', ''];

  it('reads "Re: subject" / "Quote" / "Post" / "by Name » date" as a post\'s header, and a quote glued under "Name wrote:" as no part of the reply', () => {
    const rows = [
      ...post('Carla Dimitriou', 'Wed Mar 06, 2024 2:52 am', 'I can do Saturdays through April.'),
      ...post('hfrazier', 'Wed Mar 06, 2024 3:30 am', 'Has anyone priced having them poured in house?'),
      ...post('Walt Brzezinski', 'Wed Mar 06, 2024 12:18 pm', 'hfrazier wrote:', 'Wed Mar 05, 2024 10:30 pmMight be cheaper than $640 a piece.', '', 'We talked about it. Pouring bronze is a different animal.'),
    ];

    expect(split(rows)).toEqual([
      { author: 'Carla Dimitriou', text: 'I can do Saturdays through April.' },
      { author: 'hfrazier', text: 'Has anyone priced having them poured in house?' },
      { author: 'Walt Brzezinski', text: 'We talked about it. Pouring bronze is a different animal.' },
    ]);
  });
});

describe('Function: splitComments (numbered talkbacks with a title above the name)', () => {
  it('gives each talkback its title and text, with the name, town and date in parentheses as its header', () => {
    // Prepare
    const rows = [
      'Talkbacks (3)', '', '1.', 'Good news for the valley', 'Dana, Haifa (03.12.22)', 'The bridge is long overdue.', '',
      '2.', 'Who pays for it?', 'Uri, Eilat (03.12.22)', '', '3.', 'to #2 Uri', 'Noa K., Tel Aviv (04.12.22)', 'The state does, as always.',
    ];

    // Act
    const comments = splitRaw(rows);

    // Assess
    expect(comments.map((c) => [c.header.author, c.header.postedAt, c.text])).toEqual([
      ['Dana', '2022-12-03', 'Good news for the valley\n\nThe bridge is long overdue.'],
      ['Uri', '2022-12-03', 'Who pays for it?'],
      ['Noa K.', '2022-12-04', 'to #2 Uri\n\nThe state does, as always.'],
    ]);
  });
});

describe('Function: splitComments (headers from held-out comment systems)', () => {
  it('reads "Name, Town · 5 hours ago" headers with "Replying to" under them', () => {
    const rows = ['Comments (27)', '', 'Kofi Mensah, Kumasi · 5 hours ago', '', 'The price is a pay cut dressed as a raise.', '', '    Efua Darko, London · 4 hours ago', '', '    Replying to Kofi Mensah', '', '    The currency is the real problem.'];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.replyTo, c.text])).toEqual([
      ['Kofi Mensah', null, 'The price is a pay cut dressed as a raise.'],
      ['Efua Darko', 'Kofi Mensah', 'The currency is the real problem.'],
    ]);
  });

  it('reads a name with a badge and "Reply to" between it and the date (wpDiscuz)', () => {
    const rows = ['6 Comments', '', 'hwy50hiker', '', 'June 14, 2022 6:40 pm', '', 'Which days are odd addresses?', '', 'Ruth Calloway', '', 'Admin', '', 'Reply to hwy50hiker', '', 'June 14, 2022 7:03 pm', '', 'Mondays and Thursdays for 0-4.'];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.replyTo, c.header.postedAt])).toEqual([
      ['hwy50hiker', null, '2022-06-14T18:40:00'],
      ['Ruth Calloway', 'hwy50hiker', '2022-06-14T19:03:00'],
    ]);
  });

  it('reads "Guest" and "Member" role lines between the name and "Reply to" (wpDiscuz), and drops the "Last edited … by" note', () => {
    const rows = [
      '4 Comments', 'Margaret Holloway', 'Guest', '1 year ago', '', 'A mess for ages.', '3', 'Reply',
      'Tom Baird', 'Member', 'Reply to  Margaret Holloway', '1 year ago', '', 'The crews work impossible hours.', 'Last edited 1 year ago by Tom Baird', '1', 'Reply',
      'Ellen Muir', 'Guest', 'Reply to  Tom Baird', '1 year ago', '', 'The planning is the problem.', '0', 'Reply',
    ];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.replyTo, c.text])).toEqual([
      ['Margaret Holloway', null, 'A mess for ages.'],
      ['Tom Baird', 'Margaret Holloway', 'The crews work impossible hours.'],
      ['Ellen Muir', 'Tom Baird', 'The planning is the problem.'],
    ]);
  });

  it('leaves the site\'s name heading the footer menu out of the last comment, and keeps a short comment over its controls', () => {
    const rows = ['Comments', '', 'Olga Nowicka — 13 March 2024, 10:30', 'Five airlines with two spares are better than none.', '', 'Ravi Rao — 13 March 2024, 11:02', 'Great news', 'Like · Reply · 1y', '', 'Regional Air Transport Review', 'About  |  Editorial team  |  Contact  |  Privacy  |  Cookies'];

    expect(split(rows)).toEqual([
      { author: 'Olga Nowicka', text: 'Five airlines with two spares are better than none.' },
      { author: 'Ravi Rao', text: 'Great news' },
    ]);
  });

  it('leaves a footer block set apart under the last comment out of it: the site\'s line, its address, its copyright', () => {
    const rows = ['Şərhlər', '', 'Kamran', '09.04.2024 | 15:02', 'Çox gözəl xəbərdir.', '', 'Nigar Əliyeva', '09.04.2024 | 15:47', 'Qiymət haqda heç nə yazılmayıb.', '', 'Liman Xəbər – bölgənin xəbər portalı', 'Ünvan: Liman küçəsi 12', '© 2024 Liman Xəbər. Bütün hüquqlar qorunur.'];

    expect(split(rows).map((c) => c.text)).toEqual(['Çox gözəl xəbərdir.', 'Qiymət haqda heç nə yazılmayıb.']);
  });

  it('keeps a comment\'s second paragraph that is a sentence', () => {
    const rows = ['Comments', '', 'Olga Nowicka — 13 March 2024, 10:30', 'Five airlines are better than none.', '', 'Two spares would help too.', '© 2024 Regional Air Transport Review'];

    expect(split(rows).map((c) => c.text)).toEqual(['Five airlines are better than none.\n\nTwo spares would help too.']);
  });

  it('nests a "Posted by Name | date" comment under the commenter its "@Name" answers (a comment widget, not a forum thread)', () => {
    const rows = ['Reader comments (3)', '', 'Posted by Juma Salim | 12/03/2024 08:12', 'The same thing happened in 2018.', 'Like (14)  Reply', '', 'Posted by MtwaraBoy | 12/03/2024 09:30', '@Juma Salim exactly, they know the names.', 'Like (6)  Reply', '', 'Posted by Halima Said | 12/03/2024 13:58', 'My uncle has not been paid.'];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.replyTo])).toEqual([
      ['Juma Salim', null],
      ['MtwaraBoy', 'Juma Salim'],
      ['Halima Said', null],
    ]);
  });

  it('reads comments printed as labelled fields ("Posted by:", "Date:", "Comment:"), a "Response to" label over an indented reply', () => {
    const rows = [
      'Reader Comments (2)', '',
      'Posted by: Drill_Sergeant_WA', 'Date: 04/03/2024 19:58', 'Comment: Third one since Christmas.', '',
      '    Response to Drill_Sergeant_WA', '    Posted by: R. Okonkwo', '    Date: 05/03/2024 06:41', '    Comment: Agree on the dewatering.',
    ];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.indent, c.text])).toEqual([
      ['Drill_Sergeant_WA', 0, 'Third one since Christmas.'],
      ['R. Okonkwo', 4, 'Agree on the dewatering.'],
    ]);
  });

  it('takes no vote count ("0") over "#1" and the name for the author (JComments)', () => {
    const rows = ['Kommentare', '', '0', '#1', 'Sabine K.', '17.06.2022 10:42', '', 'Sechs Wochen später und teurer.', '', 'Antworten | Zitieren', '', '    0', '    #2', '    Rainer', '    17.06.2022 11:05', '', '    Lieber jetzt richtig.'];

    expect(split(rows)).toEqual([
      { author: 'Sabine K.', text: 'Sechs Wochen später und teurer.' },
      { author: 'Rainer', text: 'Lieber jetzt richtig.' },
    ]);
  });

  it('reads "#2 Name | date | răspuns pentru Name" posts and a pen name with "(not verified)" over its date', () => {
    const rows = [
      'Comentarii (3)', '', '#1  Ion Vasilescu  |  28 noiembrie 2023, 20:12', 'Nu găsești loc liber.', '',
      '    #2  Cristina_CJ  |  28 noiembrie 2023, 20:30  |  răspuns pentru Ion Vasilescu', '    Exact.', '',
      'Former L&D nurse (not verified)', 'Wed, 03/09/2022 - 06:50', 'The staffing problem is real.',
    ];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.replyTo])).toEqual([
      ['Ion Vasilescu', null],
      ['Cristina_CJ', 'Ion Vasilescu'],
      ['Former L&D nurse', null],
    ]);
  });

  it('takes "18  3" under the text as the vote counts, not the text', () => {
    expect(split(['Comments', '', 'Reza M.', '2023-03-05 11:40', '', 'Every year the same words.', '', 'Reply', '18  3'])).toEqual([{ author: 'Reza M.', text: 'Every year the same words.' }]);
  });
});

describe('Function: splitComments (a script without case)', () => {
  it('drops the town after a Hebrew name and reads a "reply to comment 1" label above the name as no author', () => {
    const rows = [
      '2 תגובות', '', '1.', 'דני, חיפה', '12.03.24 | 15:10', 'כל פרויקט תשתית בארץ נדחה בשנתיים.', 'הגב', '',
      '    תגובה לתגובה 1', '    יוסי מהקטמונים', '    12.03.24 | 15:47', '    בחיפה יש לכם את המטרונית.', '    הגב',
    ];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.indent])).toEqual([
      ['דני', 0],
      ['יוסי מהקטמונים', 4],
    ]);
  });
});

describe('Function: splitComments (forum posts addressed by number)', () => {
  it('nests "#2 Posted by … (in reply to #1)" under post #1', () => {
    const rows = [
      "Readers' comments (3)", '', '#1 Posted by Bakyt_kg on 09.04.2024 at 12:03', 'Finally.', 'Quote | Reply | Report', '',
      '#2 Posted by Ainura on 09.04.2024 at 12:41 (in reply to #1)', 'Easy to say.', 'Quote | Reply | Report', '',
      '#3 Posted by Temir on 09.04.2024 at 14:30', 'They did the same in 2019.', 'Quote | Reply | Report',
    ];
    expect(threaded(rows).map((c) => [c.author, c.depth, c.parentId])).toEqual([
      ['Bakyt_kg', 0, null],
      ['Ainura', 1, '0001'],
      ['Temir', 0, null],
    ]);
  });
});

describe('Function: splitComments (dates inside numbered headers, arrow bullets, reply notes after an arrow)', () => {
  it('reads "1. Name on date said:" with its date and "↳ Name said:" replies', () => {
    const rows = ['3 Responses', '', '  1. Garo Y. on March 4, 2024 at 9:12 am said:', '    The court was right.', '', '    ↳ Sevag said:', '      March 4, 2024 at 10:00 am', '      Agreed.'];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.postedAt])).toEqual([
      ['Garo Y.', '2024-03-04T09:12:00'],
      ['Sevag', '2024-03-04T10:00:00'],
    ]);
  });

  it('reads "↪ in reply to #1 (Name)" after a forum post\'s date', () => {
    const rows = ['Comments (2)', '', '#1   Posted by Erlan_K on 27 Sep 2023, 11:02', 'Good piece.', '', '#2   Posted by Askar on 27 Sep 2023, 12:15   ↪ in reply to #1 (Erlan_K)', 'Same here.'];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.replyTo])).toEqual([
      ['Erlan_K', null],
      ['Askar', '#1'],
    ]);
  });
});

describe('Function: splitComments (forum quotes, vote rows, Reddit and Coral layouts)', () => {
  it('leaves out an earlier post quoted deeper than the post\'s own text, attribution and all', () => {
    const rows = [
      'Re: Harbour fees',
      '#3 Post by Tidewatcher » Tue Jan 10, 2023 7:20 pm',
      'Quote',
      '',
      '    Old Salt wrote: ↑Tue Jan 10, 2023 7:02 pm',
      '    Nobody asked the sailors.',
      '',
      'They held two public meetings in March.',
    ];

    expect(split(rows)).toEqual([{ author: 'Tidewatcher', text: 'They held two public meetings in March.' }]);
  });

  it('keeps indented text that no own text of the post follows: a quote never makes up the whole post', () => {
    const rows = ['  1. Tidewatcher said:', '      Old Salt wrote: ↑Tue Jan 10, 2023 7:02 pm', '      The board never listens, and this time it did.', '', '  2. Bo said:', '      Agreed.'];

    expect(split(rows)[0]).toEqual({ author: 'Tidewatcher', text: 'Old Salt wrote: ↑Tue Jan 10, 2023 7:02 pm\n\nThe board never listens, and this time it did.' });
  });

  it('drops a row of votes and controls ("↑ +18 ↓  Reply  Link", "↑ −1 ↓  Reply  Link") under the text', () => {
    const rows = ['Comments', '', 'Olivier Brandt', 'Mar 12, 2023 at 2:05 PM', 'Finally some shelter.', '↑ +18 ↓  Reply  Link', '', 'anon_cyclist', 'Mar 13, 2023 at 12:51 PM', 'Too little, too late.', '↑ −1 ↓  Reply  Link'];

    expect(split(rows)).toEqual([
      { author: 'Olivier Brandt', text: 'Finally some shelter.' },
      { author: 'anon_cyclist', text: 'Too little, too late.' },
    ]);
  });

  it('reads Reddit\'s "level N" / "u/name · 5h" headers, without the "u/" and with an "edited" note', () => {
    const rows = [
      'level 1',
      'u/quay_walker · 5h',
      '',
      'The pontoons are long overdue.',
      '',
      '412',
      'Reply',
      '',
      '    level 2',
      '    u/mooring_mae · 5h · edited 4h',
      '',
      '    Overdue, yes, but not at this price.',
      '',
      '    88',
      '    Reply',
    ];
    expect(threaded(rows).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['quay_walker', 0, 'The pontoons are long overdue.'],
      ['mooring_mae', 1, 'Overdue, yes, but not at this price.'],
    ]);
  });

  it('reads "Name" / "Town, ST" / time and "Name" / badge / town / time (Coral), and "Name from Town" (the name signed)', () => {
    const rows = [
      'Comments',
      '',
      'tjmcgrath',
      'Lake Forest, IL',
      '3 hours ago',
      'Agreed, but the match will be tough for small towns.',
      '',
      'Ben Kowalczyk',
      'Staff',
      'Springfield',
      '2 hours ago',
      'The bill lets the commission waive the match.',
      '',
      'Graham Pike from Crandleigh',
      '14 September 2021, 17:52',
      'Seven to five, then.',
    ];

    expect(split(rows).map((c) => c.author)).toEqual(['tjmcgrath', 'Ben Kowalczyk', 'Graham Pike from Crandleigh']);
  });

  it('takes a job or a town with a particle under a bare name for the commenter\'s, not for text', () => {
    const rows = [
      'Gerald Pichler',
      'Schwarzach im Pongau',
      'Die Liftler bekommen davon am wenigsten.',
      'Gefällt mir · Antworten · 6 · 2 Std.',
      '',
      'Claudia Moser',
      'Obfrau bei SC Dorfgastein',
      'Wann genau ist das Gespräch mit der Gemeinde?',
      'Gefällt mir · Antworten · 1 · 52 Min.',
    ];

    expect(split(rows)).toEqual([
      { author: 'Gerald Pichler', text: 'Die Liftler bekommen davon am wenigsten.' },
      { author: 'Claudia Moser', text: 'Wann genau ist das Gespräch mit der Gemeinde?' },
    ]);
  });

  it('reads Blogger\'s "said..." after a pen name of any shape', () => {
    const rows = ['Dave in Morrow\'s Landing said...', '    Made my morning.', '    April 8, 2023 at 4:47 PM  Delete', '', 'Anonymous said...', '    Same here.', '    April 8, 2023 at 6:20 PM  Delete'];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.postedAt, c.text])).toEqual([
      ["Dave in Morrow's Landing", '2023-04-08T16:47:00', 'Made my morning.'],
      ['Anonymous', '2023-04-08T18:20:00', 'Same here.'],
    ]);
  });
});

describe('Function: splitComments (Discourse: "↳ handle" under the time)', () => {
  it('nests a post under the handle its arrow names, and leaves the arrow line out of the text', () => {
    const rows = ['Discussion', '', 'kfarrell', '', 'March 11, 2024, 8:14pm', '', 'Thanks for going to the branch.', '', 'm.osei', '', 'March 11, 2024, 9:02pm', '', '↳  kfarrell', '', 'Same. I volunteer with that group.'];
    expect(threaded(rows).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['kfarrell', 0, 'Thanks for going to the branch.'],
      ['m.osei', 1, 'Same. I volunteer with that group.'],
    ]);
  });
});

describe('Function: splitComments (a subject cut from the text\'s opening)', () => {
  it('leaves out a subject line that is the comment\'s opening words cut short', () => {
    const rows = ['Comments', '', 'Walt Denby', '', 'Tue, 04/09/2024 - 14:02', '', 'Who pays if the cap fails…', '', 'Who pays if the cap fails in year 15?', '', 'Reply', '', 'Dave R.', '', 'Wed, 04/10/2024 - 09:47', '', 'Same question…', '', 'Same question. Also renters?', '', 'Reply'];

    expect(threaded(rows).map((c) => c.text)).toEqual(['Who pays if the cap fails in year 15?', 'Same question. Also renters?']);
  });
});

describe('Function: splitComments (a quoted comment inside a reply)', () => {
  it('keeps "Name said:" over a quotation, right under a reply\'s header, as the start of that reply\'s text', () => {
    const rows = ['Responses', '', '  1. Rauf M. said:', '    28 February 2024, 10:12', '', '    Baku earns transit fees on every ton.', '', '    ↳ Pavel Orlov said:', '      28 February 2024, 12:47', '', '      Rauf M. said:', '', '      “Baku earns transit fees on every ton.”', '', '      That is true today.'];

    expect(threaded(rows).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Rauf M.', 0, 'Baku earns transit fees on every ton.'],
      ['Pavel Orlov', 1, 'Rauf M. said:\n\n“Baku earns transit fees on every ton.”\n\nThat is true today.'],
    ]);
  });
});

describe('Function: splitComments (Drupal: "Permalink" over "In reply to Name.")', () => {
  it('nests a reply by the "In reply to" line under its controls, and leaves both out of the text', () => {
    const rows = ['Comments', '', 'Armen K. (not verified)', 'Sun, 03/07/2021 - 15:40', 'Permalink', 'A balanced piece.', 'Reply', '', 'Mehman (not verified)', 'Mon, 03/08/2021 - 09:02', 'Permalink', 'In reply to Armen K.', 'Unpredictable for whom?', 'Reply'];

    expect(threaded(rows).map((c) => [c.author, c.depth, c.postedAt, c.text])).toEqual([
      ['Armen K.', 0, '2021-03-07T15:40:00', 'A balanced piece.'],
      ['Mehman', 1, '2021-03-08T09:02:00', 'Unpredictable for whom?'],
    ]);
  });
});

describe('Function: splitComments (Drupal 7: the subject a blank line over "Submitted by … on … Permalink")', () => {
  it('reads each comment\'s subject heading and its "Submitted by" line as its header, nested by indentation', () => {
    const rows = [
      'Comments', '',
      'Long overdue', '', 'Submitted by Armen Kasyan (not verified) on Wed, 09/20/2017 - 18:02    Permalink', '', 'A balanced piece at last.', '', 'reply', '',
      '    Agreed', '', '    Submitted by Lena Marsh (not verified) on Wed, 09/20/2017 - 19:15    Permalink', '', '    Good reporting.', '', '    reply', '',
      'Jobs', '', 'Submitted by quarry_dad on Thu, 09/21/2017 - 11:58    Permalink', '', 'Those are good jobs.', '', 'reply',
    ];

    expect(threaded(rows).map((c) => [c.author, c.depth, c.postedAt, c.text])).toEqual([
      ['Armen Kasyan', 0, '2017-09-20T18:02:00', 'A balanced piece at last.'],
      ['Lena Marsh', 1, '2017-09-20T19:15:00', 'Good reporting.'],
      ['quarry_dad', 0, '2017-09-21T11:58:00', 'Those are good jobs.'],
    ]);
  });
});

describe('Function: splitComments (a score line between the name and the date)', () => {
  it('reads "Name" / "7 points" / the date as one header, a badge above the score too, and never the score as the author', () => {
    const rows = [
      'Comments', '',
      'P', '', 'Peter Holm', '', '7 points', '', 'Thu Mar 07 2024', '', 'Thank you for pulling the core data.', '',
      '    Maren Tollefsen', '', '    Moderator', '', '    4 points', '', '    Thu Mar 07 2024', '', '    The appendix is on page 41.', '',
      'G', '', 'Gail Fenwick', '', '5 points', '', 'Thu Mar 07 2024', '', 'Whoever bought it should have priced that in.',
    ];

    expect(threaded(rows).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Peter Holm', 0, 'Thank you for pulling the core data.'],
      ['Maren Tollefsen', 1, 'The appendix is on page 41.'],
      ['Gail Fenwick', 0, 'Whoever bought it should have priced that in.'],
    ]);
  });
});

describe('Function: splitComments (Tagalog WordPress: "Name nagsabi:")', () => {
  it('reads "Name nagsabi:" over "Mayo 12, 2024 nang 9:47 pm" as a comment header, nested by indentation', () => {
    const rows = [
      '2 komento sa “Unang taon”', '',
      'Rowena Dizon nagsabi:', 'Mayo 12, 2024 nang 9:47 pm', '', 'Saludo ako sa iyo.', '', 'Tumugon', '',
      '    Lorna Magsino nagsabi:', '    Mayo 13, 2024 nang 6:15 am', '', '    Salamat po.', '', '    Tumugon',
    ];

    expect(threaded(rows).map((c) => [c.author, c.depth, c.postedAt, c.text])).toEqual([
      ['Rowena Dizon', 0, '2024-05-12T21:47:00', 'Saludo ako sa iyo.'],
      ['Lorna Magsino', 1, '2024-05-13T06:15:00', 'Salamat po.'],
    ]);
  });
});

describe('Function: splitComments (the Facebook widget in Thai)', () => {
  it('reads a bare name over its text and "ถูกใจ · ตอบกลับ · 5 ชม." as a comment, replies by indentation', () => {
    const rows = [
      'ความคิดเห็น 2 รายการ', '',
      'ประยูร มณีวงศ์', 'สงสารชาวสวนครับ ลงทุนทั้งปีรอเก็บผล', 'ถูกใจ · ตอบกลับ · 5 ชม.', '',
      '    สุภาวดี แสงอรุณ', '    เห็นด้วยค่ะ ปีที่แล้วก็โดนเหมือนกัน', '    ถูกใจ · ตอบกลับ · 47 นาที',
    ];

    expect(threaded(rows).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['ประยูร มณีวงศ์', 0, 'สงสารชาวสวนครับ ลงทุนทั้งปีรอเก็บผล'],
      ['สุภาวดี แสงอรุณ', 1, 'เห็นด้วยค่ะ ปีที่แล้วก็โดนเหมือนกัน'],
    ]);
  });
});

describe('Function: splitComments (a list of dates under the thread)', () => {
  it('never reads a date over a date as a commenter and its time', () => {
    const rows = ['Comments', '', 'Mike D', 'February 10, 2025', 'Was there with my kids.', '', 'Tasha Greer', 'February 10, 2025', 'Glad to hear it.', '', 'February 9, 2025', 'February 2, 2025', 'January 26, 2025'];

    expect(split(rows).map((c) => c.author)).toEqual(['Mike D', 'Tasha Greer']);
  });
});

describe('Function: splitComments (giscus: a reply\'s name over "Author replied <date>")', () => {
  it('takes the name above for the reply\'s author, never the "Author" badge', () => {
    const rows = ['kellan-ops commented Mar 3, 2024', '', 'Why not use an existing queue library?', '', '        1 reply', '', '    tobiasrenner', '    Author replied Mar 3, 2024', '', '    We looked at two options.', '', 'mvdberg commented Mar 4, 2024', '', 'How do you handle bloat?'];

    expect(split(rows).map((c) => c.author)).toEqual(['kellan-ops', 'tobiasrenner', 'mvdberg']);
  });
});

describe('Function: splitComments (held-out widgets, session 11)', () => {
  it('ends the thread at a widget quoting comments under other stories', () => {
    const rows = ['Comments', '', 'Mike D · 5h', 'Was there with my kids.', 'Reply', '', 'Tasha Greer · 5h', 'Glad he gets the headline.', 'Reply', '', 'Popular in the Community', '', 'Other team named player of the week', 'Gail R. · 2d', 'About time, kid has been raking.', '23 Comments'];

    expect(split(rows).map((c) => c.author)).toEqual(['Mike D', 'Tasha Greer']);
  });

  it('reads a reply whose arrow the copy lost: the addressee a wide gap after the author, a badge between', () => {
    const rows = ['Barry Ashworth', '• 3 hours ago', 'The depot lights were left on.', '', '    Lydia Kemble  Barry Ashworth', '    • 2 hours ago', '    They were never part of it.', '', '    Nadia Fairclough Mod  Barry Ashworth', '    • 1 hour ago', '    We will add a link.'];

    expect(threaded(rows).map((c) => [c.author, c.depth])).toEqual([['Barry Ashworth', 0], ['Lydia Kemble', 1], ['Nadia Fairclough', 1]]);
  });

  it('threads "1.1." and "1.2." numbering: two replies to comment 1, one reply under the first', () => {
    const rows = ['  1. Andreas K said:', '     My grandmother was baptised there.', '', '      1.1. Eleni C said:', '           Which church?', '', '          1.1.1. Andreas K said:', '                 St. George, I think.', '', '      1.2. Stavros said:', '           Beautiful.', '', '  2. Nick H said:', '     Good news.'];

    expect(threaded(rows).map((c) => [c.author, c.depth, c.parentId])).toEqual([
      ['Andreas K', 0, null],
      ['Eleni C', 1, '0001'],
      ['Andreas K', 2, '0001.0001'],
      ['Stavros', 1, '0001'],
      ['Nick H', 0, null],
    ]);
  });

  it('leaves a "Featured" label and a "Works at"/"Attended" profile line out of names and texts', () => {
    const rows = ['Comments', 'Sort by', 'Best', '', 'Featured', 'NorthShoreNancy', '15 hours ago', 'Long overdue.', 'Reply Share Report', '', 'Jenna Reed', 'Attended Ball State University', 'We are fine with it.', 'Like · Reply · 5 · 3y'];

    expect(split(rows)).toEqual([
      { author: 'NorthShoreNancy', text: 'Long overdue.' },
      { author: 'Jenna Reed', text: 'We are fine with it.' },
    ]);
  });
});

describe('Function: splitComments (the control that closes the first page)', () => {
  it('ends the last comment at "Voir plus de commentaires": the site\'s name under it is no text', () => {
    const rows = ['Commentaires', '', 'Patrick17', 'il y a 5 heures', 'La rouille coulait depuis des années.', 'Répondre   Signaler un abus   J\'aime (12)', '', '    Mimi de Crouin', '    il y a 1 heure', '    D\'accord avec vous.', '    Répondre   Signaler un abus   J\'aime (2)', '', 'Voir plus de commentaires', '', 'Le Républicain des Charentes'];

    expect(split(rows)).toEqual([
      { author: 'Patrick17', text: 'La rouille coulait depuis des années.' },
      { author: 'Mimi de Crouin', text: 'D\'accord avec vous.' },
    ]);
  });
});

describe('Function: splitComments (more held-out layouts, session 11)', () => {
  it('reads "└" replies under "godzinę temu" and a Facebook plugin\'s "58 min · Editado" controls', () => {
    const polish = ['Komentarze', '', 'tomek_jaroty', '2 godziny temu', 'To było do przewidzenia.', 'Odpowiedz   👍 21   👎 2   Zgłoś', '', '    └ Basia z Nagórek', '    godzinę temu', '    Co mieli zrobić?', '    Odpowiedz   👍 4   👎 9   Zgłoś'];
    const spanish = ['Comentarios', '', 'Beto Sandoval', '¿Y las pipas van a llegar?', 'Me gusta · Responder · 4 h · Editado', '', 'Fer Villaseñor', 'Mejor ahora que en mayo.', 'Me gusta · Responder · 58 min'];

    expect(threaded(polish).map((c) => [c.author, c.depth])).toEqual([['tomek_jaroty', 0], ['Basia z Nagórek', 1]]);
    expect(split(spanish)).toEqual([
      { author: 'Beto Sandoval', text: '¿Y las pipas van a llegar?' },
      { author: 'Fer Villaseñor', text: 'Mejor ahora que en mayo.' },
    ]);
  });

  it('ends the thread at a "Most read" list whose headlines carry dates', () => {
    const rows = ['Comments', '', 'Sara', '12 March 2024 10:15', 'Good news for travellers.', '', 'Mehdi', '12 March 2024 11:40', 'Finally.', '', 'Most read', 'Dollar rate today 13 March 2024', 'Exact time of the new year announced'];

    expect(split(rows).map((c) => c.author)).toEqual(['Sara', 'Mehdi']);
  });
});

describe('Function: splitComments (post navigation under the thread)', () => {
  it('ends the last comment at "Previous" / "Next" and the neighbouring posts\' titles', () => {
    const rows = ['Comments (2)', '', 'Heather', '2 years ago', '', 'Baked this for my mum.', '', 'Reply · Like', '', 'Marcus Dean', '1 year ago', '', 'Tin was 20cm so it took longer.', '', 'Reply · Like', '', 'Previous', 'Wild Garlic and Potato Soda Bread', 'Next', 'Blood Orange Marmalade, the Lazy Way'];

    expect(split(rows)).toEqual([
      { author: 'Heather', text: 'Baked this for my mum.' },
      { author: 'Marcus Dean', text: 'Tin was 20cm so it took longer.' },
    ]);
  });
});

describe('Function: splitComments (Arabic replies marked with an arrow)', () => {
  it('reads "↩ ردًا على <name>" over a reply as its addressee, no text', () => {
    const rows = ['التعليقات', '', 'أحمد فتحي', '05/03/2024 - 02:05 م', 'خطوة ممتازة، الكورنيش كان محتاج تطوير.', 'رد   إعجاب (15)   إبلاغ', '', '      ↩ ردًا على أحمد فتحي', '      منى عبد الرحمن', '      05/03/2024 - 02:31 م', '      عندك حق.'];

    expect(threaded(rows).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['أحمد فتحي', 0, 'خطوة ممتازة، الكورنيش كان محتاج تطوير.'],
      ['منى عبد الرحمن', 1, 'عندك حق.'],
    ]);
  });
});

describe('Function: splitComments (a moderation notice over a comment)', () => {
  it('keeps the comment under "Your comment is awaiting moderation. …" and drops the notice', () => {
    const rows = ['Comments', '', 'Tom Brennan | December 4, 2024 at 2:20 PM', 'DFC money ends up in the same projects.', 'Reply', '', 'Lena Ost | December 5, 2024 at 7:02 AM', 'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.', 'Please also look at the Georgian ports.', 'Reply'];

    expect(split(rows)).toEqual([
      { author: 'Tom Brennan', text: 'DFC money ends up in the same projects.' },
      { author: 'Lena Ost', text: 'Please also look at the Georgian ports.' },
    ]);
  });
});

describe('Function: splitComments (a removed comment whose name and text both say so)', () => {
  it('keeps one comment with the placeholder under the name for its text, and its date', () => {
    const comments = splitRaw([
      'harbour_kid', '3/21/24 11:02am', '', 'Ten percent is steep for a season.', '', '12 Stars', 'Reply', '',
      '[deleted]', '3/21/24 12:15pm', '', 'This comment was removed', '',
      'moor_mate', '3/21/24 12:40pm', '', 'The pontoons need the money though.', '', '4 Stars', 'Reply',
    ]);

    expect(comments.map((c) => [c.header.author, c.header.postedAt, c.text])).toEqual([
      ['harbour_kid', '2024-03-21T11:02:00', 'Ten percent is steep for a season.'],
      [null, '2024-03-21T12:15:00', 'This comment was removed'],
      ['moor_mate', '2024-03-21T12:40:00', 'The pontoons need the money though.'],
    ]);
  });
});

describe('Function: splitComments (a journal\'s "(Deleted comment)")', () => {
  it('keeps the deleted comment as an entry, so the reply under it keeps its place', () => {
    const comments = splitRaw(['harbour_kid', '2022-10-05 04:10 pm (UTC)', 'Ten percent is steep for a season.', '', '(Deleted comment)', '', '    moor_mate', '    2022-10-05 06:20 pm (UTC)', '    No harm done.']);

    expect(comments.map((c) => [c.header.author, c.text])).toEqual([
      ['harbour_kid', 'Ten percent is steep for a season.'],
      [null, '(Deleted comment)'],
      ['moor_mate', 'No harm done.'],
    ]);
  });
});

describe('Function: splitComments (a blog platform\'s lists of other posts after the responses)', () => {
  it('ends the thread at "See all responses" and "More from <author>", whose posts are no comments', () => {
    const comments = splitRaw([
      'Owen Marsh', 'Mar 15, 2024', 'Ten percent is steep for a season.', '19', 'Reply', '',
      'See all responses', '', 'More from Petra Holm and Harbour Notes', '',
      'Why the Ferry Timetable Keeps Changing', 'Petra Holm', 'Feb 2, 2024', '',
      'What the Marina Owes the Town', 'Petra Holm', 'Nov 30, 2023',
    ]);

    expect(comments.map((c) => [c.header.author, c.text])).toEqual([['Owen Marsh', 'Ten percent is steep for a season.']]);
  });
});

describe('Function: splitComments (Blogger\'s "removed by the author" under a "said..." header)', () => {
  it('keeps the name over the placeholder as the removed comment\'s author', () => {
    const comments = splitRaw(['Gwen Lane said...', 'Ten percent is steep for a season.', '', '17 July 2019 at 12:02', '', 'Marc Ellery said...', 'This comment has been removed by the author.', '', '17 July 2019 at 14:19']);

    expect(comments.map((c) => [c.header.author, c.text])).toEqual([
      ['Gwen Lane', 'Ten percent is steep for a season.'],
      ['Marc Ellery', 'This comment has been removed by the author.'],
    ]);
  });
});

describe('Function: splitComments (Discourse\'s withdrawn post)', () => {
  it('keeps the withdrawn post as a removed comment between its neighbours', () => {
    const comments = splitRaw(['dkoval', 'May 23, 2024', '', 'How long does a preview take to spin up?', '', '(post withdrawn by author, will be automatically deleted in 24 hours unless flagged)', '', 'sabine.ferro', 'May 27, 2024', '', 'Ours take about four minutes.']);

    expect(comments.map((c) => [c.header.author, c.text])).toEqual([
      ['dkoval', 'How long does a preview take to spin up?'],
      [null, '(post withdrawn by author, will be automatically deleted in 24 hours unless flagged)'],
      ['sabine.ferro', 'Ours take about four minutes.'],
    ]);
  });
});

describe('Function: splitComments (a verified mark after the name)', () => {
  it('leaves "✓" out of the author', () => {
    const comments = splitRaw(['Comments', '', 'mossgarden', 'Oct 8, 2024, 11:02 AM', 'Ten percent is steep for a season.', '▲ 22   Reply', '', 'Larkspur_Ade  ✓ Verified', 'Oct 8, 2024, 12:47 PM', 'The pontoons need the money.', '▲ 40   Reply']);

    expect(comments.map((c) => c.header.author)).toEqual(['mossgarden', 'Larkspur_Ade']);
  });
});

describe('Function: splitComments (a pen name that reads as an outlet\'s, beside its date)', () => {
  it('reads "EU observer | date" as the author and the time', () => {
    const comments = splitRaw(['Comments', '', 'Milica  |  18.02.2025 19:02', 'Nothing will move before the election.', 'Reply   ▲ 9   ▼ 0', '', 'EU observer  |  18.02.2025 20:47', 'The statement has been copied and pasted since 2013.', 'Reply   ▲ 15   ▼ 1']);

    expect(comments.map((c) => [c.header.author, c.header.postedAt])).toEqual([
      ['Milica', '2025-02-18T19:02:00'],
      ['EU observer', '2025-02-18T20:47:00'],
    ]);
  });
});

describe('Function: splitComments (the time on the control row under the text)', () => {
  it('takes "7 March 2024 at 18:30 · Reply" under the text as the comment\'s time, not its text', () => {
    const rows = [
      ' 1. Tomasz R. said:',
      '    The ferry timetable changes every spring and nobody is told.',
      '    7 March 2024 at 18:30 · Reply',
      '',
      ' 2. Ilona said:',
      '    Same on the island line.',
      '    8 March 2024 at 09:05 | Reply',
    ];

    expect(splitRaw(rows).map((c) => [c.header.author, c.header.postedAt, c.text])).toEqual([
      ['Tomasz R.', '2024-03-07T18:30:00', 'The ferry timetable changes every spring and nobody is told.'],
      ['Ilona', '2024-03-08T09:05:00', 'Same on the island line.'],
    ]);
  });
});

describe('Function: splitComments + threadReplies (Blogger\'s "Replies" label)', () => {
  it('nests the comments after "Replies" under the comment above it, until the lone "Reply" after the last answer', () => {
    const rows = [
      'Anonymous', '18 August 2024 at 21:02', '', 'Our beans went the same way last week.', '', 'ReplyDelete', 'Replies', '',
      'Jo Marsh', '18 August 2024 at 21:36', '', 'Sorry to hear it, try a later sowing.', '', 'Delete', '',
      'Anonymous', '18 August 2024 at 22:10', '', 'Will do, thanks.', '', 'Delete', 'Reply', '',
      'Pat', '19 August 2024 at 07:48', '', 'Water at the roots in the morning.', '', 'ReplyDelete',
    ];

    expect(threadReplies(splitRaw(rows)).map((c) => [c.author, c.depth, c.parentId])).toEqual([
      ['Anonymous', 0, null],
      ['Jo Marsh', 1, '0001'],
      ['Anonymous', 1, '0001'],
      ['Pat', 0, null],
    ]);
  });

  it('reads a Spanish Disqus copy: the form\'s "Nombre" is no commenter, each reply answers the name printed after its author\'s (three deep)', () => {
    const rows = [
      'O REGISTRARSE CON DISQUS ?', 'Nombre', '',
      'Gustavo_Rosarino', 'hace 3 horas', 'Cada gobernador negocia lo suyo.', '12', 'Responder', 'Compartir ›', '',
      '    Malena T. Gustavo_Rosarino', '    hace 2 horas', '    Así funciona un país federal.', '    7', '    Responder', '    Compartir ›', '',
      '        Gustavo_Rosarino Malena T.', '        hace 2 horas', '        Federalismo es otra cosa, Malena.', '        4', '        Responder', '        Comparteix ›', '',
      'Horacio Benítez', 'hace 3 horas', 'El fondo del transporte es clave.', '9', 'Responder', 'Compartir ›',
    ];

    expect(threadReplies(splitRaw(rows)).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Gustavo_Rosarino', 0, 'Cada gobernador negocia lo suyo.'],
      ['Malena T.', 1, 'Así funciona un país federal.'],
      ['Gustavo_Rosarino', 2, 'Federalismo es otra cosa, Malena.'],
      ['Horacio Benítez', 0, 'El fondo del transporte es clave.'],
    ]);
  });

  it('reads "Name · em resposta a X · date" (the addressee a segment of its own) and Galician "Name di:" over "12 de marzo de 2024 ás 16:20"', () => {
    const portuguese = [
      'Joaquim Moreira · 12.03.2024 às 15:02', 'Finalmente, o lixo na Baixa.', '▲ 18 ▼ 2 · Responder · Denunciar', '',
      '    Sofia M. · em resposta a Joaquim Moreira · 12.03.2024 às 15:20', '    Esse é o grande se.', '    ▲ 21 ▼ 0 · Responder · Denunciar', '',
      'Ricardo Salgueiro · 12.03.2024 às 15:48', 'Três euros não afasta ninguém.', '▲ 14 ▼ 5 · Responder · Denunciar',
    ];
    const galician = ['Manolo de Cangas di:', '12 de marzo de 2024 ás 16:20', 'Todos os anos o mesmo.', '', 'Responder', 'Iria Souto di:', '12 de marzo de 2024 ás 17:05', 'Os informes tamén contan.', '', 'Responder'];

    expect(threadReplies(splitRaw(portuguese)).map((c) => [c.author, c.depth, c.postedAt])).toEqual([
      ['Joaquim Moreira', 0, '2024-03-12T15:02:00'],
      ['Sofia M.', 1, '2024-03-12T15:20:00'],
      ['Ricardo Salgueiro', 0, '2024-03-12T15:48:00'],
    ]);
    expect(splitRaw(galician).map((c) => [c.header.author, c.header.postedAt])).toEqual([
      ['Manolo de Cangas', '2024-03-12T16:20:00'],
      ['Iria Souto', '2024-03-12T17:05:00'],
    ]);
  });

  it('reads "#1" over a pen name of five words and the date, and nests "#1.1" / "Respuesta a …" / name by the outline number', () => {
    const rows = [
      '#1', 'Hurdano de toda la vida', '13/03/2024 17:42', 'Cuatro millones para quemas y los pueblos sin médico.', 'Responder | Me gusta (24) | Denunciar', '',
      '    #1.1', '    Respuesta a Hurdano de toda la vida', '    Forestal_Cc', '    13/03/2024 18:05', '    Las quemas prescritas funcionan.', '    Responder | Me gusta (15) | Denunciar', '',
      '        #1.1.1', '        Respuesta a Forestal_Cc', '        Hurdano de toda la vida', '        13/03/2024 18:20', '        Eso es lo que digo.', '        Responder | Me gusta (12) | Denunciar', '',
      '#2', 'Maria José G.', '13/03/2024 18:11', 'Las ayudas de 2022 aún no han llegado.', 'Responder | Me gusta (31) | Denunciar',
    ];

    expect(threadReplies(splitRaw(rows)).map((c) => [c.author, c.depth])).toEqual([
      ['Hurdano de toda la vida', 0],
      ['Forestal_Cc', 1],
      ['Hurdano de toda la vida', 2],
      ['Maria José G.', 0],
    ]);
  });

  it('reads the addressee inside a header line: "Name Antwort auf X date", "Name Antwort auf X vor 2 Stunden", "Name in risposta a X date"; a masked address after a guest\'s name', () => {
    const german = [
      'Bergfex_OA 12.03.2024 um 15:04 Uhr', 'Richtige Entscheidung.', '',
      '    S. Kögel Antwort auf Bergfex_OA 12.03.2024 um 15:21 Uhr', '    Die Bahn war auch für den Sommer geplant.', '',
      'Liftler 12.03.2024 um 16:12 Uhr', 'Schade um die Saisonkräfte.', '',
      '    Moni aus Blaichach Antwort auf Liftler vor 2 Stunden', '    Das Amt bietet ja Gespräche an.',
    ];
    const italian = [
      'pendolare_frosinone 12/03/2024 18:22', 'Finalmente, il modulo non funzionava mai.', '',
      '    Alessandra_R in risposta a pendolare_frosinone 12/03/2024 18:41', '    Io ho sempre il biglietto cartaceo.', '',
      'Zbyszek z Radomia ~89.72.xxx.xxx 13/03/2024 09:47', 'Najpierw niech zatrudnią orzeczników.',
    ];

    expect(threadReplies(splitRaw(german)).map((c) => [c.author, c.depth])).toEqual([
      ['Bergfex_OA', 0],
      ['S. Kögel', 1],
      ['Liftler', 0],
      ['Moni aus Blaichach', 1],
    ]);
    expect(threadReplies(splitRaw(italian)).map((c) => [c.author, c.depth])).toEqual([
      ['pendolare_frosinone', 0],
      ['Alessandra_R', 1],
      ['Zbyszek z Radomia', 0],
    ]);
  });

  it('reads a Facebook thread copied in Arabic: "أعجبني · رد · 5 س" closes each comment, "إخفاء 2 من الردود" opens the answers shown, the job line is no text (Hebrew too), the sort control and the post button are no commenter', () => {
    const rows = [
      'ترتيب حسب', 'الأفضل', 'أضف تعليقاً...', 'نشر',
      'ريم الكعبي', 'الإيجار زاد علينا كثيراً عند التجديد.', 'أعجبني · رد · 5 س', 'إخفاء 2 من الردود',
      'محمد سالم', 'راجعي مؤشر الإيجارات في موقع الدائرة.', 'أعجبني · رد · 4 س',
      'سارة علي', 'نفس المشكلة عندنا في النهدة.', 'أعجبني · رد · 4 س',
      'هشام عبد الغني', 'يعمل لدى مدرسة الشارقة الابتدائية', 'عجمان صارت الحل الوحيد للعائلات.', 'أعجبني · رد · 3 س',
      'דנה לוי', 'עובד/ת באינטל', 'גם אצלנו המחירים עלו.', "אהבתי · הגב · 2 שע'",
    ];

    expect(threadReplies(splitRaw(rows)).map((c) => [c.author, c.depth, c.text])).toEqual([
      ['ريم الكعبي', 0, 'الإيجار زاد علينا كثيراً عند التجديد.'],
      ['محمد سالم', 1, 'راجعي مؤشر الإيجارات في موقع الدائرة.'],
      ['سارة علي', 1, 'نفس المشكلة عندنا في النهدة.'],
      ['هشام عبد الغني', 0, 'عجمان صارت الحل الوحيد للعائلات.'],
      ['דנה לוי', 0, 'גם אצלנו המחירים עלו.'],
    ]);
  });

  it('nests the answers an open thread counts on its "Hide 2 Replies" button (Facebook, Vuukle): direct answers only', () => {
    const rows = [
      'Rohan Bhosle', '4 hours ago', 'Every year the same story with the tankers.', 'Reply', 'Share', 'Hide 1 reply',
      'Ashwini K', '3 hours ago', 'Exactly, and nobody checks the rates.', 'Reply', 'Share', 'Hide 1 reply',
      'Rohan Bhosle', '3 hours ago', 'Our society pays double the capped rate.', 'Reply', 'Share',
      'Prakash Nair', '2 hours ago', 'Start with the big commercial connections.', 'Reply', 'Share',
      'Gaurav', '1 hour ago', 'Same schedule for everyone would be fair.', 'Reply', 'Share', 'Hide 2 Replies',
      'Snehal P', '1 hour ago', 'The west side has low pressure too.', 'Reply', 'Share',
      'Anil Rao', '50 minutes ago', 'Agreed, it is not east against west.', 'Reply', 'Share',
      'Meera S', '10 minutes ago', 'When does the new pipeline open?', 'Reply', 'Share',
    ];

    expect(threadReplies(splitRaw(rows)).map((c) => [c.author, c.depth])).toEqual([
      ['Rohan Bhosle', 0],
      ['Ashwini K', 1],
      ['Rohan Bhosle', 2],
      ['Prakash Nair', 0],
      ['Gaurav', 0],
      ['Snehal P', 1],
      ['Anil Rao', 1],
      ['Meera S', 0],
    ]);
  });

  it('nests the answers Substack counts under "2 replies by Nadia Okafor and others", theirs included', () => {
    const rows = [
      'Peter Lind', 'Nov 12, 2024', '', 'I always thought the quiet bit was the kettle thinking.', '', 'Like (4)', 'Reply', 'Share', '', '1 reply by Nadia Oke', '',
      'Nadia Oke', 'Nov 12, 2024', '', 'As good a description as any.', '', 'Like (2)', 'Reply', 'Share', '',
      'Grace Cole', 'Nov 13, 2024', '', 'Does this change at altitude?', '', 'Like (3)', 'Reply', 'Share', '', '2 replies by Nadia Oke and others', '',
      'Nadia Oke', 'Nov 13, 2024', '', 'Water boils at about 95 degrees up there.', '', 'Like (5)', 'Reply', 'Share', '', '1 reply by Grace Cole', '',
      'Grace Cole', 'Nov 13, 2024', '', 'That explains her weak tea.', '', 'Like (6)', 'Reply', 'Share', '',
      'Ben Thurs', 'Nov 14, 2024', '', 'Same with a pan on the hob?', '', 'Like', 'Reply', 'Share',
    ];

    expect(threadReplies(splitRaw(rows)).map((c) => [c.author, c.depth])).toEqual([
      ['Peter Lind', 0],
      ['Nadia Oke', 1],
      ['Grace Cole', 0],
      ['Nadia Oke', 1],
      ['Grace Cole', 2],
      ['Ben Thurs', 0],
    ]);
  });

  it('ends the thread at the comment form\'s button: a dated line in the sidebar after it is no comment', () => {
    const rows = [
      'Jan Mills says:', '8 September 2024 at 19:02', 'Great result, well played all.', 'Reply', '',
      'Leave a Reply', 'Your email address will not be published.', 'Comment *', 'Name *', 'Post Comment', '',
      'Next Fixture', '1st XV v Oundle', 'Sat 14 Sep 2024, 3:00pm', 'Hollinsbrook Park',
    ];

    expect(splitRaw(rows).map((c) => c.header.author)).toEqual(['Jan Mills']);
  });

  it('reads the thread under "8 Comments" when Disqus lists other stories with their dates ("ALSO ON …") above it', () => {
    const rows = [
      'ALSO ON HARBOUR.DEV', 'Notes from a conference', 'a year ago • 4 comments', 'A year with a self-hosted forge', '5 months ago • 11 comments', '',
      '8 Comments', 'Sort by Best', '',
      'Priya N.', '• 2 days ago', '', 'A backup you have never restored is a hope.', '', '14', 'Reply', '',
      'Marco Bell', '• 2 days ago', '', 'Small nitpick: pipefail is a bash feature.', '', '3', 'Reply',
    ];

    expect(splitRaw(rows).map((c) => c.header.author)).toEqual(['Priya N.', 'Marco Bell']);
  });

  it('ends the thread at the form\'s "Leave a Reply" heading: a dated line in the sidebar after it is no comment', () => {
    const rows = [
      'Dev Raman', 'April 18, 2024 at 4:48 pm', '', 'My peas rotted too.', '', 'Reply', '',
      'Bea T.', 'April 21, 2024 at 7:03 pm', '', 'Lovely post, thank you.', '', 'Reply', '',
      'Leave a Reply Cancel reply', '', 'Next Fixture', '1st XV v Oundle', 'Sat 14 Sep 2024, 3:00pm', 'Hollinsbrook Park',
    ];

    expect(splitRaw(rows).map((c) => c.header.author)).toEqual(['Dev Raman', 'Bea T.']);
  });
});

describe('Function: splitComments (a town after the name)', () => {
  const comment = (indent: string, name: string, time: string, text: string, label?: string): string[] => [
    ...(label === undefined ? [] : [`${indent}In reply to ${label}`]),
    `${indent}${name}`,
    `${indent}14 September 2021, ${time}`,
    `${indent}${text}`,
    `${indent}Recommend (4)    Reply    Report abuse`,
    '',
  ];

  it('drops "from Town" after every name where replies address the commenters by the bare name', () => {
    // Prepare
    const rows = [
      '2 Comments',
      '',
      ...comment('', 'Graham Pike from Crandleigh', '17:52', 'The bypass is already at a standstill at eight.'),
      ...comment('    ', 'Sheila Worth from Exeter', '18:20', 'The roundabout has to be built first, though.', 'Graham Pike'),
    ];

    // Act
    const authors = split(rows).map((c) => c.author);

    // Assess
    expect(authors).toEqual(['Graham Pike', 'Sheila Worth']);
  });

  it('keeps "Reza from Canada" as the name signed where no reply addresses a bare name', () => {
    // Prepare
    const rows = [
      '2 Comments',
      '',
      ...comment('', 'Reza from Canada', '17:52', 'The new line will save me an hour a day.'),
      ...comment('', 'Stefan aus Kempten', '18:20', 'Endlich fährt die Bahn auch am Sonntag.'),
    ];

    // Act
    const authors = split(rows).map((c) => c.author);

    // Assess
    expect(authors).toEqual(['Reza from Canada', 'Stefan aus Kempten']);
  });
});

describe('Function: splitComments (replies printed flat)', () => {
  it('nests "1.", "1.1", "1.1.1" by their outline numbers', () => {
    // Prepare
    const comment = (number: string, name: string, time: string, text: string): string[] => [`${number} ${name}`, `7 February 2024 at ${time}`, text, 'Reply'];
    const rows = [
      '4 Comments',
      ...comment('1.', 'Tafadzwa M', '10:14', 'At least they decided early this time.'),
      ...comment('1.1', 'Rutendo N.', '11:02', 'The parallel rate will go up now.'),
      ...comment('1.1.1', 'Tafadzwa M', '11:30', 'Hunger is worse than exchange rates.'),
      ...comment('2.', 'Diaspora Dave', '14:05', 'Why import from a country also in drought?'),
    ];

    // Act
    const comments = threaded(rows);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Tafadzwa M', 0],
      ['Rutendo N.', 1],
      ['Tafadzwa M', 2],
      ['Diaspora Dave', 0],
    ]);
  });

  it('nests by an outline number printed alone above each header ("1." / "1.1." / "2.1.1.")', () => {
    // Prepare
    const comment = (number: string, name: string, time: string, text: string): string[] => [number, `${name} sier:`, `11. mars 2024 kl. ${time}`, text, 'Svar', ''];
    const rows = [
      '3 kommentarer',
      '',
      ...comment('1.', 'Kåre Myklebust', '10.47', 'Det er ikke første gang det kuttes avganger.'),
      ...comment('1.1.', 'Trine H.', '12.03', 'Enig. Skolebarna må vente en halvtime.'),
      ...comment('2.', 'Ola', '19.30', 'Det er fylkeskommunen som har vedtatt kuttene.'),
    ];

    // Act
    const comments = threaded(rows);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Kåre Myklebust', 0],
      ['Trine H.', 1],
      ['Ola', 0],
    ]);
  });

  it('reads whom a Disqus reply answers from an earlier commenter\'s name printed right after the author\'s ("Name Parent • 3 days ago")', () => {
    // Prepare
    const comment = (header: string, text: string): string[] => ['Avatar', header, text, '7 • Reply • Share ›'];
    const rows = [
      '3 Comments',
      ...comment('Patrick Ssemakula • 3 days ago', 'This is the only report I read.'),
      ...comment('Nakato Juliet Patrick Ssemakula • 3 days ago', 'They will ask him to add boda rides too.'),
      ...comment('Daniel Mugisha Mod Nakato Juliet • 3 days ago', 'That one is coming.'),
    ];

    // Act
    const comments = threaded(rows);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Patrick Ssemakula', 0],
      ['Nakato Juliet', 1],
      ['Daniel Mugisha', 2],
    ]);
  });
});
