from __future__ import annotations

from translator_gui.audio.feedback import feedback_problem
from translator_gui.audio.sources import SoundDevice

SPEAKERS = SoundDevice("output", "pulse:sink:alsa.speakers", "Built-in speakers", "alsa.speakers", "pulse",
                    is_default=True)
HEADSET = SoundDevice("output", "pulse:sink:bt.headset", "Headset", "bt.headset", "pulse")
VIRTUAL_MIC = SoundDevice("output", "pulse:sink:virtualmic", "Virtual microphone", "virtualmic", "pulse")
SPEAKER_SOUND = SoundDevice("input", "pulse:source:alsa.speakers.monitor", "Sound from: Built-in speakers",
                         "alsa.speakers.monitor", "pulse", monitor_of="alsa.speakers")
MIC = SoundDevice("input", "pulse:source:alsa.mic", "Built-in microphone", "alsa.mic", "pulse")
PA_DEFAULT_OUT = SoundDevice("output", "portaudio:default", "default", "default", "portaudio")


def test_playing_into_the_output_whose_sound_is_captured_is_a_loop() -> None:
    problem = feedback_problem(SPEAKER_SOUND, SPEAKERS)
    assert problem == (
        "Translated speech would be played into “Built-in speakers”, the device Translator is listening "
        "to (“Sound from: Built-in speakers”), so it would translate its own voice over and over; play "
        "the translation to headphones or another output, or listen to a different input."
    )


def test_other_outputs_and_real_microphones_are_fine() -> None:
    assert feedback_problem(SPEAKER_SOUND, HEADSET) is None  # them → me, on headphones
    assert feedback_problem(MIC, VIRTUAL_MIC) is None  # me → them, into the virtual microphone
    assert feedback_problem(MIC, SPEAKERS) is None  # a microphone is not a monitor (echo is the room's)
    virtual_mic_sound = SoundDevice("input", "pulse:source:virtualmic.monitor", "Sound from: Virtual microphone",
                                 "virtualmic.monitor", "pulse", monitor_of="virtualmic")
    assert feedback_problem(virtual_mic_sound, VIRTUAL_MIC) is not None


def test_the_default_device_loops_when_the_server_default_is_the_captured_output() -> None:
    assert feedback_problem(SPEAKER_SOUND, PA_DEFAULT_OUT, default_output="alsa.speakers") is not None
    assert feedback_problem(SPEAKER_SOUND, PA_DEFAULT_OUT, default_output="bt.headset") is None
    assert feedback_problem(SPEAKER_SOUND, PA_DEFAULT_OUT) is None  # unknown default: cannot tell


def test_windows_loopback_and_mac_virtual_devices() -> None:
    realtek = SoundDevice("output", "portaudio:Speakers (Realtek)", "Speakers (Realtek)", "Speakers (Realtek)",
                       "portaudio")
    loopback = SoundDevice("input", "portaudio:Speakers (Realtek) [Loopback]", "Sound from: Speakers (Realtek)",
                        "Speakers (Realtek) [Loopback]", "portaudio", monitor_of="Speakers (Realtek)")
    assert feedback_problem(loopback, realtek) is not None
    blackhole_in = SoundDevice("input", "portaudio:BlackHole 2ch", "Sound from: BlackHole 2ch", "BlackHole 2ch",
                            "portaudio", monitor_of="BlackHole 2ch")
    blackhole_out = SoundDevice("output", "portaudio:BlackHole 2ch", "BlackHole 2ch", "BlackHole 2ch", "portaudio")
    assert feedback_problem(blackhole_in, blackhole_out) is not None
    assert feedback_problem(blackhole_in, realtek) is None
    assert feedback_problem(SPEAKERS, SPEAKER_SOUND) is None  # arguments the wrong way round: no claim


def test_a_move_to_a_fallback_device_is_checked_for_a_loop() -> None:
    from translator_gui.audio.feedback import loops_after_move

    usb_mic = SoundDevice("input", "pulse:source:usb.mic", "USB headset microphone", "usb.mic", "pulse")
    usb_out = SoundDevice("output", "pulse:sink:usb.out", "USB headset", "usb.out", "pulse")
    # me → them plays into the speakers while listening to the USB mic: fine until the mic goes and
    # PulseAudio moves the capture to the default input, here the speakers' monitor
    routes = [(usb_mic, SPEAKERS)]
    assert loops_after_move(routes, HEADSET, SPEAKER_SOUND) is None  # another device went: no change
    found = loops_after_move(routes, usb_mic, SPEAKER_SOUND)
    assert found is not None and found[1] == {0} and "Built-in speakers" in found[0]
    # them → me listens to the speakers' sound and plays to the USB headset: unplugging the headset
    # moves playback to the default output, the very device being listened to
    routes = [(SPEAKER_SOUND, usb_out), (MIC, VIRTUAL_MIC)]
    found = loops_after_move(routes, usb_out, SPEAKERS)
    assert found is not None and found[1] == {0}
    assert loops_after_move(routes, usb_out, HEADSET) is None  # moved somewhere harmless
