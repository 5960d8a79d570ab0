"""Use-case facades that the CLI and the UI call."""
