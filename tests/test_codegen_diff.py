"""`python -m codegen diff OLD.yaml NEW.yaml`: what a spec update changes for users, in the client's names."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip("yaml")

from codegen.diff import compare, render  # noqa: E402
from codegen.spec import SpecReader  # noqa: E402

ROOT = Path(__file__).parent.parent
NS = "coinbase.public_rest_api."


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{NS}{name}"}


def operation(op_id: str, tag: str, response: str, body: str | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {
        "tags": [tag],
        "summary": op_id,
        "operationId": f"PrimeRESTAPI_{op_id}",
        "parameters": [{"name": "portfolio_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"content": {"application/json": {"schema": ref(response)}}}},
    }
    if body:
        op["requestBody"] = {"content": {"application/json": {"schema": ref(body)}}}
    return op


OLD: dict[str, Any] = {
    "paths": {
        "/v1/portfolios/{portfolio_id}/order": {
            "post": operation("CreateOrder", "Orders", "OrderResponse", "OrderBody")
        },
        "/v1/portfolios/{portfolio_id}/settings": {
            "post": operation("SetSettings", "Financing", "SetSettingsResponse")
        },
        "/v1/portfolios/{portfolio_id}/gone": {"get": operation("GetGone", "Financing", "GoneResponse")},
    },
    "components": {
        "schemas": {
            f"{NS}OrderBody": {
                "type": "object",
                "required": ["side"],
                "properties": {"side": ref("Side"), "base_quantity": {"type": "string", "example": "1.5"}},
            },
            f"{NS}OrderResponse": {"type": "object", "properties": {"order_id": {"type": "string"}}},
            f"{NS}SetSettingsResponse": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
            f"{NS}GoneResponse": {"type": "object", "properties": {"x": {"type": "string"}}},
            f"{NS}Side": {"type": "string", "enum": ["SIDE_UNSPECIFIED", "BUY", "SELL"]},
        }
    },
}


def updated() -> dict[str, Any]:
    new = copy.deepcopy(OLD)
    paths, schemas = new["paths"], new["components"]["schemas"]
    del paths["/v1/portfolios/{portfolio_id}/gone"], schemas[f"{NS}GoneResponse"]
    # renamed: same method and path, new operationId and response model
    paths["/v1/portfolios/{portfolio_id}/settings"]["post"] = operation(
        "UpdateSettings", "Financing", "UpdateSettingsResponse"
    )
    schemas[f"{NS}UpdateSettingsResponse"] = schemas.pop(f"{NS}SetSettingsResponse")
    paths["/v1/api-keys/rotate"] = {"post": operation("RotateAPIKey", "API Key Management", "RotateResponse")}
    schemas[f"{NS}RotateResponse"] = {"type": "object", "properties": {"key": {"type": "string"}}}
    body = schemas[f"{NS}OrderBody"]["properties"]
    body["is_buy_exact"] = {"type": "boolean"}
    del body["base_quantity"]
    schemas[f"{NS}OrderResponse"]["properties"]["order_id"] = {"type": "string", "example": "12.5"}  # now "Decimal"
    schemas[f"{NS}Side"]["enum"] = ["BUY", "SELL", "OPTION"]
    return new


def diff_of(old: dict[str, Any], new: dict[str, Any]) -> Any:
    return compare(SpecReader(copy.deepcopy(old)).read(), SpecReader(copy.deepcopy(new)).read())


def test_operations_added_removed_and_renamed() -> None:
    ops = diff_of(OLD, updated()).operations
    assert ops.added == ["RotateAPIKey (api_keys.rotate_api_key(), POST /v1/api-keys/rotate)"]
    assert ops.removed == ["GetGone (financing.get_gone(), GET /v1/portfolios/{portfolio_id}/gone)"]
    assert ops.renamed == [
        (
            "SetSettings (financing.set_settings(), POST /v1/portfolios/{portfolio_id}/settings)",
            "UpdateSettings (financing.update_settings(), POST /v1/portfolios/{portfolio_id}/settings)",
        )
    ]
    assert ops.changed == {"orders.create_order()": ["+ is_buy_exact (bool)", "- base_quantity (Decimal)"]}


def test_fields_per_model_and_models_renamed_with_their_operation() -> None:
    models = diff_of(OLD, updated()).models
    assert models.added == ["RotateResponse"]
    assert models.removed == ["GoneResponse"]
    assert models.renamed == [("SetSettingsResponse", "UpdateSettingsResponse")]
    assert models.changed == {
        "OrderBody": ["+ is_buy_exact (bool)", "- base_quantity (Decimal)"],
        "OrderResponse": ["~ order_id: str -> Decimal"],
    }


def test_enum_values_added_and_removed() -> None:
    enums = diff_of(OLD, updated()).enums
    assert enums.changed == {"Side": ["+ OPTION", "- SIDE_UNSPECIFIED"]}
    assert not enums.added and not enums.removed


def test_no_change_says_so() -> None:
    diff = diff_of(OLD, OLD)
    assert not diff
    assert render(diff) == "No changes a user of the client would see.\n"


def test_the_command_prints_markdown(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(OLD))
    new.write_text(yaml.safe_dump(updated()))
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "diff", "--no-overlay", str(old), str(new)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "### Operations" in lines and "### Models" in lines and "### Enums" in lines
    assert "- added: RotateAPIKey (api_keys.rotate_api_key(), POST /v1/api-keys/rotate)" in lines
    assert "- changed: Side: + OPTION; - SIDE_UNSPECIFIED" in lines
    usage = subprocess.run(
        [sys.executable, "-m", "codegen", "diff", str(old)], capture_output=True, text=True, cwd=ROOT
    )
    assert usage.returncode == 2 and "usage" in usage.stderr


def test_the_changelog_has_this_updates_renames_and_additions() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    for name in (
        "RotateAPIKey",
        "GetConversionFees",
        "GetXMLiquidation",
        "ListXMLiquidations",
        "UpdateFundingSettings",
    ):
        assert name in changelog
