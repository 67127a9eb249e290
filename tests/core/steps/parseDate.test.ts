import { findDate, parseDateLine } from '#core/steps/parseDate';

describe('Function: parseDateLine', () => {
  it.each([
    ['Saturday 10 March 2012 13:11', '2012-03-10T13:11:00'],
    ['15 June 2020 Monday 09:15', '2020-06-15T09:15:00'],
    ['3 марта 2024, 11:42 (обновлено: 14:05)', '2024-03-03T11:42:00'],
    ['March 3, 2019 at 10:12 am', '2019-03-03T10:12:00'],
    ['شائع 22 اگست 2023 10:35am', '2023-08-22T10:35:00'],
    ['2024-08-22 21:05:14 | Source: Xinhua', '2024-08-22T21:05:14'],
    ['8 de febrer de 2023 a les 9:14', '2023-02-08T09:14:00'],
    ['Објавено: 12.03.2024 во 14:25', '2024-03-12T14:25:00'],
    ['уторак, 19.12.2023. у 11:20', '2023-12-19T11:20:00'],
    ['2 April 2025, 19:40 (local time)', '2025-04-02T19:40:00'],
    ['2023. október 12., csütörtök 14:37', '2023-10-12T14:37:00'],
    ['16 Ocak 2025 Perşembe 17:45', '2025-01-16T17:45:00'],
    ['2023. október 12. csütörtök, 14:37', '2023-10-12T14:37:00'],
    ['3 בספטמבר 2023, 08:10', '2023-09-03T08:10:00'],
    ['21 דצמבר 2022', '2022-12-21'],
    ['22.03.2024 | 10:15 Прочетена 1 846 пъти', '2024-03-22T10:15:00'],
    ['Selasa, 15 Oktober 2024 15:20 WIB', '2024-10-15T15:20:00+07:00'],
    ['3 juli 2024', '2024-07-03'],
    ['12 mai 2023', '2023-05-12'],
    ["Posted on 5th August 2023 in Women's Fellowship, Mission & Outreach", '2023-08-05'],
    ['Published 3 days ago · 12 September 2023', '2023-09-12'],
    ['3 septembrie 2024 la 17:22', '2024-09-03T17:22:00'],
    ['21. nóvember 2023 14:52', '2023-11-21T14:52:00'],
    ['March 3, 2019 at 10:12 pm', '2019-03-03T22:12:00'],
    ['August 3, 2019 at 4:11 am', '2019-08-03T04:11:00'],
    ['2021-06-04T08:30:00Z', '2021-06-04T08:30:00Z'],
    ['2021-06-04T08:30:00+02:00', '2021-06-04T08:30:00+02:00'],
    ['2021-06-04', '2021-06-04'],
    ['June 4, 2021', '2021-06-04'],
    ['4 June 2021', '2021-06-04'],
    ['28. Juli 2019 um 13:39', '2019-07-28T13:39:00'],
    ['3. März 2020', '2020-03-03'],
    ['Published: 4 June 2021', '2021-06-04'],
    ['Veröffentlicht am 28. Juli 2019', '2019-07-28'],
    ['Mittwoch, 3. Juli 2019', '2019-07-03'],
    ['10.03.2012', '2012-03-10'],
    ['10.03.2012 13:11', '2012-03-10T13:11:00'],
    ['2012-03-10 13:11', '2012-03-10T13:11:00'],
    ['3 Jul 2019, 09:05', '2019-07-03T09:05:00'],
    ['Jun 4th, 2021', '2021-06-04'],
    ['Saturday, March 10, 2012 - 13:11', '2012-03-10T13:11:00'],
    ['Sat, 10 Mar 2012 13:11:00 GMT', '2012-03-10T13:11:00Z'],
    ['March 3, 2019 at 10:12 am EST', '2019-03-03T10:12:00-05:00'],
    ['Posted: Jan 5, 2023 / 06:45 AM PST', '2023-01-05T06:45:00-08:00'],
    ['21/08/2023 18h37  Atualizado há 3 horas', '2023-08-21T18:37:00'],
    ['14.03.2024 - 07:05 UhrLesedauer: 3 Min.', '2024-03-14T07:05:00'],
    ['23 января 2024, 19:40 (МСК)', '2024-01-23T19:40:00+03:00'],
    ['الأحد، 19 نوفمبر 2023 - 02:35 م', '2023-11-19T14:35:00'],
    ['نُشر في: الأحد، 10 مارس 2024 - 11:30 ص', '2024-03-10T11:30:00'],
    // The Hijri day printed beside the Gregorian one ("corresponding to"), either way round.
    ['الأحد 24 مارس 2024 الموافق 14 رمضان 1445 هـ', '2024-03-24'],
    ['14 رمضان 1445 هـ الموافق 24 مارس 2024', '2024-03-24'],
    ['Tuesday, 7 November 2023 - 14:26', '2023-11-07T14:26:00'],
    ['dimarts, 12 de novembre de 2024 · 09:45 h', '2024-11-12T09:45:00'],
    ["5 d'abril de 2024", '2024-04-05'],
    ['12 novembre 2024 à 10:05', '2024-11-12T10:05:00'],
    ['18 юни 2024', '2024-06-18'],
    ['5. marca 2024 14:20', '2024-03-05T14:20:00'],
    ['5. mar 2024 o 11:47', '2024-03-05T11:47:00'],
    ['5. ožujka 2024. u 14:20', '2024-03-05T14:20:00'],
    ['2024 m. kovo 5 d. 14:20', '2024-03-05T14:20:00'],
    ['2024. gada 5. martā 14:20', '2024-03-05T14:20:00'],
    ['5. märts 2024 14:10 (EET)', '2024-03-05T14:10:00+02:00'],
    ['Publisert 5. mars 2024 kl. 14.20', '2024-03-05T14:20:00'],
    // "ET", "PT": standard or daylight time by the date (US rules), whatever chrono's reference date says.
    ['Published 11:05 a.m. ET Sept. 4, 2023 | Updated 3:42 p.m. ET Sept. 4, 2023', '2023-09-04T11:05:00-04:00'],
    ['Dec 4, 2023 10:00 a.m. ET', '2023-12-04T10:00:00-05:00'],
    ['March 9, 2024 3:00 PM PT', '2024-03-09T15:00:00-08:00'],
    ['March 10, 2024 3:00 PM PT', '2024-03-10T15:00:00-07:00'],
    ['Nov 4, 2024 3:00 PM CT', '2024-11-04T15:00:00-06:00'],
    ['June 14, 20243:12 PM GMT+2Updated 2 hours ago', '2024-06-14T15:12:00+02:00'],
    ['14 de abril de 2024, 18:30', '2024-04-14T18:30:00'],
    ['15 de abril de 2024 a las 8:12', '2024-04-15T08:12:00'],
    ['14 aprile 2024 alle 19:05', '2024-04-14T19:05:00'],
    ['12 marzo 2024 alle ore 12:40', '2024-03-12T12:40:00'],
    ['3 de março de 2024 às 09:40', '2024-03-03T09:40:00'],
    ['14 апреля 2024 г. в 19:05', '2024-04-14T19:05:00'],
  ])('reads "%s" as %s', (line, iso) => {
    // Act
    const result = parseDateLine(line);

    // Assess
    expect(result).toEqual(expect.objectContaining({ iso, relative: false }));
  });

  it('keeps a stated UTC zone as Z and adds no zone when none is stated', () => {
    // Act
    const zoned = parseDateLine('2020-01-15T09:05:00Z');
    const local = parseDateLine('15 January 2020 09:05');

    // Assess
    expect(zoned?.iso).toBe('2020-01-15T09:05:00Z');
    expect(local?.iso).toBe('2020-01-15T09:05:00');
  });

  it.each(['3 years ago', '33 minutes ago', 'vor 2 Stunden', 'vor 3 Tagen', 'a day ago', 'Yesterday at 10:05', 'hace 5 horas', 'il y a 3 heures', '3 ore fa', 'há 3 horas', '3 uur geleden', '3 часа назад', '3 saat önce', '3 ساعت پیش', '2d', '3h', '12 min'])('marks "%s" as relative with no absolute date', (line) => {
    // Act
    const result = parseDateLine(line);

    // Assess
    expect(result).toEqual(expect.objectContaining({ iso: null, relative: true }));
  });

  it.each([
    'The council met for the third time in 2019 to discuss the harbour.',
    'Version 2.4.1 released',
    'Room 12',
    'Share this',
    'Ferry timetable',
    '50% of voters',
    '',
  ])('returns null for "%s", which is not a date line', (line) => {
    // Act
    const result = parseDateLine(line);

    // Assess
    expect(result).toBeNull();
  });

  it('returns null when the date covers only a small part of the line', () => {
    // Prepare
    const line = 'On June 4, 2021 the mayor opened the new footbridge over the river';

    // Act
    const result = parseDateLine(line);

    // Assess
    expect(result).toBeNull();
  });

  it('does not depend on the clock: a year-less date has no iso', () => {
    // Act
    const result = parseDateLine('June 4');

    // Assess
    expect(result?.iso ?? null).toBeNull();
  });
});

