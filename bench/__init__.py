"""Benchmark tooling: synthetic content at scale (generate.py), a load test (run.sh)."""
