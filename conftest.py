"""Collection settings for the whole repository (the tests' own fixtures are in tests/)."""

from __future__ import annotations

import importlib.util

# The datatrove integration imports datatrove; without the extra installed its
# doctests are skipped rather than failing to import.
collect_ignore = (
    [] if importlib.util.find_spec("datatrove") else ["src/newsclean/integrations/datatrove.py"]
)
