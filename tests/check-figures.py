#!/usr/bin/env python3
# --figures draws the exhibit's figures as charts: an A4 PDF with every
# chart's title and every figure's label and numbers as real text (Hangul
# in the Korean one), nothing past the margins, no chart split between
# pages; a PNG as wide as promised; any other suffix refused.
#
# usage: check-figures.py KOREAN-WAR-ATLAS EXHIBIT.json

import html
import json
import os
import re
import subprocess
import sys
import tempfile

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE_WIDTH, PAGE_HEIGHT = 595, 842
MARGIN = 48
HANGUL = re.compile('[\uac00-\ud7a3]')

failures = []


def fail(message):
    failures.append(message)
    print('FAIL: ' + message)


def run(*args, expect_ok=True):
    result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if expect_ok and result.returncode != 0:
        raise SystemExit('FAIL: %s exited %d: %s' % (' '.join(args), result.returncode, result.stderr))
    return result


def squash(text):
    """Text as pdftotext gives it back: no spaces, no line breaks."""
    return re.sub(r'\s+', '', text)


def count(value):
    return '{:,}'.format(int(value)) if float(value).is_integer() else str(value)


def check_pdf(exe, exhibit, lang, workdir):
    pdf = os.path.join(workdir, 'figures-%s.pdf' % lang)
    run(exe, '--figures=' + pdf, '--lang=' + lang)
    info = run('pdfinfo', pdf).stdout
    size = re.search(r'Page size:\s+([\d.]+) x ([\d.]+)', info)
    if not size or abs(float(size.group(1)) - PAGE_WIDTH) > 1 or abs(float(size.group(2)) - PAGE_HEIGHT) > 1:
        fail('%s: pages are not A4 portrait: %s' % (lang, size.group(0) if size else info))

    out = run('pdftotext', '-bbox', pdf, '-').stdout
    pages = [[(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WORD.findall(page)]
             for page in out.split('<page ')[1:]]
    text = squash(''.join(w[4] for page in pages for w in page))

    for number, words in enumerate(pages, start=1):
        for x0, y0, x1, y1, word in words:
            if x0 < MARGIN - 1 or x1 > PAGE_WIDTH - MARGIN + 1 or y0 < MARGIN - 2 or y1 > PAGE_HEIGHT - MARGIN + 2:
                fail('%s: page %d: "%s" at (%.0f, %.0f)–(%.0f, %.0f) is outside the margins'
                     % (lang, number, word, x0, y0, x1, y1))

    charts = exhibit.get('charts', [])
    if len(charts) < 5:
        fail('the bundled exhibit has %d charts; the Figures view needs at least five' % len(charts))
    for chart in charts:
        title = chart['title'].get(lang, chart['title']['en'])
        if squash(title) not in text:
            fail('%s: the chart "%s" is not in the PDF' % (lang, title))
        # A chart is never split: its title and its last figure's label
        # are on one page.
        last = next(f for f in exhibit['figures'] if f['id'] == chart['figures'][-1])
        label = last['label'].get(lang, last['label']['en'])
        pages_with = [n for n, words in enumerate(pages)
                      if squash(title) in squash(''.join(w[4] for w in words))]
        if pages_with and squash(label) not in squash(''.join(w[4] for w in pages[pages_with[0]])):
            fail('%s: the chart "%s" is split between pages' % (lang, title))

    for figure in exhibit['figures']:
        label = figure['label'].get(lang, figure['label']['en'])
        if squash(label) not in text:
            fail('%s: the figure "%s" is not in the PDF' % (lang, label))
        numbers = count(figure['low']) if figure['low'] == figure['high'] else \
            '%s–%s' % (count(figure['low']), count(figure['high']))
        if squash(numbers) not in text:
            fail('%s: the numbers of "%s", %s, are not in the PDF' % (lang, figure['id'], numbers))

    if lang == 'ko' and len(HANGUL.findall(text)) < 500:
        fail('ko: the PDF has only %d Hangul syllables as text' % len(HANGUL.findall(text)))
    return len(pages)


def main():
    exe, exhibit_path = sys.argv[1], sys.argv[2]
    with open(exhibit_path, encoding='utf-8') as f:
        exhibit = json.load(f)

    with tempfile.TemporaryDirectory() as workdir:
        for lang in ('en', 'ko'):
            pages = check_pdf(exe, exhibit, lang, workdir)
            print('%s: %d pages' % (lang, pages))

        png = os.path.join(workdir, 'figures.png')
        run(exe, '--figures=' + png)
        with open(png, 'rb') as f:
            head = f.read(24)
        if head[:8] != b'\x89PNG\r\n\x1a\n' or int.from_bytes(head[16:20], 'big') != 1200:
            fail('--figures=figures.png did not write a 1200-pixel-wide PNG')

        refused = run(exe, '--figures=' + os.path.join(workdir, 'figures.txt'), expect_ok=False)
        if refused.returncode != 1 or 'the charts are written as .pdf or .png' not in refused.stderr:
            fail('--figures=figures.txt: exit %d, "%s"' % (refused.returncode, refused.stderr.strip()))

    if failures:
        sys.exit(1)
    print('ok')


if __name__ == '__main__':
    main()
