"""The frameworks shipped in schema/frameworks/, loaded once per process."""

from __future__ import annotations

from functools import cache

from .registry import FrameworkRegistry


@cache
def builtin_registry() -> FrameworkRegistry:
    return FrameworkRegistry.load_builtin()
