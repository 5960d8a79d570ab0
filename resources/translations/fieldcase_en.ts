<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AssessmentPanel</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="121" />
            <source>Computed from %n record(s) (%2 verified): suggests %3, %4 (score %5).</source>
            <translation>
                <numerusform>Computed from %n record (%2 verified): suggests %3, %4 (score %5).</numerusform>
                <numerusform>Computed from %n records (%2 verified): suggests %3, %4 (score %5).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="192" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="195" />
            <source>%n record(s) match</source>
            <translation>
                <numerusform>%n record matches</numerusform>
                <numerusform>%n records match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="308" />
            <source>Imported %n record(s).</source>
            <translation>
                <numerusform>Imported %n record.</numerusform>
                <numerusform>Imported %n records.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="320" />
            <source>%n event(s) imported before are not in this export (deleted by the publisher, or outside this download); they were left as they are:</source>
            <translation>
                <numerusform>%n event imported before is not in this export (deleted by the publisher, or outside this download); it was left as it is:</numerusform>
                <numerusform>%n events imported before are not in this export (deleted by the publisher, or outside this download); they were left as they are:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="197" />
            <source>%n field(s) differ. Detected %1 in a package from %2.</source>
            <translation>
                <numerusform>%n field differs. Detected %1 in a package from %2.</numerusform>
                <numerusform>%n fields differ. Detected %1 in a package from %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="186" />
            <source>The %1 most likely of %n possible duplicates, best first.</source>
            <translation>
                <numerusform>The %1 most likely of %n possible duplicate, best first.</numerusform>
                <numerusform>The %1 most likely of %n possible duplicates, best first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="189" />
            <source>%n possible duplicate(s), best first. Mark a pair as the same only after checking both records.</source>
            <translation>
                <numerusform>%n possible duplicate, best first. Mark a pair as the same only after checking both records.</numerusform>
                <numerusform>%n possible duplicates, best first. Mark a pair as the same only after checking both records.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="229" />
            <source>%n km apart</source>
            <translation>
                <numerusform>%n km apart</numerusform>
                <numerusform>%n km apart</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="232" />
            <source>Dates %n day(s) apart</source>
            <translation>
                <numerusform>Dates %n day apart</numerusform>
                <numerusform>Dates %n days apart</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="234" />
            <source>%n act type(s) in common</source>
            <translation>
                <numerusform>%n act type in common</numerusform>
                <numerusform>%n act types in common</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="236" />
            <source>%n victim(s) in common</source>
            <translation>
                <numerusform>%n victim in common</numerusform>
                <numerusform>%n victims in common</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="290" />
            <source>In %n record(s)</source>
            <translation>
                <numerusform>In %n record</numerusform>
                <numerusform>In %n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="564" />
            <source>Not saved: %n problem(s) to fix, marked in red.</source>
            <translation>
                <numerusform>Not saved: %n problem to fix, marked in red.</numerusform>
                <numerusform>Not saved: %n problems to fix, marked in red.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportBriefingDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="493" />
            <source>%n record(s) in the month;</source>
            <translation>
                <numerusform>%n record in the month;</numerusform>
                <numerusform>%n records in the month;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="494" />
            <source>%n key incident(s) described in full.</source>
            <translation>
                <numerusform>%n key incident described in full.</numerusform>
                <numerusform>%n key incidents described in full.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="504" />
            <source>%n risk area(s)</source>
            <translation>
                <numerusform>%n risk area</numerusform>
                <numerusform>%n risk areas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="119" />
            <source>This record was edited here and elsewhere at the same time: %n sync conflict(s) wait for your decision.</source>
            <translation>
                <numerusform>This record was edited here and elsewhere at the same time: %n sync conflict waits for your decision.</numerusform>
                <numerusform>This record was edited here and elsewhere at the same time: %n sync conflicts wait for your decision.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="224" />
            <source>Revision %1 created the record with %n field(s).</source>
            <translation>
                <numerusform>Revision %1 created the record with %n field.</numerusform>
                <numerusform>Revision %1 created the record with %n fields.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="227" />
            <source>Revision %1 → %2: %n field(s) changed.</source>
            <translation>
                <numerusform>Revision %1 → %2: %n field changed.</numerusform>
                <numerusform>Revision %1 → %2: %n fields changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqImportDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="264" />
            <source>%n new package(s) at %1.</source>
            <translation>
                <numerusform>%n new package at %1.</numerusform>
                <numerusform>%n new packages at %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="269" />
            <source>%n revision(s) came in.</source>
            <translation>
                <numerusform>%n revision came in.</numerusform>
                <numerusform>%n revisions came in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="270" />
            <source>%n record(s) new to HQ.</source>
            <translation>
                <numerusform>%n record new to HQ.</numerusform>
                <numerusform>%n records new to HQ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="272" />
            <source>%n attachment(s) came with them.</source>
            <translation>
                <numerusform>%n attachment came with them.</numerusform>
                <numerusform>%n attachments came with them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="274" />
            <source>%n decision(s) that two records are the same came with them.</source>
            <translation>
                <numerusform>%n decision that two records are the same came with them.</numerusform>
                <numerusform>%n decisions that two records are the same came with them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="276" />
            <source>%n conflict(s) to decide: a record changed both at HQ and in the field. Both versions are kept; decide with fieldcase hq conflicts.</source>
            <translation>
                <numerusform>%n conflict to decide: a record changed both at HQ and in the field. Both versions are kept; decide with fieldcase hq conflicts.</numerusform>
                <numerusform>%n conflicts to decide: a record changed both at HQ and in the field. Both versions are kept; decide with fieldcase hq conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="286" />
            <source>%n package(s) left to another import running at the same time.</source>
            <translation>
                <numerusform>%n package left to another import running at the same time.</numerusform>
                <numerusform>%n packages left to another import running at the same time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="289" />
            <source>Stopped at your request: %n package(s) were not touched; import again to take them. The packages taken before the stop are in whole. The replies for the officers are written at the next import.</source>
            <translation>
                <numerusform>Stopped at your request: %n package was not touched; import again to take it. The packages taken before the stop are in whole. The replies for the officers are written at the next import.</numerusform>
                <numerusform>Stopped at your request: %n packages were not touched; import again to take them. The packages taken before the stop are in whole. The replies for the officers are written at the next import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="293" />
            <source>%n reply package(s) for the officers written to %1.</source>
            <translation>
                <numerusform>%n reply package for the officers written to %1.</numerusform>
                <numerusform>%n reply packages for the officers written to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="307" />
            <source>… and %n more (fieldcase hq import lists them all).</source>
            <translation>
                <numerusform>… and %n more (fieldcase hq import lists them all).</numerusform>
                <numerusform>… and %n more (fieldcase hq import lists them all).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqRecordsPage</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="133" />
            <source>%n record(s) you may read</source>
            <translation>
                <numerusform>%n record you may read</numerusform>
                <numerusform>%n records you may read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="135" />
            <source>%n above your clearance (no content)</source>
            <translation>
                <numerusform>%n above your clearance (no content)</numerusform>
                <numerusform>%n above your clearance (no content)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqUsersPage</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="123" />
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="192" />
            <source>%n victim(s) in the 12 months</source>
            <translation>
                <numerusform>%n victim in the 12 months</numerusform>
                <numerusform>%n victims in the 12 months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="218" />
            <source>%n death(s) in the 12 months</source>
            <translation>
                <numerusform>%n death in the 12 months</numerusform>
                <numerusform>%n deaths in the 12 months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RiskBoardPage</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="244" />
            <source>%1: %n record(s) placed in the month, %3 without a risk area, %4 dated only to the year. Suggestions follow rule %5; the officer sets the level.</source>
            <translation>
                <numerusform>%1: %n record placed in the month, %3 without a risk area, %4 dated only to the year. Suggestions follow rule %5; the officer sets the level.</numerusform>
                <numerusform>%1: %n records placed in the month, %3 without a risk area, %4 dated only to the year. Suggestions follow rule %5; the officer sets the level.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RiskGridModel</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="155" />
            <source>%n record(s), suggested %2, %3</source>
            <translation>
                <numerusform>%n record, suggested %2, %3</numerusform>
                <numerusform>%n records, suggested %2, %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="200" />
            <source>In force: quick delete after %n wrong passphrases in a row.</source>
            <translation>
                <numerusform>In force: quick delete after %n wrong passphrase.</numerusform>
                <numerusform>In force: quick delete after %n wrong passphrases in a row.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignalReasons</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="23" />
            <source>%n record(s) this month</source>
            <translation>
                <numerusform>%n record this month</numerusform>
                <numerusform>%n records this month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="35" />
            <source>%n reprisal(s) against people cooperating with the UN</source>
            <translation>
                <numerusform>%n reprisal against people cooperating with the UN</numerusform>
                <numerusform>%n reprisals against people cooperating with the UN</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="37" />
            <source>%n attack(s) on defenders, journalists or trade unionists</source>
            <translation>
                <numerusform>%n attack on defenders, journalists or trade unionists</numerusform>
                <numerusform>%n attacks on defenders, journalists or trade unionists</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="42" />
            <source>%n early-warning report(s)</source>
            <translation>
                <numerusform>%n early-warning report</numerusform>
                <numerusform>%n early-warning reports</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="278" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="282" />
            <source>%n revision(s)</source>
            <translation>
                <numerusform>%n revision</numerusform>
                <numerusform>%n revisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="279" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n attachment</numerusform>
                <numerusform>%n attachments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="280" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="281" />
            <source>%n package(s)</source>
            <translation>
                <numerusform>%n package</numerusform>
                <numerusform>%n packages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="285" />
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflict to resolve</numerusform>
                <numerusform>%n conflicts to resolve</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="380" />
            <source>Built %n new package(s);</source>
            <translation>
                <numerusform>Built %n new package;</numerusform>
                <numerusform>Built %n new packages;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="392" />
            <source>%n reply package(s) applied.</source>
            <translation>
                <numerusform>%n reply package applied.</numerusform>
                <numerusform>%n reply packages applied.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkspaceView</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="218" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/acts.py" line="69" />
            <source>Act: the record has {count} act(s); give a number from 1 to {count}.</source>
            <translation>
                <numerusform>Act: the record has {count} act; give a number from 1 to {count}.</numerusform>
                <numerusform>Act: the record has {count} acts; give a number from 1 to {count}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/session.py" line="97" />
            <source>Wrong passphrases entered since the last unlock: {count}.</source>
            <translation>
                <numerusform>Wrong passphrase entered since the last unlock: {count}.</numerusform>
                <numerusform>Wrong passphrases entered since the last unlock: {count}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/integrity.py" line="27" />
            <source>store.db is damaged: {count} of its pages failed their integrity check. Writes are stopped so that nothing more is lost.</source>
            <translation>
                <numerusform>store.db is damaged: {count} of its pages failed its integrity check. Writes are stopped so that nothing more is lost.</numerusform>
                <numerusform>store.db is damaged: {count} of its pages failed their integrity check. Writes are stopped so that nothing more is lost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/importing.py" line="695" />
            <source>{count} problem(s) found; nothing was imported.</source>
            <translation>
                <numerusform>{count} problem found; nothing was imported.</numerusform>
                <numerusform>{count} problems found; nothing was imported.</numerusform>
            </translation>
        </message>
    </context>
</TS>
