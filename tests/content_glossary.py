# The Korean glossary (docs/glossary.md) as a check: every form in its
# "Avoid" column must be absent from the exhibit's Korean text, so each term
# is spelled one way throughout. Used by test-content.py.

import os
import re

GLOSSARY = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'docs', 'glossary.md')
CODE = re.compile(r'`([^`]+)`')


def read_rules(path=GLOSSARY):
    """[(term, preferred, avoided form, compiled pattern)] from the table's rows."""
    rules = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            if len(cells) < 4 or cells[0] in ('English', '---'):
                continue
            term, preferred, avoid = cells[0], cells[1], cells[2]
            for form in CODE.findall(avoid):
                pattern = re.compile(form[3:]) if form.startswith('re:') else re.compile(re.escape(form))
                rules.append((term, preferred, form, pattern))
    return rules


def korean_texts(node, path=''):
    """(path, text) for every Korean text: the "ko" of each {"en", "ko"}."""
    if isinstance(node, dict):
        if isinstance(node.get('ko'), str) and 'en' in node:
            yield path, node['ko']
            return
        for key, value in node.items():
            yield from korean_texts(value, '%s.%s' % (path, key) if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from korean_texts(value, '%s[%d]' % (path, index))


def check_glossary(data, check, path=GLOSSARY):
    rules = read_rules(path)
    if len(rules) < 10:
        check.fail('%s: %d avoided forms found; the glossary table is missing or unreadable' % (path, len(rules)))
        return 0
    exhibit = {key: value for key, value in data.items() if key != 'sources'}
    for text_path, text in korean_texts(exhibit):
        for term, preferred, form, pattern in rules:
            match = pattern.search(text)
            if match:
                check.fail('%s.ko: "%s" is not the glossary\'s word for %s; write %s (docs/glossary.md)'
                           % (text_path, match.group(0), term, preferred))
    return len(rules)
