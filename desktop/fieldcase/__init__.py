"""Fieldcase: encrypted, offline-first case files for human-rights and prevention field work."""

__version__ = "0.1.0"
