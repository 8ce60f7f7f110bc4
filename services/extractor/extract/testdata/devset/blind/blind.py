# Builds the blind part of the development set: pages written for issue 16
# ("Recall beyond English news") from real layouts before the extractor was
# run on them, modelled on the recall traps of pages outside English
# newsrooms (lists, tables, quotes, one-line first and last paragraphs,
# definition lists, <br>-separated paragraphs, text in <div>s, headings in
# the story) inside real chrome. tune/ is what rules may be tuned on;
# heldout/ is scored, never read while tuning. Writes html/<id>.html and
# ground-truth.json into both. Run from this directory: python3 blind.py
import os

import kit
import pages_de  # noqa: F401
import pages_en  # noqa: F401
import pages_es  # noqa: F401
import pages_fr  # noqa: F401
import pages_ru  # noqa: F401
import pages_batch2  # noqa: F401
import pages_batch3  # noqa: F401
import pages_batch4  # noqa: F401
import pages_batch5  # noqa: F401
import pages_batch6  # noqa: F401
import pages_batch7  # noqa: F401
import pages_batch8  # noqa: F401
import pages_batch9  # noqa: F401
import pages_batch10  # noqa: F401
import pages_batch11  # noqa: F401
import pages_batch12  # noqa: F401
import pages_batch13  # noqa: F401
import pages_batch14  # noqa: F401
import pages_batch15  # noqa: F401
import pages_batch16  # noqa: F401
import pages_batch17  # noqa: F401

kit.write(os.path.dirname(os.path.abspath(__file__)))
