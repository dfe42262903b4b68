<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>Legendas e voz traduzidas ao vivo para reuniões.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Copyright © 2026 colaboradores do Translator. Publicado sob a licença MIT.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Avisos de código aberto dos componentes de que o Translator é feito:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir a pasta de &amp;registros</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>O novo idioma vale a partir da próxima vez que o Translator for iniciado.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>Mostrar a &amp;janela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>&amp;Atalho global para a barra de legendas ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>Atalho global desativado; Ctrl+Shift+B funciona enquanto o Translator estiver em foco.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>Não foi possível usar {keys}.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessões anteriores</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>O {app} travou na última execução; um relatório foi salvo em {path}.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>Para abaixar a reunião falta a biblioteca pycaw; reinstale o Translator.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>Abaixar a reunião durante as traduções não está disponível no macOS, que não deixa nenhum app mudar o volume de outro; abaixe o volume do próprio app de reunião.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>Abaixar a reunião durante as traduções não está disponível neste sistema.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>O macOS não deixou o Translator ouvir o som do sistema: permita o Translator em Ajustes do Sistema → Privacidade e Segurança → Gravação de Tela e Áudio do Sistema e pressione Iniciar de novo.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>O macOS não deixou o Translator ouvir “{app}”: permita o Translator em Ajustes do Sistema → Privacidade e Segurança → Gravação de Tela e Áudio do Sistema e pressione Iniciar de novo.</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>O Translator ainda não pode listar os apps deste Mac: permita em Ajustes do Sistema → Privacidade e Segurança → Gravação de Tela e Áudio do Sistema (ouvir o sistema inteiro uma vez pede isso) e escolha Atualizar dispositivos.</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>“{app}” não está aberto ou não tem nenhuma janela; abra-o e escolha Atualizar dispositivos, ou ouça o sistema inteiro.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>O macOS não respondeu a tempo; pressione Iniciar de novo.</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>O macOS recusou que o Translator escutasse ({error}); {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>O macOS se recusou a entregar o som do sistema; reinicie o Translator e tente de novo.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>“{device}” precisa do macOS 13 ou mais recente; instale o BlackHole e escolha “Sound from: BlackHole” em vez disso.</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Clique em Iniciar no Translator (Ctrl+Enter) para ver as legendas aqui.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>Ouvindo “{device}”…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>Parado: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>Parado. Pressione Iniciar no Translator (Ctrl+Enter) para continuar.</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>Barra de legendas</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>Legendas ao vivo</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>O que está sendo dito</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>Status da barra de legendas</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>Arraste para redimensionar</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>Clicar &amp;através da barra de legendas</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>&amp;Redefinir a posição da barra de legendas</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>Mostrar o que está sendo dito</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>Ocultar a barra de legendas</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>Prévia da barra de legendas</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>Estilo da barra de legendas</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>Fonte das legendas</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>Usar a fonte &amp;padrão do app</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>Usar a fonte padrão do app</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Tamanho do texto em pontos</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Cor do texto</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Cor do fundo</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Opacidade do fundo</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>Número de linhas de legenda</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>Mostrar o que foi &amp;dito abaixo da tradução</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>Mostrar o que foi dito abaixo da tradução</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>Alto &amp;contraste (amarelo no preto)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>Alto contraste, amarelo no preto</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>OK, manter este estilo</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>Cancelar, deixar a barra de legendas como estava</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamanho:</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>Cor do te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>Cor do f&amp;undo:</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>O&amp;pacidade do fundo:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Linhas:</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>As mudanças aparecem na barra de legendas enquanto você as faz. OK as mantém; Cancelar deixa a barra como estava.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>Definido pelo Alto contraste; desative-o para escolher o seu.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>Contraste {ratio}:1 — atende à WCAG AA</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>escolha um fundo mais claro, mais opacidade ou Alto contraste</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>escolha um fundo mais escuro, mais opacidade ou Alto contraste</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>Contraste {ratio}:1 — abaixo da WCAG AA (4,5:1); {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>janeiro de {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>fevereiro de {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>março de {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>abril de {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>maio de {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>junho de {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>julho de {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>agosto de {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>setembro de {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>outubro de {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>novembro de {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>dezembro de {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>O app não sabe quanto custa o {model}, então não consegue respeitar o limite de gastos de {cap}; a sessão não foi iniciada. Escolha outro modelo ou remova o limite em Configurações → Limite de gastos.</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>Esta sessão atingiu o limite de gastos de {cap} (cerca de {cost}) e por isso foi interrompida. Aumente o limite em Configurações para continuar.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>Esta sessão já usou cerca de {cost} do limite de gastos de {cap}; ela para ao atingir o limite.</translation>
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
        <translation>Dispositivo de saída</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>Sem voz — só legendas</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (padrão do sistema)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>Procurando dispositivos…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>Detectar automaticamente</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Eles → eu</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;Eles → eu: a reunião no meu idioma</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traduzir para:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>Ouvir:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>Tocar a tradução em:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>Escolha “Som de: …” a saída pela qual o seu app de reunião toca.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Eu → eles</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>E&amp;u → eles: minha voz no idioma deles</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>Idioma deles:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>Meu microfone:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>Tocar a tradução em:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>Toque em um microfone virtual e escolha-o como microfone no seu app de reunião.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: ligado ou desligado</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: nível de entrada</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: nível de saída</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
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
        <translation>Idioma falado:</translation>
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
        <translation>Configurações de conexão</translation>
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
        <translation>{url} (padrão)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID da organização</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>opcional, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>opcional, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar a conexão</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>Deixe a URL base vazia para usar a OPENAI_BASE_URL do ambiente.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>Deixe a URL base vazia para usar a OpenAI.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>Outros endpoints devem usar https:// (http:// simples só para um servidor neste computador).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>Nenhuma chave de API da OpenAI definida. Adicione uma em Configurações → Chave de API e teste de novo.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>“{keys}” não é uma única combinação de teclas; escolha uma como Ctrl+Alt+Shift+C ou use {shortcut} enquanto o Translator estiver em foco.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} tiraria essa tecla da digitação em todos os aplicativos; adicione Ctrl, Alt ou Meta à combinação.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>use {shortcut} enquanto o Translator estiver em foco</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>O Wayland não permite que aplicativos usem teclas globais; {fallback}, ou o menu da bandeja.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>Esta versão do Translator não tem atalho global no macOS; use o ícone da barra de menus ou {shortcut} enquanto o Translator estiver em foco.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>Não há tela X para usar uma tecla global (DISPLAY não está definido); {fallback}, ou o menu da bandeja.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>O sistema gráfico em uso ({system}) não oferece teclas globais; {fallback}, ou o menu da bandeja.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} já é usado por outro aplicativo; escolha outra combinação, ou {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} não pode ser digitado neste layout de teclado; escolha outra combinação.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>O Translator não conseguiu acessar a tela ({detail}) para usar uma tecla global; {fallback}, ou o menu da bandeja.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>O sistema recusou {keys} como tecla global ({detail}); escolha outra combinação, ou {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>O som da reunião</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>Seu microfone</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>Pesquisar nas legendas</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>Original abaixo da tradução</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Ir para o mais recente</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>Histórico de legendas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>Quem falou: Them (o som da reunião) ou Me (seu microfone)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>Tradução e original</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Chave de API da OpenAI</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>O Translator precisa de uma chave de API da OpenAI. Ela fica guardada no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>Crie ou copie uma chave no site da OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar a chave</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>Traduzir para</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>Tradução ao vivo ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>Transcrição original ao vivo ({speaker})</translation>
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
        <translation>Iniciar ou parar a tradução</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>Iniciar ou parar a tradução (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>Minutos transmitidos e custo estimado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Iniciar a tradução</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>Sessões &amp;anteriores…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>&amp;Barra de legendas</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>Legendas &amp;estáveis (só linhas completas)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>Es&amp;tilo da barra de legendas…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto me&amp;nor</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Tamanho de texto &amp;padrão</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;Automático (como o sistema)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>Chave de &amp;API…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>&amp;Esquecer a chave de API</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexão…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>&amp;Limite de gastos…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>A&amp;tualizar dispositivos</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>&amp;Modo da sessão</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;Automático (pelo idioma)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traduzir</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>&amp;Interpretar</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>&amp;Legendas no idioma falado</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>Abaixar a reunião &amp;durante as traduções</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desligado</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>Em &amp;10 dB</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>Em &amp;20 dB</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma do &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Sobre o {app}</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Parar agora</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>Parar agora, sem esperar o resto da tradução (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Parar a tradução</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>Ao vivo — legendas em {language}</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>Ao vivo — traduzindo para {language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Conectando a {host}…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>o modelo de tradução</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>um modelo de conversa atuando como intérprete</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>um modelo de transcrição</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduzir</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>Interpretar</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Algo deu errado: {error}. Os detalhes estão no log.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>Ative “{them}” ou “{me}” e pressione Iniciar.</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>Concluindo a última frase…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>O modo {mode} não consegue produzir {language}; escolha outro idioma ou Configurações → Modo da sessão → Automático.</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>“{name}” parou de funcionar (desconectado?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>O dispositivo de som “{name}” parou de funcionar (desconectado?). {direction} parou e a transcrição está salva; escolha um dispositivo e ative novamente.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>Não foi possível salvar a transcrição em {path}.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>Parado. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>Parado. Transcrição salva em {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>a sessão reinicia uma vez</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>a partir do próximo início</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language} é produzido por {model} (modo {mode}); {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>A entrada “{device}” escolhida para {direction} não está conectada; ouvindo “{default}” (o padrão do sistema) no lugar dela.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>A entrada “{device}” escolhida para {direction} não está conectada; a entrada padrão do sistema é usada no lugar dela.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>A saída “{device}” escolhida para {direction} não está conectada; tocando em “{default}” (o padrão do sistema) no lugar dela.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>A saída “{device}” escolhida para {direction} não está conectada; a saída padrão do sistema é usada no lugar dela.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction} foi parado; a transcrição está salva.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>Nenhum som de “{device}” há {seconds} segundos — a reunião está tocando em “{output}”? Escolha a saída que o app de reunião usa.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>Nenhum som de “{device}” há {seconds} segundos — o dispositivo certo está escolhido em “{picker}”?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Eles → eu</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Eu → eles</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>Ainda não há chave de API da OpenAI: adicione uma em Configurações → Chave de API e pressione Iniciar.</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>Chave de API salva no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>A chave de API fica guardada só até o app ser fechado.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>Chave de API esquecida. (OPENAI_API_KEY ainda está definida no ambiente.)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>Chave de API esquecida.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>Encontrar sessões que contenham…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>Encontrar sessões por texto</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessões anteriores</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>O que exportar</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Os dois idiomas</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count} linhas</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompida)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>Excluir a transcrição</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>Excluir a transcrição de {session}? Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>Não foi possível excluir {path}: {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exportar a transcrição</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Legendas (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>Legendas web (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto simples (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>Não foi possível exportar para {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>{session} exportada para {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d &apos;de&apos; MMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d &apos;de&apos; MMM, HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>a sessão iniciada em {when}</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>a sessão salva como {name}</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>O Translator fechou inesperadamente durante {session}, antes de qualquer linha de legenda ser concluída, então não há nada a recuperar.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>O Translator fechou inesperadamente durante {count} sessões, sempre antes de qualquer linha de legenda ser concluída, então não há nada a recuperar.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>O Translator fechou inesperadamente durante {session}. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>A outra aparece em Exibir → Sessões anteriores.</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>As outras {count} aparecem em Exibir → Sessões anteriores.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>O Translator fechou inesperadamente durante {count} sessões. A mais recente com legendas salvas é {session}. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>Nenhuma linha de legenda tinha sido concluída, mas o que ainda estava sendo dito também está salvo, marcado como inacabado.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>A única linha de legenda concluída até então está salva; o que ainda estava sendo dito também está salvo, marcado como inacabado.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>A única linha de legenda concluída até então está salva.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>Todas as {count} linhas de legenda concluídas até então estão salvas; o que ainda estava sendo dito também está salvo, marcado como inacabado.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>Todas as {count} linhas de legenda concluídas até então estão salvas.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>Na última vez, o Translator fechou inesperadamente antes de qualquer linha de legenda ser concluída.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>Na última vez, o Translator fechou inesperadamente; o que estava sendo dito foi salvo, inacabado.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>Na última vez, o Translator fechou inesperadamente; 1 linha de legenda foi salva (e uma inacabada).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>Na última vez, o Translator fechou inesperadamente; 1 linha de legenda foi salva.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>Na última vez, o Translator fechou inesperadamente; {count} linhas de legenda foram salvas (e uma inacabada).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>Na última vez, o Translator fechou inesperadamente; {count} linhas de legenda foram salvas.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>Recuperar a última sessão</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Salvo em {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Abrir transcrição</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
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
        <translation>A OpenAI rejeitou a chave de API. Confira-a em Configurações → Chave de API.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>Nenhuma chave de API da OpenAI definida. Adicione uma em Configurações → Chave de API.</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>Sua conta da OpenAI está sem crédito. Adicione crédito nas configurações de cobrança da OpenAI e inicie de novo.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>Algo deu errado no app ({what}). A sessão foi parada e a transcrição está salva; ative-a de novo para continuar (os detalhes estão no log).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>A OpenAI está limitando a frequência com que esta chave de API pode se conectar. Aguarde um minuto e inicie de novo.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>A sessão de tradução atingiu o limite de tempo. Inicie de novo para continuar.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>Esta chave de API não pode usar {model}; confira o acesso a modelos do projeto em platform.openai.com.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} não oferece {model} para esta chave de API; confira o endpoint e a chave em Configurações.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>O serviço de tradução em {host} está com problemas (HTTP {status}); tente de novo em instantes.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} recusou a conexão (HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>nenhuma resposta em {seconds} segundos</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>o nome não foi encontrado (confira o endereço e sua conexão com a internet)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>a conexão foi recusada</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>não foi possível verificar o certificado de segurança</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>não foi possível estabelecer uma conexão segura</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>a conexão foi interrompida</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>ocorreu um erro de rede</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>Não foi possível acessar {host}: {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>O endereço do endpoint de {host} não é válido.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} não respondeu como um endpoint em tempo real da OpenAI; confira o endpoint em Configurações.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>Não foi possível iniciar a tradução com {host} ({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} aceitou a conexão, mas não iniciou uma sessão de tradução em {seconds} segundos.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>O serviço de tradução em {host} encerrou a sessão (código {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>A conexão com {host} caiu.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>Cerca de {seconds} s de áudio não chegaram ao serviço de tradução (uma conexão lenta ou travada); esse trecho falta na tradução.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>O serviço de tradução ainda não tinha alcançado o áudio quando a sessão terminou: até {seconds} s do último áudio podem não ter sido traduzidos (uma conexão lenta).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>A conexão com {host} caiu e {attempts} tentativas de reconectar falharam; confira sua conexão com a internet e inicie de novo.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>O serviço de tradução em {host} encerrou a sessão.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>O serviço de tradução não aceitou as configurações da sessão: {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>O serviço de tradução informou um problema: {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>O áudio está {seconds} s atrasado: a conexão ou o serviço de tradução está mais lento que a fala. Nada foi perdido ainda; as legendas chegam com atraso.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>O áudio está {seconds} s atrasado: a conexão ou o serviço de tradução está mais lento que a fala; as legendas chegam com atraso.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>O áudio recuperou o atraso; as legendas estão ao vivo de novo.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>Finalizando: {seconds} s de áudio ainda sendo traduzidos… Clique em Parar de novo para encerrar agora.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>Finalizando: as últimas palavras estão sendo traduzidas… Clique em Parar de novo para encerrar agora.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>Uma interpretação foi cortada: atingiu a resposta mais longa que o modelo pode dar.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>Uma interpretação foi bloqueada pelo filtro de conteúdo da OpenAI.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>Uma interpretação foi interrompida por uma nova fala.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>Uma interpretação foi cancelada.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>Uma interpretação não foi concluída ({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>Uma interpretação falhou.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>Não foi possível transcrever um trecho de fala ({detail}); as legendas continuam.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>O serviço de tradução enviou fala em um formato que o app não consegue reproduzir ({detail}); essa parte da fala é ignorada.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>{rate} amostras por segundo</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} canais</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>O serviço de tradução enviou uma legenda grande demais ({size} caracteres); ela foi cortada para {limit} caracteres.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>O serviço de tradução enviou uma mensagem grande demais ({size} bytes); ela foi ignorada.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>sem detalhes</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>De volta online. Os {seconds} s em que a conexão caiu não foram traduzidos; as legendas continuam ao vivo a partir de agora (a lacuna fica anotada na transcrição).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>custo desconhecido</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>no máximo {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} min · {dollars} nesta sessão · hoje {today_minutes} min · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>preços de {date}</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>Conexão definida para {endpoint}.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>Vale a partir do próximo início.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>Sem limite de gastos.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>A partir do próximo início, as sessões param em {amount}.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>As sessões param em {amount}.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>Limite de gastos</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>Parar uma sessão quando o custo estimado chegar a (dólares americanos; 0 = sem limite).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>Você recebe um aviso aos 80 %.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} s sem tradução: a conexão caiu]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>a cota de disco acabou</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>a permissão foi negada</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>o disco é somente leitura</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>um arquivo impede a criação da pasta</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>a pasta não está disponível</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>o disco relatou um erro</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>um erro desconhecido</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>Não é possível salvar a transcrição em {directory}: {reason}. As legendas continuam; libere espaço e as linhas que faltam serão salvas então.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>Não é possível salvar a transcrição em {directory}: {reason}. As legendas continuam; as linhas que faltam serão salvas assim que for possível gravar na pasta de novo.</translation>
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
