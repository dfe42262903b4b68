"""Per-platform backends for the system-wide hotkey; ``translator_gui.ui.global_hotkey`` picks one."""
