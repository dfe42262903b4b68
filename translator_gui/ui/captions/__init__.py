"""What a person reads: the caption bar, the live caption panel, caption style and fonts."""
