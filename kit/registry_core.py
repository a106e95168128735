"""The :class:`Registry` record: what one article says about the people and bodies it names.

:func:`kit.registry.build_registry` fills it; :mod:`kit.attribution` reads it. Its
:meth:`Registry.full` answers the question the attribution rules ask most: which person a
surname or a short form means ("Rutte" is "Mark Rutte"; of two Haddads, the one of the right
gender or the one named last before the quote).

>>> reg = Registry([], full_names={"rutte": "Mark Rutte"})
>>> reg.full("Rutte"), reg.full("Okafor")
('Mark Rutte', 'Okafor')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .mentions import Mention
from .scan import compiled as _rx

__all__ = ["Registry"]


@dataclass
class Registry:
    """Everything the attribution rules know about the people in one article."""

    mentions: list[Mention]
    positions: list[int] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)  # lower surname / name -> full name
    genders: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # role head word -> full name
    orgs: list[Mention] = field(default_factory=list)
    anonymous: dict[str, str] = field(default_factory=dict)  # head noun -> description in the article
    anonymous_at: list[tuple[int, str, str | None]] = field(default_factory=list)  # (position, description, gender)

    by_surname: dict[str, list[Mention]] = field(default_factory=dict)  # surname -> full-name mentions
    text: str = ""  # the article text the registry was built from
    cache: dict = field(default_factory=dict)  # answers that depend only on the article (e.g. an org's fullest name)
    kin: dict[tuple[str, str], str] = field(default_factory=dict)  # (person as written, "husband") -> relative as written

    def full(self, name: str, pos: int | None = None, gender: str | None = None) -> str:
        """The fullest form of ``name``; with a shared surname, the one of the right gender, else the nearest before ``pos``."""
        key = name.lower()
        candidates = self.by_surname.get(key)
        if candidates and len({m.name for m in candidates}) > 1:
            names = list(dict.fromkeys(m.name for m in candidates))
            if gender:
                fitting = [n for n in names if self.genders.get(n) == gender]
                if len(fitting) == 1:
                    return fitting[0]
                if not fitting:
                    # "Mrs Jones" when Gareth Jones is a man and Eleri Jones's gender is unknown: not Gareth
                    possible = [n for n in names if self.genders.get(n) in (gender, None)]
                    if len(possible) == 1:
                        return possible[0]
                if len(fitting) > 1 and self.text:
                    # "Mr Haddad" between Samir Haddad and his son, who the article calls "Karim": the one
                    # the article does not call by first name alone
                    formal = [n for n in fitting if not self._first_name_alone(n)]
                    if len(formal) == 1:
                        return formal[0]
                    candidates = [m for m in candidates if m.name in fitting]
            # a bare shared surname means the person the article introduced first (its main subject)
            return candidates[0].name if pos is None else min(
                (m for m in candidates if m.start < pos), key=lambda m: m.start, default=candidates[0]
            ).name
        return self.full_names.get(key, name)


    def _first_name_alone(self, name: str) -> bool:
        """Does the article call ``name`` by the first name alone somewhere ("Karim")? Cached per name."""
        if "following" not in self.cache:
            # every capitalised word with what comes right after it, built once: linear in the article
            following: dict[str, set[str]] = {}
            for match in _rx(r"(?<![\w’'-])([A-Z][\w’'-]*)(?![\w’'-])(\s+[^\s]+)?").finditer(self.text):
                following.setdefault(match.group(1), set()).add((match.group(2) or "").strip())
            self.cache["following"] = following
        first, last = name.split()[0], name.split()[-1]
        return any(not nxt.startswith(last) for nxt in self.cache["following"].get(first, ()))
