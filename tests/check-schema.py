#!/usr/bin/env python3
# Checks exhibit files against data/korean-war.schema.json (JSON Schema
# 2020-12), with the jsonschema module (Debian: python3-jsonschema).
#
# Every FILE given must be valid; every error is printed with its JSON path.
# With --broken-dir, the broken files below that a schema can catch (each
# tests/data/minimal.json with one mistake, see make-broken-files.py) must
# all be invalid, for the reason expected: this shows that the schema
# catches mistakes, not only that it lets good files through.
#
# usage: check-schema.py --schema SCHEMA [--broken-dir DIR] FILE...

import argparse
import json
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit('check-schema.py: the Python module jsonschema is missing '
             '(install the Debian package python3-jsonschema)')

# Broken file -> (JSON path, keyword): one of its errors must be that
# keyword failing at that path, so each is refused for the mistake it was
# made with. Syntax errors, cross-references, date order and ranges between
# fields are left to the app's validator (see the schema's description);
# these are the mistakes a schema can see.
SCHEMA_DETECTABLE = {
    # unknown keys
    'unknown-key.json': ('$.events[2]', 'additionalProperties'),
    'misspelt-collection.json': ('$', 'additionalProperties'),
    # missing keys
    'missing-key.json': ('$.events[2]', 'required'),
    # the exhibit's languages
    'bad-language-tag.json': ('$.meta.languages[1].code', 'pattern'),
    'no-languages.json': ('$.meta.languages', 'minItems'),
    'no-main-tour.json': ('$.tours', 'contains'),
    'source-without-author.json': ('$.sources[1]', 'anyOf'),
    'dmz-without-width.json': ('$.lines[2]', 'required'),
    # wrong types
    'schema-2.json': ('$.schema', 'const'),
    'wrong-type-collection.json': ('$.perspectives', 'type'),
    'wrong-type-integer.json': ('$.events[1].importance', 'type'),
    'wrong-type-nested.json': ('$.events[1].quote.speaker.ko', 'type'),
    'wrong-type-text.json': ('$.places[0].name', 'type'),
    'root-not-object.json': ('$', 'type'),
    # whitespace-only text
    'empty-korean.json': ('$.phases[1].name.ko', 'pattern'),
    # dates
    'bad-date.json': ('$.events[2].date', 'pattern'),
    'no-such-month.json': ('$.figures[0].as_of', 'pattern'),
    'no-such-day.json': ('$.leaders[0].end', 'format'),
    'date-out-of-range.json': ('$.leaders[0].start', 'pattern'),
    # ids and closed vocabularies
    'bad-id.json': ('$.perspectives[0].id', 'pattern'),
    'enum-typo.json': ('$.events[1].category', 'enum'),
    'sides-wrong-id.json': ('$.sides[1].id', 'enum'),
    'sides-only-one.json': ('$.sides', 'minItems'),
    'bad-colour.json': ('$.sides[0].color', 'pattern'),
    # geometry
    'geometry-type-mismatch.json': ('$.places[0].point.type', 'const'),
    'line-with-one-point.json': ('$.movements[0].path.coordinates', 'minItems'),
    'position-too-short.json': ('$.events[1].point.coordinates', 'minItems'),
    'coordinate-outside-box.json': ('$.fronts[0].geometry.coordinates[1][0]', 'maximum'),
    'coordinates-swapped.json': ('$.places[1].point.coordinates[0]', 'minimum'),
    # other rules within one object
    'place-and-point.json': ('$.events[0]', 'not'),
    'empty-source-list.json': ('$.events[2].sources', 'minItems'),
    'stop-too-long.json': ('$.tours[0].stops[0].duration', 'maximum'),
    'zoom-out-of-range.json': ('$.tours[0].stops[0].view.zoom', 'maximum'),
    'view-center-and-bbox.json': ('$.tours[0].stops[1].view', 'oneOf'),
    'reach-without-place.json': ('$.movements[0].reaches[0]', 'oneOf'),
    'width-on-parallel.json': ('$.lines[0]', 'not'),
    'basemap-absolute.json': ('$.meta.basemap', 'pattern'),
    'basemap-parent-folder.json': ('$.meta.basemap', 'not'),
    'holdings-not-a-list.json': ('$.holdings.seoul', 'type'),
    'holdings-within-days.json': ('$.holdings.busan[0].within_days', 'maximum'),
}
MIN_BROKEN = 10


