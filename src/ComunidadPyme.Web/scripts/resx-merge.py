#!/usr/bin/env python3
"""Adds interface text to a resource set in all four languages.

Usage: python3 scripts/resx-merge.py <BaseName> <strings.tsv>
  BaseName: path under src/ComunidadPyme.Web/ without culture or extension, e.g.
            Localization/SharedResource or Features/Compare/CompareResource.
  strings.tsv: one line per text: key<TAB>en<TAB>es<TAB>pt<TAB>fr. A key of "=" means "the English text
            is the key" (the usual case); only other keys are written to the neutral (English) file.
Existing entries with the same key are replaced; the files stay sorted, so merges stay clean.
"""
import fcntl, os, sys, xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def load(path):
    if not os.path.exists(path):
        return {}
    return {d.get("name"): d.find("value").text or "" for d in ET.parse(path).getroot().findall("data")}

def save(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key in sorted(data, key=lambda k: (k.lower(), k)):
            name = escape(key, {'"': "&quot;"})
            f.write(f'  <data name="{name}" xml:space="preserve"><value>{escape(data[key])}</value></data>\n')
        f.write("</root>\n")

def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", sys.argv[1])
    files = {"": base + ".resx", "es": base + ".es.resx", "pt": base + ".pt.resx", "fr": base + ".fr.resx"}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".resx.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data = {lang: load(path) for lang, path in files.items()}
        for number, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 5 or not all(p.strip() for p in parts):
                sys.exit(f"line {number}: expected 5 non-empty tab-separated fields, got {len(parts)}")
            key, en, es, pt, fr = parts
            key = en if key == "=" else key
            if key != en:
                data[""][key] = en
            data["es"][key], data["pt"][key], data["fr"][key] = es, pt, fr
        for lang, path in files.items():
            if lang or data[lang]:
                save(path, data[lang])
    print(f"{sys.argv[1]}: " + ", ".join(f"{lang or 'en'} {len(d)}" for lang, d in data.items()))

main()