describe('Function: parseDateLine, days without a year', () => {
  it.each([
    ['Mar 14', '03-14', null],
    ['14 Mar', '03-14', null],
    ['June 5 at 10:05 pm', '06-05', '22:05:00'],
  ])('reads "%s" as month and day %s with no full date', (line, monthDay, time) => {
    // Act
    const result = parseDateLine(line);

    // Assess
    expect(result).toEqual(expect.objectContaining({ iso: null, monthDay, time }));
  });

  it('gives no month and day when the year is printed', () => {
    expect(parseDateLine('Mar 14, 2024')).toEqual(expect.objectContaining({ iso: '2024-03-14', monthDay: null }));
  });
});

describe('Function: findDate', () => {
  it('finds a date inside a longer piece of text', () => {
    // Act
    const result = findDate('posted on June 4, 2021');

    // Assess
    expect(result?.iso).toBe('2021-06-04');
  });

  it('returns null for text without digits or relative words', () => {
    // Act
    const result = findDate('Jane Doe and John Roe');

    // Assess
    expect(result).toBeNull();
  });
});

describe('Function: parseDateLine (date lines from held-out layouts)', () => {
  it.each([
    ['Oct 17, 2023 — 8 min read', '2023-10-17'],
    ['7 June 2024 - 14:05 · 4 hours ago', '2024-06-07T14:05:00'],
    ['5. marec 2024 ob 9:41', '2024-03-05T09:41:00'],
    ['Mayo 12, 2024 nang 9:47 pm', '2024-05-12T21:47:00'],
    ['KabarNusa.com - 22/01/2024, 14:05 WIB', '2024-01-22T14:05:00+07:00'],
    ['2024ko apirilaren 9a, 11:42', '2024-04-09T11:42:00'],
    ['Jumatatu, Machi 25, 2024', '2024-03-25'],
    ['Friday 05/03/2021', '2021-03-05'],
    ['tirsdag 12. marts 2024 — kl. 06.00', '2024-03-12T06:00:00'],
    ['Februari 27, 2024 @ 4:15pm', '2024-02-27T16:15:00'],
    ['March 3, 2024 | 2 days ago', '2024-03-03'],
    ['05/05/2022 a las 14:32 CEST', '2022-05-05T14:32:00+02:00'],
    ['13 mrt 2023 om 14:22 · Aangepast 13 mrt 2023 om 16:05', '2023-03-13T14:22:00'],
    ['3 avril 2020 à 19 h 22 min', '2020-04-03T19:22:00'],
    ['14 Mart 2023 saat 10:15', '2023-03-14T10:15:00'],
    ['Oluşturulma Tarihi: 12 Nisan 2022 14:55 - Güncelleme Tarihi: 12 Nisan 2022 16:20', '2022-04-12T14:55:00'],
    ['12.03.2021 в 14:40', '2021-03-12T14:40:00'],
    ['Опубликовано: 12.03.2021 14:05 (МСК)', '2021-03-12T14:05:00+03:00'],
  ])('reads "%s" as %s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it.each(['há uma hora', 'vor einer Stunde', 'een uur geleden'])('reads "%s" as a relative time', (line) => {
    expect(parseDateLine(line)).toEqual(expect.objectContaining({ iso: null, relative: true }));
  });
});

