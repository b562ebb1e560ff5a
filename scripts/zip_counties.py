"""Write common/data/zip_other_counties.csv from the Census Bureau's ZCTA-to-county file.

    python scripts/zip_counties.py tab20_zcta520_county20_natl.txt

The file (pipe-separated, from census.gov's "Relationship Files") lists each ZIP Code
Tabulation Area with every county it overlaps. For each ZIP the zipcodes package knows, this
keeps the counties other than the one zipcodes names as its main county, ignoring slivers
with no land (AREALAND_PART 0). Run it on a machine with the file; nothing is downloaded."""

import csv
import sys
from pathlib import Path

import zipcodes

TARGET = Path(__file__).resolve().parent.parent / "common" / "data" / "zip_other_counties.csv"
HEADER = (
    "# ZIP codes that cross county lines: the counties other than the main one the zipcodes\n"
    "# package gives. Written by scripts/zip_counties.py from the Census Bureau's 2020\n"
    "# ZCTA-to-county relationship file.\n"
)


def main(source: str) -> None:
    main_county = {z["zip_code"]: (z["state"], z["county"]) for z in zipcodes.list_all()}
    rows = set()
    with open(source, newline="", encoding="utf-8-sig") as data:
        for row in csv.DictReader(data, delimiter="|"):
            zip_code = row["GEOID_ZCTA5_20"]
            if not zip_code or zip_code not in main_county or row.get("AREALAND_PART") == "0":
                continue
            state, county = main_county[zip_code]
            name = row["NAMELSAD_COUNTY_20"]
            if name and name != county:
                rows.add((zip_code, state, name))
    with TARGET.open("w", newline="", encoding="utf-8") as out:
        out.write(HEADER)
        writer = csv.writer(out)
        writer.writerow(["zip", "state", "county"])
        writer.writerows(sorted(rows))
    print(f"{len(rows)} other counties for {len({r[0] for r in rows})} ZIP codes → {TARGET}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
