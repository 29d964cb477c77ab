"""Tandem."""
