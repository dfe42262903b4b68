<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>Subtítulos y voz traducidos en directo para reuniones.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Copyright © 2026 los colaboradores de Translator. Publicado con la licencia MIT.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Avisos de código abierto de los componentes con los que está hecho Translator:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Translator.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>Mostrar la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>&amp;Atajo global para la barra de subtítulos ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>Atajo global desactivado; Ctrl+Mayús+B funciona mientras Translator tiene el foco.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>No se pudo usar {keys}.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app} se cerró inesperadamente la última vez; se guardó un informe en {path}.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>Para bajar la reunión falta la biblioteca pycaw; vuelva a instalar Translator.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>Bajar la reunión durante las traducciones no está disponible en macOS, que no permite a ninguna aplicación cambiar el volumen de otra; baje en su lugar el volumen de la propia aplicación de reuniones.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>Bajar la reunión durante las traducciones no está disponible en este sistema.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS no ha permitido a Translator oír el sonido del sistema: permita Translator en Ajustes del Sistema → Privacidad y seguridad → Grabación de pantalla y audio del sistema y pulse Iniciar de nuevo.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS no ha permitido a Translator oír «{app}»: permita Translator en Ajustes del Sistema → Privacidad y seguridad → Grabación de pantalla y audio del sistema y pulse Iniciar de nuevo.</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator todavía no puede mostrar las aplicaciones de este Mac: permítalo en Ajustes del Sistema → Privacidad y seguridad → Grabación de pantalla y audio del sistema (escuchar una vez todo el sistema lo pide) y elija Actualizar dispositivos.</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>«{app}» no se está ejecutando o no tiene ninguna ventana abierta; iníciela y elija Actualizar dispositivos, o escuche todo el sistema en su lugar.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS no respondió a tiempo; pulse Iniciar de nuevo.</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS no permitió que Translator escuchara ({error}); {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS se negó a entregar el sonido del sistema; reinicie Translator e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>«{device}» necesita macOS 13 o posterior; instale BlackHole y elija «Sound from: BlackHole» en su lugar.</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Pulse Iniciar en Translator (Ctrl+Intro) para ver aquí los subtítulos.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>Escuchando «{device}»…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>Detenido: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>Detenido. Pulse Iniciar en Translator (Ctrl+Intro) para continuar.</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>Barra de subtítulos</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>Subtítulos en directo</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>Lo que se está diciendo</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>Estado de la barra de subtítulos</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>Arrastre para cambiar el tamaño</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>Hacer clic &amp;a través de la barra de subtítulos</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>&amp;Restablecer la posición de la barra de subtítulos</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>Mostrar lo que se está diciendo</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>Ocultar la barra de subtítulos</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>Vista previa de la barra de subtítulos</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>Estilo de la barra de subtítulos</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>Fuente de los subtítulos</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>Usar la fuente pre&amp;determinada de la aplicación</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>Usar la fuente predeterminada de la aplicación</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Tamaño del texto en puntos</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Color del texto</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Color del fondo</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Opacidad del fondo</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>Número de líneas de subtítulos</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>Mostrar lo &amp;dicho bajo la traducción</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>Mostrar lo dicho bajo la traducción</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>Alto &amp;contraste (amarillo sobre negro)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>Alto contraste, amarillo sobre negro</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>Aceptar, conservar este estilo</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>Cancelar, dejar la barra de subtítulos como estaba</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>Color del te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>Color del &amp;fondo:</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>O&amp;pacidad del fondo:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Líneas:</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>Los cambios se ven en la barra de subtítulos al hacerlos. Aceptar los conserva; Cancelar deja la barra como estaba.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>Fijado por Alto contraste; desactívelo para elegir el suyo.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>Contraste {ratio}:1 — cumple WCAG AA</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>elija un fondo más claro, más opacidad o Alto contraste</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>elija un fondo más oscuro, más opacidad o Alto contraste</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>Contraste {ratio}:1 — por debajo de WCAG AA (4,5:1); {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>enero de {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>febrero de {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>marzo de {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>abril de {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>mayo de {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>junio de {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>julio de {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>agosto de {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>septiembre de {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>octubre de {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>noviembre de {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>diciembre de {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>La aplicación no sabe cuánto cuesta {model}, así que no puede respetar el límite de gasto de {cap}; la sesión no se inició. Elija otro modelo o quite el límite en Configuración → Límite de gasto.</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>Esta sesión alcanzó su límite de gasto de {cap} (unos {cost}), así que se detuvo. Aumente el límite en Configuración para continuar.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>Esta sesión ha usado unos {cost} de su límite de gasto de {cap}; se detiene al llegar al límite.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>Dispositivo de entrada</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Dispositivo de salida</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>Sin voz — solo subtítulos</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (predeterminado del sistema)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>Buscando dispositivos…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>Detección automática</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Ellos → yo</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;Ellos → yo: la reunión en mi idioma</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traducir a:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>Escuchar:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>Reproducir la traducción en:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>Elija «Sonido de: …» la salida por la que suena su aplicación de reuniones.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Yo → ellos</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>&amp;Yo → ellos: mi voz en su idioma</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>Su idioma:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>Mi micrófono:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>Reproducir la traducción en:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>Reproduzca en un micrófono virtual y elíjalo como micrófono en su aplicación de reuniones.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: activado o desactivado</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: nivel de entrada</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: nivel de salida</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: estado</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: dispositivos</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>Idioma hablado:</translation>
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
        <translation>Configuración de la conexión</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (de OPENAI_BASE_URL)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (predeterminada)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID de organización</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>opcional, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID de proyecto</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>opcional, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>Deje la URL base vacía para usar la OPENAI_BASE_URL del entorno.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>Deje la URL base vacía para usar OpenAI.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>Otros servicios deben usar https:// (http:// simple solo hacia un servidor en este equipo).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>No hay ninguna clave de API de OpenAI. Añada una en Configuración → Clave de API y vuelva a probar.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>«{keys}» no es una sola combinación de teclas; elija una como Ctrl+Alt+Mayús+C o use {shortcut} mientras Translator tiene el foco.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} quitaría esa tecla al escribir en todas las aplicaciones; añada Ctrl, Alt o Meta a la combinación.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>use {shortcut} mientras Translator tiene el foco</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland no permite a las aplicaciones usar teclas globales; {fallback}, o el menú de la bandeja.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>Esta versión de Translator no tiene atajo global en macOS; use el icono de la barra de menús o {shortcut} mientras Translator tiene el foco.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>No hay pantalla X de la que tomar una tecla global (DISPLAY no está definida); {fallback}, o el menú de la bandeja.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>El sistema gráfico en uso ({system}) no ofrece teclas globales; {fallback}, o el menú de la bandeja.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>Otra aplicación ya usa {keys}; elija otra combinación, o {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} no se puede escribir con esta distribución de teclado; elija otra combinación.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator no pudo acceder a la pantalla ({detail}) para usar una tecla global; {fallback}, o el menú de la bandeja.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>El sistema rechazó {keys} como tecla global ({detail}); elija otra combinación, o {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>El sonido de la reunión</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>Su micrófono</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>Buscar en los subtítulos</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>Original bajo la traducción</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Ir a lo último</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>Historial de subtítulos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>Quién habló: Them (el sonido de la reunión) o Me (su micrófono)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>Traducción y original</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Clave de API de OpenAI</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator necesita una clave de API de OpenAI. Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>Cree o copie una clave en el sitio web de OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar la clave</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>Traducir a</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>Traducción en directo ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>Transcripción original en directo ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>Iniciar o detener la traducción</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>Iniciar o detener la traducción (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>Minutos transmitidos y coste estimado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Iniciar la traducción</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>Sesiones &amp;anteriores…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>&amp;Barra de subtítulos</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>Subtítulos &amp;estables (solo líneas completas)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>Es&amp;tilo de la barra de subtítulos…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Tamaño de texto pre&amp;determinado</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;Automático (como el sistema)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>Clave de &amp;API…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>&amp;Olvidar la clave de API</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexión…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>&amp;Límite de gasto…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>Ac&amp;tualizar dispositivos</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>&amp;Modo de sesión</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;Automático (según el idioma)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traducir</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>&amp;Interpretar</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>&amp;Subtítulos en el idioma hablado</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>Bajar la reunión &amp;durante las traducciones</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desactivado</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>&amp;10 dB menos</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>&amp;20 dB menos</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Detener ya</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>Detener ya, sin esperar al resto de la traducción (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Detener la traducción</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>En directo — subtítulos en {language}</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>En directo — traduciendo a {language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Conectando con {host}…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>el modelo de traducción</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>un modelo conversacional que actúa como intérprete</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>un modelo de transcripción</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>Interpretar</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Algo salió mal: {error}. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>Active «{them}» o «{me}» y pulse Iniciar.</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>Terminando la última frase…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>El modo {mode} no puede producir {language}; elija otro idioma o Configuración → Modo de sesión → Automático.</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>«{name}» dejó de funcionar (¿desconectado?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>El dispositivo de sonido «{name}» dejó de funcionar (¿desconectado?). {direction} se detuvo y la transcripción está guardada; elija un dispositivo y vuelva a activarlo.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>No se pudo guardar la transcripción en {path}.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>Detenido. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>Detenido. Transcripción guardada en {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>la sesión se reinicia una vez</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>a partir del próximo inicio</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language} lo produce {model} (modo {mode}); {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>La entrada «{device}» elegida para {direction} no está conectada; se escucha «{default}» (la predeterminada del sistema) en su lugar.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>La entrada «{device}» elegida para {direction} no está conectada; se usa la entrada predeterminada del sistema en su lugar.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>La salida «{device}» elegida para {direction} no está conectada; se reproduce en «{default}» (la predeterminada del sistema) en su lugar.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>La salida «{device}» elegida para {direction} no está conectada; se usa la salida predeterminada del sistema en su lugar.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction} se detuvo; la transcripción está guardada.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>Sin sonido de «{device}» durante {seconds} segundos: ¿se oye la reunión por «{output}»? Elija la salida que usa la aplicación de reuniones.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>Sin sonido de «{device}» durante {seconds} segundos: ¿está elegido el dispositivo correcto en «{picker}»?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Ellos → yo</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Yo → ellos</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>Aún no hay clave de API de OpenAI: añada una en Configuración → Clave de API y pulse Iniciar.</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>Clave de API guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>La clave de API se conserva solo durante esta ejecución.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>Clave de API olvidada. (OPENAI_API_KEY sigue definida en el entorno).</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>Clave de API olvidada.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>Buscar sesiones que contengan…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>Buscar sesiones por texto</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Ambos idiomas</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count} líneas</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrumpida)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>Eliminar la transcripción</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>¿Eliminar la transcripción de {session}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>No se puede eliminar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exportar la transcripción</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Subtítulos (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>Subtítulos web (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>No se puede exportar a {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>{session} exportada a {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d &apos;de&apos; MMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd d &apos;de&apos; MMM, HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>la sesión que empezó el {when}</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>la sesión guardada como {name}</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator se cerró inesperadamente durante {session}, antes de completar ninguna línea de subtítulos, así que no hay nada que recuperar.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator se cerró inesperadamente durante {count} sesiones, siempre antes de completar ninguna línea de subtítulos, así que no hay nada que recuperar.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>Translator se cerró inesperadamente durante {session}. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>La otra aparece en Ver → Sesiones anteriores.</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>Las otras {count} aparecen en Ver → Sesiones anteriores.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>Translator se cerró inesperadamente durante {count} sesiones. La más reciente con subtítulos guardados es {session}. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>No se había terminado ninguna línea de subtítulos, pero lo que aún se estaba diciendo también está guardado, marcado como inacabado.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>La única línea de subtítulos terminada hasta entonces está guardada; lo que aún se estaba diciendo también está guardado, marcado como inacabado.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>La única línea de subtítulos terminada hasta entonces está guardada.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Las {count} líneas de subtítulos terminadas hasta entonces están guardadas; lo que aún se estaba diciendo también está guardado, marcado como inacabado.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>Las {count} líneas de subtítulos terminadas hasta entonces están guardadas.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>Translator se cerró inesperadamente la última vez, antes de completar ninguna línea de subtítulos.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>Translator se cerró inesperadamente la última vez; lo que se estaba diciendo se guardó, inacabado.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>Translator se cerró inesperadamente la última vez; se guardó 1 línea de subtítulos (y una inacabada).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>Translator se cerró inesperadamente la última vez; se guardó 1 línea de subtítulos.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>Translator se cerró inesperadamente la última vez; se guardaron {count} líneas de subtítulos (y una inacabada).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>Translator se cerró inesperadamente la última vez; se guardaron {count} líneas de subtítulos.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>Recuperar la última sesión</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Guardado en {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Abrir transcripción</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>OpenAI rejected the API key. Check it under Settings → API key.</source>
        <translation>OpenAI rechazó la clave de API. Revísela en Configuración → Clave de API.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>No hay ninguna clave de API de OpenAI. Añada una en Configuración → Clave de API.</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>Su cuenta de OpenAI no tiene saldo. Añada saldo en la configuración de facturación de OpenAI y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>Algo falló dentro de la aplicación ({what}). La sesión se detuvo y la transcripción está guardada; vuelva a activarla para continuar (los detalles están en el registro).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI está limitando la frecuencia con que esta clave de API puede conectarse. Espere un minuto y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>La sesión de traducción alcanzó su límite de tiempo. Vuelva a iniciar para continuar.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>Esta clave de API no puede usar {model}; revise el acceso a modelos del proyecto en platform.openai.com.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} no ofrece {model} a esta clave de API; revise el punto de conexión y la clave en Configuración.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>El servicio de traducción de {host} tiene problemas (HTTP {status}); vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} rechazó la conexión (HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>sin respuesta en {seconds} segundos</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>no se encontró su nombre (revise la dirección y su conexión a internet)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>no se pudo verificar su certificado de seguridad</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>no se pudo establecer una conexión segura</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>se interrumpió la conexión</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>se produjo un error de red</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>No se puede acceder a {host}: {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>La dirección del punto de conexión de {host} no es válida.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} no respondió como un punto de conexión en tiempo real de OpenAI; revise el punto de conexión en Configuración.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>No se pudo iniciar la traducción con {host} ({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} aceptó la conexión, pero no inició una sesión de traducción en {seconds} segundos.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>El servicio de traducción de {host} terminó la sesión (código {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>Se perdió la conexión con {host}.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>Unos {seconds} s de audio no llegaron al servicio de traducción (una conexión lenta o detenida); ese tramo falta en la traducción.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>El servicio de traducción no se había puesto al día al terminar la sesión: puede que hasta {seconds} s del último audio no se hayan traducido (una conexión lenta).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>Se perdió la conexión con {host} y fallaron {attempts} intentos de reconectar; revise su conexión a internet y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>El servicio de traducción de {host} terminó la sesión.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>El servicio de traducción no aceptó la configuración de la sesión: {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>El servicio de traducción informó de un problema: {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>El audio va {seconds} s por detrás: la conexión o el servicio de traducción es más lento que el habla. Aún no se ha perdido nada; los subtítulos llegan con retraso.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>El audio va {seconds} s por detrás: la conexión o el servicio de traducción es más lento que el habla; los subtítulos llegan con retraso.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>El audio se ha puesto al día; los subtítulos vuelven a estar en directo.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>Terminando: aún se están traduciendo {seconds} s de audio… Pulse Detener otra vez para terminar ya.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>Terminando: se están traduciendo las últimas palabras… Pulse Detener otra vez para terminar ya.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>Una interpretación se cortó: alcanzó la respuesta más larga que puede dar el modelo.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>El filtro de contenido de OpenAI retuvo una interpretación.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>Una interpretación se interrumpió porque alguien volvió a hablar.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>Se canceló una interpretación.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>Una interpretación no se completó ({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>Falló una interpretación.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>No se pudo transcribir un fragmento de voz ({detail}); los subtítulos continúan.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>El servicio de traducción envió voz en un formato que la aplicación no puede reproducir ({detail}); esa parte de la voz se omite.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>{rate} muestras por segundo</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} canales</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>El servicio de traducción envió un subtítulo demasiado grande ({size} caracteres); se recortó a {limit} caracteres.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>El servicio de traducción envió un mensaje demasiado grande ({size} bytes); se omitió.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>De nuevo en línea. Los {seconds} s en que la conexión estuvo caída no se tradujeron; los subtítulos siguen en directo desde ahora (el hueco queda anotado en la transcripción).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>como máximo {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} min · {dollars} esta sesión · hoy {today_minutes} min · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>precios de {date}</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>Conexión configurada con {endpoint}.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>Se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>Sin límite de gasto.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>Las sesiones se detendrán en {amount} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>Las sesiones se detienen en {amount}.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>Límite de gasto</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>Detener una sesión cuando su coste estimado alcance (dólares estadounidenses; 0 = sin límite).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>Recibirá un aviso al 80 %.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} s sin traducir: la conexión estaba caída]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>se agotó la cuota de disco</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>se denegó el permiso</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>un archivo impide crear la carpeta</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>la carpeta no está disponible</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>un error desconocido</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>No se puede guardar la transcripción en {directory}: {reason}. Los subtítulos continúan; libere espacio y las líneas que faltan se guardarán entonces.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>No se puede guardar la transcripción en {directory}: {reason}. Los subtítulos continúan; las líneas que faltan se guardarán en cuanto se pueda volver a escribir en la carpeta.</translation>
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
