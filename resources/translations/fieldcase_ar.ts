<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>ActDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="156" />
            <source>Victim</source>
            <translation>الضحية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="161" />
            <source>%1 (not a victim under People)</source>
            <translation>⁨%1⁩ (ليس ضحية في قسم الأشخاص)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="166" />
            <source>No victims yet: add them under People (role Victim)</source>
            <translation>لا ضحايا بعد: أضفهم في قسم الأشخاص (بدور ضحية)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="167" />
            <source>Victim *</source>
            <translation>الضحية *</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="170" />
            <source>Type of act — type to search</source>
            <translation>نوع الفعل — اكتب للبحث</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="171" />
            <source>Type of act</source>
            <translation>نوع الفعل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="179" />
            <source>Type of act *</source>
            <translation>نوع الفعل *</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="184" />
            <source>Add another perpetrator</source>
            <translation>إضافة جانٍ آخر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="196" />
            <source>Perpetrators</source>
            <translation>الجناة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="201" />
            <source>Linked to the victim's work (as journalist, trade unionist or human rights defender)</source>
            <translation>مرتبط بعمل الضحية (بصفته صحفيًا أو نقابيًا أو مدافعًا عن حقوق الإنسان)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="206" />
            <source>Not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="206" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="207" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="208" />
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="212" />
            <source>State failed in due diligence</source>
            <translation>قصّرت الدولة في بذل العناية الواجبة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="209" />
            <source>Did the State fail in its duty to prevent, protect against or investigate the act?</source>
            <translation>هل قصّرت الدولة في واجبها في منع الفعل أو الحماية منه أو التحقيق فيه؟</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="215" />
            <source>What the finding rests on (optional)</source>
            <translation>ما يستند إليه هذا الاستنتاج (اختياري)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="216" />
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="217" />
            <source>Due-diligence rationale</source>
            <translation>مسوّغ العناية الواجبة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="219" />
            <source>Fate or whereabouts concealed (after a deprivation of liberty)</source>
            <translation>إخفاء المصير أو مكان الوجود (بعد الحرمان من الحرية)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="229" />
            <source>SDG 16.10.1 type, derived</source>
            <translation>نوع المؤشر 16.10.1، مستنتَج</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="230" />
            <source>Derived from the act type, the perpetrators and the due-diligence finding. It counts for SDG 16.10.1 only if the act was linked to the victim's work.</source>
            <translation>يُستنتَج من نوع الفعل والجناة والاستنتاج بشأن العناية الواجبة. ولا يُحتسب للمؤشر 16.10.1 إلا إذا كان الفعل مرتبطًا بعمل الضحية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="237" />
            <source>SDG 16.10.1 type</source>
            <translation>نوع المؤشر 16.10.1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="240" />
            <source>Analyst override</source>
            <translation>تعديل المحلل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="244" />
            <source>Override type</source>
            <translation>النوع المعدَّل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="245" />
            <source>No override: use the derived type</source>
            <translation>بلا تعديل: استخدام النوع المستنتَج</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="248" />
            <source>Does not qualify</source>
            <translation>لا يندرج ضمن المؤشر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="251" />
            <source>Why the derived type does not fit (required with an override)</source>
            <translation>لماذا لا يناسب النوع المستنتَج (إلزامي عند التعديل)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="253" />
            <source>Override rationale</source>
            <translation>مسوّغ التعديل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="255" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="256" />
            <source>Rationale</source>
            <translation>المسوّغ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="372" />
            <source>Choose the victim (people with the role Victim, under People).</source>
            <translation>اختر الضحية (الأشخاص ذوو دور ضحية، في قسم الأشخاص).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="374" />
            <source>Choose a type of act from the list.</source>
            <translation>اختر نوع الفعل من القائمة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="376" />
            <source>Choose each category from the list, or leave it empty.</source>
            <translation>اختر كل فئة من القائمة، أو اتركها فارغة.</translation>
        </message>
    </context>
    <context>
        <name>ActionPointDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="32" />
            <source>New action point</source>
            <translation>نقطة عمل جديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="35" />
            <source>For the risk area: %1</source>
            <translation>لمجال الخطر: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="43" />
            <source>A person, team or agency</source>
            <translation>شخص أو فريق أو جهة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="47" />
            <source>e.g. UPR:XTV:4:A/HRC/58/12:128.26; AL XTV 3/2026</source>
            <translation>مثلًا UPR:XTV:4:A/HRC/58/12:128.26; AL XTV 3/2026</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="51" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="52" />
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="53" />
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="54" />
            <source>References</source>
            <translation>المراجع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/action_point.py" line="55" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
    </context>
    <context>
        <name>ActionPointsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="43" />
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="43" />
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="43" />
            <source>Done</source>
            <translation>منجزة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="44" />
            <source>Dropped</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="49" />
            <source>Action points</source>
            <translation>نقاط العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="54" />
            <source>Words in the action, owner or description</source>
            <translation>كلمات من الإجراء أو المسؤول أو الوصف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="58" />
            <source>Open or in progress</source>
            <translation>مفتوحة أو قيد التنفيذ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="59" />
            <source>Any status</source>
            <translation>أي حالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="64" />
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="132" />
            <source>All risk areas</source>
            <translation>كل مجالات الخطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="65" />
            <source>Overdue only</source>
            <translation>المتأخرة فقط</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Due</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="73" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="74" />
            <source>Risk areas</source>
            <translation>مجالات الخطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="74" />
            <source>Review</source>
            <translation>الاستعراض</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="90" />
            <source>Set the status of the selected action point:</source>
            <translation>حدد حالة نقطة العمل المختارة:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="96" />
            <source>Outcome (done) or reason (dropped)</source>
            <translation>النتيجة (منجزة) أو السبب (ملغاة)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="97" />
            <source>Outcome or reason</source>
            <translation>النتيجة أو السبب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="100" />
            <source>Set status</source>
            <translation>تعيين الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="142" />
            <source>Reading the action points…</source>
            <translation>جارٍ قراءة نقاط العمل…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="172" />
            <source>(overdue)</source>
            <translation>(متأخرة)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="184" />
            <source>Shown: %1 of %2</source>
            <translation>المعروض: ⁨%1⁩ من ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="200" />
            <source>No description.</source>
            <translation>لا وصف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/action_points.py" line="216" />
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
    </context>
    <context>
        <name>Acts</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="31" />
            <source>State agent</source>
            <translation>موظف تابع للدولة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="32" />
            <source>Acting with State acquiescence or support</source>
            <translation>يتصرف بموافقة الدولة أو دعمها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="33" />
            <source>Non-State actor</source>
            <translation>جهة فاعلة من غير الدول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="34" />
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="41" />
            <source>Does not qualify: SDG 16.10.1 does not count this type of act</source>
            <translation>لا يندرج: المؤشر 16.10.1 لا يحتسب هذا النوع من الأفعال</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="42" />
            <source>Does not qualify: no due-diligence finding for a non-State perpetrator</source>
            <translation>لا يندرج: لا يوجد استنتاج بشأن العناية الواجبة لجانٍ من غير الدول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="44" />
            <source>Does not qualify: non-State perpetrator, and the State did not fail in due diligence</source>
            <translation>لا يندرج: الجاني من غير الدول، ولم تقصّر الدولة في بذل العناية الواجبة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="46" />
            <source>Does not qualify: the perpetrator is unknown</source>
            <translation>لا يندرج: الجاني غير معروف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="47" />
            <source>Does not qualify: torture counts only by a State agent or with State acquiescence</source>
            <translation>لا يندرج: لا يُحتسب التعذيب إلا إذا ارتكبه موظف تابع للدولة أو بموافقتها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="49" />
            <source>Does not qualify: other harmful acts count only by a State agent or with State acquiescence</source>
            <translation>لا يندرج: لا تُحتسب الأفعال الضارة الأخرى إلا إذا ارتكبها موظف تابع للدولة أو بموافقتها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="52" />
            <source>Does not qualify (%1)</source>
            <translation>لا يندرج (⁨%1⁩)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="57" />
            <source>Does not qualify</source>
            <translation>لا يندرج ضمن المؤشر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="64" />
            <source>Choose the type of act</source>
            <translation>اختر نوع الفعل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="74" />
            <source>✎ %1 (analyst override)</source>
            <translation>✎ ⁨%1⁩ (تعديل المحلل)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="80" />
            <source>Not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="81" />
            <source>State failed</source>
            <translation>قصّرت الدولة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="81" />
            <source>State did not fail</source>
            <translation>لم تقصّر الدولة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="96" />
            <source>The victim “%1” is not one of this record's people: add them under People, or choose another victim.</source>
            <translation>الضحية «⁨%1⁩» ليست من أشخاص هذا السجل: أضفها في قسم الأشخاص، أو اختر ضحية أخرى.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="100" />
            <source>“%1” is listed under People, but not with the role Victim.</source>
            <translation>«⁨%1⁩» مدرج في قسم الأشخاص، ولكن ليس بدور ضحية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="109" />
            <source>An analyst override needs a rationale.</source>
            <translation>يحتاج تعديل المحلل إلى مسوّغ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="113" />
            <source>Act %1</source>
            <translation>الفعل ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="116" />
            <source>Victim</source>
            <translation>الضحية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="116" />
            <source>Act type</source>
            <translation>نوع الفعل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="117" />
            <source>Analyst override</source>
            <translation>تعديل المحلل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="118" />
            <source>Due-diligence rationale</source>
            <translation>مسوّغ العناية الواجبة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="121" />
            <source>Perpetrator %1</source>
            <translation>الجاني ⁨%1⁩</translation>
        </message>
    </context>
    <context>
        <name>ActsTable</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="133" />
            <source>Victim</source>
            <translation>الضحية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="134" />
            <source>Act</source>
            <translation>الفعل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="135" />
            <source>Perpetrators</source>
            <translation>الجناة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>Linked to work</source>
            <translation>مرتبط بالعمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="138" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="139" />
            <source>State due diligence</source>
            <translation>العناية الواجبة للدولة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="140" />
            <source>SDG 16.10.1</source>
            <translation>المؤشر 16.10.1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="143" />
            <source>Add act…</source>
            <translation>إضافة فعل…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="144" />
            <source>One act against one victim. The SDG 16.10.1 type is derived from what you record; an analyst may override it, with a rationale.</source>
            <translation>فعل واحد ضد ضحية واحدة. يُستنتَج نوع المؤشر 16.10.1 مما تسجّله؛ ويجوز للمحلل تعديله مع ذكر المسوّغ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="150" />
            <source>Acts</source>
            <translation>الأفعال</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="214" />
            <source>Add an act</source>
            <translation>إضافة فعل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/acts.py" line="214" />
            <source>Edit act %1</source>
            <translation>تحرير الفعل ⁨%1⁩</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="188" />
            <source>Add an HQ user</source>
            <translation>إضافة مستخدم في المقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="189" />
            <source>The new user signs in with this name and passphrase: give them the passphrase in person. Their clearance decides which keys their slot holds: a viewer or analyst below strictly confidential opens only the records up to their level.</source>
            <translation>يسجّل المستخدم الجديد الدخول بهذا الاسم وعبارة المرور هذه: سلّمه عبارة المرور شخصيًا. ويحدد مستوى تصريحه المفاتيح التي تحملها خانته: فالمُطّلع أو المحلل دون مستوى «سري للغاية» لا يفتح إلا السجلات حتى مستواه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="191" />
            <source>Add user</source>
            <translation>إضافة المستخدم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="207" />
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="208" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="209" />
            <source>Clearance</source>
            <translation>مستوى التصريح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="210" />
            <source>Their passphrase</source>
            <translation>عبارة المرور الخاصة به</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="212" />
            <source>Repeat</source>
            <translation>التكرار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="232" />
            <source>Enter the new user's name.</source>
            <translation>أدخل اسم المستخدم الجديد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="239" />
            <source>Adding the user…</source>
            <translation>جارٍ إضافة المستخدم…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="242" />
            <source>%1 was added: %2, clearance %3. They can sign in now.</source>
            <translation>أُضيف ⁨%1⁩: ⁨%2⁩، مستوى التصريح ⁨%3⁩. يمكنه تسجيل الدخول الآن.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="44" />
            <source>Select a cell of the grid</source>
            <translation>اختر خانة من الشبكة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="49" />
            <source>Officer's assessment</source>
            <translation>تقييم الموظف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="53" />
            <source>No data: choose a level</source>
            <translation>لا بيانات: اختر مستوى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="58" />
            <source>Choose a trend</source>
            <translation>اختر اتجاهًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="63" />
            <source>Why this level: a sentence or two (required)</source>
            <translation>لماذا هذا المستوى: جملة أو جملتان (إلزامي)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="68" />
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="69" />
            <source>Trend</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="70" />
            <source>Rationale</source>
            <translation>المسوّغ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="76" />
            <source>Save assessment</source>
            <translation>حفظ التقييم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="82" />
            <source>Records in this cell</source>
            <translation>السجلات في هذه الخانة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="93" />
            <source>Action points for this risk area</source>
            <translation>نقاط العمل لمجال الخطر هذا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="100" />
            <source>Add action point…</source>
            <translation>إضافة نقطة عمل…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="117" />
            <source>No data: no records for this area in the month, so nothing is suggested. An empty month is not evidence of low risk; set a level only from what you know outside the records.</source>
            <translation>لا بيانات: لا توجد سجلات لهذا المجال في هذا الشهر، لذا لا يوجد اقتراح. الشهر الخالي ليس دليلًا على انخفاض الخطر؛ لا تحدد مستوى إلا بناءً على ما تعرفه من خارج السجلات.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="121" />
            <source>Computed from %n record(s) (%2 verified): suggests %3, %4 (score %5).</source>
            <translation>
                <numerusform>محسوب من %n سجل (⁨%2⁩ متحقق منها): يقترح ⁨%3⁩، ⁨%4⁩ (الدرجة ⁨%5⁩).</numerusform>
                <numerusform>محسوب من سجل واحد (⁨%2⁩ متحقق منها): يقترح ⁨%3⁩، ⁨%4⁩ (الدرجة ⁨%5⁩).</numerusform>
                <numerusform>محسوب من سجلين (⁨%2⁩ متحقق منها): يقترح ⁨%3⁩، ⁨%4⁩ (الدرجة ⁨%5⁩).</numerusform>
                <numerusform>محسوب من %n سجلات (⁨%2⁩ متحقق منها): يقترح ⁨%3⁩، ⁨%4⁩ (الدرجة ⁨%5⁩).</numerusform>
                <numerusform>محسوب من %n سجلًا (⁨%2⁩ متحقق منها): يقترح ⁨%3⁩، ⁨%4⁩ (الدرجة ⁨%5⁩).</numerusform>
                <numerusform>محسوب من %n سجل (⁨%2⁩ متحقق منها): يقترح ⁨%3⁩، ⁨%4⁩ (الدرجة ⁨%5⁩).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="133" />
            <source>Not assessed yet: the suggestion is shown.</source>
            <translation>لم يُقيَّم بعد: يُعرض الاقتراح.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="134" />
            <source>Assessed: agrees with the suggestion.</source>
            <translation>مُقيَّم: يوافق الاقتراح.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="135" />
            <source>Assessed: overrides the suggestion (kept in the audit log).</source>
            <translation>مُقيَّم: يخالف الاقتراح (مسجَّل في سجل التدقيق).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="137" />
            <source>Not assessed yet: no data.</source>
            <translation>لم يُقيَّم بعد: لا بيانات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="138" />
            <source>Assessed from outside the records (no data in the month; kept in the audit log).</source>
            <translation>مُقيَّم من معلومات خارج السجلات (لا بيانات في هذا الشهر؛ مسجَّل في سجل التدقيق).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="142" />
            <source>Records changed since it was set: review it.</source>
            <translation>تغيّرت السجلات منذ تحديده: راجِعه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="155" />
            <source>… and %1 more (filter the case list to see them all)</source>
            <translation>… و⁨%1⁩ غيرها (صفِّ قائمة الملفات لرؤيتها كلها)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="167" />
            <source>None yet.</source>
            <translation>لا شيء بعد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="180" />
            <source>Choose a level and a trend.</source>
            <translation>اختر مستوى واتجاهًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/assessment_panel.py" line="183" />
            <source>A rationale is required: say in a sentence or two why.</source>
            <translation>المسوّغ إلزامي: اذكر السبب في جملة أو جملتين.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPreview</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="28" />
            <source>Preview: %1</source>
            <translation>معاينة: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="32" />
            <source>%1 · %2 · SHA-256 %3 (matches the intake record)</source>
            <translation>⁨%1⁩ · ⁨%2⁩ · SHA-256 ⁨%3⁩ (مطابق لسجل الاستلام)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="43" />
            <source>Decrypted in memory for this preview only; nothing was written to disk.</source>
            <translation>فُكّ تشفيره في الذاكرة لهذه المعاينة فقط؛ لم يُكتب شيء على القرص.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/attachment_preview.py" line="76" />
            <source>There is no preview for this type of file. It stays encrypted in the workspace; export it to open it in another program.</source>
            <translation>لا توجد معاينة لهذا النوع من الملفات. يبقى مشفرًا في مساحة العمل؛ صدّره لفتحه في برنامج آخر.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="54" />
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="54" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="54" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="55" />
            <source>SHA-256 (at intake)</source>
            <translation>SHA-256 (عند الاستلام)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="55" />
            <source>Added</source>
            <translation>أُضيف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="78" />
            <source>Add file…</source>
            <translation>إضافة ملف…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="81" />
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="84" />
            <source>Copy SHA-256</source>
            <translation>نسخ SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="96" />
            <source>Save the record first; then you can attach files to it.</source>
            <translation>احفظ السجل أولًا؛ ثم يمكنك إرفاق ملفات به.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="98" />
            <source>Files are encrypted into the workspace when attached (drop them here, or Add file…). The SHA-256 is taken from the original at intake, for the chain of custody. Previews are decrypted in memory only.</source>
            <translation>تُشفَّر الملفات داخل مساحة العمل عند إرفاقها (أفلتها هنا، أو إضافة ملف…). تؤخذ بصمة SHA-256 من الأصل عند الاستلام، لأغراض تسلسل العهدة. تُفك المعاينات في الذاكرة فقط.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="130" />
            <source>SHA-256 of %1 at intake:
%2</source>
            <translation>SHA-256 للملف ⁨%1⁩ عند الاستلام:
⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="140" />
            <source>Choose a file to attach</source>
            <translation>اختر ملفًا لإرفاقه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="176" />
            <source>Encrypting and attaching %1…</source>
            <translation>جارٍ تشفير ⁨%1⁩ وإرفاقه…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/attachments.py" line="224" />
            <source>Decrypting the preview…</source>
            <translation>جارٍ فك تشفير المعاينة…</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="62" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Risk areas</source>
            <translation>مجالات الخطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Sev.</source>
            <translation>الشدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Verification</source>
            <translation>التحقق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="63" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/case_table.py" line="170" />
            <source>Severity, 1 (minor) to 5 (very grave)</source>
            <translation>الخطورة، من 1 (طفيفة) إلى 5 (بالغة الخطورة)</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="63" />
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="134" />
            <source>Case files</source>
            <translation>ملفات الحالات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="66" />
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="179" />
            <source>Drafts</source>
            <translation>المسودات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="68" />
            <source>Import…</source>
            <translation>استيراد…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="76" />
            <source>New community information</source>
            <translation>معلومات مجتمعية جديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="78" />
            <source>New incident</source>
            <translation>حادثة جديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="80" />
            <source>Record a new incident (Ctrl+N)</source>
            <translation>تسجيل حادثة جديدة (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="82" />
            <source>Possible duplicates</source>
            <translation>تكرارات محتملة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="84" />
            <source>People and incidents recorded more than once</source>
            <translation>أشخاص وحوادث سُجّلت أكثر من مرة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="137" />
            <source>No records match these filters.</source>
            <translation>لا توجد سجلات تطابق عوامل التصفية هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="178" />
            <source>Drafts (%1)</source>
            <translation>المسودات (⁨%1⁩)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="192" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n سجل</numerusform>
                <numerusform>سجل واحد</numerusform>
                <numerusform>سجلان</numerusform>
                <numerusform>%n سجلات</numerusform>
                <numerusform>%n سجلًا</numerusform>
                <numerusform>%n سجل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="195" />
            <source>%n record(s) match</source>
            <translation>
                <numerusform>لا يطابق أي سجل</numerusform>
                <numerusform>يطابق سجل واحد</numerusform>
                <numerusform>يطابق سجلان</numerusform>
                <numerusform>يطابق %n سجلات</numerusform>
                <numerusform>يطابق %n سجلًا</numerusform>
                <numerusform>يطابق %n سجل</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="233" />
            <source>Records and context data (*.json *.csv *.xlsx *.xls *.ods)</source>
            <translation>السجلات والبيانات السياقية (*.json *.csv *.xlsx *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="280" />
            <source>Reading %1…</source>
            <translation>جارٍ قراءة ⁨%1⁩…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="308" />
            <source>Imported %n record(s).</source>
            <translation>
                <numerusform>لم يُستورد أي سجل.</numerusform>
                <numerusform>استُورد سجل واحد.</numerusform>
                <numerusform>استُورد سجلان.</numerusform>
                <numerusform>استُوردت %n سجلات.</numerusform>
                <numerusform>استُورد %n سجلًا.</numerusform>
                <numerusform>استُورد %n سجل.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="310" />
            <source>New: %1. Revised: %2. Unchanged: %3.</source>
            <translation>جديدة: ⁨%1⁩. منقّحة: ⁨%2⁩. دون تغيير: ⁨%3⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="314" />
            <source>Marked as coming from %1 and kept apart from your own records in counts.</source>
            <translation>وُسمت بأنها واردة من ⁨%1⁩، وتُحسب بمعزل عن سجلاتك الخاصة.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="320" />
            <source>%n event(s) imported before are not in this export (deleted by the publisher, or outside this download); they were left as they are:</source>
            <translation>
                <numerusform>لا حدث مستوردًا من قبل غائب عن هذا التصدير:</numerusform>
                <numerusform>حدث واحد استُورد من قبل ليس في هذا التصدير (حذفه الناشر، أو هو خارج هذا التنزيل)؛ تُرك كما هو:</numerusform>
                <numerusform>حدثان استُوردا من قبل ليسا في هذا التصدير (حذفهما الناشر، أو هما خارج هذا التنزيل)؛ تُركا كما هما:</numerusform>
                <numerusform>%n أحداث استُوردت من قبل ليست في هذا التصدير (حذفها الناشر، أو هي خارج هذا التنزيل)؛ تُركت كما هي:</numerusform>
                <numerusform>%n حدثًا استُورد من قبل ليس في هذا التصدير (حذفها الناشر، أو هي خارج هذا التنزيل)؛ تُركت كما هي:</numerusform>
                <numerusform>%n حدث استُورد من قبل ليس في هذا التصدير (حذفها الناشر، أو هي خارج هذا التنزيل)؛ تُركت كما هي:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="203" />
            <source>%1 of %2 records match</source>
            <translation>يطابق ⁨%1⁩ من ⁨%2⁩ سجل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="69" />
            <source>Import records from a Fieldcase .json or .csv file, an ACLED or UCDP export, an HXL-tagged dataset, or KoboToolbox / ODK submissions (all or nothing)</source>
            <translation>استيراد سجلات من ملف Fieldcase بصيغة .json أو .csv، أو من تصدير ACLED أو UCDP، أو من مجموعة بيانات موسومة بوسوم HXL، أو من استمارات KoboToolbox / ODK المرسلة (الكل أو لا شيء)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="73" />
            <source>Records or context data…</source>
            <translation>سجلات أو بيانات سياقية…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="74" />
            <source>KoboToolbox / ODK submissions…</source>
            <translation>استمارات KoboToolbox / ODK المرسلة…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="229" />
            <source>Import records</source>
            <translation>استيراد سجلات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="293" />
            <source>… and %1 more.</source>
            <translation>… و⁨%1⁩ غيرها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="298" />
            <source>Import cancelled; nothing was imported.</source>
            <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/cases.py" line="303" />
            <source>Importing %1…</source>
            <translation>جارٍ استيراد ⁨%1⁩…</translation>
        </message>
    </context>
    <context>
        <name>ChangeOwnPassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="364" />
            <source>Change my passphrase</source>
            <translation>تغيير عبارة المرور الخاصة بي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="365" />
            <source>Your key slot is wrapped again under the new passphrase, holding the same keys; your current one opens nothing afterwards.</source>
            <translation>تُغلَّف خانة مفاتيحك من جديد بعبارة المرور الجديدة وتحتفظ بالمفاتيح نفسها؛ ولن تفتح عبارتك الحالية شيئًا بعد ذلك.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="366" />
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="372" />
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="373" />
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="375" />
            <source>Repeat</source>
            <translation>التكرار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="382" />
            <source>Enter your current passphrase.</source>
            <translation>أدخل عبارة المرور الحالية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="388" />
            <source>The HQ directory is locked.</source>
            <translation>دليل المقر مقفل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="391" />
            <source>Changing your passphrase…</source>
            <translation>جارٍ تغيير عبارة المرور الخاصة بك…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="394" />
            <source>Your passphrase was changed: sign in with the new one next time.</source>
            <translation>غُيِّرت عبارة المرور الخاصة بك: سجّل الدخول بالعبارة الجديدة في المرة القادمة.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="37" />
            <source>Change the passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="41" />
            <source>The store is not re-encrypted: the workspace key is wrapped again under the new passphrase. The recovery key keeps working.</source>
            <translation>لا يُعاد تشفير قاعدة البيانات: يُغلَّف مفتاح مساحة العمل من جديد بعبارة المرور الجديدة. ويظل مفتاح الاسترداد صالحًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="49" />
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="50" />
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="52" />
            <source>Repeat</source>
            <translation>التكرار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="55" />
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="67" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation>عبارة المرور الجديدة قصيرة جدًا: استخدم ⁨%1⁩ حرفًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="71" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>عبارة المرور هذه سهلة التخمين: أضف بضع كلمات لا رابط بينها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="74" />
            <source>The two new passphrases differ.</source>
            <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="82" />
            <source>Changing the passphrase…</source>
            <translation>جارٍ تغيير عبارة المرور…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="83" />
            <source>Cancelled: the passphrase was not changed.</source>
            <translation>أُلغي: لم تُغيَّر عبارة المرور.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="88" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="87" />
            <source>The passphrase was changed. Use the new one the next time you unlock; the recovery key still works.</source>
            <translation>غُيِّرت عبارة المرور. استخدم العبارة الجديدة في المرة القادمة التي تفتح فيها القفل؛ ولا يزال مفتاح الاسترداد صالحًا.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceList</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="108" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/choice_list.py" line="144" />
            <source>Choose a value from the list.</source>
            <translation>اختر قيمة من القائمة.</translation>
        </message>
    </context>
    <context>
        <name>ConflictWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="73" />
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="89" />
            <source>Sync conflicts</source>
            <translation>تعارضات المزامنة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="91" />
            <source>This record was edited here and elsewhere before the two versions met. Choose, for every highlighted field, the version to keep, or type a combination. Saving writes a new revision; both versions stay in the history.</source>
            <translation>عُدِّل هذا السجل هنا وفي مكان آخر قبل أن تلتقي النسختان. اختر لكل حقل مظلَّل النسخة التي تريد الاحتفاظ بها، أو اكتب قيمة تجمع بينهما. يُنشئ الحفظ مراجعة جديدة، وتبقى النسختان في السجل التاريخي.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="96" />
            <source>Conflict</source>
            <translation>التعارض</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="126" />
            <source>Keep all mine</source>
            <translation>الاحتفاظ بكل ما لديّ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="128" />
            <source>Take all theirs</source>
            <translation>أخذ كل ما لديهم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="131" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="133" />
            <source>Save decision</source>
            <translation>حفظ القرار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="135" />
            <source>Write the chosen values as a new revision (Ctrl+S)</source>
            <translation>كتابة القيم المختارة كمراجعة جديدة (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="160" />
            <source>%1 — from %2</source>
            <translation>⁨%1⁩ — من ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="170" />
            <source>No sync conflicts to resolve.</source>
            <translation>لا توجد تعارضات مزامنة لحلّها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="171" />
            <source>Your decision was saved as revision %1 of the record.</source>
            <translation>حُفظ قرارك كمراجعة ⁨%1⁩ للسجل.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="197" />
            <source>%n field(s) differ. Detected %1 in a package from %2.</source>
            <translation>
                <numerusform>لا تختلف أي حقول. اكتُشف في ⁨%1⁩ في حزمة من ⁨%2⁩.</numerusform>
                <numerusform>يختلف حقل واحد. اكتُشف في ⁨%1⁩ في حزمة من ⁨%2⁩.</numerusform>
                <numerusform>يختلف حقلان. اكتُشف في ⁨%1⁩ في حزمة من ⁨%2⁩.</numerusform>
                <numerusform>تختلف %n حقول. اكتُشف في ⁨%1⁩ في حزمة من ⁨%2⁩.</numerusform>
                <numerusform>يختلف %n حقلًا. اكتُشف في ⁨%1⁩ في حزمة من ⁨%2⁩.</numerusform>
                <numerusform>يختلف %n حقل. اكتُشف في ⁨%1⁩ في حزمة من ⁨%2⁩.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="206" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="206" />
            <source>Type of information</source>
            <translation>نوع المعلومات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="206" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="207" />
            <source>End date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="207" />
            <source>Reported on</source>
            <translation>تاريخ الإبلاغ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="207" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="208" />
            <source>Narrative</source>
            <translation>السرد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="208" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="208" />
            <source>Acts</source>
            <translation>الأفعال</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="209" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="209" />
            <source>Violation types</source>
            <translation>أنواع الانتهاكات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="210" />
            <source>Perpetrator category</source>
            <translation>فئة الجاني</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="211" />
            <source>Perpetrator status</source>
            <translation>صفة الجاني</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="211" />
            <source>Severity</source>
            <translation>درجة الخطورة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="212" />
            <source>Verification</source>
            <translation>التحقق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="212" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="213" />
            <source>Confidentiality</source>
            <translation>السرية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="213" />
            <source>Reprisal</source>
            <translation>الانتقام</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="214" />
            <source>Early warning</source>
            <translation>الإنذار المبكر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="214" />
            <source>Cross-border country</source>
            <translation>البلد عبر الحدود</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="215" />
            <source>Proposed early action</source>
            <translation>الإجراء المبكر المقترح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="215" />
            <source>Casualties</source>
            <translation>الإصابات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="216" />
            <source>Deaths (SDG 16.1.2)</source>
            <translation>الوفيات (هدف التنمية المستدامة 16.1.2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="216" />
            <source>Related to an armed conflict</source>
            <translation>مرتبط بنزاع مسلح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="217" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="217" />
            <source>Risk areas and factors</source>
            <translation>مجالات الخطر وعوامله</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="218" />
            <source>Attachments</source>
            <translation>المرفقات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="240" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="241" />
            <source>Mine: revision %1 by %2, %3</source>
            <translation>نسختي: المراجعة ⁨%1⁩ بواسطة ⁨%2⁩، ⁨%3⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="242" />
            <source>Theirs: revision %1 by %2, %3</source>
            <translation>نسختهم: المراجعة ⁨%1⁩ بواسطة ⁨%2⁩، ⁨%3⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="266" />
            <source>Keep mine</source>
            <translation>الاحتفاظ بنسختي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="267" />
            <source>Take theirs</source>
            <translation>أخذ نسختهم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="291" />
            <source>Combine: type the value</source>
            <translation>الجمع: اكتب القيمة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="365" />
            <source>%1 of %2 fields decided</source>
            <translation>حُسم ⁨%1⁩ من ⁨%2⁩ من الحقول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="417" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="417" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="418" />
            <source>(not set)</source>
            <translation>(غير محدد)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="418" />
            <source>by</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="419" />
            <source>linked to the victim's work</source>
            <translation>مرتبط بعمل الضحية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="420" />
            <source>killed</source>
            <translation>قتلى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="420" />
            <source>injured</source>
            <translation>جرحى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="421" />
            <source>abducted</source>
            <translation>مختطفون</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="421" />
            <source>displaced</source>
            <translation>نازحون</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="422" />
            <source>name recorded</source>
            <translation>الاسم مسجل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="422" />
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/conflicts.py" line="423" />
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>ContextPreviewDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="28" />
            <source>Import context data</source>
            <translation>استيراد بيانات سياقية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="35" />
            <source>%1: %2</source>
            <translation>⁨%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="39" />
            <source>These records will be marked as coming from this dataset and kept apart from your own records in counts. Licence: %1</source>
            <translation>ستُوسم هذه السجلات بأنها واردة من مجموعة البيانات هذه، وتُحسب بمعزل عن سجلاتك الخاصة. الترخيص: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="46" />
            <source>Which column fills which field</source>
            <translation>أي عمود يملأ أي حقل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="47" />
            <source>Column</source>
            <translation>العمود</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="47" />
            <source>Fills</source>
            <translation>يملأ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="48" />
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="49" />
            <source>kept as source data</source>
            <translation>يُحفظ بوصفه بيانات المصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="52" />
            <source>The first rows, as they would be imported</source>
            <translation>الصفوف الأولى، كما ستُستورد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="56" />
            <source>Would be refused: %1</source>
            <translation>ستُرفض: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="66" />
            <source>Where</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="67" />
            <source>Killed</source>
            <translation>القتلى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/context_preview.py" line="71" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
    </context>
    <context>
        <name>CreateForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="29" />
            <source>Create a new workspace</source>
            <translation>إنشاء مساحة عمل جديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="30" />
            <source>A workspace is a folder holding your encrypted case files. Only this passphrase (or the recovery key shown next) can open it.</source>
            <translation>مساحة العمل مجلد يضم ملفات حالاتك المشفرة. لا يفتحه إلا عبارة المرور هذه (أو مفتاح الاسترداد الذي يُعرض بعد ذلك).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="38" />
            <source>Choose an empty folder for the workspace</source>
            <translation>اختر مجلدًا فارغًا لمساحة العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="39" />
            <source>Folder</source>
            <translation>المجلد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="42" />
            <source>Shown in the revision history of every record</source>
            <translation>يظهر في سجل نسخ كل سجل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="43" />
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="44" />
            <source>Several unrelated words</source>
            <translation>عدة كلمات لا رابط بينها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="47" />
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="50" />
            <source>The same passphrase again</source>
            <translation>عبارة المرور نفسها مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="54" />
            <source>Repeat</source>
            <translation>التكرار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="65" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="67" />
            <source>Create workspace</source>
            <translation>إنشاء مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="89" />
            <source>Choose a folder for the workspace.</source>
            <translation>اختر مجلدًا لمساحة العمل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="91" />
            <source>This folder is not empty: choose a new or empty folder.</source>
            <translation>هذا المجلد ليس فارغًا: اختر مجلدًا جديدًا أو فارغًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="93" />
            <source>Enter your name: it is recorded with every change you make.</source>
            <translation>أدخل اسمك: يُسجَّل مع كل تغيير تجريه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="95" />
            <source>The passphrase is too short: use at least %1 characters.</source>
            <translation>عبارة المرور قصيرة جدًا: استخدم ⁨%1⁩ حرفًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="97" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>عبارة المرور هذه سهلة التخمين: أضف بضع كلمات لا رابط بينها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="99" />
            <source>The two passphrases differ: type the same passphrase twice.</source>
            <translation>عبارتا المرور مختلفتان: اكتب عبارة المرور نفسها مرتين.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/create_form.py" line="117" />
            <source>Creating the encrypted workspace…</source>
            <translation>جارٍ إنشاء مساحة العمل المشفرة…</translation>
        </message>
    </context>
    <context>
        <name>DraftsDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="30" />
            <source>Unsaved drafts</source>
            <translation>مسودات غير محفوظة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="35" />
            <source>Changes are kept here, encrypted, until they are saved as a revision or discarded.</source>
            <translation>تُحفظ التغييرات هنا مشفرةً إلى أن تُحفظ كنسخة أو تُتجاهل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="41" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="41" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="41" />
            <source>Last change</source>
            <translation>آخر تغيير</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="49" />
            <source>(untitled)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="51" />
            <source>(never saved)</source>
            <translation>(لم يُحفظ قط)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="59" />
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/drafts.py" line="61" />
            <source>Discard</source>
            <translation>تجاهل</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/duplicates.py" line="35" />
            <source>Possible duplicates</source>
            <translation>تكرارات محتملة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/duplicates.py" line="38" />
            <source>Back to the case files</source>
            <translation>العودة إلى ملفات القضايا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/duplicates.py" line="42" />
            <source>People named in several records and incidents reported by several sources, ranked by how alike they are. Double-click a side to open its record.</source>
            <translation>أشخاص مذكورون في عدة سجلات وحوادث أبلغت عنها عدة مصادر، مرتبة حسب درجة تشابهها. انقر نقرًا مزدوجًا على أحد الطرفين لفتح سجله.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="82" />
            <source>Show</source>
            <translation>عرض</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="83" />
            <source>People and incidents</source>
            <translation>الأشخاص والحوادث</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="84" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="85" />
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="86" />
            <source>Show names</source>
            <translation>إظهار الأسماء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="87" />
            <source>Show people's real names instead of their pseudonyms</source>
            <translation>إظهار الأسماء الحقيقية للأشخاص بدلًا من أسمائهم المستعارة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="88" />
            <source>Look again</source>
            <translation>ابحث من جديد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="89" />
            <source>Compare the records again (after changes)</source>
            <translation>قارن السجلات من جديد (بعد التغييرات)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="112" />
            <source>Possible duplicates</source>
            <translation>تكرارات محتملة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="113" />
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="113" />
            <source>One</source>
            <translation>الأول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="113" />
            <source>The other</source>
            <translation>الآخر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="114" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="168" />
            <source>Stopped before the end: nothing is listed.</source>
            <translation>توقف قبل النهاية: لم يُعرض شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="175" />
            <source>Comparing the records…</source>
            <translation>جارٍ مقارنة السجلات…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="183" />
            <source>No possible duplicates of this record.</source>
            <translation>لا تكرارات محتملة لهذا السجل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="184" />
            <source>No possible duplicates found.</source>
            <translation>لم يُعثر على تكرارات محتملة.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="186" />
            <source>The %1 most likely of %n possible duplicates, best first.</source>
            <translation>
                <numerusform>الأرجح ⁨%1⁩ من %n تكرار محتمل، الأفضل أولًا.</numerusform>
                <numerusform>الأرجح ⁨%1⁩ من تكرار محتمل واحد، الأفضل أولًا.</numerusform>
                <numerusform>الأرجح ⁨%1⁩ من تكرارين محتملين، الأفضل أولًا.</numerusform>
                <numerusform>الأرجح ⁨%1⁩ من %n تكرارات محتملة، الأفضل أولًا.</numerusform>
                <numerusform>الأرجح ⁨%1⁩ من %n تكرارًا محتملًا، الأفضل أولًا.</numerusform>
                <numerusform>الأرجح ⁨%1⁩ من %n تكرار محتمل، الأفضل أولًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="189" />
            <source>%n possible duplicate(s), best first. Mark a pair as the same only after checking both records.</source>
            <translation>
                <numerusform>%n تكرار محتمل، الأفضل أولًا. لا تعلّم زوجًا على أنه واحد إلا بعد مراجعة السجلين.</numerusform>
                <numerusform>تكرار محتمل واحد، الأفضل أولًا. لا تعلّم زوجًا على أنه واحد إلا بعد مراجعة السجلين.</numerusform>
                <numerusform>تكراران محتملان، الأفضل أولًا. لا تعلّم زوجًا على أنه واحد إلا بعد مراجعة السجلين.</numerusform>
                <numerusform>%n تكرارات محتملة، الأفضل أولًا. لا تعلّم زوجًا على أنه واحد إلا بعد مراجعة السجلين.</numerusform>
                <numerusform>%n تكرارًا محتملًا، الأفضل أولًا. لا تعلّم زوجًا على أنه واحد إلا بعد مراجعة السجلين.</numerusform>
                <numerusform>%n تكرار محتمل، الأفضل أولًا. لا تعلّم زوجًا على أنه واحد إلا بعد مراجعة السجلين.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="196" />
            <source>How alike the two are, out of 100</source>
            <translation>مدى التشابه بين الاثنين، من 100</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="201" />
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="243" />
            <source>Mark as the same…</source>
            <translation>تعليم على أنهما واحد…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="204" />
            <source>Record that these are one person or one incident (both records are kept)</source>
            <translation>سجّل أنهما شخص واحد أو حادثة واحدة (يُحتفظ بالسجلين كليهما)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="218" />
            <source>Same name</source>
            <translation>الاسم نفسه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="219" />
            <source>Names spelled differently that sound alike</source>
            <translation>اسمان مكتوبان بشكل مختلف ويُلفظان بالطريقة نفسها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="220" />
            <source>The same name written in Arabic and in Latin letters</source>
            <translation>الاسم نفسه مكتوبًا بالحروف العربية وبالحروف اللاتينية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="221" />
            <source>An initial matches the full name</source>
            <translation>حرف أول يطابق الاسم الكامل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="222" />
            <source>Part of the name matches</source>
            <translation>جزء من الاسم متطابق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="223" />
            <source>Same sex</source>
            <translation>الجنس نفسه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="224" />
            <source>Same age group</source>
            <translation>الفئة العمرية نفسها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="225" />
            <source>Different age groups</source>
            <translation>فئتان عمريتان مختلفتان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="226" />
            <source>Same district</source>
            <translation>المديرية نفسها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="227" />
            <source>Same region</source>
            <translation>الإقليم نفسه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="228" />
            <source>Different regions</source>
            <translation>إقليمان مختلفان</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="229" />
            <source>%n km apart</source>
            <translation>
                <numerusform>على بعد %n كم</numerusform>
                <numerusform>على بعد كيلومتر واحد</numerusform>
                <numerusform>على بعد كيلومترين</numerusform>
                <numerusform>على بعد %n كيلومترات</numerusform>
                <numerusform>على بعد %n كيلومترًا</numerusform>
                <numerusform>على بعد %n كيلومتر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="230" />
            <source>Same role in both records</source>
            <translation>الدور نفسه في السجلين</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="231" />
            <source>Same day</source>
            <translation>اليوم نفسه</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="232" />
            <source>Dates %n day(s) apart</source>
            <translation>
                <numerusform>تاريخان بينهما %n يوم</numerusform>
                <numerusform>تاريخان بينهما يوم واحد</numerusform>
                <numerusform>تاريخان بينهما يومان</numerusform>
                <numerusform>تاريخان بينهما %n أيام</numerusform>
                <numerusform>تاريخان بينهما %n يومًا</numerusform>
                <numerusform>تاريخان بينهما %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="233" />
            <source>Overlapping dates (one known only to the month or year)</source>
            <translation>تاريخان متداخلان (أحدهما معروف بالشهر أو السنة فقط)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="234" />
            <source>%n act type(s) in common</source>
            <translation>
                <numerusform>%n نوع فعل مشترك</numerusform>
                <numerusform>نوع فعل واحد مشترك</numerusform>
                <numerusform>نوعا فعل مشتركان</numerusform>
                <numerusform>%n أنواع أفعال مشتركة</numerusform>
                <numerusform>%n نوعًا من الأفعال مشتركًا</numerusform>
                <numerusform>%n نوع فعل مشترك</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="235" />
            <source>No act type in common</source>
            <translation>لا نوع فعل مشتركًا</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="236" />
            <source>%n victim(s) in common</source>
            <translation>
                <numerusform>%n ضحية مشتركة</numerusform>
                <numerusform>ضحية واحدة مشتركة</numerusform>
                <numerusform>ضحيتان مشتركتان</numerusform>
                <numerusform>%n ضحايا مشتركون</numerusform>
                <numerusform>%n ضحية مشتركة</numerusform>
                <numerusform>%n ضحية مشتركة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="237" />
            <source>No victim in common</source>
            <translation>لا ضحية مشتركة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="282" />
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/widgets/duplicates.py" line="290" />
            <source>In %n record(s)</source>
            <translation>
                <numerusform>في %n سجل</numerusform>
                <numerusform>في سجل واحد</numerusform>
                <numerusform>في سجلين</numerusform>
                <numerusform>في %n سجلات</numerusform>
                <numerusform>في %n سجلًا</numerusform>
                <numerusform>في %n سجل</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuressPassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="36" />
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="51" />
            <source>Duress passphrase</source>
            <translation>عبارة المرور الخاصة بالإكراه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="41" />
            <source>A second passphrase to give if you are forced to unlock: typed on the unlock screen, it opens an empty decoy workspace instead of this one. Nothing on the computer shows that it exists.</source>
            <translation>عبارة مرور ثانية تعطيها إذا أُجبرت على فتح القفل: إذا كُتبت في شاشة فتح القفل فإنها تفتح مساحة عمل تمويهية فارغة بدلًا من هذه. لا شيء على الحاسوب يُظهر أنها موجودة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="50" />
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="53" />
            <source>Repeat</source>
            <translation>التكرار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="55" />
            <source>Also quick-delete this workspace when the duress passphrase is typed</source>
            <translation>احذف أيضًا مساحة العمل هذه حذفًا سريعًا عند كتابة عبارة المرور الخاصة بالإكراه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="60" />
            <source>Then every record, draft and attachment on this computer is destroyed before the decoy opens; only what reached HQ survives. This cannot be undone.</source>
            <translation>عندئذ يُتلف كل سجل ومسودة ومرفق على هذا الحاسوب قبل أن تُفتح المساحة التمويهية؛ لا يبقى إلا ما وصل إلى المقر. لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="62" />
            <source>Remove duress passphrase</source>
            <translation>إزالة عبارة المرور الخاصة بالإكراه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="64" />
            <source>Asks for the current passphrase only.</source>
            <translation>تطلب عبارة المرور الحالية فقط.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="70" />
            <source>Set</source>
            <translation>تعيين</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="70" />
            <source>Replace</source>
            <translation>استبدال</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="82" />
            <source>Type your current passphrase first.</source>
            <translation>اكتب عبارة المرور الحالية أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="85" />
            <source>The duress passphrase is too short: use at least %1 characters.</source>
            <translation>عبارة المرور الخاصة بالإكراه قصيرة جدًا: استخدم ⁨%1⁩ حرفًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="89" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>عبارة المرور هذه سهلة التخمين: أضف بضع كلمات لا رابط بينها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="92" />
            <source>The two duress passphrases differ.</source>
            <translation>عبارتا المرور الخاصتان بالإكراه مختلفتان.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="95" />
            <source>The duress passphrase must differ from your passphrase.</source>
            <translation>يجب أن تختلف عبارة المرور الخاصة بالإكراه عن عبارة المرور الخاصة بك.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="103" />
            <source>Setting the duress passphrase…</source>
            <translation>جارٍ تعيين عبارة المرور الخاصة بالإكراه…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="109" />
            <source>Type your current passphrase to remove the duress passphrase.</source>
            <translation>اكتب عبارة المرور الحالية لإزالة عبارة المرور الخاصة بالإكراه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="117" />
            <source>Removing the duress passphrase…</source>
            <translation>جارٍ إزالة عبارة المرور الخاصة بالإكراه…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="104" />
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="118" />
            <source>Cancelled: nothing was changed.</source>
            <translation>أُلغي: لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="123" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="128" />
            <source>Duress passphrase set: typing it quick-deletes this workspace, then opens an empty decoy. Your passphrase and the recovery key open this workspace as before.</source>
            <translation>عُيّنت عبارة المرور الخاصة بالإكراه: كتابتها تحذف مساحة العمل هذه حذفًا سريعًا ثم تفتح مساحة تمويهية فارغة. عبارة المرور الخاصة بك ومفتاح الاسترداد يفتحان مساحة العمل هذه كما من قبل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="131" />
            <source>Duress passphrase set: typing it opens an empty decoy workspace; this workspace stays as it is. Your passphrase and the recovery key open it as before.</source>
            <translation>عُيّنت عبارة المرور الخاصة بالإكراه: كتابتها تفتح مساحة عمل تمويهية فارغة؛ وتبقى مساحة العمل هذه كما هي. عبارة المرور الخاصة بك ومفتاح الاسترداد يفتحانها كما من قبل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/duress.py" line="133" />
            <source>The duress passphrase was removed: it opens nothing now.</source>
            <translation>أُزيلت عبارة المرور الخاصة بالإكراه: لم تعد تفتح شيئًا.</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="19" />
            <source>Record type</source>
            <translation>نوع السجل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="22" />
            <source>Information type</source>
            <translation>نوع المعلومات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="25" />
            <source>Required for community information; not used for incidents.</source>
            <translation>إلزامي للمعلومات المجتمعية؛ لا يُستخدم للحوادث.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="29" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="31" />
            <source>A short, factual title (3–300 characters)</source>
            <translation>عنوان قصير وواقعي (من 3 إلى 300 حرف)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="35" />
            <source>Narrative</source>
            <translation>السرد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="37" />
            <source>What happened, in order; who reported it; what is still unclear.</source>
            <translation>ما حدث بالترتيب؛ ومن أبلغ عنه؛ وما لا يزال غير واضح.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="40" />
            <source>Follow-up status</source>
            <translation>حالة المتابعة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="44" />
            <source>Confidentiality</source>
            <translation>السرية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="50" />
            <source>Flag as an early-warning signal</source>
            <translation>وسمه إشارةً للإنذار المبكر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="53" />
            <source>Proposed early action</source>
            <translation>الإجراء المبكر المقترح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="54" />
            <source>For an early-warning signal: what should be done, by whom</source>
            <translation>لإشارة إنذار مبكر: ما ينبغي فعله، ومن يفعله</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="58" />
            <source>Cross-border: the other country</source>
            <translation>عابر للحدود: البلد الآخر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="59" />
            <source>ISO 3166 alpha-3 code, e.g. XTW</source>
            <translation>رمز ISO 3166 من ثلاثة أحرف، مثلًا XTW</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="60" />
            <source>For an incident or signal that crosses a border (the regional review at HQ).</source>
            <translation>لحادث أو إشارة تعبر الحدود (الاستعراض الإقليمي في المقر).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="63" />
            <source>Suspected reprisal for cooperation with the UN (HRC res. 12/2)</source>
            <translation>يُشتبه في أنه عمل انتقامي بسبب التعاون مع الأمم المتحدة (قرار مجلس حقوق الإنسان 12/2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="72" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="76" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="84" />
            <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
            <translation>YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="77" />
            <source>As precisely as it is known: a day, a month or a year.</source>
            <translation>بأدق ما هو معروف: يوم أو شهر أو سنة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="81" />
            <source>Until</source>
            <translation>حتى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="85" />
            <source>For events that lasted: the last day, month or year.</source>
            <translation>للأحداث التي استمرت: آخر يوم أو شهر أو سنة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="87" />
            <source>Reported on</source>
            <translation>تاريخ الإبلاغ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="88" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="210" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="91" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="93" />
            <source>ISO 3166 code, e.g. XTV</source>
            <translation>رمز ISO 3166، مثلًا XTV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="95" />
            <source>Region (admin 1)</source>
            <translation>المنطقة (المستوى الإداري 1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="97" />
            <source>Region P-code</source>
            <translation>رمز P-code للمنطقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="97" />
            <source>e.g. XT02</source>
            <translation>مثلًا XT02</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="99" />
            <source>District (admin 2)</source>
            <translation>المقاطعة (المستوى الإداري 2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="102" />
            <source>District P-code</source>
            <translation>رمز P-code للمقاطعة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="103" />
            <source>e.g. XT0202</source>
            <translation>مثلًا XT0202</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="107" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="108" />
            <source>Village, neighbourhood, site</source>
            <translation>القرية أو الحي أو الموقع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="110" />
            <source>Latitude</source>
            <translation>خط العرض</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="111" />
            <source>Longitude</source>
            <translation>خط الطول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="114" />
            <source>Precision (metres)</source>
            <translation>الدقة (بالأمتار)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="116" />
            <source>Radius within which the true location lies.</source>
            <translation>نصف القطر الذي يقع ضمنه الموقع الحقيقي.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="125" />
            <source>Verification</source>
            <translation>التحقق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="131" />
            <source>Severity</source>
            <translation>الخطورة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="134" />
            <source>Alleged perpetrator</source>
            <translation>الجاني المزعوم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="138" />
            <source>Type to search</source>
            <translation>اكتب للبحث</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="142" />
            <source>Perpetrator status</source>
            <translation>صفة الجاني</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="153" />
            <source>Killed</source>
            <translation>القتلى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="154" />
            <source>Injured</source>
            <translation>الجرحى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="155" />
            <source>Abducted</source>
            <translation>المختطفون</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="156" />
            <source>Displaced</source>
            <translation>النازحون</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="159" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="161" />
            <source>Community information: how many people were present.</source>
            <translation>معلومات مجتمعية: عدد الأشخاص الحاضرين.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="168" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="311" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="171" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="312" />
            <source>Pseudonym</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="173" />
            <source>A code used in reports, e.g. V-014</source>
            <translation>رمز يُستخدم في التقارير، مثلًا V-014</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="177" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="313" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="179" />
            <source>Kept encrypted; leave empty unless needed. Never in exports without consent.</source>
            <translation>يُحفظ مشفرًا؛ اتركه فارغًا ما لم يكن ضروريًا. لا يظهر أبدًا في الصادرات دون موافقة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="181" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="256" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="337" />
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="182" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="260" />
            <source>Age group</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="183" />
            <source>Victim group (SDG 16.10.1)</source>
            <translation>فئة الضحايا (المؤشر 16.10.1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="186" />
            <source>Cooperated with the UN through</source>
            <translation>تعاون مع الأمم المتحدة عن طريق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="190" />
            <source>Reprisal suspected</source>
            <translation>يُشتبه في عمل انتقامي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="193" />
            <source>At risk if identified</source>
            <translation>معرّض للخطر إذا كُشفت هويته</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="195" />
            <source>Protection concern</source>
            <translation>شاغل حماية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="199" />
            <source>Consents to being named</source>
            <translation>يوافق على ذكر اسمه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="201" />
            <source>The person agreed to be named in reports to headquarters.</source>
            <translation>وافق الشخص على ذكر اسمه في التقارير المرفوعة إلى المقر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="205" />
            <source>Consents to referral</source>
            <translation>يوافق على الإحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="207" />
            <source>The person agreed to referral, e.g. to the UN reprisals focal point.</source>
            <translation>وافق الشخص على الإحالة، مثلًا إلى جهة التنسيق المعنية بالأعمال الانتقامية في الأمم المتحدة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="209" />
            <source>Consent recorded on</source>
            <translation>تاريخ تسجيل الموافقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="218" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="326" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="220" />
            <source>Who or what: a code, not a full name</source>
            <translation>من أو ما هو: رمز، لا اسم كامل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="223" />
            <source>Type of source material</source>
            <translation>نوع مادة المصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="227" />
            <source>Source reliability</source>
            <translation>موثوقية المصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="235" />
            <source>Credibility of this information</source>
            <translation>مصداقية هذه المعلومات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="244" />
            <source>Connection to the information</source>
            <translation>صلة المصدر بالمعلومات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="254" />
            <source>Number of deaths</source>
            <translation>عدد الوفيات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="268" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="339" />
            <source>Cause</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="276" />
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="340" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="301" />
            <source>at risk</source>
            <translation>معرّض للخطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="303" />
            <source>reprisal suspected</source>
            <translation>يُشتبه في عمل انتقامي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="306" />
            <source>may be named</source>
            <translation>يجوز ذكر اسمه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="306" />
            <source>no naming consent</source>
            <translation>لا موافقة على ذكر الاسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="315" />
            <source>Sex / age</source>
            <translation>الجنس / العمر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="320" />
            <source>Protection and consent</source>
            <translation>الحماية والموافقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="327" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="328" />
            <source>Reliability</source>
            <translation>الموثوقية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="329" />
            <source>Credibility</source>
            <translation>المصداقية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="330" />
            <source>Connection</source>
            <translation>الصلة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="336" />
            <source>Count</source>
            <translation>العدد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/sections.py" line="338" />
            <source>Age</source>
            <translation>العمر</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="128" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="734" />
            <source>● Unsaved changes</source>
            <translation>● تغييرات غير محفوظة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="130" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="735" />
            <source>Save with Ctrl+S; a draft is also kept, encrypted, as you type</source>
            <translation>احفظ بالضغط على Ctrl+S؛ وتُحفظ أيضًا مسودة مشفرة أثناء الكتابة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="144" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="738" />
            <source>Restore the draft</source>
            <translation>استعادة المسودة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="145" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="739" />
            <source>Discard the draft</source>
            <translation>تجاهل المسودة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="170" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="736" />
            <source>Evidence package…</source>
            <translation>حزمة الأدلة…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="172" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="737" />
            <source>Export a signed, court-ready package of this case</source>
            <translation>تصدير حزمة موقعة لهذه الحالة جاهزة للتقديم إلى المحكمة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="176" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="740" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="178" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="741" />
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="180" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="742" />
            <source>Save a new revision (Ctrl+S)</source>
            <translation>حفظ نسخة جديدة (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="224" />
            <source>Show names</source>
            <translation>إظهار الأسماء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="225" />
            <source>person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="227" />
            <source>Use a pseudonym in reports. A name is stored encrypted and shown only here.</source>
            <translation>استخدم اسمًا مستعارًا في التقارير. يُحفظ الاسم مشفرًا ولا يُعرض إلا هنا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="231" />
            <source>Copy name</source>
            <translation>نسخ الاسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="232" />
            <source>Copy the selected person's name; the clipboard is cleared after 30 seconds</source>
            <translation>نسخ اسم الشخص المحدد؛ تُمسح الحافظة بعد 30 ثانية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="239" />
            <source>source</source>
            <translation>مصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="242" />
            <source>deaths</source>
            <translation>وفيات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="243" />
            <source>Violation type — type to search</source>
            <translation>نوع الانتهاك — اكتب للبحث</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="245" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="253" />
            <source>Violation and abuse types</source>
            <translation>أنواع الانتهاكات والتجاوزات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="255" />
            <source>Risk tags (CCA risk areas, atrocity risk factors)</source>
            <translation>وسوم الخطر (مجالات الخطر في التحليل القطري المشترك، وعوامل خطر الجرائم الفظيعة)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="261" />
            <source>Not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="261" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="262" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="264" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="268" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="366" />
            <source>Related to an armed conflict</source>
            <translation>مرتبط بنزاع مسلح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="265" />
            <source>International or non-international armed conflict, as international humanitarian law defines it. The deaths count for SDG 16.1.2 only when this is Yes.</source>
            <translation>نزاع مسلح دولي أو غير دولي، على النحو الذي يعرّفه القانون الدولي الإنساني. لا تُحتسب الوفيات للمؤشر 16.1.2 إلا إذا كانت الإجابة نعم.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="273" />
            <source>Conflict-related deaths (SDG 16.1.2)</source>
            <translation>الوفيات المرتبطة بالنزاعات (المؤشر 16.1.2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="281" />
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="281" />
            <source>When &amp;&amp; where</source>
            <translation>متى وأين</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="282" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="282" />
            <source>Acts</source>
            <translation>الأفعال</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="283" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="284" />
            <source>Classification</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="285" />
            <source>Impact</source>
            <translation>الأثر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="285" />
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="370" />
            <source>Attachments</source>
            <translation>المرفقات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="286" />
            <source>History</source>
            <translation>السجل التاريخي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="289" />
            <source>Same as</source>
            <translation>هو نفسه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="297" />
            <source>Possible duplicates</source>
            <translation>تكرارات محتملة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="318" />
            <source>No gazetteer yet: import your country's COD-AB table in Settings › Places</source>
            <translation>لا يوجد معجم جغرافي بعد: استورد جدول COD-AB لبلدك من الإعدادات › الأماكن</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="325" />
            <source>Find in the gazetteer</source>
            <translation>البحث في المعجم الجغرافي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="345" />
            <source>Filled from the gazetteer: %1 (%2).</source>
            <translation>مُلئ من المعجم الجغرافي: ⁨%1⁩ (⁨%2⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="357" />
            <source>Victim</source>
            <translation>الضحية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="357" />
            <source>Type of act</source>
            <translation>نوع الفعل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="358" />
            <source>Perpetrator's relation to the State</source>
            <translation>علاقة الجاني بالدولة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="359" />
            <source>Perpetrator category</source>
            <translation>فئة الجاني</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="360" />
            <source>Linked to the victim's work</source>
            <translation>مرتبط بعمل الضحية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="361" />
            <source>State failed in due diligence</source>
            <translation>قصّرت الدولة في بذل العناية الواجبة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="362" />
            <source>Due-diligence rationale</source>
            <translation>مسوّغ العناية الواجبة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="363" />
            <source>Fate or whereabouts concealed</source>
            <translation>إخفاء المصير أو مكان الوجود</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="364" />
            <source>SDG 16.10.1 override</source>
            <translation>تعديل المؤشر 16.10.1</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="365" />
            <source>Override rationale</source>
            <translation>مسوّغ التعديل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="365" />
            <source>Act</source>
            <translation>الفعل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="367" />
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="367" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="367" />
            <source>Deaths</source>
            <translation>الوفيات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="368" />
            <source>Risk tag</source>
            <translation>وسم الخطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="368" />
            <source>Attachment</source>
            <translation>المرفق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="369" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="369" />
            <source>Rationale</source>
            <translation>المسوّغ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="370" />
            <source>Violation types</source>
            <translation>أنواع الانتهاكات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="464" />
            <source>Community information</source>
            <translation>معلومات مجتمعية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="464" />
            <source>Incident</source>
            <translation>حادثة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="465" />
            <source>New: %1</source>
            <translation>جديد: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="467" />
            <source>%1 · revision %2 · saved by %3, %4</source>
            <translation>⁨%1⁩ · النسخة ⁨%2⁩ · حفظها ⁨%3⁩، ⁨%4⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="471" />
            <source>%1 · not saved yet</source>
            <translation>⁨%1⁩ · لم يُحفظ بعد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="473" />
            <source>the title contains invisible direction-control characters</source>
            <translation>يحتوي العنوان على محارف غير مرئية للتحكم في الاتجاه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="477" />
            <source>%1 %2[*]</source>
            <translation>⁨%1⁩ ⁨%2⁩[*]</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="478" />
            <source>New %1[*]</source>
            <translation>⁨%1⁩ جديد[*]</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="486" />
            <source>Name copied; the clipboard will be cleared in 30 seconds.</source>
            <translation>نُسخ الاسم؛ ستُمسح الحافظة بعد 30 ثانية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="515" />
            <source>Person %1</source>
            <translation>الشخص ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="515" />
            <source>Source %1</source>
            <translation>المصدر ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="515" />
            <source>Deaths row %1</source>
            <translation>صف الوفيات ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="516" />
            <source>Tag %1</source>
            <translation>الوسم ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="516" />
            <source>Violation type %1</source>
            <translation>نوع الانتهاك ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="536" />
            <source>%1: %2</source>
            <translation>⁨%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="536" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="564" />
            <source>Not saved: %n problem(s) to fix, marked in red.</source>
            <translation>
                <numerusform>لم يُحفظ: لا مشكلات للإصلاح.</numerusform>
                <numerusform>لم يُحفظ: مشكلة واحدة يجب إصلاحها، مميزة بالأحمر.</numerusform>
                <numerusform>لم يُحفظ: مشكلتان يجب إصلاحهما، مميزتان بالأحمر.</numerusform>
                <numerusform>لم يُحفظ: %n مشكلات يجب إصلاحها، مميزة بالأحمر.</numerusform>
                <numerusform>لم يُحفظ: %n مشكلة يجب إصلاحها، مميزة بالأحمر.</numerusform>
                <numerusform>لم يُحفظ: %n مشكلة يجب إصلاحها، مميزة بالأحمر.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="571" />
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="587" />
            <source>Saved as revision %1.</source>
            <translation>حُفظ بوصفه النسخة ⁨%1⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="599" />
            <source>Not saved.</source>
            <translation>لم يُحفظ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="641" />
            <source>Attached %1 (revision %2).</source>
            <translation>أُرفق ⁨%1⁩ (النسخة ⁨%2⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="674" />
            <source>Draft saved (encrypted) at %1.</source>
            <translation>حُفظت المسودة (مشفرة) في ⁨%1⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="685" />
            <source>Unsaved changes from %1 were kept as an encrypted draft.</source>
            <translation>حُفظت التغييرات غير المحفوظة من ⁨%1⁩ في مسودة مشفرة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="686" />
            <source>an earlier session</source>
            <translation>جلسة سابقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="701" />
            <source>Draft restored; save to keep it as a new revision.</source>
            <translation>استُعيدت المسودة؛ احفظها للإبقاء عليها كنسخة جديدة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="760" />
            <source>Unsaved changes</source>
            <translation>تغييرات غير محفوظة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="761" />
            <source>This record has changes that are not saved yet.</source>
            <translation>في هذا السجل تغييرات لم تُحفظ بعد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="762" />
            <source>Save them as a new revision, or discard them?</source>
            <translation>هل تحفظها كنسخة جديدة أم تتجاهلها؟</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="105" />
            <source>Evidence package</source>
            <translation>حزمة الأدلة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="114" />
            <source>Evidence package for case %1</source>
            <translation>حزمة الأدلة للحالة ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="122" />
            <source>A BagIt package for a court, a commission of inquiry or another accountability mechanism: every revision of the record, the attachments' originals, the audit entries about the case and a PDF summary, signed by you. The recipient can check it with standard tools or with “fieldcase evidence verify”. Only saved revisions are exported; the export is recorded in the audit log.</source>
            <translation>حزمة BagIt لمحكمة أو لجنة تحقيق أو آلية مساءلة أخرى: كل نسخة من السجل، وأصول المرفقات، وقيود التدقيق المتعلقة بالحالة، وملخص بصيغة PDF، موقعة منك. يمكن للمستلم التحقق منها بأدوات قياسية أو بالأمر «fieldcase evidence verify». لا تُصدَّر إلا النسخ المحفوظة؛ ويُسجَّل التصدير في سجل التدقيق.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="128" />
            <source>None: everything as recorded, attachments included</source>
            <translation>بلا حجب: كل شيء كما سُجّل، بما في ذلك المرفقات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="129" />
            <source>Standard: pseudonyms unless consent, no source names or coordinates; attachments withheld (listed by SHA-256)</source>
            <translation>عادي: أسماء مستعارة ما لم تكن هناك موافقة، دون أسماء المصادر أو الإحداثيات؛ تُحجب المرفقات (تُدرج ببصمة SHA-256)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="131" />
            <source>Strict: as standard, and no places below admin-2, dates to the month</source>
            <translation>صارم: كالعادي، مع عدم ذكر أماكن دون المستوى الإداري الثاني، والتواريخ بالشهر فقط</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="144" />
            <source>Redaction</source>
            <translation>الحجب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="147" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="152" />
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="155" />
            <source>age1… (optional: encrypts the whole package)</source>
            <translation>age1… (اختياري: يشفّر الحزمة كلها)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="156" />
            <source>Encrypt to</source>
            <translation>التشفير إلى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="158" />
            <source>e.g. Commission of inquiry (optional; recorded in the audit log)</source>
            <translation>مثلًا لجنة تحقيق (اختياري؛ يُسجَّل في سجل التدقيق)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="159" />
            <source>Recipient</source>
            <translation>المستلم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="178" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="180" />
            <source>Cancel export</source>
            <translation>إلغاء التصدير</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="184" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="197" />
            <source>Save the evidence package as</source>
            <translation>حفظ حزمة الأدلة باسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="198" />
            <source>Zip archive (*.zip);;Encrypted zip (*.age)</source>
            <translation>أرشيف zip (*.zip);;zip مشفر (*.age)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="220" />
            <source>Choose where to save the package.</source>
            <translation>اختر مكان حفظ الحزمة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="233" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="253" />
            <source>Cancelled: no evidence package was written.</source>
            <translation>أُلغي: لم تُكتب أي حزمة أدلة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="261" />
            <source>Written to %1.</source>
            <translation>كُتبت في ⁨%1⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="262" />
            <source>Revisions: %1 · attachments included: %2 of %3 · redaction: %4</source>
            <translation>النسخ: ⁨%1⁩ · المرفقات المضمنة: ⁨%2⁩ من ⁨%3⁩ · الحجب: ⁨%4⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="265" />
            <source>Signed by %1. Tag manifest SHA-256:</source>
            <translation>وقّعها ⁨%1⁩. بصمة SHA-256 لبيان الوسوم:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/evidence_dialog.py" line="267" />
            <source>Recorded in the audit log.</source>
            <translation>سُجّل في سجل التدقيق.</translation>
        </message>
    </context>
    <context>
        <name>ExportBriefingDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="163" />
            <source>Export briefing</source>
            <translation>تصدير الإحاطة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="178" />
            <source>A signed PDF for headquarters. People, sources and coordinates are protected as described under Redaction; check the preview before exporting.</source>
            <translation>ملف PDF موقَّع للمقر. يُحمى الأشخاص والمصادر والإحداثيات على النحو المبيَّن تحت «الحجب»؛ راجع المعاينة قبل التصدير.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="187" />
            <source>Briefing</source>
            <translation>الإحاطة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="214" />
            <source>Country-wide</source>
            <translation>البلد كله</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="225" />
            <source>The marking printed on every page</source>
            <translation>علامة التصنيف المطبوعة على كل صفحة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="226" />
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="227" />
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="228" />
            <source>Classification</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="234" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="240" />
            <source>Standard</source>
            <translation>عادي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="242" />
            <source>Strict</source>
            <translation>صارم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="247" />
            <source>Withholds the names of people who did not consent to be named (their pseudonym is shown), every source's identity and all coordinates.</source>
            <translation>يحجب أسماء الأشخاص الذين لم يوافقوا على ذكر أسمائهم (يُعرض اسمهم المستعار)، وهوية كل المصادر، وكل الإحداثيات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="249" />
            <source>Also withholds places below district level and exact days: dates are given to the month, in narratives too.</source>
            <translation>يحجب أيضًا الأماكن التي دون مستوى المقاطعة والأيام بعينها: تُذكر التواريخ بالشهر، في السرد أيضًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="261" />
            <source>Redaction</source>
            <translation>الحجب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="268" />
            <source>What the briefing includes</source>
            <translation>ما تتضمنه الإحاطة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="296" />
            <source>Records</source>
            <translation>السجلات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="297" />
            <source>Risk matrix</source>
            <translation>مصفوفة المخاطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="298" />
            <source>Withheld</source>
            <translation>محجوب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="311" />
            <source>Signed by</source>
            <translation>موقَّع من</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="316" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="321" />
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="324" />
            <source>Also save the complete list as CSV</source>
            <translation>احفظ أيضًا القائمة الكاملة بصيغة CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="347" />
            <source>Exported</source>
            <translation>صُدّر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="362" />
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="371" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="414" />
            <source>Every record of the briefing, with the annex's columns, saved beside the PDF as %1. The PDF states the list's fingerprint (SHA-256), so a reader can check it is the list that was signed.</source>
            <translation>كل سجلات الإحاطة، بأعمدة المرفق، تُحفظ بجانب ملف PDF باسم ⁨%1⁩. يذكر ملف PDF بصمة القائمة (SHA-256)، ليتحقق القارئ من أنها القائمة التي وُقِّعت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="421" />
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="457" />
            <source>Updating the preview…</source>
            <translation>جارٍ تحديث المعاينة…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="432" />
            <source>Save the briefing as</source>
            <translation>حفظ الإحاطة باسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="433" />
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="467" />
            <source>%1, %2</source>
            <translation>⁨%1⁩، ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="468" />
            <source>all regions</source>
            <translation>كل المناطق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="474" />
            <source>(self-signed: not yet enrolled with HQ)</source>
            <translation>(موقَّع ذاتيًا: لم يُسجَّل لدى المقر بعد)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="476" />
            <source>Certificate SHA-256 %1</source>
            <translation>شهادة SHA-256 ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="490" />
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="490" />
            <source>Community reports</source>
            <translation>التقارير المجتمعية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="491" />
            <source>Meetings</source>
            <translation>الاجتماعات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="491" />
            <source>CSO reports</source>
            <translation>تقارير منظمات المجتمع المدني</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="492" />
            <source>Early warnings</source>
            <translation>الإنذارات المبكرة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="492" />
            <source>Other information</source>
            <translation>معلومات أخرى</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="493" />
            <source>%n record(s) in the month;</source>
            <translation>
                <numerusform>لا سجلات في الشهر؛</numerusform>
                <numerusform>سجل واحد في الشهر؛</numerusform>
                <numerusform>سجلان في الشهر؛</numerusform>
                <numerusform>%n سجلات في الشهر؛</numerusform>
                <numerusform>%n سجلًا في الشهر؛</numerusform>
                <numerusform>%n سجل في الشهر؛</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="494" />
            <source>%n key incident(s) described in full.</source>
            <translation>
                <numerusform>لا حوادث رئيسية موصوفة بالتفصيل.</numerusform>
                <numerusform>حادثة رئيسية واحدة موصوفة بالتفصيل.</numerusform>
                <numerusform>حادثتان رئيسيتان موصوفتان بالتفصيل.</numerusform>
                <numerusform>%n حوادث رئيسية موصوفة بالتفصيل.</numerusform>
                <numerusform>%n حادثة رئيسية موصوفة بالتفصيل.</numerusform>
                <numerusform>%n حادثة رئيسية موصوفة بالتفصيل.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="502" />
            <source>Very high</source>
            <translation>مرتفع جدًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="502" />
            <source>High</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="502" />
            <source>Medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="503" />
            <source>Low</source>
            <translation>منخفض</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="503" />
            <source>No data</source>
            <translation>لا بيانات</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="504" />
            <source>%n risk area(s)</source>
            <translation>
                <numerusform>لا مجالات خطر</numerusform>
                <numerusform>مجال خطر واحد</numerusform>
                <numerusform>مجالا خطر</numerusform>
                <numerusform>%n مجالات خطر</numerusform>
                <numerusform>%n مجالًا للخطر</numerusform>
                <numerusform>%n مجال خطر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="524" />
            <source>Enter a classification marking (it is printed on every page).</source>
            <translation>أدخل علامة تصنيف (تُطبع على كل صفحة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="527" />
            <source>The folder %1 does not exist: choose where to save the briefing.</source>
            <translation>المجلد ⁨%1⁩ غير موجود: اختر مكان حفظ الإحاطة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="538" />
            <source>Replace the file?</source>
            <translation>هل تستبدل الملف؟</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="539" />
            <source>A file named %1 already exists in this folder.</source>
            <translation>يوجد بالفعل ملف باسم ⁨%1⁩ في هذا المجلد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="541" />
            <source>Replace it with the complete list of this briefing?</source>
            <translation>هل تستبدله بالقائمة الكاملة لهذه الإحاطة؟</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="543" />
            <source>Replace</source>
            <translation>استبدال</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="565" />
            <source>Building the briefing…</source>
            <translation>جارٍ إعداد الإحاطة…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="581" />
            <source>Cancelled: no briefing was written.</source>
            <translation>أُلغي: لم تُكتب أي إحاطة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="591" />
            <source>Written to %1 (%2 pages, %3 records).
Signed by %4 at %5. The export is recorded in the workspace's export log. Document SHA-256:</source>
            <translation>كُتبت في ⁨%1⁩ (⁨%2⁩ صفحات، ⁨%3⁩ سجلات).
وقّعها ⁨%4⁩ في ⁨%5⁩. سُجّل التصدير في سجل تصديرات مساحة العمل. بصمة SHA-256 للمستند:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/export_briefing.py" line="599" />
            <source>The complete list, every record of the briefing, was written to %1. Its SHA-256, as the signed PDF states it:</source>
            <translation>كُتبت القائمة الكاملة، أي كل سجلات الإحاطة، في ⁨%1⁩. بصمة SHA-256 الخاصة بها كما يذكرها ملف PDF الموقَّع:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="70" />
            <source>Search titles, narratives, places, P-codes, pseudonyms (Ctrl+F)</source>
            <translation>البحث في العناوين والسرديات والأماكن ورموز P-code والأسماء المستعارة (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="74" />
            <source>All types</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="75" />
            <source>Any time</source>
            <translation>أي وقت</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 30 days</source>
            <translation>آخر 30 يومًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 3 months</source>
            <translation>آخر 3 أشهر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="76" />
            <source>Last 12 months</source>
            <translation>آخر 12 شهرًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77" />
            <source>This year</source>
            <translation>هذه السنة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="77" />
            <source>Between dates…</source>
            <translation>بين تاريخين…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="88" />
            <source>All regions</source>
            <translation>كل المناطق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="89" />
            <source>All risk areas</source>
            <translation>كل مجالات الخطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="90" />
            <source>Any violation type</source>
            <translation>أي نوع انتهاك</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="93" />
            <source>Any verification</source>
            <translation>أي حالة تحقق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/filter_bar.py" line="95" />
            <source>Clear filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="22" />
            <source>Welcome to Fieldcase</source>
            <translation>مرحبًا بك في Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="23" />
            <source>Your case files will be kept in an encrypted workspace on this computer. Start with one of these:</source>
            <translation>ستُحفظ ملفات حالاتك في مساحة عمل مشفرة على هذا الحاسوب. ابدأ بأحد الخيارات التالية:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="29" />
            <source>Create a workspace</source>
            <translation>إنشاء مساحة عمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="29" />
            <source>For your own case files: you choose a passphrase and get a recovery key to write down.</source>
            <translation>لملفات حالاتك الخاصة: تختار عبارة مرور وتحصل على مفتاح استرداد لتدوّنه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="32" />
            <source>Open an existing workspace folder…</source>
            <translation>فتح مجلد مساحة عمل موجودة…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="33" />
            <source>A workspace copied from another computer or restored from a backup.</source>
            <translation>مساحة عمل منسوخة من حاسوب آخر أو مستعادة من نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="35" />
            <source>Try the demo</source>
            <translation>تجربة العرض التوضيحي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/first_run.py" line="36" />
            <source>A separate workspace of fictional records to look around in. Your own work never goes there.</source>
            <translation>مساحة عمل منفصلة بسجلات خيالية للاستكشاف. لا يُحفظ فيها عملك الخاص أبدًا.</translation>
        </message>
    </context>
    <context>
        <name>FolderField</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/common.py" line="49" />
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_dialog.py" line="51" />
            <source>Required.</source>
            <translation>إلزامي.</translation>
        </message>
    </context>
    <context>
        <name>FormImportDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="70" />
            <source>Import KoboToolbox / ODK submissions</source>
            <translation>استيراد استمارات KoboToolbox / ODK المرسلة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="73" />
            <source>Choose the submissions exported from KoboToolbox or ODK (CSV or XLSX, with their media files in the same folder), the XLSForm they were collected with, and the mapping file that says which question fills which field. A submission imported before is revised, not added again. All or nothing.</source>
            <translation>اختر الاستمارات المرسلة المصدَّرة من KoboToolbox أو ODK (بصيغة CSV أو XLSX، مع ملفات الوسائط في المجلد نفسه)، ونموذج XLSForm الذي جُمعت به، وملف المطابقة الذي يبيّن أي سؤال يملأ أي حقل. الاستمارة المستوردة من قبل تُنقَّح ولا تُضاف مرة أخرى. الكل أو لا شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="81" />
            <source>Submissions</source>
            <translation>الاستمارات المرسلة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="81" />
            <source>Submissions (*.csv *.xlsx)</source>
            <translation>الاستمارات المرسلة (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="82" />
            <source>XLSForm</source>
            <translation>نموذج XLSForm</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="82" />
            <source>XLSForm (*.xlsx *.xls)</source>
            <translation>نموذج XLSForm (*.xlsx *.xls)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="83" />
            <source>Mapping file</source>
            <translation>ملف المطابقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="83" />
            <source>Mapping file (*.json)</source>
            <translation>ملف المطابقة (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="84" />
            <source>Submissions:</source>
            <translation>الاستمارات المرسلة:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="85" />
            <source>XLSForm:</source>
            <translation>نموذج XLSForm:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="86" />
            <source>Mapping file:</source>
            <translation>ملف المطابقة:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="89" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
    </context>
    <context>
        <name>Frameworks</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="15" />
            <source>Low</source>
            <translation>منخفض</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="15" />
            <source>Medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="16" />
            <source>High</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="16" />
            <source>Very high</source>
            <translation>مرتفع جدًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="17" />
            <source>Improving</source>
            <translation>يتحسن</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="17" />
            <source>Stable</source>
            <translation>مستقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="18" />
            <source>Deteriorating</source>
            <translation>يتدهور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="19" />
            <source>Reported (unverified)</source>
            <translation>مبلَّغ عنه (لم يُتحقق منه)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="19" />
            <source>Under review</source>
            <translation>قيد المراجعة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="20" />
            <source>Corroborated</source>
            <translation>مؤيَّد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="21" />
            <source>Verified (reasonable grounds to believe)</source>
            <translation>متحقق منه (أسباب معقولة للاعتقاد)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="22" />
            <source>Could not be verified</source>
            <translation>تعذّر التحقق منه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="22" />
            <source>Discounted</source>
            <translation>مستبعَد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="23" />
            <source>Verified</source>
            <translation>متحقق منه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/framework_terms.py" line="23" />
            <source>Reported</source>
            <translation>مبلَّغ عنه</translation>
        </message>
    </context>
    <context>
        <name>HeatDelegate</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="204" />
            <source>no data</source>
            <translation>لا بيانات</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="57" />
            <source>Resolve…</source>
            <translation>حلّ…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="64" />
            <source>Select one revision to see what it changed, or two (Ctrl+click) to compare them.</source>
            <translation>اختر نسخة واحدة لرؤية ما غيّرته، أو نسختين (Ctrl+نقر) للمقارنة بينهما.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="72" />
            <source>Revision</source>
            <translation>النسخة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="72" />
            <source>Saved by</source>
            <translation>حفظها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="72" />
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="73" />
            <source>Content hash</source>
            <translation>بصمة المحتوى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="83" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="83" />
            <source>Before</source>
            <translation>قبل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="83" />
            <source>After</source>
            <translation>بعد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="119" />
            <source>This record was edited here and elsewhere at the same time: %n sync conflict(s) wait for your decision.</source>
            <translation>
                <numerusform>عُدِّل هذا السجل هنا وفي مكان آخر في الوقت نفسه: لا تعارضات مزامنة تنتظر قرارك.</numerusform>
                <numerusform>عُدِّل هذا السجل هنا وفي مكان آخر في الوقت نفسه: تعارض مزامنة واحد ينتظر قرارك.</numerusform>
                <numerusform>عُدِّل هذا السجل هنا وفي مكان آخر في الوقت نفسه: تعارضا مزامنة ينتظران قرارك.</numerusform>
                <numerusform>عُدِّل هذا السجل هنا وفي مكان آخر في الوقت نفسه: %n تعارضات مزامنة تنتظر قرارك.</numerusform>
                <numerusform>عُدِّل هذا السجل هنا وفي مكان آخر في الوقت نفسه: %n تعارضًا للمزامنة ينتظر قرارك.</numerusform>
                <numerusform>عُدِّل هذا السجل هنا وفي مكان آخر في الوقت نفسه: %n تعارض مزامنة ينتظر قرارك.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="135" />
            <source>A new record has no history yet.</source>
            <translation>لا سجل تاريخي لسجل جديد بعد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="146" />
            <source>%1 (merges %2 and %3)</source>
            <translation>⁨%1⁩ (تدمج ⁨%2⁩ و⁨%3⁩)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="217" />
            <source>(not set)</source>
            <translation>(غير محدد)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="224" />
            <source>Revision %1 created the record with %n field(s).</source>
            <translation>
                <numerusform>أنشأت النسخة ⁨%1⁩ السجل بلا حقول.</numerusform>
                <numerusform>أنشأت النسخة ⁨%1⁩ السجل بحقل واحد.</numerusform>
                <numerusform>أنشأت النسخة ⁨%1⁩ السجل بحقلين.</numerusform>
                <numerusform>أنشأت النسخة ⁨%1⁩ السجل بـ %n حقول.</numerusform>
                <numerusform>أنشأت النسخة ⁨%1⁩ السجل بـ %n حقلًا.</numerusform>
                <numerusform>أنشأت النسخة ⁨%1⁩ السجل بـ %n حقل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/editor/history.py" line="227" />
            <source>Revision %1 → %2: %n field(s) changed.</source>
            <translation>
                <numerusform>النسخة ⁨%1⁩ ← ⁨%2⁩: لم يتغير أي حقل.</numerusform>
                <numerusform>النسخة ⁨%1⁩ ← ⁨%2⁩: تغيّر حقل واحد.</numerusform>
                <numerusform>النسخة ⁨%1⁩ ← ⁨%2⁩: تغيّر حقلان.</numerusform>
                <numerusform>النسخة ⁨%1⁩ ← ⁨%2⁩: تغيّرت %n حقول.</numerusform>
                <numerusform>النسخة ⁨%1⁩ ← ⁨%2⁩: تغيّر %n حقلًا.</numerusform>
                <numerusform>النسخة ⁨%1⁩ ← ⁨%2⁩: تغيّر %n حقل.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqImportBar</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="58" />
            <source>Import packages…</source>
            <translation>استيراد الحزم…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="60" />
            <source>Verify and merge the packages officers sent to one of HQ's targets or a folder, then write their replies</source>
            <translation>التحقق من الحزم التي أرسلها الموظفون إلى إحدى وجهات المقر أو إلى مجلد ودمجها، ثم كتابة الردود عليهم</translation>
        </message>
    </context>
    <context>
        <name>HqImportDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="76" />
            <source>Import packages</source>
            <translation>استيراد الحزم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="87" />
            <source>Officers' packages are checked (signature, sequence, every piece) before anything is written, and each package is imported whole or not at all. Replies for the officers (acknowledgements, HQ's changes) are written back to the same place.</source>
            <translation>تُفحص حزم الموظفين (التوقيع والتسلسل وكل جزء) قبل كتابة أي شيء، وتُستورد كل حزمة كاملةً أو لا تُستورد إطلاقًا. وتُكتب الردود على الموظفين (إقرارات الاستلام وتغييرات المقر) في المكان نفسه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="92" />
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="97" />
            <source>Where the packages are</source>
            <translation>مكان الحزم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="102" />
            <source>Choose a folder…</source>
            <translation>اختيار مجلد…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="118" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="129" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="141" />
            <source>Reading HQ's targets…</source>
            <translation>جارٍ قراءة وجهات المقر…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="147" />
            <source>folder</source>
            <translation>مجلد</translation>
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
            <translation>⁨%1⁩ (⁨%2⁩: ⁨%3⁩)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="158" />
            <source>One of HQ's targets (set with fieldcase hq target), or a folder: a USB stick, a shared drive.</source>
            <translation>إحدى وجهات المقر (المحددة بالأمر fieldcase hq target)، أو مجلد: ذاكرة USB أو محرك أقراص مشترك.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="159" />
            <source>No target is set for this HQ yet (fieldcase hq target): choose the folder the packages are in, a USB stick or a shared drive.</source>
            <translation>لم تُحدَّد بعد أي وجهة لهذا المقر (fieldcase hq target): اختر المجلد الذي توجد فيه الحزم، ذاكرة USB أو محرك أقراص مشتركًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="173" />
            <source>Folder %1</source>
            <translation>المجلد ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="180" />
            <source>Choose the folder the packages are in</source>
            <translation>اختر المجلد الذي توجد فيه الحزم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="211" />
            <source>Looking for new packages at %1…</source>
            <translation>جارٍ البحث عن حزم جديدة في ⁨%1⁩…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="218" />
            <source>Importing packages: %1 of %2 done…</source>
            <translation>جارٍ استيراد الحزم: اكتمل ⁨%1⁩ من ⁨%2⁩…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="233" />
            <source>Nothing is lost: each package is imported whole or not at all, and those imported before this stay imported. Import again once this is solved.</source>
            <translation>لم يضع شيء: تُستورد كل حزمة كاملةً أو لا تُستورد إطلاقًا، وما استُورد قبل ذلك يبقى مستوردًا. أعد الاستيراد بعد حل المشكلة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="262" />
            <source>No new packages at %1.</source>
            <translation>لا حزم جديدة في ⁨%1⁩.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="264" />
            <source>%n new package(s) at %1.</source>
            <translation>
                <numerusform>لا حزم جديدة في ⁨%1⁩.</numerusform>
                <numerusform>حزمة جديدة واحدة في ⁨%1⁩.</numerusform>
                <numerusform>حزمتان جديدتان في ⁨%1⁩.</numerusform>
                <numerusform>%n حزم جديدة في ⁨%1⁩.</numerusform>
                <numerusform>%n حزمة جديدة في ⁨%1⁩.</numerusform>
                <numerusform>%n حزمة جديدة في ⁨%1⁩.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="265" />
            <source>Accepted: %1 · Already imported before: %2 · Waiting for an earlier package: %3 · Refused: %4</source>
            <translation>المقبولة: ⁨%1⁩ · المستوردة من قبل: ⁨%2⁩ · بانتظار حزمة سابقة: ⁨%3⁩ · المرفوضة: ⁨%4⁩</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="269" />
            <source>%n revision(s) came in.</source>
            <translation>
                <numerusform>لم تصل أي نسخة.</numerusform>
                <numerusform>وصلت نسخة واحدة.</numerusform>
                <numerusform>وصلت نسختان.</numerusform>
                <numerusform>وصلت %n نسخ.</numerusform>
                <numerusform>وصلت %n نسخة.</numerusform>
                <numerusform>وصلت %n نسخة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="270" />
            <source>%n record(s) new to HQ.</source>
            <translation>
                <numerusform>لا سجلات جديدة على المقر.</numerusform>
                <numerusform>سجل واحد جديد على المقر.</numerusform>
                <numerusform>سجلان جديدان على المقر.</numerusform>
                <numerusform>%n سجلات جديدة على المقر.</numerusform>
                <numerusform>%n سجلًا جديدًا على المقر.</numerusform>
                <numerusform>%n سجل جديد على المقر.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="272" />
            <source>%n attachment(s) came with them.</source>
            <translation>
                <numerusform>لم يرافقها أي مرفق.</numerusform>
                <numerusform>رافقها مرفق واحد.</numerusform>
                <numerusform>رافقها مرفقان.</numerusform>
                <numerusform>رافقتها %n مرفقات.</numerusform>
                <numerusform>رافقها %n مرفقًا.</numerusform>
                <numerusform>رافقها %n مرفق.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="274" />
            <source>%n decision(s) that two records are the same came with them.</source>
            <translation>
                <numerusform>لم يرافقها أي قرار بأن سجلين متماثلان.</numerusform>
                <numerusform>رافقها قرار واحد بأن سجلين متماثلان.</numerusform>
                <numerusform>رافقها قراران بأن سجلين متماثلان.</numerusform>
                <numerusform>رافقتها %n قرارات بأن سجلين متماثلان.</numerusform>
                <numerusform>رافقها %n قرارًا بأن سجلين متماثلان.</numerusform>
                <numerusform>رافقها %n قرار بأن سجلين متماثلان.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="276" />
            <source>%n conflict(s) to decide: a record changed both at HQ and in the field. Both versions are kept; decide with fieldcase hq conflicts.</source>
            <translation>
                <numerusform>لا تعارضات للبت فيها.</numerusform>
                <numerusform>تعارض واحد للبت فيه: تغيّر سجل في المقر وفي الميدان معًا. حُفظت النسختان؛ بُتّ فيه بالأمر fieldcase hq conflicts.</numerusform>
                <numerusform>تعارضان للبت فيهما: تغيّر سجل في المقر وفي الميدان معًا. حُفظت النسختان؛ بُتّ فيهما بالأمر fieldcase hq conflicts.</numerusform>
                <numerusform>%n تعارضات للبت فيها: تغيّر سجل في المقر وفي الميدان معًا. حُفظت النسختان؛ بُتّ فيها بالأمر fieldcase hq conflicts.</numerusform>
                <numerusform>%n تعارضًا للبت فيها: تغيّر سجل في المقر وفي الميدان معًا. حُفظت النسختان؛ بُتّ فيها بالأمر fieldcase hq conflicts.</numerusform>
                <numerusform>%n تعارض للبت فيها: تغيّر سجل في المقر وفي الميدان معًا. حُفظت النسختان؛ بُتّ فيها بالأمر fieldcase hq conflicts.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="279" />
            <source>Refused (nothing from them was written; each is reported again at every import until it is removed from %1):</source>
            <translation>المرفوضة (لم يُكتب منها شيء؛ ويُبلَّغ عن كل منها مجددًا عند كل استيراد إلى أن تُزال من ⁨%1⁩):</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="283" />
            <source>Waiting (imported once the earlier packages arrive):</source>
            <translation>بالانتظار (تُستورد حين تصل الحزم السابقة):</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="286" />
            <source>%n package(s) left to another import running at the same time.</source>
            <translation>
                <numerusform>لم تُترك أي حزمة لاستيراد آخر يجري في الوقت نفسه.</numerusform>
                <numerusform>تُركت حزمة واحدة لاستيراد آخر يجري في الوقت نفسه.</numerusform>
                <numerusform>تُركت حزمتان لاستيراد آخر يجري في الوقت نفسه.</numerusform>
                <numerusform>تُركت %n حزم لاستيراد آخر يجري في الوقت نفسه.</numerusform>
                <numerusform>تُركت %n حزمة لاستيراد آخر يجري في الوقت نفسه.</numerusform>
                <numerusform>تُركت %n حزمة لاستيراد آخر يجري في الوقت نفسه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="289" />
            <source>Stopped at your request: %n package(s) were not touched; import again to take them. The packages taken before the stop are in whole. The replies for the officers are written at the next import.</source>
            <translation>
                <numerusform>توقف بطلبك: لم تُمسّ أي حزمة. الحزم التي أُخذت قبل التوقف مستوردة كاملةً. تُكتب الردود على الموظفين عند الاستيراد التالي.</numerusform>
                <numerusform>توقف بطلبك: لم تُمسّ حزمة واحدة؛ أعد الاستيراد لأخذها. الحزم التي أُخذت قبل التوقف مستوردة كاملةً. تُكتب الردود على الموظفين عند الاستيراد التالي.</numerusform>
                <numerusform>توقف بطلبك: لم تُمسّ حزمتان؛ أعد الاستيراد لأخذهما. الحزم التي أُخذت قبل التوقف مستوردة كاملةً. تُكتب الردود على الموظفين عند الاستيراد التالي.</numerusform>
                <numerusform>توقف بطلبك: لم تُمسّ %n حزم؛ أعد الاستيراد لأخذها. الحزم التي أُخذت قبل التوقف مستوردة كاملةً. تُكتب الردود على الموظفين عند الاستيراد التالي.</numerusform>
                <numerusform>توقف بطلبك: لم تُمسّ %n حزمة؛ أعد الاستيراد لأخذها. الحزم التي أُخذت قبل التوقف مستوردة كاملةً. تُكتب الردود على الموظفين عند الاستيراد التالي.</numerusform>
                <numerusform>توقف بطلبك: لم تُمسّ %n حزمة؛ أعد الاستيراد لأخذها. الحزم التي أُخذت قبل التوقف مستوردة كاملةً. تُكتب الردود على الموظفين عند الاستيراد التالي.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="293" />
            <source>%n reply package(s) for the officers written to %1.</source>
            <translation>
                <numerusform>لم تُكتب أي حزمة رد للموظفين في ⁨%1⁩.</numerusform>
                <numerusform>كُتبت حزمة رد واحدة للموظفين في ⁨%1⁩.</numerusform>
                <numerusform>كُتبت حزمتا رد للموظفين في ⁨%1⁩.</numerusform>
                <numerusform>كُتبت %n حزم رد للموظفين في ⁨%1⁩.</numerusform>
                <numerusform>كُتبت %n حزمة رد للموظفين في ⁨%1⁩.</numerusform>
                <numerusform>كُتبت %n حزمة رد للموظفين في ⁨%1⁩.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="296" />
            <source>No reply for the officers was due.</source>
            <translation>لم يكن أي رد على الموظفين مستحقًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="302" />
            <source>an unknown sender</source>
            <translation>مرسِل غير معروف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="303" />
            <source>%1, package %2</source>
            <translation>⁨%1⁩، الحزمة ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="305" />
            <source>• %1: %2</source>
            <translation>‏• ⁨%1⁩: ⁨%2⁩</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/import_dialog.py" line="307" />
            <source>… and %n more (fieldcase hq import lists them all).</source>
            <translation>
                <numerusform>… ولا غيرها (يسردها الأمر fieldcase hq import كلها).</numerusform>
                <numerusform>… وواحدة أخرى (يسردها الأمر fieldcase hq import كلها).</numerusform>
                <numerusform>… واثنتان أخريان (يسردها الأمر fieldcase hq import كلها).</numerusform>
                <numerusform>… و%n أخرى (يسردها الأمر fieldcase hq import كلها).</numerusform>
                <numerusform>… و%n أخرى (يسردها الأمر fieldcase hq import كلها).</numerusform>
                <numerusform>… و%n أخرى (يسردها الأمر fieldcase hq import كلها).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqRecords</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="35" />
            <source>Restricted</source>
            <translation>مقيد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="35" />
            <source>Confidential</source>
            <translation>سري</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="36" />
            <source>Strictly confidential</source>
            <translation>سري للغاية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="40" />
            <source>Viewer</source>
            <translation>مُطّلع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="40" />
            <source>Analyst</source>
            <translation>محلل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="41" />
            <source>Reviewer</source>
            <translation>مُراجع</translation>
        </message>
    </context>
    <context>
        <name>HqRecordsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="61" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="61" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="61" />
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="62" />
            <source>Confidentiality</source>
            <translation>السرية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="106" />
            <source>Loading the records…</source>
            <translation>جارٍ تحميل السجلات…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="120" />
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="170" />
            <source>Above your clearance</source>
            <translation>أعلى من مستوى تصريحك</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="133" />
            <source>%n record(s) you may read</source>
            <translation>
                <numerusform>%n سجل يمكنك قراءته</numerusform>
                <numerusform>سجل واحد يمكنك قراءته</numerusform>
                <numerusform>سجلان يمكنك قراءتهما</numerusform>
                <numerusform>%n سجلات يمكنك قراءتها</numerusform>
                <numerusform>%n سجلًا يمكنك قراءتها</numerusform>
                <numerusform>%n سجل يمكنك قراءتها</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="135" />
            <source>%n above your clearance (no content)</source>
            <translation>
                <numerusform>%n أعلى من مستوى تصريحك (دون محتوى)</numerusform>
                <numerusform>سجل واحد أعلى من مستوى تصريحك (دون محتوى)</numerusform>
                <numerusform>سجلان أعلى من مستوى تصريحك (دون محتوى)</numerusform>
                <numerusform>%n سجلات أعلى من مستوى تصريحك (دون محتوى)</numerusform>
                <numerusform>%n سجلًا أعلى من مستوى تصريحك (دون محتوى)</numerusform>
                <numerusform>%n سجل أعلى من مستوى تصريحك (دون محتوى)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="137" />
            <source>as of the last import, %1</source>
            <translation>حسب آخر استيراد، ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="172" />
            <source>This record is %1; your clearance is %2. Its content is in no file your key opens, so it cannot be shown here.</source>
            <translation>هذا السجل مصنّف «⁨%1⁩»، ومستوى تصريحك «⁨%2⁩». محتواه غير موجود في أي ملف يفتحه مفتاحك، لذا لا يمكن عرضه هنا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="182" />
            <source>Strictly confidential: this reading is recorded in the HQ audit log under your name.</source>
            <translation>سري للغاية: تُسجَّل هذه القراءة باسمك في سجل التدقيق في المقر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="193" />
            <source>Date: %1</source>
            <translation>التاريخ: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="194" />
            <source>Place: %1</source>
            <translation>المكان: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="195" />
            <source>Confidentiality: %1</source>
            <translation>السرية: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/records.py" line="198" />
            <source>Person (%1): %2</source>
            <translation>شخص (⁨%1⁩): ⁨%2⁩</translation>
        </message>
    </context>
    <context>
        <name>HqSignIn</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="30" />
            <source>Open an HQ directory</source>
            <translation>فتح دليل المقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="31" />
            <source>Sign in with your own HQ user name and passphrase. You see the records your clearance allows; the others are listed without their content.</source>
            <translation>سجّل الدخول باسم المستخدم وعبارة المرور الخاصين بك في المقر. سترى السجلات التي يسمح بها مستوى تصريحك؛ أما غيرها فتُدرج دون محتواها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="37" />
            <source>Choose the HQ directory</source>
            <translation>اختر دليل المقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="43" />
            <source>HQ directory</source>
            <translation>دليل المقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="44" />
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="45" />
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="51" />
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="90" />
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="66" />
            <source>Choose the HQ directory first.</source>
            <translation>اختر دليل المقر أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="69" />
            <source>Enter your HQ user name.</source>
            <translation>أدخل اسم المستخدم الخاص بك في المقر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/sign_in.py" line="73" />
            <source>Signing in…</source>
            <translation>جارٍ تسجيل الدخول…</translation>
        </message>
    </context>
    <context>
        <name>HqSignedIn</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="28" />
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="37" />
            <source>Records</source>
            <translation>السجلات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="38" />
            <source>Users</source>
            <translation>المستخدمون</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/signed_in.py" line="43" />
            <source>Signed in as %1: %2, clearance %3.</source>
            <translation>تم تسجيل الدخول باسم ⁨%1⁩: ⁨%2⁩، مستوى التصريح ⁨%3⁩.</translation>
        </message>
    </context>
    <context>
        <name>HqUsersPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="52" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="52" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="52" />
            <source>Clearance</source>
            <translation>مستوى التصريح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="64" />
            <source>Add user…</source>
            <translation>إضافة مستخدم…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="67" />
            <source>Remove…</source>
            <translation>إزالة…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="70" />
            <source>Reset passphrase…</source>
            <translation>إعادة تعيين عبارة المرور…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="73" />
            <source>Change my passphrase…</source>
            <translation>تغيير عبارة المرور الخاصة بي…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="93" />
            <source>As a reviewer you add users, remove them and give a user who forgot theirs a new passphrase. Choose a user in the list to remove them or reset their passphrase.</source>
            <translation>بصفتك مُراجعًا، تضيف المستخدمين وتزيلهم وتمنح من نسي عبارة مروره عبارة جديدة. اختر مستخدمًا من القائمة لإزالته أو لإعادة تعيين عبارة مروره.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="97" />
            <source>Only a reviewer adds or removes users; you can change your own passphrase.</source>
            <translation>لا يضيف المستخدمين أو يزيلهم إلا المُراجع؛ ويمكنك تغيير عبارة المرور الخاصة بك.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="99" />
            <source>The list of HQ users needs the strictly confidential clearance; your account is shown. Only a reviewer adds or removes users; you can change your own passphrase.</source>
            <translation>تتطلب قائمة مستخدمي المقر مستوى التصريح «سري للغاية»؛ ويُعرض حسابك. لا يضيف المستخدمين أو يزيلهم إلا المُراجع؛ ويمكنك تغيير عبارة المرور الخاصة بك.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="112" />
            <source>Loading the users…</source>
            <translation>جارٍ تحميل المستخدمين…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/hq/users.py" line="123" />
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n مستخدم</numerusform>
                <numerusform>مستخدم واحد</numerusform>
                <numerusform>مستخدمان</numerusform>
                <numerusform>%n مستخدمين</numerusform>
                <numerusform>%n مستخدمًا</numerusform>
                <numerusform>%n مستخدم</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqWindow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/window.py" line="22" />
            <source>Fieldcase HQ</source>
            <translation>Fieldcase – المقر</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="85" />
            <source>Indicators</source>
            <translation>المؤشرات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="95" />
            <source>Country-wide</source>
            <translation>البلد كله</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="98" />
            <source>Include records not yet verified</source>
            <translation>تضمين السجلات التي لم يُتحقق منها بعد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="99" />
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="99" />
            <source>12 months to</source>
            <translation>12 شهرًا حتى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="111" />
            <source>SDG 16.10.1 — journalists, trade unionists and human rights defenders</source>
            <translation>المؤشر 16.10.1 — الصحفيون والنقابيون والمدافعون عن حقوق الإنسان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="112" />
            <source>By violation type (most serious)</source>
            <translation>حسب نوع الانتهاك (الأشد خطورة)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="112" />
            <source>By victim group</source>
            <translation>حسب فئة الضحايا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="118" />
            <source>By sex</source>
            <translation>حسب الجنس</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="118" />
            <source>By age group</source>
            <translation>حسب الفئة العمرية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="113" />
            <source>By sex and age</source>
            <translation>حسب الجنس والعمر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="114" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="119" />
            <source>By region</source>
            <translation>حسب المنطقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="114" />
            <source>By perpetrator (State / non-State)</source>
            <translation>حسب الجاني (الدولة / غير الدول)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="115" />
            <source>Left out, and why</source>
            <translation>المستبعَد، وأسباب استبعاده</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="115" />
            <source>By district</source>
            <translation>حسب المقاطعة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="117" />
            <source>SDG 16.1.2 — conflict-related deaths</source>
            <translation>المؤشر 16.1.2 — الوفيات المرتبطة بالنزاعات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="118" />
            <source>By cause</source>
            <translation>حسب السبب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="119" />
            <source>By status</source>
            <translation>حسب الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="120" />
            <source>Deaths not counted, and why</source>
            <translation>الوفيات غير المحتسبة، وأسباب ذلك</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="170" />
            <source>Counting…</source>
            <translation>جارٍ العدّ…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="187" />
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="188" />
            <source>verified records only</source>
            <translation>السجلات المتحقق منها فقط</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="188" />
            <source>including records not yet verified</source>
            <translation>بما في ذلك السجلات التي لم يُتحقق منها بعد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="189" />
            <source>%1, %2. Counting rules: OHCHR indicator metadata (a victim is counted once, under the most serious violation; the type is derived from each act).</source>
            <translation>⁨%1⁩، ⁨%2⁩. قواعد العدّ: البيانات الوصفية للمؤشر الصادرة عن المفوضية السامية لحقوق الإنسان (تُحتسب الضحية مرة واحدة، تحت أشد الانتهاكات خطورة؛ ويُستنتَج النوع من كل فعل).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="192" />
            <source>%n victim(s) in the 12 months</source>
            <translation>
                <numerusform>لا ضحايا في الأشهر الاثني عشر</numerusform>
                <numerusform>ضحية واحدة في الأشهر الاثني عشر</numerusform>
                <numerusform>ضحيتان في الأشهر الاثني عشر</numerusform>
                <numerusform>%n ضحايا في الأشهر الاثني عشر</numerusform>
                <numerusform>%n ضحية في الأشهر الاثني عشر</numerusform>
                <numerusform>%n ضحية في الأشهر الاثني عشر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="194" />
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="220" />
            <source>%1 in %2</source>
            <translation>⁨%1⁩ في ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="201" />
            <source>non-State actor, State did not fail in due diligence</source>
            <translation>جهة من غير الدول، ولم تقصّر الدولة في بذل العناية الواجبة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="202" />
            <source>non-State actor, due diligence not assessed</source>
            <translation>جهة من غير الدول، ولم تُقيَّم العناية الواجبة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="203" />
            <source>torture without a public official's involvement</source>
            <translation>تعذيب دون تورط موظف عمومي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="204" />
            <source>other harmful act by a non-State actor</source>
            <translation>فعل ضار آخر ارتكبته جهة من غير الدول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="205" />
            <source>analyst override: does not qualify</source>
            <translation>تعديل المحلل: لا يندرج</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="206" />
            <source>not marked as related to an armed conflict</source>
            <translation>غير موسوم بأنه مرتبط بنزاع مسلح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="207" />
            <source>not related to an armed conflict</source>
            <translation>غير مرتبط بنزاع مسلح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="208" />
            <source>another report of an incident already counted</source>
            <translation>بلاغ آخر عن حادثة سبق عدّها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="209" />
            <source>State (incl. acquiescence)</source>
            <translation>الدولة (بما في ذلك الموافقة)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="209" />
            <source>Non-State</source>
            <translation>من غير الدول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="210" />
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="218" />
            <source>%n death(s) in the 12 months</source>
            <translation>
                <numerusform>لا وفيات في الأشهر الاثني عشر</numerusform>
                <numerusform>حالة وفاة واحدة في الأشهر الاثني عشر</numerusform>
                <numerusform>حالتا وفاة في الأشهر الاثني عشر</numerusform>
                <numerusform>%n حالات وفاة في الأشهر الاثني عشر</numerusform>
                <numerusform>%n حالة وفاة في الأشهر الاثني عشر</numerusform>
                <numerusform>%n حالة وفاة في الأشهر الاثني عشر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="196" />
            <source>record discounted</source>
            <translation>سجل مستبعَد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="196" />
            <source>not verified</source>
            <translation>لم يُتحقق منه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="197" />
            <source>not a journalist, trade unionist or defender</source>
            <translation>ليس صحفيًا ولا نقابيًا ولا مدافعًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="198" />
            <source>act not linked to their work</source>
            <translation>فعل غير مرتبط بعمله</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="199" />
            <source>act type not covered by the indicator</source>
            <translation>نوع فعل لا يشمله المؤشر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/indicators.py" line="200" />
            <source>perpetrator unknown</source>
            <translation>الجاني غير معروف</translation>
        </message>
    </context>
    <context>
        <name>InlineProgress</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/inline_progress.py" line="26" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/inline_progress.py" line="65" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/language_choice.py" line="17" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
    </context>
    <context>
        <name>LinkSameDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="193" />
            <source>Link as the same</source>
            <translation>الربط بوصفهما الشيء نفسه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="196" />
            <source>Record that two people, or two incidents, are the same. Both records and their sources are kept as they are; the indicators and briefings then count them once. Your name, the time and your reason go into the audit log, and the link can be undone.</source>
            <translation>سجِّل أن شخصين، أو حادثتين، هما الشيء نفسه. يُحتفظ بالسجلين ومصادرهما كما هي؛ ثم تعدّهما المؤشرات والإحاطات مرة واحدة. يُدوَّن اسمك والوقت وسببك في سجل التدقيق، ويمكن التراجع عن الربط.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="204" />
            <source>The same person</source>
            <translation>الشخص نفسه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="206" />
            <source>The same incident</source>
            <translation>الحادثة نفسها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="218" />
            <source>This one</source>
            <translation>هذا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="219" />
            <source>is the same as</source>
            <translation>هو نفسه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="222" />
            <source>Why they are the same</source>
            <translation>لماذا هما الشيء نفسه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="223" />
            <source>Why they are the same: what matches, and from which sources</source>
            <translation>لماذا هما الشيء نفسه: ما الذي يتطابق، ومن أي مصادر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="225" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="254" />
            <source>Choose both records (and for people, the person in each).</source>
            <translation>اختر السجلين (وللأشخاص، الشخص في كل منهما).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="257" />
            <source>Say why these two are the same: it goes into the audit log.</source>
            <translation>اذكر لماذا هذان الاثنان هما الشيء نفسه: يُدوَّن ذلك في سجل التدقيق.</translation>
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
            <translation>جارٍ إعداد مساحة العمل التجريبية…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="197" />
            <source>Quick delete</source>
            <translation>الحذف السريع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="198" />
            <source>Destroy this workspace now? Its keys are destroyed first, then every record, draft and attachment in %1. This cannot be undone: only what already reached HQ survives.</source>
            <translation>هل تريد إتلاف مساحة العمل هذه الآن؟ تُتلف مفاتيحها أولًا، ثم كل سجل ومسودة ومرفق في ⁨%1⁩. لا يمكن التراجع عن ذلك: لا يبقى إلا ما وصل إلى المقر بالفعل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="204" />
            <source>Delete everything</source>
            <translation>حذف كل شيء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="216" />
            <source>Deleting the workspace…</source>
            <translation>جارٍ حذف مساحة العمل…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="219" />
            <source>The workspace was destroyed: its keys first, then every file. The passphrase opens nothing now.</source>
            <translation>أُتلفت مساحة العمل: مفاتيحها أولًا، ثم كل ملف. لم تعد عبارة المرور تفتح شيئًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="233" />
            <source>Locked after a period without activity. Enter the passphrase to continue.</source>
            <translation>قُفلت بعد فترة من عدم النشاط. أدخل عبارة المرور للمتابعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/main_window.py" line="254" />
            <source>The workspace is locked.</source>
            <translation>مساحة العمل مقفلة.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/messages.py" line="28" />
            <source>Something unexpected stopped this action, and it was not completed. Your saved records are not affected. (Details are not shown because they could contain case data.)</source>
            <translation>أوقف أمر غير متوقع هذا الإجراء، ولم يكتمل. سجلاتك المحفوظة لم تتأثر. (لا تُعرض التفاصيل لأنها قد تتضمن بيانات الحالات.)</translation>
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
            <translation>مفتاح استرداد جديد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="100" />
            <source>The old recovery key no longer works. Write this one down and keep it apart from this computer; it is not shown again.</source>
            <translation>لم يعد مفتاح الاسترداد القديم صالحًا. دوّن هذا المفتاح واحفظه بعيدًا عن هذا الحاسوب؛ لن يُعرض مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/passphrase.py" line="112" />
            <source>I have written it down and will keep it safe</source>
            <translation>دوّنته وسأحفظه في مكان آمن</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/partial_date.py" line="61" />
            <source>Pick a day from a calendar</source>
            <translation>اختر يومًا من التقويم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/partial_date.py" line="74" />
            <source>Type a year (2026), a month (2026-03) or a day (2026-03-09) that exists.</source>
            <translation>اكتب سنة (2026) أو شهرًا (2026-03) أو يومًا (2026-03-09) موجودًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/partial_date.py" line="76" />
            <source>Type a day that exists, as year-month-day: 2026-03-09.</source>
            <translation>اكتب يومًا موجودًا بصيغة سنة-شهر-يوم: 2026-03-09.</translation>
        </message>
    </context>
    <context>
        <name>PasswordEdit</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/password_edit.py" line="22" />
            <source>Show or hide the passphrase</source>
            <translation>إظهار عبارة المرور أو إخفاؤها</translation>
        </message>
    </context>
    <context>
        <name>PendingState</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="44" />
            <source>Risk board</source>
            <translation>لوحة المخاطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="45" />
            <source>The risk board is not available in this installation: its analysis module is missing. Your records and their risk tags are unaffected.</source>
            <translation>لوحة المخاطر غير متاحة في هذا التثبيت: وحدة التحليل الخاصة بها مفقودة. لم تتأثر سجلاتك ولا وسوم الخطر فيها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="53" />
            <source>Indicators</source>
            <translation>المؤشرات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/analysis_pending.py" line="54" />
            <source>The indicator tables are not available in this installation: the analysis module is missing. Your records are unaffected.</source>
            <translation>جداول المؤشرات غير متاحة في هذا التثبيت: وحدة التحليل مفقودة. لم تتأثر سجلاتك.</translation>
        </message>
    </context>
    <context>
        <name>PerpetratorRow</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="90" />
            <source>Category (optional) — type to search</source>
            <translation>الفئة (اختياري) — اكتب للبحث</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="92" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="102" />
            <source>Perpetrator %1: relation to the State</source>
            <translation>الجاني ⁨%1⁩: العلاقة بالدولة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="103" />
            <source>Perpetrator %1: category</source>
            <translation>الجاني ⁨%1⁩: الفئة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/act_dialog.py" line="104" />
            <source>Remove perpetrator %1</source>
            <translation>إزالة الجاني ⁨%1⁩</translation>
        </message>
    </context>
    <context>
        <name>PlacePicker</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="28" />
            <source>Type a region, district or place name, or a P-code</source>
            <translation>اكتب اسم منطقة أو مقاطعة أو مكان، أو رمز P-code</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="65" />
            <source>region</source>
            <translation>منطقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="65" />
            <source>district</source>
            <translation>مقاطعة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="65" />
            <source>place</source>
            <translation>مكان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/place_picker.py" line="68" />
            <source>, in %1</source>
            <translation>، في ⁨%1⁩</translation>
        </message>
    </context>
    <context>
        <name>PlacesBox</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="31" />
            <source>Places</source>
            <translation>الأماكن</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="41" />
            <source>e.g. XTV</source>
            <translation>مثلًا XTV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="43" />
            <source>Three-letter ISO 3166 code; new records start with it</source>
            <translation>رمز ISO 3166 من ثلاثة أحرف؛ تبدأ به السجلات الجديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="44" />
            <source>Set</source>
            <translation>تعيين</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="50" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="56" />
            <source>Gazetteer</source>
            <translation>المعجم الجغرافي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="58" />
            <source>Import a COD-AB table…</source>
            <translation>استيراد جدول COD-AB…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="59" />
            <source>A CSV with the columns ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN …, as OCHA publishes administrative boundaries on HDX</source>
            <translation>ملف CSV بالأعمدة ADM1_PCODE وADM1_EN وADM2_PCODE وADM2_EN…، كما ينشر مكتب تنسيق الشؤون الإنسانية الحدود الإدارية على HDX</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="81" />
            <source>None yet. Import your country's COD-AB table to pick regions and districts by name in the editor, with their P-codes.</source>
            <translation>لا يوجد بعد. استورد جدول COD-AB لبلدك لاختيار المناطق والمقاطعات بأسمائها في المحرر، مع رموز P-code الخاصة بها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="84" />
            <source>regions (admin 1)</source>
            <translation>المناطق (المستوى الإداري 1)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="84" />
            <source>districts (admin 2)</source>
            <translation>المقاطعات (المستوى الإداري 2)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="84" />
            <source>places (admin 3)</source>
            <translation>الأماكن (المستوى الإداري 3)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="88" />
            <source>%1: %2</source>
            <translation>⁨%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="94" />
            <source>New records will start with this country.</source>
            <translation>ستبدأ السجلات الجديدة بهذا البلد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="97" />
            <source>Choose a COD-AB table (CSV)</source>
            <translation>اختر جدول COD-AB (CSV)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="101" />
            <source>CSV tables (*.csv)</source>
            <translation>جداول CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/places_box.py" line="113" />
            <source>Gazetteer imported.</source>
            <translation>استُورد المعجم الجغرافي.</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="19" />
            <source>Only for community information: leave it empty for an incident.</source>
            <translation>للمعلومات المجتمعية فقط: اتركه فارغًا للحادثة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="16" />
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="22" />
            <source>Not a date: use YYYY-MM-DD.</source>
            <translation>ليس تاريخًا: استخدم YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="14" />
            <source>Must not be before the date of the record.</source>
            <translation>يجب ألا يسبق تاريخ السجل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="31" />
            <source>Required.</source>
            <translation>إلزامي.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="33" />
            <source>Too short: at least %1 characters.</source>
            <translation>قصير جدًا: ⁨%1⁩ حرفًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="35" />
            <source>Too long: at most %1 characters.</source>
            <translation>طويل جدًا: ⁨%1⁩ حرفًا على الأكثر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="37" />
            <source>Must be at least %1.</source>
            <translation>يجب ألا يقل عن ⁨%1⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="39" />
            <source>Must be at most %1.</source>
            <translation>يجب ألا يزيد على ⁨%1⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="42" />
            <source>Use YYYY-MM-DD, YYYY-MM or YYYY.</source>
            <translation>استخدم YYYY-MM-DD أو YYYY-MM أو YYYY.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="44" />
            <source>Use a real date as YYYY-MM-DD.</source>
            <translation>استخدم تاريخًا حقيقيًا بصيغة YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="46" />
            <source>Use the three capital letters of the ISO 3166 code, e.g. XTV.</source>
            <translation>استخدم الأحرف الكبيرة الثلاثة لرمز ISO 3166، مثلًا XTV.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="48" />
            <source>A P-code is 2–3 capital letters and then digits, e.g. XT02.</source>
            <translation>يتكون رمز P-code من حرفين أو ثلاثة أحرف كبيرة تليها أرقام، مثلًا XT02.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="49" />
            <source>Not in the expected form.</source>
            <translation>ليس بالصيغة المتوقعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="51" />
            <source>Choose one of the listed values.</source>
            <translation>اختر إحدى القيم المدرجة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="53" />
            <source>Not a valid value here (a number is expected?).</source>
            <translation>قيمة غير صالحة هنا (هل المطلوب رقم؟).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="55" />
            <source>Listed twice.</source>
            <translation>مدرج مرتين.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="15" />
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="62" />
            <source>Not a real date.</source>
            <translation>ليس تاريخًا حقيقيًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="17" />
            <location filename="../../desktop/fieldcase/ui/editor/problems.py" line="64" />
            <source>Not in any installed framework.</source>
            <translation>غير موجود في أي إطار مثبَّت.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="47" />
            <source>Write down your recovery key</source>
            <translation>دوّن مفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="48" />
            <source>If you forget your passphrase, this key is the only way back into this workspace. It is shown only this once. Write it on paper and keep it apart from this computer — never in a file or a photo on it.</source>
            <translation>إذا نسيت عبارة المرور، فهذا المفتاح هو السبيل الوحيد للعودة إلى مساحة العمل هذه. لا يُعرض إلا هذه المرة. اكتبه على ورق واحفظه بعيدًا عن هذا الحاسوب — لا في ملف ولا في صورة عليه أبدًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="61" />
            <source>I have written it down and will keep it safe</source>
            <translation>دوّنته وسأحفظه في مكان آمن</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="69" />
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
    </context>
    <context>
        <name>RecoveryUnlockForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="122" />
            <source>Open with the recovery key</source>
            <translation>الفتح بمفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="123" />
            <source>Type the recovery key you wrote down when the workspace was created, and choose a new passphrase.</source>
            <translation>اكتب مفتاح الاسترداد الذي دوّنته عند إنشاء مساحة العمل، واختر عبارة مرور جديدة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="129" />
            <source>Choose the workspace folder</source>
            <translation>اختر مجلد مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="130" />
            <source>Workspace</source>
            <translation>مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="134" />
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="135" />
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="138" />
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="140" />
            <source>The same passphrase again</source>
            <translation>عبارة المرور نفسها مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="141" />
            <source>Repeat</source>
            <translation>التكرار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="146" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="148" />
            <source>Open and set the new passphrase</source>
            <translation>الفتح وتعيين عبارة المرور الجديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="167" />
            <source>Choose the workspace folder.</source>
            <translation>اختر مجلد مساحة العمل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="169" />
            <source>Type the recovery key.</source>
            <translation>اكتب مفتاح الاسترداد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="171" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation>عبارة المرور الجديدة قصيرة جدًا: استخدم ⁨%1⁩ حرفًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/recovery.py" line="174" />
            <source>The two passphrases differ.</source>
            <translation>عبارتا المرور مختلفتان.</translation>
        </message>
    </context>
    <context>
        <name>RemoveUserDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="249" />
            <source>Remove an HQ user</source>
            <translation>إزالة مستخدم من المقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="250" />
            <source>Remove %1 (%2, clearance %3)?</source>
            <translation>إزالة ⁨%1⁩ (⁨%2⁩، مستوى التصريح ⁨%3⁩)؟</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="252" />
            <source>Remove user</source>
            <translation>إزالة المستخدم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="256" />
            <source>Their key slot is removed: their passphrase opens nothing here any more.</source>
            <translation>تُحذف خانة مفاتيحه: لن تفتح عبارة مروره شيئًا هنا بعد الآن.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="258" />
            <source>They could open every level, so the keys to the restricted and confidential records are replaced and those records are encrypted again under the new keys: the keys %1 could read open none of them afterwards. The other users of those levels are sent the new keys and take them at their next sign-in.</source>
            <translation>كان بإمكانه فتح كل المستويات، لذا تُستبدل مفاتيح السجلات المقيدة والسرية ويُعاد تشفير تلك السجلات بالمفاتيح الجديدة: فلن تفتح المفاتيح التي كان بوسع ⁨%1⁩ قراءتها أيًّا منها بعد ذلك. ويُرسَل المفتاحان الجديدان إلى باقي مستخدمي هذين المستويين فيأخذونهما عند تسجيل دخولهم التالي.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="263" />
            <source>%1 also held the store key, which opens HQ's age identities and its CA key. Removing them cannot take back copies they may have kept: to stop new packages reaching them, rotate HQ's keys afterwards (fieldcase hq keys --rotate).</source>
            <translation>كان ⁨%1⁩ يحمل أيضًا مفتاح قاعدة البيانات، الذي يفتح هويات age الخاصة بالمقر ومفتاح سلطة التصديق. ولا يمكن للإزالة استرداد نسخ ربما احتفظ بها: لكي لا تصله الحزم الجديدة، جدِّد مفاتيح المقر بعد ذلك (fieldcase hq keys --rotate).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="268" />
            <source>The key to the %1 records is replaced and those records are encrypted again under it: the key %2 held opens none of them afterwards. The other users of that level are sent the new key and take it at their next sign-in.</source>
            <translation>يُستبدل مفتاح سجلات المستوى «⁨%1⁩» ويُعاد تشفير تلك السجلات به: فلن يفتح المفتاح الذي كان يحمله ⁨%2⁩ أيًّا منها بعد ذلك. ويُرسَل المفتاح الجديد إلى باقي مستخدمي هذا المستوى فيأخذونه عند تسجيل دخولهم التالي.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="274" />
            <source>Rotate HQ's keys now</source>
            <translation>جدِّد مفاتيح المقر الآن</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="287" />
            <source>Removing the user and replacing keys…</source>
            <translation>جارٍ إزالة المستخدم واستبدال المفاتيح…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="292" />
            <source>%1 was removed. Keys replaced: %2.</source>
            <translation>أُزيل ⁨%1⁩. المفاتيح المستبدلة: ⁨%2⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="294" />
            <source>The new key of their level was sent to: %1. Each takes it at their next sign-in.</source>
            <translation>أُرسل المفتاح الجديد لمستواهم إلى: ⁨%1⁩. يتسلّمه كلٌّ منهم عند تسجيل دخوله التالي.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="297" />
            <source>No other user of the levels whose keys were replaced needed a new key.</source>
            <translation>لم يحتج أي مستخدم آخر من المستويات التي استُبدلت مفاتيحها إلى مفتاح جديد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="299" />
            <source>These users cannot receive it: give each a new passphrase (Reset passphrase…): %1.</source>
            <translation>لا يمكن لهؤلاء المستخدمين استلامه: امنح كلًّا منهم عبارة مرور جديدة (إعادة تعيين عبارة المرور…): ⁨%1⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="302" />
            <source>%1 also held the store key: rotate HQ's keys (fieldcase hq keys --rotate) so that new packages do not reach them.</source>
            <translation>كان ⁨%1⁩ يحمل أيضًا مفتاح قاعدة البيانات: جدِّد مفاتيح المقر (fieldcase hq keys --rotate) كي لا تصله الحزم الجديدة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="314" />
            <source>Rotating HQ's keys…</source>
            <translation>جارٍ تجديد مفاتيح المقر…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="320" />
            <source>HQ's keys were rotated (keyset version %1): officers encrypt new packages to the new key from their next pull.</source>
            <translation>جُدِّدت مفاتيح المقر (إصدار مجموعة المفاتيح ⁨%1⁩): يشفّر الموظفون الحزم الجديدة بالمفتاح الجديد بدءًا من عملية الاستلام التالية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="323" />
            <source>HQ signs its key bundles with an offline root key: sign a new bundle (fieldcase hq bundle sign) so that officers take the new key.</source>
            <translation>يوقّع المقر حزم مفاتيحه بمفتاح جذر غير متصل: وقِّع حزمة جديدة (⁨fieldcase hq bundle sign⁩) لكي يعتمد الموظفون المفتاح الجديد.</translation>
        </message>
    </context>
    <context>
        <name>ResetPassphraseDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="337" />
            <source>Reset a passphrase</source>
            <translation>إعادة تعيين عبارة مرور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="338" />
            <source>Give %1 a new passphrase, when they forgot theirs or a removal could not send them a new key. Their key slot is made again with the keys of their clearance as they are now; tell them the new passphrase in person.</source>
            <translation>امنح ⁨%1⁩ عبارة مرور جديدة إذا نسي عبارته أو تعذّر على إزالةٍ ما إرسال مفتاح جديد إليه. تُنشأ خانة مفاتيحه من جديد بمفاتيح مستوى تصريحه كما هي الآن؛ أبلغه عبارة المرور الجديدة شخصيًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="340" />
            <source>Reset passphrase</source>
            <translation>إعادة تعيين عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="344" />
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="346" />
            <source>Repeat</source>
            <translation>التكرار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="356" />
            <source>Resetting the passphrase…</source>
            <translation>جارٍ إعادة تعيين عبارة المرور…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="359" />
            <source>%1's passphrase was reset: they sign in with the new one.</source>
            <translation>أُعيد تعيين عبارة مرور ⁨%1⁩: سيسجّل الدخول بالعبارة الجديدة.</translation>
        </message>
    </context>
    <context>
        <name>RiskBoardPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="90" />
            <source>No data</source>
            <translation>لا بيانات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="96" />
            <source>Risk board</source>
            <translation>لوحة المخاطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="102" />
            <source>Country-wide</source>
            <translation>البلد كله</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="118" />
            <source> months</source>
            <translation> أشهر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="119" />
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="119" />
            <source>Up to</source>
            <translation>حتى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="120" />
            <source>Show</source>
            <translation>عرض</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="122" />
            <source>Export briefing…</source>
            <translation>تصدير الإحاطة…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="124" />
            <source>A signed PDF briefing of the month shown last, for headquarters</source>
            <translation>إحاطة PDF موقَّعة عن آخر شهر معروض، للمقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="145" />
            <source>Risk areas by month</source>
            <translation>مجالات الخطر حسب الشهر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="196" />
            <source>Colour: your level where you set one, else the suggested level (no data: no records, not low risk) · number: records · %1 · badge “S”: the suggestion where you set a level (≠: yours differs)</source>
            <translation>اللون: مستواك حيث حددته، وإلا فالمستوى المقترح (لا بيانات: لا سجلات، وليس خطرًا منخفضًا) · الرقم: السجلات · ⁨%1⁩ · الشارة «S»: الاقتراح حيث حددت مستوى (≠: مستواك مختلف)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="244" />
            <source>%1: %n record(s) placed in the month, %3 without a risk area, %4 dated only to the year. Suggestions follow rule %5; the officer sets the level.</source>
            <translation>
                <numerusform>⁨%1⁩: لا سجلات في الشهر، ⁨%3⁩ بلا مجال خطر، ⁨%4⁩ مؤرخة بالسنة فقط. تتبع الاقتراحات القاعدة ⁨%5⁩؛ والموظف هو من يحدد المستوى.</numerusform>
                <numerusform>⁨%1⁩: سجل واحد في الشهر، ⁨%3⁩ بلا مجال خطر، ⁨%4⁩ مؤرخة بالسنة فقط. تتبع الاقتراحات القاعدة ⁨%5⁩؛ والموظف هو من يحدد المستوى.</numerusform>
                <numerusform>⁨%1⁩: سجلان في الشهر، ⁨%3⁩ بلا مجال خطر، ⁨%4⁩ مؤرخة بالسنة فقط. تتبع الاقتراحات القاعدة ⁨%5⁩؛ والموظف هو من يحدد المستوى.</numerusform>
                <numerusform>⁨%1⁩: %n سجلات في الشهر، ⁨%3⁩ بلا مجال خطر، ⁨%4⁩ مؤرخة بالسنة فقط. تتبع الاقتراحات القاعدة ⁨%5⁩؛ والموظف هو من يحدد المستوى.</numerusform>
                <numerusform>⁨%1⁩: %n سجلًا في الشهر، ⁨%3⁩ بلا مجال خطر، ⁨%4⁩ مؤرخة بالسنة فقط. تتبع الاقتراحات القاعدة ⁨%5⁩؛ والموظف هو من يحدد المستوى.</numerusform>
                <numerusform>⁨%1⁩: %n سجل في الشهر، ⁨%3⁩ بلا مجال خطر، ⁨%4⁩ مؤرخة بالسنة فقط. تتبع الاقتراحات القاعدة ⁨%5⁩؛ والموظف هو من يحدد المستوى.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/risk_board.py" line="229" />
            <source>Computing…</source>
            <translation>جارٍ الحساب…</translation>
        </message>
    </context>
    <context>
        <name>RiskGridModel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="153" />
            <source>No records: no data</source>
            <translation>لا سجلات: لا بيانات</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="155" />
            <source>%n record(s), suggested %2, %3</source>
            <translation>
                <numerusform>%n سجل، المقترح ⁨%2⁩، ⁨%3⁩</numerusform>
                <numerusform>سجل واحد، المقترح ⁨%2⁩، ⁨%3⁩</numerusform>
                <numerusform>سجلان، المقترح ⁨%2⁩، ⁨%3⁩</numerusform>
                <numerusform>%n سجلات، المقترح ⁨%2⁩، ⁨%3⁩</numerusform>
                <numerusform>%n سجلًا، المقترح ⁨%2⁩، ⁨%3⁩</numerusform>
                <numerusform>%n سجل، المقترح ⁨%2⁩، ⁨%3⁩</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="159" />
            <source>; officer: %1</source>
            <translation>؛ الموظف: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="162" />
            <source>No data: no records for this area in the month (not a sign of low risk)</source>
            <translation>لا بيانات: لا سجلات لهذا المجال في هذا الشهر (وليس ذلك علامة على انخفاض الخطر)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="164" />
            <source>Suggested: %1, %2 (score %3)</source>
            <translation>المقترح: ⁨%1⁩، ⁨%2⁩ (الدرجة ⁨%3⁩)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/models/risk_grid.py" line="167" />
            <source>Officer: %1, %2</source>
            <translation>الموظف: ⁨%1⁩، ⁨%2⁩</translation>
        </message>
    </context>
    <context>
        <name>RiskTagsEditor</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="36" />
            <source>Risk area or indicator — type to search</source>
            <translation>مجال خطر أو مؤشر — اكتب للبحث</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="40" />
            <source>Why: the rationale for this tag</source>
            <translation>لماذا: مسوّغ هذا الوسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="43" />
            <source>Add tag</source>
            <translation>إضافة وسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53" />
            <source>Tag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="53" />
            <source>Rationale (double-click to edit)</source>
            <translation>المسوّغ (انقر نقرًا مزدوجًا للتحرير)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="69" />
            <source>Remove tag</source>
            <translation>إزالة الوسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/risk_tags.py" line="107" />
            <source>Choose a risk area or indicator from the list.</source>
            <translation>اختر مجال خطر أو مؤشرًا من القائمة.</translation>
        </message>
    </context>
    <context>
        <name>RmrPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="37" />
            <source>Written assessment for the Regional Monthly Review</source>
            <translation>التقييم المكتوب للاستعراض الشهري الإقليمي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="48" />
            <source>Save written assessment</source>
            <translation>حفظ التقييم المكتوب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="56" />
            <source>Opportunities and entry points</source>
            <translation>الفرص ونقاط الدخول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="57" />
            <source>Mitigating factors</source>
            <translation>العوامل المخففة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="57" />
            <source>Outlook</source>
            <translation>التوقعات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="58" />
            <source>Recommendations to the RMR</source>
            <translation>التوصيات إلى الاستعراض الشهري الإقليمي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="59" />
            <source>Openings the UN can use: commitments, dialogues, allies</source>
            <translation>فرص يمكن للأمم المتحدة اغتنامها: التزامات، حوارات، حلفاء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="60" />
            <source>What lowers the risk: institutions, leaders, networks</source>
            <translation>ما يخفّض الخطر: المؤسسات، القادة، الشبكات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="61" />
            <source>Where the situation is heading in the coming months, and the triggers</source>
            <translation>الاتجاه المرجح للوضع في الأشهر المقبلة، والعوامل المحفزة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="62" />
            <source>Action points proposed to the review, one per line (start with - )</source>
            <translation>نقاط العمل المقترحة على الاستعراض، نقطة في كل سطر (ابدأ بـ - )</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="85" />
            <source>Written assessment for the RMR: %1, %2</source>
            <translation>التقييم المكتوب للاستعراض الشهري الإقليمي: ⁦%1⁩، ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="88" />
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="101" />
            <source>Revision %1 by %2</source>
            <translation>النسخة ⁨%1⁩ من إعداد ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="102" />
            <source>Not written yet</source>
            <translation>لم يُكتب بعد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="107" />
            <source>Not saved</source>
            <translation>غير محفوظ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/rmr_panel.py" line="117" />
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="75" />
            <source>Add…</source>
            <translation>إضافة…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="77" />
            <source>Edit…</source>
            <translation>تحرير…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="78" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="137" />
            <source>Add: %1</source>
            <translation>إضافة: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/row_table.py" line="138" />
            <source>Edit: %1</source>
            <translation>تحرير: ⁨%1⁩</translation>
        </message>
    </context>
    <context>
        <name>SameAsPanel</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="328" />
            <source>People of this record, or the record itself, linked as the same as in another record. Linked records are counted once in the indicators and briefings; nothing is merged or deleted, and a link can be undone.</source>
            <translation>أشخاص هذا السجل، أو السجل نفسه، المربوطون بوصفهم الشيء نفسه كما في سجل آخر. تُعدّ السجلات المربوطة مرة واحدة في المؤشرات والإحاطات؛ لا يُدمج شيء ولا يُحذف، ويمكن التراجع عن الربط.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="336" />
            <source>Linked</source>
            <translation>المربوط</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="336" />
            <source>Same as</source>
            <translation>هو نفسه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="336" />
            <source>Decided by</source>
            <translation>قرّره</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="337" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="337" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="357" />
            <source>Link as the same…</source>
            <translation>الربط بوصفهما الشيء نفسه…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="360" />
            <source>Unlink…</source>
            <translation>إلغاء الربط…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="373" />
            <source>Save the record first to link it.</source>
            <translation>احفظ السجل أولًا لربطه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="379" />
            <source>This incident</source>
            <translation>هذه الحادثة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="381" />
            <source>Person %1</source>
            <translation>الشخص ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="386" />
            <source>(a record not in this store)</source>
            <translation>(سجل غير موجود في هذا المخزن)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="389" />
            <source>%1 in %2</source>
            <translation>⁨%1⁩ في ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="399" />
            <source>Received by sync</source>
            <translation>وارد عبر المزامنة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="400" />
            <source>In force</source>
            <translation>سارٍ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="400" />
            <source>Undone</source>
            <translation>أُلغي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="403" />
            <source>Undone by %1</source>
            <translation>ألغاه ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="405" />
            <source>Undone: %1</source>
            <translation>أُلغي: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="415" />
            <source>Links in force: %1</source>
            <translation>الروابط السارية: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="416" />
            <source>No links yet.</source>
            <translation>لا توجد روابط بعد.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="58" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="60" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="65" />
            <source>Applies at once and is remembered. Open editors keep what you have typed.</source>
            <translation>يُطبَّق فورًا ويُحفظ. تحتفظ المحررات المفتوحة بما كتبته.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="69" />
            <source>Locking</source>
            <translation>القفل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="75" />
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="79" />
            <source>Lock after being idle for</source>
            <translation>القفل بعد عدم النشاط لمدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="81" />
            <source>Lock now</source>
            <translation>القفل الآن</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="84" />
            <source>Shortcut: Ctrl+L. Locking closes every window of the workspace and drops its keys from memory; unsaved edits are kept as encrypted drafts.</source>
            <translation>الاختصار: Ctrl+L. يغلق القفل كل نوافذ مساحة العمل ويمحو مفاتيحها من الذاكرة؛ وتُحفظ التعديلات غير المحفوظة في مسودات مشفرة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="88" />
            <source>Window contents are never saved to disk. A name copied from a record is cleared from the clipboard after 30 seconds.</source>
            <translation>لا يُحفظ محتوى النوافذ على القرص أبدًا. ويُمسح الاسم المنسوخ من سجل من الحافظة بعد 30 ثانية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="92" />
            <source>Passphrase and recovery key</source>
            <translation>عبارة المرور ومفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="94" />
            <source>Change passphrase…</source>
            <translation>تغيير عبارة المرور…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="96" />
            <source>Make a new recovery key…</source>
            <translation>إنشاء مفتاح استرداد جديد…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="125" />
            <source>Emergency</source>
            <translation>الطوارئ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="130" />
            <source>Quick delete…</source>
            <translation>الحذف السريع…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="134" />
            <source>Shortcut: Ctrl+Shift+Delete, also on the unlock screen. After one confirmation the keys are destroyed first, then every record, draft and attachment on this computer; only what reached HQ survives.</source>
            <translation>الاختصار: Ctrl+Shift+Delete، وهو متاح أيضًا في شاشة فتح القفل. بعد تأكيد واحد تُتلف المفاتيح أولًا، ثم كل سجل ومسودة ومرفق على هذا الحاسوب؛ لا يبقى إلا ما وصل إلى المقر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="110" />
            <source>This workspace</source>
            <translation>مساحة العمل هذه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="112" />
            <source>Folder</source>
            <translation>المجلد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="113" />
            <source>Officer</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="114" />
            <source>Workspace id</source>
            <translation>معرّف مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="115" />
            <source>Encryption</source>
            <translation>التشفير</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="115" />
            <source>SQLCipher 4 store under a random 256-bit key; the key is unlocked with Argon2id. Attachments: age.</source>
            <translation>قاعدة بيانات SQLCipher 4 بمفتاح عشوائي طوله 256 بت؛ يُفتح المفتاح باستخدام Argon2id. المرفقات: age.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="117" />
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="142" />
            <source>Delete after failed unlocks</source>
            <translation>الحذف بعد محاولات فتح فاشلة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="146" />
            <source>Off</source>
            <translation>معطّل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="150" />
            <source>Apply</source>
            <translation>تطبيق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="159" />
            <source>After that many wrong passphrases in a row, the workspace is quick-deleted as by Quick delete; this cannot be undone.</source>
            <translation>بعد هذا العدد من عبارات المرور الخاطئة المتتالية تُحذف مساحة العمل كما بالحذف السريع؛ لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="163" />
            <source>Duress passphrase…</source>
            <translation>عبارة المرور الخاصة بالإكراه…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="198" />
            <source>In force: off. Wrong passphrases only delay the next try.</source>
            <translation>المعمول به: معطّل. عبارات المرور الخاطئة تؤخر المحاولة التالية فقط.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="200" />
            <source>In force: quick delete after %n wrong passphrases in a row.</source>
            <translation>
                <numerusform>المعمول به: حذف سريع بعد عدم إدخال أي عبارة مرور خاطئة.</numerusform>
                <numerusform>المعمول به: حذف سريع بعد عبارة مرور خاطئة واحدة.</numerusform>
                <numerusform>المعمول به: حذف سريع بعد عبارتي مرور خاطئتين متتاليتين.</numerusform>
                <numerusform>المعمول به: حذف سريع بعد ⁨%n⁩ عبارات مرور خاطئة متتالية.</numerusform>
                <numerusform>المعمول به: حذف سريع بعد ⁨%n⁩ عبارة مرور خاطئة متتالية.</numerusform>
                <numerusform>المعمول به: حذف سريع بعد ⁨%n⁩ عبارة مرور خاطئة متتالية.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="219" />
            <source>Set: typing it quick-deletes this workspace, then opens an empty decoy.</source>
            <translation>معيّنة: كتابتها تحذف مساحة العمل هذه حذفًا سريعًا ثم تفتح مساحة تمويهية فارغة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="221" />
            <source>Set: typing it opens an empty decoy workspace; this one stays as it is.</source>
            <translation>معيّنة: كتابتها تفتح مساحة عمل تمويهية فارغة؛ وتبقى هذه كما هي.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="223" />
            <source>Not set. A second passphrase that opens an empty decoy workspace instead of this one.</source>
            <translation>غير معيّنة. عبارة مرور ثانية تفتح مساحة عمل تمويهية فارغة بدلًا من هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="246" />
            <source>New recovery key</source>
            <translation>مفتاح استرداد جديد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/settings.py" line="247" />
            <source>Make a new recovery key? The current one stops working at once.</source>
            <translation>هل تريد إنشاء مفتاح استرداد جديد؟ سيتوقف المفتاح الحالي عن العمل فورًا.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="19" />
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="41" />
            <source>New incident</source>
            <translation>حادث جديد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="41" />
            <source>Search the case files</source>
            <translation>البحث في ملفات الحالات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="42" />
            <source>Case files</source>
            <translation>ملفات الحالات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="42" />
            <source>Risk board</source>
            <translation>لوحة المخاطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="42" />
            <source>Indicators</source>
            <translation>المؤشرات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="43" />
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="43" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="43" />
            <source>Action points</source>
            <translation>نقاط العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="44" />
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="49" />
            <source>Lock the workspace now</source>
            <translation>قفل مساحة العمل الآن</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="44" />
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="50" />
            <source>This list</source>
            <translation>هذه القائمة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="47" />
            <source>Save a new revision</source>
            <translation>حفظ نسخة جديدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="47" />
            <source>Close the editor (asks first when there are unsaved changes)</source>
            <translation>إغلاق المحرر (يسأل أولًا إذا كانت هناك تغييرات غير محفوظة)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/shortcuts.py" line="49" />
            <source>Close the editor</source>
            <translation>إغلاق المحرر</translation>
        </message>
    </context>
    <context>
        <name>SignalReasons</name>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="23" />
            <source>%n record(s) this month</source>
            <translation>
                <numerusform>لا سجلات هذا الشهر</numerusform>
                <numerusform>سجل واحد هذا الشهر</numerusform>
                <numerusform>سجلان هذا الشهر</numerusform>
                <numerusform>%n سجلات هذا الشهر</numerusform>
                <numerusform>%n سجلًا هذا الشهر</numerusform>
                <numerusform>%n سجل هذا الشهر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="25" />
            <source>highest severity %1</source>
            <translation>أعلى درجة خطورة ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="27" />
            <source>mean severity %1</source>
            <translation>متوسط الخطورة ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="29" />
            <source>%1% verified</source>
            <translation>⁨%1⁩٪ متحقق منها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="31" />
            <source>new activity (none in the three months before)</source>
            <translation>نشاط جديد (لا شيء في الأشهر الثلاثة السابقة)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="33" />
            <source>severity-weighted count ×%1 the 3-month mean</source>
            <translation>العدد المرجَّح بالخطورة ×⁨%1⁩ متوسط الأشهر الثلاثة</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="35" />
            <source>%n reprisal(s) against people cooperating with the UN</source>
            <translation>
                <numerusform>لا أعمال انتقامية ضد أشخاص يتعاونون مع الأمم المتحدة</numerusform>
                <numerusform>عمل انتقامي واحد ضد أشخاص يتعاونون مع الأمم المتحدة</numerusform>
                <numerusform>عملان انتقاميان ضد أشخاص يتعاونون مع الأمم المتحدة</numerusform>
                <numerusform>%n أعمال انتقامية ضد أشخاص يتعاونون مع الأمم المتحدة</numerusform>
                <numerusform>%n عملًا انتقاميًا ضد أشخاص يتعاونون مع الأمم المتحدة</numerusform>
                <numerusform>%n عمل انتقامي ضد أشخاص يتعاونون مع الأمم المتحدة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="37" />
            <source>%n attack(s) on defenders, journalists or trade unionists</source>
            <translation>
                <numerusform>لا اعتداءات على مدافعين أو صحفيين أو نقابيين</numerusform>
                <numerusform>اعتداء واحد على مدافعين أو صحفيين أو نقابيين</numerusform>
                <numerusform>اعتداءان على مدافعين أو صحفيين أو نقابيين</numerusform>
                <numerusform>%n اعتداءات على مدافعين أو صحفيين أو نقابيين</numerusform>
                <numerusform>%n اعتداءً على مدافعين أو صحفيين أو نقابيين</numerusform>
                <numerusform>%n اعتداء على مدافعين أو صحفيين أو نقابيين</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="39" />
            <source>hate-speech spike (%1 vs %2 a month)</source>
            <translation>ارتفاع حاد في خطاب الكراهية (⁨%1⁩ مقابل ⁨%2⁩ شهريًا)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/signal_reasons.py" line="42" />
            <source>%n early-warning report(s)</source>
            <translation>
                <numerusform>لا تقارير إنذار مبكر</numerusform>
                <numerusform>تقرير إنذار مبكر واحد</numerusform>
                <numerusform>تقريرا إنذار مبكر</numerusform>
                <numerusform>%n تقارير إنذار مبكر</numerusform>
                <numerusform>%n تقريرًا للإنذار المبكر</numerusform>
                <numerusform>%n تقرير إنذار مبكر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpecForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="263" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/fields.py" line="265" />
            <source>Copy to the clipboard; it is cleared again after 30 seconds</source>
            <translation>النسخ إلى الحافظة؛ تُمسح مجددًا بعد 30 ثانية</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="77" />
            <source>Use a passphrase of several unrelated words; at least %1 characters.</source>
            <translation>استخدم عبارة مرور من عدة كلمات لا رابط بينها؛ ⁨%1⁩ حرفًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="80" />
            <source>Too short: at least %1 characters.</source>
            <translation>قصير جدًا: ⁨%1⁩ حرفًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82" />
            <source>Very weak: easy to guess.</source>
            <translation>ضعيفة جدًا: سهلة التخمين.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="82" />
            <source>Weak: add more unrelated words.</source>
            <translation>ضعيفة: أضف مزيدًا من الكلمات التي لا رابط بينها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83" />
            <source>Fair: one or two more words would help.</source>
            <translation>مقبولة: كلمة أو كلمتان إضافيتان ستفيدان.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="83" />
            <source>Good.</source>
            <translation>جيدة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/widgets/strength.py" line="84" />
            <source>Strong.</source>
            <translation>قوية.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="94" />
            <source>Sync with HQ</source>
            <translation>المزامنة مع المقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="104" />
            <source>Enrolment</source>
            <translation>التسجيل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="106" />
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="110" />
            <source>To send records to HQ, this workspace is enrolled once:</source>
            <translation>لإرسال السجلات إلى المقر، تُسجَّل مساحة العمل هذه مرة واحدة:</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="111" />
            <source>1. Write an enrolment request and give the file to HQ. It holds no secret. (Command line: fieldcase enrol-request --out FILE)</source>
            <translation>1. اكتب طلب تسجيل وسلّم الملف إلى المقر. لا يحتوي على أي سر. (سطر الأوامر: fieldcase enrol-request --out FILE)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="113" />
            <source>2. HQ answers with an enrolment file. Import it here (command line: fieldcase enrol FILE), then compare the certificate authority fingerprint shown with the one HQ gave you by phone or in person.</source>
            <translation>2. يرد المقر بملف تسجيل. استورده هنا (سطر الأوامر: fieldcase enrol FILE)، ثم قارن بصمة سلطة التصديق المعروضة بالبصمة التي أعطاك إياها المقر بالهاتف أو شخصيًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="119" />
            <source>Write enrolment request…</source>
            <translation>كتابة طلب التسجيل…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="121" />
            <source>Import HQ's enrolment file…</source>
            <translation>استيراد ملف التسجيل من المقر…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="137" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="147" />
            <source>Last push</source>
            <translation>آخر إرسال</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="148" />
            <source>Not sent yet</source>
            <translation>لم يُرسل بعد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="149" />
            <source>Sent, awaiting HQ</source>
            <translation>أُرسل، بانتظار المقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="150" />
            <source>Acknowledged by HQ</source>
            <translation>أقرّ المقر باستلامه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="151" />
            <source>Last acknowledgement</source>
            <translation>آخر إقرار بالاستلام</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="156" />
            <source>Resolve conflicts…</source>
            <translation>حل التعارضات…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="158" />
            <source>Compare both versions field by field and choose what to keep</source>
            <translation>قارن النسختين حقلًا بحقل واختر ما تحتفظ به</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="163" />
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="167" />
            <source>Push now</source>
            <translation>الإرسال الآن</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="169" />
            <source>Send everything HQ has not acknowledged yet to the selected target</source>
            <translation>إرسال كل ما لم يقرّ المقر باستلامه بعد إلى الوجهة المحددة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="171" />
            <source>Pull acknowledgements</source>
            <translation>جلب إقرارات الاستلام</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="172" />
            <source>Apply HQ's replies found at the selected target: acknowledgements, feedback, framework updates</source>
            <translation>تطبيق ردود المقر الموجودة في الوجهة المحددة: إقرارات الاستلام، والملاحظات، وتحديثات الأطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="191" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="200" />
            <source>Sync targets</source>
            <translation>وجهات المزامنة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="193" />
            <source>Where packages go and where HQ's replies are collected: a folder (a USB stick, a shared drive) or a WebDAV server. Packages are encrypted for HQ before they are written. Push and Pull use the selected target.</source>
            <translation>حيث تذهب الحزم وحيث تُجمع ردود المقر: مجلد (ذاكرة USB، أو محرك أقراص مشترك) أو خادم WebDAV. تُشفَّر الحزم للمقر قبل كتابتها. يستخدم الإرسال والجلب الوجهة المحددة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="201" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="234" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="201" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="201" />
            <source>Location</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="202" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="236" />
            <source>User</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="214" />
            <source>Add a folder…</source>
            <translation>إضافة مجلد…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="222" />
            <source>Add a WebDAV server</source>
            <translation>إضافة خادم WebDAV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="226" />
            <source>e.g. hq-dav</source>
            <translation>مثلًا hq-dav</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="235" />
            <source>Address (URL)</source>
            <translation>العنوان (URL)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="237" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="239" />
            <source>Add server</source>
            <translation>إضافة الخادم</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="242" />
            <source>The password is kept in the encrypted workspace, never in a settings file.</source>
            <translation>تُحفظ كلمة المرور في مساحة العمل المشفرة، ولا تُحفظ أبدًا في ملف إعدادات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="268" />
            <source>Enrolled with %1. HQ certificate authority fingerprint: %2</source>
            <translation>مسجَّل لدى ⁨%1⁩. بصمة سلطة التصديق للمقر: ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="271" />
            <source>Not enrolled with HQ yet.</source>
            <translation>لم يُسجَّل لدى المقر بعد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="274" />
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="277" />
            <source>%1, %2</source>
            <translation>⁨%1⁩، ⁨%2⁩</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="278" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="282" />
            <source>%n revision(s)</source>
            <translation>
                <numerusform>لا نسخ</numerusform>
                <numerusform>نسخة واحدة</numerusform>
                <numerusform>نسختان</numerusform>
                <numerusform>%n نسخ</numerusform>
                <numerusform>%n نسخة</numerusform>
                <numerusform>%n نسخة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="279" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>لا مرفقات</numerusform>
                <numerusform>مرفق واحد</numerusform>
                <numerusform>مرفقان</numerusform>
                <numerusform>%n مرفقات</numerusform>
                <numerusform>%n مرفقًا</numerusform>
                <numerusform>%n مرفق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="280" />
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="281" />
            <source>%n package(s)</source>
            <translation>
                <numerusform>لا حزم</numerusform>
                <numerusform>حزمة واحدة</numerusform>
                <numerusform>حزمتان</numerusform>
                <numerusform>%n حزم</numerusform>
                <numerusform>%n حزمة</numerusform>
                <numerusform>%n حزمة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="284" />
            <source>None: every record agrees with HQ's copy.</source>
            <translation>لا يوجد: كل السجلات مطابقة لنسخة المقر.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="285" />
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>لا تعارضات لحلّها</numerusform>
                <numerusform>تعارض واحد لحلّه</numerusform>
                <numerusform>تعارضان لحلّهما</numerusform>
                <numerusform>%n تعارضات لحلّها</numerusform>
                <numerusform>%n تعارضًا لحلّها</numerusform>
                <numerusform>%n تعارض لحلّها</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="295" />
            <source>Folder</source>
            <translation>المجلد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="295" />
            <source>WebDAV</source>
            <translation>WebDAV</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="321" />
            <source>Available once the workspace is enrolled with HQ.</source>
            <translation>متاح بعد تسجيل مساحة العمل لدى المقر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="323" />
            <source>Add a sync target below first.</source>
            <translation>أضف وجهة مزامنة أدناه أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="325" />
            <source>Target: %1</source>
            <translation>الوجهة: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="346" />
            <source>Pushing to %1…</source>
            <translation>جارٍ الإرسال إلى ⁨%1⁩…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="357" />
            <source>Collecting HQ's replies from %1…</source>
            <translation>جارٍ جمع ردود المقر من ⁨%1⁩…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="367" />
            <source>Cancelled. What was already uploaded stays there; push again to go on.</source>
            <translation>أُلغي. ما رُفع بالفعل يبقى هناك؛ أرسل مجددًا للمتابعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="373" />
            <source>Pull stopped. The replies already applied stay applied; pull again for the rest.</source>
            <translation>توقّف الجلب. تبقى الردود التي طُبِّقت مطبَّقةً؛ اجلب مرة أخرى لِما تبقّى.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="380" />
            <source>Built %n new package(s);</source>
            <translation>
                <numerusform>لم تُنشأ حزم جديدة؛</numerusform>
                <numerusform>أُنشئت حزمة جديدة واحدة؛</numerusform>
                <numerusform>أُنشئت حزمتان جديدتان؛</numerusform>
                <numerusform>أُنشئت %n حزم جديدة؛</numerusform>
                <numerusform>أُنشئت %n حزمة جديدة؛</numerusform>
                <numerusform>أُنشئت %n حزمة جديدة؛</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="381" />
            <source>uploaded %1; %2 already at the target.</source>
            <translation>رُفع ⁨%1⁩؛ و⁨%2⁩ موجودة بالفعل في الوجهة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="389" />
            <source>Nothing new from HQ.</source>
            <translation>لا جديد من المقر.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="392" />
            <source>%n reply package(s) applied.</source>
            <translation>
                <numerusform>لم تُطبَّق أي حزمة رد.</numerusform>
                <numerusform>طُبّقت حزمة رد واحدة.</numerusform>
                <numerusform>طُبّقت حزمتا رد.</numerusform>
                <numerusform>طُبّقت %n حزم رد.</numerusform>
                <numerusform>طُبّقت %n حزمة رد.</numerusform>
                <numerusform>طُبّقت %n حزمة رد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="395" />
            <source>%1 was not applied: %2</source>
            <translation>لم تُطبَّق ⁨%1⁩: ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="403" />
            <source>Write enrolment request</source>
            <translation>كتابة طلب التسجيل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="410" />
            <source>Wrote the enrolment request to %1. Give this file to HQ; it holds no secret.</source>
            <translation>كُتب طلب التسجيل في ⁨%1⁩. سلّم هذا الملف إلى المقر؛ لا يحتوي على أي سر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="416" />
            <source>Import HQ's enrolment file</source>
            <translation>استيراد ملف التسجيل من المقر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="423" />
            <source>Enrolled with %1. Compare this certificate authority fingerprint with the one HQ gave you by another channel (phone, in person):
%2</source>
            <translation>مسجَّل لدى ⁨%1⁩. قارن بصمة سلطة التصديق هذه بالبصمة التي أعطاك إياها المقر عبر قناة أخرى (الهاتف، شخصيًا):
⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="438" />
            <source>Importing the enrolment file…</source>
            <translation>جارٍ استيراد ملف التسجيل…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="442" />
            <source>Choose the sync folder</source>
            <translation>اختر مجلد المزامنة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/pages/sync.py" line="455" />
            <source>Give the server a name and an address starting with https://.</source>
            <translation>أعطِ الخادم اسمًا وعنوانًا يبدأ بـ https://.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="131" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="133" />
            <source>Fieldcase</source>
            <translation>Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/runner.py" line="144" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>UnlinkDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="281" />
            <source>Undo the link</source>
            <translation>التراجع عن الربط</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="284" />
            <source>%1 will no longer be counted as the same. The link and its undoing stay in the history and the audit log.</source>
            <translation>لن يُعدّ ⁨%1⁩ الشيء نفسه بعد الآن. يبقى الربط والتراجع عنه في السجل التاريخي وسجل التدقيق.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="291" />
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="292" />
            <source>Why the link was wrong</source>
            <translation>لماذا كان الربط خاطئًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="303" />
            <source>Say why the link was wrong: it goes into the audit log.</source>
            <translation>اذكر لماذا كان الربط خاطئًا: يُدوَّن ذلك في سجل التدقيق.</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="51" />
            <source>Unlock your workspace</source>
            <translation>افتح قفل مساحة عملك</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="52" />
            <source>Case files are encrypted on this computer. Enter the passphrase to open them.</source>
            <translation>ملفات الحالات مشفرة على هذا الحاسوب. أدخل عبارة المرور لفتحها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="59" />
            <source>Recent workspaces</source>
            <translation>مساحات العمل الأخيرة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="75" />
            <source>Choose the workspace folder</source>
            <translation>اختر مجلد مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="77" />
            <source>Workspace</source>
            <translation>مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="78" />
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="81" />
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="89" />
            <source>Fill in the demo passphrase</source>
            <translation>تعبئة عبارة المرور التجريبية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="99" />
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="206" />
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="106" />
            <source>Create a new workspace…</source>
            <translation>إنشاء مساحة عمل جديدة…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="107" />
            <source>Open the demo workspace</source>
            <translation>فتح مساحة العمل التجريبية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="108" />
            <source>Forgot the passphrase?</source>
            <translation>هل نسيت عبارة المرور؟</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="130" />
            <source>%1 — demo, fictional records</source>
            <translation>⁨%1⁩ — عرض توضيحي، سجلات خيالية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="183" />
            <source>This is the demo workspace: every record in it is fictional. Its passphrase is: %1</source>
            <translation>هذه مساحة العمل التجريبية: كل سجلاتها خيالية. عبارة المرور الخاصة بها:
⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="202" />
            <source>Unlocking…</source>
            <translation>جارٍ فتح القفل…</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="204" />
            <source>Wait %1 s</source>
            <translation>انتظر ⁨%1⁩ ث</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="215" />
            <source>Choose the workspace folder first.</source>
            <translation>اختر مجلد مساحة العمل أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="218" />
            <source>Enter the passphrase.</source>
            <translation>أدخل عبارة المرور.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="251" />
            <source>Wrong passphrase: the workspace was not unlocked.</source>
            <translation>عبارة مرور خاطئة: لم يُفتح قفل مساحة العمل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/welcome/unlock_form.py" line="253" />
            <source>You can try again in %1 s.</source>
            <translation>يمكنك المحاولة مجددًا بعد ⁨%1⁩ ث.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="30" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="34" />
            <source>Incident</source>
            <translation>حادثة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="31" />
            <source>Community information</source>
            <translation>معلومات مجتمعية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="35" />
            <source>Community info</source>
            <translation>معلومات مجتمعية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="38" />
            <source>Meeting</source>
            <translation>اجتماع</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="39" />
            <source>Civil-society report</source>
            <translation>تقرير من المجتمع المدني</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="40" />
            <source>Community report</source>
            <translation>تقرير مجتمعي</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="41" />
            <source>Early warning</source>
            <translation>إنذار مبكر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="44" />
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="45" />
            <source>Follow-up</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="46" />
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="49" />
            <source>Restricted</source>
            <translation>محدود التداول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="50" />
            <source>Confidential</source>
            <translation>سري</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="51" />
            <source>Strictly confidential</source>
            <translation>سري للغاية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="54" />
            <source>State actor</source>
            <translation>جهة فاعلة حكومية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="55" />
            <source>With State acquiescence</source>
            <translation>بموافقة الدولة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="56" />
            <source>Non-State actor</source>
            <translation>جهة فاعلة من غير الدول</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="57" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="70" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="76" />
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="60" />
            <source>Victim</source>
            <translation>الضحية</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="61" />
            <source>Witness</source>
            <translation>شاهد</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="62" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="63" />
            <source>Perpetrator</source>
            <translation>الجاني</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="64" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="69" />
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="85" />
            <source>Other</source>
            <translation>غير ذلك</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="67" />
            <source>Female</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="68" />
            <source>Male</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="73" />
            <source>Child</source>
            <translation>طفل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="74" />
            <source>Adult</source>
            <translation>بالغ</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="75" />
            <source>Elderly</source>
            <translation>مسن</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="79" />
            <source>Universal Periodic Review</source>
            <translation>الاستعراض الدوري الشامل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="80" />
            <source>Special procedure</source>
            <translation>إجراء خاص</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="81" />
            <source>Treaty body</source>
            <translation>هيئة معاهدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="82" />
            <source>Human Rights Council</source>
            <translation>مجلس حقوق الإنسان</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="83" />
            <source>UN field presence</source>
            <translation>وجود ميداني للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="84" />
            <source>Peace operation</source>
            <translation>عملية سلام</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="90" />
            <source>1 – minor</source>
            <translation>1 – طفيفة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="91" />
            <source>2 – moderate</source>
            <translation>2 – متوسطة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="92" />
            <source>3 – serious</source>
            <translation>3 – جسيمة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="93" />
            <source>4 – grave</source>
            <translation>4 – خطيرة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/vocab.py" line="94" />
            <source>5 – very grave</source>
            <translation>5 – بالغة الخطورة</translation>
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
            <translation>ملفات حالات مشفرة للعمل الميداني في مجال حقوق الإنسان. دون اتصال بالإنترنت؛ لا يغادر شيء هذا الحاسوب ما لم تصدّره أو تزامنه.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceView</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="85" />
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="154" />
            <source>Navigation</source>
            <translation>التنقل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="117" />
            <source>Fieldcase keeps no backup copy of its own. Export what you still need now: it can still be read. HQ holds every record and attachment you have already synced; an earlier copy of the workspace folder, if you keep one, can be put back in its place. Nothing was repaired or overwritten.</source>
            <translation>لا يحتفظ Fieldcase بأي نسخة احتياطية خاصة به. صدّر الآن ما لا تزال تحتاج إليه: ما زال من الممكن قراءته. يحتفظ المقر بكل سجل ومرفق سبقت مزامنته؛ ويمكن إعادة نسخة سابقة من مجلد مساحة العمل إلى مكانها إن كنت تحتفظ بواحدة. لم يُصلَح أو يُستبدل أي شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="121" />
            <source>Integrity alarm: %1 %2</source>
            <translation>إنذار السلامة: ⁨%1⁩ ⁨%2⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Case files</source>
            <translation>ملفات الحالات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Risk board</source>
            <translation>لوحة المخاطر</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Indicators</source>
            <translation>المؤشرات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="138" />
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="139" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="139" />
            <source>Action points</source>
            <translation>نقاط العمل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="143" />
            <source>%1 (Ctrl+%2)</source>
            <translation>⁨%1⁩ (Ctrl+⁨%2⁩)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="190" />
            <source>Workspace: %1 (demo, fictional data)</source>
            <translation>مساحة العمل: ⁨%1⁩ (تجريبية، بيانات خيالية)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="190" />
            <source>Workspace: %1</source>
            <translation>مساحة العمل: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="193" />
            <source>Officer: %1</source>
            <translation>الموظف: ⁨%1⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="198" />
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="200" />
            <source>Lock the workspace now (Ctrl+L)</source>
            <translation>قفل مساحة العمل الآن (Ctrl+L)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/ui/workspace_view.py" line="218" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n سجل</numerusform>
                <numerusform>سجل واحد</numerusform>
                <numerusform>سجلان</numerusform>
                <numerusform>%n سجلات</numerusform>
                <numerusform>%n سجلًا</numerusform>
                <numerusform>%n سجل</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_FileChoice</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="38" />
            <source>No file chosen</source>
            <translation>لم يُختر أي ملف</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/dialogs/form_import.py" line="39" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
    </context>
    <context>
        <name>_HqUserDialog</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="95" />
            <source>The new passphrase is too short: use at least %1 characters.</source>
            <translation>عبارة المرور الجديدة قصيرة جدًا: استخدم ⁨%1⁩ حرفًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="99" />
            <source>This passphrase is too easy to guess: add a few unrelated words.</source>
            <translation>عبارة المرور هذه سهلة التخمين: أضف بضع كلمات لا رابط بينها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="102" />
            <source>The two new passphrases differ.</source>
            <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/hq/user_dialogs.py" line="136" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>_SidePicker</name>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="94" />
            <source>Record id, or words of its title</source>
            <translation>معرّف السجل، أو كلمات من عنوانه</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="95" />
            <source>Find the record</source>
            <translation>ابحث عن السجل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="98" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="101" />
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="146" />
            <source>No record found</source>
            <translation>لم يُعثر على أي سجل</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/same_as.py" line="163" />
            <source>This record has no people</source>
            <translation>لا يضم هذا السجل أي أشخاص</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="356" />
            <source>--period: {reason}.</source>
            <translation>--period: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="104" />
            <source>A different package with this package id was already accepted.</source>
            <translation>سبق قبول حزمة أخرى تحمل معرّف الحزمة هذا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_region.py" line="64" />
            <source>A grouping name is 1 to 60 letters, digits, spaces, dots, dashes or underscores.</source>
            <translation>يتكون اسم التجميع من 1 إلى 60 حرفًا أو رقمًا أو مسافة أو نقطة أو شرطة أو شرطة سفلية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="100" />
            <source>A link item does not match its key or its sender.</source>
            <translation>أحد عناصر الربط لا يطابق مفتاحه أو مُرسِله.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="91" />
            <source>A link item is malformed.</source>
            <translation>أحد عناصر الربط مشوّه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="139" />
            <source>A passphrase for the new HQ directory is needed.</source>
            <translation>يلزم إدخال عبارة مرور لدليل المقر الجديد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="177" />
            <source>A person or an incident cannot be linked with itself.</source>
            <translation>لا يمكن ربط شخص أو حادثة بنفسه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="69" />
            <source>A piece of {what} could not be read ({reason}).</source>
            <translation>تعذرت قراءة جزء من ⁨{what}⁩ (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="82" />
            <source>A piece of {what} does not match its signed SHA-256: it was changed or replaced.</source>
            <translation>جزء من ⁨{what}⁩ لا يطابق بصمة SHA-256 الموقَّعة: غُيّر أو استُبدل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="80" />
            <source>A piece of {what} is longer than signed.</source>
            <translation>جزء من ⁨{what}⁩ أطول مما وُقّع.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="77" />
            <source>A piece of {what} is truncated (an interrupted copy?).</source>
            <translation>جزء من ⁨{what}⁩ مبتور (نسخ متقطع؟).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_preview.py" line="48" />
            <source>A preview (--dry-run) is available for HXL-tagged tables and UCDP GED exports (--format hxl, --format ucdp).</source>
            <translation>تتوفر معاينة (--dry-run) للجداول الموسومة بوسوم HXL ولتصديرات UCDP GED (⁨--format hxl⁩ أو ⁨--format ucdp⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_region.py" line="49" />
            <source>A regional grouping needs at least two different countries.</source>
            <translation>يحتاج التجميع الإقليمي إلى بلدين مختلفين على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="238" />
            <source>A reviewer needs the strictly_confidential clearance (they hand out every key).</source>
            <translation>يحتاج المُراجع إلى مستوى التصريح strictly_confidential (فهو يمنح جميع المفاتيح).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="57" />
            <source>A revision item does not match its key or its sender.</source>
            <translation>عنصر نسخة لا يطابق مفتاحه أو مرسله.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="55" />
            <source>A revision item is malformed ({error}).</source>
            <translation>عنصر نسخة مشوَّه (⁨{error}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="185" />
            <source>A revision refers to attachment {attachment_id}, which has not been received.</source>
            <translation>تشير نسخة إلى المرفق ⁨{attachment_id}⁩، الذي لم يُستلم.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="83" />
            <source>A sealed value in the HQ database does not decrypt with this HQ's key: the database was altered or belongs to another HQ. Nothing was changed.</source>
            <translation>قيمة مختومة في قاعدة بيانات المقر لا يُفك تشفيرها بمفتاح هذا المقر: عُدّلت قاعدة البيانات أو أنها تخص مقرًا آخر. لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="79" />
            <source>A sealed value in the HQ database is of an unknown format; it was left as is.</source>
            <translation>قيمة مختومة في قاعدة بيانات المقر ذات صيغة غير معروفة؛ تُركت كما هي.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="30" />
            <source>A share is mistyped or damaged (its checksum does not match).</source>
            <translation>إحدى الحصص مكتوبة خطأً أو تالفة (مجموعها الاختباري لا يطابق).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="82" />
            <source>A share is mistyped or damaged (its checksum does not match): nothing was recovered.</source>
            <translation>إحدى الحصص مكتوبة خطأً أو تالفة (مجموعها الاختباري لا يطابق): لم يُسترد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="63" />
            <source>A target name must be 1-40 characters without '/'.</source>
            <translation>يجب أن يتكون اسم الوجهة من 1 إلى 40 حرفًا دون «/».</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="385" />
            <source>Act {act_number} of record {record_id} names the victim {victim!r}, who is not one of the record's people.</source>
            <translation>يسمّي الفعل ⁨{act_number}⁩ في السجل ⁨{record_id}⁩ الضحيةَ ⁨{victim!r}⁩، وهي ليست من أشخاص السجل.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/acts.py" line="69" />
            <source>Act: the record has {count} act(s); give a number from 1 to {count}.</source>
            <translation>
                <numerusform>الفعل: لا أفعال في السجل.</numerusform>
                <numerusform>الفعل: في السجل فعل واحد؛ أدخل الرقم 1.</numerusform>
                <numerusform>الفعل: في السجل فعلان؛ أدخل رقمًا من 1 إلى ⁨{count}⁩.</numerusform>
                <numerusform>الفعل: في السجل ⁨{count}⁩ أفعال؛ أدخل رقمًا من 1 إلى ⁨{count}⁩.</numerusform>
                <numerusform>الفعل: في السجل ⁨{count}⁩ فعلًا؛ أدخل رقمًا من 1 إلى ⁨{count}⁩.</numerusform>
                <numerusform>الفعل: في السجل ⁨{count}⁩ فعل؛ أدخل رقمًا من 1 إلى ⁨{count}⁩.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="70" />
            <source>Act: this record has no acts.</source>
            <translation>الفعل: لا أفعال في هذا السجل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="311" />
            <source>Action point: on: the change cannot take effect before the previous one.</source>
            <translation>نقطة العمل: تاريخ السريان: لا يمكن أن يسري التغيير قبل التغيير السابق.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="324" />
            <source>Action point: {reason}.</source>
            <translation>نقطة العمل: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="115" />
            <source>Add WebDAV servers as a named target first (the password is kept in the encrypted workspace): fieldcase sync target add NAME URL --user USER</source>
            <translation>أضف خوادم WebDAV كوجهة مسمّاة أولًا (تُحفظ كلمة المرور في مساحة العمل المشفرة): fieldcase sync target add NAME URL --user USER</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="52" />
            <source>An S3 target must be written s3://bucket or s3://bucket/prefix.</source>
            <translation>تُكتب وجهة S3 بالشكل s3://bucket أو s3://bucket/prefix.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_flow.py" line="117" />
            <source>An XLSForm import needs the form (--form FORM.xlsx) and a mapping file (--mapping MAPPING.json).</source>
            <translation>يحتاج استيراد XLSForm إلى النموذج (--form FORM.xlsx) وملف مطابقة (--mapping MAPPING.json).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="112" />
            <source>An act names a victim who is not among the people you kept: take the people and the acts from the same side.</source>
            <translation>يذكر أحد الأفعال ضحيةً ليست بين الأشخاص الذين احتفظت بهم: خذ الأشخاص والأفعال من الطرف نفسه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="328" />
            <source>An age recipient to share attachments with is malformed.</source>
            <translation>مستلم age لمشاركة المرفقات معه مشوَّه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="358" />
            <source>An attachment entry in the package manifest is malformed.</source>
            <translation>قيد مرفق في بيان الحزمة مشوَّه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/outbox.py" line="183" />
            <source>An attachment's encrypted file is missing from the workspace; nothing was sent.</source>
            <translation>الملف المشفر لأحد المرفقات مفقود من مساحة العمل؛ لم يُرسل شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/items.py" line="69" />
            <source>An audit item is malformed.</source>
            <translation>عنصر تدقيق مشوَّه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="329" />
            <source>An item in {name} does not match its signed hash.</source>
            <translation>عنصر في ⁨{name}⁩ لا يطابق بصمته الموقَّعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="174" />
            <source>Assessment: {reason}.</source>
            <translation>التقييم: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="383" />
            <source>Attaching the file was cancelled; nothing was stored.</source>
            <translation>أُلغي إرفاق الملف؛ لم يُخزَّن شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="144" />
            <source>Attachment {attachment_id} already exists here with other content.</source>
            <translation>المرفق ⁨{attachment_id}⁩ موجود هنا بالفعل بمحتوى مختلف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/records.py" line="281" />
            <source>Attachment {attachment_id} does not match the SHA-256 recorded at intake.</source>
            <translation>المرفق ⁨{attachment_id}⁩ لا يطابق بصمة SHA-256 المسجلة عند الاستلام.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="149" />
            <source>Attachment {attachment_id} was not fetched with its package.</source>
            <translation>لم يُجلب المرفق ⁨{attachment_id}⁩ مع حزمته.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="292" />
            <source>Attachment {blob_id} could not be deleted ({reason}).</source>
            <translation>تعذر حذف المرفق ⁨{blob_id}⁩ (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="244" />
            <source>Attachment {blob_id} could not be read ({reason}).</source>
            <translation>تعذرت قراءة المرفق ⁨{blob_id}⁩ (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="252" />
            <source>Attachment {blob_id} does not have the recorded size.</source>
            <translation>المرفق ⁨{blob_id}⁩ ليس بالحجم المسجَّل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="242" />
            <source>Attachment {blob_id} is missing from the workspace.</source>
            <translation>المرفق ⁨{blob_id}⁩ مفقود من مساحة العمل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="269" />
            <source>Attachment {blob_id} is too large to preview ({size} bytes).</source>
            <translation>المرفق ⁨{blob_id}⁩ أكبر من أن يُعاين (⁨{size}⁩ بايت).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="367" />
            <source>Cancelled; no briefing was written.</source>
            <translation>أُلغي؛ لم تُكتب أي إحاطة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="123" />
            <source>Cancelled; no evidence package was written.</source>
            <translation>أُلغي؛ لم تُكتب أي حزمة أدلة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/errors.py" line="132" />
            <source>Cancelled; nothing was changed.</source>
            <translation>أُلغي؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/wipe.py" line="38" />
            <source>Cancelled; nothing was deleted.</source>
            <translation>أُلغي؛ لم يُحذف شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="103" />
            <source>Choose mine or theirs for every field that differs ({field} has no choice).</source>
            <translation>اختر نسختي أو نسختهم لكل حقل مختلف (لم يُختر شيء للحقل ⁨{field}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="91" />
            <source>Choose mine or theirs for the field {field}.</source>
            <translation>اختر نسختي أو نسختهم للحقل ⁨{field}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_package_import.py" line="95" />
            <source>Choose where the packages are: one of HQ's targets or a folder.</source>
            <translation>اختر مكان الحزم: إحدى وجهات المقر أو مجلدًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_region.py" line="45" />
            <source>Each country must be an ISO 3166-1 alpha-3 code (e.g. XTV), optionally with a name after a colon (XTV:Tarvessa).</source>
            <translation>يجب أن يكون كل بلد رمز ISO 3166-1 من ثلاثة أحرف (مثلًا XTV)، ويجوز أن يليه اسم بعد نقطتين (XTV:Tarvessa).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/resources.py" line="66" />
            <source>Fieldcase's data files (schemas, frameworks, fonts) are missing from this installation. Reinstall Fieldcase.</source>
            <translation>ملفات بيانات Fieldcase (المخططات والأطر والخطوط) مفقودة من هذا التثبيت. أعد تثبيت Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/hq.py" line="196" />
            <source>Give the grouping's countries: --countries XTV:Tarvessa,XTW:Morvane</source>
            <translation>حدد بلدان التجميع: --countries XTV:Tarvessa,XTW:Morvane</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/assess.py" line="61" />
            <source>Give the month to assess: fieldcase assess --period YYYY-MM</source>
            <translation>حدد الشهر المراد تقييمه: fieldcase assess --period YYYY-MM</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="322" />
            <source>Give the user name (--user NAME): this HQ directory has several users.</source>
            <translation>أعطِ اسم المستخدم (--user NAME): لدليل المقر هذا عدة مستخدمين.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="48" />
            <source>HQ acknowledges a package this workspace did not send.</source>
            <translation>يقرّ المقر باستلام حزمة لم ترسلها مساحة العمل هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="66" />
            <source>HQ has not acknowledged one of this record's attachments yet: nothing was purged.</source>
            <translation>لم يُقرّ المقر بعد باستلام أحد مرفقات هذا السجل: لم يُمحَ شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="89" />
            <source>HQ has not acknowledged this attachment yet: it was not purged.</source>
            <translation>لم يُقرّ المقر بعد باستلام هذا المرفق: لم يُمحَ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="60" />
            <source>HQ has not acknowledged this record's latest revision yet: it was not purged (push, let HQ import, then pull).</source>
            <translation>لم يُقرّ المقر بعد باستلام أحدث نسخة من هذا السجل: لم يُمحَ (أرسل، ودع المقر يستورد، ثم استقبل).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="40" />
            <source>HQ replies do not carry attachments.</source>
            <translation>ردود المقر لا تحمل مرفقات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="199" />
            <source>Invalid attachment id.</source>
            <translation>معرّف مرفق غير صالح.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="309" />
            <source>Invalid attachment size.</source>
            <translation>حجم مرفق غير صالح.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="52" />
            <source>It was signed by a key that is not enrolled for {who}.</source>
            <translation>وُقّع بمفتاح غير مسجَّل لـ ⁨{who}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="60" />
            <source>Its signature by {who} does not verify: the content was changed after signing, or it was not signed by that key.</source>
            <translation>لا يمكن التحقق من توقيعه من ⁨{who}⁩: غُيّر المحتوى بعد التوقيع، أو لم يوقّعه ذلك المفتاح.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="169" />
            <source>Kind: give person or incident.</source>
            <translation>النوع: أدخل person (شخص) أو incident (حادثة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="87" />
            <source>Line {line} of the gazetteer file: the {column} (the unit's name) is empty.</source>
            <translation>السطر ⁨{line}⁩ من ملف المعجم الجغرافي: العمود ⁨{column}⁩ (اسم الوحدة) فارغ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="84" />
            <source>Line {line} of the gazetteer file: the {column} must be a P-code (two or three capital letters, then digits, e.g. SY0203).</source>
            <translation>السطر ⁨{line}⁩ من ملف المعجم الجغرافي: يجب أن يكون العمود ⁨{column}⁩ رمز P-code (حرفان أو ثلاثة أحرف كبيرة ثم أرقام، مثلًا SY0203).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="212" />
            <source>Link: give the link's id (or at least its first 6 characters).</source>
            <translation>الربط: أدخل معرّف الربط (أو أول 6 أحرف منه على الأقل).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="217" />
            <source>Link: that id prefix matches several links; give more characters.</source>
            <translation>الربط: تطابق بداية المعرّف هذه عدة روابط؛ أدخل مزيدًا من الأحرف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="215" />
            <source>Link: there is no link with that id in this store.</source>
            <translation>الربط: لا يوجد ربط بهذا المعرّف في هذا المخزن.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="347" />
            <source>Mechanism reference: {reason}.</source>
            <translation>مرجع الآلية: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="91" />
            <source>No S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_REGION, AWS_ENDPOINT_URL for a server other than AWS), or AWS_PROFILE.</source>
            <translation>لا توجد بيانات اعتماد S3: عيّن AWS_ACCESS_KEY_ID وAWS_SECRET_ACCESS_KEY (وAWS_REGION وAWS_ENDPOINT_URL لخادم غير AWS)، أو AWS_PROFILE.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="279" />
            <source>No action point with id {prefix}.</source>
            <translation>لا توجد نقطة عمل بالمعرّف ⁨{prefix}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="464" />
            <source>No attachment with id {attachment_id} in this workspace.</source>
            <translation>لا يوجد مرفق بالمعرّف ⁨{attachment_id}⁩ في مساحة العمل هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="651" />
            <source>No attachment with id {attachment_id}.</source>
            <translation>لا يوجد مرفق بالمعرّف ⁨{attachment_id}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="74" />
            <source>No officer with workspace id {id} is enrolled here.</source>
            <translation>لا يوجد هنا موظف مسجل بمعرّف مساحة العمل ⁨{id}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/prompts.py" line="36" />
            <source>No passphrase given: set {pass_env} or run in a terminal to be asked.</source>
            <translation>لم تُقدَّم عبارة مرور: عيّن ⁨{pass_env}⁩ أو شغّل الأمر في طرفية ليُطلب منك إدخالها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="487" />
            <source>No record with id {prefix} in this workspace.</source>
            <translation>لا يوجد سجل بالمعرّف ⁨{prefix}⁩ في مساحة العمل هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="501" />
            <source>No record with id {record_id} at revision {rev}.</source>
            <translation>لا يوجد سجل بالمعرّف ⁨{record_id}⁩ في النسخة ⁨{rev}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="502" />
            <source>No record with id {record_id}.</source>
            <translation>لا يوجد سجل بالمعرّف ⁨{record_id}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="154" />
            <source>No records for region {region} in the six months up to {period}; check the admin-1 P-code (see `fieldcase list`).</source>
            <translation>لا توجد سجلات للمنطقة ⁨{region}⁩ في الأشهر الستة حتى ⁨{period}⁩؛ تحقق من رمز P-code للمستوى الإداري 1 (انظر `fieldcase list`).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="85" />
            <source>No shares were given: nothing was recovered.</source>
            <translation>لم تُقدَّم أي حصص: لم يُسترد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/hq_users.py" line="139" />
            <source>No single record matches {prefix} among those you may list.</source>
            <translation>لا يطابق ⁨{prefix}⁩ سجلًا واحدًا بعينه بين السجلات التي يمكنك إدراجها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="32" />
            <source>Not enough shares to recover the recovery key.</source>
            <translation>لا توجد حصص كافية لاسترداد مفتاح الاسترداد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="88" />
            <source>Not enough shares: {need} different shares are needed, {have} were given (nothing was recovered).</source>
            <translation>الحصص غير كافية: عدد الحصص المختلفة المطلوبة ⁨{need}⁩، والمقدَّمة ⁨{have}⁩ (لم يُسترد شيء).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/wipe.py" line="35" />
            <source>Nothing was deleted: confirm with --yes, or run in a terminal to be asked.</source>
            <translation>لم يُحذف شيء: أكّد باستخدام --yes، أو شغّل الأمر في طرفية ليُطلب منك التأكيد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="74" />
            <source>Only ECDSA P-256 officer keys are issued certificates.</source>
            <translation>لا تُصدر الشهادات إلا لمفاتيح الموظفين من نوع ECDSA P-256.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="72" />
            <source>Override: give one of A, B, C, D, E, F or none (does not qualify).</source>
            <translation>التعديل: أدخل A أو B أو C أو D أو E أو F أو none (لا يندرج).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="325" />
            <source>Package member {name} does not hold the signed items.</source>
            <translation>العضو ⁨{name}⁩ في الحزمة لا يحتوي على العناصر الموقَّعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="319" />
            <source>Package member {name} is missing or does not match its signed hash.</source>
            <translation>العضو ⁨{name}⁩ في الحزمة مفقود أو لا يطابق بصمته الموقَّعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="322" />
            <source>Package member {name} is not an item list.</source>
            <translation>العضو ⁨{name}⁩ في الحزمة ليس قائمة عناصر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="113" />
            <source>Packages {first}..{last} from this sender have not arrived yet; sequence {sequence} is held until they do.</source>
            <translation>لم تصل بعد الحزم من ⁨{first}⁩ إلى ⁨{last}⁩ من هذا المرسل؛ يُحتجز التسلسل ⁨{sequence}⁩ إلى أن تصل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="82" />
            <source>Period: {reason}.</source>
            <translation>الفترة: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/inbox.py" line="97" />
            <source>Pull stopped; the replies already applied stay applied, pull again for the rest.</source>
            <translation>توقّف الجلب؛ تبقى الردود التي طُبِّقت مطبَّقةً، اجلب مرة أخرى لِما تبقّى.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="228" />
            <source>Push cancelled; what was uploaded stays, run it again to go on.</source>
            <translation>أُلغي الإرسال؛ يبقى ما رُفع، شغّله مجددًا للمتابعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="77" />
            <source>Rationale: at most {max_rationale} characters.</source>
            <translation>المسوّغ: ⁨{max_rationale}⁩ حرفًا على الأكثر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acts.py" line="75" />
            <source>Rationale: say why the derived type does not fit this act (it goes into the audit log).</source>
            <translation>المسوّغ: اذكر لماذا لا يناسب النوع المستنتَج هذا الفعل (يُسجَّل في سجل التدقيق).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="250" />
            <source>Rationale: {reason}.</source>
            <translation>المسوّغ: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="104" />
            <source>Reason: at most {max_reason} characters.</source>
            <translation>السبب: ⁨{max_reason}⁩ حرفًا كحد أقصى.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="102" />
            <source>Reason: say why these two are the same (it goes into the audit log).</source>
            <translation>السبب: اذكر لماذا هذان الاثنان هما الشيء نفسه (يُدوَّن في سجل التدقيق).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="121" />
            <source>Record {record_id} was changed elsewhere since revision {base} ({where}); nothing was saved. Open it again and redo the change on the current revision.</source>
            <translation>عُدّل السجل ⁨{record_id}⁩ في مكان آخر منذ النسخة ⁨{base}⁩ (⁨{where}⁩)؛ لم يُحفظ شيء. افتحه مجددًا وأعد إجراء التغيير على النسخة الحالية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="69" />
            <source>Refusing to open a store without a key.</source>
            <translation>رُفض فتح قاعدة بيانات بلا مفتاح.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="87" />
            <source>Region: {region!r} is not an admin-1 P-code (e.g. XT02).</source>
            <translation>المنطقة: ⁨{region!r}⁩ ليس رمز P-code للمستوى الإداري 1 (مثلًا XT02).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="318" />
            <source>Risk area: {risk_area!r} is not a risk area.</source>
            <translation>مجال الخطر: ⁨{risk_area!r}⁩ ليس مجال خطر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="111" />
            <source>S3 over plain http is refused (credentials and metadata would travel in the clear); use an https:// endpoint.</source>
            <translation>يُرفض استخدام S3 عبر http العادي (ستنتقل بيانات الاعتماد والبيانات الوصفية دون تشفير)؛ استخدم نقطة وصول https://.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/purge.py" line="35" />
            <source>Say what to purge: record ids, --attachment ID, --acknowledged, --retention or --list.</source>
            <translation>حدد ما يجب محوه: معرّفات السجلات، أو --attachment ID، أو --acknowledged، أو --retention، أو --list.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/fleet.py" line="120" />
            <source>Say what to recover into: --identity-out FILE and/or --new-dir DIR.</source>
            <translation>حدد وجهة الاسترداد: --identity-out FILE و/أو --new-dir DIR.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="109" />
            <source>Sequence {sequence} is not newer than the last accepted ({in_sequence}): a replayed or rolled-back package.</source>
            <translation>التسلسل ⁨{sequence}⁩ ليس أحدث من آخر تسلسل مقبول (⁨{in_sequence}⁩): حزمة مُعادة أو مُرجَعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="138" />
            <source>Set the workspace's country first (Settings, or --country XXX): the gazetteer is kept per country.</source>
            <translation>عيّن بلد مساحة العمل أولًا (الإعدادات، أو --country XXX): يُحفظ المعجم الجغرافي لكل بلد على حدة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="67" />
            <source>That is not a PEM certificate signing request.</source>
            <translation>هذا ليس طلب توقيع شهادة بصيغة PEM.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="152" />
            <source>That is not a PEM certificate.</source>
            <translation>هذه ليست شهادة بصيغة PEM.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="281" />
            <source>That is not a recovery key: it should be 36 letters and digits in groups of four.</source>
            <translation>هذا ليس مفتاح استرداد: يجب أن يتكون من 36 حرفًا ورقمًا في مجموعات من أربعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="305" />
            <source>That recovery key does not belong to this workspace.</source>
            <translation>مفتاح الاسترداد هذا لا يخص مساحة العمل هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="89" />
            <source>The AWS profile could not be read ({reason}).</source>
            <translation>تعذّرت قراءة ملف تعريف AWS (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="306" />
            <source>The CSV file has a cell that is too long; nothing was imported.</source>
            <translation>يحتوي ملف CSV على خلية طويلة جدًا؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="277" />
            <source>The CSV header has columns Fieldcase does not know; nothing was imported.</source>
            <translation>في ترويسة CSV أعمدة لا يعرفها Fieldcase؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="282" />
            <source>The CSV header names a column twice; nothing was imported.</source>
            <translation>يذكر رأس ملف CSV عمودًا مرتين؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/pg.py" line="206" />
            <source>The HQ database could not be opened ({reason}). Check that the PostgreSQL server is running and that the user can connect (PGPASSWORD or ~/.pgpass).</source>
            <translation>تعذّر فتح قاعدة بيانات المقر (⁨{reason}⁩). تحقق من أن خادم PostgreSQL يعمل وأن المستخدم يستطيع الاتصال (PGPASSWORD أو ~/.pgpass).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="47" />
            <source>The HQ database could not be {action} ({reason}); nothing was changed.</source>
            <translation>تعذّر تنفيذ العملية على قاعدة بيانات المقر (⁨{action}⁩: ⁨{reason}⁩)؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="115" />
            <source>The HQ database is not open with its key; nothing was written.</source>
            <translation>قاعدة بيانات المقر غير مفتوحة بمفتاحها؛ لم يُكتب شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="151" />
            <source>The HQ directory has no certificate authority; it may be damaged.</source>
            <translation>ليس لدليل المقر سلطة تصديق؛ قد يكون تالفًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="157" />
            <source>The HQ directory has no keyset; it may be damaged.</source>
            <translation>ليس لدليل المقر مجموعة مفاتيح؛ قد يكون تالفًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/compartments.py" line="63" />
            <source>The HQ directory has no {level} compartment yet: a reviewer or analyst opens the HQ once (or imports) to make it.</source>
            <translation>لا يحتوي دليل المقر بعد على حيّز ⁨{level}⁩: يفتح مُراجع أو محلل المقر مرة واحدة (أو يستورد) لإنشائه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_access.py" line="74" />
            <source>The HQ directory is locked.</source>
            <translation>دليل المقر مقفل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="94" />
            <source>The HQ key bundle has expired: refused (HQ must sign a new one).</source>
            <translation>انتهت صلاحية حزمة مفاتيح المقر: رُفضت (يجب أن يوقّع المقر حزمة جديدة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="57" />
            <source>The HQ key bundle has no valid expiry date.</source>
            <translation>لا تحمل حزمة مفاتيح المقر تاريخ انتهاء صالحًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="83" />
            <source>The HQ key bundle has no valid version.</source>
            <translation>لا تحمل حزمة مفاتيح المقر إصدارًا صالحًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="105" />
            <source>The HQ key bundle is malformed or for another HQ.</source>
            <translation>حزمة مفاتيح المقر مشوَّهة أو تخص مقرًا آخر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="85" />
            <source>The HQ key bundle is older than the one installed here (a rollback): refused.</source>
            <translation>حزمة مفاتيح المقر أقدم من الحزمة المثبتة هنا (ارتداد إلى الخلف): رُفضت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="71" />
            <source>The HQ key bundle is signed by another root key than the one this workspace trusts: refused.</source>
            <translation>حزمة مفاتيح المقر موقعة بمفتاح جذر غير المفتاح الذي تثق به مساحة العمل هذه: رُفضت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="101" />
            <source>The HQ key bundle lists a recipient as both active and retired.</source>
            <translation>تُدرج حزمة مفاتيح المقر مستلمًا بوصفه نشطًا ومتقاعدًا في آن واحد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="111" />
            <source>The HQ key bundle lists no recipients.</source>
            <translation>حزمة مفاتيح المقر لا تتضمن أي مستلمين.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="88" />
            <source>The HQ key bundle reuses the version of the installed one with other content: refused.</source>
            <translation>تعيد حزمة مفاتيح المقر استخدام إصدار الحزمة المثبتة بمحتوى مختلف: رُفضت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="103" />
            <source>The HQ key bundle's revocation list is malformed.</source>
            <translation>قائمة الإبطال في حزمة مفاتيح المقر مشوّهة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="77" />
            <source>The HQ key bundle's root signature does not verify (forged or altered): refused.</source>
            <translation>لا يمكن التحقق من توقيع الجذر لحزمة مفاتيح المقر (مزوّر أو معدَّل): رُفضت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="80" />
            <source>The HQ key bundle's signature is not in a format Fieldcase knows.</source>
            <translation>توقيع حزمة مفاتيح المقر ليس بصيغة يعرفها Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="58" />
            <source>The HQ keyset is of a format this Fieldcase does not know.</source>
            <translation>مجموعة مفاتيح المقر بصيغة لا يعرفها إصدار Fieldcase هذا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="213" />
            <source>The HQ users file is damaged (a key sent to a user does not open).</source>
            <translation>ملف مستخدمي المقر تالف (مفتاح أُرسل إلى أحد المستخدمين لا يُفتح).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="121" />
            <source>The HQ users file is damaged (a key sent to a user is malformed).</source>
            <translation>ملف مستخدمي المقر تالف (مفتاح أُرسل إلى أحد المستخدمين مشوّه).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="156" />
            <source>The HQ users file is damaged (a user's key slot is malformed).</source>
            <translation>ملف مستخدمي المقر تالف (خانة مفتاح أحد المستخدمين مشوّهة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="133" />
            <source>The JSON file is malformed; nothing was imported.</source>
            <translation>ملف JSON مشوَّه؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="143" />
            <source>The JSON file must hold an array of records.</source>
            <translation>يجب أن يحتوي ملف JSON على مصفوفة من السجلات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="103" />
            <source>The S3 endpoint must be an https:// URL.</source>
            <translation>يجب أن تكون نقطة وصول S3 عنوان URL يبدأ بـ https://.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="153" />
            <source>The S3 server answered {code} for {target}; run the sync again to resume.</source>
            <translation>أجاب خادم S3 بالرمز ⁨{code}⁩ للوجهة ⁨{target}⁩؛ أعد تشغيل المزامنة للاستئناف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="156" />
            <source>The S3 server of {target} could not be reached ({reason}); run the sync again to resume.</source>
            <translation>تعذّر الوصول إلى خادم S3 للوجهة ⁨{target}⁩ (⁨{reason}⁩)؛ أعد تشغيل المزامنة للاستئناف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="151" />
            <source>The S3 server refused the credentials for {target} ({code}).</source>
            <translation>رفض خادم S3 بيانات الاعتماد للوجهة ⁨{target}⁩ (⁨{code}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="106" />
            <source>The S3 target {name} has no credentials; add it again.</source>
            <translation>وجهة S3 ‏⁨{name}⁩ ليست لها بيانات اعتماد؛ أضفها من جديد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cipher.py" line="18" />
            <source>The SQLite library loaded is not SQLCipher; Fieldcase refuses to store case files unencrypted.</source>
            <translation>مكتبة SQLite المحمَّلة ليست SQLCipher؛ يرفض Fieldcase تخزين ملفات الحالات دون تشفير.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="106" />
            <source>The WebDAV listing is too large.</source>
            <translation>قائمة WebDAV كبيرة جدًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="111" />
            <source>The WebDAV server sent a listing that is not valid XML.</source>
            <translation>أرسل خادم WebDAV قائمة ليست بصيغة XML صالحة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="95" />
            <source>The WebDAV server {server} answered {status} to {method}.</source>
            <translation>ردّ خادم WebDAV ‏⁨{server}⁩ بـ ⁨{status}⁩ على ⁨{method}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="80" />
            <source>The WebDAV server {server} could not be reached ({error}).</source>
            <translation>تعذر الوصول إلى خادم WebDAV ‏⁨{server}⁩ (⁨{error}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="94" />
            <source>The WebDAV server {server} is full (507).</source>
            <translation>خادم WebDAV ‏⁨{server}⁩ ممتلئ (507).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="91" />
            <source>The WebDAV server {server} refused the user name or password ({status}).</source>
            <translation>رفض خادم WebDAV ‏⁨{server}⁩ اسم المستخدم أو كلمة المرور (⁨{status}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="393" />
            <source>The attachment could not be stored ({reason}); nothing was stored.</source>
            <translation>تعذر تخزين المرفق (⁨{reason}⁩)؛ لم يُخزَّن شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/audit.py" line="150" />
            <source>The audit log does not verify at entry {entry}: history was altered or entries are missing.</source>
            <translation>لا يمكن التحقق من سجل التدقيق عند القيد ⁨{entry}⁩: عُدّل السجل التاريخي أو فُقدت قيود.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="149" />
            <source>The bucket of {target} does not exist.</source>
            <translation>الحاوية الخاصة بالوجهة ⁨{target}⁩ غير موجودة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="73" />
            <source>The bundle's validity must be 1 to 3650 days.</source>
            <translation>يجب أن تكون صلاحية الحزمة من 1 إلى 3650 يومًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="161" />
            <source>The certificate does not allow document signing (it needs digitalSignature and nonRepudiation).</source>
            <translation>الشهادة لا تسمح بتوقيع المستندات (تتطلب digitalSignature وnonRepudiation).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="154" />
            <source>The certificate is for a different key than this workspace's signing key; it was not installed.</source>
            <translation>الشهادة لمفتاح غير مفتاح التوقيع لمساحة العمل هذه؛ لم تُثبَّت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="165" />
            <source>The certificate is not valid now (check its dates and this device's clock).</source>
            <translation>الشهادة غير صالحة حاليًا (تحقق من تواريخها ومن ساعة هذا الجهاز).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="75" />
            <source>The certificate is not valid now (expired or not yet valid; check the clock).</source>
            <translation>الشهادة غير صالحة حاليًا (منتهية الصلاحية أو لم تصبح صالحة بعد؛ تحقق من الساعة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="71" />
            <source>The certificate was not issued by HQ's certificate authority.</source>
            <translation>لم تصدر الشهادة عن سلطة التصديق التابعة للمقر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="134" />
            <source>The certificate was not issued by the certificate given as its issuer.</source>
            <translation>لم تصدر الشهادة عن الشهادة المذكورة بوصفها جهة إصدارها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="138" />
            <source>The certificate's signature does not verify against its issuer.</source>
            <translation>لا يمكن التحقق من توقيع الشهادة بواسطة جهة إصدارها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="361" />
            <source>The classification marking must be 1 to 60 characters.</source>
            <translation>يجب أن تتكون علامة التصنيف من 1 إلى 60 حرفًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="249" />
            <source>The complete list needs a file of its own, not the briefing's; nothing was written.</source>
            <translation>تحتاج القائمة الكاملة إلى ملف خاص بها، لا إلى ملف الإحاطة؛ لم يُكتب شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/duress.py" line="76" />
            <source>The current passphrase is wrong; nothing was changed.</source>
            <translation>عبارة المرور الحالية خاطئة؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="365" />
            <source>The database already holds tables; an HQ store needs a new, empty database. Nothing was changed.</source>
            <translation>تحتوي قاعدة البيانات على جداول بالفعل؛ يحتاج مخزن المقر إلى قاعدة بيانات جديدة فارغة. لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="390" />
            <source>The disk is full: the attachment was not stored and the workspace is unchanged. Free some space and try again.</source>
            <translation>القرص ممتلئ: لم يُخزَّن المرفق ولم تتغير مساحة العمل. أفرغ بعض المساحة وحاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="51" />
            <source>The disk is full: the change was not saved and the workspace is unchanged. Free some space and try again.</source>
            <translation>القرص ممتلئ: لم يُحفظ التغيير ولم تتغير مساحة العمل. أفرغ بعض المساحة وحاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/fsutil.py" line="67" />
            <source>The disk is full: {what} could not be written. Nothing was changed; free some space and try again.</source>
            <translation>القرص ممتلئ: تعذرت كتابة ⁨{what}⁩. لم يتغير شيء؛ أفرغ بعض المساحة وحاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="167" />
            <source>The download from {server} was interrupted ({error}).</source>
            <translation>انقطع التنزيل من ⁨{server}⁩ (⁨{error}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/duress.py" line="113" />
            <source>The duress passphrase is too short: use at least 8 characters.</source>
            <translation>عبارة المرور الخاصة بالإكراه قصيرة جدًا: استخدم 8 أحرف على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/duress.py" line="115" />
            <source>The duress passphrase must differ from the passphrase; nothing was changed.</source>
            <translation>يجب أن تختلف عبارة المرور الخاصة بالإكراه عن عبارة المرور؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cipher.py" line="23" />
            <source>The encryption library loaded is SQLCipher {version}, not SQLCipher 4; Fieldcase refuses to open case files with it. Reinstall Fieldcase.</source>
            <translation>مكتبة التشفير المحمّلة هي SQLCipher ⁨{version}⁩ وليست SQLCipher 4؛ يرفض Fieldcase فتح ملفات الحالات بها. أعد تثبيت Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="77" />
            <source>The enrolment file names no certificate authority.</source>
            <translation>ملف التسجيل لا يذكر أي سلطة تصديق.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="154" />
            <source>The enrolment file's CA fingerprint is not the one you expected; it was refused.</source>
            <translation>بصمة سلطة التصديق في ملف التسجيل ليست البصمة المتوقعة؛ رُفض الملف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="162" />
            <source>The enrolment file's root key fingerprint is not the one you expected; it was refused.</source>
            <translation>بصمة مفتاح الجذر في ملف التسجيل ليست البصمة التي توقعتها؛ رُفض الملف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="67" />
            <source>The enrolment request carries no age recipient.</source>
            <translation>طلب التسجيل لا يحمل أي مستلم age.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="62" />
            <source>The enrolment request is incomplete.</source>
            <translation>طلب التسجيل غير مكتمل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="65" />
            <source>The enrolment request's CSR is not for the key that signed it.</source>
            <translation>طلب توقيع الشهادة (CSR) في طلب التسجيل لا يخص المفتاح الذي وقّعه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="102" />
            <source>The escrow file is not a Fieldcase HQ escrow file.</source>
            <translation>ملف الضمان ليس ملف ضمان لمقر Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="127" />
            <source>The escrow file {path} cannot be read.</source>
            <translation>تتعذّر قراءة ملف الضمان ⁨{path}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="87" />
            <source>The field {field} can be taken from one side, not typed.</source>
            <translation>يمكن أخذ الحقل ⁨{field}⁩ من أحد الطرفين، لا كتابته.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="93" />
            <source>The field {field} is the same on both sides: there is nothing to choose.</source>
            <translation>الحقل ⁨{field}⁩ متطابق في الطرفين: لا يوجد ما يُختار.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="36" />
            <source>The file is larger than 20 MB; split it.</source>
            <translation>حجم الملف أكبر من 20 ميغابايت؛ قسّمه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="40" />
            <source>The file is not UTF-8 text; save it as UTF-8 CSV or JSON.</source>
            <translation>الملف ليس نصًا بترميز UTF-8؛ احفظه بصيغة CSV أو JSON بترميز UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="210" />
            <source>The file to attach could not be read ({reason}).</source>
            <translation>تعذرت قراءة الملف المراد إرفاقه (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="387" />
            <source>The file to attach could not be read ({reason}); nothing was stored.</source>
            <translation>تعذرت قراءة الملف المراد إرفاقه (⁨{reason}⁩)؛ لم يُخزَّن شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="34" />
            <source>The file {name} does not exist.</source>
            <translation>الملف ⁨{name}⁩ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="246" />
            <source>The folder {folder} does not exist; nothing was written.</source>
            <translation>المجلد ⁨{folder}⁩ غير موجود؛ لم يُكتب شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="93" />
            <source>The gazetteer file has a header but no units.</source>
            <translation>ملف المعجم الجغرافي له رأس ولكن دون أي وحدات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="66" />
            <source>The gazetteer file has no P-code column: expected the COD-AB columns ADM1_PCODE and ADM1_EN (and ADM2_PCODE, ADM2_EN for districts).</source>
            <translation>لا يحتوي ملف المعجم الجغرافي على عمود P-code: المتوقع أعمدة COD-AB ‏ADM1_PCODE وADM1_EN (وADM2_PCODE وADM2_EN للمقاطعات).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="70" />
            <source>The gazetteer file has {pcode} but no name column for that level: expected {name} (or the name in another language, such as ADM{level}_FR).</source>
            <translation>يحتوي ملف المعجم الجغرافي على ⁨{pcode}⁩ ولكن دون عمود اسم لذلك المستوى: المتوقع ⁨{name}⁩ (أو الاسم بلغة أخرى، مثل ADM⁨{level}⁩_FR).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="61" />
            <source>The gazetteer file is empty: expected a COD-AB table with a header row (ADM1_PCODE, ADM1_EN, ADM2_PCODE, ADM2_EN, …).</source>
            <translation>ملف المعجم الجغرافي فارغ: المتوقع جدول COD-AB بصف رأس (ADM1_PCODE، ADM1_EN، ADM2_PCODE، ADM2_EN، …).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="124" />
            <source>The gazetteer file is larger than 50 MB; a COD-AB table is a few MB at most.</source>
            <translation>حجم ملف المعجم الجغرافي أكبر من 50 ميغابايت؛ لا يتجاوز جدول COD-AB بضعة ميغابايتات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="131" />
            <source>The gazetteer file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”.</source>
            <translation>ملف المعجم الجغرافي ليس نصًا بترميز UTF-8: احفظه من جدول البيانات بصيغة «CSV UTF-8».</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="127" />
            <source>The gazetteer file {name} could not be read.</source>
            <translation>تعذّرت قراءة ملف المعجم الجغرافي ⁨{name}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="281" />
            <source>The id prefix {prefix} matches several action points; give more characters.</source>
            <translation>بادئة المعرّف ⁨{prefix}⁩ تطابق عدة نقاط عمل؛ أدخل مزيدًا من الأحرف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="489" />
            <source>The id prefix {prefix} matches several records; give more characters.</source>
            <translation>بادئة المعرّف ⁨{prefix}⁩ تطابق عدة سجلات؛ أدخل مزيدًا من الأحرف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="102" />
            <source>The identity file holds no age secret key (AGE-SECRET-KEY-1...).</source>
            <translation>لا يحتوي ملف الهوية على مفتاح age سري (AGE-SECRET-KEY-1...).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/workspace_frameworks.py" line="30" />
            <source>The installed framework {framework_id} release {release} does not match its SHA-256; the store is damaged. Nothing was changed.</source>
            <translation>الإطار المثبَّت ⁨{framework_id}⁩، الإصدار ⁨{release}⁩، لا يطابق بصمة SHA-256 الخاصة به؛ قاعدة البيانات تالفة. لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="289" />
            <source>The key file's seal does not verify: workspace.json was edited or damaged, so a rollback of the store cannot be ruled out. Writes are stopped.</source>
            <translation>لا يمكن التحقق من ختم ملف المفاتيح: عُدّل workspace.json أو تلف، فلا يمكن استبعاد إرجاع المخزن إلى حالة سابقة. أُوقفت الكتابة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/matches.py" line="176" />
            <source>The kind must be one of: {choices}.</source>
            <translation>يجب أن يكون النوع أحد: ⁨{choices}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/matches.py" line="178" />
            <source>The limit must be a whole number of at least 1.</source>
            <translation>يجب أن يكون الحد عددًا صحيحًا لا يقل عن 1.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="157" />
            <source>The mapping file {file} does not exist.</source>
            <translation>ملف المطابقة ⁨{file}⁩ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="204" />
            <source>The mapping file {file} does not fit the form; nothing was imported.</source>
            <translation>ملف المطابقة ⁨{file}⁩ لا يلائم النموذج؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="196" />
            <source>The mapping file {file} has problems; nothing was imported.</source>
            <translation>في ملف المطابقة ⁨{file}⁩ مشكلات؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="159" />
            <source>The mapping file {file} is not readable JSON.</source>
            <translation>ملف المطابقة ⁨{file}⁩ ليس JSON مقروءًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="124" />
            <source>The mapping file {file} is not valid JSON.</source>
            <translation>ملف المطابقة ⁨{file}⁩ ليس JSON صالحًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="133" />
            <source>The mapping file {file} must be a JSON object with "format": "fieldcase-xlsform-mapping/1".</source>
            <translation>يجب أن يكون ملف المطابقة ⁨{file}⁩ كائن JSON يتضمن "format": "fieldcase-xlsform-mapping/1".</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="161" />
            <source>The mapping file {file} must hold a JSON object (see the README).</source>
            <translation>يجب أن يحتوي ملف المطابقة ⁨{file}⁩ على كائن JSON (انظر ملف README).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/security.py" line="30" />
            <source>The new passphrase is the same as the current one; nothing was changed.</source>
            <translation>عبارة المرور الجديدة مطابقة للحالية؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="450" />
            <source>The new passphrase is too short: use at least 8 characters.</source>
            <translation>عبارة المرور الجديدة قصيرة جدًا: استخدم 8 أحرف على الأقل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="102" />
            <source>The number of days must be 0 or more.</source>
            <translation>يجب أن يكون عدد الأيام 0 أو أكثر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/session.py" line="108" />
            <source>The number of failed unlocks must be between 1 and {most}.</source>
            <translation>يجب أن يكون عدد محاولات فتح القفل الفاشلة بين 1 و⁨{most}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="95" />
            <source>The package comes from a device HQ revoked, from a sequence at or after its revocation point: refused.</source>
            <translation>الحزمة واردة من جهاز أبطله المقر، بتسلسل عند نقطة إبطاله أو بعدها: رُفضت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="92" />
            <source>The package could not be copied to {folder} ({reason}); run the push again to resume.</source>
            <translation>تعذر نسخ الحزمة إلى ⁨{folder}⁩ (⁨{reason}⁩)؛ أعد الإرسال للاستئناف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="297" />
            <source>The package does not end with its signed manifest.</source>
            <translation>لا تنتهي الحزمة ببيانها الموقَّع.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="117" />
            <source>The package does not follow the last accepted package from this sender (its previous-package hash differs): refused.</source>
            <translation>لا تلي الحزمة آخر حزمة مقبولة من هذا المرسل (بصمة الحزمة السابقة مختلفة): رُفضت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="133" />
            <source>The package file ended early while uploading.</source>
            <translation>انتهى ملف الحزمة قبل أوانه أثناء الرفع.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="163" />
            <source>The package has data after its end.</source>
            <translation>في الحزمة بيانات بعد نهايتها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="107" />
            <source>The package has no valid sequence number.</source>
            <translation>ليس للحزمة رقم تسلسل صالح.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="176" />
            <source>The package holds an entry Fieldcase does not make.</source>
            <translation>في الحزمة قيد لا يُنشئه Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="245" />
            <source>The package holds an entry larger than allowed.</source>
            <translation>في الحزمة قيد أكبر من المسموح.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="333" />
            <source>The package holds entries its manifest does not list.</source>
            <translation>في الحزمة قيود لا يذكرها بيانها.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="241" />
            <source>The package holds the same entry twice.</source>
            <translation>في الحزمة القيد نفسه مرتين.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="179" />
            <source>The package holds too many entries.</source>
            <translation>في الحزمة قيود كثيرة جدًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="293" />
            <source>The package is damaged or was tampered with: decryption failed (age authenticates every 64 KiB).</source>
            <translation>الحزمة تالفة أو عُبث بها: فشل فك التشفير (يوثّق age كل 64 كيبيبايت).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="81" />
            <source>The package is encrypted: give the recipient's age identity file (--identity).</source>
            <translation>الحزمة مشفرة: قدّم ملف هوية age الخاص بالمستلم (--identity).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="248" />
            <source>The package is larger than one import may hold.</source>
            <translation>الحزمة أكبر مما يمكن أن يتسع له استيراد واحد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="279" />
            <source>The package is longer than when it was made: it was changed.</source>
            <translation>الحزمة أطول مما كانت عليه عند إنشائها: لقد غُيّرت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="229" />
            <source>The package is not addressed to this store.</source>
            <translation>الحزمة غير موجهة إلى قاعدة البيانات هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="291" />
            <source>The package is not encrypted to any key held here (or its age header was changed).</source>
            <translation>الحزمة غير مشفرة لأي مفتاح محفوظ هنا (أو غُيّرت ترويسة age الخاصة بها).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="190" />
            <source>The package is truncated (its archive ends early).</source>
            <translation>الحزمة مبتورة (ينتهي أرشيفها مبكرًا).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="277" />
            <source>The package is truncated: it has {actual} of its {size} bytes (an interrupted copy?).</source>
            <translation>الحزمة مبتورة: فيها ⁨{actual}⁩ من أصل ⁨{size}⁩ بايت (نسخ متقطع؟).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="302" />
            <source>The package manifest is of a format this Fieldcase does not know.</source>
            <translation>بيان الحزمة بصيغة لا يعرفها إصدار Fieldcase هذا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="311" />
            <source>The package manifest lists no members.</source>
            <translation>بيان الحزمة لا يذكر أي أعضاء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="337" />
            <source>The package manifest's attachment list is malformed.</source>
            <translation>قائمة المرفقات في بيان الحزمة مشوَّهة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="390" />
            <source>The package would contain the name of a person who did not consent to be named (or, with strict redaction, an exact place); nothing was written. Please report this as a bug.</source>
            <translation>كانت الحزمة ستتضمن اسم شخص لم يوافق على ذكر اسمه (أو مكانًا دقيقًا في حالة الحجب الصارم)؛ لم يُكتب شيء. يُرجى الإبلاغ عن هذا الخطأ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="174" />
            <source>The package's archive is malformed (a bad header).</source>
            <translation>أرشيف الحزمة مشوَّه (ترويسة تالفة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/tarstream.py" line="170" />
            <source>The package's archive is malformed (a gap in it).</source>
            <translation>أرشيف الحزمة مشوَّه (فيه فجوة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="224" />
            <source>The package's sender is not enrolled here (unknown sender or signing key): refused.</source>
            <translation>مرسل الحزمة غير مسجَّل هنا (مرسل أو مفتاح توقيع غير معروف): رُفضت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="262" />
            <source>The passphrase is too short: use at least 8 characters (a few unrelated words are best).</source>
            <translation>عبارة المرور قصيرة جدًا: استخدم 8 أحرف على الأقل (الأفضل بضع كلمات لا رابط بينها).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/wipe.py" line="72" />
            <source>The quick delete could not destroy the key file ({reason}); nothing else was touched. Delete the folder by hand.</source>
            <translation>تعذّر على الحذف السريع إتلاف ملف المفاتيح (⁨{reason}⁩)؛ لم يُمسّ أي شيء آخر. احذف المجلد يدويًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/wipe.py" line="97" />
            <source>The quick delete stopped part-way ({reason}); the key slots were destroyed first, so the passphrase no longer opens the workspace. Remove the folder by hand.</source>
            <translation>توقف الحذف السريع في منتصفه (⁨{reason}⁩)؛ أُتلفت خانات المفاتيح أولًا، فلم تعد عبارة المرور تفتح مساحة العمل. احذف المجلد يدويًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="112" />
            <source>The recipient must be an age public key (age1...).</source>
            <translation>يجب أن يكون المستلم مفتاح age عامًا (age1...).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="45" />
            <source>The recommendations file has errors; nothing was imported.</source>
            <translation>يحتوي ملف التوصيات على أخطاء؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recommendations.py" line="47" />
            <source>The recommendations file holds no rows; nothing was imported.</source>
            <translation>لا يحتوي ملف التوصيات على أي صفوف؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/session.py" line="93" />
            <source>The record of failed unlock attempts was altered or removed since the last unlock: someone may have tried passphrases on this workspace.</source>
            <translation>عُدّل سجل محاولات فتح القفل الفاشلة أو أُزيل منذ آخر فتح للقفل: ربما جرّب أحدهم عبارات مرور على مساحة العمل هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="285" />
            <source>The recovery key has a typo: its check group does not match.</source>
            <translation>في مفتاح الاسترداد خطأ مطبعي: مجموعة التحقق فيه غير مطابقة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/recovery_key.py" line="25" />
            <source>The recovery key was already shown once. To make a new one (the old one then stops working), run: fieldcase recovery-key --replace</source>
            <translation>عُرض مفتاح الاسترداد مرة من قبل. لإنشاء مفتاح جديد (يتوقف القديم عندئذ عن العمل)، شغّل: fieldcase recovery-key --replace</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="106" />
            <source>The redaction must be one of {choices}.</source>
            <translation>يجب أن يكون الحجب أحد الخيارات ⁨{choices}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="122" />
            <source>The retention must be 0 to 3650 days.</source>
            <translation>يجب أن تكون مدة الاحتفاظ من 0 إلى 3650 يومًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/purge.py" line="61" />
            <source>The retention must be a number of days or 'off'.</source>
            <translation>يجب أن تكون مدة الاحتفاظ عددًا من الأيام أو 'off'.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="81" />
            <source>The revocation sequence must be 1 or more.</source>
            <translation>يجب أن يكون تسلسل الإبطال 1 أو أكثر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="63" />
            <source>The root key file could not be opened: wrong root passphrase, or not a Fieldcase root key.</source>
            <translation>تعذّر فتح ملف مفتاح الجذر: عبارة مرور الجذر خاطئة، أو أنه ليس مفتاح جذر لـ Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="66" />
            <source>The root key file does not hold an Ed25519 root key.</source>
            <translation>لا يحتوي ملف مفتاح الجذر على مفتاح جذر Ed25519.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="59" />
            <source>The root key file {path} cannot be read.</source>
            <translation>تتعذّر قراءة ملف مفتاح الجذر ⁨{path}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="36" />
            <source>The root key passphrase must be at least {n} characters.</source>
            <translation>يجب ألا يقل طول عبارة مرور مفتاح الجذر عن ⁨{n}⁩ حرفًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="131" />
            <source>The sender's audit log entries do not continue its hash chain.</source>
            <translation>قيود سجل التدقيق لدى المرسل لا تكمل سلسلة البصمات الخاصة به.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="36" />
            <source>The shares do not belong to one split (or one is given twice).</source>
            <translation>الحصص لا تنتمي إلى تقسيم واحد (أو قُدّمت إحداها مرتين).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="93" />
            <source>The shares do not belong to one split (or one is given twice): nothing was recovered.</source>
            <translation>الحصص لا تنتمي إلى تقسيم واحد (أو قُدّمت إحداها مرتين): لم يُسترد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="99" />
            <source>The shares do not open this escrow file (another split, or the file was changed): nothing was recovered.</source>
            <translation>الحصص لا تفتح ملف الضمان هذا (تقسيم آخر، أو عُدّل الملف): لم يُسترد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="39" />
            <source>The signature block is not in a format Fieldcase knows.</source>
            <translation>كتلة التوقيع بصيغة لا يعرفها Fieldcase.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/signing.py" line="28" />
            <source>The signing key is not an ECDSA P-256 key.</source>
            <translation>مفتاح التوقيع ليس مفتاحًا من نوع ECDSA P-256.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/ca.py" line="69" />
            <source>The signing request's own signature does not verify.</source>
            <translation>لا يمكن التحقق من التوقيع الذاتي لطلب التوقيع.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="54" />
            <source>The store could not be written ({reason}); nothing was changed.</source>
            <translation>تعذرت الكتابة في قاعدة البيانات (⁨{reason}⁩)؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/sealed.py" line="71" />
            <source>The store is locked.</source>
            <translation>المخزن مقفل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/migrate.py" line="52" />
            <source>The store's schema is from a newer or unknown version of Fieldcase ({reason}); it was left untouched.</source>
            <translation>مخطط قاعدة البيانات من إصدار أحدث أو غير معروف من Fieldcase (⁨{reason}⁩)؛ تُركت دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/identity.py" line="57" />
            <source>The stored signing key is not an ECDSA key.</source>
            <translation>مفتاح التوقيع المخزَّن ليس مفتاح ECDSA.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="49" />
            <source>The sync folder {folder} cannot be read ({reason}).</source>
            <translation>تتعذر قراءة مجلد المزامنة ⁨{folder}⁩ (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/recovery_shares.py" line="18" />
            <source>The threshold must be at least 2 and at most the number of shares (at most 16).</source>
            <translation>يجب ألا تقل العتبة عن 2 ولا تزيد على عدد الحصص (بحد أقصى 16).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/shares.py" line="64" />
            <source>The threshold must be at least 2 and at most the number of shares (at most {max}).</source>
            <translation>يجب ألا تقل العتبة عن 2 ولا تزيد على عدد الحصص (بحد أقصى ⁨{max}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/prompts.py" line="50" />
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>عبارتا المرور مختلفتان؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/fleet.py" line="74" />
            <source>The two passphrases differ; nothing was made.</source>
            <translation>عبارتا المرور مختلفتان؛ لم يُنشأ شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="141" />
            <source>The upload to {server} was interrupted ({error}); run the push again to resume.</source>
            <translation>انقطع الرفع إلى ⁨{server}⁩ (⁨{error}⁩)؛ أعد الإرسال للاستئناف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/database.py" line="107" />
            <source>The workspace is locked.</source>
            <translation>مساحة العمل مقفلة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="217" />
            <source>The workspace key file has no passphrase slot; it was left untouched.</source>
            <translation>لا يحتوي ملف مفاتيح مساحة العمل على خانة لعبارة المرور؛ تُرك دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="117" />
            <source>The workspace key file is damaged (a key slot is malformed).</source>
            <translation>ملف مفاتيح مساحة العمل تالف (إحدى خانات المفاتيح مشوَّهة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="119" />
            <source>The workspace key file is damaged: a key slot was altered (its checksum does not match). It was left untouched.</source>
            <translation>ملف مفاتيح مساحة العمل تالف: عُدّلت خانة مفتاح (مجموعها الاختباري لا يطابق). تُرك دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="168" />
            <source>The workspace key file is damaged: its key-derivation parameters are missing, too weak or out of range. It was refused and left untouched.</source>
            <translation>ملف مفاتيح مساحة العمل تالف: معاملات اشتقاق المفاتيح فيه مفقودة أو ضعيفة جدًا أو خارج النطاق. رُفض وتُرك دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="220" />
            <source>The workspace key file is damaged: its passphrase slots disagree. It was left untouched.</source>
            <translation>ملف مفاتيح مساحة العمل تالف: خانات عبارات المرور فيه غير متسقة. تُرك دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/keys.py" line="302" />
            <source>The workspace key file's recovery slot is malformed.</source>
            <translation>خانة الاسترداد في ملف مفاتيح مساحة العمل مشوَّهة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="187" />
            <source>The workspace's attachment key is malformed.</source>
            <translation>مفتاح المرفقات لمساحة العمل مشوَّه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="65" />
            <source>The {field} cannot be empty.</source>
            <translation>لا يمكن أن يكون الحقل ⁨{field}⁩ فارغًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="115" />
            <source>The {field} is before the start date.</source>
            <translation>الحقل ⁨{field}⁩ يسبق تاريخ البداية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/rmr.py" line="45" />
            <source>The {field} is too long (at most 6000 characters).</source>
            <translation>الحقل ⁨{field}⁩ طويل جدًا (6000 حرف كحد أقصى).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="231" />
            <source>The {field} must be 1 to 64 printable characters.</source>
            <translation>يجب أن يتكوّن ⁨{field}⁩ من 1 إلى 64 حرفًا قابلًا للطباعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/pg.py" line="64" />
            <source>The {field} must be a PostgreSQL URL such as postgresql://user@host:5432/database.</source>
            <translation>يجب أن يكون الحقل ⁨{field}⁩ عنوان URL لـ PostgreSQL مثل postgresql://user@host:5432/database.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="85" />
            <source>The {field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
            <translation>يجب أن يكون الحقل ⁨{field}⁩ تاريخًا بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/rmr.py" line="19" />
            <source>The {field} must be a month written YYYY-MM.</source>
            <translation>يجب أن يكون الحقل ⁨{field}⁩ شهرًا مكتوبًا بالصيغة YYYY-MM.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/gazetteer.py" line="115" />
            <source>The {field} must be a three-letter ISO 3166 code, such as SYR or XTV.</source>
            <translation>يجب أن يكون الحقل ⁨{field}⁩ رمز ISO 3166 من ثلاثة أحرف، مثل SYR أو XTV.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/wipe.py" line="54" />
            <source>The {field} must be a whole number of attempts, or off.</source>
            <translation>يجب أن يكون الحقل ⁨{field}⁩ عددًا صحيحًا من المحاولات، أو off.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="73" />
            <source>The {field} must be a whole number.</source>
            <translation>يجب أن يكون الحقل ⁨{field}⁩ عددًا صحيحًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="75" />
            <source>The {field} must be between 1 and 5.</source>
            <translation>يجب أن تكون قيمة الحقل ⁨{field}⁩ بين 1 و5.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="233" />
            <source>The {field} must be one of: {choices}.</source>
            <translation>يجب أن يكون ⁨{field}⁩ واحدًا من: ⁨{choices}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/formats.py" line="59" />
            <source>The {what} is not a JSON object; it was refused.</source>
            <translation>⁨{what}⁩: ليس كائن JSON؛ رُفض.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/formats.py" line="57" />
            <source>The {what} is not valid JSON; it was refused.</source>
            <translation>⁨{what}⁩: ليس JSON صالحًا؛ رُفض.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="41" />
            <source>The {what} was altered (it is no longer in canonical form).</source>
            <translation>⁨{what}⁩: عُدّل (لم يعد بالصيغة القانونية).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_users.py" line="90" />
            <source>There is already an HQ user named {user}; nothing was changed.</source>
            <translation>يوجد بالفعل مستخدم في المقر باسم ⁨{user}⁩؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="85" />
            <source>There is no attachment with this id.</source>
            <translation>لا يوجد مرفق بهذا المعرّف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/domain/conflicts.py" line="107" />
            <source>There is no field {field} in a record.</source>
            <translation>لا يوجد حقل ⁨{field}⁩ في السجل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="143" />
            <source>There is no sync conflict {conflict}.</source>
            <translation>لا يوجد تعارض مزامنة برقم ⁨{conflict}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="181" />
            <source>These two are already linked as the same (directly or through other links).</source>
            <translation>هذان الاثنان مربوطان بالفعل بوصفهما الشيء نفسه (مباشرةً أو عبر روابط أخرى).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="45" />
            <source>This HQ directory already has a root key; officers pin it and would refuse bundles from another one.</source>
            <translation>لدليل المقر هذا مفتاح جذر بالفعل؛ يثبّته الموظفون وسيرفضون الحزم الموقعة بمفتاح آخر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="104" />
            <source>This HQ directory has no root key yet: fieldcase hq root init --dir HQDIR --out FILE</source>
            <translation>لا يحتوي دليل المقر هذا على مفتاح جذر بعد: fieldcase hq root init --dir HQDIR --out FILE</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="87" />
            <source>This attachment was purged already.</source>
            <translation>مُحي هذا المرفق من قبل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/conflicts.py" line="118" />
            <source>This conflict was already resolved (revision {rev}).</source>
            <translation>سبق حل هذا التعارض (المراجعة ⁨{rev}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/fleet.py" line="78" />
            <source>This device is already revoked.</source>
            <translation>هذا الجهاز مُبطَل بالفعل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="79" />
            <source>This enrolment file comes from a different HQ certificate authority than the one this workspace is enrolled with.</source>
            <translation>ملف التسجيل هذا صادر عن سلطة تصديق للمقر غير التي سُجّلت لديها مساحة العمل هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="157" />
            <source>This enrolment file was made for another workspace.</source>
            <translation>أُنشئ ملف التسجيل هذا لمساحة عمل أخرى.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="243" />
            <source>This is not a Fieldcase package (no magic header).</source>
            <translation>هذه ليست حزمة Fieldcase (لا ترويسة مميزة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="38" />
            <source>This is not a Fieldcase {what} (or it was damaged).</source>
            <translation>هذا ليس ملف Fieldcase من نوع ⁨{what}⁩ (أو أنه تالف).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/bundles.py" line="161" />
            <source>This key bundle is not signed by HQ's root key, which this workspace trusts since it first received one: refused.</source>
            <translation>حزمة المفاتيح هذه غير موقعة بمفتاح جذر المقر، الذي تثق به مساحة العمل هذه منذ أن تلقت أول حزمة: رُفضت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="93" />
            <source>This kind of package does not carry attachments.</source>
            <translation>هذا النوع من الحزم لا يحمل مرفقات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="199" />
            <source>This link was already undone.</source>
            <translation>سبق التراجع عن هذا الربط.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/package.py" line="265" />
            <source>This package is of a format or version this Fieldcase does not know.</source>
            <translation>هذه الحزمة بصيغة أو إصدار لا يعرفه إصدار Fieldcase هذا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/ui/editor/window.py" line="794" />
            <source>This record was changed elsewhere since you opened it. Your changes were kept as a draft; close and reopen the record.</source>
            <translation>عُدّل هذا السجل في مكان آخر منذ أن فتحته. حُفظت تغييراتك في مسودة؛ أغلق السجل وافتحه مجددًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="84" />
            <source>This root key is not the one registered in the HQ directory.</source>
            <translation>مفتاح الجذر هذا ليس المفتاح المسجل في دليل المقر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="60" />
            <source>This store has no attachment key; it may be damaged.</source>
            <translation>ليس لقاعدة البيانات هذه مفتاح مرفقات؛ قد تكون تالفة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/records.py" line="149" />
            <source>This workspace has no attachment key; it may be damaged.</source>
            <translation>ليس لمساحة العمل هذه مفتاح مرفقات؛ قد تكون تالفة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/recovery_split.py" line="18" />
            <source>This workspace has no recovery key.</source>
            <translation>لا يوجد مفتاح استرداد لمساحة العمل هذه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="196" />
            <source>This workspace is not enrolled with HQ yet: send `fieldcase enrol-request` to HQ, then import their answer with `fieldcase enrol FILE`.</source>
            <translation>لم تُسجَّل مساحة العمل هذه لدى المقر بعد: أرسل `fieldcase enrol-request` إلى المقر، ثم استورد ردّه باستخدام `fieldcase enrol FILE`.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/purge.py" line="48" />
            <source>This workspace is not enrolled with HQ, so nothing was acknowledged: nothing can be purged.</source>
            <translation>مساحة العمل هذه غير مسجلة لدى المقر، فلم يُقَرّ باستلام أي شيء: لا يمكن محو أي شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/enrolment.py" line="28" />
            <source>This workspace was revoked; it cannot be enrolled again (make a new workspace on a clean device).</source>
            <translation>أُبطلت مساحة العمل هذه؛ لا يمكن تسجيلها مجددًا (أنشئ مساحة عمل جديدة على جهاز نظيف).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/enrolment.py" line="36" />
            <source>This {what} is of a version this Fieldcase does not know.</source>
            <translation>⁨{what}⁩: إصدار لا يعرفه إصدار Fieldcase هذا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_flow.py" line="121" />
            <source>Unknown import format {fmt}: use fieldcase, acled, xlsform, hxl or ucdp.</source>
            <translation>صيغة استيراد غير معروفة ⁨{fmt}⁩: استخدم fieldcase أو acled أو xlsform أو hxl أو ucdp.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/briefing.py" line="358" />
            <source>Unknown redaction {redaction!r}: use one of {choices}.</source>
            <translation>حجب غير معروف ⁨{redaction!r}⁩: استخدم أحد الخيارات ⁨{choices}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="45" />
            <source>WebDAV over plain http is refused (credentials and metadata would travel in the clear); use an https:// address.</source>
            <translation>يُرفض WebDAV عبر http غير المشفر (ستنتقل بيانات الاعتماد والبيانات الوصفية دون حماية)؛ استخدم عنوانًا يبدأ بـ https://.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="449" />
            <source>With a recipient, the output must be a file name ending in .zip or .age.</source>
            <translation>عند تحديد مستلم، يجب أن يكون الناتج اسم ملف ينتهي بـ .zip أو .age.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/conflicts.py" line="127" />
            <source>Write each --field as NAME=mine or NAME=theirs.</source>
            <translation>اكتب كل ‎--field‎ بالصيغة NAME=mine أو NAME=theirs.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/errors.py" line="32" />
            <source>Wrong passphrase: the workspace was not unlocked.</source>
            <translation>عبارة مرور خاطئة: لم يُفتح قفل مساحة العمل.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/session.py" line="97" />
            <source>Wrong passphrases entered since the last unlock: {count}.</source>
            <translation>
                <numerusform>لم تُدخل أي عبارة مرور خاطئة منذ آخر فتح للقفل.</numerusform>
                <numerusform>أُدخلت عبارة مرور خاطئة واحدة منذ آخر فتح للقفل.</numerusform>
                <numerusform>أُدخلت عبارتا مرور خاطئتان منذ آخر فتح للقفل.</numerusform>
                <numerusform>أُدخلت ⁨{count}⁩ عبارات مرور خاطئة منذ آخر فتح للقفل.</numerusform>
                <numerusform>أُدخلت ⁨{count}⁩ عبارة مرور خاطئة منذ آخر فتح للقفل.</numerusform>
                <numerusform>أُدخلت ⁨{count}⁩ عبارة مرور خاطئة منذ آخر فتح للقفل.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="282" />
            <source>Wrong user name or passphrase: the HQ directory was not opened.</source>
            <translation>اسم المستخدم أو عبارة المرور غير صحيحة: لم يُفتح دليل المقر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hq_users.py" line="111" />
            <source>You cannot remove yourself; another reviewer can. Nothing was changed.</source>
            <translation>لا يمكنك إزالة نفسك؛ يمكن لمُراجع آخر فعل ذلك. لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="204" />
            <source>Your key to the {level} records was replaced when another HQ user was removed, and your key slot is too old to receive the new one. Ask a reviewer to reset your passphrase (Users in the HQ window, or fieldcase hq user passwd {user}). Nothing was opened.</source>
            <translation>استُبدل مفتاحك لسجلات ⁨{level}⁩ عند إزالة مستخدم آخر من المقر، وخانة مفتاحك أقدم من أن تتلقى المفتاح الجديد. اطلب من مُراجع إعادة تعيين عبارة المرور الخاصة بك (المستخدمون في نافذة المقر، أو ⁨fieldcase hq user passwd {user}⁩). لم يُفتح شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="71" />
            <source>a cell contains a NUL byte</source>
            <translation>تحتوي خلية على بايت NUL</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="307" />
            <source>a cell is longer than {limit} characters</source>
            <translation>خلية يتجاوز طولها ⁨{limit}⁩ حرفًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="115" />
            <source>a cell is longer than {limit} characters or holds a NUL byte</source>
            <translation>خلية يتجاوز طولها ⁨{limit}⁩ حرفًا أو تحتوي على بايت NUL</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="136" />
            <source>a cell is longer than {limit} characters or its quotes do not close</source>
            <translation>خلية يتجاوز طولها ⁨{limit}⁩ حرفًا أو لا تُغلق علامات الاقتباس فيها</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="171" />
            <source>a key is not a hashtag pattern such as #affected+killed</source>
            <translation>أحد المفاتيح ليس نمط وسم مثل ⁨#affected+killed⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="174" />
            <source>a value is not one of the fields: {fields}</source>
            <translation>إحدى القيم ليست من الحقول: ⁨{fields}⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="187" />
            <source>coord_precision_m must be a whole number of metres from 1 to 1000000</source>
            <translation>يجب أن يكون coord_precision_m عددًا صحيحًا من الأمتار من 1 إلى 1000000</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="183" />
            <source>country must be a three-letter ISO 3166 code in capitals</source>
            <translation>يجب أن يكون country رمز ISO 3166 من ثلاثة أحرف كبيرة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="144" />
            <source>expected a list of records, starting with [</source>
            <translation>المتوقع قائمة سجلات تبدأ بـ [</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="360" />
            <source>holds a choice the mapping does not map</source>
            <translation>يحتوي على خيار لا تطابقه المطابقة</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="192" />
            <source>may name only id, title, publisher, licence, attribution and url</source>
            <translation>لا يجوز أن يذكر إلا id وtitle وpublisher وlicence وattribution وurl</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="180" />
            <source>may set only country and coord_precision_m</source>
            <translation>لا يجوز أن يحدد إلا country وcoord_precision_m</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="353" />
            <source>must be a GPS point (latitude longitude ...)</source>
            <translation>يجب أن يكون نقطة GPS (خط العرض خط الطول ...)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="371" />
            <source>must be a number</source>
            <translation>يجب أن يكون رقمًا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="167" />
            <source>must map hashtag patterns to Fieldcase fields</source>
            <translation>يجب أن يطابق أنماط الوسوم مع حقول Fieldcase</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="117" />
            <source>store.db cannot be decrypted with this workspace's key: it is damaged or belongs to another workspace. It was left exactly as it is (nothing was repaired or overwritten).</source>
            <translation>يتعذر فك تشفير store.db بمفتاح مساحة العمل هذه: إنه تالف أو يخص مساحة عمل أخرى. تُرك كما هو تمامًا (لم يُصلح أو يُستبدل شيء).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/engine.py" line="119" />
            <source>store.db could not be read ({reason}). It was left untouched.</source>
            <translation>تعذرت قراءة store.db ‏(⁨{reason}⁩). تُرك دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/integrity.py" line="29" />
            <source>store.db is damaged: its structure failed the integrity check. Writes are stopped so that nothing more is lost.</source>
            <translation>الملف store.db تالف: فشلت بنيته في فحص السلامة. أُوقفت الكتابة حتى لا يُفقد المزيد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/integrity.py" line="27" />
            <source>store.db is damaged: {count} of its pages failed their integrity check. Writes are stopped so that nothing more is lost.</source>
            <translation>
                <numerusform>الملف store.db تالف: لم تفشل أي صفحة من صفحاته في فحص السلامة. أُوقفت الكتابة حتى لا يُفقد المزيد.</numerusform>
                <numerusform>الملف store.db تالف: فشلت صفحة واحدة من صفحاته في فحص السلامة. أُوقفت الكتابة حتى لا يُفقد المزيد.</numerusform>
                <numerusform>الملف store.db تالف: فشلت صفحتان من صفحاته في فحص السلامة. أُوقفت الكتابة حتى لا يُفقد المزيد.</numerusform>
                <numerusform>الملف store.db تالف: فشلت ⁨{count}⁩ صفحات من صفحاته في فحص السلامة. أُوقفت الكتابة حتى لا يُفقد المزيد.</numerusform>
                <numerusform>الملف store.db تالف: فشلت ⁨{count}⁩ صفحة من صفحاته في فحص السلامة. أُوقفت الكتابة حتى لا يُفقد المزيد.</numerusform>
                <numerusform>الملف store.db تالف: فشلت ⁨{count}⁩ صفحة من صفحاته في فحص السلامة. أُوقفت الكتابة حتى لا يُفقد المزيد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="297" />
            <source>store.db is older than this workspace's key file: it was rolled back or replaced by an earlier copy, and records written since may be missing. Writes are stopped.</source>
            <translation>الملف store.db أقدم من ملف مفاتيح مساحة العمل هذه: أُعيد إلى حالة سابقة أو استُبدل بنسخة أقدم، وقد تكون سجلات كُتبت بعد ذلك مفقودة. أُوقفت الكتابة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="125" />
            <source>the JSON text is malformed here</source>
            <translation>نص JSON مشوّه هنا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="285" />
            <source>the export has no column for this form field</source>
            <translation>لا يحتوي التصدير على عمود لحقل النموذج هذا</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="326" />
            <source>the media file this answer names is not in the export's folder</source>
            <translation>ملف الوسائط الذي تذكره هذه الإجابة غير موجود في مجلد التصدير</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="253" />
            <source>the row has {got} cells but the hashtag row has {expected}</source>
            <translation>عدد خلايا الصف ⁨{got}⁩ بينما عدد خلايا صف الوسوم ⁨{expected}⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="124" />
            <source>the row has {got} cells but the header has {expected}</source>
            <translation>عدد خلايا الصف ⁨{got}⁩ بينما عدد خلايا الرأس ⁨{expected}⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/import_flow.py" line="266" />
            <source>the source's id of this row is also on line {other}</source>
            <translation>معرّف المصدر لهذا الصف موجود أيضًا في السطر ⁨{other}⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="112" />
            <source>this ACLED column is missing from the header</source>
            <translation>عمود ACLED هذا مفقود من الرأس</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/ucdp.py" line="99" />
            <source>this UCDP column is missing from the header</source>
            <translation>عمود UCDP هذا مفقود من الرأس</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="113" />
            <source>this column appears more than once in the header</source>
            <translation>يظهر هذا العمود أكثر من مرة في الرأس</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="140" />
            <source>this line is not UTF-8 text</source>
            <translation>هذا السطر ليس نصًا بترميز UTF-8</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="278" />
            <source>unknown column (see the import format in the README)</source>
            <translation>عمود غير معروف (انظر صيغة الاستيراد في ملف README)</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/webdav.py" line="43" />
            <source>{address} is not a WebDAV address (https://host/path/).</source>
            <translation>⁨{address}⁩ ليس عنوان WebDAV ‏(https://host/path/).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="240" />
            <source>{category!r} ({title}) cannot be used as a tag: tag records with risk areas (cca.*), atrocity risk factors or indicators (foa.*), violation types (huridocs.mt04.*) or forms of reprisal (reprisal.form.*).</source>
            <translation>لا يمكن استخدام ⁨{category!r}⁩ (⁨{title}⁩) وسمًا: وسِّم السجلات بمجالات الخطر (cca.*)، أو عوامل خطر الجرائم الفظيعة أو مؤشراتها (foa.*)، أو أنواع الانتهاكات (huridocs.mt04.*)، أو أشكال الأعمال الانتقامية (reprisal.form.*).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="232" />
            <source>{category!r} is not a category of any installed framework.</source>
            <translation>⁨{category!r}⁩ ليست فئة في أي إطار مثبَّت.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="245" />
            <source>{category!r} is retired in release {release} of {framework_id}.</source>
            <translation>⁨{category!r}⁩ مسحوبة في الإصدار ⁨{release}⁩ من ⁨{framework_id}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="234" />
            <source>{category!r}: the SDG 16.10.1 type is derived from the record's acts (victim, act type, perpetrator, due diligence), not tagged. Record the act; to correct the derived type of one act, use `fieldcase acts override`.</source>
            <translation>⁨{category!r}⁩: يُستنتَج نوع المؤشر 16.10.1 من أفعال السجل (الضحية، ونوع الفعل، والجاني، والعناية الواجبة)، ولا يوسَم. سجّل الفعل؛ ولتصحيح النوع المستنتَج لفعل واحد، استخدم `fieldcase acts override`.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/fieldcase/services/importing.py" line="695" />
            <source>{count} problem(s) found; nothing was imported.</source>
            <translation>
                <numerusform>لم يُعثر على مشكلات؛ لم يُستورد شيء.</numerusform>
                <numerusform>عُثر على مشكلة واحدة؛ لم يُستورد شيء.</numerusform>
                <numerusform>عُثر على مشكلتين؛ لم يُستورد شيء.</numerusform>
                <numerusform>عُثر على ⁨{count}⁩ مشكلات؛ لم يُستورد شيء.</numerusform>
                <numerusform>عُثر على ⁨{count}⁩ مشكلة؛ لم يُستورد شيء.</numerusform>
                <numerusform>عُثر على ⁨{count}⁩ مشكلة؛ لم يُستورد شيء.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="111" />
            <source>{field}: give a record id (or at least its first 6 characters).</source>
            <translation>⁨{field}⁩: أدخل معرّف سجل (أو أول 6 أحرف منه على الأقل).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="144" />
            <source>{field}: give the record and the person as RECORD:PERSON (the record id, a colon, then the person's pseudonym or id).</source>
            <translation>⁨{field}⁩: أدخل السجل والشخص بالشكل RECORD:PERSON (معرّف السجل، ثم نقطتان، ثم الاسم المستعار للشخص أو معرّفه).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="115" />
            <source>{field}: no single record in this store has that id; give the id or more of its characters.</source>
            <translation>⁨{field}⁩: لا يحمل هذا المعرّف سجلٌ واحد في هذا المخزن؛ أدخل المعرّف أو مزيدًا من أحرفه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="139" />
            <source>{field}: only incidents can be linked as the same incident; this record is community information.</source>
            <translation>⁨{field}⁩: لا يمكن ربط سوى الحوادث بوصفها الحادثة نفسها؛ هذا السجل معلومات مجتمعية.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="130" />
            <source>{field}: several people of that record match; give the person's id instead.</source>
            <translation>⁨{field}⁩: يطابق أكثر من شخص في ذلك السجل؛ أدخل معرّف الشخص بدلًا من ذلك.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/identity_links.py" line="132" />
            <source>{field}: that record has no person with that pseudonym or id.</source>
            <translation>⁨{field}⁩: لا يضم ذلك السجل شخصًا بهذا الاسم المستعار أو المعرّف.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/export_attachment.py" line="25" />
            <source>{file} already exists; choose another file name.</source>
            <translation>⁨{file}⁩ موجود بالفعل؛ اختر اسم ملف آخر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="155" />
            <source>{file} already holds a Fieldcase workspace; nothing was changed.</source>
            <translation>⁨{file}⁩ يحتوي بالفعل على مساحة عمل Fieldcase؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/evidence.py" line="67" />
            <source>{file} cannot be read.</source>
            <translation>تتعذّر قراءة ⁨{file}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="95" />
            <source>{file} could not be read ({reason}).</source>
            <translation>تعذرت قراءة ⁨{file}⁩ (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="122" />
            <source>{file} could not be read as UTF-8 text.</source>
            <translation>تعذّرت قراءة ⁨{file}⁩ بوصفه نصًا بترميز UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="86" />
            <source>{file} could not be read as a spreadsheet.</source>
            <translation>تعذّرت قراءة ⁨{file}⁩ بوصفه جدول بيانات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="65" />
            <source>{file} could not be read as an XLSForm (survey, choices and settings sheets).</source>
            <translation>تعذّرت قراءة ⁨{file}⁩ بوصفه XLSForm (أوراق survey وchoices وsettings).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="356" />
            <source>{file} does not belong to this HQ directory; it was left untouched.</source>
            <translation>⁨{file}⁩ لا ينتمي إلى دليل المقر هذا؛ تُرك دون تغيير.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="93" />
            <source>{file} does not exist.</source>
            <translation>⁨{file}⁩ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="235" />
            <source>{file} has a cell that is too long or a broken quote.</source>
            <translation>يحتوي ⁨{file}⁩ على خلية طويلة جدًا أو علامة اقتباس غير مغلقة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="135" />
            <source>{file} has a cell that is too long or a broken quote; nothing was imported.</source>
            <translation>يحتوي ⁨{file}⁩ على خلية طويلة جدًا أو علامة اقتباس غير مغلقة؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="114" />
            <source>{file} has a cell that is too long or holds a control character; nothing was imported.</source>
            <translation>يحتوي ⁨{file}⁩ على خلية طويلة جدًا أو على محرف تحكم؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="70" />
            <source>{file} has a control character (NUL) in a cell; nothing was imported.</source>
            <translation>يحتوي ⁨{file}⁩ على محرف تحكم (NUL) في إحدى الخلايا؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="252" />
            <source>{file} has a key file but no {store_file}; nothing was changed.</source>
            <translation>في ⁨{file}⁩ ملف مفاتيح ولكن لا يوجد ⁨{store_file}⁩؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/hxl.py" line="242" />
            <source>{file} has no HXL hashtag row (a row of tags such as #date or #adm1+name under the headers) in its first {rows} rows; nothing was imported.</source>
            <translation>لا يحتوي ⁨{file}⁩ على صف وسوم HXL (صف من الوسوم مثل ⁨#date⁩ أو ⁨#adm1+name⁩ تحت العناوين) في صفوفه الـ ⁨{rows}⁩ الأولى؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="284" />
            <source>{file} has no column for some mapped form fields; nothing was imported.</source>
            <translation>لا يحتوي ⁨{file}⁩ على أعمدة لبعض حقول النموذج المطابَقة؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="240" />
            <source>{file} has no recovery slot.</source>
            <translation>ليس في ⁨{file}⁩ خانة استرداد.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="88" />
            <source>{file} has no sheet of that name; its sheets are: {sheets}.</source>
            <translation>لا توجد في ⁨{file}⁩ ورقة بهذا الاسم؛ أوراقه هي: ⁨{sheets}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="91" />
            <source>{file} has no sheets.</source>
            <translation>لا توجد أوراق في ⁨{file}⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/xlsform.py" line="268" />
            <source>{file} has no submissions.</source>
            <translation>لا يحتوي ⁨{file}⁩ على أي إرسالات.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="77" />
            <source>{file} in the outbox is shorter than recorded; it may be damaged.</source>
            <translation>⁨{file}⁩ في صندوق الصادر أقصر مما سُجّل؛ قد يكون تالفًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/transports.py" line="171" />
            <source>{file} in the outbox no longer matches the SHA-256 taken when it was written (disk damage?); it was not sent. Check the disk; the attachment may be damaged too.</source>
            <translation>⁨{file}⁩ في صندوق الصادر لم يعد يطابق بصمة SHA-256 المأخوذة عند كتابته (تلف في القرص؟)؛ لم يُرسل. افحص القرص؛ قد يكون المرفق تالفًا أيضًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/tables.py" line="44" />
            <source>{file} is a CSV file: it has no sheets to choose from (--sheet is for workbooks).</source>
            <translation>⁨{file}⁩ ملف CSV: ليس فيه أوراق للاختيار منها (الخيار --sheet مخصص للمصنفات).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="630" />
            <source>{file} is a folder, not a file.</source>
            <translation>⁨{file}⁩ مجلد وليس ملفًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="115" />
            <source>{file} is damaged (fields missing); it was left untouched.</source>
            <translation>⁨{file}⁩ تالف (حقول مفقودة)؛ تُرك دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="353" />
            <source>{file} is damaged (not readable JSON); it was left untouched.</source>
            <translation>⁨{file}⁩ تالف (JSON غير مقروء)؛ تُرك دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="117" />
            <source>{file} is damaged (too many key slots); it was left untouched.</source>
            <translation>⁨{file}⁩ تالف (خانات مفاتيح أكثر من اللازم)؛ تُرك دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="104" />
            <source>{file} is empty.</source>
            <translation>⁨{file}⁩ فارغ.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="140" />
            <source>{file} is not UTF-8 text.</source>
            <translation>⁨{file}⁩ ليس نصًا بترميز UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="102" />
            <source>{file} is not a Fieldcase workspace key file (unknown format).</source>
            <translation>⁨{file}⁩ ليس ملف مفاتيح لمساحة عمل Fieldcase (صيغة غير معروفة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/wipe.py" line="68" />
            <source>{file} is not a Fieldcase workspace; nothing was deleted.</source>
            <translation>⁨{file}⁩ ليس مساحة عمل Fieldcase؛ لم يُحذف شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/ucdp.py" line="98" />
            <source>{file} is not a UCDP GED export with the codebook's columns; nothing was imported.</source>
            <translation>⁨{file}⁩ ليس تصديرًا من UCDP GED بأعمدة دليل الترميز؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/acled.py" line="111" />
            <source>{file} is not an ACLED export with the codebook's columns; nothing was imported.</source>
            <translation>⁨{file}⁩ ليس تصديرًا من ACLED بأعمدة دليل الترميز؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="157" />
            <source>{file} is not empty; choose a new or empty folder for the workspace.</source>
            <translation>⁨{file}⁩ ليس فارغًا؛ اختر مجلدًا جديدًا أو فارغًا لمساحة العمل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/identity.py" line="35" />
            <source>{file}: cannot be read ({reason}).</source>
            <translation>⁨{file}⁩: تتعذر القراءة (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/importing.py" line="644" />
            <source>{file}: import takes .json or .csv files.</source>
            <translation>⁨{file}⁩: يقبل الاستيراد ملفات ‎.json أو ‎.csv.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="92" />
            <source>{folder} does not exist or is not a folder.</source>
            <translation>⁨{folder}⁩ غير موجود أو ليس مجلدًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="42" />
            <source>{folder} is an officer's workspace, not an HQ directory (make one with: fieldcase hq init --dir DIR).</source>
            <translation>⁨{folder}⁩ مساحة عمل موظف، وليس دليلًا للمقر (أنشئ دليلًا باستخدام: fieldcase hq init --dir DIR).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="94" />
            <source>{folder} is not a Fieldcase workspace (it has no {key_file}). Create one with: fieldcase --workspace {folder} init</source>
            <translation>⁨{folder}⁩ ليس مساحة عمل Fieldcase (ليس فيه ⁨{key_file}⁩). أنشئ واحدة باستخدام: fieldcase --workspace ⁨{folder}⁩ init</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="217" />
            <source>{name} already exists at the target with other content; Fieldcase never overwrites a package or a piece: refused.</source>
            <translation>⁨{name}⁩ موجود بالفعل في الوجهة بمحتوى مختلف؛ لا يستبدل Fieldcase أبدًا حزمة أو جزءًا: رُفض.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/s3.py" line="227" />
            <source>{name} in the outbox is shorter than recorded; it may be damaged.</source>
            <translation>⁨{name}⁩ في صندوق الصادر أقصر مما سُجّل؛ قد يكون تالفًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="134" />
            <source>{path} already exists.</source>
            <translation>⁨{path}⁩ موجود بالفعل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/root.py" line="45" />
            <source>{path} already exists; choose a new file for the root key.</source>
            <translation>⁨{path}⁩ موجود بالفعل؛ اختر ملفًا جديدًا لمفتاح الجذر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/fleet.py" line="108" />
            <source>{path} already exists; choose an empty folder.</source>
            <translation>⁨{path}⁩ موجود بالفعل؛ اختر مجلدًا فارغًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/evidence.py" line="456" />
            <source>{path} already exists; choose another name.</source>
            <translation>⁨{path}⁩ موجود بالفعل؛ اختر اسمًا آخر.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="76" />
            <source>{path} does not exist.</source>
            <translation>⁨{path}⁩ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/evidence/verify.py" line="132" />
            <source>{path} is not an evidence package: no bagit.txt was found.</source>
            <translation>⁨{path}⁩ ليس حزمة أدلة: لم يُعثر على bagit.txt.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/frameworks/registry.py" line="50" />
            <source>{path}: {where}: {reason}</source>
            <translation>⁨{path}⁩: ⁨{where}⁩: ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/store/cases.py" line="479" />
            <source>{prefix!r} is not a record id (give the id or at least its first 6 characters).</source>
            <translation>⁨{prefix!r}⁩ ليس معرّف سجل (أدخل المعرّف أو أحرفه الستة الأولى على الأقل).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="274" />
            <source>{prefix!r} is not an action id (give the id or at least its first 6 characters).</source>
            <translation>⁨{prefix!r}⁩ ليس معرّف نقطة عمل (أدخل المعرّف أو أحرفه الستة الأولى على الأقل).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/cli/frameworks.py" line="61" />
            <source>{problem}; see `fieldcase frameworks list`.</source>
            <translation>⁨{problem}⁩؛ انظر `fieldcase frameworks list`.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/keyset.py" line="83" />
            <source>{recipient!r} is not an age X25519 recipient (age1...).</source>
            <translation>⁨{recipient!r}⁩ ليس مستلم age من نوع X25519 ‏(age1...).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/analysis.py" line="177" />
            <source>{risk_area!r} is not a risk area (see `fieldcase frameworks show {cca_id}`).</source>
            <translation>⁨{risk_area!r}⁩ ليس مجال خطر (انظر `fieldcase frameworks show ⁨{cca_id}⁩`).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/workspace.py" line="263" />
            <source>{store_file} belongs to a different workspace than {key_file}; both were left untouched.</source>
            <translation>⁨{store_file}⁩ يخص مساحة عمل غير التي يخصها ⁨{key_file}⁩؛ تُرك كلاهما دون مساس.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/services/sync.py" line="119" />
            <source>{target} is neither a configured target nor an existing folder.</source>
            <translation>⁨{target}⁩ ليس وجهة مهيأة ولا مجلدًا موجودًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/store.py" line="102" />
            <source>{user} has the {clearance} clearance, and this needs the whole HQ store, which only the strictly_confidential clearance opens. Nothing was opened.</source>
            <translation>لدى ⁨{user}⁩ مستوى التصريح ⁨{clearance}⁩، وهذا يتطلب مخزن المقر كاملًا، الذي لا يفتحه إلا مستوى التصريح strictly_confidential. لم يُفتح شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/hq/users.py" line="170" />
            <source>{user} is a {role} at HQ, and this needs the role: {roles}. Nothing was changed.</source>
            <translation>⁨{user}⁩ بدور ⁨{role}⁩ في المقر، وهذا يتطلب الدور: ⁨{roles}⁩. لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="318" />
            <source>{what} cannot be opened with this workspace's key (a different key, or its header is damaged).</source>
            <translation>يتعذر فتح ⁨{what}⁩ بمفتاح مساحة العمل هذه (مفتاح مختلف، أو ترويسته تالفة).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="81" />
            <source>{what} could not be decrypted with the keys held here or does not match its signed SHA-256: refused.</source>
            <translation>تعذر فك تشفير ⁨{what}⁩ بالمفاتيح المحفوظة هنا أو أنه لا يطابق بصمة SHA-256 الموقَّعة: رُفض.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/fsutil.py" line="70" />
            <source>{what} could not be written ({reason}). Nothing was changed.</source>
            <translation>تعذرت كتابة ⁨{what}⁩ (⁨{reason}⁩). لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="315" />
            <source>{what} could not be written out ({reason}).</source>
            <translation>تعذر تصدير ⁨{what}⁩ (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="302" />
            <source>{what} does not have the recorded size.</source>
            <translation>⁨{what}⁩ ليس بالحجم المسجَّل.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/receive.py" line="87" />
            <source>{what} does not match its signed SHA-256.</source>
            <translation>⁨{what}⁩ لا يطابق بصمة SHA-256 الموقَّعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/plainstream.py" line="92" />
            <source>{what} does not match the SHA-256 recorded when it was attached.</source>
            <translation>⁨{what}⁩ لا يطابق بصمة SHA-256 المسجلة عند إرفاقه.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/crypto/attachments.py" line="320" />
            <source>{what} is damaged or was tampered with.</source>
            <translation>⁨{what}⁩ تالف أو عُبث به.</translation>
        </message>
        <message>
            <location filename="../../desktop/fieldcase/sync/piecestream.py" line="65" />
            <source>{what} is incomplete on the target: a piece has not arrived (an unfinished push or copy?); the package is held back until it does.</source>
            <translation>⁨{what}⁩ غير مكتمل في الوجهة: لم يصل أحد أجزائه (إرسال أو نسخ لم يكتمل؟)؛ تُحتجز الحزمة إلى أن يصل.</translation>
        </message>
    </context>
</TS>
