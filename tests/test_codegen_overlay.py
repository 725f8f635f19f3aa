"""spec/overlay.yaml: the operations newer than the public spec, merged by the generator; the
public spec wins, and `python -m codegen overlay --prune` drops what it carries now."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip("yaml")

from codegen import OVERLAY, SPEC, read_api  # noqa: E402
from codegen import __main__ as cli  # noqa: E402
from codegen.diff import compare, render  # noqa: E402
from codegen.overlay import load_yaml, merge, merged_spec, pruned  # noqa: E402
from codegen.spec import SpecReader  # noqa: E402
from prime_async import ROUTES  # noqa: E402

ROOT = Path(__file__).parent.parent
NEWER = {
    ("GET", "/v1/portfolios/{portfolio_id}/derivatives/positions"): "GetDerivativePositions",
    ("GET", "/v1/portfolios/{portfolio_id}/derivatives/currency_summary"): "GetDerivativesCurrencySummary",
    ("GET", "/v1/entities/{entity_id}/rewards/rate"): "GetEntityRewardsRate",
    ("GET", "/v1/portfolios/{portfolio_id}/rewards/rate"): "GetPortfolioRewardsRate",
}
RATES = ("/v1/entities/{entity_id}/rewards/rate", "/v1/portfolios/{portfolio_id}/rewards/rate")
BETA = "coinbase.public_rest_api.beta."


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_yaml(SPEC)


@pytest.fixture(scope="module")
def overlay() -> dict[str, Any]:
    return load_yaml(OVERLAY)


def operations(spec: dict[str, Any]) -> set[tuple[str, str]]:
    return {(method.upper(), path) for path, item in spec["paths"].items() for method in item}


def with_rates(spec: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """A newer public spec: the one vendored, carrying the two rewards-rate operations and their schemas."""
    newer = copy.deepcopy(spec)
    for path in RATES:
        newer["paths"][path] = copy.deepcopy(overlay["paths"][path])
    for name, schema in overlay["components"]["schemas"].items():
        if name.startswith(BETA):
            newer["components"]["schemas"][name] = copy.deepcopy(schema)
    return newer


def test_the_public_spec_is_untouched_and_the_overlay_adds_the_four(spec: dict[str, Any]) -> None:
    assert len(operations(spec)) == 107 and not set(NEWER) & operations(spec)
    merged = merged_spec(SPEC)
    assert operations(merged.spec) == operations(spec) | set(NEWER)
    assert not merged.shadowed and not merged.schemas_shadowed
    for (method, path), operation_id in NEWER.items():
        route = ROUTES[operation_id]
        assert (route.method, route.path) == (method, path)
    assert len(ROUTES) == 111
    assert (ROUTES["GetDerivativePositions"].resource, ROUTES["GetDerivativePositions"].name) == (
        "futures",
        "get_derivative_positions",
    )
    assert ROUTES["GetEntityRewardsRate"].resource == "financing"


def test_the_spec_wins_and_the_shadowed_entries_are_reported(spec: dict[str, Any], overlay: dict[str, Any]) -> None:
    newer = with_rates(spec, overlay)
    newer["components"]["schemas"][BETA + "RewardsRateTier"]["properties"]["tier_name"] = {"type": "string"}
    result = merge(newer, overlay)
    assert result.shadowed == [
        "GET /v1/entities/{entity_id}/rewards/rate (PrimeBeta_GetEntityRewardsRate)",
        "GET /v1/portfolios/{portfolio_id}/rewards/rate (PrimeBeta_GetPortfolioRewardsRate)",
    ]
    assert len(result.added) == 2 and not result.schemas_shadowed  # the rates' schemas are not reached
    api = SpecReader(result.spec).read()
    assert "tier_name" in {f.name for f in api.models["RewardsRateTier"].fields}  # the spec's, not the overlay's
    assert "tier_name" not in str(overlay)  # merging changed neither input
    # a schema a kept operation uses that the spec now has: the spec's is used, and said so
    newer["components"]["schemas"]["coinbase.public_rest_api.OptionsDetails"] = {"type": "object", "properties": {}}
    assert merge(newer, overlay).schemas_shadowed == ["coinbase.public_rest_api.OptionsDetails"]


def test_prune_drops_what_the_spec_carries_and_keeps_the_header(spec: dict[str, Any], overlay: dict[str, Any]) -> None:
    text = OVERLAY.read_text()
    newer = with_rates(spec, overlay)
    new_text, dropped = pruned(newer, text)
    assert dropped[:2] == [
        "GET /v1/entities/{entity_id}/rewards/rate (PrimeBeta_GetEntityRewardsRate)",
        "GET /v1/portfolios/{portfolio_id}/rewards/rate (PrimeBeta_GetPortfolioRewardsRate)",
    ]
    assert sorted(dropped[2:]) == sorted(f"schema {n}" for n in overlay["components"]["schemas"] if n.startswith(BETA))
    header = text[: text.index("paths:")]
    assert new_text.startswith(header) and header.count("\n# ") > 10
    left = yaml.safe_load(new_text)
    assert set(left["paths"]) == {p for _, p in NEWER} - set(RATES)
    assert not any(name.startswith(BETA) for name in left["components"]["schemas"])
    # what is left merges to the same API as before the prune
    assert not merge(newer, left).shadowed
    before, after = SpecReader(merge(newer, overlay).spec).read(), SpecReader(merge(newer, left).spec).read()
    assert not compare(before, after)
    # pruning again drops nothing
    assert pruned(newer, new_text) == (new_text, [])


def test_prune_is_one_command(tmp_path: Path, spec: dict[str, Any], overlay: dict[str, Any]) -> None:
    """`python -m codegen overlay --prune` against a newer spec: the overlay file loses its entries,
    and `--check` fails until it has (a stale overlay never lingers)."""
    newer_spec, overlay_file = tmp_path / "spec.yaml", tmp_path / "overlay.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    newer_spec.write_text(yaml.dump(with_rates(spec, overlay), Dumper=dumper, sort_keys=False))
    overlay_file.write_text(OVERLAY.read_text())
    code = (
        "import sys; from pathlib import Path; from codegen import __main__ as m; "
        "m.SPEC, m.OVERLAY = Path(sys.argv[1]), Path(sys.argv[2]); sys.exit(m.main(sys.argv[3:]))"
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", code, str(newer_spec), str(overlay_file), *args]
        return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)

    listed = run("overlay")
    assert listed.returncode == 0 and listed.stdout.count("in the spec now, skipped") == 2
    check = run("--check")
    assert check.returncode == 1 and "overlay --prune" in check.stdout
    done = run("overlay", "--prune")
    assert done.returncode == 0 and "6 entries dropped" in done.stdout  # 2 operations, 4 schemas
    assert "rewards/rate" not in overlay_file.read_text()
    assert run("overlay").stdout.count("added by the overlay") == 2
    assert run("--check").returncode == 0


def test_diff_reads_both_specs_with_the_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> None:
    """A newer spec that carries an operation the overlay served is no change for users."""
    current = read_api()
    assert not compare(current, SpecReader(merge(with_rates(spec, overlay), overlay).spec).read())


def test_codegen_diff_alone_prints_the_overlays_additions_which_the_changelog_has() -> None:
    done = subprocess.run([sys.executable, "-m", "codegen", "diff"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout == render(compare(read_api(SPEC, None), read_api()))
    added = [line for line in done.stdout.splitlines() if line.startswith("- added: ")]
    assert len(added) == 4 + 8 + 3  # operations, models, enums
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert all(line in changelog for line in added)


def test_check_covers_the_overlay() -> None:
    assert cli.main(["--check"]) == 0
