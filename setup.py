"""Build hook only (the project's metadata is in pyproject.toml): the wheel carries resources/ and schema/.

Both folders stay at the top of the repository; at build time they are copied into the built package as
``fieldcase/_data/`` (the list: packaging/bundle_data.py), where ``fieldcase/resources.py`` finds them
through importlib.resources. An editable install copies nothing: it reads the checkout's folders.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _bundle_data():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("fieldcase_bundle_data", ROOT / "packaging" / "bundle_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for source, destination in _bundle_data().data_files(ROOT):
            target = Path(self.build_lib) / destination
            self.mkpath(str(target.parent))
            self.copy_file(str(source), str(target))


setup(cmdclass={"build_py": BuildPyWithData})
