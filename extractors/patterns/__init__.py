"""Pattern tables: document types, issuer codes, role verbs, areas, date forms, places (one place each)."""
