"""Every title and fixed label of the briefing's RMR sections, in one place.

Issue 12 routes the briefing's text through a translation function: each string here goes through `tr`
(English as written until then), so a translation catalogue can key on the English text.
"""

from __future__ import annotations


def tr(text: str) -> str:
    """The identity until the briefing is translated (the English text is the translation id)."""
    return text


# section titles
RISK_MOVES = "Risk areas that moved since last month"
EARLY_WARNING = "Early warning"
REPRISALS = "Suspected reprisals for cooperation with the UN"
ATROCITY = "Atrocity-crime risk factors (Framework of Analysis)"
RECOMMENDATIONS = "Mechanism recommendations by risk area"
FOLLOW_UP = "Follow-up since {previous}"
OUTLOOK = "Outlook and recommendations to the RMR"
TO_RMR = "Recommendations to the Regional Monthly Review"
PROVINCE_LEVELS = "Levels by province: last month and this month"

# sub-headings of the narrative section
OPPORTUNITIES = "Opportunities and entry points"
MITIGATING = "Mitigating factors"
OUTLOOK_TEXT = "Outlook"

# table columns
COL_AREA = "Risk area"
COL_LAST = "Last month"
COL_THIS = "This month"
COL_CHANGE = "Change"
COL_PROVINCE = "Province"
COL_DATE = "Date"
COL_PLACE = "Place"
COL_SOURCE = "Source type"
COL_SIGNAL = "Signal"
COL_EARLY_ACTION = "Proposed early action"
COL_PERSON = "Person"
COL_MECHANISM = "Cooperated with"
COL_CONSENT = "Consent"
COL_REFERRAL = "Referral to the reprisals focal point"
COL_FACTOR = "Risk factor"
COL_RECORDS = "Records"
COL_LATEST = "Latest"
COL_REFERENCE = "Reference"
COL_RECOMMENDATION = "Recommendation"
COL_RESPONSE = "State's response"
COL_STATE = "State"
COL_ACTION = "Action point"
COL_OWNER = "Owner"
COL_DUE = "Due"
COL_WHAT = "What changed"

# change marks and follow-up states
UP, DOWN, SAME = "up", "down", "="
FOLLOW_NEW, FOLLOW_DONE, FOLLOW_DROPPED = "New", "Done", "Dropped"
FOLLOW_OVERDUE, FOLLOW_PROGRESS, FOLLOW_OPEN = "OVERDUE", "In progress", "Unchanged, open"

# fixed sentences
NO_RECORDS = "None recorded for this period and scope."
NO_MOVES = "No risk area changed level since last month."
NO_RATIONALE = "No officer rationale recorded: the computed signal moved."
NOT_WRITTEN = "Not written for this month."
NOT_PREDICTION = "Not a prediction."
ATROCITY_CAVEAT = ("Risk factors are not predictions: not every factor needs to be present for atrocity crimes to "
                   "occur, and their presence does not establish that atrocity crimes are occurring or will occur "
                   "(UN Framework of Analysis for Atrocity Crimes, 2014). Counts are of this month's records tagged "
                   "with the factor or one of its indicators.")
REPRISAL_NOTE = ("People appear under their pseudonym unless they consented to be named. Referral: a case is "
                 "referred to the reprisals focal point only with the person's consent (HRC resolution 12/2 and "
                 "the Secretary-General's reports on cooperation with the UN).")
EARLY_WARNING_NOTE = ("Each record flagged as an early-warning signal this month, and each Special Procedures "
                      "communication dated this month, with the early action proposed. Places are shown at the "
                      "briefing's redaction level.")
FOLLOW_UP_NOTE = ("Every action point that changed since the previous briefing period, or is still open: new, done "
                  "(with its outcome), dropped (with the reason), overdue (marked), in progress or unchanged.")
RECOMMENDATIONS_NOTE = ("Recommendations and communications of UN human rights mechanisms linked to each risk area "
                        "(by the officer or through an action point), with the State's response.")
SP_COMMUNICATION = "Special Procedures communication"
CONSENT_NAMED = "named with consent"
CONSENT_PSEUDONYM = "no naming consent (pseudonym)"
REFERRAL_YES = "consent given: may be referred"
REFERRAL_NO = "no consent: not referred"
CROSS_BORDER = "cross-border ({country})"

# the regional review at HQ
REGION_COUNTRIES = "Countries of the region"
REGIONAL_SUMMARY = "Regional summary"
CROSS_BORDER_TITLE = "Cross-border incidents and signals"
COL_COUNTRIES = "Countries"
COUNTRY_LINE = "{records} records this month: {incidents} incidents, {warnings} early-warning signals."

# sentences with values: English templates with named fields (the template is the translation id)
MOVE = "{area}: {direction} from {before} to {now}. {why}"
WHAT_OUTCOME = "Outcome ({day}): {note}"
WHAT_REASON = "Reason ({day}): {note}"
WHAT_OVERDUE = "Due {due}, {days} days overdue at the end of the month"
WHAT_OPENED = "Opened {day}"
WHAT_STATUS = "{before} to {now} ({day})"
WHAT_OPEN_SINCE = "Open since {day}"
REGION_COUNTS = "{count} countries: {each}."
REGION_COUNTRY = "{name} {records} records, {incidents} incidents, {warnings} early-warning signals"
REGION_HIGH = "{area}: high or very high in {where}."
REGION_MOVED = "Moved since last month: {moves}."
REGION_MOVE = "{name}: {area} {direction} from {before} to {now}"
REGION_NONE_MOVED = "no area changed level"
REGION_CROSSING = "Cross-border incidents and signals: {count}{pairs}."
