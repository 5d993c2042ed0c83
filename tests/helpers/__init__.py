"""Test helpers (kept out of the wheel): Pilot walks through the app and a latency/fault proxy.

Importable as ``helpers.*``: pytest puts tests/ on sys.path (``pythonpath`` in pyproject.toml);
bench/ and scripts/ add it themselves.
"""
