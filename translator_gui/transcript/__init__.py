"""Captions, pure Python: segmentation into lines, the transcript journal on disk."""
