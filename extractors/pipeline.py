"""Builds the spaCy pipeline from configuration (pipeline.cfg) plus installed plugins.

Default extraction needs no model and no pyvi: the default tokenizer makes the whole text one
token, since every component works on characters and the Layout, and spaCy's Vietnamese
tokenizer without pyvi is far too slow for whole documents.
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

from plankb.extractors.fields.base import check_order

DEFAULT_CONFIG = Path(__file__).with_name("pipeline.cfg")
COMPONENT_GROUP = "plankb.components"
_TOKENS = re.compile(r"\S+|\s+")


class DocumentTokenizer:
    """The whole text as one token: the default. Field components read characters and the
    Layout, not tokens, and every new token string costs spaCy a lexeme (shape, flags, a
    StringStore entry): one per line cost more than all the extraction. doc.text is exactly the
    input; a plugin that needs words chooses the whitespace tokenizer in its config."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return Doc(self.vocab, words=[text], spaces=[False]) if text else Doc(self.vocab, words=[])


@spacy.registry.tokenizers("plankb.document_tokenizer.v1")
def create_document_tokenizer():
    def make(nlp: Language) -> DocumentTokenizer:
        # The one token is the whole text: its lexical attributes (shape, like_num, ...) mean
        # nothing, and computing them over the whole text cost more than reading a layout.
        nlp.vocab.lex_attr_getters = {}
        return DocumentTokenizer(nlp.vocab)

    return make


class WhitespaceTokenizer:
    """Tokens are runs of non-space, for a plugin whose component needs words (choose it in a
    config with ``@tokenizers = "plankb.whitespace_tokenizer.v1"``); doc.text is exactly the input."""

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


@dataclass
class PluginComponent:
    name: str  # the spaCy factory name
    origin: str  # distribution and version
    error: str | None = None  # why it could not be loaded


@lru_cache(maxsize=1)
def plugin_components() -> tuple[PluginComponent, ...]:
    """Each component a plugin package declares; one that fails to load is reported, not fatal."""
    found = []
    for ep in entry_points(group=COMPONENT_GROUP):
        dist = getattr(ep, "dist", None)
        origin = f"{dist.name} {dist.version}" if dist is not None else ep.value
        try:
            ep.load()  # importing the plugin registers its factory with spaCy
        except Exception as exc:
            found.append(PluginComponent(ep.name, origin, f"{type(exc).__name__}: {exc}"))
            continue
        error = None if Language.has_factory(ep.name) else f"loading it registered no factory named {ep.name!r}"
        found.append(PluginComponent(ep.name, origin, error))
    return tuple(found)


@lru_cache(maxsize=4)
def load_pipeline(config_path: str | None = None) -> Language:
    """The default pipeline plus installed plugins; a config file given explicitly is taken as it is."""
    import plankb.extractors.fields  # noqa: F401  (registers the built-in factories)

    config = spacy.util.load_config(config_path or DEFAULT_CONFIG)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.max_length = 10**9  # no parser or NER: length costs only linear time
    if config_path is None:
        for plugin in plugin_components():
            if plugin.error is None and plugin.name not in nlp.pipe_names:
                nlp.add_pipe(plugin.name)
    check_order(nlp.pipe_names)  # a component that reads what a later one writes: refused, naming both
    return nlp


def describe_components(config_path: str | None = None) -> list[ComponentInfo]:
    nlp = load_pipeline(config_path)
    plugins = {p.name: p for p in plugin_components()}
    described = [ComponentInfo(name, plugins[name].origin if name in plugins else "plankb (built-in)", True) for name in nlp.pipe_names]
    described += [
        ComponentInfo(p.name, f"{p.origin} (failed to load: {p.error})" if p.error else f"{p.origin} (not in this config)", False)
        for p in plugins.values()
        if p.name not in nlp.pipe_names
    ]
    return described
