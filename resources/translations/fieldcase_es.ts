<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ActDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="156" />
            <source>Victim</source>
            <translation>Víctima</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="161" />
            <source>%1 (not a victim under People)</source>
            <translation>%1 (no es víctima en Personas)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="166" />
            <source>No victims yet: add them under People (role Victim)</source>
            <translation>Aún no hay víctimas: agréguelas en Personas (función Víctima)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="167" />
            <source>Victim *</source>
            <translation>Víctima *</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="170" />
            <source>Type of act — type to search</source>
            <translation>Tipo de acto — escriba para buscar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="171" />
            <source>Type of act</source>
            <translation>Tipo de acto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="179" />
            <source>Type of act *</source>
            <translation>Tipo de acto *</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="184" />
            <source>Add another perpetrator</source>
            <translation>Agregar otro autor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="196" />
            <source>Perpetrators</source>
            <translation>Autores</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="201" />
            <source>Linked to the victim's work (as journalist, trade unionist or human rights defender)</source>
            <translation>Vinculado al trabajo de la víctima (como periodista, sindicalista o defensor de los derechos humanos)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="206" />
            <source>Not assessed</source>
            <translation>No evaluado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="206" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="207" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="208" />
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="212" />
            <source>State failed in due diligence</source>
            <translation>El Estado no actuó con la diligencia debida</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="209" />
            <source>Did the State fail in its duty to prevent, protect against or investigate the act?</source>
            <translation>¿Incumplió el Estado su deber de prevenir el acto, proteger frente a él o investigarlo?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="215" />
            <source>What the finding rests on (optional)</source>
            <translation>En qué se basa la conclusión (opcional)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="216" />
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="217" />
            <source>Due-diligence rationale</source>
            <translation>Fundamento sobre la diligencia debida</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="219" />
            <source>Fate or whereabouts concealed (after a deprivation of liberty)</source>
            <translation>Suerte o paradero ocultados (tras una privación de libertad)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="229" />
            <source>SDG 16.10.1 type, derived</source>
            <translation>Tipo ODS 16.10.1, deducido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="230" />
            <source>Derived from the act type, the perpetrators and the due-diligence finding. It counts for SDG 16.10.1 only if the act was linked to the victim's work.</source>
            <translation>Deducido del tipo de acto, los autores y la conclusión sobre la diligencia debida. Solo cuenta para el ODS 16.10.1 si el acto estaba vinculado al trabajo de la víctima.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="237" />
            <source>SDG 16.10.1 type</source>
            <translation>Tipo ODS 16.10.1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="240" />
            <source>Analyst override</source>
            <translation>Corrección del analista</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="244" />
            <source>Override type</source>
            <translation>Tipo corregido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="245" />
            <source>No override: use the derived type</source>
            <translation>Sin corrección: usar el tipo deducido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="248" />
            <source>Does not qualify</source>
            <translation>No se ajusta al indicador</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="251" />
            <source>Why the derived type does not fit (required with an override)</source>
            <translation>Por qué no corresponde el tipo deducido (obligatorio si se corrige)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="253" />
            <source>Override rationale</source>
            <translation>Fundamento de la corrección</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="255" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="256" />
            <source>Rationale</source>
            <translation>Fundamento</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="372" />
            <source>Choose the victim (people with the role Victim, under People).</source>
            <translation>Elija la víctima (personas con la función Víctima, en Personas).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="374" />
            <source>Choose a type of act from the list.</source>
            <translation>Elija un tipo de acto de la lista.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="376" />
            <source>Choose each category from the list, or leave it empty.</source>
            <translation>Elija cada categoría de la lista o déjela vacía.</translation>
        </message>
    </context>
    <context>
        <name>ActionPointDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="32" />
            <source>New action point</source>
            <translation>Nuevo punto de acción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="35" />
            <source>For the risk area: %1</source>
            <translation>Para el ámbito de riesgo: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="43" />
            <source>A person, team or agency</source>
            <translation>Una persona, un equipo o un organismo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="47" />
            <source>e.g. UPR:XTV:4:A/HRC/58/12:128.26; AL XTV 3/2026</source>
            <translation>p. ej. UPR:XTV:4:A/HRC/58/12:128.26; AL XTV 3/2026</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="51" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="52" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="53" />
            <source>Due</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="54" />
            <source>References</source>
            <translation>Referencias</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="55" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
    </context>
    <context>
        <name>ActionPointsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="43" />
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="43" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="43" />
            <source>Done</source>
            <translation>Realizado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="44" />
            <source>Dropped</source>
            <translation>Descartado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="49" />
            <source>Action points</source>
            <translation>Puntos de acción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="54" />
            <source>Words in the action, owner or description</source>
            <translation>Palabras de la acción, del responsable o de la descripción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="58" />
            <source>Open or in progress</source>
            <translation>Abiertos o en curso</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="59" />
            <source>Any status</source>
            <translation>Cualquier situación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="64" />
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="132" />
            <source>All risk areas</source>
            <translation>Todos los ámbitos de riesgo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="65" />
            <source>Overdue only</source>
            <translation>Solo vencidos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Due</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Status</source>
            <translation>Situación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="74" />
            <source>Risk areas</source>
            <translation>Ámbitos de riesgo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="74" />
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="90" />
            <source>Set the status of the selected action point:</source>
            <translation>Situación del punto de acción seleccionado:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="96" />
            <source>Outcome (done) or reason (dropped)</source>
            <translation>Resultado (realizado) o motivo (descartado)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="97" />
            <source>Outcome or reason</source>
            <translation>Resultado o motivo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="100" />
            <source>Set status</source>
            <translation>Aplicar la situación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="142" />
            <source>Reading the action points…</source>
            <translation>Leyendo los puntos de acción…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="172" />
            <source>(overdue)</source>
            <translation>(vencido)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="184" />
            <source>Shown: %1 of %2</source>
            <translation>Mostrados: %1 de %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="200" />
            <source>No description.</source>
            <translation>Sin descripción.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="216" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
    </context>
    <context>
        <name>Acts</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="31" />
            <source>State agent</source>
            <translation>Agente del Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="32" />
            <source>Acting with State acquiescence or support</source>
            <translation>Con la aquiescencia o el apoyo del Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="33" />
            <source>Non-State actor</source>
            <translation>Actor no estatal</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="34" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="41" />
            <source>Does not qualify: SDG 16.10.1 does not count this type of act</source>
            <translation>No se ajusta: el ODS 16.10.1 no cuenta este tipo de acto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="42" />
            <source>Does not qualify: no due-diligence finding for a non-State perpetrator</source>
            <translation>No se ajusta: no hay conclusión sobre la diligencia debida para un autor no estatal</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="44" />
            <source>Does not qualify: non-State perpetrator, and the State did not fail in due diligence</source>
            <translation>No se ajusta: autor no estatal, y el Estado no incumplió la diligencia debida</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="46" />
            <source>Does not qualify: the perpetrator is unknown</source>
            <translation>No se ajusta: el autor es desconocido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="47" />
            <source>Does not qualify: torture counts only by a State agent or with State acquiescence</source>
            <translation>No se ajusta: la tortura solo cuenta si la comete un agente del Estado o con su aquiescencia</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="49" />
            <source>Does not qualify: other harmful acts count only by a State agent or with State acquiescence</source>
            <translation>No se ajusta: los demás actos lesivos solo cuentan si los comete un agente del Estado o con su aquiescencia</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="52" />
            <source>Does not qualify (%1)</source>
            <translation>No se ajusta (%1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="57" />
            <source>Does not qualify</source>
            <translation>No se ajusta al indicador</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="64" />
            <source>Choose the type of act</source>
            <translation>Elija el tipo de acto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="74" />
            <source>✎ %1 (analyst override)</source>
            <translation>✎ %1 (corrección del analista)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="80" />
            <source>Not assessed</source>
            <translation>No evaluado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="81" />
            <source>State failed</source>
            <translation>El Estado incumplió</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="81" />
            <source>State did not fail</source>
            <translation>El Estado no incumplió</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="96" />
            <source>The victim “%1” is not one of this record's people: add them under People, or choose another victim.</source>
            <translation>La víctima «%1» no es una de las personas de este registro: agréguela en Personas o elija otra víctima.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="100" />
            <source>“%1” is listed under People, but not with the role Victim.</source>
            <translation>«%1» figura en Personas, pero no con la función Víctima.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="109" />
            <source>An analyst override needs a rationale.</source>
            <translation>Una corrección del analista necesita un fundamento.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="113" />
            <source>Act %1</source>
            <translation>Acto %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="116" />
            <source>Victim</source>
            <translation>Víctima</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="116" />
            <source>Act type</source>
            <translation>Tipo de acto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="117" />
            <source>Analyst override</source>
            <translation>Corrección del analista</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="118" />
            <source>Due-diligence rationale</source>
            <translation>Fundamento sobre la diligencia debida</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="121" />
            <source>Perpetrator %1</source>
            <translation>Autor %1</translation>
        </message>
    </context>
    <context>
        <name>ActsTable</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="133" />
            <source>Victim</source>
            <translation>Víctima</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="134" />
            <source>Act</source>
            <translation>Acto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="135" />
            <source>Perpetrators</source>
            <translation>Autores</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>Linked to work</source>
            <translation>Vinculado al trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="139" />
            <source>State due diligence</source>
            <translation>Diligencia debida del Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="140" />
            <source>SDG 16.10.1</source>
            <translation>ODS 16.10.1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="143" />
            <source>Add act…</source>
            <translation>Agregar acto…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="144" />
            <source>One act against one victim. The SDG 16.10.1 type is derived from what you record; an analyst may override it, with a rationale.</source>
            <translation>Un acto contra una víctima. El tipo ODS 16.10.1 se deduce de lo que usted registra; un analista puede corregirlo, con un fundamento.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="150" />
            <source>Acts</source>
            <translation>Actos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="214" />
            <source>Add an act</source>
            <translation>Agregar un acto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="214" />
            <source>Edit act %1</source>
            <translation>Editar el acto %1</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="188" />
            <source>Add an HQ user</source>
            <translation>Añadir un usuario de la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="189" />
            <source>The new user signs in with this name and passphrase: give them the passphrase in person. Their clearance decides which keys their slot holds: a viewer or analyst below strictly confidential opens only the records up to their level.</source>
            <translation>El nuevo usuario inicia sesión con este nombre y esta frase de contraseña: entréguesela en persona. Su habilitación decide qué claves guarda su ranura: un lector o analista por debajo de «estrictamente confidencial» solo abre los registros hasta su nivel.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="191" />
            <source>Add user</source>
            <translation>Añadir el usuario</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="207" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="208" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="209" />
            <source>Clearance</source>
            <translation>Habilitación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="210" />
            <source>Their passphrase</source>
            <translation>Su frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="212" />
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="232" />
            <source>Enter the new user's name.</source>
            <translation>Introduzca el nombre del nuevo usuario.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="239" />
            <source>Adding the user…</source>
            <translation>Añadiendo el usuario…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="242" />
            <source>%1 was added: %2, clearance %3. They can sign in now.</source>
            <translation>Se añadió a %1: %2, habilitación %3. Ya puede iniciar sesión.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="44" />
            <source>Select a cell of the grid</source>
            <translation>Seleccione una celda de la cuadrícula</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="49" />
            <source>Officer's assessment</source>
            <translation>Evaluación del oficial</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="53" />
            <source>No data: choose a level</source>
            <translation>Sin datos: elija un nivel</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="58" />
            <source>Choose a trend</source>
            <translation>Elija una tendencia</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="63" />
            <source>Why this level: a sentence or two (required)</source>
            <translation>Por qué este nivel: una o dos frases (obligatorio)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="68" />
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="69" />
            <source>Trend</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="70" />
            <source>Rationale</source>
            <translation>Fundamento</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="76" />
            <source>Save assessment</source>
            <translation>Guardar la evaluación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="82" />
            <source>Records in this cell</source>
            <translation>Registros de esta celda</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="93" />
            <source>Action points for this risk area</source>
            <translation>Puntos de acción para este ámbito de riesgo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="100" />
            <source>Add action point…</source>
            <translation>Agregar punto de acción…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="117" />
            <source>No data: no records for this area in the month, so nothing is suggested. An empty month is not evidence of low risk; set a level only from what you know outside the records.</source>
            <translation>Sin datos: no hay registros de este ámbito en el mes, así que no se sugiere nada. Un mes vacío no demuestra un riesgo bajo; fije un nivel solo a partir de lo que sepa fuera de los registros.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="121" />
            <source>Computed from %n record(s) (%2 verified): suggests %3, %4 (score %5).</source>
            <translation>
                <numerusform>Calculado a partir de %n registro (%2 verificados): sugiere %3, %4 (puntuación %5).</numerusform>
                <numerusform>Calculado a partir de %n registros (%2 verificados): sugiere %3, %4 (puntuación %5).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="133" />
            <source>Not assessed yet: the suggestion is shown.</source>
            <translation>Aún no evaluado: se muestra la sugerencia.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="134" />
            <source>Assessed: agrees with the suggestion.</source>
            <translation>Evaluado: coincide con la sugerencia.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="135" />
            <source>Assessed: overrides the suggestion (kept in the audit log).</source>
            <translation>Evaluado: se aparta de la sugerencia (consta en el registro de auditoría).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="137" />
            <source>Not assessed yet: no data.</source>
            <translation>Aún no evaluado: sin datos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="138" />
            <source>Assessed from outside the records (no data in the month; kept in the audit log).</source>
            <translation>Evaluado con información ajena a los registros (sin datos en el mes; consta en el registro de auditoría).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="142" />
            <source>Records changed since it was set: review it.</source>
            <translation>Los registros cambiaron desde que se fijó: revísela.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="155" />
            <source>… and %1 more (filter the case list to see them all)</source>
            <translation>… y %1 más (filtre la lista de expedientes para verlos todos)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="167" />
            <source>None yet.</source>
            <translation>Ninguno todavía.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="180" />
            <source>Choose a level and a trend.</source>
            <translation>Elija un nivel y una tendencia.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="183" />
            <source>A rationale is required: say in a sentence or two why.</source>
            <translation>Se requiere un fundamento: explique el motivo en una o dos frases.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPreview</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="28" />
            <source>Preview: %1</source>
            <translation>Vista previa: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="32" />
            <source>%1 · %2 · SHA-256 %3 (matches the intake record)</source>
            <translation>%1 · %2 · SHA-256 %3 (coincide con el registro de ingreso)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="43" />
            <source>Decrypted in memory for this preview only; nothing was written to disk.</source>
            <translation>Descifrado en memoria solo para esta vista previa; no se escribió nada en el disco.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="76" />
            <source>There is no preview for this type of file. It stays encrypted in the workspace; export it to open it in another program.</source>
            <translation>No hay vista previa para este tipo de archivo. Sigue cifrado en el espacio de trabajo; expórtelo para abrirlo en otro programa.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="54" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="54" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="54" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="55" />
            <source>SHA-256 (at intake)</source>
            <translation>SHA-256 (al ingreso)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="55" />
            <source>Added</source>
            <translation>Agregado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="78" />
            <source>Add file…</source>
            <translation>Agregar archivo…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="81" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="84" />
            <source>Copy SHA-256</source>
            <translation>Copiar SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="96" />
            <source>Save the record first; then you can attach files to it.</source>
            <translation>Guarde primero el registro; después podrá adjuntarle archivos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="98" />
            <source>Files are encrypted into the workspace when attached (drop them here, or Add file…). The SHA-256 is taken from the original at intake, for the chain of custody. Previews are decrypted in memory only.</source>
            <translation>Los archivos se cifran en el espacio de trabajo al adjuntarlos (suéltelos aquí, o Añadir archivo…). El SHA-256 se toma del original al recibirlo, para la cadena de custodia. Las vistas previas se descifran solo en memoria.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="130" />
            <source>SHA-256 of %1 at intake:
%2</source>
            <translation>SHA-256 de %1 al ingreso:
%2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="140" />
            <source>Choose a file to attach</source>
            <translation>Elija un archivo para adjuntar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="176" />
            <source>Encrypting and attaching %1…</source>
            <translation>Cifrando y adjuntando %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="224" />
            <source>Decrypting the preview…</source>
            <translation>Descifrando la vista previa…</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Risk areas</source>
            <translation>Ámbitos de riesgo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Sev.</source>
            <translation>Grav.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Verification</source>
            <translation>Verificación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="170" />
            <source>Severity, 1 (minor) to 5 (very grave)</source>
            <translation>Gravedad, de 1 (leve) a 5 (muy grave)</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="63" />
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="134" />
            <source>Case files</source>
            <translation>Expedientes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="66" />
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="179" />
            <source>Drafts</source>
            <translation>Borradores</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="68" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="76" />
            <source>New community information</source>
            <translation>Nueva información comunitaria</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="78" />
            <source>New incident</source>
            <translation>Nuevo incidente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="80" />
            <source>Record a new incident (Ctrl+N)</source>
            <translation>Registrar un nuevo incidente (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="82" />
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="84" />
            <source>People and incidents recorded more than once</source>
            <translation>Personas e incidentes registrados más de una vez</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="137" />
            <source>No records match these filters.</source>
            <translation>Ningún registro coincide con estos filtros.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="178" />
            <source>Drafts (%1)</source>
            <translation>Borradores (%1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="192" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="195" />
            <source>%n record(s) match</source>
            <translation>
                <numerusform>%n registro coincide</numerusform>
                <numerusform>%n registros coinciden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="233" />
            <source>Records and context data (*.json *.csv *.xlsx *.xls *.ods)</source>
            <translation>Registros y datos de contexto (*.json *.csv *.xlsx *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="280" />
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="308" />
            <source>Imported %n record(s).</source>
            <translation>
                <numerusform>%n registro importado.</numerusform>
                <numerusform>%n registros importados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="310" />
            <source>New: %1. Revised: %2. Unchanged: %3.</source>
            <translation>Nuevos: %1. Revisados: %2. Sin cambios: %3.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="314" />
            <source>Marked as coming from %1 and kept apart from your own records in counts.</source>
            <translation>Marcados como procedentes de %1 y contados aparte de sus propios registros.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="320" />
            <source>%n event(s) imported before are not in this export (deleted by the publisher, or outside this download); they were left as they are:</source>
            <translation>
                <numerusform>%n evento importado antes no está en esta exportación (eliminado por el editor, o fuera de esta descarga); se dejó como estaba:</numerusform>
                <numerusform>%n eventos importados antes no están en esta exportación (eliminados por el editor, o fuera de esta descarga); se dejaron como estaban:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="203" />
            <source>%1 of %2 records match</source>
            <translation>%1 de %2 registros coinciden</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="69" />
            <source>Import records from a Fieldcase .json or .csv file, an ACLED or UCDP export, an HXL-tagged dataset, or KoboToolbox / ODK submissions (all or nothing)</source>
            <translation>Importar registros de un archivo Fieldcase .json o .csv, de una exportación de ACLED o UCDP, de un conjunto de datos con etiquetas HXL o de envíos de KoboToolbox / ODK (todo o nada)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="73" />
            <source>Records or context data…</source>
            <translation>Registros o datos de contexto…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="74" />
            <source>KoboToolbox / ODK submissions…</source>
            <translation>Envíos de KoboToolbox / ODK…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="229" />
            <source>Import records</source>
            <translation>Importar registros</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="293" />
            <source>… and %1 more.</source>
            <translation>… y %1 más.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="298" />
            <source>Import cancelled; nothing was imported.</source>
            <translation>Importación cancelada; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="303" />
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
    </context>
    <context>
        <name>ChangeOwnPassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="364" />
            <source>Change my passphrase</source>
            <translation>Cambiar mi frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="365" />
            <source>Your key slot is wrapped again under the new passphrase, holding the same keys; your current one opens nothing afterwards.</source>
            <translation>Su ranura de claves se protege de nuevo con la nueva frase de contraseña y guarda las mismas claves; la actual ya no abrirá nada después.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="366" />
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="372" />
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="373" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="375" />
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="382" />
            <source>Enter your current passphrase.</source>
            <translation>Introduzca su frase de contraseña actual.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="388" />
            <source>The HQ directory is locked.</source>
            <translation>El directorio de la sede está bloqueado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="391" />
            <source>Changing your passphrase…</source>
            <translation>Cambiando su frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="394" />
            <source>Your passphrase was changed: sign in with the new one next time.</source>
            <translation>Su frase de contraseña se cambió: inicie sesión con la nueva la próxima vez.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="37" />
            <source>Change the passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="41" />
            <source>The store is not re-encrypted: the workspace key is wrapped again under the new passphrase. The recovery key keeps working.</source>
            <translation>El almacén no se vuelve a cifrar: la clave del espacio de trabajo se protege de nuevo con la nueva frase de contraseña. La clave de recuperación sigue funcionando.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="49" />
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="50" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="52" />
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="55" />
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="67" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation>La nueva frase de contraseña es demasiado corta: use al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="71" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>Esta frase de contraseña es demasiado fácil de adivinar: agregue algunas palabras sin relación entre sí.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="74" />
            <source>The two new passphrases differ.</source>
            <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="82" />
            <source>Changing the passphrase…</source>
            <translation>Cambiando la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="83" />
            <source>Cancelled: the passphrase was not changed.</source>
            <translation>Cancelado: la frase de contraseña no se cambió.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="88" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="87" />
            <source>The passphrase was changed. Use the new one the next time you unlock; the recovery key still works.</source>
            <translation>La frase de contraseña se cambió. Use la nueva la próxima vez que desbloquee; la clave de recuperación sigue funcionando.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceList</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="108" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="144" />
            <source>Choose a value from the list.</source>
            <translation>Elija un valor de la lista.</translation>
        </message>
    </context>
    <context>
        <name>ConflictWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="73" />
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="89" />
            <source>Sync conflicts</source>
            <translation>Conflictos de sincronización</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="91" />
            <source>This record was edited here and elsewhere before the two versions met. Choose, for every highlighted field, the version to keep, or type a combination. Saving writes a new revision; both versions stay in the history.</source>
            <translation>Este registro se editó aquí y en otro lugar antes de que las dos versiones se encontraran. Para cada campo resaltado, elija la versión que desea conservar o escriba una combinación. Al guardar se crea una nueva revisión; ambas versiones quedan en el historial.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="96" />
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="126" />
            <source>Keep all mine</source>
            <translation>Conservar todas las mías</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="128" />
            <source>Take all theirs</source>
            <translation>Tomar todas las suyas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="131" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="133" />
            <source>Save decision</source>
            <translation>Guardar la decisión</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="135" />
            <source>Write the chosen values as a new revision (Ctrl+S)</source>
            <translation>Guardar los valores elegidos como una nueva revisión (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="160" />
            <source>%1 — from %2</source>
            <translation>%1 — de %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="170" />
            <source>No sync conflicts to resolve.</source>
            <translation>No hay conflictos de sincronización por resolver.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="171" />
            <source>Your decision was saved as revision %1 of the record.</source>
            <translation>Su decisión se guardó como revisión %1 del registro.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="197" />
            <source>%n field(s) differ. Detected %1 in a package from %2.</source>
            <translation>
                <numerusform>%n campo difiere. Detectado el %1 en un paquete de %2.</numerusform>
                <numerusform>%n campos difieren. Detectado el %1 en un paquete de %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="206" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="206" />
            <source>Type of information</source>
            <translation>Tipo de información</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="206" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="207" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="207" />
            <source>Reported on</source>
            <translation>Informado el</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="207" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="208" />
            <source>Narrative</source>
            <translation>Relato</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="208" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="208" />
            <source>Acts</source>
            <translation>Actos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="209" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="209" />
            <source>Violation types</source>
            <translation>Tipos de violación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="210" />
            <source>Perpetrator category</source>
            <translation>Categoría del autor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="211" />
            <source>Perpetrator status</source>
            <translation>Condición del autor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="211" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="212" />
            <source>Verification</source>
            <translation>Verificación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="212" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="213" />
            <source>Confidentiality</source>
            <translation>Confidencialidad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="213" />
            <source>Reprisal</source>
            <translation>Represalia</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="214" />
            <source>Early warning</source>
            <translation>Alerta temprana</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="214" />
            <source>Cross-border country</source>
            <translation>País transfronterizo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="215" />
            <source>Proposed early action</source>
            <translation>Acción temprana propuesta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="215" />
            <source>Casualties</source>
            <translation>Víctimas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="216" />
            <source>Deaths (SDG 16.1.2)</source>
            <translation>Muertes (ODS 16.1.2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="216" />
            <source>Related to an armed conflict</source>
            <translation>Relacionado con un conflicto armado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="217" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="217" />
            <source>Risk areas and factors</source>
            <translation>Áreas y factores de riesgo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="218" />
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="240" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="241" />
            <source>Mine: revision %1 by %2, %3</source>
            <translation>La mía: revisión %1 de %2, %3</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="242" />
            <source>Theirs: revision %1 by %2, %3</source>
            <translation>La suya: revisión %1 de %2, %3</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="266" />
            <source>Keep mine</source>
            <translation>Conservar la mía</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="267" />
            <source>Take theirs</source>
            <translation>Tomar la suya</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="291" />
            <source>Combine: type the value</source>
            <translation>Combinar: escribir el valor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="365" />
            <source>%1 of %2 fields decided</source>
            <translation>%1 de %2 campos decididos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="417" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="417" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="418" />
            <source>(not set)</source>
            <translation>(sin valor)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="418" />
            <source>by</source>
            <translation>por</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="419" />
            <source>linked to the victim's work</source>
            <translation>vinculado al trabajo de la víctima</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="420" />
            <source>killed</source>
            <translation>muertos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="420" />
            <source>injured</source>
            <translation>heridos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="421" />
            <source>abducted</source>
            <translation>secuestrados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="421" />
            <source>displaced</source>
            <translation>desplazados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="422" />
            <source>name recorded</source>
            <translation>nombre registrado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="422" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
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
            <translation>Importar datos de contexto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="35" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="39" />
            <source>These records will be marked as coming from this dataset and kept apart from your own records in counts. Licence: %1</source>
            <translation>Estos registros se marcarán como procedentes de este conjunto de datos y se contarán aparte de sus propios registros. Licencia: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="46" />
            <source>Which column fills which field</source>
            <translation>Qué columna rellena qué campo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="47" />
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="47" />
            <source>Fills</source>
            <translation>Rellena</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="48" />
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="49" />
            <source>kept as source data</source>
            <translation>se conserva como dato de origen</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="52" />
            <source>The first rows, as they would be imported</source>
            <translation>Las primeras filas, tal como se importarían</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="56" />
            <source>Would be refused: %1</source>
            <translation>Se rechazaría: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Where</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="67" />
            <source>Killed</source>
            <translation>Muertos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="71" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
    </context>
    <context>
        <name>CreateForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="29" />
            <source>Create a new workspace</source>
            <translation>Crear un espacio de trabajo nuevo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="30" />
            <source>A workspace is a folder holding your encrypted case files. Only this passphrase (or the recovery key shown next) can open it.</source>
            <translation>Un espacio de trabajo es una carpeta con sus expedientes cifrados. Solo esta frase de contraseña (o la clave de recuperación que se muestra a continuación) puede abrirlo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="38" />
            <source>Choose an empty folder for the workspace</source>
            <translation>Elija una carpeta vacía para el espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="39" />
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="42" />
            <source>Shown in the revision history of every record</source>
            <translation>Aparece en el historial de versiones de cada registro</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="43" />
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="44" />
            <source>Several unrelated words</source>
            <translation>Varias palabras sin relación entre sí</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="47" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="50" />
            <source>The same passphrase again</source>
            <translation>La misma frase de contraseña otra vez</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="54" />
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="65" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="67" />
            <source>Create workspace</source>
            <translation>Crear el espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="89" />
            <source>Choose a folder for the workspace.</source>
            <translation>Elija una carpeta para el espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="91" />
            <source>This folder is not empty: choose a new or empty folder.</source>
            <translation>Esta carpeta no está vacía: elija una carpeta nueva o vacía.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="93" />
            <source>Enter your name: it is recorded with every change you make.</source>
            <translation>Escriba su nombre: queda registrado con cada cambio que haga.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="95" />
            <source>The passphrase is too short: use at least %1 characters.</source>
            <translation>La frase de contraseña es demasiado corta: use al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="97" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>Esta frase de contraseña es demasiado fácil de adivinar: agregue algunas palabras sin relación entre sí.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="99" />
            <source>The two passphrases differ: type the same passphrase twice.</source>
            <translation>Las dos frases de contraseña no coinciden: escriba dos veces la misma.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="117" />
            <source>Creating the encrypted workspace…</source>
            <translation>Creando el espacio de trabajo cifrado…</translation>
        </message>
    </context>
    <context>
        <name>DraftsDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="30" />
            <source>Unsaved drafts</source>
            <translation>Borradores sin guardar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="35" />
            <source>Changes are kept here, encrypted, until they are saved as a revision or discarded.</source>
            <translation>Los cambios se conservan aquí, cifrados, hasta que se guardan como versión o se descartan.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="41" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="41" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="41" />
            <source>Last change</source>
            <translation>Último cambio</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="49" />
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="51" />
            <source>(never saved)</source>
            <translation>(nunca guardado)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="59" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="61" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/duplicates.py" line="35" />
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/duplicates.py" line="38" />
            <source>Back to the case files</source>
            <translation>Volver a los expedientes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/duplicates.py" line="42" />
            <source>People named in several records and incidents reported by several sources, ranked by how alike they are. Double-click a side to open its record.</source>
            <translation>Personas nombradas en varios registros e incidentes informados por varias fuentes, ordenados por su parecido. Haga doble clic en un lado para abrir su registro.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="82" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="83" />
            <source>People and incidents</source>
            <translation>Personas e incidentes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="84" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="85" />
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="86" />
            <source>Show names</source>
            <translation>Mostrar los nombres</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="87" />
            <source>Show people's real names instead of their pseudonyms</source>
            <translation>Mostrar los nombres reales de las personas en lugar de sus seudónimos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="88" />
            <source>Look again</source>
            <translation>Buscar de nuevo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="89" />
            <source>Compare the records again (after changes)</source>
            <translation>Comparar de nuevo los registros (tras cambios)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="112" />
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="113" />
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="113" />
            <source>One</source>
            <translation>Uno</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="113" />
            <source>The other</source>
            <translation>El otro</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="114" />
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="168" />
            <source>Stopped before the end: nothing is listed.</source>
            <translation>Detenido antes del final: no se muestra nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="175" />
            <source>Comparing the records…</source>
            <translation>Comparando los registros…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="183" />
            <source>No possible duplicates of this record.</source>
            <translation>Ningún posible duplicado de este registro.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="184" />
            <source>No possible duplicates found.</source>
            <translation>No se encontró ningún posible duplicado.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="186" />
            <source>The %1 most likely of %n possible duplicates, best first.</source>
            <translation>
                <numerusform>Los %1 más probables de %n posible duplicado, los mejores primero.</numerusform>
                <numerusform>Los %1 más probables de %n posibles duplicados, los mejores primero.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="189" />
            <source>%n possible duplicate(s), best first. Mark a pair as the same only after checking both records.</source>
            <translation>
                <numerusform>%n posible duplicado, los mejores primero. Marque un par como el mismo solo tras revisar ambos registros.</numerusform>
                <numerusform>%n posibles duplicados, los mejores primero. Marque un par como el mismo solo tras revisar ambos registros.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="196" />
            <source>How alike the two are, out of 100</source>
            <translation>Cuánto se parecen los dos, sobre 100</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="201" />
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="243" />
            <source>Mark as the same…</source>
            <translation>Marcar como el mismo…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="204" />
            <source>Record that these are one person or one incident (both records are kept)</source>
            <translation>Registrar que son una sola persona o un solo incidente (se conservan ambos registros)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="218" />
            <source>Same name</source>
            <translation>Mismo nombre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="219" />
            <source>Names spelled differently that sound alike</source>
            <translation>Nombres escritos de forma distinta que suenan igual</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="220" />
            <source>The same name written in Arabic and in Latin letters</source>
            <translation>El mismo nombre escrito en letras árabes y latinas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="221" />
            <source>An initial matches the full name</source>
            <translation>Una inicial coincide con el nombre completo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="222" />
            <source>Part of the name matches</source>
            <translation>Parte del nombre coincide</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="223" />
            <source>Same sex</source>
            <translation>Mismo sexo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="224" />
            <source>Same age group</source>
            <translation>Mismo grupo de edad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="225" />
            <source>Different age groups</source>
            <translation>Grupos de edad distintos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="226" />
            <source>Same district</source>
            <translation>Mismo distrito</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="227" />
            <source>Same region</source>
            <translation>Misma región</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="228" />
            <source>Different regions</source>
            <translation>Regiones distintas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="229" />
            <source>%n km apart</source>
            <translation>
                <numerusform>a %n km de distancia</numerusform>
                <numerusform>a %n km de distancia</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="230" />
            <source>Same role in both records</source>
            <translation>Mismo papel en ambos registros</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="231" />
            <source>Same day</source>
            <translation>Mismo día</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="232" />
            <source>Dates %n day(s) apart</source>
            <translation>
                <numerusform>Fechas separadas por %n día</numerusform>
                <numerusform>Fechas separadas por %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="233" />
            <source>Overlapping dates (one known only to the month or year)</source>
            <translation>Fechas que se solapan (una conocida solo por el mes o el año)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="234" />
            <source>%n act type(s) in common</source>
            <translation>
                <numerusform>%n tipo de acto en común</numerusform>
                <numerusform>%n tipos de actos en común</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="235" />
            <source>No act type in common</source>
            <translation>Ningún tipo de acto en común</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="236" />
            <source>%n victim(s) in common</source>
            <translation>
                <numerusform>%n víctima en común</numerusform>
                <numerusform>%n víctimas en común</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="237" />
            <source>No victim in common</source>
            <translation>Ninguna víctima en común</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="282" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="290" />
            <source>In %n record(s)</source>
            <translation>
                <numerusform>En %n registro</numerusform>
                <numerusform>En %n registros</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuressPassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="36" />
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="51" />
            <source>Duress passphrase</source>
            <translation>Frase de contraseña de coacción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="41" />
            <source>A second passphrase to give if you are forced to unlock: typed on the unlock screen, it opens an empty decoy workspace instead of this one. Nothing on the computer shows that it exists.</source>
            <translation>Una segunda frase de contraseña para dar si le obligan a desbloquear: escrita en la pantalla de desbloqueo, abre un espacio de trabajo señuelo vacío en lugar de este. Nada en el equipo muestra que existe.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="50" />
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="53" />
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="55" />
            <source>Also quick-delete this workspace when the duress passphrase is typed</source>
            <translation>Borrar también rápidamente este espacio de trabajo cuando se escriba la frase de coacción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="60" />
            <source>Then every record, draft and attachment on this computer is destroyed before the decoy opens; only what reached HQ survives. This cannot be undone.</source>
            <translation>Entonces cada registro, borrador y adjunto de este equipo se destruye antes de que se abra el señuelo; solo se conserva lo que llegó a la sede. No se puede deshacer.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="62" />
            <source>Remove duress passphrase</source>
            <translation>Quitar la frase de coacción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="64" />
            <source>Asks for the current passphrase only.</source>
            <translation>Solo pide la frase de contraseña actual.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="70" />
            <source>Set</source>
            <translation>Establecer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="70" />
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="82" />
            <source>Type your current passphrase first.</source>
            <translation>Escriba primero su frase de contraseña actual.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="85" />
            <source>The duress passphrase is too short: use at least %1 characters.</source>
            <translation>La frase de contraseña de coacción es demasiado corta: use al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="89" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>Esta frase de contraseña es demasiado fácil de adivinar: agregue algunas palabras sin relación entre sí.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="92" />
            <source>The two duress passphrases differ.</source>
            <translation>Las dos frases de coacción no coinciden.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="95" />
            <source>The duress passphrase must differ from your passphrase.</source>
            <translation>La frase de coacción debe ser distinta de su frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="103" />
            <source>Setting the duress passphrase…</source>
            <translation>Estableciendo la frase de coacción…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="109" />
            <source>Type your current passphrase to remove the duress passphrase.</source>
            <translation>Escriba su frase de contraseña actual para quitar la frase de coacción.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="117" />
            <source>Removing the duress passphrase…</source>
            <translation>Quitando la frase de coacción…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="104" />
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="118" />
            <source>Cancelled: nothing was changed.</source>
            <translation>Cancelado: no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="123" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="128" />
            <source>Duress passphrase set: typing it quick-deletes this workspace, then opens an empty decoy. Your passphrase and the recovery key open this workspace as before.</source>
            <translation>Frase de coacción establecida: escribirla borra rápidamente este espacio de trabajo y luego abre un señuelo vacío. Su frase de contraseña y la clave de recuperación abren este espacio de trabajo como antes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="131" />
            <source>Duress passphrase set: typing it opens an empty decoy workspace; this workspace stays as it is. Your passphrase and the recovery key open it as before.</source>
            <translation>Frase de coacción establecida: escribirla abre un espacio de trabajo señuelo vacío; este espacio de trabajo queda como está. Su frase de contraseña y la clave de recuperación lo abren como antes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="133" />
            <source>The duress passphrase was removed: it opens nothing now.</source>
            <translation>Se quitó la frase de coacción: ya no abre nada.</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="19" />
            <source>Record type</source>
            <translation>Tipo de registro</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="22" />
            <source>Information type</source>
            <translation>Tipo de información</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="25" />
            <source>Required for community information; not used for incidents.</source>
            <translation>Obligatorio para la información comunitaria; no se usa para incidentes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="29" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="31" />
            <source>A short, factual title (3–300 characters)</source>
            <translation>Un título breve y fáctico (3 a 300 caracteres)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="35" />
            <source>Narrative</source>
            <translation>Relato</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="37" />
            <source>What happened, in order; who reported it; what is still unclear.</source>
            <translation>Qué ocurrió, en orden; quién lo informó; qué sigue sin aclarar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="40" />
            <source>Follow-up status</source>
            <translation>Estado del seguimiento</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="44" />
            <source>Confidentiality</source>
            <translation>Confidencialidad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="50" />
            <source>Flag as an early-warning signal</source>
            <translation>Marcar como señal de alerta temprana</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="53" />
            <source>Proposed early action</source>
            <translation>Acción temprana propuesta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="54" />
            <source>For an early-warning signal: what should be done, by whom</source>
            <translation>Para una señal de alerta temprana: qué debería hacerse y quién</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="58" />
            <source>Cross-border: the other country</source>
            <translation>Transfronterizo: el otro país</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="59" />
            <source>ISO 3166 alpha-3 code, e.g. XTW</source>
            <translation>Código ISO 3166 alfa-3, p. ej. XTW</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="60" />
            <source>For an incident or signal that crosses a border (the regional review at HQ).</source>
            <translation>Para un incidente o una señal que cruza una frontera (el examen regional en la sede).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="63" />
            <source>Suspected reprisal for cooperation with the UN (HRC res. 12/2)</source>
            <translation>Presuntas represalias por cooperar con las Naciones Unidas (res. 12/2 del CDH)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="72" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="76" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="84" />
            <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
            <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="77" />
            <source>As precisely as it is known: a day, a month or a year.</source>
            <translation>Con la precisión que se conozca: un día, un mes o un año.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="81" />
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="85" />
            <source>For events that lasted: the last day, month or year.</source>
            <translation>Para hechos que duraron: el último día, mes o año.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="87" />
            <source>Reported on</source>
            <translation>Informado el</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="88" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="210" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="91" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="93" />
            <source>ISO 3166 code, e.g. XTV</source>
            <translation>Código ISO 3166, p. ej. XTV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="95" />
            <source>Region (admin 1)</source>
            <translation>Región (nivel admin. 1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="97" />
            <source>Region P-code</source>
            <translation>Código P de la región</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="97" />
            <source>e.g. XT02</source>
            <translation>p. ej. XT02</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="99" />
            <source>District (admin 2)</source>
            <translation>Distrito (nivel admin. 2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="102" />
            <source>District P-code</source>
            <translation>Código P del distrito</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="103" />
            <source>e.g. XT0202</source>
            <translation>p. ej. XT0202</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="107" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="108" />
            <source>Village, neighbourhood, site</source>
            <translation>Aldea, barrio, lugar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="110" />
            <source>Latitude</source>
            <translation>Latitud</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="111" />
            <source>Longitude</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="114" />
            <source>Precision (metres)</source>
            <translation>Precisión (metros)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="116" />
            <source>Radius within which the true location lies.</source>
            <translation>Radio dentro del cual se encuentra la ubicación real.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="125" />
            <source>Verification</source>
            <translation>Verificación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="131" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="134" />
            <source>Alleged perpetrator</source>
            <translation>Presunto autor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="138" />
            <source>Type to search</source>
            <translation>Escriba para buscar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="142" />
            <source>Perpetrator status</source>
            <translation>Condición del autor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="153" />
            <source>Killed</source>
            <translation>Muertos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="154" />
            <source>Injured</source>
            <translation>Heridos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="155" />
            <source>Abducted</source>
            <translation>Secuestrados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="156" />
            <source>Displaced</source>
            <translation>Desplazados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="159" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="161" />
            <source>Community information: how many people were present.</source>
            <translation>Información comunitaria: cuántas personas estaban presentes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="168" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="311" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="171" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="312" />
            <source>Pseudonym</source>
            <translation>Seudónimo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="173" />
            <source>A code used in reports, e.g. V-014</source>
            <translation>Un código usado en los informes, p. ej. V-014</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="177" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="313" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="179" />
            <source>Kept encrypted; leave empty unless needed. Never in exports without consent.</source>
            <translation>Se guarda cifrado; déjelo vacío salvo que sea necesario. Nunca en exportaciones sin consentimiento.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="181" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="256" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="337" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="182" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="260" />
            <source>Age group</source>
            <translation>Grupo de edad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="183" />
            <source>Victim group (SDG 16.10.1)</source>
            <translation>Grupo de víctimas (ODS 16.10.1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="186" />
            <source>Cooperated with the UN through</source>
            <translation>Cooperó con las Naciones Unidas mediante</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="190" />
            <source>Reprisal suspected</source>
            <translation>Presuntas represalias</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="193" />
            <source>At risk if identified</source>
            <translation>En riesgo si se le identifica</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="195" />
            <source>Protection concern</source>
            <translation>Preocupación de protección</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="199" />
            <source>Consents to being named</source>
            <translation>Consiente en ser nombrado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="201" />
            <source>The person agreed to be named in reports to headquarters.</source>
            <translation>La persona aceptó ser nombrada en los informes a la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="205" />
            <source>Consents to referral</source>
            <translation>Consiente en ser derivado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="207" />
            <source>The person agreed to referral, e.g. to the UN reprisals focal point.</source>
            <translation>La persona aceptó ser derivada, p. ej. al coordinador de las Naciones Unidas sobre represalias.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="209" />
            <source>Consent recorded on</source>
            <translation>Consentimiento registrado el</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="218" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="326" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="220" />
            <source>Who or what: a code, not a full name</source>
            <translation>Quién o qué: un código, no un nombre completo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="223" />
            <source>Type of source material</source>
            <translation>Tipo de material de la fuente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="227" />
            <source>Source reliability</source>
            <translation>Fiabilidad de la fuente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="235" />
            <source>Credibility of this information</source>
            <translation>Credibilidad de esta información</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="244" />
            <source>Connection to the information</source>
            <translation>Relación con la información</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="254" />
            <source>Number of deaths</source>
            <translation>Número de muertes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="268" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="339" />
            <source>Cause</source>
            <translation>Causa</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="276" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="340" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="301" />
            <source>at risk</source>
            <translation>en riesgo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="303" />
            <source>reprisal suspected</source>
            <translation>presuntas represalias</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="306" />
            <source>may be named</source>
            <translation>puede ser nombrado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="306" />
            <source>no naming consent</source>
            <translation>sin consentimiento para ser nombrado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="315" />
            <source>Sex / age</source>
            <translation>Sexo / edad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="320" />
            <source>Protection and consent</source>
            <translation>Protección y consentimiento</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="327" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="328" />
            <source>Reliability</source>
            <translation>Fiabilidad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="329" />
            <source>Credibility</source>
            <translation>Credibilidad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="330" />
            <source>Connection</source>
            <translation>Relación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="336" />
            <source>Count</source>
            <translation>Número</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="338" />
            <source>Age</source>
            <translation>Edad</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="128" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="734" />
            <source>● Unsaved changes</source>
            <translation>● Cambios sin guardar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="130" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="735" />
            <source>Save with Ctrl+S; a draft is also kept, encrypted, as you type</source>
            <translation>Guarde con Ctrl+S; mientras escribe también se conserva un borrador cifrado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="144" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="738" />
            <source>Restore the draft</source>
            <translation>Restaurar el borrador</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="145" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="739" />
            <source>Discard the draft</source>
            <translation>Descartar el borrador</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="170" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="736" />
            <source>Evidence package…</source>
            <translation>Paquete de pruebas…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="172" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="737" />
            <source>Export a signed, court-ready package of this case</source>
            <translation>Exportar un paquete firmado de este caso, listo para un tribunal</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="176" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="740" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="178" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="741" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="180" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="742" />
            <source>Save a new revision (Ctrl+S)</source>
            <translation>Guardar una nueva versión (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="224" />
            <source>Show names</source>
            <translation>Mostrar nombres</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="225" />
            <source>person</source>
            <translation>persona</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="227" />
            <source>Use a pseudonym in reports. A name is stored encrypted and shown only here.</source>
            <translation>Use un seudónimo en los informes. El nombre se guarda cifrado y solo se muestra aquí.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="231" />
            <source>Copy name</source>
            <translation>Copiar nombre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="232" />
            <source>Copy the selected person's name; the clipboard is cleared after 30 seconds</source>
            <translation>Copiar el nombre de la persona seleccionada; el portapapeles se vacía a los 30 segundos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="239" />
            <source>source</source>
            <translation>fuente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="242" />
            <source>deaths</source>
            <translation>muertes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="243" />
            <source>Violation type — type to search</source>
            <translation>Tipo de violación — escriba para buscar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="245" />
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="253" />
            <source>Violation and abuse types</source>
            <translation>Tipos de violaciones y abusos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="255" />
            <source>Risk tags (CCA risk areas, atrocity risk factors)</source>
            <translation>Etiquetas de riesgo (ámbitos de riesgo del ECP, factores de riesgo de crímenes atroces)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="261" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="261" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="262" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="264" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="268" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="366" />
            <source>Related to an armed conflict</source>
            <translation>Relacionado con un conflicto armado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="265" />
            <source>International or non-international armed conflict, as international humanitarian law defines it. The deaths count for SDG 16.1.2 only when this is Yes.</source>
            <translation>Conflicto armado internacional o no internacional, según lo define el derecho internacional humanitario. Las muertes cuentan para el ODS 16.1.2 solo si la respuesta es Sí.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="273" />
            <source>Conflict-related deaths (SDG 16.1.2)</source>
            <translation>Muertes relacionadas con conflictos (ODS 16.1.2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="281" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="281" />
            <source>When &amp;&amp; where</source>
            <translation>Cuándo y dónde</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="282" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="282" />
            <source>Acts</source>
            <translation>Actos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="283" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="284" />
            <source>Classification</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="285" />
            <source>Impact</source>
            <translation>Consecuencias</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="285" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="370" />
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="286" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="289" />
            <source>Same as</source>
            <translation>El mismo que</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="297" />
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="318" />
            <source>No gazetteer yet: import your country's COD-AB table in Settings › Places</source>
            <translation>Aún no hay nomenclátor: importe la tabla COD-AB de su país en Configuración › Lugares</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="325" />
            <source>Find in the gazetteer</source>
            <translation>Buscar en el nomenclátor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="345" />
            <source>Filled from the gazetteer: %1 (%2).</source>
            <translation>Completado desde el nomenclátor: %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="357" />
            <source>Victim</source>
            <translation>Víctima</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="357" />
            <source>Type of act</source>
            <translation>Tipo de acto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="358" />
            <source>Perpetrator's relation to the State</source>
            <translation>Relación del autor con el Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="359" />
            <source>Perpetrator category</source>
            <translation>Categoría del autor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="360" />
            <source>Linked to the victim's work</source>
            <translation>Vinculado al trabajo de la víctima</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="361" />
            <source>State failed in due diligence</source>
            <translation>El Estado no actuó con la diligencia debida</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="362" />
            <source>Due-diligence rationale</source>
            <translation>Fundamento sobre la diligencia debida</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="363" />
            <source>Fate or whereabouts concealed</source>
            <translation>Suerte o paradero ocultados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="364" />
            <source>SDG 16.10.1 override</source>
            <translation>Corrección ODS 16.10.1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="365" />
            <source>Override rationale</source>
            <translation>Fundamento de la corrección</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="365" />
            <source>Act</source>
            <translation>Acto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="367" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="367" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="367" />
            <source>Deaths</source>
            <translation>Muertes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="368" />
            <source>Risk tag</source>
            <translation>Etiqueta de riesgo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="368" />
            <source>Attachment</source>
            <translation>Adjunto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="369" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="369" />
            <source>Rationale</source>
            <translation>Fundamento</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="370" />
            <source>Violation types</source>
            <translation>Tipos de violaciones</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="464" />
            <source>Community information</source>
            <translation>Información comunitaria</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="464" />
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="465" />
            <source>New: %1</source>
            <translation>Nuevo: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="467" />
            <source>%1 · revision %2 · saved by %3, %4</source>
            <translation>%1 · versión %2 · guardada por %3, %4</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="471" />
            <source>%1 · not saved yet</source>
            <translation>%1 · aún sin guardar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="473" />
            <source>the title contains invisible direction-control characters</source>
            <translation>el título contiene caracteres invisibles de control de dirección</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="477" />
            <source>%1 %2[*]</source>
            <translation>%1 %2[*]</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="478" />
            <source>New %1[*]</source>
            <translation>Nuevo registro: %1[*]</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="486" />
            <source>Name copied; the clipboard will be cleared in 30 seconds.</source>
            <translation>Nombre copiado; el portapapeles se vaciará en 30 segundos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="515" />
            <source>Person %1</source>
            <translation>Persona %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="515" />
            <source>Source %1</source>
            <translation>Fuente %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="515" />
            <source>Deaths row %1</source>
            <translation>Fila de muertes %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="516" />
            <source>Tag %1</source>
            <translation>Etiqueta %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="516" />
            <source>Violation type %1</source>
            <translation>Tipo de violación %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="536" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="536" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="564" />
            <source>Not saved: %n problem(s) to fix, marked in red.</source>
            <translation>
                <numerusform>No guardado: %n problema por corregir, marcado en rojo.</numerusform>
                <numerusform>No guardado: %n problemas por corregir, marcados en rojo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="571" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="587" />
            <source>Saved as revision %1.</source>
            <translation>Guardado como versión %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="599" />
            <source>Not saved.</source>
            <translation>No guardado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="641" />
            <source>Attached %1 (revision %2).</source>
            <translation>%1 adjuntado (versión %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="674" />
            <source>Draft saved (encrypted) at %1.</source>
            <translation>Borrador guardado (cifrado) a las %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="685" />
            <source>Unsaved changes from %1 were kept as an encrypted draft.</source>
            <translation>Los cambios sin guardar de %1 se conservaron como borrador cifrado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="686" />
            <source>an earlier session</source>
            <translation>una sesión anterior</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="701" />
            <source>Draft restored; save to keep it as a new revision.</source>
            <translation>Borrador restaurado; guárdelo para conservarlo como nueva versión.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="760" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="761" />
            <source>This record has changes that are not saved yet.</source>
            <translation>Este registro tiene cambios que aún no se han guardado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="762" />
            <source>Save them as a new revision, or discard them?</source>
            <translation>¿Guardarlos como nueva versión o descartarlos?</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="105" />
            <source>Evidence package</source>
            <translation>Paquete de pruebas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="114" />
            <source>Evidence package for case %1</source>
            <translation>Paquete de pruebas del caso %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="122" />
            <source>A BagIt package for a court, a commission of inquiry or another accountability mechanism: every revision of the record, the attachments' originals, the audit entries about the case and a PDF summary, signed by you. The recipient can check it with standard tools or with “fieldcase evidence verify”. Only saved revisions are exported; the export is recorded in the audit log.</source>
            <translation>Un paquete BagIt para un tribunal, una comisión de investigación u otro mecanismo de rendición de cuentas: cada revisión del registro, los originales de los adjuntos, las entradas de auditoría sobre el caso y un resumen en PDF, firmados por usted. El destinatario puede comprobarlo con herramientas estándar o con «fieldcase evidence verify». Solo se exportan las revisiones guardadas; la exportación consta en el registro de auditoría.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="128" />
            <source>None: everything as recorded, attachments included</source>
            <translation>Ninguna: todo tal como se registró, adjuntos incluidos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="129" />
            <source>Standard: pseudonyms unless consent, no source names or coordinates; attachments withheld (listed by SHA-256)</source>
            <translation>Estándar: seudónimos salvo consentimiento, sin nombres de fuentes ni coordenadas; adjuntos retenidos (SHA-256)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="131" />
            <source>Strict: as standard, and no places below admin-2, dates to the month</source>
            <translation>Estricta: como la estándar, sin lugares por debajo de admin-2 y fechas al mes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="144" />
            <source>Redaction</source>
            <translation>Ocultación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="147" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="152" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="155" />
            <source>age1… (optional: encrypts the whole package)</source>
            <translation>age1… (opcional: cifra todo el paquete)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="156" />
            <source>Encrypt to</source>
            <translation>Cifrar para</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="158" />
            <source>e.g. Commission of inquiry (optional; recorded in the audit log)</source>
            <translation>p. ej. Comisión de investigación (opcional; consta en el registro de auditoría)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="159" />
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="178" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="180" />
            <source>Cancel export</source>
            <translation>Cancelar la exportación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="184" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="197" />
            <source>Save the evidence package as</source>
            <translation>Guardar el paquete de pruebas como</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="198" />
            <source>Zip archive (*.zip);;Encrypted zip (*.age)</source>
            <translation>Archivo zip (*.zip);;Zip cifrado (*.age)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="220" />
            <source>Choose where to save the package.</source>
            <translation>Elija dónde guardar el paquete.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="233" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="253" />
            <source>Cancelled: no evidence package was written.</source>
            <translation>Cancelado: no se escribió ningún paquete de pruebas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="261" />
            <source>Written to %1.</source>
            <translation>Escrito en %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="262" />
            <source>Revisions: %1 · attachments included: %2 of %3 · redaction: %4</source>
            <translation>Revisiones: %1 · adjuntos incluidos: %2 de %3 · ocultación: %4</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="265" />
            <source>Signed by %1. Tag manifest SHA-256:</source>
            <translation>Firmado por %1. SHA-256 del manifiesto de etiquetas:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="267" />
            <source>Recorded in the audit log.</source>
            <translation>Consta en el registro de auditoría.</translation>
        </message>
    </context>
    <context>
        <name>ExportBriefingDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="163" />
            <source>Export briefing</source>
            <translation>Exportar nota informativa</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="178" />
            <source>A signed PDF for headquarters. People, sources and coordinates are protected as described under Redaction; check the preview before exporting.</source>
            <translation>Un PDF firmado para la sede. Las personas, las fuentes y las coordenadas se protegen como se describe en Ocultación; revise la vista previa antes de exportar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="187" />
            <source>Briefing</source>
            <translation>Nota informativa</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="214" />
            <source>Country-wide</source>
            <translation>Todo el país</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="225" />
            <source>The marking printed on every page</source>
            <translation>La marca impresa en cada página</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="226" />
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="227" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="228" />
            <source>Classification</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="234" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="240" />
            <source>Standard</source>
            <translation>Estándar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="242" />
            <source>Strict</source>
            <translation>Estricta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="247" />
            <source>Withholds the names of people who did not consent to be named (their pseudonym is shown), every source's identity and all coordinates.</source>
            <translation>Oculta los nombres de las personas que no consintieron en ser nombradas (se muestra su seudónimo), la identidad de todas las fuentes y todas las coordenadas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="249" />
            <source>Also withholds places below district level and exact days: dates are given to the month, in narratives too.</source>
            <translation>Oculta también los lugares por debajo del distrito y los días exactos: las fechas se dan por mes, también en los relatos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="261" />
            <source>Redaction</source>
            <translation>Ocultación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="268" />
            <source>What the briefing includes</source>
            <translation>Qué incluye la nota informativa</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="296" />
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="297" />
            <source>Risk matrix</source>
            <translation>Matriz de riesgos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="298" />
            <source>Withheld</source>
            <translation>Ocultado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="311" />
            <source>Signed by</source>
            <translation>Firmado por</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="316" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="321" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="324" />
            <source>Also save the complete list as CSV</source>
            <translation>Guardar también la lista completa en CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="347" />
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="362" />
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="371" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="414" />
            <source>Every record of the briefing, with the annex's columns, saved beside the PDF as %1. The PDF states the list's fingerprint (SHA-256), so a reader can check it is the list that was signed.</source>
            <translation>Todos los registros de la nota, con las columnas del anexo, guardados junto al PDF como %1. El PDF indica la huella digital de la lista (SHA-256), para que quien la lea pueda comprobar que es la lista que se firmó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="421" />
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="457" />
            <source>Updating the preview…</source>
            <translation>Actualizando la vista previa…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="432" />
            <source>Save the briefing as</source>
            <translation>Guardar la nota informativa como</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="433" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="467" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="468" />
            <source>all regions</source>
            <translation>todas las regiones</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="474" />
            <source>(self-signed: not yet enrolled with HQ)</source>
            <translation>(autofirmado: aún no inscrito en la sede)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="476" />
            <source>Certificate SHA-256 %1</source>
            <translation>Certificado SHA-256 %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="490" />
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="490" />
            <source>Community reports</source>
            <translation>Informes comunitarios</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="491" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="491" />
            <source>CSO reports</source>
            <translation>Informes de OSC</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="492" />
            <source>Early warnings</source>
            <translation>Alertas tempranas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="492" />
            <source>Other information</source>
            <translation>Otra información</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="493" />
            <source>%n record(s) in the month;</source>
            <translation>
                <numerusform>%n registro en el mes;</numerusform>
                <numerusform>%n registros en el mes;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="494" />
            <source>%n key incident(s) described in full.</source>
            <translation>
                <numerusform>%n incidente clave descrito en detalle.</numerusform>
                <numerusform>%n incidentes clave descritos en detalle.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="502" />
            <source>Very high</source>
            <translation>Muy alto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="502" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="502" />
            <source>Medium</source>
            <translation>Medio</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="503" />
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="503" />
            <source>No data</source>
            <translation>Sin datos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="504" />
            <source>%n risk area(s)</source>
            <translation>
                <numerusform>%n ámbito de riesgo</numerusform>
                <numerusform>%n ámbitos de riesgo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="524" />
            <source>Enter a classification marking (it is printed on every page).</source>
            <translation>Escriba una marca de clasificación (se imprime en cada página).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="527" />
            <source>The folder %1 does not exist: choose where to save the briefing.</source>
            <translation>La carpeta %1 no existe: elija dónde guardar la nota informativa.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="538" />
            <source>Replace the file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="539" />
            <source>A file named %1 already exists in this folder.</source>
            <translation>Ya existe un archivo llamado %1 en esta carpeta.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="541" />
            <source>Replace it with the complete list of this briefing?</source>
            <translation>¿Reemplazarlo por la lista completa de esta nota?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="543" />
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="565" />
            <source>Building the briefing…</source>
            <translation>Preparando la nota informativa…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="581" />
            <source>Cancelled: no briefing was written.</source>
            <translation>Cancelado: no se escribió ninguna nota informativa.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="591" />
            <source>Written to %1 (%2 pages, %3 records).
Signed by %4 at %5. The export is recorded in the workspace's export log. Document SHA-256:</source>
            <translation>Escrito en %1 (%2 páginas, %3 registros).
Firmado por %4 el %5. La exportación consta en el registro de exportaciones del espacio de trabajo. SHA-256 del documento:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="599" />
            <source>The complete list, every record of the briefing, was written to %1. Its SHA-256, as the signed PDF states it:</source>
            <translation>La lista completa, todos los registros de la nota, se escribió en %1. Su SHA-256, tal como lo indica el PDF firmado:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="70" />
            <source>Search titles, narratives, places, P-codes, pseudonyms (Ctrl+F)</source>
            <translation>Buscar en títulos, relatos, lugares, códigos P, seudónimos (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="74" />
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="75" />
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77" />
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77" />
            <source>Between dates…</source>
            <translation>Entre fechas…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="88" />
            <source>All regions</source>
            <translation>Todas las regiones</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="89" />
            <source>All risk areas</source>
            <translation>Todos los ámbitos de riesgo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="90" />
            <source>Any violation type</source>
            <translation>Cualquier tipo de violación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="93" />
            <source>Any verification</source>
            <translation>Cualquier verificación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="95" />
            <source>Clear filters</source>
            <translation>Borrar filtros</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="22" />
            <source>Welcome to Fieldcase</source>
            <translation>Bienvenido a Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="23" />
            <source>Your case files will be kept in an encrypted workspace on this computer. Start with one of these:</source>
            <translation>Sus expedientes se guardarán en un espacio de trabajo cifrado en este equipo. Empiece con una de estas opciones:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="29" />
            <source>Create a workspace</source>
            <translation>Crear un espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="29" />
            <source>For your own case files: you choose a passphrase and get a recovery key to write down.</source>
            <translation>Para sus propios expedientes: usted elige una frase de contraseña y recibe una clave de recuperación para anotar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="32" />
            <source>Open an existing workspace folder…</source>
            <translation>Abrir la carpeta de un espacio de trabajo existente…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="33" />
            <source>A workspace copied from another computer or restored from a backup.</source>
            <translation>Un espacio de trabajo copiado de otro equipo o restaurado de una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="35" />
            <source>Try the demo</source>
            <translation>Probar la demostración</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="36" />
            <source>A separate workspace of fictional records to look around in. Your own work never goes there.</source>
            <translation>Un espacio de trabajo aparte, con registros ficticios, para explorar. Su propio trabajo nunca va allí.</translation>
        </message>
    </context>
    <context>
        <name>FolderField</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/common.py" line="49" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_dialog.py" line="51" />
            <source>Required.</source>
            <translation>Obligatorio.</translation>
        </message>
    </context>
    <context>
        <name>FormImportDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="70" />
            <source>Import KoboToolbox / ODK submissions</source>
            <translation>Importar envíos de KoboToolbox / ODK</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="73" />
            <source>Choose the submissions exported from KoboToolbox or ODK (CSV or XLSX, with their media files in the same folder), the XLSForm they were collected with, and the mapping file that says which question fills which field. A submission imported before is revised, not added again. All or nothing.</source>
            <translation>Elija los envíos exportados de KoboToolbox u ODK (CSV o XLSX, con sus archivos multimedia en la misma carpeta), el XLSForm con el que se recogieron y el archivo de correspondencia que indica qué pregunta llena qué campo. Un envío ya importado se revisa, no se añade de nuevo. Todo o nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="81" />
            <source>Submissions</source>
            <translation>Envíos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="81" />
            <source>Submissions (*.csv *.xlsx)</source>
            <translation>Envíos (*.csv *.xlsx)</translation>
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
            <translation>Archivo de correspondencia</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="83" />
            <source>Mapping file (*.json)</source>
            <translation>Archivo de correspondencia (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="84" />
            <source>Submissions:</source>
            <translation>Envíos:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="85" />
            <source>XLSForm:</source>
            <translation>XLSForm:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="86" />
            <source>Mapping file:</source>
            <translation>Archivo de correspondencia:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="89" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
    </context>
    <context>
        <name>Frameworks</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="15" />
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="15" />
            <source>Medium</source>
            <translation>Medio</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="16" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="16" />
            <source>Very high</source>
            <translation>Muy alto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="17" />
            <source>Improving</source>
            <translation>En mejora</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="17" />
            <source>Stable</source>
            <translation>Estable</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="18" />
            <source>Deteriorating</source>
            <translation>En deterioro</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="19" />
            <source>Reported (unverified)</source>
            <translation>Denunciado (sin verificar)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="19" />
            <source>Under review</source>
            <translation>En examen</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="20" />
            <source>Corroborated</source>
            <translation>Corroborado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="21" />
            <source>Verified (reasonable grounds to believe)</source>
            <translation>Verificado (motivos razonables para creer)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="22" />
            <source>Could not be verified</source>
            <translation>No se pudo verificar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="22" />
            <source>Discounted</source>
            <translation>Descartado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="23" />
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="23" />
            <source>Reported</source>
            <translation>Denunciado</translation>
        </message>
    </context>
    <context>
        <name>HeatDelegate</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="204" />
            <source>no data</source>
            <translation>sin datos</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="57" />
            <source>Resolve…</source>
            <translation>Resolver…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="64" />
            <source>Select one revision to see what it changed, or two (Ctrl+click) to compare them.</source>
            <translation>Seleccione una versión para ver qué cambió, o dos (Ctrl+clic) para compararlas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="72" />
            <source>Revision</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="72" />
            <source>Saved by</source>
            <translation>Guardada por</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="72" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="73" />
            <source>Content hash</source>
            <translation>Hash del contenido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="83" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="83" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="83" />
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="119" />
            <source>This record was edited here and elsewhere at the same time: %n sync conflict(s) wait for your decision.</source>
            <translation>
                <numerusform>Este registro se editó aquí y en otro lugar a la vez: %n conflicto de sincronización espera su decisión.</numerusform>
                <numerusform>Este registro se editó aquí y en otro lugar a la vez: %n conflictos de sincronización esperan su decisión.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="135" />
            <source>A new record has no history yet.</source>
            <translation>Un registro nuevo aún no tiene historial.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="146" />
            <source>%1 (merges %2 and %3)</source>
            <translation>%1 (combina %2 y %3)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="217" />
            <source>(not set)</source>
            <translation>(sin valor)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="224" />
            <source>Revision %1 created the record with %n field(s).</source>
            <translation>
                <numerusform>La versión %1 creó el registro con %n campo.</numerusform>
                <numerusform>La versión %1 creó el registro con %n campos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="227" />
            <source>Revision %1 → %2: %n field(s) changed.</source>
            <translation>
                <numerusform>Versión %1 → %2: %n campo modificado.</numerusform>
                <numerusform>Versión %1 → %2: %n campos modificados.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqImportBar</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="58" />
            <source>Import packages…</source>
            <translation>Importar paquetes…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="60" />
            <source>Verify and merge the packages officers sent to one of HQ's targets or a folder, then write their replies</source>
            <translation>Verificar y fusionar los paquetes que los oficiales enviaron a un destino de la sede o a una carpeta, y luego escribir sus respuestas</translation>
        </message>
    </context>
    <context>
        <name>HqImportDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="76" />
            <source>Import packages</source>
            <translation>Importar paquetes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="87" />
            <source>Officers' packages are checked (signature, sequence, every piece) before anything is written, and each package is imported whole or not at all. Replies for the officers (acknowledgements, HQ's changes) are written back to the same place.</source>
            <translation>Los paquetes de los oficiales se verifican (firma, secuencia, cada pieza) antes de escribir nada, y cada paquete se importa entero o no se importa. Las respuestas para los oficiales (acuses de recibo, cambios de la sede) se escriben en el mismo lugar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="92" />
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="97" />
            <source>Where the packages are</source>
            <translation>Dónde están los paquetes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="102" />
            <source>Choose a folder…</source>
            <translation>Elegir una carpeta…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="118" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="129" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="141" />
            <source>Reading HQ's targets…</source>
            <translation>Leyendo los destinos de la sede…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="147" />
            <source>folder</source>
            <translation>carpeta</translation>
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
            <translation>%1 (%2: %3)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="158" />
            <source>One of HQ's targets (set with fieldcase hq target), or a folder: a USB stick, a shared drive.</source>
            <translation>Uno de los destinos de la sede (definidos con fieldcase hq target) o una carpeta: una memoria USB, una unidad compartida.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="159" />
            <source>No target is set for this HQ yet (fieldcase hq target): choose the folder the packages are in, a USB stick or a shared drive.</source>
            <translation>Todavía no hay ningún destino definido para esta sede (fieldcase hq target): elija la carpeta donde están los paquetes, una memoria USB o una unidad compartida.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="173" />
            <source>Folder %1</source>
            <translation>Carpeta %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="180" />
            <source>Choose the folder the packages are in</source>
            <translation>Elija la carpeta donde están los paquetes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="211" />
            <source>Looking for new packages at %1…</source>
            <translation>Buscando paquetes nuevos en %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="218" />
            <source>Importing packages: %1 of %2 done…</source>
            <translation>Importando paquetes: %1 de %2 hechos…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="233" />
            <source>Nothing is lost: each package is imported whole or not at all, and those imported before this stay imported. Import again once this is solved.</source>
            <translation>No se pierde nada: cada paquete se importa entero o no se importa, y los importados antes de esto siguen importados. Vuelva a importar cuando esto se haya resuelto.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="262" />
            <source>No new packages at %1.</source>
            <translation>No hay paquetes nuevos en %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="264" />
            <source>%n new package(s) at %1.</source>
            <translation>
                <numerusform>%n paquete nuevo en %1.</numerusform>
                <numerusform>%n paquetes nuevos en %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="265" />
            <source>Accepted: %1 · Already imported before: %2 · Waiting for an earlier package: %3 · Refused: %4</source>
            <translation>Aceptados: %1 · Ya importados antes: %2 · A la espera de un paquete anterior: %3 · Rechazados: %4</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="269" />
            <source>%n revision(s) came in.</source>
            <translation>
                <numerusform>Ha llegado %n versión.</numerusform>
                <numerusform>Han llegado %n versiones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="270" />
            <source>%n record(s) new to HQ.</source>
            <translation>
                <numerusform>%n registro nuevo para la sede.</numerusform>
                <numerusform>%n registros nuevos para la sede.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="272" />
            <source>%n attachment(s) came with them.</source>
            <translation>
                <numerusform>Los acompañaba %n adjunto.</numerusform>
                <numerusform>Los acompañaban %n adjuntos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="274" />
            <source>%n decision(s) that two records are the same came with them.</source>
            <translation>
                <numerusform>Los acompañaba %n decisión de que dos registros son el mismo.</numerusform>
                <numerusform>Los acompañaban %n decisiones de que dos registros son el mismo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="276" />
            <source>%n conflict(s) to decide: a record changed both at HQ and in the field. Both versions are kept; decide with fieldcase hq conflicts.</source>
            <translation>
                <numerusform>%n conflicto por decidir: un registro cambió a la vez en la sede y en el terreno. Se conservan ambas versiones; decida con fieldcase hq conflicts.</numerusform>
                <numerusform>%n conflictos por decidir: un registro cambió a la vez en la sede y en el terreno. Se conservan ambas versiones; decida con fieldcase hq conflicts.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="279" />
            <source>Refused (nothing from them was written; each is reported again at every import until it is removed from %1):</source>
            <translation>Rechazados (no se escribió nada de ellos; cada uno se vuelve a señalar en cada importación hasta que se retire de %1):</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="283" />
            <source>Waiting (imported once the earlier packages arrive):</source>
            <translation>En espera (se importarán cuando lleguen los paquetes anteriores):</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="286" />
            <source>%n package(s) left to another import running at the same time.</source>
            <translation>
                <numerusform>%n paquete dejado a otra importación en curso al mismo tiempo.</numerusform>
                <numerusform>%n paquetes dejados a otra importación en curso al mismo tiempo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="289" />
            <source>Stopped at your request: %n package(s) were not touched; import again to take them. The packages taken before the stop are in whole. The replies for the officers are written at the next import.</source>
            <translation>
                <numerusform>Detenido a petición suya: %n paquete no se tocó; vuelva a importar para tomarlo. Los paquetes tomados antes de la detención están completos. Las respuestas para los oficiales se escribirán en la próxima importación.</numerusform>
                <numerusform>Detenido a petición suya: %n paquetes no se tocaron; vuelva a importar para tomarlos. Los paquetes tomados antes de la detención están completos. Las respuestas para los oficiales se escribirán en la próxima importación.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="293" />
            <source>%n reply package(s) for the officers written to %1.</source>
            <translation>
                <numerusform>%n paquete de respuesta para los oficiales escrito en %1.</numerusform>
                <numerusform>%n paquetes de respuesta para los oficiales escritos en %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="296" />
            <source>No reply for the officers was due.</source>
            <translation>No había ninguna respuesta pendiente para los oficiales.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="302" />
            <source>an unknown sender</source>
            <translation>un remitente desconocido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="303" />
            <source>%1, package %2</source>
            <translation>%1, paquete %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="305" />
            <source>• %1: %2</source>
            <translation>• %1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="307" />
            <source>… and %n more (fieldcase hq import lists them all).</source>
            <translation>
                <numerusform>… y %n más (fieldcase hq import los enumera todos).</numerusform>
                <numerusform>… y %n más (fieldcase hq import los enumera todos).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqRecords</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="35" />
            <source>Restricted</source>
            <translation>Restringido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="35" />
            <source>Confidential</source>
            <translation>Confidencial</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="36" />
            <source>Strictly confidential</source>
            <translation>Estrictamente confidencial</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="40" />
            <source>Viewer</source>
            <translation>Lector</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="40" />
            <source>Analyst</source>
            <translation>Analista</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="41" />
            <source>Reviewer</source>
            <translation>Revisor</translation>
        </message>
    </context>
    <context>
        <name>HqRecordsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="61" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="61" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="61" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="62" />
            <source>Confidentiality</source>
            <translation>Confidencialidad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="106" />
            <source>Loading the records…</source>
            <translation>Cargando los registros…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="120" />
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="170" />
            <source>Above your clearance</source>
            <translation>Por encima de su habilitación</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="133" />
            <source>%n record(s) you may read</source>
            <translation>
                <numerusform>%n registro que puede leer</numerusform>
                <numerusform>%n registros que puede leer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="135" />
            <source>%n above your clearance (no content)</source>
            <translation>
                <numerusform>%n por encima de su habilitación (sin contenido)</numerusform>
                <numerusform>%n por encima de su habilitación (sin contenido)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="137" />
            <source>as of the last import, %1</source>
            <translation>según la última importación, %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="172" />
            <source>This record is %1; your clearance is %2. Its content is in no file your key opens, so it cannot be shown here.</source>
            <translation>Este registro es «%1»; su habilitación es «%2». Su contenido no está en ningún archivo que su clave abra, así que no puede mostrarse aquí.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="182" />
            <source>Strictly confidential: this reading is recorded in the HQ audit log under your name.</source>
            <translation>Estrictamente confidencial: esta lectura queda registrada a su nombre en el registro de auditoría de la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="193" />
            <source>Date: %1</source>
            <translation>Fecha: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="194" />
            <source>Place: %1</source>
            <translation>Lugar: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="195" />
            <source>Confidentiality: %1</source>
            <translation>Confidencialidad: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="198" />
            <source>Person (%1): %2</source>
            <translation>Persona (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>HqSignIn</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="30" />
            <source>Open an HQ directory</source>
            <translation>Abrir un directorio de la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="31" />
            <source>Sign in with your own HQ user name and passphrase. You see the records your clearance allows; the others are listed without their content.</source>
            <translation>Inicie sesión con su propio nombre de usuario y frase de contraseña de la sede. Verá los registros que su habilitación permite; los demás se listan sin su contenido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="37" />
            <source>Choose the HQ directory</source>
            <translation>Elegir el directorio de la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="43" />
            <source>HQ directory</source>
            <translation>Directorio de la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="44" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="45" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="51" />
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="90" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="66" />
            <source>Choose the HQ directory first.</source>
            <translation>Elija primero el directorio de la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="69" />
            <source>Enter your HQ user name.</source>
            <translation>Introduzca su nombre de usuario de la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="73" />
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
    </context>
    <context>
        <name>HqSignedIn</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="28" />
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="37" />
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="38" />
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="43" />
            <source>Signed in as %1: %2, clearance %3.</source>
            <translation>Sesión iniciada como %1: %2, habilitación %3.</translation>
        </message>
    </context>
    <context>
        <name>HqUsersPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="52" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="52" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="52" />
            <source>Clearance</source>
            <translation>Habilitación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="64" />
            <source>Add user…</source>
            <translation>Añadir un usuario…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="67" />
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="70" />
            <source>Reset passphrase…</source>
            <translation>Restablecer la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="73" />
            <source>Change my passphrase…</source>
            <translation>Cambiar mi frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="93" />
            <source>As a reviewer you add users, remove them and give a user who forgot theirs a new passphrase. Choose a user in the list to remove them or reset their passphrase.</source>
            <translation>Como revisor, usted añade y quita usuarios y da una nueva frase de contraseña a quien olvidó la suya. Elija un usuario de la lista para quitarlo o restablecer su frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="97" />
            <source>Only a reviewer adds or removes users; you can change your own passphrase.</source>
            <translation>Solo un revisor añade o quita usuarios; usted puede cambiar su propia frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="99" />
            <source>The list of HQ users needs the strictly confidential clearance; your account is shown. Only a reviewer adds or removes users; you can change your own passphrase.</source>
            <translation>La lista de usuarios de la sede requiere la habilitación «estrictamente confidencial»; se muestra su cuenta. Solo un revisor añade o quita usuarios; usted puede cambiar su propia frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="112" />
            <source>Loading the users…</source>
            <translation>Cargando los usuarios…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="123" />
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n usuario</numerusform>
                <numerusform>%n usuarios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/window.py" line="22" />
            <source>Fieldcase HQ</source>
            <translation>Fieldcase – sede</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="85" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="95" />
            <source>Country-wide</source>
            <translation>Todo el país</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="98" />
            <source>Include records not yet verified</source>
            <translation>Incluir registros aún no verificados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="99" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="99" />
            <source>12 months to</source>
            <translation>12 meses hasta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="111" />
            <source>SDG 16.10.1 — journalists, trade unionists and human rights defenders</source>
            <translation>ODS 16.10.1 — periodistas, sindicalistas y defensores de los derechos humanos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="112" />
            <source>By violation type (most serious)</source>
            <translation>Por tipo de violación (la más grave)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="112" />
            <source>By victim group</source>
            <translation>Por grupo de víctimas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="118" />
            <source>By sex</source>
            <translation>Por sexo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="118" />
            <source>By age group</source>
            <translation>Por grupo de edad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <source>By sex and age</source>
            <translation>Por sexo y edad</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="114" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="119" />
            <source>By region</source>
            <translation>Por región</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="114" />
            <source>By perpetrator (State / non-State)</source>
            <translation>Por autor (estatal / no estatal)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="115" />
            <source>Left out, and why</source>
            <translation>Excluidos, y por qué</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="115" />
            <source>By district</source>
            <translation>Por distrito</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="117" />
            <source>SDG 16.1.2 — conflict-related deaths</source>
            <translation>ODS 16.1.2 — muertes relacionadas con conflictos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="118" />
            <source>By cause</source>
            <translation>Por causa</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="119" />
            <source>By status</source>
            <translation>Por condición</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="120" />
            <source>Deaths not counted, and why</source>
            <translation>Muertes no contabilizadas, y por qué</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="170" />
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="187" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="188" />
            <source>verified records only</source>
            <translation>solo registros verificados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="188" />
            <source>including records not yet verified</source>
            <translation>incluidos los registros aún no verificados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="189" />
            <source>%1, %2. Counting rules: OHCHR indicator metadata (a victim is counted once, under the most serious violation; the type is derived from each act).</source>
            <translation>%1, %2. Reglas de cómputo: metadatos del indicador del ACNUDH (cada víctima se cuenta una vez, en la violación más grave; el tipo se deduce de cada acto).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="192" />
            <source>%n victim(s) in the 12 months</source>
            <translation>
                <numerusform>%n víctima en los 12 meses</numerusform>
                <numerusform>%n víctimas en los 12 meses</numerusform>
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
            <translation>actor no estatal, el Estado no incumplió la diligencia debida</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="202" />
            <source>non-State actor, due diligence not assessed</source>
            <translation>actor no estatal, diligencia debida no evaluada</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="203" />
            <source>torture without a public official's involvement</source>
            <translation>tortura sin participación de un funcionario público</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="204" />
            <source>other harmful act by a non-State actor</source>
            <translation>otro acto lesivo de un actor no estatal</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="205" />
            <source>analyst override: does not qualify</source>
            <translation>corrección del analista: no se ajusta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="206" />
            <source>not marked as related to an armed conflict</source>
            <translation>no marcado como relacionado con un conflicto armado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="207" />
            <source>not related to an armed conflict</source>
            <translation>no relacionado con un conflicto armado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="208" />
            <source>another report of an incident already counted</source>
            <translation>otro informe de un incidente ya contado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="209" />
            <source>State (incl. acquiescence)</source>
            <translation>Estado (incl. aquiescencia)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="209" />
            <source>Non-State</source>
            <translation>No estatal</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="210" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="218" />
            <source>%n death(s) in the 12 months</source>
            <translation>
                <numerusform>%n muerte en los 12 meses</numerusform>
                <numerusform>%n muertes en los 12 meses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="196" />
            <source>record discounted</source>
            <translation>registro descartado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="196" />
            <source>not verified</source>
            <translation>no verificado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="197" />
            <source>not a journalist, trade unionist or defender</source>
            <translation>no es periodista, sindicalista ni defensor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="198" />
            <source>act not linked to their work</source>
            <translation>acto no vinculado a su trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="199" />
            <source>act type not covered by the indicator</source>
            <translation>tipo de acto no cubierto por el indicador</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="200" />
            <source>perpetrator unknown</source>
            <translation>autor desconocido</translation>
        </message>
    </context>
    <context>
        <name>InlineProgress</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/inline_progress.py" line="26" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/inline_progress.py" line="65" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/language_choice.py" line="17" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
    </context>
    <context>
        <name>LinkSameDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="193" />
            <source>Link as the same</source>
            <translation>Vincular como iguales</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="196" />
            <source>Record that two people, or two incidents, are the same. Both records and their sources are kept as they are; the indicators and briefings then count them once. Your name, the time and your reason go into the audit log, and the link can be undone.</source>
            <translation>Registre que dos personas, o dos incidentes, son los mismos. Ambos registros y sus fuentes se conservan tal cual; los indicadores y las notas informativas los cuentan entonces una sola vez. Su nombre, la hora y su motivo quedan en el registro de auditoría, y el vínculo puede deshacerse.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="204" />
            <source>The same person</source>
            <translation>La misma persona</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="206" />
            <source>The same incident</source>
            <translation>El mismo incidente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="218" />
            <source>This one</source>
            <translation>Este</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="219" />
            <source>is the same as</source>
            <translation>es el mismo que</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="222" />
            <source>Why they are the same</source>
            <translation>Por qué son los mismos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="223" />
            <source>Why they are the same: what matches, and from which sources</source>
            <translation>Por qué son los mismos: qué coincide y según qué fuentes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="225" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="254" />
            <source>Choose both records (and for people, the person in each).</source>
            <translation>Elija los dos registros (y, para personas, la persona en cada uno).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="257" />
            <source>Say why these two are the same: it goes into the audit log.</source>
            <translation>Indique por qué estos dos son los mismos: el motivo queda en el registro de auditoría.</translation>
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
            <translation>Preparando el espacio de trabajo de demostración…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="197" />
            <source>Quick delete</source>
            <translation>Borrado rápido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="198" />
            <source>Destroy this workspace now? Its keys are destroyed first, then every record, draft and attachment in %1. This cannot be undone: only what already reached HQ survives.</source>
            <translation>¿Destruir ahora este espacio de trabajo? Primero se destruyen sus claves y después cada registro, borrador y adjunto de %1. No se puede deshacer: solo se conserva lo que ya llegó a la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="204" />
            <source>Delete everything</source>
            <translation>Borrar todo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="216" />
            <source>Deleting the workspace…</source>
            <translation>Borrando el espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="219" />
            <source>The workspace was destroyed: its keys first, then every file. The passphrase opens nothing now.</source>
            <translation>El espacio de trabajo se destruyó: primero sus claves y después cada archivo. La frase de contraseña ya no abre nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="233" />
            <source>Locked after a period without activity. Enter the passphrase to continue.</source>
            <translation>Bloqueado tras un período de inactividad. Escriba la frase de contraseña para continuar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="254" />
            <source>The workspace is locked.</source>
            <translation>El espacio de trabajo está bloqueado.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="28" />
            <source>Something unexpected stopped this action, and it was not completed. Your saved records are not affected. (Details are not shown because they could contain case data.)</source>
            <translation>Un problema inesperado detuvo esta acción, que no se completó. Sus registros guardados no se ven afectados. (No se muestran los detalles porque podrían contener datos de los casos.)</translation>
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
            <translation>Nueva clave de recuperación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="100" />
            <source>The old recovery key no longer works. Write this one down and keep it apart from this computer; it is not shown again.</source>
            <translation>La clave de recuperación anterior ya no funciona. Anote esta y guárdela lejos de esta computadora; no volverá a mostrarse.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="112" />
            <source>I have written it down and will keep it safe</source>
            <translation>La he anotado y la guardaré en un lugar seguro</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/partial_date.py" line="61" />
            <source>Pick a day from a calendar</source>
            <translation>Elegir un día en un calendario</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/partial_date.py" line="74" />
            <source>Type a year (2026), a month (2026-03) or a day (2026-03-09) that exists.</source>
            <translation>Escriba un año (2026), un mes (2026-03) o un día (2026-03-09) que exista.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/partial_date.py" line="76" />
            <source>Type a day that exists, as year-month-day: 2026-03-09.</source>
            <translation>Escriba un día que exista, como año-mes-día: 2026-03-09.</translation>
        </message>
    </context>
    <context>
        <name>PasswordEdit</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/password_edit.py" line="22" />
            <source>Show or hide the passphrase</source>
            <translation>Mostrar u ocultar la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>PendingState</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="44" />
            <source>Risk board</source>
            <translation>Tablero de riesgos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="45" />
            <source>The risk board is not available in this installation: its analysis module is missing. Your records and their risk tags are unaffected.</source>
            <translation>El tablero de riesgos no está disponible en esta instalación: falta su módulo de análisis. Sus registros y sus etiquetas de riesgo no se ven afectados.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="53" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="54" />
            <source>The indicator tables are not available in this installation: the analysis module is missing. Your records are unaffected.</source>
            <translation>Las tablas de indicadores no están disponibles en esta instalación: falta el módulo de análisis. Sus registros no se ven afectados.</translation>
        </message>
    </context>
    <context>
        <name>PerpetratorRow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="90" />
            <source>Category (optional) — type to search</source>
            <translation>Categoría (opcional) — escriba para buscar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="92" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="102" />
            <source>Perpetrator %1: relation to the State</source>
            <translation>Autor %1: relación con el Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="103" />
            <source>Perpetrator %1: category</source>
            <translation>Autor %1: categoría</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="104" />
            <source>Remove perpetrator %1</source>
            <translation>Quitar el autor %1</translation>
        </message>
    </context>
    <context>
        <name>PlacePicker</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="28" />
            <source>Type a region, district or place name, or a P-code</source>
            <translation>Escriba el nombre de una región, un distrito o un lugar, o un código P</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="65" />
            <source>region</source>
            <translation>región</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="65" />
            <source>district</source>
            <translation>distrito</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="65" />
            <source>place</source>
            <translation>lugar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="68" />
            <source>, in %1</source>
            <translation>, en %1</translation>
        </message>
    </context>
    <context>
        <name>PlacesBox</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="31" />
            <source>Places</source>
            <translation>Lugares</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="41" />
            <source>e.g. XTV</source>
            <translation>p. ej. XTV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="43" />
            <source>Three-letter ISO 3166 code; new records start with it</source>
            <translation>Código ISO 3166 de tres letras; los registros nuevos empiezan con él</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="44" />
            <source>Set</source>
            <translation>Establecer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="50" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="56" />
            <source>Gazetteer</source>
            <translation>Nomenclátor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="58" />
            <source>Import a COD-AB table…</source>
            <translation>Importar una tabla COD-AB…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="59" />
            <source>A CSV with the columns ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN …, as OCHA publishes administrative boundaries on HDX</source>
            <translation>Un CSV con las columnas ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN…, tal como OCHA publica los límites administrativos en HDX</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="81" />
            <source>None yet. Import your country's COD-AB table to pick regions and districts by name in the editor, with their P-codes.</source>
            <translation>Ninguno todavía. Importe la tabla COD-AB de su país para elegir regiones y distritos por su nombre en el editor, con sus códigos P.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="84" />
            <source>regions (admin 1)</source>
            <translation>regiones (admin 1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="84" />
            <source>districts (admin 2)</source>
            <translation>distritos (admin 2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="84" />
            <source>places (admin 3)</source>
            <translation>lugares (admin 3)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="88" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="94" />
            <source>New records will start with this country.</source>
            <translation>Los registros nuevos empezarán con este país.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="97" />
            <source>Choose a COD-AB table (CSV)</source>
            <translation>Elegir una tabla COD-AB (CSV)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="101" />
            <source>CSV tables (*.csv)</source>
            <translation>Tablas CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="113" />
            <source>Gazetteer imported.</source>
            <translation>Nomenclátor importado.</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="19" />
            <source>Only for community information: leave it empty for an incident.</source>
            <translation>Solo para información comunitaria: déjelo vacío en un incidente.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="16" />
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="22" />
            <source>Not a date: use YYYY-MM-DD.</source>
            <translation>No es una fecha: use AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="14" />
            <source>Must not be before the date of the record.</source>
            <translation>No debe ser anterior a la fecha del registro.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="31" />
            <source>Required.</source>
            <translation>Obligatorio.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="33" />
            <source>Too short: at least %1 characters.</source>
            <translation>Demasiado corto: al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="35" />
            <source>Too long: at most %1 characters.</source>
            <translation>Demasiado largo: como máximo %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="37" />
            <source>Must be at least %1.</source>
            <translation>Debe ser al menos %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="39" />
            <source>Must be at most %1.</source>
            <translation>Debe ser como máximo %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="42" />
            <source>Use YYYY-MM-DD, YYYY-MM or YYYY.</source>
            <translation>Use AAAA-MM-DD, AAAA-MM o AAAA.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="44" />
            <source>Use a real date as YYYY-MM-DD.</source>
            <translation>Use una fecha real en formato AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="46" />
            <source>Use the three capital letters of the ISO 3166 code, e.g. XTV.</source>
            <translation>Use las tres letras mayúsculas del código ISO 3166, p. ej. XTV.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="48" />
            <source>A P-code is 2–3 capital letters and then digits, e.g. XT02.</source>
            <translation>Un código P tiene 2 o 3 letras mayúsculas seguidas de dígitos, p. ej. XT02.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="49" />
            <source>Not in the expected form.</source>
            <translation>No tiene la forma esperada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="51" />
            <source>Choose one of the listed values.</source>
            <translation>Elija uno de los valores de la lista.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="53" />
            <source>Not a valid value here (a number is expected?).</source>
            <translation>No es un valor válido aquí (¿se espera un número?).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="55" />
            <source>Listed twice.</source>
            <translation>Aparece dos veces.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="15" />
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="62" />
            <source>Not a real date.</source>
            <translation>No es una fecha real.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="17" />
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="64" />
            <source>Not in any installed framework.</source>
            <translation>No figura en ningún marco instalado.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="47" />
            <source>Write down your recovery key</source>
            <translation>Anote su clave de recuperación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="48" />
            <source>If you forget your passphrase, this key is the only way back into this workspace. It is shown only this once. Write it on paper and keep it apart from this computer — never in a file or a photo on it.</source>
            <translation>Si olvida su frase de contraseña, esta clave es la única forma de volver a entrar en este espacio de trabajo. Solo se muestra esta vez. Escríbala en papel y guárdela lejos de esta computadora — nunca en un archivo ni en una foto dentro de ella.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="61" />
            <source>I have written it down and will keep it safe</source>
            <translation>La he anotado y la guardaré en un lugar seguro</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="69" />
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
    </context>
    <context>
        <name>RecoveryUnlockForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="122" />
            <source>Open with the recovery key</source>
            <translation>Abrir con la clave de recuperación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="123" />
            <source>Type the recovery key you wrote down when the workspace was created, and choose a new passphrase.</source>
            <translation>Escriba la clave de recuperación que anotó al crear el espacio de trabajo y elija una nueva frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="129" />
            <source>Choose the workspace folder</source>
            <translation>Elija la carpeta del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="130" />
            <source>Workspace</source>
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="134" />
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="135" />
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="138" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="140" />
            <source>The same passphrase again</source>
            <translation>La misma frase de contraseña otra vez</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="141" />
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="146" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="148" />
            <source>Open and set the new passphrase</source>
            <translation>Abrir y fijar la nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="167" />
            <source>Choose the workspace folder.</source>
            <translation>Elija la carpeta del espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="169" />
            <source>Type the recovery key.</source>
            <translation>Escriba la clave de recuperación.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="171" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation>La nueva frase de contraseña es demasiado corta: use al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="174" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>RemoveUserDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="249" />
            <source>Remove an HQ user</source>
            <translation>Quitar un usuario de la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="250" />
            <source>Remove %1 (%2, clearance %3)?</source>
            <translation>¿Quitar a %1 (%2, habilitación %3)?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="252" />
            <source>Remove user</source>
            <translation>Quitar el usuario</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="256" />
            <source>Their key slot is removed: their passphrase opens nothing here any more.</source>
            <translation>Se elimina su ranura de claves: su frase de contraseña ya no abre nada aquí.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="258" />
            <source>They could open every level, so the keys to the restricted and confidential records are replaced and those records are encrypted again under the new keys: the keys %1 could read open none of them afterwards. The other users of those levels are sent the new keys and take them at their next sign-in.</source>
            <translation>Esta cuenta podía abrir todos los niveles, así que las claves de los registros restringidos y confidenciales se sustituyen y esos registros se cifran de nuevo con las claves nuevas: las claves que %1 podía leer ya no abren ninguno después. Los demás usuarios de esos niveles reciben las claves nuevas y las toman en su próximo inicio de sesión.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="263" />
            <source>%1 also held the store key, which opens HQ's age identities and its CA key. Removing them cannot take back copies they may have kept: to stop new packages reaching them, rotate HQ's keys afterwards (fieldcase hq keys --rotate).</source>
            <translation>%1 también tenía la clave del almacén, que abre las identidades age de la sede y su clave de autoridad de certificación. Quitar la cuenta no puede recuperar las copias que haya guardado: para que los paquetes nuevos no le lleguen, renueve después las claves de la sede (fieldcase hq keys --rotate).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="268" />
            <source>The key to the %1 records is replaced and those records are encrypted again under it: the key %2 held opens none of them afterwards. The other users of that level are sent the new key and take it at their next sign-in.</source>
            <translation>La clave de los registros de nivel «%1» se sustituye y esos registros se cifran de nuevo con ella: la clave que tenía %2 ya no abre ninguno después. Los demás usuarios de ese nivel reciben la clave nueva y la toman en su próximo inicio de sesión.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="274" />
            <source>Rotate HQ's keys now</source>
            <translation>Renovar ahora las claves de la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="287" />
            <source>Removing the user and replacing keys…</source>
            <translation>Quitando el usuario y sustituyendo las claves…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="292" />
            <source>%1 was removed. Keys replaced: %2.</source>
            <translation>Se quitó a %1. Claves sustituidas: %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="294" />
            <source>The new key of their level was sent to: %1. Each takes it at their next sign-in.</source>
            <translation>La nueva clave de su nivel se envió a: %1. Cada uno la recibe en su próximo inicio de sesión.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="297" />
            <source>No other user of the levels whose keys were replaced needed a new key.</source>
            <translation>Ningún otro usuario de los niveles cuyas claves se reemplazaron necesitaba una clave nueva.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="299" />
            <source>These users cannot receive it: give each a new passphrase (Reset passphrase…): %1.</source>
            <translation>Estos usuarios no pueden recibirla: dé a cada uno una nueva frase de contraseña (Restablecer la frase de contraseña…): %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="302" />
            <source>%1 also held the store key: rotate HQ's keys (fieldcase hq keys --rotate) so that new packages do not reach them.</source>
            <translation>%1 también tenía la clave del almacén: renueve las claves de la sede (fieldcase hq keys --rotate) para que los paquetes nuevos no le lleguen.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="314" />
            <source>Rotating HQ's keys…</source>
            <translation>Renovando las claves de la sede…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="320" />
            <source>HQ's keys were rotated (keyset version %1): officers encrypt new packages to the new key from their next pull.</source>
            <translation>Se renovaron las claves de la sede (versión del juego de claves %1): los agentes cifran los paquetes nuevos con la clave nueva desde su próxima recepción.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="323" />
            <source>HQ signs its key bundles with an offline root key: sign a new bundle (fieldcase hq bundle sign) so that officers take the new key.</source>
            <translation>La sede firma sus paquetes de claves con una clave raíz sin conexión: firme un paquete nuevo (fieldcase hq bundle sign) para que los agentes adopten la clave nueva.</translation>
        </message>
    </context>
    <context>
        <name>ResetPassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="337" />
            <source>Reset a passphrase</source>
            <translation>Restablecer una frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="338" />
            <source>Give %1 a new passphrase, when they forgot theirs or a removal could not send them a new key. Their key slot is made again with the keys of their clearance as they are now; tell them the new passphrase in person.</source>
            <translation>Dé una nueva frase de contraseña a %1 si olvidó la suya o si una baja no pudo enviarle una clave nueva. Su ranura de claves se rehace con las claves actuales de su habilitación; comuníquele la nueva frase de contraseña en persona.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="340" />
            <source>Reset passphrase</source>
            <translation>Restablecer la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="344" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="346" />
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="356" />
            <source>Resetting the passphrase…</source>
            <translation>Restableciendo la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="359" />
            <source>%1's passphrase was reset: they sign in with the new one.</source>
            <translation>Se restableció la frase de contraseña de %1: inicia sesión con la nueva.</translation>
        </message>
    </context>
    <context>
        <name>RiskBoardPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="90" />
            <source>No data</source>
            <translation>Sin datos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="96" />
            <source>Risk board</source>
            <translation>Tablero de riesgos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="102" />
            <source>Country-wide</source>
            <translation>Todo el país</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="118" />
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="119" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="119" />
            <source>Up to</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="120" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="122" />
            <source>Export briefing…</source>
            <translation>Nota informativa…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="124" />
            <source>A signed PDF briefing of the month shown last, for headquarters</source>
            <translation>Una nota informativa PDF firmada del último mes mostrado, para la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="145" />
            <source>Risk areas by month</source>
            <translation>Ámbitos de riesgo por mes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="196" />
            <source>Colour: your level where you set one, else the suggested level (no data: no records, not low risk) · number: records · %1 · badge “S”: the suggestion where you set a level (≠: yours differs)</source>
            <translation>Color: su nivel si fijó uno, si no el nivel sugerido (sin datos: ningún registro, no riesgo bajo) · número: registros · %1 · distintivo «S»: la sugerencia donde usted fijó un nivel (≠: el suyo difiere)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="244" />
            <source>%1: %n record(s) placed in the month, %3 without a risk area, %4 dated only to the year. Suggestions follow rule %5; the officer sets the level.</source>
            <translation>
                <numerusform>%1: %n registro ubicado en el mes, %3 sin ámbito de riesgo, %4 fechados solo por año. Las sugerencias siguen la regla %5; el oficial fija el nivel.</numerusform>
                <numerusform>%1: %n registros ubicados en el mes, %3 sin ámbito de riesgo, %4 fechados solo por año. Las sugerencias siguen la regla %5; el oficial fija el nivel.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="229" />
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
    </context>
    <context>
        <name>RiskGridModel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="153" />
            <source>No records: no data</source>
            <translation>Sin registros: sin datos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="155" />
            <source>%n record(s), suggested %2, %3</source>
            <translation>
                <numerusform>%n registro, sugerido %2, %3</numerusform>
                <numerusform>%n registros, sugerido %2, %3</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="159" />
            <source>; officer: %1</source>
            <translation>; oficial: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="162" />
            <source>No data: no records for this area in the month (not a sign of low risk)</source>
            <translation>Sin datos: no hay registros de este ámbito en el mes (no es señal de riesgo bajo)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="164" />
            <source>Suggested: %1, %2 (score %3)</source>
            <translation>Sugerido: %1, %2 (puntuación %3)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="167" />
            <source>Officer: %1, %2</source>
            <translation>Oficial: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>RiskTagsEditor</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="36" />
            <source>Risk area or indicator — type to search</source>
            <translation>Ámbito de riesgo o indicador — escriba para buscar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="40" />
            <source>Why: the rationale for this tag</source>
            <translation>Por qué: el fundamento de esta etiqueta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="43" />
            <source>Add tag</source>
            <translation>Agregar etiqueta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53" />
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53" />
            <source>Rationale (double-click to edit)</source>
            <translation>Fundamento (doble clic para editar)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="69" />
            <source>Remove tag</source>
            <translation>Quitar etiqueta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="107" />
            <source>Choose a risk area or indicator from the list.</source>
            <translation>Elija un ámbito de riesgo o un indicador de la lista.</translation>
        </message>
    </context>
    <context>
        <name>RmrPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="37" />
            <source>Written assessment for the Regional Monthly Review</source>
            <translation>Evaluación escrita para el examen mensual regional</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="48" />
            <source>Save written assessment</source>
            <translation>Guardar la evaluación escrita</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="56" />
            <source>Opportunities and entry points</source>
            <translation>Oportunidades y puntos de entrada</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="57" />
            <source>Mitigating factors</source>
            <translation>Factores atenuantes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="57" />
            <source>Outlook</source>
            <translation>Perspectivas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="58" />
            <source>Recommendations to the RMR</source>
            <translation>Recomendaciones al examen mensual regional</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="59" />
            <source>Openings the UN can use: commitments, dialogues, allies</source>
            <translation>Oportunidades que las Naciones Unidas pueden aprovechar: compromisos, diálogos, aliados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="60" />
            <source>What lowers the risk: institutions, leaders, networks</source>
            <translation>Lo que reduce el riesgo: instituciones, líderes, redes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="61" />
            <source>Where the situation is heading in the coming months, and the triggers</source>
            <translation>Hacia dónde se dirige la situación en los próximos meses, y los detonantes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="62" />
            <source>Action points proposed to the review, one per line (start with - )</source>
            <translation>Puntos de acción propuestos al examen, uno por línea (empiece con - )</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="85" />
            <source>Written assessment for the RMR: %1, %2</source>
            <translation>Evaluación escrita para el examen mensual regional: %1, %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="88" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="101" />
            <source>Revision %1 by %2</source>
            <translation>Revisión %1 por %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="102" />
            <source>Not written yet</source>
            <translation>Aún no redactada</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="107" />
            <source>Not saved</source>
            <translation>Sin guardar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="117" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="75" />
            <source>Add…</source>
            <translation>Agregar…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="77" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="78" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="137" />
            <source>Add: %1</source>
            <translation>Agregar: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="138" />
            <source>Edit: %1</source>
            <translation>Editar: %1</translation>
        </message>
    </context>
    <context>
        <name>SameAsPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="328" />
            <source>People of this record, or the record itself, linked as the same as in another record. Linked records are counted once in the indicators and briefings; nothing is merged or deleted, and a link can be undone.</source>
            <translation>Personas de este registro, o el propio registro, vinculadas como las mismas que en otro registro. Los registros vinculados se cuentan una sola vez en los indicadores y las notas informativas; nada se fusiona ni se borra, y un vínculo puede deshacerse.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="336" />
            <source>Linked</source>
            <translation>Vinculado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="336" />
            <source>Same as</source>
            <translation>El mismo que</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="336" />
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="337" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="337" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="357" />
            <source>Link as the same…</source>
            <translation>Vincular como iguales…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="360" />
            <source>Unlink…</source>
            <translation>Deshacer el vínculo…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="373" />
            <source>Save the record first to link it.</source>
            <translation>Guarde primero el registro para vincularlo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="379" />
            <source>This incident</source>
            <translation>Este incidente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="381" />
            <source>Person %1</source>
            <translation>Persona %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="386" />
            <source>(a record not in this store)</source>
            <translation>(un registro que no está en este almacén)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="389" />
            <source>%1 in %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="399" />
            <source>Received by sync</source>
            <translation>Recibido por sincronización</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="400" />
            <source>In force</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="400" />
            <source>Undone</source>
            <translation>Deshecho</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="403" />
            <source>Undone by %1</source>
            <translation>Deshecho por %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="405" />
            <source>Undone: %1</source>
            <translation>Deshecho: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="415" />
            <source>Links in force: %1</source>
            <translation>Vínculos vigentes: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="416" />
            <source>No links yet.</source>
            <translation>Todavía no hay vínculos.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="58" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="60" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="65" />
            <source>Applies at once and is remembered. Open editors keep what you have typed.</source>
            <translation>Se aplica de inmediato y se recuerda. Los editores abiertos conservan lo que ha escrito.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="69" />
            <source>Locking</source>
            <translation>Bloqueo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="75" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="79" />
            <source>Lock after being idle for</source>
            <translation>Bloquear tras una inactividad de</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="81" />
            <source>Lock now</source>
            <translation>Bloquear ahora</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="84" />
            <source>Shortcut: Ctrl+L. Locking closes every window of the workspace and drops its keys from memory; unsaved edits are kept as encrypted drafts.</source>
            <translation>Atajo: Ctrl+L. El bloqueo cierra todas las ventanas del espacio de trabajo y borra sus claves de la memoria; los cambios sin guardar se conservan como borradores cifrados.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="88" />
            <source>Window contents are never saved to disk. A name copied from a record is cleared from the clipboard after 30 seconds.</source>
            <translation>El contenido de las ventanas nunca se guarda en el disco. Un nombre copiado de un registro se borra del portapapeles a los 30 segundos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="92" />
            <source>Passphrase and recovery key</source>
            <translation>Frase de contraseña y clave de recuperación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="94" />
            <source>Change passphrase…</source>
            <translation>Cambiar la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="96" />
            <source>Make a new recovery key…</source>
            <translation>Crear una nueva clave de recuperación…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="125" />
            <source>Emergency</source>
            <translation>Emergencia</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="130" />
            <source>Quick delete…</source>
            <translation>Borrado rápido…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="134" />
            <source>Shortcut: Ctrl+Shift+Delete, also on the unlock screen. After one confirmation the keys are destroyed first, then every record, draft and attachment on this computer; only what reached HQ survives.</source>
            <translation>Atajo: Ctrl+Mayús+Supr, también en la pantalla de desbloqueo. Tras una confirmación, primero se destruyen las claves y después cada registro, borrador y adjunto de este equipo; solo se conserva lo que llegó a la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="110" />
            <source>This workspace</source>
            <translation>Este espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="112" />
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="113" />
            <source>Officer</source>
            <translation>Oficial</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="114" />
            <source>Workspace id</source>
            <translation>Identificador del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="115" />
            <source>Encryption</source>
            <translation>Cifrado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="115" />
            <source>SQLCipher 4 store under a random 256-bit key; the key is unlocked with Argon2id. Attachments: age.</source>
            <translation>Almacén SQLCipher 4 con una clave aleatoria de 256 bits; la clave se desbloquea con Argon2id. Adjuntos: age.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="117" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="142" />
            <source>Delete after failed unlocks</source>
            <translation>Borrar tras desbloqueos fallidos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="146" />
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="150" />
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="159" />
            <source>After that many wrong passphrases in a row, the workspace is quick-deleted as by Quick delete; this cannot be undone.</source>
            <translation>Tras ese número de frases de contraseña incorrectas seguidas, el espacio de trabajo se borra como con Borrado rápido; no se puede deshacer.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="163" />
            <source>Duress passphrase…</source>
            <translation>Frase de coacción…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="198" />
            <source>In force: off. Wrong passphrases only delay the next try.</source>
            <translation>En vigor: desactivado. Las frases incorrectas solo retrasan el siguiente intento.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="200" />
            <source>In force: quick delete after %n wrong passphrases in a row.</source>
            <translation>
                <numerusform>En vigor: borrado rápido tras %n frase de contraseña incorrecta seguida.</numerusform>
                <numerusform>En vigor: borrado rápido tras %n frases de contraseña incorrectas seguidas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="219" />
            <source>Set: typing it quick-deletes this workspace, then opens an empty decoy.</source>
            <translation>Establecida: escribirla borra rápidamente este espacio de trabajo y luego abre un señuelo vacío.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="221" />
            <source>Set: typing it opens an empty decoy workspace; this one stays as it is.</source>
            <translation>Establecida: escribirla abre un espacio de trabajo señuelo vacío; este queda como está.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="223" />
            <source>Not set. A second passphrase that opens an empty decoy workspace instead of this one.</source>
            <translation>No establecida. Una segunda frase de contraseña que abre un espacio de trabajo señuelo vacío en lugar de este.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="246" />
            <source>New recovery key</source>
            <translation>Nueva clave de recuperación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="247" />
            <source>Make a new recovery key? The current one stops working at once.</source>
            <translation>¿Crear una nueva clave de recuperación? La actual dejará de funcionar de inmediato.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="19" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="41" />
            <source>New incident</source>
            <translation>Nuevo incidente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="41" />
            <source>Search the case files</source>
            <translation>Buscar en los expedientes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="42" />
            <source>Case files</source>
            <translation>Expedientes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="42" />
            <source>Risk board</source>
            <translation>Tablero de riesgos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="42" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="43" />
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="43" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="43" />
            <source>Action points</source>
            <translation>Puntos de acción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="44" />
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="49" />
            <source>Lock the workspace now</source>
            <translation>Bloquear ahora el espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="44" />
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="50" />
            <source>This list</source>
            <translation>Esta lista</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="47" />
            <source>Save a new revision</source>
            <translation>Guardar una nueva revisión</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="47" />
            <source>Close the editor (asks first when there are unsaved changes)</source>
            <translation>Cerrar el editor (pregunta antes si hay cambios sin guardar)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="49" />
            <source>Close the editor</source>
            <translation>Cerrar el editor</translation>
        </message>
    </context>
    <context>
        <name>SignalReasons</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="23" />
            <source>%n record(s) this month</source>
            <translation>
                <numerusform>%n registro este mes</numerusform>
                <numerusform>%n registros este mes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="25" />
            <source>highest severity %1</source>
            <translation>gravedad máxima %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="27" />
            <source>mean severity %1</source>
            <translation>gravedad media %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="29" />
            <source>%1% verified</source>
            <translation>%1 % verificados</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="31" />
            <source>new activity (none in the three months before)</source>
            <translation>actividad nueva (ninguna en los tres meses anteriores)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="33" />
            <source>severity-weighted count ×%1 the 3-month mean</source>
            <translation>recuento ponderado por gravedad ×%1 la media de 3 meses</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="35" />
            <source>%n reprisal(s) against people cooperating with the UN</source>
            <translation>
                <numerusform>%n represalia contra personas que cooperan con la ONU</numerusform>
                <numerusform>%n represalias contra personas que cooperan con la ONU</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="37" />
            <source>%n attack(s) on defenders, journalists or trade unionists</source>
            <translation>
                <numerusform>%n ataque contra defensores, periodistas o sindicalistas</numerusform>
                <numerusform>%n ataques contra defensores, periodistas o sindicalistas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="39" />
            <source>hate-speech spike (%1 vs %2 a month)</source>
            <translation>pico de discurso de odio (%1 frente a %2 al mes)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="42" />
            <source>%n early-warning report(s)</source>
            <translation>
                <numerusform>%n informe de alerta temprana</numerusform>
                <numerusform>%n informes de alerta temprana</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpecForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="263" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="265" />
            <source>Copy to the clipboard; it is cleared again after 30 seconds</source>
            <translation>Copiar al portapapeles; se vacía de nuevo a los 30 segundos</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="77" />
            <source>Use a passphrase of several unrelated words; at least %1 characters.</source>
            <translation>Use una frase de contraseña de varias palabras sin relación entre sí; al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="80" />
            <source>Too short: at least %1 characters.</source>
            <translation>Demasiado corto: al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82" />
            <source>Very weak: easy to guess.</source>
            <translation>Muy débil: fácil de adivinar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82" />
            <source>Weak: add more unrelated words.</source>
            <translation>Débil: agregue más palabras sin relación entre sí.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83" />
            <source>Fair: one or two more words would help.</source>
            <translation>Aceptable: una o dos palabras más ayudarían.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83" />
            <source>Good.</source>
            <translation>Buena.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="84" />
            <source>Strong.</source>
            <translation>Sólida.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="94" />
            <source>Sync with HQ</source>
            <translation>Sincronizar con la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="104" />
            <source>Enrolment</source>
            <translation>Inscripción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="106" />
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="110" />
            <source>To send records to HQ, this workspace is enrolled once:</source>
            <translation>Para enviar registros a la sede, este espacio de trabajo se inscribe una sola vez:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="111" />
            <source>1. Write an enrolment request and give the file to HQ. It holds no secret. (Command line: fieldcase enrol-request --out FILE)</source>
            <translation>1. Cree una solicitud de inscripción y entregue el archivo a la sede. No contiene ningún secreto. (Línea de comandos: fieldcase enrol-request --out FILE)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="113" />
            <source>2. HQ answers with an enrolment file. Import it here (command line: fieldcase enrol FILE), then compare the certificate authority fingerprint shown with the one HQ gave you by phone or in person.</source>
            <translation>2. La sede responde con un archivo de inscripción. Impórtelo aquí (línea de comandos: fieldcase enrol FILE) y compare la huella digital de la autoridad de certificación que se muestra con la que la sede le dio por teléfono o en persona.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="119" />
            <source>Write enrolment request…</source>
            <translation>Crear solicitud de inscripción…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="121" />
            <source>Import HQ's enrolment file…</source>
            <translation>Importar el archivo de inscripción de la sede…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="137" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="147" />
            <source>Last push</source>
            <translation>Último envío</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="148" />
            <source>Not sent yet</source>
            <translation>Aún no enviado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="149" />
            <source>Sent, awaiting HQ</source>
            <translation>Enviado, a la espera de la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="150" />
            <source>Acknowledged by HQ</source>
            <translation>Acuse de recibo de la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="151" />
            <source>Last acknowledgement</source>
            <translation>Último acuse de recibo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="156" />
            <source>Resolve conflicts…</source>
            <translation>Resolver los conflictos…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="158" />
            <source>Compare both versions field by field and choose what to keep</source>
            <translation>Comparar las dos versiones campo por campo y elegir qué conservar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="163" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="167" />
            <source>Push now</source>
            <translation>Enviar ahora</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="169" />
            <source>Send everything HQ has not acknowledged yet to the selected target</source>
            <translation>Enviar al destino seleccionado todo aquello cuyo recibo la sede aún no ha acusado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="171" />
            <source>Pull acknowledgements</source>
            <translation>Recoger acuses de recibo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="172" />
            <source>Apply HQ's replies found at the selected target: acknowledgements, feedback, framework updates</source>
            <translation>Aplicar las respuestas de la sede encontradas en el destino seleccionado: acuses de recibo, comentarios, actualizaciones de marcos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="191" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="200" />
            <source>Sync targets</source>
            <translation>Destinos de sincronización</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="193" />
            <source>Where packages go and where HQ's replies are collected: a folder (a USB stick, a shared drive) or a WebDAV server. Packages are encrypted for HQ before they are written. Push and Pull use the selected target.</source>
            <translation>Adónde van los paquetes y dónde se recogen las respuestas de la sede: una carpeta (una memoria USB, una unidad compartida) o un servidor WebDAV. Los paquetes se cifran para la sede antes de escribirse. Enviar y Recoger usan el destino seleccionado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="201" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="234" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="201" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="201" />
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="202" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="236" />
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="214" />
            <source>Add a folder…</source>
            <translation>Agregar una carpeta…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="222" />
            <source>Add a WebDAV server</source>
            <translation>Agregar un servidor WebDAV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="226" />
            <source>e.g. hq-dav</source>
            <translation>p. ej. hq-dav</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="235" />
            <source>Address (URL)</source>
            <translation>Dirección (URL)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="237" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="239" />
            <source>Add server</source>
            <translation>Agregar servidor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="242" />
            <source>The password is kept in the encrypted workspace, never in a settings file.</source>
            <translation>La contraseña se guarda en el espacio de trabajo cifrado, nunca en un archivo de configuración.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="268" />
            <source>Enrolled with %1. HQ certificate authority fingerprint: %2</source>
            <translation>Inscrito en %1. Huella digital de la autoridad de certificación de la sede: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="271" />
            <source>Not enrolled with HQ yet.</source>
            <translation>Aún no inscrito en la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="274" />
            <source>never</source>
            <translation>nunca</translation>
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
                <numerusform>%n versión</numerusform>
                <numerusform>%n versiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="279" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n adjunto</numerusform>
                <numerusform>%n adjuntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="280" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="281" />
            <source>%n package(s)</source>
            <translation>
                <numerusform>%n paquete</numerusform>
                <numerusform>%n paquetes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="284" />
            <source>None: every record agrees with HQ's copy.</source>
            <translation>Ninguno: cada registro coincide con la copia de la sede.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="285" />
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflicto por resolver</numerusform>
                <numerusform>%n conflictos por resolver</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="295" />
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="295" />
            <source>WebDAV</source>
            <translation>WebDAV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="321" />
            <source>Available once the workspace is enrolled with HQ.</source>
            <translation>Disponible cuando el espacio de trabajo esté inscrito en la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="323" />
            <source>Add a sync target below first.</source>
            <translation>Agregue primero un destino de sincronización abajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="325" />
            <source>Target: %1</source>
            <translation>Destino: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="346" />
            <source>Pushing to %1…</source>
            <translation>Enviando a %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="357" />
            <source>Collecting HQ's replies from %1…</source>
            <translation>Recogiendo las respuestas de la sede desde %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="367" />
            <source>Cancelled. What was already uploaded stays there; push again to go on.</source>
            <translation>Cancelado. Lo que ya se subió permanece allí; vuelva a enviar para continuar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="373" />
            <source>Pull stopped. The replies already applied stay applied; pull again for the rest.</source>
            <translation>Recogida detenida. Las respuestas ya aplicadas siguen aplicadas; vuelva a recoger para el resto.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="380" />
            <source>Built %n new package(s);</source>
            <translation>
                <numerusform>%n paquete nuevo creado;</numerusform>
                <numerusform>%n paquetes nuevos creados;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="381" />
            <source>uploaded %1; %2 already at the target.</source>
            <translation>%1 subidos; %2 ya estaban en el destino.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="389" />
            <source>Nothing new from HQ.</source>
            <translation>Nada nuevo de la sede.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="392" />
            <source>%n reply package(s) applied.</source>
            <translation>
                <numerusform>%n paquete de respuesta aplicado.</numerusform>
                <numerusform>%n paquetes de respuesta aplicados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="395" />
            <source>%1 was not applied: %2</source>
            <translation>%1 no se aplicó: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="403" />
            <source>Write enrolment request</source>
            <translation>Crear solicitud de inscripción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="410" />
            <source>Wrote the enrolment request to %1. Give this file to HQ; it holds no secret.</source>
            <translation>La solicitud de inscripción se escribió en %1. Entregue este archivo a la sede; no contiene ningún secreto.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="416" />
            <source>Import HQ's enrolment file</source>
            <translation>Importar el archivo de inscripción de la sede</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="423" />
            <source>Enrolled with %1. Compare this certificate authority fingerprint with the one HQ gave you by another channel (phone, in person):
%2</source>
            <translation>Inscrito en %1. Compare esta huella digital de la autoridad de certificación con la que la sede le dio por otra vía (teléfono, en persona):
%2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="438" />
            <source>Importing the enrolment file…</source>
            <translation>Importando el archivo de inscripción…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="442" />
            <source>Choose the sync folder</source>
            <translation>Elija la carpeta de sincronización</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="455" />
            <source>Give the server a name and an address starting with https://.</source>
            <translation>Dé al servidor un nombre y una dirección que empiece por https://.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="131" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="133" />
            <source>Fieldcase</source>
            <translation>Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="144" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>UnlinkDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="281" />
            <source>Undo the link</source>
            <translation>Deshacer el vínculo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="284" />
            <source>%1 will no longer be counted as the same. The link and its undoing stay in the history and the audit log.</source>
            <translation>%1 dejará de contarse como lo mismo. El vínculo y su anulación permanecen en el historial y en el registro de auditoría.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="291" />
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="292" />
            <source>Why the link was wrong</source>
            <translation>Por qué el vínculo era erróneo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="303" />
            <source>Say why the link was wrong: it goes into the audit log.</source>
            <translation>Indique por qué el vínculo era erróneo: el motivo queda en el registro de auditoría.</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="51" />
            <source>Unlock your workspace</source>
            <translation>Desbloquee su espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="52" />
            <source>Case files are encrypted on this computer. Enter the passphrase to open them.</source>
            <translation>Los expedientes están cifrados en esta computadora. Escriba la frase de contraseña para abrirlos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="59" />
            <source>Recent workspaces</source>
            <translation>Espacios de trabajo recientes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="75" />
            <source>Choose the workspace folder</source>
            <translation>Elija la carpeta del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="77" />
            <source>Workspace</source>
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="78" />
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="81" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="89" />
            <source>Fill in the demo passphrase</source>
            <translation>Rellenar la frase de contraseña de demostración</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="99" />
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="206" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="106" />
            <source>Create a new workspace…</source>
            <translation>Crear un espacio de trabajo nuevo…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="107" />
            <source>Open the demo workspace</source>
            <translation>Abrir el espacio de trabajo de demostración</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="108" />
            <source>Forgot the passphrase?</source>
            <translation>¿Olvidó la frase de contraseña?</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="130" />
            <source>%1 — demo, fictional records</source>
            <translation>%1 — demostración, registros ficticios</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="183" />
            <source>This is the demo workspace: every record in it is fictional. Its passphrase is: %1</source>
            <translation>Este es el espacio de trabajo de demostración: todos sus registros son ficticios. Su frase de contraseña es: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="202" />
            <source>Unlocking…</source>
            <translation>Desbloqueando…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="204" />
            <source>Wait %1 s</source>
            <translation>Espere %1 s</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="215" />
            <source>Choose the workspace folder first.</source>
            <translation>Elija primero la carpeta del espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="218" />
            <source>Enter the passphrase.</source>
            <translation>Escriba la frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="251" />
            <source>Wrong passphrase: the workspace was not unlocked.</source>
            <translation>Frase de contraseña incorrecta: el espacio de trabajo no se desbloqueó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="253" />
            <source>You can try again in %1 s.</source>
            <translation>Puede volver a intentarlo en %1 s.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="30" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="34" />
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="31" />
            <source>Community information</source>
            <translation>Información comunitaria</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="35" />
            <source>Community info</source>
            <translation>Info. comunitaria</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="38" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="39" />
            <source>Civil-society report</source>
            <translation>Informe de la sociedad civil</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="40" />
            <source>Community report</source>
            <translation>Informe comunitario</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="41" />
            <source>Early warning</source>
            <translation>Alerta temprana</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="44" />
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="45" />
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="46" />
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="49" />
            <source>Restricted</source>
            <translation>Restringido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="50" />
            <source>Confidential</source>
            <translation>Confidencial</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="51" />
            <source>Strictly confidential</source>
            <translation>Estrictamente confidencial</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="54" />
            <source>State actor</source>
            <translation>Actor estatal</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="55" />
            <source>With State acquiescence</source>
            <translation>Con la aquiescencia del Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="56" />
            <source>Non-State actor</source>
            <translation>Actor no estatal</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="57" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="70" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="76" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="60" />
            <source>Victim</source>
            <translation>Víctima</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="61" />
            <source>Witness</source>
            <translation>Testigo</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="62" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="63" />
            <source>Perpetrator</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="64" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="69" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="85" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="67" />
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="68" />
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="73" />
            <source>Child</source>
            <translation>Niño o niña</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="74" />
            <source>Adult</source>
            <translation>Adulto</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="75" />
            <source>Elderly</source>
            <translation>Persona mayor</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="79" />
            <source>Universal Periodic Review</source>
            <translation>Examen Periódico Universal</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="80" />
            <source>Special procedure</source>
            <translation>Procedimiento especial</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="81" />
            <source>Treaty body</source>
            <translation>Órgano de tratado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="82" />
            <source>Human Rights Council</source>
            <translation>Consejo de Derechos Humanos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="83" />
            <source>UN field presence</source>
            <translation>Presencia de las Naciones Unidas sobre el terreno</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="84" />
            <source>Peace operation</source>
            <translation>Operación de paz</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="90" />
            <source>1 – minor</source>
            <translation>1 – leve</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="91" />
            <source>2 – moderate</source>
            <translation>2 – moderada</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="92" />
            <source>3 – serious</source>
            <translation>3 – seria</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="93" />
            <source>4 – grave</source>
            <translation>4 – grave</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="94" />
            <source>5 – very grave</source>
            <translation>5 – muy grave</translation>
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
            <translation>Expedientes cifrados para el trabajo de derechos humanos sobre el terreno. Sin conexión; nada sale de esta computadora salvo que usted lo exporte o sincronice.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="85" />
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="154" />
            <source>Navigation</source>
            <translation>Navegación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="117" />
            <source>Fieldcase keeps no backup copy of its own. Export what you still need now: it can still be read. HQ holds every record and attachment you have already synced; an earlier copy of the workspace folder, if you keep one, can be put back in its place. Nothing was repaired or overwritten.</source>
            <translation>Fieldcase no guarda ninguna copia de seguridad propia. Exporte ahora lo que aún necesite: todavía se puede leer. La sede tiene cada registro y adjunto que ya sincronizó; una copia anterior de la carpeta del espacio de trabajo, si la conserva, puede volver a ponerse en su lugar. No se reparó ni sobrescribió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="121" />
            <source>Integrity alarm: %1 %2</source>
            <translation>Alarma de integridad: %1 %2</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Case files</source>
            <translation>Expedientes</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Risk board</source>
            <translation>Tablero de riesgos</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="139" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="139" />
            <source>Action points</source>
            <translation>Puntos de acción</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="143" />
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="190" />
            <source>Workspace: %1 (demo, fictional data)</source>
            <translation>Espacio de trabajo: %1 (demostración, datos ficticios)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="190" />
            <source>Workspace: %1</source>
            <translation>Espacio de trabajo: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="193" />
            <source>Officer: %1</source>
            <translation>Oficial: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="198" />
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="200" />
            <source>Lock the workspace now (Ctrl+L)</source>
            <translation>Bloquear el espacio de trabajo ahora (Ctrl+L)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="218" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_FileChoice</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="38" />
            <source>No file chosen</source>
            <translation>Ningún archivo elegido</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="39" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
    </context>
    <context>
        <name>_HqUserDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="95" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation>La nueva frase de contraseña es demasiado corta: use al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="99" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>Esta frase de contraseña es demasiado fácil de adivinar: agregue algunas palabras sin relación entre sí.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="102" />
            <source>The two new passphrases differ.</source>
            <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="136" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>_SidePicker</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="94" />
            <source>Record id, or words of its title</source>
            <translation>Identificador del registro, o palabras de su título</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="95" />
            <source>Find the record</source>
            <translation>Buscar el registro</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="98" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="101" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="146" />
            <source>No record found</source>
            <translation>No se encontró ningún registro</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="163" />
            <source>This record has no people</source>
            <translation>Este registro no tiene personas</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="356" />
            <source>--period: {reason}.</source>
            <translation>--period: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="104" />
            <source>A different package with this package id was already accepted.</source>
            <translation>Ya se aceptó otro paquete con este identificador de paquete.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_region.py" line="64" />
            <source>A grouping name is 1 to 60 letters, digits, spaces, dots, dashes or underscores.</source>
            <translation>Un nombre de agrupación tiene de 1 a 60 letras, cifras, espacios, puntos, guiones o guiones bajos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="100" />
            <source>A link item does not match its key or its sender.</source>
            <translation>Un elemento de vínculo no coincide con su clave o su remitente.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="91" />
            <source>A link item is malformed.</source>
            <translation>Un elemento de vínculo está mal formado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="139" />
            <source>A passphrase for the new HQ directory is needed.</source>
            <translation>Se necesita una frase de contraseña para el nuevo directorio de la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="177" />
            <source>A person or an incident cannot be linked with itself.</source>
            <translation>Una persona o un incidente no puede vincularse consigo mismo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="69" />
            <source>A piece of {what} could not be read ({reason}).</source>
            <translation>No se pudo leer una parte de {what} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="82" />
            <source>A piece of {what} does not match its signed SHA-256: it was changed or replaced.</source>
            <translation>Una parte de {what} no coincide con su SHA-256 firmado: se modificó o se sustituyó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="80" />
            <source>A piece of {what} is longer than signed.</source>
            <translation>Una parte de {what} es más larga que lo firmado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="77" />
            <source>A piece of {what} is truncated (an interrupted copy?).</source>
            <translation>Una parte de {what} está truncada (¿una copia interrumpida?).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_preview.py" line="48" />
            <source>A preview (--dry-run) is available for HXL-tagged tables and UCDP GED exports (--format hxl, --format ucdp).</source>
            <translation>Hay una vista previa (--dry-run) para las tablas con etiquetas HXL y las exportaciones UCDP GED (--format hxl, --format ucdp).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_region.py" line="49" />
            <source>A regional grouping needs at least two different countries.</source>
            <translation>Una agrupación regional necesita al menos dos países distintos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="238" />
            <source>A reviewer needs the strictly_confidential clearance (they hand out every key).</source>
            <translation>Un revisor necesita la habilitación strictly_confidential (entrega todas las claves).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="57" />
            <source>A revision item does not match its key or its sender.</source>
            <translation>Un elemento de versión no coincide con su clave o su remitente.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="55" />
            <source>A revision item is malformed ({error}).</source>
            <translation>Un elemento de versión está mal formado ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="185" />
            <source>A revision refers to attachment {attachment_id}, which has not been received.</source>
            <translation>Una versión hace referencia al adjunto {attachment_id}, que no se ha recibido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="83" />
            <source>A sealed value in the HQ database does not decrypt with this HQ's key: the database was altered or belongs to another HQ. Nothing was changed.</source>
            <translation>Un valor sellado de la base de datos de la sede no se descifra con la clave de esta sede: la base se alteró o pertenece a otra sede. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="79" />
            <source>A sealed value in the HQ database is of an unknown format; it was left as is.</source>
            <translation>Un valor sellado de la base de datos de la sede tiene un formato desconocido; se dejó como estaba.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="30" />
            <source>A share is mistyped or damaged (its checksum does not match).</source>
            <translation>Una parte está mal escrita o dañada (su suma de comprobación no coincide).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="82" />
            <source>A share is mistyped or damaged (its checksum does not match): nothing was recovered.</source>
            <translation>Una parte está mal escrita o dañada (su suma de comprobación no coincide): no se recuperó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="63" />
            <source>A target name must be 1-40 characters without '/'.</source>
            <translation>El nombre de un destino debe tener de 1 a 40 caracteres, sin «/».</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="385" />
            <source>Act {act_number} of record {record_id} names the victim {victim!r}, who is not one of the record's people.</source>
            <translation>El acto {act_number} del registro {record_id} nombra a la víctima {victim!r}, que no es una de las personas del registro.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/acts.py" line="69" />
            <source>Act: the record has {count} act(s); give a number from 1 to {count}.</source>
            <translation>
                <numerusform>Acto: el registro tiene {count} acto; dé un número de 1 a {count}.</numerusform>
                <numerusform>Acto: el registro tiene {count} actos; dé un número de 1 a {count}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="70" />
            <source>Act: this record has no acts.</source>
            <translation>Acto: este registro no tiene actos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="311" />
            <source>Action point: on: the change cannot take effect before the previous one.</source>
            <translation>Punto de acción: fecha de efecto: el cambio no puede surtir efecto antes que el anterior.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="324" />
            <source>Action point: {reason}.</source>
            <translation>Punto de acción: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="115" />
            <source>Add WebDAV servers as a named target first (the password is kept in the encrypted workspace): fieldcase sync target add NAME URL --user USER</source>
            <translation>Agregue primero los servidores WebDAV como destino con nombre (la contraseña se guarda en el espacio de trabajo cifrado): fieldcase sync target add NAME URL --user USER</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="52" />
            <source>An S3 target must be written s3://bucket or s3://bucket/prefix.</source>
            <translation>Un destino S3 se escribe s3://bucket o s3://bucket/prefix.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_flow.py" line="117" />
            <source>An XLSForm import needs the form (--form FORM.xlsx) and a mapping file (--mapping MAPPING.json).</source>
            <translation>Una importación XLSForm necesita el formulario (--form FORM.xlsx) y un archivo de correspondencia (--mapping MAPPING.json).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="112" />
            <source>An act names a victim who is not among the people you kept: take the people and the acts from the same side.</source>
            <translation>Un acto nombra a una víctima que no está entre las personas conservadas: tome las personas y los actos del mismo lado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="328" />
            <source>An age recipient to share attachments with is malformed.</source>
            <translation>Un destinatario age con quien compartir los adjuntos está mal formado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="358" />
            <source>An attachment entry in the package manifest is malformed.</source>
            <translation>Una entrada de adjunto del manifiesto del paquete está mal formada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/outbox.py" line="183" />
            <source>An attachment's encrypted file is missing from the workspace; nothing was sent.</source>
            <translation>Falta en el espacio de trabajo el archivo cifrado de un adjunto; no se envió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="69" />
            <source>An audit item is malformed.</source>
            <translation>Un elemento de auditoría está mal formado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="329" />
            <source>An item in {name} does not match its signed hash.</source>
            <translation>Un elemento de {name} no coincide con su hash firmado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="174" />
            <source>Assessment: {reason}.</source>
            <translation>Evaluación: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="383" />
            <source>Attaching the file was cancelled; nothing was stored.</source>
            <translation>Se canceló la adjunción del archivo; no se guardó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="144" />
            <source>Attachment {attachment_id} already exists here with other content.</source>
            <translation>El adjunto {attachment_id} ya existe aquí con otro contenido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/records.py" line="281" />
            <source>Attachment {attachment_id} does not match the SHA-256 recorded at intake.</source>
            <translation>El adjunto {attachment_id} no coincide con el SHA-256 registrado al ingreso.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="149" />
            <source>Attachment {attachment_id} was not fetched with its package.</source>
            <translation>El adjunto {attachment_id} no se recogió con su paquete.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="292" />
            <source>Attachment {blob_id} could not be deleted ({reason}).</source>
            <translation>No se pudo eliminar el adjunto {blob_id} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="244" />
            <source>Attachment {blob_id} could not be read ({reason}).</source>
            <translation>No se pudo leer el adjunto {blob_id} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="252" />
            <source>Attachment {blob_id} does not have the recorded size.</source>
            <translation>El adjunto {blob_id} no tiene el tamaño registrado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="242" />
            <source>Attachment {blob_id} is missing from the workspace.</source>
            <translation>Falta el adjunto {blob_id} en el espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="269" />
            <source>Attachment {blob_id} is too large to preview ({size} bytes).</source>
            <translation>El adjunto {blob_id} es demasiado grande para la vista previa ({size} bytes).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="367" />
            <source>Cancelled; no briefing was written.</source>
            <translation>Cancelado; no se escribió ninguna nota informativa.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="123" />
            <source>Cancelled; no evidence package was written.</source>
            <translation>Cancelado; no se escribió ningún paquete de pruebas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/errors.py" line="132" />
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelado; no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/wipe.py" line="38" />
            <source>Cancelled; nothing was deleted.</source>
            <translation>Cancelado; no se borró nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="103" />
            <source>Choose mine or theirs for every field that differs ({field} has no choice).</source>
            <translation>Elija la mía o la suya para cada campo que difiere ({field} no tiene elección).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="91" />
            <source>Choose mine or theirs for the field {field}.</source>
            <translation>Elija la mía o la suya para el campo {field}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_package_import.py" line="95" />
            <source>Choose where the packages are: one of HQ's targets or a folder.</source>
            <translation>Elija dónde están los paquetes: uno de los destinos de la sede o una carpeta.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_region.py" line="45" />
            <source>Each country must be an ISO 3166-1 alpha-3 code (e.g. XTV), optionally with a name after a colon (XTV:Tarvessa).</source>
            <translation>Cada país debe ser un código ISO 3166-1 alfa-3 (p. ej. XTV), opcionalmente con un nombre tras dos puntos (XTV:Tarvessa).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/resources.py" line="66" />
            <source>Fieldcase's data files (schemas, frameworks, fonts) are missing from this installation. Reinstall Fieldcase.</source>
            <translation>Faltan en esta instalación los archivos de datos de Fieldcase (esquemas, marcos, fuentes). Reinstale Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/hq.py" line="196" />
            <source>Give the grouping's countries: --countries XTV:Tarvessa,XTW:Morvane</source>
            <translation>Indique los países de la agrupación: --countries XTV:Tarvessa,XTW:Morvane</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/assess.py" line="61" />
            <source>Give the month to assess: fieldcase assess --period YYYY-MM</source>
            <translation>Indique el mes que desea evaluar: fieldcase assess --period YYYY-MM</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="322" />
            <source>Give the user name (--user NAME): this HQ directory has several users.</source>
            <translation>Indique el nombre de usuario (--user NOMBRE): este directorio de la sede tiene varios usuarios.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="48" />
            <source>HQ acknowledges a package this workspace did not send.</source>
            <translation>La sede acusa recibo de un paquete que este espacio de trabajo no envió.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="66" />
            <source>HQ has not acknowledged one of this record's attachments yet: nothing was purged.</source>
            <translation>La sede aún no ha acusado recibo de uno de los adjuntos de este registro: no se purgó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="89" />
            <source>HQ has not acknowledged this attachment yet: it was not purged.</source>
            <translation>La sede aún no ha acusado recibo de este adjunto: no se purgó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="60" />
            <source>HQ has not acknowledged this record's latest revision yet: it was not purged (push, let HQ import, then pull).</source>
            <translation>La sede aún no ha acusado recibo de la última revisión de este registro: no se purgó (envíe, deje que la sede importe y luego reciba).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="40" />
            <source>HQ replies do not carry attachments.</source>
            <translation>Las respuestas de la sede no llevan adjuntos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="199" />
            <source>Invalid attachment id.</source>
            <translation>Identificador de adjunto no válido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="309" />
            <source>Invalid attachment size.</source>
            <translation>Tamaño de adjunto no válido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="52" />
            <source>It was signed by a key that is not enrolled for {who}.</source>
            <translation>Se firmó con una clave que no está inscrita para {who}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="60" />
            <source>Its signature by {who} does not verify: the content was changed after signing, or it was not signed by that key.</source>
            <translation>Su firma por {who} no se verifica: el contenido se modificó después de firmarse o no lo firmó esa clave.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="169" />
            <source>Kind: give person or incident.</source>
            <translation>Tipo: indique person (persona) o incident (incidente).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="87" />
            <source>Line {line} of the gazetteer file: the {column} (the unit's name) is empty.</source>
            <translation>Línea {line} del archivo del nomenclátor: la columna {column} (el nombre de la unidad) está vacía.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="84" />
            <source>Line {line} of the gazetteer file: the {column} must be a P-code (two or three capital letters, then digits, e.g. SY0203).</source>
            <translation>Línea {line} del archivo del nomenclátor: la columna {column} debe ser un código P (dos o tres mayúsculas y después cifras, p. ej. SY0203).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="212" />
            <source>Link: give the link's id (or at least its first 6 characters).</source>
            <translation>Vínculo: indique el identificador del vínculo (o al menos sus 6 primeros caracteres).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="217" />
            <source>Link: that id prefix matches several links; give more characters.</source>
            <translation>Vínculo: ese prefijo de identificador coincide con varios vínculos; indique más caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="215" />
            <source>Link: there is no link with that id in this store.</source>
            <translation>Vínculo: no hay ningún vínculo con ese identificador en este almacén.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="347" />
            <source>Mechanism reference: {reason}.</source>
            <translation>Referencia del mecanismo: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="91" />
            <source>No S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_REGION, AWS_ENDPOINT_URL for a server other than AWS), or AWS_PROFILE.</source>
            <translation>No hay credenciales S3: defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY (y AWS_REGION, AWS_ENDPOINT_URL para un servidor distinto de AWS), o AWS_PROFILE.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="279" />
            <source>No action point with id {prefix}.</source>
            <translation>No hay ningún punto de acción con el identificador {prefix}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="464" />
            <source>No attachment with id {attachment_id} in this workspace.</source>
            <translation>No hay ningún adjunto con el identificador {attachment_id} en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="651" />
            <source>No attachment with id {attachment_id}.</source>
            <translation>No hay ningún adjunto con el identificador {attachment_id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="74" />
            <source>No officer with workspace id {id} is enrolled here.</source>
            <translation>Aquí no hay inscrito ningún oficial con el identificador de espacio de trabajo {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/prompts.py" line="36" />
            <source>No passphrase given: set {pass_env} or run in a terminal to be asked.</source>
            <translation>No se indicó la frase de contraseña: defina {pass_env} o ejecute el comando en una terminal para que se le pida.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="487" />
            <source>No record with id {prefix} in this workspace.</source>
            <translation>No hay ningún registro con el identificador {prefix} en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="501" />
            <source>No record with id {record_id} at revision {rev}.</source>
            <translation>No hay ningún registro con el identificador {record_id} en la versión {rev}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="502" />
            <source>No record with id {record_id}.</source>
            <translation>No hay ningún registro con el identificador {record_id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="154" />
            <source>No records for region {region} in the six months up to {period}; check the admin-1 P-code (see `fieldcase list`).</source>
            <translation>No hay registros de la región {region} en los seis meses hasta {period}; compruebe el código P de nivel admin. 1 (véase `fieldcase list`).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="85" />
            <source>No shares were given: nothing was recovered.</source>
            <translation>No se dio ninguna parte: no se recuperó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/hq_users.py" line="139" />
            <source>No single record matches {prefix} among those you may list.</source>
            <translation>Ningún registro único coincide con {prefix} entre los que puede listar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="32" />
            <source>Not enough shares to recover the recovery key.</source>
            <translation>No hay suficientes partes para recuperar la clave de recuperación.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="88" />
            <source>Not enough shares: {need} different shares are needed, {have} were given (nothing was recovered).</source>
            <translation>Partes insuficientes: partes distintas necesarias: {need}; partes dadas: {have} (no se recuperó nada).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/wipe.py" line="35" />
            <source>Nothing was deleted: confirm with --yes, or run in a terminal to be asked.</source>
            <translation>No se borró nada: confirme con --yes, o ejecútelo en un terminal para que se le pregunte.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="74" />
            <source>Only ECDSA P-256 officer keys are issued certificates.</source>
            <translation>Solo se emiten certificados para claves de oficial ECDSA P-256.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="72" />
            <source>Override: give one of A, B, C, D, E, F or none (does not qualify).</source>
            <translation>Corrección: indique A, B, C, D, E, F o none (no se ajusta).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="325" />
            <source>Package member {name} does not hold the signed items.</source>
            <translation>El miembro {name} del paquete no contiene los elementos firmados.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="319" />
            <source>Package member {name} is missing or does not match its signed hash.</source>
            <translation>El miembro {name} del paquete falta o no coincide con su hash firmado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="322" />
            <source>Package member {name} is not an item list.</source>
            <translation>El miembro {name} del paquete no es una lista de elementos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="113" />
            <source>Packages {first}..{last} from this sender have not arrived yet; sequence {sequence} is held until they do.</source>
            <translation>Los paquetes {first} a {last} de este remitente aún no han llegado; la secuencia {sequence} queda en espera hasta que lleguen.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="82" />
            <source>Period: {reason}.</source>
            <translation>Período: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="97" />
            <source>Pull stopped; the replies already applied stay applied, pull again for the rest.</source>
            <translation>Recogida detenida; las respuestas ya aplicadas siguen aplicadas, vuelva a recoger para el resto.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="228" />
            <source>Push cancelled; what was uploaded stays, run it again to go on.</source>
            <translation>Envío cancelado; lo subido permanece, vuelva a ejecutarlo para continuar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="77" />
            <source>Rationale: at most {max_rationale} characters.</source>
            <translation>Fundamento: como máximo {max_rationale} caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="75" />
            <source>Rationale: say why the derived type does not fit this act (it goes into the audit log).</source>
            <translation>Fundamento: explique por qué el tipo deducido no corresponde a este acto (consta en el registro de auditoría).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="250" />
            <source>Rationale: {reason}.</source>
            <translation>Fundamento: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="104" />
            <source>Reason: at most {max_reason} characters.</source>
            <translation>Motivo: {max_reason} caracteres como máximo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="102" />
            <source>Reason: say why these two are the same (it goes into the audit log).</source>
            <translation>Motivo: indique por qué estos dos son los mismos (queda en el registro de auditoría).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="121" />
            <source>Record {record_id} was changed elsewhere since revision {base} ({where}); nothing was saved. Open it again and redo the change on the current revision.</source>
            <translation>El registro {record_id} se modificó en otro lugar desde la versión {base} ({where}); no se guardó nada. Ábralo de nuevo y rehaga el cambio sobre la versión actual.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="69" />
            <source>Refusing to open a store without a key.</source>
            <translation>Se rechaza abrir un almacén sin clave.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="87" />
            <source>Region: {region!r} is not an admin-1 P-code (e.g. XT02).</source>
            <translation>Región: {region!r} no es un código P de nivel admin. 1 (p. ej. XT02).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="318" />
            <source>Risk area: {risk_area!r} is not a risk area.</source>
            <translation>Ámbito de riesgo: {risk_area!r} no es un ámbito de riesgo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="111" />
            <source>S3 over plain http is refused (credentials and metadata would travel in the clear); use an https:// endpoint.</source>
            <translation>Se rechaza S3 por http simple (las credenciales y los metadatos viajarían sin cifrar); use un punto de acceso https://.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/purge.py" line="35" />
            <source>Say what to purge: record ids, --attachment ID, --acknowledged, --retention or --list.</source>
            <translation>Indique qué purgar: identificadores de registros, --attachment ID, --acknowledged, --retention o --list.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/fleet.py" line="120" />
            <source>Say what to recover into: --identity-out FILE and/or --new-dir DIR.</source>
            <translation>Indique el destino de la recuperación: --identity-out ARCHIVO y/o --new-dir DIRECTORIO.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="109" />
            <source>Sequence {sequence} is not newer than the last accepted ({in_sequence}): a replayed or rolled-back package.</source>
            <translation>La secuencia {sequence} no es posterior a la última aceptada ({in_sequence}): un paquete repetido o revertido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="138" />
            <source>Set the workspace's country first (Settings, or --country XXX): the gazetteer is kept per country.</source>
            <translation>Defina primero el país del espacio de trabajo (Configuración, o --country XXX): el nomenclátor se guarda por país.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="67" />
            <source>That is not a PEM certificate signing request.</source>
            <translation>No es una solicitud de firma de certificado PEM.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="152" />
            <source>That is not a PEM certificate.</source>
            <translation>No es un certificado PEM.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="281" />
            <source>That is not a recovery key: it should be 36 letters and digits in groups of four.</source>
            <translation>No es una clave de recuperación: debe tener 36 letras y dígitos en grupos de cuatro.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="305" />
            <source>That recovery key does not belong to this workspace.</source>
            <translation>Esa clave de recuperación no pertenece a este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="89" />
            <source>The AWS profile could not be read ({reason}).</source>
            <translation>No se pudo leer el perfil de AWS ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="306" />
            <source>The CSV file has a cell that is too long; nothing was imported.</source>
            <translation>El archivo CSV tiene una celda demasiado larga; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="277" />
            <source>The CSV header has columns Fieldcase does not know; nothing was imported.</source>
            <translation>El encabezado CSV tiene columnas que Fieldcase no conoce; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="282" />
            <source>The CSV header names a column twice; nothing was imported.</source>
            <translation>El encabezado CSV nombra dos veces una columna; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/pg.py" line="206" />
            <source>The HQ database could not be opened ({reason}). Check that the PostgreSQL server is running and that the user can connect (PGPASSWORD or ~/.pgpass).</source>
            <translation>No se pudo abrir la base de datos de la sede ({reason}). Compruebe que el servidor PostgreSQL está en marcha y que el usuario puede conectarse (PGPASSWORD o ~/.pgpass).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="47" />
            <source>The HQ database could not be {action} ({reason}); nothing was changed.</source>
            <translation>No se pudo realizar la operación en la base de datos de la sede ({action}: {reason}); no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="115" />
            <source>The HQ database is not open with its key; nothing was written.</source>
            <translation>La base de datos de la sede no está abierta con su clave; no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="151" />
            <source>The HQ directory has no certificate authority; it may be damaged.</source>
            <translation>El directorio de la sede no tiene autoridad de certificación; puede estar dañado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="157" />
            <source>The HQ directory has no keyset; it may be damaged.</source>
            <translation>El directorio de la sede no tiene conjunto de claves; puede estar dañado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/compartments.py" line="63" />
            <source>The HQ directory has no {level} compartment yet: a reviewer or analyst opens the HQ once (or imports) to make it.</source>
            <translation>El directorio de la sede aún no tiene compartimento {level}: un revisor o analista abre la sede una vez (o importa) para crearlo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_access.py" line="74" />
            <source>The HQ directory is locked.</source>
            <translation>El directorio de la sede está bloqueado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="94" />
            <source>The HQ key bundle has expired: refused (HQ must sign a new one).</source>
            <translation>El lote de claves de la sede caducó: rechazado (la sede debe firmar uno nuevo).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="57" />
            <source>The HQ key bundle has no valid expiry date.</source>
            <translation>El lote de claves de la sede no tiene una fecha de caducidad válida.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="83" />
            <source>The HQ key bundle has no valid version.</source>
            <translation>El lote de claves de la sede no tiene una versión válida.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="105" />
            <source>The HQ key bundle is malformed or for another HQ.</source>
            <translation>El lote de claves de la sede está mal formado o es de otra sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="85" />
            <source>The HQ key bundle is older than the one installed here (a rollback): refused.</source>
            <translation>El lote de claves de la sede es más antiguo que el instalado aquí (una reversión): rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="71" />
            <source>The HQ key bundle is signed by another root key than the one this workspace trusts: refused.</source>
            <translation>El lote de claves de la sede está firmado por una clave raíz distinta de la que este espacio de trabajo reconoce: rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="101" />
            <source>The HQ key bundle lists a recipient as both active and retired.</source>
            <translation>El lote de claves de la sede indica un destinatario como activo y retirado a la vez.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="111" />
            <source>The HQ key bundle lists no recipients.</source>
            <translation>El lote de claves de la sede no incluye destinatarios.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="88" />
            <source>The HQ key bundle reuses the version of the installed one with other content: refused.</source>
            <translation>El lote de claves de la sede reutiliza la versión del instalado con otro contenido: rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="103" />
            <source>The HQ key bundle's revocation list is malformed.</source>
            <translation>La lista de revocación del lote de claves de la sede está mal formada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="77" />
            <source>The HQ key bundle's root signature does not verify (forged or altered): refused.</source>
            <translation>La firma raíz del lote de claves de la sede no se verifica (falsificada o alterada): rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="80" />
            <source>The HQ key bundle's signature is not in a format Fieldcase knows.</source>
            <translation>La firma del lote de claves de la sede no está en un formato que Fieldcase conozca.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="58" />
            <source>The HQ keyset is of a format this Fieldcase does not know.</source>
            <translation>El conjunto de claves de la sede tiene un formato que este Fieldcase no conoce.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="213" />
            <source>The HQ users file is damaged (a key sent to a user does not open).</source>
            <translation>El archivo de usuarios de la sede está dañado (una clave enviada a un usuario no se abre).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="121" />
            <source>The HQ users file is damaged (a key sent to a user is malformed).</source>
            <translation>El archivo de usuarios de la sede está dañado (una clave enviada a un usuario está mal formada).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="156" />
            <source>The HQ users file is damaged (a user's key slot is malformed).</source>
            <translation>El archivo de usuarios de la sede está dañado (la ranura de clave de un usuario está mal formada).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="133" />
            <source>The JSON file is malformed; nothing was imported.</source>
            <translation>El archivo JSON está mal formado; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="143" />
            <source>The JSON file must hold an array of records.</source>
            <translation>El archivo JSON debe contener una matriz de registros.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="103" />
            <source>The S3 endpoint must be an https:// URL.</source>
            <translation>El punto de acceso S3 debe ser una URL https://.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="153" />
            <source>The S3 server answered {code} for {target}; run the sync again to resume.</source>
            <translation>El servidor S3 respondió {code} para {target}; vuelva a sincronizar para reanudar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="156" />
            <source>The S3 server of {target} could not be reached ({reason}); run the sync again to resume.</source>
            <translation>No se pudo contactar con el servidor S3 de {target} ({reason}); vuelva a sincronizar para reanudar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="151" />
            <source>The S3 server refused the credentials for {target} ({code}).</source>
            <translation>El servidor S3 rechazó las credenciales para {target} ({code}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="106" />
            <source>The S3 target {name} has no credentials; add it again.</source>
            <translation>El destino S3 {name} no tiene credenciales; vuelva a añadirlo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cipher.py" line="18" />
            <source>The SQLite library loaded is not SQLCipher; Fieldcase refuses to store case files unencrypted.</source>
            <translation>La biblioteca SQLite cargada no es SQLCipher; Fieldcase se niega a guardar expedientes sin cifrar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="106" />
            <source>The WebDAV listing is too large.</source>
            <translation>El listado WebDAV es demasiado grande.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="111" />
            <source>The WebDAV server sent a listing that is not valid XML.</source>
            <translation>El servidor WebDAV envió un listado que no es XML válido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="95" />
            <source>The WebDAV server {server} answered {status} to {method}.</source>
            <translation>El servidor WebDAV {server} respondió {status} a {method}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="80" />
            <source>The WebDAV server {server} could not be reached ({error}).</source>
            <translation>No se pudo contactar con el servidor WebDAV {server} ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="94" />
            <source>The WebDAV server {server} is full (507).</source>
            <translation>El servidor WebDAV {server} está lleno (507).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="91" />
            <source>The WebDAV server {server} refused the user name or password ({status}).</source>
            <translation>El servidor WebDAV {server} rechazó el nombre de usuario o la contraseña ({status}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="393" />
            <source>The attachment could not be stored ({reason}); nothing was stored.</source>
            <translation>No se pudo guardar el adjunto ({reason}); no se guardó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/audit.py" line="150" />
            <source>The audit log does not verify at entry {entry}: history was altered or entries are missing.</source>
            <translation>El registro de auditoría no se verifica en la entrada {entry}: el historial se alteró o faltan entradas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="149" />
            <source>The bucket of {target} does not exist.</source>
            <translation>El bucket de {target} no existe.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="73" />
            <source>The bundle's validity must be 1 to 3650 days.</source>
            <translation>La validez del lote debe ser de 1 a 3650 días.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="161" />
            <source>The certificate does not allow document signing (it needs digitalSignature and nonRepudiation).</source>
            <translation>El certificado no permite firmar documentos (requiere digitalSignature y nonRepudiation).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="154" />
            <source>The certificate is for a different key than this workspace's signing key; it was not installed.</source>
            <translation>El certificado corresponde a otra clave distinta de la clave de firma de este espacio de trabajo; no se instaló.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="165" />
            <source>The certificate is not valid now (check its dates and this device's clock).</source>
            <translation>El certificado no es válido ahora (compruebe sus fechas y el reloj de este dispositivo).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="75" />
            <source>The certificate is not valid now (expired or not yet valid; check the clock).</source>
            <translation>El certificado no es válido ahora (caducado o aún no válido; compruebe el reloj).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="71" />
            <source>The certificate was not issued by HQ's certificate authority.</source>
            <translation>El certificado no fue emitido por la autoridad de certificación de la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="134" />
            <source>The certificate was not issued by the certificate given as its issuer.</source>
            <translation>El certificado no fue emitido por el certificado indicado como su emisor.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="138" />
            <source>The certificate's signature does not verify against its issuer.</source>
            <translation>La firma del certificado no se verifica con su emisor.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="361" />
            <source>The classification marking must be 1 to 60 characters.</source>
            <translation>La marca de clasificación debe tener de 1 a 60 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="249" />
            <source>The complete list needs a file of its own, not the briefing's; nothing was written.</source>
            <translation>La lista completa necesita un archivo propio, no el de la nota; no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/duress.py" line="76" />
            <source>The current passphrase is wrong; nothing was changed.</source>
            <translation>La frase de contraseña actual es incorrecta; no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="365" />
            <source>The database already holds tables; an HQ store needs a new, empty database. Nothing was changed.</source>
            <translation>La base de datos ya contiene tablas; un almacén de la sede necesita una base de datos nueva y vacía. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="390" />
            <source>The disk is full: the attachment was not stored and the workspace is unchanged. Free some space and try again.</source>
            <translation>El disco está lleno: el adjunto no se guardó y el espacio de trabajo no cambió. Libere espacio e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="51" />
            <source>The disk is full: the change was not saved and the workspace is unchanged. Free some space and try again.</source>
            <translation>El disco está lleno: el cambio no se guardó y el espacio de trabajo no cambió. Libere espacio e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/fsutil.py" line="67" />
            <source>The disk is full: {what} could not be written. Nothing was changed; free some space and try again.</source>
            <translation>El disco está lleno: no se pudo escribir {what}. No se modificó nada; libere espacio e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="167" />
            <source>The download from {server} was interrupted ({error}).</source>
            <translation>La descarga desde {server} se interrumpió ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/duress.py" line="113" />
            <source>The duress passphrase is too short: use at least 8 characters.</source>
            <translation>La frase de contraseña de coacción es demasiado corta: use al menos 8 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/duress.py" line="115" />
            <source>The duress passphrase must differ from the passphrase; nothing was changed.</source>
            <translation>La frase de contraseña de coacción debe ser distinta de la frase de contraseña; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cipher.py" line="23" />
            <source>The encryption library loaded is SQLCipher {version}, not SQLCipher 4; Fieldcase refuses to open case files with it. Reinstall Fieldcase.</source>
            <translation>La biblioteca de cifrado cargada es SQLCipher {version}, no SQLCipher 4; Fieldcase se niega a abrir expedientes con ella. Reinstale Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="77" />
            <source>The enrolment file names no certificate authority.</source>
            <translation>El archivo de inscripción no indica ninguna autoridad de certificación.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="154" />
            <source>The enrolment file's CA fingerprint is not the one you expected; it was refused.</source>
            <translation>La huella digital de la autoridad de certificación del archivo de inscripción no es la esperada; se rechazó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="162" />
            <source>The enrolment file's root key fingerprint is not the one you expected; it was refused.</source>
            <translation>La huella de la clave raíz del archivo de inscripción no es la que esperaba; se rechazó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="67" />
            <source>The enrolment request carries no age recipient.</source>
            <translation>La solicitud de inscripción no incluye ningún destinatario age.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="62" />
            <source>The enrolment request is incomplete.</source>
            <translation>La solicitud de inscripción está incompleta.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="65" />
            <source>The enrolment request's CSR is not for the key that signed it.</source>
            <translation>La CSR de la solicitud de inscripción no corresponde a la clave que la firmó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="102" />
            <source>The escrow file is not a Fieldcase HQ escrow file.</source>
            <translation>El archivo de depósito no es un archivo de depósito de sede de Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="127" />
            <source>The escrow file {path} cannot be read.</source>
            <translation>No se puede leer el archivo de depósito {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="87" />
            <source>The field {field} can be taken from one side, not typed.</source>
            <translation>El campo {field} se puede tomar de un lado, no escribir.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="93" />
            <source>The field {field} is the same on both sides: there is nothing to choose.</source>
            <translation>El campo {field} es igual en ambos lados: no hay nada que elegir.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="36" />
            <source>The file is larger than 20 MB; split it.</source>
            <translation>El archivo supera los 20 MB; divídalo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="40" />
            <source>The file is not UTF-8 text; save it as UTF-8 CSV or JSON.</source>
            <translation>El archivo no es texto UTF-8; guárdelo como CSV o JSON UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="210" />
            <source>The file to attach could not be read ({reason}).</source>
            <translation>No se pudo leer el archivo que se desea adjuntar ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="387" />
            <source>The file to attach could not be read ({reason}); nothing was stored.</source>
            <translation>No se pudo leer el archivo que se desea adjuntar ({reason}); no se guardó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="34" />
            <source>The file {name} does not exist.</source>
            <translation>El archivo {name} no existe.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="246" />
            <source>The folder {folder} does not exist; nothing was written.</source>
            <translation>La carpeta {folder} no existe; no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="93" />
            <source>The gazetteer file has a header but no units.</source>
            <translation>El archivo del nomenclátor tiene encabezado pero ninguna unidad.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="66" />
            <source>The gazetteer file has no P-code column: expected the COD-AB columns ADM1_PCODE and ADM1_EN (and ADM2_PCODE, ADM2_EN for districts).</source>
            <translation>El archivo del nomenclátor no tiene columna de código P: se esperaban las columnas COD-AB ADM1_PCODE y ADM1_EN (y ADM2_PCODE, ADM2_EN para los distritos).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="70" />
            <source>The gazetteer file has {pcode} but no name column for that level: expected {name} (or the name in another language, such as ADM{level}_FR).</source>
            <translation>El archivo del nomenclátor tiene {pcode} pero ninguna columna de nombre para ese nivel: se esperaba {name} (o el nombre en otro idioma, como ADM{level}_FR).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="61" />
            <source>The gazetteer file is empty: expected a COD-AB table with a header row (ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN, …).</source>
            <translation>El archivo del nomenclátor está vacío: se esperaba una tabla COD-AB con una fila de encabezado (ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN, …).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="124" />
            <source>The gazetteer file is larger than 50 MB; a COD-AB table is a few MB at most.</source>
            <translation>El archivo del nomenclátor supera los 50 MB; una tabla COD-AB ocupa unos pocos MB como mucho.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="131" />
            <source>The gazetteer file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”.</source>
            <translation>El archivo del nomenclátor no es texto UTF-8: guárdelo desde la hoja de cálculo como «CSV UTF-8».</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="127" />
            <source>The gazetteer file {name} could not be read.</source>
            <translation>No se pudo leer el archivo del nomenclátor {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="281" />
            <source>The id prefix {prefix} matches several action points; give more characters.</source>
            <translation>El prefijo de identificador {prefix} coincide con varios puntos de acción; indique más caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="489" />
            <source>The id prefix {prefix} matches several records; give more characters.</source>
            <translation>El prefijo de identificador {prefix} coincide con varios registros; indique más caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="102" />
            <source>The identity file holds no age secret key (AGE-SECRET-KEY-1...).</source>
            <translation>El archivo de identidad no contiene ninguna clave secreta de age (AGE-SECRET-KEY-1...).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/workspace_frameworks.py" line="30" />
            <source>The installed framework {framework_id} release {release} does not match its SHA-256; the store is damaged. Nothing was changed.</source>
            <translation>El marco instalado {framework_id}, versión {release}, no coincide con su SHA-256; el almacén está dañado. No se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="289" />
            <source>The key file's seal does not verify: workspace.json was edited or damaged, so a rollback of the store cannot be ruled out. Writes are stopped.</source>
            <translation>El sello del archivo de claves no se verifica: workspace.json se editó o dañó, así que no se puede descartar una reversión del almacén. Las escrituras se detienen.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/matches.py" line="176" />
            <source>The kind must be one of: {choices}.</source>
            <translation>El tipo debe ser uno de: {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/matches.py" line="178" />
            <source>The limit must be a whole number of at least 1.</source>
            <translation>El límite debe ser un número entero de al menos 1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="157" />
            <source>The mapping file {file} does not exist.</source>
            <translation>El archivo de correspondencia {file} no existe.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="204" />
            <source>The mapping file {file} does not fit the form; nothing was imported.</source>
            <translation>El archivo de correspondencia {file} no se ajusta al formulario; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="196" />
            <source>The mapping file {file} has problems; nothing was imported.</source>
            <translation>El archivo de correspondencia {file} tiene problemas; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="159" />
            <source>The mapping file {file} is not readable JSON.</source>
            <translation>El archivo de correspondencia {file} no es JSON legible.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="124" />
            <source>The mapping file {file} is not valid JSON.</source>
            <translation>El archivo de correspondencia {file} no es JSON válido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="133" />
            <source>The mapping file {file} must be a JSON object with "format": "fieldcase-xlsform-mapping/1".</source>
            <translation>El archivo de correspondencia {file} debe ser un objeto JSON con "format": "fieldcase-xlsform-mapping/1".</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="161" />
            <source>The mapping file {file} must hold a JSON object (see the README).</source>
            <translation>El archivo de correspondencia {file} debe contener un objeto JSON (véase el README).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/security.py" line="30" />
            <source>The new passphrase is the same as the current one; nothing was changed.</source>
            <translation>La nueva frase de contraseña es igual a la actual; no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="450" />
            <source>The new passphrase is too short: use at least 8 characters.</source>
            <translation>La nueva frase de contraseña es demasiado corta: use al menos 8 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="102" />
            <source>The number of days must be 0 or more.</source>
            <translation>El número de días debe ser 0 o más.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/session.py" line="108" />
            <source>The number of failed unlocks must be between 1 and {most}.</source>
            <translation>El número de desbloqueos fallidos debe estar entre 1 y {most}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="95" />
            <source>The package comes from a device HQ revoked, from a sequence at or after its revocation point: refused.</source>
            <translation>El paquete procede de un dispositivo revocado por la sede, con una secuencia igual o posterior a su punto de revocación: rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="92" />
            <source>The package could not be copied to {folder} ({reason}); run the push again to resume.</source>
            <translation>No se pudo copiar el paquete en {folder} ({reason}); vuelva a enviar para reanudar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="297" />
            <source>The package does not end with its signed manifest.</source>
            <translation>El paquete no termina con su manifiesto firmado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="117" />
            <source>The package does not follow the last accepted package from this sender (its previous-package hash differs): refused.</source>
            <translation>El paquete no sigue al último paquete aceptado de este remitente (el hash del paquete anterior difiere): rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="133" />
            <source>The package file ended early while uploading.</source>
            <translation>El archivo del paquete terminó antes de tiempo durante la subida.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="163" />
            <source>The package has data after its end.</source>
            <translation>El paquete tiene datos después de su final.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="107" />
            <source>The package has no valid sequence number.</source>
            <translation>El paquete no tiene un número de secuencia válido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="176" />
            <source>The package holds an entry Fieldcase does not make.</source>
            <translation>El paquete contiene una entrada que Fieldcase no genera.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="245" />
            <source>The package holds an entry larger than allowed.</source>
            <translation>El paquete contiene una entrada mayor de lo permitido.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="333" />
            <source>The package holds entries its manifest does not list.</source>
            <translation>El paquete contiene entradas que su manifiesto no enumera.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="241" />
            <source>The package holds the same entry twice.</source>
            <translation>El paquete contiene dos veces la misma entrada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="179" />
            <source>The package holds too many entries.</source>
            <translation>El paquete contiene demasiadas entradas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="293" />
            <source>The package is damaged or was tampered with: decryption failed (age authenticates every 64 KiB).</source>
            <translation>El paquete está dañado o fue manipulado: el descifrado falló (age autentica cada bloque de 64 KiB).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="81" />
            <source>The package is encrypted: give the recipient's age identity file (--identity).</source>
            <translation>El paquete está cifrado: indique el archivo de identidad age del destinatario (--identity).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="248" />
            <source>The package is larger than one import may hold.</source>
            <translation>El paquete es mayor de lo que puede contener una importación.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="279" />
            <source>The package is longer than when it was made: it was changed.</source>
            <translation>El paquete es más largo que cuando se creó: fue modificado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="229" />
            <source>The package is not addressed to this store.</source>
            <translation>El paquete no está dirigido a este almacén.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="291" />
            <source>The package is not encrypted to any key held here (or its age header was changed).</source>
            <translation>El paquete no está cifrado para ninguna clave que se tenga aquí (o se modificó su encabezado age).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="190" />
            <source>The package is truncated (its archive ends early).</source>
            <translation>El paquete está truncado (su archivo comprimido termina antes de tiempo).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="277" />
            <source>The package is truncated: it has {actual} of its {size} bytes (an interrupted copy?).</source>
            <translation>El paquete está truncado: tiene {actual} de sus {size} bytes (¿una copia interrumpida?).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="302" />
            <source>The package manifest is of a format this Fieldcase does not know.</source>
            <translation>El manifiesto del paquete tiene un formato que este Fieldcase no conoce.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="311" />
            <source>The package manifest lists no members.</source>
            <translation>El manifiesto del paquete no enumera ningún miembro.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="337" />
            <source>The package manifest's attachment list is malformed.</source>
            <translation>La lista de adjuntos del manifiesto del paquete está mal formada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="390" />
            <source>The package would contain the name of a person who did not consent to be named (or, with strict redaction, an exact place); nothing was written. Please report this as a bug.</source>
            <translation>El paquete contendría el nombre de una persona que no consintió en ser nombrada (o, con ocultación estricta, un lugar exacto); no se escribió nada. Notifique este error.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="174" />
            <source>The package's archive is malformed (a bad header).</source>
            <translation>El archivo comprimido del paquete está mal formado (un encabezado incorrecto).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="170" />
            <source>The package's archive is malformed (a gap in it).</source>
            <translation>El archivo comprimido del paquete está mal formado (tiene un hueco).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="224" />
            <source>The package's sender is not enrolled here (unknown sender or signing key): refused.</source>
            <translation>El remitente del paquete no está inscrito aquí (remitente o clave de firma desconocidos): rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="262" />
            <source>The passphrase is too short: use at least 8 characters (a few unrelated words are best).</source>
            <translation>La frase de contraseña es demasiado corta: use al menos 8 caracteres (lo mejor son unas cuantas palabras sin relación entre sí).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/wipe.py" line="72" />
            <source>The quick delete could not destroy the key file ({reason}); nothing else was touched. Delete the folder by hand.</source>
            <translation>El borrado rápido no pudo destruir el archivo de claves ({reason}); no se tocó nada más. Elimine la carpeta a mano.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/wipe.py" line="97" />
            <source>The quick delete stopped part-way ({reason}); the key slots were destroyed first, so the passphrase no longer opens the workspace. Remove the folder by hand.</source>
            <translation>El borrado rápido se detuvo a medias ({reason}); las ranuras de claves se destruyeron primero, así que la frase de contraseña ya no abre el espacio de trabajo. Elimine la carpeta a mano.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="112" />
            <source>The recipient must be an age public key (age1...).</source>
            <translation>El destinatario debe ser una clave pública de age (age1...).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="45" />
            <source>The recommendations file has errors; nothing was imported.</source>
            <translation>El archivo de recomendaciones tiene errores; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="47" />
            <source>The recommendations file holds no rows; nothing was imported.</source>
            <translation>El archivo de recomendaciones no contiene filas; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/session.py" line="93" />
            <source>The record of failed unlock attempts was altered or removed since the last unlock: someone may have tried passphrases on this workspace.</source>
            <translation>El registro de intentos de desbloqueo fallidos se alteró o eliminó desde el último desbloqueo: alguien puede haber probado frases de contraseña en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="285" />
            <source>The recovery key has a typo: its check group does not match.</source>
            <translation>La clave de recuperación tiene un error tipográfico: su grupo de control no coincide.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/recovery_key.py" line="25" />
            <source>The recovery key was already shown once. To make a new one (the old one then stops working), run: fieldcase recovery-key --replace</source>
            <translation>La clave de recuperación ya se mostró una vez. Para crear una nueva (la anterior dejará de funcionar), ejecute: fieldcase recovery-key --replace</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="106" />
            <source>The redaction must be one of {choices}.</source>
            <translation>La ocultación debe ser una de estas: {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="122" />
            <source>The retention must be 0 to 3650 days.</source>
            <translation>La conservación debe ser de 0 a 3650 días.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/purge.py" line="61" />
            <source>The retention must be a number of days or 'off'.</source>
            <translation>La conservación debe ser un número de días u 'off'.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="81" />
            <source>The revocation sequence must be 1 or more.</source>
            <translation>La secuencia de revocación debe ser 1 o más.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="63" />
            <source>The root key file could not be opened: wrong root passphrase, or not a Fieldcase root key.</source>
            <translation>No se pudo abrir el archivo de clave raíz: frase de contraseña raíz incorrecta, o no es una clave raíz de Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="66" />
            <source>The root key file does not hold an Ed25519 root key.</source>
            <translation>El archivo de clave raíz no contiene una clave raíz Ed25519.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="59" />
            <source>The root key file {path} cannot be read.</source>
            <translation>No se puede leer el archivo de clave raíz {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="36" />
            <source>The root key passphrase must be at least {n} characters.</source>
            <translation>La frase de contraseña de la clave raíz debe tener al menos {n} caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="131" />
            <source>The sender's audit log entries do not continue its hash chain.</source>
            <translation>Las entradas del registro de auditoría del remitente no continúan su cadena de hashes.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="36" />
            <source>The shares do not belong to one split (or one is given twice).</source>
            <translation>Las partes no pertenecen a una misma división (o una se dio dos veces).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="93" />
            <source>The shares do not belong to one split (or one is given twice): nothing was recovered.</source>
            <translation>Las partes no pertenecen a una misma división (o una se dio dos veces): no se recuperó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="99" />
            <source>The shares do not open this escrow file (another split, or the file was changed): nothing was recovered.</source>
            <translation>Las partes no abren este archivo de depósito (otra división, o el archivo se modificó): no se recuperó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="39" />
            <source>The signature block is not in a format Fieldcase knows.</source>
            <translation>El bloque de firma no tiene un formato que Fieldcase conozca.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="28" />
            <source>The signing key is not an ECDSA P-256 key.</source>
            <translation>La clave de firma no es una clave ECDSA P-256.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="69" />
            <source>The signing request's own signature does not verify.</source>
            <translation>La propia firma de la solicitud de firma no se verifica.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="54" />
            <source>The store could not be written ({reason}); nothing was changed.</source>
            <translation>No se pudo escribir en el almacén ({reason}); no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="71" />
            <source>The store is locked.</source>
            <translation>El almacén está bloqueado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/migrate.py" line="52" />
            <source>The store's schema is from a newer or unknown version of Fieldcase ({reason}); it was left untouched.</source>
            <translation>El esquema del almacén es de una versión más reciente o desconocida de Fieldcase ({reason}); no se tocó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="57" />
            <source>The stored signing key is not an ECDSA key.</source>
            <translation>La clave de firma guardada no es una clave ECDSA.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="49" />
            <source>The sync folder {folder} cannot be read ({reason}).</source>
            <translation>No se puede leer la carpeta de sincronización {folder} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="18" />
            <source>The threshold must be at least 2 and at most the number of shares (at most 16).</source>
            <translation>El umbral debe ser como mínimo 2 y como máximo el número de partes (como máximo 16).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="64" />
            <source>The threshold must be at least 2 and at most the number of shares (at most {max}).</source>
            <translation>El umbral debe ser como mínimo 2 y como máximo el número de partes (como máximo {max}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/prompts.py" line="50" />
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>Las dos frases de contraseña no coinciden; no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/fleet.py" line="74" />
            <source>The two passphrases differ; nothing was made.</source>
            <translation>Las dos frases de contraseña son distintas; no se creó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="141" />
            <source>The upload to {server} was interrupted ({error}); run the push again to resume.</source>
            <translation>La subida a {server} se interrumpió ({error}); vuelva a enviar para reanudar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="107" />
            <source>The workspace is locked.</source>
            <translation>El espacio de trabajo está bloqueado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="217" />
            <source>The workspace key file has no passphrase slot; it was left untouched.</source>
            <translation>El archivo de claves del espacio de trabajo no tiene ranura de frase de contraseña; se dejó intacto.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="117" />
            <source>The workspace key file is damaged (a key slot is malformed).</source>
            <translation>El archivo de claves del espacio de trabajo está dañado (una ranura de clave está mal formada).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="119" />
            <source>The workspace key file is damaged: a key slot was altered (its checksum does not match). It was left untouched.</source>
            <translation>El archivo de claves del espacio de trabajo está dañado: se alteró una ranura de clave (su suma de comprobación no coincide). Se dejó intacto.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="168" />
            <source>The workspace key file is damaged: its key-derivation parameters are missing, too weak or out of range. It was refused and left untouched.</source>
            <translation>El archivo de claves del espacio de trabajo está dañado: sus parámetros de derivación de claves faltan, son demasiado débiles o están fuera de rango. Se rechazó y se dejó intacto.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="220" />
            <source>The workspace key file is damaged: its passphrase slots disagree. It was left untouched.</source>
            <translation>El archivo de claves del espacio de trabajo está dañado: sus ranuras de frase de contraseña no concuerdan. Se dejó intacto.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="302" />
            <source>The workspace key file's recovery slot is malformed.</source>
            <translation>La ranura de recuperación del archivo de claves del espacio de trabajo está mal formada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="187" />
            <source>The workspace's attachment key is malformed.</source>
            <translation>La clave de adjuntos del espacio de trabajo está mal formada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="65" />
            <source>The {field} cannot be empty.</source>
            <translation>El campo {field} no puede estar vacío.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="115" />
            <source>The {field} is before the start date.</source>
            <translation>El campo {field} es anterior a la fecha de inicio.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/rmr.py" line="45" />
            <source>The {field} is too long (at most 6000 characters).</source>
            <translation>El campo {field} es demasiado largo (6000 caracteres como máximo).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="231" />
            <source>The {field} must be 1 to 64 printable characters.</source>
            <translation>El campo «{field}» debe tener de 1 a 64 caracteres imprimibles.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/pg.py" line="64" />
            <source>The {field} must be a PostgreSQL URL such as postgresql://user@host:5432/database.</source>
            <translation>El campo {field} debe ser una URL de PostgreSQL como postgresql://user@host:5432/database.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="85" />
            <source>The {field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
            <translation>El campo {field} debe ser una fecha con el formato AAAA, AAAA-MM o AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/rmr.py" line="19" />
            <source>The {field} must be a month written YYYY-MM.</source>
            <translation>El campo {field} debe ser un mes escrito AAAA-MM.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="115" />
            <source>The {field} must be a three-letter ISO 3166 code, such as SYR or XTV.</source>
            <translation>El campo {field} debe ser un código ISO 3166 de tres letras, como SYR o XTV.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/wipe.py" line="54" />
            <source>The {field} must be a whole number of attempts, or off.</source>
            <translation>El campo {field} debe ser un número entero de intentos, u off.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="73" />
            <source>The {field} must be a whole number.</source>
            <translation>El campo {field} debe ser un número entero.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="75" />
            <source>The {field} must be between 1 and 5.</source>
            <translation>El campo {field} debe estar entre 1 y 5.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="233" />
            <source>The {field} must be one of: {choices}.</source>
            <translation>El campo «{field}» debe ser uno de: {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/formats.py" line="59" />
            <source>The {what} is not a JSON object; it was refused.</source>
            <translation>{what}: no es un objeto JSON; se rechazó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/formats.py" line="57" />
            <source>The {what} is not valid JSON; it was refused.</source>
            <translation>{what}: no es JSON válido; se rechazó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="41" />
            <source>The {what} was altered (it is no longer in canonical form).</source>
            <translation>{what}: fue alterado (ya no está en forma canónica).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_users.py" line="90" />
            <source>There is already an HQ user named {user}; nothing was changed.</source>
            <translation>Ya existe un usuario de la sede llamado {user}; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="85" />
            <source>There is no attachment with this id.</source>
            <translation>No hay ningún adjunto con este identificador.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="107" />
            <source>There is no field {field} in a record.</source>
            <translation>No existe el campo {field} en un registro.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="143" />
            <source>There is no sync conflict {conflict}.</source>
            <translation>No existe el conflicto de sincronización {conflict}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="181" />
            <source>These two are already linked as the same (directly or through other links).</source>
            <translation>Estos dos ya están vinculados como los mismos (directamente o mediante otros vínculos).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="45" />
            <source>This HQ directory already has a root key; officers pin it and would refuse bundles from another one.</source>
            <translation>Este directorio de la sede ya tiene una clave raíz; los oficiales la fijan y rechazarían lotes de otra.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="104" />
            <source>This HQ directory has no root key yet: fieldcase hq root init --dir HQDIR --out FILE</source>
            <translation>Este directorio de la sede aún no tiene clave raíz: fieldcase hq root init --dir HQDIR --out FILE</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="87" />
            <source>This attachment was purged already.</source>
            <translation>Este adjunto ya se purgó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="118" />
            <source>This conflict was already resolved (revision {rev}).</source>
            <translation>Este conflicto ya se resolvió (revisión {rev}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="78" />
            <source>This device is already revoked.</source>
            <translation>Este dispositivo ya está revocado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="79" />
            <source>This enrolment file comes from a different HQ certificate authority than the one this workspace is enrolled with.</source>
            <translation>Este archivo de inscripción procede de una autoridad de certificación de la sede distinta de aquella en la que está inscrito este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="157" />
            <source>This enrolment file was made for another workspace.</source>
            <translation>Este archivo de inscripción se creó para otro espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="243" />
            <source>This is not a Fieldcase package (no magic header).</source>
            <translation>No es un paquete de Fieldcase (sin encabezado mágico).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="38" />
            <source>This is not a Fieldcase {what} (or it was damaged).</source>
            <translation>No es un archivo de Fieldcase del tipo {what} (o está dañado).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="161" />
            <source>This key bundle is not signed by HQ's root key, which this workspace trusts since it first received one: refused.</source>
            <translation>Este lote de claves no está firmado por la clave raíz de la sede, que este espacio de trabajo reconoce desde que recibió el primero: rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="93" />
            <source>This kind of package does not carry attachments.</source>
            <translation>Este tipo de paquete no lleva adjuntos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="199" />
            <source>This link was already undone.</source>
            <translation>Este vínculo ya se había deshecho.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="265" />
            <source>This package is of a format or version this Fieldcase does not know.</source>
            <translation>Este paquete tiene un formato o una versión que este Fieldcase no conoce.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="794" />
            <source>This record was changed elsewhere since you opened it. Your changes were kept as a draft; close and reopen the record.</source>
            <translation>Este registro se modificó en otro lugar desde que lo abrió. Sus cambios se conservaron como borrador; cierre el registro y vuelva a abrirlo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="84" />
            <source>This root key is not the one registered in the HQ directory.</source>
            <translation>Esta clave raíz no es la registrada en el directorio de la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="60" />
            <source>This store has no attachment key; it may be damaged.</source>
            <translation>Este almacén no tiene clave de adjuntos; puede estar dañado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/records.py" line="149" />
            <source>This workspace has no attachment key; it may be damaged.</source>
            <translation>Este espacio de trabajo no tiene clave de adjuntos; puede estar dañado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recovery_split.py" line="18" />
            <source>This workspace has no recovery key.</source>
            <translation>Este espacio de trabajo no tiene clave de recuperación.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="196" />
            <source>This workspace is not enrolled with HQ yet: send `fieldcase enrol-request` to HQ, then import their answer with `fieldcase enrol FILE`.</source>
            <translation>Este espacio de trabajo aún no está inscrito en la sede: envíe `fieldcase enrol-request` a la sede y luego importe su respuesta con `fieldcase enrol FILE`.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="48" />
            <source>This workspace is not enrolled with HQ, so nothing was acknowledged: nothing can be purged.</source>
            <translation>Este espacio de trabajo no está inscrito en la sede, así que no hay ningún acuse de recibo: no se puede purgar nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/enrolment.py" line="28" />
            <source>This workspace was revoked; it cannot be enrolled again (make a new workspace on a clean device).</source>
            <translation>Este espacio de trabajo se revocó; no puede volver a inscribirse (cree un espacio de trabajo nuevo en un dispositivo limpio).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="36" />
            <source>This {what} is of a version this Fieldcase does not know.</source>
            <translation>{what}: versión que este Fieldcase no conoce.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_flow.py" line="121" />
            <source>Unknown import format {fmt}: use fieldcase, acled, xlsform, hxl or ucdp.</source>
            <translation>Formato de importación desconocido {fmt}: use fieldcase, acled, xlsform, hxl o ucdp.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="358" />
            <source>Unknown redaction {redaction!r}: use one of {choices}.</source>
            <translation>Ocultación desconocida {redaction!r}: use una de estas: {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="45" />
            <source>WebDAV over plain http is refused (credentials and metadata would travel in the clear); use an https:// address.</source>
            <translation>Se rechaza WebDAV por http sin cifrar (las credenciales y los metadatos viajarían en claro); use una dirección https://.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="449" />
            <source>With a recipient, the output must be a file name ending in .zip or .age.</source>
            <translation>Con un destinatario, la salida debe ser un nombre de archivo terminado en .zip o .age.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/conflicts.py" line="127" />
            <source>Write each --field as NAME=mine or NAME=theirs.</source>
            <translation>Escriba cada --field como NOMBRE=mine o NOMBRE=theirs.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/errors.py" line="32" />
            <source>Wrong passphrase: the workspace was not unlocked.</source>
            <translation>Frase de contraseña incorrecta: el espacio de trabajo no se desbloqueó.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/session.py" line="97" />
            <source>Wrong passphrases entered since the last unlock: {count}.</source>
            <translation>
                <numerusform>Frases de contraseña incorrectas introducidas desde el último desbloqueo: {count}.</numerusform>
                <numerusform>Frases de contraseña incorrectas introducidas desde el último desbloqueo: {count}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="282" />
            <source>Wrong user name or passphrase: the HQ directory was not opened.</source>
            <translation>Nombre de usuario o frase de contraseña incorrectos: no se abrió el directorio de la sede.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_users.py" line="111" />
            <source>You cannot remove yourself; another reviewer can. Nothing was changed.</source>
            <translation>No puede eliminarse a sí mismo; otro revisor sí puede. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="204" />
            <source>Your key to the {level} records was replaced when another HQ user was removed, and your key slot is too old to receive the new one. Ask a reviewer to reset your passphrase (Users in the HQ window, or fieldcase hq user passwd {user}). Nothing was opened.</source>
            <translation>Su clave de los registros {level} se reemplazó al retirar a otro usuario de la sede, y su ranura de clave es demasiado antigua para recibir la nueva. Pida a un revisor que restablezca su frase de contraseña (Usuarios en la ventana de la sede, o fieldcase hq user passwd {user}). No se abrió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="71" />
            <source>a cell contains a NUL byte</source>
            <translation>una celda contiene un byte NUL</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="307" />
            <source>a cell is longer than {limit} characters</source>
            <translation>una celda supera los {limit} caracteres</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="115" />
            <source>a cell is longer than {limit} characters or holds a NUL byte</source>
            <translation>una celda supera los {limit} caracteres o contiene un byte NUL</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="136" />
            <source>a cell is longer than {limit} characters or its quotes do not close</source>
            <translation>una celda supera los {limit} caracteres o sus comillas no se cierran</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="171" />
            <source>a key is not a hashtag pattern such as #affected+killed</source>
            <translation>una clave no es un patrón de hashtag como #affected+killed</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="174" />
            <source>a value is not one of the fields: {fields}</source>
            <translation>un valor no es uno de los campos: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="187" />
            <source>coord_precision_m must be a whole number of metres from 1 to 1000000</source>
            <translation>coord_precision_m debe ser un número entero de metros entre 1 y 1000000</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="183" />
            <source>country must be a three-letter ISO 3166 code in capitals</source>
            <translation>country debe ser un código ISO 3166 de tres letras mayúsculas</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="144" />
            <source>expected a list of records, starting with [</source>
            <translation>se esperaba una lista de registros que empiece por [</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="360" />
            <source>holds a choice the mapping does not map</source>
            <translation>contiene una opción que la correspondencia no asigna</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="192" />
            <source>may name only id, title, publisher, licence, attribution and url</source>
            <translation>solo puede indicar id, title, publisher, licence, attribution y url</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="180" />
            <source>may set only country and coord_precision_m</source>
            <translation>solo puede fijar country y coord_precision_m</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="353" />
            <source>must be a GPS point (latitude longitude ...)</source>
            <translation>debe ser un punto GPS (latitud longitud ...)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="371" />
            <source>must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="167" />
            <source>must map hashtag patterns to Fieldcase fields</source>
            <translation>debe asignar patrones de hashtag a campos de Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="117" />
            <source>store.db cannot be decrypted with this workspace's key: it is damaged or belongs to another workspace. It was left exactly as it is (nothing was repaired or overwritten).</source>
            <translation>store.db no se puede descifrar con la clave de este espacio de trabajo: está dañado o pertenece a otro espacio de trabajo. Se dejó exactamente como estaba (no se reparó ni se sobrescribió nada).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="119" />
            <source>store.db could not be read ({reason}). It was left untouched.</source>
            <translation>No se pudo leer store.db ({reason}). No se tocó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/integrity.py" line="29" />
            <source>store.db is damaged: its structure failed the integrity check. Writes are stopped so that nothing more is lost.</source>
            <translation>store.db está dañado: su estructura no superó la comprobación de integridad. Las escrituras se detienen para que no se pierda nada más.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/integrity.py" line="27" />
            <source>store.db is damaged: {count} of its pages failed their integrity check. Writes are stopped so that nothing more is lost.</source>
            <translation>
                <numerusform>store.db está dañado: {count} de sus páginas no superó la comprobación de integridad. Las escrituras se detienen para que no se pierda nada más.</numerusform>
                <numerusform>store.db está dañado: {count} de sus páginas no superaron la comprobación de integridad. Las escrituras se detienen para que no se pierda nada más.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="297" />
            <source>store.db is older than this workspace's key file: it was rolled back or replaced by an earlier copy, and records written since may be missing. Writes are stopped.</source>
            <translation>store.db es más antiguo que el archivo de claves de este espacio de trabajo: se revirtió o se sustituyó por una copia anterior, y pueden faltar registros escritos desde entonces. Las escrituras se detienen.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="125" />
            <source>the JSON text is malformed here</source>
            <translation>el texto JSON está mal formado aquí</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="285" />
            <source>the export has no column for this form field</source>
            <translation>la exportación no tiene columna para este campo del formulario</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="326" />
            <source>the media file this answer names is not in the export's folder</source>
            <translation>el archivo multimedia que nombra esta respuesta no está en la carpeta de la exportación</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="253" />
            <source>the row has {got} cells but the hashtag row has {expected}</source>
            <translation>la fila tiene {got} celdas pero la fila de hashtags tiene {expected}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="124" />
            <source>the row has {got} cells but the header has {expected}</source>
            <translation>la fila tiene {got} celdas pero el encabezado tiene {expected}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_flow.py" line="266" />
            <source>the source's id of this row is also on line {other}</source>
            <translation>el identificador de origen de esta fila también está en la línea {other}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="112" />
            <source>this ACLED column is missing from the header</source>
            <translation>falta esta columna de ACLED en el encabezado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/ucdp.py" line="99" />
            <source>this UCDP column is missing from the header</source>
            <translation>falta esta columna UCDP en el encabezado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="113" />
            <source>this column appears more than once in the header</source>
            <translation>esta columna aparece más de una vez en el encabezado</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="140" />
            <source>this line is not UTF-8 text</source>
            <translation>esta línea no es texto UTF-8</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="278" />
            <source>unknown column (see the import format in the README)</source>
            <translation>columna desconocida (vea el formato de importación en el README)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="43" />
            <source>{address} is not a WebDAV address (https://host/path/).</source>
            <translation>{address} no es una dirección WebDAV (https://servidor/ruta/).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="240" />
            <source>{category!r} ({title}) cannot be used as a tag: tag records with risk areas (cca.*), atrocity risk factors or indicators (foa.*), violation types (huridocs.mt04.*) or forms of reprisal (reprisal.form.*).</source>
            <translation>{category!r} ({title}) no puede usarse como etiqueta: etiquete los registros con ámbitos de riesgo (cca.*), factores de riesgo o indicadores de crímenes atroces (foa.*), tipos de violaciones (huridocs.mt04.*) o formas de represalia (reprisal.form.*).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="232" />
            <source>{category!r} is not a category of any installed framework.</source>
            <translation>{category!r} no es una categoría de ningún marco instalado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="245" />
            <source>{category!r} is retired in release {release} of {framework_id}.</source>
            <translation>{category!r} está retirada en la versión {release} de {framework_id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="234" />
            <source>{category!r}: the SDG 16.10.1 type is derived from the record's acts (victim, act type, perpetrator, due diligence), not tagged. Record the act; to correct the derived type of one act, use `fieldcase acts override`.</source>
            <translation>{category!r}: el tipo ODS 16.10.1 se deduce de los actos del registro (víctima, tipo de acto, autor, diligencia debida), no se etiqueta. Registre el acto; para corregir el tipo deducido de un acto, use `fieldcase acts override`.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/importing.py" line="695" />
            <source>{count} problem(s) found; nothing was imported.</source>
            <translation>
                <numerusform>Se encontró {count} problema; no se importó nada.</numerusform>
                <numerusform>Se encontraron {count} problemas; no se importó nada.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="111" />
            <source>{field}: give a record id (or at least its first 6 characters).</source>
            <translation>{field}: indique un identificador de registro (o al menos sus 6 primeros caracteres).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="144" />
            <source>{field}: give the record and the person as RECORD:PERSON (the record id, a colon, then the person's pseudonym or id).</source>
            <translation>{field}: indique el registro y la persona como REGISTRO:PERSONA (el identificador del registro, dos puntos y luego el seudónimo o identificador de la persona).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="115" />
            <source>{field}: no single record in this store has that id; give the id or more of its characters.</source>
            <translation>{field}: ningún registro único de este almacén tiene ese identificador; indique el identificador o más de sus caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="139" />
            <source>{field}: only incidents can be linked as the same incident; this record is community information.</source>
            <translation>{field}: solo los incidentes pueden vincularse como el mismo incidente; este registro es información comunitaria.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="130" />
            <source>{field}: several people of that record match; give the person's id instead.</source>
            <translation>{field}: varias personas de ese registro coinciden; indique en su lugar el identificador de la persona.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="132" />
            <source>{field}: that record has no person with that pseudonym or id.</source>
            <translation>{field}: ese registro no tiene ninguna persona con ese seudónimo o identificador.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/export_attachment.py" line="25" />
            <source>{file} already exists; choose another file name.</source>
            <translation>{file} ya existe; elija otro nombre de archivo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="155" />
            <source>{file} already holds a Fieldcase workspace; nothing was changed.</source>
            <translation>{file} ya contiene un espacio de trabajo de Fieldcase; no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/evidence.py" line="67" />
            <source>{file} cannot be read.</source>
            <translation>No se puede leer {file}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="95" />
            <source>{file} could not be read ({reason}).</source>
            <translation>No se pudo leer {file} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="122" />
            <source>{file} could not be read as UTF-8 text.</source>
            <translation>No se pudo leer {file} como texto UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="86" />
            <source>{file} could not be read as a spreadsheet.</source>
            <translation>No se pudo leer {file} como hoja de cálculo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="65" />
            <source>{file} could not be read as an XLSForm (survey, choices and settings sheets).</source>
            <translation>No se pudo leer {file} como XLSForm (hojas survey, choices y settings).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="356" />
            <source>{file} does not belong to this HQ directory; it was left untouched.</source>
            <translation>{file} no pertenece a este directorio de la sede; se dejó intacto.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="93" />
            <source>{file} does not exist.</source>
            <translation>{file} no existe.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="235" />
            <source>{file} has a cell that is too long or a broken quote.</source>
            <translation>{file} tiene una celda demasiado larga o unas comillas sin cerrar.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="135" />
            <source>{file} has a cell that is too long or a broken quote; nothing was imported.</source>
            <translation>{file} tiene una celda demasiado larga o unas comillas sin cerrar; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="114" />
            <source>{file} has a cell that is too long or holds a control character; nothing was imported.</source>
            <translation>{file} tiene una celda demasiado larga o con un carácter de control; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="70" />
            <source>{file} has a control character (NUL) in a cell; nothing was imported.</source>
            <translation>{file} tiene un carácter de control (NUL) en una celda; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="252" />
            <source>{file} has a key file but no {store_file}; nothing was changed.</source>
            <translation>{file} tiene un archivo de claves pero no {store_file}; no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="242" />
            <source>{file} has no HXL hashtag row (a row of tags such as #date or #adm1+name under the headers) in its first {rows} rows; nothing was imported.</source>
            <translation>{file} no tiene una fila de hashtags HXL (una fila de etiquetas como #date o #adm1+name bajo los encabezados) en sus primeras {rows} filas; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="284" />
            <source>{file} has no column for some mapped form fields; nothing was imported.</source>
            <translation>{file} no tiene columna para algunos campos del formulario asignados; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="240" />
            <source>{file} has no recovery slot.</source>
            <translation>{file} no tiene ranura de recuperación.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="88" />
            <source>{file} has no sheet of that name; its sheets are: {sheets}.</source>
            <translation>{file} no tiene ninguna hoja con ese nombre; sus hojas son: {sheets}.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="91" />
            <source>{file} has no sheets.</source>
            <translation>{file} no tiene hojas.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="268" />
            <source>{file} has no submissions.</source>
            <translation>{file} no contiene envíos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="77" />
            <source>{file} in the outbox is shorter than recorded; it may be damaged.</source>
            <translation>{file} en la bandeja de salida es más corto de lo registrado; puede estar dañado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="171" />
            <source>{file} in the outbox no longer matches the SHA-256 taken when it was written (disk damage?); it was not sent. Check the disk; the attachment may be damaged too.</source>
            <translation>{file} en la bandeja de salida ya no coincide con el SHA-256 tomado al escribirlo (¿daño en el disco?); no se envió. Revise el disco; el adjunto también puede estar dañado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="44" />
            <source>{file} is a CSV file: it has no sheets to choose from (--sheet is for workbooks).</source>
            <translation>{file} es un archivo CSV: no tiene hojas entre las que elegir (--sheet es para libros de cálculo).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="630" />
            <source>{file} is a folder, not a file.</source>
            <translation>{file} es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="115" />
            <source>{file} is damaged (fields missing); it was left untouched.</source>
            <translation>{file} está dañado (faltan campos); no se tocó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="353" />
            <source>{file} is damaged (not readable JSON); it was left untouched.</source>
            <translation>{file} está dañado (JSON ilegible); no se tocó.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="117" />
            <source>{file} is damaged (too many key slots); it was left untouched.</source>
            <translation>{file} está dañado (demasiadas ranuras de claves); se dejó intacto.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="104" />
            <source>{file} is empty.</source>
            <translation>{file} está vacío.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="140" />
            <source>{file} is not UTF-8 text.</source>
            <translation>{file} no es texto UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="102" />
            <source>{file} is not a Fieldcase workspace key file (unknown format).</source>
            <translation>{file} no es un archivo de claves de espacio de trabajo de Fieldcase (formato desconocido).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/wipe.py" line="68" />
            <source>{file} is not a Fieldcase workspace; nothing was deleted.</source>
            <translation>{file} no es un espacio de trabajo de Fieldcase; no se borró nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/ucdp.py" line="98" />
            <source>{file} is not a UCDP GED export with the codebook's columns; nothing was imported.</source>
            <translation>{file} no es una exportación UCDP GED con las columnas del libro de códigos; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="111" />
            <source>{file} is not an ACLED export with the codebook's columns; nothing was imported.</source>
            <translation>{file} no es una exportación de ACLED con las columnas del libro de códigos; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="157" />
            <source>{file} is not empty; choose a new or empty folder for the workspace.</source>
            <translation>{file} no está vacío; elija una carpeta nueva o vacía para el espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/identity.py" line="35" />
            <source>{file}: cannot be read ({reason}).</source>
            <translation>{file}: no se puede leer ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="644" />
            <source>{file}: import takes .json or .csv files.</source>
            <translation>{file}: la importación admite archivos .json o .csv.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="92" />
            <source>{folder} does not exist or is not a folder.</source>
            <translation>{folder} no existe o no es una carpeta.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="42" />
            <source>{folder} is an officer's workspace, not an HQ directory (make one with: fieldcase hq init --dir DIR).</source>
            <translation>{folder} es el espacio de trabajo de un oficial, no un directorio de la sede (cree uno con: fieldcase hq init --dir DIR).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="94" />
            <source>{folder} is not a Fieldcase workspace (it has no {key_file}). Create one with: fieldcase --workspace {folder} init</source>
            <translation>{folder} no es un espacio de trabajo de Fieldcase (no tiene {key_file}). Cree uno con: fieldcase --workspace {folder} init</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="217" />
            <source>{name} already exists at the target with other content; Fieldcase never overwrites a package or a piece: refused.</source>
            <translation>{name} ya existe en el destino con otro contenido; Fieldcase nunca sobrescribe un paquete ni una pieza: rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="227" />
            <source>{name} in the outbox is shorter than recorded; it may be damaged.</source>
            <translation>{name} en la bandeja de salida es más corto de lo registrado; puede estar dañado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="134" />
            <source>{path} already exists.</source>
            <translation>{path} ya existe.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="45" />
            <source>{path} already exists; choose a new file for the root key.</source>
            <translation>{path} ya existe; elija un archivo nuevo para la clave raíz.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="108" />
            <source>{path} already exists; choose an empty folder.</source>
            <translation>{path} ya existe; elija una carpeta vacía.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="456" />
            <source>{path} already exists; choose another name.</source>
            <translation>{path} ya existe; elija otro nombre.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="76" />
            <source>{path} does not exist.</source>
            <translation>{path} no existe.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="132" />
            <source>{path} is not an evidence package: no bagit.txt was found.</source>
            <translation>{path} no es un paquete de pruebas: no se encontró bagit.txt.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/frameworks/registry.py" line="50" />
            <source>{path}: {where}: {reason}</source>
            <translation>{path}: {where}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="479" />
            <source>{prefix!r} is not a record id (give the id or at least its first 6 characters).</source>
            <translation>{prefix!r} no es un identificador de registro (indique el identificador o al menos sus 6 primeros caracteres).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="274" />
            <source>{prefix!r} is not an action id (give the id or at least its first 6 characters).</source>
            <translation>{prefix!r} no es un identificador de punto de acción (indique el identificador o al menos sus 6 primeros caracteres).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/frameworks.py" line="61" />
            <source>{problem}; see `fieldcase frameworks list`.</source>
            <translation>{problem}; véase `fieldcase frameworks list`.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="83" />
            <source>{recipient!r} is not an age X25519 recipient (age1...).</source>
            <translation>{recipient!r} no es un destinatario age X25519 (age1...).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="177" />
            <source>{risk_area!r} is not a risk area (see `fieldcase frameworks show {cca_id}`).</source>
            <translation>{risk_area!r} no es un ámbito de riesgo (véase `fieldcase frameworks show {cca_id}`).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="263" />
            <source>{store_file} belongs to a different workspace than {key_file}; both were left untouched.</source>
            <translation>{store_file} pertenece a un espacio de trabajo distinto del de {key_file}; no se tocó ninguno de los dos.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="119" />
            <source>{target} is neither a configured target nor an existing folder.</source>
            <translation>{target} no es un destino configurado ni una carpeta existente.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="102" />
            <source>{user} has the {clearance} clearance, and this needs the whole HQ store, which only the strictly_confidential clearance opens. Nothing was opened.</source>
            <translation>{user} tiene la habilitación {clearance}, y esto requiere todo el almacén de la sede, que solo abre la habilitación strictly_confidential. No se abrió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="170" />
            <source>{user} is a {role} at HQ, and this needs the role: {roles}. Nothing was changed.</source>
            <translation>{user} es {role} en la sede, y esto requiere el rol: {roles}. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="318" />
            <source>{what} cannot be opened with this workspace's key (a different key, or its header is damaged).</source>
            <translation>{what} no se puede abrir con la clave de este espacio de trabajo (otra clave, o su encabezado está dañado).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="81" />
            <source>{what} could not be decrypted with the keys held here or does not match its signed SHA-256: refused.</source>
            <translation>{what} no se pudo descifrar con las claves que se tienen aquí o no coincide con su SHA-256 firmado: rechazado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/fsutil.py" line="70" />
            <source>{what} could not be written ({reason}). Nothing was changed.</source>
            <translation>No se pudo escribir {what} ({reason}). No se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="315" />
            <source>{what} could not be written out ({reason}).</source>
            <translation>No se pudo exportar {what} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="302" />
            <source>{what} does not have the recorded size.</source>
            <translation>{what} no tiene el tamaño registrado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="87" />
            <source>{what} does not match its signed SHA-256.</source>
            <translation>{what} no coincide con su SHA-256 firmado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/plainstream.py" line="92" />
            <source>{what} does not match the SHA-256 recorded when it was attached.</source>
            <translation>{what} no coincide con el SHA-256 registrado al adjuntarlo.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="320" />
            <source>{what} is damaged or was tampered with.</source>
            <translation>{what} está dañado o fue manipulado.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="65" />
            <source>{what} is incomplete on the target: a piece has not arrived (an unfinished push or copy?); the package is held back until it does.</source>
            <translation>{what} está incompleto en el destino: falta una parte (¿un envío o una copia sin terminar?); el paquete queda en espera hasta que llegue.</translation>
        </message>
    </context>
</TS>
