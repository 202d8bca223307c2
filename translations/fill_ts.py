#!/usr/bin/env python3
"""Helps after `ninja update_translations`: English (moulin_en.ts) is the
source text itself, filled in here; French is translated in moulin_fr.ts with
Qt Linguist, or in bulk from JSON files in translations/pending/
({"Context": {"source": "French"}}, removed once merged). Prints every French
string still unfinished and exits 1 if there is any.
"""
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
french = {}
for path in sorted(glob.glob(os.path.join(here, "pending", "*.json"))):
    with open(path, encoding="utf-8") as f:
        for ctx, msgs in json.load(f).items():
            french.setdefault(ctx, {}).update(msgs)


def fill(ts_name, lookup):
    path = os.path.join(here, ts_name)
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if tr is None:
                continue
            done = tr.get("type") not in ("unfinished",) and ((tr.text or "").strip() or len(tr))
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            if done:
                continue
            value = lookup(name, src)
            if value is None:
                missing.append((name, src))
                continue
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                for form in (value if isinstance(value, list) else [value, value]):
                    el = ET.SubElement(tr, "numerusform")
                    el.text = form
                tr.text = None
            else:
                tr.text = value
            tr.attrib.pop("type", None)
    ET.indent(tree, "    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing


missing = fill("moulin_fr.ts", lambda c, s: french.get(c, {}).get(s))
fill("moulin_en.ts", lambda c, s: s)
for c, s in missing:
    print(f"missing French: [{c}] {s!r}")
sys.exit(1 if missing else 0)
