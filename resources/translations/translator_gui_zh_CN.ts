<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>为会议提供实时翻译字幕和语音。</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Copyright © 2026 Translator 贡献者。以 MIT 许可证发布。</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>构成 Translator 的组件的开源声明：</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>新语言将在下次启动 Translator 时生效。</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>显示窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>字幕栏的全局快捷键(&amp;H)（{keys}）</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>全局快捷键已关闭；Translator 获得焦点时可用 Ctrl+Shift+B。</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>无法使用 {keys}。</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>历史会话</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app} 上次运行时崩溃了；报告已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>降低会议音量需要 pycaw 库，但它缺失了；请重新安装 Translator。</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>macOS 不允许任何应用更改其他应用的音量，因此在 macOS 上无法在翻译时降低会议音量；请改为调低会议应用本身的音量。</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>此系统上无法在翻译时降低会议音量。</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS 未允许 Translator 收听系统声音：请在 系统设置 → 隐私与安全性 → 录屏与系统录音 中允许 Translator，然后再次点击“开始”。</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS 未允许 Translator 收听“{app}”：请在 系统设置 → 隐私与安全性 → 录屏与系统录音 中允许 Translator，然后再次点击“开始”。</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator 还不能列出这台 Mac 上的应用：请在 系统设置 → 隐私与安全性 → 录屏与系统录音 中允许它（收听一次整个系统的声音时会请求此权限），然后选择“刷新设备”。</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>“{app}”当前未运行或没有打开的窗口；请启动它后选择“刷新设备”，或改为收听整个系统的声音。</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS 未及时响应；请再次点击“开始”。</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS 拒绝让 Translator 收听（{error}）；{permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS 拒绝提供系统声音；请重新启动 Translator 后再试。</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>“{device}”需要 macOS 13 或更高版本；请安装 BlackHole，并改选“Sound from: BlackHole”。</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>在 Translator 中按“开始”（Ctrl+Enter），字幕会显示在这里。</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>正在收听“{device}”…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>已停止：{why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>已停止。要继续，请在 Translator 中按“开始”（Ctrl+Enter）。</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>字幕栏</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>实时字幕</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>正在说的内容</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>字幕栏状态</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>拖动以调整大小</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>点击穿透字幕栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>重置字幕栏位置(&amp;R)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>显示正在说的内容</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>隐藏字幕栏</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>字幕栏预览</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>字幕栏样式</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>字幕字体</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>使用应用的默认字体(&amp;D)</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>使用应用的默认字体</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>文字大小（磅）</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>背景颜色</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>背景不透明度</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>字幕行数</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>在译文下方显示原话(&amp;W)</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>在译文下方显示原话</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>高对比度（黑底黄字）(&amp;H)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>高对比度，黑底黄字</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>确定，保留此样式</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>取消，将字幕栏恢复原样</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>文字颜色(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>背景颜色(&amp;B)：</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>背景不透明度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>行数(&amp;L)：</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>更改会立即显示在字幕栏上。“确定”保留更改；“取消”将字幕栏恢复原样。</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>由高对比度设定；关闭它即可自行选择。</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>对比度 {ratio}:1 — 符合 WCAG AA</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>请选择更浅的背景、更高的不透明度或高对比度</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>请选择更深的背景、更高的不透明度或高对比度</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>对比度 {ratio}:1 — 低于 WCAG AA（4.5:1）；{advice}</translation>
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
        <translation>应用不知道 {model} 的费用，因此无法遵守 {cap} 的费用上限；会话未启动。请选择其他模型，或在“设置 → 费用上限”中取消上限。</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>本次会话已达到 {cap} 的费用上限（约 {cost}），因此已停止。请在设置中提高上限以继续。</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>本次会话已用约 {cost}，费用上限为 {cap}；达到上限时将停止。</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>输出设备</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>无语音 — 仅字幕</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device}（系统默认）</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>正在查找设备…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>对方 → 我</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>对方 → 我：用我的语言听会议(&amp;T)</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>翻译成：</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>收听：</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>译文播放到：</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>请选择会议应用所用输出对应的“声音来自：…”。</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>我 → 对方</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>我 → 对方：用对方的语言说我的话(&amp;M)</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>对方的语言：</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>我的麦克风：</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>译文播放到：</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>播放到虚拟麦克风，并在会议应用中将其选为麦克风。</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}：开或关</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}：输入电平</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}：输出电平</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}：状态</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}：设备</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>所说语言：</translation>
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
        <translation>连接设置</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url}（来自 OPENAI_BASE_URL）</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url}（默认）</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>组织 ID</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>可选，org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>可选，proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>基础 URL 留空即使用环境中的 OPENAI_BASE_URL。</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>基础 URL 留空即使用 OpenAI。</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>其他端点必须使用 https://（普通 http:// 仅限本机上的服务器）。</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>尚未设置 OpenAI API 密钥。请在“设置 → API 密钥”中添加，然后重新测试。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>“{keys}”不是单个组合键；请选择类似 Ctrl+Alt+Shift+C 的组合，或在 Translator 获得焦点时使用 {shortcut}。</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} 会让所有应用都无法用这个键打字；请在组合中加上 Ctrl、Alt 或 Meta。</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>在 Translator 获得焦点时使用 {shortcut}</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland 不允许应用占用全局按键；请{fallback}，或使用托盘菜单。</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>此版本的 Translator 在 macOS 上没有全局快捷键；请使用菜单栏图标，或在 Translator 获得焦点时使用 {shortcut}。</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>没有可占用全局按键的 X 显示（未设置 DISPLAY）；请{fallback}，或使用托盘菜单。</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>当前使用的显示系统（{system}）不提供全局按键；请{fallback}，或使用托盘菜单。</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} 已被其他应用占用；请选择其他组合，或{fallback}。</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>在此键盘布局上无法输入 {keys}；请选择其他组合。</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator 无法连接显示（{detail}）以占用全局按键；请{fallback}，或使用托盘菜单。</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>系统拒绝将 {keys} 作为全局按键（{detail}）；请选择其他组合，或{fallback}。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>会议的声音</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>你的麦克风</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>搜索字幕</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>原文显示在译文下方</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>字幕历史</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>说话人：Them（会议的声音）或 Me（你的麦克风）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>译文和原文</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API 密钥</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator 需要 OpenAI API 密钥。密钥保存在系统密钥环中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>在 OpenAI 网站上创建或复制密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>显示密钥</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>翻译成</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>实时译文（{speaker}）</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>实时原文转写（{speaker}）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>开始或停止翻译</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>开始或停止翻译（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>已传输分钟数和预估费用</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>开始翻译</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>历史会话(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>字幕栏(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>稳定字幕（仅显示完整的行）(&amp;S)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>字幕栏样式(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>自动（跟随系统）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>API 密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>删除 API 密钥(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>费用上限(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>刷新设备(&amp;R)</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>会话模式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>自动（按语言）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>翻译(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>口译(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>所说语言的字幕(&amp;C)</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>翻译时降低会议音量(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>降低 10 dB(&amp;1)</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>降低 20 dB(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>立即停止</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>立即停止，不等待其余翻译完成（Ctrl+Enter）</translation>
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
        <translation>停止翻译</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>实时 — 以{language}显示字幕</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>实时 — 正在翻译成{language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>正在连接 {host}…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>充当口译员的对话模型</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>转写模型</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>口译</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>出现问题：{error}。详细信息见日志。</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>请打开“{them}”或“{me}”，然后按“开始”。</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>正在完成最后一句…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>{mode} 模式无法生成 {language}；请选择其他语言，或选择“设置 → 会话模式 → 自动”。</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>“{name}”停止工作（已拔出？）</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>声音设备“{name}”停止工作（已拔出？）。{direction} 已停止，转录已保存；请选择一个设备后再次打开。</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>无法将转录保存到 {path}。</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>已停止。{reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>已停止。转录已保存到 {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}：{text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>会话将重新启动一次</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>从下次开始时生效</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language}由{model}生成（{mode}模式）；{when}。</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>为 {direction} 选择的输入“{device}”未连接；改为收听“{default}”（系统默认）。</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>为 {direction} 选择的输入“{device}”未连接；改用系统默认输入。</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>为 {direction} 选择的输出“{device}”未连接；改为在“{default}”（系统默认）上播放。</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>为 {direction} 选择的输出“{device}”未连接；改用系统默认输出。</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction} 已停止；转录已保存。</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>“{device}”已有 {seconds} 秒没有声音——会议是通过“{output}”播放的吗？请选择会议应用使用的输出设备。</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>“{device}”已有 {seconds} 秒没有声音——“{picker}”中选择的设备正确吗？</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>对方 → 我</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>我 → 对方</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>还没有 OpenAI API 密钥：请在“设置 → API 密钥”中添加，然后按“开始”。</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>API 密钥已保存到系统密钥环。</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>API 密钥仅在本次运行期间保留。</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>已忘记 API 密钥。（环境中仍设置了 OPENAI_API_KEY。）</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>已忘记 API 密钥。</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>查找包含以下内容的会话…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>按文字查找会话</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>历史会话</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>两种语言</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count} 行</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>（已中断）</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>删除转写记录</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>删除 {session} 的转写记录？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>无法删除 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>导出转写记录</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>字幕 (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>网页字幕 (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>无法导出到 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>已将 {session} 导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>yyyy年M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>{when} 开始的会话</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>保存为 {name} 的会话</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator 在{session}期间意外关闭，当时还没有完成任何一行字幕，因此没有可恢复的内容。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator 在 {count} 个会话中意外关闭，每次都还没有完成任何一行字幕，因此没有可恢复的内容。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>Translator 在{session}期间意外关闭。{saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>另一个会话列在“视图 → 历史会话”中。</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>其余 {count} 个会话列在“视图 → 历史会话”中。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>Translator 在 {count} 个会话中意外关闭。保存了字幕的最近一个会话是{session}。{saved}{others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>当时还没有完成任何一行字幕，但正在说的内容也已保存，并标记为未完成。</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>此前完成的那一行字幕已保存；正在说的内容也已保存，并标记为未完成。</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>此前完成的那一行字幕已保存。</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>此前完成的 {count} 行字幕已全部保存；正在说的内容也已保存，并标记为未完成。</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>此前完成的 {count} 行字幕已全部保存。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>Translator 上次意外关闭，当时还没有完成任何一行字幕。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>Translator 上次意外关闭；正在说的内容已保存，标记为未完成。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>Translator 上次意外关闭；已保存 1 行字幕（另有一行未完成）。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>Translator 上次意外关闭；已保存 1 行字幕。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>Translator 上次意外关闭；已保存 {count} 行字幕（另有一行未完成）。</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>Translator 上次意外关闭；已保存 {count} 行字幕。</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>恢复上一个会话</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>保存在 {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>打开转录</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>OpenAI rejected the API key. Check it under Settings → API key.</source>
        <translation>OpenAI 拒绝了该 API 密钥。请在“设置 → API 密钥”中检查。</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>尚未设置 OpenAI API 密钥。请在“设置 → API 密钥”中添加。</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>您的 OpenAI 账户余额已用完。请在 OpenAI 账单设置中充值，然后重新开始。</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>应用内部出现问题（{what}）。会话已停止，转录已保存；请再次打开以继续（详细信息见日志）。</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI 正在限制此 API 密钥的连接频率。请等一分钟，然后重新开始。</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>翻译会话已达到时间上限。请重新开始以继续。</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>此 API 密钥无权使用 {model}；请在 platform.openai.com 上检查项目的模型访问权限。</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} 不向此 API 密钥提供 {model}；请在设置中检查端点和密钥。</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>{host} 上的翻译服务出现问题（HTTP {status}）；请稍后重试。</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} 拒绝了连接（HTTP {status}）。</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>{seconds} 秒内没有响应</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>找不到该名称（请检查地址和网络连接）</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>无法验证其安全证书</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>发生网络错误</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>无法连接 {host}：{reason}。</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>{host} 的端点地址无效。</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} 的响应不像 OpenAI 实时端点；请在设置中检查端点。</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>无法通过 {host} 开始翻译（{error}）。</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} 接受了连接，但在 {seconds} 秒内没有开始翻译会话。</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>{host} 上的翻译服务结束了会话（代码 {code}）。</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>与 {host} 的连接已断开。</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>约 {seconds} 秒的音频未能送达翻译服务（连接缓慢或停滞）；翻译中缺少这一段。</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>会话结束时翻译服务尚未赶上：最后最多 {seconds} 秒的音频可能未被翻译（连接较慢）。</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>与 {host} 的连接已断开，{attempts} 次重新连接均失败；请检查网络连接，然后重新开始。</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>{host} 上的翻译服务结束了会话。</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>翻译服务不接受会话设置：{detail}。</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>翻译服务报告了一个问题：{detail}。</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>音频落后 {seconds} 秒：连接或翻译服务跟不上说话的速度。目前尚未丢失任何内容；字幕会延迟显示。</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>音频落后 {seconds} 秒：连接或翻译服务跟不上说话的速度；字幕会延迟显示。</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>音频已追上；字幕恢复实时。</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>正在收尾：还有 {seconds} 秒的音频正在翻译… 再次按“停止”可立即结束。</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>正在收尾：正在翻译最后几句话… 再次按“停止”可立即结束。</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>一段口译被截断：已达到模型允许的最长回答。</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>一段口译被 OpenAI 的内容过滤器拦截。</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>一段口译因新的讲话而中断。</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>一段口译已取消。</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>一段口译未完成（{status}）。</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>一段口译失败。</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>有一段语音无法转写（{detail}）；字幕继续。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>翻译服务发送的语音格式应用无法播放（{detail}）；这部分语音已跳过。</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>每秒 {rate} 个采样</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} 个声道</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>翻译服务发送的字幕过大（{size} 个字符）；已截断为 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>翻译服务发送的消息过大（{size} 字节）；已跳过。</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>未提供详细信息</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>已重新连接。连接中断的 {seconds} 秒未被翻译；字幕从现在起继续实时显示（该空白已记入文字记录）。</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>最多 {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} 分钟 · 本次会话 {dollars} · 今天 {today_minutes} 分钟 · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>{date} 的价格</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>连接已设为 {endpoint}。</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>从下次开始时生效。</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>无费用上限。</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>从下次开始起，会话在 {amount} 时停止。</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>会话在 {amount} 时停止。</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>费用上限</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>当会话的预估费用达到此金额时停止（美元；0 = 无上限）。</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>达到 80 % 时会提醒你。</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} 秒未翻译：连接已中断]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>有一个文件占用了该文件夹的位置</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>文件夹不可用</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>无法将转录保存到 {directory}：{reason}。字幕会继续显示；请释放一些空间，届时未保存的行将被保存。</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>无法将转录保存到 {directory}：{reason}。字幕会继续显示；一旦该文件夹可以再次写入，未保存的行就会被保存。</translation>
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
