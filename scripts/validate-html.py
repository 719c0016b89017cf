#!/usr/bin/env python3
"""Parses each HTML file given with html5lib's strict parser: any parse error fails.

Usage: scripts/validate-html.py FILE.html...   (pip install html5lib)
"""
import sys

import html5lib


def main(paths):
    failed = False
    for path in paths:
        with open(path, "rb") as handle:
            data = handle.read()
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        try:
            document = parser.parse(data)
        except html5lib.html5parser.ParseError as error:
            print(f"{path}: HTML5 invalide : {error}", file=sys.stderr)
            failed = True
            continue
        if document.find("head/title") is None or document.get("lang") != "fr":
            print(f"{path}: <title> ou lang=\"fr\" manquant", file=sys.stderr)
            failed = True
            continue
        print(f"{path}: HTML5 valide (html5lib, analyse stricte)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
