"""Normalised views of a text with an exact map back to the original (interface stub; being built)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NormalizedText", "Normalizer"]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    original: str
    folded: str
    text: str

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return start, end


class Normalizer:
    def __init__(self, *, join_vocabulary: frozenset[str] = frozenset()) -> None:
        self.join_vocabulary = join_vocabulary

    def __call__(self, text: str) -> NormalizedText:
        low = text.lower() if len(text.lower()) == len(text) else text
        return NormalizedText(original=text, folded=low, text=low)
