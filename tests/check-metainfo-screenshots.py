#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-metainfo-screenshots.py TOP: the metainfo's screenshots are the ones the
screenshots script makes (build-aux/dev screenshots), kept in docs/screenshots: each one a
PNG that exists, made by the script, with a caption, and exactly one the default."""
import re
import struct
import sys
import xml.etree.ElementTree as ET

top = sys.argv[1]
tree = ET.parse(f"{top}/data/io.github.unknot.Unknot.metainfo.xml.in.in")
script = open(f"{top}/build-aux/dev", encoding="utf-8").read()
problems = []
shots = tree.getroot().findall("./screenshots/screenshot")
if not shots:
    problems.append("the metainfo has no screenshots")
if sum(1 for s in shots if s.get("type") == "default") != 1:
    problems.append("exactly one screenshot must be the default")
for shot in shots:
    image = (shot.findtext("image") or "").strip()
    caption = (shot.findtext("caption") or "").strip()
    m = re.fullmatch(r"https://\S+/docs/screenshots/([a-z0-9-]+)\.png", image)
    if not m:
        problems.append(f"{image!r} is not a PNG of docs/screenshots")
        continue
    name = m.group(1)
    if not caption:
        problems.append(f"{name}: no caption")
    if not re.search(rf"^\s*shot {re.escape(name)} ", script, re.M):
        problems.append(f"{name}: not made by build-aux/dev screenshots")
    try:
        with open(f"{top}/docs/screenshots/{name}.png", "rb") as f:
            head = f.read(24)
    except OSError as e:
        problems.append(f"{name}: {e.strerror}")
        continue
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        problems.append(f"{name}: not a PNG")
        continue
    width, height = struct.unpack(">II", head[16:24])
    if width < 360 or height < 294:
        problems.append(f"{name}: {width}×{height} is smaller than the smallest window")
for p in problems:
    print(p)
if not problems:
    print(f"metainfo: {len(shots)} screenshots, each made by the script, with a caption")
sys.exit(1 if problems else 0)
