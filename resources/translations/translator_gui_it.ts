<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>Sottotitoli e voce tradotti in diretta per le riunioni.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Copyright © 2026 i collaboratori di Translator. Distribuito con licenza MIT.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Note open source dei componenti di cui è fatto Translator:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>La nuova lingua si applica al prossimo avvio di Translator.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>Mostra la &amp;finestra</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>&amp;Scorciatoia globale per la barra dei sottotitoli ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>Scorciatoia globale disattivata; Ctrl+Maiusc+B funziona quando Translator è attivo.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>Impossibile usare {keys}.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessioni passate</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app} si è chiuso in modo anomalo l’ultima volta; un rapporto è stato salvato in {path}.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>Per abbassare la riunione manca la libreria pycaw; reinstalla Translator.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>Abbassare la riunione durante le traduzioni non è disponibile su macOS, che non permette a nessuna app di regolare il volume di un’altra; abbassa invece il volume dell’app della riunione stessa.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>Abbassare la riunione durante le traduzioni non è disponibile su questo sistema.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS non ha permesso a Translator di sentire l’audio del sistema: consenti Translator in Impostazioni di Sistema → Privacy e sicurezza → Registrazione schermo e audio di sistema, poi premi di nuovo Avvia.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS non ha permesso a Translator di sentire «{app}»: consenti Translator in Impostazioni di Sistema → Privacy e sicurezza → Registrazione schermo e audio di sistema, poi premi di nuovo Avvia.</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator non può ancora elencare le app di questo Mac: consentilo in Impostazioni di Sistema → Privacy e sicurezza → Registrazione schermo e audio di sistema (ascoltare una volta tutto il sistema lo chiede), poi scegli Aggiorna dispositivi.</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>«{app}» non è in esecuzione o non ha finestre aperte; avviala e scegli Aggiorna dispositivi, oppure ascolta tutto il sistema.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS non ha risposto in tempo; premi di nuovo Avvia.</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS ha impedito a Translator di ascoltare ({error}); {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS si è rifiutato di fornire l’audio del sistema; riavvia Translator e riprova.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>«{device}» richiede macOS 13 o successivo; installa BlackHole e scegli invece «Sound from: BlackHole».</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Premi Avvia in Translator (Ctrl+Invio) per vedere qui i sottotitoli.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>In ascolto di «{device}»…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>Interrotto: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>Fermato. Premi Avvia in Translator (Ctrl+Invio) per continuare.</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>Barra dei sottotitoli</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sottotitoli</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>Sottotitoli in diretta</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>Ciò che viene detto</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>Stato della barra dei sottotitoli</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>Trascina per ridimensionare</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>Clic &amp;attraverso la barra dei sottotitoli</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>&amp;Ripristina la posizione della barra dei sottotitoli</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>Mostra ciò che viene detto</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>Nascondi la barra dei sottotitoli</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>Anteprima della barra dei sottotitoli</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>Stile della barra dei sottotitoli</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>Carattere dei sottotitoli</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>Usa il carattere pre&amp;definito dell’app</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>Usa il carattere predefinito dell’app</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Dimensione del testo in punti</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Colore del testo</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Colore dello sfondo</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Opacità dello sfondo</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>Numero di righe dei sottotitoli</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>Mostra ciò che è stato &amp;detto sotto la traduzione</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>Mostra ciò che è stato detto sotto la traduzione</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>Contrasto &amp;elevato (giallo su nero)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>Contrasto elevato, giallo su nero</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>OK, mantieni questo stile</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>Annulla, riporta la barra dei sottotitoli com’era</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Carattere:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Dimensione:</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>Colore del te&amp;sto:</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>Colore dello s&amp;fondo:</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>O&amp;pacità dello sfondo:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Righe:</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>Le modifiche appaiono subito sulla barra dei sottotitoli. OK le mantiene; Annulla riporta la barra com’era.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>Impostato da Contrasto elevato; disattivalo per scegliere tu.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>Contrasto {ratio}:1 — conforme a WCAG AA</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>scegli uno sfondo più chiaro, più opacità o Contrasto elevato</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>scegli uno sfondo più scuro, più opacità o Contrasto elevato</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>Contrasto {ratio}:1 — inferiore a WCAG AA (4,5:1); {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>gennaio {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>febbraio {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>marzo {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>aprile {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>maggio {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>giugno {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>luglio {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>agosto {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>settembre {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>ottobre {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>novembre {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>dicembre {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>L’app non sa quanto costa {model}, quindi non può rispettare il limite di spesa di {cap}; la sessione non è stata avviata. Scegli un altro modello o rimuovi il limite in Impostazioni → Limite di spesa.</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>Questa sessione ha raggiunto il limite di spesa di {cap} (circa {cost}), quindi è stata interrotta. Alza il limite nelle Impostazioni per continuare.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>Questa sessione ha usato circa {cost} del suo limite di spesa di {cap}; si ferma al limite.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>Dispositivo di ingresso</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Dispositivo di uscita</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>Nessuna voce — solo sottotitoli</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (predefinito di sistema)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>Ricerca dei dispositivi…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>Rilevamento automatico</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Loro → io</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;Loro → io: la riunione nella mia lingua</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traduci in:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>Ascolta:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>Riproduci la traduzione su:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>Scegli «Audio da: …» l’uscita da cui suona la tua app per riunioni.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Io → loro</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>&amp;Io → loro: la mia voce nella loro lingua</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>La loro lingua:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>Il mio microfono:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>Riproduci la traduzione in:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>Riproduci in un microfono virtuale e sceglilo come microfono nella tua app per riunioni.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: attivo o disattivo</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: livello di ingresso</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: livello di uscita</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivo</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: stato</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: dispositivi</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>Lingua parlata:</translation>
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
        <translation>Impostazioni di connessione</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL di base</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (da OPENAI_BASE_URL)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (predefinito)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID organizzazione</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>facoltativo, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID progetto</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>facoltativo, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova la connessione</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>Lascia vuoto l’URL di base per usare l’OPENAI_BASE_URL dell’ambiente.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>Lascia vuoto l’URL di base per usare OpenAI.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>Gli altri endpoint devono usare https:// (http:// semplice solo verso un server su questo computer).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>Nessuna chiave API OpenAI impostata. Aggiungine una in Impostazioni → Chiave API, poi riprova.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>«{keys}» non è una singola combinazione di tasti; scegline una come Ctrl+Alt+Maiusc+C, oppure usa {shortcut} quando Translator è attivo.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} toglierebbe quel tasto alla scrittura in tutte le applicazioni; aggiungi Ctrl, Alt o Meta alla combinazione.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>usa {shortcut} quando Translator è attivo</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland non consente alle applicazioni di usare tasti globali; {fallback}, oppure il menu dell’area di notifica.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>Questa versione di Translator non ha scorciatoie globali su macOS; usa l’icona nella barra dei menu, oppure {shortcut} quando Translator è attivo.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>Non c’è un display X da cui prendere un tasto globale (DISPLAY non è impostato); {fallback}, oppure il menu dell’area di notifica.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Il sistema grafico in uso ({system}) non offre tasti globali; {fallback}, oppure il menu dell’area di notifica.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} è già usato da un’altra applicazione; scegli un’altra combinazione, oppure {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} non si può digitare con questa disposizione della tastiera; scegli un’altra combinazione.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator non ha raggiunto il display ({detail}) per usare un tasto globale; {fallback}, oppure il menu dell’area di notifica.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>Il sistema ha rifiutato {keys} come tasto globale ({detail}); scegli un’altra combinazione, oppure {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>L’audio della riunione</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>Il tuo microfono</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>Cerca nei sottotitoli</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>Originale sotto la traduzione</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Vai al più recente</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>Cronologia dei sottotitoli</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduzione</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>Chi ha parlato: Them (l’audio della riunione) o Me (il tuo microfono)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>Traduzione e originale</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Chiave API OpenAI</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator ha bisogno di una chiave API OpenAI. Viene conservata nel portachiavi di sistema, mai in un file.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>Crea o copia una chiave sul sito di OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostra la chiave</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>Traduci in</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>Traduzione in diretta ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>Trascrizione originale in diretta ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>Avvia o interrompi la traduzione</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>Avvia o interrompi la traduzione (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>Minuti trasmessi e costo stimato</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Avvia la traduzione</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>Sessioni &amp;passate…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>&amp;Barra dei sottotitoli</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>Sottotitoli &amp;stabili (solo righe complete)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>S&amp;tile della barra dei sottotitoli…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Dimensione del testo pre&amp;definita</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;Automatico (come il sistema)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Scuro</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>Chiave &amp;API…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>&amp;Dimentica la chiave API</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connessione…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>&amp;Limite di spesa…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>A&amp;ggiorna dispositivi</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>&amp;Modalità della sessione</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;Automatica (in base alla lingua)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traduzione</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>&amp;Interpretariato</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>&amp;Sottotitoli nella lingua parlata</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>Abbassa la riunione &amp;durante le traduzioni</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Disattivato</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>Di &amp;10 dB</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>Di &amp;20 dB</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Lingua di &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Informazioni su {app}</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Ferma ora</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>Ferma ora, senza attendere il resto della traduzione (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sottotitoli</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Interrompi la traduzione</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>In diretta — sottotitoli in {language}</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>In diretta — traduzione in {language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Riconnessione…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connessione a {host}…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>il modello di traduzione</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>un modello conversazionale che fa da interprete</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>un modello di trascrizione</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduzione</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>Interpretariato</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sottotitoli</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Si è verificato un problema: {error}. I dettagli sono nel registro.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>Attiva «{them}» o «{me}», poi premi Avvia.</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>Completamento dell’ultima frase…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>La modalità {mode} non può produrre {language}; scegli un’altra lingua oppure Impostazioni → Modalità della sessione → Automatica.</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>«{name}» ha smesso di funzionare (scollegato?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>Il dispositivo audio «{name}» ha smesso di funzionare (scollegato?). {direction} si è fermato e la trascrizione è salvata; scegli un dispositivo e riattivalo.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>Non è stato possibile salvare la trascrizione in {path}.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>Fermato. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>Fermato. Trascrizione salvata in {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>la sessione si riavvia una volta</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>dal prossimo avvio</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language}: prodotto da {model} (modalità {mode}); {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>L’ingresso «{device}» scelto per {direction} non è collegato; al suo posto si ascolta «{default}» (quello predefinito del sistema).</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>L’ingresso «{device}» scelto per {direction} non è collegato; al suo posto si usa l’ingresso predefinito del sistema.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>L’uscita «{device}» scelta per {direction} non è collegata; la riproduzione avviene su «{default}» (quella predefinita del sistema).</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>L’uscita «{device}» scelta per {direction} non è collegata; al suo posto si usa l’uscita predefinita del sistema.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction} è stato fermato; la trascrizione è salvata.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>Nessun suono da «{device}» da {seconds} secondi: la riunione passa da «{output}»? Scegli l’uscita usata dall’app della riunione.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>Nessun suono da «{device}» da {seconds} secondi: è scelto il dispositivo giusto in «{picker}»?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Loro → io</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Io → loro</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>Nessuna chiave API OpenAI ancora: aggiungine una in Impostazioni → Chiave API, poi premi Avvia.</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>Chiave API salvata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>La chiave API è conservata solo fino alla chiusura dell’app.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>Chiave API dimenticata. (OPENAI_API_KEY è ancora impostata nell’ambiente.)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>Chiave API dimenticata.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>Trova sessioni che contengono…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>Trova sessioni per testo</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessioni passate</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Cosa esportare</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduzione</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Entrambe le lingue</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count} righe</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrotta)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>Elimina la trascrizione</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>Eliminare la trascrizione del {session}? L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>Impossibile eliminare {path}: {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Esporta la trascrizione</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Sottotitoli (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>Sottotitoli web (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Testo semplice (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>Impossibile esportare in {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>{session} esportata in {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>la sessione iniziata il {when}</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>la sessione salvata come {name}</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator si è chiuso inaspettatamente durante {session}, prima che una riga di sottotitoli fosse completata, quindi non c’è nulla da recuperare.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator si è chiuso inaspettatamente durante {count} sessioni, ogni volta prima che una riga di sottotitoli fosse completata, quindi non c’è nulla da recuperare.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>Translator si è chiuso inaspettatamente durante {session}. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>L’altra è elencata in Visualizza → Sessioni passate.</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>Le altre {count} sono elencate in Visualizza → Sessioni passate.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>Translator si è chiuso inaspettatamente durante {count} sessioni. La più recente con sottotitoli salvati è {session}. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>Nessuna riga di sottotitoli era stata completata, ma anche ciò che si stava ancora dicendo è salvato, segnato come incompleto.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>L’unica riga di sottotitoli completata prima di allora è salvata; anche ciò che si stava ancora dicendo è salvato, segnato come incompleto.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>L’unica riga di sottotitoli completata prima di allora è salvata.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Tutte le {count} righe di sottotitoli completate prima di allora sono salvate; anche ciò che si stava ancora dicendo è salvato, segnato come incompleto.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>Tutte le {count} righe di sottotitoli completate prima di allora sono salvate.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>L’ultima volta Translator si è chiuso inaspettatamente, prima che una riga di sottotitoli fosse completata.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>L’ultima volta Translator si è chiuso inaspettatamente; ciò che si stava dicendo è stato salvato, incompleto.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>L’ultima volta Translator si è chiuso inaspettatamente; è stata salvata 1 riga di sottotitoli (e una incompleta).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>L’ultima volta Translator si è chiuso inaspettatamente; è stata salvata 1 riga di sottotitoli.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>L’ultima volta Translator si è chiuso inaspettatamente; sono state salvate {count} righe di sottotitoli (e una incompleta).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>L’ultima volta Translator si è chiuso inaspettatamente; sono state salvate {count} righe di sottotitoli.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>Recupera l’ultima sessione</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Salvato in {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Apri trascrizione</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
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
        <translation>OpenAI ha rifiutato la chiave API. Controllala in Impostazioni → Chiave API.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>Nessuna chiave API OpenAI impostata. Aggiungine una in Impostazioni → Chiave API.</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>Il tuo account OpenAI non ha più credito. Aggiungi credito nelle impostazioni di fatturazione di OpenAI, poi avvia di nuovo.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>Si è verificato un problema nell’app ({what}). La sessione è stata fermata e la trascrizione è salvata; riattivala per continuare (i dettagli sono nel registro).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI sta limitando la frequenza con cui questa chiave API può connettersi. Attendi un minuto, poi avvia di nuovo.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>La sessione di traduzione ha raggiunto il limite di tempo. Avvia di nuovo per continuare.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>Questa chiave API non può usare {model}; controlla l’accesso ai modelli del progetto su platform.openai.com.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} non offre {model} a questa chiave API; controlla l’endpoint e la chiave nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>Il servizio di traduzione su {host} ha dei problemi (HTTP {status}); riprova tra un momento.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} ha rifiutato la connessione (HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>nessuna risposta entro {seconds} secondi</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>il nome non è stato trovato (controlla l’indirizzo e la connessione a internet)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connessione è stata rifiutata</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>non è stato possibile verificare il certificato di sicurezza</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>non è stato possibile stabilire una connessione sicura</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>la connessione è stata interrotta</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>si è verificato un errore di rete</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>Impossibile raggiungere {host}: {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>L’indirizzo dell’endpoint per {host} non è valido.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} non ha risposto come un endpoint realtime di OpenAI; controlla l’endpoint nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>Impossibile avviare la traduzione con {host} ({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} ha accettato la connessione ma non ha avviato una sessione di traduzione entro {seconds} secondi.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>Il servizio di traduzione su {host} ha terminato la sessione (codice {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>La connessione a {host} si è interrotta.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>Circa {seconds} s di audio non hanno raggiunto il servizio di traduzione (una connessione lenta o bloccata); quel tratto manca nella traduzione.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>Il servizio di traduzione non era in pari alla fine della sessione: fino a {seconds} s dell’ultimo audio potrebbero non essere stati tradotti (una connessione lenta).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>La connessione a {host} si è interrotta e {attempts} tentativi di riconnessione sono falliti; controlla la connessione a internet, poi avvia di nuovo.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>Il servizio di traduzione su {host} ha terminato la sessione.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>Il servizio di traduzione non ha accettato le impostazioni della sessione: {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>Il servizio di traduzione ha segnalato un problema: {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>L’audio è indietro di {seconds} s: la connessione o il servizio di traduzione è più lento del parlato. Non è ancora andato perso nulla; i sottotitoli arrivano in ritardo.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>L’audio è indietro di {seconds} s: la connessione o il servizio di traduzione è più lento del parlato; i sottotitoli arrivano in ritardo.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>L’audio ha recuperato; i sottotitoli sono di nuovo in diretta.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>Conclusione: {seconds} s di audio ancora in traduzione… Premi di nuovo Ferma per terminare subito.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>Conclusione: le ultime parole sono in traduzione… Premi di nuovo Ferma per terminare subito.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>Un’interpretazione è stata troncata: ha raggiunto la risposta più lunga che il modello può dare.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>Un’interpretazione è stata bloccata dal filtro dei contenuti di OpenAI.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>Un’interpretazione è stata interrotta da un nuovo intervento.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>Un’interpretazione è stata annullata.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>Un’interpretazione non è stata completata ({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>Un’interpretazione non è riuscita.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>Non è stato possibile trascrivere un tratto del parlato ({detail}); i sottotitoli continuano.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>Il servizio di traduzione ha inviato parlato in un formato che l’app non può riprodurre ({detail}); quella parte del parlato viene saltata.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>{rate} campioni al secondo</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} canali</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>Il servizio di traduzione ha inviato un sottotitolo troppo grande ({size} caratteri); è stato tagliato a {limit} caratteri.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>Il servizio di traduzione ha inviato un messaggio troppo grande ({size} byte); è stato saltato.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>nessun dettaglio</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>Di nuovo online. I {seconds} s in cui la connessione era interrotta non sono stati tradotti; i sottotitoli proseguono in diretta da ora (il vuoto è annotato nella trascrizione).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>costo sconosciuto</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>al massimo {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} min · {dollars} questa sessione · oggi {today_minutes} min · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>prezzi di {date}</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>Connessione impostata su {endpoint}.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>Si applica dal prossimo avvio.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>Nessun limite di spesa.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>Dal prossimo avvio le sessioni si fermano a {amount}.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>Le sessioni si fermano a {amount}.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>Limite di spesa</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>Ferma una sessione quando il suo costo stimato raggiunge (dollari USA; 0 = nessun limite).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>Ricevi un avviso all’80 %.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} s non tradotti: la connessione era interrotta]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>la quota del disco è esaurita</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>l’autorizzazione è stata negata</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>il disco è di sola lettura</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>un file impedisce di creare la cartella</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>la cartella non è disponibile</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>il disco ha segnalato un errore</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>un errore sconosciuto</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>Impossibile salvare la trascrizione in {directory}: {reason}. I sottotitoli continuano; libera spazio e le righe mancanti verranno salvate allora.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>Impossibile salvare la trascrizione in {directory}: {reason}. I sottotitoli continuano; le righe mancanti verranno salvate non appena sarà di nuovo possibile scrivere nella cartella.</translation>
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
