"""Signed PDF briefings for headquarters: data model, source protection, layout, signing, verification.

Nothing here touches the store or Qt: `services/briefing.py` assembles a `BriefingData` from the
workspace, `redaction` applies source protection, `layout` renders it with reportlab, and `sign` /
`verify` wrap pyHanko.
"""
