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
