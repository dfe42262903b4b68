"""The meeting: both directions of translation, their devices, transcript and cost — no Qt."""
