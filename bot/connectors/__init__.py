"""Rasa input channels for Tandem (loaded by the Rasa server from bot/, in Rasa's own environment)."""
