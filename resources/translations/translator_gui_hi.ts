<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>{app} के बारे में</translation>
    </message>
    <message>
        <source>Live translated captions and speech for meetings.</source>
        <translation>मीटिंग के लिए लाइव अनुवादित कैप्शन और आवाज़।</translation>
    </message>
    <message>
        <source>Copyright © 2026 Translator contributors. Released under the MIT licence.</source>
        <translation>कॉपीराइट © 2026 Translator के योगदानकर्ता। MIT लाइसेंस के तहत जारी।</translation>
    </message>
    <message>
        <source>Open-source notices of the components Translator is built from:</source>
        <translation>जिन घटकों से Translator बना है, उनकी ओपन-सोर्स सूचनाएँ:</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;लॉग फ़ोल्डर खोलें</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The new language applies the next time Translator starts.</source>
        <translation>नई भाषा अगली बार Translator शुरू होने पर लागू होगी।</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>&amp;विंडो दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <source>System-wide &amp;hotkey for the caption bar ({keys})</source>
        <translation>कैप्शन बार के लिए सिस्टम-व्यापी &amp;हॉटकी ({keys})</translation>
    </message>
    <message>
        <source>System-wide hotkey off; Ctrl+Shift+B works while Translator has focus.</source>
        <translation>सिस्टम-व्यापी हॉटकी बंद है; Translator पर फ़ोकस रहते Ctrl+Shift+B काम करता है।</translation>
    </message>
    <message>
        <source>{keys} could not be used.</source>
        <translation>{keys} का उपयोग नहीं हो सका।</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>पिछले सत्र</translation>
    </message>
    <message>
        <source>{app} crashed the last time it ran; a report was saved to {path}.</source>
        <translation>{app} पिछली बार चलते समय क्रैश हो गया था; रिपोर्ट {path} में सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Lowering the meeting needs the pycaw library, which is missing; reinstall Translator.</source>
        <translation>मीटिंग की आवाज़ कम करने के लिए pycaw लाइब्रेरी चाहिए, जो मौजूद नहीं है; Translator फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on macOS, which lets no app set another app&apos;s volume; lower the meeting app&apos;s own volume instead.</source>
        <translation>macOS पर अनुवाद के दौरान मीटिंग की आवाज़ कम करना उपलब्ध नहीं है, क्योंकि macOS किसी ऐप को दूसरे ऐप की आवाज़ बदलने नहीं देता; इसकी जगह मीटिंग ऐप की अपनी आवाज़ कम करें।</translation>
    </message>
    <message>
        <source>Lowering the meeting during translations is not available on this system.</source>
        <translation>इस सिस्टम पर अनुवाद के दौरान मीटिंग की आवाज़ कम करना उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear the system&apos;s sound: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS ने Translator को सिस्टम की आवाज़ सुनने नहीं दी: सिस्टम सेटिंग्ज़ → गोपनीयता और सुरक्षा → स्क्रीन और सिस्टम ऑडियो रिकॉर्डिंग में Translator को अनुमति दें, फिर से “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>macOS did not let Translator hear “{app}”: allow Translator under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, then press Start again.</source>
        <translation>macOS ने Translator को “{app}” सुनने नहीं दिया: सिस्टम सेटिंग्ज़ → गोपनीयता और सुरक्षा → स्क्रीन और सिस्टम ऑडियो रिकॉर्डिंग में Translator को अनुमति दें, फिर से “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>Translator may not list the apps on this Mac yet: allow it under System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording (listening to the whole system once asks for it), then choose Refresh devices.</source>
        <translation>Translator अभी इस Mac के ऐप की सूची नहीं देख सकता: सिस्टम सेटिंग्ज़ → गोपनीयता और सुरक्षा → स्क्रीन और सिस्टम ऑडियो रिकॉर्डिंग में अनुमति दें (एक बार पूरे सिस्टम की आवाज़ सुनने पर यह पूछा जाता है), फिर “डिवाइस रीफ़्रेश करें” चुनें।</translation>
    </message>
    <message>
        <source>“{app}” is not running now or has no window open; start it, then choose Refresh devices, or listen to the whole system instead.</source>
        <translation>“{app}” अभी नहीं चल रहा या उसकी कोई विंडो खुली नहीं है; उसे शुरू करें, फिर “डिवाइस रीफ़्रेश करें” चुनें, या इसकी जगह पूरे सिस्टम की आवाज़ सुनें।</translation>
    </message>
    <message>
        <source>macOS did not answer in time; try Start again.</source>
        <translation>macOS ने समय पर जवाब नहीं दिया; फिर से “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>macOS refused to let Translator listen ({error}); {permission}</source>
        <translation>macOS ने Translator को सुनने से मना कर दिया ({error}); {permission}</translation>
    </message>
    <message>
        <source>macOS refused to deliver the system&apos;s sound; restart Translator and try again.</source>
        <translation>macOS ने सिस्टम की आवाज़ देने से मना कर दिया; Translator को फिर से शुरू करके दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: BlackHole” instead.</source>
        <translation>“{device}” के लिए macOS 13 या नया चाहिए; BlackHole इंस्टॉल करें और इसके बजाय “Sound from: BlackHole” चुनें।</translation>
    </message>
</context>
<context>
    <name>CaptionFeed</name>
    <message>
        <source>Press Start in Translator (Ctrl+Enter) to see captions here.</source>
        <translation>यहाँ कैप्शन देखने के लिए Translator में शुरू करें (Ctrl+Enter) दबाएँ।</translation>
    </message>
    <message>
        <source>Listening to “{device}”…</source>
        <translation>“{device}” सुन रहा है…</translation>
    </message>
    <message>
        <source>Stopped: {why}</source>
        <translation>रुका: {why}</translation>
    </message>
    <message>
        <source>Stopped. Press Start in Translator (Ctrl+Enter) to go on.</source>
        <translation>रुक गया। जारी रखने के लिए Translator में शुरू करें (Ctrl+Enter) दबाएँ।</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption bar</source>
        <translation>कैप्शन बार</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>लाइव कैप्शन</translation>
    </message>
    <message>
        <source>What is being said</source>
        <translation>जो कहा जा रहा है</translation>
    </message>
    <message>
        <source>Caption bar status</source>
        <translation>कैप्शन बार की स्थिति</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>आकार बदलने के लिए खींचें</translation>
    </message>
    <message>
        <source>Click &amp;through the caption bar</source>
        <translation>कैप्शन बार के &amp;आर-पार क्लिक</translation>
    </message>
    <message>
        <source>&amp;Reset caption bar position</source>
        <translation>कैप्शन बार की जगह &amp;रीसेट करें</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Show what is being said</source>
        <translation>जो कहा जा रहा है, दिखाएँ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>उच्च कंट्रास्ट</translation>
    </message>
    <message>
        <source>Hide caption bar</source>
        <translation>कैप्शन बार छिपाएँ</translation>
    </message>
