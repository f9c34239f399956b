"""Benchmarks: run on demand (see README.md), skipped by the normal test run."""
