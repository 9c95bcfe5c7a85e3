#!/usr/bin/env python3
# --handout prints a tour as an A4 PDF a teacher can hand out: a title page
# and a page per stop, the map drawn as vectors, the text as real text (in
# Korean too), and nothing running off the page however long a text is.
#
# usage: check-handout.py KOREAN-WAR-ATLAS EXHIBIT.json
#   EXHIBIT.json is the bundled exhibit's source (for the expected stops and
#   titles, and to make an exhibit with texts too long for a page).

import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HANGUL = re.compile('[\uac00-\ud7a3]')
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE_WIDTH, PAGE_HEIGHT = 842, 595
MARGIN = 36
# Where the text column beside the map begins (the map takes 60 % of the
# width between the margins): a little left of it, for safety.
COLUMN_X = MARGIN + (PAGE_WIDTH - 2 * MARGIN - 20) * 0.6 + 10

failures = []


def fail(message):
    failures.append(message)
    print('FAIL: ' + message)


def run(*args, expect_ok=True):
    result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if expect_ok and result.returncode != 0:
        raise SystemExit('FAIL: %s exited %d: %s' % (' '.join(args), result.returncode, result.stderr))
    return result


def pdf_pages(path):
    info = run('pdfinfo', path).stdout
    match = re.search(r'^Pages:\s+(\d+)', info, re.M)
    return int(match.group(1)) if match else -1


def read_ppm(path):
    """The width, height and RGB bytes of a binary PPM (P6)."""
    with open(path, 'rb') as f:
        data = f.read()
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b'#':
            pos = data.index(b'\n', pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b'P6' and fields[3] == b'255', 'not an 8-bit P6 PPM'
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height * 3]


def check_map_drawn(pdf, workdir, label):
    """Page 2's map area is mostly ink (land, sea, lines), not paper."""
    resolution = 30
    run('pdftoppm', '-r', str(resolution), '-f', '2', '-l', '2', pdf, os.path.join(workdir, label))
    ppm = [f for f in os.listdir(workdir) if f.startswith(label) and f.endswith('.ppm')]
    if len(ppm) != 1:
        fail('%s: pdftoppm wrote %s for page 2' % (label, ppm))
        return
    width, height, pixels = read_ppm(os.path.join(workdir, ppm[0]))
    scale = resolution / 72.0
    # Well inside the map: below the header, above the footer, left of the text.
    x0, x1 = int((MARGIN + 20) * scale), int((COLUMN_X - 30) * scale)
    y0, y1 = int(130 * scale), int(500 * scale)
    inked = total = 0
    colours = set()
    for y in range(y0, y1):
        for x in range(x0, x1):
            i = (y * width + x) * 3
            r, g, b = pixels[i], pixels[i + 1], pixels[i + 2]
            total += 1
            colours.add((r >> 3, g >> 3, b >> 3))
            if min(r, g, b) < 245:
                inked += 1
    share = inked / total
    if share < 0.8:
        fail('%s: page 2 map area is only %.0f %% non-white: the map is not drawn' % (label, share * 100))
    if len(colours) < 8:
        fail('%s: page 2 map area has only %d colours: a flat fill, not a map' % (label, len(colours)))
    return share


def words_by_page(pdf):
    """Every word of every page with its box, from pdftotext -bbox."""
    out = run('pdftotext', '-bbox', pdf, '-').stdout
    pages = []
    for page in out.split('<page ')[1:]:
        pages.append([(float(a), float(b), float(c), float(d), html.unescape(t))
                      for a, b, c, d, t in WORD.findall(page)])
    return pages