</context>
<context>
    <name>CaptionPreview</name>
    <message>
        <source>Preview of the caption bar</source>
        <translation>कैप्शन बार का पूर्वावलोकन</translation>
    </message>
</context>
<context>
    <name>CaptionStyleDialog</name>
    <message>
        <source>Caption bar style</source>
        <translation>कैप्शन बार की शैली</translation>
    </message>
    <message>
        <source>Caption font</source>
        <translation>कैप्शन फ़ॉन्ट</translation>
    </message>
    <message>
        <source>Use the app&apos;s &amp;default font</source>
        <translation>ऐप का &amp;डिफ़ॉल्ट फ़ॉन्ट इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Use the app&apos;s default font</source>
        <translation>ऐप का डिफ़ॉल्ट फ़ॉन्ट इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>टेक्स्ट का आकार (पॉइंट में)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>टेक्स्ट का रंग</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>पृष्ठभूमि का रंग</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>पृष्ठभूमि की अपारदर्शिता</translation>
    </message>
    <message>
        <source>Number of caption lines</source>
        <translation>कैप्शन पंक्तियों की संख्या</translation>
    </message>
    <message>
        <source>Show &amp;what was said under the translation</source>
        <translation>अनुवाद के नीचे &amp;मूल कथन दिखाएँ</translation>
    </message>
    <message>
        <source>Show what was said under the translation</source>
        <translation>अनुवाद के नीचे मूल कथन दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;High contrast (yellow on black)</source>
        <translation>&amp;उच्च कंट्रास्ट (काले पर पीला)</translation>
    </message>
    <message>
        <source>High contrast, yellow on black</source>
        <translation>उच्च कंट्रास्ट, काले पर पीला</translation>
    </message>
    <message>
        <source>OK, keep this style</source>
        <translation>ठीक है, यह शैली रखें</translation>
    </message>
    <message>
        <source>Cancel, put the caption bar back as it was</source>
        <translation>रद्द करें, कैप्शन बार पहले जैसा करें</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;फ़ॉन्ट:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;आकार:</translation>
    </message>
    <message>
        <source>&amp;Text colour:</source>
        <translation>&amp;टेक्स्ट का रंग:</translation>
    </message>
    <message>
        <source>&amp;Background colour:</source>
        <translation>&amp;पृष्ठभूमि का रंग:</translation>
    </message>
    <message>
        <source>Background o&amp;pacity:</source>
        <translation>पृष्ठभूमि की &amp;अपारदर्शिता:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;पंक्तियाँ:</translation>
    </message>
    <message>
        <source>Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar back as it was.</source>
        <translation>बदलाव करते ही कैप्शन बार पर दिखते हैं। ठीक है उन्हें रखता है; रद्द करें बार को पहले जैसा कर देता है।</translation>
    </message>
    <message>
        <source>Set by High contrast; turn it off to choose your own.</source>
        <translation>उच्च कंट्रास्ट द्वारा तय; खुद चुनने के लिए इसे बंद करें।</translation>
    </message>
