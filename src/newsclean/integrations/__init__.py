"""Bridges to other tools. Each lives in its own module and is only imported on
request, so that ``import newsclean`` needs nothing but regex, rapidfuzz and
attrs."""
