#!/usr/bin/env python3
"""Write src/storyline/data/places.txt (countries and major cities), regions.txt (first-level regions: states,
provinces) and areas.txt (continents and world regions), one name a line.

usage: python scripts/build_places.py   (needs babel and pycountry: `pip install -e .[data]`)

Built from data that ships with installed libraries, not picked for any story:
- countries and territories: the English names in the Unicode CLDR (babel), with the other names the CLDR's English
  locales write ('Trinidad and Tobago', 'St Lucia') and the names of the IANA time-zone database's country table
  ('Turkey', 'Czech Republic', 'East Timor', 'Burma', 'Swaziland': iso3166.tab, which names countries as people
  write them, where the CLDR keeps the newest official name: 'Türkiye', 'Czechia'). Only codes the CLDR gives a
  population for: not the European Union, the United Nations or the pseudo-locales, which are no places;
- continents and world regions: the CLDR's numeric (UN M.49) areas ('Africa', 'Europe', 'Latin America'), not 'world',
  written to areas.txt;
- first-level regions (pycountry, ISO 3166-2) of the countries where English is an official language (CLDR), whose
  ISO names are the names English writes ('Louisiana', 'Ontario', 'New South Wales', 'Punjab', 'Scotland'),
  and only the constituent units (states, provinces, territories, a union's countries), which the news names on
  their own ('in Texas', 'HOUSTON, Texas'); not districts, counties, parishes or statistical regions, which it names
  with their head word ('Ashanti Region') or not at all. Accents are dropped as English drops them ('Bihar').
  Written to regions.txt, apart, except those that are also a country's or a city's name;
- the cities that name the IANA time zones (zoneinfo: every zone is named after a major city). Zones that are
  not places people write about as cities (Etc/, Antarctica/, US counties under America/Indiana/ and the like)
  are left out, and so are the old links named for Australia's regions by abbreviation or direction ('NSW',
  'ACT', 'South', 'West').
A name made only of direction words or one common geographic noun ('Central', 'North Western', 'Gulf', 'Lakes':
ISO names of regions of Zambia, Papua New Guinea, South Sudan, the Solomon Islands) is left
out: the word names no place without its country, and 'the Gulf' would stop being short for 'Gulf of Mexico'.
"""
from __future__ import annotations

import re
import unicodedata
import zoneinfo
from pathlib import Path

from babel import Locale, localedata
from babel.languages import get_official_languages, get_territory_language_info

DATA = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data"
OUT = DATA / "places.txt"
AREAS = DATA / "areas.txt"  # continents and world regions, apart: the entities label them LOC, not GPE
REGIONS_OUT = DATA / "regions.txt"  # states and provinces that are no country's or city's name, apart: see entities.py
REGIONS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
# ISO 3166-2 types of a country's constituent units (a federation's states, a union's countries)
CONSTITUENT_TYPES = frozenset({"State", "Province", "Territory", "Union territory", "Country", "Capital territory",
                               "Federal capital territory", "Federal district"})
# General English: compass directions and their adjectives, and the common nouns of geography and government
# that name a kind of place; a name made of these words alone is a description, not a name.
DIRECTION_WORDS = frozenset("north south east west northern southern eastern western central middle upper lower "
                            "northeast northwest southeast southwest north-east north-west south-east south-west "
                            "north-eastern north-western south-eastern south-western".split())
CONNECTING_WORDS = frozenset("and the of da de el et".split())  # lower-case words inside a place's name
PLACE_KIND_NOUNS = frozenset("gulf sea ocean river lake bay coast delta plateau valley desert highlands lowlands island "
                             "islands mountains capital territory region province state district city".split())


def _plain(name: str) -> str:
    """The name as English writes it: without accents ('Bihār' -> 'Bihar') and ISO's bracketed notes."""
    name = re.sub(r"\s*[\[(].*$", "", name).strip()
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _descriptive(name: str) -> bool:
    """'Central', 'North Western', 'Lakes': direction words alone, or one common noun of a kind of place
    ('Northern Territory' and 'Northwest Territories' are names)."""
    words = name.lower().split()
    return all(w in DIRECTION_WORDS for w in words) or (
        len(words) == 1 and (words[0] in PLACE_KIND_NOUNS or words[0].removesuffix("s") in PLACE_KIND_NOUNS))


