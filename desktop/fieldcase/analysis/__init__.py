"""Risk signals, officer assessments, action points and SDG indicator counts.

Pure functions over frozen rows: no SQLAlchemy, no Qt. The store fetches the rows
(store/analysis_rows.py), the services put the pieces together (services/analysis.py).
"""
