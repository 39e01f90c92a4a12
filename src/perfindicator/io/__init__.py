"""File formats at the edge: reading files from disk into documents.

The only part of the library (with the command line) that touches the file system. Imports
documents and everything below.
"""

from perfindicator.io.text import decode, read_text, read_utf8

__all__ = ["decode", "read_text", "read_utf8"]