def check_nothing_overflows(pdf, label):
    """On every stop's page, the text column ends above the footer's rule
    and inside the right margin."""
    pages = words_by_page(pdf)
    for number, words in enumerate(pages[1:], start=2):
        footer = [w for w in words if w[1] > PAGE_HEIGHT - 60 and w[0] > PAGE_WIDTH - 150]
        if not footer:
            fail('%s: page %d has no page number in its footer' % (label, number))
            continue
        footer_top = min(w[1] for w in footer)
        column = [w for w in words if w[0] >= COLUMN_X and w[1] < footer_top - 3]
        if not column:
            fail('%s: page %d has no text beside the map' % (label, number))
            continue
        lowest = max(w[3] for w in column)
        # The rule is 6 pt above the footer's text; the column stops 12 pt above it.
        if lowest > footer_top - 6:
            fail('%s: page %d: text beside the map runs into the footer (%.1f > %.1f)'
                 % (label, number, lowest, footer_top - 6))
        widest = max(w[2] for w in words)
        if widest > PAGE_WIDTH - MARGIN + 1:
            fail('%s: page %d: text runs past the right margin (%.1f)' % (label, number, widest))
    return pages


# Mailed and printed by schools: see issue #21's target.
MAX_HANDOUT_BYTES = 3_000_000

PAGE_NUMBER = {'en': 'Page {n} of {total}', 'ko': '{n} / {total}쪽'}


def check_page_numbers(pdf, label, lang, total):
    """Every page after the title says which it is, of how many: "Page 3
    of 20", never "Page 20 of 19"."""
    pages = words_by_page(pdf)
    for number, words in enumerate(pages[1:], start=2):
        footer = ' '.join(w[4] for w in sorted(words, key=lambda w: w[0])
                          if w[1] > PAGE_HEIGHT - 60 and w[0] > PAGE_WIDTH - 150)
        expected = PAGE_NUMBER[lang].format(n=number, total=total)
        if expected not in footer:
            fail('%s: page %d\'s footer reads "%s", expected "%s"' % (label, number, footer, expected))


