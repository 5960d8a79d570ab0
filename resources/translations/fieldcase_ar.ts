<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>ActDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="119" />
            <source>Victim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="124" />
            <source>%1 (not a victim under People)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="129" />
            <source>No victims yet: add them under People (role Victim)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="130" />
            <source>Victim *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="133" />
            <source>Type of act — type to search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="134" />
            <source>Type of act</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="142" />
            <source>Type of act *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="147" />
            <source>Add another perpetrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="159" />
            <source>Perpetrators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="164" />
            <source>Linked to the victim's work (as journalist, trade unionist or human rights defender)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="169" />
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="169" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="170" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="171" />
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="175" />
            <source>State failed in due diligence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="172" />
            <source>Did the State fail in its duty to prevent, protect against or investigate the act?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="178" />
            <source>What the finding rests on (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="179" />
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="180" />
            <source>Due-diligence rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="182" />
            <source>Fate or whereabouts concealed (after a deprivation of liberty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="191" />
            <source>SDG 16.10.1 type, derived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="192" />
            <source>Derived from the act type, the perpetrators and the due-diligence finding. It counts for SDG 16.10.1 only if the act was linked to the victim's work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="199" />
            <source>SDG 16.10.1 type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="202" />
            <source>Analyst override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="206" />
            <source>Override type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="207" />
            <source>No override: use the derived type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="210" />
            <source>Does not qualify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="213" />
            <source>Why the derived type does not fit (required with an override)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="215" />
            <source>Override rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="217" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="218" />
            <source>Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="334" />
            <source>Choose the victim (people with the role Victim, under People).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="336" />
            <source>Choose a type of act from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="338" />
            <source>Choose each category from the list, or leave it empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionPointDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="32" />
            <source>New action point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="35" />
            <source>For the risk area: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="43" />
            <source>A person, team or agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="47" />
            <source>e.g. UPR:XTV:4:A/HRC/58/12:128.26; AL XTV 3/2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="51" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="52" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="53" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="54" />
            <source>References</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="55" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Acts</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="30" />
            <source>State agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="31" />
            <source>Acting with State acquiescence or support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="32" />
            <source>Non-State actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="33" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="40" />
            <source>Does not qualify: SDG 16.10.1 does not count this type of act</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="41" />
            <source>Does not qualify: no due-diligence finding for a non-State perpetrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="43" />
            <source>Does not qualify: non-State perpetrator, and the State did not fail in due diligence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="45" />
            <source>Does not qualify: the perpetrator is unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="46" />
            <source>Does not qualify: torture counts only by a State agent or with State acquiescence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="48" />
            <source>Does not qualify: other harmful acts count only by a State agent or with State acquiescence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="51" />
            <source>Does not qualify (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="56" />
            <source>Does not qualify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="63" />
            <source>Choose the type of act</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="73" />
            <source>✎ %1 (analyst override)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="79" />
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="80" />
            <source>State failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="80" />
            <source>State did not fail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="95" />
            <source>The victim “%1” is not one of this record's people: add them under People, or choose another victim.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="99" />
            <source>“%1” is listed under People, but not with the role Victim.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="108" />
            <source>An analyst override needs a rationale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="112" />
            <source>Act %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="115" />
            <source>Victim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="115" />
            <source>Act type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="116" />
            <source>Analyst override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="117" />
            <source>Due-diligence rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="120" />
            <source>Perpetrator %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActsTable</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="132" />
            <source>Victim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="133" />
            <source>Act</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="134" />
            <source>Perpetrators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="137" />
            <source>Linked to work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="137" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="137" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>State due diligence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="139" />
            <source>SDG 16.10.1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="142" />
            <source>Add act…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="143" />
            <source>One act against one victim. The SDG 16.10.1 type is derived from what you record; an analyst may override it, with a rationale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="149" />
            <source>Acts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="213" />
            <source>Add an act</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="213" />
            <source>Edit act %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="51" />
            <source>Select a cell of the grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="56" />
            <source>Officer's assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="60" />
            <source>No data: choose a level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="65" />
            <source>Choose a trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="70" />
            <source>Why this level: a sentence or two (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="73" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="74" />
            <source>Trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="75" />
            <source>Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="81" />
            <source>Save assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="87" />
            <source>Records in this cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="97" />
            <source>Action points for this risk area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="104" />
            <source>Add action point…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="121" />
            <source>No data: no records for this area in the month, so nothing is suggested. An empty month is not evidence of low risk; set a level only from what you know outside the records.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="125" />
            <source>Computed from %n record(s) (%2 verified): suggests %3, %4 (score %5).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="137" />
            <source>Not assessed yet: the suggestion is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="138" />
            <source>Assessed: agrees with the suggestion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="139" />
            <source>Assessed: overrides the suggestion (kept in the audit log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="141" />
            <source>Not assessed yet: no data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="142" />
            <source>Assessed from outside the records (no data in the month; kept in the audit log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="146" />
            <source>Records changed since it was set: review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="159" />
            <source>… and %1 more (filter the case list to see them all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="171" />
            <source>None yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="184" />
            <source>Choose a level and a trend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="187" />
            <source>A rationale is required: say in a sentence or two why.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentPreview</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="28" />
            <source>Preview: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="32" />
            <source>%1 · %2 · SHA-256 %3 (matches the intake record)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="43" />
            <source>Decrypted in memory for this preview only; nothing was written to disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="76" />
            <source>There is no preview for this type of file. It stays encrypted in the workspace; export it to open it in another program.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="51" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="51" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="51" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="52" />
            <source>SHA-256 (at intake)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="52" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="71" />
            <source>Add file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="74" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="77" />
            <source>Copy SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="89" />
            <source>Save the record first; then you can attach files to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="91" />
            <source>Files are encrypted into the workspace when attached. The SHA-256 is taken from the original at intake, for the chain of custody. Previews are decrypted in memory only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="123" />
            <source>SHA-256 of %1 at intake:
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="133" />
            <source>Choose a file to attach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="154" />
            <source>Encrypting and attaching %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="168" />
            <source>Decrypting the preview…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Risk areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Sev.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="170" />
            <source>Severity, 1 (minor) to 5 (very grave)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="56" />
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="115" />
            <source>Case files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="60" />
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="147" />
            <source>Drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="62" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="63" />
            <source>Import records from a .json or .csv file (all or nothing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="65" />
            <source>New community information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="67" />
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="69" />
            <source>Record a new incident (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="118" />
            <source>No records match these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="146" />
            <source>Drafts (%1)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="160" />
            <source>%n record(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="163" />
            <source>%n record(s) match</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="209" />
            <source>Imported %n record(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="171" />
            <source>%1 of %2 records match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="197" />
            <source>Import records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="200" />
            <source>Records (*.json *.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="215" />
            <source>… and %1 more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="219" />
            <source>Import cancelled; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="220" />
            <source>Importing %1…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="31" />
            <source>Change the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="36" />
            <source>The store is not re-encrypted: the workspace key is wrapped again under the new passphrase. The recovery key keeps working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="47" />
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="48" />
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="50" />
            <source>Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="60" />
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="73" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="77" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="80" />
            <source>The two new passphrases differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="94" />
            <source>Changing the passphrase…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChoiceList</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="102" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="138" />
            <source>Choose a value from the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreateForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="28" />
            <source>Create a new workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="29" />
            <source>A workspace is a folder holding your encrypted case files. Only this passphrase (or the recovery key shown next) can open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="37" />
            <source>Choose an empty folder for the workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="38" />
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="41" />
            <source>Shown in the revision history of every record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="42" />
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="43" />
            <source>Several unrelated words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="46" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="49" />
            <source>The same passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="53" />
            <source>Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="61" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="63" />
            <source>Create workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="85" />
            <source>Choose a folder for the workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="87" />
            <source>This folder is not empty: choose a new or empty folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="89" />
            <source>Enter your name: it is recorded with every change you make.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="91" />
            <source>The passphrase is too short: use at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="93" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="95" />
            <source>The two passphrases differ: type the same passphrase twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="112" />
            <source>Creating the encrypted workspace…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftsDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="29" />
            <source>Unsaved drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="34" />
            <source>Changes are kept here, encrypted, until they are saved as a revision or discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="40" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="40" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="40" />
            <source>Last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="48" />
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="50" />
            <source>(never saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="58" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="60" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="21" />
            <source>Record type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="24" />
            <source>Information type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="27" />
            <source>Required for community information; not used for incidents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="31" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="33" />
            <source>A short, factual title (3–300 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="37" />
            <source>Narrative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="39" />
            <source>What happened, in order; who reported it; what is still unclear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="42" />
            <source>Follow-up status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="46" />
            <source>Confidentiality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="52" />
            <source>Flag as an early-warning signal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="54" />
            <source>Suspected reprisal for cooperation with the UN (HRC res. 12/2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="63" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="67" />
            <source>As precisely as it is known: a day, a month or a year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="71" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="74" />
            <source>For events that lasted: the last day, month or year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="76" />
            <source>Reported on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="79" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="81" />
            <source>ISO 3166 code, e.g. XTV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="83" />
            <source>Region (admin 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="85" />
            <source>Region P-code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="85" />
            <source>e.g. XT02</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="87" />
            <source>District (admin 2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="90" />
            <source>District P-code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="91" />
            <source>e.g. XT0202</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="95" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="96" />
            <source>Village, neighbourhood, site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="98" />
            <source>Latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="99" />
            <source>Longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="102" />
            <source>Precision (metres)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="104" />
            <source>Radius within which the true location lies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="113" />
            <source>Verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="119" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="122" />
            <source>Alleged perpetrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="126" />
            <source>Type to search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="130" />
            <source>Perpetrator status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="141" />
            <source>Killed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="142" />
            <source>Injured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="143" />
            <source>Abducted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="144" />
            <source>Displaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="147" />
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="149" />
            <source>Community information: how many people were present.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="156" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="298" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="159" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="299" />
            <source>Pseudonym</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="161" />
            <source>A code used in reports, e.g. V-014</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="165" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="300" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="167" />
            <source>Kept encrypted; leave empty unless needed. Never in exports without consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="169" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="243" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="324" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="170" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="247" />
            <source>Age group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="171" />
            <source>Victim group (SDG 16.10.1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="174" />
            <source>Cooperated with the UN through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="178" />
            <source>Reprisal suspected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="181" />
            <source>At risk if identified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="183" />
            <source>Protection concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="187" />
            <source>Consents to being named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="189" />
            <source>The person agreed to be named in reports to headquarters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="193" />
            <source>Consents to referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="195" />
            <source>The person agreed to referral, e.g. to the UN reprisals focal point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="197" />
            <source>Consent recorded on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="205" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="313" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="207" />
            <source>Who or what: a code, not a full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="210" />
            <source>Type of source material</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="214" />
            <source>Source reliability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="222" />
            <source>Credibility of this information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="231" />
            <source>Connection to the information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="241" />
            <source>Number of deaths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="255" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="326" />
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="263" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="327" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="288" />
            <source>at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="290" />
            <source>reprisal suspected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="293" />
            <source>may be named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="293" />
            <source>no naming consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="302" />
            <source>Sex / age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="307" />
            <source>Protection and consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="314" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="315" />
            <source>Reliability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="316" />
            <source>Credibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="317" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="323" />
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="325" />
            <source>Age</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="94" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="563" />
            <source>Fieldcase — case editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="116" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="564" />
            <source>Restore the draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="117" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="565" />
            <source>Discard the draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="141" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="566" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="143" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="567" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="145" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="568" />
            <source>Save a new revision (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="181" />
            <source>Show names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="182" />
            <source>person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="184" />
            <source>Use a pseudonym in reports. A name is stored encrypted and shown only here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="188" />
            <source>Copy name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="189" />
            <source>Copy the selected person's name; the clipboard is cleared after 30 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="196" />
            <source>source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="199" />
            <source>deaths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="200" />
            <source>Violation type — type to search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="202" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="210" />
            <source>Violation and abuse types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="212" />
            <source>Risk tags (CCA risk areas, atrocity risk factors)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="218" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="218" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="219" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="221" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="225" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="265" />
            <source>Related to an armed conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="222" />
            <source>International or non-international armed conflict, as international humanitarian law defines it. The deaths count for SDG 16.1.2 only when this is Yes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="230" />
            <source>Conflict-related deaths (SDG 16.1.2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="236" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="236" />
            <source>When &amp;&amp; where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="237" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="237" />
            <source>Acts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="238" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="239" />
            <source>Classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="240" />
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="240" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="269" />
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="241" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="256" />
            <source>Victim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="256" />
            <source>Type of act</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="257" />
            <source>Perpetrator's relation to the State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="258" />
            <source>Perpetrator category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="259" />
            <source>Linked to the victim's work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="260" />
            <source>State failed in due diligence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="261" />
            <source>Due-diligence rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="262" />
            <source>Fate or whereabouts concealed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="263" />
            <source>SDG 16.10.1 override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="264" />
            <source>Override rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="264" />
            <source>Act</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="266" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="266" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="266" />
            <source>Deaths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="267" />
            <source>Risk tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="267" />
            <source>Attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="268" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="268" />
            <source>Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="269" />
            <source>Violation types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="345" />
            <source>Community information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="345" />
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="346" />
            <source>New: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="348" />
            <source>%1 · revision %2 · saved by %3, %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="352" />
            <source>%1 · not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="354" />
            <source>the title contains invisible direction-control characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="361" />
            <source>Name copied; the clipboard will be cleared in 30 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="384" />
            <source>Person %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="384" />
            <source>Source %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="384" />
            <source>Deaths row %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="385" />
            <source>Tag %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="385" />
            <source>Violation type %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="429" />
            <source>Not saved: %n problem(s) to fix, marked in red.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="436" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="452" />
            <source>Saved as revision %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="463" />
            <source>Not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="484" />
            <source>Attached %1 (revision %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="505" />
            <source>Draft saved (encrypted) at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="516" />
            <source>Unsaved changes from %1 were kept as an encrypted draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="517" />
            <source>an earlier session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="532" />
            <source>Draft restored; save to keep it as a new revision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="585" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="586" />
            <source>This record has changes that are not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="587" />
            <source>Save them as a new revision, or discard them?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportBriefingDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="121" />
            <source>Export briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="135" />
            <source>A signed PDF for headquarters. People, sources and coordinates are protected as described under Redaction; check the preview before exporting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="144" />
            <source>Briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="157" />
            <source>Country-wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="168" />
            <source>The marking printed on every page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="169" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="170" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="171" />
            <source>Classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="177" />
            <source>Standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="179" />
            <source>Strict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="184" />
            <source>Withholds the names of people who did not consent to be named (their pseudonym is shown), every source's identity and all coordinates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="186" />
            <source>Also withholds places below district level and exact days: dates are given to the month, in narratives too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="193" />
            <source>Redaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="197" />
            <source>What the briefing includes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="225" />
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="226" />
            <source>Risk matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="227" />
            <source>Withheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="240" />
            <source>Signed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="245" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="250" />
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="258" />
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="267" />
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="276" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="312" />
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="345" />
            <source>Updating the preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="322" />
            <source>Save the briefing as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="323" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="355" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="356" />
            <source>all regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="362" />
            <source>(self-signed: not yet enrolled with HQ)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="364" />
            <source>Certificate SHA-256 %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="378" />
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="378" />
            <source>Community reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="379" />
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="379" />
            <source>CSO reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="380" />
            <source>Early warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="380" />
            <source>Other information</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="381" />
            <source>%n record(s) in the month;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="382" />
            <source>%n key incident(s) described in full.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="389" />
            <source>Very high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="389" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="389" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="390" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="390" />
            <source>No data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="391" />
            <source>%n risk area(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="411" />
            <source>Enter a classification marking (it is printed on every page).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="414" />
            <source>The folder %1 does not exist: choose where to save the briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="421" />
            <source>Building the briefing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="435" />
            <source>Cancelled: no briefing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="444" />
            <source>Written to %1 (%2 pages, %3 records).
Signed by %4 at %5. The export is recorded in the workspace's export log. Document SHA-256:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="70" />
            <source>Search titles and narratives (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="74" />
            <source>All types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="75" />
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77" />
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77" />
            <source>Between dates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="87" />
            <source>All regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="88" />
            <source>All risk areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="89" />
            <source>Any violation type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="92" />
            <source>Any verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="93" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FolderField</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/common.py" line="49" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_dialog.py" line="51" />
            <source>Required.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeatDelegate</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="194" />
            <source>no data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="42" />
            <source>Select one revision to see what it changed, or two (Ctrl+click) to compare them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="50" />
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="50" />
            <source>Saved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="50" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="51" />
            <source>Content hash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="61" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="61" />
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="61" />
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="84" />
            <source>A new record has no history yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="155" />
            <source>(not set)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="162" />
            <source>Revision %1 created the record with %n field(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="165" />
            <source>Revision %1 → %2: %n field(s) changed.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="84" />
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="93" />
            <source>Country-wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="96" />
            <source>Include records not yet verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="97" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="97" />
            <source>12 months to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <source>SDG 16.10.1 — journalists, trade unionists and human rights defenders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="114" />
            <source>By violation type (most serious)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="114" />
            <source>By victim group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="115" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="120" />
            <source>By sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="115" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="120" />
            <source>By age group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="115" />
            <source>By sex and age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="116" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="121" />
            <source>By region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="116" />
            <source>By perpetrator (State / non-State)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="117" />
            <source>Left out, and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="117" />
            <source>By district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="119" />
            <source>SDG 16.1.2 — conflict-related deaths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="120" />
            <source>By cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="121" />
            <source>By status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="122" />
            <source>Deaths not counted, and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="172" />
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="189" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="190" />
            <source>verified records only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="190" />
            <source>including records not yet verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="191" />
            <source>%1, %2. Counting rules: OHCHR indicator metadata (a victim is counted once, under the most serious violation; the type is derived from each act).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="194" />
            <source>%n victim(s) in the 12 months</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="196" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="221" />
            <source>%1 in %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="203" />
            <source>non-State actor, State did not fail in due diligence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="204" />
            <source>non-State actor, due diligence not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="205" />
            <source>torture without a public official's involvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="206" />
            <source>other harmful act by a non-State actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="207" />
            <source>analyst override: does not qualify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="208" />
            <source>not marked as related to an armed conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="209" />
            <source>not related to an armed conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="210" />
            <source>State (incl. acquiescence)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="210" />
            <source>Non-State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="211" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="219" />
            <source>%n death(s) in the 12 months</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="198" />
            <source>record discounted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="198" />
            <source>not verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="199" />
            <source>not a journalist, trade unionist or defender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="200" />
            <source>act not linked to their work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="201" />
            <source>act type not covered by the indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="202" />
            <source>perpetrator unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/language_choice.py" line="17" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="46" />
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="182" />
            <source>Fieldcase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="91" />
            <source>Preparing the demo workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="102" />
            <source>Preparing the demo workspace (fictional records)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="146" />
            <source>Locked after a period without activity. Enter the passphrase to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="166" />
            <source>The workspace is locked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="28" />
            <source>Something unexpected stopped this action, and it was not completed. Your saved records are not affected. (Details are not shown because they could contain case data.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="39" />
            <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="56" />
            <source>Fieldcase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewRecoveryKeyDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="104" />
            <source>New recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="107" />
            <source>The old recovery key no longer works. Write this one down and keep it apart from this computer; it is not shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="119" />
            <source>I have written it down and will keep it safe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordEdit</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/password_edit.py" line="22" />
            <source>Show or hide the passphrase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PendingState</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="44" />
            <source>Risk board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="45" />
            <source>The risk board is not available in this installation: its analysis module is missing. Your records and their risk tags are unaffected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="53" />
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="54" />
            <source>The indicator tables are not available in this installation: the analysis module is missing. Your records are unaffected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PerpetratorRow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="56" />
            <source>Category (optional) — type to search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="58" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="68" />
            <source>Perpetrator %1: relation to the State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="69" />
            <source>Perpetrator %1: category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="70" />
            <source>Remove perpetrator %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="14" />
            <source>Ends before the date it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="15" />
            <source>Is before the incident's date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="16" />
            <source>Only for community information: leave it empty for an incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="19" />
            <source>Not a date: use YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="28" />
            <source>Required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="30" />
            <source>Too short: at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="32" />
            <source>Too long: at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="34" />
            <source>Must be at least %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="36" />
            <source>Must be at most %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="39" />
            <source>Use YYYY-MM-DD, YYYY-MM or YYYY.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="41" />
            <source>Use a real date as YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="43" />
            <source>Use the three capital letters of the ISO 3166 code, e.g. XTV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="45" />
            <source>A P-code is 2–3 capital letters and then digits, e.g. XT02.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="46" />
            <source>Not in the expected form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="48" />
            <source>Choose one of the listed values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="50" />
            <source>Not a valid value here (a number is expected?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="52" />
            <source>Listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="59" />
            <source>Not a real date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="61" />
            <source>Not in any installed framework.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeyView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="47" />
            <source>Write down your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="48" />
            <source>If you forget your passphrase, this key is the only way back into this workspace. It is shown only this once. Write it on paper and keep it apart from this computer — never in a file or a photo on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="61" />
            <source>I have written it down and will keep it safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="69" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryUnlockForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="122" />
            <source>Open with the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="123" />
            <source>Type the recovery key you wrote down when the workspace was created, and choose a new passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="129" />
            <source>Choose the workspace folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="130" />
            <source>Workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="134" />
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="135" />
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="138" />
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="140" />
            <source>The same passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="141" />
            <source>Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="146" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="148" />
            <source>Open and set the new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="167" />
            <source>Choose the workspace folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="169" />
            <source>Type the recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="171" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="174" />
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskBoardPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="87" />
            <source>No data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="93" />
            <source>Risk board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="99" />
            <source>Country-wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="109" />
            <source> months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="110" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="110" />
            <source>Up to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="111" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="115" />
            <source>Export briefing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="117" />
            <source>A signed PDF briefing of the month shown last, for headquarters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="138" />
            <source>Risk areas by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="176" />
            <source>Colour: suggested level (no data: no records, not low risk) · number: records · %1 · badge: the officer's level (≠ overrides the suggestion)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="218" />
            <source>%1: %n record(s) placed in the month, %3 without a risk area, %4 dated only to the year. Suggestions follow rule %5; the officer sets the level.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="208" />
            <source>Computing…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskGridModel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="143" />
            <source>No records: no data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="145" />
            <source>%n record(s), suggested %2, %3</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="149" />
            <source>; officer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="152" />
            <source>No data: no records for this area in the month (not a sign of low risk)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="154" />
            <source>Suggested: %1, %2 (score %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="157" />
            <source>Officer: %1, %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskTagsEditor</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="36" />
            <source>Risk area or indicator — type to search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="40" />
            <source>Why: the rationale for this tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="43" />
            <source>Add tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53" />
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53" />
            <source>Rationale (double-click to edit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="69" />
            <source>Remove tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="107" />
            <source>Choose a risk area or indicator from the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="74" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="76" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="77" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="136" />
            <source>Add: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="137" />
            <source>Edit: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="50" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="52" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="57" />
            <source>Applies at once and is remembered. Open editors keep what you have typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="61" />
            <source>Locking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="67" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="71" />
            <source>Lock after being idle for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="73" />
            <source>Lock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="76" />
            <source>Shortcut: Ctrl+L. Locking closes every window of the workspace and drops its keys from memory; unsaved edits are kept as encrypted drafts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="80" />
            <source>Window contents are never saved to disk. A name copied from a record is cleared from the clipboard after 30 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="84" />
            <source>Passphrase and recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="86" />
            <source>Change passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="88" />
            <source>Make a new recovery key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="95" />
            <source>This workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="97" />
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="98" />
            <source>Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="99" />
            <source>Workspace id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="100" />
            <source>Encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="100" />
            <source>SQLCipher 4 store under a random 256-bit key; the key is unlocked with Argon2id. Attachments: age.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="102" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="120" />
            <source>New recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="121" />
            <source>Make a new recovery key? The current one stops working at once.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpecForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="258" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="260" />
            <source>Copy to the clipboard; it is cleared again after 30 seconds</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="77" />
            <source>Use a passphrase of several unrelated words; at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="80" />
            <source>Too short: at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82" />
            <source>Very weak: easy to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82" />
            <source>Weak: add more unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83" />
            <source>Fair: one or two more words would help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83" />
            <source>Good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="84" />
            <source>Strong.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="84" />
            <source>Sync with HQ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="94" />
            <source>Enrolment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="96" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="100" />
            <source>To send records to HQ, this workspace is enrolled once:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="101" />
            <source>1. Write an enrolment request and give the file to HQ. It holds no secret. (Command line: fieldcase enrol-request --out FILE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="103" />
            <source>2. HQ answers with an enrolment file. Import it here (command line: fieldcase enrol FILE), then compare the certificate authority fingerprint shown with the one HQ gave you by phone or in person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="109" />
            <source>Write enrolment request…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="111" />
            <source>Import HQ's enrolment file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="120" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="130" />
            <source>Last push</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="131" />
            <source>Not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="132" />
            <source>Sent, awaiting HQ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="133" />
            <source>Acknowledged by HQ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="134" />
            <source>Last acknowledgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="138" />
            <source>Push now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="140" />
            <source>Send everything HQ has not acknowledged yet to the selected target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="142" />
            <source>Pull acknowledgements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="143" />
            <source>Apply HQ's replies found at the selected target: acknowledgements, feedback, framework updates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="159" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="168" />
            <source>Sync targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="161" />
            <source>Where packages go and where HQ's replies are collected: a folder (a USB stick, a shared drive) or a WebDAV server. Packages are encrypted for HQ before they are written. Push and Pull use the selected target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="169" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="202" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="169" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="169" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="170" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="204" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="182" />
            <source>Add a folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="190" />
            <source>Add a WebDAV server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="194" />
            <source>e.g. hq-dav</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="203" />
            <source>Address (URL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="205" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="207" />
            <source>Add server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="210" />
            <source>The password is kept in the encrypted workspace, never in a settings file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="233" />
            <source>Enrolled with %1. HQ certificate authority fingerprint: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="236" />
            <source>Not enrolled with HQ yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="239" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="242" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="243" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="247" />
            <source>%n revision(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="244" />
            <source>%n attachment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="245" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="246" />
            <source>%n package(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="255" />
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="255" />
            <source>WebDAV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="281" />
            <source>Available once the workspace is enrolled with HQ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="283" />
            <source>Add a sync target below first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="285" />
            <source>Target: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="304" />
            <source>Pushing to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="312" />
            <source>Collecting HQ's replies from %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="322" />
            <source>Cancelled. What was already uploaded stays there; push again to go on.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="327" />
            <source>Built %n new package(s);</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="328" />
            <source>uploaded %1; %2 already at the target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="335" />
            <source>Nothing new from HQ.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="338" />
            <source>%n reply package(s) applied.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="341" />
            <source>%1 was not applied: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="349" />
            <source>Write enrolment request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="356" />
            <source>Wrote the enrolment request to %1. Give this file to HQ; it holds no secret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="362" />
            <source>Import HQ's enrolment file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="369" />
            <source>Enrolled with %1. Compare this certificate authority fingerprint with the one HQ gave you by another channel (phone, in person):
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="375" />
            <source>Importing the enrolment file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="379" />
            <source>Choose the sync folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="392" />
            <source>Give the server a name and an address starting with https://.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="127" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="129" />
            <source>Fieldcase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="140" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="40" />
            <source>Unlock your workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="41" />
            <source>Case files are encrypted on this computer. Enter the passphrase to open them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="49" />
            <source>Choose the workspace folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="51" />
            <source>Workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="52" />
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="55" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="63" />
            <source>Fill in the demo passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="73" />
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="133" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="80" />
            <source>Create a new workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="81" />
            <source>Open the demo workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="82" />
            <source>Forgot the passphrase?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="110" />
            <source>This is the demo workspace: every record in it is fictional. Its passphrase is: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="129" />
            <source>Unlocking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="131" />
            <source>Wait %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="142" />
            <source>Choose the workspace folder first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="145" />
            <source>Enter the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="178" />
            <source>Wrong passphrase: the workspace was not unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="180" />
            <source>You can try again in %1 s.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="28" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="32" />
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="29" />
            <source>Community information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="33" />
            <source>Community info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="36" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="37" />
            <source>Civil-society report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="38" />
            <source>Community report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="39" />
            <source>Early warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="42" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="43" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="44" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="47" />
            <source>Restricted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="48" />
            <source>Confidential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="49" />
            <source>Strictly confidential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="52" />
            <source>State actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="53" />
            <source>With State acquiescence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="54" />
            <source>Non-State actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="55" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="68" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="74" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="58" />
            <source>Victim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="59" />
            <source>Witness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="60" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="61" />
            <source>Perpetrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="62" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="67" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="83" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="65" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="66" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="71" />
            <source>Child</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="72" />
            <source>Adult</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="73" />
            <source>Elderly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="77" />
            <source>Universal Periodic Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="78" />
            <source>Special procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="79" />
            <source>Treaty body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="80" />
            <source>Human Rights Council</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="81" />
            <source>UN field presence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="82" />
            <source>Peace operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="88" />
            <source>1 – minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="89" />
            <source>2 – moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="90" />
            <source>3 – serious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="91" />
            <source>4 – grave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="92" />
            <source>5 – very grave</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/screen.py" line="64" />
            <source>Fieldcase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/screen.py" line="67" />
            <source>Encrypted case files for human-rights field work. Offline; nothing leaves this computer unless you export or sync it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkspaceView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="68" />
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="108" />
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="94" />
            <source>Case files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="94" />
            <source>Risk board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="94" />
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="94" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="95" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="99" />
            <source>%1 (Ctrl+%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="139" />
            <source>Workspace: %1 (demo, fictional data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="139" />
            <source>Workspace: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="142" />
            <source>Officer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="147" />
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="149" />
            <source>Lock the workspace now (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="167" />
            <source>%n record(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="280" />
            <source>--period: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="100" />
            <source>A different package with this package id was already accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="69" />
            <source>A piece of {what} could not be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="82" />
            <source>A piece of {what} does not match its signed SHA-256: it was changed or replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="80" />
            <source>A piece of {what} is longer than signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="77" />
            <source>A piece of {what} is truncated (an interrupted copy?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="47" />
            <source>A revision item does not match its key or its sender.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="45" />
            <source>A revision item is malformed ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="164" />
            <source>A revision refers to attachment {attachment_id}, which has not been received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="57" />
            <source>A target name must be 1-40 characters without '/'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="237" />
            <source>Act {act_number} of record {record_id} names the victim {victim!r}, who is not one of the record's people.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/acts.py" line="69" />
            <source>Act: the record has {count} act(s); give a number from 1 to {count}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="70" />
            <source>Act: this record has no acts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="273" />
            <source>Action point: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="90" />
            <source>Add WebDAV servers as a named target first (the password is kept in the encrypted workspace): fieldcase sync target add NAME URL --user USER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="328" />
            <source>An age recipient to share attachments with is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="358" />
            <source>An attachment entry in the package manifest is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/outbox.py" line="172" />
            <source>An attachment's encrypted file is missing from the workspace; nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="59" />
            <source>An audit item is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="329" />
            <source>An item in {name} does not match its signed hash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="142" />
            <source>Assessment: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="383" />
            <source>Attaching the file was cancelled; nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="140" />
            <source>Attachment {attachment_id} already exists here with other content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/records.py" line="265" />
            <source>Attachment {attachment_id} does not match the SHA-256 recorded at intake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="145" />
            <source>Attachment {attachment_id} was not fetched with its package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="292" />
            <source>Attachment {blob_id} could not be deleted ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="244" />
            <source>Attachment {blob_id} could not be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="252" />
            <source>Attachment {blob_id} does not have the recorded size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="242" />
            <source>Attachment {blob_id} is missing from the workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="269" />
            <source>Attachment {blob_id} is too large to preview ({size} bytes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="291" />
            <source>Cancelled; no briefing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/errors.py" line="115" />
            <source>Cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/assess.py" line="52" />
            <source>Give the month to assess: fieldcase assess --period YYYY-MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="48" />
            <source>HQ acknowledges a package this workspace did not send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="40" />
            <source>HQ replies do not carry attachments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="199" />
            <source>Invalid attachment id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="309" />
            <source>Invalid attachment size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="52" />
            <source>It was signed by a key that is not enrolled for {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="60" />
            <source>Its signature by {who} does not verify: the content was changed after signing, or it was not signed by that key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="290" />
            <source>Mechanism reference: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="233" />
            <source>No action point with id {prefix}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="295" />
            <source>No attachment with id {attachment_id} in this workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="487" />
            <source>No attachment with id {attachment_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/prompts.py" line="33" />
            <source>No passphrase given: set {pass_env} or run in a terminal to be asked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="314" />
            <source>No record with id {prefix} in this workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="328" />
            <source>No record with id {record_id} at revision {rev}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="329" />
            <source>No record with id {record_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="130" />
            <source>No records for region {region} in the six months up to {period}; check the admin-1 P-code (see `fieldcase list`).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="74" />
            <source>Only ECDSA P-256 officer keys are issued certificates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="72" />
            <source>Override: give one of A, B, C, D, E, F or none (does not qualify).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="325" />
            <source>Package member {name} does not hold the signed items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="319" />
            <source>Package member {name} is missing or does not match its signed hash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="322" />
            <source>Package member {name} is not an item list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="109" />
            <source>Packages {first}..{last} from this sender have not arrived yet; sequence {sequence} is held until they do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="80" />
            <source>Period: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="191" />
            <source>Push cancelled; what was uploaded stays, run it again to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="77" />
            <source>Rationale: at most {max_rationale} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="75" />
            <source>Rationale: say why the derived type does not fit this act (it goes into the audit log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="204" />
            <source>Rationale: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/records.py" line="232" />
            <source>Record {record_id} was changed elsewhere since revision {base} ({where}); nothing was saved. Open it again and redo the change on the current revision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="67" />
            <source>Refusing to open a store without a key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="85" />
            <source>Region: {region!r} is not an admin-1 P-code (e.g. XT02).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="267" />
            <source>Risk area: {risk_area!r} is not a risk area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="105" />
            <source>Sequence {sequence} is not newer than the last accepted ({in_sequence}): a replayed or rolled-back package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="67" />
            <source>That is not a PEM certificate signing request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="152" />
            <source>That is not a PEM certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="183" />
            <source>That is not a recovery key: it should be 36 letters and digits in groups of four.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="207" />
            <source>That recovery key does not belong to this workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="145" />
            <source>The CSV header has columns Fieldcase does not know; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="79" />
            <source>The HQ directory has no certificate authority; it may be damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="85" />
            <source>The HQ directory has no keyset; it may be damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="105" />
            <source>The HQ key bundle is malformed or for another HQ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="111" />
            <source>The HQ key bundle lists no recipients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="58" />
            <source>The HQ keyset is of a format this Fieldcase does not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="99" />
            <source>The JSON file is malformed; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="89" />
            <source>The JSON file must hold an array of records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="37" />
            <source>The SQLite library loaded is not SQLCipher; Fieldcase refuses to store case files unencrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="106" />
            <source>The WebDAV listing is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="111" />
            <source>The WebDAV server sent a listing that is not valid XML.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="95" />
            <source>The WebDAV server {server} answered {status} to {method}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="80" />
            <source>The WebDAV server {server} could not be reached ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="94" />
            <source>The WebDAV server {server} is full (507).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="91" />
            <source>The WebDAV server {server} refused the user name or password ({status}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="393" />
            <source>The attachment could not be stored ({reason}); nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/audit.py" line="68" />
            <source>The audit log does not verify at entry {entry}: history was altered or entries are missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="161" />
            <source>The certificate does not allow document signing (it needs digitalSignature and nonRepudiation).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="154" />
            <source>The certificate is for a different key than this workspace's signing key; it was not installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="165" />
            <source>The certificate is not valid now (check its dates and this device's clock).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="75" />
            <source>The certificate is not valid now (expired or not yet valid; check the clock).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="71" />
            <source>The certificate was not issued by HQ's certificate authority.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="134" />
            <source>The certificate was not issued by the certificate given as its issuer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="138" />
            <source>The certificate's signature does not verify against its issuer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="285" />
            <source>The classification marking must be 1 to 60 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/security.py" line="27" />
            <source>The current passphrase is wrong; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="390" />
            <source>The disk is full: the attachment was not stored and the workspace is unchanged. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="37" />
            <source>The disk is full: the change was not saved and the workspace is unchanged. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/fsutil.py" line="26" />
            <source>The disk is full: {what} could not be written. Nothing was changed; free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="167" />
            <source>The download from {server} was interrupted ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="77" />
            <source>The enrolment file names no certificate authority.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="130" />
            <source>The enrolment file's CA fingerprint is not the one you expected; it was refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="67" />
            <source>The enrolment request carries no age recipient.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="62" />
            <source>The enrolment request is incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="65" />
            <source>The enrolment request's CSR is not for the key that signed it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="210" />
            <source>The file to attach could not be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="387" />
            <source>The file to attach could not be read ({reason}); nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="203" />
            <source>The folder {folder} does not exist; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="235" />
            <source>The id prefix {prefix} matches several action points; give more characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="316" />
            <source>The id prefix {prefix} matches several records; give more characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/workspace_frameworks.py" line="30" />
            <source>The installed framework {framework_id} release {release} does not match its SHA-256; the store is damaged. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/security.py" line="23" />
            <source>The new passphrase is the same as the current one; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="250" />
            <source>The new passphrase is too short: use at least 8 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="92" />
            <source>The package could not be copied to {folder} ({reason}); run the push again to resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="297" />
            <source>The package does not end with its signed manifest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="113" />
            <source>The package does not follow the last accepted package from this sender (its previous-package hash differs): refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="133" />
            <source>The package file ended early while uploading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="163" />
            <source>The package has data after its end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="103" />
            <source>The package has no valid sequence number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="176" />
            <source>The package holds an entry Fieldcase does not make.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="245" />
            <source>The package holds an entry larger than allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="333" />
            <source>The package holds entries its manifest does not list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="241" />
            <source>The package holds the same entry twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="179" />
            <source>The package holds too many entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="293" />
            <source>The package is damaged or was tampered with: decryption failed (age authenticates every 64 KiB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="248" />
            <source>The package is larger than one import may hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="279" />
            <source>The package is longer than when it was made: it was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="189" />
            <source>The package is not addressed to this store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="291" />
            <source>The package is not encrypted to any key held here (or its age header was changed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="190" />
            <source>The package is truncated (its archive ends early).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="277" />
            <source>The package is truncated: it has {actual} of its {size} bytes (an interrupted copy?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="302" />
            <source>The package manifest is of a format this Fieldcase does not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="311" />
            <source>The package manifest lists no members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="337" />
            <source>The package manifest's attachment list is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="174" />
            <source>The package's archive is malformed (a bad header).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="170" />
            <source>The package's archive is malformed (a gap in it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="184" />
            <source>The package's sender is not enrolled here (unknown sender or signing key): refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="107" />
            <source>The passphrase is too short: use at least 8 characters (a few unrelated words are best).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="187" />
            <source>The recovery key has a typo: its check group does not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/recovery_key.py" line="25" />
            <source>The recovery key was already shown once. To make a new one (the old one then stops working), run: fieldcase recovery-key --replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="127" />
            <source>The sender's audit log entries do not continue its hash chain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="39" />
            <source>The signature block is not in a format Fieldcase knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="28" />
            <source>The signing key is not an ECDSA P-256 key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="69" />
            <source>The signing request's own signature does not verify.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="40" />
            <source>The store could not be written ({reason}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/migrate.py" line="52" />
            <source>The store's schema is from a newer or unknown version of Fieldcase ({reason}); it was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="57" />
            <source>The stored signing key is not an ECDSA key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="49" />
            <source>The sync folder {folder} cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/prompts.py" line="47" />
            <source>The two passphrases differ; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="141" />
            <source>The upload to {server} was interrupted ({error}); run the push again to resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="58" />
            <source>The workspace is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="131" />
            <source>The workspace key file carries missing or too-weak key-derivation parameters; it was refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/security.py" line="16" />
            <source>The workspace key file has no passphrase slot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="91" />
            <source>The workspace key file is damaged (a key slot is malformed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="204" />
            <source>The workspace key file's recovery slot is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="187" />
            <source>The workspace's attachment key is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/formats.py" line="59" />
            <source>The {what} is not a JSON object; it was refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/formats.py" line="57" />
            <source>The {what} is not valid JSON; it was refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="41" />
            <source>The {what} was altered (it is no longer in canonical form).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="79" />
            <source>This enrolment file comes from a different HQ certificate authority than the one this workspace is enrolled with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="133" />
            <source>This enrolment file was made for another workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="243" />
            <source>This is not a Fieldcase package (no magic header).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="38" />
            <source>This is not a Fieldcase {what} (or it was damaged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="93" />
            <source>This kind of package does not carry attachments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="265" />
            <source>This package is of a format or version this Fieldcase does not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="619" />
            <source>This record was changed elsewhere since you opened it. Your changes were kept as a draft; close and reopen the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="56" />
            <source>This store has no attachment key; it may be damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/records.py" line="142" />
            <source>This workspace has no attachment key; it may be damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="159" />
            <source>This workspace is not enrolled with HQ yet: send `fieldcase enrol-request` to HQ, then import their answer with `fieldcase enrol FILE`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="36" />
            <source>This {what} is of a version this Fieldcase does not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="282" />
            <source>Unknown redaction {redaction!r}: use one of {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="45" />
            <source>WebDAV over plain http is refused (credentials and metadata would travel in the clear); use an https:// address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/errors.py" line="32" />
            <source>Wrong passphrase: the workspace was not unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="271" />
            <source>acts belong to incidents, not community information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="231" />
            <source>ends before the date it starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="109" />
            <source>expected ',' or ']'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="90" />
            <source>expected '[' (an array)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="267" />
            <source>is an SDG 16.10.1 type, which is derived from the acts (victim, act type, perpetrator), not typed: record the act</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="237" />
            <source>is before the incident's date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="239" />
            <source>is not a date (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="241" />
            <source>is only for community information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="291" />
            <source>is required when the SDG 16.10.1 type is overridden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="284" />
            <source>must be a HURIDOCS type of act (huridocs.mt04.*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="288" />
            <source>must be a HURIDOCS type of perpetrator (huridocs.mt24.*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="278" />
            <source>must be the pseudonym of one of the record's people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="280" />
            <source>names a pseudonym that several people share; give each person a distinct pseudonym</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="312" />
            <source>not UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="109" />
            <source>store.db cannot be decrypted with this workspace's key: it is damaged or belongs to another workspace. It was left exactly as it is (nothing was repaired or overwritten).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="111" />
            <source>store.db could not be read ({reason}). It was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="146" />
            <source>unknown column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="43" />
            <source>{address} is not a WebDAV address (https://host/path/).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="194" />
            <source>{category!r} ({title}) cannot be used as a tag: tag records with risk areas (cca.*), atrocity risk factors or indicators (foa.*), violation types (huridocs.mt04.*) or forms of reprisal (reprisal.form.*).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="186" />
            <source>{category!r} is not a category of any installed framework.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="199" />
            <source>{category!r} is retired in release {release} of {framework_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="188" />
            <source>{category!r}: the SDG 16.10.1 type is derived from the record's acts (victim, act type, perpetrator, due diligence), not tagged. Record the act; to correct the derived type of one act, use `fieldcase acts override`.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/importing.py" line="351" />
            <source>{count} problem(s) found; nothing was imported.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/export_attachment.py" line="25" />
            <source>{file} already exists; choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="103" />
            <source>{file} already holds a Fieldcase workspace; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="315" />
            <source>{file} could not be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="309" />
            <source>{file} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="162" />
            <source>{file} has a key file but no {store_file}; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="147" />
            <source>{file} has no passphrase slot; it was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="155" />
            <source>{file} has no recovery slot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="77" />
            <source>{file} in the outbox is shorter than recorded; it may be damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="171" />
            <source>{file} in the outbox no longer matches the SHA-256 taken when it was written (disk damage?); it was not sent. Check the disk; the attachment may be damaged too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="81" />
            <source>{file} is damaged (fields missing); it was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="72" />
            <source>{file} is damaged (not readable JSON); it was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="312" />
            <source>{file} is not UTF-8 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="74" />
            <source>{file} is not a Fieldcase workspace key file (unknown format).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="105" />
            <source>{file} is not empty; choose a new or empty folder for the workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/identity.py" line="35" />
            <source>{file}: cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="322" />
            <source>{file}: import takes .json or .csv files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="64" />
            <source>{folder} does not exist or is not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="33" />
            <source>{folder} is an officer's workspace, not an HQ directory (make one with: fieldcase hq init --dir DIR).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="66" />
            <source>{folder} is not a Fieldcase workspace (it has no {key_file}). Create one with: fieldcase --workspace {folder} init</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/frameworks/registry.py" line="50" />
            <source>{path}: {where}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="310" />
            <source>{prefix!r} is not a record id (give the id or at least its first 6 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="228" />
            <source>{prefix!r} is not an action id (give the id or at least its first 6 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/frameworks.py" line="61" />
            <source>{problem}; see `fieldcase frameworks list`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="83" />
            <source>{recipient!r} is not an age X25519 recipient (age1...).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="145" />
            <source>{risk_area!r} is not a risk area (see `fieldcase frameworks show {cca_id}`).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="173" />
            <source>{store_file} belongs to a different workspace than {key_file}; both were left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="94" />
            <source>{target} is neither a configured target nor an existing folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="318" />
            <source>{what} cannot be opened with this workspace's key (a different key, or its header is damaged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="77" />
            <source>{what} could not be decrypted with the keys held here or does not match its signed SHA-256: refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/fsutil.py" line="29" />
            <source>{what} could not be written ({reason}). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="315" />
            <source>{what} could not be written out ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="302" />
            <source>{what} does not have the recorded size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="83" />
            <source>{what} does not match its signed SHA-256.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/plainstream.py" line="92" />
            <source>{what} does not match the SHA-256 recorded when it was attached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="320" />
            <source>{what} is damaged or was tampered with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="65" />
            <source>{what} is incomplete on the target: a piece has not arrived (an unfinished push or copy?); the package is held back until it does.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