describe('Function: parseDateLine (Polish, Czech, Serbian, Croatian, Hungarian, Swedish, Ukrainian, Indonesian, Azerbaijani, Tamil and Kazakh pages)', () => {
  it.each([
    ['14 marca 2024, 10:27', '2024-03-14T10:27:00'],
    ['பதிவு செய்த நாள்: மார் 14, 2024 04:10', '2024-03-14T04:10:00'],
    ['14 ஏப்ரல் 2024', '2024-04-14'],
    ['14 Наурыз 2024, 11:20', '2024-03-14T11:20:00'],
    ['Aktualizacja: 14 marca 2024, 15:02', '2024-03-14T15:02:00'],
    ['12. 3. 2024 10:45', '2024-03-12T10:45:00'],
    ['12.03.2024. 15:40', '2024-03-12T15:40:00'],
    ['2024. március 9., szombat', '2024-03-09'],
    ['14. listopada 2023.', '2023-10-14'],
    ['14 listopada 2023', '2023-11-14'],
    ['5. kolovoza 2024. u 14:20', '2024-08-05T14:20:00'],
    ['Publicerad 5 mars 2024 kl. 06.30', '2024-03-05T06:30:00'],
    ['05 березня 2024, 14:22', '2024-03-05T14:22:00'],
    ['Selasa, 5 Maret 2024 14:22', '2024-03-05T14:22:00'],
    ['05 mart 2024, 14:22', '2024-03-05T14:22:00'],
    ['|Updated: Oct. 12, 2023 at 5:47 PM', '2023-10-12T17:47:00'],
  ])('reads "%s" as %s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it.each([
    ["It-Tlieta, 9 ta' Lulju 2024", '2024-07-09'],
    ['Ceturtdiena, 2024. gada 11. aprīlis 11:04', '2024-04-11T11:04:00'],
    ['11 ga Maris, 2024', '2024-03-11'],
    ['Četrtek, 5. marca 2024', '2024-03-05'],
    ['12 prill 2024 në 19:05', '2024-04-12T19:05:00'],
    ['3 ኤፕሪል 2024', '2024-04-03'],
    ['22 oktyabr 2024 11:18', '2024-10-22T11:18:00'],
    ['Objavljeno: 14 март 2024, 13:47', '2024-03-14T13:47:00'],
    ['Posted on Wednesday, 5 February 2025', '2025-02-05'],
    ["9 ta' Lulju 2024 f'18:42", '2024-07-09T18:42:00'],
    // Romance months cut short, with or without the dot.
    ['13 avr. 2023', '2023-04-13'],
    ['13 janv. 2023', '2023-01-13'],
    ['13 abr. 2023', '2023-04-13'],
    ['13 giu 2023', '2023-06-13'],
    ['13 out. 2023', '2023-10-13'],
    ['13 dic. 2023', '2023-12-13'],
  ])('reads "%s" (month and weekday names, joiners and labels of more languages)', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it.each(['2 godz. temu', 'před 3 hodinami', '3 órája', 'tegnap 21:15', 'πριν από 2 ώρες', 'χθες, 21:05', 'לפני שעה', 'לפני 40 דקות', 'אתמול', 'pred 3 hodinami', 'prije 2 sata', 'pre 3 sata', 'prieš 2 val.', 'pirms 2 stundām', '2 tundi tagasi', '2 tuntia sitten', 'for 2 timer siden', 'for 1 time siden', 'for 3 uker siden', '2 timmar sedan', 'för 3 timmar sedan', 'för en timme sedan', '3 години тому', '1 jam yang lalu', 'sejam yang lalu', '20 minit yang lalu', '2 jam lalu', 'sejam lalu', '3時間前', '5分钟前', '3시간 전', '3 ชั่วโมงที่แล้ว', '3 घंटे पहले', '3 ঘণ্টা আগে', 'saa 3 zilizopita', '3 oras ang nakalipas', '2 saat əvvəl', 'вчора', 'wczoraj, 14:02', '|Updated: 2 hours ago', 'acum 3 ore', 'acum o oră', 'acum 54 de minute', 'преди 3 часа', '3 giờ trước', '2 საათის წინ', 'před hodinou', 'pred hodinou', 'před chvílí',
    // Any unit, held by the language's word for "ago" before or after the count.
    'pred 5 urami', '2 sigħat ilu', '2 soat oldin', '२ घण्टा अगाडि', 'fyrir 2 klukkustundum', '2 ժամ առաջ', 'منذ ساعتين', '2 цагийн өмнө'])(
    'reads "%s" as a relative time',
    (line) => {
      expect(parseDateLine(line)).toEqual(expect.objectContaining({ iso: null, relative: true }));
    },
  );
});

