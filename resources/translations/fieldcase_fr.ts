<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>ActDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="156" />
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="161" />
            <source>%1 (not a victim under People)</source>
            <translation>%1 (n'est pas une victime dans Personnes)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="166" />
            <source>No victims yet: add them under People (role Victim)</source>
            <translation>Pas encore de victimes : ajoutez-les dans Personnes (rôle Victime)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="167" />
            <source>Victim *</source>
            <translation>Victime *</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="170" />
            <source>Type of act — type to search</source>
            <translation>Type d'acte — tapez pour chercher</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="171" />
            <source>Type of act</source>
            <translation>Type d'acte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="179" />
            <source>Type of act *</source>
            <translation>Type d'acte *</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="184" />
            <source>Add another perpetrator</source>
            <translation>Ajouter un autre auteur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="196" />
            <source>Perpetrators</source>
            <translation>Auteurs</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="201" />
            <source>Linked to the victim's work (as journalist, trade unionist or human rights defender)</source>
            <translation>Lié au travail de la victime (en tant que journaliste, syndicaliste ou défenseur des droits de l'homme)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="206" />
            <source>Not assessed</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="206" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="207" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="208" />
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="212" />
            <source>State failed in due diligence</source>
            <translation>L'État a manqué à son devoir de diligence</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="209" />
            <source>Did the State fail in its duty to prevent, protect against or investigate the act?</source>
            <translation>L'État a-t-il manqué à son devoir de prévenir l'acte, d'en protéger la victime ou d'enquêter ?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="215" />
            <source>What the finding rests on (optional)</source>
            <translation>Sur quoi repose la conclusion (facultatif)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="216" />
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="217" />
            <source>Due-diligence rationale</source>
            <translation>Motivation (diligence voulue)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="219" />
            <source>Fate or whereabouts concealed (after a deprivation of liberty)</source>
            <translation>Sort ou lieu de détention dissimulé (après une privation de liberté)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="229" />
            <source>SDG 16.10.1 type, derived</source>
            <translation>Type ODD 16.10.1, déduit</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="230" />
            <source>Derived from the act type, the perpetrators and the due-diligence finding. It counts for SDG 16.10.1 only if the act was linked to the victim's work.</source>
            <translation>Déduit du type d'acte, des auteurs et de la conclusion sur la diligence voulue. Il n'est compté pour l'ODD 16.10.1 que si l'acte était lié au travail de la victime.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="237" />
            <source>SDG 16.10.1 type</source>
            <translation>Type ODD 16.10.1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="240" />
            <source>Analyst override</source>
            <translation>Correction de l'analyste</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="244" />
            <source>Override type</source>
            <translation>Type corrigé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="245" />
            <source>No override: use the derived type</source>
            <translation>Pas de correction : utiliser le type déduit</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="248" />
            <source>Does not qualify</source>
            <translation>Ne relève pas de l'indicateur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="251" />
            <source>Why the derived type does not fit (required with an override)</source>
            <translation>Pourquoi le type déduit ne convient pas (obligatoire en cas de correction)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="253" />
            <source>Override rationale</source>
            <translation>Motivation de la correction</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="255" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="256" />
            <source>Rationale</source>
            <translation>Motivation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="372" />
            <source>Choose the victim (people with the role Victim, under People).</source>
            <translation>Choisissez la victime (personnes ayant le rôle Victime, dans Personnes).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="374" />
            <source>Choose a type of act from the list.</source>
            <translation>Choisissez un type d'acte dans la liste.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="376" />
            <source>Choose each category from the list, or leave it empty.</source>
            <translation>Choisissez chaque catégorie dans la liste, ou laissez-la vide.</translation>
        </message>
    </context>
    <context>
        <name>ActionPointDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="32" />
            <source>New action point</source>
            <translation>Nouveau point d'action</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="35" />
            <source>For the risk area: %1</source>
            <translation>Pour le domaine de risque : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="43" />
            <source>A person, team or agency</source>
            <translation>Une personne, une équipe ou un organisme</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="47" />
            <source>e.g. UPR:XTV:4:A/HRC/58/12:128.26; AL XTV 3/2026</source>
            <translation>p. ex. UPR:XTV:4:A/HRC/58/12:128.26 ; AL XTV 3/2026</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="51" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="52" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="53" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="54" />
            <source>References</source>
            <translation>Références</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="55" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>ActionPointsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="43" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="43" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="43" />
            <source>Done</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="44" />
            <source>Dropped</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="49" />
            <source>Action points</source>
            <translation>Points d'action</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="54" />
            <source>Words in the action, owner or description</source>
            <translation>Mots de l'action, du responsable ou de la description</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="58" />
            <source>Open or in progress</source>
            <translation>Ouverts ou en cours</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="59" />
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="64" />
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="132" />
            <source>All risk areas</source>
            <translation>Tous les domaines de risque</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="65" />
            <source>Overdue only</source>
            <translation>En retard seulement</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="74" />
            <source>Risk areas</source>
            <translation>Domaines de risque</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="74" />
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="90" />
            <source>Set the status of the selected action point:</source>
            <translation>Statut du point d'action sélectionné :</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="96" />
            <source>Outcome (done) or reason (dropped)</source>
            <translation>Résultat (réalisé) ou motif (abandonné)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="97" />
            <source>Outcome or reason</source>
            <translation>Résultat ou motif</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="100" />
            <source>Set status</source>
            <translation>Appliquer le statut</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="142" />
            <source>Reading the action points…</source>
            <translation>Lecture des points d'action…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="172" />
            <source>(overdue)</source>
            <translation>(en retard)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="184" />
            <source>Shown: %1 of %2</source>
            <translation>Affichés : %1 sur %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="200" />
            <source>No description.</source>
            <translation>Aucune description.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="216" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
    </context>
    <context>
        <name>Acts</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="31" />
            <source>State agent</source>
            <translation>Agent de l'État</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="32" />
            <source>Acting with State acquiescence or support</source>
            <translation>Agissant avec l'assentiment ou le soutien de l'État</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="33" />
            <source>Non-State actor</source>
            <translation>Acteur non étatique</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="34" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="41" />
            <source>Does not qualify: SDG 16.10.1 does not count this type of act</source>
            <translation>Ne relève pas : l'ODD 16.10.1 ne compte pas ce type d'acte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="42" />
            <source>Does not qualify: no due-diligence finding for a non-State perpetrator</source>
            <translation>Ne relève pas : aucune conclusion sur la diligence voulue pour un auteur non étatique</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="44" />
            <source>Does not qualify: non-State perpetrator, and the State did not fail in due diligence</source>
            <translation>Ne relève pas : auteur non étatique, et l'État n'a pas manqué à son devoir de diligence</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="46" />
            <source>Does not qualify: the perpetrator is unknown</source>
            <translation>Ne relève pas : l'auteur est inconnu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="47" />
            <source>Does not qualify: torture counts only by a State agent or with State acquiescence</source>
            <translation>Ne relève pas : la torture n'est comptée que si elle est commise par un agent de l'État ou avec son assentiment</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="49" />
            <source>Does not qualify: other harmful acts count only by a State agent or with State acquiescence</source>
            <translation>Ne relève pas : les autres actes préjudiciables ne sont comptés que s'ils sont commis par un agent de l'État ou avec son assentiment</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="52" />
            <source>Does not qualify (%1)</source>
            <translation>Ne relève pas (%1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="57" />
            <source>Does not qualify</source>
            <translation>Ne relève pas de l'indicateur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="64" />
            <source>Choose the type of act</source>
            <translation>Choisissez le type d'acte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="74" />
            <source>✎ %1 (analyst override)</source>
            <translation>✎ %1 (correction de l'analyste)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="80" />
            <source>Not assessed</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="81" />
            <source>State failed</source>
            <translation>L'État a manqué à son devoir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="81" />
            <source>State did not fail</source>
            <translation>L'État n'a pas manqué à son devoir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="96" />
            <source>The victim “%1” is not one of this record's people: add them under People, or choose another victim.</source>
            <translation>La victime « %1 » ne fait pas partie des personnes de cette fiche : ajoutez-la dans Personnes ou choisissez une autre victime.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="100" />
            <source>“%1” is listed under People, but not with the role Victim.</source>
            <translation>« %1 » figure dans Personnes, mais pas avec le rôle Victime.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="109" />
            <source>An analyst override needs a rationale.</source>
            <translation>Une correction de l'analyste doit être motivée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="113" />
            <source>Act %1</source>
            <translation>Acte %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="116" />
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="116" />
            <source>Act type</source>
            <translation>Type d'acte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="117" />
            <source>Analyst override</source>
            <translation>Correction de l'analyste</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="118" />
            <source>Due-diligence rationale</source>
            <translation>Motivation (diligence voulue)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="121" />
            <source>Perpetrator %1</source>
            <translation>Auteur %1</translation>
        </message>
    </context>
    <context>
        <name>ActsTable</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="133" />
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="134" />
            <source>Act</source>
            <translation>Acte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="135" />
            <source>Perpetrators</source>
            <translation>Auteurs</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>Linked to work</source>
            <translation>Lié au travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="139" />
            <source>State due diligence</source>
            <translation>Diligence de l'État</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="140" />
            <source>SDG 16.10.1</source>
            <translation>ODD 16.10.1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="143" />
            <source>Add act…</source>
            <translation>Ajouter un acte…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="144" />
            <source>One act against one victim. The SDG 16.10.1 type is derived from what you record; an analyst may override it, with a rationale.</source>
            <translation>Un acte contre une victime. Le type ODD 16.10.1 est déduit de ce que vous saisissez ; un analyste peut le corriger, en motivant sa décision.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="150" />
            <source>Acts</source>
            <translation>Actes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="214" />
            <source>Add an act</source>
            <translation>Ajouter un acte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="214" />
            <source>Edit act %1</source>
            <translation>Modifier l'acte %1</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="188" />
            <source>Add an HQ user</source>
            <translation>Ajouter un utilisateur du siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="189" />
            <source>The new user signs in with this name and passphrase: give them the passphrase in person. Their clearance decides which keys their slot holds: a viewer or analyst below strictly confidential opens only the records up to their level.</source>
            <translation>Le nouvel utilisateur se connecte avec ce nom et cette phrase secrète : remettez-lui la phrase secrète en personne. Son habilitation décide des clés que contient son emplacement : un lecteur ou un analyste en dessous de « strictement confidentiel » n'ouvre que les fiches jusqu'à son niveau.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="191" />
            <source>Add user</source>
            <translation>Ajouter l'utilisateur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="207" />
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="208" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="209" />
            <source>Clearance</source>
            <translation>Habilitation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="210" />
            <source>Their passphrase</source>
            <translation>Sa phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="212" />
            <source>Repeat</source>
            <translation>Répéter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="232" />
            <source>Enter the new user's name.</source>
            <translation>Saisissez le nom du nouvel utilisateur.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="239" />
            <source>Adding the user…</source>
            <translation>Ajout de l'utilisateur…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="242" />
            <source>%1 was added: %2, clearance %3. They can sign in now.</source>
            <translation>%1 a été ajouté : %2, habilitation %3. Il peut se connecter dès maintenant.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="44" />
            <source>Select a cell of the grid</source>
            <translation>Sélectionnez une case de la grille</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="49" />
            <source>Officer's assessment</source>
            <translation>Évaluation de l'agent</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="53" />
            <source>No data: choose a level</source>
            <translation>Aucune donnée : choisissez un niveau</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="58" />
            <source>Choose a trend</source>
            <translation>Choisissez une tendance</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="63" />
            <source>Why this level: a sentence or two (required)</source>
            <translation>Pourquoi ce niveau : une ou deux phrases (obligatoire)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="68" />
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="69" />
            <source>Trend</source>
            <translation>Tendance</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="70" />
            <source>Rationale</source>
            <translation>Motivation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="76" />
            <source>Save assessment</source>
            <translation>Enregistrer l'évaluation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="82" />
            <source>Records in this cell</source>
            <translation>Fiches de cette case</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="93" />
            <source>Action points for this risk area</source>
            <translation>Points d'action pour ce domaine de risque</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="100" />
            <source>Add action point…</source>
            <translation>Ajouter un point d'action…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="117" />
            <source>No data: no records for this area in the month, so nothing is suggested. An empty month is not evidence of low risk; set a level only from what you know outside the records.</source>
            <translation>Aucune donnée : aucune fiche pour ce domaine ce mois-ci, donc aucune suggestion. Un mois sans fiche ne prouve pas un risque faible ; ne fixez un niveau qu'à partir de ce que vous savez en dehors des fiches.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="121" />
            <source>Computed from %n record(s) (%2 verified): suggests %3, %4 (score %5).</source>
            <translation>
                <numerusform>Calculé à partir de %n fiche (%2 vérifiées) : suggère %3, %4 (score %5).</numerusform>
                <numerusform>Calculé à partir de %n fiches (%2 vérifiées) : suggère %3, %4 (score %5).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="133" />
            <source>Not assessed yet: the suggestion is shown.</source>
            <translation>Pas encore évalué : la suggestion est affichée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="134" />
            <source>Assessed: agrees with the suggestion.</source>
            <translation>Évalué : conforme à la suggestion.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="135" />
            <source>Assessed: overrides the suggestion (kept in the audit log).</source>
            <translation>Évalué : s'écarte de la suggestion (consigné dans le journal d'audit).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="137" />
            <source>Not assessed yet: no data.</source>
            <translation>Pas encore évalué : aucune donnée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="138" />
            <source>Assessed from outside the records (no data in the month; kept in the audit log).</source>
            <translation>Évalué à partir d'informations extérieures aux fiches (aucune donnée ce mois-ci ; consigné dans le journal d'audit).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="142" />
            <source>Records changed since it was set: review it.</source>
            <translation>Des fiches ont changé depuis cette évaluation : réexaminez-la.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="155" />
            <source>… and %1 more (filter the case list to see them all)</source>
            <translation>… et %1 de plus (filtrez la liste des dossiers pour les voir toutes)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="167" />
            <source>None yet.</source>
            <translation>Aucun pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="180" />
            <source>Choose a level and a trend.</source>
            <translation>Choisissez un niveau et une tendance.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="183" />
            <source>A rationale is required: say in a sentence or two why.</source>
            <translation>Une motivation est obligatoire : expliquez en une ou deux phrases.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPreview</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="28" />
            <source>Preview: %1</source>
            <translation>Aperçu : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="32" />
            <source>%1 · %2 · SHA-256 %3 (matches the intake record)</source>
            <translation>%1 · %2 · SHA-256 %3 (conforme à l'enregistrement initial)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="43" />
            <source>Decrypted in memory for this preview only; nothing was written to disk.</source>
            <translation>Déchiffré en mémoire pour cet aperçu seulement ; rien n'a été écrit sur le disque.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="76" />
            <source>There is no preview for this type of file. It stays encrypted in the workspace; export it to open it in another program.</source>
            <translation>Aucun aperçu n'est disponible pour ce type de fichier. Il reste chiffré dans l'espace de travail ; exportez-le pour l'ouvrir dans un autre programme.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="54" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="54" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="54" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="55" />
            <source>SHA-256 (at intake)</source>
            <translation>SHA-256 (à l'enregistrement)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="55" />
            <source>Added</source>
            <translation>Ajouté</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="78" />
            <source>Add file…</source>
            <translation>Ajouter un fichier…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="81" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="84" />
            <source>Copy SHA-256</source>
            <translation>Copier le SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="96" />
            <source>Save the record first; then you can attach files to it.</source>
            <translation>Enregistrez d'abord la fiche ; vous pourrez ensuite y joindre des fichiers.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="98" />
            <source>Files are encrypted into the workspace when attached (drop them here, or Add file…). The SHA-256 is taken from the original at intake, for the chain of custody. Previews are decrypted in memory only.</source>
            <translation>Les fichiers sont chiffrés dans l'espace de travail dès qu'ils sont joints (déposez-les ici, ou Ajouter un fichier…). Le SHA-256 est calculé sur l'original à la réception, pour la chaîne de traçabilité. Les aperçus sont déchiffrés en mémoire seulement.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="130" />
            <source>SHA-256 of %1 at intake:
%2</source>
            <translation>SHA-256 de %1 à l'enregistrement :
%2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="140" />
            <source>Choose a file to attach</source>
            <translation>Choisissez un fichier à joindre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="176" />
            <source>Encrypting and attaching %1…</source>
            <translation>Chiffrement et ajout de %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="224" />
            <source>Decrypting the preview…</source>
            <translation>Déchiffrement de l'aperçu…</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Risk areas</source>
            <translation>Domaines de risque</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Sev.</source>
            <translation>Grav.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Verification</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="170" />
            <source>Severity, 1 (minor) to 5 (very grave)</source>
            <translation>Gravité, de 1 (mineure) à 5 (très grave)</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="63" />
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="134" />
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="66" />
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="179" />
            <source>Drafts</source>
            <translation>Brouillons</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="68" />
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="76" />
            <source>New community information</source>
            <translation>Nouvelle information communautaire</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="78" />
            <source>New incident</source>
            <translation>Nouvel incident</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="80" />
            <source>Record a new incident (Ctrl+N)</source>
            <translation>Enregistrer un nouvel incident (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="82" />
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="84" />
            <source>People and incidents recorded more than once</source>
            <translation>Personnes et incidents enregistrés plus d'une fois</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="137" />
            <source>No records match these filters.</source>
            <translation>Aucune fiche ne correspond à ces filtres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="178" />
            <source>Drafts (%1)</source>
            <translation>Brouillons (%1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="192" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n fiche</numerusform>
                <numerusform>%n fiches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="195" />
            <source>%n record(s) match</source>
            <translation>
                <numerusform>%n fiche correspond</numerusform>
                <numerusform>%n fiches correspondent</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="233" />
            <source>Records and context data (*.json *.csv *.xlsx *.xls *.ods)</source>
            <translation>Fiches et données de contexte (*.json *.csv *.xlsx *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="280" />
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="308" />
            <source>Imported %n record(s).</source>
            <translation>
                <numerusform>%n fiche importée.</numerusform>
                <numerusform>%n fiches importées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="310" />
            <source>New: %1. Revised: %2. Unchanged: %3.</source>
            <translation>Nouvelles : %1. Révisées : %2. Inchangées : %3.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="314" />
            <source>Marked as coming from %1 and kept apart from your own records in counts.</source>
            <translation>Marquées comme provenant de %1 et comptées à part de vos propres fiches.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="320" />
            <source>%n event(s) imported before are not in this export (deleted by the publisher, or outside this download); they were left as they are:</source>
            <translation>
                <numerusform>%n événement importé auparavant n'est pas dans cet export (supprimé par l'éditeur, ou hors de ce téléchargement) ; il a été laissé tel quel :</numerusform>
                <numerusform>%n événements importés auparavant ne sont pas dans cet export (supprimés par l'éditeur, ou hors de ce téléchargement) ; ils ont été laissés tels quels :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="203" />
            <source>%1 of %2 records match</source>
            <translation>%1 fiches sur %2 correspondent</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="69" />
            <source>Import records from a Fieldcase .json or .csv file, an ACLED or UCDP export, an HXL-tagged dataset, or KoboToolbox / ODK submissions (all or nothing)</source>
            <translation>Importer des fiches depuis un fichier Fieldcase .json ou .csv, un export ACLED ou UCDP, un jeu de données balisé HXL ou des soumissions KoboToolbox / ODK (tout ou rien)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="73" />
            <source>Records or context data…</source>
            <translation>Fiches ou données de contexte…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="74" />
            <source>KoboToolbox / ODK submissions…</source>
            <translation>Soumissions KoboToolbox / ODK…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="229" />
            <source>Import records</source>
            <translation>Importer des fiches</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="293" />
            <source>… and %1 more.</source>
            <translation>… et %1 de plus.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="298" />
            <source>Import cancelled; nothing was imported.</source>
            <translation>Importation annulée ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="303" />
            <source>Importing %1…</source>
            <translation>Importation de %1…</translation>
        </message>
    </context>
    <context>
        <name>ChangeOwnPassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="364" />
            <source>Change my passphrase</source>
            <translation>Changer ma phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="365" />
            <source>Your key slot is wrapped again under the new passphrase, holding the same keys; your current one opens nothing afterwards.</source>
            <translation>Votre emplacement de clés est à nouveau protégé par la nouvelle phrase secrète et garde les mêmes clés ; l'actuelle n'ouvre plus rien ensuite.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="366" />
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="372" />
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="373" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="375" />
            <source>Repeat</source>
            <translation>Répéter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="382" />
            <source>Enter your current passphrase.</source>
            <translation>Saisissez votre phrase secrète actuelle.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="388" />
            <source>The HQ directory is locked.</source>
            <translation>Le dossier du siège est verrouillé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="391" />
            <source>Changing your passphrase…</source>
            <translation>Changement de votre phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="394" />
            <source>Your passphrase was changed: sign in with the new one next time.</source>
            <translation>Votre phrase secrète a été changée : connectez-vous avec la nouvelle la prochaine fois.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="37" />
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="41" />
            <source>The store is not re-encrypted: the workspace key is wrapped again under the new passphrase. The recovery key keeps working.</source>
            <translation>La base n'est pas rechiffrée : la clé de l'espace de travail est à nouveau protégée par la nouvelle phrase secrète. La clé de récupération reste valable.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="49" />
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="50" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="52" />
            <source>Repeat</source>
            <translation>Répéter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="55" />
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="67" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation>La nouvelle phrase secrète est trop courte : utilisez au moins %1 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="71" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>Cette phrase secrète est trop facile à deviner : ajoutez quelques mots sans rapport entre eux.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="74" />
            <source>The two new passphrases differ.</source>
            <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="82" />
            <source>Changing the passphrase…</source>
            <translation>Changement de la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="83" />
            <source>Cancelled: the passphrase was not changed.</source>
            <translation>Annulé : la phrase secrète n’a pas été changée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="88" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="87" />
            <source>The passphrase was changed. Use the new one the next time you unlock; the recovery key still works.</source>
            <translation>La phrase secrète a été changée. Utilisez la nouvelle au prochain déverrouillage ; la clé de récupération fonctionne toujours.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceList</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="108" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="144" />
            <source>Choose a value from the list.</source>
            <translation>Choisissez une valeur dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>ConflictWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="73" />
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="89" />
            <source>Sync conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="91" />
            <source>This record was edited here and elsewhere before the two versions met. Choose, for every highlighted field, the version to keep, or type a combination. Saving writes a new revision; both versions stay in the history.</source>
            <translation>Cette fiche a été modifiée ici et ailleurs avant que les deux versions se rejoignent. Pour chaque champ surligné, choisissez la version à garder ou saisissez une combinaison. L’enregistrement crée une nouvelle révision ; les deux versions restent dans l’historique.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="96" />
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="126" />
            <source>Keep all mine</source>
            <translation>Garder toutes les miennes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="128" />
            <source>Take all theirs</source>
            <translation>Prendre toutes les leurs</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="131" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="133" />
            <source>Save decision</source>
            <translation>Enregistrer la décision</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="135" />
            <source>Write the chosen values as a new revision (Ctrl+S)</source>
            <translation>Enregistrer les valeurs choisies comme nouvelle révision (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="160" />
            <source>%1 — from %2</source>
            <translation>%1 — de %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="170" />
            <source>No sync conflicts to resolve.</source>
            <translation>Aucun conflit de synchronisation à résoudre.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="171" />
            <source>Your decision was saved as revision %1 of the record.</source>
            <translation>Votre décision a été enregistrée comme révision %1 de la fiche.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="197" />
            <source>%n field(s) differ. Detected %1 in a package from %2.</source>
            <translation>
                <numerusform>%n champ diffère. Détecté le %1 dans un paquet de %2.</numerusform>
                <numerusform>%n champs diffèrent. Détecté le %1 dans un paquet de %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="206" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="206" />
            <source>Type of information</source>
            <translation>Type d’information</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="206" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="207" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="207" />
            <source>Reported on</source>
            <translation>Signalé le</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="207" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="208" />
            <source>Narrative</source>
            <translation>Récit</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="208" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="208" />
            <source>Acts</source>
            <translation>Actes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="209" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="209" />
            <source>Violation types</source>
            <translation>Types de violation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="210" />
            <source>Perpetrator category</source>
            <translation>Catégorie d’auteur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="211" />
            <source>Perpetrator status</source>
            <translation>Statut de l’auteur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="211" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="212" />
            <source>Verification</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="212" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="213" />
            <source>Confidentiality</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="213" />
            <source>Reprisal</source>
            <translation>Représailles</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="214" />
            <source>Early warning</source>
            <translation>Alerte précoce</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="214" />
            <source>Cross-border country</source>
            <translation>Pays transfrontalier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="215" />
            <source>Proposed early action</source>
            <translation>Action précoce proposée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="215" />
            <source>Casualties</source>
            <translation>Victimes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="216" />
            <source>Deaths (SDG 16.1.2)</source>
            <translation>Décès (ODD 16.1.2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="216" />
            <source>Related to an armed conflict</source>
            <translation>Lié à un conflit armé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="217" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="217" />
            <source>Risk areas and factors</source>
            <translation>Domaines et facteurs de risque</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="218" />
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="240" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="241" />
            <source>Mine: revision %1 by %2, %3</source>
            <translation>La mienne : révision %1 par %2, %3</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="242" />
            <source>Theirs: revision %1 by %2, %3</source>
            <translation>La leur : révision %1 par %2, %3</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="266" />
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="267" />
            <source>Take theirs</source>
            <translation>Prendre la leur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="291" />
            <source>Combine: type the value</source>
            <translation>Combiner : saisir la valeur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="365" />
            <source>%1 of %2 fields decided</source>
            <translation>%1 champs tranchés sur %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="417" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="417" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="418" />
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="418" />
            <source>by</source>
            <translation>par</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="419" />
            <source>linked to the victim's work</source>
            <translation>lié au travail de la victime</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="420" />
            <source>killed</source>
            <translation>tués</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="420" />
            <source>injured</source>
            <translation>blessés</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="421" />
            <source>abducted</source>
            <translation>enlevés</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="421" />
            <source>displaced</source>
            <translation>déplacés</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="422" />
            <source>name recorded</source>
            <translation>nom enregistré</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="422" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="423" />
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>ContextPreviewDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="28" />
            <source>Import context data</source>
            <translation>Importer des données de contexte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="35" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="39" />
            <source>These records will be marked as coming from this dataset and kept apart from your own records in counts. Licence: %1</source>
            <translation>Ces fiches seront marquées comme provenant de ce jeu de données et comptées à part de vos propres fiches. Licence : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="46" />
            <source>Which column fills which field</source>
            <translation>Quelle colonne remplit quel champ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="47" />
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="47" />
            <source>Fills</source>
            <translation>Remplit</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="48" />
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="49" />
            <source>kept as source data</source>
            <translation>conservée comme donnée source</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="52" />
            <source>The first rows, as they would be imported</source>
            <translation>Les premières lignes, telles qu'elles seraient importées</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="56" />
            <source>Would be refused: %1</source>
            <translation>Serait refusée : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Where</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="67" />
            <source>Killed</source>
            <translation>Tués</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="71" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
    </context>
    <context>
        <name>CreateForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="29" />
            <source>Create a new workspace</source>
            <translation>Créer un nouvel espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="30" />
            <source>A workspace is a folder holding your encrypted case files. Only this passphrase (or the recovery key shown next) can open it.</source>
            <translation>Un espace de travail est un dossier qui contient vos dossiers chiffrés. Seule cette phrase secrète (ou la clé de récupération affichée ensuite) permet de l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="38" />
            <source>Choose an empty folder for the workspace</source>
            <translation>Choisissez un dossier vide pour l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="39" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="42" />
            <source>Shown in the revision history of every record</source>
            <translation>Affiché dans l'historique des révisions de chaque fiche</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="43" />
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="44" />
            <source>Several unrelated words</source>
            <translation>Plusieurs mots sans rapport entre eux</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="47" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="50" />
            <source>The same passphrase again</source>
            <translation>La même phrase secrète, une seconde fois</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="54" />
            <source>Repeat</source>
            <translation>Répéter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="65" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="67" />
            <source>Create workspace</source>
            <translation>Créer l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="89" />
            <source>Choose a folder for the workspace.</source>
            <translation>Choisissez un dossier pour l'espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="91" />
            <source>This folder is not empty: choose a new or empty folder.</source>
            <translation>Ce dossier n'est pas vide : choisissez un dossier nouveau ou vide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="93" />
            <source>Enter your name: it is recorded with every change you make.</source>
            <translation>Saisissez votre nom : il est consigné avec chacune de vos modifications.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="95" />
            <source>The passphrase is too short: use at least %1 characters.</source>
            <translation>La phrase secrète est trop courte : utilisez au moins %1 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="97" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>Cette phrase secrète est trop facile à deviner : ajoutez quelques mots sans rapport entre eux.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="99" />
            <source>The two passphrases differ: type the same passphrase twice.</source>
            <translation>Les deux phrases secrètes diffèrent : tapez deux fois la même phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="117" />
            <source>Creating the encrypted workspace…</source>
            <translation>Création de l'espace de travail chiffré…</translation>
        </message>
    </context>
    <context>
        <name>DraftsDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="30" />
            <source>Unsaved drafts</source>
            <translation>Brouillons non enregistrés</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="35" />
            <source>Changes are kept here, encrypted, until they are saved as a revision or discarded.</source>
            <translation>Les modifications sont conservées ici, chiffrées, jusqu'à ce qu'elles soient enregistrées comme révision ou abandonnées.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="41" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="41" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="41" />
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="49" />
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="51" />
            <source>(never saved)</source>
            <translation>(jamais enregistré)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="59" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="61" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/duplicates.py" line="35" />
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/duplicates.py" line="38" />
            <source>Back to the case files</source>
            <translation>Retour aux fiches</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/duplicates.py" line="42" />
            <source>People named in several records and incidents reported by several sources, ranked by how alike they are. Double-click a side to open its record.</source>
            <translation>Personnes citées dans plusieurs fiches et incidents signalés par plusieurs sources, classés selon leur ressemblance. Double-cliquez sur un côté pour ouvrir sa fiche.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="82" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="83" />
            <source>People and incidents</source>
            <translation>Personnes et incidents</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="84" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="85" />
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="86" />
            <source>Show names</source>
            <translation>Afficher les noms</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="87" />
            <source>Show people's real names instead of their pseudonyms</source>
            <translation>Afficher les vrais noms des personnes au lieu de leurs pseudonymes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="88" />
            <source>Look again</source>
            <translation>Chercher à nouveau</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="89" />
            <source>Compare the records again (after changes)</source>
            <translation>Comparer à nouveau les fiches (après des modifications)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="112" />
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="113" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="113" />
            <source>One</source>
            <translation>L'un</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="113" />
            <source>The other</source>
            <translation>L'autre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="114" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="168" />
            <source>Stopped before the end: nothing is listed.</source>
            <translation>Arrêté avant la fin : rien n'est listé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="175" />
            <source>Comparing the records…</source>
            <translation>Comparaison des fiches…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="183" />
            <source>No possible duplicates of this record.</source>
            <translation>Aucun doublon possible de cette fiche.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="184" />
            <source>No possible duplicates found.</source>
            <translation>Aucun doublon possible trouvé.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="186" />
            <source>The %1 most likely of %n possible duplicates, best first.</source>
            <translation>
                <numerusform>Les %1 plus probables sur %n doublon possible, les meilleurs d'abord.</numerusform>
                <numerusform>Les %1 plus probables sur %n doublons possibles, les meilleurs d'abord.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="189" />
            <source>%n possible duplicate(s), best first. Mark a pair as the same only after checking both records.</source>
            <translation>
                <numerusform>%n doublon possible, les meilleurs d'abord. Ne marquez une paire comme identique qu'après avoir vérifié les deux fiches.</numerusform>
                <numerusform>%n doublons possibles, les meilleurs d'abord. Ne marquez une paire comme identique qu'après avoir vérifié les deux fiches.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="196" />
            <source>How alike the two are, out of 100</source>
            <translation>À quel point les deux se ressemblent, sur 100</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="201" />
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="243" />
            <source>Mark as the same…</source>
            <translation>Marquer comme identiques…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="204" />
            <source>Record that these are one person or one incident (both records are kept)</source>
            <translation>Enregistrer qu'il s'agit d'une seule personne ou d'un seul incident (les deux fiches sont conservées)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="218" />
            <source>Same name</source>
            <translation>Même nom</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="219" />
            <source>Names spelled differently that sound alike</source>
            <translation>Noms orthographiés différemment qui se prononcent de même</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="220" />
            <source>The same name written in Arabic and in Latin letters</source>
            <translation>Le même nom écrit en lettres arabes et en lettres latines</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="221" />
            <source>An initial matches the full name</source>
            <translation>Une initiale correspond au nom complet</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="222" />
            <source>Part of the name matches</source>
            <translation>Une partie du nom correspond</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="223" />
            <source>Same sex</source>
            <translation>Même sexe</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="224" />
            <source>Same age group</source>
            <translation>Même tranche d'âge</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="225" />
            <source>Different age groups</source>
            <translation>Tranches d'âge différentes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="226" />
            <source>Same district</source>
            <translation>Même district</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="227" />
            <source>Same region</source>
            <translation>Même région</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="228" />
            <source>Different regions</source>
            <translation>Régions différentes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="229" />
            <source>%n km apart</source>
            <translation>
                <numerusform>à %n km l'un de l'autre</numerusform>
                <numerusform>à %n km l'un de l'autre</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="230" />
            <source>Same role in both records</source>
            <translation>Même rôle dans les deux fiches</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="231" />
            <source>Same day</source>
            <translation>Même jour</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="232" />
            <source>Dates %n day(s) apart</source>
            <translation>
                <numerusform>Dates à %n jour d'écart</numerusform>
                <numerusform>Dates à %n jours d'écart</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="233" />
            <source>Overlapping dates (one known only to the month or year)</source>
            <translation>Dates qui se chevauchent (l'une connue seulement au mois ou à l'année)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="234" />
            <source>%n act type(s) in common</source>
            <translation>
                <numerusform>%n type d'acte en commun</numerusform>
                <numerusform>%n types d'actes en commun</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="235" />
            <source>No act type in common</source>
            <translation>Aucun type d'acte en commun</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="236" />
            <source>%n victim(s) in common</source>
            <translation>
                <numerusform>%n victime en commun</numerusform>
                <numerusform>%n victimes en commun</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="237" />
            <source>No victim in common</source>
            <translation>Aucune victime en commun</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="282" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="290" />
            <source>In %n record(s)</source>
            <translation>
                <numerusform>Dans %n fiche</numerusform>
                <numerusform>Dans %n fiches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuressPassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="36" />
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="51" />
            <source>Duress passphrase</source>
            <translation>Phrase secrète de contrainte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="41" />
            <source>A second passphrase to give if you are forced to unlock: typed on the unlock screen, it opens an empty decoy workspace instead of this one. Nothing on the computer shows that it exists.</source>
            <translation>Une seconde phrase secrète à donner si l'on vous force à déverrouiller : saisie sur l'écran de déverrouillage, elle ouvre un espace de travail leurre vide au lieu de celui-ci. Rien sur l'ordinateur ne montre qu'elle existe.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="50" />
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="53" />
            <source>Repeat</source>
            <translation>Répéter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="55" />
            <source>Also quick-delete this workspace when the duress passphrase is typed</source>
            <translation>Supprimer aussi rapidement cet espace de travail quand la phrase de contrainte est saisie</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="60" />
            <source>Then every record, draft and attachment on this computer is destroyed before the decoy opens; only what reached HQ survives. This cannot be undone.</source>
            <translation>Chaque fiche, brouillon et pièce jointe sur cet ordinateur est alors détruit avant l'ouverture du leurre ; seul ce qui est parvenu au siège subsiste. C'est irréversible.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="62" />
            <source>Remove duress passphrase</source>
            <translation>Retirer la phrase de contrainte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="64" />
            <source>Asks for the current passphrase only.</source>
            <translation>Demande seulement la phrase secrète actuelle.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="70" />
            <source>Set</source>
            <translation>Définir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="70" />
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="82" />
            <source>Type your current passphrase first.</source>
            <translation>Saisissez d'abord votre phrase secrète actuelle.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="85" />
            <source>The duress passphrase is too short: use at least %1 characters.</source>
            <translation>La phrase secrète de contrainte est trop courte : utilisez au moins %1 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="89" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>Cette phrase secrète est trop facile à deviner : ajoutez quelques mots sans rapport entre eux.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="92" />
            <source>The two duress passphrases differ.</source>
            <translation>Les deux phrases de contrainte diffèrent.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="95" />
            <source>The duress passphrase must differ from your passphrase.</source>
            <translation>La phrase de contrainte doit différer de votre phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="103" />
            <source>Setting the duress passphrase…</source>
            <translation>Définition de la phrase de contrainte…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="109" />
            <source>Type your current passphrase to remove the duress passphrase.</source>
            <translation>Saisissez votre phrase secrète actuelle pour retirer la phrase de contrainte.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="117" />
            <source>Removing the duress passphrase…</source>
            <translation>Retrait de la phrase de contrainte…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="104" />
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="118" />
            <source>Cancelled: nothing was changed.</source>
            <translation>Annulé : rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="123" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="128" />
            <source>Duress passphrase set: typing it quick-deletes this workspace, then opens an empty decoy. Your passphrase and the recovery key open this workspace as before.</source>
            <translation>Phrase de contrainte définie : la saisir supprime rapidement cet espace de travail, puis ouvre un leurre vide. Votre phrase secrète et la clé de récupération ouvrent cet espace de travail comme avant.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="131" />
            <source>Duress passphrase set: typing it opens an empty decoy workspace; this workspace stays as it is. Your passphrase and the recovery key open it as before.</source>
            <translation>Phrase de contrainte définie : la saisir ouvre un espace de travail leurre vide ; cet espace de travail reste tel quel. Votre phrase secrète et la clé de récupération l'ouvrent comme avant.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="133" />
            <source>The duress passphrase was removed: it opens nothing now.</source>
            <translation>La phrase de contrainte a été retirée : elle n'ouvre plus rien.</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="19" />
            <source>Record type</source>
            <translation>Type de fiche</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="22" />
            <source>Information type</source>
            <translation>Type d'information</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="25" />
            <source>Required for community information; not used for incidents.</source>
            <translation>Obligatoire pour une information communautaire ; inutilisé pour un incident.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="29" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="31" />
            <source>A short, factual title (3–300 characters)</source>
            <translation>Un titre court et factuel (3 à 300 caractères)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="35" />
            <source>Narrative</source>
            <translation>Récit</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="37" />
            <source>What happened, in order; who reported it; what is still unclear.</source>
            <translation>Ce qui s'est passé, dans l'ordre ; qui l'a signalé ; ce qui reste incertain.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="40" />
            <source>Follow-up status</source>
            <translation>Statut du suivi</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="44" />
            <source>Confidentiality</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="50" />
            <source>Flag as an early-warning signal</source>
            <translation>Signaler comme signe d'alerte rapide</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="53" />
            <source>Proposed early action</source>
            <translation>Action rapide proposée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="54" />
            <source>For an early-warning signal: what should be done, by whom</source>
            <translation>Pour un signal d'alerte rapide : ce qu'il faudrait faire, et par qui</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="58" />
            <source>Cross-border: the other country</source>
            <translation>Transfrontalier : l'autre pays</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="59" />
            <source>ISO 3166 alpha-3 code, e.g. XTW</source>
            <translation>Code ISO 3166 alpha-3, p. ex. XTW</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="60" />
            <source>For an incident or signal that crosses a border (the regional review at HQ).</source>
            <translation>Pour un incident ou un signal qui franchit une frontière (l'examen régional au siège).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="63" />
            <source>Suspected reprisal for cooperation with the UN (HRC res. 12/2)</source>
            <translation>Représailles présumées pour coopération avec l'ONU (résolution 12/2 du CDH)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="72" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="76" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="84" />
            <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
            <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="77" />
            <source>As precisely as it is known: a day, a month or a year.</source>
            <translation>Aussi précisément que connu : un jour, un mois ou une année.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="81" />
            <source>Until</source>
            <translation>Jusqu'au</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="85" />
            <source>For events that lasted: the last day, month or year.</source>
            <translation>Pour les faits qui ont duré : le dernier jour, mois ou année.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="87" />
            <source>Reported on</source>
            <translation>Signalé le</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="88" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="210" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="91" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="93" />
            <source>ISO 3166 code, e.g. XTV</source>
            <translation>Code ISO 3166, p. ex. XTV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="95" />
            <source>Region (admin 1)</source>
            <translation>Région (niveau admin. 1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="97" />
            <source>Region P-code</source>
            <translation>P-code de la région</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="97" />
            <source>e.g. XT02</source>
            <translation>p. ex. XT02</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="99" />
            <source>District (admin 2)</source>
            <translation>District (niveau admin. 2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="102" />
            <source>District P-code</source>
            <translation>P-code du district</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="103" />
            <source>e.g. XT0202</source>
            <translation>p. ex. XT0202</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="107" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="108" />
            <source>Village, neighbourhood, site</source>
            <translation>Village, quartier, site</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="110" />
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="111" />
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="114" />
            <source>Precision (metres)</source>
            <translation>Précision (mètres)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="116" />
            <source>Radius within which the true location lies.</source>
            <translation>Rayon dans lequel se trouve le lieu exact.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="125" />
            <source>Verification</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="131" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="134" />
            <source>Alleged perpetrator</source>
            <translation>Auteur présumé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="138" />
            <source>Type to search</source>
            <translation>Tapez pour chercher</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="142" />
            <source>Perpetrator status</source>
            <translation>Statut de l'auteur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="153" />
            <source>Killed</source>
            <translation>Tués</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="154" />
            <source>Injured</source>
            <translation>Blessés</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="155" />
            <source>Abducted</source>
            <translation>Enlevés</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="156" />
            <source>Displaced</source>
            <translation>Déplacés</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="159" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="161" />
            <source>Community information: how many people were present.</source>
            <translation>Information communautaire : nombre de personnes présentes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="168" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="311" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="171" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="312" />
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="173" />
            <source>A code used in reports, e.g. V-014</source>
            <translation>Un code utilisé dans les rapports, p. ex. V-014</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="177" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="313" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="179" />
            <source>Kept encrypted; leave empty unless needed. Never in exports without consent.</source>
            <translation>Conservé chiffré ; laissez vide sauf nécessité. Jamais dans les exports sans consentement.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="181" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="256" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="337" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="182" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="260" />
            <source>Age group</source>
            <translation>Tranche d'âge</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="183" />
            <source>Victim group (SDG 16.10.1)</source>
            <translation>Groupe de victimes (ODD 16.10.1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="186" />
            <source>Cooperated with the UN through</source>
            <translation>A coopéré avec l'ONU par l'intermédiaire de</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="190" />
            <source>Reprisal suspected</source>
            <translation>Représailles présumées</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="193" />
            <source>At risk if identified</source>
            <translation>En danger si identifié</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="195" />
            <source>Protection concern</source>
            <translation>Préoccupation en matière de protection</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="199" />
            <source>Consents to being named</source>
            <translation>Consent à être nommé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="201" />
            <source>The person agreed to be named in reports to headquarters.</source>
            <translation>La personne a accepté d'être nommée dans les rapports au siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="205" />
            <source>Consents to referral</source>
            <translation>Consent à être orienté</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="207" />
            <source>The person agreed to referral, e.g. to the UN reprisals focal point.</source>
            <translation>La personne a accepté d'être orientée, p. ex. vers le point focal de l'ONU pour les représailles.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="209" />
            <source>Consent recorded on</source>
            <translation>Consentement recueilli le</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="218" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="326" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="220" />
            <source>Who or what: a code, not a full name</source>
            <translation>Qui ou quoi : un code, pas un nom complet</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="223" />
            <source>Type of source material</source>
            <translation>Type de matériel source</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="227" />
            <source>Source reliability</source>
            <translation>Fiabilité de la source</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="235" />
            <source>Credibility of this information</source>
            <translation>Crédibilité de cette information</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="244" />
            <source>Connection to the information</source>
            <translation>Lien avec l'information</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="254" />
            <source>Number of deaths</source>
            <translation>Nombre de décès</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="268" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="339" />
            <source>Cause</source>
            <translation>Cause</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="276" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="340" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="301" />
            <source>at risk</source>
            <translation>en danger</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="303" />
            <source>reprisal suspected</source>
            <translation>représailles présumées</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="306" />
            <source>may be named</source>
            <translation>peut être nommé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="306" />
            <source>no naming consent</source>
            <translation>pas de consentement à être nommé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="315" />
            <source>Sex / age</source>
            <translation>Sexe / âge</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="320" />
            <source>Protection and consent</source>
            <translation>Protection et consentement</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="327" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="328" />
            <source>Reliability</source>
            <translation>Fiabilité</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="329" />
            <source>Credibility</source>
            <translation>Crédibilité</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="330" />
            <source>Connection</source>
            <translation>Lien</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="336" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="338" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="128" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="734" />
            <source>● Unsaved changes</source>
            <translation>● Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="130" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="735" />
            <source>Save with Ctrl+S; a draft is also kept, encrypted, as you type</source>
            <translation>Enregistrez avec Ctrl+S ; un brouillon chiffré est aussi conservé pendant la saisie</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="144" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="738" />
            <source>Restore the draft</source>
            <translation>Restaurer le brouillon</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="145" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="739" />
            <source>Discard the draft</source>
            <translation>Abandonner le brouillon</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="170" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="736" />
            <source>Evidence package…</source>
            <translation>Dossier de preuves…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="172" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="737" />
            <source>Export a signed, court-ready package of this case</source>
            <translation>Exporter un dossier signé de ce cas, prêt à être produit en justice</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="176" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="740" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="178" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="741" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="180" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="742" />
            <source>Save a new revision (Ctrl+S)</source>
            <translation>Enregistrer une nouvelle révision (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="224" />
            <source>Show names</source>
            <translation>Afficher les noms</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="225" />
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="227" />
            <source>Use a pseudonym in reports. A name is stored encrypted and shown only here.</source>
            <translation>Utilisez un pseudonyme dans les rapports. Un nom est conservé chiffré et n'est affiché qu'ici.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="231" />
            <source>Copy name</source>
            <translation>Copier le nom</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="232" />
            <source>Copy the selected person's name; the clipboard is cleared after 30 seconds</source>
            <translation>Copier le nom de la personne sélectionnée ; le presse-papiers est vidé après 30 secondes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="239" />
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="242" />
            <source>deaths</source>
            <translation>décès</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="243" />
            <source>Violation type — type to search</source>
            <translation>Type de violation — tapez pour chercher</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="245" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="253" />
            <source>Violation and abuse types</source>
            <translation>Types de violations et d'atteintes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="255" />
            <source>Risk tags (CCA risk areas, atrocity risk factors)</source>
            <translation>Étiquettes de risque (domaines de risque du BCP, facteurs de risque d'atrocités criminelles)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="261" />
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="261" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="262" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="264" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="268" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="366" />
            <source>Related to an armed conflict</source>
            <translation>Lié à un conflit armé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="265" />
            <source>International or non-international armed conflict, as international humanitarian law defines it. The deaths count for SDG 16.1.2 only when this is Yes.</source>
            <translation>Conflit armé international ou non international, au sens du droit international humanitaire. Les décès ne sont comptés pour l'ODD 16.1.2 que si la réponse est Oui.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="273" />
            <source>Conflict-related deaths (SDG 16.1.2)</source>
            <translation>Décès liés aux conflits (ODD 16.1.2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="281" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="281" />
            <source>When &amp;&amp; where</source>
            <translation>Quand et où</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="282" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="282" />
            <source>Acts</source>
            <translation>Actes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="283" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="284" />
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="285" />
            <source>Impact</source>
            <translation>Conséquences</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="285" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="370" />
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="286" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="289" />
            <source>Same as</source>
            <translation>Identique à</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="297" />
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="318" />
            <source>No gazetteer yet: import your country's COD-AB table in Settings › Places</source>
            <translation>Pas encore de répertoire géographique : importez la table COD-AB de votre pays dans Paramètres › Lieux</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="325" />
            <source>Find in the gazetteer</source>
            <translation>Chercher dans le répertoire géographique</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="345" />
            <source>Filled from the gazetteer: %1 (%2).</source>
            <translation>Rempli depuis le répertoire géographique : %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="357" />
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="357" />
            <source>Type of act</source>
            <translation>Type d'acte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="358" />
            <source>Perpetrator's relation to the State</source>
            <translation>Lien de l'auteur avec l'État</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="359" />
            <source>Perpetrator category</source>
            <translation>Catégorie d'auteur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="360" />
            <source>Linked to the victim's work</source>
            <translation>Lié au travail de la victime</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="361" />
            <source>State failed in due diligence</source>
            <translation>L'État a manqué à son devoir de diligence</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="362" />
            <source>Due-diligence rationale</source>
            <translation>Motivation (diligence voulue)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="363" />
            <source>Fate or whereabouts concealed</source>
            <translation>Sort ou lieu de détention dissimulé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="364" />
            <source>SDG 16.10.1 override</source>
            <translation>Correction ODD 16.10.1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="365" />
            <source>Override rationale</source>
            <translation>Motivation de la correction</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="365" />
            <source>Act</source>
            <translation>Acte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="367" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="367" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="367" />
            <source>Deaths</source>
            <translation>Décès</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="368" />
            <source>Risk tag</source>
            <translation>Étiquette de risque</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="368" />
            <source>Attachment</source>
            <translation>Pièce jointe</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="369" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="369" />
            <source>Rationale</source>
            <translation>Motivation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="370" />
            <source>Violation types</source>
            <translation>Types de violations</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="464" />
            <source>Community information</source>
            <translation>Information communautaire</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="464" />
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="465" />
            <source>New: %1</source>
            <translation>Nouveau : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="467" />
            <source>%1 · revision %2 · saved by %3, %4</source>
            <translation>%1 · révision %2 · enregistrée par %3, %4</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="471" />
            <source>%1 · not saved yet</source>
            <translation>%1 · pas encore enregistrée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="473" />
            <source>the title contains invisible direction-control characters</source>
            <translation>le titre contient des caractères invisibles de contrôle de direction</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="477" />
            <source>%1 %2[*]</source>
            <translation>%1 %2[*]</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="478" />
            <source>New %1[*]</source>
            <translation>Nouvelle fiche : %1[*]</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="486" />
            <source>Name copied; the clipboard will be cleared in 30 seconds.</source>
            <translation>Nom copié ; le presse-papiers sera vidé dans 30 secondes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="515" />
            <source>Person %1</source>
            <translation>Personne %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="515" />
            <source>Source %1</source>
            <translation>Source %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="515" />
            <source>Deaths row %1</source>
            <translation>Ligne de décès %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="516" />
            <source>Tag %1</source>
            <translation>Étiquette %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="516" />
            <source>Violation type %1</source>
            <translation>Type de violation %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="536" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="536" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="564" />
            <source>Not saved: %n problem(s) to fix, marked in red.</source>
            <translation>
                <numerusform>Non enregistré : %n problème à corriger, signalé en rouge.</numerusform>
                <numerusform>Non enregistré : %n problèmes à corriger, signalés en rouge.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="571" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="587" />
            <source>Saved as revision %1.</source>
            <translation>Enregistré comme révision %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="599" />
            <source>Not saved.</source>
            <translation>Non enregistré.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="641" />
            <source>Attached %1 (revision %2).</source>
            <translation>%1 joint (révision %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="674" />
            <source>Draft saved (encrypted) at %1.</source>
            <translation>Brouillon enregistré (chiffré) à %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="685" />
            <source>Unsaved changes from %1 were kept as an encrypted draft.</source>
            <translation>Des modifications non enregistrées de %1 ont été conservées dans un brouillon chiffré.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="686" />
            <source>an earlier session</source>
            <translation>une session précédente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="701" />
            <source>Draft restored; save to keep it as a new revision.</source>
            <translation>Brouillon restauré ; enregistrez pour le conserver comme nouvelle révision.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="760" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="761" />
            <source>This record has changes that are not saved yet.</source>
            <translation>Cette fiche comporte des modifications qui ne sont pas encore enregistrées.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="762" />
            <source>Save them as a new revision, or discard them?</source>
            <translation>Les enregistrer comme nouvelle révision, ou les abandonner ?</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="105" />
            <source>Evidence package</source>
            <translation>Dossier de preuves</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="114" />
            <source>Evidence package for case %1</source>
            <translation>Dossier de preuves du cas %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="122" />
            <source>A BagIt package for a court, a commission of inquiry or another accountability mechanism: every revision of the record, the attachments' originals, the audit entries about the case and a PDF summary, signed by you. The recipient can check it with standard tools or with “fieldcase evidence verify”. Only saved revisions are exported; the export is recorded in the audit log.</source>
            <translation>Un paquet BagIt pour un tribunal, une commission d'enquête ou un autre mécanisme de responsabilisation : chaque révision de la fiche, les originaux des pièces jointes, les entrées d'audit relatives au cas et un résumé PDF, signés par vous. Le destinataire peut le vérifier avec des outils standard ou avec « fieldcase evidence verify ». Seules les révisions enregistrées sont exportées ; l'export est consigné dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="128" />
            <source>None: everything as recorded, attachments included</source>
            <translation>Aucune : tout tel qu'enregistré, pièces jointes comprises</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="129" />
            <source>Standard: pseudonyms unless consent, no source names or coordinates; attachments withheld (listed by SHA-256)</source>
            <translation>Standard : pseudonymes sauf consentement, ni noms de sources ni coordonnées ; pièces jointes retenues (SHA-256)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="131" />
            <source>Strict: as standard, and no places below admin-2, dates to the month</source>
            <translation>Strict : comme standard, sans lieux en dessous du niveau admin-2, dates au mois près</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="144" />
            <source>Redaction</source>
            <translation>Occultation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="147" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="152" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="155" />
            <source>age1… (optional: encrypts the whole package)</source>
            <translation>age1… (facultatif : chiffre tout le paquet)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="156" />
            <source>Encrypt to</source>
            <translation>Chiffrer pour</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="158" />
            <source>e.g. Commission of inquiry (optional; recorded in the audit log)</source>
            <translation>p. ex. Commission d'enquête (facultatif ; consigné dans le journal d'audit)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="159" />
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="178" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="180" />
            <source>Cancel export</source>
            <translation>Annuler l'export</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="184" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="197" />
            <source>Save the evidence package as</source>
            <translation>Enregistrer le dossier de preuves sous</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="198" />
            <source>Zip archive (*.zip);;Encrypted zip (*.age)</source>
            <translation>Archive zip (*.zip);;Zip chiffré (*.age)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="220" />
            <source>Choose where to save the package.</source>
            <translation>Choisissez où enregistrer le paquet.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="233" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="253" />
            <source>Cancelled: no evidence package was written.</source>
            <translation>Annulé : aucun dossier de preuves n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="261" />
            <source>Written to %1.</source>
            <translation>Écrit dans %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="262" />
            <source>Revisions: %1 · attachments included: %2 of %3 · redaction: %4</source>
            <translation>Révisions : %1 · pièces jointes incluses : %2 sur %3 · occultation : %4</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="265" />
            <source>Signed by %1. Tag manifest SHA-256:</source>
            <translation>Signé par %1. SHA-256 du manifeste des étiquettes :</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="267" />
            <source>Recorded in the audit log.</source>
            <translation>Consigné dans le journal d'audit.</translation>
        </message>
    </context>
    <context>
        <name>ExportBriefingDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="163" />
            <source>Export briefing</source>
            <translation>Exporter la note d'information</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="178" />
            <source>A signed PDF for headquarters. People, sources and coordinates are protected as described under Redaction; check the preview before exporting.</source>
            <translation>Un PDF signé pour le siège. Les personnes, les sources et les coordonnées sont protégées comme indiqué sous Occultation ; vérifiez l'aperçu avant d'exporter.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="187" />
            <source>Briefing</source>
            <translation>Note d'information</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="214" />
            <source>Country-wide</source>
            <translation>Tout le pays</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="225" />
            <source>The marking printed on every page</source>
            <translation>La mention imprimée sur chaque page</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="226" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="227" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="228" />
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="234" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="240" />
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="242" />
            <source>Strict</source>
            <translation>Stricte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="247" />
            <source>Withholds the names of people who did not consent to be named (their pseudonym is shown), every source's identity and all coordinates.</source>
            <translation>Occulte le nom des personnes qui n'ont pas consenti à être nommées (leur pseudonyme est affiché), l'identité de toutes les sources et toutes les coordonnées.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="249" />
            <source>Also withholds places below district level and exact days: dates are given to the month, in narratives too.</source>
            <translation>Occulte aussi les lieux en dessous du district et les jours exacts : les dates sont données au mois, y compris dans les récits.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="261" />
            <source>Redaction</source>
            <translation>Occultation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="268" />
            <source>What the briefing includes</source>
            <translation>Contenu de la note d'information</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="296" />
            <source>Records</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="297" />
            <source>Risk matrix</source>
            <translation>Matrice des risques</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="298" />
            <source>Withheld</source>
            <translation>Occulté</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="311" />
            <source>Signed by</source>
            <translation>Signé par</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="316" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="321" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="324" />
            <source>Also save the complete list as CSV</source>
            <translation>Enregistrer aussi la liste complète en CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="347" />
            <source>Exported</source>
            <translation>Exporté</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="362" />
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="371" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="414" />
            <source>Every record of the briefing, with the annex's columns, saved beside the PDF as %1. The PDF states the list's fingerprint (SHA-256), so a reader can check it is the list that was signed.</source>
            <translation>Toutes les fiches de la note, avec les colonnes de l'annexe, enregistrées à côté du PDF sous le nom %1. Le PDF indique l'empreinte de la liste (SHA-256) : un lecteur peut ainsi vérifier que c'est bien la liste qui a été signée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="421" />
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="457" />
            <source>Updating the preview…</source>
            <translation>Mise à jour de l'aperçu…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="432" />
            <source>Save the briefing as</source>
            <translation>Enregistrer la note d'information sous</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="433" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="467" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="468" />
            <source>all regions</source>
            <translation>toutes les régions</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="474" />
            <source>(self-signed: not yet enrolled with HQ)</source>
            <translation>(auto-signé : pas encore inscrit auprès du siège)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="476" />
            <source>Certificate SHA-256 %1</source>
            <translation>Certificat SHA-256 %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="490" />
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="490" />
            <source>Community reports</source>
            <translation>Rapports communautaires</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="491" />
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="491" />
            <source>CSO reports</source>
            <translation>Rapports d'OSC</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="492" />
            <source>Early warnings</source>
            <translation>Alertes rapides</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="492" />
            <source>Other information</source>
            <translation>Autres informations</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="493" />
            <source>%n record(s) in the month;</source>
            <translation>
                <numerusform>%n fiche dans le mois ;</numerusform>
                <numerusform>%n fiches dans le mois ;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="494" />
            <source>%n key incident(s) described in full.</source>
            <translation>
                <numerusform>%n incident clé décrit en détail.</numerusform>
                <numerusform>%n incidents clés décrits en détail.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="502" />
            <source>Very high</source>
            <translation>Très élevé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="502" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="502" />
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="503" />
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="503" />
            <source>No data</source>
            <translation>Aucune donnée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="504" />
            <source>%n risk area(s)</source>
            <translation>
                <numerusform>%n domaine de risque</numerusform>
                <numerusform>%n domaines de risque</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="524" />
            <source>Enter a classification marking (it is printed on every page).</source>
            <translation>Saisissez une mention de classification (elle est imprimée sur chaque page).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="527" />
            <source>The folder %1 does not exist: choose where to save the briefing.</source>
            <translation>Le dossier %1 n'existe pas : choisissez où enregistrer la note d'information.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="538" />
            <source>Replace the file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="539" />
            <source>A file named %1 already exists in this folder.</source>
            <translation>Un fichier nommé %1 existe déjà dans ce dossier.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="541" />
            <source>Replace it with the complete list of this briefing?</source>
            <translation>Le remplacer par la liste complète de cette note ?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="543" />
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="565" />
            <source>Building the briefing…</source>
            <translation>Préparation de la note d'information…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="581" />
            <source>Cancelled: no briefing was written.</source>
            <translation>Annulé : aucune note d'information n'a été écrite.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="591" />
            <source>Written to %1 (%2 pages, %3 records).
Signed by %4 at %5. The export is recorded in the workspace's export log. Document SHA-256:</source>
            <translation>Écrit dans %1 (%2 pages, %3 fiches).
Signé par %4 à %5. L'export est consigné dans le journal des exports de l'espace de travail. SHA-256 du document :</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="599" />
            <source>The complete list, every record of the briefing, was written to %1. Its SHA-256, as the signed PDF states it:</source>
            <translation>La liste complète, toutes les fiches de la note, a été écrite dans %1. Son SHA-256, tel que l'indique le PDF signé :</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="70" />
            <source>Search titles, narratives, places, P-codes, pseudonyms (Ctrl+F)</source>
            <translation>Chercher dans les titres, récits, lieux, P-codes, pseudonymes (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="74" />
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="75" />
            <source>Any time</source>
            <translation>Toute période</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 3 months</source>
            <translation>3 derniers mois</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77" />
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77" />
            <source>Between dates…</source>
            <translation>Entre deux dates…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="88" />
            <source>All regions</source>
            <translation>Toutes les régions</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="89" />
            <source>All risk areas</source>
            <translation>Tous les domaines de risque</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="90" />
            <source>Any violation type</source>
            <translation>Tout type de violation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="93" />
            <source>Any verification</source>
            <translation>Toute vérification</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="95" />
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="22" />
            <source>Welcome to Fieldcase</source>
            <translation>Bienvenue dans Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="23" />
            <source>Your case files will be kept in an encrypted workspace on this computer. Start with one of these:</source>
            <translation>Vos dossiers seront conservés dans un espace de travail chiffré sur cet ordinateur. Commencez par l'une de ces options :</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="29" />
            <source>Create a workspace</source>
            <translation>Créer un espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="29" />
            <source>For your own case files: you choose a passphrase and get a recovery key to write down.</source>
            <translation>Pour vos propres dossiers : vous choisissez une phrase secrète et recevez une clé de récupération à noter.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="32" />
            <source>Open an existing workspace folder…</source>
            <translation>Ouvrir le dossier d'un espace de travail existant…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="33" />
            <source>A workspace copied from another computer or restored from a backup.</source>
            <translation>Un espace de travail copié depuis un autre ordinateur ou restauré depuis une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="35" />
            <source>Try the demo</source>
            <translation>Essayer la démo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="36" />
            <source>A separate workspace of fictional records to look around in. Your own work never goes there.</source>
            <translation>Un espace de travail distinct, aux fiches fictives, pour découvrir l'application. Votre propre travail n'y va jamais.</translation>
        </message>
    </context>
    <context>
        <name>FolderField</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/common.py" line="49" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_dialog.py" line="51" />
            <source>Required.</source>
            <translation>Obligatoire.</translation>
        </message>
    </context>
    <context>
        <name>FormImportDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="70" />
            <source>Import KoboToolbox / ODK submissions</source>
            <translation>Importer des soumissions KoboToolbox / ODK</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="73" />
            <source>Choose the submissions exported from KoboToolbox or ODK (CSV or XLSX, with their media files in the same folder), the XLSForm they were collected with, and the mapping file that says which question fills which field. A submission imported before is revised, not added again. All or nothing.</source>
            <translation>Choisissez les soumissions exportées de KoboToolbox ou d'ODK (CSV ou XLSX, avec leurs fichiers médias dans le même dossier), le XLSForm avec lequel elles ont été recueillies, et le fichier de correspondance qui dit quelle question remplit quel champ. Une soumission déjà importée est révisée, pas ajoutée une seconde fois. Tout ou rien.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="81" />
            <source>Submissions</source>
            <translation>Soumissions</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="81" />
            <source>Submissions (*.csv *.xlsx)</source>
            <translation>Soumissions (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="82" />
            <source>XLSForm</source>
            <translation>XLSForm</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="82" />
            <source>XLSForm (*.xlsx *.xls)</source>
            <translation>XLSForm (*.xlsx *.xls)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="83" />
            <source>Mapping file</source>
            <translation>Fichier de correspondance</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="83" />
            <source>Mapping file (*.json)</source>
            <translation>Fichier de correspondance (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="84" />
            <source>Submissions:</source>
            <translation>Soumissions :</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="85" />
            <source>XLSForm:</source>
            <translation>XLSForm :</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="86" />
            <source>Mapping file:</source>
            <translation>Fichier de correspondance :</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="89" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
    </context>
    <context>
        <name>Frameworks</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="15" />
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="15" />
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="16" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="16" />
            <source>Very high</source>
            <translation>Très élevé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="17" />
            <source>Improving</source>
            <translation>En amélioration</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="17" />
            <source>Stable</source>
            <translation>Stable</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="18" />
            <source>Deteriorating</source>
            <translation>En dégradation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="19" />
            <source>Reported (unverified)</source>
            <translation>Signalé (non vérifié)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="19" />
            <source>Under review</source>
            <translation>En cours d'examen</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="20" />
            <source>Corroborated</source>
            <translation>Corroboré</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="21" />
            <source>Verified (reasonable grounds to believe)</source>
            <translation>Vérifié (motifs raisonnables de croire)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="22" />
            <source>Could not be verified</source>
            <translation>N'a pas pu être vérifié</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="22" />
            <source>Discounted</source>
            <translation>Écarté</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="23" />
            <source>Verified</source>
            <translation>Vérifié</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="23" />
            <source>Reported</source>
            <translation>Signalé</translation>
        </message>
    </context>
    <context>
        <name>HeatDelegate</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="204" />
            <source>no data</source>
            <translation>aucune donnée</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="57" />
            <source>Resolve…</source>
            <translation>Résoudre…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="64" />
            <source>Select one revision to see what it changed, or two (Ctrl+click) to compare them.</source>
            <translation>Sélectionnez une révision pour voir ce qu'elle a modifié, ou deux (Ctrl+clic) pour les comparer.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="72" />
            <source>Revision</source>
            <translation>Révision</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="72" />
            <source>Saved by</source>
            <translation>Enregistrée par</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="72" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="73" />
            <source>Content hash</source>
            <translation>Empreinte du contenu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="83" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="83" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="83" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="119" />
            <source>This record was edited here and elsewhere at the same time: %n sync conflict(s) wait for your decision.</source>
            <translation>
                <numerusform>Cette fiche a été modifiée ici et ailleurs en même temps : %n conflit de synchronisation attend votre décision.</numerusform>
                <numerusform>Cette fiche a été modifiée ici et ailleurs en même temps : %n conflits de synchronisation attendent votre décision.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="135" />
            <source>A new record has no history yet.</source>
            <translation>Une nouvelle fiche n'a pas encore d'historique.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="146" />
            <source>%1 (merges %2 and %3)</source>
            <translation>%1 (fusionne %2 et %3)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="217" />
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="224" />
            <source>Revision %1 created the record with %n field(s).</source>
            <translation>
                <numerusform>La révision %1 a créé la fiche avec %n champ.</numerusform>
                <numerusform>La révision %1 a créé la fiche avec %n champs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="227" />
            <source>Revision %1 → %2: %n field(s) changed.</source>
            <translation>
                <numerusform>Révision %1 → %2 : %n champ modifié.</numerusform>
                <numerusform>Révision %1 → %2 : %n champs modifiés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqImportBar</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="58" />
            <source>Import packages…</source>
            <translation>Importer des paquets…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="60" />
            <source>Verify and merge the packages officers sent to one of HQ's targets or a folder, then write their replies</source>
            <translation>Vérifier et fusionner les paquets que les agents ont envoyés vers une cible du siège ou un dossier, puis écrire leurs réponses</translation>
        </message>
    </context>
    <context>
        <name>HqImportDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="76" />
            <source>Import packages</source>
            <translation>Importer des paquets</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="87" />
            <source>Officers' packages are checked (signature, sequence, every piece) before anything is written, and each package is imported whole or not at all. Replies for the officers (acknowledgements, HQ's changes) are written back to the same place.</source>
            <translation>Les paquets des agents sont vérifiés (signature, séquence, chaque pièce) avant que quoi que ce soit ne soit écrit, et chaque paquet est importé en entier ou pas du tout. Les réponses aux agents (accusés de réception, modifications du siège) sont écrites au même endroit.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="92" />
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="97" />
            <source>Where the packages are</source>
            <translation>Où sont les paquets</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="102" />
            <source>Choose a folder…</source>
            <translation>Choisir un dossier…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="118" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="129" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="141" />
            <source>Reading HQ's targets…</source>
            <translation>Lecture des cibles du siège…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="147" />
            <source>folder</source>
            <translation>dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="147" />
            <source>WebDAV</source>
            <translation>WebDAV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="147" />
            <source>S3</source>
            <translation>S3</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="151" />
            <source>%1 (%2: %3)</source>
            <translation>%1 (%2 : %3)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="158" />
            <source>One of HQ's targets (set with fieldcase hq target), or a folder: a USB stick, a shared drive.</source>
            <translation>Une des cibles du siège (définies avec fieldcase hq target) ou un dossier : une clé USB, un lecteur partagé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="159" />
            <source>No target is set for this HQ yet (fieldcase hq target): choose the folder the packages are in, a USB stick or a shared drive.</source>
            <translation>Aucune cible n'est encore définie pour ce siège (fieldcase hq target) : choisissez le dossier où sont les paquets, une clé USB ou un lecteur partagé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="173" />
            <source>Folder %1</source>
            <translation>Dossier %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="180" />
            <source>Choose the folder the packages are in</source>
            <translation>Choisissez le dossier où sont les paquets</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="211" />
            <source>Looking for new packages at %1…</source>
            <translation>Recherche de nouveaux paquets dans %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="218" />
            <source>Importing packages: %1 of %2 done…</source>
            <translation>Import des paquets : %1 sur %2 traités…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="233" />
            <source>Nothing is lost: each package is imported whole or not at all, and those imported before this stay imported. Import again once this is solved.</source>
            <translation>Rien n'est perdu : chaque paquet est importé en entier ou pas du tout, et ceux importés avant ceci le restent. Importez à nouveau une fois le problème réglé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="262" />
            <source>No new packages at %1.</source>
            <translation>Aucun nouveau paquet dans %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="264" />
            <source>%n new package(s) at %1.</source>
            <translation>
                <numerusform>%n nouveau paquet dans %1.</numerusform>
                <numerusform>%n nouveaux paquets dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="265" />
            <source>Accepted: %1 · Already imported before: %2 · Waiting for an earlier package: %3 · Refused: %4</source>
            <translation>Acceptés : %1 · Déjà importés : %2 · En attente d'un paquet antérieur : %3 · Refusés : %4</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="269" />
            <source>%n revision(s) came in.</source>
            <translation>
                <numerusform>%n révision est arrivée.</numerusform>
                <numerusform>%n révisions sont arrivées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="270" />
            <source>%n record(s) new to HQ.</source>
            <translation>
                <numerusform>%n fiche nouvelle pour le siège.</numerusform>
                <numerusform>%n fiches nouvelles pour le siège.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="272" />
            <source>%n attachment(s) came with them.</source>
            <translation>
                <numerusform>%n pièce jointe les accompagnait.</numerusform>
                <numerusform>%n pièces jointes les accompagnaient.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="274" />
            <source>%n decision(s) that two records are the same came with them.</source>
            <translation>
                <numerusform>%n décision que deux fiches sont identiques les accompagnait.</numerusform>
                <numerusform>%n décisions que deux fiches sont identiques les accompagnaient.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="276" />
            <source>%n conflict(s) to decide: a record changed both at HQ and in the field. Both versions are kept; decide with fieldcase hq conflicts.</source>
            <translation>
                <numerusform>%n conflit à trancher : une fiche a été modifiée à la fois au siège et sur le terrain. Les deux versions sont conservées ; tranchez avec fieldcase hq conflicts.</numerusform>
                <numerusform>%n conflits à trancher : une fiche a été modifiée à la fois au siège et sur le terrain. Les deux versions sont conservées ; tranchez avec fieldcase hq conflicts.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="279" />
            <source>Refused (nothing from them was written; each is reported again at every import until it is removed from %1):</source>
            <translation>Refusés (rien n'en a été écrit ; chacun est signalé de nouveau à chaque import tant qu'il n'est pas retiré de %1) :</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="283" />
            <source>Waiting (imported once the earlier packages arrive):</source>
            <translation>En attente (importés dès que les paquets antérieurs arrivent) :</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="286" />
            <source>%n package(s) left to another import running at the same time.</source>
            <translation>
                <numerusform>%n paquet laissé à un autre import en cours au même moment.</numerusform>
                <numerusform>%n paquets laissés à un autre import en cours au même moment.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="289" />
            <source>Stopped at your request: %n package(s) were not touched; import again to take them. The packages taken before the stop are in whole. The replies for the officers are written at the next import.</source>
            <translation>
                <numerusform>Arrêté à votre demande : %n paquet n'a pas été touché ; importez à nouveau pour le prendre. Les paquets pris avant l'arrêt sont entièrement importés. Les réponses aux agents seront écrites au prochain import.</numerusform>
                <numerusform>Arrêté à votre demande : %n paquets n'ont pas été touchés ; importez à nouveau pour les prendre. Les paquets pris avant l'arrêt sont entièrement importés. Les réponses aux agents seront écrites au prochain import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="293" />
            <source>%n reply package(s) for the officers written to %1.</source>
            <translation>
                <numerusform>%n paquet de réponse pour les agents écrit dans %1.</numerusform>
                <numerusform>%n paquets de réponse pour les agents écrits dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="296" />
            <source>No reply for the officers was due.</source>
            <translation>Aucune réponse aux agents n'était due.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="302" />
            <source>an unknown sender</source>
            <translation>un expéditeur inconnu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="303" />
            <source>%1, package %2</source>
            <translation>%1, paquet %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="305" />
            <source>• %1: %2</source>
            <translation>• %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="307" />
            <source>… and %n more (fieldcase hq import lists them all).</source>
            <translation>
                <numerusform>… et %n autre (fieldcase hq import les liste tous).</numerusform>
                <numerusform>… et %n autres (fieldcase hq import les liste tous).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqRecords</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="35" />
            <source>Restricted</source>
            <translation>Restreint</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="35" />
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="36" />
            <source>Strictly confidential</source>
            <translation>Strictement confidentiel</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="40" />
            <source>Viewer</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="40" />
            <source>Analyst</source>
            <translation>Analyste</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="41" />
            <source>Reviewer</source>
            <translation>Réviseur</translation>
        </message>
    </context>
    <context>
        <name>HqRecordsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="61" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="61" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="61" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="62" />
            <source>Confidentiality</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="106" />
            <source>Loading the records…</source>
            <translation>Chargement des fiches…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="120" />
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="170" />
            <source>Above your clearance</source>
            <translation>Au-delà de votre habilitation</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="133" />
            <source>%n record(s) you may read</source>
            <translation>
                <numerusform>%n fiche que vous pouvez lire</numerusform>
                <numerusform>%n fiches que vous pouvez lire</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="135" />
            <source>%n above your clearance (no content)</source>
            <translation>
                <numerusform>%n au-delà de votre habilitation (sans contenu)</numerusform>
                <numerusform>%n au-delà de votre habilitation (sans contenu)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="137" />
            <source>as of the last import, %1</source>
            <translation>à jour de la dernière importation, %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="172" />
            <source>This record is %1; your clearance is %2. Its content is in no file your key opens, so it cannot be shown here.</source>
            <translation>Cette fiche est « %1 » ; votre habilitation est « %2 ». Son contenu ne se trouve dans aucun fichier que votre clé ouvre : il ne peut pas être affiché ici.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="182" />
            <source>Strictly confidential: this reading is recorded in the HQ audit log under your name.</source>
            <translation>Strictement confidentiel : cette lecture est inscrite à votre nom dans le journal d'audit du siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="193" />
            <source>Date: %1</source>
            <translation>Date : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="194" />
            <source>Place: %1</source>
            <translation>Lieu : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="195" />
            <source>Confidentiality: %1</source>
            <translation>Confidentialité : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="198" />
            <source>Person (%1): %2</source>
            <translation>Personne (%1) : %2</translation>
        </message>
    </context>
    <context>
        <name>HqSignIn</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="30" />
            <source>Open an HQ directory</source>
            <translation>Ouvrir un dossier du siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="31" />
            <source>Sign in with your own HQ user name and passphrase. You see the records your clearance allows; the others are listed without their content.</source>
            <translation>Connectez-vous avec votre propre nom d'utilisateur et phrase secrète du siège. Vous voyez les fiches que votre habilitation permet ; les autres sont listées sans leur contenu.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="37" />
            <source>Choose the HQ directory</source>
            <translation>Choisir le dossier du siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="43" />
            <source>HQ directory</source>
            <translation>Dossier du siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="44" />
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="45" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="51" />
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="90" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="66" />
            <source>Choose the HQ directory first.</source>
            <translation>Choisissez d'abord le dossier du siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="69" />
            <source>Enter your HQ user name.</source>
            <translation>Saisissez votre nom d'utilisateur du siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="73" />
            <source>Signing in…</source>
            <translation>Connexion…</translation>
        </message>
    </context>
    <context>
        <name>HqSignedIn</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="28" />
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="37" />
            <source>Records</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="38" />
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="43" />
            <source>Signed in as %1: %2, clearance %3.</source>
            <translation>Connecté en tant que %1 : %2, habilitation %3.</translation>
        </message>
    </context>
    <context>
        <name>HqUsersPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="52" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="52" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="52" />
            <source>Clearance</source>
            <translation>Habilitation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="64" />
            <source>Add user…</source>
            <translation>Ajouter un utilisateur…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="67" />
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="70" />
            <source>Reset passphrase…</source>
            <translation>Réinitialiser la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="73" />
            <source>Change my passphrase…</source>
            <translation>Changer ma phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="93" />
            <source>As a reviewer you add users, remove them and give a user who forgot theirs a new passphrase. Choose a user in the list to remove them or reset their passphrase.</source>
            <translation>En tant que réviseur, vous ajoutez et retirez des utilisateurs et donnez une nouvelle phrase secrète à qui a oublié la sienne. Choisissez un utilisateur dans la liste pour le retirer ou réinitialiser sa phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="97" />
            <source>Only a reviewer adds or removes users; you can change your own passphrase.</source>
            <translation>Seul un réviseur ajoute ou retire des utilisateurs ; vous pouvez changer votre propre phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="99" />
            <source>The list of HQ users needs the strictly confidential clearance; your account is shown. Only a reviewer adds or removes users; you can change your own passphrase.</source>
            <translation>La liste des utilisateurs du siège demande l'habilitation « strictement confidentiel » ; votre compte est affiché. Seul un réviseur ajoute ou retire des utilisateurs ; vous pouvez changer votre propre phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="112" />
            <source>Loading the users…</source>
            <translation>Chargement des utilisateurs…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="123" />
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n utilisateur</numerusform>
                <numerusform>%n utilisateurs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/window.py" line="22" />
            <source>Fieldcase HQ</source>
            <translation>Fieldcase – siège</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="85" />
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="95" />
            <source>Country-wide</source>
            <translation>Tout le pays</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="98" />
            <source>Include records not yet verified</source>
            <translation>Inclure les fiches non encore vérifiées</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="99" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="99" />
            <source>12 months to</source>
            <translation>12 mois jusqu'à</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="111" />
            <source>SDG 16.10.1 — journalists, trade unionists and human rights defenders</source>
            <translation>ODD 16.10.1 — journalistes, syndicalistes et défenseurs des droits de l'homme</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="112" />
            <source>By violation type (most serious)</source>
            <translation>Par type de violation (la plus grave)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="112" />
            <source>By victim group</source>
            <translation>Par groupe de victimes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="118" />
            <source>By sex</source>
            <translation>Par sexe</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="118" />
            <source>By age group</source>
            <translation>Par tranche d'âge</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <source>By sex and age</source>
            <translation>Par sexe et âge</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="114" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="119" />
            <source>By region</source>
            <translation>Par région</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="114" />
            <source>By perpetrator (State / non-State)</source>
            <translation>Par auteur (étatique / non étatique)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="115" />
            <source>Left out, and why</source>
            <translation>Non comptés, et pourquoi</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="115" />
            <source>By district</source>
            <translation>Par district</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="117" />
            <source>SDG 16.1.2 — conflict-related deaths</source>
            <translation>ODD 16.1.2 — décès liés aux conflits</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="118" />
            <source>By cause</source>
            <translation>Par cause</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="119" />
            <source>By status</source>
            <translation>Par statut</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="120" />
            <source>Deaths not counted, and why</source>
            <translation>Décès non comptés, et pourquoi</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="170" />
            <source>Counting…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="187" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="188" />
            <source>verified records only</source>
            <translation>fiches vérifiées uniquement</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="188" />
            <source>including records not yet verified</source>
            <translation>y compris les fiches non encore vérifiées</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="189" />
            <source>%1, %2. Counting rules: OHCHR indicator metadata (a victim is counted once, under the most serious violation; the type is derived from each act).</source>
            <translation>%1, %2. Règles de comptage : métadonnées de l'indicateur du HCDH (une victime est comptée une seule fois, sous la violation la plus grave ; le type est déduit de chaque acte).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="192" />
            <source>%n victim(s) in the 12 months</source>
            <translation>
                <numerusform>%n victime sur les 12 mois</numerusform>
                <numerusform>%n victimes sur les 12 mois</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="194" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="220" />
            <source>%1 in %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="201" />
            <source>non-State actor, State did not fail in due diligence</source>
            <translation>acteur non étatique, l'État n'a pas manqué à son devoir de diligence</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="202" />
            <source>non-State actor, due diligence not assessed</source>
            <translation>acteur non étatique, diligence voulue non évaluée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="203" />
            <source>torture without a public official's involvement</source>
            <translation>torture sans implication d'un agent public</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="204" />
            <source>other harmful act by a non-State actor</source>
            <translation>autre acte préjudiciable commis par un acteur non étatique</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="205" />
            <source>analyst override: does not qualify</source>
            <translation>correction de l'analyste : ne relève pas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="206" />
            <source>not marked as related to an armed conflict</source>
            <translation>non signalé comme lié à un conflit armé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="207" />
            <source>not related to an armed conflict</source>
            <translation>sans lien avec un conflit armé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="208" />
            <source>another report of an incident already counted</source>
            <translation>autre signalement d'un incident déjà compté</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="209" />
            <source>State (incl. acquiescence)</source>
            <translation>État (y compris assentiment)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="209" />
            <source>Non-State</source>
            <translation>Non étatique</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="210" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="218" />
            <source>%n death(s) in the 12 months</source>
            <translation>
                <numerusform>%n décès sur les 12 mois</numerusform>
                <numerusform>%n décès sur les 12 mois</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="196" />
            <source>record discounted</source>
            <translation>fiche écartée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="196" />
            <source>not verified</source>
            <translation>non vérifié</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="197" />
            <source>not a journalist, trade unionist or defender</source>
            <translation>ni journaliste, ni syndicaliste, ni défenseur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="198" />
            <source>act not linked to their work</source>
            <translation>acte sans lien avec son travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="199" />
            <source>act type not covered by the indicator</source>
            <translation>type d'acte non couvert par l'indicateur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="200" />
            <source>perpetrator unknown</source>
            <translation>auteur inconnu</translation>
        </message>
    </context>
    <context>
        <name>InlineProgress</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/inline_progress.py" line="26" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/inline_progress.py" line="65" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/language_choice.py" line="17" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
    </context>
    <context>
        <name>LinkSameDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="193" />
            <source>Link as the same</source>
            <translation>Lier comme identiques</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="196" />
            <source>Record that two people, or two incidents, are the same. Both records and their sources are kept as they are; the indicators and briefings then count them once. Your name, the time and your reason go into the audit log, and the link can be undone.</source>
            <translation>Indiquez que deux personnes, ou deux incidents, sont les mêmes. Les deux fiches et leurs sources sont conservées telles quelles ; les indicateurs et les notes d'information les comptent alors une seule fois. Votre nom, l'heure et votre motif sont inscrits au journal d'audit, et le lien peut être annulé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="204" />
            <source>The same person</source>
            <translation>La même personne</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="206" />
            <source>The same incident</source>
            <translation>Le même incident</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="218" />
            <source>This one</source>
            <translation>Celle-ci</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="219" />
            <source>is the same as</source>
            <translation>est la même que</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="222" />
            <source>Why they are the same</source>
            <translation>Pourquoi ils sont identiques</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="223" />
            <source>Why they are the same: what matches, and from which sources</source>
            <translation>Pourquoi ils sont identiques : ce qui concorde, et d'après quelles sources</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="225" />
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="254" />
            <source>Choose both records (and for people, the person in each).</source>
            <translation>Choisissez les deux fiches (et, pour des personnes, la personne dans chacune).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="257" />
            <source>Say why these two are the same: it goes into the audit log.</source>
            <translation>Indiquez pourquoi ces deux éléments sont identiques : le motif est inscrit au journal d'audit.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="51" />
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="270" />
            <source>Fieldcase</source>
            <translation>Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="105" />
            <source>Preparing the demo workspace…</source>
            <translation>Préparation de l'espace de travail de démonstration…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="197" />
            <source>Quick delete</source>
            <translation>Suppression rapide</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="198" />
            <source>Destroy this workspace now? Its keys are destroyed first, then every record, draft and attachment in %1. This cannot be undone: only what already reached HQ survives.</source>
            <translation>Détruire cet espace de travail maintenant ? Ses clés sont détruites d'abord, puis chaque fiche, brouillon et pièce jointe de %1. Cette action est irréversible : seul ce qui est déjà parvenu au siège subsiste.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="204" />
            <source>Delete everything</source>
            <translation>Tout supprimer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="216" />
            <source>Deleting the workspace…</source>
            <translation>Suppression de l'espace de travail…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="219" />
            <source>The workspace was destroyed: its keys first, then every file. The passphrase opens nothing now.</source>
            <translation>L'espace de travail a été détruit : ses clés d'abord, puis chaque fichier. La phrase secrète n'ouvre plus rien.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="233" />
            <source>Locked after a period without activity. Enter the passphrase to continue.</source>
            <translation>Verrouillé après une période d'inactivité. Saisissez la phrase secrète pour continuer.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="254" />
            <source>The workspace is locked.</source>
            <translation>L'espace de travail est verrouillé.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="28" />
            <source>Something unexpected stopped this action, and it was not completed. Your saved records are not affected. (Details are not shown because they could contain case data.)</source>
            <translation>Un problème inattendu a interrompu cette action, qui n'a pas été effectuée. Vos fiches enregistrées ne sont pas touchées. (Les détails ne sont pas affichés car ils pourraient contenir des données de dossiers.)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="39" />
            <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="56" />
            <source>Fieldcase</source>
            <translation>Fieldcase</translation>
        </message>
    </context>
    <context>
        <name>NewRecoveryKeyDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="97" />
            <source>New recovery key</source>
            <translation>Nouvelle clé de récupération</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="100" />
            <source>The old recovery key no longer works. Write this one down and keep it apart from this computer; it is not shown again.</source>
            <translation>L'ancienne clé de récupération ne fonctionne plus. Notez celle-ci et conservez-la à l'écart de cet ordinateur ; elle ne sera plus affichée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="112" />
            <source>I have written it down and will keep it safe</source>
            <translation>Je l'ai notée et je la conserverai en lieu sûr</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/partial_date.py" line="61" />
            <source>Pick a day from a calendar</source>
            <translation>Choisir un jour dans un calendrier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/partial_date.py" line="74" />
            <source>Type a year (2026), a month (2026-03) or a day (2026-03-09) that exists.</source>
            <translation>Saisissez une année (2026), un mois (2026-03) ou un jour (2026-03-09) qui existe.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/partial_date.py" line="76" />
            <source>Type a day that exists, as year-month-day: 2026-03-09.</source>
            <translation>Saisissez un jour qui existe, sous la forme année-mois-jour : 2026-03-09.</translation>
        </message>
    </context>
    <context>
        <name>PasswordEdit</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/password_edit.py" line="22" />
            <source>Show or hide the passphrase</source>
            <translation>Afficher ou masquer la phrase secrète</translation>
        </message>
    </context>
    <context>
        <name>PendingState</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="44" />
            <source>Risk board</source>
            <translation>Tableau des risques</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="45" />
            <source>The risk board is not available in this installation: its analysis module is missing. Your records and their risk tags are unaffected.</source>
            <translation>Le tableau des risques n'est pas disponible dans cette installation : son module d'analyse est absent. Vos fiches et leurs étiquettes de risque ne sont pas touchées.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="53" />
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="54" />
            <source>The indicator tables are not available in this installation: the analysis module is missing. Your records are unaffected.</source>
            <translation>Les tableaux d'indicateurs ne sont pas disponibles dans cette installation : le module d'analyse est absent. Vos fiches ne sont pas touchées.</translation>
        </message>
    </context>
    <context>
        <name>PerpetratorRow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="90" />
            <source>Category (optional) — type to search</source>
            <translation>Catégorie (facultatif) — tapez pour chercher</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="92" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="102" />
            <source>Perpetrator %1: relation to the State</source>
            <translation>Auteur %1 : lien avec l'État</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="103" />
            <source>Perpetrator %1: category</source>
            <translation>Auteur %1 : catégorie</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="104" />
            <source>Remove perpetrator %1</source>
            <translation>Retirer l'auteur %1</translation>
        </message>
    </context>
    <context>
        <name>PlacePicker</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="28" />
            <source>Type a region, district or place name, or a P-code</source>
            <translation>Saisissez le nom d'une région, d'un district ou d'un lieu, ou un P-code</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="65" />
            <source>region</source>
            <translation>région</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="65" />
            <source>district</source>
            <translation>district</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="65" />
            <source>place</source>
            <translation>lieu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="68" />
            <source>, in %1</source>
            <translation>, dans %1</translation>
        </message>
    </context>
    <context>
        <name>PlacesBox</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="31" />
            <source>Places</source>
            <translation>Lieux</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="41" />
            <source>e.g. XTV</source>
            <translation>p. ex. XTV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="43" />
            <source>Three-letter ISO 3166 code; new records start with it</source>
            <translation>Code ISO 3166 à trois lettres ; les nouvelles fiches commencent avec lui</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="44" />
            <source>Set</source>
            <translation>Définir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="50" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="56" />
            <source>Gazetteer</source>
            <translation>Répertoire géographique</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="58" />
            <source>Import a COD-AB table…</source>
            <translation>Importer une table COD-AB…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="59" />
            <source>A CSV with the columns ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN …, as OCHA publishes administrative boundaries on HDX</source>
            <translation>Un CSV avec les colonnes ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN…, tel que le BCAH publie les limites administratives sur HDX</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="81" />
            <source>None yet. Import your country's COD-AB table to pick regions and districts by name in the editor, with their P-codes.</source>
            <translation>Aucun pour l'instant. Importez la table COD-AB de votre pays pour choisir les régions et les districts par leur nom dans l'éditeur, avec leurs P-codes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="84" />
            <source>regions (admin 1)</source>
            <translation>régions (admin 1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="84" />
            <source>districts (admin 2)</source>
            <translation>districts (admin 2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="84" />
            <source>places (admin 3)</source>
            <translation>lieux (admin 3)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="88" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="94" />
            <source>New records will start with this country.</source>
            <translation>Les nouvelles fiches commenceront avec ce pays.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="97" />
            <source>Choose a COD-AB table (CSV)</source>
            <translation>Choisir une table COD-AB (CSV)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="101" />
            <source>CSV tables (*.csv)</source>
            <translation>Tables CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="113" />
            <source>Gazetteer imported.</source>
            <translation>Répertoire géographique importé.</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="19" />
            <source>Only for community information: leave it empty for an incident.</source>
            <translation>Uniquement pour une information communautaire : laissez vide pour un incident.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="16" />
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="22" />
            <source>Not a date: use YYYY-MM-DD.</source>
            <translation>Pas une date : utilisez AAAA-MM-JJ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="14" />
            <source>Must not be before the date of the record.</source>
            <translation>Ne doit pas précéder la date de la fiche.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="31" />
            <source>Required.</source>
            <translation>Obligatoire.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="33" />
            <source>Too short: at least %1 characters.</source>
            <translation>Trop court : au moins %1 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="35" />
            <source>Too long: at most %1 characters.</source>
            <translation>Trop long : au plus %1 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="37" />
            <source>Must be at least %1.</source>
            <translation>Doit être au moins %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="39" />
            <source>Must be at most %1.</source>
            <translation>Doit être au plus %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="42" />
            <source>Use YYYY-MM-DD, YYYY-MM or YYYY.</source>
            <translation>Utilisez AAAA-MM-JJ, AAAA-MM ou AAAA.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="44" />
            <source>Use a real date as YYYY-MM-DD.</source>
            <translation>Utilisez une date réelle au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="46" />
            <source>Use the three capital letters of the ISO 3166 code, e.g. XTV.</source>
            <translation>Utilisez les trois lettres majuscules du code ISO 3166, p. ex. XTV.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="48" />
            <source>A P-code is 2–3 capital letters and then digits, e.g. XT02.</source>
            <translation>Un P-code se compose de 2 ou 3 lettres majuscules suivies de chiffres, p. ex. XT02.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="49" />
            <source>Not in the expected form.</source>
            <translation>Pas dans la forme attendue.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="51" />
            <source>Choose one of the listed values.</source>
            <translation>Choisissez l'une des valeurs de la liste.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="53" />
            <source>Not a valid value here (a number is expected?).</source>
            <translation>Valeur non valide ici (un nombre est-il attendu ?).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="55" />
            <source>Listed twice.</source>
            <translation>Indiqué deux fois.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="15" />
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="62" />
            <source>Not a real date.</source>
            <translation>Date inexistante.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="17" />
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="64" />
            <source>Not in any installed framework.</source>
            <translation>Absent de tous les cadres installés.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="47" />
            <source>Write down your recovery key</source>
            <translation>Notez votre clé de récupération</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="48" />
            <source>If you forget your passphrase, this key is the only way back into this workspace. It is shown only this once. Write it on paper and keep it apart from this computer — never in a file or a photo on it.</source>
            <translation>Si vous oubliez votre phrase secrète, cette clé est le seul moyen de rouvrir cet espace de travail. Elle n'est affichée qu'une fois. Écrivez-la sur papier et conservez-la à l'écart de cet ordinateur — jamais dans un fichier ni sur une photo qui s'y trouve.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="61" />
            <source>I have written it down and will keep it safe</source>
            <translation>Je l'ai notée et je la conserverai en lieu sûr</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="69" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
    </context>
    <context>
        <name>RecoveryUnlockForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="122" />
            <source>Open with the recovery key</source>
            <translation>Ouvrir avec la clé de récupération</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="123" />
            <source>Type the recovery key you wrote down when the workspace was created, and choose a new passphrase.</source>
            <translation>Tapez la clé de récupération notée à la création de l'espace de travail, puis choisissez une nouvelle phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="129" />
            <source>Choose the workspace folder</source>
            <translation>Choisissez le dossier de l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="130" />
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="134" />
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="135" />
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="138" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="140" />
            <source>The same passphrase again</source>
            <translation>La même phrase secrète, une seconde fois</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="141" />
            <source>Repeat</source>
            <translation>Répéter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="146" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="148" />
            <source>Open and set the new passphrase</source>
            <translation>Ouvrir et définir la nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="167" />
            <source>Choose the workspace folder.</source>
            <translation>Choisissez le dossier de l'espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="169" />
            <source>Type the recovery key.</source>
            <translation>Tapez la clé de récupération.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="171" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation>La nouvelle phrase secrète est trop courte : utilisez au moins %1 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="174" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>RemoveUserDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="249" />
            <source>Remove an HQ user</source>
            <translation>Retirer un utilisateur du siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="250" />
            <source>Remove %1 (%2, clearance %3)?</source>
            <translation>Retirer %1 (%2, habilitation %3) ?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="252" />
            <source>Remove user</source>
            <translation>Retirer l'utilisateur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="256" />
            <source>Their key slot is removed: their passphrase opens nothing here any more.</source>
            <translation>Son emplacement de clés est supprimé : sa phrase secrète n'ouvre plus rien ici.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="258" />
            <source>They could open every level, so the keys to the restricted and confidential records are replaced and those records are encrypted again under the new keys: the keys %1 could read open none of them afterwards. The other users of those levels are sent the new keys and take them at their next sign-in.</source>
            <translation>Ce compte pouvait ouvrir tous les niveaux : les clés des fiches restreintes et confidentielles sont donc remplacées et ces fiches chiffrées à nouveau sous les nouvelles clés ; les clés que %1 pouvait lire n'en ouvrent plus aucune ensuite. Les autres utilisateurs de ces niveaux reçoivent les nouvelles clés et les prennent à leur prochaine connexion.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="263" />
            <source>%1 also held the store key, which opens HQ's age identities and its CA key. Removing them cannot take back copies they may have kept: to stop new packages reaching them, rotate HQ's keys afterwards (fieldcase hq keys --rotate).</source>
            <translation>%1 détenait aussi la clé de la base, qui ouvre les identités age du siège et sa clé d'autorité de certification. Le retrait ne peut pas reprendre les copies éventuellement conservées : pour que les nouveaux paquets ne lui parviennent plus, renouvelez ensuite les clés du siège (fieldcase hq keys --rotate).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="268" />
            <source>The key to the %1 records is replaced and those records are encrypted again under it: the key %2 held opens none of them afterwards. The other users of that level are sent the new key and take it at their next sign-in.</source>
            <translation>La clé des fiches de niveau « %1 » est remplacée et ces fiches chiffrées à nouveau sous la nouvelle clé : la clé que détenait %2 n'en ouvre plus aucune ensuite. Les autres utilisateurs de ce niveau reçoivent la nouvelle clé et la prennent à leur prochaine connexion.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="274" />
            <source>Rotate HQ's keys now</source>
            <translation>Renouveler les clés du siège maintenant</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="287" />
            <source>Removing the user and replacing keys…</source>
            <translation>Retrait de l'utilisateur et remplacement des clés…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="292" />
            <source>%1 was removed. Keys replaced: %2.</source>
            <translation>%1 a été retiré. Clés remplacées : %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="294" />
            <source>The new key of their level was sent to: %1. Each takes it at their next sign-in.</source>
            <translation>La nouvelle clé de leur niveau a été envoyée à : %1. Chacun la reçoit à sa prochaine connexion.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="297" />
            <source>No other user of the levels whose keys were replaced needed a new key.</source>
            <translation>Aucun autre utilisateur des niveaux dont les clés ont été remplacées n'avait besoin d'une nouvelle clé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="299" />
            <source>These users cannot receive it: give each a new passphrase (Reset passphrase…): %1.</source>
            <translation>Ces utilisateurs ne peuvent pas la recevoir : donnez à chacun une nouvelle phrase secrète (Réinitialiser la phrase secrète…) : %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="302" />
            <source>%1 also held the store key: rotate HQ's keys (fieldcase hq keys --rotate) so that new packages do not reach them.</source>
            <translation>%1 détenait aussi la clé de la base : renouvelez les clés du siège (fieldcase hq keys --rotate) pour que les nouveaux paquets ne lui parviennent plus.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="314" />
            <source>Rotating HQ's keys…</source>
            <translation>Renouvellement des clés du siège…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="320" />
            <source>HQ's keys were rotated (keyset version %1): officers encrypt new packages to the new key from their next pull.</source>
            <translation>Les clés du siège ont été renouvelées (jeu de clés version %1) : les agents chiffrent les nouveaux paquets avec la nouvelle clé dès leur prochaine récupération.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="323" />
            <source>HQ signs its key bundles with an offline root key: sign a new bundle (fieldcase hq bundle sign) so that officers take the new key.</source>
            <translation>Le siège signe ses lots de clés avec une clé racine hors ligne : signez un nouveau lot (fieldcase hq bundle sign) pour que les agents adoptent la nouvelle clé.</translation>
        </message>
    </context>
    <context>
        <name>ResetPassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="337" />
            <source>Reset a passphrase</source>
            <translation>Réinitialiser une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="338" />
            <source>Give %1 a new passphrase, when they forgot theirs or a removal could not send them a new key. Their key slot is made again with the keys of their clearance as they are now; tell them the new passphrase in person.</source>
            <translation>Donnez une nouvelle phrase secrète à %1, s'il a oublié la sienne ou si un retrait n'a pas pu lui envoyer de nouvelle clé. Son emplacement de clés est refait avec les clés actuelles de son habilitation ; communiquez-lui la nouvelle phrase secrète en personne.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="340" />
            <source>Reset passphrase</source>
            <translation>Réinitialiser la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="344" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="346" />
            <source>Repeat</source>
            <translation>Répéter</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="356" />
            <source>Resetting the passphrase…</source>
            <translation>Réinitialisation de la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="359" />
            <source>%1's passphrase was reset: they sign in with the new one.</source>
            <translation>La phrase secrète de %1 a été réinitialisée : il se connecte avec la nouvelle.</translation>
        </message>
    </context>
    <context>
        <name>RiskBoardPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="90" />
            <source>No data</source>
            <translation>Aucune donnée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="96" />
            <source>Risk board</source>
            <translation>Tableau des risques</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="102" />
            <source>Country-wide</source>
            <translation>Tout le pays</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="118" />
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="119" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="119" />
            <source>Up to</source>
            <translation>Jusqu'à</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="120" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="122" />
            <source>Export briefing…</source>
            <translation>Note d'information…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="124" />
            <source>A signed PDF briefing of the month shown last, for headquarters</source>
            <translation>Une note d'information PDF signée sur le dernier mois affiché, pour le siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="145" />
            <source>Risk areas by month</source>
            <translation>Domaines de risque par mois</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="196" />
            <source>Colour: your level where you set one, else the suggested level (no data: no records, not low risk) · number: records · %1 · badge “S”: the suggestion where you set a level (≠: yours differs)</source>
            <translation>Couleur : votre niveau si vous en avez fixé un, sinon le niveau suggéré (aucune donnée : aucune fiche, pas un risque faible) · nombre : fiches · %1 · badge « S » : la suggestion là où vous avez fixé un niveau (≠ : le vôtre diffère)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="244" />
            <source>%1: %n record(s) placed in the month, %3 without a risk area, %4 dated only to the year. Suggestions follow rule %5; the officer sets the level.</source>
            <translation>
                <numerusform>%1 : %n fiche placée dans le mois, %3 sans domaine de risque, %4 datées à l'année seulement. Les suggestions suivent la règle %5 ; l'agent fixe le niveau.</numerusform>
                <numerusform>%1 : %n fiches placées dans le mois, %3 sans domaine de risque, %4 datées à l'année seulement. Les suggestions suivent la règle %5 ; l'agent fixe le niveau.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="229" />
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
    </context>
    <context>
        <name>RiskGridModel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="153" />
            <source>No records: no data</source>
            <translation>Aucune fiche : aucune donnée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="155" />
            <source>%n record(s), suggested %2, %3</source>
            <translation>
                <numerusform>%n fiche, suggestion %2, %3</numerusform>
                <numerusform>%n fiches, suggestion %2, %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="159" />
            <source>; officer: %1</source>
            <translation> ; agent : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="162" />
            <source>No data: no records for this area in the month (not a sign of low risk)</source>
            <translation>Aucune donnée : aucune fiche pour ce domaine ce mois-ci (ce n'est pas le signe d'un risque faible)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="164" />
            <source>Suggested: %1, %2 (score %3)</source>
            <translation>Suggestion : %1, %2 (score %3)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="167" />
            <source>Officer: %1, %2</source>
            <translation>Agent : %1, %2</translation>
        </message>
    </context>
    <context>
        <name>RiskTagsEditor</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="36" />
            <source>Risk area or indicator — type to search</source>
            <translation>Domaine de risque ou indicateur — tapez pour chercher</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="40" />
            <source>Why: the rationale for this tag</source>
            <translation>Pourquoi : la motivation de cette étiquette</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="43" />
            <source>Add tag</source>
            <translation>Ajouter l'étiquette</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53" />
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53" />
            <source>Rationale (double-click to edit)</source>
            <translation>Motivation (double-clic pour modifier)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="69" />
            <source>Remove tag</source>
            <translation>Retirer l'étiquette</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="107" />
            <source>Choose a risk area or indicator from the list.</source>
            <translation>Choisissez un domaine de risque ou un indicateur dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>RmrPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="37" />
            <source>Written assessment for the Regional Monthly Review</source>
            <translation>Évaluation écrite pour l'examen mensuel régional</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="48" />
            <source>Save written assessment</source>
            <translation>Enregistrer l'évaluation écrite</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="56" />
            <source>Opportunities and entry points</source>
            <translation>Opportunités et points d'entrée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="57" />
            <source>Mitigating factors</source>
            <translation>Facteurs d'atténuation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="57" />
            <source>Outlook</source>
            <translation>Perspectives</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="58" />
            <source>Recommendations to the RMR</source>
            <translation>Recommandations à l'examen mensuel régional</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="59" />
            <source>Openings the UN can use: commitments, dialogues, allies</source>
            <translation>Ouvertures dont l'ONU peut se saisir : engagements, dialogues, alliés</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="60" />
            <source>What lowers the risk: institutions, leaders, networks</source>
            <translation>Ce qui réduit le risque : institutions, responsables, réseaux</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="61" />
            <source>Where the situation is heading in the coming months, and the triggers</source>
            <translation>L'évolution probable de la situation dans les mois à venir, et les éléments déclencheurs</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="62" />
            <source>Action points proposed to the review, one per line (start with - )</source>
            <translation>Points d'action proposés à l'examen, un par ligne (commencez par - )</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="85" />
            <source>Written assessment for the RMR: %1, %2</source>
            <translation>Évaluation écrite pour l'examen mensuel régional : %1, %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="88" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="101" />
            <source>Revision %1 by %2</source>
            <translation>Révision %1 par %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="102" />
            <source>Not written yet</source>
            <translation>Pas encore rédigée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="107" />
            <source>Not saved</source>
            <translation>Non enregistrée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="117" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="75" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="77" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="78" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="137" />
            <source>Add: %1</source>
            <translation>Ajouter : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="138" />
            <source>Edit: %1</source>
            <translation>Modifier : %1</translation>
        </message>
    </context>
    <context>
        <name>SameAsPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="328" />
            <source>People of this record, or the record itself, linked as the same as in another record. Linked records are counted once in the indicators and briefings; nothing is merged or deleted, and a link can be undone.</source>
            <translation>Les personnes de cette fiche, ou la fiche elle-même, liées comme identiques à celles d'une autre fiche. Les fiches liées sont comptées une seule fois dans les indicateurs et les notes d'information ; rien n'est fusionné ni supprimé, et un lien peut être annulé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="336" />
            <source>Linked</source>
            <translation>Lié</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="336" />
            <source>Same as</source>
            <translation>Identique à</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="336" />
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="337" />
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="337" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="357" />
            <source>Link as the same…</source>
            <translation>Lier comme identiques…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="360" />
            <source>Unlink…</source>
            <translation>Annuler le lien…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="373" />
            <source>Save the record first to link it.</source>
            <translation>Enregistrez d'abord la fiche pour la lier.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="379" />
            <source>This incident</source>
            <translation>Cet incident</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="381" />
            <source>Person %1</source>
            <translation>Personne %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="386" />
            <source>(a record not in this store)</source>
            <translation>(une fiche absente de cette base)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="389" />
            <source>%1 in %2</source>
            <translation>%1 dans %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="399" />
            <source>Received by sync</source>
            <translation>Reçu par synchronisation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="400" />
            <source>In force</source>
            <translation>En vigueur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="400" />
            <source>Undone</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="403" />
            <source>Undone by %1</source>
            <translation>Annulé par %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="405" />
            <source>Undone: %1</source>
            <translation>Annulé : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="415" />
            <source>Links in force: %1</source>
            <translation>Liens en vigueur : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="416" />
            <source>No links yet.</source>
            <translation>Aucun lien pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="58" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="60" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="65" />
            <source>Applies at once and is remembered. Open editors keep what you have typed.</source>
            <translation>S'applique immédiatement et est mémorisée. Les éditeurs ouverts conservent ce que vous avez saisi.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="69" />
            <source>Locking</source>
            <translation>Verrouillage</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="75" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="79" />
            <source>Lock after being idle for</source>
            <translation>Verrouiller après une inactivité de</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="81" />
            <source>Lock now</source>
            <translation>Verrouiller maintenant</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="84" />
            <source>Shortcut: Ctrl+L. Locking closes every window of the workspace and drops its keys from memory; unsaved edits are kept as encrypted drafts.</source>
            <translation>Raccourci : Ctrl+L. Le verrouillage ferme toutes les fenêtres de l'espace de travail et efface ses clés de la mémoire ; les modifications non enregistrées sont conservées dans des brouillons chiffrés.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="88" />
            <source>Window contents are never saved to disk. A name copied from a record is cleared from the clipboard after 30 seconds.</source>
            <translation>Le contenu des fenêtres n'est jamais enregistré sur le disque. Un nom copié depuis une fiche est effacé du presse-papiers après 30 secondes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="92" />
            <source>Passphrase and recovery key</source>
            <translation>Phrase secrète et clé de récupération</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="94" />
            <source>Change passphrase…</source>
            <translation>Changer la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="96" />
            <source>Make a new recovery key…</source>
            <translation>Créer une nouvelle clé de récupération…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="125" />
            <source>Emergency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="130" />
            <source>Quick delete…</source>
            <translation>Suppression rapide…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="134" />
            <source>Shortcut: Ctrl+Shift+Delete, also on the unlock screen. After one confirmation the keys are destroyed first, then every record, draft and attachment on this computer; only what reached HQ survives.</source>
            <translation>Raccourci : Ctrl+Maj+Suppr, y compris sur l'écran de déverrouillage. Après une seule confirmation, les clés sont détruites d'abord, puis chaque fiche, brouillon et pièce jointe sur cet ordinateur ; seul ce qui est parvenu au siège subsiste.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="110" />
            <source>This workspace</source>
            <translation>Cet espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="112" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="113" />
            <source>Officer</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="114" />
            <source>Workspace id</source>
            <translation>Identifiant de l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="115" />
            <source>Encryption</source>
            <translation>Chiffrement</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="115" />
            <source>SQLCipher 4 store under a random 256-bit key; the key is unlocked with Argon2id. Attachments: age.</source>
            <translation>Base SQLCipher 4 sous une clé aléatoire de 256 bits ; la clé est déverrouillée avec Argon2id. Pièces jointes : age.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="117" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="142" />
            <source>Delete after failed unlocks</source>
            <translation>Supprimer après des déverrouillages échoués</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="146" />
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="150" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="159" />
            <source>After that many wrong passphrases in a row, the workspace is quick-deleted as by Quick delete; this cannot be undone.</source>
            <translation>Après ce nombre de phrases secrètes erronées d'affilée, l'espace de travail est supprimé comme par Suppression rapide ; c'est irréversible.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="163" />
            <source>Duress passphrase…</source>
            <translation>Phrase secrète de contrainte…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="198" />
            <source>In force: off. Wrong passphrases only delay the next try.</source>
            <translation>En vigueur : désactivé. Les phrases erronées ne font que retarder l'essai suivant.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="200" />
            <source>In force: quick delete after %n wrong passphrases in a row.</source>
            <translation>
                <numerusform>En vigueur : suppression rapide après %n phrase secrète erronée d'affilée.</numerusform>
                <numerusform>En vigueur : suppression rapide après %n phrases secrètes erronées d'affilée.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="219" />
            <source>Set: typing it quick-deletes this workspace, then opens an empty decoy.</source>
            <translation>Définie : la saisir supprime rapidement cet espace de travail, puis ouvre un leurre vide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="221" />
            <source>Set: typing it opens an empty decoy workspace; this one stays as it is.</source>
            <translation>Définie : la saisir ouvre un espace de travail leurre vide ; celui-ci reste tel quel.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="223" />
            <source>Not set. A second passphrase that opens an empty decoy workspace instead of this one.</source>
            <translation>Non définie. Une seconde phrase secrète qui ouvre un espace de travail leurre vide au lieu de celui-ci.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="246" />
            <source>New recovery key</source>
            <translation>Nouvelle clé de récupération</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="247" />
            <source>Make a new recovery key? The current one stops working at once.</source>
            <translation>Créer une nouvelle clé de récupération ? L'actuelle cessera immédiatement de fonctionner.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="19" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="41" />
            <source>New incident</source>
            <translation>Nouvel incident</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="41" />
            <source>Search the case files</source>
            <translation>Rechercher dans les dossiers</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="42" />
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="42" />
            <source>Risk board</source>
            <translation>Tableau des risques</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="42" />
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="43" />
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="43" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="43" />
            <source>Action points</source>
            <translation>Points d'action</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="44" />
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="49" />
            <source>Lock the workspace now</source>
            <translation>Verrouiller l'espace de travail maintenant</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="44" />
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="50" />
            <source>This list</source>
            <translation>Cette liste</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="47" />
            <source>Save a new revision</source>
            <translation>Enregistrer une nouvelle révision</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="47" />
            <source>Close the editor (asks first when there are unsaved changes)</source>
            <translation>Fermer l'éditeur (demande d'abord s'il y a des modifications non enregistrées)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="49" />
            <source>Close the editor</source>
            <translation>Fermer l'éditeur</translation>
        </message>
    </context>
    <context>
        <name>SignalReasons</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="23" />
            <source>%n record(s) this month</source>
            <translation>
                <numerusform>%n fiche ce mois-ci</numerusform>
                <numerusform>%n fiches ce mois-ci</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="25" />
            <source>highest severity %1</source>
            <translation>gravité maximale %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="27" />
            <source>mean severity %1</source>
            <translation>gravité moyenne %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="29" />
            <source>%1% verified</source>
            <translation>%1 % vérifiés</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="31" />
            <source>new activity (none in the three months before)</source>
            <translation>activité nouvelle (aucune au cours des trois mois précédents)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="33" />
            <source>severity-weighted count ×%1 the 3-month mean</source>
            <translation>nombre pondéré par la gravité ×%1 la moyenne sur 3 mois</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="35" />
            <source>%n reprisal(s) against people cooperating with the UN</source>
            <translation>
                <numerusform>%n représaille contre des personnes coopérant avec l’ONU</numerusform>
                <numerusform>%n représailles contre des personnes coopérant avec l’ONU</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="37" />
            <source>%n attack(s) on defenders, journalists or trade unionists</source>
            <translation>
                <numerusform>%n attaque contre des défenseurs, journalistes ou syndicalistes</numerusform>
                <numerusform>%n attaques contre des défenseurs, journalistes ou syndicalistes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="39" />
            <source>hate-speech spike (%1 vs %2 a month)</source>
            <translation>pic de discours de haine (%1 contre %2 par mois)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="42" />
            <source>%n early-warning report(s)</source>
            <translation>
                <numerusform>%n signalement d’alerte précoce</numerusform>
                <numerusform>%n signalements d’alerte précoce</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpecForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="263" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="265" />
            <source>Copy to the clipboard; it is cleared again after 30 seconds</source>
            <translation>Copier dans le presse-papiers ; il est vidé après 30 secondes</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="77" />
            <source>Use a passphrase of several unrelated words; at least %1 characters.</source>
            <translation>Utilisez une phrase secrète de plusieurs mots sans rapport entre eux ; au moins %1 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="80" />
            <source>Too short: at least %1 characters.</source>
            <translation>Trop court : au moins %1 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82" />
            <source>Very weak: easy to guess.</source>
            <translation>Très faible : facile à deviner.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82" />
            <source>Weak: add more unrelated words.</source>
            <translation>Faible : ajoutez d'autres mots sans rapport entre eux.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83" />
            <source>Fair: one or two more words would help.</source>
            <translation>Moyenne : un ou deux mots de plus seraient utiles.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83" />
            <source>Good.</source>
            <translation>Bonne.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="84" />
            <source>Strong.</source>
            <translation>Forte.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="94" />
            <source>Sync with HQ</source>
            <translation>Synchronisation avec le siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="104" />
            <source>Enrolment</source>
            <translation>Inscription</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="106" />
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="110" />
            <source>To send records to HQ, this workspace is enrolled once:</source>
            <translation>Pour envoyer des fiches au siège, cet espace de travail est inscrit une seule fois :</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="111" />
            <source>1. Write an enrolment request and give the file to HQ. It holds no secret. (Command line: fieldcase enrol-request --out FILE)</source>
            <translation>1. Créez une demande d'inscription et remettez le fichier au siège. Il ne contient aucun secret. (Ligne de commande : fieldcase enrol-request --out FILE)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="113" />
            <source>2. HQ answers with an enrolment file. Import it here (command line: fieldcase enrol FILE), then compare the certificate authority fingerprint shown with the one HQ gave you by phone or in person.</source>
            <translation>2. Le siège répond par un fichier d'inscription. Importez-le ici (ligne de commande : fieldcase enrol FILE), puis comparez l'empreinte de l'autorité de certification affichée avec celle que le siège vous a communiquée par téléphone ou en personne.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="119" />
            <source>Write enrolment request…</source>
            <translation>Créer la demande d'inscription…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="121" />
            <source>Import HQ's enrolment file…</source>
            <translation>Importer le fichier d'inscription du siège…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="137" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="147" />
            <source>Last push</source>
            <translation>Dernier envoi</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="148" />
            <source>Not sent yet</source>
            <translation>Pas encore envoyé</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="149" />
            <source>Sent, awaiting HQ</source>
            <translation>Envoyé, en attente du siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="150" />
            <source>Acknowledged by HQ</source>
            <translation>Accusé de réception du siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="151" />
            <source>Last acknowledgement</source>
            <translation>Dernier accusé de réception</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="156" />
            <source>Resolve conflicts…</source>
            <translation>Résoudre les conflits…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="158" />
            <source>Compare both versions field by field and choose what to keep</source>
            <translation>Comparer les deux versions champ par champ et choisir ce qu’il faut garder</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="163" />
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="167" />
            <source>Push now</source>
            <translation>Envoyer maintenant</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="169" />
            <source>Send everything HQ has not acknowledged yet to the selected target</source>
            <translation>Envoyer à la cible sélectionnée tout ce dont le siège n'a pas encore accusé réception</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="171" />
            <source>Pull acknowledgements</source>
            <translation>Récupérer les accusés de réception</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="172" />
            <source>Apply HQ's replies found at the selected target: acknowledgements, feedback, framework updates</source>
            <translation>Appliquer les réponses du siège trouvées sur la cible sélectionnée : accusés de réception, commentaires, mises à jour des cadres</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="191" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="200" />
            <source>Sync targets</source>
            <translation>Cibles de synchronisation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="193" />
            <source>Where packages go and where HQ's replies are collected: a folder (a USB stick, a shared drive) or a WebDAV server. Packages are encrypted for HQ before they are written. Push and Pull use the selected target.</source>
            <translation>Où vont les paquets et où sont recueillies les réponses du siège : un dossier (clé USB, lecteur partagé) ou un serveur WebDAV. Les paquets sont chiffrés pour le siège avant d'être écrits. Envoyer et Récupérer utilisent la cible sélectionnée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="201" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="234" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="201" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="201" />
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="202" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="236" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="214" />
            <source>Add a folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="222" />
            <source>Add a WebDAV server</source>
            <translation>Ajouter un serveur WebDAV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="226" />
            <source>e.g. hq-dav</source>
            <translation>p. ex. hq-dav</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="235" />
            <source>Address (URL)</source>
            <translation>Adresse (URL)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="237" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="239" />
            <source>Add server</source>
            <translation>Ajouter le serveur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="242" />
            <source>The password is kept in the encrypted workspace, never in a settings file.</source>
            <translation>Le mot de passe est conservé dans l'espace de travail chiffré, jamais dans un fichier de paramètres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="268" />
            <source>Enrolled with %1. HQ certificate authority fingerprint: %2</source>
            <translation>Inscrit auprès de %1. Empreinte de l'autorité de certification du siège : %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="271" />
            <source>Not enrolled with HQ yet.</source>
            <translation>Pas encore inscrit auprès du siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="274" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="277" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="278" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="282" />
            <source>%n revision(s)</source>
            <translation>
                <numerusform>%n révision</numerusform>
                <numerusform>%n révisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="279" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n pièce jointe</numerusform>
                <numerusform>%n pièces jointes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="280" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="281" />
            <source>%n package(s)</source>
            <translation>
                <numerusform>%n paquet</numerusform>
                <numerusform>%n paquets</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="284" />
            <source>None: every record agrees with HQ's copy.</source>
            <translation>Aucun : chaque fiche concorde avec la copie du siège.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="285" />
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflit à résoudre</numerusform>
                <numerusform>%n conflits à résoudre</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="295" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="295" />
            <source>WebDAV</source>
            <translation>WebDAV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="321" />
            <source>Available once the workspace is enrolled with HQ.</source>
            <translation>Disponible une fois l'espace de travail inscrit auprès du siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="323" />
            <source>Add a sync target below first.</source>
            <translation>Ajoutez d'abord une cible de synchronisation ci-dessous.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="325" />
            <source>Target: %1</source>
            <translation>Cible : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="346" />
            <source>Pushing to %1…</source>
            <translation>Envoi vers %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="357" />
            <source>Collecting HQ's replies from %1…</source>
            <translation>Collecte des réponses du siège depuis %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="367" />
            <source>Cancelled. What was already uploaded stays there; push again to go on.</source>
            <translation>Annulé. Ce qui a déjà été téléversé y reste ; relancez l'envoi pour continuer.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="373" />
            <source>Pull stopped. The replies already applied stay applied; pull again for the rest.</source>
            <translation>Récupération interrompue. Les réponses déjà appliquées le restent ; récupérez à nouveau pour le reste.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="380" />
            <source>Built %n new package(s);</source>
            <translation>
                <numerusform>%n nouveau paquet créé ;</numerusform>
                <numerusform>%n nouveaux paquets créés ;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="381" />
            <source>uploaded %1; %2 already at the target.</source>
            <translation>%1 téléversés ; %2 déjà sur la cible.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="389" />
            <source>Nothing new from HQ.</source>
            <translation>Rien de nouveau de la part du siège.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="392" />
            <source>%n reply package(s) applied.</source>
            <translation>
                <numerusform>%n paquet de réponse appliqué.</numerusform>
                <numerusform>%n paquets de réponse appliqués.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="395" />
            <source>%1 was not applied: %2</source>
            <translation>%1 n'a pas été appliqué : %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="403" />
            <source>Write enrolment request</source>
            <translation>Créer la demande d'inscription</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="410" />
            <source>Wrote the enrolment request to %1. Give this file to HQ; it holds no secret.</source>
            <translation>La demande d'inscription a été écrite dans %1. Remettez ce fichier au siège ; il ne contient aucun secret.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="416" />
            <source>Import HQ's enrolment file</source>
            <translation>Importer le fichier d'inscription du siège</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="423" />
            <source>Enrolled with %1. Compare this certificate authority fingerprint with the one HQ gave you by another channel (phone, in person):
%2</source>
            <translation>Inscrit auprès de %1. Comparez cette empreinte de l'autorité de certification avec celle que le siège vous a communiquée par un autre moyen (téléphone, en personne) :
%2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="438" />
            <source>Importing the enrolment file…</source>
            <translation>Importation du fichier d'inscription…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="442" />
            <source>Choose the sync folder</source>
            <translation>Choisissez le dossier de synchronisation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="455" />
            <source>Give the server a name and an address starting with https://.</source>
            <translation>Donnez au serveur un nom et une adresse commençant par https://.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="131" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="133" />
            <source>Fieldcase</source>
            <translation>Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="144" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>UnlinkDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="281" />
            <source>Undo the link</source>
            <translation>Annuler le lien</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="284" />
            <source>%1 will no longer be counted as the same. The link and its undoing stay in the history and the audit log.</source>
            <translation>%1 ne sera plus compté comme identique. Le lien et son annulation restent dans l'historique et le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="291" />
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="292" />
            <source>Why the link was wrong</source>
            <translation>Pourquoi le lien était erroné</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="303" />
            <source>Say why the link was wrong: it goes into the audit log.</source>
            <translation>Indiquez pourquoi le lien était erroné : le motif est inscrit au journal d'audit.</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="51" />
            <source>Unlock your workspace</source>
            <translation>Déverrouillez votre espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="52" />
            <source>Case files are encrypted on this computer. Enter the passphrase to open them.</source>
            <translation>Les dossiers sont chiffrés sur cet ordinateur. Saisissez la phrase secrète pour les ouvrir.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="59" />
            <source>Recent workspaces</source>
            <translation>Espaces de travail récents</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="75" />
            <source>Choose the workspace folder</source>
            <translation>Choisissez le dossier de l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="77" />
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="78" />
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="81" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="89" />
            <source>Fill in the demo passphrase</source>
            <translation>Remplir la phrase secrète de démonstration</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="99" />
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="206" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="106" />
            <source>Create a new workspace…</source>
            <translation>Créer un nouvel espace de travail…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="107" />
            <source>Open the demo workspace</source>
            <translation>Ouvrir l'espace de travail de démonstration</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="108" />
            <source>Forgot the passphrase?</source>
            <translation>Phrase secrète oubliée ?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="130" />
            <source>%1 — demo, fictional records</source>
            <translation>%1 — démo, fiches fictives</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="183" />
            <source>This is the demo workspace: every record in it is fictional. Its passphrase is: %1</source>
            <translation>Ceci est l'espace de travail de démonstration : toutes les fiches qu'il contient sont fictives. Sa phrase secrète est : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="202" />
            <source>Unlocking…</source>
            <translation>Déverrouillage…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="204" />
            <source>Wait %1 s</source>
            <translation>Attendez %1 s</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="215" />
            <source>Choose the workspace folder first.</source>
            <translation>Choisissez d'abord le dossier de l'espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="218" />
            <source>Enter the passphrase.</source>
            <translation>Saisissez la phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="251" />
            <source>Wrong passphrase: the workspace was not unlocked.</source>
            <translation>Phrase secrète incorrecte : l'espace de travail n'a pas été déverrouillé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="253" />
            <source>You can try again in %1 s.</source>
            <translation>Vous pourrez réessayer dans %1 s.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="30" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="34" />
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="31" />
            <source>Community information</source>
            <translation>Information communautaire</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="35" />
            <source>Community info</source>
            <translation>Info. communautaire</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="38" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="39" />
            <source>Civil-society report</source>
            <translation>Rapport de la société civile</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="40" />
            <source>Community report</source>
            <translation>Rapport communautaire</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="41" />
            <source>Early warning</source>
            <translation>Alerte rapide</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="44" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="45" />
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="46" />
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="49" />
            <source>Restricted</source>
            <translation>Diffusion restreinte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="50" />
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="51" />
            <source>Strictly confidential</source>
            <translation>Strictement confidentiel</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="54" />
            <source>State actor</source>
            <translation>Acteur étatique</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="55" />
            <source>With State acquiescence</source>
            <translation>Avec l'assentiment de l'État</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="56" />
            <source>Non-State actor</source>
            <translation>Acteur non étatique</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="57" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="70" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="76" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="60" />
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="61" />
            <source>Witness</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="62" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="63" />
            <source>Perpetrator</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="64" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="69" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="85" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="67" />
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="68" />
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="73" />
            <source>Child</source>
            <translation>Enfant</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="74" />
            <source>Adult</source>
            <translation>Adulte</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="75" />
            <source>Elderly</source>
            <translation>Personne âgée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="79" />
            <source>Universal Periodic Review</source>
            <translation>Examen périodique universel</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="80" />
            <source>Special procedure</source>
            <translation>Procédure spéciale</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="81" />
            <source>Treaty body</source>
            <translation>Organe conventionnel</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="82" />
            <source>Human Rights Council</source>
            <translation>Conseil des droits de l'homme</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="83" />
            <source>UN field presence</source>
            <translation>Présence de l'ONU sur le terrain</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="84" />
            <source>Peace operation</source>
            <translation>Opération de paix</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="90" />
            <source>1 – minor</source>
            <translation>1 – mineure</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="91" />
            <source>2 – moderate</source>
            <translation>2 – modérée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="92" />
            <source>3 – serious</source>
            <translation>3 – sérieuse</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="93" />
            <source>4 – grave</source>
            <translation>4 – grave</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="94" />
            <source>5 – very grave</source>
            <translation>5 – très grave</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/screen.py" line="66" />
            <source>Fieldcase</source>
            <translation>Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/screen.py" line="69" />
            <source>Encrypted case files for human-rights field work. Offline; nothing leaves this computer unless you export or sync it.</source>
            <translation>Dossiers chiffrés pour le travail de terrain en matière de droits de l'homme. Hors ligne ; rien ne quitte cet ordinateur à moins que vous ne l'exportiez ou ne le synchronisiez.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="85" />
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="154" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="117" />
            <source>Fieldcase keeps no backup copy of its own. Export what you still need now: it can still be read. HQ holds every record and attachment you have already synced; an earlier copy of the workspace folder, if you keep one, can be put back in its place. Nothing was repaired or overwritten.</source>
            <translation>Fieldcase ne conserve aucune copie de sauvegarde. Exportez dès maintenant ce dont vous avez encore besoin : il peut encore être lu. Le siège détient chaque fiche et pièce jointe déjà synchronisée ; une copie antérieure du dossier de l'espace de travail, si vous en conservez une, peut être remise à sa place. Rien n'a été réparé ni écrasé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="121" />
            <source>Integrity alarm: %1 %2</source>
            <translation>Alerte d'intégrité : %1 %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Risk board</source>
            <translation>Tableau des risques</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="139" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="139" />
            <source>Action points</source>
            <translation>Points d'action</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="143" />
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="190" />
            <source>Workspace: %1 (demo, fictional data)</source>
            <translation>Espace de travail : %1 (démonstration, données fictives)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="190" />
            <source>Workspace: %1</source>
            <translation>Espace de travail : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="193" />
            <source>Officer: %1</source>
            <translation>Agent : %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="198" />
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="200" />
            <source>Lock the workspace now (Ctrl+L)</source>
            <translation>Verrouiller l'espace de travail maintenant (Ctrl+L)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="218" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n fiche</numerusform>
                <numerusform>%n fiches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_FileChoice</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="38" />
            <source>No file chosen</source>
            <translation>Aucun fichier choisi</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="39" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
    </context>
    <context>
        <name>_HqUserDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="95" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation>La nouvelle phrase secrète est trop courte : utilisez au moins %1 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="99" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>Cette phrase secrète est trop facile à deviner : ajoutez quelques mots sans rapport entre eux.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="102" />
            <source>The two new passphrases differ.</source>
            <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="136" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>_SidePicker</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="94" />
            <source>Record id, or words of its title</source>
            <translation>Identifiant de la fiche, ou mots de son titre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="95" />
            <source>Find the record</source>
            <translation>Trouver la fiche</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="98" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="101" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="146" />
            <source>No record found</source>
            <translation>Aucune fiche trouvée</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="163" />
            <source>This record has no people</source>
            <translation>Cette fiche ne contient aucune personne</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="356" />
            <source>--period: {reason}.</source>
            <translation>--period : {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="104" />
            <source>A different package with this package id was already accepted.</source>
            <translation>Un autre paquet portant cet identifiant a déjà été accepté.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_region.py" line="64" />
            <source>A grouping name is 1 to 60 letters, digits, spaces, dots, dashes or underscores.</source>
            <translation>Un nom de regroupement compte de 1 à 60 lettres, chiffres, espaces, points, tirets ou traits de soulignement.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="100" />
            <source>A link item does not match its key or its sender.</source>
            <translation>Un élément de lien ne correspond pas à sa clé ou à son expéditeur.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="91" />
            <source>A link item is malformed.</source>
            <translation>Un élément de lien est mal formé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="139" />
            <source>A passphrase for the new HQ directory is needed.</source>
            <translation>Une phrase secrète est nécessaire pour le nouveau répertoire du siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="177" />
            <source>A person or an incident cannot be linked with itself.</source>
            <translation>Une personne ou un incident ne peut pas être lié à lui-même.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="69" />
            <source>A piece of {what} could not be read ({reason}).</source>
            <translation>Une partie de {what} n'a pas pu être lue ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="82" />
            <source>A piece of {what} does not match its signed SHA-256: it was changed or replaced.</source>
            <translation>Une partie de {what} ne correspond pas à son SHA-256 signé : elle a été modifiée ou remplacée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="80" />
            <source>A piece of {what} is longer than signed.</source>
            <translation>Une partie de {what} est plus longue que ce qui a été signé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="77" />
            <source>A piece of {what} is truncated (an interrupted copy?).</source>
            <translation>Une partie de {what} est tronquée (copie interrompue ?).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_preview.py" line="48" />
            <source>A preview (--dry-run) is available for HXL-tagged tables and UCDP GED exports (--format hxl, --format ucdp).</source>
            <translation>Un aperçu (--dry-run) est disponible pour les tableaux balisés HXL et les exports UCDP GED (--format hxl, --format ucdp).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_region.py" line="49" />
            <source>A regional grouping needs at least two different countries.</source>
            <translation>Un regroupement régional nécessite au moins deux pays différents.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="238" />
            <source>A reviewer needs the strictly_confidential clearance (they hand out every key).</source>
            <translation>Un réviseur doit avoir l'habilitation strictly_confidential (il distribue toutes les clés).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="57" />
            <source>A revision item does not match its key or its sender.</source>
            <translation>Un élément de révision ne correspond pas à sa clé ou à son expéditeur.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="55" />
            <source>A revision item is malformed ({error}).</source>
            <translation>Un élément de révision est mal formé ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="185" />
            <source>A revision refers to attachment {attachment_id}, which has not been received.</source>
            <translation>Une révision renvoie à la pièce jointe {attachment_id}, qui n'a pas été reçue.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="83" />
            <source>A sealed value in the HQ database does not decrypt with this HQ's key: the database was altered or belongs to another HQ. Nothing was changed.</source>
            <translation>Une valeur scellée de la base de données du siège ne se déchiffre pas avec la clé de ce siège : la base a été modifiée ou appartient à un autre siège. Rien n'a été changé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="79" />
            <source>A sealed value in the HQ database is of an unknown format; it was left as is.</source>
            <translation>Une valeur scellée de la base de données du siège est dans un format inconnu ; elle a été laissée telle quelle.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="30" />
            <source>A share is mistyped or damaged (its checksum does not match).</source>
            <translation>Une part est mal saisie ou endommagée (sa somme de contrôle ne correspond pas).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="82" />
            <source>A share is mistyped or damaged (its checksum does not match): nothing was recovered.</source>
            <translation>Une part est mal saisie ou endommagée (sa somme de contrôle ne correspond pas) : rien n'a été récupéré.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="63" />
            <source>A target name must be 1-40 characters without '/'.</source>
            <translation>Le nom d'une cible doit compter de 1 à 40 caractères, sans « / ».</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="385" />
            <source>Act {act_number} of record {record_id} names the victim {victim!r}, who is not one of the record's people.</source>
            <translation>L'acte {act_number} de la fiche {record_id} désigne la victime {victim!r}, qui ne fait pas partie des personnes de la fiche.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/acts.py" line="69" />
            <source>Act: the record has {count} act(s); give a number from 1 to {count}.</source>
            <translation>
                <numerusform>Acte : la fiche compte {count} acte ; donnez un numéro de 1 à {count}.</numerusform>
                <numerusform>Acte : la fiche compte {count} actes ; donnez un numéro de 1 à {count}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="70" />
            <source>Act: this record has no acts.</source>
            <translation>Acte : cette fiche ne comporte aucun acte.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="311" />
            <source>Action point: on: the change cannot take effect before the previous one.</source>
            <translation>Point d'action : date d'effet : le changement ne peut pas prendre effet avant le précédent.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="324" />
            <source>Action point: {reason}.</source>
            <translation>Point d'action : {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="115" />
            <source>Add WebDAV servers as a named target first (the password is kept in the encrypted workspace): fieldcase sync target add NAME URL --user USER</source>
            <translation>Ajoutez d'abord les serveurs WebDAV comme cible nommée (le mot de passe est conservé dans l'espace de travail chiffré) : fieldcase sync target add NAME URL --user USER</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="52" />
            <source>An S3 target must be written s3://bucket or s3://bucket/prefix.</source>
            <translation>Une cible S3 s'écrit s3://bucket ou s3://bucket/prefix.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_flow.py" line="117" />
            <source>An XLSForm import needs the form (--form FORM.xlsx) and a mapping file (--mapping MAPPING.json).</source>
            <translation>Une importation XLSForm nécessite le formulaire (--form FORM.xlsx) et un fichier de correspondance (--mapping MAPPING.json).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="112" />
            <source>An act names a victim who is not among the people you kept: take the people and the acts from the same side.</source>
            <translation>Un acte nomme une victime qui ne figure pas parmi les personnes gardées : prenez les personnes et les actes du même côté.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="328" />
            <source>An age recipient to share attachments with is malformed.</source>
            <translation>Un destinataire age avec qui partager les pièces jointes est mal formé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="358" />
            <source>An attachment entry in the package manifest is malformed.</source>
            <translation>Une entrée de pièce jointe du manifeste du paquet est mal formée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/outbox.py" line="183" />
            <source>An attachment's encrypted file is missing from the workspace; nothing was sent.</source>
            <translation>Le fichier chiffré d'une pièce jointe est absent de l'espace de travail ; rien n'a été envoyé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="69" />
            <source>An audit item is malformed.</source>
            <translation>Un élément d'audit est mal formé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="329" />
            <source>An item in {name} does not match its signed hash.</source>
            <translation>Un élément de {name} ne correspond pas à son empreinte signée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="174" />
            <source>Assessment: {reason}.</source>
            <translation>Évaluation : {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="383" />
            <source>Attaching the file was cancelled; nothing was stored.</source>
            <translation>L'ajout du fichier a été annulé ; rien n'a été stocké.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="144" />
            <source>Attachment {attachment_id} already exists here with other content.</source>
            <translation>La pièce jointe {attachment_id} existe déjà ici avec un autre contenu.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/records.py" line="281" />
            <source>Attachment {attachment_id} does not match the SHA-256 recorded at intake.</source>
            <translation>La pièce jointe {attachment_id} ne correspond pas au SHA-256 relevé à l'enregistrement.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="149" />
            <source>Attachment {attachment_id} was not fetched with its package.</source>
            <translation>La pièce jointe {attachment_id} n'a pas été récupérée avec son paquet.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="292" />
            <source>Attachment {blob_id} could not be deleted ({reason}).</source>
            <translation>La pièce jointe {blob_id} n'a pas pu être supprimée ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="244" />
            <source>Attachment {blob_id} could not be read ({reason}).</source>
            <translation>La pièce jointe {blob_id} n'a pas pu être lue ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="252" />
            <source>Attachment {blob_id} does not have the recorded size.</source>
            <translation>La pièce jointe {blob_id} n'a pas la taille enregistrée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="242" />
            <source>Attachment {blob_id} is missing from the workspace.</source>
            <translation>La pièce jointe {blob_id} est absente de l'espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="269" />
            <source>Attachment {blob_id} is too large to preview ({size} bytes).</source>
            <translation>La pièce jointe {blob_id} est trop volumineuse pour un aperçu ({size} octets).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="367" />
            <source>Cancelled; no briefing was written.</source>
            <translation>Annulé ; aucune note d'information n'a été écrite.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="123" />
            <source>Cancelled; no evidence package was written.</source>
            <translation>Annulé ; aucun dossier de preuves n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/errors.py" line="132" />
            <source>Cancelled; nothing was changed.</source>
            <translation>Annulé ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/wipe.py" line="38" />
            <source>Cancelled; nothing was deleted.</source>
            <translation>Annulé ; rien n'a été supprimé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="103" />
            <source>Choose mine or theirs for every field that differs ({field} has no choice).</source>
            <translation>Choisissez la mienne ou la leur pour chaque champ qui diffère ({field} n’a pas de choix).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="91" />
            <source>Choose mine or theirs for the field {field}.</source>
            <translation>Choisissez la mienne ou la leur pour le champ {field}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_package_import.py" line="95" />
            <source>Choose where the packages are: one of HQ's targets or a folder.</source>
            <translation>Choisissez où sont les paquets : une des cibles du siège ou un dossier.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_region.py" line="45" />
            <source>Each country must be an ISO 3166-1 alpha-3 code (e.g. XTV), optionally with a name after a colon (XTV:Tarvessa).</source>
            <translation>Chaque pays doit être un code ISO 3166-1 alpha-3 (p. ex. XTV), éventuellement suivi d'un nom après deux-points (XTV:Tarvessa).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/resources.py" line="66" />
            <source>Fieldcase's data files (schemas, frameworks, fonts) are missing from this installation. Reinstall Fieldcase.</source>
            <translation>Les fichiers de données de Fieldcase (schémas, cadres, polices) manquent dans cette installation. Réinstallez Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/hq.py" line="196" />
            <source>Give the grouping's countries: --countries XTV:Tarvessa,XTW:Morvane</source>
            <translation>Indiquez les pays du regroupement : --countries XTV:Tarvessa,XTW:Morvane</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/assess.py" line="61" />
            <source>Give the month to assess: fieldcase assess --period YYYY-MM</source>
            <translation>Indiquez le mois à évaluer : fieldcase assess --period YYYY-MM</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="322" />
            <source>Give the user name (--user NAME): this HQ directory has several users.</source>
            <translation>Indiquez le nom d'utilisateur (--user NOM) : ce dossier du siège a plusieurs utilisateurs.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="48" />
            <source>HQ acknowledges a package this workspace did not send.</source>
            <translation>Le siège accuse réception d'un paquet que cet espace de travail n'a pas envoyé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="66" />
            <source>HQ has not acknowledged one of this record's attachments yet: nothing was purged.</source>
            <translation>Le siège n'a pas encore accusé réception de l'une des pièces jointes de cette fiche : rien n'a été purgé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="89" />
            <source>HQ has not acknowledged this attachment yet: it was not purged.</source>
            <translation>Le siège n'a pas encore accusé réception de cette pièce jointe : elle n'a pas été purgée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="60" />
            <source>HQ has not acknowledged this record's latest revision yet: it was not purged (push, let HQ import, then pull).</source>
            <translation>Le siège n'a pas encore accusé réception de la dernière révision de cette fiche : elle n'a pas été purgée (envoyez, laissez le siège importer, puis récupérez).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="40" />
            <source>HQ replies do not carry attachments.</source>
            <translation>Les réponses du siège ne contiennent pas de pièces jointes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="199" />
            <source>Invalid attachment id.</source>
            <translation>Identifiant de pièce jointe non valide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="309" />
            <source>Invalid attachment size.</source>
            <translation>Taille de pièce jointe non valide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="52" />
            <source>It was signed by a key that is not enrolled for {who}.</source>
            <translation>Il a été signé par une clé qui n'est pas inscrite pour {who}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="60" />
            <source>Its signature by {who} does not verify: the content was changed after signing, or it was not signed by that key.</source>
            <translation>Sa signature par {who} n'est pas vérifiée : le contenu a été modifié après la signature, ou il n'a pas été signé par cette clé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="169" />
            <source>Kind: give person or incident.</source>
            <translation>Type : indiquez person (personne) ou incident.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="87" />
            <source>Line {line} of the gazetteer file: the {column} (the unit's name) is empty.</source>
            <translation>Ligne {line} du fichier du répertoire géographique : la colonne {column} (le nom de l'unité) est vide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="84" />
            <source>Line {line} of the gazetteer file: the {column} must be a P-code (two or three capital letters, then digits, e.g. SY0203).</source>
            <translation>Ligne {line} du fichier du répertoire géographique : la colonne {column} doit contenir un P-code (deux ou trois majuscules, puis des chiffres, p. ex. SY0203).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="212" />
            <source>Link: give the link's id (or at least its first 6 characters).</source>
            <translation>Lien : indiquez l'identifiant du lien (ou au moins ses 6 premiers caractères).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="217" />
            <source>Link: that id prefix matches several links; give more characters.</source>
            <translation>Lien : ce début d'identifiant correspond à plusieurs liens ; indiquez davantage de caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="215" />
            <source>Link: there is no link with that id in this store.</source>
            <translation>Lien : aucun lien de cette base ne porte cet identifiant.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="347" />
            <source>Mechanism reference: {reason}.</source>
            <translation>Référence du mécanisme : {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="91" />
            <source>No S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_REGION, AWS_ENDPOINT_URL for a server other than AWS), or AWS_PROFILE.</source>
            <translation>Aucun identifiant S3 : définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY (et AWS_REGION, AWS_ENDPOINT_URL pour un serveur autre qu'AWS), ou AWS_PROFILE.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="279" />
            <source>No action point with id {prefix}.</source>
            <translation>Aucun point d'action avec l'identifiant {prefix}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="464" />
            <source>No attachment with id {attachment_id} in this workspace.</source>
            <translation>Aucune pièce jointe avec l'identifiant {attachment_id} dans cet espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="651" />
            <source>No attachment with id {attachment_id}.</source>
            <translation>Aucune pièce jointe avec l'identifiant {attachment_id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="74" />
            <source>No officer with workspace id {id} is enrolled here.</source>
            <translation>Aucun agent avec l'identifiant d'espace de travail {id} n'est inscrit ici.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/prompts.py" line="36" />
            <source>No passphrase given: set {pass_env} or run in a terminal to be asked.</source>
            <translation>Aucune phrase secrète fournie : définissez {pass_env} ou lancez la commande dans un terminal pour qu'elle soit demandée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="487" />
            <source>No record with id {prefix} in this workspace.</source>
            <translation>Aucune fiche avec l'identifiant {prefix} dans cet espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="501" />
            <source>No record with id {record_id} at revision {rev}.</source>
            <translation>Aucune fiche avec l'identifiant {record_id} à la révision {rev}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="502" />
            <source>No record with id {record_id}.</source>
            <translation>Aucune fiche avec l'identifiant {record_id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="154" />
            <source>No records for region {region} in the six months up to {period}; check the admin-1 P-code (see `fieldcase list`).</source>
            <translation>Aucune fiche pour la région {region} au cours des six mois jusqu'à {period} ; vérifiez le P-code de niveau admin. 1 (voir `fieldcase list`).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="85" />
            <source>No shares were given: nothing was recovered.</source>
            <translation>Aucune part n'a été fournie : rien n'a été récupéré.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/hq_users.py" line="139" />
            <source>No single record matches {prefix} among those you may list.</source>
            <translation>Aucune fiche unique ne correspond à {prefix} parmi celles que vous pouvez lister.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="32" />
            <source>Not enough shares to recover the recovery key.</source>
            <translation>Pas assez de parts pour récupérer la clé de récupération.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="88" />
            <source>Not enough shares: {need} different shares are needed, {have} were given (nothing was recovered).</source>
            <translation>Parts insuffisantes : parts différentes nécessaires : {need} ; parts fournies : {have} (rien n'a été récupéré).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/wipe.py" line="35" />
            <source>Nothing was deleted: confirm with --yes, or run in a terminal to be asked.</source>
            <translation>Rien n'a été supprimé : confirmez avec --yes, ou lancez la commande dans un terminal pour qu'elle vous le demande.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="74" />
            <source>Only ECDSA P-256 officer keys are issued certificates.</source>
            <translation>Seules les clés d'agent ECDSA P-256 reçoivent un certificat.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="72" />
            <source>Override: give one of A, B, C, D, E, F or none (does not qualify).</source>
            <translation>Correction : indiquez A, B, C, D, E, F ou none (ne relève pas).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="325" />
            <source>Package member {name} does not hold the signed items.</source>
            <translation>Le membre {name} du paquet ne contient pas les éléments signés.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="319" />
            <source>Package member {name} is missing or does not match its signed hash.</source>
            <translation>Le membre {name} du paquet est absent ou ne correspond pas à son empreinte signée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="322" />
            <source>Package member {name} is not an item list.</source>
            <translation>Le membre {name} du paquet n'est pas une liste d'éléments.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="113" />
            <source>Packages {first}..{last} from this sender have not arrived yet; sequence {sequence} is held until they do.</source>
            <translation>Les paquets {first} à {last} de cet expéditeur ne sont pas encore arrivés ; la séquence {sequence} est retenue jusqu'à leur arrivée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="82" />
            <source>Period: {reason}.</source>
            <translation>Période : {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="97" />
            <source>Pull stopped; the replies already applied stay applied, pull again for the rest.</source>
            <translation>Récupération interrompue ; les réponses déjà appliquées le restent, récupérez à nouveau pour le reste.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="228" />
            <source>Push cancelled; what was uploaded stays, run it again to go on.</source>
            <translation>Envoi annulé ; ce qui a été téléversé y reste, relancez-le pour continuer.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="77" />
            <source>Rationale: at most {max_rationale} characters.</source>
            <translation>Motivation : au plus {max_rationale} caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="75" />
            <source>Rationale: say why the derived type does not fit this act (it goes into the audit log).</source>
            <translation>Motivation : expliquez pourquoi le type déduit ne convient pas à cet acte (elle est consignée dans le journal d'audit).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="250" />
            <source>Rationale: {reason}.</source>
            <translation>Motivation : {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="104" />
            <source>Reason: at most {max_reason} characters.</source>
            <translation>Motif : {max_reason} caractères au plus.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="102" />
            <source>Reason: say why these two are the same (it goes into the audit log).</source>
            <translation>Motif : indiquez pourquoi ces deux éléments sont identiques (il est inscrit au journal d'audit).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="121" />
            <source>Record {record_id} was changed elsewhere since revision {base} ({where}); nothing was saved. Open it again and redo the change on the current revision.</source>
            <translation>La fiche {record_id} a été modifiée ailleurs depuis la révision {base} ({where}) ; rien n'a été enregistré. Rouvrez-la et refaites la modification sur la révision actuelle.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="69" />
            <source>Refusing to open a store without a key.</source>
            <translation>Refus d'ouvrir une base sans clé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="87" />
            <source>Region: {region!r} is not an admin-1 P-code (e.g. XT02).</source>
            <translation>Région : {region!r} n'est pas un P-code de niveau admin. 1 (p. ex. XT02).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="318" />
            <source>Risk area: {risk_area!r} is not a risk area.</source>
            <translation>Domaine de risque : {risk_area!r} n'est pas un domaine de risque.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="111" />
            <source>S3 over plain http is refused (credentials and metadata would travel in the clear); use an https:// endpoint.</source>
            <translation>S3 en http simple est refusé (les identifiants et les métadonnées circuleraient en clair) ; utilisez un point d'accès https://.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/purge.py" line="35" />
            <source>Say what to purge: record ids, --attachment ID, --acknowledged, --retention or --list.</source>
            <translation>Indiquez ce qu'il faut purger : identifiants de fiches, --attachment ID, --acknowledged, --retention ou --list.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/fleet.py" line="120" />
            <source>Say what to recover into: --identity-out FILE and/or --new-dir DIR.</source>
            <translation>Indiquez la destination de la récupération : --identity-out FICHIER et/ou --new-dir RÉPERTOIRE.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="109" />
            <source>Sequence {sequence} is not newer than the last accepted ({in_sequence}): a replayed or rolled-back package.</source>
            <translation>La séquence {sequence} n'est pas postérieure à la dernière acceptée ({in_sequence}) : paquet rejoué ou revenu en arrière.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="138" />
            <source>Set the workspace's country first (Settings, or --country XXX): the gazetteer is kept per country.</source>
            <translation>Définissez d'abord le pays de l'espace de travail (Paramètres, ou --country XXX) : le répertoire géographique est tenu par pays.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="67" />
            <source>That is not a PEM certificate signing request.</source>
            <translation>Ce n'est pas une demande de signature de certificat PEM.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="152" />
            <source>That is not a PEM certificate.</source>
            <translation>Ce n'est pas un certificat PEM.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="281" />
            <source>That is not a recovery key: it should be 36 letters and digits in groups of four.</source>
            <translation>Ce n'est pas une clé de récupération : elle doit comporter 36 lettres et chiffres en groupes de quatre.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="305" />
            <source>That recovery key does not belong to this workspace.</source>
            <translation>Cette clé de récupération n'appartient pas à cet espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="89" />
            <source>The AWS profile could not be read ({reason}).</source>
            <translation>Le profil AWS n'a pas pu être lu ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="306" />
            <source>The CSV file has a cell that is too long; nothing was imported.</source>
            <translation>Le fichier CSV contient une cellule trop longue ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="277" />
            <source>The CSV header has columns Fieldcase does not know; nothing was imported.</source>
            <translation>L'en-tête CSV comporte des colonnes inconnues de Fieldcase ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="282" />
            <source>The CSV header names a column twice; nothing was imported.</source>
            <translation>L'en-tête CSV nomme deux fois une colonne ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/pg.py" line="206" />
            <source>The HQ database could not be opened ({reason}). Check that the PostgreSQL server is running and that the user can connect (PGPASSWORD or ~/.pgpass).</source>
            <translation>La base de données du siège n'a pas pu être ouverte ({reason}). Vérifiez que le serveur PostgreSQL fonctionne et que l'utilisateur peut s'y connecter (PGPASSWORD ou ~/.pgpass).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="47" />
            <source>The HQ database could not be {action} ({reason}); nothing was changed.</source>
            <translation>Opération impossible sur la base de données du siège ({action} : {reason}) ; rien n'a été changé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="115" />
            <source>The HQ database is not open with its key; nothing was written.</source>
            <translation>La base de données du siège n'est pas ouverte avec sa clé ; rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="151" />
            <source>The HQ directory has no certificate authority; it may be damaged.</source>
            <translation>Le répertoire du siège n'a pas d'autorité de certification ; il est peut-être endommagé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="157" />
            <source>The HQ directory has no keyset; it may be damaged.</source>
            <translation>Le répertoire du siège n'a pas de jeu de clés ; il est peut-être endommagé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/compartments.py" line="63" />
            <source>The HQ directory has no {level} compartment yet: a reviewer or analyst opens the HQ once (or imports) to make it.</source>
            <translation>Le dossier du siège n'a pas encore de compartiment {level} : un réviseur ou un analyste ouvre le siège une fois (ou importe) pour le créer.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_access.py" line="74" />
            <source>The HQ directory is locked.</source>
            <translation>Le dossier du siège est verrouillé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="94" />
            <source>The HQ key bundle has expired: refused (HQ must sign a new one).</source>
            <translation>Le lot de clés du siège a expiré : refusé (le siège doit en signer un nouveau).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="57" />
            <source>The HQ key bundle has no valid expiry date.</source>
            <translation>Le lot de clés du siège n'a pas de date d'expiration valide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="83" />
            <source>The HQ key bundle has no valid version.</source>
            <translation>Le lot de clés du siège n'a pas de version valide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="105" />
            <source>The HQ key bundle is malformed or for another HQ.</source>
            <translation>Le lot de clés du siège est mal formé ou destiné à un autre siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="85" />
            <source>The HQ key bundle is older than the one installed here (a rollback): refused.</source>
            <translation>Le lot de clés du siège est plus ancien que celui installé ici (un retour en arrière) : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="71" />
            <source>The HQ key bundle is signed by another root key than the one this workspace trusts: refused.</source>
            <translation>Le lot de clés du siège est signé par une autre clé racine que celle à laquelle cet espace de travail se fie : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="101" />
            <source>The HQ key bundle lists a recipient as both active and retired.</source>
            <translation>Le lot de clés du siège indique un destinataire à la fois actif et retiré.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="111" />
            <source>The HQ key bundle lists no recipients.</source>
            <translation>Le lot de clés du siège ne contient aucun destinataire.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="88" />
            <source>The HQ key bundle reuses the version of the installed one with other content: refused.</source>
            <translation>Le lot de clés du siège reprend la version de celui qui est installé avec un autre contenu : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="103" />
            <source>The HQ key bundle's revocation list is malformed.</source>
            <translation>La liste de révocation du lot de clés du siège est mal formée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="77" />
            <source>The HQ key bundle's root signature does not verify (forged or altered): refused.</source>
            <translation>La signature racine du lot de clés du siège n'est pas vérifiée (falsifiée ou modifiée) : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="80" />
            <source>The HQ key bundle's signature is not in a format Fieldcase knows.</source>
            <translation>La signature du lot de clés du siège n'est pas dans un format connu de Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="58" />
            <source>The HQ keyset is of a format this Fieldcase does not know.</source>
            <translation>Le jeu de clés du siège est dans un format que ce Fieldcase ne connaît pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="213" />
            <source>The HQ users file is damaged (a key sent to a user does not open).</source>
            <translation>Le fichier des utilisateurs du siège est endommagé (une clé envoyée à un utilisateur ne s'ouvre pas).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="121" />
            <source>The HQ users file is damaged (a key sent to a user is malformed).</source>
            <translation>Le fichier des utilisateurs du siège est endommagé (une clé envoyée à un utilisateur est mal formée).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="156" />
            <source>The HQ users file is damaged (a user's key slot is malformed).</source>
            <translation>Le fichier des utilisateurs du siège est endommagé (l'emplacement de clé d'un utilisateur est mal formé).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="133" />
            <source>The JSON file is malformed; nothing was imported.</source>
            <translation>Le fichier JSON est mal formé ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="143" />
            <source>The JSON file must hold an array of records.</source>
            <translation>Le fichier JSON doit contenir un tableau de fiches.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="103" />
            <source>The S3 endpoint must be an https:// URL.</source>
            <translation>Le point d'accès S3 doit être une URL https://.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="153" />
            <source>The S3 server answered {code} for {target}; run the sync again to resume.</source>
            <translation>Le serveur S3 a répondu {code} pour {target} ; relancez la synchronisation pour reprendre.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="156" />
            <source>The S3 server of {target} could not be reached ({reason}); run the sync again to resume.</source>
            <translation>Le serveur S3 de {target} est injoignable ({reason}) ; relancez la synchronisation pour reprendre.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="151" />
            <source>The S3 server refused the credentials for {target} ({code}).</source>
            <translation>Le serveur S3 a refusé les identifiants pour {target} ({code}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="106" />
            <source>The S3 target {name} has no credentials; add it again.</source>
            <translation>La cible S3 {name} n'a pas d'identifiants ; ajoutez-la de nouveau.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cipher.py" line="18" />
            <source>The SQLite library loaded is not SQLCipher; Fieldcase refuses to store case files unencrypted.</source>
            <translation>La bibliothèque SQLite chargée n'est pas SQLCipher ; Fieldcase refuse de stocker des dossiers non chiffrés.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="106" />
            <source>The WebDAV listing is too large.</source>
            <translation>La liste WebDAV est trop volumineuse.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="111" />
            <source>The WebDAV server sent a listing that is not valid XML.</source>
            <translation>Le serveur WebDAV a envoyé une liste qui n'est pas du XML valide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="95" />
            <source>The WebDAV server {server} answered {status} to {method}.</source>
            <translation>Le serveur WebDAV {server} a répondu {status} à {method}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="80" />
            <source>The WebDAV server {server} could not be reached ({error}).</source>
            <translation>Le serveur WebDAV {server} n'a pas pu être joint ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="94" />
            <source>The WebDAV server {server} is full (507).</source>
            <translation>Le serveur WebDAV {server} est plein (507).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="91" />
            <source>The WebDAV server {server} refused the user name or password ({status}).</source>
            <translation>Le serveur WebDAV {server} a refusé le nom d'utilisateur ou le mot de passe ({status}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="393" />
            <source>The attachment could not be stored ({reason}); nothing was stored.</source>
            <translation>La pièce jointe n'a pas pu être stockée ({reason}) ; rien n'a été stocké.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/audit.py" line="150" />
            <source>The audit log does not verify at entry {entry}: history was altered or entries are missing.</source>
            <translation>Le journal d'audit n'est pas vérifié à l'entrée {entry} : l'historique a été modifié ou des entrées manquent.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="149" />
            <source>The bucket of {target} does not exist.</source>
            <translation>Le compartiment de {target} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="73" />
            <source>The bundle's validity must be 1 to 3650 days.</source>
            <translation>La validité du lot doit être de 1 à 3650 jours.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="161" />
            <source>The certificate does not allow document signing (it needs digitalSignature and nonRepudiation).</source>
            <translation>Le certificat ne permet pas la signature de documents (il requiert digitalSignature et nonRepudiation).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="154" />
            <source>The certificate is for a different key than this workspace's signing key; it was not installed.</source>
            <translation>Le certificat concerne une autre clé que la clé de signature de cet espace de travail ; il n'a pas été installé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="165" />
            <source>The certificate is not valid now (check its dates and this device's clock).</source>
            <translation>Le certificat n'est pas valide actuellement (vérifiez ses dates et l'horloge de cet appareil).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="75" />
            <source>The certificate is not valid now (expired or not yet valid; check the clock).</source>
            <translation>Le certificat n'est pas valide actuellement (expiré ou pas encore valide ; vérifiez l'horloge).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="71" />
            <source>The certificate was not issued by HQ's certificate authority.</source>
            <translation>Le certificat n'a pas été délivré par l'autorité de certification du siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="134" />
            <source>The certificate was not issued by the certificate given as its issuer.</source>
            <translation>Le certificat n'a pas été délivré par le certificat indiqué comme émetteur.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="138" />
            <source>The certificate's signature does not verify against its issuer.</source>
            <translation>La signature du certificat n'est pas vérifiée par son émetteur.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="361" />
            <source>The classification marking must be 1 to 60 characters.</source>
            <translation>La mention de classification doit compter de 1 à 60 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="249" />
            <source>The complete list needs a file of its own, not the briefing's; nothing was written.</source>
            <translation>La liste complète doit avoir son propre fichier, pas celui de la note ; rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/duress.py" line="76" />
            <source>The current passphrase is wrong; nothing was changed.</source>
            <translation>La phrase secrète actuelle est incorrecte ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="365" />
            <source>The database already holds tables; an HQ store needs a new, empty database. Nothing was changed.</source>
            <translation>La base de données contient déjà des tables ; un stockage du siège nécessite une base neuve et vide. Rien n'a été changé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="390" />
            <source>The disk is full: the attachment was not stored and the workspace is unchanged. Free some space and try again.</source>
            <translation>Le disque est plein : la pièce jointe n'a pas été stockée et l'espace de travail est inchangé. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="51" />
            <source>The disk is full: the change was not saved and the workspace is unchanged. Free some space and try again.</source>
            <translation>Le disque est plein : la modification n'a pas été enregistrée et l'espace de travail est inchangé. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/fsutil.py" line="67" />
            <source>The disk is full: {what} could not be written. Nothing was changed; free some space and try again.</source>
            <translation>Le disque est plein : {what} n'a pas pu être écrit. Rien n'a été modifié ; libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="167" />
            <source>The download from {server} was interrupted ({error}).</source>
            <translation>Le téléchargement depuis {server} a été interrompu ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/duress.py" line="113" />
            <source>The duress passphrase is too short: use at least 8 characters.</source>
            <translation>La phrase secrète de contrainte est trop courte : utilisez au moins 8 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/duress.py" line="115" />
            <source>The duress passphrase must differ from the passphrase; nothing was changed.</source>
            <translation>La phrase secrète de contrainte doit différer de la phrase secrète ; rien n'a été changé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cipher.py" line="23" />
            <source>The encryption library loaded is SQLCipher {version}, not SQLCipher 4; Fieldcase refuses to open case files with it. Reinstall Fieldcase.</source>
            <translation>La bibliothèque de chiffrement chargée est SQLCipher {version}, et non SQLCipher 4 ; Fieldcase refuse d'ouvrir des dossiers avec elle. Réinstallez Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="77" />
            <source>The enrolment file names no certificate authority.</source>
            <translation>Le fichier d'inscription n'indique aucune autorité de certification.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="154" />
            <source>The enrolment file's CA fingerprint is not the one you expected; it was refused.</source>
            <translation>L'empreinte de l'autorité de certification du fichier d'inscription n'est pas celle attendue ; il a été refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="162" />
            <source>The enrolment file's root key fingerprint is not the one you expected; it was refused.</source>
            <translation>L'empreinte de la clé racine du fichier d'inscription n'est pas celle que vous attendiez ; il a été refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="67" />
            <source>The enrolment request carries no age recipient.</source>
            <translation>La demande d'inscription ne contient aucun destinataire age.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="62" />
            <source>The enrolment request is incomplete.</source>
            <translation>La demande d'inscription est incomplète.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="65" />
            <source>The enrolment request's CSR is not for the key that signed it.</source>
            <translation>La CSR de la demande d'inscription ne correspond pas à la clé qui l'a signée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="102" />
            <source>The escrow file is not a Fieldcase HQ escrow file.</source>
            <translation>Le fichier de dépôt n'est pas un fichier de dépôt de siège Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="127" />
            <source>The escrow file {path} cannot be read.</source>
            <translation>Le fichier de dépôt {path} ne peut pas être lu.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="87" />
            <source>The field {field} can be taken from one side, not typed.</source>
            <translation>Le champ {field} peut être pris d’un côté, pas saisi.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="93" />
            <source>The field {field} is the same on both sides: there is nothing to choose.</source>
            <translation>Le champ {field} est identique des deux côtés : il n’y a rien à choisir.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="36" />
            <source>The file is larger than 20 MB; split it.</source>
            <translation>Le fichier dépasse 20 Mo ; divisez-le.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="40" />
            <source>The file is not UTF-8 text; save it as UTF-8 CSV or JSON.</source>
            <translation>Le fichier n'est pas du texte UTF-8 ; enregistrez-le en CSV ou JSON UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="210" />
            <source>The file to attach could not be read ({reason}).</source>
            <translation>Le fichier à joindre n'a pas pu être lu ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="387" />
            <source>The file to attach could not be read ({reason}); nothing was stored.</source>
            <translation>Le fichier à joindre n'a pas pu être lu ({reason}) ; rien n'a été stocké.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="34" />
            <source>The file {name} does not exist.</source>
            <translation>Le fichier {name} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="246" />
            <source>The folder {folder} does not exist; nothing was written.</source>
            <translation>Le dossier {folder} n'existe pas ; rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="93" />
            <source>The gazetteer file has a header but no units.</source>
            <translation>Le fichier du répertoire géographique a un en-tête mais aucune unité.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="66" />
            <source>The gazetteer file has no P-code column: expected the COD-AB columns ADM1_PCODE and ADM1_EN (and ADM2_PCODE, ADM2_EN for districts).</source>
            <translation>Le fichier du répertoire géographique n'a pas de colonne P-code : colonnes COD-AB attendues ADM1_PCODE et ADM1_EN (et ADM2_PCODE, ADM2_EN pour les districts).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="70" />
            <source>The gazetteer file has {pcode} but no name column for that level: expected {name} (or the name in another language, such as ADM{level}_FR).</source>
            <translation>Le fichier du répertoire géographique a {pcode} mais pas de colonne de nom pour ce niveau : {name} attendue (ou le nom dans une autre langue, comme ADM{level}_FR).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="61" />
            <source>The gazetteer file is empty: expected a COD-AB table with a header row (ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN, …).</source>
            <translation>Le fichier du répertoire géographique est vide : table COD-AB attendue avec une ligne d'en-tête (ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN, …).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="124" />
            <source>The gazetteer file is larger than 50 MB; a COD-AB table is a few MB at most.</source>
            <translation>Le fichier du répertoire géographique dépasse 50 Mo ; une table COD-AB fait quelques Mo au plus.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="131" />
            <source>The gazetteer file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”.</source>
            <translation>Le fichier du répertoire géographique n'est pas du texte UTF-8 : enregistrez-le depuis le tableur au format « CSV UTF-8 ».</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="127" />
            <source>The gazetteer file {name} could not be read.</source>
            <translation>Le fichier du répertoire géographique {name} n'a pas pu être lu.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="281" />
            <source>The id prefix {prefix} matches several action points; give more characters.</source>
            <translation>Le préfixe d'identifiant {prefix} correspond à plusieurs points d'action ; donnez davantage de caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="489" />
            <source>The id prefix {prefix} matches several records; give more characters.</source>
            <translation>Le préfixe d'identifiant {prefix} correspond à plusieurs fiches ; donnez davantage de caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="102" />
            <source>The identity file holds no age secret key (AGE-SECRET-KEY-1...).</source>
            <translation>Le fichier d'identité ne contient aucune clé secrète age (AGE-SECRET-KEY-1...).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/workspace_frameworks.py" line="30" />
            <source>The installed framework {framework_id} release {release} does not match its SHA-256; the store is damaged. Nothing was changed.</source>
            <translation>Le cadre installé {framework_id}, version {release}, ne correspond pas à son SHA-256 ; la base est endommagée. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="289" />
            <source>The key file's seal does not verify: workspace.json was edited or damaged, so a rollback of the store cannot be ruled out. Writes are stopped.</source>
            <translation>Le sceau du fichier de clés n'est pas vérifié : workspace.json a été modifié ou endommagé, si bien qu'un retour en arrière du stockage ne peut être exclu. Les écritures sont arrêtées.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/matches.py" line="176" />
            <source>The kind must be one of: {choices}.</source>
            <translation>Le type doit être l'un de : {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/matches.py" line="178" />
            <source>The limit must be a whole number of at least 1.</source>
            <translation>La limite doit être un nombre entier d'au moins 1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="157" />
            <source>The mapping file {file} does not exist.</source>
            <translation>Le fichier de correspondance {file} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="204" />
            <source>The mapping file {file} does not fit the form; nothing was imported.</source>
            <translation>Le fichier de correspondance {file} ne correspond pas au formulaire ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="196" />
            <source>The mapping file {file} has problems; nothing was imported.</source>
            <translation>Le fichier de correspondance {file} présente des problèmes ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="159" />
            <source>The mapping file {file} is not readable JSON.</source>
            <translation>Le fichier de correspondance {file} n'est pas un JSON lisible.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="124" />
            <source>The mapping file {file} is not valid JSON.</source>
            <translation>Le fichier de correspondance {file} n'est pas un JSON valide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="133" />
            <source>The mapping file {file} must be a JSON object with "format": "fieldcase-xlsform-mapping/1".</source>
            <translation>Le fichier de correspondance {file} doit être un objet JSON avec "format": "fieldcase-xlsform-mapping/1".</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="161" />
            <source>The mapping file {file} must hold a JSON object (see the README).</source>
            <translation>Le fichier de correspondance {file} doit contenir un objet JSON (voir le README).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/security.py" line="30" />
            <source>The new passphrase is the same as the current one; nothing was changed.</source>
            <translation>La nouvelle phrase secrète est identique à l'actuelle ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="450" />
            <source>The new passphrase is too short: use at least 8 characters.</source>
            <translation>La nouvelle phrase secrète est trop courte : utilisez au moins 8 caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="102" />
            <source>The number of days must be 0 or more.</source>
            <translation>Le nombre de jours doit être de 0 ou plus.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/session.py" line="108" />
            <source>The number of failed unlocks must be between 1 and {most}.</source>
            <translation>Le nombre d'échecs de déverrouillage doit être compris entre 1 et {most}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="95" />
            <source>The package comes from a device HQ revoked, from a sequence at or after its revocation point: refused.</source>
            <translation>Le paquet provient d'un appareil révoqué par le siège, avec une séquence égale ou postérieure à son point de révocation : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="92" />
            <source>The package could not be copied to {folder} ({reason}); run the push again to resume.</source>
            <translation>Le paquet n'a pas pu être copié dans {folder} ({reason}) ; relancez l'envoi pour reprendre.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="297" />
            <source>The package does not end with its signed manifest.</source>
            <translation>Le paquet ne se termine pas par son manifeste signé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="117" />
            <source>The package does not follow the last accepted package from this sender (its previous-package hash differs): refused.</source>
            <translation>Le paquet ne fait pas suite au dernier paquet accepté de cet expéditeur (l'empreinte du paquet précédent diffère) : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="133" />
            <source>The package file ended early while uploading.</source>
            <translation>Le fichier du paquet s'est terminé prématurément pendant le téléversement.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="163" />
            <source>The package has data after its end.</source>
            <translation>Le paquet contient des données après sa fin.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="107" />
            <source>The package has no valid sequence number.</source>
            <translation>Le paquet n'a pas de numéro de séquence valide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="176" />
            <source>The package holds an entry Fieldcase does not make.</source>
            <translation>Le paquet contient une entrée que Fieldcase ne produit pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="245" />
            <source>The package holds an entry larger than allowed.</source>
            <translation>Le paquet contient une entrée plus volumineuse que permis.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="333" />
            <source>The package holds entries its manifest does not list.</source>
            <translation>Le paquet contient des entrées que son manifeste ne mentionne pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="241" />
            <source>The package holds the same entry twice.</source>
            <translation>Le paquet contient deux fois la même entrée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="179" />
            <source>The package holds too many entries.</source>
            <translation>Le paquet contient trop d'entrées.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="293" />
            <source>The package is damaged or was tampered with: decryption failed (age authenticates every 64 KiB).</source>
            <translation>Le paquet est endommagé ou a été altéré : le déchiffrement a échoué (age authentifie chaque bloc de 64 Kio).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="81" />
            <source>The package is encrypted: give the recipient's age identity file (--identity).</source>
            <translation>Le paquet est chiffré : indiquez le fichier d'identité age du destinataire (--identity).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="248" />
            <source>The package is larger than one import may hold.</source>
            <translation>Le paquet dépasse la taille qu'une importation peut contenir.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="279" />
            <source>The package is longer than when it was made: it was changed.</source>
            <translation>Le paquet est plus long qu'à sa création : il a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="229" />
            <source>The package is not addressed to this store.</source>
            <translation>Le paquet n'est pas adressé à cette base.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="291" />
            <source>The package is not encrypted to any key held here (or its age header was changed).</source>
            <translation>Le paquet n'est chiffré pour aucune clé détenue ici (ou son en-tête age a été modifié).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="190" />
            <source>The package is truncated (its archive ends early).</source>
            <translation>Le paquet est tronqué (son archive se termine trop tôt).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="277" />
            <source>The package is truncated: it has {actual} of its {size} bytes (an interrupted copy?).</source>
            <translation>Le paquet est tronqué : il compte {actual} de ses {size} octets (copie interrompue ?).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="302" />
            <source>The package manifest is of a format this Fieldcase does not know.</source>
            <translation>Le manifeste du paquet est dans un format que ce Fieldcase ne connaît pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="311" />
            <source>The package manifest lists no members.</source>
            <translation>Le manifeste du paquet ne mentionne aucun membre.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="337" />
            <source>The package manifest's attachment list is malformed.</source>
            <translation>La liste des pièces jointes du manifeste du paquet est mal formée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="390" />
            <source>The package would contain the name of a person who did not consent to be named (or, with strict redaction, an exact place); nothing was written. Please report this as a bug.</source>
            <translation>Le paquet contiendrait le nom d'une personne qui n'a pas consenti à être nommée (ou, avec l'occultation stricte, un lieu exact) ; rien n'a été écrit. Veuillez signaler cette anomalie.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="174" />
            <source>The package's archive is malformed (a bad header).</source>
            <translation>L'archive du paquet est mal formée (en-tête incorrect).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="170" />
            <source>The package's archive is malformed (a gap in it).</source>
            <translation>L'archive du paquet est mal formée (elle présente un trou).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="224" />
            <source>The package's sender is not enrolled here (unknown sender or signing key): refused.</source>
            <translation>L'expéditeur du paquet n'est pas inscrit ici (expéditeur ou clé de signature inconnus) : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="262" />
            <source>The passphrase is too short: use at least 8 characters (a few unrelated words are best).</source>
            <translation>La phrase secrète est trop courte : utilisez au moins 8 caractères (quelques mots sans rapport entre eux sont l'idéal).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/wipe.py" line="72" />
            <source>The quick delete could not destroy the key file ({reason}); nothing else was touched. Delete the folder by hand.</source>
            <translation>La suppression rapide n'a pas pu détruire le fichier de clés ({reason}) ; rien d'autre n'a été touché. Supprimez le dossier manuellement.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/wipe.py" line="97" />
            <source>The quick delete stopped part-way ({reason}); the key slots were destroyed first, so the passphrase no longer opens the workspace. Remove the folder by hand.</source>
            <translation>La suppression rapide s'est arrêtée en cours de route ({reason}) ; les emplacements de clés ont été détruits en premier, la phrase secrète n'ouvre donc plus l'espace de travail. Supprimez le dossier manuellement.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="112" />
            <source>The recipient must be an age public key (age1...).</source>
            <translation>Le destinataire doit être une clé publique age (age1...).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="45" />
            <source>The recommendations file has errors; nothing was imported.</source>
            <translation>Le fichier de recommandations contient des erreurs ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="47" />
            <source>The recommendations file holds no rows; nothing was imported.</source>
            <translation>Le fichier de recommandations ne contient aucune ligne ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/session.py" line="93" />
            <source>The record of failed unlock attempts was altered or removed since the last unlock: someone may have tried passphrases on this workspace.</source>
            <translation>Le registre des tentatives de déverrouillage échouées a été modifié ou supprimé depuis le dernier déverrouillage : quelqu'un a peut-être essayé des phrases secrètes sur cet espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="285" />
            <source>The recovery key has a typo: its check group does not match.</source>
            <translation>La clé de récupération contient une faute de frappe : son groupe de contrôle ne correspond pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/recovery_key.py" line="25" />
            <source>The recovery key was already shown once. To make a new one (the old one then stops working), run: fieldcase recovery-key --replace</source>
            <translation>La clé de récupération a déjà été affichée une fois. Pour en créer une nouvelle (l'ancienne cessera alors de fonctionner), exécutez : fieldcase recovery-key --replace</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="106" />
            <source>The redaction must be one of {choices}.</source>
            <translation>L'occultation doit être l'une des valeurs {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="122" />
            <source>The retention must be 0 to 3650 days.</source>
            <translation>La durée de conservation doit être de 0 à 3650 jours.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/purge.py" line="61" />
            <source>The retention must be a number of days or 'off'.</source>
            <translation>La durée de conservation doit être un nombre de jours ou 'off'.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="81" />
            <source>The revocation sequence must be 1 or more.</source>
            <translation>La séquence de révocation doit être de 1 ou plus.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="63" />
            <source>The root key file could not be opened: wrong root passphrase, or not a Fieldcase root key.</source>
            <translation>Le fichier de clé racine n'a pas pu être ouvert : phrase secrète racine erronée, ou ce n'est pas une clé racine Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="66" />
            <source>The root key file does not hold an Ed25519 root key.</source>
            <translation>Le fichier de clé racine ne contient pas de clé racine Ed25519.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="59" />
            <source>The root key file {path} cannot be read.</source>
            <translation>Le fichier de clé racine {path} ne peut pas être lu.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="36" />
            <source>The root key passphrase must be at least {n} characters.</source>
            <translation>La phrase secrète de la clé racine doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="131" />
            <source>The sender's audit log entries do not continue its hash chain.</source>
            <translation>Les entrées du journal d'audit de l'expéditeur ne prolongent pas sa chaîne d'empreintes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="36" />
            <source>The shares do not belong to one split (or one is given twice).</source>
            <translation>Les parts n'appartiennent pas à un même partage (ou l'une est donnée deux fois).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="93" />
            <source>The shares do not belong to one split (or one is given twice): nothing was recovered.</source>
            <translation>Les parts n'appartiennent pas à un même partage (ou l'une est donnée deux fois) : rien n'a été récupéré.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="99" />
            <source>The shares do not open this escrow file (another split, or the file was changed): nothing was recovered.</source>
            <translation>Les parts n'ouvrent pas ce fichier de dépôt (autre partage, ou le fichier a été modifié) : rien n'a été récupéré.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="39" />
            <source>The signature block is not in a format Fieldcase knows.</source>
            <translation>Le bloc de signature n'est pas dans un format connu de Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="28" />
            <source>The signing key is not an ECDSA P-256 key.</source>
            <translation>La clé de signature n'est pas une clé ECDSA P-256.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="69" />
            <source>The signing request's own signature does not verify.</source>
            <translation>La signature propre de la demande de signature n'est pas vérifiée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="54" />
            <source>The store could not be written ({reason}); nothing was changed.</source>
            <translation>La base n'a pas pu être écrite ({reason}) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="71" />
            <source>The store is locked.</source>
            <translation>Le stockage est verrouillé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/migrate.py" line="52" />
            <source>The store's schema is from a newer or unknown version of Fieldcase ({reason}); it was left untouched.</source>
            <translation>Le schéma de la base provient d'une version plus récente ou inconnue de Fieldcase ({reason}) ; elle n'a pas été modifiée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="57" />
            <source>The stored signing key is not an ECDSA key.</source>
            <translation>La clé de signature stockée n'est pas une clé ECDSA.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="49" />
            <source>The sync folder {folder} cannot be read ({reason}).</source>
            <translation>Le dossier de synchronisation {folder} ne peut pas être lu ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="18" />
            <source>The threshold must be at least 2 and at most the number of shares (at most 16).</source>
            <translation>Le seuil doit être d'au moins 2 et d'au plus le nombre de parts (au plus 16).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="64" />
            <source>The threshold must be at least 2 and at most the number of shares (at most {max}).</source>
            <translation>Le seuil doit être d'au moins 2 et d'au plus le nombre de parts (au plus {max}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/prompts.py" line="50" />
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>Les deux phrases secrètes diffèrent ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/fleet.py" line="74" />
            <source>The two passphrases differ; nothing was made.</source>
            <translation>Les deux phrases secrètes diffèrent ; rien n'a été créé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="141" />
            <source>The upload to {server} was interrupted ({error}); run the push again to resume.</source>
            <translation>Le téléversement vers {server} a été interrompu ({error}) ; relancez l'envoi pour reprendre.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="107" />
            <source>The workspace is locked.</source>
            <translation>L'espace de travail est verrouillé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="217" />
            <source>The workspace key file has no passphrase slot; it was left untouched.</source>
            <translation>Le fichier de clés de l'espace de travail n'a pas d'emplacement de phrase secrète ; il a été laissé intact.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="117" />
            <source>The workspace key file is damaged (a key slot is malformed).</source>
            <translation>Le fichier de clés de l'espace de travail est endommagé (un emplacement de clé est mal formé).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="119" />
            <source>The workspace key file is damaged: a key slot was altered (its checksum does not match). It was left untouched.</source>
            <translation>Le fichier de clés de l'espace de travail est endommagé : un emplacement de clé a été modifié (sa somme de contrôle ne correspond pas). Il a été laissé intact.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="168" />
            <source>The workspace key file is damaged: its key-derivation parameters are missing, too weak or out of range. It was refused and left untouched.</source>
            <translation>Le fichier de clés de l'espace de travail est endommagé : ses paramètres de dérivation de clé manquent, sont trop faibles ou hors limites. Il a été refusé et laissé intact.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="220" />
            <source>The workspace key file is damaged: its passphrase slots disagree. It was left untouched.</source>
            <translation>Le fichier de clés de l'espace de travail est endommagé : ses emplacements de phrase secrète ne concordent pas. Il a été laissé intact.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="302" />
            <source>The workspace key file's recovery slot is malformed.</source>
            <translation>L'emplacement de récupération du fichier de clés de l'espace de travail est mal formé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="187" />
            <source>The workspace's attachment key is malformed.</source>
            <translation>La clé des pièces jointes de l'espace de travail est mal formée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="65" />
            <source>The {field} cannot be empty.</source>
            <translation>Le champ {field} ne peut pas être vide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="115" />
            <source>The {field} is before the start date.</source>
            <translation>Le champ {field} est antérieur à la date de début.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/rmr.py" line="45" />
            <source>The {field} is too long (at most 6000 characters).</source>
            <translation>Le champ {field} est trop long (6000 caractères au plus).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="231" />
            <source>The {field} must be 1 to 64 printable characters.</source>
            <translation>Le champ « {field} » doit compter de 1 à 64 caractères imprimables.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/pg.py" line="64" />
            <source>The {field} must be a PostgreSQL URL such as postgresql://user@host:5432/database.</source>
            <translation>Le champ {field} doit être une URL PostgreSQL telle que postgresql://user@host:5432/database.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="85" />
            <source>The {field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
            <translation>Le champ {field} doit être une date au format AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/rmr.py" line="19" />
            <source>The {field} must be a month written YYYY-MM.</source>
            <translation>Le champ {field} doit être un mois écrit AAAA-MM.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="115" />
            <source>The {field} must be a three-letter ISO 3166 code, such as SYR or XTV.</source>
            <translation>Le champ {field} doit être un code ISO 3166 à trois lettres, comme SYR ou XTV.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/wipe.py" line="54" />
            <source>The {field} must be a whole number of attempts, or off.</source>
            <translation>Le champ {field} doit être un nombre entier de tentatives, ou off.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="73" />
            <source>The {field} must be a whole number.</source>
            <translation>Le champ {field} doit être un nombre entier.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="75" />
            <source>The {field} must be between 1 and 5.</source>
            <translation>Le champ {field} doit être compris entre 1 et 5.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="233" />
            <source>The {field} must be one of: {choices}.</source>
            <translation>Le champ « {field} » doit être l'un de : {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/formats.py" line="59" />
            <source>The {what} is not a JSON object; it was refused.</source>
            <translation>{what} : ce n'est pas un objet JSON ; refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/formats.py" line="57" />
            <source>The {what} is not valid JSON; it was refused.</source>
            <translation>{what} : ce n'est pas du JSON valide ; refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="41" />
            <source>The {what} was altered (it is no longer in canonical form).</source>
            <translation>{what} : le contenu a été altéré (il n'est plus sous forme canonique).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_users.py" line="90" />
            <source>There is already an HQ user named {user}; nothing was changed.</source>
            <translation>Il existe déjà un utilisateur du siège nommé {user} ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="85" />
            <source>There is no attachment with this id.</source>
            <translation>Aucune pièce jointe ne porte cet identifiant.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="107" />
            <source>There is no field {field} in a record.</source>
            <translation>Il n’y a pas de champ {field} dans une fiche.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="143" />
            <source>There is no sync conflict {conflict}.</source>
            <translation>Il n’y a pas de conflit de synchronisation {conflict}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="181" />
            <source>These two are already linked as the same (directly or through other links).</source>
            <translation>Ces deux éléments sont déjà liés comme identiques (directement ou par d'autres liens).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="45" />
            <source>This HQ directory already has a root key; officers pin it and would refuse bundles from another one.</source>
            <translation>Ce répertoire du siège a déjà une clé racine ; les agents l'épinglent et refuseraient les lots signés par une autre.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="104" />
            <source>This HQ directory has no root key yet: fieldcase hq root init --dir HQDIR --out FILE</source>
            <translation>Ce répertoire du siège n'a pas encore de clé racine : fieldcase hq root init --dir HQDIR --out FILE</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="87" />
            <source>This attachment was purged already.</source>
            <translation>Cette pièce jointe a déjà été purgée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="118" />
            <source>This conflict was already resolved (revision {rev}).</source>
            <translation>Ce conflit a déjà été résolu (révision {rev}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="78" />
            <source>This device is already revoked.</source>
            <translation>Cet appareil est déjà révoqué.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="79" />
            <source>This enrolment file comes from a different HQ certificate authority than the one this workspace is enrolled with.</source>
            <translation>Ce fichier d'inscription provient d'une autre autorité de certification du siège que celle auprès de laquelle cet espace de travail est inscrit.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="157" />
            <source>This enrolment file was made for another workspace.</source>
            <translation>Ce fichier d'inscription a été créé pour un autre espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="243" />
            <source>This is not a Fieldcase package (no magic header).</source>
            <translation>Ce n'est pas un paquet Fieldcase (pas d'en-tête magique).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="38" />
            <source>This is not a Fieldcase {what} (or it was damaged).</source>
            <translation>Ce n'est pas un fichier Fieldcase de type {what} (ou il a été endommagé).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="161" />
            <source>This key bundle is not signed by HQ's root key, which this workspace trusts since it first received one: refused.</source>
            <translation>Ce lot de clés n'est pas signé par la clé racine du siège, à laquelle cet espace de travail se fie depuis qu'il en a reçu un : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="93" />
            <source>This kind of package does not carry attachments.</source>
            <translation>Ce type de paquet ne transporte pas de pièces jointes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="199" />
            <source>This link was already undone.</source>
            <translation>Ce lien a déjà été annulé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="265" />
            <source>This package is of a format or version this Fieldcase does not know.</source>
            <translation>Ce paquet est dans un format ou une version que ce Fieldcase ne connaît pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="794" />
            <source>This record was changed elsewhere since you opened it. Your changes were kept as a draft; close and reopen the record.</source>
            <translation>Cette fiche a été modifiée ailleurs depuis que vous l'avez ouverte. Vos modifications ont été conservées dans un brouillon ; fermez et rouvrez la fiche.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="84" />
            <source>This root key is not the one registered in the HQ directory.</source>
            <translation>Cette clé racine n'est pas celle enregistrée dans le répertoire du siège.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="60" />
            <source>This store has no attachment key; it may be damaged.</source>
            <translation>Cette base n'a pas de clé de pièces jointes ; elle est peut-être endommagée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/records.py" line="149" />
            <source>This workspace has no attachment key; it may be damaged.</source>
            <translation>Cet espace de travail n'a pas de clé de pièces jointes ; il est peut-être endommagé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recovery_split.py" line="18" />
            <source>This workspace has no recovery key.</source>
            <translation>Cet espace de travail n'a pas de clé de récupération.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="196" />
            <source>This workspace is not enrolled with HQ yet: send `fieldcase enrol-request` to HQ, then import their answer with `fieldcase enrol FILE`.</source>
            <translation>Cet espace de travail n'est pas encore inscrit auprès du siège : envoyez `fieldcase enrol-request` au siège, puis importez sa réponse avec `fieldcase enrol FILE`.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="48" />
            <source>This workspace is not enrolled with HQ, so nothing was acknowledged: nothing can be purged.</source>
            <translation>Cet espace de travail n'est pas inscrit auprès du siège ; aucun accusé de réception n'existe donc : rien ne peut être purgé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/enrolment.py" line="28" />
            <source>This workspace was revoked; it cannot be enrolled again (make a new workspace on a clean device).</source>
            <translation>Cet espace de travail a été révoqué ; il ne peut pas être réinscrit (créez un nouvel espace de travail sur un appareil sain).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="36" />
            <source>This {what} is of a version this Fieldcase does not know.</source>
            <translation>{what} : version inconnue de ce Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_flow.py" line="121" />
            <source>Unknown import format {fmt}: use fieldcase, acled, xlsform, hxl or ucdp.</source>
            <translation>Format d'importation inconnu {fmt} : utilisez fieldcase, acled, xlsform, hxl ou ucdp.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="358" />
            <source>Unknown redaction {redaction!r}: use one of {choices}.</source>
            <translation>Occultation inconnue {redaction!r} : utilisez l'une des valeurs {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="45" />
            <source>WebDAV over plain http is refused (credentials and metadata would travel in the clear); use an https:// address.</source>
            <translation>WebDAV en http simple est refusé (les identifiants et les métadonnées circuleraient en clair) ; utilisez une adresse https://.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="449" />
            <source>With a recipient, the output must be a file name ending in .zip or .age.</source>
            <translation>Avec un destinataire, la sortie doit être un nom de fichier se terminant par .zip ou .age.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/conflicts.py" line="127" />
            <source>Write each --field as NAME=mine or NAME=theirs.</source>
            <translation>Écrivez chaque --field sous la forme NOM=mine ou NOM=theirs.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/errors.py" line="32" />
            <source>Wrong passphrase: the workspace was not unlocked.</source>
            <translation>Phrase secrète incorrecte : l'espace de travail n'a pas été déverrouillé.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/session.py" line="97" />
            <source>Wrong passphrases entered since the last unlock: {count}.</source>
            <translation>
                <numerusform>Phrases secrètes erronées saisies depuis le dernier déverrouillage : {count}.</numerusform>
                <numerusform>Phrases secrètes erronées saisies depuis le dernier déverrouillage : {count}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="282" />
            <source>Wrong user name or passphrase: the HQ directory was not opened.</source>
            <translation>Nom d'utilisateur ou phrase secrète incorrects : le dossier du siège n'a pas été ouvert.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_users.py" line="111" />
            <source>You cannot remove yourself; another reviewer can. Nothing was changed.</source>
            <translation>Vous ne pouvez pas vous retirer vous-même ; un autre réviseur le peut. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="204" />
            <source>Your key to the {level} records was replaced when another HQ user was removed, and your key slot is too old to receive the new one. Ask a reviewer to reset your passphrase (Users in the HQ window, or fieldcase hq user passwd {user}). Nothing was opened.</source>
            <translation>Votre clé des fiches {level} a été remplacée lors du retrait d'un autre utilisateur du siège, et votre emplacement de clé est trop ancien pour recevoir la nouvelle. Demandez à un réviseur de réinitialiser votre phrase secrète (Utilisateurs dans la fenêtre du siège, ou fieldcase hq user passwd {user}). Rien n'a été ouvert.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="71" />
            <source>a cell contains a NUL byte</source>
            <translation>une cellule contient un octet NUL</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="307" />
            <source>a cell is longer than {limit} characters</source>
            <translation>une cellule dépasse {limit} caractères</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="115" />
            <source>a cell is longer than {limit} characters or holds a NUL byte</source>
            <translation>une cellule dépasse {limit} caractères ou contient un octet NUL</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="136" />
            <source>a cell is longer than {limit} characters or its quotes do not close</source>
            <translation>une cellule dépasse {limit} caractères ou ses guillemets ne se ferment pas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="171" />
            <source>a key is not a hashtag pattern such as #affected+killed</source>
            <translation>une clé n'est pas un motif de hashtag tel que #affected+killed</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="174" />
            <source>a value is not one of the fields: {fields}</source>
            <translation>une valeur n'est pas l'un des champs : {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="187" />
            <source>coord_precision_m must be a whole number of metres from 1 to 1000000</source>
            <translation>coord_precision_m doit être un nombre entier de mètres de 1 à 1000000</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="183" />
            <source>country must be a three-letter ISO 3166 code in capitals</source>
            <translation>country doit être un code ISO 3166 de trois lettres majuscules</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="144" />
            <source>expected a list of records, starting with [</source>
            <translation>liste de fiches attendue, commençant par [</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="360" />
            <source>holds a choice the mapping does not map</source>
            <translation>contient un choix que la correspondance ne prévoit pas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="192" />
            <source>may name only id, title, publisher, licence, attribution and url</source>
            <translation>ne peut indiquer que id, title, publisher, licence, attribution et url</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="180" />
            <source>may set only country and coord_precision_m</source>
            <translation>ne peut définir que country et coord_precision_m</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="353" />
            <source>must be a GPS point (latitude longitude ...)</source>
            <translation>doit être un point GPS (latitude longitude ...)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="371" />
            <source>must be a number</source>
            <translation>doit être un nombre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="167" />
            <source>must map hashtag patterns to Fieldcase fields</source>
            <translation>doit associer des motifs de hashtag à des champs Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="117" />
            <source>store.db cannot be decrypted with this workspace's key: it is damaged or belongs to another workspace. It was left exactly as it is (nothing was repaired or overwritten).</source>
            <translation>store.db ne peut pas être déchiffré avec la clé de cet espace de travail : il est endommagé ou appartient à un autre espace de travail. Il a été laissé tel quel (rien n'a été réparé ni écrasé).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="119" />
            <source>store.db could not be read ({reason}). It was left untouched.</source>
            <translation>store.db n'a pas pu être lu ({reason}). Il n'a pas été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/integrity.py" line="29" />
            <source>store.db is damaged: its structure failed the integrity check. Writes are stopped so that nothing more is lost.</source>
            <translation>store.db est endommagé : sa structure a échoué au contrôle d'intégrité. Les écritures sont arrêtées pour ne rien perdre de plus.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/integrity.py" line="27" />
            <source>store.db is damaged: {count} of its pages failed their integrity check. Writes are stopped so that nothing more is lost.</source>
            <translation>
                <numerusform>store.db est endommagé : {count} de ses pages a échoué au contrôle d'intégrité. Les écritures sont arrêtées pour ne rien perdre de plus.</numerusform>
                <numerusform>store.db est endommagé : {count} de ses pages ont échoué au contrôle d'intégrité. Les écritures sont arrêtées pour ne rien perdre de plus.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="297" />
            <source>store.db is older than this workspace's key file: it was rolled back or replaced by an earlier copy, and records written since may be missing. Writes are stopped.</source>
            <translation>store.db est plus ancien que le fichier de clés de cet espace de travail : il a été ramené en arrière ou remplacé par une copie antérieure, et des fiches écrites depuis peuvent manquer. Les écritures sont arrêtées.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="125" />
            <source>the JSON text is malformed here</source>
            <translation>le texte JSON est mal formé à cet endroit</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="285" />
            <source>the export has no column for this form field</source>
            <translation>l'export n'a pas de colonne pour ce champ du formulaire</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="326" />
            <source>the media file this answer names is not in the export's folder</source>
            <translation>le fichier média cité par cette réponse n'est pas dans le dossier de l'export</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="253" />
            <source>the row has {got} cells but the hashtag row has {expected}</source>
            <translation>la ligne a {got} cellules mais la ligne des hashtags en a {expected}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="124" />
            <source>the row has {got} cells but the header has {expected}</source>
            <translation>la ligne a {got} cellules mais l'en-tête en a {expected}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_flow.py" line="266" />
            <source>the source's id of this row is also on line {other}</source>
            <translation>l'identifiant source de cette ligne figure aussi à la ligne {other}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="112" />
            <source>this ACLED column is missing from the header</source>
            <translation>cette colonne ACLED manque dans l'en-tête</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/ucdp.py" line="99" />
            <source>this UCDP column is missing from the header</source>
            <translation>cette colonne UCDP manque dans l'en-tête</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="113" />
            <source>this column appears more than once in the header</source>
            <translation>cette colonne apparaît plusieurs fois dans l'en-tête</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="140" />
            <source>this line is not UTF-8 text</source>
            <translation>cette ligne n'est pas du texte UTF-8</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="278" />
            <source>unknown column (see the import format in the README)</source>
            <translation>colonne inconnue (voir le format d'importation dans le README)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="43" />
            <source>{address} is not a WebDAV address (https://host/path/).</source>
            <translation>{address} n'est pas une adresse WebDAV (https://hôte/chemin/).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="240" />
            <source>{category!r} ({title}) cannot be used as a tag: tag records with risk areas (cca.*), atrocity risk factors or indicators (foa.*), violation types (huridocs.mt04.*) or forms of reprisal (reprisal.form.*).</source>
            <translation>{category!r} ({title}) ne peut pas servir d'étiquette : étiquetez les fiches avec des domaines de risque (cca.*), des facteurs de risque ou indicateurs d'atrocités criminelles (foa.*), des types de violations (huridocs.mt04.*) ou des formes de représailles (reprisal.form.*).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="232" />
            <source>{category!r} is not a category of any installed framework.</source>
            <translation>{category!r} n'est une catégorie d'aucun cadre installé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="245" />
            <source>{category!r} is retired in release {release} of {framework_id}.</source>
            <translation>{category!r} est retiré dans la version {release} de {framework_id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="234" />
            <source>{category!r}: the SDG 16.10.1 type is derived from the record's acts (victim, act type, perpetrator, due diligence), not tagged. Record the act; to correct the derived type of one act, use `fieldcase acts override`.</source>
            <translation>{category!r} : le type ODD 16.10.1 est déduit des actes de la fiche (victime, type d'acte, auteur, diligence voulue) et non attribué par étiquette. Enregistrez l'acte ; pour corriger le type déduit d'un acte, utilisez `fieldcase acts override`.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/importing.py" line="695" />
            <source>{count} problem(s) found; nothing was imported.</source>
            <translation>
                <numerusform>{count} problème trouvé ; rien n'a été importé.</numerusform>
                <numerusform>{count} problèmes trouvés ; rien n'a été importé.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="111" />
            <source>{field}: give a record id (or at least its first 6 characters).</source>
            <translation>{field} : indiquez un identifiant de fiche (ou au moins ses 6 premiers caractères).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="144" />
            <source>{field}: give the record and the person as RECORD:PERSON (the record id, a colon, then the person's pseudonym or id).</source>
            <translation>{field} : indiquez la fiche et la personne sous la forme FICHE:PERSONNE (l'identifiant de la fiche, deux-points, puis le pseudonyme ou l'identifiant de la personne).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="115" />
            <source>{field}: no single record in this store has that id; give the id or more of its characters.</source>
            <translation>{field} : aucune fiche unique de cette base n'a cet identifiant ; indiquez l'identifiant ou davantage de ses caractères.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="139" />
            <source>{field}: only incidents can be linked as the same incident; this record is community information.</source>
            <translation>{field} : seuls des incidents peuvent être liés comme le même incident ; cette fiche est une information communautaire.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="130" />
            <source>{field}: several people of that record match; give the person's id instead.</source>
            <translation>{field} : plusieurs personnes de cette fiche correspondent ; indiquez plutôt l'identifiant de la personne.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="132" />
            <source>{field}: that record has no person with that pseudonym or id.</source>
            <translation>{field} : cette fiche ne contient aucune personne avec ce pseudonyme ou cet identifiant.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/export_attachment.py" line="25" />
            <source>{file} already exists; choose another file name.</source>
            <translation>{file} existe déjà ; choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="155" />
            <source>{file} already holds a Fieldcase workspace; nothing was changed.</source>
            <translation>{file} contient déjà un espace de travail Fieldcase ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/evidence.py" line="67" />
            <source>{file} cannot be read.</source>
            <translation>{file} ne peut pas être lu.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="95" />
            <source>{file} could not be read ({reason}).</source>
            <translation>{file} n'a pas pu être lu ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="122" />
            <source>{file} could not be read as UTF-8 text.</source>
            <translation>{file} n'a pas pu être lu comme texte UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="86" />
            <source>{file} could not be read as a spreadsheet.</source>
            <translation>{file} n'a pas pu être lu comme feuille de calcul.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="65" />
            <source>{file} could not be read as an XLSForm (survey, choices and settings sheets).</source>
            <translation>{file} n'a pas pu être lu comme XLSForm (feuilles survey, choices et settings).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="356" />
            <source>{file} does not belong to this HQ directory; it was left untouched.</source>
            <translation>{file} n'appartient pas à ce dossier du siège ; il n'a pas été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="93" />
            <source>{file} does not exist.</source>
            <translation>{file} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="235" />
            <source>{file} has a cell that is too long or a broken quote.</source>
            <translation>{file} contient une cellule trop longue ou des guillemets non fermés.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="135" />
            <source>{file} has a cell that is too long or a broken quote; nothing was imported.</source>
            <translation>{file} contient une cellule trop longue ou des guillemets non fermés ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="114" />
            <source>{file} has a cell that is too long or holds a control character; nothing was imported.</source>
            <translation>{file} contient une cellule trop longue ou un caractère de contrôle ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="70" />
            <source>{file} has a control character (NUL) in a cell; nothing was imported.</source>
            <translation>{file} contient un caractère de contrôle (NUL) dans une cellule ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="252" />
            <source>{file} has a key file but no {store_file}; nothing was changed.</source>
            <translation>{file} a un fichier de clés mais pas de {store_file} ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="242" />
            <source>{file} has no HXL hashtag row (a row of tags such as #date or #adm1+name under the headers) in its first {rows} rows; nothing was imported.</source>
            <translation>{file} n'a pas de ligne de hashtags HXL (une ligne de balises telles que #date ou #adm1+name sous les en-têtes) dans ses {rows} premières lignes ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="284" />
            <source>{file} has no column for some mapped form fields; nothing was imported.</source>
            <translation>{file} n'a pas de colonne pour certains champs du formulaire mis en correspondance ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="240" />
            <source>{file} has no recovery slot.</source>
            <translation>{file} n'a pas d'emplacement de récupération.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="88" />
            <source>{file} has no sheet of that name; its sheets are: {sheets}.</source>
            <translation>{file} n'a pas de feuille de ce nom ; ses feuilles sont : {sheets}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="91" />
            <source>{file} has no sheets.</source>
            <translation>{file} n'a aucune feuille.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="268" />
            <source>{file} has no submissions.</source>
            <translation>{file} ne contient aucune soumission.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="77" />
            <source>{file} in the outbox is shorter than recorded; it may be damaged.</source>
            <translation>{file} dans la boîte d'envoi est plus court qu'enregistré ; il est peut-être endommagé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="171" />
            <source>{file} in the outbox no longer matches the SHA-256 taken when it was written (disk damage?); it was not sent. Check the disk; the attachment may be damaged too.</source>
            <translation>{file} dans la boîte d'envoi ne correspond plus au SHA-256 calculé à son écriture (disque endommagé ?) ; il n'a pas été envoyé. Vérifiez le disque ; la pièce jointe est peut-être endommagée elle aussi.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="44" />
            <source>{file} is a CSV file: it has no sheets to choose from (--sheet is for workbooks).</source>
            <translation>{file} est un fichier CSV : il n'a pas de feuilles à choisir (--sheet est destiné aux classeurs).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="630" />
            <source>{file} is a folder, not a file.</source>
            <translation>{file} est un dossier, pas un fichier.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="115" />
            <source>{file} is damaged (fields missing); it was left untouched.</source>
            <translation>{file} est endommagé (champs manquants) ; il n'a pas été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="353" />
            <source>{file} is damaged (not readable JSON); it was left untouched.</source>
            <translation>{file} est endommagé (JSON illisible) ; il n'a pas été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="117" />
            <source>{file} is damaged (too many key slots); it was left untouched.</source>
            <translation>{file} est endommagé (trop d'emplacements de clés) ; il a été laissé intact.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="104" />
            <source>{file} is empty.</source>
            <translation>{file} est vide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="140" />
            <source>{file} is not UTF-8 text.</source>
            <translation>{file} n'est pas du texte UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="102" />
            <source>{file} is not a Fieldcase workspace key file (unknown format).</source>
            <translation>{file} n'est pas un fichier de clés d'espace de travail Fieldcase (format inconnu).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/wipe.py" line="68" />
            <source>{file} is not a Fieldcase workspace; nothing was deleted.</source>
            <translation>{file} n'est pas un espace de travail Fieldcase ; rien n'a été supprimé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/ucdp.py" line="98" />
            <source>{file} is not a UCDP GED export with the codebook's columns; nothing was imported.</source>
            <translation>{file} n'est pas un export UCDP GED avec les colonnes du guide de codage ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="111" />
            <source>{file} is not an ACLED export with the codebook's columns; nothing was imported.</source>
            <translation>{file} n'est pas un export ACLED avec les colonnes du guide de codage ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="157" />
            <source>{file} is not empty; choose a new or empty folder for the workspace.</source>
            <translation>{file} n'est pas vide ; choisissez un dossier nouveau ou vide pour l'espace de travail.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/identity.py" line="35" />
            <source>{file}: cannot be read ({reason}).</source>
            <translation>{file} : lecture impossible ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="644" />
            <source>{file}: import takes .json or .csv files.</source>
            <translation>{file} : l'importation accepte les fichiers .json ou .csv.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="92" />
            <source>{folder} does not exist or is not a folder.</source>
            <translation>{folder} n'existe pas ou n'est pas un dossier.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="42" />
            <source>{folder} is an officer's workspace, not an HQ directory (make one with: fieldcase hq init --dir DIR).</source>
            <translation>{folder} est l'espace de travail d'un agent, pas un répertoire du siège (pour en créer un : fieldcase hq init --dir DIR).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="94" />
            <source>{folder} is not a Fieldcase workspace (it has no {key_file}). Create one with: fieldcase --workspace {folder} init</source>
            <translation>{folder} n'est pas un espace de travail Fieldcase (il n'a pas de {key_file}). Pour en créer un : fieldcase --workspace {folder} init</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="217" />
            <source>{name} already exists at the target with other content; Fieldcase never overwrites a package or a piece: refused.</source>
            <translation>{name} existe déjà sur la cible avec un autre contenu ; Fieldcase n'écrase jamais un paquet ni un fragment : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="227" />
            <source>{name} in the outbox is shorter than recorded; it may be damaged.</source>
            <translation>{name} dans la boîte d'envoi est plus court qu'enregistré ; il est peut-être endommagé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="134" />
            <source>{path} already exists.</source>
            <translation>{path} existe déjà.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="45" />
            <source>{path} already exists; choose a new file for the root key.</source>
            <translation>{path} existe déjà ; choisissez un nouveau fichier pour la clé racine.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="108" />
            <source>{path} already exists; choose an empty folder.</source>
            <translation>{path} existe déjà ; choisissez un dossier vide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="456" />
            <source>{path} already exists; choose another name.</source>
            <translation>{path} existe déjà ; choisissez un autre nom.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="76" />
            <source>{path} does not exist.</source>
            <translation>{path} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="132" />
            <source>{path} is not an evidence package: no bagit.txt was found.</source>
            <translation>{path} n'est pas un dossier de preuves : aucun bagit.txt n'a été trouvé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/frameworks/registry.py" line="50" />
            <source>{path}: {where}: {reason}</source>
            <translation>{path} : {where} : {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="479" />
            <source>{prefix!r} is not a record id (give the id or at least its first 6 characters).</source>
            <translation>{prefix!r} n'est pas un identifiant de fiche (donnez l'identifiant ou au moins ses 6 premiers caractères).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="274" />
            <source>{prefix!r} is not an action id (give the id or at least its first 6 characters).</source>
            <translation>{prefix!r} n'est pas un identifiant de point d'action (donnez l'identifiant ou au moins ses 6 premiers caractères).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/frameworks.py" line="61" />
            <source>{problem}; see `fieldcase frameworks list`.</source>
            <translation>{problem} ; voir `fieldcase frameworks list`.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="83" />
            <source>{recipient!r} is not an age X25519 recipient (age1...).</source>
            <translation>{recipient!r} n'est pas un destinataire age X25519 (age1...).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="177" />
            <source>{risk_area!r} is not a risk area (see `fieldcase frameworks show {cca_id}`).</source>
            <translation>{risk_area!r} n'est pas un domaine de risque (voir `fieldcase frameworks show {cca_id}`).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="263" />
            <source>{store_file} belongs to a different workspace than {key_file}; both were left untouched.</source>
            <translation>{store_file} appartient à un autre espace de travail que {key_file} ; aucun des deux n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="119" />
            <source>{target} is neither a configured target nor an existing folder.</source>
            <translation>{target} n'est ni une cible configurée ni un dossier existant.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="102" />
            <source>{user} has the {clearance} clearance, and this needs the whole HQ store, which only the strictly_confidential clearance opens. Nothing was opened.</source>
            <translation>{user} a l'habilitation {clearance}, et ceci demande tout le magasin du siège, que seule l'habilitation strictly_confidential ouvre. Rien n'a été ouvert.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="170" />
            <source>{user} is a {role} at HQ, and this needs the role: {roles}. Nothing was changed.</source>
            <translation>{user} est {role} au siège, et ceci demande le rôle : {roles}. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="318" />
            <source>{what} cannot be opened with this workspace's key (a different key, or its header is damaged).</source>
            <translation>{what} ne peut pas être ouvert avec la clé de cet espace de travail (une autre clé, ou son en-tête est endommagé).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="81" />
            <source>{what} could not be decrypted with the keys held here or does not match its signed SHA-256: refused.</source>
            <translation>{what} n'a pas pu être déchiffré avec les clés détenues ici ou ne correspond pas à son SHA-256 signé : refusé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/fsutil.py" line="70" />
            <source>{what} could not be written ({reason}). Nothing was changed.</source>
            <translation>{what} n'a pas pu être écrit ({reason}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="315" />
            <source>{what} could not be written out ({reason}).</source>
            <translation>{what} n'a pas pu être exporté ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="302" />
            <source>{what} does not have the recorded size.</source>
            <translation>{what} n'a pas la taille enregistrée.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="87" />
            <source>{what} does not match its signed SHA-256.</source>
            <translation>{what} ne correspond pas à son SHA-256 signé.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/plainstream.py" line="92" />
            <source>{what} does not match the SHA-256 recorded when it was attached.</source>
            <translation>{what} ne correspond pas au SHA-256 relevé lors de son ajout.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="320" />
            <source>{what} is damaged or was tampered with.</source>
            <translation>{what} est endommagé ou a été altéré.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="65" />
            <source>{what} is incomplete on the target: a piece has not arrived (an unfinished push or copy?); the package is held back until it does.</source>
            <translation>{what} est incomplet sur la cible : une partie n'est pas arrivée (envoi ou copie inachevés ?) ; le paquet est retenu jusqu'à son arrivée.</translation>
        </message>
    </context>
</TS>
