"""Rasa action server for Tandem: run with `python -m actions.server` (one process; see server.py)."""
