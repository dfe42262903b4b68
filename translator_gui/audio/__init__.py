"""Sound in and out: devices, capture, playback, resampling and levels.

Only numpy, soxr and sounddevice live here — no Qt, no asyncio — so that the real-time audio
threads never wait on the user interface or the network. ``sounddevice`` is imported lazily by
the modules that need it: a machine without the PortAudio library can still start the app and be
told how to fix it (see :func:`translator_gui.audio.devices.portaudio_problem`).
"""
