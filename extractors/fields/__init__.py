"""Field components: each field family is one spaCy pipeline component (see pipeline.cfg)."""

from plankb.extractors.fields import (  # noqa: F401  (importing registers the factories)
    assignments,
    consolidated,
    deadlines,
    header,
    identity,
    layout,
    model_areas,
    recipients,
    references,
    sections,
    signature,
)
