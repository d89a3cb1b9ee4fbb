"""factcheck: a keyboard-driven terminal workbench for fact-checking news articles across languages."""

__version__ = "0.1.0"
