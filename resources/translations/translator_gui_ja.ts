<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>会議のためのリアルタイム翻訳字幕と音声。</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Copyright © 2026 Translator の貢献者。MIT ライセンスで公開。</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Translator を構成するコンポーネントのオープンソース表記:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>新しい言語は次回 Translator を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>ウィンドウを表示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>字幕バーのシステム全体のホットキー(&amp;H) ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>システム全体のホットキーはオフです。Translator にフォーカスがある間は Ctrl+Shift+B が使えます。</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>{keys} を使用できませんでした。</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>過去のセッション</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app} は前回の実行中にクラッシュしました。レポートを {path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>会議の音量を下げるには pycaw ライブラリが必要ですが、見つかりません。Translator を再インストールしてください。</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>macOS ではアプリが他のアプリの音量を変えられないため、翻訳中に会議の音量を下げる機能は使えません。代わりに会議アプリ自体の音量を下げてください。</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>このシステムでは、翻訳中に会議の音量を下げる機能は使えません。</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS が Translator にシステムの音を聞くことを許可しませんでした。システム設定 → プライバシーとセキュリティ → 画面収録とシステムオーディオ録音 で Translator を許可してから、もう一度「開始」を押してください。</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS が Translator に「{app}」の音を聞くことを許可しませんでした。システム設定 → プライバシーとセキュリティ → 画面収録とシステムオーディオ録音 で Translator を許可してから、もう一度「開始」を押してください。</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator はまだこの Mac のアプリを一覧できません。システム設定 → プライバシーとセキュリティ → 画面収録とシステムオーディオ録音 で許可してから(システム全体の音を一度聞くと許可を求められます)、「デバイスを再読み込み」を選んでください。</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>「{app}」は起動していないか、ウインドウが開いていません。起動してから「デバイスを再読み込み」を選ぶか、代わりにシステム全体の音を聞いてください。</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS が時間内に応答しませんでした。もう一度「開始」を押してください。</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS が Translator の聴き取りを拒否しました（{error}）。{permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS がシステムの音を渡しませんでした。Translator を再起動してもう一度お試しください。</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>「{device}」には macOS 13 以降が必要です。BlackHole をインストールし、代わりに「Sound from: BlackHole」を選んでください。</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Translator で「開始」(Ctrl+Enter) を押すと、ここに字幕が表示されます。</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>「{device}」を聞いています…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>停止: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>停止しました。続けるには Translator で開始 (Ctrl+Enter) を押してください。</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>字幕バー</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>ライブ字幕</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>話されている内容</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>字幕バーの状態</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>ドラッグしてサイズを変更</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>字幕バーをクリック透過(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>字幕バーの位置をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>話されている内容を表示</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>字幕バーを隠す</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>字幕バーのプレビュー</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>字幕バーのスタイル</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>字幕のフォント</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>アプリの既定のフォントを使う(&amp;D)</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>アプリの既定のフォントを使う</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>文字サイズ (ポイント)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字色</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>背景色</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>背景の不透明度</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>字幕の行数</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>翻訳の下に元の発言を表示(&amp;W)</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>翻訳の下に元の発言を表示</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>ハイコントラスト (黒地に黄色)(&amp;H)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>ハイコントラスト、黒地に黄色</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>OK、このスタイルを保持</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>キャンセル、字幕バーを元に戻す</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>フォント(&amp;F):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>文字色(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>背景色(&amp;B):</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>背景の不透明度(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>行数(&amp;L):</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>変更はすぐに字幕バーに表示されます。OK で保持し、キャンセルで元に戻します。</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>ハイコントラストで設定されています。自分で選ぶにはオフにしてください。</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>コントラスト {ratio}:1 — WCAG AA を満たしています</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>明るい背景、高い不透明度、またはハイコントラストを選んでください</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>暗い背景、高い不透明度、またはハイコントラストを選んでください</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>コントラスト {ratio}:1 — WCAG AA (4.5:1) 未満です。{advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>{year}年1月</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>{year}年2月</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>{year}年3月</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>{year}年4月</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>{year}年5月</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>{year}年6月</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>{year}年7月</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>{year}年8月</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>{year}年9月</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>{year}年10月</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>{year}年11月</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>{year}年12月</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>{model} の料金が不明なため、利用額の上限 {cap} を守れません。セッションは開始されませんでした。別のモデルを選ぶか、設定 → 利用額の上限 で上限を解除してください。</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>このセッションは利用額の上限 {cap} に達したため（約 {cost}）、停止しました。続けるには設定で上限を引き上げてください。</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>このセッションは利用額の上限 {cap} のうち約 {cost} を使いました。上限に達すると停止します。</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>入力デバイス</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>出力デバイス</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>音声なし — 字幕のみ</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (システムの既定)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>デバイスを検索しています…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>相手 → 自分</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>相手 → 自分: 会議を自分の言語で(&amp;T)</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>翻訳先:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>聞く音声:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>翻訳の再生先:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>会議アプリが音を出している出力の「サウンド元: …」を選んでください。</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>自分 → 相手</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>自分 → 相手: 自分の声を相手の言語で(&amp;M)</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>相手の言語:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>自分のマイク:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>翻訳の再生先:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>仮想マイクに再生し、会議アプリでそれをマイクとして選んでください。</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: オンまたはオフ</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: 入力レベル</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: 出力レベル</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: 状態</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: デバイス</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>話される言語:</translation>
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
        <translation>接続の設定</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (OPENAI_BASE_URL から)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (既定)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>任意、org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>任意、proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>環境の OPENAI_BASE_URL を使うには、ベース URL を空のままにしてください。</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>OpenAI を使うには、ベース URL を空のままにしてください。</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>ほかのエンドポイントは https:// を使う必要があります (http:// はこのコンピューター上のサーバーに限ります)。</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>OpenAI API キーが設定されていません。設定 → API キー で追加してから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>「{keys}」は単一のキーの組み合わせではありません。Ctrl+Alt+Shift+C のような組み合わせを選ぶか、Translator にフォーカスがある間は {shortcut} を使ってください。</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} にすると、すべてのアプリでそのキーが入力に使えなくなります。Ctrl、Alt、Meta のいずれかを組み合わせてください。</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>Translator にフォーカスがある間は {shortcut} を使ってください</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland ではアプリがシステム全体のキーを使えません。{fallback}。またはトレイメニューを使ってください。</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>このバージョンの Translator には macOS 用のシステム全体のホットキーがありません。メニューバーのアイコンを使うか、Translator にフォーカスがある間は {shortcut} を使ってください。</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>システム全体のキーを取得する X ディスプレイがありません (DISPLAY が未設定)。{fallback}。またはトレイメニューを使ってください。</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>使用中の表示システム ({system}) はシステム全体のキーに対応していません。{fallback}。またはトレイメニューを使ってください。</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} はほかのアプリで使用されています。別の組み合わせを選ぶか、{fallback}。</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} はこのキーボード配列では入力できません。別の組み合わせを選んでください。</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator はシステム全体のキーを取得するためにディスプレイに接続できませんでした ({detail})。{fallback}。またはトレイメニューを使ってください。</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>システムが {keys} をシステム全体のキーとして拒否しました ({detail})。別の組み合わせを選ぶか、{fallback}。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>会議の音声</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>あなたのマイク</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>字幕を検索</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>翻訳の下に原文</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>最新へ移動</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>字幕の履歴</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>話者</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>話者: Them (会議の音声) または Me (あなたのマイク)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>翻訳と原文</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API キー</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator には OpenAI API キーが必要です。キーはシステムのキーリングに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>OpenAI のウェブサイトでキーを作成またはコピー</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>キーを表示</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>翻訳先</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>ライブ翻訳 ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>原文のライブ文字起こし ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>翻訳を開始または停止</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>翻訳を開始または停止 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>送信した分数と推定コスト</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>翻訳を開始</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>過去のセッション(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>字幕バー(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>安定した字幕 (完成した行のみ)(&amp;S)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>字幕バーのスタイル(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>文字を小さく(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>既定の文字サイズ(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>自動 (システムに合わせる)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>API キー(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>API キーを削除(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>利用額の上限(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>デバイスを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>セッションのモード(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>自動 (言語に応じて)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>翻訳(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>通訳(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>話されている言語の字幕(&amp;C)</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>翻訳中は会議の音量を下げる(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>オフ(&amp;O)</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>10 dB 下げる(&amp;1)</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>20 dB 下げる(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} について(&amp;A)</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>今すぐ停止</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>翻訳の残りを待たずに今すぐ停止 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>翻訳を停止</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>ライブ — {language}で字幕表示中</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>ライブ — {language}に翻訳中</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続しています…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>{host} に接続しています…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>翻訳モデル</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>通訳として動作する会話モデル</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>文字起こしモデル</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>問題が発生しました: {error}。詳細はログにあります。</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>「{them}」か「{me}」をオンにしてから、開始を押してください。</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>最後の文を仕上げています…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>{mode} モードでは {language} を出力できません。別の言語を選ぶか、設定 → セッションのモード → 自動 を選んでください。</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>「{name}」が動作しなくなりました (取り外されましたか?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>サウンドデバイス「{name}」が動作しなくなりました (取り外されましたか?)。{direction} は停止し、文字起こしは保存されています。デバイスを選んで、もう一度オンにしてください。</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>文字起こしを {path} に保存できませんでした。</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>停止しました。{reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>停止しました。文字起こしの保存先: {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>セッションは一度再起動します</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>次回の開始から適用されます</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language}は{model}で生成されます ({mode}モード)。{when}。</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>{direction} に選んだ入力「{device}」は接続されていません。代わりに「{default}」(システムの既定) を使います。</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>{direction} に選んだ入力「{device}」は接続されていません。代わりにシステムの既定の入力を使います。</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>{direction} に選んだ出力「{device}」は接続されていません。代わりに「{default}」(システムの既定) で再生します。</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>{direction} に選んだ出力「{device}」は接続されていません。代わりにシステムの既定の出力を使います。</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction} を停止しました。文字起こしは保存されています。</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>「{device}」から {seconds} 秒間音がありません — 会議の音は「{output}」から出ていますか? 会議アプリが使う出力を選んでください。</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>「{device}」から {seconds} 秒間音がありません — 「{picker}」で正しいデバイスが選ばれていますか?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>相手 → 自分</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>自分 → 相手</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>OpenAI API キーがまだありません。設定 → API キー で追加してから、開始を押してください。</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>API キーをシステムのキーリングに保存しました。</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>API キーは今回の起動中だけ保持されます。</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>API キーを削除しました。(環境変数 OPENAI_API_KEY はまだ設定されています。)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>API キーを削除しました。</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>次を含むセッションを検索…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>テキストでセッションを検索</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>過去のセッション</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>エクスポートする内容</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>両方の言語</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count} 行</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(中断)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>文字起こしを削除</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>{session} の文字起こしを削除しますか? 元に戻せません。</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>{path} を削除できません: {reason}。</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>文字起こしをエクスポート</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>字幕 (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>Web 字幕 (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>プレーンテキスト (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>{path} にエクスポートできません: {reason}。</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>{session} を {path} にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>yyyy年M月d日(ddd) HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>M月d日(ddd) HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>{when} に開始したセッション</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>{name} として保存されたセッション</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>{session}の途中で、字幕の行がひとつも完成する前に Translator が予期せず終了したため、復元できるものはありません。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>{count} 件のセッションで、いずれも字幕の行がひとつも完成する前に Translator が予期せず終了したため、復元できるものはありません。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>{session}の途中で Translator が予期せず終了しました。{saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>もう 1 件は 表示 → 過去のセッション にあります。</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>残りの {count} 件は 表示 → 過去のセッション にあります。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>{count} 件のセッションで Translator が予期せず終了しました。字幕が保存されている最新のセッションは{session}です。{saved}{others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>完成した字幕の行はありませんでしたが、話している途中だった内容も「未完了」として保存されています。</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>それまでに完成した 1 行の字幕は保存されています。話している途中だった内容も「未完了」として保存されています。</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>それまでに完成した 1 行の字幕は保存されています。</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>それまでに完成した {count} 行の字幕はすべて保存されています。話している途中だった内容も「未完了」として保存されています。</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>それまでに完成した {count} 行の字幕はすべて保存されています。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>前回、字幕の行がひとつも完成する前に Translator が予期せず終了しました。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>前回 Translator が予期せず終了しました。話している途中だった内容は未完了として保存されました。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>前回 Translator が予期せず終了しました。字幕 1 行 (と未完了の 1 行) が保存されました。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>前回 Translator が予期せず終了しました。字幕 1 行が保存されました。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>前回 Translator が予期せず終了しました。字幕 {count} 行 (と未完了の 1 行) が保存されました。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>前回 Translator が予期せず終了しました。字幕 {count} 行が保存されました。</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>前回のセッションを復元</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>保存先: {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>文字起こしを開く</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
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
        <translation>OpenAI が API キーを拒否しました。設定 → API キー で確認してください。</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>OpenAI API キーが設定されていません。設定 → API キー で追加してください。</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>OpenAI アカウントのクレジットが残っていません。OpenAI の支払い設定でクレジットを追加してから、もう一度開始してください。</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>アプリ内部で問題が発生しました ({what})。セッションは停止し、文字起こしは保存されています。続けるにはもう一度オンにしてください (詳細はログにあります)。</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI がこの API キーの接続回数を制限しています。1 分待ってから、もう一度開始してください。</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>翻訳セッションが時間の上限に達しました。続けるにはもう一度開始してください。</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>この API キーでは {model} を使えません。platform.openai.com でプロジェクトのモデルへのアクセスを確認してください。</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} はこの API キーに {model} を提供していません。設定でエンドポイントとキーを確認してください。</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>{host} の翻訳サービスで問題が起きています (HTTP {status})。少ししてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} が接続を拒否しました (HTTP {status})。</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>{seconds} 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>名前が見つかりません (アドレスとインターネット接続を確認してください)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>セキュリティ証明書を検証できませんでした</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>安全な接続を確立できませんでした</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>接続が中断されました</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>ネットワークエラーが発生しました</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>{host} に接続できません: {reason}。</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>{host} のエンドポイントのアドレスが正しくありません。</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} は OpenAI のリアルタイムエンドポイントとして応答しませんでした。設定でエンドポイントを確認してください。</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>{host} で翻訳を開始できませんでした ({error})。</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} は接続を受け付けましたが、{seconds} 秒以内に翻訳セッションを開始しませんでした。</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>{host} の翻訳サービスがセッションを終了しました (コード {code})。</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>{host} との接続が切れました。</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>約 {seconds} 秒の音声が翻訳サービスに届きませんでした (接続が遅いか止まっています)。その部分は翻訳に含まれていません。</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>セッション終了時、翻訳サービスが追いついていませんでした。最後の音声のうち最大 {seconds} 秒が翻訳されていない可能性があります（低速な接続）。</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>{host} との接続が切れ、{attempts} 回の再接続がすべて失敗しました。インターネット接続を確認してから、もう一度開始してください。</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>{host} の翻訳サービスがセッションを終了しました。</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>翻訳サービスがセッションの設定を受け付けませんでした: {detail}。</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>翻訳サービスから問題が報告されました: {detail}。</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>音声が {seconds} 秒遅れています。接続または翻訳サービスが話す速さに追いついていません。まだ何も失われていませんが、字幕は遅れて表示されます。</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>音声が {seconds} 秒遅れています。接続または翻訳サービスが話す速さに追いついていないため、字幕は遅れて表示されます。</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>音声の遅れが解消されました。字幕は再びリアルタイムです。</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>終了処理中: まだ {seconds} 秒分の音声を翻訳しています… もう一度「停止」を押すとすぐに終了します。</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>終了処理中: 最後の言葉を翻訳しています… もう一度「停止」を押すとすぐに終了します。</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>通訳が途中で打ち切られました。モデルが返せる回答の最大の長さに達しました。</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>通訳が OpenAI のコンテンツ フィルターによって差し止められました。</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>新たな発話により通訳が中断されました。</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>通訳がキャンセルされました。</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>通訳が完了しませんでした（{status}）。</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>通訳に失敗しました。</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>音声の一部を文字起こしできませんでした（{detail}）。字幕は続きます。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>翻訳サービスから、アプリで再生できない形式の音声が送られてきました ({detail})。その部分の音声は飛ばします。</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>毎秒 {rate} サンプル</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} チャンネル</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>翻訳サービスから大きすぎる字幕が送られてきました ({size} 文字)。{limit} 文字に切り詰めました。</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>翻訳サービスから大きすぎるメッセージが送られてきました ({size} バイト)。このメッセージは飛ばしました。</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>詳細は示されていません</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>再接続しました。接続が切れていた {seconds} 秒間は翻訳されていません。字幕はここからライブで続きます（この空白はトランスクリプトに記録されています）。</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>コスト不明</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>最大 {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} 分 · このセッション {dollars} · 今日 {today_minutes} 分 · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>{date} 時点の料金</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>接続先を {endpoint} に設定しました。</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>次回の開始から適用されます。</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>利用額の上限なし。</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>次回の開始から、セッションは {amount} で停止します。</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>セッションは {amount} で停止します。</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>利用額の上限</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>推定コストがこの額に達したらセッションを停止 (米ドル、0 = 上限なし)。</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>80 % で警告します。</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} 秒間は翻訳されていません: 接続が切れていました]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>ディスクの割り当て容量を使い切りました</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ディスクは読み取り専用です</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>フォルダーの場所にファイルがあります</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>フォルダーを利用できません</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>ディスクがエラーを報告しました</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>文字起こしを {directory} に保存できません: {reason}。字幕は続きます。空き容量を増やすと、保存できなかった行がそのときに保存されます。</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>文字起こしを {directory} に保存できません: {reason}。字幕は続きます。フォルダーに再び書き込めるようになり次第、保存できなかった行を保存します。</translation>
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
