"""The kinds of realtime session: each says only how it differs from ``session.RealtimeSession``."""