def _written_out(name: str) -> bool:
    """A name in Latin letters and in full, as a story writes it: not a locale's short form ('Central African
    Rep.', 'Caribbean NL', 'US minor outlying islands') nor another script (en_Dsrt, en_Shaw)."""
    words = name.replace("St. ", "St ").split()
    return (all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name) and "." not in " ".join(words)
            and not words[-1].isupper() and all(w[:1].isupper() or w in CONNECTING_WORDS for w in words))


def _lived_in(code: str) -> bool:
    """A territory the CLDR gives a population for: a place, not a bloc ('EU'), 'UN' or a pseudo-locale."""
    return code.isalpha() and bool(get_territory_language_info(code))


def country_names() -> set[str]:
    names = {name for code, name in Locale("en").territories.items() if _lived_in(code)}
    for locale in localedata.locale_identifiers():
        if locale.startswith("en_"):
            names |= {name for code, name in Locale.parse(locale).territories.items() if _lived_in(code) and _written_out(name)}
    names |= {name.replace(" & ", " and ") for name in names if " & " in name}  # 'Bosnia & Herzegovina'
    return names | _tz_country_names()


def _tz_country_names() -> set[str]:
    """iso3166.tab of the time-zone database: 'Turkey', 'Czech Republic', 'Myanmar (Burma)'. A bracket holds a
    second name ('Burma', 'Swaziland') when it is one capitalised word, not a qualifier: a direction ('Korea
    (North)'), an abbreviation ('Congo (Dem. Rep.)', 'Britain (UK)') or a language's adjective ('(French)')."""
    path = next((Path(root) / "iso3166.tab" for root in zoneinfo.TZPATH if (Path(root) / "iso3166.tab").exists()), None)
    if path is None:
        return set()
    adjectives = {word for name in Locale("en").languages.values() for word in name.split()}
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        name = line.split("\t")[1]
        found = re.fullmatch(r"(.+?) \(([^()]+)\)", name)
        if found:
            first, second = found.groups()
            names.add(first)
            if re.fullmatch(r"[A-Z][a-z]{3,}", second) and second.lower() not in DIRECTION_WORDS and second not in adjectives:
                names.add(second)
        elif _written_out(name) and not name.endswith(" Is"):  # not 'Turks & Caicos Is', 'Central African Rep.'
            names.add(name)
    return names | {name.replace(" & ", " and ") for name in names if " & " in name}


def area_names() -> set[str]:
    """Continents and world regions: the CLDR's numeric (UN M.49) areas, except 'world'."""
    return {name for code, name in Locale("en").territories.items() if code.isdigit() and name[:1].isupper()}


def region_names() -> set[str]:
    import pycountry

    names = set()
    for country in pycountry.countries:
        if "en" not in get_official_languages(country.alpha_2, de_facto=True):
            continue
        for unit in pycountry.subdivisions.get(country_code=country.alpha_2) or []:
            name = _plain(unit.name)
            if unit.parent_code is None and unit.type in CONSTITUENT_TYPES and name and not _descriptive(name):
                names.add(name)
    return names


def city_names() -> set[str]:
    names = set()
    for zone in zoneinfo.available_timezones():
        parts = zone.split("/")
        name = parts[-1].replace("_", " ")
        if len(parts) == 2 and parts[0] in REGIONS and not name.isupper() and not _descriptive(name):
            names.add(name)  # not the database's old links named for Australia's regions: 'NSW', 'ACT', 'South', 'West'
    return names


def main() -> None:
    areas = area_names()
    names = (country_names() | city_names()) - areas
    regions = region_names() - names - areas
    for path, listed in ((OUT, names), (REGIONS_OUT, regions), (AREAS, areas)):
        path.write_text("".join(f"{name}\n" for name in sorted(listed)), encoding="utf-8")
        print(f"{path}: {len(listed)} names")


if __name__ == "__main__":
    main()
