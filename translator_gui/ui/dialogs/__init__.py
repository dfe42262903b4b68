"""Dialogs: the API key and the connection."""
