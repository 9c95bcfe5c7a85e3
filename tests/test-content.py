#!/usr/bin/env python3
# The content floor of the bundled exhibit: not whether the file is valid
# (the app's validator and the JSON Schema say that) but whether there is
# enough of it, in both languages, with sources, for the exhibit to tell
# the war from 1945 to 1953. Prints every shortfall, or one line of counts.
#
# usage: test-content.py [--data FILE]   (default: data/korean-war.json)

import argparse
import datetime
import json
import os
import re
import sys

from content_glossary import check_glossary
from content_record import check_chinese_names, check_corrected_facts, check_korean_names, check_seed_article_notes

MIN_COUNTS = {'events': 140, 'fronts': 12, 'movements': 55, 'places': 80, 'perspectives': 5}
MIN_MAIN_TOUR_STOPS = 12
# Every year from the division to the armistice's first months, twice at
# least: the quiet years (1946, 1947, 1949) are where the war came from.
YEARS_WITH_EVENTS = tuple(range(1945, 1954))
MIN_EVENTS_PER_YEAR = 2
# A visitor meets every kind of history, not only battles.
CATEGORIES = ('military', 'diplomatic', 'political', 'humanitarian')
MIN_EVENTS_PER_CATEGORY = 8
# The kiosk's second story: civilians, refugees, prisoners, families.
PEOPLE_TOUR, PEOPLE_TOUR_STOPS = 'people', (10, 14)
MIN_FIGURE_RANGES = 5
# Collections whose every item is a fact that cites a source.
CITING = ('events', 'fronts', 'enclaves', 'movements', 'lines', 'figures')
HANGUL = re.compile('[\uac00-\ud7a3]')
DATE = re.compile(r'^(\d{4})-(\d{2})-(\d{2})$')


class Check:
    def __init__(self):
        self.problems = []

    def fail(self, message):
        self.problems.append(message)


def items(data, key):
    value = data.get(key)
    return value if isinstance(value, list) else []


def label(key, index, item):
    """events[3] ("invasion"): how a problem names an item."""
    if isinstance(item, dict) and isinstance(item.get('id'), str):
        return '%s[%d] ("%s")' % (key, index, item['id'])
    if isinstance(item, dict) and isinstance(item.get('date'), str):
        return '%s[%d] (%s)' % (key, index, item['date'])
    return '%s[%d]' % (key, index)


def is_blank(text):
    return not isinstance(text, str) or text.strip() == ''


# The languages every text of the bundled exhibit is complete in: a museum
# in Korea serves its visitors in these four.
REQUIRED_LANGUAGES = ('en', 'ko', 'ja', 'zh-Hans')


def exhibit_languages(data, check):
    """meta.languages, which must list at least the four required."""
    listed = [entry.get('code') for entry in data.get('meta', {}).get('languages', []) if isinstance(entry, dict)]
    for language in REQUIRED_LANGUAGES:
        if language not in listed:
            check.fail('meta.languages: "%s" is missing; the exhibit must speak %s'
                       % (language, ', '.join(REQUIRED_LANGUAGES)))
    return listed or ['en', 'ko']


def walk_texts(node, path, languages, check, counter):
    """Every object with a key that is one of the exhibit's languages is
    visitor-facing text: it must have every language, each non-blank, and
    nothing else."""
    if isinstance(node, dict):
        if any(language in node for language in languages) and all(isinstance(v, str) for v in node.values()):
            counter[0] += 1
            for key in node:
                if key not in languages:
                    check.fail('%s: "%s" is not one of the exhibit\'s languages' % (path, key))
            for language in languages:
                if language not in node:
                    check.fail('%s: the "%s" text is missing' % (path, language))
                elif is_blank(node[language]):
                    check.fail('%s.%s: the text is empty' % (path, language))
            return
        for key, value in node.items():
            if path == 'meta' and key == 'languages':
                continue
            walk_texts(value, '%s.%s' % (path, key) if path else key, languages, check, counter)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            walk_texts(value, '%s[%d]' % (path, index), languages, check, counter)


def check_counts(data, check):
    for key, minimum in MIN_COUNTS.items():
        found = len(items(data, key))
        if found < minimum:
            check.fail('%s: %d, the exhibit needs at least %d' % (key, found, minimum))


def check_sources(data, check):
    source_ids = {s.get('id') for s in items(data, 'sources') if isinstance(s, dict)}

    for key in CITING:
        for index, item in enumerate(items(data, key)):
            cited = item.get('sources') if isinstance(item, dict) else None
            if not isinstance(cited, list) or not cited:
                check.fail('%s: cites no source' % label(key, index, item))

    # Every citation anywhere, leaders and perspectives included.
    for key, value in data.items():
        if key == 'sources' or not isinstance(value, list):
            continue
        for index, item in enumerate(value):
            cited = item.get('sources') if isinstance(item, dict) else None
            for source in cited if isinstance(cited, list) else []:
                if source not in source_ids:
                    check.fail('%s: cites "%s", which is not in sources' % (label(key, index, item), source))