</context>
<context>
    <name>Contrast</name>
    <message>
        <source>Contrast {ratio}:1 — meets WCAG AA</source>
        <translation>कंट्रास्ट {ratio}:1 — WCAG AA पूरा करता है</translation>
    </message>
    <message>
        <source>choose a lighter background, more opacity, or High contrast</source>
        <translation>हल्की पृष्ठभूमि, अधिक अपारदर्शिता या उच्च कंट्रास्ट चुनें</translation>
    </message>
    <message>
        <source>choose a darker background, more opacity, or High contrast</source>
        <translation>गहरी पृष्ठभूमि, अधिक अपारदर्शिता या उच्च कंट्रास्ट चुनें</translation>
    </message>
    <message>
        <source>Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}</source>
        <translation>कंट्रास्ट {ratio}:1 — WCAG AA (4.5:1) से कम; {advice}</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>January {year}</source>
        <translation>जनवरी {year}</translation>
    </message>
    <message>
        <source>February {year}</source>
        <translation>फ़रवरी {year}</translation>
    </message>
    <message>
        <source>March {year}</source>
        <translation>मार्च {year}</translation>
    </message>
    <message>
        <source>April {year}</source>
        <translation>अप्रैल {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>मई {year}</translation>
    </message>
    <message>
        <source>June {year}</source>
        <translation>जून {year}</translation>
    </message>
    <message>
        <source>July {year}</source>
        <translation>जुलाई {year}</translation>
    </message>
    <message>
        <source>August {year}</source>
        <translation>अगस्त {year}</translation>
    </message>
    <message>
        <source>September {year}</source>
        <translation>सितंबर {year}</translation>
    </message>
    <message>
        <source>October {year}</source>
        <translation>अक्टूबर {year}</translation>
    </message>
    <message>
        <source>November {year}</source>
        <translation>नवंबर {year}</translation>
    </message>
    <message>
        <source>December {year}</source>
        <translation>दिसंबर {year}</translation>
    </message>
    <message>
        <source>The app does not know what {model} costs, so it cannot keep to the spending cap of {cap}; the session was not started. Choose another model, or remove the cap in Settings → Spending cap.</source>
        <translation>ऐप को नहीं पता कि {model} की लागत कितनी है, इसलिए वह {cap} की खर्च सीमा का पालन नहीं कर सकता; सत्र शुरू नहीं किया गया। कोई दूसरा मॉडल चुनें, या सेटिंग → खर्च की सीमा में सीमा हटा दें।</translation>
    </message>
    <message>
        <source>This session reached its spending cap of {cap} (about {cost}), so it was stopped. Raise the cap in Settings to continue.</source>
        <translation>यह सत्र {cap} की खर्च सीमा तक पहुँच गया (लगभग {cost}), इसलिए इसे रोक दिया गया। जारी रखने के लिए सेटिंग में सीमा बढ़ाएँ।</translation>
    </message>
    <message>
        <source>This session has used about {cost} of its {cap} spending cap; it stops at the cap.</source>
        <translation>इस सत्र ने अपनी {cap} की खर्च सीमा में से लगभग {cost} इस्तेमाल कर लिए हैं; सीमा पर पहुँचते ही यह रुक जाएगा।</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Input device</source>
        <translation>इनपुट डिवाइस</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>आउटपुट डिवाइस</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>No speech — captions only</source>
        <translation>आवाज़ नहीं — केवल कैप्शन</translation>
    </message>
    <message>
        <source>{device} (system default)</source>
        <translation>{device} (सिस्टम डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>डिवाइस खोजे जा रहे हैं…</translation>
    </message>
</context>
<context>
    <name>DirectionRow</name>
    <message>
        <source>Auto-detect</source>
        <translation>अपने-आप पहचानें</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>वे → मैं</translation>
    </message>
    <message>
        <source>&amp;Them → me: the meeting in my language</source>
        <translation>&amp;वे → मैं: मीटिंग मेरी भाषा में</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>इसमें अनुवाद करें:</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>यह सुनें:</translation>
    </message>
    <message>
        <source>Play translation on:</source>
        <translation>अनुवाद यहाँ चलाएँ:</translation>
    </message>
    <message>
        <source>Choose “Sound from: …” the output your meeting app plays through.</source>
        <translation>वह “ध्वनि स्रोत: …” चुनें जिस आउटपुट से आपका मीटिंग ऐप आवाज़ चलाता है।</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>मैं → वे</translation>
    </message>
    <message>
        <source>&amp;Me → them: my voice in their language</source>
        <translation>&amp;मैं → वे: मेरी आवाज़ उनकी भाषा में</translation>
    </message>
    <message>
        <source>Their language:</source>
        <translation>उनकी भाषा:</translation>
    </message>
    <message>
        <source>My microphone:</source>
        <translation>मेरा माइक्रोफ़ोन:</translation>
    </message>
    <message>
        <source>Play translation into:</source>
        <translation>अनुवाद इसमें चलाएँ:</translation>
    </message>
    <message>
        <source>Play into a virtual microphone and choose it as the microphone in your meeting app.</source>
        <translation>वर्चुअल माइक्रोफ़ोन में चलाएँ और मीटिंग ऐप में उसे माइक्रोफ़ोन के रूप में चुनें।</translation>
    </message>
    <message>
        <source>{direction}: on or off</source>
        <translation>{direction}: चालू या बंद</translation>
    </message>
    <message>
        <source>{direction}: input level</source>
        <translation>{direction}: इनपुट स्तर</translation>
    </message>
    <message>
        <source>{direction}: output level</source>
        <translation>{direction}: आउटपुट स्तर</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>{direction}: state</source>
        <translation>{direction}: स्थिति</translation>
    </message>
    <message>
        <source>{direction}: devices</source>
        <translation>{direction}: डिवाइस</translation>
    </message>
    <message>
        <source>Spoken language:</source>
        <translation>बोली गई भाषा:</translation>
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
        <translation>कनेक्शन सेटिंग</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <source>{url} (from OPENAI_BASE_URL)</source>
        <translation>{url} (OPENAI_BASE_URL से)</translation>
    </message>
    <message>
        <source>{url} (default)</source>
        <translation>{url} (डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>संगठन ID</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>वैकल्पिक, org-…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>प्रोजेक्ट ID</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>वैकल्पिक, proj_…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन &amp;जाँचें</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use the OPENAI_BASE_URL of the environment.</source>
        <translation>परिवेश का OPENAI_BASE_URL इस्तेमाल करने के लिए बेस URL खाली छोड़ें।</translation>
    </message>
    <message>
        <source>Leave the base URL empty to use OpenAI.</source>
        <translation>OpenAI इस्तेमाल करने के लिए बेस URL खाली छोड़ें।</translation>
    </message>
    <message>
        <source>Other endpoints must use https:// (plain http:// only to a server on this computer).</source>
        <translation>दूसरे एंडपॉइंट को https:// इस्तेमाल करना होगा (सादा http:// केवल इसी कंप्यूटर के सर्वर के लिए)।</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key, then test again.</source>
        <translation>कोई OpenAI API कुंजी सेट नहीं है। सेटिंग → API कुंजी में एक जोड़ें, फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>कनेक्शन जाँचा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <source>“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, or use {shortcut} while Translator has focus.</source>
        <translation>“{keys}” एक अकेला कुंजी संयोजन नहीं है; Ctrl+Alt+Shift+C जैसा कोई चुनें, या Translator पर फ़ोकस रहते {shortcut} इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>{keys} would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination.</source>
        <translation>{keys} हर ऐप्लिकेशन में टाइप करने से वह कुंजी छीन लेगा; संयोजन में Ctrl, Alt या Meta जोड़ें।</translation>
    </message>
    <message>
        <source>use {shortcut} while Translator has focus</source>
        <translation>Translator पर फ़ोकस रहते {shortcut} इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Wayland does not let applications take system-wide keys; {fallback}, or the tray menu.</source>
        <translation>Wayland ऐप्लिकेशन को सिस्टम-व्यापी कुंजियाँ लेने नहीं देता; {fallback}, या ट्रे मेनू।</translation>
    </message>
    <message>
        <source>This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, or {shortcut} while Translator has focus.</source>
        <translation>Translator के इस संस्करण में macOS पर सिस्टम-व्यापी हॉटकी नहीं है; मेनू-बार आइकन इस्तेमाल करें, या Translator पर फ़ोकस रहते {shortcut}।</translation>
    </message>
    <message>
        <source>There is no X display to take a system-wide key from (DISPLAY is not set); {fallback}, or the tray menu.</source>
        <translation>सिस्टम-व्यापी कुंजी लेने के लिए कोई X डिस्प्ले नहीं है (DISPLAY सेट नहीं है); {fallback}, या ट्रे मेनू।</translation>
    </message>
    <message>
        <source>The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu.</source>
        <translation>इस्तेमाल हो रहा डिस्प्ले सिस्टम ({system}) सिस्टम-व्यापी कुंजियाँ नहीं देता; {fallback}, या ट्रे मेनू।</translation>
    </message>
    <message>
        <source>{keys} is already used by another application; choose another combination, or {fallback}.</source>
        <translation>{keys} पहले से किसी दूसरे ऐप्लिकेशन में इस्तेमाल हो रहा है; कोई दूसरा संयोजन चुनें, या {fallback}।</translation>
    </message>
    <message>
        <source>{keys} cannot be typed on this keyboard layout; choose another combination.</source>
        <translation>{keys} इस कीबोर्ड लेआउट पर टाइप नहीं हो सकता; कोई दूसरा संयोजन चुनें।</translation>
    </message>
    <message>
        <source>Translator could not reach the display ({detail}) to take a system-wide key; {fallback}, or the tray menu.</source>
        <translation>Translator सिस्टम-व्यापी कुंजी लेने के लिए डिस्प्ले तक नहीं पहुँच सका ({detail}); {fallback}, या ट्रे मेनू।</translation>
    </message>
    <message>
        <source>The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}.</source>
        <translation>सिस्टम ने {keys} को सिस्टम-व्यापी कुंजी के रूप में अस्वीकार किया ({detail}); कोई दूसरा संयोजन चुनें, या {fallback}।</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The meeting&apos;s sound</source>
        <translation>मीटिंग की आवाज़</translation>
    </message>
    <message>
        <source>Your microphone</source>
        <translation>आपका माइक्रोफ़ोन</translation>
    </message>
    <message>
        <source>Search captions</source>
        <translation>कैप्शन खोजें</translation>
    </message>
    <message>
        <source>Source under translation</source>
        <translation>अनुवाद के नीचे मूल</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>नवीनतम पर जाएँ</translation>
    </message>
    <message>
        <source>Caption history</source>
        <translation>कैप्शन इतिहास</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>मूल</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>कौन</translation>
    </message>
    <message>
        <source>Who spoke: Them (the meeting&apos;s sound) or Me (your microphone)</source>
        <translation>कौन बोला: Them (मीटिंग की आवाज़) या Me (आपका माइक्रोफ़ोन)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;कॉपी करें</translation>
    </message>
    <message>
        <source>Translation and source</source>
        <translation>अनुवाद और मूल</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API कुंजी</translation>
    </message>
    <message>
        <source>Translator needs an OpenAI API key. It is stored in your system keyring, never in a file.</source>
        <translation>Translator को OpenAI API कुंजी चाहिए। यह आपके सिस्टम की कीरिंग में रखी जाती है, किसी फ़ाइल में कभी नहीं।</translation>
    </message>
    <message>
        <source>Create or copy a key on the OpenAI website</source>
        <translation>OpenAI वेबसाइट पर कुंजी बनाएँ या कॉपी करें</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>कुंजी दिखाएँ</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Translate into</source>
        <translation>इसमें अनुवाद करें</translation>
    </message>
</context>
<context>
    <name>LiveLine</name>
    <message>
        <source>Live translation ({speaker})</source>
        <translation>लाइव अनुवाद ({speaker})</translation>
    </message>
    <message>
        <source>Live source transcript ({speaker})</source>
        <translation>मूल का लाइव ट्रांसक्रिप्ट ({speaker})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
    <message>
        <source>Start or stop translating</source>
        <translation>अनुवाद शुरू करें या रोकें</translation>
    </message>
    <message>
        <source>Start or stop translating (Ctrl+Enter)</source>
        <translation>अनुवाद शुरू करें या रोकें (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Minutes streamed and estimated cost</source>
        <translation>भेजे गए मिनट और अनुमानित लागत</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>अनुवाद शुरू करें</translation>
    </message>
    <message>
        <source>&amp;Past sessions…</source>
        <translation>&amp;पिछले सत्र…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;दृश्य</translation>
    </message>
    <message>
        <source>Caption &amp;bar</source>
        <translation>कैप्शन &amp;बार</translation>
    </message>
    <message>
        <source>&amp;Stable captions (completed lines only)</source>
        <translation>&amp;स्थिर कैप्शन (केवल पूरी पंक्तियाँ)</translation>
    </message>
    <message>
        <source>Caption bar s&amp;tyle…</source>
        <translation>कैप्शन बार की &amp;शैली…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;बड़ा टेक्स्ट</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;छोटा टेक्स्ट</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;डिफ़ॉल्ट टेक्स्ट आकार</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;थीम</translation>
    </message>
    <message>
        <source>&amp;Automatic (as the system)</source>
        <translation>&amp;अपने-आप (सिस्टम जैसा)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;हल्की</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;गहरी</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;सेटिंग</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>&amp;API कुंजी…</translation>
    </message>
    <message>
        <source>&amp;Forget API key</source>
        <translation>API कुंजी &amp;भूलें</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;कनेक्शन…</translation>
    </message>
    <message>
        <source>Spending &amp;cap…</source>
        <translation>खर्च की &amp;सीमा…</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>डिवाइस &amp;रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Session &amp;mode</source>
        <translation>सत्र &amp;मोड</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>&amp;अपने-आप (भाषा के अनुसार)</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;अनुवाद</translation>
    </message>
    <message>
        <source>&amp;Interpret</source>
        <translation>&amp;दुभाषिया</translation>
    </message>
    <message>
        <source>&amp;Captions in the spoken language</source>
        <translation>बोली गई भाषा में &amp;कैप्शन</translation>
    </message>
    <message>
        <source>Lower the meeting &amp;during translations</source>
        <translation>अनुवाद के &amp;दौरान मीटिंग की आवाज़ कम करें</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;बंद</translation>
    </message>
    <message>
        <source>By &amp;10 dB</source>
        <translation>&amp;10 dB कम</translation>
    </message>
    <message>
        <source>By &amp;20 dB</source>
        <translation>&amp;20 dB कम</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;भाषा</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} के &amp;बारे में</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>अभी रोकें</translation>
    </message>
    <message>
        <source>Stop now, without waiting for the rest of the translation (Ctrl+Enter)</source>
        <translation>बाकी अनुवाद की प्रतीक्षा किए बिना अभी रोकें (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>अनुवाद रोकें</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Live — captioning in {language}</source>
        <translation>लाइव — {language} में कैप्शन</translation>
    </message>
    <message>
        <source>Live — translating into {language}</source>
        <translation>लाइव — {language} में अनुवाद</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>फिर से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>{host} से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>the translation model</source>
        <translation>अनुवाद मॉडल</translation>
    </message>
    <message>
        <source>a conversation model acting as interpreter</source>
        <translation>दुभाषिये की तरह काम करने वाला बातचीत मॉडल</translation>
    </message>
    <message>
        <source>a transcription model</source>
        <translation>ट्रांसक्रिप्शन मॉडल</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Interpret</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>कुछ गड़बड़ हो गई: {error}। विवरण लॉग में है।</translation>
    </message>
    <message>
        <source>Switch on “{them}” or “{me}”, then press Start.</source>
        <translation>“{them}” या “{me}” चालू करें, फिर शुरू करें दबाएँ।</translation>
    </message>
    <message>
        <source>Finishing the last sentence…</source>
        <translation>आख़िरी वाक्य पूरा हो रहा है…</translation>
    </message>
    <message>
        <source>{mode} mode can&apos;t produce {language}; choose another language or Settings → Session mode → Automatic.</source>
        <translation>{mode} मोड {language} नहीं बना सकता; कोई और भाषा चुनें या सेटिंग → सत्र मोड → अपने-आप चुनें।</translation>
    </message>
    <message>
        <source>“{name}” stopped working (unplugged?)</source>
        <translation>“{name}” ने काम करना बंद कर दिया (निकाल दिया गया?)</translation>
    </message>
    <message>
        <source>The sound device “{name}” stopped working (unplugged?). {direction} stopped and the transcript is saved; choose a device and switch it on again.</source>
        <translation>साउंड डिवाइस “{name}” ने काम करना बंद कर दिया (निकाल दिया गया?)। {direction} रुक गया और ट्रांसक्रिप्ट सहेज ली गई है; कोई डिवाइस चुनें और इसे फिर से चालू करें।</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {path}.</source>
        <translation>ट्रांसक्रिप्ट {path} में सहेजी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Stopped. {reason}</source>
        <translation>रुक गया। {reason}</translation>
    </message>
    <message>
        <source>Stopped. Transcript saved to {path}</source>
        <translation>रुक गया। ट्रांसक्रिप्ट {path} में सहेजी गई</translation>
    </message>
    <message>
        <source>{direction}: {text}</source>
        <translation>{direction}: {text}</translation>
    </message>
    <message>
        <source>the session restarts once</source>
        <translation>सत्र एक बार फिर शुरू होगा</translation>
    </message>
    <message>
        <source>from the next Start</source>
        <translation>अगली बार शुरू करने से</translation>
    </message>
    <message>
        <source>{language} is produced by {model} ({mode} mode); {when}.</source>
        <translation>{language} को {model} बनाता है ({mode} मोड); {when}।</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; listening to “{default}” (the system default) instead.</source>
        <translation>{direction} के लिए चुना गया इनपुट “{device}” जुड़ा नहीं है; इसकी जगह “{default}” (सिस्टम डिफ़ॉल्ट) सुना जा रहा है।</translation>
    </message>
    <message>
        <source>The input “{device}” chosen for {direction} is not connected; the system default input is used instead.</source>
        <translation>{direction} के लिए चुना गया इनपुट “{device}” जुड़ा नहीं है; इसकी जगह सिस्टम का डिफ़ॉल्ट इनपुट इस्तेमाल हो रहा है।</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; playing on “{default}” (the system default) instead.</source>
        <translation>{direction} के लिए चुना गया आउटपुट “{device}” जुड़ा नहीं है; इसकी जगह “{default}” (सिस्टम डिफ़ॉल्ट) पर चलाया जा रहा है।</translation>
    </message>
    <message>
        <source>The output “{device}” chosen for {direction} is not connected; the system default output is used instead.</source>
        <translation>{direction} के लिए चुना गया आउटपुट “{device}” जुड़ा नहीं है; इसकी जगह सिस्टम का डिफ़ॉल्ट आउटपुट इस्तेमाल हो रहा है।</translation>
    </message>
    <message>
        <source>{sentence} {direction} was stopped; the transcript is saved.</source>
        <translation>{sentence} {direction} रोक दिया गया; ट्रांसक्रिप्ट सहेज ली गई है।</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the meeting playing through “{output}”? Choose the output the meeting app uses.</source>
        <translation>“{device}” से {seconds} सेकंड से कोई आवाज़ नहीं — क्या मीटिंग “{output}” से चल रही है? वह आउटपुट चुनें जिसे मीटिंग ऐप इस्तेमाल करता है।</translation>
    </message>
    <message>
        <source>No sound from “{device}” for {seconds} seconds — is the right device chosen under “{picker}”?</source>
        <translation>“{device}” से {seconds} सेकंड से कोई आवाज़ नहीं — क्या “{picker}” में सही डिवाइस चुना गया है?</translation>
    </message>
    <message>
        <source>Them → me</source>
        <translation>वे → मैं</translation>
    </message>
    <message>
        <source>Me → them</source>
        <translation>मैं → वे</translation>
    </message>
    <message>
        <source>No OpenAI API key yet: add one under Settings → API key, then press Start.</source>
        <translation>अभी कोई OpenAI API कुंजी नहीं है: सेटिंग → API कुंजी में एक जोड़ें, फिर शुरू करें दबाएँ।</translation>
    </message>
    <message>
        <source>API key saved in the system keyring.</source>
        <translation>API कुंजी सिस्टम कीरिंग में सहेज ली गई।</translation>
    </message>
    <message>
        <source>The API key is kept for this run only.</source>
        <translation>API कुंजी सिर्फ़ इस बार ऐप चलने तक रखी गई है।</translation>
    </message>
    <message>
        <source>API key forgotten. (OPENAI_API_KEY is still set in the environment.)</source>
        <translation>API कुंजी भुला दी गई। (OPENAI_API_KEY अब भी एनवायरनमेंट में सेट है।)</translation>
    </message>
    <message>
        <source>API key forgotten.</source>
        <translation>API कुंजी भुला दी गई।</translation>
    </message>
</context>
<context>
    <name>PastSessions</name>
    <message>
        <source>Find sessions containing…</source>
        <translation>ऐसे सत्र खोजें जिनमें हो…</translation>
    </message>
    <message>
        <source>Find sessions by text</source>
        <translation>टेक्स्ट से सत्र खोजें</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>पिछले सत्र</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>क्या निर्यात करें</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>मूल</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>दोनों भाषाएँ</translation>
    </message>
    <message>
        <source>{session} — {count} lines</source>
        <translation>{session} — {count} पंक्तियाँ</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(बाधित)</translation>
    </message>
    <message>
        <source>Delete transcript</source>
        <translation>ट्रांसक्रिप्ट हटाएँ</translation>
    </message>
    <message>
        <source>Delete the transcript of {session}? This cannot be undone.</source>
        <translation>{session} का ट्रांसक्रिप्ट हटाएँ? यह पूर्ववत नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Can&apos;t delete {path}: {reason}.</source>
        <translation>{path} नहीं हटा सकते: {reason}।</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>ट्रांसक्रिप्ट निर्यात करें</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>सबटाइटल (*.srt)</translation>
    </message>
    <message>
        <source>Web captions (*.vtt)</source>
        <translation>वेब कैप्शन (*.vtt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>सादा टेक्स्ट (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export to {path}: {reason}.</source>
        <translation>{path} में निर्यात नहीं कर सकते: {reason}।</translation>
    </message>
    <message>
        <source>Exported {session} to {path}.</source>
        <translation>{session} को {path} में निर्यात किया गया।</translation>
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
        <translation>{when} को शुरू हुआ सत्र</translation>
    </message>
    <message>
        <source>the session saved as {name}</source>
        <translation>{name} के रूप में सहेजा गया सत्र</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}, before any caption line had been completed, so there is nothing to recover.</source>
        <translation>{session} के दौरान, किसी भी कैप्शन पंक्ति के पूरा होने से पहले Translator अचानक बंद हो गया, इसलिए वापस पाने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions, each before any caption line had been completed, so there is nothing to recover.</source>
        <translation>{count} सत्रों के दौरान, हर बार किसी भी कैप्शन पंक्ति के पूरा होने से पहले Translator अचानक बंद हो गया, इसलिए वापस पाने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {session}. {saved}</source>
        <translation>{session} के दौरान Translator अचानक बंद हो गया। {saved}</translation>
    </message>
    <message>
        <source>The other one is listed under View → Past sessions.</source>
        <translation>दूसरा सत्र दृश्य → पिछले सत्र में दिया गया है।</translation>
    </message>
    <message>
        <source>The other {count} are listed under View → Past sessions.</source>
        <translation>बाक़ी {count} सत्र दृश्य → पिछले सत्र में दिए गए हैं।</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly during {count} sessions. The most recent one with saved captions is {session}. {saved} {others}</source>
        <translation>{count} सत्रों के दौरान Translator अचानक बंद हो गया। सहेजे गए कैप्शन वाला सबसे हाल का सत्र {session} है। {saved} {others}</translation>
    </message>
    <message>
        <source>No caption line had been finished, but what was still being said is saved too, marked unfinished.</source>
        <translation>कोई भी कैप्शन पंक्ति पूरी नहीं हुई थी, पर जो अभी कहा जा रहा था वह भी अधूरा चिह्नित करके सहेजा गया है।</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved; what was still being said is saved too, marked unfinished.</source>
        <translation>उससे पहले पूरी हुई एक कैप्शन पंक्ति सहेजी गई है; जो अभी कहा जा रहा था वह भी अधूरा चिह्नित करके सहेजा गया है।</translation>
    </message>
    <message>
        <source>The one caption line finished before then is saved.</source>
        <translation>उससे पहले पूरी हुई एक कैप्शन पंक्ति सहेजी गई है।</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved; what was still being said is saved too, marked unfinished.</source>
        <translation>उससे पहले पूरी हुई सभी {count} कैप्शन पंक्तियाँ सहेजी गई हैं; जो अभी कहा जा रहा था वह भी अधूरा चिह्नित करके सहेजा गया है।</translation>
    </message>
    <message>
        <source>All {count} caption lines finished before then are saved.</source>
        <translation>उससे पहले पूरी हुई सभी {count} कैप्शन पंक्तियाँ सहेजी गई हैं।</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time, before any caption line had been completed.</source>
        <translation>पिछली बार किसी भी कैप्शन पंक्ति के पूरा होने से पहले Translator अचानक बंद हो गया।</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; what was being said was saved, unfinished.</source>
        <translation>पिछली बार Translator अचानक बंद हो गया; जो कहा जा रहा था वह अधूरा सहेजा गया।</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved (and an unfinished one).</source>
        <translation>पिछली बार Translator अचानक बंद हो गया; 1 कैप्शन पंक्ति सहेजी गई (और एक अधूरी)।</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; 1 caption line was saved.</source>
        <translation>पिछली बार Translator अचानक बंद हो गया; 1 कैप्शन पंक्ति सहेजी गई।</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved (and an unfinished one).</source>
        <translation>पिछली बार Translator अचानक बंद हो गया; {count} कैप्शन पंक्तियाँ सहेजी गईं (और एक अधूरी)।</translation>
    </message>
    <message>
        <source>Translator closed unexpectedly last time; {count} caption lines were saved.</source>
        <translation>पिछली बार Translator अचानक बंद हो गया; {count} कैप्शन पंक्तियाँ सहेजी गईं।</translation>
    </message>
    <message>
        <source>Recover the last session</source>
        <translation>पिछला सत्र वापस पाएँ</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} में सहेजा गया</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>ट्रांसक्रिप्ट खोलें</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>OpenAI rejected the API key. Check it under Settings → API key.</source>
        <translation>OpenAI ने API कुंजी अस्वीकार कर दी। सेटिंग → API कुंजी में इसे जाँचें।</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one under Settings → API key.</source>
        <translation>कोई OpenAI API कुंजी सेट नहीं है। सेटिंग → API कुंजी में एक जोड़ें।</translation>
    </message>
    <message>
        <source>Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again.</source>
        <translation>आपके OpenAI खाते में क्रेडिट नहीं बचा है। OpenAI की बिलिंग सेटिंग में क्रेडिट जोड़ें, फिर दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; switch it on again to continue (details are in the log).</source>
        <translation>ऐप के अंदर कुछ गड़बड़ हो गई ({what})। सत्र रोक दिया गया और ट्रांसक्रिप्ट सहेज ली गई है; जारी रखने के लिए इसे फिर से चालू करें (विवरण लॉग में है)।</translation>
    </message>
    <message>
        <source>OpenAI is limiting how often this API key may connect. Wait a minute, then start again.</source>
        <translation>OpenAI इस API कुंजी के कनेक्ट होने की संख्या सीमित कर रहा है। एक मिनट रुकें, फिर दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>The translation session reached its time limit. Start again to continue.</source>
        <translation>अनुवाद सत्र अपनी समय-सीमा तक पहुँच गया। जारी रखने के लिए दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>This API key may not use {model}; check the project&apos;s model access on platform.openai.com.</source>
        <translation>यह API कुंजी {model} का उपयोग नहीं कर सकती; platform.openai.com पर प्रोजेक्ट की मॉडल पहुँच जाँचें।</translation>
    </message>
    <message>
        <source>{host} does not offer {model} to this API key; check the endpoint and the key in Settings.</source>
        <translation>{host} इस API कुंजी को {model} नहीं देता; सेटिंग में एंडपॉइंट और कुंजी जाँचें।</translation>
    </message>
    <message>
        <source>The translation service at {host} is having trouble (HTTP {status}); try again in a moment.</source>
        <translation>{host} पर अनुवाद सेवा में दिक्कत है (HTTP {status}); थोड़ी देर में दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>{host} refused the connection (HTTP {status}).</source>
        <translation>{host} ने कनेक्शन अस्वीकार कर दिया (HTTP {status})।</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>{seconds} सेकंड में कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>its name could not be found (check the address and your internet connection)</source>
        <translation>इसका नाम नहीं मिला (पता और अपना इंटरनेट कनेक्शन जाँचें)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>कनेक्शन अस्वीकार कर दिया गया</translation>
    </message>
    <message>
        <source>its security certificate could not be verified</source>
        <translation>इसका सुरक्षा प्रमाणपत्र सत्यापित नहीं हो सका</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>सुरक्षित कनेक्शन नहीं बन सका</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>कनेक्शन टूट गया</translation>
    </message>
    <message>
        <source>a network error occurred</source>
        <translation>नेटवर्क त्रुटि हुई</translation>
    </message>
    <message>
        <source>Can&apos;t reach {host}: {reason}.</source>
        <translation>{host} तक नहीं पहुँच पा रहे: {reason}।</translation>
    </message>
    <message>
        <source>The endpoint address for {host} is not valid.</source>
        <translation>{host} के लिए एंडपॉइंट पता मान्य नहीं है।</translation>
    </message>
    <message>
        <source>{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.</source>
        <translation>{host} ने OpenAI रीयलटाइम एंडपॉइंट की तरह जवाब नहीं दिया; सेटिंग में एंडपॉइंट जाँचें।</translation>
    </message>
    <message>
        <source>Could not start translation with {host} ({error}).</source>
        <translation>{host} के साथ अनुवाद शुरू नहीं हो सका ({error})।</translation>
    </message>
    <message>
        <source>{host} accepted the connection but did not start a translation session within {seconds} seconds.</source>
        <translation>{host} ने कनेक्शन स्वीकार किया, पर {seconds} सेकंड में अनुवाद सत्र शुरू नहीं किया।</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session (code {code}).</source>
        <translation>{host} पर अनुवाद सेवा ने सत्र समाप्त कर दिया (कोड {code})।</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>{host} से कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <source>About {seconds} s of audio could not reach the translation service (a slow or stalled connection); that stretch is missing from the translation.</source>
        <translation>लगभग {seconds} सेकंड का ऑडियो अनुवाद सेवा तक नहीं पहुँच सका (धीमा या रुका हुआ कनेक्शन); वह हिस्सा अनुवाद में नहीं है।</translation>
    </message>
    <message>
        <source>The translation service had not caught up when the session ended: up to {seconds} s of the last audio may not have been translated (a slow connection).</source>
        <translation>सत्र समाप्त होने तक अनुवाद सेवा पीछे थी: आख़िरी ऑडियो के {seconds} सेकंड तक का अनुवाद शायद नहीं हुआ (धीमा कनेक्शन)।</translation>
    </message>
    <message>
        <source>The connection to {host} was lost and {attempts} attempts to reconnect failed; check your internet connection, then start again.</source>
        <translation>{host} से कनेक्शन टूट गया और दोबारा जुड़ने की {attempts} कोशिशें नाकाम रहीं; अपना इंटरनेट कनेक्शन जाँचें, फिर दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>The translation service at {host} ended the session.</source>
        <translation>{host} पर अनुवाद सेवा ने सत्र समाप्त कर दिया।</translation>
    </message>
    <message>
        <source>The translation service did not accept the session settings: {detail}.</source>
        <translation>अनुवाद सेवा ने सत्र की सेटिंग स्वीकार नहीं की: {detail}।</translation>
    </message>
    <message>
        <source>The translation service reported a problem: {detail}.</source>
        <translation>अनुवाद सेवा ने एक समस्या बताई: {detail}।</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech. Nothing is dropped yet; captions come late.</source>
        <translation>ऑडियो {seconds} सेकंड पीछे है: कनेक्शन या अनुवाद सेवा बोलने की गति से धीमी है। अभी तक कुछ नहीं छूटा है; कैप्शन देर से आ रहे हैं।</translation>
    </message>
    <message>
        <source>Audio is {seconds} s behind: the connection or the translation service is slower than speech; captions come late.</source>
        <translation>ऑडियो {seconds} सेकंड पीछे है: कनेक्शन या अनुवाद सेवा बोलने की गति से धीमी है; कैप्शन देर से आ रहे हैं।</translation>
    </message>
    <message>
        <source>The audio has caught up; captions are live again.</source>
        <translation>ऑडियो बराबर आ गया है; कैप्शन फिर से लाइव हैं।</translation>
    </message>
    <message>
        <source>Finishing: {seconds} s of audio still being translated… Stop again to end now.</source>
        <translation>समाप्त किया जा रहा है: {seconds} सेकंड ऑडियो का अनुवाद अभी जारी है… अभी समाप्त करने के लिए फिर से रोकें दबाएँ।</translation>
    </message>
    <message>
        <source>Finishing: the last words are being translated… Stop again to end now.</source>
        <translation>समाप्त किया जा रहा है: अंतिम शब्दों का अनुवाद हो रहा है… अभी समाप्त करने के लिए फिर से रोकें दबाएँ।</translation>
    </message>
    <message>
        <source>An interpretation was cut short: it reached the longest answer the model may give.</source>
        <translation>एक मौखिक अनुवाद बीच में कट गया: वह मॉडल के सबसे लंबे संभव उत्तर तक पहुँच गया।</translation>
    </message>
    <message>
        <source>An interpretation was withheld by OpenAI&apos;s content filter.</source>
        <translation>एक मौखिक अनुवाद को OpenAI के कंटेंट फ़िल्टर ने रोक दिया।</translation>
    </message>
    <message>
        <source>An interpretation was interrupted by new speech.</source>
        <translation>एक मौखिक अनुवाद नई बोली से बाधित हो गया।</translation>
    </message>
    <message>
        <source>An interpretation was cancelled.</source>
        <translation>एक मौखिक अनुवाद रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>An interpretation did not complete ({status}).</source>
        <translation>एक मौखिक अनुवाद पूरा नहीं हुआ ({status})।</translation>
    </message>
    <message>
        <source>An interpretation failed.</source>
        <translation>एक मौखिक अनुवाद विफल रहा।</translation>
    </message>
    <message>
        <source>A stretch of speech could not be transcribed ({detail}); the captions go on.</source>
        <translation>बोली के एक हिस्से का ट्रांसक्रिप्शन नहीं हो सका ({detail}); कैप्शन जारी हैं।</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>कोई कारण नहीं बताया गया</translation>
    </message>
    <message>
        <source>The translation service sent speech in a format the app cannot play ({detail}); that part of the speech is skipped.</source>
        <translation>अनुवाद सेवा ने ऐसे प्रारूप में आवाज़ भेजी जिसे ऐप नहीं चला सकता ({detail}); आवाज़ का वह हिस्सा छोड़ दिया गया है।</translation>
    </message>
    <message>
        <source>{rate} samples per second</source>
        <translation>{rate} सैंपल प्रति सेकंड</translation>
    </message>
    <message>
        <source>{channels} channels</source>
        <translation>{channels} चैनल</translation>
    </message>
    <message>
        <source>The translation service sent an oversized caption ({size} characters); it was cut to {limit} characters.</source>
        <translation>अनुवाद सेवा ने बहुत बड़ा कैप्शन भेजा ({size} अक्षर); उसे {limit} अक्षरों तक काट दिया गया।</translation>
    </message>
    <message>
        <source>The translation service sent an oversized message ({size} bytes); it was skipped.</source>
        <translation>अनुवाद सेवा ने बहुत बड़ा संदेश भेजा ({size} बाइट); उसे छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>कोई विवरण नहीं दिया गया</translation>
    </message>
    <message>
        <source>Back online. The {seconds} s while the connection was down were not translated; captions continue live from now (the gap is noted in the transcript).</source>
        <translation>फिर से ऑनलाइन। कनेक्शन टूटे रहने के {seconds} सेकंड का अनुवाद नहीं हुआ; कैप्शन अब से लाइव जारी हैं (यह अंतराल ट्रांसक्रिप्ट में दर्ज है)।</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>cost unknown</source>
        <translation>लागत अज्ञात</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>अधिकतम {amount}</translation>
    </message>
    <message>
        <source>{minutes} min · {dollars} this session · today {today_minutes} min · {today_dollars}</source>
        <translation>{minutes} मिनट · इस सत्र में {dollars} · आज {today_minutes} मिनट · {today_dollars}</translation>
    </message>
    <message>
        <source>prices of {date}</source>
        <translation>{date} की कीमतें</translation>
    </message>
    <message>
        <source>Connection set to {endpoint}.</source>
        <translation>कनेक्शन {endpoint} पर सेट किया गया।</translation>
    </message>
    <message>
        <source>It applies from the next Start.</source>
        <translation>यह अगली बार शुरू करने से लागू होगा।</translation>
    </message>
    <message>
        <source>No spending cap.</source>
        <translation>खर्च की कोई सीमा नहीं।</translation>
    </message>
    <message>
        <source>Sessions stop at {amount} from the next Start.</source>
        <translation>अगली बार शुरू करने से सत्र {amount} पर रुकेंगे।</translation>
    </message>
    <message>
        <source>Sessions stop at {amount}.</source>
        <translation>सत्र {amount} पर रुकते हैं।</translation>
    </message>
</context>
<context>
    <name>SpendingCap</name>
    <message>
        <source>Spending cap</source>
        <translation>खर्च की सीमा</translation>
    </message>
    <message>
        <source>Stop a session when its estimated cost reaches (US dollars; 0 = no cap).</source>
        <translation>सत्र को तब रोकें जब उसकी अनुमानित लागत इतनी हो जाए (अमेरिकी डॉलर; 0 = कोई सीमा नहीं)।</translation>
    </message>
    <message>
        <source>You are warned at 80 %.</source>
        <translation>80 % पर आपको चेतावनी मिलेगी।</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[{seconds} s not translated: the connection was down]</source>
        <translation>[{seconds} सेकंड अनूदित नहीं: कनेक्शन टूटा हुआ था]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>डिस्क भर गई है</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>डिस्क कोटा खत्म हो गया है</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>अनुमति नहीं मिली</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>डिस्क केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>फ़ोल्डर की जगह एक फ़ाइल मौजूद है</translation>
    </message>
    <message>
        <source>the folder is not available</source>
        <translation>फ़ोल्डर उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>डिस्क ने एक त्रुटि बताई</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>एक अज्ञात त्रुटि</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; free some space and the missed lines will be saved then.</source>
        <translation>ट्रांसक्रिप्ट को {directory} में सहेजा नहीं जा सकता: {reason}। कैप्शन जारी रहेंगे; कुछ जगह खाली करें, तब छूटी हुई पंक्तियाँ सहेज ली जाएँगी।</translation>
    </message>
    <message>
        <source>Can&apos;t save the transcript to {directory}: {reason}. Captions continue; the missed lines will be saved as soon as the folder can be written again.</source>
        <translation>ट्रांसक्रिप्ट को {directory} में सहेजा नहीं जा सकता: {reason}। कैप्शन जारी रहेंगे; फ़ोल्डर में फिर से लिखा जा सकते ही छूटी हुई पंक्तियाँ सहेज ली जाएँगी।</translation>
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
