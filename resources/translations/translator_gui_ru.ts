<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>Синхронный перевод субтитров и речи для встреч.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>© 2026 участники проекта Translator. Распространяется по лицензии MIT.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Уведомления об открытом ПО для компонентов, из которых состоит Translator:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>Новый язык будет применён при следующем запуске Translator.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>Показать &amp;окно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>&amp;Глобальная клавиша для панели субтитров ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>Глобальная клавиша выключена; Ctrl+Shift+B работает, пока Translator в фокусе.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>Не удалось использовать {keys}.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Прошлые сеансы</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>При прошлом запуске {app} аварийно завершился; отчёт сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>Чтобы приглушать встречу, нужна библиотека pycaw, а её нет; переустановите Translator.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>Приглушать встречу во время перевода в macOS нельзя: macOS не даёт приложениям менять громкость других приложений; вместо этого убавьте громкость самого приложения для встреч.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>Приглушать встречу во время перевода в этой системе нельзя.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS не разрешила Translator слышать звук системы: разрешите Translator в разделе Системные настройки → Конфиденциальность и безопасность → Запись экрана и системного аудио, затем снова нажмите «Старт».</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS не разрешила Translator слышать «{app}»: разрешите Translator в разделе Системные настройки → Конфиденциальность и безопасность → Запись экрана и системного аудио, затем снова нажмите «Старт».</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator пока не может показать приложения этого Mac: разрешите это в разделе Системные настройки → Конфиденциальность и безопасность → Запись экрана и системного аудио (запрос появится, если один раз слушать звук всей системы), затем выберите «Обновить устройства».</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>«{app}» сейчас не запущено или у него нет открытых окон; запустите его и выберите «Обновить устройства» или слушайте звук всей системы.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS не ответила вовремя; снова нажмите «Старт».</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS не дала Translator слушать ({error}); {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS не передала звук системы; перезапустите Translator и попробуйте снова.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>Для «{device}» нужна macOS 13 или новее; установите BlackHole и выберите вместо этого «Sound from: BlackHole».</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Нажмите «Старт» в Translator (Ctrl+Enter), чтобы здесь появились субтитры.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>Слушаю «{device}»…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>Остановлено: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>Остановлено. Чтобы продолжить, нажмите «Старт» в Translator (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>Панель субтитров</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>Живые субтитры</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>Что говорят</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>Состояние панели субтитров</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>Потяните, чтобы изменить размер</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>Щелчки &amp;сквозь панель субтитров</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>&amp;Сбросить положение панели субтитров</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>Показывать, что говорят</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>Скрыть панель субтитров</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>Предпросмотр панели субтитров</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>Стиль панели субтитров</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>Шрифт субтитров</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>Использовать шрифт приложения по &amp;умолчанию</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>Использовать шрифт приложения по умолчанию</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Размер текста в пунктах</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Цвет текста</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Цвет фона</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Непрозрачность фона</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>Число строк субтитров</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>Показывать &amp;сказанное под переводом</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>Показывать сказанное под переводом</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>&amp;Высокий контраст (жёлтый на чёрном)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>Высокий контраст, жёлтый на чёрном</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>ОК, сохранить этот стиль</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>Отмена, вернуть панель субтитров как было</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Шрифт:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>Цвет &amp;текста:</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>Цвет &amp;фона:</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>&amp;Непрозрачность фона:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Строки:</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>Изменения сразу видны на панели субтитров. ОК сохраняет их; «Отмена» возвращает панель как было.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>Задано высоким контрастом; выключите его, чтобы выбрать самостоятельно.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>Контраст {ratio}:1 — соответствует WCAG AA</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>выберите более светлый фон, большую непрозрачность или высокий контраст</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>выберите более тёмный фон, большую непрозрачность или высокий контраст</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>Контраст {ratio}:1 — ниже WCAG AA (4,5:1); {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>январь {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>февраль {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>март {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>апрель {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>май {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>июнь {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>июль {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>август {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>сентябрь {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>октябрь {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>ноябрь {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>декабрь {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>Приложению неизвестна стоимость {model}, поэтому оно не может соблюдать лимит расходов {cap}; сеанс не был запущен. Выберите другую модель или снимите лимит в меню «Настройки → Лимит расходов».</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>Этот сеанс достиг лимита расходов {cap} (около {cost}) и поэтому был остановлен. Чтобы продолжить, повысьте лимит в настройках.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>Этот сеанс израсходовал около {cost} из лимита расходов {cap}; при достижении лимита он остановится.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>Устройство ввода</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Устройство вывода</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Системное по умолчанию</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>Без речи — только субтитры</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (системное по умолчанию)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>Поиск устройств…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>Автоопределение</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Они → я</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;Они → я: встреча на моём языке</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Переводить на:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>Слушать:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>Воспроизводить перевод на:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>Выберите «Звук из: …» для выхода, через который звучит приложение для встреч.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Я → они</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>&amp;Я → они: мой голос на их языке</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>Их язык:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>Мой микрофон:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>Воспроизводить перевод в:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>Воспроизводите в виртуальный микрофон и выберите его микрофоном в приложении для встреч.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: вкл. или выкл.</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: уровень входа</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: уровень выхода</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: состояние</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: устройства</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>Язык речи:</translation>
    </message>
    <message>
        <source>{input} → {output}</source>
        <translation>{input} → {output}</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Параметры подключения</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (из OPENAI_BASE_URL)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (по умолчанию)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID организации</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>необязательно, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID проекта</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>необязательно, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>Оставьте базовый URL пустым, чтобы использовать OPENAI_BASE_URL из окружения.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>Оставьте базовый URL пустым, чтобы использовать OpenAI.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>Другие адреса должны использовать https:// (простой http:// — только для сервера на этом компьютере).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>Ключ OpenAI API не задан. Добавьте его в меню «Настройки → Ключ API» и повторите проверку.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>«{keys}» — не одно сочетание клавиш; выберите, например, Ctrl+Alt+Shift+C или используйте {shortcut}, пока Translator в фокусе.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} отнимет эту клавишу у набора текста во всех приложениях; добавьте к сочетанию Ctrl, Alt или Meta.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>используйте {shortcut}, пока Translator в фокусе</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland не позволяет приложениям занимать глобальные клавиши; {fallback} или меню в трее.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>В этой версии Translator нет глобальной клавиши для macOS; используйте значок в строке меню или {shortcut}, пока Translator в фокусе.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>Нет X-дисплея, чтобы занять глобальную клавишу (DISPLAY не задан); {fallback} или меню в трее.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Используемая графическая система ({system}) не поддерживает глобальные клавиши; {fallback} или меню в трее.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} уже занято другим приложением; выберите другое сочетание или {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} нельзя набрать в этой раскладке клавиатуры; выберите другое сочетание.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator не смог обратиться к дисплею ({detail}), чтобы занять глобальную клавишу; {fallback} или меню в трее.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>Система отклонила {keys} как глобальную клавишу ({detail}); выберите другое сочетание или {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>Звук встречи</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>Ваш микрофон</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>Поиск по субтитрам</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>Оригинал под переводом</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>К последнему</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>История субтитров</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>Кто говорил: Them (звук встречи) или Me (ваш микрофон)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>Перевод и оригинал</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Ключ OpenAI API</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Для работы Translator нужен ключ OpenAI API. Он хранится в системной связке ключей, а не в файле.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>Создать или скопировать ключ на сайте OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Показать ключ</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>Переводить на</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>Перевод в реальном времени ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>Расшифровка оригинала в реальном времени ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>Начать или остановить перевод</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>Начать или остановить перевод (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>Переданные минуты и примерная стоимость</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Начать перевод</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>&amp;Прошлые сеансы…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>&amp;Панель субтитров</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>&amp;Стабильные субтитры (только готовые строки)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>С&amp;тиль панели субтитров…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Размер текста по &amp;умолчанию</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;Автоматически (как в системе)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>Ключ &amp;API…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>&amp;Забыть ключ API</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Подключение…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>&amp;Лимит расходов…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>&amp;Обновить устройства</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>&amp;Режим сеанса</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;Автоматически (по языку)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Перевод</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>&amp;Синхронный перевод</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>&amp;Субтитры на языке речи</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>Приглушать встречу &amp;во время перевода</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Выкл.</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>На &amp;10 дБ</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>На &amp;20 дБ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Язык &amp;системы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;О программе {app}</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Остановить сейчас</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>Остановить сейчас, не дожидаясь остального перевода (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Остановить перевод</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>В эфире — субтитры: {language}</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>В эфире — перевод на язык: {language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Повторное подключение…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Подключение к {host}…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>моделью перевода</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>разговорной моделью в роли переводчика</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>моделью расшифровки</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>Синхронный перевод</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Что-то пошло не так: {error}. Подробности — в журнале.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>Включите «{them}» или «{me}», затем нажмите «Старт».</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>Завершается последняя фраза…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>Режим «{mode}» не может выдавать {language}; выберите другой язык или «Настройки → Режим сеанса → Автоматически».</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>«{name}» перестало работать (отключено?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>Звуковое устройство «{name}» перестало работать (отключено?). {direction}: остановлено, расшифровка сохранена; выберите устройство и включите снова.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>Не удалось сохранить расшифровку в {path}.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>Остановлено. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>Остановлено. Расшифровка сохранена в {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>сеанс перезапустится один раз</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>со следующего запуска</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language}: создаётся {model} (режим «{mode}»); {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>Вход «{device}», выбранный для {direction}, не подключён; вместо него используется «{default}» (системный по умолчанию).</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>Вход «{device}», выбранный для {direction}, не подключён; вместо него используется системный вход по умолчанию.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>Выход «{device}», выбранный для {direction}, не подключён; вместо него звук идёт на «{default}» (системный по умолчанию).</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>Выход «{device}», выбранный для {direction}, не подключён; вместо него используется системный выход по умолчанию.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction}: остановлено, расшифровка сохранена.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>Нет звука от «{device}» уже {seconds} с — звук встречи идёт через «{output}»? Выберите выход, который использует приложение для встреч.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>Нет звука от «{device}» уже {seconds} с — в поле «{picker}» выбрано нужное устройство?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Они → я</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Я → они</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>Ключа OpenAI API пока нет: добавьте его в меню «Настройки → Ключ API», затем нажмите «Старт».</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>Ключ API сохранён в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>Ключ API сохранён только до закрытия приложения.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>Ключ API забыт. (Переменная OPENAI_API_KEY всё ещё задана в окружении.)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>Ключ API забыт.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>Найти сеансы, содержащие…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>Найти сеансы по тексту</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Прошлые сеансы</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Оба языка</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — строк: {count}</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(прерван)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>Удалить расшифровку</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>Удалить расшифровку от {session}? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>Не удалось удалить {path}: {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Экспорт расшифровки</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Субтитры (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>Веб-субтитры (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Обычный текст (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>Не удалось экспортировать в {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>Сеанс {session} экспортирован в {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d MMM, HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>сеанса, начатого {when}</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>сеанса, сохранённого как {name}</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator неожиданно закрылся во время {session}, когда ни одна строка субтитров ещё не была завершена, поэтому восстанавливать нечего.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator неожиданно закрывался во время {count} сеансов, каждый раз до того, как была завершена хоть одна строка субтитров, поэтому восстанавливать нечего.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>Translator неожиданно закрылся во время {session}. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>Другой сеанс есть в меню «Вид → Прошлые сеансы».</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>Остальные ({count}) есть в меню «Вид → Прошлые сеансы».</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>Translator неожиданно закрывался во время {count} сеансов. Самые свежие сохранённые субтитры — у {session}. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>Ни одна строка субтитров не была завершена, но то, что ещё говорилось, тоже сохранено с пометкой «не завершено».</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Единственная завершённая к тому моменту строка субтитров сохранена; то, что ещё говорилось, тоже сохранено с пометкой «не завершено».</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>Единственная завершённая к тому моменту строка субтитров сохранена.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Все завершённые к тому моменту строки субтитров ({count}) сохранены; то, что ещё говорилось, тоже сохранено с пометкой «не завершено».</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>Все завершённые к тому моменту строки субтитров ({count}) сохранены.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>В прошлый раз Translator неожиданно закрылся, когда ни одна строка субтитров ещё не была завершена.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>В прошлый раз Translator неожиданно закрылся; то, что говорилось, сохранено незавершённым.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>В прошлый раз Translator неожиданно закрылся; сохранена 1 строка субтитров (и одна незавершённая).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>В прошлый раз Translator неожиданно закрылся; сохранена 1 строка субтитров.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>В прошлый раз Translator неожиданно закрылся; сохранено строк субтитров: {count} (и одна незавершённая).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>В прошлый раз Translator неожиданно закрылся; сохранено строк субтитров: {count}.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>Восстановить последний сеанс</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Сохранено в {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Открыть расшифровку</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>OpenAI rejected the API key. Check it under Settings → API key.</source>
        <translation>OpenAI отклонил ключ API. Проверьте его в меню «Настройки → Ключ API».</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>Ключ OpenAI API не задан. Добавьте его в меню «Настройки → Ключ API».</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>На счёте OpenAI закончились средства. Пополните баланс в настройках оплаты OpenAI и запустите снова.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>Внутренняя ошибка приложения ({what}). Сеанс остановлен, расшифровка сохранена; включите его снова, чтобы продолжить (подробности — в журнале).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI ограничивает частоту подключений с этим ключом API. Подождите минуту и запустите снова.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>Сеанс перевода достиг ограничения по времени. Запустите снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>Этому ключу API недоступна модель {model}; проверьте доступ проекта к моделям на platform.openai.com.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} не предоставляет {model} для этого ключа API; проверьте адрес сервиса и ключ в настройках.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>У сервиса перевода на {host} неполадки (HTTP {status}); повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} отклонил подключение (HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>нет ответа в течение {seconds} с</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>имя не найдено (проверьте адрес и подключение к интернету)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>подключение отклонено</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>не удалось проверить его сертификат безопасности</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>не удалось установить защищённое подключение</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>подключение прервано</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>произошла сетевая ошибка</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>Не удаётся подключиться к {host}: {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>Адрес сервиса для {host} недействителен.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} отвечает не как сервис OpenAI Realtime; проверьте адрес сервиса в настройках.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>Не удалось начать перевод с {host} ({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} принял подключение, но не начал сеанс перевода за {seconds} с.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>Сервис перевода на {host} завершил сеанс (код {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>Подключение к {host} потеряно.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>Около {seconds} с звука не дошли до сервиса перевода (медленное или зависшее подключение); этот отрывок в переводе пропущен.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>К концу сеанса служба перевода не успела догнать звук: до {seconds} с последнего звука могли остаться непереведёнными (медленное соединение).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>Подключение к {host} потеряно, попыток переподключиться: {attempts}, все неудачны; проверьте подключение к интернету и запустите снова.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>Сервис перевода на {host} завершил сеанс.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>Сервис перевода не принял настройки сеанса: {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>Сервис перевода сообщил о проблеме: {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>Звук отстаёт на {seconds} с: соединение или служба перевода работает медленнее речи. Пока ничего не потеряно; субтитры приходят с опозданием.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>Звук отстаёт на {seconds} с: соединение или служба перевода работает медленнее речи; субтитры приходят с опозданием.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>Звук догнал речь; субтитры снова идут в реальном времени.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>Завершение: ещё переводится {seconds} с звука… Нажмите «Стоп» ещё раз, чтобы завершить сейчас.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>Завершение: переводятся последние слова… Нажмите «Стоп» ещё раз, чтобы завершить сейчас.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>Перевод был обрезан: достигнута максимальная длина ответа модели.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>Перевод был заблокирован фильтром контента OpenAI.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>Перевод был прерван новой речью.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>Перевод был отменён.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>Перевод не был завершён ({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>Не удалось выполнить перевод.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>Не удалось расшифровать фрагмент речи ({detail}); субтитры продолжаются.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>Служба перевода прислала речь в формате, который приложение не может воспроизвести ({detail}); эта часть речи пропущена.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>{rate} отсчётов в секунду</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>каналов: {channels}</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>Служба перевода прислала слишком длинный субтитр ({size} символов); он обрезан до {limit} символов.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>Служба перевода прислала слишком большое сообщение ({size} байт); оно пропущено.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>подробности не указаны</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>Снова в сети. {seconds} с, пока не было соединения, не переведены; субтитры с этого момента снова идут в реальном времени (пропуск отмечен в расшифровке).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>стоимость неизвестна</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>не более {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} мин · {dollars} за сеанс · сегодня {today_minutes} мин · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>цены на {date}</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>Подключение: {endpoint}.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>Применится со следующего запуска.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>Без лимита расходов.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>Со следующего запуска сеансы останавливаются на {amount}.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>Сеансы останавливаются на {amount}.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>Лимит расходов</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>Останавливать сеанс, когда его примерная стоимость достигнет (доллары США; 0 = без лимита).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>Предупреждение появится на 80 %.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} с не переведено: соединение было потеряно]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>дисковая квота исчерпана</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>на месте папки находится файл</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>папка недоступна</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>диск сообщил об ошибке</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>Не удаётся сохранить расшифровку в {directory}: {reason}. Субтитры продолжаются; освободите место, и пропущенные строки будут сохранены.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>Не удаётся сохранить расшифровку в {directory}: {reason}. Субтитры продолжаются; пропущенные строки будут сохранены, как только в папку снова можно будет записывать.</translation>
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