describe('Function: parseDateLine (a city’s time named in words)', () => {
  it.each([
    ['Tuesday, 14 February 2023 - 11:42 Tehran Time', '2023-02-14T11:42:00+03:30'],
    ['Publiziert: 14.03.2024, 18:23', '2024-03-14T18:23:00'],
  ])('reads "%s" as %s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });
});

describe('Function: parseDateLine (more languages and scripts)', () => {
  it.each([
    ['2023年12月19日 18:30（12月19日 20:02更新）', '2023-12-19T18:30:00'],
    ['2024年3月5日 14時32分 配信', '2024-03-05T14:32:00'],
    ['5 มี.ค. 2567 14:32 น.', '2024-03-05T14:32:00'],
    ['প্রকাশ: 05 মার্চ 2024, 14: 32', '2024-03-05T14:32:00'],
    ['Marso 5, 2024 @ 2:32 PM', '2024-03-05T14:32:00'],
    ['Jumanne, Machi 05, 2024', '2024-03-05'],
    ['2024년 3월 5일 오후 2시 32분', '2024-03-05T14:32:00'],
    ['입력 2024. 3. 12. 오전 9:41', '2024-03-12T09:41:00'],
    ['2024.03.12. 오후 2:38', '2024-03-12T14:38:00'],
    ['2024-03-12 07:31:46 来源：新华社 编号：DF20240312000571', '2024-03-12T07:31:46'],
    ['2024. 03. 12. 6:58', '2024-03-12T06:58:00'],
    ['Julkaistu 12.3.2024 klo 5.47 | Päivitetty 12.3.2024 klo 9.10', '2024-03-12T05:47:00'],
    ['פורסם: 12.03.24, 11:20', '2024-03-12T11:20:00'],
    ['12 मार्च 2024, 08:30 AM (IST)', '2024-03-12T08:30:00+05:30'],
    ['28 noiembrie 2023, 19:48', '2023-11-28T19:48:00'],
    ['3 Οκτωβρίου 2023, 08:47', '2023-10-03T08:47:00'],
    ['2024. március 12. 6:58', '2024-03-12T06:58:00'],
    ['03.10.2023 | 08:47 | Ενημερώθηκε: 10:15', '2023-10-03T08:47:00'],
    ['Frissítve: 2024. 03. 12. 8:18', '2024-03-12T08:18:00'],
    ['2024 මාර්තු 20 බදාදා, ප.ව. 03:45', '2024-03-20T15:45:00'],
    ['12.02.2024 а 10:02', '2024-02-12T10:02:00'],
    ['د خپرېدو نېټه: 14 اپرېل 2024 - 11:45', '2024-04-14T11:45:00'],
    ['14 جنوري 2024', '2024-01-14'],
    ['2024 оны 3 дугаар сарын 12', '2024-03-12'],
    ['2024 මාර්තු 21 පෙ.ව. 07:48', '2024-03-21T07:48:00'],
    ['ថ្ងៃពុធ ទី13 ខែមីនា ឆ្នាំ2024 ម៉ោង 09:30 ព្រឹក', '2024-03-13T09:30:00'],
    ['ថ្ងៃសុក្រ ទី15 ខែមីនា ឆ្នាំ2024 ម៉ោង 05:10 ល្ងាច', '2024-03-15T17:10:00'],
  ])('reads "%s" as %s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });
});

describe('Function: parseDateLine (a dotted date with "at" before the time)', () => {
  it('reads "09.04.2024 at 12:03" day first', () => {
    expect(parseDateLine('09.04.2024 at 12:03')?.iso).toBe('2024-04-09T12:03:00');
  });
});

describe('Function: parseDateLine (short relative times with an "edited" note)', () => {
  it.each(['5h · edited 4h', '3 years ago · edited', '2 days ago (edited)'])('reads "%s" as a relative time', (text) => {
    expect(parseDateLine(text, 0.8)).toEqual(expect.objectContaining({ iso: null, relative: true }));
  });
});

describe('Function: parseDateLine (Armenian and Georgian months)', () => {
  it.each([
    ['14:05, 12 Մարտ, 2024', '2024-03-12T14:05:00'],
    ['12 მარტი 2024 14:05', '2024-03-12T14:05:00'],
  ])('reads "%s"', (text, iso) => {
    expect(parseDateLine(text)?.iso).toBe(iso);
  });
});

describe('Function: parseDateLine (a weekday settles a slashed date)', () => {
  it.each([
    ['Friday 05/03/2021 | 11:15 am', '2021-03-05T11:15:00'],
    ['Thu, 04/03/2021', '2021-03-04'],
    ['Monday 05/03/2021', '2021-05-03'],
    ['Wed, 03/17/2021 - 14:22', '2021-03-17T14:22:00'],
    ['03/05/2021', '2021-03-05'],
    ['Wed 03-05-2023 17:40 PM', '2023-05-03T17:40:00'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseDateLine(text)?.iso).toBe(iso);
  });
});

describe('Function: parseDateLine (a view counter after the date)', () => {
  it.each([
    ['3 hours ago   👁 1 284', null],
    ['12 March 2021 | Views: 5,210', '2021-03-12'],
  ])('reads "%s" without its counter', (text, iso) => {
    expect(parseDateLine(text)).toEqual(expect.objectContaining({ iso }));
  });
});

describe('Function: parseDateLine (a dashed date is day first)', () => {
  it('reads "09-03-2021 04:11 PM IST" as 9 March', () => {
    expect(parseDateLine('Posted on : 09-03-2021 04:11 PM IST')?.iso).toBe('2021-03-09T16:11:00+05:30');
  });
});

describe('Function: findDate (a time with its zone)', () => {
  it('keeps the zone of a time printed without a date ("at 9:12 AM EST")', () => {
    expect(findDate('Posted by Daniel Whitcomb at 9:12 AM EST')?.time).toBe('09:12:00-05:00');
  });

  it('leaves "ET" without an offset when no date says whether it is daylight time', () => {
    expect(findDate('Posted by Daniel Whitcomb at 9:12 AM ET')?.time).toBe('09:12:00');
  });
});

describe('Function: parseDateLine (Afrikaans, Frisian, Xhosa, Shona, Chichewa, Scottish Gaelic, Odia and Uyghur dates)', () => {
  it.each([
    ['Dinsdag 11 Maart 2025, 06:45', '2025-03-11T06:45:00'],
    ['Bygewerk: 11 Maart 2025, 14:10', '2025-03-11T14:10:00'],
    ['woansdei 9 april 2025, 07.15 oere', '2025-04-09T07:15:00'],
    ['NgoLwesihlanu, 7 EyoKwindla 2025 – 09:30', '2025-03-07T09:30:00'],
    ['Chitatu, 12 Kukadzi 2025', '2025-02-12'],
    ['Lolemba, 17 Malichi 2025 | 10:15', '2025-03-17T10:15:00'],
    ['DiMàirt 18mh den Ghearran 2025', '2025-02-18'],
    ['ପ୍ରକାଶିତ: ରବିବାର, 12 ଜାନୁଆରୀ 2025, 08:45', '2025-01-12T08:45:00'],
    ['2024-يىلى 9-ئاينىڭ 5-كۈنى، پەيشەنبە 10:30', '2024-09-05T10:30:00'],
    ['12 awgust 2024', '2024-08-12'],
  ])('reads "%s"', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });
});

describe('Function: parseDateLine (Haitian "out", August)', () => {
  it('reads "out" as August only between a day and a year', () => {
    expect(parseDateLine('Lendi 14 out 2024 • 10:05 a.m.')?.iso).toBe('2024-08-14T10:05:00');
    expect(parseDateLine('Sold out 2024')).toBeNull();
    expect(parseDateLine('14 out of 2024')).toBeNull();
  });
});

describe('Function: parseDateLine (a two-digit year after a dashed day and month)', () => {
  it('reads "12-01-22, 16:11" day first', () => {
    expect(parseDateLine('12-01-22, 16:11')?.iso).toBe('2022-01-12T16:11:00');
  });
});

describe('Function: parseDateLine (Finnish, Estonian and Danish relative times in the singular)', () => {
  it.each(['1 tunti sitten', '1 päivä sitten', '1 viikko sitten', '1 tund tagasi', '1 uge siden'])('reads "%s" as relative', (text) => {
    expect(parseDateLine(text)).toEqual(expect.objectContaining({ iso: null, relative: true }));
  });
});

describe('Function: parseDateLine (Persian "… ago" with قبل)', () => {
  it('reads "2 ساعت قبل" as relative', () => {
    expect(parseDateLine('2 ساعت قبل')).toEqual(expect.objectContaining({ iso: null, relative: true }));
  });
});

describe('Function: parseDateLine (an hour ago without a number)', () => {
  it.each(['godzinę temu', 'час назад', 'годину тому'])('reads "%s" as relative', (text) => {
    expect(parseDateLine(text)).toEqual(expect.objectContaining({ iso: null, relative: true }));
  });
});

describe('Function: parseDateLine (a label glued to the date)', () => {
  it('reads "PublishedMarch 21, 2024"', () => {
    expect(parseDateLine('PublishedMarch 21, 2024')?.iso).toBe('2024-03-21');
  });
});

describe('Function: parseDateLine (an offset without its colon)', () => {
  it.each([
    ['January 14, 2025 19:32 GMT+700', '2025-01-14T19:32:00+07:00'],
    ['January 14, 2025 19:32 GMT+0530', '2025-01-14T19:32:00+05:30'],
  ])('reads "%s"', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });
});

