"""Frozen dataclasses passed between layers (never ORM objects) and pure rules."""
