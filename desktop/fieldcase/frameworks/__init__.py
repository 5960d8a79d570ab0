"""Public frameworks (risk areas, atrocity risk factors, SDG metadata, HURIDOCS vocabularies, ...) as data.

Usage:
    registry = FrameworkRegistry.load_builtin()
    registry.category("foa.rf07").label
"""

from fieldcase.frameworks.loading import load_crosswalk_file, load_framework_file
from fieldcase.frameworks.registry import (
    Category,
    Crosswalk,
    CrosswalkRow,
    Framework,
    FrameworkError,
    FrameworkRegistry,
)

__all__ = [
    "Category",
    "Crosswalk",
    "CrosswalkRow",
    "Framework",
    "FrameworkError",
    "FrameworkRegistry",
    "load_crosswalk_file",
    "load_framework_file",
]