describe('Function: parseDateLine (edit notes and joiners in more languages)', () => {
  it('reads "1 uur geleden • Bewerkt" as relative and "28.11.2023 о 10:12" with its time', () => {
    expect(parseDateLine('1 uur geleden • Bewerkt')?.relative).toBe(true);
    expect(parseDateLine('28.11.2023 о 10:12')?.iso).toBe('2023-11-28T10:12:00');
  });
});

describe('Function: parseDateLine (months, weekdays and parts of the day of regional languages)', () => {
  it.each([
    ['NgoMsombuluko, 3 Juni 2024 – 06:15', '2024-06-03T06:15:00'],
    ['NgoLwesihlanu, 8 Matshi 2024 – 14:05', '2024-03-08T14:05:00'],
    ['Mọnde, 2 Ọnwa Iri na Otu 2024, 09:10', '2024-11-02T09:10:00'],
    ['Ku wa Kabiri, 4 Gashyantare 2025 saa 11:30', '2025-02-04T11:30:00'],
    ['Wiixata, Fulbaana 9, 2024', '2024-09-09'],
    ['Rāapa 5 Hakihea 2024 | 10.15am', '2024-12-05T10:15:00'],
    ['Isniin, 2 Desembar 2024 - 17:20', '2024-12-02T17:20:00'],
    ['Zoma 6 Septambra 2024 – 07:45', '2024-09-06T07:45:00'],
    ['Senèn Pahing, 3 Juni 2024 | 08:00', '2024-06-03T08:00:00'],
    ['प्रकाशित: सोमवार, 3 जून 2024, संध्याकाळी 07:10', '2024-06-03T19:10:00'],
    ['પ્રકાશિત: 5 ઓક્ટોબર, 2024 | સાંજે 6:30', '2024-10-05T18:30:00'],
    ['ਐਤਵਾਰ, 6 ਅਕਤੂਬਰ 2024 | ਸਵੇਰੇ 9:05 ਵਜੇ', '2024-10-06T09:05:00'],
    ['ప్రచురణ: ఆదివారం, 1 డిసెంబర్ 2024, సాయంత్రం 5:20', '2024-12-01T17:20:00'],
    ['ဒီဇင်ဘာ 3၊ 2024 | ညနေ 04:10', '2024-12-03T16:10:00'],
    ['Ọjọ́rú, 4 Oṣù Kẹsàn-án, 2024 | 3:40 ìrọ̀lẹ́', '2024-09-04T15:40:00'],
    ['Dydd Llun, 4 Tachwedd 2024, 08:30', '2024-11-04T08:30:00'],
  ])('reads "%s"', (line, iso) => {
    expect(parseDateLine(line)?.iso ?? null).toBe(iso);
  });
});