def reject_constant(name):
    raise ValueError('%s is not a number JSON can hold' % name)


def load(path):
    """The parsed file, or a message saying why it is not JSON."""
    try:
        with open(path, encoding='utf-8') as f:
            return json.load(f, parse_constant=reject_constant), None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        return None, str(e)


def json_path(error):
    path = getattr(error, 'json_path', None)
    if path is not None:
        return path
    return '$' + ''.join('[%d]' % p if isinstance(p, int) else '.%s' % p
                         for p in error.absolute_path)


def shorten(text, limit=160):
    return text if len(text) <= limit else text[:limit - 1] + '…'


# Keywords whose message alone does not say what rule was broken: the
# schema's "description" there does.
EXPLAINED_KEYWORDS = {'oneOf', 'anyOf', 'not', 'contains', 'minItems', 'maxItems'}


def describe(error):
    message = error.message
    # "{'id': 'liberation', …} is not valid under …": name the object instead.
    if isinstance(error.instance, (dict, list)):
        what = 'the object' if isinstance(error.instance, dict) else 'the list'
        message = message.replace(repr(error.instance), what)
    hint = error.schema.get('description') if isinstance(error.schema, dict) else None
    if error.validator in EXPLAINED_KEYWORDS and hint:
        message = '%s: %s' % (shorten(message), hint)
    return '%s: %s' % (json_path(error), shorten(message, 400))


def main():
    parser = argparse.ArgumentParser(description='Check exhibit files against the JSON Schema.')
    parser.add_argument('--schema', required=True, help='the JSON Schema (data/korean-war.schema.json)')
    parser.add_argument('--broken-dir', help='tests/data/broken: its schema-detectable files must fail')
    parser.add_argument('files', nargs='*', metavar='FILE', help='exhibit files that must be valid')
    args = parser.parse_args()

    schema, problem = load(args.schema)
    if problem is not None:
        print('%s: not readable JSON: %s' % (args.schema, problem))
        return 1
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print('%s: not a valid JSON Schema 2020-12: %s: %s' % (args.schema, json_path(e), e.message))
        return 1
    # "format": "date" is asserted too, so that 1951-02-29 is refused.
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    print('%s: a valid JSON Schema 2020-12' % args.schema)

    failed = False

    for path in args.files:
        document, problem = load(path)
        if problem is not None:
            print('FAIL %s: not readable JSON: %s' % (path, problem))
            failed = True
            continue
        errors = [describe(e) for e in validator.iter_errors(document)]
        if errors:
            failed = True
            print('FAIL %s: %d schema error%s' % (path, len(errors), '' if len(errors) == 1 else 's'))
            for error in errors:
                print('  ' + error)
        else:
            print('ok   %s: valid' % path)

    if args.broken_dir is not None:
        caught = 0
        for name, expected in sorted(SCHEMA_DETECTABLE.items()):
            path = '%s/%s' % (args.broken_dir, name)
            document, problem = load(path)
            if problem is not None:
                print('FAIL %s: not readable JSON (%s); it should be JSON that breaks the schema'
                      % (path, problem))
                failed = True
                continue
            errors = list(validator.iter_errors(document))
            expected_path, expected_keyword = expected
            matching = [e for e in errors
                        if json_path(e) == expected_path and e.validator == expected_keyword]
            if not errors:
                print('FAIL %s: passes the schema, but it is broken' % path)
                failed = True
            elif not matching:
                print('FAIL %s: refused, but not for the expected reason ("%s" failing at %s):'
                      % (path, expected_keyword, expected_path))
                for error in errors:
                    print('  ' + describe(error))
                failed = True
            else:
                caught += 1
                print('ok   %s: refused: %s' % (path, describe(matching[0])))
        if caught < MIN_BROKEN:
            print('FAIL only %d broken files were refused; at least %d must be' % (caught, MIN_BROKEN))
            failed = True
        else:
            print('the schema refuses %d of the %d schema-detectable broken files'
                  % (caught, len(SCHEMA_DETECTABLE)))

    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