def main():
    app, exhibit_path = sys.argv[1], sys.argv[2]
    with open(exhibit_path, encoding='utf-8') as f:
        exhibit = json.load(f)
    events = {e['id']: e for e in exhibit['events']}
    tour = next(t for t in exhibit['tours'] if t['id'] == 'main')
    first_event = events[tour['stops'][0]['event']]
    expected_pages = len(tour['stops']) + 1
    # A stop's picture is its own or its event's; a map of the exhibit's
    # own prints its land as one more JPEG.
    pictured = [(n, stop, (stop.get('media') or events.get(stop.get('event'), {}).get('media') or [None])[0])
                for n, stop in enumerate(tour['stops'])]
    pictured = [(n, stop, media) for n, stop, media in pictured if media is not None]

    workdir = tempfile.mkdtemp(prefix='kwa-handout-')
    try:
        en = os.path.join(workdir, 'en.pdf')
        ko = os.path.join(workdir, 'ko.pdf')
        run(app, '--handout=' + en, '--lang=en')
        run(app, '--handout=' + ko, '--lang=ko', '--tour=main')

        for label, pdf in (('en', en), ('ko', ko)):
            pages = pdf_pages(pdf)
            if pages != expected_pages:
                fail('%s: %d pages, expected %d (a title page and %d stops)'
                     % (label, pages, expected_pages, expected_pages - 1))
            # The land under each map is one JPEG at print resolution (it
            # is the whole basemap as vectors, 19 MB a handout); lines,
            # labels and words stay vectors, found as text below.
            images = [line.split() for line in run('pdfimages', '-list', pdf).stdout.splitlines()[2:]]
            if len(images) != expected_pages - 1 + len(pictured):
                fail('%s: %d images, expected one (the land) per stop page and one per map picture'
                     % (label, len(images)))
            for image in images:
                page, kind, encoding, x_ppi = image[0], image[2], image[8], int(image[12])
                if kind != 'image' or encoding != 'jpeg' or x_ppi < 150:
                    fail('%s: page %s has a %s %s image at %d ppi; expected the land as a JPEG of 150 ppi or more'
                         % (label, page, encoding, kind, x_ppi))
            size = os.path.getsize(pdf)
            if size > MAX_HANDOUT_BYTES:
                fail("%s: the handout is %.1f MB; a class's handout is at most %.0f MB"
                     % (label, size / 1e6, MAX_HANDOUT_BYTES / 1e6))
            check_map_drawn(pdf, workdir, label)
            check_nothing_overflows(pdf, label)
            check_page_numbers(pdf, label, label, pages)

        # Nothing of the main tour is cut: a stop's text is set smaller
        # until it fits (an ellipsis marks a cut).
        for label, pdf in (('en', en), ('ko', ko)):
            if '…' in run('pdftotext', pdf, '-').stdout:
                fail('%s: a stop\'s text is cut (an ellipsis in the handout of the main tour)' % label)

        en_text = ' '.join(run('pdftotext', en, '-').stdout.split())
        ko_text = ' '.join(run('pdftotext', ko, '-').stdout.split())
        if first_event['title']['en'] not in en_text:
            fail('en: the first stop\'s title “%s” is not in the PDF\'s text' % first_event['title']['en'])
        hangul = len(HANGUL.findall(ko_text))
        if hangul < 1000:
            fail('ko: only %d Hangul syllables in the PDF\'s text: Korean must be text, not outlines' % hangul)
        if first_event['title']['ko'].split()[-1] not in ko_text:
            fail('ko: the first stop\'s title “%s” is not in the PDF\'s text' % first_event['title']['ko'])

        # A stop's picture is on its page, with its caption and its credit:
        # at the head of the text beside the map, or, where the text needs
        # the whole column, under the map.
        credit = {'en': "Drawn from the exhibit's map", 'ko': '전시 지도에서 그림'}
        for label, pdf in (('en', en), ('ko', ko)):
            pages = words_by_page(pdf)
            for n, stop, media in pictured:
                text = ''.join(w[4] for w in pages[n + 1])
                caption = ''.join(media['caption'][label].split())[:30]
                if caption not in text:
                    fail('%s: page %d: the picture\'s caption "%s…" is not on the page' % (label, n + 2, caption))
                if ''.join(credit[label].split()) not in text:
                    fail('%s: page %d: the picture\'s credit is not printed' % (label, n + 2))
        if len(pictured) < 3:
            fail('the main tour has %d stops with a picture; the bundled exhibit shows at least three' % len(pictured))

        # The teacher's copy of the lesson: after each stop's page, a page of
        # its notes and questions, whole; the class's copy has none of them.
        lesson = next(t for t in exhibit['tours'] if t['id'].startswith('lesson'))
        teacher = os.path.join(workdir, 'teacher.pdf')
        student = os.path.join(workdir, 'student.pdf')
        run(app, '--handout=' + teacher, '--tour=' + lesson['id'], '--teacher')
        run(app, '--handout=' + student, '--tour=' + lesson['id'])
        if pdf_pages(teacher) != 1 + 2 * len(lesson['stops']):
            fail('teacher: %d pages, expected %d (a title page, and a page of notes after each stop\'s)'
                 % (pdf_pages(teacher), 1 + 2 * len(lesson['stops'])))
        # Compared without spaces: pdftotext puts some where the PDF has none.
        teacher_text = ''.join(run('pdftotext', teacher, '-').stdout.split())
        student_text = ''.join(run('pdftotext', student, '-').stdout.split())
        for index, stop in enumerate(lesson['stops']):
            notes = ''.join(stop['notes']['en'].split())
            # Whole: its first sentence and its last words.
            last = notes[-40:]
            if notes.split('.')[0] not in teacher_text or last not in teacher_text:
                fail('teacher: stop %d\'s notes are not printed whole' % (index + 1))
            if notes.split('.')[0] in student_text and len(notes.split('.')[0]) > 20:
                fail('student: stop %d\'s teacher\'s notes are printed in the class\'s copy' % (index + 1))
        check_nothing_overflows(teacher, 'teacher')

        # A text far too long for a page is set smaller and cut with an
        # ellipsis, and never runs into the footer or off the page.
        long_dir = os.path.join(workdir, 'long')
        os.mkdir(long_dir)
        basemap = exhibit['meta']['basemap']
        shutil.copy(os.path.join(os.path.dirname(exhibit_path), basemap), os.path.join(long_dir, basemap))
        long_event = events[tour['stops'][0]['event']]
        for lang in ('en', 'ko'):
            long_event['body'][lang] = '\n\n'.join([long_event['body'][lang]] * 8)
            long_event['summary'][lang] = ' '.join([long_event['summary'][lang]] * 3)
            tour['stops'][0]['narration'][lang] = ' '.join([tour['stops'][0]['narration'][lang]] * 4)
        long_event['sources'] = [s['id'] for s in exhibit['sources'][:12]]
        # Voices are not printed; a narration four times as long would no
        # longer match its cues.
        for stop in tour['stops']:
            stop.pop('voice', None)
        # The second stop carries a photograph (a PNG beside the exhibit):
        # printed with its credit and licence.
        os.mkdir(os.path.join(long_dir, 'media'))
        photo = os.path.join(long_dir, 'media', 'photo.png')
        run(app, '--render=1950-06-25', '--size=300x200', '--output=' + photo)
        tour['stops'][1]['media'] = [{'file': 'media/photo.png',
                                      'caption': {'en': 'A test photograph', 'ko': '시험 사진'},
                                      'credit': {'en': 'Test Archive', 'ko': '시험 기록관'},
                                      'licence': 'CC0-1.0',
                                      'alt': {'en': 'A test', 'ko': '시험'}}]
        # Two stops are enough to see it, and quick under the sanitizers.
        tour['stops'] = tour['stops'][:2]
        long_json = os.path.join(long_dir, 'long.json')
        with open(long_json, 'w', encoding='utf-8') as f:
            json.dump(exhibit, f, ensure_ascii=False)
        for lang in ('en', 'ko'):
            pdf = os.path.join(workdir, 'long-%s.pdf' % lang)
            run(app, '--handout=' + pdf, '--lang=' + lang, '--data=' + long_json)
            pages = check_nothing_overflows(pdf, 'long-' + lang)
            if pdf_pages(pdf) != 3:
                fail('long-%s: %d pages for two stops, expected 3: a long text must not add pages'
                     % (lang, pdf_pages(pdf)))
            if not any('…' in w[4] for w in pages[1] if w[0] >= COLUMN_X):
                fail('long-%s: the cut text does not end in an ellipsis' % lang)
            photo_text = ''.join(w[4] for w in pages[2] if w[0] >= COLUMN_X)
            if 'TestArchive·CC0-1.0' not in photo_text.replace(' ', '') and lang == 'en':
                fail('long-en: the photograph\'s credit and licence are not printed beside the map')
            photo_images = [line.split() for line in run('pdfimages', '-f', '3', '-l', '3', '-list', pdf).stdout.splitlines()[2:]]
            if not any(image[2] == 'image' and image[8] != 'jpeg' for image in photo_images):
                fail('long-%s: the photograph is not on its page' % lang)

        # Mistakes say what is wrong and exit 1.
        result = run(app, '--handout=' + os.path.join(workdir, 'x.pdf'), '--tour=no-such-tour', expect_ok=False)
        if result.returncode != 1 or 'no-such-tour' not in result.stderr or 'main' not in result.stderr:
            fail('an unknown tour: exit %d, “%s”' % (result.returncode, result.stderr.strip()))
        result = run(app, '--handout=' + os.path.join(workdir, 'x.txt'), expect_ok=False)
        if result.returncode != 1 or '.pdf' not in result.stderr:
            fail('a .txt handout: exit %d, “%s”' % (result.returncode, result.stderr.strip()))
        result = run(app, '--handout=' + os.path.join(workdir, 'no', 'such', 'folder', 'x.pdf'), expect_ok=False)
        if result.returncode != 1 or 'x.pdf' not in result.stderr:
            fail('an unwritable handout: exit %d, “%s”' % (result.returncode, result.stderr.strip()))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    if failures:
        print('%d problem(s)' % len(failures))
        return 1
    print('handouts: %d pages each in English and Korean, vector maps, Hangul as text, long texts cut; '
          'the teacher\'s copy with every stop\'s notes, the class\'s without' % expected_pages)
    return 0


if __name__ == '__main__':
    sys.exit(main())