describe('Function: parseDateLine (the day counted back in parentheses after it)', () => {
  it('reads "03/02/2026 5:02pm (2 weeks ago)" by its absolute part', () => {
    expect(parseDateLine('03/02/2026 5:02pm (2 weeks ago)')?.iso).toBe('2026-03-02T17:02:00');
  });
});

describe('Function: parseDateLine (relative times and joiners of more languages)', () => {
  it.each(['2 तासांपूर्वी', '4 గంటల క్రితం', '3 jam kepungkur', '45 daqiiqo kahor', '2 saa ki muri'])('reads "%s" as relative', (text) => {
    expect(parseDateLine(text)?.relative).toBe(true);
  });

  it('reads the Zulu "ngo-" before the time', () => {
    expect(parseDateLine('15 Meyi 2024 ngo-08:15')?.iso).toBe('2024-05-15T08:15:00');
  });
});

describe('Function: parseDateLine (Western Australia\'s time)', () => {
  it('reads "5:48pm AWST" as UTC+08:00', () => {
    expect(parseDateLine('Thursday, 27 February 2025 – 5:48pm AWST')?.iso).toBe('2025-02-27T17:48:00+08:00');
  });
});

describe('Function: parseDateLine (a German month also spelled so elsewhere, with "um"; session 24)', () => {
  it('reads "3. Februar 2024 um 21:14" with its time', () => {
    expect(parseDateLine('3. Februar 2024 um 21:14', 0.8)?.iso).toBe('2024-02-03T21:14:00');
  });
});

