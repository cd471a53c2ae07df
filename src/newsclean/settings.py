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
