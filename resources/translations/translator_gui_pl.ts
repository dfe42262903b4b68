<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>O programie {app}</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>Napisy i mowa tłumaczone na żywo podczas spotkań.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Copyright © 2026 współtwórcy Translatora. Wydano na licencji MIT.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Informacje o otwartym oprogramowaniu, z którego zbudowano Translator:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;dzienników</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>Nowy język zostanie zastosowany przy następnym uruchomieniu Translatora.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>Pokaż &amp;okno</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>Globalny &amp;skrót paska napisów ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>Globalny skrót wyłączony; Ctrl+Shift+B działa, gdy Translator jest aktywny.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>Nie można użyć {keys}.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Poprzednie sesje</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app} uległ awarii przy ostatnim uruchomieniu; raport zapisano w {path}.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>Do ściszania spotkania potrzebna jest biblioteka pycaw, której brakuje; zainstaluj Translator ponownie.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>Ściszanie spotkania podczas tłumaczeń nie jest dostępne w macOS, który nie pozwala żadnej aplikacji zmieniać głośności innej; zamiast tego ścisz samą aplikację do spotkań.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>Ściszanie spotkania podczas tłumaczeń nie jest dostępne w tym systemie.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS nie pozwolił Translatorowi słyszeć dźwięku systemu: zezwól Translatorowi w Ustawienia systemowe → Prywatność i ochrona → Nagrywanie ekranu i dźwięku systemowego, a potem naciśnij ponownie Start.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS nie pozwolił Translatorowi słyszeć „{app}”: zezwól Translatorowi w Ustawienia systemowe → Prywatność i ochrona → Nagrywanie ekranu i dźwięku systemowego, a potem naciśnij ponownie Start.</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator nie może jeszcze wyświetlić aplikacji na tym Macu: zezwól na to w Ustawienia systemowe → Prywatność i ochrona → Nagrywanie ekranu i dźwięku systemowego (jednorazowe słuchanie całego systemu o to prosi), a potem wybierz Odśwież urządzenia.</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>„{app}” nie działa teraz albo nie ma otwartego okna; uruchom ją, a potem wybierz Odśwież urządzenia, albo zamiast tego słuchaj całego systemu.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS nie odpowiedział na czas; naciśnij ponownie Start.</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS nie pozwolił Translatorowi słuchać ({error}); {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS odmówił przekazania dźwięku systemu; uruchom ponownie Translator i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>„{device}” wymaga macOS 13 lub nowszego; zainstaluj BlackHole i wybierz zamiast tego „Sound from: BlackHole”.</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Naciśnij Start w Translatorze (Ctrl+Enter), aby zobaczyć tu napisy.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>Słucham „{device}”…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>Zatrzymano: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>Zatrzymano. Aby kontynuować, naciśnij Start w Translatorze (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>Pasek napisów</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Napisy</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>Napisy na żywo</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>Co jest mówione</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>Stan paska napisów</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>Przeciągnij, aby zmienić rozmiar</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>Klikanie &amp;przez pasek napisów</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>&amp;Przywróć położenie paska napisów</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>Pokazuj, co jest mówione</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>Ukryj pasek napisów</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>Podgląd paska napisów</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>Styl paska napisów</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>Czcionka napisów</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>Użyj &amp;domyślnej czcionki aplikacji</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>Użyj domyślnej czcionki aplikacji</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Rozmiar tekstu w punktach</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Kolor tekstu</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Kolor tła</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Krycie tła</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>Liczba wierszy napisów</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>Pokazuj &amp;oryginalną wypowiedź pod tłumaczeniem</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>Pokazuj oryginalną wypowiedź pod tłumaczeniem</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>&amp;Wysoki kontrast (żółty na czarnym)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>Wysoki kontrast, żółty na czarnym</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>OK, zachowaj ten styl</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>Anuluj, przywróć pasek napisów</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Czcionka:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>Kolor &amp;tekstu:</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>Kolor t&amp;ła:</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>&amp;Krycie tła:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Wiersze:</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>Zmiany od razu widać na pasku napisów. OK je zachowuje; Anuluj przywraca pasek.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>Ustawione przez wysoki kontrast; wyłącz go, aby wybrać samodzielnie.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>Kontrast {ratio}:1 — spełnia WCAG AA</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>wybierz jaśniejsze tło, większe krycie lub wysoki kontrast</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>wybierz ciemniejsze tło, większe krycie lub wysoki kontrast</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>Kontrast {ratio}:1 — poniżej WCAG AA (4,5:1); {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>stycznia {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>lutego {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>marca {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>kwietnia {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>maja {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>czerwca {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>lipca {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>sierpnia {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>września {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>października {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>listopada {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>grudnia {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>Aplikacja nie wie, ile kosztuje {model}, więc nie może przestrzegać limitu wydatków {cap}; sesja nie została rozpoczęta. Wybierz inny model albo usuń limit w Ustawienia → Limit wydatków.</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>Ta sesja osiągnęła limit wydatków {cap} (około {cost}), więc została zatrzymana. Podnieś limit w Ustawieniach, aby kontynuować.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>Ta sesja wykorzystała około {cost} z limitu wydatków {cap}; zatrzyma się po osiągnięciu limitu.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>Urządzenie wejściowe</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Urządzenie wyjściowe</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Domyślne systemowe</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>Bez mowy — tylko napisy</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (domyślne systemowe)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>Wyszukiwanie urządzeń…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>Wykryj automatycznie</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Oni → ja</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;Oni → ja: spotkanie w moim języku</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Tłumacz na:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>Słuchaj:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>Odtwarzaj tłumaczenie na:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>Wybierz „Dźwięk z: …” dla wyjścia, przez które gra aplikacja do spotkań.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Ja → oni</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>&amp;Ja → oni: mój głos w ich języku</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>Ich język:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>Mój mikrofon:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>Odtwarzaj tłumaczenie do:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>Odtwarzaj do wirtualnego mikrofonu i wybierz go jako mikrofon w aplikacji do spotkań.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: wł. lub wył.</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: poziom wejścia</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: poziom wyjścia</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wył.</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: stan</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: urządzenia</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>Język mówiony:</translation>
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
        <translation>Ustawienia połączenia</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bazowy URL</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (z OPENAI_BASE_URL)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (domyślny)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID organizacji</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>opcjonalnie, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID projektu</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>opcjonalnie, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>Pozostaw bazowy URL pusty, aby użyć OPENAI_BASE_URL ze środowiska.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>Pozostaw bazowy URL pusty, aby użyć OpenAI.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>Inne punkty końcowe muszą używać https:// (zwykłe http:// tylko do serwera na tym komputerze).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>Nie ustawiono klucza API OpenAI. Dodaj go w Ustawienia → Klucz API i sprawdź ponownie.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Sprawdzanie połączenia…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>„{keys}” to nie jedna kombinacja klawiszy; wybierz na przykład Ctrl+Alt+Shift+C albo używaj {shortcut}, gdy Translator jest aktywny.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} odebrałby ten klawisz pisaniu we wszystkich aplikacjach; dodaj do kombinacji Ctrl, Alt lub Meta.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>używaj {shortcut}, gdy Translator jest aktywny</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland nie pozwala aplikacjom przejmować globalnych klawiszy; {fallback} albo skorzystaj z menu w zasobniku.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>Ta wersja Translatora nie ma globalnego skrótu w systemie macOS; użyj ikony na pasku menu albo {shortcut}, gdy Translator jest aktywny.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>Brak ekranu X, z którego można przejąć globalny klawisz (nie ustawiono DISPLAY); {fallback} albo skorzystaj z menu w zasobniku.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Używany system wyświetlania ({system}) nie obsługuje globalnych klawiszy; {fallback} albo skorzystaj z menu w zasobniku.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} jest już używany przez inną aplikację; wybierz inną kombinację albo {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} nie da się wpisać w tym układzie klawiatury; wybierz inną kombinację.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator nie mógł połączyć się z ekranem ({detail}), aby przejąć globalny klawisz; {fallback} albo skorzystaj z menu w zasobniku.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>System odrzucił {keys} jako globalny klawisz ({detail}); wybierz inną kombinację albo {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>Dźwięk spotkania</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>Twój mikrofon</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>Szukaj w napisach</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>Oryginał pod tłumaczeniem</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Przejdź do najnowszych</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>Historia napisów</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Oryginał</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>Kto mówił: Them (dźwięk spotkania) lub Me (twój mikrofon)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>Tłumaczenie i oryginał</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Klucz API OpenAI</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator potrzebuje klucza API OpenAI. Jest przechowywany w systemowym pęku kluczy, nigdy w pliku.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>Utwórz lub skopiuj klucz w witrynie OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Pokaż klucz</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>Tłumacz na</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>Tłumaczenie na żywo ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>Transkrypcja oryginału na żywo ({speaker})</translation>
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
        <translation>Rozpocznij lub zatrzymaj tłumaczenie</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>Rozpocznij lub zatrzymaj tłumaczenie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>Przesłane minuty i szacowany koszt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Rozpocznij tłumaczenie</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>&amp;Poprzednie sesje…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>Pasek &amp;napisów</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>&amp;Stabilne napisy (tylko gotowe wiersze)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>S&amp;tyl paska napisów…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Większy tekst</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Mniejszy tekst</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Domyślny rozmiar tekstu</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;Automatyczny (jak w systemie)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>Klucz &amp;API…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>&amp;Zapomnij klucz API</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Połączenie…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>&amp;Limit wydatków…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>&amp;Odśwież urządzenia</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>&amp;Tryb sesji</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;Automatyczny (według języka)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Tłumaczenie</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>Tłumaczenie &amp;ustne</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>&amp;Napisy w języku mówionym</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>Ścisz spotkanie &amp;podczas tłumaczeń</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Wył.</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>O &amp;10 dB</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>O &amp;20 dB</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Język &amp;systemu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;O programie {app}</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Zatrzymaj teraz</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>Zatrzymaj teraz, nie czekając na resztę tłumaczenia (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Napisy</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Zatrzymaj tłumaczenie</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>Na żywo — napisy: {language}</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>Na żywo — tłumaczenie na: {language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Ponowne łączenie…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Łączenie z {host}…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>model tłumaczenia</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>model konwersacyjny w roli tłumacza ustnego</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>model transkrypcji</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>Tłumaczenie ustne</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Napisy</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Coś poszło nie tak: {error}. Szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>Włącz „{them}” lub „{me}”, a potem naciśnij Start.</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>Kończenie ostatniego zdania…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>Tryb {mode} nie może tworzyć języka {language}; wybierz inny język lub Ustawienia → Tryb sesji → Automatyczny.</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>„{name}” przestało działać (odłączone?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>Urządzenie dźwiękowe „{name}” przestało działać (odłączone?). {direction} zatrzymano, a transkrypcja jest zapisana; wybierz urządzenie i włącz ponownie.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>Nie udało się zapisać transkrypcji w {path}.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>Zatrzymano. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>Zatrzymano. Transkrypcja zapisana w {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>sesja uruchomi się ponownie raz</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>od następnego uruchomienia</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language}: tworzy go {model} (tryb {mode}); {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>Wejście „{device}” wybrane dla {direction} nie jest podłączone; zamiast niego używane jest „{default}” (domyślne systemu).</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>Wejście „{device}” wybrane dla {direction} nie jest podłączone; zamiast niego używane jest domyślne wejście systemu.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>Wyjście „{device}” wybrane dla {direction} nie jest podłączone; zamiast niego dźwięk idzie na „{default}” (domyślne systemu).</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>Wyjście „{device}” wybrane dla {direction} nie jest podłączone; zamiast niego używane jest domyślne wyjście systemu.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} Zatrzymano {direction}; transkrypcja jest zapisana.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>Brak dźwięku z „{device}” od {seconds} s — czy spotkanie gra przez „{output}”? Wybierz wyjście, którego używa aplikacja do spotkań.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>Brak dźwięku z „{device}” od {seconds} s — czy w „{picker}” wybrano właściwe urządzenie?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Oni → ja</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Ja → oni</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>Nie ma jeszcze klucza API OpenAI: dodaj go w Ustawienia → Klucz API, a potem naciśnij Start.</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>Klucz API zapisano w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>Klucz API jest przechowywany tylko do zamknięcia aplikacji.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>Klucz API zapomniany. (OPENAI_API_KEY jest nadal ustawiony w środowisku).</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>Klucz API zapomniany.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>Znajdź sesje zawierające…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>Znajdź sesje według tekstu</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Poprzednie sesje</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Co eksportować</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Oryginał</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Oba języki</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — wiersze: {count}</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(przerwana)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>Usuń transkrypcję</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>Usunąć transkrypcję z {session}? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>Nie można usunąć {path}: {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Eksportuj transkrypcję</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Napisy (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>Napisy internetowe (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Zwykły tekst (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>Nie można wyeksportować do {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>Wyeksportowano {session} do {path}.</translation>
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
        <translation>sesji rozpoczętej {when}</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>sesji zapisanej jako {name}</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator nieoczekiwanie zamknął się podczas {session}, zanim ukończono jakikolwiek wiersz napisów, więc nie ma czego odzyskać.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator nieoczekiwanie zamknął się podczas {count} sesji, za każdym razem przed ukończeniem jakiegokolwiek wiersza napisów, więc nie ma czego odzyskać.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>Translator nieoczekiwanie zamknął się podczas {session}. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>Druga jest na liście w Widok → Poprzednie sesje.</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>Pozostałe ({count}) są na liście w Widok → Poprzednie sesje.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>Translator nieoczekiwanie zamknął się podczas {count} sesji. Najnowsze zapisane napisy pochodzą z {session}. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>Żaden wiersz napisów nie był ukończony, ale to, co jeszcze było mówione, też jest zapisane i oznaczone jako nieukończone.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Jedyny ukończony do tej chwili wiersz napisów jest zapisany; to, co jeszcze było mówione, też jest zapisane i oznaczone jako nieukończone.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>Jedyny ukończony do tej chwili wiersz napisów jest zapisany.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Wszystkie ukończone do tej chwili wiersze napisów ({count}) są zapisane; to, co jeszcze było mówione, też jest zapisane i oznaczone jako nieukończone.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>Wszystkie ukończone do tej chwili wiersze napisów ({count}) są zapisane.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>Ostatnio Translator nieoczekiwanie zamknął się, zanim ukończono jakikolwiek wiersz napisów.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>Ostatnio Translator nieoczekiwanie się zamknął; to, co było mówione, zapisano jako nieukończone.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>Ostatnio Translator nieoczekiwanie się zamknął; zapisano 1 wiersz napisów (i jeden nieukończony).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>Ostatnio Translator nieoczekiwanie się zamknął; zapisano 1 wiersz napisów.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>Ostatnio Translator nieoczekiwanie się zamknął; zapisane wiersze napisów: {count} (i jeden nieukończony).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>Ostatnio Translator nieoczekiwanie się zamknął; zapisane wiersze napisów: {count}.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>Odzyskaj ostatnią sesję</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Zapisano w {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Otwórz transkrypcję</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
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
        <translation>OpenAI odrzuciło klucz API. Sprawdź go w Ustawienia → Klucz API.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>Nie ustawiono klucza API OpenAI. Dodaj go w Ustawienia → Klucz API.</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>Na koncie OpenAI nie ma już środków. Doładuj je w ustawieniach rozliczeń OpenAI, a potem uruchom ponownie.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>W aplikacji wystąpił błąd ({what}). Sesję zatrzymano, a transkrypcja jest zapisana; włącz ją ponownie, aby kontynuować (szczegóły są w dzienniku).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI ogranicza, jak często ten klucz API może się łączyć. Odczekaj minutę, a potem uruchom ponownie.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>Sesja tłumaczenia osiągnęła limit czasu. Uruchom ponownie, aby kontynuować.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>Ten klucz API nie może używać {model}; sprawdź dostęp projektu do modeli na platform.openai.com.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} nie udostępnia {model} temu kluczowi API; sprawdź punkt końcowy i klucz w Ustawieniach.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>Usługa tłumaczenia na {host} ma problemy (HTTP {status}); spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} odrzucił połączenie (HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>brak odpowiedzi w ciągu {seconds} s</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>nie znaleziono nazwy (sprawdź adres i połączenie z internetem)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>połączenie zostało odrzucone</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>nie udało się zweryfikować certyfikatu bezpieczeństwa</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>nie udało się nawiązać bezpiecznego połączenia</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>połączenie zostało przerwane</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>wystąpił błąd sieci</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>Nie można połączyć się z {host}: {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>Adres punktu końcowego dla {host} jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} nie odpowiedział jak punkt końcowy OpenAI Realtime; sprawdź punkt końcowy w Ustawieniach.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>Nie udało się rozpocząć tłumaczenia z {host} ({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} przyjął połączenie, ale nie rozpoczął sesji tłumaczenia w ciągu {seconds} s.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>Usługa tłumaczenia na {host} zakończyła sesję (kod {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>Utracono połączenie z {host}.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>Około {seconds} s dźwięku nie dotarło do usługi tłumaczenia (wolne lub zablokowane połączenie); tego fragmentu brakuje w tłumaczeniu.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>Usługa tłumaczenia nie nadrobiła opóźnienia przed końcem sesji: do {seconds} s ostatniego dźwięku mogło nie zostać przetłumaczone (wolne połączenie).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>Utracono połączenie z {host}, a próby ponownego połączenia ({attempts}) się nie powiodły; sprawdź połączenie z internetem, a potem uruchom ponownie.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>Usługa tłumaczenia na {host} zakończyła sesję.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>Usługa tłumaczenia nie przyjęła ustawień sesji: {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>Usługa tłumaczenia zgłosiła problem: {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>Dźwięk jest opóźniony o {seconds} s: połączenie lub usługa tłumaczenia działa wolniej niż mowa. Nic jeszcze nie przepadło; napisy pojawiają się z opóźnieniem.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>Dźwięk jest opóźniony o {seconds} s: połączenie lub usługa tłumaczenia działa wolniej niż mowa; napisy pojawiają się z opóźnieniem.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>Dźwięk nadrobił opóźnienie; napisy znów są na żywo.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>Kończenie: nadal tłumaczone jest {seconds} s dźwięku… Naciśnij Stop ponownie, aby zakończyć teraz.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>Kończenie: tłumaczone są ostatnie słowa… Naciśnij Stop ponownie, aby zakończyć teraz.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>Tłumaczenie ustne zostało ucięte: osiągnęło najdłuższą odpowiedź, jaką model może dać.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>Tłumaczenie ustne zostało wstrzymane przez filtr treści OpenAI.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>Tłumaczenie ustne zostało przerwane przez nową wypowiedź.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>Tłumaczenie ustne zostało anulowane.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>Tłumaczenie ustne nie zostało ukończone ({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>Tłumaczenie ustne nie powiodło się.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>Nie udało się przetranskrybować fragmentu mowy ({detail}); napisy są wyświetlane dalej.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nie podano przyczyny</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>Usługa tłumaczenia przysłała mowę w formacie, którego aplikacja nie umie odtworzyć ({detail}); ten fragment mowy został pominięty.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>{rate} próbek na sekundę</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>kanały: {channels}</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>Usługa tłumaczenia przysłała zbyt duży napis ({size} znaków); został obcięty do {limit} znaków.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>Usługa tłumaczenia przysłała zbyt dużą wiadomość ({size} bajtów); została pominięta.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>bez szczegółów</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>Znowu online. {seconds} s, gdy połączenie było zerwane, nie zostało przetłumaczone; napisy są od teraz znów na żywo (przerwa jest zaznaczona w transkrypcji).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>koszt nieznany</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>najwyżej {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} min · {dollars} w tej sesji · dziś {today_minutes} min · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>ceny z {date}</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>Ustawiono połączenie z {endpoint}.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>Obowiązuje od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>Brak limitu wydatków.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>Od następnego uruchomienia sesje zatrzymują się przy {amount}.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>Sesje zatrzymują się przy {amount}.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>Limit wydatków</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>Zatrzymaj sesję, gdy jej szacowany koszt osiągnie (dolary amerykańskie; 0 = bez limitu).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>Ostrzeżenie pojawi się przy 80 %.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} s bez tłumaczenia: połączenie było zerwane]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>limit miejsca na dysku został wyczerpany</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>odmowa dostępu</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>w miejscu folderu jest plik</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>folder jest niedostępny</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>dysk zgłosił błąd</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>nieznany błąd</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>Nie można zapisać transkrypcji w {directory}: {reason}. Napisy są dalej wyświetlane; zwolnij trochę miejsca, a brakujące wiersze zostaną wtedy zapisane.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>Nie można zapisać transkrypcji w {directory}: {reason}. Napisy są dalej wyświetlane; brakujące wiersze zostaną zapisane, gdy tylko do folderu znów będzie można pisać.</translation>
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