describe('Function: parseDateLine (a weekday before a dotted date; session 24)', () => {
  it.each([
    ['Di., 12.03.2024 - 19:02', '2024-03-12T19:02:00'],
    ['Tue, 12.03.2024 - 19:02', '2024-03-12T19:02:00'],
  ])('reads "%s" day first', (text, iso) => {
    expect(parseDateLine(text, 0.8)?.iso).toBe(iso);
  });
});

describe('Function: findDate ("Zuletzt aktualisiert am"; session 24)', () => {
  it('reads the date of "Zuletzt aktualisiert am 21. Juni 2023"', () => {
    expect(findDate('Zuletzt aktualisiert am 21. Juni 2023')?.iso).toBe('2023-06-21');
  });
});

describe('Function: findDate (a weekday cut short in another language before a numeric date)', () => {
  it.each([
    ['Mié, 13/03/2024 - 09:14', '2024-03-13T09:14:00'],
    ['Sáb, 16/03/2024', '2024-03-16'],
    ['Qui, 14/03/2024', '2024-03-14'],
    ['Czw, 14/03/2024', '2024-03-14'],
    ['Mar, 19/03/2024', '2024-03-19'],
  ])('reads the whole line "%s" as %s, the weekday telling the day comes first', (line, iso) => {
    expect(parseDateLine(line, 0.9)?.iso).toBe(iso);
  });
});

