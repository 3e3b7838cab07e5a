"""plankb extraction: readers, normalization, layout and field components."""

__version__ = "0.1.0"