def parse_date(text):
    match = DATE.match(text) if isinstance(text, str) else None
    return text if match else None


def check_events(data, check):
    time_range = data.get('meta', {}).get('time_range', {}) if isinstance(data.get('meta'), dict) else {}
    start = parse_date(time_range.get('start')) if isinstance(time_range, dict) else None
    end = parse_date(time_range.get('end')) if isinstance(time_range, dict) else None
    if start is None or end is None:
        check.fail('meta.time_range: missing or not {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}')

    years = {}
    categories = {category: 0 for category in CATEGORIES}
    for index, event in enumerate(items(data, 'events')):
        if not isinstance(event, dict):
            continue
        name = label('events', index, event)
        for key in ('date', 'end'):
            if key not in event:
                continue
            date = parse_date(event[key])
            if date is None:
                check.fail('%s.%s: not a date "YYYY-MM-DD"' % (name, key))
            elif start is not None and end is not None and not start <= date <= end:
                check.fail('%s.%s: %s lies outside meta.time_range, %s to %s' % (name, key, date, start, end))
        date = parse_date(event.get('date'))
        if date is not None:
            years[int(date[:4])] = years.get(int(date[:4]), 0) + 1
        if event.get('category') in categories:
            categories[event['category']] += 1

        title = event.get('title')
        korean = title.get('ko') if isinstance(title, dict) else None
        if not isinstance(korean, str) or not HANGUL.search(korean):
            check.fail('%s.title.ko: %s has no Hangul; the Korean title must be written in Korean'
                       % (name, json.dumps(korean, ensure_ascii=False)))

    for year in YEARS_WITH_EVENTS:
        if years.get(year, 0) < MIN_EVENTS_PER_YEAR:
            check.fail('events: %d in %d; every year from %d to %d needs at least %d'
                       % (years.get(year, 0), year, YEARS_WITH_EVENTS[0], YEARS_WITH_EVENTS[-1], MIN_EVENTS_PER_YEAR))
    for category, found in categories.items():
        if found < MIN_EVENTS_PER_CATEGORY:
            check.fail('events: %d of category "%s", at least %d needed' % (found, category, MIN_EVENTS_PER_CATEGORY))


def check_main_tour(data, check):
    tours = [t for t in items(data, 'tours') if isinstance(t, dict) and t.get('id') == 'main']
    if not tours:
        check.fail('tours: there is no tour "main"')
        return 0
    stops = tours[0].get('stops')
    n_stops = len(stops) if isinstance(stops, list) else 0
    if n_stops < MIN_MAIN_TOUR_STOPS:
        check.fail('tours "main": %d stops, the attract loop needs at least %d' % (n_stops, MIN_MAIN_TOUR_STOPS))
    return n_stops


def check_people_tour(data, check):
    tours = [t for t in items(data, 'tours') if isinstance(t, dict) and t.get('id') == PEOPLE_TOUR]
    stops = tours[0].get('stops') if tours else None
    n_stops = len(stops) if isinstance(stops, list) else 0
    low, high = PEOPLE_TOUR_STOPS
    if not low <= n_stops <= high:
        check.fail('tours "%s": %d stops; the kiosk\'s story of the people needs %d to %d' % (PEOPLE_TOUR, n_stops, low, high))
    events = {e.get('id') for e in items(data, 'events') if isinstance(e, dict)}
    for index, stop in enumerate(stops or []):
        if not isinstance(stop, dict) or stop.get('event') not in events:
            check.fail('tours "%s".stops[%d]: a stop of this tour tells an event of the exhibit' % (PEOPLE_TOUR, index))
        elif not isinstance(stop.get('notes'), dict):
            check.fail('tours "%s".stops[%d]: no teacher\'s notes' % (PEOPLE_TOUR, index))


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_figures(data, check):
    ranges = 0
    for index, figure in enumerate(items(data, 'figures')):
        if not isinstance(figure, dict):
            continue
        name = label('figures', index, figure)
        low, high, best = figure.get('low'), figure.get('high'), figure.get('best')
        if not is_number(low) or not is_number(high):
            check.fail('%s: needs numbers "low" and "high"' % name)
            continue
        if low > high:
            check.fail('%s: low %s is above high %s' % (name, low, high))
        elif low < high:
            ranges += 1
        if best is not None and low <= high and (not is_number(best) or not low <= best <= high):
            check.fail('%s: best %s lies outside %s to %s' % (name, best, low, high))
    if ranges < MIN_FIGURE_RANGES:
        check.fail('figures: %d are ranges (low < high); disputed numbers must be shown as ranges, '
                   'at least %d' % (ranges, MIN_FIGURE_RANGES))
    return ranges


