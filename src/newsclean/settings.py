"""Every tuning number and default of newsclean, in one place.

Each setting says what it controls, what it was chosen or fitted on, and how to re-tune it.
Modules import their numbers from here; nothing else in the package restates a default.
The library and the CLI read the same values (the CLI's ``--help`` shows them).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Batch runs, reading and output (owned by reading, batch, distributed, cli)
# ---------------------------------------------------------------------------



# ---------------------------------------------------------------------------
# Extraction: HTML path, text path, metadata and dates
# ---------------------------------------------------------------------------

# Text path, repeats: a kept line seen before is dropped as "duplicate" only when it directly follows
# its first copy or has at least this many words (a paragraph printed twice by a layout); shorter
# lines that recur later are article content (interview answers, refrains, the days of a plan).
# Chosen by hand (issue 12): past a repeated answer or refrain line. Body F1 with it (score.py):
# sh_dev text_bs4 0.9317 -> 0.9327, text_inscriptis unchanged, fundus text_* -0.001 (8 words: same).
DEDUP_MIN_WORDS = 12

# Text path, the lead: prose paragraphs between the chosen headline's line and the article's region
# (cut off by a photo, share bar or video block) join the text when the headline stands at most this
# many lines above the region. Chosen by hand (issue 12) on postlight/text_* leads; see the commit.
LEAD_GAP_MAX = 30

# Text path, confidence: the share of the headline's content words found in the text scales the
# confidence from this floor (none found) to 1 (half or more found). Chosen by hand (issue 12): how
# well confidence ranks pages with body F1 >= 0.7 above the rest (AUC) on the 444 sh_dev + fundus
# text_inscriptis/text_bs4 dumps: 0.802 without it, 0.875 with 0.5, 0.879 with 0.3 (0.5 kept: a wrong
# title should not sink a right article much).
TITLE_SUPPORT_FLOOR = 0.5
