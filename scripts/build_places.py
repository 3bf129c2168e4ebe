#!/usr/bin/env python3
"""Write src/storyline/data/places.txt: countries and major cities of the world, one a line.

usage: python scripts/build_places.py

Built from data that ships with installed libraries, not picked for any story: the English names
of countries and territories in the Unicode CLDR (babel) and the cities that name the IANA time
zones (zoneinfo: every zone is named after a major city). Zones that are not places people write
about as cities (Etc/, Antarctica/, US counties under America/Indiana/ and the like) are left out.
"""
from __future__ import annotations

import zoneinfo
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "places.txt"
REGIONS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")


def main() -> None:
    names = set()
    for code, name in Locale("en").territories.items():
        if code.isalpha() and code != "ZZ":  # numeric codes are continents and regions
            names.add(name)
    for zone in zoneinfo.available_timezones():
        parts = zone.split("/")
        if len(parts) == 2 and parts[0] in REGIONS:
            names.add(parts[1].replace("_", " "))
    OUT.write_text("".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")
    print(f"{OUT}: {len(names)} places")


if __name__ == "__main__":
    main()
