# What the curator's command-line checks share (check-events-table-cli.py,
# check-geojson-cli.py): running the app, and a copy of the exhibit beside
# its basemap in a scratch folder, as a curator keeps it.

import difflib
import os
import shutil
import subprocess


def run(exe, *args):
    result = subprocess.run([exe] + list(args), capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout + result.stderr


def copy_exhibit(original, folder):
    """The exhibit, its basemap and media in @folder: its path, and its bytes."""
    exhibit = os.path.join(folder, 'korean-war.json')
    shutil.copy(original, exhibit)
    shutil.copy(os.path.join(os.path.dirname(original), 'korea-basemap.svg'), folder)
    # The sound files its tour stops' voices name.
    media = os.path.join(os.path.dirname(original), 'media')
    if os.path.isdir(media):
        shutil.copytree(media, os.path.join(folder, 'media'))
    with open(exhibit, 'rb') as f:
        return exhibit, f.read()


def changed_lines(before, after):
    """The lines a unified diff of two texts removes and adds."""
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0)
            if line[:1] in '+-' and line[:3] not in ('+++', '---')]
