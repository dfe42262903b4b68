<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>{app} hakkında</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>Toplantılar için canlı çevrilmiş altyazı ve konuşma.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>Telif hakkı © 2026 Translator katkıcıları. MIT lisansıyla yayımlanmıştır.</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>Translator’ı oluşturan bileşenlerin açık kaynak bildirimleri:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Günlük klasörünü aç</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>Yeni dil, Translator bir sonraki açılışında uygulanır.</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>&amp;Pencereyi göster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>Altyazı çubuğu için sistem geneli &amp;kısayol ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>Sistem geneli kısayol kapalı; Translator odaktayken Ctrl+Shift+B çalışır.</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>{keys} kullanılamadı.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Geçmiş oturumlar</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app} son çalışmasında çöktü; bir rapor {path} konumuna kaydedildi.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>Toplantının sesini kısmak için pycaw kitaplığı gerekiyor ama eksik; Translator&apos;ı yeniden kurun.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>macOS hiçbir uygulamanın başka bir uygulamanın sesini değiştirmesine izin vermediği için çeviriler sırasında toplantının sesini kısmak macOS&apos;te kullanılamaz; bunun yerine toplantı uygulamasının kendi sesini kısın.</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>Çeviriler sırasında toplantının sesini kısmak bu sistemde kullanılamaz.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS, Translator&apos;ın sistemin sesini duymasına izin vermedi: Sistem Ayarları → Gizlilik ve Güvenlik → Ekran ve Sistem Sesi Kaydı altında Translator&apos;a izin verin, ardından yeniden Başlat&apos;a basın.</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS, Translator&apos;ın “{app}” uygulamasını duymasına izin vermedi: Sistem Ayarları → Gizlilik ve Güvenlik → Ekran ve Sistem Sesi Kaydı altında Translator&apos;a izin verin, ardından yeniden Başlat&apos;a basın.</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator bu Mac&apos;teki uygulamaları henüz listeleyemiyor: Sistem Ayarları → Gizlilik ve Güvenlik → Ekran ve Sistem Sesi Kaydı altında izin verin (tüm sistemi bir kez dinlemek bu izni ister), ardından Aygıtları yenile&apos;yi seçin.</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>“{app}” şu anda çalışmıyor ya da açık penceresi yok; başlatın ve Aygıtları yenile&apos;yi seçin ya da bunun yerine tüm sistemi dinleyin.</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS zamanında yanıt vermedi; yeniden Başlat&apos;a basın.</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS, Translator&apos;ın dinlemesini reddetti ({error}); {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS sistemin sesini iletmeyi reddetti; Translator&apos;ı yeniden başlatıp tekrar deneyin.</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>“{device}” için macOS 13 veya daha yenisi gerekir; BlackHole&apos;u kurun ve bunun yerine “Sound from: BlackHole” seçin.</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>Altyazıları burada görmek için Translator’da Başlat’a (Ctrl+Enter) basın.</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>“{device}” dinleniyor…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>Durdu: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>Durduruldu. Devam etmek için Translator’da Başlat’a (Ctrl+Enter) basın.</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>Altyazı çubuğu</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Altyazılar</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>Canlı altyazılar</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>Söylenenler</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>Altyazı çubuğu durumu</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>Boyutlandırmak için sürükleyin</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>Altyazı çubuğunun &amp;içinden tıkla</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>Altyazı çubuğunun konumunu &amp;sıfırla</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Satırlar</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>Söyleneni göster</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek karşıtlık</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>Altyazı çubuğunu gizle</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>Altyazı çubuğunun önizlemesi</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>Altyazı çubuğu stili</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>Altyazı yazı tipi</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>Uygulamanın &amp;varsayılan yazı tipini kullan</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>Uygulamanın varsayılan yazı tipini kullan</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Punto cinsinden metin boyutu</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Metin rengi</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Arka plan rengi</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Arka plan opaklığı</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>Altyazı satırı sayısı</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>Çevirinin altında &amp;söyleneni göster</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>Çevirinin altında söyleneni göster</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>&amp;Yüksek karşıtlık (siyah üzerine sarı)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>Yüksek karşıtlık, siyah üzerine sarı</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>Tamam, bu stili koru</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>İptal, altyazı çubuğunu eski hâline getir</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Yazı tipi:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Boyut:</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>&amp;Metin rengi:</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>&amp;Arka plan rengi:</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>Arka plan &amp;opaklığı:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Satırlar:</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>Değişiklikler yaptıkça altyazı çubuğunda görünür. Tamam onları korur; İptal çubuğu eski hâline getirir.</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>Yüksek karşıtlık tarafından ayarlandı; kendiniz seçmek için kapatın.</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>Karşıtlık {ratio}:1 — WCAG AA’yı karşılıyor</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>daha açık bir arka plan, daha fazla opaklık veya Yüksek karşıtlık seçin</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>daha koyu bir arka plan, daha fazla opaklık veya Yüksek karşıtlık seçin</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>Karşıtlık {ratio}:1 — WCAG AA’nın (4,5:1) altında; {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>Ocak {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>Şubat {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>Mart {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>Nisan {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>Mayıs {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>Haziran {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>Temmuz {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>Ağustos {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>Eylül {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>Ekim {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>Kasım {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>Aralık {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>Uygulama {model} modelinin ne kadara mal olduğunu bilmiyor, bu yüzden {cap} harcama sınırına uyamaz; oturum başlatılmadı. Başka bir model seçin veya Ayarlar → Harcama sınırı altından sınırı kaldırın.</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>Bu oturum {cap} harcama sınırına ulaştı (yaklaşık {cost}), bu yüzden durduruldu. Devam etmek için Ayarlar’dan sınırı yükseltin.</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>Bu oturum {cap} harcama sınırının yaklaşık {cost} kadarını kullandı; sınıra ulaşınca durur.</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>Giriş aygıtı</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Çıkış aygıtı</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>Ses yok — yalnızca altyazı</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (sistem varsayılanı)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>Aygıtlar aranıyor…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>Otomatik algıla</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Onlar → ben</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;Onlar → ben: toplantı benim dilimde</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Şu dile çevir:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>Dinlenecek:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>Çeviriyi şurada çal:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>Toplantı uygulamanızın sesi verdiği çıkış için “Ses kaynağı: …” seçeneğini seçin.</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Ben → onlar</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>&amp;Ben → onlar: sesim onların dilinde</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>Onların dili:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>Mikrofonum:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>Çeviriyi şuraya çal:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>Sanal bir mikrofona çalın ve toplantı uygulamanızda onu mikrofon olarak seçin.</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: açık veya kapalı</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: giriş düzeyi</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: çıkış düzeyi</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: durum</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: aygıtlar</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>Konuşulan dil:</translation>
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
        <translation>Bağlantı ayarları</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Temel URL</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (OPENAI_BASE_URL’den)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (varsayılan)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Kuruluş kimliği</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>isteğe bağlı, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Proje kimliği</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>isteğe bağlı, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Bağlantıyı &amp;sına</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>Ortamdaki OPENAI_BASE_URL’yi kullanmak için temel URL’yi boş bırakın.</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>OpenAI’yi kullanmak için temel URL’yi boş bırakın.</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>Diğer uç noktalar https:// kullanmalıdır (düz http:// yalnızca bu bilgisayardaki bir sunucu için).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>Bir OpenAI API anahtarı ayarlanmamış. Ayarlar → API anahtarı altından ekleyin, sonra yeniden sınayın.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı sınanıyor…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>“{keys}” tek bir tuş birleşimi değil; Ctrl+Alt+Shift+C gibi bir birleşim seçin ya da Translator odaktayken {shortcut} kullanın.</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} bu tuşu tüm uygulamalarda yazmaktan alıkoyar; birleşime Ctrl, Alt veya Meta ekleyin.</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>Translator odaktayken {shortcut} kullanın</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland uygulamaların sistem geneli tuş almasına izin vermiyor; {fallback} ya da sistem tepsisi menüsünü kullanın.</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>Translator’ın bu sürümünde macOS için sistem geneli kısayol yok; menü çubuğu simgesini ya da Translator odaktayken {shortcut} kullanın.</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>Sistem geneli tuş alınacak bir X ekranı yok (DISPLAY ayarlı değil); {fallback} ya da sistem tepsisi menüsünü kullanın.</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Kullanılan görüntü sistemi ({system}) sistem geneli tuş sunmuyor; {fallback} ya da sistem tepsisi menüsünü kullanın.</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} zaten başka bir uygulama tarafından kullanılıyor; başka bir birleşim seçin ya da {fallback}.</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} bu klavye düzeninde yazılamıyor; başka bir birleşim seçin.</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator sistem geneli tuş almak için ekrana ulaşamadı ({detail}); {fallback} ya da sistem tepsisi menüsünü kullanın.</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>Sistem {keys} birleşimini sistem geneli tuş olarak reddetti ({detail}); başka bir birleşim seçin ya da {fallback}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>Toplantının sesi</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>Mikrofonunuz</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>Altyazılarda ara</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>Özgün metin çevirinin altında</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>En yeniye git</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>Altyazı geçmişi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Çeviri</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Özgün</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>Kim konuştu: Them (toplantının sesi) veya Me (mikrofonunuz)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>Çeviri ve özgün metin</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API anahtarı</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator’ın bir OpenAI API anahtarına ihtiyacı var. Anahtar sistem anahtarlığınızda saklanır, asla bir dosyada değil.</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>OpenAI web sitesinde bir anahtar oluşturun veya kopyalayın</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Anahtarı göster</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>Şu dile çevir</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>Canlı çeviri ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>Canlı özgün döküm ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>Çeviriyi başlat veya durdur</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>Çeviriyi başlat veya durdur (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hazır</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>Aktarılan dakikalar ve tahmini maliyet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>Çeviriyi başlat</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>&amp;Geçmiş oturumlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>Altyazı &amp;çubuğu</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>&amp;Sabit altyazılar (yalnızca tamamlanan satırlar)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>Altyazı çubuğu s&amp;tili…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Daha &amp;büyük metin</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Daha &amp;küçük metin</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Varsayılan metin boyutu</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;Otomatik (sistem gibi)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Açık</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Koyu</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>&amp;API anahtarı…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>API anahtarını &amp;unut</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Bağlantı…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>Harcama &amp;sınırı…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>Aygıtları &amp;yenile</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>Oturum &amp;kipi</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;Otomatik (dile göre)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>Ç&amp;eviri</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>&amp;Sözlü çeviri</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>Konuşulan dilde &amp;altyazı</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>Çeviriler &amp;sırasında toplantının sesini kıs</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Kapalı</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>&amp;10 dB</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>&amp;20 dB</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Sistem dili</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} &amp;hakkında</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Şimdi durdur</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>Çevirinin geri kalanını beklemeden şimdi durdur (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Altyazılar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>Çeviriyi durdur</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>Canlı — {language} altyazı</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>Canlı — çeviri dili: {language}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Yeniden bağlanılıyor…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>{host} ile bağlantı kuruluyor…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanılıyor…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>çeviri modeli</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>tercüman olarak çalışan bir konuşma modeli</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>bir döküm modeli</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Çeviri</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>Sözlü çeviri</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Altyazılar</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>Bir sorun oluştu: {error}. Ayrıntılar günlükte.</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>“{them}” veya “{me}” seçeneğini açın, sonra Başlat’a basın.</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>Son cümle tamamlanıyor…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>{mode} kipi {language} üretemez; başka bir dil seçin ya da Ayarlar → Oturum kipi → Otomatik’i seçin.</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>“{name}” çalışmayı durdurdu (çıkarıldı mı?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>Ses aygıtı “{name}” çalışmayı durdurdu (çıkarıldı mı?). {direction} durdu ve döküm kaydedildi; bir aygıt seçip yeniden açın.</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>Döküm {path} konumuna kaydedilemedi.</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>Durduruldu. {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>Durduruldu. Döküm şuraya kaydedildi: {path}</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>oturum bir kez yeniden başlar</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>bir sonraki başlatmadan itibaren</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language}: {model} tarafından üretilir ({mode} kipi); {when}.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>{direction} için seçilen “{device}” girişi bağlı değil; onun yerine “{default}” (sistem varsayılanı) dinleniyor.</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>{direction} için seçilen “{device}” girişi bağlı değil; onun yerine sistemin varsayılan girişi kullanılıyor.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>{direction} için seçilen “{device}” çıkışı bağlı değil; onun yerine “{default}” (sistem varsayılanı) üzerinden çalınıyor.</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>{direction} için seçilen “{device}” çıkışı bağlı değil; onun yerine sistemin varsayılan çıkışı kullanılıyor.</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction} durduruldu; döküm kaydedildi.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>{seconds} saniyedir “{device}” kaynağından ses yok — toplantı “{output}” üzerinden mi çalıyor? Toplantı uygulamasının kullandığı çıkışı seçin.</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>{seconds} saniyedir “{device}” kaynağından ses yok — “{picker}” altında doğru aygıt mı seçili?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>Onlar → ben</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>Ben → onlar</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>Henüz OpenAI API anahtarı yok: Ayarlar → API anahtarı altından ekleyin, sonra Başlat’a basın.</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>API anahtarı sistem anahtarlığına kaydedildi.</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>API anahtarı yalnızca bu çalıştırma için tutuluyor.</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>API anahtarı unutuldu. (OPENAI_API_KEY ortamda hâlâ tanımlı.)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>API anahtarı unutuldu.</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>Şunu içeren oturumları bul…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>Oturumları metne göre bul</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Geçmiş oturumlar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Dışa aktarılacak</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Çeviri</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Özgün</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Her iki dil</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count} satır</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(yarıda kaldı)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>Dökümü sil</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>{session} dökümü silinsin mi? Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>{path} silinemiyor: {reason}.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Dökümü dışa aktar</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Altyazılar (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>Web altyazıları (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Düz metin (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>{path} konumuna aktarılamıyor: {reason}.</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>{session}, {path} konumuna aktarıldı.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy ddd, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>d MMM ddd, HH:mm</translation>
    </message>
    <message>
        <source>the session that started {when}</source>
        <translation>{when} tarihinde başlayan oturum</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>{name} olarak kaydedilen oturum</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator, {session} sırasında, hiçbir alt yazı satırı tamamlanmadan beklenmedik biçimde kapandı; bu yüzden kurtarılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>Translator {count} oturum sırasında, her seferinde hiçbir alt yazı satırı tamamlanmadan beklenmedik biçimde kapandı; bu yüzden kurtarılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>Translator, {session} sırasında beklenmedik biçimde kapandı. {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>Diğeri Görünüm → Geçmiş oturumlar altında listeleniyor.</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>Diğer {count} oturum Görünüm → Geçmiş oturumlar altında listeleniyor.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>Translator {count} oturum sırasında beklenmedik biçimde kapandı. Kaydedilmiş alt yazıları olan en son oturum: {session}. {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>Hiçbir alt yazı satırı tamamlanmamıştı, ancak o sırada söylenmekte olan da tamamlanmamış olarak işaretlenip kaydedildi.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>O ana kadar tamamlanan tek alt yazı satırı kaydedildi; o sırada söylenmekte olan da tamamlanmamış olarak işaretlenip kaydedildi.</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>O ana kadar tamamlanan tek alt yazı satırı kaydedildi.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>O ana kadar tamamlanan {count} alt yazı satırının tümü kaydedildi; o sırada söylenmekte olan da tamamlanmamış olarak işaretlenip kaydedildi.</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>O ana kadar tamamlanan {count} alt yazı satırının tümü kaydedildi.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>Translator geçen sefer, hiçbir alt yazı satırı tamamlanmadan beklenmedik biçimde kapandı.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>Translator geçen sefer beklenmedik biçimde kapandı; o sırada söylenmekte olan tamamlanmamış olarak kaydedildi.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>Translator geçen sefer beklenmedik biçimde kapandı; 1 alt yazı satırı kaydedildi (ve tamamlanmamış bir satır).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>Translator geçen sefer beklenmedik biçimde kapandı; 1 alt yazı satırı kaydedildi.</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>Translator geçen sefer beklenmedik biçimde kapandı; {count} alt yazı satırı kaydedildi (ve tamamlanmamış bir satır).</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>Translator geçen sefer beklenmedik biçimde kapandı; {count} alt yazı satırı kaydedildi.</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>Son oturumu kurtar</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Kayıt yeri: {folder}</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Dökümü aç</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Şimdi değil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>OpenAI rejected the API key. Check it under Settings → API key.</source>
        <translation>OpenAI API anahtarını reddetti. Ayarlar → API anahtarı altından denetleyin.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>Bir OpenAI API anahtarı ayarlanmamış. Ayarlar → API anahtarı altından ekleyin.</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>OpenAI hesabınızda kredi kalmadı. OpenAI faturalandırma ayarlarından kredi ekleyin, sonra yeniden başlatın.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>Uygulamanın içinde bir sorun oluştu ({what}). Oturum durduruldu ve döküm kaydedildi; devam etmek için yeniden açın (ayrıntılar günlükte).</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI bu API anahtarının ne sıklıkla bağlanabileceğini sınırlıyor. Bir dakika bekleyin, sonra yeniden başlatın.</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>Çeviri oturumu süre sınırına ulaştı. Devam etmek için yeniden başlatın.</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>Bu API anahtarı {model} modelini kullanamaz; platform.openai.com üzerinde projenin model erişimini denetleyin.</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} bu API anahtarına {model} sunmuyor; Ayarlar’da uç noktayı ve anahtarı denetleyin.</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>{host} üzerindeki çeviri hizmetinde sorun var (HTTP {status}); birazdan yeniden deneyin.</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} bağlantıyı reddetti (HTTP {status}).</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>{seconds} saniye içinde yanıt yok</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>adı bulunamadı (adresi ve internet bağlantınızı denetleyin)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>bağlantı reddedildi</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>güvenlik sertifikası doğrulanamadı</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>güvenli bağlantı kurulamadı</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>bağlantı kesildi</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>bir ağ hatası oluştu</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>{host} adresine ulaşılamıyor: {reason}.</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>{host} için uç nokta adresi geçerli değil.</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} bir OpenAI gerçek zamanlı uç noktası gibi yanıt vermedi; Ayarlar’da uç noktayı denetleyin.</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>{host} ile çeviri başlatılamadı ({error}).</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} bağlantıyı kabul etti ancak {seconds} saniye içinde bir çeviri oturumu başlatmadı.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>{host} üzerindeki çeviri hizmeti oturumu sonlandırdı (kod {code}).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>{host} ile bağlantı koptu.</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>Yaklaşık {seconds} sn ses çeviri hizmetine ulaşamadı (yavaş veya takılan bir bağlantı); o bölüm çeviride eksik.</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>Oturum sona erdiğinde çeviri hizmeti henüz yetişememişti: son sesin {seconds} sn&apos;ye kadarı çevrilmemiş olabilir (yavaş bir bağlantı).</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>{host} ile bağlantı koptu ve {attempts} yeniden bağlanma denemesi başarısız oldu; internet bağlantınızı denetleyin, sonra yeniden başlatın.</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>{host} üzerindeki çeviri hizmeti oturumu sonlandırdı.</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>Çeviri hizmeti oturum ayarlarını kabul etmedi: {detail}.</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>Çeviri hizmeti bir sorun bildirdi: {detail}.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>Ses {seconds} sn geride: bağlantı ya da çeviri hizmeti konuşmadan yavaş. Henüz hiçbir şey kaybolmadı; altyazılar gecikmeli geliyor.</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>Ses {seconds} sn geride: bağlantı ya da çeviri hizmeti konuşmadan yavaş; altyazılar gecikmeli geliyor.</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>Ses yetişti; altyazılar yeniden canlı.</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>Bitiriliyor: {seconds} sn ses hâlâ çevriliyor… Hemen bitirmek için yeniden Durdur’a basın.</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>Bitiriliyor: son sözler çevriliyor… Hemen bitirmek için yeniden Durdur’a basın.</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>Bir sözlü çeviri yarıda kesildi: modelin verebileceği en uzun yanıta ulaştı.</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>Bir sözlü çeviri OpenAI’ın içerik filtresi tarafından engellendi.</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>Bir sözlü çeviri yeni konuşma nedeniyle kesintiye uğradı.</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>Bir sözlü çeviri iptal edildi.</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>Bir sözlü çeviri tamamlanmadı ({status}).</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>Bir sözlü çeviri başarısız oldu.</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>Konuşmanın bir bölümü yazıya dökülemedi ({detail}); altyazılar devam ediyor.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>neden belirtilmedi</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>Çeviri hizmeti, uygulamanın çalamadığı bir biçimde konuşma gönderdi ({detail}); konuşmanın o bölümü atlandı.</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>saniyede {rate} örnek</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} kanal</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>Çeviri hizmeti aşırı büyük bir altyazı gönderdi ({size} karakter); {limit} karaktere kısaltıldı.</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>Çeviri hizmeti aşırı büyük bir ileti gönderdi ({size} bayt); atlandı.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>ayrıntı verilmedi</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>Yeniden çevrimiçi. Bağlantının koptuğu {seconds} sn çevrilmedi; altyazılar şu andan itibaren canlı devam ediyor (boşluk dökümde not edildi).</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>maliyet bilinmiyor</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>en fazla {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} dk · bu oturum {dollars} · bugün {today_minutes} dk · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>{date} fiyatları</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>Bağlantı {endpoint} olarak ayarlandı.</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>Bir sonraki başlatmadan itibaren geçerlidir.</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>Harcama sınırı yok.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>Bir sonraki başlatmadan itibaren oturumlar {amount} tutarında durur.</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>Oturumlar {amount} tutarında durur.</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>Harcama sınırı</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>Tahmini maliyeti şu tutara ulaşınca oturumu durdur (ABD doları; 0 = sınır yok).</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>%80’de uyarılırsınız.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} sn çevrilmedi: bağlantı kesikti]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk dolu</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>disk kotası doldu</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>izin verilmedi</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk salt okunur</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>klasörün yerinde bir dosya var</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>klasör kullanılamıyor</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>disk bir hata bildirdi</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>bilinmeyen bir hata</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>Döküm {directory} konumuna kaydedilemiyor: {reason}. Altyazılar sürüyor; biraz yer açın, kaydedilemeyen satırlar o zaman kaydedilecek.</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>Döküm {directory} konumuna kaydedilemiyor: {reason}. Altyazılar sürüyor; klasöre yeniden yazılabildiği anda kaydedilemeyen satırlar kaydedilecek.</translation>
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
