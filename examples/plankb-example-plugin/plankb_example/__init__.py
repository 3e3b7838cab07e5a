"""Example plankb plugin: the ``plankb_example_phones`` component and the ``.plain`` reader."""

__version__ = "0.1.0"
