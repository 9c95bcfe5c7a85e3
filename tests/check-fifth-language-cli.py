#!/usr/bin/env python3
# An exhibit in a fifth language (German) from the command line, as a
# museum that added one would use it: --validate lists what is left to
# translate as warnings and passes; --render and --handout take --lang=de
# (the handout's own words stay English: there is no German catalogue);
# a language the exhibit lacks is refused with the list of those it has.
#
# usage: check-fifth-language-cli.py KOREAN-WAR-ATLAS TESTS-DATA-DIR

import os
import shutil
import subprocess
import sys
import tempfile

LANGUAGES = ('"meta": {\n    "languages": [{"code": "en", "name": "English"}, {"code": "ko", "name": "한국어"}, '
             '{"code": "de", "name": "Deutsch"}],\n')


def run(exe, *args):
    result = subprocess.run([exe] + list(args), capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout + result.stderr


def main():
    exe, data = sys.argv[1], sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(data, 'minimal.json'), encoding='utf-8') as f:
            text = f.read()
        text = text.replace('"meta": {\n', LANGUAGES, 1)
        text = text.replace('"title": {"en": "Korean War Atlas (test)"',
                            '"title": {"de": "Koreakrieg-Atlas (Test)", "en": "Korean War Atlas (test)"', 1)
        exhibit = os.path.join(tmp, 'exhibit.json')
        with open(exhibit, 'w', encoding='utf-8') as f:
            f.write(text)
        shutil.copy(os.path.join(data, 'minimal-basemap.svg'), tmp)

        status, output = run(exe, '--validate', '--data=' + exhibit)
        print(output, end='')
        if status != 0 or 'warning: the "de" (Deutsch) text is missing' not in output:
            failures.append('--validate: expected a valid file with warnings for the German left to do')

        png = os.path.join(tmp, 'map.png')
        status, output = run(exe, '--render=1950-09-15', '--lang=de', '--size=640x480', '--data=' + exhibit, '--output=' + png)
        if status != 0 or not os.path.getsize(png):
            failures.append('--render --lang=de failed: %s' % output)

        pdf = os.path.join(tmp, 'handout.pdf')
        status, output = run(exe, '--handout=' + pdf, '--lang=de', '--data=' + exhibit)
        if status != 0:
            failures.append('--handout --lang=de failed: %s' % output)
        else:
            words = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout
            if 'Koreakrieg-Atlas (Test)' not in words:
                failures.append('the German handout lacks the German title')

        status, output = run(exe, '--render=1950-09-15', '--lang=fr', '--data=' + exhibit, '--output=' + png)
        if status != 1 or 'use one of en, ko, de' not in output:
            failures.append('--lang=fr: expected a refusal listing en, ko, de, got %d: %s' % (status, output))

    for failure in failures:
        print('FAIL', failure)
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
