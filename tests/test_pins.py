"""Supply chain: every package the runtime and the dev tools pull in is pinned exactly.

The closure is walked from the requirement files through the installed packages' own metadata
(markers evaluated for this interpreter), so a new transitive dependency that nobody pinned
fails here instead of floating to whatever the index serves next.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


def _name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def _pins(filename: str) -> dict[str, Requirement]:
    found: dict[str, Requirement] = {}
    for line in (ROOT / filename).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("-r "):
            found.update(_pins(line[3:].strip()))
        elif line:
            requirement = Requirement(line)
            found[_name(requirement.name)] = requirement
    return found


def _closure(roots: list[Requirement]) -> set[str]:
    seen: set[str] = set()
    todo = [(r, frozenset(r.extras)) for r in roots]
    while todo:
        requirement, extras = todo.pop()
        if requirement.marker and not any(
            requirement.marker.evaluate({"extra": e}) for e in (extras or {""})
        ):
            continue
        name = _name(requirement.name)
        key = f"{name}[{','.join(sorted(requirement.extras))}]"
        if key in seen:
            continue
        seen.add(key)
        try:
            needs = distribution(name).requires or []
        except PackageNotFoundError:
            continue  # reported below as not installed
        todo += [(Requirement(n), frozenset(requirement.extras)) for n in needs]
    return {key.split("[")[0] for key in seen}


def test_every_runtime_and_dev_dependency_is_pinned_exactly() -> None:
    for filename in ("requirements.txt", "requirements-dev.txt"):
        pins = _pins(filename)
        needed = _closure(list(pins.values()))
        assert sorted(needed - set(pins)) == [], f"{filename}: not pinned"
        loose = [str(r) for r in pins.values() if not str(r.specifier).startswith("==")]
        assert loose == [], f"{filename}: not an exact pin"


def test_pins_are_what_is_installed() -> None:
    wrong = []
    for name, requirement in _pins("requirements-dev.txt").items():
        try:
            installed = distribution(name).version
        except PackageNotFoundError:
            wrong.append(f"{name} not installed")
            continue
        if installed not in requirement.specifier:
            wrong.append(f"{name}: pinned {requirement.specifier}, installed {installed}")
    assert wrong == []
