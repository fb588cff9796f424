#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every screenshot the metainfo lists is in data/screenshots/ of this tree,
# a PNG as large as the window it shows, and every file there is listed.

import os
import struct
import sys
import xml.etree.ElementTree as ET

PREFIX = 'https://raw.githubusercontent.com/shortlist/shortlist/main/'


def main(metainfo, source_dir):
    failures = []
    listed = set()
    images = ET.parse(metainfo).getroot().findall('./screenshots/screenshot/image')
    if not images:
        failures.append('the metainfo lists no screenshot')

    for image in images:
        url = image.text.strip()
        if not url.startswith(PREFIX):
            failures.append(f'{url}: not a file of this repository')
            continue
        path = os.path.join(source_dir, url[len(PREFIX):])
        listed.add(os.path.normpath(path))
        try:
            with open(path, 'rb') as f:
                header = f.read(24)
        except OSError as e:
            failures.append(f'{url}: {e.strerror}')
            continue
        if header[:8] != b'\x89PNG\r\n\x1a\n':
            failures.append(f'{path}: not a PNG file')
            continue
        width, height = struct.unpack('>II', header[16:24])
        if width < 1000 or height < 600:
            failures.append(f'{path}: {width}×{height}, smaller than the window')

    shots = os.path.join(source_dir, 'data', 'screenshots')
    for name in sorted(os.listdir(shots)):
        if os.path.normpath(os.path.join(shots, name)) not in listed:
            failures.append(f'{name}: in data/screenshots but not in the metainfo')

    for failure in failures:
        print(failure, file=sys.stderr)
    print(f'{len(images)} screenshots checked, {len(failures)} problems')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
