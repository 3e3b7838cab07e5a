"""The record plankb extracts, its code lists and its JSON Schema."""