# The war of movement: a front at least every ten days, so that the map
# follows the record between snapshots, except where the line stood still
# (the later snapshot's notes say so).
MOVEMENT_START, MOVEMENT_END = '1950-06-25', '1951-07-10'
MAX_FRONT_GAP_DAYS = 10
MIN_HOLDINGS = 45
REQUIRED_HOLDINGS = ('seoul', 'pyongyang', 'incheon', 'suwon', 'daejeon', 'wonsan', 'hamhung', 'hungnam',
                     'kaesong', 'chuncheon', 'chongju-north', 'hyesan', 'chosan', 'samcheok', 'pohang',
                     'jinju', 'gwangju', 'jeonju', 'gangneung', 'chorwon', 'sokcho')


def check_fronts_and_record(data, check):
    fronts = [f for f in items(data, 'fronts') if isinstance(f, dict) and parse_date(f.get('date'))]
    for before, after in zip(fronts, fronts[1:]):
        if not MOVEMENT_START < after['date'] <= MOVEMENT_END:
            continue
        gap = (datetime.date.fromisoformat(after['date']) - datetime.date.fromisoformat(before['date'])).days
        notes = after.get('notes', {}).get('en', '') if isinstance(after.get('notes'), dict) else ''
        if gap > MAX_FRONT_GAP_DAYS and 'stood still' not in notes:
            check.fail('fronts %s: %d days after the front before it, in the war of movement; add a snapshot '
                       'or say in its notes that the line stood still' % (after['date'], gap))

    holdings = data.get('holdings', {})
    if not isinstance(holdings, dict) or len(holdings) < MIN_HOLDINGS:
        check.fail('holdings: the record covers %d places, it needs at least %d'
                   % (len(holdings) if isinstance(holdings, dict) else 0, MIN_HOLDINGS))
        return
    for place in REQUIRED_HOLDINGS:
        if place not in holdings:
            check.fail('holdings: no record for %s' % place)
    war = data.get('meta', {}).get('war', {})
    seoul = [c for c in holdings.get('seoul', []) if war.get('start', '') <= c.get('date', '') <= war.get('end', '')]
    if len(seoul) != 4:
        check.fail('holdings.seoul: %d changes in the war; Seoul changed hands four times' % len(seoul))
    for place, changes in holdings.items():
        for index, change in enumerate(changes):
            if not change.get('sources'):
                check.fail('holdings.%s[%d]: cites no source' % (place, index))


def main():
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'data', 'korean-war.json')
    parser = argparse.ArgumentParser(description='Check the content floor of an exhibit file.')
    parser.add_argument('--data', default=os.path.normpath(default), help='the exhibit file (default: %(default)s)')
    args = parser.parse_args()

    try:
        with open(args.data, encoding='utf-8') as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print('%s: cannot read the exhibit: %s' % (args.data, e))
        return 1
    if not isinstance(data, dict):
        print('%s: the exhibit is not a JSON object' % args.data)
        return 1

    check = Check()
    texts = [0]
    check_counts(data, check)
    walk_texts(data, '', exhibit_languages(data, check), check, texts)
    check_sources(data, check)
    check_events(data, check)
    n_stops = check_main_tour(data, check)
    check_people_tour(data, check)
    ranges = check_figures(data, check)
    check_fronts_and_record(data, check)
    check_corrected_facts(data, check)
    check_seed_article_notes(data, check)
    check_korean_names(data, check)
    check_chinese_names(data, check)
    glossary_terms = check_glossary(data, check)

    name = os.path.basename(args.data)
    if check.problems:
        for problem in check.problems:
            print('%s: %s' % (name, problem))
        print('%s: below the content floor: %d problem%s'
              % (name, len(check.problems), '' if len(check.problems) == 1 else 's'))
        return 1

    print('%s: content floor met: %d events, %d fronts, %d movements, %d places, %d perspectives, '
          '%d main-tour stops, %d figure ranges, %d texts in every language, %d sources, %d avoided glossary forms absent'
          % (name, len(data['events']), len(data['fronts']), len(data['movements']), len(data['places']),
             len(data['perspectives']), n_stops, ranges, texts[0], len(items(data, 'sources')), glossary_terms))
    return 0


if __name__ == '__main__':
    sys.exit(main())
