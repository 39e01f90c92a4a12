"""Real declaration-form templates as data (`forms`) and the projects they must read as (`expected`).

The tables are laid out as the published forms are (header spellings exactly as published);
`tests/writers` writes them to every file format, and `scripts/build_fixtures.py` keeps the
written files under `examples/forms/templates/`.
"""
