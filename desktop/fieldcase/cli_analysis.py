"""Command-line verbs for risk frameworks and analysis (frameworks, tag, assess, indicators, actions)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add this module's subcommands to the `fieldcase` parser's subparsers."""
    del sub


def _unused(_args: argparse.Namespace) -> int:
    return 0
