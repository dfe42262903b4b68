"""Dialogs: the API key, the connection and the spending cap."""
