#!/usr/bin/env python3
"""Makes the bundled exhibit's sample narration with eSpeak NG.

A synthetic voice reads a few stops of a tour in English and Korean, one
sentence at a time with a short pause between, so that the start of each
sentence (its cue) is known exactly. Each voice is encoded as Ogg Opus
into data/media/voice/ and written into the stop's "voice" with its
cues, credit and licence.

A museum replaces these with a recorded voice: record each stop, note
where each sentence begins (or leave out "cues": the kiosk then paces the
captions by the sentences' lengths), and name the files in the exhibit
(docs/exhibit-format.md, "Narration").

usage: tools/make-narration.py [--tour main] [--stops 0,3,4] [EXHIBIT]
needs: espeak-ng, gst-launch-1.0 (gstreamer1.0-tools) with opusenc
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import wave

# eSpeak NG voices and speeds (words a minute) that read clearly to a room.
VOICES = {
    'en': ('en-us', 150),
    'ko': ('ko', 140),
}
PAUSE_SECONDS = 0.45
CREDIT = {
    'en': 'Synthetic voice (eSpeak NG), made for this exhibit',
    'ko': '합성 음성(eSpeak NG), 이 전시를 위해 만듦',
    'ja': '合成音声（eSpeak NG）、この展示のために作成',
    'zh-Hans': '合成语音（eSpeak NG），为本展览制作',
}
LICENCE = 'GPL-3.0-or-later'

# As src/model/kwa-narration.c splits (its unit test is the reference):
# . ! ? … before a space or the end, 。！？ anywhere; an abbreviation's or
# an initial's full stop ends nothing.
ABBREVIATIONS = {'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Brig',
                 'No', 'Nos', 'Mr', 'Mrs', 'Dr', 'St', 'Mt', 'Ft', 'vs', 'ca', 'c', 'approx', 'km'}
CLOSING = '"\')]\u201d\u2019\u300d\u300f\uff09'


def sentences(text):
    found, start, i = [], 0, 0
    while i < len(text):
        c = text[i]
        end = None
        if c in '\u3002\uff01\uff1f':
            end = i + 1
            while end < len(text) and text[end] in CLOSING:
                end += 1
        elif c == '\n':
            end = i
        elif c in '.!?\u2026':
            word = re.search(r'([A-Za-z]*)$', text[:i]).group(1)
            abbreviation = c == '.' and word and (
                (len(word) == 1 and word.isupper()) or text[:i - len(word)].endswith('.') or word in ABBREVIATIONS)
            if not abbreviation:
                end = i + 1
                while end < len(text) and text[end] in CLOSING:
                    end += 1
                if end < len(text) and not text[end].isspace():
                    end = None
        if end is not None:
            if text[start:end].strip():
                found.append(text[start:end].strip())
            start = end if end > i else i + 1
            i = max(end, i + 1)
            continue
        i += 1
    if text[start:].strip():
        found.append(text[start:].strip())
    return found


def speak(sentence, voice, speed, path):
    subprocess.run(['espeak-ng', '-v', voice, '-s', str(speed), '-w', path, sentence], check=True)


def read_wav(path):
    with wave.open(path) as w:
        return w.getparams(), w.readframes(w.getnframes())


def make_voice(text, language, out_path, workdir):
    voice, speed = VOICES[language]
    cues, frames, params = [], b'', None
    for n, sentence in enumerate(sentences(text)):
        part = os.path.join(workdir, 'part-%d.wav' % n)
        speak(sentence, voice, speed, part)
        part_params, part_frames = read_wav(part)
        params = params or part_params
        rate, width = params.framerate, params.sampwidth * params.nchannels
        if frames:
            frames += b'\0' * (int(PAUSE_SECONDS * rate) * width)
        cues.append(round(len(frames) / width / rate, 2))
        frames += part_frames
    whole = os.path.join(workdir, 'whole.wav')
    with wave.open(whole, 'wb') as w:
        w.setparams(params)
        w.writeframes(frames)
    subprocess.run(['gst-launch-1.0', '-q', 'filesrc', 'location=' + whole, '!', 'wavparse', '!', 'audioconvert',
                    '!', 'audioresample', '!', 'opusenc', 'bitrate=32000', '!', 'oggmux', '!',
                    'filesink', 'location=' + out_path], check=True)
    return cues


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('exhibit', nargs='?', default=os.path.join(os.path.dirname(__file__), '..', 'data',
                                                                   'korean-war.json'))
    parser.add_argument('--tour', default='main')
    parser.add_argument('--stops', default='0,3,4', help='stop indices, from 0')
    args = parser.parse_args()

    with open(args.exhibit, encoding='utf-8') as f:
        exhibit = json.load(f)
    folder = os.path.dirname(os.path.abspath(args.exhibit))
    tour = next(t for t in exhibit['tours'] if t['id'] == args.tour)
    languages = [lang for lang in exhibit['meta']['languages'] if lang in VOICES] \
        if isinstance(exhibit['meta']['languages'][0], str) else \
        [lang['code'] for lang in exhibit['meta']['languages'] if lang['code'] in VOICES]
    os.makedirs(os.path.join(folder, 'media', 'voice'), exist_ok=True)

    with tempfile.TemporaryDirectory() as workdir:
        for index in (int(s) for s in args.stops.split(',')):
            stop = tour['stops'][index]
            stop['voice'] = {}
            for language in languages:
                name = 'media/voice/%s-%02d-%s.ogg' % (args.tour, index, language)
                cues = make_voice(stop['narration'][language], language, os.path.join(folder, name), workdir)
                stop['voice'][language] = {
                    'file': name,
                    'credit': {lang: CREDIT[lang] for lang in CREDIT if lang in stop['narration']},
                    'licence': LICENCE,
                    'cues': cues,
                }
                print('%s: %d sentences, %.1f s' % (name, len(cues), cues[-1]), file=sys.stderr)

    with open(args.exhibit, 'w', encoding='utf-8') as f:
        f.write(json.dumps(exhibit, indent=2, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
