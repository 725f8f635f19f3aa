"""Test helpers for code that uses prime_async."""
