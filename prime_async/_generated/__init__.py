"""Code generated from the Prime OpenAPI spec.

Generated from spec/prime-openapi.yaml and spec/overlay.yaml by `python -m codegen`. Do not edit by hand."""
