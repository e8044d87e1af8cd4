"""Measure the shipped NER model the way an outside check does: ANERcorp tokens joined by single
spaces into a text, analysed by ``marsad.api.analyze`` (what ``marsad analyze --json`` runs), entity
character spans mapped back to tokens, CoNLL span F1. Beside it, the direct token-level F1 of the
same model on the same sentences, which it should match closely.

    .venv/bin/python training/eval_ner.py --shared /work/shared [--layout lines|paragraph]
        [--pipeline entities|full|both] [--errors FILE]

``--pipeline entities`` stops after the recogniser, ``full`` scores every entity ``marsad analyze --json``
prints (the actor layer included), ``both`` (the default) prints the two; ``--errors`` writes, for the
full pipeline, each sentence where it differs from the gold spans.

``--split validation`` (the default) scores the last 15% of ``train.txt`` (the validation split of
``train_ner.py``) and needs a ``--model`` folder trained on the first 85% only (``ner_validation_model.py``
assembles one): the honest estimate. ``--split wojood`` scores the Wojood sample mapped to ANERcorp's types
(``ner_wojood.py``), another corpus no shipped model is trained on. ``--split slice`` scores the last 5% of
``train.txt``, which the shipped model is trained on: a check of the path, not of accuracy.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from marsad.entities import ner  # noqa: E402
from ner_data import format_scores, read_conll, score, sentences, spans, to_words  # noqa: E402

TYPES = ("PERS", "ORG", "LOC", "MISC")
BACK = {"PER": "PERS", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
GATE_FRACTION = 0.05
VALID_FRACTION = 0.15


def gate_slice(shared: Path):
    sents = sentences(read_conll(shared / "data" / "anercorp" / "train.txt"))
    return sents[len(sents) - int(len(sents) * GATE_FRACTION):]


STRICT = False      # --strict: a token counts only when the entity covers all of it


def tags_from_entities(words: list[str], starts: list[int], entities: list[dict]) -> list[str]:
    """Token tags from character spans: a token inside an entity gets its type (B- on the first); with
    ``STRICT`` only a token the entity covers whole."""
    tags = ["O"] * len(words)
    for e in sorted(entities, key=lambda e: e["start"]):
        typ = BACK.get(e.get("label", ""))
        if typ is None:
            continue
        first = True
        for k, (w, s) in enumerate(zip(words, starts)):
            inside = e["start"] <= s and s + len(w) <= e["end"] if STRICT else s < e["end"] and e["start"] < s + len(w)
            if inside:
                if tags[k] != "O":
                    continue
                tags[k] = ("B-" if first else "I-") + typ
                first = False
    return tags


def via_api(sents, layout: str, which: tuple[str, ...] = ("api", "entities")) -> dict[str, list[list[str]]]:
    """Token tags from the joined text: ``api`` is every entity ``marsad.api.analyze`` reports (later
    components may relabel, add or drop some); ``entities`` is the same document through the
    pipeline up to and including the ``entities`` component."""
    from marsad.api import analyze
    from marsad.ingest import Record, to_document
    from marsad.pipeline import DEFAULT_ORDER, Pipeline

    lines = [" ".join(s.words) for s in sents]
    text = ("\n" if layout == "lines" else " ").join(lines)
    upto = Pipeline(DEFAULT_ORDER[: DEFAULT_ORDER.index("entities") + 1])
    found = {}
    if "api" in which:
        found["api"] = analyze(text).to_dict()["entities"]
    if "entities" in which:
        found["entities"] = upto(to_document(Record(id="", source="<text>", text=text))).to_dict()["entities"]
    out: dict[str, list[list[str]]] = {k: [] for k in found}
    pos = 0
    for s in sents:
        starts = []
        for w in s.words:
            starts.append(pos)
            pos += len(w) + 1
        lo, hi = starts[0], pos
        for k, ents in found.items():
            out[k].append(tags_from_entities(s.words, starts, [e for e in ents if lo <= e["start"] < hi]))
    return out


def direct(sents) -> list[list[str]]:
    tagged = ner.model().tag_document([s.pieces for s in sents])
    return [to_words(s, labels) for s, (labels, _) in zip(sents, tagged)]


def main() -> None:
    ap = argparse.ArgumentParser(description="NER F1 through the analysis API and directly.")
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", HERE.parent.parent / "shared")))
    ap.add_argument("--layout", choices=("lines", "paragraph", "both"), default="both")
    ap.add_argument("--model", type=Path, help="a model folder other than the shipped one")
    ap.add_argument("--limit", type=int, help="only the first N sentences of the slice")
    ap.add_argument("--pipeline", choices=("entities", "full", "both"), default="both",
                    help="score the recogniser alone, the whole analysis, or both")
    ap.add_argument("--errors", type=Path, help="write the full pipeline's differences from gold to this file")
    ap.add_argument("--strict", action="store_true", help="a token counts only when an entity covers all of it")
    ap.add_argument("--no-consistency", action="store_true", help="tag without the one-reading-per-name rule")
    ap.add_argument("--no-direct", action="store_true", help="skip the model on corpus tokens")
    ap.add_argument("--split", choices=("validation", "wojood", "slice"), default="validation",
                    help="the validation split (needs a --model trained without it), the Wojood sample, "
                         "or the in-sample last 5%%")
    a = ap.parse_args()
    global STRICT
    STRICT = a.strict
    if a.model:
        ner._MODEL = ner.Model(a.model)
    if a.no_consistency:
        ner.model().consistency = False
    if a.split == "validation" and not a.model:
        raise SystemExit("eval_ner: --split validation needs --model, a folder trained without the split "
                         "(training/ner_validation_model.py)")
    if a.split == "validation":
        every = sentences(read_conll(a.shared / "data" / "anercorp" / "train.txt"))
        sents = every[len(every) - int(len(every) * VALID_FRACTION):][: a.limit]
        what = "last 15% of train.txt: give --model a folder trained without it (ner_validation_model.py)"
    elif a.split == "wojood":
        import ner_wojood

        sents = ner_wojood.read(a.shared / "data" / "wojood_sample", ner.model().resources.triggers)[: a.limit]
        what = "the Wojood sample mapped to ANERcorp's types, never trained on"
    else:
        sents = gate_slice(a.shared)[: a.limit]
        what = "last 5% of train.txt, in the shipped model's training data"
    gold = [s.tags for s in sents]
    print(f"{len(sents)} sentences, {sum(len(s.words) for s in sents)} tokens ({what})")
    if not a.no_direct:
        r = score(gold, direct(sents), TYPES)
        print(f"direct (model on corpus tokens):\n{format_scores(r)}")
    which = {"entities": ("entities",), "full": ("api",), "both": ("entities", "api")}[a.pipeline]
    for layout in (("lines", "paragraph") if a.layout == "both" else (a.layout,)):
        t0 = time.time()
        tags = via_api(sents, layout, which)
        where = "one sentence per line" if layout == "lines" else "one paragraph"
        took = f"{time.time() - t0:.1f}s"
        if "entities" in tags:
            print(f"{where} through the pipeline up to the entities component ({took}):\n"
                  f"{format_scores(score(gold, tags['entities'], TYPES))}")
        if "api" in tags:
            print(f"{where}, every entity marsad analyze --json reports ({took}):\n"
                  f"{format_scores(score(gold, tags['api'], TYPES))}")
            if a.errors:
                write_errors(a.errors, sents, tags["api"], tags.get("entities"))


def write_errors(path: Path, sents, pred: list[list[str]], ner_only: list[list[str]] | None) -> None:
    """Sentences whose predicted spans differ from gold: missed (-), extra (+, "+ new" when the recogniser did not
    have it), and the recogniser's spans the full output lost (=, "= right" when gold has it)."""
    out = []
    for s, p, n in zip(sents, pred, ner_only or [None] * len(sents)):
        G, P = spans(s.tags), spans(p)
        if G == P:
            continue
        show = lambda x: f"{x[2]} {' '.join(s.words[x[0]:x[1]])}"  # noqa: E731
        out.append(" ".join(s.words))
        N = spans(n) if n is not None else P
        out += [f"  - {show(x)}" for x in sorted(G - P)]
        out += [f"  + {'new ' if x not in N else ''}{show(x)}" for x in sorted(P - G)]
        out += [f"  = {'right ' if x in G else ''}{show(x)}" for x in sorted(N - P)]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
