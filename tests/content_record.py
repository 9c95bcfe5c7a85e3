# Facts a historian's review found wrong, and which must stay right: each
# check names the fact, what the record says and where it is written. Also
# the seed article's errors, each of which the lesson must correct aloud.
# Used by test-content.py.

import math


def by_id(data, key):
    return {item['id']: item for item in data.get(key, []) if isinstance(item, dict) and 'id' in item}


def text(item, *keys, language='en'):
    for key in keys:
        item = item.get(key, {}) if isinstance(item, dict) else {}
    return item.get(language, '') if isinstance(item, dict) else ''


def km(a, b):
    """Distance between two [lon, lat] points, on a sphere."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def need(check, condition, message):
    if not condition:
        check.fail(message)


def check_corrected_facts(data, check):
    events, figures = by_id(data, 'events'), by_id(data, 'figures')
    movements, leaders, places = by_id(data, 'movements'), by_id(data, 'leaders'), by_id(data, 'places')

    inchon = text(events.get('inchon-landing'), 'body')
    need(check, '75,000' in inchon and '261 ships' in inchon and '70,000' not in inchon,
         'events "inchon-landing": the landing force is about 75,000 men in 261 ships (Appleman; Encyclopedia of Korean Culture)')

    perimeter = text(events.get('pusan-perimeter'), 'body')
    need(check, 'Yongdok' in perimeter and 'near Pohang' not in perimeter,
         'events "pusan-perimeter": the perimeter\'s north-east end is on the coast at Yongdok (Appleman), not near Pohang')

    force = figures.get('kpa-invasion-force', {})
    notes = text(events.get('invasion'), 'notes')
    need(check, force.get('low') == 75000 and force.get('high') == 90000
         and '75,000' in notes and '90,000' in notes and '120,000' not in notes,
         'the invasion force is one range, 75,000 to 90,000, in the figure "kpa-invasion-force" and the event "invasion"\'s notes')

    pohang = places.get('pohang', {}).get('point', {}).get('coordinates')
    east = movements.get('kpa-east-coast', {})
    need(check, pohang and '5th' in text(east, 'unit') and km(east['path']['coordinates'][-1], pohang) > 15,
         'movements "kpa-east-coast": the KPA 5th Division stopped north of Pohang; its arrow must not end there')
    into_pohang = [m for m in movements.values()
                   if m.get('side') == 'north' and m.get('start', '9') <= '1950-08-31' and m.get('end', '') >= '1950-08-01'
                   and pohang and km(m['path']['coordinates'][-1], pohang) < 5]
    need(check, into_pohang and all('12th' in text(m, 'unit') and '766th' in text(m, 'unit') for m in into_pohang),
         'movements: the KPA arrow into Pohang in August 1950 is the 12th Division and the 766th Unit (Appleman)')

    # From the 2026-12-07 audit of the movements against Appleman (chapters
    # VIII, XII, XIII, XXIV) and the ROK official history.
    naktong = text(movements.get('kpa-to-naktong'), 'unit')
    need(check, '3rd' in naktong and '2nd' in naktong and '4th' not in naktong and '15th' not in naktong,
         'movements "kpa-to-naktong": the Daejeon-Yeongdong-Gimcheon road was the KPA 3rd Division\'s, the 2nd joining '
         'at Hwanggan; the 4th went by Geumsan and Geochang to the Naktong bulge, the 15th fought at Sangju (Appleman)')
    need(check, movements.get('kpa-chuncheon-wonju', {}).get('end') == '1950-07-08',
         'movements "kpa-chuncheon-wonju": the arrow ends at Chungju, which fell on 8 July 1950 (ROK IMH; AKS)')
    masan = movements.get('kpa-great-naktong-masan', {}).get('path', {}).get('coordinates', [])
    need(check, masan and masan[0][0] > 128.25,
         'movements "kpa-great-naktong-masan": the attack of 31 August starts at the front west of Haman, '
         'not at Jinju 30 km behind it')

    # From the 2026-12-07 audit of the events (CMH volumes, FRUS, the ROK
    # veterans' ministry and Navy, the Dong-A Ilbo's MND figures).
    strait = text(events.get('korea-strait-battle'), 'body')
    need(check, 'helmsman' not in strait and 'two of Baekdusan' in strait,
         'events "korea-strait-battle": two of Baekdusan\'s crew were killed (ROK Navy and MPVA records), not "the helmsman"')
    need(check, '861 days later' not in text(events.get('wonsan-siege'), 'summary'),
         'events "wonsan-siege": 16 February 1951 to 27 July 1953 is 892 days; "861 days" is only the figure often quoted')
    need(check, '9 July' in text(events.get('robertson-mission'), 'body'),
         'events "robertson-mission": Rhee\'s written assurance was his letter of 9 July 1953 (FRUS 1952-54 XV, docs 691, 694)')
    need(check, '8 March' in text(events.get('germ-warfare-allegations'), 'body'),
         'events "germ-warfare-allegations": Zhou Enlai extended the charge to north-east China on 8 March 1952, not 24 February')
    need(check, 'About a hundred' not in text(events.get('tiger-death-march'), 'body'),
         'events "tiger-death-march": the deaths on the march are a range (68 to about 130), not one figure')
    pows = text(events.get('rok-pows-unreturned'), 'notes')
    need(check, '41,954' in pows and 'reclassified' not in pows,
         'events "rok-pows-unreturned": 41,971 (the 1997 estimate of prisoners) and 41,954 (the MND count of the '
         'unaccounted for, 22,562 of them listed as killed) are two figures')

    nations = text(figures.get('un-combat-nations'), 'notes')
    need(check, all(word in nations for word in ('16', '21', '22', 'Germany', '2018')) or
         all(word in nations for word in ('Sixteen', '21', '22', 'Germany', '2018')),
         'figures "un-combat-nations": the notes say what 22 counts (16 combat, 6 medical with Germany, added in 2018) and why 21 is also found')

    peng = leaders.get('peng-dehuai', {})
    need(check, peng.get('end', '') > '1953-12-31' and 'Deng Hua' in text(peng, 'role'),
         'leaders "peng-dehuai": he remained the Volunteers\' commander into 1954, with Deng Hua acting from 1952')

    chinese = text(figures.get('chinese-military-deaths'), 'notes')
    need(check, '197,653' in chinese and '2020' in chinese and 'confirmed in 2014' not in chinese,
         'figures "chinese-military-deaths": 197,653 is the list reported in 2020 (the source cited), not a figure confirmed in 2014')

    for figure in figures.values():
        notes = text(figure, 'notes').lower()
        if figure.get('low') == figure.get('high'):
            for word in ('approximate', 'lower bound', 'upper bound', 'at least', 'more than', 'estimate'):
                need(check, word not in notes,
                     'figures "%s": a single value whose notes call it "%s"; give the range the sources support'
                     % (figure['id'], word))


# The seed article's errors: (the stop's event, words the English note must
# contain, what the article gets wrong). Each note must also say so in Korean.
SEED_ERRORS = (
    ('division-38th-parallel', ('State Department', 'War Department'), 'the 38th parallel drawn by "State Department" aides'),
    ('chinese-enter', ('1951', 'October 1950', 'First Offensive', 'Second'), 'the Chinese offensives dated 1951'),
    ('talks-kaesong', ('Panmunjom', 'Kaesong', '25 October 1951'), 'talks "at Panmunjom" from July 1951'),
    ('armistice', ('2 miles', '4 km'), 'the DMZ as "two miles" wide'),
    ('armistice', ('40,000', '33,686'), '"almost 40,000" Americans died in action'),
    ('armistice', ('38th parallel', 'Military Demarcation Line', 'line of contact'), 'the ceasefire "at the 38th parallel"'),
    ('armistice', ('agreed', 'never signed'), 'South Korea "agreed"'),
)


def check_seed_article_notes(data, check):
    lessons = [t for t in data.get('tours', []) if isinstance(t, dict) and t.get('id', '').startswith('lesson')]
    stops = {}
    for tour in lessons:
        for stop in tour.get('stops', []):
            stops.setdefault(stop.get('event'), []).append(stop)
    for event, words, error in SEED_ERRORS:
        notes = [s.get('notes', {}) for s in stops.get(event, [])]
        english = ' '.join(n.get('en', '') for n in notes)
        korean = ' '.join(n.get('ko', '') for n in notes)
        missing = [w for w in words if w not in english]
        need(check, not missing and 'article' in english and '기사' in korean,
             'lesson stop "%s": its teacher\'s notes must correct the seed article (%s), in English and Korean; '
             'missing %s' % (event, error, ', '.join('"%s"' % w for w in missing) or 'the Korean note'))


def check_korean_names(data, check):
    places, events = by_id(data, 'places'), by_id(data, 'events')
    tours = by_id(data, 'tours')
    need(check, text(places.get('pork-chop-hill'), 'name', language='ko') == '폭찹힐'
         and '폭찹힐' in text(events.get('pork-chop-hill'), 'title', language='ko'),
         'Pork Chop Hill is 폭찹힐 in both its place and its event')
    need(check, text(places.get('hwacheon-reservoir'), 'name', language='ko') == '파로호(화천호)',
         'places "hwacheon-reservoir": its Korean name is 파로호(화천호)')
    title = text(tours.get('main'), 'title', language='ko')
    need(check, '1945' in title and '분단' in title,
         'tours "main": its Korean title covers 1945–1953 (the division as well as 6·25전쟁), found "%s"' % title)


def check_chinese_names(data, check):
    """One Chinese name for one operation or battle wherever it is named."""
    events = by_id(data, 'events')
    roundup = [t for t in strings_in(data, 'zh-Hans') if 'Roundup' in t or '围歼' in t]
    need(check, not any('围歼' in t for t in roundup) and '围捕' in text(events.get('operation-roundup'), 'title', language='zh-Hans'),
         'Operation Roundup is 围捕 in Chinese wherever it is named, never 围歼 (encircle and annihilate)')
    need(check, text(events.get('triangle-hill'), 'title', language='zh-Hans').startswith('上甘岭'),
         'events "triangle-hill": its Chinese title begins with 上甘岭, as the place\'s name does')


def strings_in(node, language):
    """Every text in @language anywhere under @node."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == language and isinstance(value, str):
                yield value
            else:
                yield from strings_in(value, language)
    elif isinstance(node, list):
        for value in node:
            yield from strings_in(value, language)
