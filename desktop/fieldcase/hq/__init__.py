"""The HQ side: a keyset (age identities + a small CA), enrolment, import of officers' packages,
replies to officers, and the regional briefing over all of them.

The HQ store is an ordinary encrypted Workspace (marked with meta role=hq): its revisions come from
many officers, and `sync_revision_origin` says which officer wrote each one under which number.
"""
