<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>Sous-titres et voix traduits en direct pour les réunions.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Copyright © 2026 les contributeurs de Translator. Publié sous licence MIT.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Mentions open source des composants dont Translator est fait :</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Translator.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>Afficher la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>&amp;Raccourci global pour la barre de sous-titres ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>Raccourci global désactivé ; Ctrl+Maj+B fonctionne quand Translator a le focus.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>{keys} n’a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessions précédentes</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app} a planté lors de sa dernière exécution ; un rapport a été enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>Pour baisser la réunion, il manque la bibliothèque pycaw ; réinstallez Translator.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>Baisser la réunion pendant les traductions n’est pas possible sous macOS, qui ne laisse aucune application régler le volume d’une autre ; baissez plutôt le volume de l’application de réunion elle-même.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>Baisser la réunion pendant les traductions n’est pas possible sur ce système.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS n’a pas laissé Translator entendre le son du système : autorisez Translator dans Réglages Système → Confidentialité et sécurité → Enregistrement de l’écran et de l’audio du système, puis appuyez à nouveau sur Démarrer.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS n’a pas laissé Translator entendre « {app} » : autorisez Translator dans Réglages Système → Confidentialité et sécurité → Enregistrement de l’écran et de l’audio du système, puis appuyez à nouveau sur Démarrer.</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator n’a pas encore le droit de lister les applications de ce Mac : autorisez-le dans Réglages Système → Confidentialité et sécurité → Enregistrement de l’écran et de l’audio du système (écouter une fois tout le système le demande), puis choisissez Actualiser les périphériques.</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>« {app} » n’est pas lancée ou n’a aucune fenêtre ouverte ; lancez-la puis choisissez Actualiser les périphériques, ou écoutez plutôt tout le système.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS n’a pas répondu à temps ; appuyez à nouveau sur Démarrer.</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS a refusé que Translator écoute ({error}) ; {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS a refusé de fournir le son du système ; redémarrez Translator et réessayez.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>« {device} » nécessite macOS 13 ou plus récent ; installez BlackHole et choisissez plutôt « Sound from: BlackHole ».</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Appuyez sur Démarrer dans Translator (Ctrl+Entrée) pour voir les sous-titres ici.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>Écoute de « {device} »…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>Arrêté : {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>Arrêté. Appuyez sur Démarrer dans Translator (Ctrl+Entrée) pour continuer.</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>Barre de sous-titres</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>Sous-titres en direct</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>Ce qui est dit</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>État de la barre de sous-titres</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>Faites glisser pour redimensionner</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>Cliquer à &amp;travers la barre de sous-titres</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>&amp;Réinitialiser la position de la barre de sous-titres</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>Afficher ce qui est dit</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>Masquer la barre de sous-titres</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>Aperçu de la barre de sous-titres</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>Style de la barre de sous-titres</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>Police des sous-titres</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>Utiliser la police par &amp;défaut de l’application</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>Utiliser la police par défaut de l’application</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Taille du texte en points</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Couleur du fond</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Opacité du fond</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>Nombre de lignes de sous-titres</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>Afficher ce qui a été &amp;dit sous la traduction</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>Afficher ce qui a été dit sous la traduction</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>Contraste &amp;élevé (jaune sur noir)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>Contraste élevé, jaune sur noir</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>OK, garder ce style</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>Annuler, remettre la barre de sous-titres comme avant</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>Couleur du te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>Couleur du &amp;fond :</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>O&amp;pacité du fond :</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>Les modifications s’affichent aussitôt sur la barre de sous-titres. OK les garde ; Annuler remet la barre comme avant.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>Fixé par Contraste élevé ; désactivez-le pour choisir vous-même.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>Contraste {ratio}:1 — conforme à WCAG AA</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>choisissez un fond plus clair, plus d’opacité ou Contraste élevé</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>choisissez un fond plus sombre, plus d’opacité ou Contraste élevé</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>Contraste {ratio}:1 — inférieur à WCAG AA (4,5:1) ; {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>janvier {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>février {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>mars {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>avril {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>mai {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>juin {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>juillet {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>août {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>septembre {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>octobre {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>novembre {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>décembre {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>L’application ne sait pas combien coûte {model} et ne peut donc pas respecter le plafond de dépenses de {cap} ; la session n’a pas été démarrée. Choisissez un autre modèle ou supprimez le plafond dans Paramètres → Plafond de dépenses.</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>Cette session a atteint son plafond de dépenses de {cap} (environ {cost}) ; elle a donc été arrêtée. Relevez le plafond dans les Paramètres pour continuer.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>Cette session a utilisé environ {cost} de son plafond de dépenses de {cap} ; elle s’arrêtera au plafond.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>Périphérique d’entrée</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Périphérique de sortie</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>Pas de voix — sous-titres seulement</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (par défaut du système)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>Recherche des appareils…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Eux → moi</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;Eux → moi : la réunion dans ma langue</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traduire en :</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>Écouter :</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>Lire la traduction sur :</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>Choisissez « Son de : … » la sortie par laquelle joue votre application de réunion.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Moi → eux</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>&amp;Moi → eux : ma voix dans leur langue</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>Leur langue :</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>Mon micro :</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>Lire la traduction dans :</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>Lisez dans un micro virtuel et choisissez-le comme micro dans votre application de réunion.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction} : activé ou désactivé</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction} : niveau d’entrée</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction} : niveau de sortie</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction} : état</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction} : périphériques</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>Langue parlée :</translation>
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
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (de OPENAI_BASE_URL)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (par défaut)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d’organisation</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>facultatif, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID de projet</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>facultatif, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>Laissez l’URL de base vide pour utiliser l’OPENAI_BASE_URL de l’environnement.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>Laissez l’URL de base vide pour utiliser OpenAI.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>Les autres points d’accès doivent utiliser https:// (http:// simple uniquement vers un serveur sur cet ordinateur).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>Aucune clé d’API OpenAI n’est définie. Ajoutez-en une dans Paramètres → Clé d’API, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>« {keys} » n’est pas une seule combinaison de touches ; choisissez-en une comme Ctrl+Alt+Maj+C, ou utilisez {shortcut} quand Translator a le focus.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} empêcherait de taper cette touche dans toutes les applications ; ajoutez Ctrl, Alt ou Méta à la combinaison.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>utilisez {shortcut} quand Translator a le focus</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland ne permet pas aux applications de prendre des touches globales ; {fallback}, ou le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>Cette version de Translator n’a pas de raccourci global sous macOS ; utilisez l’icône de la barre des menus, ou {shortcut} quand Translator a le focus.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>Il n’y a pas d’affichage X pour prendre une touche globale (DISPLAY n’est pas défini) ; {fallback}, ou le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Le système d’affichage utilisé ({system}) n’offre pas de touches globales ; {fallback}, ou le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} est déjà utilisé par une autre application ; choisissez une autre combinaison, ou {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} ne peut pas être tapé avec cette disposition de clavier ; choisissez une autre combinaison.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator n’a pas pu joindre l’affichage ({detail}) pour prendre une touche globale ; {fallback}, ou le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>Le système a refusé {keys} comme touche globale ({detail}) ; choisissez une autre combinaison, ou {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>Le son de la réunion</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>Votre micro</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>Rechercher dans les sous-titres</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>Original sous la traduction</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Aller au plus récent</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>Historique des sous-titres</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>Qui a parlé : Them (le son de la réunion) ou Me (votre micro)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>Traduction et original</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Clé d’API OpenAI</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator a besoin d’une clé d’API OpenAI. Elle est conservée dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>Créer ou copier une clé sur le site d’OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>Traduction en direct ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>Transcription originale en direct ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>Démarrer ou arrêter la traduction</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>Démarrer ou arrêter la traduction (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>Minutes transmises et coût estimé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Démarrer la traduction</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>Sessions &amp;précédentes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>&amp;Barre de sous-titres</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>Sous-titres &amp;stables (lignes terminées seulement)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>S&amp;tyle de la barre de sous-titres…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Taille de texte par &amp;défaut</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;Automatique (comme le système)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>Clé d’&amp;API…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>&amp;Oublier la clé d’API</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connexion…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>&amp;Plafond de dépenses…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>Ac&amp;tualiser les périphériques</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>&amp;Mode de session</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;Automatique (selon la langue)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traduire</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>&amp;Interpréter</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>&amp;Sous-titres dans la langue parlée</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>Baisser la réunion &amp;pendant les traductions</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivé</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>De &amp;10 dB</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>De &amp;20 dB</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Arrêter maintenant</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>Arrêter maintenant, sans attendre la fin de la traduction (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Arrêter la traduction</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>En direct — sous-titres en {language}</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>En direct — traduction en {language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connexion à {host}…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>le modèle de traduction</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>un modèle conversationnel faisant office d’interprète</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>un modèle de transcription</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>Interpréter</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Un problème est survenu : {error}. Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>Activez « {them} » ou « {me} », puis appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>Fin de la dernière phrase…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>Le mode {mode} ne peut pas produire {language} ; choisissez une autre langue ou Paramètres → Mode de session → Automatique.</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>« {name} » ne fonctionne plus (débranché ?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>Le périphérique audio « {name} » ne fonctionne plus (débranché ?). {direction} s’est arrêté et la transcription est enregistrée ; choisissez un périphérique et réactivez-le.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>La transcription n’a pas pu être enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>Arrêté. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>Arrêté. Transcription enregistrée dans {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction} : {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>la session redémarre une fois</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language} est produit par {model} (mode {mode}) ; {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>L’entrée « {device} » choisie pour {direction} n’est pas connectée ; écoute de « {default} » (celle par défaut du système) à la place.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>L’entrée « {device} » choisie pour {direction} n’est pas connectée ; l’entrée par défaut du système est utilisée à la place.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>La sortie « {device} » choisie pour {direction} n’est pas connectée ; lecture sur « {default} » (celle par défaut du système) à la place.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>La sortie « {device} » choisie pour {direction} n’est pas connectée ; la sortie par défaut du système est utilisée à la place.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction} a été arrêté ; la transcription est enregistrée.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>Aucun son de « {device} » depuis {seconds} secondes — la réunion passe-t-elle par « {output} » ? Choisissez la sortie qu’utilise l’application de réunion.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>Aucun son de « {device} » depuis {seconds} secondes — le bon périphérique est-il choisi sous « {picker} » ?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Eux → moi</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Moi → eux</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>Pas encore de clé d’API OpenAI : ajoutez-en une dans Paramètres → Clé d’API, puis appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>Clé d’API enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>La clé d’API n’est conservée que jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>Clé d’API oubliée. (OPENAI_API_KEY est toujours défini dans l’environnement.)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>Clé d’API oubliée.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>Trouver les sessions contenant…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>Trouver des sessions par texte</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessions précédentes</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Les deux langues</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count} lignes</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompue)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>Supprimer la transcription</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>Supprimer la transcription du {session} ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>Impossible de supprimer {path} : {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exporter la transcription</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Sous-titres (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>Sous-titres web (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>Impossible d’exporter vers {path} : {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>{session} exportée vers {path}.</translation>
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
        <translation>la session commencée le {when}</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>la session enregistrée sous {name}</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator s’est fermé de façon inattendue pendant {session}, avant qu’une ligne de sous-titres soit terminée : il n’y a donc rien à récupérer.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator s’est fermé de façon inattendue pendant {count} sessions, chaque fois avant qu’une ligne de sous-titres soit terminée : il n’y a donc rien à récupérer.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>Translator s’est fermé de façon inattendue pendant {session}. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>L’autre figure dans Affichage → Sessions précédentes.</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>Les {count} autres figurent dans Affichage → Sessions précédentes.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>Translator s’est fermé de façon inattendue pendant {count} sessions. La plus récente avec des sous-titres enregistrés est {session}. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>Aucune ligne de sous-titres n’était terminée, mais ce qui était encore en train d’être dit est aussi enregistré, marqué comme inachevé.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>La seule ligne de sous-titres terminée avant cela est enregistrée ; ce qui était encore en train d’être dit l’est aussi, marqué comme inachevé.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>La seule ligne de sous-titres terminée avant cela est enregistrée.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Les {count} lignes de sous-titres terminées avant cela sont enregistrées ; ce qui était encore en train d’être dit l’est aussi, marqué comme inachevé.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>Les {count} lignes de sous-titres terminées avant cela sont enregistrées.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>Translator s’est fermé de façon inattendue la dernière fois, avant qu’une ligne de sous-titres soit terminée.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>Translator s’est fermé de façon inattendue la dernière fois ; ce qui était en train d’être dit a été enregistré, inachevé.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>Translator s’est fermé de façon inattendue la dernière fois ; 1 ligne de sous-titres a été enregistrée (et une inachevée).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>Translator s’est fermé de façon inattendue la dernière fois ; 1 ligne de sous-titres a été enregistrée.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>Translator s’est fermé de façon inattendue la dernière fois ; {count} lignes de sous-titres ont été enregistrées (et une inachevée).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>Translator s’est fermé de façon inattendue la dernière fois ; {count} lignes de sous-titres ont été enregistrées.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>Récupérer la dernière session</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Enregistré dans {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Ouvrir la transcription</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
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
        <translation>OpenAI a refusé la clé d’API. Vérifiez-la dans Paramètres → Clé d’API.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>Aucune clé d’API OpenAI n’est définie. Ajoutez-en une dans Paramètres → Clé d’API.</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>Votre compte OpenAI n’a plus de crédit. Ajoutez du crédit dans les paramètres de facturation d’OpenAI, puis redémarrez.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>Un problème est survenu dans l’application ({what}). La session a été arrêtée et la transcription est enregistrée ; réactivez-la pour continuer (les détails figurent dans le journal).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI limite la fréquence des connexions de cette clé d’API. Attendez une minute, puis redémarrez.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>La session de traduction a atteint sa durée maximale. Redémarrez pour continuer.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>Cette clé d’API ne peut pas utiliser {model} ; vérifiez l’accès aux modèles du projet sur platform.openai.com.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} ne propose pas {model} à cette clé d’API ; vérifiez le point de terminaison et la clé dans les Paramètres.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>Le service de traduction de {host} rencontre des difficultés (HTTP {status}) ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} a refusé la connexion (HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>aucune réponse en {seconds} secondes</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>son nom est introuvable (vérifiez l’adresse et votre connexion Internet)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>son certificat de sécurité n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>une connexion sécurisée n’a pas pu être établie</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>une erreur réseau s’est produite</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>Impossible de joindre {host} : {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>L’adresse du point de terminaison de {host} n’est pas valide.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} n’a pas répondu comme un point de terminaison temps réel d’OpenAI ; vérifiez le point de terminaison dans les Paramètres.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>Impossible de démarrer la traduction avec {host} ({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} a accepté la connexion mais n’a pas démarré de session de traduction en {seconds} secondes.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>Le service de traduction de {host} a mis fin à la session (code {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>La connexion à {host} a été perdue.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>Environ {seconds} s d’audio n’ont pas pu atteindre le service de traduction (connexion lente ou bloquée) ; ce passage manque dans la traduction.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>Le service de traduction n’avait pas rattrapé son retard à la fin de la session : jusqu’à {seconds} s du dernier son n’ont peut-être pas été traduites (une connexion lente).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>La connexion à {host} a été perdue et {attempts} tentatives de reconnexion ont échoué ; vérifiez votre connexion Internet, puis redémarrez.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>Le service de traduction de {host} a mis fin à la session.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>Le service de traduction n’a pas accepté les réglages de la session : {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>Le service de traduction signale un problème : {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>Le son a {seconds} s de retard : la connexion ou le service de traduction est plus lent que la parole. Rien n’est encore perdu ; les sous-titres arrivent en retard.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>Le son a {seconds} s de retard : la connexion ou le service de traduction est plus lent que la parole ; les sous-titres arrivent en retard.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>Le son a rattrapé son retard ; les sous-titres sont de nouveau en direct.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>Finalisation : {seconds} s de son encore en cours de traduction… Appuyez de nouveau sur Arrêter pour terminer tout de suite.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>Finalisation : les derniers mots sont en cours de traduction… Appuyez de nouveau sur Arrêter pour terminer tout de suite.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>Une interprétation a été écourtée : elle a atteint la longueur de réponse maximale du modèle.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>Une interprétation a été bloquée par le filtre de contenu d’OpenAI.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>Une interprétation a été interrompue par une nouvelle prise de parole.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>Une interprétation a été annulée.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>Une interprétation n’a pas abouti ({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>Une interprétation a échoué.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>Un passage de parole n’a pas pu être transcrit ({detail}) ; les sous-titres continuent.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>Le service de traduction a envoyé de la parole dans un format que l’application ne peut pas lire ({detail}) ; ce passage est ignoré.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>{rate} échantillons par seconde</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} canaux</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>Le service de traduction a envoyé un sous-titre trop long ({size} caractères) ; il a été coupé à {limit} caractères.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>Le service de traduction a envoyé un message trop volumineux ({size} octets) ; il a été ignoré.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>sans précisions</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>De nouveau en ligne. Les {seconds} s pendant lesquelles la connexion était coupée n’ont pas été traduites ; les sous-titres reprennent en direct (le trou est noté dans la transcription).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>au plus {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} min · {dollars} cette session · aujourd’hui {today_minutes} min · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>tarifs en {date}</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>Connexion réglée sur {endpoint}.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>Cela s’applique à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>Pas de plafond de dépenses.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>Les sessions s’arrêteront à {amount} à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>Les sessions s’arrêtent à {amount}.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>Plafond de dépenses</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>Arrêter une session quand son coût estimé atteint (dollars US ; 0 = pas de plafond).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>Vous êtes averti à 80 %.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} s non traduites : la connexion était coupée]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>l’autorisation a été refusée</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>un fichier empêche de créer le dossier</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>le dossier n’est pas disponible</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>une erreur inconnue</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>Impossible d’enregistrer la transcription dans {directory} : {reason}. Les sous-titres continuent ; libérez de l’espace et les lignes manquantes seront alors enregistrées.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>Impossible d’enregistrer la transcription dans {directory} : {reason}. Les sous-titres continuent ; les lignes manquantes seront enregistrées dès que le dossier sera de nouveau accessible en écriture.</translation>
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
