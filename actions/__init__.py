"""Rasa action server for Tandem: run with `python -m rasa_sdk --actions actions`."""
