"""Per-platform backends for the system-wide hotkey; ``translator_gui.ui.hotkeys.global_hotkey`` picks one."""
