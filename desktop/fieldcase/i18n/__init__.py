"""Translation support outside Qt: the error-message catalogue scan and the briefing's own catalogue."""
