"""The frameworks a workspace uses: the built-ins plus releases installed into its store (HQ updates).

Installing validates the file completely (schema, ids, references), refuses a release that is not
newer than the current one or that drops ids older records may use, and stores the file's text in
the encrypted workspace with its SHA-256. Any refusal raises FrameworkError "<file>: <json path>:
<reason>" before anything is written, so a refused file leaves the workspace exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..errors import CorruptWorkspace
from ..frameworks.builtin import builtin_registry
from ..frameworks.loading import framework_from_document, load_framework_file
from ..frameworks.registry import Framework, FrameworkError, FrameworkRegistry
from ..store import framework_releases
from ..store.framework_releases import InstalledRelease
from ..workspace import Workspace, utc_now


def _origin(item: InstalledRelease) -> Path:
    return Path(f"<workspace: {item.source_name}>")


def _framework(item: InstalledRelease) -> Framework:
    if hashlib.sha256(item.document.encode("utf-8")).hexdigest() != item.sha256:
        raise CorruptWorkspace("The installed framework {framework_id} release {release} does not match "
                               "its SHA-256; the store is damaged. Nothing was changed.",
                               framework_id=item.framework_id, release=item.release)
    return framework_from_document(json.loads(item.document), _origin(item))


def installed_releases(ws: Workspace) -> list[InstalledRelease]:
    with ws.db.reading() as conn:
        return framework_releases.installed(conn)


def workspace_registry(ws: Workspace) -> FrameworkRegistry:
    """Built-ins with every installed release on top (a higher release becomes current)."""
    return registry_with(installed_releases(ws))


def registry_with(releases: list[InstalledRelease]) -> FrameworkRegistry:
    """The built-ins with `releases` on top: what `workspace_registry` builds, from releases already read
    (an import's helper process rebuilds the workspace's registry from them: the registry cannot be pickled)."""
    registry = builtin_registry()
    for item in releases:
        registry = registry.with_framework(_framework(item))
    return registry


def install(ws: Workspace, path: Path) -> Framework:
    """Validate and store a framework file; returns the installed framework."""
    path = Path(path)
    framework = load_framework_file(path)  # refuses malformed or tampered files: file, JSON path, reason
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FrameworkError(path, "$", f"cannot read file: {exc.strerror}") from None
    try:
        same = json.loads(data) == framework.raw
    except ValueError:
        same = False
    if not same:  # the file changed between validating and reading it: store only what was validated
        raise FrameworkError(path, "$", "the file changed while it was being installed; nothing was installed")
    registry = workspace_registry(ws)
    try:
        current: Framework | None = registry.get(framework.id)
    except KeyError:
        current = None
    if current is not None and framework.release <= current.release:
        raise FrameworkError(path, "release", f"release {framework.release} of {framework.id!r} is not newer than the "
                             f"current release {current.release}; nothing was installed")
    registry.with_framework(framework)  # refuses dropped ids and namespaces owned by another framework
    text = data.decode("utf-8")
    with ws.db.writing() as conn:
        framework_releases.add(conn, InstalledRelease(
            framework_id=framework.id, release=framework.release, version=framework.version,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), document=text, source_name=path.name[:300],
            installed_at=utc_now(), installed_by=ws.officer))
    return framework
