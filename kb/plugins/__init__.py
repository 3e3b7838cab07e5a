"""The Datasette plugin of plankb (registered by the "datasette" entry point)."""
