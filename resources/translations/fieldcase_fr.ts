<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionPointDialog</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="22"/>
        <source>New action point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="25"/>
        <source>For the risk area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="33"/>
        <source>A person, team or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="37"/>
        <source>e.g. UPR:XTV:4:A/HRC/58/12:128.26; AL XTV 3/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="41"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="42"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="43"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="44"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="45"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="51"/>
        <source>Select a cell of the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="56"/>
        <source>Officer&apos;s assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="68"/>
        <source>Why this level: a sentence or two (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="71"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="72"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="73"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="79"/>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="85"/>
        <source>Records in this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="95"/>
        <source>Action points for this risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="102"/>
        <source>Add action point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="118"/>
        <source>Computed from %1 record(s) (%2 verified): suggests %3, %4 (score %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="128"/>
        <source>Not assessed yet: the suggestion is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="129"/>
        <source>Assessed: agrees with the suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="130"/>
        <source>Assessed: overrides the suggestion (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="133"/>
        <source>Records changed since it was set: review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="146"/>
        <source>… and %1 more (filter the case list to see them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="158"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="171"/>
        <source>A rationale is required: say in a sentence or two why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="28"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="32"/>
        <source>%1 · %2 · SHA-256 %3 (matches the intake record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="43"/>
        <source>Decrypted in memory for this preview only; nothing was written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="76"/>
        <source>There is no preview for this type of file. It stays encrypted in the workspace; export it to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="51"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="51"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="51"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="52"/>
        <source>SHA-256 (at intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="52"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="71"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="74"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="77"/>
        <source>Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="89"/>
        <source>Save the record first; then you can attach files to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="91"/>
        <source>Files are encrypted into the workspace when attached. The SHA-256 is taken from the original at intake, for the chain of custody. Previews are decrypted in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="123"/>
        <source>SHA-256 of %1 at intake:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="133"/>
        <source>Choose a file to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="154"/>
        <source>Encrypting and attaching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="168"/>
        <source>Decrypting the preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="64"/>
        <source>Risk areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="64"/>
        <source>Sev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="64"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="64"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="171"/>
        <source>Severity, 1 (minor) to 5 (very grave)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="56"/>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="115"/>
        <source>Case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="60"/>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="147"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="62"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="63"/>
        <source>Import records from a .json or .csv file (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="65"/>
        <source>New community information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="67"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="69"/>
        <source>Record a new incident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="118"/>
        <source>No records match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="146"/>
        <source>Drafts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="160"/>
        <source>%1 record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="163"/>
        <source>%1 record(s) match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="171"/>
        <source>%1 of %2 records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="197"/>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="200"/>
        <source>Records (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="209"/>
        <source>Imported %1 record(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="215"/>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="219"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="220"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="28"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="33"/>
        <source>The store is not re-encrypted: the workspace key is wrapped again under the new passphrase. The recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="44"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="45"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="47"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="57"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="70"/>
        <source>The new passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="74"/>
        <source>This passphrase is too easy to guess: add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="77"/>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="93"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="73"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="102"/>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateForm</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="28"/>
        <source>Create a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="29"/>
        <source>A workspace is a folder holding your encrypted case files. Only this passphrase (or the recovery key shown next) can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="37"/>
        <source>Choose an empty folder for the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="38"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="41"/>
        <source>Shown in the revision history of every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="42"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="43"/>
        <source>Several unrelated words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="46"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="49"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="53"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="61"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="63"/>
        <source>Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="85"/>
        <source>Choose a folder for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="87"/>
        <source>This folder is not empty: choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="89"/>
        <source>Enter your name: it is recorded with every change you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="91"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="93"/>
        <source>This passphrase is too easy to guess: add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="95"/>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="112"/>
        <source>Creating the encrypted workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="29"/>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="34"/>
        <source>Changes are kept here, encrypted, until they are saved as a revision or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="40"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="40"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="40"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="48"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="50"/>
        <source>(never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="58"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="60"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="21"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="24"/>
        <source>Information type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="27"/>
        <source>Required for community information; not used for incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="31"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="33"/>
        <source>A short, factual title (3–300 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="37"/>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="39"/>
        <source>What happened, in order; who reported it; what is still unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="42"/>
        <source>Follow-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="46"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="52"/>
        <source>Flag as an early-warning signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="54"/>
        <source>Suspected reprisal for cooperation with the UN (HRC res. 12/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="63"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="67"/>
        <source>As precisely as it is known: a day, a month or a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="71"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="74"/>
        <source>For events that lasted: the last day, month or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="76"/>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="79"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="81"/>
        <source>ISO 3166 code, e.g. XTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="83"/>
        <source>Region (admin 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="85"/>
        <source>Region P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="85"/>
        <source>e.g. XT02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="87"/>
        <source>District (admin 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="90"/>
        <source>District P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="91"/>
        <source>e.g. XT0202</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="95"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="96"/>
        <source>Village, neighbourhood, site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="98"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="99"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="102"/>
        <source>Precision (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="104"/>
        <source>Radius within which the true location lies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="113"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="119"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="122"/>
        <source>Alleged perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="126"/>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="130"/>
        <source>Perpetrator status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="141"/>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="142"/>
        <source>Injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="143"/>
        <source>Abducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="144"/>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="147"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="149"/>
        <source>Community information: how many people were present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="156"/>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="306"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="159"/>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="307"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="161"/>
        <source>A code used in reports, e.g. V-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="165"/>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="308"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="167"/>
        <source>Kept encrypted; leave empty unless needed. Never in exports without consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="169"/>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="251"/>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="332"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="170"/>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="255"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="171"/>
        <source>Victim group (SDG 16.10.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="174"/>
        <source>Act linked to their work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="176"/>
        <source>The act was linked to their work as journalist, trade unionist or defender (SDG 16.10.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="182"/>
        <source>Cooperated with the UN through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="186"/>
        <source>Reprisal suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="189"/>
        <source>At risk if identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="191"/>
        <source>Protection concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="195"/>
        <source>Consents to being named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="197"/>
        <source>The person agreed to be named in reports to headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="201"/>
        <source>Consents to referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="203"/>
        <source>The person agreed to referral, e.g. to the UN reprisals focal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="205"/>
        <source>Consent recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="213"/>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="321"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="215"/>
        <source>Who or what: a code, not a full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="218"/>
        <source>Type of source material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="222"/>
        <source>Source reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="230"/>
        <source>Credibility of this information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="239"/>
        <source>Connection to the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="249"/>
        <source>Number of deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="263"/>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="334"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="271"/>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="335"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="296"/>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="298"/>
        <source>reprisal suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="301"/>
        <source>may be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="301"/>
        <source>no naming consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="310"/>
        <source>Sex / age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="315"/>
        <source>Protection and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="322"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="323"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="324"/>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="325"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="331"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="333"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="90"/>
        <source>Fieldcase — case editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="112"/>
        <source>Restore the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="113"/>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="137"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="139"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="141"/>
        <source>Save a new revision (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="177"/>
        <source>Show names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="178"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="180"/>
        <source>Use a pseudonym in reports. A name is stored encrypted and shown only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="184"/>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="185"/>
        <source>Copy the selected person&apos;s name; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="189"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="192"/>
        <source>deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="193"/>
        <source>Violation type — type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="195"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="203"/>
        <source>Violation and abuse types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="205"/>
        <source>Risk tags (CCA risk areas, atrocity risk factors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="211"/>
        <source>Conflict-related deaths (SDG 16.1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="217"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="217"/>
        <source>When &amp;&amp; where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="218"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="218"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="219"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="220"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="220"/>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="239"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="221"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="236"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="236"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="236"/>
        <source>Deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="237"/>
        <source>Risk tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="237"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="238"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="238"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="239"/>
        <source>Violation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="306"/>
        <source>Community information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="306"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="307"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="309"/>
        <source>%1 · revision %2 · saved by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="313"/>
        <source>%1 · not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="315"/>
        <source>the title contains invisible direction-control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="322"/>
        <source>Name copied; the clipboard will be cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="338"/>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="338"/>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="338"/>
        <source>Deaths row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="339"/>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="339"/>
        <source>Violation type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="378"/>
        <source>Not saved: %1 problem(s) to fix, marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="386"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="402"/>
        <source>Saved as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="413"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="434"/>
        <source>Attached %1 (revision %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="455"/>
        <source>Draft saved (encrypted) at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="466"/>
        <source>Unsaved changes from %1 were kept as an encrypted draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="467"/>
        <source>an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="482"/>
        <source>Draft restored; save to keep it as a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="503"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="504"/>
        <source>This record has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/window.py" line="505"/>
        <source>Save them as a new revision, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="70"/>
        <source>Search titles and narratives (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="74"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="75"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76"/>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77"/>
        <source>Between dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="87"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="88"/>
        <source>All risk areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="89"/>
        <source>Any violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="92"/>
        <source>Any verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="93"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/common.py" line="49"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/form_dialog.py" line="59"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="42"/>
        <source>Select one revision to see what it changed, or two (Ctrl+click) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="50"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="50"/>
        <source>Saved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="50"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="51"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="61"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="61"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="61"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="84"/>
        <source>A new record has no history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="153"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="160"/>
        <source>Revision %1 created the record with %2 field(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/history.py" line="163"/>
        <source>Revision %1 → %2: %3 field(s) changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="84"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="97"/>
        <source>Country-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="100"/>
        <source>Include records not yet verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="101"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="101"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="102"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="120"/>
        <source>SDG 16.10.1 — journalists, trade unionists and human rights defenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="121"/>
        <source>By violation type (most serious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="121"/>
        <source>By victim group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="122"/>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="127"/>
        <source>By sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="122"/>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="127"/>
        <source>By age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="123"/>
        <source>By perpetrator status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="123"/>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="128"/>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="124"/>
        <source>Left out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="126"/>
        <source>SDG 16.1.2 — conflict-related deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="127"/>
        <source>By cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="128"/>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="184"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="200"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="201"/>
        <source>verified records only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="201"/>
        <source>including records not yet verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="202"/>
        <source>Period %1, %2. Counting rules: OHCHR indicator metadata (a victim is counted once, under the most serious violation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="205"/>
        <source>%1 victim(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="206"/>
        <source>record discounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="206"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="207"/>
        <source>not a journalist, trade unionist or defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="208"/>
        <source>act not linked to their work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="209"/>
        <source>perpetrator unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="210"/>
        <source>non-State actor (no due-diligence finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="216"/>
        <source>%1 death(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/main_window.py" line="44"/>
        <source>Fieldcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/main_window.py" line="82"/>
        <source>Preparing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/main_window.py" line="93"/>
        <source>Preparing the demo workspace (fictional records)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/main_window.py" line="134"/>
        <source>Locked after a period without activity. Enter the passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/main_window.py" line="154"/>
        <source>The workspace is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="27"/>
        <source>Something unexpected stopped this action, and it was not completed. Your saved records are not affected. (Details are not shown because they could contain case data.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="38"/>
        <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="55"/>
        <source>Fieldcase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="103"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="106"/>
        <source>The old recovery key no longer works. Write this one down and keep it apart from this computer; it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="118"/>
        <source>I have written it down and will keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/password_edit.py" line="22"/>
        <source>Show or hide the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingState</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="44"/>
        <source>Risk board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="45"/>
        <source>The risk board is not available in this installation: its analysis module is missing. Your records and their risk tags are unaffected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="53"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="54"/>
        <source>The indicator tables are not available in this installation: the analysis module is missing. Your records are unaffected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="14"/>
        <source>Ends before the date it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="15"/>
        <source>Is before the incident&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="16"/>
        <source>Only for community information: leave it empty for an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="19"/>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="28"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="30"/>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="32"/>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="34"/>
        <source>Must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="36"/>
        <source>Must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="39"/>
        <source>Use YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="41"/>
        <source>Use a real date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="43"/>
        <source>Use the three capital letters of the ISO 3166 code, e.g. XTV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="45"/>
        <source>A P-code is 2–3 capital letters and then digits, e.g. XT02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="46"/>
        <source>Not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="48"/>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="50"/>
        <source>Not a valid value here (a number is expected?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="52"/>
        <source>Listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="58"/>
        <source>Not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="60"/>
        <source>Not in any installed framework.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="45"/>
        <source>Write down your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="46"/>
        <source>If you forget your passphrase, this key is the only way back into this workspace. It is shown only this once. Write it on paper and keep it apart from this computer — never in a file or a photo on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="59"/>
        <source>I have written it down and will keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="67"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockForm</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="120"/>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="121"/>
        <source>Type the recovery key you wrote down when the workspace was created, and choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="127"/>
        <source>Choose the workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="128"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="132"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="133"/>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="136"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="138"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="139"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="144"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="146"/>
        <source>Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="165"/>
        <source>Choose the workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="167"/>
        <source>Type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="169"/>
        <source>The new passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="172"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskBoardPage</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="85"/>
        <source>Risk board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="91"/>
        <source>Country-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="101"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="102"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="102"/>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="103"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="124"/>
        <source>Risk areas by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="161"/>
        <source>Colour: suggested level · number: records · %1 · badge: the officer&apos;s level (≠ overrides the suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="192"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="202"/>
        <source>%1: %2 record(s) placed in the month, %3 without a risk area, %4 dated only to the year. Suggestions follow rule fieldcase-signal/1; the officer sets the level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskGridModel</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="126"/>
        <source>%1 record(s), suggested %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="129"/>
        <source>; officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="132"/>
        <source>Suggested: %1, %2 (score %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="135"/>
        <source>Officer: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTagsEditor</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="36"/>
        <source>Risk area or indicator — type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="40"/>
        <source>Why: the rationale for this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="43"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53"/>
        <source>Rationale (double-click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="74"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="112"/>
        <source>Choose a risk area or indicator from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="69"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="71"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="72"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="129"/>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="130"/>
        <source>Edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="56"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="60"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="66"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="70"/>
        <source>Lock after being idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="72"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="75"/>
        <source>Shortcut: Ctrl+L. Locking closes every window of the workspace and drops its keys from memory; unsaved edits are kept as encrypted drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="79"/>
        <source>Window contents are never saved to disk. A name copied from a record is cleared from the clipboard after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="83"/>
        <source>Passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="85"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="87"/>
        <source>Make a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="94"/>
        <source>This workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="96"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="97"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="98"/>
        <source>Workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="99"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="99"/>
        <source>SQLCipher 4 store under a random 256-bit key; the key is unlocked with Argon2id. Attachments: age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="101"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="117"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="118"/>
        <source>Make a new recovery key? The current one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecForm</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="260"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="262"/>
        <source>Copy to the clipboard; it is cleared again after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="77"/>
        <source>Use a passphrase of several unrelated words; at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="80"/>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82"/>
        <source>Very weak: easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82"/>
        <source>Weak: add more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83"/>
        <source>Fair: one or two more words would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="84"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/runner.py" line="126"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/runner.py" line="128"/>
        <source>Fieldcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/runner.py" line="139"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="40"/>
        <source>Unlock your workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="41"/>
        <source>Case files are encrypted on this computer. Enter the passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="49"/>
        <source>Choose the workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="51"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="52"/>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="55"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="63"/>
        <source>Fill in the demo passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="73"/>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="133"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="80"/>
        <source>Create a new workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="81"/>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="82"/>
        <source>Forgot the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="110"/>
        <source>This is the demo workspace: every record in it is fictional. Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="129"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="131"/>
        <source>Wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="142"/>
        <source>Choose the workspace folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="145"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="178"/>
        <source>Wrong passphrase: the workspace was not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="180"/>
        <source>You can try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="28"/>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="32"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="29"/>
        <source>Community information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="33"/>
        <source>Community info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="36"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="37"/>
        <source>Civil-society report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="38"/>
        <source>Community report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="39"/>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="42"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="43"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="44"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="47"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="48"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="49"/>
        <source>Strictly confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="52"/>
        <source>State actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="53"/>
        <source>With State acquiescence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="54"/>
        <source>Non-State actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="55"/>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="68"/>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="74"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="58"/>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="59"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="60"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="61"/>
        <source>Perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="62"/>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="67"/>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="83"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="65"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="66"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="71"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="72"/>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="73"/>
        <source>Elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="77"/>
        <source>Universal Periodic Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="78"/>
        <source>Special procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="79"/>
        <source>Treaty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="80"/>
        <source>Human Rights Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="81"/>
        <source>UN field presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="82"/>
        <source>Peace operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="88"/>
        <source>1 – minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="89"/>
        <source>2 – moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="90"/>
        <source>3 – serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="91"/>
        <source>4 – grave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/vocab.py" line="92"/>
        <source>5 – very grave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/screen.py" line="56"/>
        <source>Fieldcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/welcome/screen.py" line="59"/>
        <source>Encrypted case files for human-rights field work. Offline; nothing leaves this computer unless you export or sync it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="66"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="69"/>
        <source>Case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="69"/>
        <source>Risk board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="69"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="69"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="72"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="95"/>
        <source>Workspace: %1 (demo, fictional data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="95"/>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="98"/>
        <source>Officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="103"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="105"/>
        <source>Lock the workspace now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="123"/>
        <source>%1 record(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
