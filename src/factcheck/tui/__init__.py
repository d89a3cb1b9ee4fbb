"""The Textual workbench. Nothing outside this package imports Textual."""