describe('Function: parseDateLine (the time printed before the date)', () => {
  it.each([
    ['10:45 AM - 9 May 2023', '2023-05-09T10:45:00'],
    ['10:45 ص - 9 مايو 2023', '2023-05-09T10:45:00'],
  ])('reads "%s" as %s', (line, iso) => {
    expect(parseDateLine(line, 0.9)?.iso).toBe(iso);
  });
});

describe('Function: parseDateLine (yesterday and today in Nordic and German threads)', () => {
  it.each(['i går kl. 14.05', 'i dag kl. 08.15', 'gestern, 14:05', 'eilen klo 14.05'])('reads "%s" as a relative date', (line) => {
    expect(parseDateLine(line, 0.9)?.relative).toBe(true);
  });
});

describe('Function: parseDateLine (Iberian clock marks; session 26)', () => {
  it.each([
    ['12/03/2024 a las 17:05h', '2024-12-03T17:05:00'],
    ['12 de marzo de 2024, 14:35 hs', '2024-03-12T14:35:00'],
    ['12 de marzo de 2024 ás 16:20', '2024-03-12T16:20:00'],
  ])('reads "%s" with its time', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it('reads the figures, not a weekday German would see in a Portuguese name ("Jornal do Norte · 12.03.2024 às 16:45")', () => {
    expect(findDate('Jornal do Norte · 12.03.2024 às 16:45')?.iso).toBe('2024-03-12T16:45:00');
  });
});
