"""The briefing's options as the command line offers them: apart from model.py so that registering the
`brief` command at every CLI start does not build the briefing's data model (~15 ms)."""

REDACTIONS = ("standard", "strict")
DEFAULT_CLASSIFICATION = "STRICTLY CONFIDENTIAL"
