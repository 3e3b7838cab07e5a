"""Builds the spaCy pipeline from configuration (pipeline.cfg) plus installed plugins.

Default extraction needs no model and no pyvi: the tokenizer only splits on white space, since
every component works on characters and the Layout, and spaCy's Vietnamese tokenizer without
pyvi is far too slow for whole documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

DEFAULT_CONFIG = Path(__file__).with_name("pipeline.cfg")
COMPONENT_GROUP = "plankb.components"
_TOKENS = re.compile(r"\S+|\s+")


class WhitespaceTokenizer:
    """Tokens are runs of non-space; doc.text is exactly the input, so offsets stay valid."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for m in _TOKENS.finditer(text):
            tok = m.group(0)
            if tok[0].isspace() and words and not spaces[-1] and not words[-1][0].isspace():
                if tok == " ":
                    spaces[-1] = True
                    continue
                if tok[0] == " ":
                    spaces[-1] = True
                    tok = tok[1:]
            words.append(tok)
            spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)


@spacy.registry.tokenizers("plankb.whitespace_tokenizer.v1")
def create_whitespace_tokenizer():
    def make(nlp: Language) -> WhitespaceTokenizer:
        return WhitespaceTokenizer(nlp.vocab)

    return make


@dataclass
class ComponentInfo:
    name: str
    origin: str
    in_pipeline: bool


def plugin_components() -> list[tuple[str, str]]:
    """(factory name, distribution) for each component a plugin package declares."""
    found = []
    for ep in entry_points(group=COMPONENT_GROUP):
        ep.load()  # importing the plugin registers its factory with spaCy
        dist = getattr(ep, "dist", None)
        found.append((ep.name, f"{dist.name} {dist.version}" if dist is not None else ep.value))
    return found


@lru_cache(maxsize=4)
def load_pipeline(config_path: str | None = None, with_plugins: bool = True) -> Language:
    import extractors.fields  # noqa: F401  (registers the built-in factories)

    config = spacy.util.load_config(config_path or DEFAULT_CONFIG)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.max_length = 10**9  # no parser or NER: length costs only linear time
    if with_plugins:
        for name, _origin in plugin_components():
            if name not in nlp.pipe_names:
                nlp.add_pipe(name)
    return nlp


def describe_components(config_path: str | None = None) -> list[ComponentInfo]:
    nlp = load_pipeline(config_path)
    plugins = dict(plugin_components())
    return [ComponentInfo(name, plugins.get(name, "plankb (built-in)"), True) for name in nlp.pipe_names]
