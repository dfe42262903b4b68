<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>회의를 위한 실시간 번역 자막과 음성.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Copyright © 2026 Translator 기여자. MIT 라이선스로 배포됩니다.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Translator를 구성하는 구성 요소의 오픈 소스 고지:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>새 언어는 다음에 Translator를 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>창 표시(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>자막 바 전역 단축키(&amp;H) ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>전역 단축키가 꺼져 있습니다. Translator에 포커스가 있을 때는 Ctrl+Shift+B를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>{keys}을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>지난 세션</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app}이(가) 지난 실행 중에 비정상 종료되었습니다. 보고서를 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>회의 소리를 줄이려면 pycaw 라이브러리가 필요한데 없습니다. Translator를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>macOS에서는 어떤 앱도 다른 앱의 음량을 바꿀 수 없어서 번역 중 회의 소리 줄이기를 쓸 수 없습니다. 대신 회의 앱 자체의 음량을 줄이세요.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>이 시스템에서는 번역 중 회의 소리 줄이기를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS가 Translator의 시스템 소리 듣기를 허용하지 않았습니다. 시스템 설정 → 개인정보 보호 및 보안 → 화면 및 시스템 오디오 녹음에서 Translator를 허용한 다음 시작을 다시 누르세요.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS가 Translator의 ‘{app}’ 소리 듣기를 허용하지 않았습니다. 시스템 설정 → 개인정보 보호 및 보안 → 화면 및 시스템 오디오 녹음에서 Translator를 허용한 다음 시작을 다시 누르세요.</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator는 아직 이 Mac의 앱 목록을 볼 수 없습니다. 시스템 설정 → 개인정보 보호 및 보안 → 화면 및 시스템 오디오 녹음에서 허용한 다음(시스템 전체 소리를 한 번 들으면 허용을 묻습니다) 장치 새로 고침을 고르세요.</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>‘{app}’이(가) 실행 중이 아니거나 열린 창이 없습니다. 앱을 실행한 다음 장치 새로 고침을 고르거나, 대신 시스템 전체 소리를 들으세요.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS가 제때 응답하지 않았습니다. 시작을 다시 누르세요.</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS가 Translator의 듣기를 거부했습니다({error}). {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS가 시스템 소리를 전달하지 않았습니다. Translator를 다시 시작한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>‘{device}’에는 macOS 13 이상이 필요합니다. BlackHole을 설치하고 대신 ‘Sound from: BlackHole’을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Translator에서 시작(Ctrl+Enter)을 누르면 여기에 자막이 표시됩니다.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>“{device}” 듣는 중…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>중지됨: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>중지되었습니다. 계속하려면 Translator에서 시작(Ctrl+Enter)을 누르세요.</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>자막 바</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>자막</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>실시간 자막</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>말하고 있는 내용</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>자막 바 상태</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>끌어서 크기 조정</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>자막 바 클릭 통과(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>자막 바 위치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>줄 수</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>말하고 있는 내용 표시</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>자막 바 숨기기</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>자막 바 미리 보기</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>자막 바 스타일</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>자막 글꼴</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>앱 기본 글꼴 사용(&amp;D)</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>앱 기본 글꼴 사용</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>글자 크기(포인트)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>글자 색</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>배경 색</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>배경 불투명도</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>자막 줄 수</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>번역 아래에 원래 말한 내용 표시(&amp;W)</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>번역 아래에 원래 말한 내용 표시</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>고대비(검은 바탕에 노란 글자)(&amp;H)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>고대비, 검은 바탕에 노란 글자</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>확인, 이 스타일 유지</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>취소, 자막 바를 원래대로 되돌리기</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>글꼴(&amp;F):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>크기(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>글자 색(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>배경 색(&amp;B):</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>배경 불투명도(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>줄 수(&amp;L):</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>변경 사항은 바로 자막 바에 표시됩니다. 확인을 누르면 유지되고, 취소를 누르면 원래대로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>고대비로 설정되었습니다. 직접 고르려면 고대비를 끄세요.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>대비 {ratio}:1 — WCAG AA 충족</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>더 밝은 배경, 더 높은 불투명도 또는 고대비를 선택하세요</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>더 어두운 배경, 더 높은 불투명도 또는 고대비를 선택하세요</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>대비 {ratio}:1 — WCAG AA(4.5:1) 미만입니다. {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>{year}년 1월</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>{year}년 2월</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>{year}년 3월</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>{year}년 4월</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>{year}년 5월</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>{year}년 6월</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>{year}년 7월</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>{year}년 8월</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>{year}년 9월</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>{year}년 10월</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>{year}년 11월</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>{year}년 12월</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>앱이 {model}의 비용을 알지 못해 지출 한도 {cap}을(를) 지킬 수 없으므로 세션을 시작하지 않았습니다. 다른 모델을 선택하거나 설정 → 지출 한도에서 한도를 제거하세요.</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>이 세션이 지출 한도 {cap}에 도달하여(약 {cost}) 중지되었습니다. 계속하려면 설정에서 한도를 높이세요.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>이 세션은 지출 한도 {cap} 중 약 {cost}을(를) 사용했습니다. 한도에 도달하면 중지됩니다.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>입력 장치</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>출력 장치</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>음성 없음 — 자막만</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (시스템 기본값)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>장치를 찾는 중…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>상대 → 나</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>상대 → 나: 회의를 내 언어로(&amp;T)</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>번역할 언어:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>들을 소리:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>번역 재생 장치:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>회의 앱이 소리를 내는 출력의 “소리 출처: …”를 선택하세요.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>나 → 상대</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>나 → 상대: 내 목소리를 상대 언어로(&amp;M)</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>상대의 언어:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>내 마이크:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>번역 재생 대상:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>가상 마이크로 재생하고 회의 앱에서 그 장치를 마이크로 선택하세요.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: 켜기 또는 끄기</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: 입력 레벨</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: 출력 레벨</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: 상태</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: 장치</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>말하는 언어:</translation>
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
        <translation>연결 설정</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (OPENAI_BASE_URL에서)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (기본값)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>조직 ID</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>선택 사항, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>프로젝트 ID</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>선택 사항, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>환경의 OPENAI_BASE_URL을 사용하려면 기본 URL을 비워 두세요.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>OpenAI를 사용하려면 기본 URL을 비워 두세요.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>다른 엔드포인트는 https://를 사용해야 합니다(일반 http://는 이 컴퓨터의 서버에만 허용).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>OpenAI API 키가 설정되지 않았습니다. 설정 → API 키에서 추가한 뒤 다시 테스트하세요.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결 테스트 중…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>“{keys}”은(는) 단일 키 조합이 아닙니다. Ctrl+Alt+Shift+C 같은 조합을 고르거나, Translator에 포커스가 있을 때 {shortcut}을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys}을(를) 쓰면 모든 앱에서 그 키로 입력할 수 없게 됩니다. 조합에 Ctrl, Alt 또는 Meta를 추가하세요.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>Translator에 포커스가 있을 때 {shortcut}을(를) 사용하세요</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland에서는 앱이 전역 키를 쓸 수 없습니다. {fallback}. 또는 트레이 메뉴를 쓰세요.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>이 버전의 Translator에는 macOS 전역 단축키가 없습니다. 메뉴 막대 아이콘을 쓰거나, Translator에 포커스가 있을 때 {shortcut}을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>전역 키를 가져올 X 디스플레이가 없습니다(DISPLAY가 설정되지 않음). {fallback}. 또는 트레이 메뉴를 쓰세요.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>사용 중인 디스플레이 시스템({system})은 전역 키를 지원하지 않습니다. {fallback}. 또는 트레이 메뉴를 쓰세요.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys}은(는) 이미 다른 앱에서 사용 중입니다. 다른 조합을 고르거나, {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys}은(는) 이 키보드 배열로 입력할 수 없습니다. 다른 조합을 고르세요.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator가 전역 키를 가져오려고 디스플레이에 연결하지 못했습니다({detail}). {fallback}. 또는 트레이 메뉴를 쓰세요.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>시스템이 {keys}을(를) 전역 키로 거부했습니다({detail}). 다른 조합을 고르거나, {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>회의 소리</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>내 마이크</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>자막 검색</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>번역 아래에 원문</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>최신으로 이동</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>자막 기록</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>번역</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>화자</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>화자: Them(회의 소리) 또는 Me(내 마이크)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>번역과 원문</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API 키</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator에는 OpenAI API 키가 필요합니다. 키는 시스템 키링에 저장되며 파일에는 절대 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>OpenAI 웹사이트에서 키 만들기 또는 복사</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>키 표시</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>번역할 언어</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>실시간 번역 ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>실시간 원문 받아쓰기 ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>번역 시작 또는 중지</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>번역 시작 또는 중지 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>전송한 시간(분)과 예상 비용</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>번역 시작</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>지난 세션(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>자막 바(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>안정된 자막(완성된 줄만)(&amp;S)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>자막 바 스타일(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>글자 크게(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>글자 작게(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>기본 글자 크기(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>테마(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>자동(시스템과 같게)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>API 키(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>API 키 삭제(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>연결(&amp;C)…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>지출 한도(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>장치 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>세션 모드(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>자동(언어에 따라)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>번역(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>통역(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>말하는 언어로 자막(&amp;C)</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>번역 중 회의 소리 줄이기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>끄기(&amp;O)</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>10 dB 줄이기(&amp;1)</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>20 dB 줄이기(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>시스템 언어(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>지금 중지</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>나머지 번역을 기다리지 않고 지금 중지 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>자막</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>번역 중지</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>실시간 — {language} 자막 표시 중</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>실시간 — {language}(으)로 번역 중</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>다시 연결하는 중…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>{host}에 연결하는 중…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>번역 모델</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>통역사 역할을 하는 대화 모델</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>받아쓰기 모델</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>번역</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>통역</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>자막</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>문제가 발생했습니다: {error}. 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>‘{them}’ 또는 ‘{me}’을(를) 켠 다음 시작을 누르세요.</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>마지막 문장을 마무리하는 중…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>{mode} 모드로는 {language}을(를) 만들 수 없습니다. 다른 언어를 고르거나 설정 → 세션 모드 → 자동을 선택하세요.</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>‘{name}’이(가) 작동을 멈췄습니다(분리되었나요?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>사운드 장치 ‘{name}’이(가) 작동을 멈췄습니다(분리되었나요?). {direction}이(가) 중지되었고 기록은 저장되었습니다. 장치를 고른 뒤 다시 켜세요.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>기록을 {path}에 저장할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>중지되었습니다. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>중지되었습니다. 기록 저장 위치: {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>세션이 한 번 다시 시작됩니다</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>다음 시작부터 적용됩니다</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language}은(는) {model}이(가) 만듭니다({mode} 모드). {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>{direction}에 고른 입력 ‘{device}’이(가) 연결되어 있지 않습니다. 대신 ‘{default}’(시스템 기본값)을(를) 듣습니다.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>{direction}에 고른 입력 ‘{device}’이(가) 연결되어 있지 않습니다. 대신 시스템 기본 입력을 사용합니다.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>{direction}에 고른 출력 ‘{device}’이(가) 연결되어 있지 않습니다. 대신 ‘{default}’(시스템 기본값)(으)로 재생합니다.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>{direction}에 고른 출력 ‘{device}’이(가) 연결되어 있지 않습니다. 대신 시스템 기본 출력을 사용합니다.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction}이(가) 중지되었습니다. 기록은 저장되었습니다.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>‘{device}’에서 {seconds}초 동안 소리가 없습니다. 회의 소리가 ‘{output}’(으)로 나오나요? 회의 앱이 쓰는 출력을 고르세요.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>‘{device}’에서 {seconds}초 동안 소리가 없습니다. ‘{picker}’에서 올바른 장치를 골랐나요?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>상대 → 나</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>나 → 상대</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>아직 OpenAI API 키가 없습니다. 설정 → API 키에서 추가한 뒤 시작을 누르세요.</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>API 키를 시스템 키링에 저장했습니다.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>API 키는 이번 실행 동안만 보관됩니다.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>API 키를 삭제했습니다. (환경 변수 OPENAI_API_KEY는 아직 설정되어 있습니다.)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>API 키를 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>다음을 포함하는 세션 찾기…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>텍스트로 세션 찾기</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>지난 세션</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>내보낼 내용</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>번역</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>두 언어 모두</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count}줄</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(중단됨)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>받아쓰기 삭제</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>{session}의 받아쓰기를 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>{path}을(를) 삭제할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>받아쓰기 내보내기</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>자막 (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>웹 자막 (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>일반 텍스트 (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>{path}(으)로 내보낼 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>{session}을(를) {path}(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>yyyy년 M월 d일 (ddd) HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>M월 d일 (ddd) HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>{when}에 시작한 세션</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>{name}(으)로 저장된 세션</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>{session} 중에 자막 줄이 하나도 완성되기 전에 Translator가 예기치 않게 종료되어 복구할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>{count}개 세션에서 매번 자막 줄이 하나도 완성되기 전에 Translator가 예기치 않게 종료되어 복구할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>{session} 중에 Translator가 예기치 않게 종료되었습니다. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>다른 하나는 보기 → 지난 세션에 있습니다.</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>나머지 {count}개는 보기 → 지난 세션에 있습니다.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>{count}개 세션에서 Translator가 예기치 않게 종료되었습니다. 저장된 자막이 있는 가장 최근 세션은 {session}입니다. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>완성된 자막 줄은 없었지만, 말하던 중이던 내용도 ‘미완료’로 표시되어 저장되었습니다.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>그때까지 완성된 자막 한 줄이 저장되었습니다. 말하던 중이던 내용도 ‘미완료’로 표시되어 저장되었습니다.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>그때까지 완성된 자막 한 줄이 저장되었습니다.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>그때까지 완성된 자막 {count}줄이 모두 저장되었습니다. 말하던 중이던 내용도 ‘미완료’로 표시되어 저장되었습니다.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>그때까지 완성된 자막 {count}줄이 모두 저장되었습니다.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>지난번에 자막 줄이 하나도 완성되기 전에 Translator가 예기치 않게 종료되었습니다.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>지난번에 Translator가 예기치 않게 종료되었습니다. 말하던 중이던 내용은 미완료로 저장되었습니다.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>지난번에 Translator가 예기치 않게 종료되었습니다. 자막 1줄(과 미완료 1줄)이 저장되었습니다.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>지난번에 Translator가 예기치 않게 종료되었습니다. 자막 1줄이 저장되었습니다.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>지난번에 Translator가 예기치 않게 종료되었습니다. 자막 {count}줄(과 미완료 1줄)이 저장되었습니다.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>지난번에 Translator가 예기치 않게 종료되었습니다. 자막 {count}줄이 저장되었습니다.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>지난 세션 복구</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>저장 위치: {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>기록 열기</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>OpenAI rejected the API key. Check it under Settings → API key.</source>
        <translation>OpenAI가 API 키를 거부했습니다. 설정 → API 키에서 확인하세요.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>OpenAI API 키가 설정되지 않았습니다. 설정 → API 키에서 추가하세요.</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>OpenAI 계정에 남은 크레딧이 없습니다. OpenAI 결제 설정에서 크레딧을 추가한 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>앱 내부에서 문제가 발생했습니다({what}). 세션이 중지되었고 기록은 저장되었습니다. 계속하려면 다시 켜세요(자세한 내용은 로그에 있습니다).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI가 이 API 키의 연결 빈도를 제한하고 있습니다. 1분 기다린 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>번역 세션이 시간 제한에 도달했습니다. 계속하려면 다시 시작하세요.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>이 API 키로는 {model}을(를) 사용할 수 없습니다. platform.openai.com에서 프로젝트의 모델 접근 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host}은(는) 이 API 키에 {model}을(를) 제공하지 않습니다. 설정에서 엔드포인트와 키를 확인하세요.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>{host}의 번역 서비스에 문제가 있습니다(HTTP {status}). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host}이(가) 연결을 거부했습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>{seconds}초 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>이름을 찾을 수 없습니다(주소와 인터넷 연결을 확인하세요)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>연결이 거부되었습니다</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>보안 인증서를 확인할 수 없었습니다</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>보안 연결을 설정할 수 없었습니다</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>네트워크 오류가 발생했습니다</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>{host}에 연결할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>{host}의 엔드포인트 주소가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host}이(가) OpenAI 실시간 엔드포인트처럼 응답하지 않았습니다. 설정에서 엔드포인트를 확인하세요.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>{host}에서 번역을 시작할 수 없었습니다({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host}이(가) 연결은 받았지만 {seconds}초 안에 번역 세션을 시작하지 않았습니다.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>{host}의 번역 서비스가 세션을 끝냈습니다(코드 {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>{host}와(과)의 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>약 {seconds}초 분량의 오디오가 번역 서비스에 전달되지 못했습니다(연결이 느리거나 멈춤). 그 부분은 번역에서 빠졌습니다.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>세션이 끝날 때 번역 서비스가 따라잡지 못했습니다. 마지막 오디오 중 최대 {seconds}초가 번역되지 않았을 수 있습니다(느린 연결).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>{host}와(과)의 연결이 끊겼고 다시 연결하려는 {attempts}번의 시도가 모두 실패했습니다. 인터넷 연결을 확인한 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>{host}의 번역 서비스가 세션을 끝냈습니다.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>번역 서비스가 세션 설정을 받아들이지 않았습니다: {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>번역 서비스가 문제를 알렸습니다: {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>오디오가 {seconds}초 늦어지고 있습니다. 연결 또는 번역 서비스가 말하는 속도보다 느립니다. 아직 손실된 내용은 없으며 자막이 늦게 표시됩니다.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>오디오가 {seconds}초 늦어지고 있습니다. 연결 또는 번역 서비스가 말하는 속도보다 느려 자막이 늦게 표시됩니다.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>오디오 지연이 해소되었습니다. 자막이 다시 실시간으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>마무리 중: 아직 {seconds}초 분량의 오디오를 번역하고 있습니다… 지금 끝내려면 중지를 다시 누르세요.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>마무리 중: 마지막 말을 번역하고 있습니다… 지금 끝내려면 중지를 다시 누르세요.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>통역이 중간에 잘렸습니다. 모델이 할 수 있는 가장 긴 답변에 도달했습니다.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>OpenAI 콘텐츠 필터가 통역을 보류했습니다.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>새로운 발화로 통역이 중단되었습니다.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>통역이 취소되었습니다.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>통역이 완료되지 않았습니다({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>통역에 실패했습니다.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>음성 일부를 받아쓰지 못했습니다({detail}). 자막은 계속됩니다.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>이유가 제시되지 않음</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>번역 서비스가 앱에서 재생할 수 없는 형식의 음성을 보냈습니다({detail}). 해당 부분의 음성은 건너뜁니다.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>초당 {rate}개 샘플</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels}개 채널</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>번역 서비스가 너무 큰 자막을 보냈습니다({size}자). {limit}자로 잘랐습니다.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>번역 서비스가 너무 큰 메시지를 보냈습니다({size}바이트). 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>자세한 내용 없음</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>다시 연결되었습니다. 연결이 끊겼던 {seconds}초는 번역되지 않았습니다. 자막은 지금부터 실시간으로 이어집니다(이 공백은 대화록에 기록됩니다).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>비용 알 수 없음</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>최대 {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes}분 · 이번 세션 {dollars} · 오늘 {today_minutes}분 · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>{date} 기준 가격</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>연결을 {endpoint}(으)로 설정했습니다.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>다음 시작부터 적용됩니다.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>지출 한도 없음.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>다음 시작부터 세션이 {amount}에서 중지됩니다.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>세션이 {amount}에서 중지됩니다.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>지출 한도</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>예상 비용이 이 금액에 이르면 세션 중지(미국 달러, 0 = 한도 없음).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>80 %에서 경고합니다.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds}초 동안 번역되지 않음: 연결이 끊겼습니다]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>디스크 할당량을 모두 사용했습니다</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>권한이 거부되었습니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>폴더 자리에 파일이 있습니다</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>폴더를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>디스크에서 오류를 보고했습니다</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>기록을 {directory}에 저장할 수 없습니다: {reason}. 자막은 계속 표시됩니다. 공간을 확보하면 그때 저장되지 않은 줄이 저장됩니다.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>기록을 {directory}에 저장할 수 없습니다: {reason}. 자막은 계속 표시됩니다. 폴더에 다시 쓸 수 있게 되면 저장되지 않은 줄이 바로 저장됩니다.</translation>
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
