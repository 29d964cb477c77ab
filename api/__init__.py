"""Tandem's HTTP API: health of the stack and the web chat page."""
