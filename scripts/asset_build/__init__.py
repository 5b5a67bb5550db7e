"""The parts of ``scripts/build_assets.py``: reading files, texts, and the table builders.

- :mod:`asset_build.files`: the source files' rows, exact number rewriting, CSV/JSON output;
- :mod:`asset_build.texts`: ``asset_sources/outputs.json`` and ``prose.md`` into provenance;
- :mod:`asset_build.tables`: one builder per table, with the checks on the source files.
"""
