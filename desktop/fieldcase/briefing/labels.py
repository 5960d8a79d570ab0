"""Every title and fixed label of the briefing's RMR sections, in one place.

Each is marked with `N_` (the briefing catalogue's test collects it) and translated where it is shown with
`tr` (fieldcase.i18n.briefing_text): the English text is the id in resources/translations/briefing_<lang>.json.
"""

from __future__ import annotations

from ..i18n.briefing_text import N_, tr

__all__ = ["N_", "tr"]  # with every constant below


# section titles
RISK_MOVES = N_("Risk areas that moved since last month")
EARLY_WARNING = N_("Early warning")
REPRISALS = N_("Suspected reprisals for cooperation with the UN")
ATROCITY = N_("Atrocity-crime risk factors (Framework of Analysis)")
RECOMMENDATIONS = N_("Mechanism recommendations by risk area")
FOLLOW_UP = N_("Follow-up since {previous}")
OUTLOOK = N_("Outlook and recommendations to the RMR")
TO_RMR = N_("Recommendations to the Regional Monthly Review")
PROVINCE_LEVELS = N_("Levels by province: last month and this month")

# sub-headings of the narrative section
OPPORTUNITIES = N_("Opportunities and entry points")
MITIGATING = N_("Mitigating factors")
OUTLOOK_TEXT = N_("Outlook")

# table columns
COL_AREA = N_("Risk area")
COL_LAST = N_("Last month")
COL_THIS = N_("This month")
COL_CHANGE = N_("Change")
COL_PROVINCE = N_("Province")
COL_DATE = N_("Date")
COL_PLACE = N_("Place")
COL_SOURCE = N_("Source type")
COL_SIGNAL = N_("Signal")
COL_EARLY_ACTION = N_("Proposed early action")
COL_PERSON = N_("Person")
COL_MECHANISM = N_("Cooperated with")
COL_CONSENT = N_("Consent")
COL_REFERRAL = N_("Referral to the reprisals focal point")
COL_FACTOR = N_("Risk factor")
COL_RECORDS = N_("Records")
COL_LATEST = N_("Latest")
COL_REFERENCE = N_("Reference")
COL_RECOMMENDATION = N_("Recommendation")
COL_RESPONSE = N_("State's response")
COL_STATE = N_("State")
COL_ACTION = N_("Action point")
COL_OWNER = N_("Owner")
COL_DUE = N_("Due")
COL_WHAT = N_("What changed")

# change marks and follow-up states
UP, DOWN, SAME = N_("up"), N_("down"), "="
FOLLOW_NEW, FOLLOW_DONE, FOLLOW_DROPPED = N_("New"), N_("Done"), N_("Dropped")
FOLLOW_OVERDUE, FOLLOW_PROGRESS, FOLLOW_OPEN = N_("OVERDUE"), N_("In progress"), N_("Unchanged, open")

# fixed sentences
NO_RECORDS = N_("None recorded for this period and scope.")
NO_MOVES = N_("No risk area changed level since last month.")
NO_RATIONALE = N_("No officer rationale recorded: the computed signal moved.")
NOT_WRITTEN = N_("Not written for this month.")
ATROCITY_CAVEAT = N_("Risk factors are not predictions: not every factor needs to be present for atrocity crimes to "
                     "occur, and their presence does not establish that atrocity crimes are occurring or will occur "
                     "(UN Framework of Analysis for Atrocity Crimes, 2014). Counts are of this month's records tagged "
                     "with the factor or one of its indicators.")
REPRISAL_NOTE = N_("People appear under their pseudonym unless they consented to be named. Referral: a case is "
                   "referred to the reprisals focal point only with the person's consent (HRC resolution 12/2 and "
                   "the Secretary-General's reports on cooperation with the UN).")
EARLY_WARNING_NOTE = N_("Each record flagged as an early-warning signal this month, and each Special Procedures "
                        "communication dated this month, with the early action proposed. Places are shown at the "
                        "briefing's redaction level.")
FLAGGED_UNLISTED = N_("Not listed here: {count} further records flagged this month; the {listed} most serious are "
                      "listed (highest severity first, then the most recent). Every figure counts them all, and the "
                      "annex's complete list (--annex-csv) holds every record of the month.")
FOLLOW_UP_NOTE = N_("Every action point that changed since the previous briefing period, or is still open: new, done "
                    "(with its outcome), dropped (with the reason), overdue (marked), in progress or unchanged.")
RECOMMENDATIONS_NOTE = N_("Recommendations and communications of UN human rights mechanisms linked to each risk area "
                          "(by the officer or through an action point), with the State's response.")
SP_COMMUNICATION = N_("Special Procedures communication")
CONSENT_NAMED = N_("named with consent")
CONSENT_PSEUDONYM = N_("no naming consent (pseudonym)")
REFERRAL_YES = N_("consent given: may be referred")
REFERRAL_NO = N_("no consent: not referred")
CROSS_BORDER = N_("cross-border ({country})")

# the regional review at HQ
REGION_COUNTRIES = N_("Countries of the region")
REGIONAL_SUMMARY = N_("Regional summary")
CROSS_BORDER_TITLE = N_("Cross-border incidents and signals")
COL_COUNTRIES = N_("Countries")
COUNTRY_LINE = N_("{records} records this month: {incidents} incidents, {warnings} early-warning signals.")

# plain keys the indicator tables count by that are not framework ids (schema enums, the perpetrator side)
PLAIN_KEYS = {
    "vs.reported": N_("Reported (unverified)"), "state": N_("State actor"), "non_state": N_("Non-State actor"),
    "female": N_("Female"), "male": N_("Male"), "other": N_("Other"), "unknown": N_("Unknown"),
    "child": N_("Child"), "adult": N_("Adult"), "elderly": N_("Elderly"),
}
