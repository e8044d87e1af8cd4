"""Analysis on several processes or a Dask cluster gives exactly the single-process documents, events and links."""
from __future__ import annotations

import itertools
import json
import os
import time

import pytest

from marsad.api import link
from marsad.doc import Document
from marsad.ingest import read_inputs
from marsad.ingest.record import Record, Rejected
from marsad.scale import analyze_records
from marsad.scale.parallel import _warm

from testkit import need_shared

# SaudiNewsNet articles compared between the single-process and the Dask run
SAMPLE = 1000
# cheap components for the ordering tests (the full pipeline is compared in the Dask test)
LIGHT = ("language", "line_roles", "sentences", "times", "quantities")


def sample_records(n: int) -> list[Record | Rejected]:
    """The first ``n`` SaudiNewsNet articles, day after day."""
    folder = need_shared("corpora", "saudinewsnet")
    days = sorted(str(p) for p in folder.glob("*.zip"))
    return list(itertools.islice(read_inputs(days), n))


def dicts(results) -> list[dict]:
    return [r.to_dict() if isinstance(r, Document) else {"rejected": r.line()} for r in results]


@pytest.mark.parametrize("workers", [2])
def test_local_processes_keep_input_order_and_results(workers):
    recs = sample_records(24)
    recs.insert(5, Rejected("broken.json:3", "not a JSON object (a list)"))
    one = dicts(analyze_records(list(recs), pipeline=LIGHT))
    many = dicts(analyze_records(list(recs), workers=workers, pipeline=LIGHT, batch=3))
    assert [d.get("id") for d in many] == [d.get("id") for d in one]
    assert many[5] == {"rejected": "broken.json:3: not a JSON object (a list)"}
    assert many == one
    assert any(d.get("times") for d in many)          # the components really ran in the workers


def test_skip_leaves_out_documents_before_analysis():
    recs = sample_records(6)
    first = next(iter(analyze_records(recs[:1], pipeline=())))
    seen: list[str] = []

    def skip(doc: Document) -> bool:
        seen.append(doc.hash)
        return doc.hash == first.hash

    out = list(analyze_records(recs, workers=2, skip=skip, pipeline=LIGHT))
    assert len(seen) == 6
    assert first.hash not in {d.hash for d in out}
    assert len(out) == 5


def test_published_fills_only_missing_dates():
    recs = [Record(id="a", source="a.txt", text="وصل الوزير إلى الرياض يوم الجمعة."),
            Record(id="b", source="b.txt", text="وصل الوزير إلى جدة أمس.", published="2015-07-20")]
    out = list(analyze_records(recs, workers=2, published="2015-07-23", pipeline=LIGHT))
    assert [d.published for d in out] == ["2015-07-23", "2015-07-20"]


@pytest.mark.slow
def test_dask_cluster_matches_single_process():
    distributed = pytest.importorskip("distributed")
    n = int(os.environ.get("MARSAD_SCALE_SAMPLE", SAMPLE))
    recs = sample_records(n)
    assert len(recs) == n
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        # both sides load the code and models at the same moment, before either run
        with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
            client.run(_warm)
        _warm()
        t0 = time.perf_counter()
        single = list(analyze_records(list(recs)))
        t1 = time.perf_counter()
        print(f"\n{n} articles: single process {t1 - t0:.1f} s", flush=True)
        spread = list(analyze_records(list(recs), scheduler=cluster.scheduler_address))
        t2 = time.perf_counter()
    print(f"{n} articles: Dask 2 workers {t2 - t1:.1f} s", flush=True)
    assert dicts(spread) == dicts(single)
    docs_1 = [d for d in single if isinstance(d, Document)]
    docs_2 = [d for d in spread if isinstance(d, Document)]
    assert sum(len(d.events) for d in docs_1) > 0
    assert json.dumps(link(docs_2), sort_keys=True, default=str) == json.dumps(link(docs_1), sort_keys=True, default=str)


@pytest.mark.slow
def test_unreachable_scheduler_is_one_line_error():
    from marsad.errors import UsageError

    with pytest.raises(UsageError) as err:
        list(analyze_records([Record(id="a", source="a.txt", text="وصل الوزير إلى الرياض.")],
                             scheduler="tcp://127.0.0.1:1"))
    assert "\n" not in str(err.value) and str(err.value).startswith("tcp://127.0.0.1:1: cannot reach the Dask scheduler")


@pytest.mark.parametrize("workers, forked", [(2, 2), (1, 0)])
def test_started_is_called_once_the_workers_exist(workers, forked):
    import multiprocessing as mp

    calls: list[int] = []
    recs = sample_records(8)
    out = list(analyze_records(recs, workers=workers, pipeline=LIGHT, batch=2,
                               started=lambda: calls.append(len(mp.active_children()))))
    assert len(out) == 8
    assert calls == [forked]        # once, and after every worker was forked
