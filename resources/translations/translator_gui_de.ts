<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>Live übersetzte Untertitel und Sprache für Besprechungen.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Copyright © 2026 die Mitwirkenden von Translator. Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Open-Source-Hinweise der Komponenten, aus denen Translator besteht:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Translator.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>&amp;Fenster anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>Systemweites &amp;Tastenkürzel für die Untertitelleiste ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>Systemweites Tastenkürzel aus; Strg+Umschalt+B funktioniert, solange Translator im Vordergrund ist.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>{keys} konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Frühere Sitzungen</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app} ist beim letzten Mal abgestürzt; ein Bericht wurde unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>Zum Leiserstellen der Besprechung fehlt die Bibliothek pycaw; installieren Sie Translator neu.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>Die Besprechung während Übersetzungen leiser zu stellen ist unter macOS nicht möglich, da macOS keiner App erlaubt, die Lautstärke einer anderen App zu ändern; stellen Sie stattdessen die Besprechungs-App selbst leiser.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>Die Besprechung während Übersetzungen leiser zu stellen ist auf diesem System nicht möglich.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS hat Translator nicht erlaubt, den Ton des Systems zu hören: Erlauben Sie Translator unter Systemeinstellungen → Datenschutz und Sicherheit → Bildschirm- und Systemaudioaufnahme und drücken Sie dann erneut auf Start.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS hat Translator nicht erlaubt, „{app}“ zu hören: Erlauben Sie Translator unter Systemeinstellungen → Datenschutz und Sicherheit → Bildschirm- und Systemaudioaufnahme und drücken Sie dann erneut auf Start.</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator darf die Apps auf diesem Mac noch nicht auflisten: Erlauben Sie es unter Systemeinstellungen → Datenschutz und Sicherheit → Bildschirm- und Systemaudioaufnahme (einmal das ganze System anzuhören fragt danach) und wählen Sie dann Geräte aktualisieren.</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>„{app}“ läuft gerade nicht oder hat kein Fenster geöffnet; starten Sie die App und wählen Sie dann Geräte aktualisieren, oder hören Sie stattdessen das ganze System an.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS hat nicht rechtzeitig geantwortet; drücken Sie erneut auf Start.</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS hat Translator das Zuhören verweigert ({error}); {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS hat den Ton des Systems nicht geliefert; starten Sie Translator neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>„{device}“ braucht macOS 13 oder neuer; installieren Sie BlackHole und wählen Sie stattdessen „Sound from: BlackHole“.</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Drücken Sie in Translator auf Start (Strg+Eingabe), um hier Untertitel zu sehen.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>Hört auf „{device}“ …</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>Angehalten: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>Beendet. Drücken Sie in Translator auf Start (Strg+Eingabe), um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>Untertitelleiste</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>Live-Untertitel</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>Was gesagt wird</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>Status der Untertitelleiste</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>Ziehen, um die Größe zu ändern</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>Untertitelleiste &amp;durchklickbar</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>Position der Untertitelleiste &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>Anzeigen, was gesagt wird</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>Untertitelleiste ausblenden</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>Vorschau der Untertitelleiste</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>Stil der Untertitelleiste</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>Untertitelschrift</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>&amp;Standardschrift der App verwenden</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>Standardschrift der App verwenden</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Textgröße in Punkt</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Deckkraft des Hintergrunds</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>Anzahl der Untertitelzeilen</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>&amp;Gesagtes unter der Übersetzung anzeigen</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>Gesagtes unter der Übersetzung anzeigen</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>&amp;Hoher Kontrast (Gelb auf Schwarz)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>Hoher Kontrast, Gelb auf Schwarz</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>OK, diesen Stil behalten</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>Abbrechen, Untertitelleiste wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>S&amp;chrift:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>&amp;Textfarbe:</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>&amp;Hintergrundfarbe:</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>&amp;Deckkraft des Hintergrunds:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>Änderungen erscheinen sofort auf der Untertitelleiste. OK behält sie; Abbrechen stellt die Leiste wieder her.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>Durch „Hoher Kontrast“ festgelegt; schalten Sie ihn aus, um selbst zu wählen.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>Kontrast {ratio}:1 – erfüllt WCAG AA</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>wählen Sie einen helleren Hintergrund, mehr Deckkraft oder „Hoher Kontrast“</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>wählen Sie einen dunkleren Hintergrund, mehr Deckkraft oder „Hoher Kontrast“</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>Kontrast {ratio}:1 – unter WCAG AA (4,5:1); {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>Januar {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>Februar {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>März {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>April {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>Mai {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>Juni {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>Juli {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>August {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>September {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>Oktober {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>November {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>Dezember {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>Die App weiß nicht, was {model} kostet, und kann daher das Kostenlimit von {cap} nicht einhalten; die Sitzung wurde nicht gestartet. Wählen Sie ein anderes Modell oder entfernen Sie das Limit unter Einstellungen → Kostenlimit.</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>Diese Sitzung hat ihr Kostenlimit von {cap} erreicht (etwa {cost}) und wurde daher beendet. Erhöhen Sie das Limit in den Einstellungen, um fortzufahren.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>Diese Sitzung hat etwa {cost} ihres Kostenlimits von {cap} verbraucht; sie endet beim Limit.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>Eingabegerät</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>Keine Sprache – nur Untertitel</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (Systemstandard)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>Geräte werden gesucht…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Sie → ich</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;Sie → ich: die Besprechung in meiner Sprache</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Übersetzen in:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>Zuhören bei:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>Übersetzung abspielen auf:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>Wählen Sie „Ton von: …“ mit der Ausgabe, über die Ihre Besprechungs-App spielt.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Ich → sie</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>&amp;Ich → sie: meine Stimme in ihrer Sprache</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>Ihre Sprache:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>Mein Mikrofon:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>Übersetzung abspielen in:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>In ein virtuelles Mikrofon abspielen und dieses in Ihrer Besprechungs-App als Mikrofon wählen.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: ein oder aus</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: Eingangspegel</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: Ausgangspegel</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: Zustand</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: Geräte</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>Gesprochene Sprache:</translation>
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
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (aus OPENAI_BASE_URL)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (Standard)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>optional, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>optional, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>Lassen Sie die Basis-URL leer, um die OPENAI_BASE_URL der Umgebung zu verwenden.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>Lassen Sie die Basis-URL leer, um OpenAI zu verwenden.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>Andere Endpunkte müssen https:// verwenden (einfaches http:// nur zu einem Server auf diesem Computer).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>Es ist kein OpenAI-API-Schlüssel festgelegt. Fügen Sie unter Einstellungen → API-Schlüssel einen hinzu und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>„{keys}“ ist keine einzelne Tastenkombination; wählen Sie eine wie Strg+Alt+Umschalt+C oder verwenden Sie {shortcut}, solange Translator im Vordergrund ist.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} würde diese Taste in jeder Anwendung beim Tippen blockieren; fügen Sie Strg, Alt oder Meta hinzu.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>verwenden Sie {shortcut}, solange Translator im Vordergrund ist</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland lässt Anwendungen keine systemweiten Tasten belegen; {fallback}, oder das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>Diese Version von Translator hat unter macOS kein systemweites Tastenkürzel; verwenden Sie das Symbol in der Menüleiste oder {shortcut}, solange Translator im Vordergrund ist.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>Es gibt kein X-Display für eine systemweite Taste (DISPLAY ist nicht gesetzt); {fallback}, oder das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Das verwendete Anzeigesystem ({system}) bietet keine systemweiten Tasten; {fallback}, oder das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} wird bereits von einer anderen Anwendung verwendet; wählen Sie eine andere Kombination, oder {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} lässt sich mit dieser Tastaturbelegung nicht tippen; wählen Sie eine andere Kombination.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator konnte das Display nicht erreichen ({detail}), um eine systemweite Taste zu belegen; {fallback}, oder das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>Das System hat {keys} als systemweite Taste abgelehnt ({detail}); wählen Sie eine andere Kombination, oder {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>Der Ton der Besprechung</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>Ihr Mikrofon</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>Untertitel durchsuchen</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>Original unter der Übersetzung</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Zum Neuesten springen</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>Untertitelverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>Wer sprach: Them (der Ton der Besprechung) oder Me (Ihr Mikrofon)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>Übersetzung und Original</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator benötigt einen OpenAI-API-Schlüssel. Er wird im Schlüsselbund Ihres Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>Einen Schlüssel auf der OpenAI-Website erstellen oder kopieren</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>Übersetzen in</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>Live-Übersetzung ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>Live-Originaltranskript ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>Übersetzung starten oder anhalten</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>Übersetzung starten oder anhalten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>Übertragene Minuten und geschätzte Kosten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Übersetzung starten</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>&amp;Frühere Sitzungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>Untertitel&amp;leiste</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>&amp;Ruhige Untertitel (nur fertige Zeilen)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>S&amp;til der Untertitelleiste …</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Standardtextgröße</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;Automatisch (wie das System)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>&amp;API-Schlüssel …</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>API-Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung …</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>&amp;Kostenlimit …</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>&amp;Geräte aktualisieren</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>Sitzungs&amp;modus</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;Automatisch (nach Sprache)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>Ü&amp;bersetzen</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>&amp;Dolmetschen</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>&amp;Untertitel in der gesprochenen Sprache</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>Besprechung &amp;während Übersetzungen leiser</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>Um &amp;10 dB</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>Um &amp;20 dB</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Jetzt stoppen</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>Jetzt stoppen, ohne auf den Rest der Übersetzung zu warten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Übersetzung anhalten</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>Live – Untertitel auf {language}</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>Live – Übersetzung in {language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Verbindung mit {host} …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>dem Übersetzungsmodell</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>einem Gesprächsmodell als Dolmetscher</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>einem Transkriptionsmodell</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>Dolmetschen</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Etwas ist schiefgelaufen: {error}. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>Schalten Sie „{them}“ oder „{me}“ ein und drücken Sie dann Start.</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>Der letzte Satz wird abgeschlossen …</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>Der Modus {mode} kann kein {language} erzeugen; wählen Sie eine andere Sprache oder Einstellungen → Sitzungsmodus → Automatisch.</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>„{name}“ funktioniert nicht mehr (ausgesteckt?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>Das Audiogerät „{name}“ funktioniert nicht mehr (ausgesteckt?). {direction} wurde beendet und das Transkript ist gespeichert; wählen Sie ein Gerät und schalten Sie es wieder ein.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>Das Transkript konnte nicht unter {path} gespeichert werden.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>Beendet. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>Beendet. Transkript gespeichert unter {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>die Sitzung startet einmal neu</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>ab dem nächsten Start</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language} wird von {model} erzeugt (Modus {mode}); {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>Der für {direction} gewählte Eingang „{device}“ ist nicht angeschlossen; stattdessen wird „{default}“ (der Systemstandard) verwendet.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>Der für {direction} gewählte Eingang „{device}“ ist nicht angeschlossen; stattdessen wird der Standardeingang des Systems verwendet.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>Die für {direction} gewählte Ausgabe „{device}“ ist nicht angeschlossen; die Wiedergabe erfolgt stattdessen über „{default}“ (den Systemstandard).</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>Die für {direction} gewählte Ausgabe „{device}“ ist nicht angeschlossen; stattdessen wird die Standardausgabe des Systems verwendet.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction} wurde beendet; das Transkript ist gespeichert.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>Seit {seconds} Sekunden kein Ton von „{device}“ – läuft die Besprechung über „{output}“? Wählen Sie die Ausgabe, die die Besprechungs-App verwendet.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>Seit {seconds} Sekunden kein Ton von „{device}“ – ist unter „{picker}“ das richtige Gerät gewählt?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Sie → ich</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Ich → sie</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>Noch kein OpenAI-API-Schlüssel: Fügen Sie unter Einstellungen → API-Schlüssel einen hinzu und drücken Sie dann Start.</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>Der API-Schlüssel gilt nur bis zum Beenden der App.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>API-Schlüssel vergessen. (OPENAI_API_KEY ist in der Umgebung noch gesetzt.)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>API-Schlüssel vergessen.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>Sitzungen finden mit …</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>Sitzungen nach Text finden</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Frühere Sitzungen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Beide Sprachen</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} – {count} Zeilen</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(unterbrochen)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>Transkript löschen</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>Das Transkript vom {session} löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>{path} kann nicht gelöscht werden: {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Untertitel (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>Web-Untertitel (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>Export nach {path} nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>{session} wurde nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>der Sitzung vom {when}</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>der als {name} gespeicherten Sitzung</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator wurde während {session} unerwartet beendet, bevor eine Untertitelzeile fertig war; es gibt daher nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator wurde während {count} Sitzungen unerwartet beendet, jedes Mal bevor eine Untertitelzeile fertig war; es gibt daher nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>Translator wurde während {session} unerwartet beendet. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>Die andere steht unter Ansicht → Frühere Sitzungen.</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>Die anderen {count} stehen unter Ansicht → Frühere Sitzungen.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>Translator wurde während {count} Sitzungen unerwartet beendet. Die neuesten gespeicherten Untertitel stammen von {session}. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>Es war noch keine Untertitelzeile fertig, aber auch das gerade Gesagte ist gespeichert, als unvollständig markiert.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Die eine bis dahin fertige Untertitelzeile ist gespeichert; auch das gerade Gesagte ist gespeichert, als unvollständig markiert.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>Die eine bis dahin fertige Untertitelzeile ist gespeichert.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Alle {count} bis dahin fertigen Untertitelzeilen sind gespeichert; auch das gerade Gesagte ist gespeichert, als unvollständig markiert.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>Alle {count} bis dahin fertigen Untertitelzeilen sind gespeichert.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>Translator wurde beim letzten Mal unerwartet beendet, bevor eine Untertitelzeile fertig war.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>Translator wurde beim letzten Mal unerwartet beendet; das gerade Gesagte wurde unvollständig gespeichert.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>Translator wurde beim letzten Mal unerwartet beendet; 1 Untertitelzeile wurde gespeichert (und eine unvollständige).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>Translator wurde beim letzten Mal unerwartet beendet; 1 Untertitelzeile wurde gespeichert.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>Translator wurde beim letzten Mal unerwartet beendet; {count} Untertitelzeilen wurden gespeichert (und eine unvollständige).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>Translator wurde beim letzten Mal unerwartet beendet; {count} Untertitelzeilen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>Letzte Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Gespeichert in {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Transkript öffnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>OpenAI rejected the API key. Check it under Settings → API key.</source>
        <translation>OpenAI hat den API-Schlüssel abgelehnt. Prüfen Sie ihn unter Einstellungen → API-Schlüssel.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>Es ist kein OpenAI-API-Schlüssel festgelegt. Fügen Sie unter Einstellungen → API-Schlüssel einen hinzu.</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>Ihr OpenAI-Konto hat kein Guthaben mehr. Laden Sie in den Abrechnungseinstellungen von OpenAI Guthaben auf und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>In der App ist etwas schiefgelaufen ({what}). Die Sitzung wurde beendet und das Transkript ist gespeichert; schalten Sie sie wieder ein, um fortzufahren (Einzelheiten stehen im Protokoll).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI begrenzt, wie oft sich dieser API-Schlüssel verbinden darf. Warten Sie eine Minute und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>Die Übersetzungssitzung hat ihr Zeitlimit erreicht. Starten Sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>Dieser API-Schlüssel darf {model} nicht verwenden; prüfen Sie den Modellzugriff des Projekts auf platform.openai.com.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} bietet {model} für diesen API-Schlüssel nicht an; prüfen Sie den Endpunkt und den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>Der Übersetzungsdienst unter {host} hat Probleme (HTTP {status}); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} hat die Verbindung abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>keine Antwort innerhalb von {seconds} Sekunden</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>der Name wurde nicht gefunden (prüfen Sie die Adresse und Ihre Internetverbindung)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>das Sicherheitszertifikat konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>es konnte keine sichere Verbindung hergestellt werden</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>ein Netzwerkfehler ist aufgetreten</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>{host} ist nicht erreichbar: {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>Die Endpunktadresse für {host} ist ungültig.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} hat nicht wie ein OpenAI-Realtime-Endpunkt geantwortet; prüfen Sie den Endpunkt in den Einstellungen.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>Die Übersetzung mit {host} konnte nicht gestartet werden ({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} hat die Verbindung angenommen, aber innerhalb von {seconds} Sekunden keine Übersetzungssitzung gestartet.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>Der Übersetzungsdienst unter {host} hat die Sitzung beendet (Code {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>Die Verbindung zu {host} wurde getrennt.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>Etwa {seconds} s Audio konnten den Übersetzungsdienst nicht erreichen (eine langsame oder stockende Verbindung); dieser Abschnitt fehlt in der Übersetzung.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>Der Übersetzungsdienst hatte beim Ende der Sitzung noch nicht aufgeholt: bis zu {seconds} s des letzten Tons wurden womöglich nicht übersetzt (eine langsame Verbindung).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>Die Verbindung zu {host} wurde getrennt und {attempts} Versuche, sie wiederherzustellen, sind fehlgeschlagen; prüfen Sie Ihre Internetverbindung und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>Der Übersetzungsdienst unter {host} hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>Der Übersetzungsdienst hat die Sitzungseinstellungen nicht akzeptiert: {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>Der Übersetzungsdienst meldet ein Problem: {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>Der Ton liegt {seconds} s zurück: Die Verbindung oder der Übersetzungsdienst ist langsamer als die Sprache. Noch geht nichts verloren; die Untertitel kommen verspätet.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>Der Ton liegt {seconds} s zurück: Die Verbindung oder der Übersetzungsdienst ist langsamer als die Sprache; die Untertitel kommen verspätet.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>Der Ton hat aufgeholt; die Untertitel sind wieder live.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>Wird abgeschlossen: {seconds} s Ton werden noch übersetzt… Zum sofortigen Beenden erneut auf Stopp drücken.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>Wird abgeschlossen: Die letzten Worte werden übersetzt… Zum sofortigen Beenden erneut auf Stopp drücken.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>Eine Verdolmetschung wurde gekürzt: Sie erreichte die maximale Antwortlänge des Modells.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>Eine Verdolmetschung wurde vom Inhaltsfilter von OpenAI zurückgehalten.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>Eine Verdolmetschung wurde durch neue Sprache unterbrochen.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>Eine Verdolmetschung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>Eine Verdolmetschung wurde nicht abgeschlossen ({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>Eine Verdolmetschung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>Ein Sprachabschnitt konnte nicht transkribiert werden ({detail}); die Untertitel laufen weiter.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>Der Übersetzungsdienst hat Sprache in einem Format gesendet, das die App nicht abspielen kann ({detail}); dieser Teil der Sprache wird übersprungen.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>{rate} Abtastwerte pro Sekunde</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} Kanäle</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>Der Übersetzungsdienst hat einen übergroßen Untertitel gesendet ({size} Zeichen); er wurde auf {limit} Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>Der Übersetzungsdienst hat eine übergroße Nachricht gesendet ({size} Byte); sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>Wieder online. Die {seconds} s, in denen die Verbindung unterbrochen war, wurden nicht übersetzt; die Untertitel laufen ab jetzt live weiter (die Lücke ist im Protokoll vermerkt).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>höchstens {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} Min. · {dollars} diese Sitzung · heute {today_minutes} Min. · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>Preise vom {date}</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>Verbindung auf {endpoint} gesetzt.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>Das gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>Kein Kostenlimit.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>Sitzungen halten ab dem nächsten Start bei {amount} an.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>Sitzungen halten bei {amount} an.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>Kostenlimit</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>Eine Sitzung anhalten, wenn ihre geschätzten Kosten diesen Betrag erreichen (US-Dollar; 0 = kein Limit).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>Bei 80 % werden Sie gewarnt.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} s nicht übersetzt: Die Verbindung war unterbrochen]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>eine Datei steht dem Ordner im Weg</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>der Ordner ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>ein unbekannter Fehler</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>Das Transkript kann nicht in {directory} gespeichert werden: {reason}. Die Untertitel laufen weiter; schaffen Sie Platz, dann werden die fehlenden Zeilen gespeichert.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>Das Transkript kann nicht in {directory} gespeichert werden: {reason}. Die Untertitel laufen weiter; die fehlenden Zeilen werden gespeichert, sobald in den Ordner wieder geschrieben werden kann.</translation>
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
