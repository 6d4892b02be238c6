"""resolve: validated models → one knowledge graph that every renderer reads."""

from generator.resolve.graph import KnowledgeGraph, StepRef, resolve

__all__ = ["KnowledgeGraph", "StepRef", "resolve"]
