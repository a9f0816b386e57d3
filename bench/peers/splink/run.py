"""A standard Splink 4 dedupe (DuckDB) of the register benchmark's CSV: comparisons on the
name, the father's name, the birth year and the district; blocking rules; u by random
sampling, m by expectation maximisation; clusters at a match probability threshold. Prints
its time as JSON and writes the clusters (record,cluster) to the second argument: the harness
scores Splink's clusters against the `entity` column exactly as it scores ours."""

import json
import sys
import time

import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

THRESHOLD = 0.9


def main(path: str, clusters_path: str) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = frame.rename(columns={"record": "unique_id"})
    for column in ["name", "father", "district"]:
        frame[column] = frame[column].str.lower().replace("", None)
    frame["birth_year"] = frame["birth_year"].replace("", None)
    frame["first_token"] = frame["name"].str.split(" ").str[0]
    started = time.perf_counter()
    cpu_started = time.process_time()
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("name", [0.95, 0.88, 0.8]),
            cl.JaroWinklerAtThresholds("father", [0.92, 0.8]),
            cl.ExactMatch("birth_year"),
            cl.ExactMatch("district"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("first_token", "birth_year"),
            block_on("father", "district"),
            block_on("name"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(frame, settings, db_api=DuckDBAPI())
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth_year", "district"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first_token"))
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=THRESHOLD
    ).as_pandas_dataframe()
    seconds = time.perf_counter() - started
    # CPU of all of DuckDB's threads: a figure other work on the machine does not inflate.
    cpu_seconds = time.process_time() - cpu_started
    result = {"seconds": seconds, "cpu_seconds": cpu_seconds, "records": len(frame),
              "threshold": THRESHOLD,
              "clusters": int((clusters.groupby("cluster_id").size() > 1).sum())}
    clusters[["unique_id", "cluster_id"]].rename(
        columns={"unique_id": "record", "cluster_id": "cluster"}
    ).to_csv(clusters_path, index=False)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
