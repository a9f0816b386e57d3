"""A standard Splink 4 dedupe (DuckDB) of the register benchmark's CSV, configured the way a
Splink user would for a mixed-script register of Indian names.

Preparation (what a user does before Splink compares strings): every name, alias, father's name
and district is read in Latin letters from the second file, which the harness writes with
Samanvay's transliteration (Splink has none for Devanagari); lower-cased, punctuation dropped,
the alias split off the name ("Irfan @ Bhura"), the "Mohd."/"Md." prefix and relation words
dropped, the name split into first name and surname. No variant folding of ours is applied.

Model: first name and surname by Splink's NameComparison (Jaro–Winkler levels) with term
frequency adjustments, the father's first name, the alias, birth year (exact, within 2 years),
day and month of birth, sex, district (with term frequencies), the locality of the address (its
first word that is not "Village", "Gali No.", "PS Sadar" or the district, by NameComparison
with term frequencies) and gang. Blocking rules a user would pick for this data:
surname + birth year, first name + district, first name + father's first name, and the first
three letters of first name and surname + birth year. The prior from a deterministic rule
(recall 0.7), u by random sampling, m by expectation maximisation on two blocks
(first name + surname; year + district + first initial); pairs predicted
from probability 0.2 and clustered at 0.95, as in Splink's deduplication example.

Prints its time as JSON and writes the clusters (record,cluster) to the third argument: the
harness scores Splink's clusters against the `entity` column exactly as it scores ours."""

import json
import re
import resource
import sys
import time

import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

PREDICT_FROM = 0.2
THRESHOLD = 0.95

ALIAS_MARKER = re.compile(r"\s+(?:@|urf|alias)\s+")
# Words of an address that name no place: what a user strips before taking the locality.
ADDRESS_WORDS = {"village", "vill", "gram", "gali", "no", "h", "house", "makan", "nan", "ps",
                 "thana", "sadar", "district", "jila", "khurd", "kalan"}
DROPPED = {"mohd", "md", "mohammad", "mohammed", "muhammad", "mohamad", "mo", "s", "o", "d", "w",
           "so", "do", "wo", "shri", "sri", "smt", "late"}


def tokens(text: str) -> list[str]:
    words = re.sub(r"[^a-z ]+", " ", text.lower()).split()
    return [w for w in words if w not in DROPPED]


def prepare(frame: pd.DataFrame, latin: pd.DataFrame) -> pd.DataFrame:
    frame = frame.merge(latin, on="record", suffixes=("", "_latin"))
    first, surname, alias, father, locality = [], [], [], [], []
    for name, aliases, relative in zip(
        frame["name_latin"], frame["aliases_latin"], frame["father_latin"]
    ):
        parts = ALIAS_MARKER.split(name.lower(), maxsplit=1)
        words = tokens(parts[0])
        first.append(words[0] if words else None)
        surname.append(words[-1] if len(words) >= 2 else None)
        given = [a for a in aliases.split(" | ") if a] + parts[1:]
        alias_words = tokens(given[0]) if given else []
        alias.append(" ".join(alias_words) or None)
        father_words = tokens(relative)
        father.append(father_words[0] if father_words else None)
    for address, district in zip(frame["address_latin"], frame["district_latin"]):
        skip = ADDRESS_WORDS | set(district.lower().split())
        words = [w for w in re.sub(r"[^a-z ]+", " ", address.lower()).split() if w not in skip]
        locality.append(words[0] if words else None)
    return pd.DataFrame({
        "unique_id": frame["record"],
        "first_name": first,
        "surname": surname,
        "alias": alias,
        "father_first": father,
        "district": frame["district_latin"].str.lower().replace("", None),
        "birth_year": pd.to_numeric(frame["birth_year"], errors="coerce").astype("Int64"),
        "birth_day": frame["birth_day"].replace("", None),
        "locality": locality,
        "sex": frame["sex"].replace("", None),
        "gang": frame["gang"].replace("", None),
    })


def main(path: str, latin_path: str, clusters_path: str) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    latin = pd.read_csv(latin_path, dtype=str, keep_default_na=False)
    frame["record"] = frame["record"].astype(int)
    latin["record"] = latin["record"].astype(int)
    # The preparation is not timed, as the harness does not time building our profiles.
    data = prepare(frame, latin)
    started = time.perf_counter()
    cpu_started = time.process_time()
    birth_year = cl.CustomComparison(
        output_column_name="birth_year",
        comparison_levels=[
            cll.NullLevel("birth_year"),
            cll.ExactMatchLevel("birth_year"),
            cll.CustomLevel("abs(birth_year_l - birth_year_r) <= 2", "within 2 years"),
            cll.ElseLevel(),
        ],
    )
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.NameComparison("first_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.NameComparison("father_first"),
            cl.ExactMatch("alias"),
            birth_year,
            cl.ExactMatch("birth_day"),
            cl.NameComparison("locality").configure(term_frequency_adjustments=True),
            cl.ExactMatch("sex"),
            cl.ExactMatch("district").configure(term_frequency_adjustments=True),
            cl.ExactMatch("gang"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("surname", "birth_year"),
            block_on("first_name", "district"),
            block_on("first_name", "father_first"),
            block_on("substr(first_name, 1, 3)", "substr(surname, 1, 3)", "birth_year"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(data, settings, db_api=DuckDBAPI())
    linker.training.estimate_probability_two_random_records_match(
        [block_on("first_name", "surname", "birth_year")], recall=0.7
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("first_name", "surname")
    )
    # Year and district with the first letter of the first name: at a million records year and
    # district alone make blocks of hundreds of thousands of pairs each.
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("birth_year", "district", "substr(first_name, 1, 1)")
    )
    predictions = linker.inference.predict(threshold_match_probability=PREDICT_FROM)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=THRESHOLD
    ).as_pandas_dataframe()
    seconds = time.perf_counter() - started
    # CPU of all of DuckDB's threads: a figure other work on the machine does not inflate.
    cpu_seconds = time.process_time() - cpu_started
    result = {"seconds": seconds, "cpu_seconds": cpu_seconds, "records": len(frame),
              "threshold": THRESHOLD,
              # Peak resident memory of the process (DuckDB runs inside it), in MB.
              "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
              "clusters": int((clusters.groupby("cluster_id").size() > 1).sum())}
    clusters[["unique_id", "cluster_id"]].rename(
        columns={"unique_id": "record", "cluster_id": "cluster"}
    ).to_csv(clusters_path, index=False)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
