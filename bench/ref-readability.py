#!/usr/bin/env python3
"""The reference for mc-split on web pages: Debian's python3-readability
(readability-lxml) on each file given, the article's text written out, as
mc-split --html writes its documents.  bench/run.sh times both on the
same pages."""
import sys

import lxml.html
from readability import Document

for path in sys.argv[1:]:
    with open(path, "rb") as f:
        html = f.read()
    try:
        summary = Document(html).summary()
        text = lxml.html.fromstring(summary).text_content()
    except Exception as e:          # a page it cannot read: say so, go on
        print("readability.py: %s: %s" % (path, e), file=sys.stderr)
        continue
    sys.stdout.write(text + "\n")
