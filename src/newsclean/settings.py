"""Every tuning number and default of newsclean, in one place.

Each setting says what it controls, what it was chosen or fitted on, and how to re-tune it.
Modules import their numbers from here; nothing else in the package restates a default.
The library and the CLI read the same values (the CLI's ``--help`` shows them).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Batch runs, reading and output (owned by reading, batch, distributed, cli)
# ---------------------------------------------------------------------------

# Inputs larger than this (after gunzipping) are error records: 50 MB is ~50x the largest news page
# seen in the dev sets, and a bound keeps a gzip bomb or a mislabelled video from filling memory.
MAX_BYTES = 50 * 1024 * 1024
# Seconds one input may take before its worker is killed: the slowest dev page cleans in ~2 s on
# one core, so 60 s only catches hangs (pathological regexes, parser loops), never a slow machine.
TIMEOUT_SECONDS = 60.0
# File name patterns taken when walking a folder (case-insensitive): the formats newsclean reads,
# plain or gzipped, and WARC archives. Anything else in a folder is counted as skipped.
PAGE_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text")
WARC_GLOBS = ("*.warc", "*.warc.gz")
INPUT_GLOBS = tuple(f"*{ext}{gz}" for ext in PAGE_EXTENSIONS for gz in ("", ".gz")) + WARC_GLOBS
# A worker process is replaced after this many inputs, so parser caches and heap fragmentation
# cannot make memory creep over a run of hundreds of thousands of files (bench_batch.py: flat RSS
# from 2,000 to 20,000 files; replacing costs one fork, ~5 ms, i.e. <0.1% at this period).
TASKS_PER_WORKER = 1000
# Inputs in flight or finished but not yet written, per worker: enough that a slow file does not
# idle the other workers, few enough that memory stays bounded whatever the folder size.
WINDOW_PER_JOB = 8
# Inputs (files or WARC records) per part file of a --scheduler run: ~200 x ~20 ms = a few seconds
# of work per Dask task, long enough to hide the scheduler's per-task overhead (~1 ms).
PARTITION_SIZE = 200
# Seconds to wait for a TCP connection to a --scheduler address before saying it is unreachable:
# a scheduler on a working network answers in milliseconds; distributed's own default is 20 s.
SCHEDULER_CONNECT_SECONDS = 3.0
# An error message is cut to this many characters: an exception's text can quote a whole page,
# and one failed input must stay one line on stderr.
MAX_MESSAGE_CHARS = 300
# Bytes given to the charset detector: enough to tell code pages apart on any page seen, while a
# 50 MB input is not scanned whole (detection is the slowest step of reading).
DETECT_SAMPLE_BYTES = 200_000
# Where a page declares its charset (<meta charset>, XML declaration): the HTML spec has browsers
# look in the first 1,024 bytes; 4,096 also finds declarations after long comments or scripts.
CHARSET_SCAN_BYTES = 4096
# Double-decoded UTF-8 ("Ã©" for "é", "â€™" for "’") is repaired when the repair undoes at least
# this many sequences and they make at least this share of the characters beyond ASCII. Set by
# hand: real text has no such sequences at all, so any clear majority is mojibake; the floor of 3
# keeps one odd "Ã±" in a name from converting a page.
MOJIBAKE_MIN_FIXES = 3
MOJIBAKE_MIN_SHARE = 0.5
# A file is binary (an image, an archive) when more than this share of its first bytes are control
# characters other than whitespace; text in any encoding has almost none, binaries have ~20-40%.
BINARY_SAMPLE_BYTES = 8192
BINARY_CONTROL_SHARE = 0.10
# Input is HTML when it starts with markup (a tag within its first 2,048 characters after leading
# whitespace) or, for fragments and pages with a text preamble, when its first 20,000 characters hold
# at least 3 page-level tags; converter dumps quote at most a stray tag or two.
SNIFF_START_CHARS = 2048
SNIFF_SCAN_CHARS = 20_000
SNIFF_MIN_TAGS = 3
# The longest file name most file systems accept (ext4, XFS, APFS, NTFS: 255 bytes or UTF-16 units).
# Mirrored output names longer than this are shortened (see output.py).
MAX_NAME_BYTES = 255



# ---------------------------------------------------------------------------
# Extraction: HTML path, text path, metadata and dates
# ---------------------------------------------------------------------------
# None of these was fitted by a script: each was set by hand while the extractors were developed on
# the samples and the dev sets (../shared/samples, ../shared/dev/sh_dev, later postlight and fundus).
# To re-tune one: change it, then compare body F1 and the metadata scores before and after on those
# sets (``python ../shared/tools/score.py FOLDER`` for samples/scrapes and each dev set's html,
# text_inscriptis and text_bs4 folders; see docs/how-it-works.md), and the speed with
# benchmarks/bench_html.py and bench_text.py. Keep a change only if it helps across sets and languages.

# --- text dumps: the line classifier (text_classify.py) ---

# Function-word density (share of a line's words that are function words of the page's language) a
# line needs to count as running prose, jusText-style: (high, mid, low). 120+ characters at >= high is
# "good"; >= mid is "near" (or "good" from 120 characters) if the line ends a sentence or has 80+
# characters; >= low is "near" for a sentence of 6+ words. Set by hand on the text dumps, below
# jusText's defaults (0.32/0.30) because converter dumps join menu words into prose lines. Pages in
# unsupported languages scale all three by the density of their own frequent short words.
TEXT_DENSITY_THRESHOLDS: tuple[float, float, float] = (0.28, 0.22, 0.15)
# Each line's contribution to the article region (a maximum-subarray search): prose adds a base plus
# so much per 100 characters (capped at 600), furniture subtracts. "reason" is a lexicon/structural
# hit; "inline_reason" a caption or player line, which sits inside articles and costs less.
# Set by hand on the text dumps so that one share bar does not split an article while a comment
# thread or a block of teasers ends it.
TEXT_REGION_WEIGHTS: dict[str, float] = {
    "good0": 1.0, "good_per100": 1.0, "near0": 0.5, "near_per100": 0.33, "short_head": 0.3, "short": 0.6,
    "reason": 2.5, "inline_reason": 1.0, "bad0": 1.0, "bad_per100": 0.67, "bad_head": 1.4,
}
# How far the region may grow over a gap of non-prose lines to prose beyond it: at most "back_gap"
# lines looked at before it ("back_run_gap" lines crossed to a run of two paragraphs, "back_single_gap"
# to one good paragraph) and "forward_gap" after it; gap lines longer than "gap_line_words" words stop
# the search. Set by hand on the samples (a lead paragraph behind a share bar) and the text dumps;
# benchmarks/sweep_text_extend.py (dev pages of sh_dev and fundus, six converters) finds each on a
# plateau: forward_gap 6-8, back_single_gap 5-9, gap_line_words 15 (12 or 20+ lose on sh_dev).
TEXT_EXTEND_LIMITS: dict[str, int] = {
    "back_gap": 14, "back_run_gap": 13, "back_single_gap": 7, "forward_gap": 8, "gap_line_words": 15,
}
# A second story appended below the first (infinite scroll) starts where two lines of the first
# story's header template (from "head_before" lines above the region to "head_lines" into it) come
# again within "window" lines, after at least "min_good" paragraphs. Set by hand on the dev dumps (a
# story's header is 5-10 lines).
TEXT_APPENDED_ARTICLE: dict[str, int] = {"head_before": 10, "head_lines": 15, "window": 10, "min_good": 3}
# A page whose best region scores below this is tried again judging lines by shape alone (tables,
# results, lists of scores have little prose by function words), as is a page holding a paragraph in a
# script written without spaces (text_extract._region). Set by hand on the text dumps.
TEXT_SHAPE_FALLBACK_BELOW = 6.0
# A social-media post an article quotes: at most this many lines above its signature ("— Name (@handle)
# date") are the post's own (its text in short lines, a handle it answers, its link). Set by hand on the
# posts quoted in the dev dumps (sh_dev, fundus, postlight), which run 1-5 lines in every converter.
TEXT_QUOTED_POST_LINES = 6
# After "min_good_lines" good lines of "min_good_chars" characters (in the run of prose still open: teaser
# blurbs between menus further up do not add up; issue 12), a comment-thread header, an "About"
# box or a newsletter/related header followed by headlines makes every later line's positive score
# count "factor" of itself (readers' comments and teasers are prose too). Set by hand on the text dumps.
TEXT_DAMP_AFTER_ARTICLE: dict[str, float] = {"min_good_lines": 3, "min_good_chars": 800, "factor": 0.2}
# A layout's label between paragraphs ("Article content", "Story continues below", issue 12): a short
# line of up to "max_words" words, no sentence, printed at least "repeats" times above a box in one dump.
# Such labels do not separate the article's paragraphs: the test whether prose resumes after the box
# looks through them (a section label repeated in a teaser list below the box is not counted yet), and
# inside the article's region they leave the text. Set by hand on the dev dumps of sh_dev and fundus (not the held-out pages):
# a heading or a teaser's title is printed once, at most twice (a teaser list repeated in a footer).
TEXT_LABEL: dict[str, int] = {"max_words": 3, "repeats": 3}
# After a related/newsletter header, this many headline-and-blurb pairs (a line ending no sentence, one
# prose paragraph, the next such line) are a list of other stories with their summaries, like a run of
# bare headlines (TEXT_DAMP_AFTER_ARTICLE). Set by hand (issue 12) on the dev dumps of fundus: two
# pairs can be an article's last sections under a stray label; three are a teaser list.
TEXT_TEASER_PAIRS = 3
# A directory of other stories or services printed as cards: at least "min_pairs" headline-and-blurb pairs
# in a row (distinct short titles, each over one prose paragraph), the blurbs short ("max_mean_chars" on
# average) and cut to one template's length (their lengths' spread, standard deviation over mean, at most
# "max_spread"). An article's sections under subheadings run longer and vary: its paragraphs are written,
# a card's blurb is trimmed to fit. Set by hand on the dev dumps of sh_dev, fundus and postlight in every
# converter, held-out pages left out (benchmarks/teaser_cards.py lists the runs): the runs inside articles
# with distinct titles have blurbs of 300-800 characters, or of 170-210 and a spread of 0.33 and more; the
# card runs, 57-182 characters and a spread of 0.00-0.31 (a featured card's longer blurb among them).
TEXT_TEASER_CARDS: dict[str, float] = {"min_pairs": 5, "max_mean_chars": 200, "max_spread": 0.32}
# A list of sources closing a story under its label ("Sources:", "Verwendete Quellen"), in either path: the
# label is looked for among the last SOURCES_LIST_MAX blocks or lines kept, and every one after it must be
# short (a citation of at most 40 words). Set by hand: the source lists of the dev dumps (PolitiFact,
# t-online, WDR) run 3-12 lines.
SOURCES_LIST_MAX = 20
# Confidence of a text page: (base + margin_weight * the region's lead over the next best region +
# share_weight * its share of the page's prose), times min(1, region score / full_score). Hand-set;
# benchmarks/text_confidence.py shows how well a threshold on it separates good pages from bad ones.
TEXT_CONFIDENCE: dict[str, float] = {"base": 0.1, "margin_weight": 0.7, "share_weight": 0.2, "full_score": 4.0}
# A collapsed dump (TEXT_COLLAPSED_DUMP below) has lost its line breaks: its lines are rebuilt from
# sentences, and menus, captions and the lead run into each other, so its text is more often wrong than
# the same confidence says for a dump with its lines. Its confidence is scaled by this factor, fitted by
# benchmarks/fit_confidence.py: the lowest Brier score of confidence against "body F1 >= 0.8" over the
# 2,093 dev pages of the seven converters' dumps (benchmarks/bench_converters.py render; held-out pages
# left out). At the session's end (2026-12-01): 70% of the collapsed dev dumps are good at a mean
# confidence of 0.89, against 84-91% at 0.84-0.86 for the other converters; at 0.80 the dev Brier score
# goes 0.1126 -> 0.1068 and the AUC 0.721 -> 0.787 (0.75 scores 0.1069, 0.70 and 0.85 0.1074: a
# plateau); held-out pages (546): Brier 0.1799 -> 0.1685, AUC 0.618 -> 0.679.
TEXT_COLLAPSED_CONFIDENCE = 0.8
# A dump whose white space was collapsed (the whole page on one line) is cut into sentences
# (text_segment.py): when its longest line has at least "min_line_chars" characters and holds at least
# "min_share" of the dump's characters. Set by hand: no dump of the dev sets by any of the six converters
# meets it (their longest lines are paragraphs; the largest share a line of 2,000 characters or more
# holds is 0.46, one long paragraph of a short postlight page), while a collapsed page is one line
# holding all of it. In such a dump, a run of "label_run" or more capitalised words without punctuation
# (a menu) is cut out of the sentence it runs into, and is no title candidate: set by hand, long enough
# for the names and capitalised nouns of running text (German capitalises nouns, but articles and verbs
# come between).
# A piece in which one pair of words (letters only, not both function words) comes back "list_repeats"
# times or more is a list of links that carry the same verb or note ("Partager sur Twitter Partager sur
# Facebook …", "Videos , opens new tab Pictures , opens new tab …") and is cut before each
# (text_segment.cut_link_lists), unless most items carry a clause's punctuation (a sentence's clauses, a
# list of teasers). Chosen with benchmarks/sweep_link_lists.py on the flat dumps of the 299 dev pages
# (benchmarks/bench_converters.py render; held-out left out; at the session's final code, 2026-12-01):
# mean body F1 against the gold body, else the HTML path's text, fundus/postlight/sh_dev .804/.795/.868
# without the cut; at 4 repeats .814/.801/.870, 7 pages gain more than 0.05 and none loses; at 3, 12 gain
# and 2 lose; at 5, 5 gain. The first version also limited the items' length (6 words at the median)
# against teasers; once their punctuation is read, the limit only cost pages (5 gain with it, 7 without).
# The held-out rows of bench_converters' table (flat agreement sh_dev/fundus/postlight) read .820/.826/
# .669 with the limit and .818/.824/.669 without, after the choice.
TEXT_COLLAPSED_DUMP: dict[str, int | float] = {"min_line_chars": 2000, "min_share": 0.8, "label_run": 8,
                                                 "list_repeats": 4}
# In a collapsed dump the lines are sentences, several to a paragraph: a caption of three sentences is
# three lines, and the byline and dateline under it fall out of the byline and date searches' windows
# (TEXT_FIELD_WINDOWS, through text_fields.window), which count the lines of dumps with their line
# breaks. Their reach below the article's start and the headline is multiplied by this factor (the title
# search and text_meta's relative-date fallback keep theirs). Fitted by
# benchmarks/sweep_collapsed_window.py on the collapsed (flat) dumps of the 227 fundus and postlight dev
# pages with metadata gold (2026-12-01, the session's final code): title, author and date right at 1:
# 133/105/164; at 2: 133/107/168; at 4: 133/108/174; at 6: 133/109/177; 8 to 12: 133/110/177 (the
# plateau). 6 is the smallest factor within one page of the best total. Held-out (59 pages): 44/24/41
# at 1, 44/26/44 at 6.
TEXT_COLLAPSED_WINDOW = 6.0
# A dump whose wrapping is found only when its lines are measured in characters (not columns, where a
# wide CJK character takes two) is unwrapped at that width if it lies in this range: a terminal converter
# on an 80-column screen (lynx, which may give a wide character one column). Set by hand (issue 12):
# the wrapped lynx dumps of the dev sets wrap at 71-72 characters; dumps that wrap nowhere (inscriptis,
# bs4) can show a false width of 57-59 by characters, which the range leaves alone.
TEXT_TERMINAL_WIDTH: tuple[int, int] = (70, 80)
# A heading wider than the screen that a text browser centres line by line (elinks, links): the line under a
# centred line that spans the frame to within "slack" columns goes on it when it is indented "min_indent"
# columns or more and at most "max_share" of the frame long (text_wrap.centred_continuations). Set by hand
# on the dev dumps of eleven converters (2026-12-01): the headings' rests run 4-45 columns; without the length
# bound a teaser centred under another (lynx) was joined to it. "slack" 3 -> 4 (session 13, same dumps):
# a full centred line stands one column inside the document's margin of 3 (elinks' "    Climate change: …
# heralds" / "‘pragmatic’ approach to energy shift"); 132 -> 149 pairs, the 17 new ones all a heading's or
# a paragraph's rest (5 or more: 155, not measured further).
TEXT_CENTRED: dict[str, float] = {"min_indent": 6, "max_share": 0.6, "slack": 4}
# A page with this many lines or more that are one bracketed text of three words or more prints its pictures'
# alt texts so (pandoc; lynx and w3m for some pictures): they are captions. On the dev dumps of twelve converters
# (2026-12-01) pandoc prints 1,753 such lines (126 pages with 4 or more), lynx 117, w3m 156; the converters that
# print no alt texts at most one on a page (a page's own note, "[Editor's note: …]"), which stays.
TEXT_BRACKETED_ALTS = 4
# A news agency's caption without its credit ("Firefighters battle a blaze …, Sunday, Nov. 17, 2019, in Las
# Vegas"; blocks, both paths) describes the photo before its weekday-and-date clause: at least this many
# characters of it. Set by hand (issue 12): a dateline opening with its time ("11:48, Thu, Jul 18, 2024")
# has 5.
CAPTION_DAY_MIN_LEAD = 20

# --- text dumps: title, byline and date candidates (text_fields.py and text_title/byline/date.py) ---

# How many lines around the article region's start hold each field's candidate lines: the title from
# "title_before" lines above the start to "title_after" into the region (plus the dump's first line,
# where converters print <title>), bylines and dates likewise ("byline_*", "date_*"), and both also
# from 2 lines above to "head_after" lines below the headline (and, for dates, the byline): a region
# that starts far below its headline still has its byline and dateline there. Set by hand on the dev
# dumps: wide enough to take in the headline, byline and dateline of nearly every page (a long menu
# or a standfirst can sit between them and the region's start), narrow enough to leave out the
# teasers and menus further up. The fitted weights (text_fields_weights.json) were fitted on the
# candidates these windows give: after changing one, refit them with ``benchmarks/fit_text_meta.py
# DUMPS --holdout benchmarks/text_holdout.txt --write`` and compare the title/author/date scores of
# the text dumps (score.py) before and after. "date_after" 8 -> 12 on 2026-11-30 (a dateline under a
# standfirst and a picture with its caption; refit: dev fundus/bs4 date +1 page, held-out dates of
# inscriptis, html2text, w3m and postlight/bs4 +1 page each, one dev page lost on fundus/html2text).
TEXT_FIELD_WINDOWS: dict[str, int] = {
    "title_before": 60, "title_after": 8, "byline_before": 25, "byline_after": 8,
    "date_before": 25, "date_after": 12, "head_after": 12,
}

# --- HTML pages: container scoring (html_score.py) ---

# Points an ancestor of prose paragraphs starts with, by tag (in the spirit of readability's table,
# set by hand: <article> and <main> are strong hints, lists and headings count against).
HTML_TAG_BONUS: dict[str, int] = {
    "div": 5, "article": 10, "section": 3, "main": 5, "pre": 3, "td": 3, "blockquote": 3,
    "form": -3, "ol": -3, "ul": -3, "li": -3, "h1": -5, "h2": -5, "h3": -5, "th": -5,
}
# Shortest paragraph (characters) that counts as prose; a div's own text needs twice as much
# (readability's 25). Lower lets captions and bylines vote for their container.
HTML_MIN_PARAGRAPH = 25
# Points a class/id hint ("article", "content" / "comment", "sidebar") adds or takes (readability's 25).
HTML_CLASS_WEIGHT = 25

# Choosing the container (readability's procedure, numbers set by hand): a <p> over "para_links" link
# text is not prose; the best of the top "candidates" wins, ignoring those with under "min_prose_share"
# of the best-filled one's prose; it widens to an ancestor with "climb_ratio" times and "climb_chars"
# more prose unless that ancestor is over "climb_links" links; siblings join with a "sibling_share" of
# its score (at least "sibling_min"), or as <p>s over "sibling_chars" characters under "sibling_links".
HTML_CONTAINER: dict[str, float] = {
    "para_links": 0.5, "candidates": 6, "min_prose_share": 0.2, "climb_ratio": 1.25, "climb_chars": 200,
    "climb_links": 0.25, "sibling_share": 0.2, "sibling_min": 10.0, "sibling_chars": 80, "sibling_links": 0.25,
}
# The JSON-LD articleBody chooses the container (html_score.jsonld_container) when it has "min_body"
# characters and at least "min_paragraphs" of the page's paragraphs (each of "min_paragraph" characters)
# appear in it, covering "coverage" of it; the container is then the deepest element holding "holder" of
# that matched text (a lede repeated in a teaser box must not widen it to the page). Set by hand on
# dev/sh_dev/html.
HTML_JSONLD_BODY: dict[str, float] = {
    "min_body": 300, "min_paragraph": 40, "min_paragraphs": 3, "coverage": 0.6, "holder": 0.9,
}

# --- blocks of both paths (blocks.py) ---

# A block of at most "max_words" words with "min_link_density" or more of link text is navigation in the
# first "nav_position" of the page, a list of other stories after it. Set by hand on sh_dev/html.
LINK_DENSE_BLOCK: dict[str, float] = {"min_link_density": 0.6, "max_words": 25, "nav_position": 0.2}

# --- HTML pages: blocks (html_blocks.py) ---

# Longest caption (characters) taken for a caption: a longer "caption" block that reads as prose is
# article text (magazines put paragraphs in figure captions). Set by hand.
HTML_CAPTION_MAX = 400
# A page with more than this many blocks is "huge" (a forum thread, a long listing): only link-free
# blocks longer than HTML_LONG_BLOCK characters skip the shared rules there, to keep it fast.
# Set by hand with benchmarks/bench_html.py for speed; ordinary article pages stay well below it.
HTML_HUGE_DOC = 2000
HTML_LONG_BLOCK = 250
# How deep the block walk follows nesting (libxml2's own limit is 256; deeper is layout, not text).
HTML_MAX_DEPTH = 150
# How to cite the page ("ISSN 1234-5678", "URL: https://…"): only blocks up to this many characters
# are tested; a reference line is short, a paragraph quoting an ISSN is prose. Set by hand.
HTML_CITATION_MAX = 600
# A block inside the container that is nothing but links (at least "min_links" of its text, and
# "min_chars" characters, so that a linked name or a one-word link stays) lists other stories' headlines.
# Set by hand on dev/sh_dev/html.
HTML_LINK_ONLY_BLOCK: dict[str, float] = {"min_links": 0.8, "min_chars": 40}
# Confidence of an HTML page: a base by how the container was found ("how"), corrected by the
# agreement of the JSON-LD articleBody ("agree_low".."agree_high" times the text's length), the text's
# length (short/medium/long characters), prose left outside the container (weight per missing share
# below "outside_from") and loose non-sentence blocks (weight per share above "loose_from").
# Set by hand; check a change by comparing confidence with per-page F1 on sh_dev/html.
HTML_CONFIDENCE: dict[str, float] = {
    "base": 0.6, "how_jsonld": 0.25, "how_score": 0.2, "how_readability": 0.1,
    "agree_low": 0.8, "agree_high": 1.25, "agree_bonus": 0.1, "longer_penalty": 0.3,
    "short": 300, "medium": 800, "long": 1500, "long_bonus": 0.05,
    "short_penalty_alone": 0.1, "short_penalty": 0.3, "medium_penalty": 0.15, "alone_share": 0.9,
    "outside_from": 0.9, "outside_weight": 0.5, "loose_from": 0.03, "loose_weight": 0.6,
    "few_blocks": 4, "few_blocks_penalty": 0.1,
}

# --- dates (dates.py, html_dates.py) ---

# Publication dates outside these years are rejected: news sites on the web start in the mid-1990s;
# older dates on a page are what the story is about. Re-tune only for archives of older material.
MIN_YEAR = 1995
MAX_YEAR = 2100
# Elements looked at, at most, when searching a page's visible text for a dateline (keeps huge pages
# fast; datelines sit near the top). A speed bound, set by hand.
DATE_MAX_ELEMENTS = 20000
# A dump's line of at most this many characters that is one whole date ("3. Mai 2024, 17:47",
# "Tuesday 12 March 2024 09:15") is a time stamp of its own, never a link inside a sentence: the line
# joiner leaves it apart. Set by hand: the longest such stamps, weekday and time included, run to ~35.
DATELINE_MAX_CHARS = 40

# --- the lexicon (lexicon.py) ---

# Blocks longer than this (characters) are never matched whole against the lexicon: boilerplate
# sentences are short, and long blocks would make the phrase search slow.
LEXICON_MAX_BLOCK = 400
# Blocks up to this length try every anchored phrase; longer ones only the open-ended phrases (".*")
# that can span them (a speed split, not a tuning: results are the same either way).
LEXICON_SHORT_BLOCK = 100

# The largest box (characters of text) that a read-more label heading it makes a teaser of another
# story (html_marks.mark_labelled_teasers): a label, a headline and a two-line excerpt fit, a section
# of the story does not. Chosen by hand.
HTML_TEASER_BOX_MAX = 600

# Paragraph prose (characters) that makes an <article> with a headline a whole story rather than a
# teaser card, when a container holds several (html_extract._own_story). Chosen by hand between what
# the dev pages show (all three sets, articles holding an h1): teaser cards hold at most 63 characters
# of paragraphs, the stories headed by the page's title at least 1,024.
HTML_WHOLE_STORY_PROSE = 500

# --- HTML body recall (html_recall.py; issue 11). Chosen by hand on dev/fundus/html and
# dev/sh_dev/html, then checked on publishers held out while tuning.
# A hidden or paywall-named container is article text when its prose paragraphs (html_score's
# paragraph finder) hold at least this many characters...
HTML_SERVED_MIN_PROSE = 400  # two short paragraphs: more than any cookie layer's or menu's prose
# ...and at least this share of its text (menus and dialogs are mostly labels and links).
HTML_SERVED_PROSE_SHARE = 0.5  # hand-chosen; hidden story containers on the dev pages are 0.8-1.0
# A marked container that holds most of the page's prose wraps the story and is not furniture
# (html_blocks._unmark_wrappers: a "content has-sidebar" div, a page-wide <form>): at least
# HTML_WRAPPER_PROSE_SHARE of the page's prose, or, for a section of the story whose class names a
# widget inside it, HTML_WRAPPER_SECTION_SHARE with HTML_WRAPPER_MIN_PROSE characters in
# HTML_WRAPPER_MIN_PARAGRAPHS paragraphs. Containers of one class together (html_recall's split
# stories) are judged by the same numbers. Hand-chosen on dev/sh_dev/html, then dev/fundus/html.
HTML_WRAPPER_PROSE_SHARE = 0.6
HTML_WRAPPER_SECTION_SHARE = 0.45
HTML_WRAPPER_MIN_PROSE = 800
HTML_WRAPPER_MIN_PARAGRAPHS = 4
# Climbing from the best container to an ancestor with more prose stops at a link-dense ancestor
# (menus, teasers) unless prose paragraphs make at least this share of the ancestor's text.
HTML_CLIMB_PROSE_SHARE = 0.5  # hand-chosen: one-wrapper-per-paragraph stories are 0.6-0.9, page shells < 0.3
# The standfirst (html_recall.standfirsts): blocks of prose among the elements that follow the h1
# (at most this many looked at) before the story's container, each of so many characters, together
# at most so many blocks and characters. Hand-chosen: wider than any dev page's header, far below
# a story.
HTML_LEAD_WINDOW = 100  # elements after the h1: headers with picture sources, captions and share bars run to 80
HTML_LEAD_MIN_CHARS = 40  # the earlier class-named rule's bounds
HTML_LEAD_MAX_BLOCK = 800  # the earlier class-named rule's bounds
HTML_LEAD_MAX_BLOCKS = 3  # summaries of up to three bullet sentences (dev/fundus)
HTML_LEAD_MAX_CHARS = 1500  # hand-chosen: twice the longest single standfirst
# A teaser-named block inside the story's container must be at least this long to be its text.
HTML_TEASER_MIN_CHARS = 80  # hand-chosen: a sentence, longer than a teaser's kicker or label
# Slideshows and listicles (html_recall.story_captions): at least this many captions of prose, each
# at least this long, holding more prose than the paragraphs around them, carry the story.
HTML_STORY_CAPTIONS = 4  # hand-chosen: a gallery, not an article with a few photos
HTML_STORY_CAPTION_MIN = 80  # hand-chosen: a sentence, longer than a credit or a one-line caption
# A live blog's entry header (html_blocks._is_entry_stamp): times and a name or label, at most
# this many characters.
HTML_ENTRY_STAMP_MAX = 60  # hand-chosen: a clock time, "N mins ago" and a two-word name fit; sentences do not

# --- HTML metadata: titles (issue 11) ---
# An h1 worded differently from the structured title (og:title, JSON-LD headline, <title>) is taken as
# the visible headline when this share of their words (Jaccard, after site-name removal) is shared.
# Fitted by benchmarks/sweep_title_overlap.py on dev/postlight + dev/fundus without the held-out pages
# (benchmarks/holdout/meta_holdout.txt: every 5th postlight page, every 5th fundus publisher): 0.30-0.40 tie at
# the best total (194/226), 0.45 gives 192, the former 0.6 gave 190; 0.35 sits inside the plateau. Swept again
# when the same share began to judge an og:title against an h1 without its topic label: 0.30-0.40 tie at 201/226,
# 0.45 gives 199.
TITLE_H1_OVERLAP = 0.35
# A byline written in the page's markup (an element classed byline/author, metadata.py; a line below
# the headline, html_extract.py) has this many characters, from a short name to two names with a
# role and an outlet; longer text is a bio or a paragraph. Set by hand on dev/postlight + dev/fundus.
HTML_BYLINE_CHARS: tuple[int, int] = (3, 150)

# Text path, repeats: a kept line seen before is dropped as "duplicate" only when it directly follows
# its first copy or has at least this many words (a paragraph printed twice by a layout); shorter
# lines that recur later are article content (interview answers, refrains, the days of a plan).
# Chosen by hand (issue 12): past a repeated answer or refrain line. Body F1 with it (score.py):
# sh_dev text_bs4 0.9317 -> 0.9327, text_inscriptis unchanged, fundus text_* -0.001 (8 words: same).
DEDUP_MIN_WORDS = 12

# Text path, the lead: prose paragraphs between the article's header and its region (cut off by a
# photo, share bar or video block) join the text. The header is the chosen headline when it stands at
# most this many lines above the region, else a byline or dateline within this many lines above it.
# Chosen by hand (issue 12) on postlight/text_* leads; see the commits.
LEAD_GAP_MAX = 30

# Text path, a lead far above the region: when the chosen headline stands more than LEAD_GAP_MAX but
# at most "max_lines" lines above the region, a byline or dateline within "header_lines" below it
# followed by a long paragraph, with at most "lead_within" lines no lexicon kind names between them
# (a section label, a photo credit), marks the article's start: the region search began after a long
# block of embeds, code or ads. Chosen by hand (issue 12) on the postlight/text_* leads outside
# benchmarks/text_holdout.txt: 2 keeps mashable/littlethings-like leads (one plain label between) and
# leaves out the teaser boxes under a header; counting all lines (up to 8) cost fundus text_* 0.0005.
# A header line at most "header_above" lines over the headline counts too (layouts that print the
# date and reading time over the title); chosen by hand (issue 12): 2, the date and a reading time.
TEXT_FAR_LEAD: dict[str, int] = {"max_lines": 60, "header_lines": 6, "lead_within": 2, "header_above": 2}

# Text path, interviews: lines opening with a question or answer label ("Q:", "A:", "Frage:") inside
# the article are its turns, however short, when it holds at least this many. Set by hand (issue 12):
# an interview has a question and an answer at least twice; a lone "A:" is a list item or a label.
TEXT_INTERVIEW_MIN_TURNS = 4

# Text path, the opening lines: at most this many short sentences right above the article's first
# long paragraph join the text as its opening ("Hi everyone!", a one-sentence first paragraph).
# Chosen by hand (issue 12) on the postlight/text_* leads outside benchmarks/text_holdout.txt: the
# openings seen there are one or two lines; see the commit for the figures.
OPENING_LINES_MAX = 3

# Text path, a first paragraph cut at inline elements: when the article's region starts mid-sentence
# (a lower-case word, a Japanese particle), at most this many unfinished short lines right above it
# are its first fragments and join the text (text_lead.split_lead). Chosen by hand (issue 12) on the
# postlight/text_* leads outside benchmarks/text_holdout.txt: the split leads seen there have 2 to 4
# fragments (a link and an emphasis in the first sentence).
LEAD_FRAGMENTS_MAX = 6

# Text path, an article cut in two: the best-scoring run of prose above the region (text_lead.lead_block)
# is the article's lead when its score reaches "min_score" and a dated header (a dateline, a byline, a
# short line holding a date) stands at most "header_within" lines above it with no prose between and
# no more plain lines than TEXT_FAR_LEAD["lead_within"] (the headline aside): a table, a list of
# links, code or a video box between the first paragraphs and the rest moved the region's start down. Chosen by hand (issue 12) over the dev pages of sh_dev, fundus and postlight
# (text_inscriptis and text_bs4; figures in the commit): with a score of 3 (about one 30-word
# paragraph) and 8 lines, every run taken is the article's text (in the gold body or lead: 10 of 10),
# while the cookie notices, "about us" boxes and teaser blurbs above other articles stay out; a score
# of 2 let in dated teasers and standfirsts (rollingstone, inquisitr, ndtv), 6 lines lost a header.
TEXT_LEAD_BLOCK: dict[str, float] = {"min_score": 3.0, "header_within": 8}

# Text path, confidence: the share of the headline's content words found in the text scales the
# confidence from this floor (none found) to 1 (half or more found). Chosen by hand (issue 12): how
# well confidence ranks pages with body F1 >= 0.7 above the rest (AUC) on the 444 sh_dev + fundus
# text_inscriptis/text_bs4 dumps: 0.802 without it, 0.875 with 0.5, 0.879 with 0.3 (0.5 kept: a wrong
# title should not sink a right article much).
TITLE_SUPPORT_FLOOR = 0.5

# Text path, the text printed again as one line (text_extract._block_copies): a kept line of at least
# "min_words" words that holds "min_paragraphs" or more of the other kept paragraphs (of
# DEDUP_MIN_WORDS words or more), together at least "min_share" of its length, is a raw copy of the
# text (a paste site's "raw data" box) and is dropped, the paragraphs kept. Set by hand (issue 12): a
# copy holds all the paragraphs (share near 1); an article's long paragraph never holds three others.
# It fires on one dump of the dev pages (a 2,624-word line, inscriptis; benchmarks/rule_counts.py at
# b3a86df, seven converters, held-out pages left out): one page is all its evidence.
TEXT_BLOCK_COPY: dict[str, float] = {"min_words": 200, "min_paragraphs": 3, "min_share": 0.5}

# Text path, a one-line opening sentence under the article's header (text_extract._first_sentence): at
# most "remnants" short lines of the header (share buttons, a handle) may stand between, and the line
# under the sentence must hold "goes_on_words" words or more (more than a link's or a label's) and stop
# mid-sentence. Set by hand on one dev page (postlight, a Japanese press page whose first paragraph is
# cut at its links), the rule's only evidence so far: the held-out converter table is where it must show
# its worth. It fires on one dump of the dev pages (bs4; 2 remnants, a 19-word line under it;
# benchmarks/rule_counts.py at b3a86df, seven converters, held-out pages left out).
TEXT_FIRST_SENTENCE: dict[str, int] = {"remnants": 3, "goes_on_words": 8}

# Text path, Markdown dumps (text_markdown._width): the narrowest column a wrapping converter is taken
# to break lines at (html2text's default is 78, a terminal's 80); a word longer than half of it cannot
# be broken and leaves its line longer than the width, so lines holding one do not count toward it.
# Set by hand (issue 12, round 5): on the dev pages' html2text dumps wrapped at 78 (h2t_wrap of
# bench_converters), the lines that still count show a width of 60 or more on 265 of the 282 read as
# Markdown and under 60 on 17, mostly Chinese or Japanese pages whose countable lines are menu items,
# where all lines count again (benchmarks/markdown_widths.py). Postlight h2t_wrap body agreement
# .832 -> .836, lead .843 -> .854; no other figure moved.
TEXT_MARKDOWN_MIN_WIDTH = 60
# A Markdown dump whose countable lines show no such width is still wrapped when at least this many of
# its lines end inside a link's address that the next line goes on with (only a wrapping converter
# breaks an address); it is then unwrapped at TEXT_MARKDOWN_MIN_WIDTH. Set by hand (issue 12, round 5);
# counted by benchmarks/markdown_widths.py on the dev pages' dumps whose countable lines show no such
# width: the unwrapped html2text dumps break 0 addresses (23 dumps) or 3 (1), the dumps wrapped at 78
# (h2t_wrap) 0-3 (6 of 17) or 5-40 (11).
TEXT_MARKDOWN_BROKEN_ADDRESSES = 5
# Text path, numbers the review found without provenance (moved here unchanged, output identical). Each
# was set by hand on the page its commit names; "fires on" counts what the rule does on the dev pages of
# the dumps bench_converters.py render writes (fundus, postlight, sh_dev by inscriptis, bs4, html2text,
# h2t_wrap, lynx, w3m, flat; benchmarks/text_holdout.txt's pages left out), counted at b3a86df by
# benchmarks/rule_counts.py.
# A byline closing a long line (text_byline._closing_byline, "… the standfirst. by JOSH HASKELL, DAVID
# CAPLAN and PATRICK REEVELL"): only the line's last "chars" characters are searched, for up to "names"
# names. Set on one postlight page (commit c96ebbe, lynx prints its standfirst and byline as one line).
# Fires on 10 lines of 5 dumps (3 pages); those bylines are 17 to 50 characters and name 1 to 3 people,
# and no closing byline on the dev dumps starts further back than 120 characters: unconfirmed beyond.
TEXT_CLOSING_BY_CHARS = 120
TEXT_CLOSING_BY_NAMES = 4
# A picture's credit chosen as the byline gives way to a writer (text_byline._writer_over_credit): a line
# with a by-word or byline prefix at most "near" lines from the credit, or a name under a lone by-word at
# most "below" lines under it, or a name over its dateline as far either way. Set on one postlight page
# (commit b81dbb2, nbcnews: caption, credit, share button, dateline, "By" / the name). Fires on 4 dumps of
# 3 pages (2026-12-01), at 1, 3 and 6 lines: unconfirmed.
TEXT_CREDIT_WRITER_NEAR = 2
TEXT_CREDIT_WRITER_BELOW = 8
# An update's date chosen without a publication label gives way to an earlier unlabelled date on a
# dateline of its own at most this many lines away (text_date.published_over_updated: "Updated:" / "Mar 6,
# 2018" / "Original:" / "Dec 21, 2016"). Set on one postlight page (commit be7d86a). Fires on 7 dumps of
# 2 pages, always 2 lines away: unconfirmed beyond.
TEXT_UPDATE_PLAIN_NEAR = 3
# Two lines joined into a <title> text (text_title._split_title) may also be a <title> text cut short past
# the first line's end, when that text has at least this many words (shorter ones are a site's name or a
# section). Set on one postlight page (commit da642c7: 'Hillary Clinton: … Stems From' over a headline
# bs4 wraps). The cut-short branch fires on 4 dumps of 4 pages (texts of 6 to 14 words) and refuses a
# shorter one on 1: unconfirmed.
TEXT_SPLIT_TITLE_WORDS = 4
# A candidate's key ends with another's glued to the word before it (no space) only when the other has at
# least this many words (text_title._ends_with: a breadcrumb printed without spaces into the headline,
# "ZprávyDomácíPolitikaFialova vláda …"). Set on one w3m page (fundus, commit 7385dad). Fires 48 times on
# 20 dumps of 8 pages (lynx, w3m, html2text, h2t_wrap), tails of 3 to 15 words (3 words twice).
TEXT_GLUED_CRUMB_WORDS = 3
# A bracketed name that opens with at least this many hexadecimal digits is an image's file name (a hash)
# a text browser printed for an image without alt text (textutil.IMAGE_FILE_MARK: "[349459c84e2f…=w700]").
# Set on lynx dumps of postlight (commit d2b7193). On the dev dumps 34 bracketed names open with 16 or
# more hex digits (20 dumps, lynx and w3m mostly), 9 with 12 to 15 and 223 with 8 to 10 (w3m's shortened
# image names, "[1d53de890c]", which this rule does not take).
TEXT_IMAGE_HASH_DIGITS = 16
# At most this many share links of a dump are read for the page's title (text_title.shared_titles): a cap
# on the work, not a filter. Set by hand (commit 39dda06); the dev dumps carry at most 39 such links
# (lynx, html2text, h2t_wrap), so it never binds there.
TEXT_SHARE_LINKS_MAX = 60
# A line of at most this many characters, opening with "[" and closing with its only "]", is an image's
# mark alone (textutil.bracketed_alone, read by the title search: "[spacex]", padding between headline
# and byline). Set on w3m and lynx dumps of fundus (commit 7385dad). On the dev dumps such lines run 2 to
# 61 characters (656 lines, 169 pages); the 21 longer bracketed lines (63 to 362 characters, 14 pages)
# are image names with their query strings, tracking pixels' addresses and an editor's note in brackets:
# the bound is not a clean cut.
TEXT_IMAGE_MARK_CHARS = 62
# A headline-sized line after the article seems to begin stays a title candidate when this share of its
# words are the <title>'s (text_title._echoes_head). Set by hand (commit 3d6afb8, figures there). On the
# dev dumps 29 lines pass (28 dumps of 25 pages, bs4 and flat; shares 0.6 to 1, 16 of them 1); below,
# the nearest shares are 0.58 (1 line) and 0.54 to 0.56 (6 lines).
TEXT_TITLE_ECHO_SHARE = 0.6
# A dump whose columns exceed its characters by at least this many (wide characters counted twice) is
# searched for lynx's ceiling of CJK lines (text_wrap.unwrap_dump; "enough for three lines of them", set
# with commit 4d9d5ae). On the dev dumps the search runs on 97 dumps (28 pages) whose surplus is 406 or
# more and finds a ceiling on 10 (lynx 9, w3m 1; surplus 1,593 or more): the floor never binds there.
TEXT_WIDE_SURPLUS_MIN = 90
# A line of at most this many words holding a linked price is a product's buy link, not a link-dense list
# (text_classify: "$3.00 from AmazonSHOP", "£79.99, Lakeland"). Set on postlight lynx pages (commit
# f19d4f6, littlethings, fandom; a fundus buying guide). Applies to 133 lines on 37 dumps of 13 pages
# (html2text, h2t_wrap, lynx), 18 of them of exactly 4 words.
TEXT_PRICE_LINK_WORDS = 4
# A line closes on its date when at most this many characters follow the date: a time ("14:27:02", "10:49
# Uhr"). Read by the two byline rules that need it, a name run into the date before it
# (text_byline_shapes.name_before_date) and a line that closes on a date (text_byline._dated), which wrote
# the number each. Set by hand (commits 9523107 and e6f04f0); not counted on the dev dumps.
TEXT_TIME_AFTER_DATE_CHARS = 12

# Text path, a box of other stories set inside the article (text_lead.boxed_lead): its label ("Related",
# "Lesen Sie auch", "À lire aussi", "You may also like") has at most this many words; a longer line of
# the related-list kind is a teaser's headline or a sentence introducing a list. Set by hand with the
# rule (issue 12, round 5, on one dev page: a lynx dump's inline "Related" box); the lexicon's own
# examples of such labels run 1 to 4 words (review: the number was written in the code).
TEXT_BOX_LABEL_WORDS = 4

# A standfirst with no sentence's end under a headline marks the headline as the header's top
# (text_title._over_dek) when less than this share of its words start upper-case and at least this share
# of the headline's do: a capitalised headline over a sentence-case standfirst, "'... is a mystery'". Set
# by hand at a half (round 6, texttitle); refitted, site-grouped CV inscriptis 0.710 -> 0.715, the other
# converters unchanged; over_dek then marks 345 title candidates of the dev dumps (160 of them a gold
# title) against 266 (147) before.
TEXT_DEK_CASE_SHARE = 0.5

# A picture's alt text and the caption that repeats it (text_title._alt_caption) are no title candidates,
# and the alt text over a caption the lexicon knows is a caption too (text_classify._alt_texts), when the
# alt text has at least this many words: shorter repeats are labels and headings printed twice
# (a section's name, a kicker). Set by hand with the rule (issue 12, round 5, texttitle): the 75 pairs the
# rule found near the article's start on the dev dumps of five converters (31 sites) have alt texts of 4
# words or more (review: the number was written in the code).
TEXT_ALT_CAPTION_WORDS = 4

# Text path, a line judged by shape alone (text_classify._classify: a page without function-word
# thresholds, or a line in a script written without spaces) is a paragraph from this many counted
# characters (CJK characters count three times: text_classify._text_features). Set by hand with the
# shape-only prose test (commit fd0c1f3, 2026-11-22: about two sentences of English); read again by the
# CJK round (round 6) for a long line in a script without spaces (text_classify.unspaced_paragraph).
TEXT_SHAPE_PARAGRAPH_CHARS = 150

# How many points under a key-points box's label ("Key Points", "Kort fortalt") are no title candidates
# (text_title._summary_points): boxes list three to five (the dev dumps' boxes: CNBC 3, Dagbladet 4 and 5).
TEXT_SUMMARY_POINTS = 6

# How many marked list items above a byline candidate are walked up to find a related list's label that
# heads them ("Related topics" / "* Mexico" / "* Latin America": tags, not authors; text_byline_shapes.listed).
# A byline stands within a few lines of the headline, so a list longer than this is not one it could be in.
TEXT_LIST_LABEL_REACH = 12

# How far apart (lines) a title candidate and another that holds its text plus more are looked for: a
# kicker or a breadcrumb's trail run into a copy of the headline stands within a few lines of it
# (text_title._add_copies' features, text_title._without_crumbs).
TEXT_TITLE_COPY_REACH = 6

# A dump no article region was found in still gets its title, byline and date when a dateline stands in
# its first half (text_extract._without_region): a headline's dateline sits above the article, in the upper
# part of a page; a date further down is a sidebar's or a footer's.
TEXT_NO_REGION_DATELINE_SHARE = 0.5
