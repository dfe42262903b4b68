<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>ترجمة فورية للتسميات التوضيحية والكلام في الاجتماعات.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>حقوق النشر © 2026 للمساهمين في Translator. صادر بموجب رخصة MIT.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>إشعارات المصادر المفتوحة للمكوّنات التي بُني منها Translator:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل Translator في المرة القادمة.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>إظهار ال&amp;نافذة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>&amp;اختصار عام لشريط التسميات ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>الاختصار العام متوقف؛ يعمل Ctrl+Shift+B عندما يكون Translator في الواجهة.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>تعذّر استخدام {keys}.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>الجلسات السابقة</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>تعطّل {app} في آخر تشغيل؛ حُفظ تقرير في {path}.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>خفض صوت الاجتماع يحتاج إلى مكتبة pycaw وهي غير موجودة؛ أعد تثبيت Translator.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>خفض صوت الاجتماع أثناء الترجمة غير متاح على macOS، إذ لا يسمح لأي تطبيق بتغيير مستوى صوت تطبيق آخر؛ اخفض صوت تطبيق الاجتماعات نفسه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>خفض صوت الاجتماع أثناء الترجمة غير متاح على هذا النظام.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>لم يسمح macOS لـ Translator بسماع صوت النظام: اسمح لـ Translator في إعدادات النظام → الخصوصية والأمن → تسجيل الشاشة وصوت النظام، ثم اضغط «ابدأ» مرة أخرى.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>لم يسمح macOS لـ Translator بسماع «{app}»: اسمح لـ Translator في إعدادات النظام → الخصوصية والأمن → تسجيل الشاشة وصوت النظام، ثم اضغط «ابدأ» مرة أخرى.</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>لا يُسمح لـ Translator بعد بعرض التطبيقات على هذا الـ Mac: اسمح له في إعدادات النظام → الخصوصية والأمن → تسجيل الشاشة وصوت النظام (الاستماع إلى صوت النظام كله مرة واحدة يطلب ذلك)، ثم اختر «تحديث الأجهزة».</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>«{app}» لا يعمل الآن أو ليست له نافذة مفتوحة؛ شغّله ثم اختر «تحديث الأجهزة»، أو استمع إلى صوت النظام كله بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>لم يستجب macOS في الوقت المناسب؛ اضغط «ابدأ» مرة أخرى.</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>رفض macOS السماح لـ Translator بالاستماع ({error})؛ {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>رفض macOS تسليم صوت النظام؛ أعد تشغيل Translator وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>يتطلب «{device}» الإصدار macOS 13 أو أحدث؛ ثبّت BlackHole واختر “Sound from: BlackHole” بدلاً منه.</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>اضغط «ابدأ» في Translator ‏(Ctrl+Enter) لتظهر التسميات هنا.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>يستمع إلى «{device}»…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>توقف: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>توقف. اضغط ابدأ في Translator (Ctrl+Enter) للمتابعة.</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>شريط التسميات</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>التسميات التوضيحية</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>تسميات مباشرة</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>ما يُقال</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>حالة شريط التسميات</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>اسحب لتغيير الحجم</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>النقر &amp;عبر شريط التسميات</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>إ&amp;عادة شريط التسميات إلى موضعه</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>إظهار ما يُقال</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>إخفاء شريط التسميات</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>معاينة شريط التسميات</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>نمط شريط التسميات</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>خط التسميات</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>استخدام خط التطبيق ال&amp;افتراضي</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>استخدام خط التطبيق الافتراضي</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>حجم النص بالنقاط</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>لون النص</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>لون الخلفية</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>عتامة الخلفية</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>عدد أسطر التسميات</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>إظهار &amp;ما قيل تحت الترجمة</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>إظهار ما قيل تحت الترجمة</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>تباين &amp;عالٍ (أصفر على أسود)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>تباين عالٍ، أصفر على أسود</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>موافق، الاحتفاظ بهذا النمط</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>إلغاء، إعادة شريط التسميات كما كان</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>ال&amp;خط:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>ال&amp;حجم:</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>لون ال&amp;نص:</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>لون ال&amp;خلفية:</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>&amp;عتامة الخلفية:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>الأ&amp;سطر:</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>تظهر التغييرات على شريط التسميات فور إجرائها. «موافق» يحتفظ بها، و«إلغاء» يعيد الشريط كما كان.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>حدّده التباين العالي؛ أوقفه لتختار بنفسك.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>التباين {ratio}:1 — يستوفي WCAG AA</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>اختر خلفية أفتح أو عتامة أكبر أو التباين العالي</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>اختر خلفية أغمق أو عتامة أكبر أو التباين العالي</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>التباين {ratio}:1 — أقل من WCAG AA ‏(4.5:1)؛ {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>يناير {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>فبراير {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>مارس {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>أبريل {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>مايو {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>يونيو {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>يوليو {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>أغسطس {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>سبتمبر {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>أكتوبر {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>نوفمبر {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>ديسمبر {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>لا يعرف التطبيق تكلفة {model}، لذا لا يمكنه الالتزام بحد الإنفاق البالغ {cap}؛ لم تبدأ الجلسة. اختر نموذجًا آخر، أو أزل الحد من الإعدادات ← حد الإنفاق.</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>بلغت هذه الجلسة حد الإنفاق البالغ {cap} (نحو {cost})، لذا أُوقفت. ارفع الحد في الإعدادات للمتابعة.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>استخدمت هذه الجلسة نحو {cost} من حد الإنفاق البالغ {cap}؛ وستتوقف عند بلوغه.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>جهاز الإدخال</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>جهاز الإخراج</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الافتراضي في النظام</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>بلا كلام — تسميات فقط</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (الافتراضي في النظام)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>جارٍ البحث عن الأجهزة…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>هم ← أنا</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;هم ← أنا: الاجتماع بلغتي</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>الترجمة إلى:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>الاستماع إلى:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>تشغيل الترجمة على:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>اختر «الصوت من: …» للمخرج الذي يشغّل عليه تطبيق الاجتماعات الصوت.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>أنا ← هم</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>&amp;أنا ← هم: صوتي بلغتهم</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>لغتهم:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>الميكروفون الخاص بي:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>تشغيل الترجمة في:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>شغّل الترجمة في ميكروفون افتراضي واختره ميكروفونًا في تطبيق الاجتماعات.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: تشغيل أو إيقاف</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: مستوى الإدخال</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: مستوى الإخراج</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: الحالة</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: الأجهزة</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>اللغة المنطوقة:</translation>
    </message>
    <message>
        <source>{input} → {output}</source>
        <translation>{input} ← {output}</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>إعدادات الاتصال</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (من OPENAI_BASE_URL)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (الافتراضي)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>معرّف المؤسسة</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>اختياري، org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>معرّف المشروع</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>اختياري، proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;اختبار الاتصال</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>اترك عنوان URL الأساسي فارغًا لاستخدام OPENAI_BASE_URL من البيئة.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>اترك عنوان URL الأساسي فارغًا لاستخدام OpenAI.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>يجب أن تستخدم نقاط الاتصال الأخرى https://‏ (يُسمح بـ http://‏ فقط لخادم على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>لم يُضبط مفتاح OpenAI API. أضف مفتاحًا من الإعدادات ← مفتاح API، ثم اختبر مجددًا.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>«{keys}» ليس تركيبة مفاتيح واحدة؛ اختر تركيبة مثل Ctrl+Alt+Shift+C، أو استخدم {shortcut} عندما يكون Translator في الواجهة.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} سيمنع الكتابة بهذا المفتاح في كل التطبيقات؛ أضف Ctrl أو Alt أو Meta إلى التركيبة.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>استخدم {shortcut} عندما يكون Translator في الواجهة</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>لا يسمح Wayland للتطبيقات باستخدام مفاتيح عامة؛ {fallback}، أو قائمة علبة النظام.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>لا يوفّر هذا الإصدار من Translator اختصارًا عامًا على macOS؛ استخدم أيقونة شريط القوائم، أو {shortcut} عندما يكون Translator في الواجهة.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>لا توجد شاشة X لأخذ مفتاح عام منها (DISPLAY غير مضبوط)؛ {fallback}، أو قائمة علبة النظام.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>نظام العرض المستخدم ({system}) لا يوفّر مفاتيح عامة؛ {fallback}، أو قائمة علبة النظام.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>يستخدم تطبيق آخر {keys} بالفعل؛ اختر تركيبة أخرى، أو {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>لا يمكن كتابة {keys} بتخطيط لوحة المفاتيح هذا؛ اختر تركيبة أخرى.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>تعذّر على Translator الوصول إلى الشاشة ({detail}) لأخذ مفتاح عام؛ {fallback}، أو قائمة علبة النظام.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>رفض النظام {keys} مفتاحًا عامًا ({detail})؛ اختر تركيبة أخرى، أو {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>صوت الاجتماع</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>الميكروفون الخاص بك</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>البحث في التسميات</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>الأصل تحت الترجمة</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>الانتقال إلى الأحدث</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>سجل التسميات</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>من تحدّث: Them (صوت الاجتماع) أو Me (الميكروفون الخاص بك)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>الترجمة والأصل</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>مفتاح OpenAI API</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>يحتاج Translator إلى مفتاح OpenAI API. يُحفظ في حلقة مفاتيح النظام، ولا يُحفظ في ملف أبدًا.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>أنشئ مفتاحًا أو انسخه من موقع OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>إظهار المفتاح</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>الترجمة إلى</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>ترجمة مباشرة ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>نص الأصل المباشر ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>بدء الترجمة أو إيقافها</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>بدء الترجمة أو إيقافها (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>الدقائق المرسلة والتكلفة المقدّرة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>بدء الترجمة</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>الجلسات ال&amp;سابقة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>&amp;شريط التسميات</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>تسميات &amp;ثابتة (الأسطر المكتملة فقط)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>&amp;نمط شريط التسميات…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>حجم النص ال&amp;افتراضي</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>ال&amp;مظهر</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;تلقائي (مثل النظام)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>مفتاح &amp;API…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>&amp;نسيان مفتاح API</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>الا&amp;تصال…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>&amp;حد الإنفاق…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>&amp;تحديث الأجهزة</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>&amp;وضع الجلسة</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;تلقائي (حسب اللغة)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;ترجمة</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>ترجمة &amp;فورية</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>&amp;تسميات باللغة المنطوقة</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>خفض صوت الاجتماع &amp;أثناء الترجمة</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;إيقاف</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>بمقدار &amp;10 ديسيبل</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>بمقدار &amp;20 ديسيبل</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغ&amp;ة</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>لغة ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;حول {app}</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>إيقاف الآن</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>إيقاف الآن دون انتظار بقية الترجمة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>التسميات التوضيحية</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>إيقاف الترجمة</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>مباشر — تسميات بـ{language}</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>مباشر — ترجمة إلى {language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>جارٍ الاتصال بـ {host}…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>نموذج الترجمة</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>نموذج محادثة يعمل مترجمًا فوريًا</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>نموذج تفريغ نصي</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>ترجمة فورية</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>التسميات التوضيحية</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>حدث خطأ ما: {error}. التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>شغّل «{them}» أو «{me}»، ثم اضغط ابدأ.</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>جارٍ إنهاء الجملة الأخيرة…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>لا يمكن لوضع {mode} إنتاج {language}؛ اختر لغة أخرى أو الإعدادات ← وضع الجلسة ← تلقائي.</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>توقف «{name}» عن العمل (هل فُصل؟)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>توقف جهاز الصوت «{name}» عن العمل (هل فُصل؟). توقف {direction} وحُفظ النص المكتوب؛ اختر جهازًا وشغّله مجددًا.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>تعذّر حفظ النص المكتوب في {path}.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>توقف. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>توقف. حُفظ النص المكتوب في {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>تُعاد الجلسة مرة واحدة</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>بدءًا من التشغيل التالي</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>تُنتج {language} بواسطة {model} (وضع {mode})؛ {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>المدخل «{device}» المختار لـ {direction} غير متصل؛ يُستخدم «{default}» (الافتراضي للنظام) بدلًا منه.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>المدخل «{device}» المختار لـ {direction} غير متصل؛ يُستخدم المدخل الافتراضي للنظام بدلًا منه.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>المخرج «{device}» المختار لـ {direction} غير متصل؛ يجري التشغيل على «{default}» (الافتراضي للنظام) بدلًا منه.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>المخرج «{device}» المختار لـ {direction} غير متصل؛ يُستخدم المخرج الافتراضي للنظام بدلًا منه.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} أُوقف {direction}؛ وحُفظ النص المكتوب.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>لا صوت من «{device}» منذ {seconds} ثانية — هل يُشغَّل الاجتماع عبر «{output}»؟ اختر المخرج الذي يستخدمه تطبيق الاجتماعات.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>لا صوت من «{device}» منذ {seconds} ثانية — هل اخترت الجهاز الصحيح في «{picker}»؟</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>هم ← أنا</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>أنا ← هم</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>لا يوجد مفتاح OpenAI API بعد: أضف مفتاحًا من الإعدادات ← مفتاح API، ثم اضغط ابدأ.</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>حُفظ مفتاح API في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>يُحتفظ بمفتاح API لهذا التشغيل فقط.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>نُسي مفتاح API. (ما زال OPENAI_API_KEY مضبوطًا في البيئة.)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>نُسي مفتاح API.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>البحث عن جلسات تحتوي على…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>البحث عن الجلسات بالنص</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>الجلسات السابقة</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>ما يُصدَّر</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>اللغتان</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count} سطر</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(متقطعة)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>حذف النص</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>حذف نص جلسة {session}؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>تعذّر حذف {path}: {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>تصدير النص</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>ترجمات (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>تسميات الويب (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>نص عادي (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>تعذّر التصدير إلى {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>صُدّرت جلسة {session} إلى {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d MMM yyyy، HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd d MMM، HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>الجلسة التي بدأت {when}</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>الجلسة المحفوظة باسم {name}</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>أُغلق Translator فجأة أثناء {session}، قبل اكتمال أي سطر من الترجمة، فلا يوجد ما يمكن استرداده.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>أُغلق Translator فجأة أثناء {count} جلسات، وفي كل مرة قبل اكتمال أي سطر من الترجمة، فلا يوجد ما يمكن استرداده.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>أُغلق Translator فجأة أثناء {session}. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>الجلسة الأخرى مدرجة في عرض ← الجلسات السابقة.</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>الجلسات الأخرى ({count}) مدرجة في عرض ← الجلسات السابقة.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>أُغلق Translator فجأة أثناء {count} جلسات. أحدث جلسة فيها ترجمات محفوظة هي {session}. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>لم يكتمل أي سطر من الترجمة، لكن ما كان يُقال حينها محفوظ أيضًا، مع وسمه بأنه غير مكتمل.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>السطر الوحيد من الترجمة الذي اكتمل قبل ذلك محفوظ؛ وما كان يُقال حينها محفوظ أيضًا، مع وسمه بأنه غير مكتمل.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>السطر الوحيد من الترجمة الذي اكتمل قبل ذلك محفوظ.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>كل أسطر الترجمة التي اكتملت قبل ذلك ({count}) محفوظة؛ وما كان يُقال حينها محفوظ أيضًا، مع وسمه بأنه غير مكتمل.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>كل أسطر الترجمة التي اكتملت قبل ذلك ({count}) محفوظة.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>أُغلق Translator فجأة في المرة الماضية، قبل اكتمال أي سطر من الترجمة.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>أُغلق Translator فجأة في المرة الماضية؛ وحُفظ ما كان يُقال حينها غير مكتمل.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>أُغلق Translator فجأة في المرة الماضية؛ حُفظ سطر واحد من الترجمة (وسطر غير مكتمل).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>أُغلق Translator فجأة في المرة الماضية؛ حُفظ سطر واحد من الترجمة.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>أُغلق Translator فجأة في المرة الماضية؛ حُفظت أسطر الترجمة: {count} (وسطر غير مكتمل).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>أُغلق Translator فجأة في المرة الماضية؛ حُفظت أسطر الترجمة: {count}.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>استرداد الجلسة الأخيرة</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>محفوظ في {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>فتح النص المكتوب</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>OpenAI rejected the API key. Check it under Settings → API key.</source>
        <translation>رفضت OpenAI مفتاح API. تحقق منه في الإعدادات ← مفتاح API.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>لم يُضبط مفتاح OpenAI API. أضف مفتاحًا من الإعدادات ← مفتاح API.</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>لم يعد في حساب OpenAI رصيد. أضف رصيدًا من إعدادات الفوترة في OpenAI، ثم ابدأ مجددًا.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>حدث خطأ داخل التطبيق ({what}). أُوقفت الجلسة وحُفظ النص المكتوب؛ شغّلها مجددًا للمتابعة (التفاصيل في السجل).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>تحدّ OpenAI من عدد مرات اتصال مفتاح API هذا. انتظر دقيقة، ثم ابدأ مجددًا.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>بلغت جلسة الترجمة حدّها الزمني. ابدأ مجددًا للمتابعة.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>لا يُسمح لمفتاح API هذا باستخدام {model}؛ تحقق من وصول المشروع إلى النماذج على platform.openai.com.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>لا يقدّم {host} النموذج {model} لمفتاح API هذا؛ تحقق من نقطة الاتصال والمفتاح في الإعدادات.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>تواجه خدمة الترجمة على {host} مشكلة (HTTP {status})؛ حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>رفض {host} الاتصال (HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>لا رد خلال {seconds} ثانية</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>تعذّر العثور على اسمه (تحقق من العنوان ومن اتصالك بالإنترنت)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>تعذّر التحقق من شهادة الأمان الخاصة به</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>تعذّر إنشاء اتصال آمن</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>حدث خطأ في الشبكة</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>تعذّر الوصول إلى {host}: {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>عنوان نقطة الاتصال الخاص بـ {host} غير صالح.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>لم يستجب {host} كنقطة اتصال فورية من OpenAI؛ تحقق من نقطة الاتصال في الإعدادات.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>تعذّر بدء الترجمة مع {host} ({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>قبل {host} الاتصال لكنه لم يبدأ جلسة ترجمة خلال {seconds} ثانية.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>أنهت خدمة الترجمة على {host} الجلسة (الرمز {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>انقطع الاتصال بـ {host}.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>لم يصل نحو {seconds} ث من الصوت إلى خدمة الترجمة (اتصال بطيء أو متوقف)؛ هذا الجزء مفقود من الترجمة.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>لم تلحق خدمة الترجمة بالصوت عند انتهاء الجلسة: قد لا تكون آخر {seconds} ثانية من الصوت قد تُرجمت (اتصال بطيء).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>انقطع الاتصال بـ {host} وفشلت {attempts} محاولات لإعادة الاتصال؛ تحقق من اتصالك بالإنترنت، ثم ابدأ مجددًا.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>أنهت خدمة الترجمة على {host} الجلسة.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>لم تقبل خدمة الترجمة إعدادات الجلسة: {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>أبلغت خدمة الترجمة عن مشكلة: {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>الصوت متأخر {seconds} ث: الاتصال أو خدمة الترجمة أبطأ من الكلام. لم يُفقد شيء بعد؛ تصل الترجمة النصية متأخرة.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>الصوت متأخر {seconds} ث: الاتصال أو خدمة الترجمة أبطأ من الكلام؛ تصل الترجمة النصية متأخرة.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>لحق الصوت بالكلام؛ الترجمة النصية مباشرة من جديد.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>جارٍ الإنهاء: لا تزال ترجمة {seconds} ث من الصوت جارية… اضغط «إيقاف» مرة أخرى للإنهاء الآن.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>جارٍ الإنهاء: تُترجَم الكلمات الأخيرة… اضغط «إيقاف» مرة أخرى للإنهاء الآن.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>اقتُطعت ترجمة فورية: بلغت أطول إجابة يُسمح للنموذج بتقديمها.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>حجب مرشّح المحتوى لدى OpenAI ترجمة فورية.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>قاطع كلامٌ جديد ترجمة فورية.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>أُلغيت ترجمة فورية.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>لم تكتمل ترجمة فورية ({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>فشلت ترجمة فورية.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>تعذّر تحويل مقطع من الكلام إلى نص ({detail})؛ تستمر التسميات التوضيحية.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>أرسلت خدمة الترجمة كلامًا بصيغة لا يستطيع التطبيق تشغيلها ({detail})؛ تم تخطي هذا الجزء من الكلام.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>{rate} عينة في الثانية</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} قنوات</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>أرسلت خدمة الترجمة تسمية توضيحية كبيرة جدًا ({size} حرفًا)؛ تم قصّها إلى {limit} حرفًا.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>أرسلت خدمة الترجمة رسالة كبيرة جدًا ({size} بايت)؛ تم تخطيها.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>لم تُذكر تفاصيل</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>عاد الاتصال. لم تُترجم الثواني {seconds} التي انقطع فيها الاتصال؛ تستمر الترجمة المرئية مباشرةً من الآن (الفجوة مُدوّنة في النص).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>التكلفة غير معروفة</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>{amount} على الأكثر</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} دقيقة · {dollars} في هذه الجلسة · اليوم {today_minutes} دقيقة · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>أسعار {date}</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>ضُبط الاتصال على {endpoint}.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>يُطبَّق بدءًا من التشغيل التالي.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>لا حد للإنفاق.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>تتوقف الجلسات عند {amount} بدءًا من التشغيل التالي.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>تتوقف الجلسات عند {amount}.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>حد الإنفاق</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>إيقاف الجلسة عندما تبلغ تكلفتها المقدّرة (بالدولار الأمريكي؛ 0 = بلا حد).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>يصلك تنبيه عند 80 %.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} ث دون ترجمة: كان الاتصال منقطعًا]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>نفدت حصة القرص</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>يوجد ملف في مكان المجلد</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>المجلد غير متاح</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>أبلغ القرص عن خطأ</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>تعذّر حفظ النص المكتوب في {directory}: {reason}. تستمر التسميات التوضيحية؛ حرّر بعض المساحة وستُحفظ الأسطر الفائتة حينها.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>تعذّر حفظ النص المكتوب في {directory}: {reason}. تستمر التسميات التوضيحية؛ ستُحفظ الأسطر الفائتة حالما تمكن الكتابة في المجلد مجددًا.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Translator</source>
        <translation>Translator</translation>
    </message>
</context>
</TS>
