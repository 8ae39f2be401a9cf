"""Acupress: guided acupressure at the desk."""

__version__ = "0.1.0"
