"""Court-ready evidence packages for one case (issue 18): Qt-free, store-free core.

A package is a BagIt bag (RFC 8500, written and checked through the `bagit` library) whose payload
holds the case's attachments bit-exact, every revision as RFC 8785 JSON, the audit entries that
concern the case with the hashes that chain them to the log's head, and a PAdES-signed PDF summary;
the tag manifest carries a detached CMS signature by the officer that `openssl cms -verify` checks.

layout.py   names of the files inside a package (the one place they are spelled)
chain.py    the audit excerpt: its JSON form and its check (the hash rule of store/audit.py)
redact.py   redaction of a revision's JSON and the leak check run before anything is written
cms.py      the officer's detached CMS signature: made with `cryptography`, checked with pyHanko
summary.py  the PDF summary (reportlab, the briefing's fonts, styles and signature spot)
bag.py      staging, bagging, signing, zipping and age encryption
verify.py   `fieldcase evidence verify`: every check, and what the package says it withheld
"""
