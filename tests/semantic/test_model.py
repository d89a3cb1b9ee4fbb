"""core/semantic.py: when the model can run, and what it gives."""

from __future__ import annotations

import numpy as np

from factcheck.core import semantic


def test_no_avx2_means_no_model_and_says_why(monkeypatch):
    monkeypatch.setattr(semantic.sys, "platform", "linux")
    monkeypatch.setattr(semantic.platform, "machine", lambda: "x86_64")
    monkeypatch.setattr(semantic, "_cpu_flags", lambda: {"sse4_2", "avx"})
    semantic._machine_check.cache_clear()
    try:
        status = semantic.available()
        assert not status and "AVX2" in status.reason
    finally:
        semantic._machine_check.cache_clear()


def test_platforms_without_a_build(monkeypatch):
    for plat, machine, words in (("win32", "AMD64", "win32"), ("darwin", "x86_64", "Intel Macs"), ("linux", "riscv64", "riscv64")):
        monkeypatch.setattr(semantic.sys, "platform", plat)
        monkeypatch.setattr(semantic.platform, "machine", lambda m=machine: m)
        assert words in semantic._platform_problem()
    monkeypatch.setattr(semantic.sys, "platform", "darwin")
    monkeypatch.setattr(semantic.platform, "machine", lambda: "arm64")
    assert semantic._platform_problem() is None


def test_switched_off_by_the_user(monkeypatch):
    assert "switched off" in semantic.available(enabled=False).reason
    monkeypatch.setenv(semantic.OFF_ENV, "1")
    assert not semantic.available() and semantic.OFF_ENV in semantic.available().reason
    monkeypatch.setenv(semantic.OFF_ENV, "0")
    assert semantic.available().reason != semantic.available(enabled=False).reason


def test_text_key_ignores_spacing_only():
    assert semantic.text_key("TikTok pays  Microsoft.\n") == semantic.text_key("TikTok pays Microsoft.")
    assert semantic.text_key("TikTok pays Microsoft.") != semantic.text_key("TikTok paid Microsoft.")


def test_a_translation_is_nearer_than_another_statement_of_the_story(embedder):
    da, id_, other = embedder.embed([
        "Aktien i Veltrix faldt 6 procent tirsdag.",
        "Saham Veltrix turun 6 persen pada hari Selasa.",
        "Veltrix køber det danske designfirma Sundra Labs.",
    ])
    vectors = np.stack([da, id_, other])
    assert vectors.dtype == np.float32 and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert da @ id_ > da @ other + 0.03
    assert embedder.embed([]).shape == (0, semantic.DIM)
